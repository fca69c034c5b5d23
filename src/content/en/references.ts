import type { ReferencesContent } from '../sections/references.js';

export const references: ReferencesContent = {
  sourcesSummary: 'Sources ({count})',
  readOn: 'Read on {date}',
  sourceLabel: 'Source',
  sourcesLabel: 'Sources',
  listAnd: 'and',
  backToText: 'Back to the text',
  allSourcesSummary: 'All sources ({count})',
  emergencyNumber: 'your local emergency number',
  careLevels: {
    emergency: 'Immediate action required: ',
    urgent: 'Urgent advice: ',
    'non-urgent': 'Non-urgent advice: ',
  },
};
