import type { MedicalDisclaimerContent } from '../sections/medical-disclaimer.js';

export const medicalDisclaimer: MedicalDisclaimerContent = {
  title: 'About this information',
  lastReviewedLabel: 'Last reviewed',
  reviewedByLabel: 'Reviewed by',
  sourcesTitle: 'Sources',
  sourcesIntro: 'This guide is based on these sources.',
};
