import type { SecondOpinionContent } from '../sections/second-opinion.js';

export const secondOpinion: SecondOpinionContent = {
  title: 'Getting a second opinion',
  why: [
    {
      seeds: ['S4'],
      sources: ['article'],
      text: 'If surgery is planned and is not an emergency, see another qualified spine specialist before you agree. This is called a second opinion.',
    },
    {
      seeds: ['S5'],
      sources: ['article'],
      text: 'The choice is yours to make. Your doctors guide you, but you decide.',
    },
  ],
  howTitle: 'How to get one',
  how: [
    { seeds: ['S4'], text: 'Ask your doctor or health plan for the name of another spine specialist.' },
    { text: 'Bring your scans, test results and a list of the treatments you have tried.' },
    { text: 'Write down your questions before the visit.' },
  ],
  contactTitle: 'If another doctor has suggested surgery, you can ask {clinic} for a second opinion',
  contactTitleNoName: 'If another doctor has suggested surgery, you can ask us for a second opinion',
  callLabel: 'Call',
  bookLabel: 'Book a visit online',
  emailLabel: 'Email',
};
