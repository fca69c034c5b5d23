import { html, nothing, type PropertyValues } from 'lit';
import { freeze, ownPart } from '../shared/freeze.js';
import type { ChoiceQuestion } from '../content/sections/candidacy.js';
import { emit } from '../shared/events.js';
import { GuideElement } from '../shared/guide-element.js';
import { renderHeading } from '../shared/heading.js';
import { References } from '../shared/references.js';
import { renderFooter, renderWarningSigns } from '../shared/render.js';
import { candidacyCheckStyles } from './candidacy-check.styles.js';
import { isUrgentStep, nextSteps, type CandidacyAnswers, type QuestionId } from './next-steps.js';
import { candidacy } from '../content/en/candidacy.js';
import { provideEnglish } from '../content/english.js';

// This element's English (see english.ts): a page that imports only this element ships only this text.
provideEnglish({ candidacy });

export type { CandidacyAnswers };

/** The questions in order; radio questions need an answer, checkbox questions may stay empty. */
const QUESTIONS: readonly { id: QuestionId; kind: 'radio' | 'checkbox' }[] = [
  { id: 'duration', kind: 'radio' },
  { id: 'recurring', kind: 'radio' },
  { id: 'treatments', kind: 'checkbox' },
  { id: 'symptoms', kind: 'checkbox' },
  { id: 'redFlags', kind: 'checkbox' },
  { id: 'urgent', kind: 'checkbox' },
];

/**
 * A short questionnaire about the reader's back pain: how long, whether it keeps coming back, what
 * has been tried, other symptoms, warning signs that a doctor should check soon, and emergency signs.
 * It gives **no diagnosis and no verdict** on surgery: it sums up the answers to take to a doctor and
 * suggests the next sensible step. Safety comes first: an emergency sign shows only "get help now",
 * and a warning sign only "call your doctor today", with no "give it time" or "second opinion first"
 * beside them. The summary ends with the signs to act on now. Answers stay in memory: nothing is
 * stored or sent.
 *
 * @summary A questionnaire that sums up the reader's answers and suggests next steps, with no verdict.
 * @tagname candidacy-check
 *
 * @csspart subheading - Titles inside the summary.
 * @csspart form - The questionnaire.
 * @csspart question - One question (a `<fieldset>`).
 * @csspart result - The summary shown after the reader submits.
 * @csspart warning-signs - The box of warning signs that need urgent care.
 * @csspart term - The definition of a medical word, where the element first uses it.
 * @csspart sources - The element's sources (a `<details>`, open when printed), numbered as marked in the text.
 *
 * @fires ubs-candidacy-complete - The reader asked for the summary. `detail: { answers }`: the chosen option ids by question (e.g. `{ duration: ['over-3-months'], treatments: ['massage'], … }`); nothing that identifies anyone.
 */
export class CandidacyCheck extends GuideElement {
  static override styles = [...GuideElement.styles, candidacyCheckStyles];

  // Internal state, not attributes: set only in the event handlers, which then ask for a render.

  /** Questions left unanswered at the last submit. */
  #missing: readonly QuestionId[] = [];

  /** The answers the summary was made from, once the reader has submitted. */
  #answers?: CandidacyAnswers;

  #focusAfterRender?: 'result' | QuestionId;

  #onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const answers = Object.fromEntries(QUESTIONS.map(({ id }) => [id, data.getAll(id).map(String)])) as unknown as CandidacyAnswers;
    this.#missing = QUESTIONS.filter(({ id, kind }) => kind === 'radio' && answers[id].length === 0).map(({ id }) => id);
    this.requestUpdate();
    if (this.#missing.length > 0) {
      this.#answers = undefined;
      this.#focusAfterRender = this.#missing[0];
      return;
    }
    this.#answers = answers;
    this.#focusAfterRender = 'result';
    emit(this, 'ubs-candidacy-complete', { answers });
  }

  #onReset() {
    this.#missing = [];
    this.#answers = undefined;
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#markMissing();
    const target = this.#focusAfterRender;
    this.#focusAfterRender = undefined;
    if (target === 'result') this.renderRoot.querySelector<HTMLElement>('[part~="result"]')?.focus();
    else if (target) this.renderRoot.querySelector<HTMLInputElement>(`input[name="${target}"]`)?.focus();
  }

  /**
   * Marks the questions left unanswered at the last submit: their error shown, their options
   * `aria-invalid` and described by the error. Set on the DOM after each render, not with bindings:
   * the marks change beside the answers the reader chose, which rebuilding the frozen template would
   * lose, and a live binding on every option kept about 70 Lit parts per questionnaire in memory.
   */
  #markMissing(): void {
    // Nothing to mark and nothing marked (every render before a failed submit): the template's own state.
    if (this.#missing.length === 0 && !this.renderRoot.querySelector('.error:not([hidden])')) return;
    for (const { id, kind } of QUESTIONS) {
      const invalid = this.#missing.includes(id);
      const error = this.renderRoot.querySelector<HTMLElement>(`#${id}-error`);
      if (error) error.hidden = !invalid;
      const describedBy = [kind === 'checkbox' ? `${id}-hint` : '', invalid ? `${id}-error` : ''].join(' ').trim();
      for (const input of this.renderRoot.querySelectorAll(`input[name="${id}"]`)) {
        input.setAttribute('aria-invalid', `${invalid}`);
        if (describedBy) input.setAttribute('aria-describedby', describedBy);
        else input.removeAttribute('aria-describedby');
      }
    }
  }

  /** As the questions are before any submit; `#markMissing()` marks the unanswered ones after a render. */
  #renderQuestion(id: QuestionId, kind: 'radio' | 'checkbox', question: ChoiceQuestion, refs: References) {
    const text = this.content.candidacy;
    return html`<fieldset part="question">
      <legend>${refs.label(question.legend)}${kind === 'radio' ? html` <span class="required">${text.requiredLabel}</span>` : nothing}</legend>
      ${kind === 'checkbox' ? html`<p class="hint" id="${id}-hint">${text.chooseAllHint}</p>` : nothing}
      <p class="error" id="${id}-error" hidden>${text.missingAnswer}</p>
      ${question.options.map(
        (option) => html`<label>
          ${kind === 'checkbox'
            ? html`<input type="checkbox" name=${id} value=${option.id} aria-invalid="false" aria-describedby="${id}-hint" />`
            : html`<input type="radio" name=${id} value=${option.id} aria-invalid="false" />`}
          <span>${refs.label(option.label)}</span>
        </label>`,
      )}
    </fieldset>`;
  }

  #renderResult(answers: CandidacyAnswers, refs: References) {
    const text = this.content.candidacy;
    const sub = this.level + 1;
    const labelsOf = (id: QuestionId) =>
      answers[id].map((optionId) => text.questions[id].options.find((option) => option.id === optionId)?.label ?? optionId);
    const steps = nextSteps(answers);
    // An urgent step stands alone, first, in the red box: no other step is shown beside it.
    const urgentStep = steps.find(isUrgentStep);
    return html`<section class="panel result" part="result" tabindex="-1" aria-labelledby="result-title">
      <div id="result-title">${renderHeading(sub, text.resultTitle, 'subheading')}</div>
      ${urgentStep ? refs.p(text.steps[urgentStep], 'panel urgent') : nothing}
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
      ${refs.p(text.notADiagnosis)} ${renderWarningSigns(text.actNow, refs, sub + 1)}
    </section>`;
  }

  protected override render() {
    const text = this.content.candidacy;
    const refs = new References(this.content, this.settings);
    return freeze(html`<div part="base" lang=${this.content.lang}>
      ${renderHeading(this.level, refs.label(text.title))} ${refs.p(text.intro)}
      <form part="form" novalidate @submit=${this.#onSubmit} @reset=${this.#onReset}>
        ${QUESTIONS.map(({ id, kind }) => this.#renderQuestion(id, kind, text.questions[id], refs))}
        ${refs.owedDefinitions()}
        <div class="actions">
          <button type="submit">${text.submitLabel}</button>
          <button type="reset">${text.resetLabel}</button>
        </div>
      </form>
      ${ownPart(this.#answers ? this.#renderResult(this.#answers, refs) : nothing)} ${renderFooter(this.content, refs)}
    </div>`);
  }
}
