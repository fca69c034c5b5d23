import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/candidacy-check/candidacy-check.js';
import type { CandidacyCheck } from '../src/candidacy-check/candidacy-check.component.js';
import { isUrgentStep, nextSteps, type CandidacyAnswers } from '../src/candidacy-check/next-steps.js';
import { en } from '../src/content/en.js';
import { es } from '../src/content/es.js';

const input = (el: Element, name: string, value: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
const submit = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!;
const result = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~="result"]');
const steps = (el: Element) => [...result(el)!.querySelectorAll('.next-steps > li')].map((li) => li.textContent!.trim());

async function answer(el: CandidacyCheck, choices: Record<string, string[]>) {
  for (const [name, values] of Object.entries(choices)) for (const value of values) input(el, name, value).click();
  submit(el).click();
  await el.updateComplete;
}

describe('<candidacy-check>', () => {
  it('asks its questions as real fieldsets with legends and labelled controls', async () => {
    const el = await fixture<CandidacyCheck>(html`<candidacy-check></candidacy-check>`);
    const fieldsets = el.shadowRoot!.querySelectorAll('fieldset');
    expect(fieldsets).to.have.length(6);
    expect(fieldsets[0]!.querySelector('legend')!.textContent).to.contain('How long have you had this back pain?');
    expect(fieldsets[0]!.querySelectorAll('input[type="radio"]')).to.have.length(3);
    expect(fieldsets[2]!.querySelectorAll('input[type="checkbox"]')).to.have.length(5);
    el.shadowRoot!.querySelectorAll('input').forEach((control) => expect(control.closest('label')!.textContent!.trim()).to.not.equal(''));
  });

  it('can be filled in and submitted with the keyboard alone, and moves focus to the summary', async () => {
    const el = await fixture<CandidacyCheck>(html`<candidacy-check></candidacy-check>`);
    input(el, 'duration', 'under-6-weeks').focus();
    await sendKeys({ press: 'ArrowDown' }); // radio group: arrows choose
    await sendKeys({ press: 'ArrowDown' });
    expect(input(el, 'duration', 'over-3-months').checked).to.be.true;
    await sendKeys({ press: 'Tab' }); // next group
    await sendKeys({ press: ' ' });
    expect(input(el, 'recurring', 'yes').checked).to.be.true;
    await sendKeys({ press: 'Tab' }); // first checkbox
    await sendKeys({ press: ' ' });
    expect(input(el, 'treatments', 'exercise').checked).to.be.true;
    const completed = oneEvent(el, 'ubs-candidacy-complete');
    await sendKeys({ press: 'Enter' }); // submits the form
    const event = await completed;
    await el.updateComplete;
    expect(event.detail.answers).to.deep.equal({
      duration: ['over-3-months'],
      recurring: ['yes'],
      treatments: ['exercise'],
      symptoms: [],
      redFlags: [],
      urgent: [],
    });
    expect(event.bubbles && event.composed).to.be.true;
    expect(el.shadowRoot!.activeElement).to.equal(result(el));
    expect(result(el)!.textContent).to.contain('More than 3 months').and.to.contain('Exercise or physical therapy');
  });

  it('says which required question is unanswered, marks it, and focuses it', async () => {
    const el = await fixture<CandidacyCheck>(html`<candidacy-check></candidacy-check>`);
    input(el, 'duration', 'over-3-months').click();
    submit(el).click();
    await el.updateComplete;
    expect(result(el)).to.equal(null);
    const error = el.shadowRoot!.querySelector('#recurring-error')!;
    expect(error.textContent).to.equal('Please answer this question.');
    const firstRecurring = input(el, 'recurring', 'yes');
    expect(firstRecurring.getAttribute('aria-invalid')).to.equal('true');
    expect(firstRecurring.getAttribute('aria-describedby')).to.equal('recurring-error');
    expect(el.shadowRoot!.activeElement).to.equal(firstRecurring);
    await expect(el).to.be.accessible();
    // Only that question is marked; the error shows, the others' do not.
    const shownErrors = () => [...el.shadowRoot!.querySelectorAll('.error')].filter((p) => p.checkVisibility()).map((p) => p.id);
    expect(shownErrors()).to.deep.equal(['recurring-error']);
    expect(input(el, 'duration', 'over-3-months').getAttribute('aria-invalid')).to.equal('false');
    // Answered and sent again: the marks go, the reader's answers stay, the checkbox hints stay linked.
    firstRecurring.click();
    submit(el).click();
    await el.updateComplete;
    expect(shownErrors()).to.deep.equal([]);
    expect(firstRecurring.getAttribute('aria-invalid')).to.equal('false');
    expect(firstRecurring.hasAttribute('aria-describedby')).to.equal(false);
    expect(firstRecurring.checked && input(el, 'duration', 'over-3-months').checked).to.equal(true);
    expect(el.shadowRoot!.querySelector('input[type="checkbox"]')!.getAttribute('aria-describedby')).to.match(/-hint$/);
    expect(result(el)).to.not.equal(null);
  });

  it('shows no error before the reader sends the form', async () => {
    const el = await fixture<CandidacyCheck>(html`<candidacy-check></candidacy-check>`);
    expect([...el.shadowRoot!.querySelectorAll('.error')].filter((p) => p.checkVisibility())).to.have.length(0);
    expect([...el.shadowRoot!.querySelectorAll('input')].every((box) => box.getAttribute('aria-invalid') === 'false')).to.equal(true);
  });

  it('suggests giving recent pain time, and always a second opinion before any surgery', async () => {
    const el = await fixture<CandidacyCheck>(html`<candidacy-check></candidacy-check>`);
    await answer(el, { duration: ['under-6-weeks'], recurring: ['no'] });
    const suggested = steps(el);
    expect(suggested[0]).to.contain('New back pain often gets better in a few weeks').and.to.contain('should be checked by a doctor');
    expect(suggested.at(-1)).to.contain('get a second opinion');
  });

  it('points long-lasting pain with no treatment yet to conservative care first, then a specialist', async () => {
    const el = await fixture<CandidacyCheck>(html`<candidacy-check></candidacy-check>`);
    await answer(el, { duration: ['over-3-months'], recurring: ['yes'] });
    const suggested = steps(el);
    expect(suggested[0]).to.contain('treatments without surgery');
    expect(suggested[1]).to.contain('spine specialist');
  });

  it('gives no diagnosis and no verdict on surgery, whatever the answers', async () => {
    const el = await fixture<CandidacyCheck>(html`<candidacy-check></candidacy-check>`);
    await answer(el, { duration: ['over-3-months'], recurring: ['yes'], treatments: ['medicine', 'massage', 'acupuncture', 'chiropractic'] });
    const notADiagnosis = 'this is not a diagnosis. it does not say whether you need surgery.';
    const text = result(el)!.textContent!.replace(/\s+/g, ' ').toLowerCase();
    expect(text).to.contain(notADiagnosis);
    const rest = text.replace(notADiagnosis, '');
    for (const verdict of ['you need surgery', 'you should have surgery', 'surgery is right for you', 'good candidate', 'you are a candidate', 'you qualify']) {
      expect(rest).to.not.contain(verdict);
    }
    expect(result(el)!.querySelector('[part="warning-signs"]')).to.not.equal(null);
  });

  /** Every subset of a list (the empty one included). */
  const subsets = <T>(items: readonly T[]): T[][] =>
    items.reduce<T[][]>((all, item) => [...all, ...all.map((subset) => [...subset, item])], [[]]);
  const optionIds = (id: keyof typeof en.candidacy.questions) => en.candidacy.questions[id].options.map((option) => option.id);

  it('with any urgent or warning-sign answer, suggests only the step that cannot wait (every combination)', () => {
    const urgentSets = subsets(optionIds('urgent'));
    const redFlagSets = subsets(optionIds('redFlags'));
    let walked = 0;
    for (const urgent of urgentSets)
      for (const redFlags of redFlagSets) {
        if (urgent.length === 0 && redFlags.length === 0) continue;
        for (const duration of optionIds('duration'))
          for (const recurring of optionIds('recurring'))
            for (const treatments of [[], optionIds('treatments')])
              for (const symptoms of [[], optionIds('symptoms')]) {
                const answers: CandidacyAnswers = { duration: [duration], recurring: [recurring], treatments, symptoms, redFlags, urgent };
                expect(nextSteps(answers), JSON.stringify(answers)).to.deep.equal([urgent.length > 0 ? 'urgent' : 'seeDoctorSoon']);
                walked++;
              }
      }
    expect(walked).to.equal((urgentSets.length * redFlagSets.length - 1) * 3 * 3 * 2 * 2);
  });

  it('without urgent answers, never suggests an urgent step', () => {
    for (const duration of optionIds('duration'))
      for (const recurring of optionIds('recurring'))
        for (const treatments of subsets(optionIds('treatments')))
          for (const symptoms of subsets(optionIds('symptoms'))) {
            const steps = nextSteps({ duration: [duration], recurring: [recurring], treatments, symptoms, redFlags: [], urgent: [] });
            expect(steps.some(isUrgentStep)).to.be.false;
            expect(steps.at(-1)).to.equal('secondOpinion');
          }
  });

  for (const [content, lang] of [[en, 'en'], [es, 'es']] as const) {
    const { steps: stepText } = content.candidacy;
    const otherSteps = Object.entries(stepText).filter(([id]) => id !== 'urgent' && id !== 'seeDoctorSoon');
    for (const question of ['urgent', 'redFlags'] as const) {
      for (const option of content.candidacy.questions[question].options) {
        it(`(${lang}) "${option.label}" shows the urgent step alone: no "give it time", no second opinion first`, async () => {
          const el = await fixture<CandidacyCheck>(html`<candidacy-check lang=${lang}></candidacy-check>`);
          await answer(el, { duration: ['under-6-weeks'], recurring: ['yes'], treatments: [], symptoms: ['numbness'], [question]: [option.id] });
          const shown = result(el)!.textContent!.replace(/\s+/g, ' ');
          const expected = (question === 'urgent' ? stepText.urgent.text : stepText.seeDoctorSoon.text).replace('{emergency}', content.references.emergencyNumber);
          const box = result(el)!.querySelector('.urgent')!;
          expect(box.textContent!.replace(/\s+/g, ' ')).to.contain(expected);
          // The box says what to do and where that comes from: no definitions or other advice in it.
          expect(box.querySelector('[part~="term"]')).to.equal(null);
          expect(result(el)!.querySelector('.next-steps')).to.equal(null);
          for (const [, step] of otherSteps) expect(shown).to.not.contain(step.text);
          // Before surgery the box shows the signs to act on now, not the after-surgery signs.
          expect(shown).to.contain(content.candidacy.actNow.title).and.not.contain(content.warningSigns.title);
        });
      }
    }
  }

  it('puts urgent signs first, with a call for help now', async () => {
    const el = await fixture<CandidacyCheck>(html`<candidacy-check></candidacy-check>`);
    await answer(el, { duration: ['under-6-weeks'], recurring: ['no'], urgent: ['bladder-bowel'] });
    const urgent = result(el)!.querySelector('.urgent')!;
    expect(urgent.textContent).to.contain('Get medical help now');
    expect(result(el)!.querySelector('p')).to.equal(urgent);
  });

  it('mentions nerve symptoms to raise with the doctor', async () => {
    const el = await fixture<CandidacyCheck>(html`<candidacy-check></candidacy-check>`);
    await answer(el, { duration: ['6-weeks-to-3-months'], recurring: ['no'], treatments: ['exercise'], symptoms: ['numbness'] });
    expect(steps(el).some((step) => step.includes('leg pain, weakness or numbness'))).to.be.true;
  });

  it('starts again with the reset button: no answers, no summary', async () => {
    const el = await fixture<CandidacyCheck>(html`<candidacy-check></candidacy-check>`);
    await answer(el, { duration: ['under-6-weeks'], recurring: ['no'], treatments: ['massage'] });
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="reset"]')!.click();
    await el.updateComplete;
    expect(result(el)).to.equal(null);
    expect([...el.shadowRoot!.querySelectorAll('input')].some((control) => control.checked)).to.be.false;
  });

  it('keeps answers in memory only: no storage, no cookie, no change of address', async () => {
    const url = location.href;
    const storedBefore = localStorage.length + sessionStorage.length;
    const el = await fixture<CandidacyCheck>(html`<candidacy-check></candidacy-check>`);
    await answer(el, { duration: ['over-3-months'], recurring: ['yes'] });
    expect(localStorage.length + sessionStorage.length).to.equal(storedBefore);
    expect(document.cookie).to.equal('');
    expect(location.href).to.equal(url);
  });

  it('passes axe with the summary shown', async () => {
    const el = await fixture<CandidacyCheck>(html`<candidacy-check></candidacy-check>`);
    await answer(el, { duration: ['over-3-months'], recurring: ['yes'], redFlags: ['fever'] });
    await expect(el).to.be.accessible();
  });
});
