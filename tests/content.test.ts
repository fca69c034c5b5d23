import { expect } from '@open-wc/testing';
import { CONTENT_PARTS } from '../src/shared/i18n/english.js';
import { contentFor, english, loadLanguage, matchLanguage, supportedLanguages } from '../src/shared/i18n/languages.js';
import { en } from '../src/content/en.js';
import { elementSummaries as enSummaries } from '../src/content/en/element-summaries.js';
import { elementSummaries as esSummaries } from '../src/content/es/element-summaries.js';
import type { ElementSummaries } from '../src/content/sections/element-summaries.js';
import type { SeedId } from '../src/content/types.js';
import { sources } from '../src/content/sources.js';
import { VERSION } from '../src/shared/version.js';
import { bodyText } from './readability/body-text.mjs';

const allSeeds = Array.from({ length: 20 }, (_, i) => `S${i + 1}` as SeedId);

/** Every seed id carried anywhere in a content object. */
function seedsIn(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => seedsIn(item, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'seeds') (value as string[]).forEach((seed) => found.add(seed));
      else seedsIn(value, found);
    }
  }
  return found;
}

describe('English content', () => {
  it('carries every point of the article, S1 to S20', () => {
    const missing = allSeeds.filter((seed) => !seedsIn(en).has(seed));
    expect(missing).to.deep.equal([]);
  });

  it('names no reviewer by default: the clinic fills it in', () => {
    expect(en.meta.reviewedBy).to.equal('');
    expect(en.meta.lastReviewed).to.match(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('backs each statement with sources the guide lists', () => {
    const used = new Set<string>();
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'sources' && Array.isArray(value)) value.forEach((s: string) => used.add(s));
          else if (key !== 'sources') collect(value);
        }
      }
    };
    collect(en);
    for (const id of used) expect(sources, id).to.have.property(id);
    for (const source of Object.values(sources)) {
      if (source.url) expect(source.url).to.match(/^https:\/\//);
    }
  });

  it('gives every statement a source, except notices, questions and steps that make no medical claim', () => {
    // Paths by id where an item has one (`faq.items.ask-surgeon.list.0`), so the list survives reordering.
    const NO_CLAIM = [
      /^disclaimer\./, // the guide's own notices
      /^(guide|candidacy)\.intro$/, // what the guide or the questionnaire is
      /^candidacy\.notADiagnosis$/,
      /^recovery\.lifestyle\./, // things to ask the doctor about: the list's intro carries the source
      /^secondOpinion\.how\./, // practical steps: bring your scans, write your questions
      /^faq\.items\.ask-surgeon\./, // questions for the surgeon
    ];
    const unsourced: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) node.forEach((item, index) => walk(item, `${path}.${(item as { id?: string })?.id ?? index}`));
      else if (node && typeof node === 'object') {
        const statement = node as { text?: unknown; sources?: readonly string[] };
        if (typeof statement.text === 'string' && !(statement.sources?.length ?? 0)) unsourced.push(path.slice(1));
        for (const [key, value] of Object.entries(node)) if (key !== 'sources') walk(value, `${path}.${key}`);
      }
    };
    walk(en, '');
    expect(unsourced.filter((path) => !NO_CLAIM.some((pattern) => pattern.test(path)))).to.deep.equal([]);
  });

  it('makes no absolute claims the brief rules out', () => {
    const text = bodyText(en).join(' ').toLowerCase();
    for (const claim of ['is not invasive', 'no marks', 'no scar', 'safer', 'cures', 'risk-free procedure']) {
      expect(text, claim).not.to.contain(claim);
    }
  });
});

/** Paths of the strings in a content object that are still `npm run new-element`'s TODO stubs. */
function stubsIn(node: unknown, path = ''): string[] {
  if (typeof node === 'string') return /\bTODO\b/.test(node) ? [path] : [];
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => stubsIn(value, path ? `${path}.${key}` : key));
}

/** The summaries of the elements (builder and reviewer's packet), by language. */
const ELEMENT_SUMMARIES: Readonly<Record<string, ElementSummaries>> = { en: enSummaries, es: esSummaries };

/**
 * A language's content, whole: English from en.ts, because the English in memory (`english`) holds
 * only the sections of the elements this file imported, which is none.
 */
const wholeContent = async (language: string) => (language === 'en' ? en : loadLanguage(language));

describe('content in every language', () => {
  for (const language of supportedLanguages()) {
    it(`${language}: has no text left to write (TODO from npm run new-element)`, async () => {
      const content = await wholeContent(language);
      expect(CONTENT_PARTS.filter((part) => !(part in content)), 'parts missing from the content checked').to.deep.equal([]);
      const stubs = [...stubsIn(content), ...stubsIn(ELEMENT_SUMMARIES[language], 'elementSummaries')];
      expect(stubs, `write these texts in src/content/${language}/`).to.deep.equal([]);
    });
  }

  it('says the same figures in every language as in English, text by text', async () => {
    // A translation that changes "1 in 25" or "6 weeks" says something different (hazard log H9).
    const figures = (text: string) => (text.match(/\d+(?:[.,]\d+)?/g) ?? []).map((figure) => figure.replace(',', '.')).sort();
    for (const language of supportedLanguages().filter((other) => other !== 'en')) {
      const other = await wholeContent(language);
      const different: string[] = [];
      let compared = 0;
      const walk = (a: unknown, b: unknown, path: string): void => {
        if (typeof a === 'string' && typeof b === 'string') {
          if (figures(a).length > 0) compared++;
          if (figures(a).join() !== figures(b).join()) different.push(`${path}: en [${figures(a).join(', ')}], ${language} [${figures(b).join(', ')}]`);
        } else if (a && typeof a === 'object') {
          for (const [key, value] of Object.entries(a)) walk(value, (b as Record<string, unknown> | undefined)?.[key], `${path}.${key}`);
        }
      };
      walk(en, other, language);
      expect(different).to.deep.equal([]);
      expect(compared, 'texts with figures compared').to.be.above(50);
    }
  });

  it('has a summary of each element in every language', () => {
    expect(Object.keys(ELEMENT_SUMMARIES)).to.have.members(supportedLanguages());
  });
});

describe('language lookup', () => {
  it('matches regional tags to their language and refuses unknown ones', () => {
    expect(matchLanguage('en-US')).to.equal('en');
    expect(matchLanguage(' EN_gb ')).to.equal('en');
    expect(matchLanguage('tlh')).to.equal(undefined);
    expect(matchLanguage('__proto__')).to.equal(undefined);
    expect(contentFor('tlh')).to.equal(english);
  });
});

describe('version', () => {
  it('matches package.json, so double-load warnings name the right version', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
