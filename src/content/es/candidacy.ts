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
        { id: 'not-sure', label: 'No lo sé' },
      ],
    },
    treatments: {
      legend: '¿Qué tratamientos ha probado para este dolor?',
      summaryLabel: 'Tratamientos probados',
      options: [
        { id: 'medicine', label: 'Medicinas para el dolor recetadas por un médico' },
        { id: 'chiropractic', label: 'Atención quiropráctica' },
        { id: 'massage', label: 'Masajes' },
        { id: 'acupuncture', label: 'Acupuntura' },
        { id: 'exercise', label: 'Ejercicio o terapia física' },
      ],
    },
    symptoms: {
      legend: '¿También tiene alguno de estos problemas?',
      summaryLabel: 'Otros síntomas',
      options: [
        { id: 'leg-pain', label: 'Dolor que baja por una pierna' },
        { id: 'weakness', label: 'Debilidad en un brazo o una pierna' },
        { id: 'numbness', label: 'Adormecimiento u hormigueo' },
      ],
    },
    urgent: {
      legend: '¿Tiene ahora mismo alguno de estos problemas?',
      summaryLabel: 'Señales urgentes',
      options: [
        { id: 'bladder-bowel', label: 'No puede controlar la orina o las heces' },
        { id: 'saddle-numbness', label: 'Adormecimiento entre las piernas o alrededor de las nalgas' },
        { id: 'fast-weakness', label: 'Debilidad en las piernas que empeora rápido' },
        { id: 'fever', label: 'Fiebre junto con el dolor de espalda' },
      ],
    },
  },
  requiredLabel: '(necesita respuesta)',
  chooseAllHint: 'Marque todas las que correspondan, o ninguna.',
  missingAnswer: 'Por favor, responda esta pregunta.',
  submitLabel: 'Ver mi resumen',
  resetLabel: 'Empezar de nuevo',
  resultTitle: 'Su resumen',
  summaryTitle: 'Lo que usted nos dijo',
  noAnswer: 'Ninguno',
  nextStepsTitle: 'Próximos pasos para hablar con su médico',
  steps: {
    urgent: {
      text: 'Algunas de sus respuestas pueden ser señales de un problema grave. Busque ayuda médica ahora. Llame al {emergency} o vaya a una sala de emergencias.',
    },
    giveItTime: {
      seeds: ['S6'],
      text: 'El dolor de espalda muchas veces mejora en unas semanas. Siga con el cuidado que le sugiere su médico y dele tiempo.',
    },
    tryConservativeCare: {
      seeds: ['S2', 'S6'],
      text: 'Pregunte a su médico por tratamientos sin cirugía. Por ejemplo: medicinas, ejercicio, masajes o acupuntura. Por lo general, se prueban primero.',
    },
    seeSpecialist: {
      seeds: ['S2', 'S7'],
      text: 'Su dolor ya dura un tiempo o vuelve una y otra vez. Pregunte a su médico si debe ver a un especialista en columna. Este médico puede buscar la causa exacta.',
    },
    mentionNerveSymptoms: {
      text: 'Hable con su médico sobre el dolor en la pierna, la debilidad o el adormecimiento. Pueden ser señal de que un nervio está afectado. Puede que su médico quiera revisarlo pronto.',
    },
    secondOpinion: {
      seeds: ['S4', 'S5'],
      text: 'Si le sugieren una cirugía, pida primero una segunda opinión a otro especialista en columna. La decisión es suya.',
    },
  },
};
