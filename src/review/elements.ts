import { GUIDE_SECTIONS } from '../back-surgery-guide/sections.js';

/**
 * Which parts of the content each element can show, for the reviewer's sign-off packet.
 *
 * Read from each element's `render()`. A browser test (tests/review-map.test.ts) renders every element
 * showing the most it can and checks both ways: every text listed here is on screen, and every
 * paragraph, list item, heading, cell, label and button on screen comes from here. So when an element starts showing a new part of
 * the content, that test fails until this map (and so the packet) includes it.
 */

/** A dotted path into GuideContent (`risks`, `disclaimer.short`). */
export type ContentPath = string;

export interface ElementReview {
  /** The element's tag. */
  readonly tag: string;
  /** What the element is, for the reviewer (English equals the manifest's `@summary`; a test checks it). */
  readonly summary: { readonly en: string; readonly es: string };
  /** The content sections it renders. `sources` is shown as the references list. */
  readonly sections: readonly ContentPath[];
  /** Elements it shows inside itself, in its order (the whole guide shows the sections). */
  readonly includes?: readonly string[];
}

/** The sections of <back-surgery-guide>, in its order. */
export const GUIDE_ORDER = GUIDE_SECTIONS;

const ELEMENTS: Readonly<Record<string, Omit<ElementReview, 'tag'>>> = {
  'back-surgery-guide': {
    summary: { en: 'The whole patient guide, with a table of contents.', es: 'La guía completa para pacientes, con un índice.' },
    sections: ['guide', 'keyPoints', 'disclaimer.short'],
    includes: GUIDE_ORDER,
  },
  'surgery-overview': {
    summary: {
      en: 'What upper back surgery is, when it is considered, and the common operations.',
      es: 'Qué es la cirugía de la parte superior de la espalda, cuándo se considera y las operaciones habituales.',
    },
    sections: ['overview', 'illustrations.spine', 'disclaimer.short'],
  },
  'conservative-care': {
    summary: {
      en: 'Treatments to try first, and the steps towards a decision about surgery.',
      es: 'Tratamientos que probar primero y los pasos hacia una decisión sobre la cirugía.',
    },
    sections: ['conservativeCare', 'disclaimer.short'],
  },
  'candidacy-check': {
    summary: {
      en: "A questionnaire that asks about emergency signs first and sums up the reader's answers, with no verdict.",
      es: 'Un cuestionario que pregunta primero por las señales de emergencia y resume las respuestas del lector, sin veredicto.',
    },
    sections: ['candidacy', 'disclaimer.short'],
  },
  'procedure-compare': {
    summary: {
      en: 'Open surgery compared with minimally invasive and laser surgery.',
      es: 'La cirugía abierta comparada con la mínimamente invasiva y la cirugía con láser.',
    },
    sections: ['comparison', 'illustrations.approaches', 'disclaimer.short'],
  },
  'risk-list': {
    summary: {
      en: 'The risks of upper back surgery, with the warning signs that need urgent care.',
      es: 'Los riesgos de la cirugía de la parte superior de la espalda, con los signos de alarma que requieren atención urgente.',
    },
    sections: ['risks', 'warningSigns', 'disclaimer.short'],
  },
  'second-opinion': {
    summary: {
      en: "Why and how to get a second opinion, with the clinic's contact details.",
      es: 'Por qué y cómo pedir una segunda opinión, con los datos de contacto de la clínica.',
    },
    sections: ['secondOpinion', 'disclaimer.short'],
  },
  'recovery-tips': {
    summary: {
      en: 'What recovery after upper back surgery looks like, and what helps.',
      es: 'Cómo es la recuperación tras la cirugía de la parte superior de la espalda y qué ayuda.',
    },
    sections: ['recovery', 'warningSigns', 'disclaimer.short'],
  },
  'surgery-faq': {
    summary: {
      en: 'Questions patients ask, with plain answers that open on demand.',
      es: 'Preguntas de los pacientes, con respuestas sencillas que se abren al pulsar.',
    },
    sections: ['faq', 'disclaimer.short'],
  },
  'medical-disclaimer': {
    summary: {
      en: 'Educational-only notice, emergency advice, review date, reviewer and sources.',
      es: 'Aviso de que es solo educativo, qué hacer en una emergencia, fecha de revisión, revisor y fuentes.',
    },
    sections: ['medicalDisclaimer', 'disclaimer.educational', 'disclaimer.emergency', 'sources'],
  },
};

/** Every element that shows text, in the guide's order: the whole guide first, then its sections. */
export const REVIEWED_ELEMENTS: readonly ElementReview[] = ['back-surgery-guide', ...GUIDE_ORDER].map((tag) => ({ tag, ...ELEMENTS[tag]! }));

/**
 * Parts every element shows in pieces: the definition of each medical word where the element first
 * uses it, and the labels of its source markers and list. Printed once, after the elements.
 */
export const SHARED_SECTIONS: readonly ContentPath[] = ['terms', 'references'];

/** Elements that show no text of their own (settings only). */
export const ELEMENTS_WITHOUT_TEXT: readonly string[] = ['ubs-settings'];
