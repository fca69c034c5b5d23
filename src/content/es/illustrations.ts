import type { IllustrationsContent } from '../sections/key-points.js';

export const illustrations: IllustrationsContent = {
  spine: {
    alt: 'Dibujo de la columna vista desde atrás, desde el cuello hasta la cadera. Los 12 huesos del medio, donde se unen las costillas, están en color: son la parte alta de la espalda.',
    caption: {
      restates: 'overview.upperBack',
      sources: ['waterburyThoracic'],
      text: 'La parte alta de la espalda, en color: los 12 huesos de la columna a la altura del pecho, con las costillas unidas a ellos.',
    },
  },
  approaches: {
    alt: 'Dibujo del pecho visto desde arriba, con un pulmón a cada lado y la columna atrás. Una flecha continua entra por la espalda hasta la columna. Una flecha de rayas entra por un lado del pecho.',
    caption: {
      restates: 'comparison.procedures.open.facts.whatItIs',
      seeds: ['S10'],
      sources: ['article', 'niceIpg61'],
      text: 'Dos formas de llegar a la parte alta de la columna: por la espalda (flecha continua) o por un lado del pecho (flecha de rayas).',
    },
  },
};
