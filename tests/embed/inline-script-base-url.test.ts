// The classic bundle run without its own <script src>, on a page that names the bundle's folder.
import { expect, waitUntil } from '@open-wc/testing';
import { shadowText } from '../helpers.js';

describe('classic bundle inlined, with window.ubsBaseUrl', () => {
  it('loads Spanish from the folder the page names', async () => {
    (window as { ubsBaseUrl?: string }).ubsBaseUrl = '/dist/cdn/';
    const script = document.createElement('script');
    script.textContent = await (await fetch('/dist/cdn/upper-back-surgery.iife.js')).text();
    document.head.append(script);
    document.body.innerHTML = '<risk-list lang="es"></risk-list>';
    const list = document.querySelector('risk-list')!;
    await waitUntil(() => shadowText(list) !== '', 'renders', { timeout: 5000 });
    expect(shadowText(list)).to.contain('Riesgos');
  });
});
