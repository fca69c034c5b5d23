// Every element on a dark page and with theme="dark", in both languages, with everything closed and
// everything open, and the questionnaire in each of its states: axe finds nothing, and the red that says
// "get help now" stands out (accessibility review 3, finding 1: the error text was 2.7:1 on the dark
// surface, and so was the urgent box's edge). Axe checks text contrast; the edges of urgent boxes are
// not text, so their 3:1 is measured here.
import { expect, fixture, html } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../src/index.js';
import { loadBibliography } from '../src/shared/i18n/bibliography.js';
import { contrastRatio, parseColor, type Rgb } from '../src/shared/contrast.js';
import { CONTENT_TAGS } from './elements.js';
import { settled, shadowRoots } from './helpers.js';

/** A dark clinic page, as a site's own dark mode paints it. */
const DARK_PAGE = 'background: rgb(18, 18, 18); color: rgb(230, 237, 243)';

/** How each element is shown dark: on a dark page (theme `auto`), and opted in with theme="dark" on a white page. */
const WAYS = [
  { name: 'on a dark page', style: DARK_PAGE, theme: undefined },
  { name: 'with theme="dark"', style: 'background: #fff; color: #1b2733', theme: 'dark' },
] as const;

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

async function show(tag: string, lang: string, way: (typeof WAYS)[number]): Promise<Lit> {
  await loadBibliography();
  const t = unsafeStatic(tag);
  const wrapper = await fixture(html`<div lang=${lang} style=${way.style}>
    ${way.theme ? staticHtml`<${t} theme=${way.theme}></${t}>` : staticHtml`<${t}></${t}>`}
  </div>`);
  const element = wrapper.firstElementChild as Lit;
  await settled(element);
  return element;
}

/** The colour behind `node`: the first opaque background on the way up the composed tree. */
function backgroundBehind(node: Element): Rgb {
  for (let at: Element | null = node; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host ?? null)) {
    const colour = parseColor(getComputedStyle(at).backgroundColor);
    if (colour) return colour;
  }
  return [255, 255, 255];
}

/**
 * What is too faint among the red cues: the edge of every urgent or emergency box (3:1 against what is
 * around it, WCAG 1.4.11) and red text (4.5:1, 1.4.3). Only what is shown counts.
 */
function faintRed(element: Element): string[] {
  const problems: string[] = [];
  for (const root of shadowRoots(element)) {
    for (const box of root.querySelectorAll<HTMLElement>('.care.urgent, .care.emergency, .urgent, .error-summary')) {
      if (!box.checkVisibility()) continue;
      const style = getComputedStyle(box);
      const edge = parseColor(box.matches('.care, .error-summary') ? style.borderTopColor : style.borderInlineStartColor)!;
      const ratio = contrastRatio(edge, backgroundBehind(box.parentElement ?? (box.getRootNode() as ShadowRoot).host));
      if (ratio < 3) problems.push(`${box.className} edge ${style.borderTopColor} ${ratio.toFixed(2)}:1`);
    }
    for (const text of root.querySelectorAll<HTMLElement>('.error, .error-summary a')) {
      if (!text.checkVisibility()) continue;
      const ratio = contrastRatio(parseColor(getComputedStyle(text).color)!, backgroundBehind(text));
      if (ratio < 4.5) problems.push(`${text.className || text.localName} text ${ratio.toFixed(2)}:1`);
    }
  }
  return problems;
}

const openEverything = async (element: Lit) => {
  for (const root of shadowRoots(element)) root.querySelectorAll('details').forEach((details) => (details.open = true));
  await settled(element);
};

for (const tag of CONTENT_TAGS) {
  for (const lang of ['en', 'es']) {
    for (const way of WAYS) {
      describe(`<${tag} lang=${lang}> ${way.name}`, () => {
        it('passes axe with everything closed and with everything open, and its red cues stand out', async function () {
          // Axe on the whole guide, twice, takes a few seconds on a shared machine.
          this.timeout(60000);
          const element = await show(tag, lang, way);
          await expect(element).to.be.accessible();
          expect(faintRed(element), 'closed').to.deep.equal([]);
          await openEverything(element);
          await expect(element).to.be.accessible();
          expect(faintRed(element), 'open').to.deep.equal([]);
        });
      });
    }
  }
}

/** Each state of the questionnaire a reader can bring about, from a fresh form. */
const STATES: Record<string, (form: ShadowRoot) => void> = {
  'an error summary (sent with nothing answered)': (root) => root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click(),
  'an emergency care card (an emergency sign ticked)': (root) => root.querySelector<HTMLInputElement>('input[name="urgent"]')!.click(),
  'a same-day care card (a warning sign ticked)': (root) => root.querySelector<HTMLInputElement>('input[name="redFlags"]')!.click(),
  'a result': (root) => {
    root.querySelector<HTMLInputElement>('input[name="duration"]')!.click();
    root.querySelector<HTMLInputElement>('input[name="recurring"]')!.click();
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
  'an urgent result': (root) => {
    root.querySelector<HTMLInputElement>('input[name="urgent"]')!.click();
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};

describe('<candidacy-check> states in dark mode', () => {
  for (const lang of ['en', 'es']) {
    for (const way of WAYS) {
      for (const [state, bringAbout] of Object.entries(STATES)) {
        it(`(${lang}, ${way.name}) passes axe and keeps its red readable with ${state}`, async () => {
          const element = await show('candidacy-check', lang, way);
          bringAbout(element.shadowRoot!);
          await settled(element);
          await openEverything(element);
          const shown = [...element.shadowRoot!.querySelectorAll('.error-summary, .care, [part~="result"]')].filter((node) => node.checkVisibility());
          expect(shown.length, 'the state shows something').to.be.above(0);
          await expect(element).to.be.accessible();
          expect(faintRed(element)).to.deep.equal([]);
        });
      }
    }
  }
});
