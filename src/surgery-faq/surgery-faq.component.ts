import { html, nothing, type PropertyValues } from 'lit';
import type { FaqItem } from '../content/sections/faq.js';
import { GuideElement } from '../shared/guide-element.js';
import { renderHeading } from '../shared/heading.js';
import { listItem, paragraph, renderFooter, seedsOf } from '../shared/render.js';
import { faqJsonLd } from './structured-data.js';
import { surgeryFaqStyles } from './surgery-faq.styles.js';

/**
 * The questions patients ask about upper back surgery (is it painful, how long is recovery, is laser
 * better, will it cure my pain, what are the risks, what to ask the surgeon…), answered from the
 * guide. Each question opens on demand and is a heading, so screen-reader users can move between them.
 *
 * @summary Questions patients ask, with plain answers that open on demand.
 * @tagname surgery-faq
 *
 * @slot note - A clinic's own note, shown at the end.
 *
 * @csspart base - Wrapper of everything the element shows.
 * @csspart heading - The element's title.
 * @csspart question - One question (a `<details>`).
 * @csspart answer - The answer inside a question.
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

  private pickedIds: readonly string[] = [];
  #shown: readonly FaqItem[] = [];
  #jsonLd?: HTMLScriptElement;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const ids = this.content.faq.items.map((item) => item.id);
    if (changed.has('questions')) this.pickedIds = this.pickOptions('questions', this.questions, ids, ids);
    // A clinic's added questions (content overrides) show too, unless the page picked questions.
    const picked = this.questions?.trim() ? this.pickedIds : ids;
    this.#shown = this.content.faq.items.filter((item) => picked.includes(item.id));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.structuredData) return this.removeJsonLd();
    this.#jsonLd ??= Object.assign(document.createElement('script'), { type: 'application/ld+json' });
    this.#jsonLd.textContent = faqJsonLd(this.#shown, this.content.lang);
    if (!this.#jsonLd.isConnected) document.head.append(this.#jsonLd);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeJsonLd();
  }

  private removeJsonLd() {
    this.#jsonLd?.remove();
  }

  private onToggle(event: Event) {
    const details = event.currentTarget as HTMLDetailsElement;
    if (this.expanded || this.print.printing) return;
    this.dispatchEvent(new CustomEvent('ubs-toggle', { bubbles: true, composed: true, detail: { id: details.dataset.id, open: details.open } }));
  }

  protected override render() {
    const { faq } = this.content;
    return html`<div part="base" lang=${this.content.lang}>
      ${renderHeading(this.level, faq.title)}
      <ul class="questions">
        ${this.#shown.map(
          (item) => html`<li data-seeds=${seedsOf(item)}>
            <details part="question" data-id=${item.id} ?open=${this.expanded} @toggle=${this.onToggle}>
              <summary>${renderHeading(this.level + 1, item.question, 'subheading')}</summary>
              <div class="answer" part="answer">
                ${item.answer.map((statement) => paragraph(statement))}
                ${item.list ? html`<ul>${item.list.map(listItem)}</ul>` : nothing}
              </div>
            </details>
          </li>`,
        )}
      </ul>
      ${renderFooter(this.content)}
    </div>`;
  }
}
