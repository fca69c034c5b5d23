import type { MedicalDisclaimerContent } from '../sections/medical-disclaimer.js';

export const medicalDisclaimer: MedicalDisclaimerContent = {
  title: 'About this information',
};
