import { css, html, type TemplateResult } from 'lit';
import type { Illustration } from '../content/types.js';
import type { References } from './references.js';

/**
 * The guide's drawings, inline SVG: no file to load, in the page's colours (`currentColor` for the
 * outline, the focus colour, which is the brand colour where it stands out 3:1 from the page and else the
 * text colour, for what the drawing points at), and a text alternative in the element's language. The
 * shapes are written as path data worked out here, so each drawing costs a few hundred bytes.
 */

/** Path data for `count` bones of the spine, centred on x = 60: `width` wide, `height` tall, one every `step` from `top`. */
const bones = (count: number, top: number, width: number, height: number, step: number): string =>
  Array.from({ length: count }, (_, i) => `M${60 - width / 2} ${top + i * step}h${width}v${height}h${-width}z`).join('');

/** A pair of ribs on the bone at `top`: curves out to either side and down. */
const ribs = (count: number, top: number, step: number): string =>
  Array.from({ length: count }, (_, i) => {
    const y = top + i * step + 4;
    // The lowest two are short: they do not reach round to the front.
    const reach = i < 10 ? 40 : 22;
    return `M50 ${y}q${-reach * 0.7} -4 ${-reach} ${12 + i}M70 ${y}q${reach * 0.7} -4 ${reach} ${12 + i}`;
  }).join('');

/** The spine from behind: neck, the 12 bones of the upper back with their ribs (in colour), lower back and the base. */
const SPINE = {
  muted: bones(7, 4, 16, 8, 10) + bones(5, 209, 26, 11, 13.5) + 'M46 279h28l-14 22z',
  ribs: ribs(12, 76, 11),
  highlighted: bones(12, 76, 20, 9, 11),
};

/**
 * A figure: the drawing (`art`, an `<svg role="img">` named by the element `${id}-alt`: the text
 * alternative, kept in the DOM so it is read and reviewed as text) and its caption, a statement with its sources.
 */
const figure = (id: string, content: Illustration, refs: References, art: TemplateResult): TemplateResult =>
  html`<figure class="figure" part="figure">
    ${art}<span id="${id}-alt" hidden>${refs.fill(content.alt)}</span>
    <figcaption>${refs.say(content.caption)}</figcaption>
  </figure>`;

/** The spine, with the upper back (its 12 rib-bearing bones) in colour. */
export const renderSpine = (content: Illustration, refs: References): TemplateResult =>
  figure(
    'spine',
    content,
    refs,
    html`<svg class="art spine" viewBox="0 0 120 304" role="img" aria-labelledby="spine-alt"><path class="muted" d="${SPINE.muted}" /><path
        class="line"
        d="${SPINE.ribs}"
      /><path class="marked" d="${SPINE.highlighted}" /></svg>`,
  );

/**
 * The chest seen from above, front at the top: the outline, a lung on each side, the spine at the back,
 * and the two ways in: from the back (solid arrow) and through the side of the chest (dashed).
 */
export const renderApproaches = (content: Illustration, refs: References): TemplateResult =>
  figure(
    'approaches',
    content,
    refs,
    html`<svg class="art approaches" viewBox="0 0 200 170" role="img" aria-labelledby="approaches-alt"><path
        class="line"
        d="M105 15c50 0 85 28 85 60s-35 60-85 60-85-28-85-60 35-60 85-60z"
      /><path class="muted" d="M62 40c22-6 30 12 30 38s-8 34-30 34-30-22-30-36 8-32 30-36zM148 40c-22-6-30 12-30 38s8 34 30 34 30-22 30-36-8-32-30-36z" /><path
        class="marked"
        d="M105 93a13 13 0 1 1 0 26a13 13 0 1 1 0-26zM101 118h8v16h-8z"
      /><path class="arrow" d="M105 168v-28" /><path class="arrow dashed" d="M8 117l74-9" /><path class="head" d="M99 146l6-10 6 10zM78 102l10 5-9 7z" /></svg>`,
  );

/** The drawings' styles, for the elements that show one: beside the caption where there is room, above it where not. */
export const figureStyles = css`
  .figure {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }

  .figure figcaption {
    flex: 1 1 12em;
  }

  .art {
    flex: none;
    width: 5em;
    max-width: 100%;
    height: auto;
  }

  .art.approaches {
    width: 10em;
  }

  .art .muted {
    fill: currentColor;
    fill-opacity: 0.25;
  }

  .art .line,
  .art .arrow {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }

  .art .line {
    stroke-opacity: 0.6;
  }

  .art .arrow {
    stroke-width: 3;
  }

  .art .dashed {
    stroke-dasharray: 6 4;
  }

  .art .head {
    fill: currentColor;
  }

  /* What the drawing points at: the brand colour where it stands out 3:1 from the page, else the text colour. */
  .art .marked {
    fill: var(--_focus);
  }

  @media (forced-colors: active) {
    .art .marked {
      fill: Highlight;
    }
  }
`;
