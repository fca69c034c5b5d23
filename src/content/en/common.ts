import type { GuideContent } from '../types.js';

/** What every element shows: the guide's title and review date, and its notices. */
export const meta: GuideContent['meta'] = {
  title: 'Upper back surgery: what to know',
  lastReviewed: '2026-12-07',
  reviewedBy: '',
};

export const disclaimer: GuideContent['disclaimer'] = {
  short: {
    text: 'This is general information. It does not replace advice from your own doctor.',
  },
  educational: {
    text: 'This guide is for learning only. It is not medical advice. Talk to your doctor about your own health and your choices.',
  },
  emergency: {
    text: 'In an emergency, call {emergency} right away.',
  },
};
