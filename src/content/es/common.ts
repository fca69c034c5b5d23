import type { GuideContent } from '../types.js';

/** What every element shows: the guide's title and review date, and its notices. */
export const meta: GuideContent['meta'] = {
  title: 'Cirugía de la parte alta de la espalda: lo que debe saber',
  lastReviewed: '2026-12-07',
  reviewedBy: '',
};

export const disclaimer: GuideContent['disclaimer'] = {
  short: {
    text: 'Esta es información general. No reemplaza los consejos de su propio médico.',
  },
  educational: {
    text: 'Esta guía es solo informativa. No sustituye la consulta con su médico. Hable con su médico sobre su salud y sus opciones.',
  },
  emergency: {
    text: 'En una emergencia, llame de inmediato al {emergency}.',
  },
};
