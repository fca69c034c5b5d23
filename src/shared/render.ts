import { html, type TemplateResult } from 'lit';
import type { GuideContent, WarningSigns } from '../content/types.js';
import { ownPart } from './freeze.js';
import { renderHeading } from './heading.js';
import type { References } from './references.js';

/**
 * `text` with every `{name}` replaced by `value`, as plain text: unlike `String#replace`, a `$&` or
 * `$'` in a clinic's name stays as written.
 */
export const fill = (text: string, name: string, value: string): string => text.split(`{${name}}`).join(value);

/**
 * A box of warning signs that need urgent care: after surgery (`content.warningSigns`, shown by every
 * element that talks about after surgery), or before it (the questionnaire's signs to act on now).
 */
export function renderWarningSigns(warningSigns: WarningSigns, refs: References, level: number): TemplateResult {
  return html`<section class="panel urgent" part="warning-signs">
    ${renderHeading(level, refs.label(warningSigns.title), 'subheading')} ${refs.p(warningSigns.intro)}
    <ul>
      ${warningSigns.signs.map((sign) => refs.li(sign))}
    </ul>
  </section>`;
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
