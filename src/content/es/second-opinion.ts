import type { SecondOpinionContent } from '../sections/second-opinion.js';

export const secondOpinion: SecondOpinionContent = {
  title: 'Pedir una segunda opinión',
  why: [
    {
      seeds: ['S4'],
      text: 'Antes de aceptar una cirugía, vea a otro especialista en columna calificado. Esto se llama una segunda opinión.',
    },
    {
      seeds: ['S5'],
      text: 'La decisión es suya. Sus médicos le guían, pero usted decide.',
    },
  ],
  howTitle: 'Cómo conseguirla',
  how: [
    { seeds: ['S4'], text: 'Pida a su médico o a su seguro médico el nombre de otro especialista en columna.' },
    {
      text: 'Lleve sus radiografías y otras imágenes, y los resultados de sus pruebas. Lleve también una lista de los tratamientos que ha probado.',
    },
    { text: 'Escriba sus preguntas antes de la cita.' },
  ],
  // "en {clinic}" rather than "a {clinic}": a name that starts with "El" would need "al".
  contactTitle: 'Pida una segunda opinión en {clinic}',
  contactTitleNoName: 'Pídanos una segunda opinión',
  callLabel: 'Llamar',
  bookLabel: 'Pedir una cita por internet',
  emailLabel: 'Correo electrónico',
};
