/**
 * One sentence per element saying what it shows, by tag: for the clinic choosing elements in the
 * snippet builder and for the medical reviewer's packet (src/review/elements.ts), in each language.
 * The English is the element's `@summary` in its JSDoc (tests/review/cli.test.mjs checks they match).
 * Not part of GuideContent: readers never see it, so the elements do not ship it.
 */
export interface ElementSummaries {
  readonly 'back-surgery-guide': string;
  readonly 'candidacy-check': string;
  readonly 'conservative-care': string;
  readonly 'medical-disclaimer': string;
  readonly 'procedure-compare': string;
  readonly 'recovery-tips': string;
  readonly 'risk-list': string;
  readonly 'second-opinion': string;
  readonly 'surgery-faq': string;
  readonly 'surgery-overview': string;
}

/** The elements that show text of their own (`<ubs-settings>` shows none). */
export type TextElementTag = keyof ElementSummaries;
