import type { MedicalDisclaimerContent } from '../sections/medical-disclaimer.js';

export const medicalDisclaimer: MedicalDisclaimerContent = {
  title: 'Acerca de esta información',
  lastReviewedLabel: 'Última revisión',
  reviewedByLabel: 'Revisado por',
  earlierVersion: 'para una versión anterior de este texto',
  sourcesTitle: 'Fuentes',
  sourcesIntro: 'Esta guía se basa en estas fuentes.',
  date: '{day} de {month} de {year}',
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};
