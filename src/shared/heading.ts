import { html, type TemplateResult } from 'lit';

/**
 * The heading levels an element may use for its own title (its sub-headings go one deeper): from h2,
 * under the page's own h1, to h6, the deepest HTML has. The one place the range is written: the
 * attribute's validation, the clamp below, the shared tests and the Storybook control read it.
 * Plain numbers, which the minifier writes in place (no bytes of their own in the bundle).
 */
export const MIN_HEADING_LEVEL = 2;
/** See {@link MIN_HEADING_LEVEL}. */
export const MAX_HEADING_LEVEL = 6;

/** A level from {@link MIN_HEADING_LEVEL} to {@link MAX_HEADING_LEVEL} (a type cannot be computed from them). */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Every allowed level, in order: `[2, 3, 4, 5, 6]`. */
export const headingLevels = (): HeadingLevel[] =>
  Array.from({ length: MAX_HEADING_LEVEL - MIN_HEADING_LEVEL + 1 }, (_, i) => (MIN_HEADING_LEVEL + i) as HeadingLevel);

/**
 * A real `<h2>`–`<h6>` (deeper levels clamp to `<h6>`). Lit cannot bind a tag name, and
 * `lit/static-html` costs more bytes than these five templates.
 */
export function renderHeading(level: number, content: unknown, part = 'heading'): TemplateResult {
  switch (Math.min(Math.max(level, MIN_HEADING_LEVEL), MAX_HEADING_LEVEL)) {
    case 2:
      return html`<h2 part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part}>${content}</h5>`;
    default:
      return html`<h6 part=${part}>${content}</h6>`;
  }
}
