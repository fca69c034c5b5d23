import type { ReferencesContent } from '../sections/references.js';

export const references: ReferencesContent = {
  sourcesSummary: 'Fuentes ({count})',
  sourceLabel: 'Fuente',
  emergencyNumber: 'número de emergencias',
};
