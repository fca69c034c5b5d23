import type { MedicalDisclaimerContent } from '../sections/medical-disclaimer.js';

export const medicalDisclaimer: MedicalDisclaimerContent = {
  title: 'Acerca de esta información',
  lastReviewedLabel: 'Última revisión',
  reviewedByLabel: 'Revisado por',
  sourcesTitle: 'Fuentes',
  sourcesIntro: 'Esta guía se basa en estas fuentes.',
};
