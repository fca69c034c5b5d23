import type { CandidacyContent } from '../sections/candidacy.js';

export const candidacy: CandidacyContent = {
  title: 'Preguntas para pensar antes de ver a un especialista',
  intro: {
    text: 'Responda unas preguntas sobre su dolor de espalda. Las primeras preguntas son sobre señales que necesitan ayuda rápida. Después recibirá un resumen para llevar a su médico, con ideas para su próximo paso. Sus respuestas se quedan en esta página. No se guardan ni se envían a ningún lugar.',
  },
  notADiagnosis: {
    seeds: ['S5'],
    text: 'Esto no es un diagnóstico. No le dice si necesita una cirugía. Solo un médico que le haga un examen puede decírselo. Y la decisión es suya.',
  },
  questions: {
    urgent: {
      legend: '¿Tiene ahora mismo alguno de estos problemas?',
      summaryLabel: 'Señales de emergencia',
      options: [
        { id: 'chest-pain', label: 'Dolor en el pecho, dificultad para respirar o sudor junto con el dolor de espalda' },
        { id: 'tearing-pain', label: 'Dolor muy fuerte y repentino en el pecho o en la parte alta de la espalda. Se puede sentir como si algo se rasgara.' },
        { id: 'legs-weakness', label: 'Debilidad o entumecimiento en las dos piernas que es intenso o empeora' },
        { id: 'bladder-bowel', label: 'No puede controlar la orina o las heces, o no puede orinar' },
        { id: 'saddle-numbness', label: 'Entumecimiento entre las piernas o alrededor de las nalgas' },
        { id: 'minor-fall', label: 'Dolor después de una caída o un golpe pequeño, y usted es una persona mayor, tiene huesos débiles o ha tomado medicinas con esteroides por mucho tiempo' },
        { id: 'injury', label: 'Dolor que empezó después de un accidente grave, como un choque de auto o una caída desde lo alto' },
      ],
    },
    redFlags: {
      legend: '¿Le pasa alguna de estas cosas?',
      summaryLabel: 'Señales que un médico debe revisar hoy',
      options: [
        { id: 'weakness', label: 'Debilidad nueva en un brazo o una pierna' },
        { id: 'numbness', label: 'Entumecimiento (adormecimiento) u hormigueo nuevo en los brazos o las piernas, o alrededor del pecho o la barriga' },
        { id: 'walking', label: 'Siente las piernas rígidas o pesadas, o se tropieza o se siente inestable al caminar' },
        { id: 'band-pain', label: 'Dolor que rodea el pecho o la barriga como una banda' },
        { id: 'fever', label: 'Tiene fiebre o se siente muy mal' },
        { id: 'infection-risk', label: 'Se inyecta drogas, tiene las defensas bajas o tuvo hace poco una infección grave' },
        { id: 'cancer', label: 'Tiene o ha tenido cáncer' },
        { id: 'weight-loss', label: 'Ha bajado de peso sin intentarlo' },
        { id: 'weak-bones', label: 'Tiene huesos débiles (osteoporosis) o ha tomado medicinas con esteroides por mucho tiempo' },
        { id: 'night-pain', label: 'El dolor es peor de noche o cuando está acostado/a' },
      ],
    },
    duration: {
      legend: '¿Desde hace cuánto tiempo tiene este dolor de espalda?',
      summaryLabel: 'Cuánto tiempo',
      missing: 'Elija desde hace cuánto tiempo tiene este dolor de espalda',
      options: [
        { id: 'under-6-weeks', label: 'Menos de 6 semanas' },
        { id: '6-weeks-to-3-months', label: 'De 6 semanas a 3 meses' },
        { id: 'over-3-months', label: 'Más de 3 meses' },
      ],
    },
    recurring: {
      legend: '¿El dolor vuelve una y otra vez?',
      summaryLabel: 'Vuelve una y otra vez',
      missing: 'Elija si el dolor vuelve una y otra vez',
      options: [
        { id: 'yes', label: 'Sí, vuelve una y otra vez' },
        { id: 'no', label: 'No' },
        { id: 'not-sure', label: 'No estoy seguro/a' },
      ],
    },
    treatments: {
      legend: '¿Qué tratamientos ha probado para este dolor?',
      summaryLabel: 'Tratamientos probados',
      options: [
        { id: 'exercise', label: 'Ejercicio o terapia física' },
        { id: 'medicine', label: 'Medicinas para el dolor recetadas por un médico' },
        { id: 'chiropractic', label: 'Tratamiento quiropráctico' },
        { id: 'massage', label: 'Masajes' },
        { id: 'acupuncture', label: 'Acupuntura' },
      ],
    },
  },
  urgentHint: 'Si tiene alguno de estos problemas, llame ahora al {emergency}. No necesita responder las otras preguntas.',
  requiredLabel: '(necesita respuesta)',
  chooseAllHint: 'Marque todas las que correspondan, o ninguna.',
  errorSummaryTitle: 'Hay un problema',
  submitLabel: 'Ver mi resumen',
  resetLabel: 'Empezar de nuevo',
  needsScript: 'Estas preguntas necesitan JavaScript para funcionar. Si tiene alguna de las señales de emergencia de abajo, llame ahora al {emergency}.',
  resultTitle: 'Su resumen',
  summaryTitle: 'Sus respuestas',
  noAnswer: 'Nada marcado',
  nextStepsTitle: 'Próximos pasos para hablar con su médico',
  actNow: {
    title: 'Llame al {emergency} o vaya a una sala de emergencias si tiene dolor de espalda y:',
    signs: [
      { sources: ['nhsHeartAttack'], text: 'Dolor en el pecho, dificultad para respirar o sudor' },
      { sources: ['hseAorticDissection'], text: 'Dolor muy fuerte y repentino en el pecho o en la parte alta de la espalda, como si algo se rasgara' },
      { sources: ['northernTrustBackPain'], text: 'Debilidad o entumecimiento en las dos piernas que es intenso o empeora' },
      { sources: ['northernTrustBackPain'], text: 'No puede controlar la orina o las heces, o no puede orinar' },
      { sources: ['northernTrustBackPain'], text: 'Entumecimiento entre las piernas o alrededor de las nalgas' },
      {
        sources: ['northernTrustBackPain', 'glosRedFlags'],
        text: 'Dolor después de una caída o un golpe pequeño, si es una persona mayor, tiene huesos débiles o toma medicinas con esteroides',
      },
      { sources: ['northernTrustBackPain'], text: 'Dolor que empezó después de un accidente grave o una caída desde lo alto' },
    ],
  },
  steps: {
    urgent: {
      sources: ['northernTrustBackPain', 'hseAorticDissection', 'nhsHeartAttack'],
      title: 'Llame ahora al {emergency}',
      text: 'Una de sus respuestas puede ser señal de una emergencia. Busque ayuda médica ahora: llame al {emergency} o vaya a una sala de emergencias.',
    },
    seeDoctorSoon: {
      sources: ['northernTrustBackPain', 'rnohMscc', 'glosRedFlags'],
      title: 'Llame hoy a su médico',
      text: 'Una de sus respuestas necesita que un médico le revise pronto. Llame hoy a su médico y diga que es urgente.',
    },
    checkWithinDays: {
      sources: ['nhsBackPain'],
      text: 'Un dolor nuevo en la parte alta de la espalda, entre los hombros, lo debe revisar un médico pronto. Pida una cita urgente.',
    },
    tryConservativeCare: {
      seeds: ['S2', 'S6'],
      sources: ['article', 'ng59Summary'],
      text: 'Pregunte a su médico por tratamientos sin cirugía, como ejercicio o terapia física. Por lo general, se prueban primero.',
    },
    seeSpecialist: {
      seeds: ['S2', 'S7'],
      sources: ['article'],
      text: 'Su dolor ya dura un tiempo o vuelve una y otra vez. Pregunte a su médico si debe ver a un especialista en columna. Este médico puede buscar la causa exacta.',
    },
    secondOpinion: {
      seeds: ['S4', 'S5'],
      sources: ['article'],
      text: 'Si un médico le sugiere una cirugía y no es una emergencia, pida primero una segunda opinión. Pregunte a otro especialista en columna qué piensa. La decisión siempre es suya.',
    },
  },
};
