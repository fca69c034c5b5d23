import { expect, fixture, html } from '@open-wc/testing';
import '../src/surgery-overview/surgery-overview.js';
import '../src/ubs-settings/ubs-settings.js';
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
    expect(statement.textContent).to.match(/^Some websites say/);
    expect(statement.nextElementSibling!.textContent).to.contain('does not go down the legs');
  });

  it('lists the common operations, each explained in plain words', async () => {
    const el = await fixture(html`<surgery-overview></surgery-overview>`);
    const terms = [...el.shadowRoot!.querySelectorAll('[part="procedures"] dt')].map((dt) => dt.textContent);
    expect(terms).to.deep.equal(['Discectomy', 'Spinal fusion', 'Decompression', 'Cement for a broken bone (vertebroplasty)']);
    const text = shadowText(el);
    for (const definition of ['A discectomy is', 'A spinal fusion joins', 'Stenosis means', 'A herniated disc is']) {
      expect(text).to.contain(definition);
    }
  });

  it('says what upper back surgery is for, that pain with no clear cause is rarely helped, and what the cement trials found', async () => {
    const el = await fixture(html`<surgery-overview></surgery-overview>`);
    const text = shadowText(el);
    expect(text).to.contain('a disc or bone pressing on the spinal cord or a nerve, a broken bone in the spine, a tumor, an infection');
    expect(text).to.contain('with no clear cause on exam and scans is rarely helped by surgery');
    expect(text).to.contain('some people got a fake procedure with no cement. People who got cement did not do clearly better');
    expect(text).to.contain('a disc seen on a scan is not always the cause of pain');
  });

  it('shows what cannot wait as an emergency care card with the number to call', async () => {
    const el = await fixture(html`<div><ubs-settings emergency-number="911"></ubs-settings><surgery-overview></surgery-overview></div>`);
    const overview = el.querySelector('surgery-overview')!;
    await (overview as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const card = overview.shadowRoot!.querySelector('[part~="care-card"].emergency')!;
    expect(card.querySelector('h3')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Immediate action required: Call 911 if you have back pain and:');
    expect(card.textContent).to.contain('Some problems cannot wait').and.to.contain('Weakness or numbness in both legs');
  });
});
