import type { ArgTypes } from '@storybook/web-components-vite';

/** Controls every element shares: its heading level and language. */
export const sharedArgTypes: Partial<ArgTypes> = {
  'heading-level': {
    control: { type: 'select' },
    options: [2, 3, 4, 5, 6],
    description: 'Level of the element\'s heading (2–6); sub-headings use the next level.',
    table: { category: 'attributes', defaultValue: { summary: '2' } },
  },
  lang: {
    control: { type: 'text' },
    description: 'Language of the text (else the page\'s). Unknown languages fall back to English with a warning.',
    table: { category: 'attributes', defaultValue: { summary: '(inherited)' } },
  },
};
