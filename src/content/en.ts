import { candidacy } from './en/candidacy.js';
import { disclaimer, meta } from './en/common.js';
import { comparison } from './en/comparison.js';
import { conservativeCare } from './en/conservative-care.js';
import { faq } from './en/faq.js';
import { guide } from './en/guide.js';
import { illustrations } from './en/illustrations.js';
import { keyPoints } from './en/key-points.js';
import { medicalDisclaimer } from './en/medical-disclaimer.js';
import { overview } from './en/overview.js';
import { recovery } from './en/recovery.js';
import { references } from './en/references.js';
import { risks } from './en/risks.js';
import { secondOpinion } from './en/second-opinion.js';
import { terms } from './en/terms.js';
import { warningSigns } from './en/warning-signs.js';
import type { GuideContent } from './types.js';

/**
 * The guide in English, whole: for the tests, the reviewer's packet and anything else that needs every
 * section. Written for patients: short sentences, one idea each, medical words explained where they
 * first appear, numbers as "about 7 in 10". Seed ids (S1–S20) tie each statement to the point of the
 * article it carries; `sources` name what backs the rest. One module per section (`en/`), so an
 * element imports only its own text (see src/shared/i18n/english.ts).
 */
export const en: GuideContent = {
  lang: 'en',
  meta,
  sources: {},
  disclaimer,
  overview,
  conservativeCare,
  comparison,
  risks,
  warningSigns,
  recovery,
  secondOpinion,
  faq,
  candidacy,
  medicalDisclaimer,
  guide,
  keyPoints,
  illustrations,
  terms,
  references,
};
