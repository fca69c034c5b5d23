// The guide in Spanish: complete, plain, chosen by the page, and really Spanish on screen.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../src/index.js';
import { en } from '../src/content/en.js';
import { es } from '../src/content/es.js';
import { CONTENT_TAGS } from './elements.js';
import { captureWarnings, renderedSeeds, settled } from './helpers.js';
import { sources } from '../src/content/sources.js';

type Rendering = HTMLElement & { updateComplete: Promise<boolean> };

/**
 * What a reader meets in the guide's own language: text and the labels screen readers speak,
 * across nested shadow roots, leaving out parts marked as another language (cited English titles).
 */
function readerText(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element) {
      if (node.hasAttribute('lang') && !node.getAttribute('lang')!.startsWith('es')) return;
      // Publishers' names (Mayo Clinic, NICE…) are proper names, not translated.
      if (node.getAttribute('part') === 'sources') return;
      if (['style', 'script'].includes(node.localName)) return;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = node.getAttribute(name);
        if (value) parts.push(value);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    node.childNodes.forEach(walk);
  };
  walk(element.shadowRoot!);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Common English words that are not also Spanish words: one of them on screen means an untranslated string. */
const ENGLISH = new Set(
  ('the and of to your you with for is are this that what how when why who surgery pain doctor risk risks ' +
    'recovery back may can or not show hide more less yes next reset submit step weeks months days ' +
    'about after before each every most some will would should could have has do does see ask call ' +
    'answer answers question questions result results open close read care treatment treatments').split(' '),
);

function englishWords(text: string): string[] {
  return [...new Set((text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => ENGLISH.has(word)))];
}

describe('Spanish', () => {
  it('has the same structure, ids and seeds as English (the type system checks the keys)', () => {
    const shape = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(shape);
      if (node && typeof node === 'object') {
        return Object.fromEntries(
          // Word forms, and the terms a sentence explains itself, differ from language to language.
          Object.entries(node).map(([k, v]) => [k, k === 'forms' || k === 'defines' ? k : ['id', 'seeds', 'url', 'year'].includes(k) || (k === 'sources' && Array.isArray(v)) ? v : shape(v)]),
        );
      }
      return typeof node;
    };
    expect(shape(es)).to.deep.equal(shape(en));
  });

  it('shows every point of the article, S1 to S20, in <back-surgery-guide lang="es">', async () => {
    const guide = await fixture(html`<back-surgery-guide lang="es"></back-surgery-guide>`);
    await settled(guide);
    const shown = renderedSeeds(guide, es);
    expect(Array.from({ length: 20 }, (_, i) => `S${i + 1}`).filter((seed) => !shown.has(seed))).to.deep.equal([]);
    expect(guide.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal(es.guide.title);
  });

  for (const tag of CONTENT_TAGS) {
    it(`<${tag}>: no English left, marked lang="es", no axe violation`, async () => {
      const element = await fixture(staticHtml`<${unsafeStatic(tag)} lang="es"></${unsafeStatic(tag)}>`);
      await settled(element);
      const text = readerText(element);
      expect(text.length).to.be.above(20);
      expect(englishWords(text), 'English words on screen').to.deep.equal([]);
      expect(element.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('es');
      await expect(element).to.be.accessible();
    });
  }

  it('follows regional tags of the page: es-MX and es-US are Spanish, without a warning', async () => {
    const warnings = await captureWarnings(async () => {
      const page = await fixture(html`<div lang="es-MX"><risk-list></risk-list></div><div lang="es-US"><recovery-tips></recovery-tips></div>`);
      const [risks, tips] = [page.querySelector('risk-list')!, page.parentElement!.querySelector('recovery-tips')!];
      await settled(risks);
      await settled(tips);
      expect(risks.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal(es.risks.title);
      expect(tips.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal(es.recovery.title);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('switches language when the page or the element changes lang at run time', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="en"><surgery-faq></surgery-faq></div>`);
    const faq = page.querySelector('surgery-faq')! as Rendering;
    const heading = () => faq.shadowRoot!.querySelector('[part="heading"]')!.textContent;
    expect(heading()).to.equal(en.faq.title);
    page.lang = 'es';
    await waitUntil(() => heading() === es.faq.title, 'page switched to Spanish');
    faq.lang = 'en-US';
    await waitUntil(() => heading() === en.faq.title, 'element back to English');
  });

  it('formats the review date for Spanish readers', async () => {
    const notice = await fixture(html`<medical-disclaimer lang="es" last-reviewed="2026-03-05"></medical-disclaimer>`);
    await settled(notice);
    expect(readerText(notice)).to.contain('5 de marzo de 2026');
  });

  it('marks cited English titles as English for screen readers', async () => {
    const notice = await fixture(html`<medical-disclaimer lang="es"></medical-disclaimer>`);
    await settled(notice);
    const cites = [...notice.shadowRoot!.querySelectorAll('cite')];
    expect(cites.length).to.be.above(0);
    // English titles are marked English; the few Spanish sources (MedlinePlus en español) are not marked.
    const spanishTitles = Object.values(sources).filter((source) => source.lang === 'es').map((source) => source.title);
    for (const cite of cites) expect(cite.lang, cite.textContent!).to.equal(spanishTitles.includes(cite.textContent!.trim()) ? '' : 'en');
    expect(cites.some((cite) => cite.lang === '')).to.equal(true);
  });
});
