import { pickOptions } from '../shared/attributes.js';
import { html, nothing, type PropertyValues } from 'lit';
import type { FaqItem } from '../content/sections/faq.js';
import { createElement, fromPage } from '../shared/dom.js';
import { warn } from '../shared/warn.js';
import { GuideElement } from '../shared/guide-element.js';
import { renderHeading } from '../shared/heading.js';
import { References } from '../shared/references.js';
import { faqJsonLd } from './structured-data.js';
import { surgeryFaqStyles } from './surgery-faq.styles.js';
import { faq } from '../content/en/faq.js';
import { provideEnglish } from '../shared/i18n/english.js';

// This element's English (see english.ts): a page that imports only this element ships only this text.
provideEnglish({ faq });

interface ScriptPolicy {
  createScript(text: string): unknown;
}
/**
 * `trustedTypes`, where the browser has it (TypeScript's DOM types do not yet); `globalThis` keeps the
 * module importable outside a browser. Only the window's own property: in a browser without it,
 * `<img name="trustedTypes">` would stand in for it and the FAQ would lose its structured data.
 */
const trustedTypes = Object.hasOwn(globalThis, 'trustedTypes')
  ? (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createScript(text: string): string }): ScriptPolicy } }).trustedTypes
  : undefined;

/**
 * The Trusted Types policy that writes the JSON-LD (`upper-back-surgery`, documented under
 * Trusted Types in docs/script-tag.md), made the first time it is needed; none where the browser has no Trusted Types.
 */
let policy: ScriptPolicy | undefined;
/** The page refused the JSON-LD once (Trusted Types): not tried again, so one violation, not one per update. */
let refused = false;

/**
 * The questions patients ask about upper back surgery (is it painful, how long is recovery, is laser
 * better, will it cure my pain, what are the risks, what to ask the surgeon…), answered from the
 * guide. Each question opens on demand and is a heading, so screen-reader users can move between them.
 *
 * @summary Questions patients ask, with plain answers that open on demand.
 * @tagname surgery-faq
 *
 * @csspart question - One question (a `<details>`).
 * @csspart answer - The answer inside a question.
 * @csspart term - The definition of a medical word, where the element first uses it.
 * @csspart sources - The element's sources (a `<details>`, open when printed), numbered as marked in the text.
 *
 * @fires ubs-toggle - The reader opened or closed a question. `detail: { id, open }` (the question's id, e.g. `recovery-time`).
 */
export class SurgeryFaq extends GuideElement {
  static override styles = [...GuideElement.styles, surgeryFaqStyles];

  static override properties = {
    questions: {},
    expanded: { type: Boolean },
    structuredData: { type: Boolean, attribute: 'structured-data' },
  };

  /**
   * Which questions to show, as a comma-separated list of ids (`try-first`, `painful`, `recovery-time`,
   * `laser-better`, `cure`, `risks`, `second-opinion`, `ask-surgeon`). All when empty or not set;
   * unknown ids warn.
   */
  questions?: string;

  /** Shows every answer opened (useful on a printed page). */
  expanded = false;

  /** Adds schema.org FAQPage data (JSON-LD) to the page for search engines. Off by default. */
  structuredData = false;

  #pickedIds: readonly string[] = [];
  #shown: readonly FaqItem[] = [];
  #jsonLd?: HTMLScriptElement;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const ids = this.content.faq.items.map((item) => item.id);
    if (changed.has('questions')) this.#pickedIds = pickOptions(this, 'questions', this.questions, ids, ids);
    // A clinic's added questions (content overrides) show too, unless the page picked questions.
    const picked = this.questions?.trim() ? this.#pickedIds : ids;
    this.#shown = this.content.faq.items.filter((item) => picked.includes(item.id));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Only while on the page: an update can still run after the element was removed (a load it waited
    // for arrives), and it must not put the data back into the page's <head>.
    if (!this.structuredData || refused || !this.isConnected) return this.#removeJsonLd();
    this.#jsonLd ??= Object.assign(createElement('script'), { type: 'application/ld+json' });
    const refs = new References(this.content, this.settings);
    const json = faqJsonLd(this.#shown, this.content.lang, (text) => refs.fill(text));
    try {
      policy ??= trustedTypes?.createPolicy('upper-back-surgery', { createScript: (script) => script });
      this.#jsonLd.textContent = (policy?.createScript(json) ?? json) as string;
    } catch (error) {
      refused = true;
      warn(`<surgery-faq> structured-data left out: ${String(error)}`);
      return this.#removeJsonLd();
    }
    if (!this.#jsonLd.isConnected) fromPage('head').append(this.#jsonLd);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved within the page: disconnectedCallback took the JSON-LD away, and the update puts it back.
    if (this.structuredData) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#removeJsonLd();
  }

  #removeJsonLd() {
    this.#jsonLd?.remove();
  }


  protected override render() {
    const { faq } = this.content;
    return this.renderText(
      (refs) => html`${renderHeading(this.level, refs.label(faq.title))}
        <ul class="questions">
          ${this.#shown.map(
            (item) => html`<li>
              <details part="question" data-id=${item.id}>
                <summary>${renderHeading(this.level + 1, refs.label(item.question), 'subheading')}</summary>
                <div class="answer" part="answer">
                  ${item.answer.map((statement) => refs.p(statement))}
                  ${item.list ? html`<ul>${item.list.map((statement) => refs.li(statement))}</ul>` : nothing}
                </div>
              </details>
            </li>`,
          )}
        </ul>`,
    );
  }
}
