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
    expect(cards[0]!.textContent).to.contain('Legs you cannot move');
    expect(cards[1]!.textContent).to.contain('A calf or leg that is swollen and painful');
  });
});
