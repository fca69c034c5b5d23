import type { CandidacyContent } from '../sections/candidacy.js';

export const candidacy: CandidacyContent = {
  title: 'Questions to think about before you see a specialist',
};
