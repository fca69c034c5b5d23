import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { GuideContent, Statement, Traced } from '../content/types.js';
import { renderHeading } from './heading.js';

/**
 * The article points an item carries, as a `data-seeds` value ("S10 S11"). Rendered on the node
 * that shows the item, so tests can prove from the page itself that every point is shown.
 */
export function seedsOf(item: Traced): string | typeof nothing {
  return item.seeds && item.seeds.length > 0 ? item.seeds.join(' ') : nothing;
}

/**
 * `text` with every `{name}` replaced by `value`, as plain text: unlike `String#replace`, a `$&` or
 * `$'` in a clinic's name stays as written.
 */
export const fill = (text: string, name: string, value: string): string => text.split(`{${name}}`).join(value);

/** A paragraph that carries its statement's seed ids. */
export function paragraph(statement: Statement, className?: string): TemplateResult {
  return html`<p class=${ifDefined(className)} data-seeds=${seedsOf(statement)}>${statement.text}</p>`;
}

/** A list item that carries its statement's seed ids. */
export function listItem(statement: Statement): TemplateResult {
  return html`<li data-seeds=${seedsOf(statement)}>${statement.text}</li>`;
}

/** The warning signs that need urgent care, shown by every element that talks about after surgery. */
export function renderWarningSigns(content: GuideContent, level: number): TemplateResult {
  const { warningSigns } = content;
  return html`<section class="panel urgent" part="warning-signs">
    ${renderHeading(level, warningSigns.title, 'subheading')} ${paragraph(warningSigns.intro)}
    <ul>
      ${warningSigns.signs.map(listItem)}
    </ul>
  </section>`;
}

/**
 * The closing lines every guiding element carries: it does not replace the doctor; the clinic's note.
 * The line is a part, so <back-surgery-guide> can show it once instead of in every section.
 */
export function renderFooter(content: GuideContent): TemplateResult {
  return html`<p class="disclaimer" part="disclaimer">${content.disclaimer.short.text}</p>
    <slot name="note"></slot>`;
}
