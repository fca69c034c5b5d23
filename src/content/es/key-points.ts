import type { KeyPointsContent } from '../sections/key-points.js';

/** Cada punto repite lo que la guía dice completo donde indica `restates`, con sus fuentes. */
export const keyPoints: KeyPointsContent = {
  title: 'Lo más importante',
  points: [
    {
      restates: 'conservativeCare.intro',
      seeds: ['S6'],
      sources: ['article', 'ng59Summary'],
      text: 'La mayoría de los médicos prueban otros tratamientos antes de la cirugía.',
    },
    {
      restates: 'overview.usualReasons',
      sources: ['katoThoracic2020', 'orthoinfoFusionEs'],
      text: 'La cirugía se suele hacer por un problema claro que el médico puede ver.',
    },
    {
      restates: 'faq.items[5].answer[0]',
      seeds: ['S17'],
      sources: ['article'],
      text: 'Toda cirugía tiene riesgos, como una infección o un sangrado.',
    },
    {
      restates: 'secondOpinion.why[0]',
      seeds: ['S4'],
      sources: ['article'],
      text: '¿Le planean una cirugía y no es una emergencia? Pida antes una segunda opinión.',
    },
    {
      restates: 'faq.items[0].answer[2]',
      sources: ['patientInfoScc', 'northernTrustBackPain'],
      text: 'Si sus piernas se debilitan o no puede controlar la orina, llame de inmediato al {emergency}.',
    },
  ],
};
