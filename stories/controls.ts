import type { ArgTypes } from '@storybook/web-components-vite';

/** Attributes every element shares. */
export interface SharedArgs {
  'heading-level': number;
  lang?: string;
  theme?: 'auto' | 'light' | 'dark';
}

/** Controls every element shares: its heading level, language and theme. */
export const sharedArgTypes: Partial<ArgTypes> = {
  'heading-level': {
    control: { type: 'select' },
    options: [2, 3, 4, 5, 6],
    description: 'Level of the element\'s heading (2–6); sub-headings use the next level.',
    table: { category: 'attributes', defaultValue: { summary: '2' } },
  },
  lang: {
    control: { type: 'text' },
    description: 'Language of the text (else the page\'s): `en` or `es` (regional tags such as `es-MX` work). Others fall back to English with a warning.',
    table: { category: 'attributes', defaultValue: { summary: '(inherited)' } },
  },
  theme: {
    control: { type: 'radio' },
    options: ['auto', 'light', 'dark'],
    description: 'Colour scheme: `auto` follows the reader\'s system; `light` or `dark` fix it.',
    table: { category: 'attributes', defaultValue: { summary: 'auto' } },
  },
};
