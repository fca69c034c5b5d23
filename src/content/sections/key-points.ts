import type { Statement } from '../types.js';

/**
 * Words that say again, in short, what the guide says in full elsewhere: no new claim. It carries the
 * sources and article points of the statement it restates (tests/key-points.test.ts checks both).
 */
export interface Restatement extends Statement {
  /** Where the guide says it in full, in the notation of text changes: `overview.upperBack`, `faq.items[5].answer[0]`. */
  readonly restates: string;
}

/** The short summary at the top of <back-surgery-guide>, as NHS and MedlinePlus pages open: 3 to 5 lines. */
export interface KeyPointsContent {
  readonly title: string;
  readonly points: readonly Restatement[];
}

/** A drawing: what it shows, in words, for those who cannot see it, and its caption. */
export interface Illustration {
  /** The text alternative: what the drawing shows. */
  readonly alt: string;
  /** Shown under the drawing: what the guide says in full beside it. */
  readonly caption: Restatement;
}

/** The guide's drawings: the spine with the upper back in colour (<surgery-overview>), and the two ways in (<procedure-compare>). */
export interface IllustrationsContent {
  readonly spine: Illustration;
  readonly approaches: Illustration;
}
