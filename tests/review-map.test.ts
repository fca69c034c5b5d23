// The reviewer's packet prints what src/review/elements.ts says each element shows. These tests render
// every element showing the most it can and check the map both ways (every text it lists is on screen;
// every paragraph, list item, heading, cell, label and button on screen is one it lists), so the packet cannot miss
// anything a reader sees.
import { expect, fixture } from '@open-wc/testing';
import { en } from '../src/content/en.js';
import { es } from '../src/content/es.js';
import type { GuideContent, Localized, Source } from '../src/content/types.js';
import '../src/index.js';
import { collectEntries, valueAt, type ReviewEntry } from '../src/review/collect.js';
import { ELEMENTS_WITHOUT_TEXT, GUIDE_ORDER, REVIEWED_ELEMENTS, SHARED_SECTIONS, type ElementReview } from '../src/review/elements.js';
import { loadBibliography } from '../src/shared/i18n/bibliography.js';
import { sources } from '../src/content/sources.js';
import { settled, shadowRoots } from './helpers.js';

// The lists of sources are part of what the packet must cover: loaded before any element renders.
await loadBibliography();

/** Attributes that make each element show the most it can. */
const SHOW_MOST: Record<string, string> = {
  'risk-list': 'show="all" expanded',
  'surgery-faq': 'expanded',
  'procedure-compare': 'procedures="open,minimally-invasive" highlight="open"',
};

/** Further renderings whose text counts too: without a clinic name, the contact box has another title. */
const VARIANTS: Record<string, string[]> = {
  'second-opinion': ['clinic-name=""'],
};

/**
 * Settings that make the contact box and the reviewer line show; their values are not content. The
 * reviewed version is not the text's (in the source no version is known), so the line for a review of
 * an earlier version shows too.
 */
const SETTINGS = {
  'reviewed-version': '000000000000',
  'clinic-name': 'Test Clinic',
  phone: '+1 555 010 0100',
  'booking-url': 'https://clinic.example/book',
  email: 'desk@clinic.example',
  'reviewer-name': 'Dr. Test',
  'reviewer-credentials': 'MD',
};

/** Answers that, between them, bring up every next step of <candidacy-check>. */
const ANSWERS: readonly Record<string, string[]>[] = [
  { duration: ['over-3-months'], recurring: ['yes'] },
  { duration: ['6-weeks-to-3-months'], recurring: ['no'], treatments: ['massage'] },
  { duration: ['under-6-weeks'], recurring: ['no'] },
  { duration: ['under-6-weeks'], recurring: ['no'], redFlags: ['fever'] },
  { duration: ['under-6-weeks'], recurring: ['no'], urgent: ['bladder-bowel'] },
];

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

/** What a reader sees of a node, across shadow roots, without styles or the time (a date is not content). */
function visibleText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element) && !(node instanceof ShadowRoot)) return '';
  if (node instanceof Element && ['style', 'script', 'time'].includes(node.localName)) return '';
  const children = node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
  return [...children].map(visibleText).join(' ');
}

// Inline markup (a <dfn>, a source marker) splits text nodes: no space before punctuation.
const normal = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:!?)])/g, '$1')
    .trim();


function entriesOf(element: ElementReview, content: GuideContent): ReviewEntry[] {
  return element.sections.flatMap((path) => collectEntries(valueAt(content, path), path));
}

/** A text as readers see it: the clinic's name and the emergency words filled in. */
const filled = (text: string, content: GuideContent) =>
  normal(text.replace('{clinic}', SETTINGS['clinic-name']).replace('{emergency}', content.references.emergencyNumber));

/**
 * Texts every element may show in pieces: definitions and source labels (the packet prints them once),
 * and the bibliography's citations (the packet's references).
 */
function sharedTexts(content: GuideContent): string[] {
  const local = (text: Localized | undefined) => (text === undefined ? undefined : typeof text === 'string' ? text : text[content.lang as 'en' | 'es']);
  const citations = Object.values(sources).flatMap((source: Source) =>
    [
      local(source.publisher),
      source.title,
      source.citation,
      source.accessed,
      source.doi,
      source.pmid,
      local(source.note),
      source.spanish && content.lang === 'es' ? `${source.spanish.publisher}: ${source.spanish.title}` : '',
      source.year === undefined ? '' : String(source.year),
    ].filter((part): part is string => Boolean(part)),
  );
  // A label with a number or date filled in ("Sources ({count})"): each fixed piece is known.
  const labels = SHARED_SECTIONS.flatMap((path) => collectEntries(valueAt(content, path), path)).flatMap((entry) =>
    entry.text.split(/\{\w+\}/).map(normal).filter(Boolean),
  );
  return [...labels, ...citations, 'doi:', 'PMID'];
}

async function render(tag: string, lang: string, attributes = SHOW_MOST[tag] ?? ''): Promise<{ element: Lit; texts: string[] }> {
  const wrapper = await fixture(`<div lang="${lang}"><${tag} ${attributes}></${tag}></div>`);
  const element = wrapper.firstElementChild as Lit;
  await settled(element);
  const texts = [normal(visibleText(element))];
  if (tag === 'candidacy-check') {
    const root = element.shadowRoot!;
    // Sent with no answer: the form says what is missing.
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settled(element);
    texts.push(normal(visibleText(element)));
    for (const answers of ANSWERS) {
      root.querySelector<HTMLButtonElement>('button[type="reset"]')!.click();
      await element.updateComplete;
      for (const [name, values] of Object.entries(answers)) {
        for (const value of values) root.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!.click();
      }
      root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await settled(element);
      texts.push(normal(visibleText(element)));
    }
  }
  return { element, texts };
}

for (const [lang, content] of [['en', en], ['es', es]] as const) {
  describe(`what the reviewer's packet lists (${lang})`, () => {
    let settings: HTMLElement;
    before(() => {
      settings = document.createElement('ubs-settings');
      for (const [name, value] of Object.entries(SETTINGS)) settings.setAttribute(name, value);
      document.body.append(settings);
    });
    after(() => settings.remove());

    it('covers every element of the manifest', async () => {
      const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: { tagName?: string }[] }[] };
      const tags = manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((declaration) => declaration.tagName ?? []);
      expect([...REVIEWED_ELEMENTS.map((element) => element.tag), ...ELEMENTS_WITHOUT_TEXT].sort()).to.deep.equal(tags.sort());
    });

    for (const review of REVIEWED_ELEMENTS) {
      it(`<${review.tag}> shows every text the map lists for it`, async () => {
        const { texts } = await render(review.tag, lang);
        for (const attributes of VARIANTS[review.tag] ?? []) texts.push(...(await render(review.tag, lang, attributes)).texts);
        const shown = texts.join(' \n ');
        const missing = entriesOf(review, content)
          .filter((entry) => !shown.includes(filled(entry.text, content)))
          .map((entry) => entry.path);
        expect(missing).to.deep.equal([]);
      });

      it(`<${review.tag}> shows no paragraph, list item, heading, cell, label or button the map does not list`, async () => {
        const { element } = await render(review.tag, lang);
        const included = REVIEWED_ELEMENTS.filter((other) => review.includes?.includes(other.tag));
        const known = [review, ...included]
          .flatMap((other) => entriesOf(other, content))
          .map((entry) => filled(entry.text, content))
          .concat(Object.values(SETTINGS), sharedTexts(content))
          .sort((a, b) => b.length - a.length);
        const unlisted = shadowRoots(element)
          .flatMap((root) => [...root.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, dt, dd, th, td, caption, summary, legend, label, button, a')])
          .map((node) => normal(visibleText(node)))
          .filter((text) => /\p{L}/u.test(known.reduce((rest, entry) => rest.split(entry).join(' '), text)));
        expect(unlisted).to.deep.equal([]);
      });
    }

    it('<back-surgery-guide> shows its sections in the order the packet prints them', async () => {
      const { element } = await render('back-surgery-guide', lang);
      const sections = [...element.shadowRoot!.querySelectorAll('section[part~="section"]')].map((section) => section.id);
      expect(sections).to.deep.equal([...GUIDE_ORDER]);
    });
  });
}
