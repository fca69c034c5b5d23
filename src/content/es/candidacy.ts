import type { CandidacyContent } from '../sections/candidacy.js';

export const candidacy: CandidacyContent = {
  title: 'Preguntas para pensar antes de ver a un especialista',
  intro: {
    text: 'Responda unas preguntas sobre su dolor de espalda. Recibirá un resumen para llevar a su médico. También verá ideas para su próximo paso. Sus respuestas se quedan en esta página. No se guardan ni se envían a ningún lugar.',
  },
  notADiagnosis: {
    seeds: ['S5'],
    text: 'Esto no es un diagnóstico. No le dice si necesita una cirugía. Solo un médico que le haga un examen puede decírselo. Y la decisión es suya.',
  },
  questions: {
    duration: {
      legend: '¿Desde hace cuánto tiempo tiene este dolor de espalda?',
      summaryLabel: 'Cuánto tiempo',
      options: [
        { id: 'under-6-weeks', label: 'Menos de 6 semanas' },
        { id: '6-weeks-to-3-months', label: 'De 6 semanas a 3 meses' },
        { id: 'over-3-months', label: 'Más de 3 meses' },
      ],
    },
    recurring: {
      legend: '¿El dolor vuelve una y otra vez?',
      summaryLabel: 'Vuelve una y otra vez',
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
    symptoms: {
      legend: '¿También tiene alguno de estos problemas?',
      summaryLabel: 'Otros síntomas',
      options: [
        { id: 'leg-pain', label: 'Dolor que baja por una pierna' },
        { id: 'weakness', label: 'Debilidad en un brazo o una pierna' },
        { id: 'numbness', label: 'Entumecimiento (adormecimiento) u hormigueo' },
      ],
    },
    redFlags: {
      legend: '¿Le pasa alguna de estas cosas?',
      summaryLabel: 'Señales que un médico debe revisar pronto',
      options: [
        { id: 'fever', label: 'Tiene fiebre o se siente muy mal' },
        { id: 'cancer', label: 'Tiene o ha tenido cáncer' },
        { id: 'weight-loss', label: 'Ha bajado de peso sin intentarlo' },
        { id: 'weak-bones', label: 'Tiene huesos débiles (osteoporosis) o ha tomado medicinas con esteroides por mucho tiempo' },
        { id: 'night-pain', label: 'El dolor es peor de noche o cuando está acostado/a' },
        { id: 'walking', label: 'Tiene problemas nuevos para caminar o se siente inestable al estar de pie' },
      ],
    },
    urgent: {
      legend: '¿Tiene ahora mismo alguno de estos problemas?',
      summaryLabel: 'Señales de emergencia',
      options: [
        { id: 'chest-pain', label: 'Dolor en el pecho, dificultad para respirar o sudor junto con el dolor de espalda' },
        { id: 'bladder-bowel', label: 'No puede controlar la orina o las heces, o no puede orinar' },
        { id: 'saddle-numbness', label: 'Entumecimiento entre las piernas o alrededor de las nalgas' },
        { id: 'fast-weakness', label: 'Debilidad o entumecimiento en las piernas que es fuerte o empeora' },
        { id: 'injury', label: 'El dolor empezó después de una caída fuerte o un accidente' },
      ],
    },
  },
  requiredLabel: '(necesita respuesta)',
  chooseAllHint: 'Marque todas las que correspondan, o ninguna.',
  missingAnswer: 'Por favor, responda esta pregunta.',
  submitLabel: 'Ver mi resumen',
  resetLabel: 'Empezar de nuevo',
  resultTitle: 'Su resumen',
  summaryTitle: 'Sus respuestas',
  noAnswer: 'Nada marcado',
  nextStepsTitle: 'Próximos pasos para hablar con su médico',
  actNow: {
    title: 'Busque ayuda de inmediato si tiene dolor de espalda con alguna de estas señales:',
    intro: {
      sources: ['nhsSciatica', 'northernTrustBackPain', 'nhsHeartAttack'],
      text: 'Llame al {emergency} o vaya a una sala de emergencias.',
    },
    signs: [
      { sources: ['nhsHeartAttack'], text: 'Dolor en el pecho, dificultad para respirar o sudor' },
      { sources: ['nhsSciatica', 'northernTrustBackPain'], text: 'No puede controlar la orina o las heces, o no puede orinar' },
      { sources: ['nhsSciatica', 'northernTrustBackPain'], text: 'Entumecimiento entre las piernas o alrededor de las nalgas' },
      { sources: ['nhsSciatica'], text: 'Debilidad o entumecimiento en las piernas que es fuerte o empeora' },
      { sources: ['northernTrustBackPain'], text: 'Dolor que empezó después de una caída fuerte o un accidente' },
    ],
  },
  steps: {
    urgent: {
      sources: ['nhsSciatica', 'northernTrustBackPain', 'nhsHeartAttack'],
      text: 'Algunas de sus respuestas pueden ser señales de una emergencia. Busque ayuda médica ahora: llame al {emergency} o vaya a una sala de emergencias.',
    },
    seeDoctorSoon: {
      sources: ['northernTrustBackPain', 'nhsBackPain', 'verhagenRedFlags'],
      text: 'Algunas de sus respuestas necesitan que un médico le revise pronto. Llame hoy a su médico y diga que es urgente.',
    },
    giveItTime: {
      seeds: ['S6'],
      sources: ['acp2017', 'nhsBackPain'],
      text: 'El dolor de espalda nuevo muchas veces mejora en unas semanas. Pero el dolor en la parte alta de la espalda, entre los hombros, lo debe revisar un médico.',
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
    mentionNerveSymptoms: {
      text: 'Hable con su médico sobre el dolor en la pierna, la debilidad o el entumecimiento. Puede que su médico quiera revisarlos pronto.',
    },
    secondOpinion: {
      seeds: ['S4', 'S5'],
      sources: ['article'],
      text: 'Si le sugieren una cirugía y no es una emergencia, pida primero una segunda opinión a otro especialista en columna. La decisión es suya.',
    },
  },
};
