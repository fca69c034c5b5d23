import { html, nothing, type TemplateResult } from 'lit';
import type { CareLevel, GuideContent, ReferencesContent, WarningSigns } from '../content/types.js';
import { ownPart } from './freeze.js';
import { renderHeading } from './heading.js';
import type { References } from './references.js';

/**
 * `text` with every `{name}` replaced by `value`, as plain text: unlike `String#replace`, a `$&` or
 * `$'` in a clinic's name stays as written.
 */
export const fill = (text: string, name: string, value: string): string => text.split(`{${name}}`).join(value);

/**
 * A care card, as the NHS's health pages show when to get help: a coloured heading that says whom to
 * contact and how fast, then what to do. Its level is in the heading's words for screen readers too
 * ("Immediate action required: Call 911 if…"), not in its colour alone. Every element that says when to
 * get help uses this one pattern, so a reader learns it once.
 */
export function renderCareCard(level: CareLevel, headingLevel: number, title: string, body: unknown, labels: ReferencesContent, id?: string): TemplateResult {
  const heading = renderHeading(headingLevel, html`<span class="vh">${labels.careLevels[level]}</span>${title}`, 'subheading');
  // With an id, the heading and body can name and describe what holds the card (the questionnaire's result).
  return id
    ? html`<section class="care ${level}" part="care-card ${level}">
        <div class="care-heading" id="${id}-title">${heading}</div>
        <div class="care-body" id="${id}-body">${body}</div>
      </section>`
    : html`<section class="care ${level}" part="care-card ${level}">
        <div class="care-heading">${heading}</div>
        <div class="care-body">${body}</div>
      </section>`;
}

/**
 * Signs that need care at one level, as a care card: after surgery (`content.warningSigns`, shown by
 * every element that talks about after surgery), or before it (the questionnaire's signs to act on now).
 */
export function renderWarningSigns(signs: WarningSigns, level: CareLevel, refs: References, headingLevel: number): TemplateResult {
  return renderCareCard(
    level,
    headingLevel,
    refs.label(signs.title),
    html`${signs.intro ? refs.p(signs.intro) : nothing}
      <ul>
        ${signs.signs.map((sign) => refs.li(sign))}
      </ul>`,
    refs.labels,
  );
}

/** The signs after surgery: those for the emergency number first, then those for the surgeon today. */
export function renderAfterSurgerySigns(content: GuideContent, refs: References, headingLevel: number): TemplateResult {
  return html`<div class="care-group" part="warning-signs">
    ${renderWarningSigns(content.warningSigns.emergency, 'emergency', refs, headingLevel)}
    ${renderWarningSigns(content.warningSigns.callSurgeon, 'urgent', refs, headingLevel)}
  </div>`;
}

/**
 * The closing lines every guiding element carries: the element's own sources (so call it last), the
 * line that it does not replace the doctor, and the clinic's note. The line is a part, so
 * <back-surgery-guide> can show it once instead of in every section. The sources are a part of their own
 * in the element's frozen template (`freeze`): they fill in when the bibliography arrives, and only they change.
 */
export function renderFooter(content: GuideContent, refs: References): TemplateResult {
  return html`${ownPart(refs.list())}
    <p class="disclaimer" part="disclaimer">${refs.fill(content.disclaimer.short.text)}</p>
    <slot name="note"></slot>`;
}
