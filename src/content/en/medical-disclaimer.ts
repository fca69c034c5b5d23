import type { MedicalDisclaimerContent } from '../sections/medical-disclaimer.js';

export const medicalDisclaimer: MedicalDisclaimerContent = {
  title: 'About this information',
  lastReviewedLabel: 'Last reviewed',
  reviewedByLabel: 'Reviewed by',
  earlierVersion: 'for an earlier version of this text',
  sourcesTitle: 'Sources',
  sourcesIntro: 'This guide is based on these sources.',
  date: '{month} {day}, {year}',
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
