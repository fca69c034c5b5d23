import type { ElementSummaries } from '../sections/element-summaries.js';

export const elementSummaries: ElementSummaries = {
  'back-surgery-guide': 'La guía completa para pacientes, con un índice.',
  'candidacy-check': 'Un cuestionario que pregunta primero por las señales de emergencia y resume las respuestas del lector, sin veredicto.',
  'conservative-care': 'Tratamientos que probar primero y los pasos hacia una decisión sobre la cirugía.',
  'medical-disclaimer': 'Aviso de que es solo educativo, qué hacer en una emergencia, fecha de revisión, revisor y fuentes.',
  'procedure-compare': 'La cirugía abierta comparada con la mínimamente invasiva y la cirugía con láser.',
  'recovery-tips': 'Cómo es la recuperación tras la cirugía de la parte superior de la espalda y qué ayuda.',
  'risk-list': 'Los riesgos de la cirugía de la parte superior de la espalda, con las señales de alarma que requieren atención urgente.',
  'second-opinion': 'Por qué y cómo pedir una segunda opinión, con los datos de contacto de la clínica.',
  'surgery-faq': 'Preguntas de los pacientes, con respuestas sencillas que se abren al pulsar.',
  'surgery-overview': 'Qué es la cirugía de la parte superior de la espalda, cuándo se considera y las operaciones habituales.',
};
