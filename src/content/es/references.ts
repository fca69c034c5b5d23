import type { ReferencesContent } from '../sections/references.js';

export const references: ReferencesContent = {
  sourcesSummary: 'Fuentes ({count})',
  readOn: 'Consultado el {date}',
  sourceLabel: 'Fuente',
  emergencyNumber: 'número de emergencias',
  careLevels: {
    emergency: 'Actúe de inmediato: ',
    urgent: 'Consejo urgente: ',
    'non-urgent': 'Consejo no urgente: ',
  },
};
