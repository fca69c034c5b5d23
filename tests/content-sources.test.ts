// Issue 10: a clinic's medical reviewer signs the content. Every figure must say where it comes from,
// and every source must be complete enough for the reviewer to find it.
import { expect } from '@open-wc/testing';
import { loadLanguage } from '../src/content/index.js';
import { en } from '../src/content/en.js';
import { sources } from '../src/content/sources.js';
import type { GuideContent } from '../src/content/types.js';

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

  it('cites only sources the guide lists', async () => {
    for (const [lang, content] of await languages()) {
      const unknown = sourceKeysUsed(content).filter(([id]) => !Object.hasOwn(sources, id));
      expect(unknown.map(([id, where]) => `${lang} ${where}: ${id}`)).to.deep.equal([]);
      expect(sourceKeysUsed(content).length, lang).to.be.above(10);
    }
  });

  it('describes every source fully: publisher, title, year (or the date it was read), and a web address or DOI', async () => {
    const incomplete: string[] = [];
    {
      const lang = 'guide';
      for (const [id, source] of Object.entries(sources)) {
        // The article the guide is based on has no known author, date or address, and says so.
        if (id === 'article') {
          expect(source.publisher).to.contain('unknown');
          continue;
        }
        const missing = [
          source.publisher?.trim() ? '' : 'publisher',
          source.title?.trim() ? '' : 'title',
          Number.isInteger(source.year) || /^\d{4}-\d{2}-\d{2}$/.test(source.accessed ?? '') ? '' : 'year or date read',
          /^https:\/\//.test(source.url ?? '') || /^10\.\d{4,}\//.test(source.doi ?? '') ? '' : 'url or doi',
        ].filter(Boolean);
        if (missing.length > 0) incomplete.push(`${lang} ${id}: no ${missing.join(', ')}`);
      }
    }
    expect(incomplete, `incomplete sources:\n  ${incomplete.join('\n  ')}\n`).to.deep.equal([]);
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
