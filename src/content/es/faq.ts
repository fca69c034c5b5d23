import type { FaqContent } from '../sections/faq.js';

/** Questions patients ask, answered from the rest of the guide (same facts, same sources). */
export const faq: FaqContent = {
  title: 'Preguntas frecuentes',
  items: [
    {
      id: 'try-first',
      seeds: ['S2', 'S6'],
      question: '¿Qué debo probar antes de una cirugía?',
      answer: [
        {
          seeds: ['S6'],
          text: 'La mayoría de los médicos prueban primero tratamientos sin operación. Pueden ser medicinas para el dolor, atención quiropráctica, masajes o acupuntura.',
        },
        { seeds: ['S2'], text: 'Por lo general, se piensa en la cirugía solo cuando estos tratamientos no han ayudado.' },
      ],
    },
    {
      id: 'painful',
      question: '¿Duele la cirugía?',
      answer: [
        { text: 'No sentirá dolor durante la operación. La anestesia lo evita.' },
        {
          text: 'Es normal tener dolor por un tiempo después de la cirugía. Su equipo médico le dará medicinas para el dolor. Avíseles si el dolor empeora.',
        },
      ],
    },
    {
      id: 'recovery-time',
      seeds: ['S19', 'S20'],
      sources: ['nhsDecompression'],
      question: '¿Cuánto dura la recuperación?',
      answer: [
        {
          sources: ['nhsDecompression'],
          text: 'Muchas personas se van a casa después de 1 a 4 días. Hacen tareas ligeras después de 2 a 4 semanas. Vuelven a algunos trabajos después de unas 6 semanas.',
        },
        { text: 'El beneficio completo puede tardar de 12 a 18 meses. Una fusión puede tardar un año o más en sanar.' },
        { seeds: ['S20'], text: 'Qué tan rápido se recupera depende de su edad y de su salud general.' },
        { seeds: ['S19'], text: 'Pregunte a su médico cómo mantenerse sano mientras se recupera.' },
      ],
    },
    {
      id: 'laser-better',
      seeds: ['S12', 'S13', 'S14', 'S15'],
      sources: ['mayoLaser', 'jaaosLaser'],
      question: '¿Es mejor la cirugía con láser?',
      answer: [
        {
          seeds: ['S12', 'S13'],
          text: 'La cirugía con láser es popular. Usa cortes pequeños. A menudo se anuncia como rápida y como si no tuviera riesgos.',
        },
        {
          sources: ['mayoLaser', 'jaaosLaser'],
          text: 'Pero hay pocas pruebas de que funcione mejor que otras cirugías. Aun así necesita cortes. Y tiene los mismos tipos de riesgos.',
        },
        {
          seeds: ['S14', 'S15'],
          text: 'Algunas de estas operaciones usan anestesia local. Con algunas, las personas se van a casa el mismo día. Pregunte si este es su caso.',
        },
      ],
    },
    {
      id: 'cure',
      seeds: ['S18', 'S11'],
      question: '¿La cirugía me quitará el dolor?',
      answer: [
        {
          seeds: ['S18'],
          text: 'Pocas veces la cirugía acaba con el dolor de espalda de una vez por todas. Puede aliviar su dolor, pero puede que no lo quite del todo.',
        },
        {
          seeds: ['S11'],
          sources: ['article'],
          text: 'Esta guía se basa en un artículo. Según el artículo, la cirugía abierta alivia el dolor a unas 7 de cada 10 personas. No encontramos ningún estudio que apoye este número.',
        },
      ],
    },
    {
      id: 'risks',
      seeds: ['S17'],
      question: '¿Cuáles son los riesgos?',
      answer: [
        { seeds: ['S17'], text: 'Toda cirugía tiene riesgos: una reacción a la anestesia, una infección y el sangrado.' },
        {
          text: 'La cirugía de columna también puede dañar un nervio. Puede causar una fuga de líquido espinal o coágulos de sangre. Y puede que una fusión no sane.',
        },
        { text: 'Pregunte a su cirujano qué tan probable es cada riesgo en su caso.' },
      ],
    },
    {
      id: 'second-opinion',
      seeds: ['S4', 'S5'],
      question: '¿Debo pedir una segunda opinión?',
      answer: [
        {
          seeds: ['S4'],
          text: 'Sí. Antes de aceptar una cirugía, pida su opinión a otro especialista en columna calificado.',
        },
        { seeds: ['S5'], text: 'La decisión es suya. Sus médicos le ayudan a decidir.' },
      ],
    },
    {
      id: 'ask-surgeon',
      seeds: ['S7', 'S9'],
      question: '¿Qué debo preguntarle a mi cirujano?',
      answer: [{ text: 'Puede llevar estas preguntas a su cita:' }],
      list: [
        { seeds: ['S7'], text: '¿Qué está causando mi dolor?' },
        { text: '¿Qué pasa si espero, o si no me opero?' },
        { text: '¿Qué otros tratamientos puedo probar?' },
        { text: '¿Cuántas de estas operaciones hace usted cada año?' },
        { text: '¿Qué riesgos tengo yo?' },
        { seeds: ['S9'], text: '¿Voy a necesitar una fusión, o tornillos, varillas o placas?' },
        { text: '¿Cuándo puedo volver al trabajo y manejar?' },
      ],
    },
  ],
};
