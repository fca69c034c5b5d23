import type { Statement, Traced } from '../types.js';

/** Text of <surgery-faq>. */
export interface FaqContent {
  readonly title: string;
  readonly items: readonly FaqItem[];
}

/** One question, answered in short paragraphs and, where it helps, a list. */
export interface FaqItem extends Traced {
  readonly id: string;
  readonly question: string;
  readonly answer: readonly Statement[];
  readonly list?: readonly Statement[];
}
