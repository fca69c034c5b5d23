import { html, type TemplateResult } from 'lit';

/** Heading levels an element may use for its own title (its sub-headings go one deeper). */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * A real `<h2>`–`<h6>` (deeper levels clamp to `<h6>`). Lit cannot bind a tag name, and
 * `lit/static-html` costs more bytes than these five templates.
 */
export function renderHeading(level: number, content: unknown, part = 'heading'): TemplateResult {
  switch (Math.min(Math.max(level, 2), 6)) {
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
