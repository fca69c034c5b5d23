import { expect, fixture, html } from '@open-wc/testing';
import '../src/recovery-tips/recovery-tips.js';
import { recovery } from '../src/content/en/recovery.js';
import { shadowText } from './helpers.js';

describe('<recovery-tips>', () => {
  it('says recovery depends on age and general health', async () => {
    const el = await fixture(html`<recovery-tips></recovery-tips>`);
    expect(shadowText(el)).to.contain('depends on your age and your general health');
  });

  it('shows the timeline as an ordered list from hospital to full benefit', async () => {
    const el = await fixture(html`<recovery-tips></recovery-tips>`);
    const steps = [...el.shadowRoot!.querySelectorAll('ol[part="timeline"] > li .when')].map((s) => s.textContent);
    expect(steps).to.deep.equal(['The first days', 'The first 6 weeks', 'Going back to work']);
    expect(shadowText(el)).to.contain('These times come from operations on the lower back');
    expect(shadowText(el)).to.contain('A fusion takes longer');
  });

  it('lists healthy habits to talk about with the doctor, under their own heading', async () => {
    const el = await fixture(html`<recovery-tips></recovery-tips>`);
    // The list that follows the habits heading, and only it: the warning signs below are lists too.
    const section = [...el.shadowRoot!.querySelectorAll('section')].find((candidate) => candidate.querySelector('h3')?.textContent?.trim() === recovery.lifestyleTitle);
    const habits = [...(section?.querySelectorAll(':scope > ul > li') ?? [])].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(habits).to.have.length(recovery.lifestyle.length);
    recovery.lifestyle.forEach((habit, index) => expect(habits[index]).to.contain(habit.text));
    expect(section?.textContent).to.contain('Ask your doctor how to stay healthy after surgery');
  });

  it('ends with the signs after surgery that need help fast, the emergency ones first', async () => {
    const el = await fixture(html`<recovery-tips></recovery-tips>`);
    const cards = [...el.shadowRoot!.querySelectorAll('[part="warning-signs"] [part~="care-card"]')];
    expect(cards.map((card) => card.matches('.emergency'))).to.deep.equal([true, false]);
    expect(cards[1]!.textContent).to.contain('A calf or leg that is swollen and painful');
  });

  // The hazard log's H5: each of these needs the emergency number, not a call to the surgeon.
  const EMERGENCY_SIGNS = {
    en: [/chest pain/i, /trouble breathing/i, /legs you cannot move/i, /new weakness or numbness/i, /bladder or bowels/i],
    es: [/dolor en el pecho/i, /dificultad repentina para respirar/i, /piernas que no puede mover/i, /debilidad o entumecimiento nuevo/i, /orina o las heces/i],
  };
  for (const [lang, signs] of Object.entries(EMERGENCY_SIGNS)) {
    it(`sends chest pain, trouble breathing, legs that will not move and loss of bladder or bowel control to the emergency number (${lang})`, async () => {
      const el = await fixture(html`<recovery-tips lang=${lang}></recovery-tips>`);
      const card = el.shadowRoot!.querySelector('[part="warning-signs"] [part~="care-card"].emergency');
      const text = (card?.textContent ?? '').replace(/\s+/g, ' ');
      expect(signs.filter((sign) => !sign.test(text)).map(String), 'missing from the emergency card').to.deep.equal([]);
    });
  }
});
