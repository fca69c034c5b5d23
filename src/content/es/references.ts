import type { ReferencesContent } from '../sections/references.js';

export const references: ReferencesContent = {
  sourcesSummary: 'Fuentes ({count})',
  readOn: 'Consultado el {date}',
  sourceLabel: 'Fuente',
  sourcesLabel: 'Fuentes',
  listAnd: 'y',
  backToText: 'Volver al texto',
  allSourcesSummary: 'Todas las fuentes ({count})',
  emergencyNumber: 'número de emergencias',
  careLevels: {
    emergency: 'Actúe de inmediato: ',
    urgent: 'Consejo urgente: ',
    'non-urgent': 'Consejo no urgente: ',
  },
};
