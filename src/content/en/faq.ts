import type { FaqContent } from '../sections/faq.js';

export const faq: FaqContent = {
  title: 'Questions people ask',
  items: [],
};
