import type { ReferencesContent } from '../sections/references.js';

export const references: ReferencesContent = {
  sourcesSummary: 'Fuentes ({count})',
  readOn: 'Consultado el {date}',
  sourceLabel: 'Fuente',
  emergencyNumber: 'número de emergencias',
};
