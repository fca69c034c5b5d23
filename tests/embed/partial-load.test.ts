// A site's own bundle registered one element from npm; then a CMS block adds the script-tag bundle.
// The element already there stays; the script-tag copy registers the others; one warning.
import { expect, waitUntil } from '@open-wc/testing';
import { RiskList } from '../../src/risk-list/risk-list.js';
import { addScript, captureWarnings, shadowText } from '../helpers.js';

describe('loaded partly from npm, then from a script tag', () => {
  it('keeps the npm element, registers the rest, and warns once', async () => {
    expect(customElements.get('risk-list')).to.equal(RiskList);
    expect(customElements.get('procedure-compare')).to.equal(undefined);
    document.body.innerHTML = '<procedure-compare></procedure-compare><div data-ubs="surgery-faq"></div>';
    const warnings = await captureWarnings(() => addScript('/dist/cdn/upper-back-surgery.iife.js'));
    expect(customElements.get('risk-list')).to.equal(RiskList);
    expect(customElements.get('procedure-compare')).to.not.equal(undefined);
    const ours = warnings.filter((m) => m.startsWith('upper-back-surgery-elements:'));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.contain('loaded more than once');
    const compare = document.querySelector('procedure-compare')!;
    await waitUntil(() => shadowText(compare) !== '', 'procedure-compare renders');
    await waitUntil(() => document.querySelector('surgery-faq') !== null, 'placeholder upgraded by the script-tag copy');
  });
});
