import type { ReferencesContent } from '../sections/references.js';

export const references: ReferencesContent = {
  sourcesSummary: 'Sources ({count})',
  readOn: 'Read on {date}',
  sourceLabel: 'Source',
  emergencyNumber: 'your local emergency number',
  careLevels: {
    emergency: 'Immediate action required: ',
    urgent: 'Urgent advice: ',
    'non-urgent': 'Non-urgent advice: ',
  },
};
