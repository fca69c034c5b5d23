import type { GuideShellContent } from '../sections/guide.js';

export const guide: GuideShellContent = {
  title: 'Cirugía de la parte alta de la espalda: una guía para pacientes',
  intro: {
    text: 'Esta guía explica con palabras sencillas la cirugía de la parte alta de la espalda. Cuenta qué es, qué probar primero, las opciones, los riesgos y la recuperación. Úsela para prepararse antes de hablar con su médico.',
  },
  tocTitle: 'En esta guía',
};
