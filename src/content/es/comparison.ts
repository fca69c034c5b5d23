import type { GuideContent } from '../types.js';

export const comparison: GuideContent['comparison'] = {
  title: 'Cirugía abierta y cirugía mínimamente invasiva',
  caption: 'Cómo se compara la cirugía abierta con la cirugía mínimamente invasiva, incluida la cirugía con láser',
  intro: {
    seeds: ['S7'],
    sources: ['article'],
    text: 'Hay más de una forma de operar la columna. Cuál conviene depende del problema que tenga.',
  },
  factHeader: 'Qué comparar',
  highlightedLabel: 'Destacada por su clínica',
  rowLabels: {
    whatItIs: 'Qué es',
    incision: 'Corte (incisión)',
    anaesthesia: 'Anestesia',
    hospitalStay: 'Tiempo en el hospital',
    recovery: 'Recuperación',
    scarring: 'Cicatriz',
    usedFor: 'Para qué se usa',
    results: 'Resultados',
  },
  procedures: {
    open: {
      seeds: ['S10'],
      name: 'Cirugía abierta',
      facts: {
        whatItIs: {
          seeds: ['S10'],
          sources: ['article', 'niceIpg61'],
          text: 'Es la forma tradicional. El cirujano abre la espalda para llegar a la columna. Algunas operaciones de la parte alta entran por el pecho.',
        },
        incision: {
          seeds: ['S10'],
          sources: ['article'],
          text: 'Un corte profundo.',
        },
        anaesthesia: {
          seeds: ['S10'],
          sources: ['article', 'rcoaSideEffects'],
          defines: ['generalAnesthesia'],
          text: 'Anestesia general: una medicina que hace que usted duerma por completo. Tiene sus propios riesgos.',
        },
        hospitalStay: {
          sources: ['nhsRecovery', 'oltulu2019'],
          text: 'A menudo de 1 a 4 días después de una descompresión en la parte baja de la espalda. Las operaciones en la parte alta pueden tardar más.',
        },
        recovery: {
          sources: ['nhsRecovery', 'adamDischarge'],
          text: 'Después de una descompresión en la parte baja de la espalda, la mayoría llega al nivel de movimiento que espera su cirujano en unas 4 a 6 semanas. Después de una fusión, los huesos tardan meses en sanar.',
        },
        scarring: {
          sources: ['article'],
          text: 'Una cicatriz más larga.',
        },
        usedFor: {
          seeds: ['S8', 'S9'],
          sources: ['article'],
          text: 'Muchos problemas de la columna. Por ejemplo, quitar un disco o hacer una fusión con tornillos, varillas o placas.',
        },
        results: {
          seeds: ['S11'],
          sources: ['article'],
          text: 'Algunos sitios web dicen que alivia el dolor de espalda a unas 7 de cada 10 personas que eligen esta cirugía. Quienes escribieron esta guía no encontraron ningún estudio que apoye este número. Los resultados dependen del problema tratado.',
        },
      },
    },
    'minimally-invasive': {
      seeds: ['S12', 'S13'],
      name: 'Cirugía mínimamente invasiva, incluida la cirugía con láser',
      facts: {
        whatItIs: {
          seeds: ['S12', 'S13'],
          sources: ['article'],
          text: 'El cirujano trabaja a través de cortes pequeños con instrumentos especiales. La cirugía con láser es uno de estos tipos, y es muy conocida.',
        },
        incision: {
          seeds: ['S13'],
          sources: ['mayoLaser'],
          text: 'Cortes pequeños. Aun así necesita cortes. Por eso sigue siendo una cirugía.',
        },
        anaesthesia: {
          seeds: ['S14'],
          sources: ['article', 'niceIpg357', 'wuthLocal'],
          defines: ['localAnesthesia'],
          text: 'Algunas de estas operaciones usan anestesia local. Esta anestesia solo adormece una zona del cuerpo. Puede sentir presión, pero no dolor. Puede ser una opción para personas que no pueden recibir anestesia general.',
        },
        hospitalStay: {
          seeds: ['S15'],
          sources: ['article'],
          text: 'Algunos sitios web dicen que las personas suelen irse a casa el mismo día. Esto solo pasa con algunas de estas operaciones.',
        },
        recovery: {
          seeds: ['S13'],
          sources: ['article', 'brouwer2015'],
          text: 'Algunos sitios web dicen que la recuperación es rápida. Pero con el láser para un disco de la parte baja de la espalda, un estudio encontró que las personas mejoraron más rápido con la cirugía normal.',
        },
        scarring: {
          seeds: ['S13'],
          sources: ['article', 'mayoLaser'],
          text: 'Cicatrices más pequeñas. Pero sí quedan cicatrices.',
        },
        usedFor: {
          seeds: ['S16'],
          sources: ['article', 'niceIpg357'],
          defines: ['lumbar'],
          text: 'Algunos sitios web dicen que la cirugía con láser se usa para discos abultados, hernias de disco y estenosis. Las guías del Reino Unido la estudian para la columna lumbar, es decir, la parte baja de la espalda.',
        },
        results: {
          sources: ['oltulu2019', 'jaaosLaser', 'brouwer2017'],
          text: 'Para un disco de la parte alta de la espalda, un grupo de cirujanos encontró que los cortes pequeños en el costado del pecho causaron menos problemas en los pulmones que la operación abierta de antes. Para la cirugía con láser, hay pocos estudios que muestren que funcione mejor, y además tiene riesgos propios.',
        },
      },
    },
  },
  evidenceTitle: 'Lo que dicen los estudios sobre la cirugía con láser',
  evidence: [
    {
      seeds: ['S13'],
      sources: ['mayoLaser'],
      text: 'A menudo se anuncia el láser como si no tuviera riesgos ni hiciera falta cortar. Eso no es cierto. Necesita cortes y puede causar problemas graves.',
    },
    {
      sources: ['jaaosLaser'],
      text: 'Hay muy pocos estudios buenos sobre la cirugía de columna con láser. Una revisión de 2019 no encontró un beneficio claro, y encontró riesgos que vienen del láser mismo.',
    },
    {
      sources: ['brouwer2017'],
      text: 'En un estudio, las personas tenían una hernia de disco en la parte baja de la espalda. A los 2 años, el dolor y la vida diaria eran parecidos con el láser y con la cirugía normal. Pero cerca de la mitad de las tratadas con láser había necesitado otra operación. Con la cirugía normal, fue cerca de 1 de cada 5.',
    },
    {
      sources: ['niceIpg357', 'niceIpg61'],
      text: 'Los expertos del Reino Unido aceptan el láser solo para un disco abultado en la parte baja de la espalda que no se ha roto. Para la cirugía de disco con láser en la parte alta de la espalda, no encontraron estudios suficientes.',
    },
    {
      seeds: ['S14', 'S15'],
      sources: ['article', 'niceIpg357'],
      text: 'Solo en algunas operaciones se usa anestesia local y se vuelve a casa el mismo día.',
    },
  ],
};
