import { en } from './en.js';
import type { GuideContent } from './types.js';

export type * from './types.js';
export { en };

/**
 * The languages the guide is written in, by primary language subtag. Adding a language is a content
 * change: write a module of type GuideContent and list it here.
 */
const contentByLanguage: Readonly<Record<string, GuideContent>> = { en };

/** The language used when the page asks for one the guide does not have. */
export const defaultLanguage = 'en';

/** Primary subtags of the languages the guide has, e.g. `['en']`. */
export const supportedLanguages: readonly string[] = Object.keys(contentByLanguage);

/**
 * The supported language a BCP 47 tag asks for (`en-US` → `en`), or `undefined` when the guide
 * does not have it.
 */
export function matchLanguage(tag: string): string | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(contentByLanguage, primary) ? primary : undefined;
}

/** The guide's content in a supported language (English for anything else). */
export function contentFor(language: string): GuideContent {
  return contentByLanguage[language] ?? en;
}
