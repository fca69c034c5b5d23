// Issue 10: a clinic's medical reviewer signs the content. Every figure must say where it comes from,
// and every source must be complete enough for the reviewer to find it.
import { expect } from '@open-wc/testing';
import { loadLanguage } from '../src/shared/i18n/languages.js';
import { en } from '../src/content/en.js';
import { sources } from '../src/content/sources.js';
import type { GuideContent, Localized, Source } from '../src/content/types.js';
import { render } from 'lit';
import { renderSource } from '../src/shared/references.js';
import { describeSource, sentence } from '../src/shared/source-text.js';

/** The patient-facing texts that make a claim, under the names the content gives them. */
const CLAIM_KEYS = ['text', 'detail', 'when', 'what'];

/**
 * Every claim with a figure in it and no source of its own, as paths (`risks.items[5].detail`).
 *
 * A claim needs its own non-empty `sources` (the ones its reader sees as markers); a parent's sources
 * do not count, and neither do `seeds`: when a figure is the article's own, it says so with
 * `sources: ['article']` (the article counts as a source only for its points, S1–S20).
 */
function unsourcedFigures(content: GuideContent): string[] {
  const found: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) return node.forEach((item, index) => walk(item, `${path}[${index}]`));
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const sources = record['sources'];
    const sourced = Array.isArray(sources) && sources.length > 0;
    for (const [key, value] of Object.entries(record)) {
      const where = path ? `${path}.${key}` : key;
      if (CLAIM_KEYS.includes(key) && typeof value === 'string') {
        if (/\d/.test(value) && !sourced) found.push(`${where}: "${value}"`);
      } else if (key !== 'sources' || path !== '') walk(value, where);
    }
  };
  walk(content, '');
  return found;
}

/**
 * Every claim with a figure in it that rests on a lower-back source (`lowerBack` in sources.ts) and
 * does not say so in its own words: a reader would take the figure for the upper back.
 */
function unlabelledLowerBackFigures(content: GuideContent, label: RegExp): string[] {
  const found: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) return node.forEach((item, index) => walk(item, `${path}[${index}]`));
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const cited = Array.isArray(record['sources']) ? (record['sources'] as string[]) : [];
    const lumbar = cited.some((id) => (sources as Record<string, Source>)[id]?.lowerBack);
    for (const [key, value] of Object.entries(record)) {
      const where = path ? `${path}.${key}` : key;
      if (CLAIM_KEYS.includes(key) && typeof value === 'string') {
        // A timeline step's "when" is labelled by its "what".
        const words = key === 'when' ? `${value} ${String(record['what'])}` : value;
        // A fever's temperature is the same after any operation: not a figure of lower back surgery.
        const figure = /\d/.test(value.replace(/[\d.]+\s*°[CF]/g, ''));
        if (lumbar && figure && !label.test(words)) found.push(`${where}: "${value}"`);
      } else if (key !== 'sources' || path !== '') walk(value, where);
    }
  };
  walk(content, '');
  return found;
}

/** Every `sources` key used anywhere in the content, with where it is used. */
function sourceKeysUsed(content: GuideContent): [string, string][] {
  const used: [string, string][] = [];
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) return node.forEach((item, index) => walk(item, `${path}[${index}]`));
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      const where = path ? `${path}.${key}` : key;
      if (key === 'sources' && Array.isArray(value)) value.forEach((id) => used.push([String(id), where]));
      else if (!(key === 'sources' && path === '')) walk(value, where);
    }
  };
  walk(content, '');
  return used;
}

const languages = async (): Promise<[string, GuideContent][]> => [
  ['en', en],
  ['es', await loadLanguage('es')],
];

describe('sources of the content', () => {
  it('finds a figure with no source (the check itself works)', () => {
    const sample = {
      a: { text: 'About 7 in 10 people.' },
      b: [{ text: 'Fine, no figure.' }, { detail: 'Twice as likely after 2 years.', sources: [] }],
      c: { when: 'After 6 weeks', what: 'Back to work.', sources: ['nhsDecompression'] },
      d: { seeds: ['S11'], text: 'The article says 7 in 10.' },
    } as unknown as GuideContent;
    expect(unsourcedFigures(sample)).to.deep.equal([
      'a.text: "About 7 in 10 people."',
      'b[1].detail: "Twice as likely after 2 years."',
      'd.text: "The article says 7 in 10."',
    ]);
  });

  for (const lang of ['en', 'es']) {
    it(`gives a source for every statement with a figure in it (${lang})`, async () => {
      const content = lang === 'en' ? en : await loadLanguage(lang);
      const missing = unsourcedFigures(content);
      expect(missing, `statements with a number and no sources:\n  ${missing.join('\n  ')}\n`).to.deep.equal([]);
    });
  }

  it('says "lower back" wherever a figure comes from lower back surgery (both languages)', async () => {
    const labels: Record<string, RegExp> = { en: /lower back|lumbar/i, es: /parte baja|lumbar/i };
    for (const [lang, content] of await languages()) expect(unlabelledLowerBackFigures(content, labels[lang]!), lang).to.deep.equal([]);
    // The check itself works: an unlabelled figure from a lower-back source is found.
    const bare = { ...en, risks: { ...en.risks, items: [{ ...en.risks.items[1]!, detail: 'This happens to up to 1 in 25 people.' }] } };
    expect(unlabelledLowerBackFigures(bare, labels.en!)).to.have.length(1);
  });

  it('cites only sources the guide lists', async () => {
    for (const [lang, content] of await languages()) {
      const unknown = sourceKeysUsed(content).filter(([id]) => !Object.hasOwn(sources, id));
      expect(unknown.map(([id, where]) => `${lang} ${where}: ${id}`)).to.deep.equal([]);
      expect(sourceKeysUsed(content).length, lang).to.be.above(10);
    }
  });

  it('describes every source fully: publisher, title, year (or the date it was read), and a web address or DOI', async () => {
    const incomplete: string[] = [];
    const text = (value: Localized | undefined) => (typeof value === 'string' ? [value] : value ? [value.en, value.es] : []);
    for (const [id, source] of Object.entries(sources) as [string, Source][]) {
      const missing = [
        text(source.publisher).length > 0 && text(source.publisher).every((part) => part.trim()) ? '' : 'publisher',
        source.title?.trim() ? '' : 'title',
        // The article the guide started from has no known date or address, and says so.
        id === 'article' || Number.isInteger(source.year) || /^\d{4}-\d{2}-\d{2}$/.test(source.accessed ?? '') ? '' : 'year or date read',
        id === 'article' || /^https:\/\//.test(source.url ?? '') || /^10\.\d{4,}\//.test(source.doi ?? '') ? '' : 'https address or doi',
      ].filter(Boolean);
      if (missing.length > 0) incomplete.push(`${id}: no ${missing.join(', ')}`);
    }
    expect(text(sources.article.publisher).join(' ')).to.contain('unknown').and.to.contain('desconocidos');
    expect(incomplete, `incomplete sources:\n  ${incomplete.join('\n  ')}\n`).to.deep.equal([]);
  });

  it('gives every journal article its year and a DOI or PMID, so a reviewer can find the record', () => {
    const journals = (Object.entries(sources) as [string, Source][]).filter(([, source]) => source.citation);
    expect(journals.length).to.be.above(10);
    const incomplete = journals
      .filter(([, source]) => !Number.isInteger(source.year) || !(/^10\.\d{4,}\//.test(source.doi ?? '') || /^\d+$/.test(source.pmid ?? '')))
      .map(([id]) => id);
    expect(incomplete, 'journal articles without a year and a DOI or PMID').to.deep.equal([]);
  });

  it('cites no retired address as if it were live: an archived page says so', () => {
    const retired = /\/\/beta\.nhs\.uk\/|nhs\.uk\/Conditions\/[^/]+\/Pages\/|ohsu\.edu\/xd\//i;
    const unmarked = (Object.entries(sources) as [string, Source][])
      .filter(([, source]) => retired.test(source.url ?? ''))
      .filter(([, source]) => typeof source.note !== 'object' || !/archived copy/i.test(source.note.en) || !/copia archivada/i.test(source.note.es))
      .map(([id]) => id);
    expect(unmarked).to.deep.equal([]);
    for (const [id, source] of Object.entries(sources) as [string, Source][]) {
      if (source.accessed) expect(source.accessed <= new Date().toISOString().slice(0, 10), `${id} read in the future`).to.equal(true);
    }
  });

  for (const lang of ['en', 'es'] as const) {
    it(`prints each source with single punctuation, its notes in the reader's language (${lang})`, async () => {
      const content = lang === 'en' ? en : await loadLanguage('es');
      const root = document.createElement('div');
      for (const [id, source] of Object.entries(sources) as [string, Source][]) {
        render(renderSource(content, id, source), root);
        const shown = root.textContent!.replace(/\s+/g, ' ');
        expect(shown, id).to.not.match(/\.\s*\.|,\./);
        if (typeof source.note === 'object') expect(shown, id).to.contain(source.note[lang].replace(/\.$/, ''));
      }
    });
  }
});

describe('one source as the reader and the reviewer see it (describeSource)', () => {
  const readOn = (date: string) => `Read on ${date}`;
  const page: Source = { title: 'Back pain', publisher: 'NHS', url: 'https://www.nhs.uk/back-pain/', year: 2020, accessed: '2026-01-02' };
  const article: Source = { title: 'A trial', publisher: 'Smith J, et al.', citation: 'BMJ. 2018;361:k1551', year: 2018, doi: '10.1136/bmj.k1551', pmid: '29743284' };

  it('ends each part with one stop, keeping a question mark or an "et al." it already has', () => {
    expect(sentence('Can it relieve upper back pain?')).to.equal('Can it relieve upper back pain?');
    expect(sentence('Smith J, et al.')).to.equal('Smith J, et al.');
    expect(sentence(' BMJ ')).to.equal('BMJ.');
  });

  it("gives a page's year, the date it was read, and links its title to the page read", () => {
    const text = describeSource(page, 'en', readOn, true);
    expect(text.details).to.deep.equal(['2020.', 'Read on 2026-01-02.']);
    expect(text.href).to.equal(page.url);
    expect(describeSource({ ...article, url: 'https://example.org/read-here' }, 'en', readOn, true).href, 'the page read, before the DOI').to.equal('https://example.org/read-here');
  });

  it("gives a journal article's citation (with its year) and links its DOI and PMID", () => {
    const text = describeSource(article, 'en', readOn, true);
    expect(text.details).to.deep.equal(['BMJ. 2018;361:k1551.']);
    expect(text.href).to.equal('https://doi.org/10.1136/bmj.k1551');
    expect(text.ids.map((id) => id.href)).to.deep.equal(['https://doi.org/10.1136/bmj.k1551', 'https://pubmed.ncbi.nlm.nih.gov/29743284/']);
    const odd = describeSource({ ...article, pmid: '2974x' }, 'en', readOn, false);
    expect(odd.ids.map((id) => id.text), 'a PMID that is not a number is no link').to.deep.equal(['doi:10.1136/bmj.k1551']);
  });

  it('marks as English, for a Spanish reader, what the guide has only in English', () => {
    const englishOnly = describeSource({ ...page, publisher: { en: 'NHS inform' } as Localized }, 'es', readOn, true);
    expect(englishOnly.publisherLang).to.equal('en');
    expect(englishOnly.titleLang).to.equal('en');
    const translated = describeSource({ ...page, publisher: { en: 'A web article', es: 'Un artículo' } }, 'es', readOn, true);
    expect(translated.publisherLang).to.equal(undefined);
    expect(describeSource(page, 'es', readOn, false).publisherLang, "a clinic's own source is in its own language").to.equal(undefined);
  });
});

describe('terms', () => {
  it('have the same ids in every language, each once, with forms to find them by', async () => {
    const es = await loadLanguage('es');
    const ids = (content: GuideContent) => content.terms.map((term) => term.id).sort();
    expect(ids(es)).to.deep.equal(ids(en));
    expect(new Set(ids(en)).size).to.equal(en.terms.length);
    for (const term of [...en.terms, ...es.terms]) expect(term.forms.length, term.id).to.be.at.least(1);
  });
});
