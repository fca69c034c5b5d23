/** The elements that show text of their own (`<ubs-settings>` shows none). */
export type TextElementTag =
  | 'back-surgery-guide'
  | 'candidacy-check'
  | 'conservative-care'
  | 'medical-disclaimer'
  | 'procedure-compare'
  | 'recovery-tips'
  | 'risk-list'
  | 'second-opinion'
  | 'surgery-faq'
  | 'surgery-overview';

/**
 * One sentence per element saying what it shows: for the clinic choosing elements in the snippet
 * builder and for the medical reviewer's packet (src/review/elements.ts), in each language. The
 * English is the element's `@summary` in its JSDoc (tests/review/cli.test.mjs checks they match).
 * Not part of GuideContent: readers never see it, so the elements do not ship it.
 */
export type ElementSummaries = Readonly<Record<TextElementTag, string>>;
