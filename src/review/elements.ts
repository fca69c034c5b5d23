import { GUIDE_SECTIONS } from '../back-surgery-guide/sections.js';
import { elementSummaries as enSummaries } from '../content/en/element-summaries.js';
import { elementSummaries as esSummaries } from '../content/es/element-summaries.js';
import type { TextElementTag } from '../content/sections/element-summaries.js';

/**
 * Which parts of the content each element can show, for the reviewer's sign-off packet.
 *
 * Read from each element's `render()`. A browser test (tests/review-map.test.ts) renders every element
 * showing the most it can and checks both ways: every text listed here is on screen, and every
 * paragraph, list item, heading, cell, label and button on screen comes from here. So when an element starts showing a new part of
 * the content, that test fails until this map (and so the packet) includes it.
 */

/** A dotted path into GuideContent (`risks`, `disclaimer.short`). */
export type ContentPath = string;

export interface ElementReview {
  /** The element's tag. */
  readonly tag: string;
  /** What the element is, for the reviewer: from src/content/{en,es}/element-summaries.ts. */
  readonly summary: { readonly en: string; readonly es: string };
  /** The content sections it renders. `sources` is shown as the references list. */
  readonly sections: readonly ContentPath[];
  /** Elements it shows inside itself, in its order (the whole guide shows the sections). */
  readonly includes?: readonly string[];
}

/** The sections of <back-surgery-guide>, in its order. */
export const GUIDE_ORDER = GUIDE_SECTIONS;

const ELEMENTS: Readonly<Record<TextElementTag, Omit<ElementReview, 'tag' | 'summary'>>> = {
  'back-surgery-guide': {
    sections: ['guide', 'keyPoints', 'disclaimer.short'],
    includes: GUIDE_ORDER,
  },
  'surgery-overview': {
    sections: ['overview', 'illustrations.spine', 'disclaimer.short'],
  },
  'conservative-care': {
    sections: ['conservativeCare', 'disclaimer.short'],
  },
  'candidacy-check': {
    sections: ['candidacy', 'disclaimer.short'],
  },
  'procedure-compare': {
    sections: ['comparison', 'illustrations.approaches', 'disclaimer.short'],
  },
  'risk-list': {
    sections: ['risks', 'warningSigns', 'disclaimer.short'],
  },
  'second-opinion': {
    sections: ['secondOpinion', 'disclaimer.short'],
  },
  'recovery-tips': {
    sections: ['recovery', 'warningSigns', 'disclaimer.short'],
  },
  'surgery-faq': {
    sections: ['faq', 'disclaimer.short'],
  },
  'medical-disclaimer': {
    sections: ['medicalDisclaimer', 'disclaimer.educational', 'disclaimer.emergency', 'sources'],
  },
};

/** Every element that shows text, in the guide's order: the whole guide first, then its sections. */
export const REVIEWED_ELEMENTS: readonly ElementReview[] = (['back-surgery-guide', ...GUIDE_ORDER] as const).map((tag) => ({
  tag,
  summary: { en: enSummaries[tag], es: esSummaries[tag] },
  ...ELEMENTS[tag],
}));

/**
 * Parts every element shows in pieces: the definition of each medical word where the element first
 * uses it, and the labels of its source markers and list. Printed once, after the elements.
 */
export const SHARED_SECTIONS: readonly ContentPath[] = ['terms', 'references'];

/** Elements that show no text of their own (settings only). */
export const ELEMENTS_WITHOUT_TEXT: readonly string[] = ['ubs-settings'];
