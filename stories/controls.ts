import type { ArgTypes } from '@storybook/web-components-vite';
import { MAX_HEADING_LEVEL, MIN_HEADING_LEVEL, headingLevels } from '../src/shared/heading.js';

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
    options: headingLevels(),
    description: `Level of the element's heading (${MIN_HEADING_LEVEL}–${MAX_HEADING_LEVEL}); sub-headings use the next level.`,
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
