import type { GuideShellContent } from '../sections/guide.js';

export const guide: GuideShellContent = {
  title: 'Upper back surgery: a guide for patients',
  intro: {
    text: 'This guide explains upper back surgery in plain words: what it is, what to try first, the choices, the risks and recovery. Use it to prepare for talks with your doctor.',
  },
  tocTitle: 'In this guide',
};
