/**
 * The guide's languages at run time: which it has, loading one on demand, and English in memory.
 * The text itself is data in `src/content/` (a module of type GuideContent per language); this is
 * the machinery that finds and loads it. Published as `upper-back-surgery-elements/content.js`.
 */
import { warn } from '../warn.js';
import { CONTENT_PARTS, english } from './english.js';
import type { GuideContent } from '../../content/types.js';

export type * from '../../content/types.js';
export { english };

/**
 * How long an element waits for a file it loads on demand (a language, the text-change engine) before
 * it shows what it has (English, or the text without the clinic's changes), with one warning; it renders
 * again when the file arrives. The list of sources, never waited for, warns after as long.
 */
export const LOAD_TIMEOUT_MS = 3000;

/** The language used when the page asks for one the guide does not have. */
export const defaultLanguage = 'en';

/** Content already in memory, by primary language subtag. English is always there (the sections of the elements the page imported). */
const loaded = new Map<string, GuideContent>([['en', english]]);

/**
 * Languages loaded on demand, so a page pays only for the language it shows. Adding a language is a
 * content change: write a module of type GuideContent and list its loader here.
 */
const loaders = new Map<string, () => Promise<GuideContent>>([
  // A separate chunk: pages in English never download it.
  ['es', () => import('../../content/es.js').then((module) => module.es)],
]);

const pending = new Map<string, Promise<GuideContent>>();

/** Primary subtags of the languages the guide has, e.g. `['en', 'es']`. */
export function supportedLanguages(): string[] {
  return [...new Set([...loaded.keys(), ...loaders.keys()])];
}

/**
 * Adds a language: `registerLanguage('fr', () => import('./fr.js').then((m) => m.fr))`. Its content
 * loads the first time an element needs it.
 */
export function registerLanguage(language: string, load: () => Promise<GuideContent>): void {
  loaders.set(language.toLowerCase(), load);
}

/**
 * The supported language a BCP 47 tag asks for (`es-MX` → `es`), or `undefined` when the guide
 * does not have it.
 */
export function matchLanguage(tag: string): string | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return loaded.has(primary) || loaders.has(primary) ? primary : undefined;
}

/** The content of a language if it is in memory (English for a language the guide does not have). */
export function contentFor(language: string): GuideContent | undefined {
  if (!matchLanguage(language)) return english;
  return loaded.get(language);
}

/**
 * Whether a loader gave guide content: an object with every part (`lang` a string, the rest objects).
 * An empty file (a failed upload) or a loader that picks the wrong export gives `undefined` or a
 * module instead.
 */
function isContent(value: unknown): value is GuideContent {
  return CONTENT_PARTS.every((key) => typeof (value as Record<string, unknown> | undefined)?.[key] === (key === 'lang' ? 'string' : 'object'));
}

/**
 * Loads a language's content once, however many elements ask. A language that fails to load (the
 * page went offline, the file is not next to the script, a loader that throws, or that gives
 * something other than guide content) resolves to English with one warning: the guide still shows.
 */
export function loadLanguage(language: string): Promise<GuideContent> {
  const ready = contentFor(language);
  if (ready) return Promise.resolve(ready);
  let promise = pending.get(language);
  if (!promise) {
    const load = loaders.get(language)!;
    promise = Promise.resolve()
      .then(load)
      .then((content) => {
        if (!isContent(content)) throw new Error('the file holds no guide content');
        loaded.set(language, content);
        return content;
      })
      .catch((error: unknown) => {
        warn(`the text in "${language}" could not be loaded (${String(error)}); showing English.`);
        loaded.set(language, english);
        return english;
      });
    pending.set(language, promise);
  }
  return promise;
}
