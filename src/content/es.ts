import { candidacy } from './es/candidacy.js';
import { disclaimer, meta } from './es/common.js';
import { comparison } from './es/comparison.js';
import { conservativeCare } from './es/conservative-care.js';
import { faq } from './es/faq.js';
import { guide } from './es/guide.js';
import { illustrations } from './es/illustrations.js';
import { keyPoints } from './es/key-points.js';
import { medicalDisclaimer } from './es/medical-disclaimer.js';
import { overview } from './es/overview.js';
import { recovery } from './es/recovery.js';
import { references } from './es/references.js';
import { risks } from './es/risks.js';
import { secondOpinion } from './es/second-opinion.js';
import { terms } from './es/terms.js';
import { warningSigns } from './es/warning-signs.js';
import type { GuideContent } from './types.js';

/**
 * The guide in Spanish, for US Hispanic patients: neutral Latin-American Spanish, "usted", short
 * sentences, medical words explained where they first appear, numbers as "unas 7 de cada 10". Same
 * structure, ids, seeds and sources as `en`, one module per section as `en/` has; the facts are the
 * same, said the way Spanish says them.
 */
export const es: GuideContent = {
  lang: 'es',
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
