// Reading the whole guide as one page (accessibility review 3): each medical word is defined once, where
// the reader first meets it (finding 6: "Upper back" was defined 5 times); definitions are body-size
// insets, not small italic (finding 14); the contents' numbers sit beside the first line of a title that
// wraps (finding 11).
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/back-surgery-guide/back-surgery-guide.js';
import { loadLanguage } from '../src/shared/i18n/languages.js';
import { en } from '../src/content/en.js';
import type { GuideContent, Term } from '../src/content/types.js';
import { loadBibliography } from '../src/shared/i18n/bibliography.js';
import { hideRepeatsInHtml, repeats } from '../src/back-surgery-guide/define-once.js';
import { settled, shadowRoots } from './helpers.js';

/** Titles and labels: a word met there is defined with the next statement, not inside the label. */
const LABELS = 'h1, h2, h3, h4, h5, h6, summary, caption, th, dt, legend, label, nav, .when, .step-title';

const usesTerm = (text: string, term: Term) =>
  term.forms.some((form) => new RegExp(`(^|[^\\p{L}\\p{N}])${form.replace(/\s+/g, '\\s+')}($|[^\\p{L}\\p{N}])`, 'iu').test(text));

/** Text nodes and elements in reading order, across the guide's nested shadow roots. */
function readingOrder(root: ParentNode): Node[] {
  const nodes: Node[] = [];
  for (const child of root.childNodes) {
    nodes.push(child);
    if (child instanceof Element) nodes.push(...readingOrder(child.shadowRoot ?? child));
  }
  return nodes;
}

async function showGuide(lang: string, width = 'auto'): Promise<HTMLElement> {
  await loadBibliography();
  const page = await fixture<HTMLElement>(html`<div style="width: ${width}"><back-surgery-guide lang=${lang}></back-surgery-guide></div>`);
  const guide = page.firstElementChild as HTMLElement;
  await settled(guide);
  // As on paper, and as a reader who opens everything sees it.
  for (const root of shadowRoots(guide)) root.querySelectorAll('details').forEach((details) => (details.open = true));
  await settled(guide);
  await new Promise((resolve) => setTimeout(resolve));
  return guide;
}

/** What is wrong with the definitions in the whole guide read as one page: `[]` when each used word is defined once, before or with its first use. */
function pageTermProblems(guide: Element, content: GuideContent): { problems: string[]; checked: number } {
  const order = readingOrder(guide.shadowRoot!);
  const shown = (node: Node) => (node instanceof Element ? node : node.parentElement)!.checkVisibility();
  const texts = order.filter(
    (node): node is Text => node.nodeType === Node.TEXT_NODE && shown(node) && !node.parentElement!.closest('.term, .vh, [part~="sources"], style'),
  );
  const problems: string[] = [];
  let checked = 0;
  for (const term of content.terms) {
    const uses = texts.filter((node) => usesTerm(node.data, term));
    if (uses.length === 0) continue;
    checked++;
    const definitions = order.filter((node): node is Element => node instanceof Element && node.matches(`dfn[data-term="${term.id}"]`) && shown(node));
    const insets = definitions.filter((dfn) => dfn.closest('.term'));
    if (insets.length > 1) problems.push(`${term.id}: defined ${insets.length} times`);
    // A sentence that explains the word itself may come after an earlier definition; an inset may not.
    else if (insets.length === 1 && definitions[0] !== insets[0]) problems.push(`${term.id}: defined again after a sentence explained it`);
    if (definitions.length === 0) {
      problems.push(`${term.id}: never defined`);
      continue;
    }
    const first = uses.find((node) => !node.parentElement!.closest(LABELS));
    if (!first) continue;
    const block = first.parentElement!.closest('p, li, td, dd, figcaption');
    const definedAt = order.indexOf(definitions[0]!);
    if (!block?.contains(definitions[0]!) && definedAt > order.indexOf(first)) problems.push(`${term.id}: first used before it is defined`);
  }
  return { problems, checked };
}

describe('the whole guide, read as one page', () => {
  for (const lang of ['en', 'es']) {
    // Wide, the comparison is a table; on a phone, cards (each layout defines its words).
    for (const [layout, width] of [['wide', 'auto'], ['phone', '22rem']]) {
      it(`(${lang}, ${layout}) defines each medical word once, where the reader first meets it`, async function () {
        this.timeout(30000);
        const content = lang === 'en' ? en : await loadLanguage('es');
        const guide = await showGuide(lang, width);
        const { problems, checked } = pageTermProblems(guide, content);
        expect(problems).to.deep.equal([]);
        expect(checked, 'words the guide uses').to.be.at.least(12);
      });
    }
  }

  it('hides a repeat from a later section, keeps one per layout within a section, on the server too', () => {
    const guide = 'guide';
    const [overview, compare] = [{}, {}];
    const definitions = [
      { term: 'thoracicSpine', inset: true, owner: guide },
      { term: 'spinalCord', inset: true, owner: overview },
      { term: 'thoracicSpine', inset: false, owner: overview },
      { term: 'spinalCord', inset: true, owner: compare },
      // The comparison's table, then its cards: the same word in each layout.
      { term: 'lumbar', inset: true, owner: compare },
      { term: 'lumbar', inset: true, owner: compare },
      { term: 'lumbar', inset: true, owner: guide },
    ];
    expect(repeats(definitions)).to.deep.equal([false, false, false, true, false, false, true]);
    const inset = (term: string) => `<span class="term" part="term"><dfn data-term="${term}">${term}</dfn>: …</span>`;
    const markup = `<h2>Guide</h2>${inset('a')}<surgery-overview><template>${inset('a')}${inset('b')}</template></surgery-overview><procedure-compare><template>${inset('b')}${inset('c')}${inset('c')}</template></procedure-compare>`;
    const hidden = [...hideRepeatsInHtml(markup, ['surgery-overview', 'procedure-compare']).matchAll(/<span( hidden)? class="term"/g)].map((match) => Boolean(match[1]));
    expect(hidden).to.deep.equal([false, true, false, true, false, false]);
  });

  it('defines a word again in a later section once the section that defined it first is left out', async function () {
    this.timeout(30000);
    const guide = await showGuide('en');
    const definedIn = (id: string) =>
      shadowRoots(guide)
        .filter((root) => [...root.querySelectorAll(`.term dfn[data-term="${id}"]`)].some((dfn) => dfn.checkVisibility()))
        .map((root) => (root.host as Element).localName);
    // "Spinal fusion" is first met in the overview, and again in later sections.
    expect(definedIn('spinalFusion')).to.deep.equal(['surgery-overview']);
    guide.setAttribute('exclude', 'surgery-overview');
    await settled(guide);
    await new Promise((resolve) => setTimeout(resolve));
    expect(definedIn('spinalFusion')).to.have.length(1);
    expect(definedIn('spinalFusion')[0]).to.not.equal('surgery-overview');
  });

  it('shows definitions at the size of the text around them, upright, as an inset', async () => {
    const guide = await showGuide('en');
    const overview = guide.shadowRoot!.querySelector('surgery-overview')!.shadowRoot!;
    const inset = [...overview.querySelectorAll<HTMLElement>('.term')].find((term) => term.checkVisibility())!;
    const paragraph = inset.closest('p')!;
    expect(getComputedStyle(inset).fontSize).to.equal(getComputedStyle(paragraph).fontSize);
    expect(getComputedStyle(inset).fontStyle).to.equal('normal');
    expect(getComputedStyle(inset.querySelector('dfn')!).fontStyle).to.equal('normal');
    expect(parseFloat(getComputedStyle(inset).borderInlineStartWidth)).to.be.above(2);
  });
});

describe('the table of contents on a phone', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('puts the number of a title that wraps beside its first line', async () => {
    await setViewport({ width: 390, height: 844 });
    const guide = await fixture<HTMLElement>(html`<div style="margin: 0 16px"><back-surgery-guide></back-surgery-guide></div>`);
    const root = guide.firstElementChild!.shadowRoot!;
    await settled(guide.firstElementChild!);
    const items = [...root.querySelectorAll<HTMLElement>('nav li')];
    const wrapped = items.filter((item) => item.querySelector('a')!.getClientRects()[0]!.height > 40);
    expect(wrapped.length, 'titles that wrap at 390 px').to.be.above(0);
    for (const item of wrapped) {
      // The list number sits on the item's first line box: a letter placed at the item's start shares it.
      const probe = document.createElement('span');
      probe.textContent = '\u200b'; // no width: the link stays on the same line
      item.prepend(probe);
      const link = item.querySelector('a')!.getBoundingClientRect();
      const line = probe.getBoundingClientRect();
      probe.remove();
      expect(line.top - link.top, item.textContent!).to.be.below(link.height / 3);
    }
  });
});
