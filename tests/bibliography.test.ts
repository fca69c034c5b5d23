// The lists of sources fill in by themselves once the bibliography chunk has loaded, which each
// element starts after its first paint (src/shared/i18n/bibliography.ts). Its own file: every other test
// file loads the bibliography itself, and the chunk loads once per page.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { bibliographySettled } from '../src/shared/i18n/bibliography.js';

describe('the lists of sources', () => {
  it('show their numbers at once and fill in after the first paint, with nothing else asking', async () => {
    const element = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<risk-list></risk-list>`);
    await element.updateComplete;
    const items = () => [...element.shadowRoot!.querySelectorAll('[part~="sources"] li')];
    expect(bibliographySettled(), 'not loaded yet after the first render').to.equal(false);
    expect(items().length, 'numbered items at once').to.be.greaterThan(0);
    // Nothing but the (hidden) way back to the text.
    expect(items().every((item) => item.querySelector('cite') === null && item.textContent!.trim() === item.querySelector('.back-link')!.textContent), 'empty until the bibliography arrives').to.equal(true);
    await waitUntil(() => items().every((item) => item.querySelector('cite')), 'every source is cited in full', { timeout: 5000 });
  });
});
