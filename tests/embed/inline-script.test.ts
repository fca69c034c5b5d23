// The classic bundle run without its own <script src> (inlined by a page optimiser or a plugin):
// it cannot tell its folder, so without window.ubsBaseUrl a Spanish page shows English, with a warning.
import { expect, waitUntil } from '@open-wc/testing';
import { captureWarnings, shadowText } from '../helpers.js';

describe('classic bundle inlined in the page', () => {
  before(async () => {
    const code = await (await fetch('/dist/cdn/upper-back-surgery.iife.js')).text();
    const script = document.createElement('script');
    script.textContent = code;
    document.head.append(script);
  });

  it('shows English with one warning when it cannot find the Spanish file', async () => {
    let list!: Element;
    const warnings = await captureWarnings(async () => {
      document.body.innerHTML = '<risk-list lang="es"></risk-list>';
      list = document.querySelector('risk-list')!;
      await waitUntil(() => shadowText(list) !== '', 'renders', { timeout: 5000 });
    });
    expect(shadowText(list)).to.contain('Risks of surgery');
    expect(warnings.filter((w) => w.includes('"es" could not be loaded'))).to.have.length(1);
  });
});
