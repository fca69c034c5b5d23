import type { GuideContent } from '../content/types.js';

/**
 * The sections of `<back-surgery-guide>` in the order a patient needs them: what surgery is, what to
 * try first, a look at one's own situation, the choices, their risks, a second opinion before
 * agreeing, recovery after, the remaining questions, and finally what this information is and where
 * it comes from. Each with the title it shows, read from the content so the table of contents
 * always matches it. Plain data (no DOM), so the reviewer's packet prints the guide in the same order.
 * Adding an element to the guide is one line here.
 */
const SECTIONS = {
  'surgery-overview': (c: GuideContent) => c.overview.title,
  'conservative-care': (c: GuideContent) => c.conservativeCare.title,
  'candidacy-check': (c: GuideContent) => c.candidacy.title,
  'procedure-compare': (c: GuideContent) => c.comparison.title,
  'risk-list': (c: GuideContent) => c.risks.title,
  'second-opinion': (c: GuideContent) => c.secondOpinion.title,
  'recovery-tips': (c: GuideContent) => c.recovery.title,
  'surgery-faq': (c: GuideContent) => c.faq.title,
  'medical-disclaimer': (c: GuideContent) => c.medicalDisclaimer.title,
};

/** A section's tag. */
export type SectionTag = keyof typeof SECTIONS;

/** The title each section shows. */
export const SECTION_TITLES: Readonly<Record<SectionTag, (content: GuideContent) => string>> = SECTIONS;

/** The sections' tags, in the guide's order. */
export const GUIDE_SECTIONS = Object.keys(SECTIONS) as readonly SectionTag[];
