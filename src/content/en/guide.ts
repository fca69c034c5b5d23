import type { GuideShellContent } from '../sections/guide.js';

export const guide: GuideShellContent = {
  title: 'Upper back surgery: a guide for patients',
};
