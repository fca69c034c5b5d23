import type { SecondOpinionContent } from '../sections/second-opinion.js';

export const secondOpinion: SecondOpinionContent = {
  title: 'Pedir una segunda opinión',
  why: [
    {
      seeds: ['S4'],
      sources: ['article'],
      text: 'Si le planean una cirugía y no es una emergencia, vea a otro especialista en columna con experiencia antes de aceptar. Esto se llama una segunda opinión.',
    },
    {
      seeds: ['S5'],
      sources: ['article'],
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
  contactTitle: 'Si otro médico le sugirió una cirugía, puede pedir una segunda opinión en {clinic}',
  contactTitleNoName: 'Si otro médico le sugirió una cirugía, puede pedirnos una segunda opinión',
  callLabel: 'Llamar',
  bookLabel: 'Pedir una cita por internet',
  emailLabel: 'Correo electrónico',
};
