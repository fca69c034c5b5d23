// A CMS page that loads the library twice: the same bundle twice, the module and the classic
// bundle together, or two versions. This file loads the built bundles (dist/cdn/), as a page would.
import { expect, waitUntil } from '@open-wc/testing';
import { addScript, captureWarnings, shadowText } from '../helpers.js';

interface PackageJson {
  version: string;
}

const pageErrors: string[] = [];
window.addEventListener('error', (event) => pageErrors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => pageErrors.push(String(event.reason)));

const ours = (messages: string[]) => messages.filter((m) => m.startsWith('upper-back-surgery-elements:'));

describe('loaded twice', () => {
  let version = '';
  before(async () => {
    version = ((await (await fetch('/package.json')).json()) as PackageJson).version;
  });

  it('keeps the first copy, warns once naming both versions, and the page keeps working', async () => {
    document.body.innerHTML = '<risk-list heading-level="3"></risk-list><div data-ubs="recovery-tips"></div>';
    const first = await captureWarnings(() => addScript('/dist/cdn/upper-back-surgery.js', true));
    expect(ours(first), 'first copy is silent').to.deep.equal([]);
    const FirstRiskList = customElements.get('risk-list');
    expect(FirstRiskList).to.not.equal(undefined);

    // The same module under another URL is a second copy; then the classic bundle; then a newer version.
    const second = await captureWarnings(async () => {
      await addScript('/dist/cdn/upper-back-surgery.js?copy=2', true);
      await addScript('/dist/cdn/upper-back-surgery.iife.js');
      await addScript('/other-version/9.9.9/upper-back-surgery.js', true);
    });
    const warnings = ours(second);
    expect(warnings, 'one warning per extra copy').to.have.length(3);
    expect(warnings[0]).to.contain(`version ${version} first, then version ${version}`);
    expect(warnings[2]).to.contain(`version ${version} first, then version 9.9.9`);
    expect(customElements.get('risk-list'), 'first registration wins').to.equal(FirstRiskList);

    const risks = document.querySelector('risk-list')!;
    await waitUntil(() => shadowText(risks) !== '', 'risk-list renders');
    expect(risks.shadowRoot!.querySelector('h3')).to.exist;
    // One copy upgrades placeholders: exactly one element, no leftovers.
    await waitUntil(() => document.querySelectorAll('recovery-tips').length === 1, 'placeholder upgraded');
    expect(document.querySelectorAll('[data-ubs]')).to.have.length(0);
    expect(pageErrors).to.deep.equal([]);
  });
});
