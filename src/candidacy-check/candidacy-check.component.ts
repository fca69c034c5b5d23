import { html, nothing, type PropertyValues } from 'lit';
import { freeze, ownPart } from '../shared/freeze.js';
import type { ChoiceQuestion } from '../content/sections/candidacy.js';
import { emit } from '../shared/events.js';
import { GuideElement } from '../shared/guide-element.js';
import { renderHeading } from '../shared/heading.js';
import { References } from '../shared/references.js';
import { renderCareCard, renderFooter, renderWarningSigns } from '../shared/render.js';
import { candidacyCheckStyles } from './candidacy-check.styles.js';
import { isUrgentStep, nextSteps, triageStep, type CandidacyAnswers, type QuestionId, type TriageStep } from './next-steps.js';
import { candidacy } from '../content/en/candidacy.js';
import { provideEnglish } from '../shared/i18n/english.js';

// This element's English (see english.ts): a page that imports only this element ships only this text.
provideEnglish({ candidacy });

export type { CandidacyAnswers };

/**
 * The questions in order: emergency signs first, then signs that need a doctor today, so that the
 * step that cannot wait comes before anything else. Radio questions need an answer before the routine
 * summary; checkbox questions may stay empty. No question holds back an urgent step.
 */
const QUESTIONS: readonly { id: QuestionId; kind: 'radio' | 'checkbox' }[] = [
  { id: 'urgent', kind: 'checkbox' },
  { id: 'redFlags', kind: 'checkbox' },
  { id: 'duration', kind: 'radio' },
  { id: 'recurring', kind: 'radio' },
  { id: 'treatments', kind: 'checkbox' },
];

/** The care card each step that cannot wait is shown as, and after which question it appears. */
const TRIAGE: Readonly<Record<TriageStep, { level: 'emergency' | 'urgent'; after: QuestionId }>> = {
  urgent: { level: 'emergency', after: 'urgent' },
  seeDoctorSoon: { level: 'urgent', after: 'redFlags' },
};

/**
 * A short questionnaire about the reader's back pain. It asks first about emergency signs, then about
 * signs that need a doctor today: ticking one shows at once, beside the question, a care card that says
 * whom to call and how fast (with the emergency number), before and regardless of any other answer,
 * and the summary then shows only that step. Otherwise it asks how long the pain has lasted, whether
 * it keeps coming back and what has been tried, and sums up the answers to take to a doctor, with next
 * steps to talk about. It gives **no diagnosis and no verdict** on surgery. Answers stay in memory:
 * nothing is stored or sent, and the form never submits itself to the page's address (even when
 * rendered on a server, before its script runs).
 *
 * @summary A questionnaire that asks about emergency signs first and sums up the reader's answers, with no verdict.
 * @tagname candidacy-check
 *
 * @csspart subheading - Titles inside the questionnaire and the summary.
 * @csspart form - The questionnaire.
 * @csspart question - One question (a `<fieldset>`).
 * @csspart error-summary - The list of unanswered questions shown after a submit that needs more answers.
 * @csspart care-card - A "when to get help" card; also `emergency` or `urgent` by its level.
 * @csspart result - The summary shown after the reader submits.
 * @csspart warning-signs - The card of signs to act on now, at the end of the summary.
 * @csspart term - The definition of a medical word, where the element first uses it.
 * @csspart sources - The element's sources (a `<details>`, open when printed), numbered as marked in the text.
 *
 * @fires ubs-candidacy-complete - The reader asked for the summary. `detail: { answers }`: the chosen option ids by question (e.g. `{ urgent: [], redFlags: [], duration: ['over-3-months'], recurring: ['yes'], treatments: ['massage'] }`); nothing that identifies anyone.
 */
export class CandidacyCheck extends GuideElement {
  static override styles = [...GuideElement.styles, candidacyCheckStyles];

  // Internal state, not attributes: set only in the event handlers, which then ask for a render.

  /** Required questions left unanswered at the last submit. */
  #missing: readonly QuestionId[] = [];

  /** The answers the summary was made from, once the reader has submitted. */
  #answers?: CandidacyAnswers;

  #focusAfterRender?: 'result' | 'errors';

  /** The answers as the form holds them now. */
  #currentAnswers(): CandidacyAnswers {
    const form = this.renderRoot.querySelector('form');
    const data = form ? new FormData(form) : undefined;
    return Object.fromEntries(QUESTIONS.map(({ id }) => [id, data ? data.getAll(id).map(String) : []])) as unknown as CandidacyAnswers;
  }

  #onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const answers = this.#currentAnswers();
    // A step that cannot wait is shown whatever else is missing.
    const missing = triageStep(answers) ? [] : QUESTIONS.filter(({ id, kind }) => kind === 'radio' && answers[id].length === 0).map(({ id }) => id);
    this.#missing = missing;
    this.#answers = missing.length > 0 ? undefined : answers;
    this.#focusAfterRender = missing.length > 0 ? 'errors' : 'result';
    this.requestUpdate();
    if (this.#answers) emit(this, 'ubs-candidacy-complete', { answers });
  }

  #onReset() {
    this.#missing = [];
    this.#answers = undefined;
    this.requestUpdate();
    // The form clears its boxes after this event: the cards follow once it has.
    setTimeout(() => this.#showState());
  }

  /** A link in the error summary: to its question, without changing the page's address. */
  #onErrorLink(event: MouseEvent) {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    event.preventDefault();
    this.renderRoot.querySelector<HTMLInputElement>(`input[name="${link.dataset['question']}"]`)?.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#showState();
    const target = this.#focusAfterRender;
    this.#focusAfterRender = undefined;
    if (target === 'result') this.renderRoot.querySelector<HTMLElement>('[part~="result"]')?.focus();
    else if (target === 'errors') this.renderRoot.querySelector<HTMLElement>('[part~="error-summary"]')?.focus();
  }

  /**
   * Shows what the answers call for, on the DOM rather than through the template: the care card of a
   * ticked emergency or warning sign (at once, on every change), the error summary, and each unanswered
   * question's error, `aria-invalid` and description. Rebuilding the frozen template would lose the
   * reader's answers, and live bindings on every option kept about 70 Lit parts per questionnaire.
   */
  #showState(): void {
    const triage = triageStep(this.#currentAnswers());
    for (const [step, { level }] of Object.entries(TRIAGE)) {
      const card = this.renderRoot.querySelector<HTMLElement>(`.triage.${level}`);
      if (card) card.hidden = triage !== step;
    }
    const summary = this.renderRoot.querySelector<HTMLElement>('[part~="error-summary"]');
    if (summary) summary.hidden = this.#missing.length === 0;
    for (const { id, kind } of QUESTIONS) {
      const invalid = this.#missing.includes(id);
      const error = this.renderRoot.querySelector<HTMLElement>(`#${id}-error`);
      if (!error) continue;
      error.hidden = !invalid;
      const item = summary?.querySelector<HTMLElement>(`[data-question="${id}"]`)?.closest('li');
      if (item) item.hidden = !invalid;
      const describedBy = [kind === 'checkbox' ? `${id}-hint` : '', invalid ? `${id}-error` : ''].join(' ').trim();
      for (const input of this.renderRoot.querySelectorAll(`input[name="${id}"]`)) {
        input.setAttribute('aria-invalid', `${invalid}`);
        if (describedBy) input.setAttribute('aria-describedby', describedBy);
        else input.removeAttribute('aria-describedby');
      }
    }
  }

  #renderQuestion(id: QuestionId, kind: 'radio' | 'checkbox', question: ChoiceQuestion, refs: References) {
    const text = this.content.candidacy;
    const missing = 'missing' in question ? (question.missing as string) : undefined;
    return html`<fieldset part="question" id="${id}-question">
      <legend>${refs.label(question.legend)}${kind === 'radio' ? html`<span class="required">${' '}${text.requiredLabel}</span>` : nothing}</legend>
      ${id === 'urgent' ? html`<p class="hint urgent-hint">${refs.label(text.urgentHint)}</p>` : nothing}
      ${kind === 'checkbox' ? html`<p class="hint" id="${id}-hint">${text.chooseAllHint}</p>` : nothing}
      ${missing ? html`<p class="error" id="${id}-error" hidden>${missing}</p>` : nothing}
      ${question.options.map(
        (option) => html`<label>
          ${kind === 'checkbox'
            ? html`<input type="checkbox" name=${id} value=${option.id} aria-invalid="false" aria-describedby="${id}-hint" />`
            : html`<input type="radio" name=${id} value=${option.id} aria-invalid="false" />`}
          <span>${refs.label(option.label)}</span>
        </label>`,
      )}
      ${refs.owedDefinitions()}
    </fieldset>`;
  }

  /** The care card of a step that cannot wait, as the form shows it when a box is ticked (hidden until then). */
  #renderTriageCard(step: TriageStep, refs: References) {
    const { level } = TRIAGE[step];
    const card = this.content.candidacy.steps[step];
    // A live region that is always there: screen readers announce the card when it appears.
    return html`<div class="triage ${level}" aria-live=${level === 'emergency' ? 'assertive' : 'polite'} hidden>
      ${renderCareCard(level, this.level + 1, refs.label(card.title), refs.p(card), refs.labels)}
    </div>`;
  }

  #renderResult(answers: CandidacyAnswers, refs: References) {
    const text = this.content.candidacy;
    const sub = this.level + 1;
    const labelsOf = (id: QuestionId) =>
      answers[id].map((optionId) => text.questions[id].options.find((option) => option.id === optionId)?.label ?? optionId);
    const steps = nextSteps(answers);
    // A step that cannot wait stands alone, first, as its care card; its heading names the result,
    // so a screen reader says "Immediate action required: Call 911 now" as focus moves to it.
    const urgentStep = steps.find(isUrgentStep);
    const card = urgentStep && text.steps[urgentStep];
    return html`<section
      class="result"
      part="result"
      tabindex="-1"
      aria-labelledby=${urgentStep ? 'result-care-title result-title' : 'result-title'}
      aria-describedby=${urgentStep ? 'result-care-body' : nothing}
    >
      <div id="result-title">${renderHeading(sub, text.resultTitle, 'subheading')}</div>
      ${card ? renderCareCard(TRIAGE[urgentStep].level, sub + 1, refs.label(card.title), refs.p(card), refs.labels, 'result-care') : nothing}
      ${renderHeading(sub + 1, text.summaryTitle, 'subheading')}
      <dl>
        ${QUESTIONS.map(
          ({ id }) => html`<dt>${text.questions[id].summaryLabel}</dt>
            <dd>${refs.label(labelsOf(id).join(', ') || text.noAnswer)}</dd>`,
        )}
      </dl>
      ${urgentStep
        ? nothing
        : html`${renderHeading(sub + 1, text.nextStepsTitle, 'subheading')}
            <ul class="next-steps">
              ${steps.map((step) => refs.li(text.steps[step]))}
            </ul>`}
      ${refs.p(text.notADiagnosis)} ${renderWarningSigns(text.actNow, 'emergency', refs, sub + 1)}
    </section>`;
  }

  protected override render() {
    const text = this.content.candidacy;
    const refs = new References(this.content, this.settings);
    const required = QUESTIONS.filter(({ kind }) => kind === 'radio');
    // method="dialog": a form outside a dialog that submits natively goes nowhere, so a server-rendered
    // questionnaire can never put the reader's answers in the page's address (and its server's logs)
    // before its script takes over. The script handles every submit itself.
    return freeze(html`<div part="base" lang=${this.content.lang}>
      ${renderHeading(this.level, refs.label(text.title))} ${refs.p(text.intro)}
      <p class="error needs-script">${refs.fill(text.needsScript)}</p>
      <form part="form" method="dialog" novalidate @submit=${this.#onSubmit} @reset=${this.#onReset} @change=${this.#showState}>
        <div class="error-summary" part="error-summary" tabindex="-1" role="group" aria-labelledby="error-summary-title" hidden>
          <div id="error-summary-title">${renderHeading(this.level + 1, text.errorSummaryTitle, 'subheading')}</div>
          <ul @click=${this.#onErrorLink}>
            ${required.map(({ id }) => html`<li hidden><a href="#${id}-question" data-question=${id}>${(text.questions[id] as { missing: string }).missing}</a></li>`)}
          </ul>
        </div>
        ${QUESTIONS.map(
          ({ id, kind }) =>
            html`${this.#renderQuestion(id, kind, text.questions[id], refs)}${(Object.keys(TRIAGE) as TriageStep[])
              .filter((step) => TRIAGE[step].after === id)
              .map((step) => this.#renderTriageCard(step, refs))}`,
        )}
        <div class="actions">
          <button type="submit">${text.submitLabel}</button>
          <button type="reset">${text.resetLabel}</button>
        </div>
      </form>
      ${ownPart(this.#answers ? this.#renderResult(this.#answers, refs) : nothing)} ${renderFooter(this.content, refs)}
    </div>`);
  }
}
