// Spanish is fetched only by a page that shows it: English pages never download it. Kept apart from
// spanish.test.ts, which imports the Spanish module itself (and so would always have fetched it).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { settled } from './helpers.js';

/** Whether this page has fetched the Spanish content module (as .ts from the test server, .js once built). */
const fetchedSpanish = () => performance.getEntriesByType('resource').some((entry) => /\/src\/content\/es\.(ts|js)(\?|$)/.test(entry.name));

describe('Spanish loading', () => {
  it('fetches Spanish only once a page shows it', async () => {
    const english = await fixture(html`<risk-list></risk-list>`);
    await settled(english);
    expect(fetchedSpanish(), 'Spanish fetched by an English page').to.equal(false);

    const spanish = await fixture(html`<risk-list lang="es"></risk-list>`);
    await settled(spanish);
    expect(spanish.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('es');
    expect(fetchedSpanish(), 'Spanish fetched for a Spanish element').to.equal(true);
  });
});
