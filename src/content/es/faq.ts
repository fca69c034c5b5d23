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
          sources: ['article', 'ng59Summary'],
          text: 'La mayoría de los médicos prueban primero tratamientos sin operación. Muchas veces lo primero es ejercicio o terapia física. También le pueden ofrecer medicinas para el dolor, tratamiento quiropráctico, masajes o acupuntura.',
        },
        {
          seeds: ['S2'],
          sources: ['article', 'nhsInformDecompression'],
          text: 'Por lo general, se piensa en la cirugía solo cuando estos tratamientos no han ayudado.',
        },
        {
          sources: ['patientInfoScc', 'northernTrustBackPain'],
          text: 'Las emergencias son diferentes. Si sus piernas se debilitan o no puede controlar la orina, llame de inmediato al {emergency}.',
        },
      ],
    },
    {
      id: 'painful',
      question: '¿Duele la cirugía?',
      answer: [
        {
          sources: ['wuthLocal'],
          text: 'Le ponen anestesia para que no sienta dolor durante la operación. Con anestesia local, puede sentir algo de presión.',
        },
        {
          sources: ['nhsRecovery'],
          text: 'Es normal tener dolor por un tiempo después de la cirugía. Su equipo médico le dará medicinas para el dolor. Avíseles si el dolor empeora.',
        },
      ],
    },
    {
      id: 'recovery-time',
      seeds: ['S19', 'S20'],
      question: '¿Cuánto dura la recuperación?',
      answer: [
        {
          sources: ['nhsRecovery'],
          text: 'Después de una operación en la parte baja de la espalda, muchas personas se van a casa después de 1 a 4 días. La mayoría llega al nivel de movimiento que espera su cirujano en unas 4 a 6 semanas.',
        },
        {
          sources: ['nhsRecovery', 'oltulu2019'],
          text: 'Estos tiempos vienen de la parte baja de la espalda. Las operaciones en la parte alta son diferentes y la recuperación puede tardar más. Pregunte a su cirujano qué esperar.',
        },
        { sources: ['adamDischarge'], text: 'Una fusión tarda meses en sanar, a veces más de un año.' },
        { seeds: ['S20'], sources: ['article'], text: 'Qué tan rápido se recupera depende de su edad y de su salud general.' },
        { seeds: ['S19'], sources: ['article'], text: 'Pregunte a su médico cómo mantenerse sano mientras se recupera.' },
      ],
    },
    {
      id: 'laser-better',
      seeds: ['S12', 'S13', 'S14', 'S15', 'S16'],
      question: '¿Es mejor la cirugía con láser?',
      answer: [
        {
          seeds: ['S12', 'S13'],
          sources: ['article', 'mayoLaser'],
          text: 'La cirugía con láser es muy conocida. Usa cortes pequeños. A menudo se anuncia como rápida y como si no tuviera riesgos.',
        },
        {
          seeds: ['S16'],
          sources: ['article', 'niceIpg357'],
          text: 'Algunos sitios web dicen que se usa para discos abultados, hernias de disco y estenosis. Las guías del Reino Unido la estudian solo para la parte baja de la espalda.',
        },
        {
          sources: ['jaaosLaser', 'brouwer2017'],
          text: 'Pero hay pocos estudios que muestren que funcione mejor que otras cirugías. Aun así necesita cortes, y tiene riesgos propios.',
        },
        {
          seeds: ['S14', 'S15'],
          sources: ['article', 'niceIpg357'],
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
          sources: ['article', 'nhsRisks'],
          text: 'La cirugía puede aliviar su dolor, pero puede que no lo quite del todo. Pocas veces acaba con el dolor de espalda para siempre.',
        },
        {
          seeds: ['S11'],
          sources: ['article'],
          text: 'Algunos sitios web dicen que la cirugía abierta alivia el dolor a unas 7 de cada 10 personas. Aliviar el dolor no es lo mismo que quitarlo. Quienes escribieron esta guía no encontraron ningún estudio que apoye este número.',
        },
      ],
    },
    {
      id: 'risks',
      seeds: ['S17'],
      question: '¿Cuáles son los riesgos?',
      answer: [
        {
          seeds: ['S17'],
          sources: ['article'],
          text: 'Toda cirugía tiene riesgos, como reacciones a la anestesia, infecciones y sangrado.',
        },
        {
          sources: ['spineSpecialistRisks', 'edinburghDecompression', 'nhsRisks', 'nunnaSmoking', 'rometsch2020'],
          text: 'La cirugía de columna también puede dañar un nervio o la médula espinal, y en casos raros causar parálisis. Puede causar una fuga de líquido espinal o coágulos de sangre. Puede que los huesos de una fusión no se unan, y los tornillos o las varillas se pueden aflojar o romper.',
        },
        {
          sources: ['katoThoracic2020', 'oltulu2019'],
          text: 'En la parte alta de la espalda, la médula espinal está cerca, y algunas operaciones se hacen por el pecho. Esto suma riesgos para la médula y los pulmones.',
        },
        { sources: ['article'], text: 'Pregunte a su cirujano qué tan probable es cada riesgo en su caso.' },
      ],
    },
    {
      id: 'second-opinion',
      seeds: ['S4', 'S5'],
      question: '¿Debo pedir una segunda opinión?',
      answer: [
        {
          seeds: ['S4'],
          sources: ['article'],
          text: 'Sí, si la cirugía es planeada y no es una emergencia. Antes de aceptar, pida su opinión a otro especialista en columna con experiencia.',
        },
        { seeds: ['S5'], sources: ['article'], text: 'La decisión es suya. Sus médicos le ayudan a decidir.' },
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
        { text: '¿Va a entrar por la espalda, por el costado o por el pecho, y por qué?' },
        { text: '¿Voy a necesitar un tubo en el pecho o un corsé después de la cirugía?' },
        { seeds: ['S9'], text: '¿Voy a necesitar una fusión, o tornillos, varillas o placas?' },
        { text: '¿Cuándo puedo volver al trabajo y manejar?' },
      ],
    },
  ],
};
