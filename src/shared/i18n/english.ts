import { disclaimer, meta } from '../../content/en/common.js';
import { references } from '../../content/en/references.js';
import { terms } from '../../content/en/terms.js';
import type { GuideContent } from '../../content/types.js';

const parts = [
  'lang',
  'meta',
  'sources',
  'disclaimer',
  'overview',
  'conservativeCare',
  'comparison',
  'risks',
  'warningSigns',
  'recovery',
  'secondOpinion',
  'faq',
  'candidacy',
  'medicalDisclaimer',
  'guide',
  'keyPoints',
  'illustrations',
  'terms',
  'references',
] as const;

/** `T`, when it names every part of GuideContent; a part added to the type and not here does not compile. */
type EveryPart<T extends readonly (keyof GuideContent)[]> = Exclude<keyof GuideContent, T[number]> extends never ? T : never;

/**
 * Every part of the guide's content. A language file must have each (languages.ts); a clinic's text
 * change may name any, also one whose element is not on the page (content-overrides.ts).
 */
export const CONTENT_PARTS: EveryPart<typeof parts> = parts;

/**
 * English in memory: the parts every element uses (its notices, the definitions of medical words,
 * the labels of sources), and each element's own section, which the element's module adds with
 * `provideEnglish`. So a page that imports one element ships that element's text, not the whole
 * guide's; the script-tag bundle has every element, so all of it. Other languages load whole, on
 * demand. (The whole English content, for tests and the reviewer's packet, is `src/content/en.ts`.)
 */
export const english = { lang: 'en', meta, sources: {}, disclaimer, terms, references } as Partial<GuideContent> as GuideContent;

/** Adds an element's own sections to the English in memory (see `english`). */
export function provideEnglish(sections: Partial<GuideContent>): void {
  Object.assign(english, sections);
}
