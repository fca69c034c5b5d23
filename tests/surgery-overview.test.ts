import { expect, fixture, html } from '@open-wc/testing';
import '../src/surgery-overview/surgery-overview.js';
import { en } from '../src/content/en.js';
import { renderedSeeds, shadowText } from './helpers.js';

describe('<surgery-overview>', () => {
  it('says what surgery is, when it is considered, and that the operation depends on the diagnosis', async () => {
    const el = await fixture(html`<surgery-overview></surgery-overview>`);
    expect([...renderedSeeds(el)]).to.include.members(['S1', 'S2', 'S3', 'S7', 'S8', 'S9']);
    expect(shadowText(el)).to.contain('depends on what exactly is wrong');
  });

  it('keeps the article\'s candidacy statement as the article\'s, with the guideline caution beside it', async () => {
    const el = await fixture(html`<surgery-overview></surgery-overview>`);
    const statement = [...el.shadowRoot!.querySelectorAll('p')].find((p) => p.textContent!.includes(en.overview.candidates.text))!;
    expect(statement.textContent).to.match(/^The article says/);
    expect(statement.nextElementSibling!.textContent).to.contain('does not go down the legs');
  });

  it('lists the common operations, each explained in plain words', async () => {
    const el = await fixture(html`<surgery-overview></surgery-overview>`);
    const terms = [...el.shadowRoot!.querySelectorAll('[part="procedures"] dt')].map((dt) => dt.textContent);
    expect(terms).to.deep.equal(['Discectomy', 'Spinal fusion', 'Decompression']);
    const text = shadowText(el);
    for (const definition of ['A discectomy is', 'A spinal fusion joins', 'Stenosis means', 'A herniated disc is']) {
      expect(text).to.contain(definition);
    }
  });
});
