import type { GuideContent } from '../types.js';

export const recovery: GuideContent['recovery'] = {
  title: 'La recuperación después de la cirugía',
  dependsOnTitle: 'De qué depende la recuperación',
  dependsOn: {
    seeds: ['S20'],
    sources: ['article', 'nhsRecovery'],
    text: 'Qué tan rápido se recupera depende de su edad, de su salud general y de su estado físico.',
  },
  timelineTitle: 'Cómo suele ser la recuperación',
  timelineNote: {
    sources: ['nhsRecovery', 'niceIpg61', 'oltulu2019'],
    text: 'Estos tiempos vienen de operaciones en la parte baja de la espalda. Las operaciones en la parte alta son diferentes. Algunas entran por un lado del pecho. En un estudio de estas operaciones, las personas pasaron unos 5 días en el hospital, en promedio. Pregunte a su cirujano qué esperar.',
  },
  timeline: [
    {
      sources: ['nhsRecovery'],
      when: 'Los primeros días',
      what: 'Después de una descompresión en la parte baja de la espalda, la mayoría se va a casa de 1 a 4 días después de la cirugía. Le pedirán que camine al día siguiente.',
    },
    {
      sources: ['nhsRecovery'],
      when: 'Las primeras 6 semanas',
      what: 'Después de una descompresión en la parte baja de la espalda, el dolor general y el cansancio pueden tardar hasta 6 semanas en irse. La mayoría llega al nivel de movimiento que espera su cirujano en unas 4 a 6 semanas.',
    },
    {
      sources: ['rcsWork'],
      when: 'La vuelta al trabajo',
      what: 'Después de una operación de un disco en la parte baja de la espalda, la mayoría de las personas con trabajo de oficina o trabajo ligero vuelve después de 4 a 6 semanas. Con un trabajo pesado, pueden ser 12 semanas.',
    },
  ],
  fusionNote: {
    sources: ['adamDischarge'],
    text: 'Una fusión tarda más. Los huesos necesitan por lo menos 3 a 4 meses para sanar bien, y pueden seguir sanando un año o más.',
  },
  lifestyleTitle: 'Hábitos sanos para hablar con su médico',
  lifestyleIntro: {
    seeds: ['S19'],
    sources: ['article'],
    text: 'La recuperación necesita cuidado y tiempo. Pregunte a su médico cómo mantenerse sano después de la cirugía. Puede preguntar sobre:',
  },
  lifestyle: [
    { seeds: ['S19'], text: 'Caminar un poco más cada día' },
    { seeds: ['S19'], text: 'Ejercicios o terapia física para que la espalda esté fuerte' },
    { seeds: ['S19'], text: 'Dejar de fumar' },
    { seeds: ['S19'], text: 'Comer bien y mantener un peso sano' },
    { seeds: ['S19'], text: 'Cómo levantar cosas, agacharse y sentarse sin peligro' },
    { seeds: ['S19'], text: 'Tomar las medicinas para el dolor como le indique su médico' },
  ],
};
