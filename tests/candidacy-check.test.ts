import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/candidacy-check/candidacy-check.js';
import '../src/ubs-settings/ubs-settings.js';
import type { CandidacyCheck } from '../src/candidacy-check/candidacy-check.component.js';
import { isUrgentStep, nextSteps, triageStep, type CandidacyAnswers, type StepId } from '../src/candidacy-check/next-steps.js';
import { en } from '../src/content/en.js';
import { es } from '../src/content/es.js';
import type { GuideContent } from '../src/content/types.js';
import { sameNode, settled } from './helpers.js';

const input = (el: Element, name: string, value: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
const submit = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!;
const result = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~="result"]');
const steps = (el: Element) => [...result(el)!.querySelectorAll('.next-steps > li')].map((li) => li.textContent!.trim());
const errorSummary = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~="error-summary"]')!;
/** Whether focus is on `target` inside the element, with both named if not. */
const focusIsOn = (el: Element, target: Element | null | undefined) => sameNode(el.shadowRoot!.activeElement, target);
const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The care cards the form shows now, by level, as the reader sees them (hidden ones are not there for them). */
const shownCards = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('form [part~="care-card"]')]
    .filter((card) => card.checkVisibility())
    .map((card) => (card.matches('.emergency') ? 'emergency' : 'urgent'));

/** Ticks boxes and chooses radios as a reader would (clicks fire `change`). */
function choose(el: CandidacyCheck, choices: Record<string, readonly string[]>) {
  for (const [name, values] of Object.entries(choices)) for (const value of values) input(el, name, value).click();
}

async function answer(el: CandidacyCheck, choices: Record<string, readonly string[]>) {
  choose(el, choices);
  submit(el).click();
  await el.updateComplete;
}

// A failing assertion whose value is an element hangs the test runner while it serialises the
// element: assertions here compare markup or booleans instead.
const NONE: CandidacyAnswers = { urgent: [], redFlags: [], duration: [], recurring: [], treatments: [] };
const optionIds = (id: keyof typeof en.candidacy.questions, content: GuideContent = en) => content.candidacy.questions[id].options.map((option) => option.id);

describe('<candidacy-check>', () => {
  it('asks about emergency signs first, then signs for a doctor today, as real fieldsets with labelled controls', async () => {
    const el = await fixture<CandidacyCheck>(html`<candidacy-check></candidacy-check>`);
    const legends = [...el.shadowRoot!.querySelectorAll('fieldset > legend')].map((legend) => words(legend));
    expect(legends[0]).to.equal(en.candidacy.questions.urgent.legend);
    expect(legends[1]).to.equal(en.candidacy.questions.redFlags.legend);
    expect(legends.slice(2)).to.deep.equal([
      `${en.candidacy.questions.duration.legend} ${en.candidacy.requiredLabel}`,
      `${en.candidacy.questions.recurring.legend} ${en.candidacy.requiredLabel}`,
      en.candidacy.questions.treatments.legend,
    ]);
    expect(el.shadowRoot!.querySelectorAll('fieldset')[2]!.querySelectorAll('input[type="radio"]')).to.have.length(3);
    el.shadowRoot!.querySelectorAll('input').forEach((control) => expect(control.closest('label')!.textContent!.trim()).to.not.equal(''));
  });

  it('says what to do in an emergency, with the number, before any answer', async () => {
    const page = await fixture(html`<div><ubs-settings emergency-number="911"></ubs-settings><candidacy-check></candidacy-check></div>`);
    const el = page.querySelector<CandidacyCheck>('candidacy-check')!;
    await settled(el);
    const hint = el.shadowRoot!.querySelector('fieldset')!.querySelector('.urgent-hint')!;
    expect(hint.checkVisibility()).to.equal(true);
    expect(words(hint)).to.equal('If you have any of these, call 911 now. You do not need to answer the other questions.');
  });

  for (const [content, lang] of [[en, 'en'], [es, 'es']] as const) {
    const { steps: stepText } = content.candidacy;
    const routineSteps = Object.entries(stepText).filter(([id]) => id !== 'urgent' && id !== 'seeDoctorSoon');
    const emergencyWords = stepText.urgent.text.replace(/\{emergency\}/g, content.references.emergencyNumber);
    const todayWords = stepText.seeDoctorSoon.text;
    for (const question of ['urgent', 'redFlags'] as const) {
      const level = question === 'urgent' ? 'emergency' : 'urgent';
      const expected = question === 'urgent' ? emergencyWords : todayWords;
      for (const option of content.candidacy.questions[question].options) {
        it(`(${lang}) "${option.label}" alone: its care card at once, then only its step, with nothing else answered`, async () => {
          const el = await fixture<CandidacyCheck>(html`<candidacy-check lang=${lang}></candidacy-check>`);
          expect(shownCards(el)).to.deep.equal([]);
          choose(el, { [question]: [option.id] });
          // At once, as the box is ticked: no submit, no other answer.
          expect(shownCards(el)).to.deep.equal([level]);
          const card = [...el.shadowRoot!.querySelectorAll<HTMLElement>(`form [part~="care-card"].${level}`)].find((c) => c.checkVisibility())!;
          expect(words(card)).to.contain(expected);
          submit(el).click();
          await el.updateComplete;
          // No required question holds it back: no error summary, the summary shows only that step.
          expect(errorSummary(el).checkVisibility()).to.equal(false);
          const shown = words(result(el));
          expect(words(result(el)!.querySelector(`[part~="care-card"].${level}`))).to.contain(expected);
          expect(result(el)!.querySelector('.next-steps')?.outerHTML ?? null).to.equal(null);
          for (const [, step] of routineSteps) expect(shown).to.not.contain(step.text);
          if (question === 'redFlags') expect(shown).to.not.contain(emergencyWords);
          // The box says what to do and where that comes from: no definitions or other advice in it.
          expect(result(el)!.querySelector('[part~="care-card"] [part~="term"]')?.outerHTML ?? null).to.equal(null);
          // Before surgery the summary ends with the signs to act on now, not the after-surgery signs.
          expect(shown).to.contain(content.candidacy.actNow.title.replace('{emergency}', content.references.emergencyNumber));
          expect(shown).to.not.contain(content.warningSigns.callSurgeon.title);
        });
      }
    }

    it(`(${lang}) an emergency sign with a warning sign shows only the emergency card, and it stays when the warning sign goes`, async () => {
      const el = await fixture<CandidacyCheck>(html`<candidacy-check lang=${lang}></candidacy-check>`);
      choose(el, { redFlags: ['weakness'] });
      expect(shownCards(el)).to.deep.equal(['urgent']);
      choose(el, { urgent: ['legs-weakness'] });
      expect(shownCards(el)).to.deep.equal(['emergency']);
      choose(el, { redFlags: ['weakness'] }); // unticked
      expect(shownCards(el)).to.deep.equal(['emergency']);
      choose(el, { urgent: ['legs-weakness'] }); // unticked: nothing left that cannot wait
      expect(shownCards(el)).to.deep.equal([]);
    });
  }

  it('announces a card as it appears: it sits in a live region that is there from the start', async () => {
    const el = await fixture<CandidacyCheck>(html`<candidacy-check></candidacy-check>`);
    const regions = [...el.shadowRoot!.querySelectorAll('form [aria-live]')];
    expect(regions.map((region) => region.getAttribute('aria-live'))).to.deep.equal(['assertive', 'polite']);
    choose(el, { urgent: ['chest-pain'] });
    expect(regions[0]!.contains([...el.shadowRoot!.querySelectorAll<HTMLElement>('form [part~="care-card"]')].find((c) => c.checkVisibility())!)).to.equal(true);
  });

  it('names an urgent summary by its care card, so a screen reader says what to do as focus arrives', async () => {
    const el = await fixture<CandidacyCheck>(html`<candidacy-check></candidacy-check>`);
    await answer(el, { urgent: ['bladder-bowel'] });
    const region = result(el)!;
    expect(...focusIsOn(el, region)).to.equal(true);
    const name = region
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => words(el.shadowRoot!.getElementById(id)))
      .join(' ');
    expect(name).to.equal('Immediate action required: Call your local emergency number now Your summary');
    expect(words(el.shadowRoot!.getElementById(region.getAttribute('aria-describedby')!))).to.contain('Get medical help now');
    await expect(el).to.be.accessible();
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
    expect(event.detail.answers).to.deep.equal({ urgent: [], redFlags: [], duration: ['over-3-months'], recurring: ['yes'], treatments: ['exercise'] });
    expect(event.bubbles && event.composed).to.be.true;
    expect(...focusIsOn(el, result(el))).to.equal(true);
    expect(result(el)!.textContent).to.contain('More than 3 months').and.to.contain('Exercise or physical therapy');
  });

  it('after a submit that needs answers: "There is a problem", one link per unanswered question, focused', async () => {
    const url = location.href;
    const el = await fixture<CandidacyCheck>(html`<candidacy-check></candidacy-check>`);
    let completed = 0;
    el.addEventListener('ubs-candidacy-complete', () => completed++);
    submit(el).click();
    await el.updateComplete;
    expect(result(el)?.outerHTML ?? null).to.equal(null);
    expect(completed, 'no ubs-candidacy-complete without the required answers').to.equal(0);
    const summary = errorSummary(el);
    expect(summary.checkVisibility()).to.equal(true);
    expect(...focusIsOn(el, summary)).to.equal(true);
    expect(words(summary.querySelector('h3'))).to.equal('There is a problem');
    const links = [...summary.querySelectorAll('a')].filter((a) => a.checkVisibility());
    expect(links.map((a) => words(a))).to.deep.equal([en.candidacy.questions.duration.missing, en.candidacy.questions.recurring.missing]);
    // Each inline error names its question.
    expect(words(el.shadowRoot!.querySelector('#duration-error'))).to.equal(en.candidacy.questions.duration.missing);
    expect(words(el.shadowRoot!.querySelector('#recurring-error'))).to.equal(en.candidacy.questions.recurring.missing);
    // A link takes the reader to the question, and the page's address stays as it was.
    links[1]!.click();
    expect(...focusIsOn(el, input(el, 'recurring', 'yes'))).to.equal(true);
    expect(location.href).to.equal(url);
    await expect(el).to.be.accessible();
    // Answer one: only the other stays listed after the next submit.
    input(el, 'duration', 'over-3-months').click();
    submit(el).click();
    await el.updateComplete;
    expect([...summary.querySelectorAll('a')].filter((a) => a.checkVisibility()).map((a) => words(a))).to.deep.equal([en.candidacy.questions.recurring.missing]);
  });

  it('marks the unanswered question on its options, and clears the marks once answered', async () => {
    const el = await fixture<CandidacyCheck>(html`<candidacy-check></candidacy-check>`);
    input(el, 'duration', 'over-3-months').click();
    submit(el).click();
    await el.updateComplete;
    const firstRecurring = input(el, 'recurring', 'yes');
    expect(firstRecurring.getAttribute('aria-invalid')).to.equal('true');
    expect(firstRecurring.getAttribute('aria-describedby')).to.equal('recurring-error');
    const shownErrors = () => [...el.shadowRoot!.querySelectorAll('.error')].filter((p) => p.checkVisibility()).map((p) => p.id);
    expect(shownErrors()).to.deep.equal(['recurring-error']);
    expect(input(el, 'duration', 'over-3-months').getAttribute('aria-invalid')).to.equal('false');
    firstRecurring.click();
    submit(el).click();
    await el.updateComplete;
    expect(shownErrors()).to.deep.equal([]);
    expect(errorSummary(el).checkVisibility()).to.equal(false);
    expect(firstRecurring.getAttribute('aria-invalid')).to.equal('false');
    expect(firstRecurring.hasAttribute('aria-describedby')).to.equal(false);
    expect(firstRecurring.checked && input(el, 'duration', 'over-3-months').checked).to.equal(true);
    expect(el.shadowRoot!.querySelector('input[type="checkbox"]')!.getAttribute('aria-describedby')).to.match(/-hint$/);
    expect(result(el)).to.not.equal(null);
  });

  it('shows no error and no card before the reader does anything', async () => {
    const el = await fixture<CandidacyCheck>(html`<candidacy-check></candidacy-check>`);
    expect([...el.shadowRoot!.querySelectorAll('.error')].filter((p) => p.checkVisibility())).to.have.length(0);
    expect(errorSummary(el).checkVisibility()).to.equal(false);
    expect(shownCards(el)).to.deep.equal([]);
    expect([...el.shadowRoot!.querySelectorAll('input')].every((box) => box.getAttribute('aria-invalid') === 'false')).to.equal(true);
  });

  it('asks for new upper back pain to be checked soon, never "give it time", and a second opinion before any planned surgery', async () => {
    const el = await fixture<CandidacyCheck>(html`<candidacy-check></candidacy-check>`);
    await answer(el, { duration: ['under-6-weeks'], recurring: ['no'] });
    const suggested = steps(el);
    expect(suggested[0]).to.contain('should be checked by a doctor soon');
    expect(suggested.at(-1)).to.contain('get a second opinion first');
    expect(words(result(el))).to.not.match(/often gets better|give it time/i);
  });

  it('points long-lasting pain with no treatment yet to care without surgery first, then a specialist', async () => {
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
    const text = words(result(el)).toLowerCase();
    expect(text).to.contain(notADiagnosis);
    const rest = text.replace(notADiagnosis, '');
    for (const verdict of ['you need surgery', 'you should have surgery', 'surgery is right for you', 'good candidate', 'you are a candidate', 'you qualify']) {
      expect(rest).to.not.contain(verdict);
    }
    expect(result(el)!.querySelector('[part~="care-card"].emergency') !== null, 'an emergency care card in the summary').to.equal(true);
  });

  it('starts again with the reset button: no answers, no summary, no card', async () => {
    const el = await fixture<CandidacyCheck>(html`<candidacy-check></candidacy-check>`);
    await answer(el, { urgent: ['injury'], duration: ['under-6-weeks'] });
    expect(shownCards(el)).to.deep.equal(['emergency']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="reset"]')!.click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(result(el)?.outerHTML ?? null).to.equal(null);
    expect(shownCards(el)).to.deep.equal([]);
    expect([...el.shadowRoot!.querySelectorAll('input')].some((control) => control.checked)).to.be.false;
  });

  it('keeps answers in memory only: no storage, no cookie, no change of address, and never submits itself', async () => {
    const url = location.href;
    const storedBefore = localStorage.length + sessionStorage.length;
    const el = await fixture<CandidacyCheck>(html`<candidacy-check></candidacy-check>`);
    // A form that submits natively puts its answers in the address: this one is a dialog form, which goes nowhere.
    expect(el.shadowRoot!.querySelector('form')!.getAttribute('method')).to.equal('dialog');
    await answer(el, { urgent: ['chest-pain'], duration: ['over-3-months'], recurring: ['yes'] });
    expect(localStorage.length + sessionStorage.length).to.equal(storedBefore);
    expect(document.cookie).to.equal('');
    expect(location.href).to.equal(url);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme: with an error, with a card, with the summary`, async () => {
      const el = await fixture<CandidacyCheck>(html`<candidacy-check theme=${theme}></candidacy-check>`);
      submit(el).click();
      await settled(el);
      await expect(el).to.be.accessible();
      choose(el, { redFlags: ['fever'] });
      await expect(el).to.be.accessible();
      await answer(el, { duration: ['over-3-months'], recurring: ['yes'] });
      await settled(el);
      await expect(el).to.be.accessible();
    });
  }
});

describe('nextSteps() and triageStep()', () => {
  /** Every answer to the routine questions, unanswered included. */
  function* routineAnswers(): Generator<Pick<CandidacyAnswers, 'duration' | 'recurring' | 'treatments'>> {
    for (const duration of [[], ...optionIds('duration').map((id) => [id])])
      for (const recurring of [[], ...optionIds('recurring').map((id) => [id])])
        for (const treatments of [[], ['massage'], optionIds('treatments')]) yield { duration, recurring, treatments };
  }
  const triageOptions = [...optionIds('urgent').map((id) => ['urgent', id] as const), ...optionIds('redFlags').map((id) => ['redFlags', id] as const)];

  it('any urgent or warning-sign answer, alone or with any other, gives only the step that cannot wait', () => {
    // Every option alone, every pair, and all at once, whatever the routine answers (unanswered too).
    const sets: (readonly (readonly ['urgent' | 'redFlags', string])[])[] = [
      ...triageOptions.map((option) => [option]),
      ...triageOptions.flatMap((a, i) => triageOptions.slice(i + 1).map((b) => [a, b])),
      triageOptions,
    ];
    let walked = 0;
    for (const set of sets) {
      const urgent = set.filter(([q]) => q === 'urgent').map(([, id]) => id);
      const redFlags = set.filter(([q]) => q === 'redFlags').map(([, id]) => id);
      const expected = urgent.length > 0 ? 'urgent' : 'seeDoctorSoon';
      expect(triageStep({ urgent, redFlags })).to.equal(expected);
      for (const routine of routineAnswers()) {
        expect(nextSteps({ ...routine, urgent, redFlags }), JSON.stringify(set)).to.deep.equal([expected]);
        walked++;
      }
    }
    expect(walked).to.equal(sets.length * 4 * 4 * 3);
  });

  it('without urgent answers: no urgent step, never the "check soon" step for pain of 6 weeks or more, a second opinion last', () => {
    for (const routine of routineAnswers()) {
      if (routine.duration.length === 0 || routine.recurring.length === 0) continue;
      const suggested = nextSteps({ ...NONE, ...routine });
      expect(suggested.some(isUrgentStep)).to.equal(false);
      expect(suggested.includes('checkWithinDays'), JSON.stringify(routine)).to.equal(routine.duration[0] === 'under-6-weeks');
      expect(suggested.at(-1)).to.equal('secondOpinion');
    }
    expect(triageStep(NONE)).to.equal(undefined);
  });

  it('without urgent answers: care without surgery first if nothing was tried; a specialist for pain over 3 months, pain that keeps coming back, or treatment that did not help after 6 weeks', () => {
    const tried = ['exercise'];
    // [how long, keeps coming back, tried] → the steps, in order.
    const expected: [string, string, readonly string[], StepId[]][] = [
      ['under-6-weeks', 'no', [], ['checkWithinDays', 'secondOpinion']],
      ['under-6-weeks', 'no', tried, ['checkWithinDays', 'secondOpinion']],
      ['under-6-weeks', 'yes', [], ['checkWithinDays', 'seeSpecialist', 'secondOpinion']],
      ['under-6-weeks', 'yes', tried, ['checkWithinDays', 'seeSpecialist', 'secondOpinion']],
      ['6-weeks-to-3-months', 'no', [], ['tryConservativeCare', 'secondOpinion']],
      ['6-weeks-to-3-months', 'no', tried, ['seeSpecialist', 'secondOpinion']],
      ['6-weeks-to-3-months', 'yes', [], ['tryConservativeCare', 'seeSpecialist', 'secondOpinion']],
      ['6-weeks-to-3-months', 'yes', tried, ['seeSpecialist', 'secondOpinion']],
      ['over-3-months', 'no', [], ['tryConservativeCare', 'seeSpecialist', 'secondOpinion']],
      ['over-3-months', 'no', tried, ['seeSpecialist', 'secondOpinion']],
      ['over-3-months', 'yes', [], ['tryConservativeCare', 'seeSpecialist', 'secondOpinion']],
      ['over-3-months', 'yes', tried, ['seeSpecialist', 'secondOpinion']],
    ];
    for (const [duration, recurring, treatments, steps] of expected) {
      expect(nextSteps({ ...NONE, duration: [duration], recurring: [recurring], treatments }), `${duration}, coming back: ${recurring}, tried: ${treatments.length > 0}`).to.deep.equal(steps);
    }
  });
});
