import type { GuideContent } from '../types.js';

export const conservativeCare: GuideContent['conservativeCare'] = {
  title: 'Tratamientos para probar primero',
  intro: {
    seeds: ['S6'],
    sources: ['article', 'ng59Summary'],
    text: 'La mayoría de los médicos prueban otros tratamientos antes de sugerir una cirugía. Estos pueden ser:',
  },
  treatments: [
    { sources: ['niceQs155Self', 'aomrcEbi'], text: 'Mantenerse tan activo como pueda, y seguir con su vida normal si puede' },
    { sources: ['ng59Summary', 'acp2017'], text: 'Ejercicio o terapia física. Muchas veces es lo primero que sugieren los médicos.' },
    {
      sources: ['ng59Summary'],
      text: 'Medicinas antiinflamatorias para el dolor, como el ibuprofeno, por poco tiempo, si son seguras para usted. Pregunte antes a su médico.',
    },
    {
      seeds: ['S6'],
      sources: ['article', 'niceQs155'],
      text: 'Medicinas para el dolor que le receta su médico. No se aconsejan las medicinas fuertes llamadas opioides para el dolor en la parte baja de la espalda que dura mucho, por sus riesgos. Los médicos tienen cuidado con ellas para cualquier dolor de espalda.',
    },
    {
      seeds: ['S6'],
      sources: ['article', 'ng59Summary'],
      defines: ['chiropractic'],
      text: 'Tratamiento quiropráctico: el quiropráctico usa las manos para mover la columna. Las guías del Reino Unido dicen que se use solo junto con ejercicio.',
    },
    { seeds: ['S6'], sources: ['article', 'ng59Summary'], text: 'Masajes, mejor junto con ejercicio' },
    { sources: ['aomrcEbi'], text: 'Si el dolor sigue, un programa que junta el ejercicio con ayuda para lo que piensa y siente sobre el dolor' },
    {
      seeds: ['S6'],
      sources: ['article', 'ng59Summary', 'acp2017'],
      defines: ['acupuncture'],
      text: 'Acupuntura, que usa agujas muy finas. Las guías no están de acuerdo: una guía de Estados Unidos la incluye y las del Reino Unido no. Pregúntele a su médico.',
    },
  ],
  lowBackNote: {
    sources: ['ng59Summary', 'acp2017'],
    text: 'Estas guías se escribieron para el dolor en la parte baja de la espalda. Hay menos estudios sobre el dolor en la parte alta de la espalda.',
  },
  imaging: {
    sources: ['niceNg59'],
    text: 'Por lo general no hace falta un estudio de imagen, salvo que haya señales de alarma o se esté pensando en una cirugía.',
  },
  pathTitle: 'El camino usual hacia una decisión',
  path: [
    {
      seeds: ['S6'],
      title: 'Pruebe el tratamiento conservador',
      body: [
        {
          seeds: ['S6'],
          sources: ['article', 'ucsfThoracicDisc'],
          text: 'Empiece con tratamientos que no necesitan una operación. Deles tiempo para que funcionen, salvo que su médico encuentre algo que presiona la médula espinal.',
        },
      ],
    },
    {
      seeds: ['S2', 'S7'],
      title: 'Vea a un especialista en columna',
      body: [{ seeds: ['S2', 'S7'], sources: ['article'], text: 'Si el dolor no mejora, un especialista en columna busca la causa exacta.' }],
    },
    {
      seeds: ['S4'],
      title: 'Pida una segunda opinión',
      body: [
        {
          seeds: ['S4'],
          sources: ['article'],
          text: 'Si le planean una cirugía y no es una emergencia, pida su opinión a otro especialista en columna con experiencia antes de aceptar.',
        },
      ],
    },
    {
      seeds: ['S5'],
      title: 'Decida junto con sus médicos',
      body: [
        {
          seeds: ['S5'],
          sources: ['article'],
          text: 'La decisión es suya. Sus médicos le ayudan a pensar en lo bueno y lo malo de cada opción.',
        },
      ],
    },
  ],
  emergencyNote: {
    sources: ['patientInfoScc', 'northernTrustBackPain'],
    title: 'Llame al {emergency} si tiene señales de una emergencia',
    text: 'Este camino es para una cirugía planeada. No espere si tiene señales de una emergencia, como debilidad cada vez mayor en las piernas o no poder controlar la orina.',
  },
};
