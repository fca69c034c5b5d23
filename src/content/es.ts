import { candidacy } from './es/candidacy.js';
import { faq } from './es/faq.js';
import { guide } from './es/guide.js';
import { medicalDisclaimer } from './es/medical-disclaimer.js';
import { references } from './es/references.js';
import { secondOpinion } from './es/second-opinion.js';
import { terms } from './es/terms.js';
import type { GuideContent } from './types.js';

/**
 * The guide in Spanish, for US Hispanic patients: neutral Latin-American Spanish, "usted", short
 * sentences, medical words explained where they first appear, numbers as "unas 7 de cada 10". Same
 * structure, ids, seeds and sources as `en`; the facts are the same, said the way Spanish says them.
 */
export const es: GuideContent = {
  lang: 'es',

  meta: {
    title: 'Cirugía de la parte alta de la espalda: lo que debe saber',
    lastReviewed: '2026-11-26',
    reviewedBy: '',
  },

  sources: {},

  disclaimer: {
    short: {
      text: 'Esta es información general. No reemplaza los consejos de su propio médico.',
    },
    educational: {
      text: 'Esta guía es solo informativa. No sustituye la consulta con su médico. Hable con su médico sobre su salud y sus opciones.',
    },
    emergency: {
      text: 'En una emergencia, llame de inmediato al {emergency}.',
    },
  },

  overview: {
    title: '¿Qué es la cirugía de la parte alta de la espalda?',
    whatItIs: {
      seeds: ['S1'],
      sources: ['article'],
      defines: ['incision'],
      text: 'La cirugía de la parte alta de la espalda es una operación en la columna. La hacen médicos con una formación especial. Hacen cortes en la piel, llamados incisiones. Luego usan instrumentos para reparar las partes dañadas de la columna.',
    },
    upperBack: {
      sources: ['cedarsThoracic'],
      defines: ['thoracicSpine', 'vertebra'],
      text: 'La parte alta de la espalda es la parte de la columna que está a la altura del pecho. Los médicos la llaman columna torácica. Tiene 12 huesos, llamados vértebras. Las costillas están unidas a ellas.',
    },
    whenConsidered: {
      seeds: ['S2'],
      sources: ['article', 'nhsOverview'],
      defines: ['conservativeCare'],
      text: 'Los médicos piensan en la cirugía cuando otros tratamientos no han ayudado. A estos tratamientos se les llama tratamiento conservador. Son tratamientos sin operación.',
    },
    emergencies: {
      sources: ['patientInfoScc', 'nhsSciatica'],
      text: 'Algunos problemas no pueden esperar. Si algo presiona la médula espinal o los nervios y usted se pone más débil, los médicos deben actuar rápido. Entonces la cirugía puede hacerse pronto, sin probar antes otros tratamientos.',
    },
    candidatesTitle: 'Lo que dice el artículo sobre a quién se le puede ofrecer una cirugía',
    candidates: {
      seeds: ['S3'],
      sources: ['article'],
      text: 'Según el artículo, se suele pensar en la cirugía cuando hay dolor en la parte alta de la espalda que dura mucho tiempo o que vuelve una y otra vez. El artículo también menciona el dolor en la parte baja de la espalda sin dolor en las piernas.',
    },
    candidatesCaution: {
      sources: ['aomrcEbi', 'ng59Summary'],
      text: 'Las guías médicas del Reino Unido dicen que la fusión espinal (artrodesis) no es un tratamiento para el dolor que se queda en la espalda y no baja a las piernas. Hay pocas excepciones, como un tumor, una infección o una columna torcida. Esto incluye el dolor en la parte baja de la espalda sin dolor en las piernas que nombra el artículo.',
    },
    proceduresTitle: 'Operaciones comunes',
    dependsOnDiagnosis: {
      seeds: ['S7'],
      sources: ['article'],
      text: 'El tipo de operación depende del problema exacto que tenga en la columna.',
    },
    procedures: [
      {
        seeds: ['S8'],
        title: 'Discectomía',
        body: [
          {
            seeds: ['S8'],
            sources: ['nhsOverview'],
            defines: ['discectomy'],
            text: 'La discectomía es una operación para quitar un disco dañado, o una parte de él. Un disco es el cojín blando que hay entre los huesos de la columna.',
          },
          {
            sources: ['neurospineThoracic'],
            defines: ['herniatedDisc'],
            text: 'En una hernia de disco, el centro blando del disco se sale de su lugar. Puede presionar un nervio o la médula espinal y causar dolor.',
          },
        ],
      },
      {
        seeds: ['S8'],
        title: 'Fusión espinal (artrodesis)',
        body: [
          {
            seeds: ['S8'],
            sources: ['aomrcEbi'],
            defines: ['spinalFusion'],
            text: 'La fusión espinal une dos o más huesos de la columna (vértebras) para que se suelden y formen un solo hueso firme.',
          },
        ],
      },
      {
        title: 'Descompresión',
        body: [
          {
            sources: ['nhsOverview'],
            defines: ['stenosis', 'spinalCord', 'decompression'],
            text: 'Estenosis quiere decir que queda poco espacio para la médula espinal o los nervios. La descompresión quita un poco de hueso o de disco para darles más espacio.',
          },
        ],
      },
    ],
    hardware: {
      seeds: ['S9'],
      sources: ['article'],
      defines: ['hardware'],
      text: 'El cirujano puede usar piezas como tornillos, varillas o placas. Estas piezas mantienen firme la columna mientras sana.',
    },
    rarity: {
      sources: ['neurospineThoracic'],
      text: 'En la parte alta de la espalda, las hernias de disco que causan síntomas son raras. Menos de 1 de cada 100 de ellas están ahí. Las hernias en esa zona que no causan síntomas son más comunes.',
    },
  },

  conservativeCare: {
    title: 'Tratamientos para probar primero',
    intro: {
      seeds: ['S6'],
      sources: ['article', 'ng59Summary'],
      text: 'La mayoría de los médicos prueban otros tratamientos antes de sugerir una cirugía. Estos pueden ser:',
    },
    treatments: [
      { sources: ['ng59Summary', 'acp2017'], text: 'Ejercicio o terapia física. Muchas veces es lo primero que sugieren los médicos.' },
      {
        seeds: ['S6'],
        sources: ['article', 'niceQs155'],
        text: 'Medicinas para el dolor que le receta su médico. No se aconsejan las medicinas fuertes llamadas opioides para el dolor de espalda que dura mucho, por sus riesgos.',
      },
      {
        seeds: ['S6'],
        sources: ['article', 'ng59Summary'],
        defines: ['chiropractic'],
        text: 'Tratamiento quiropráctico: el quiropráctico usa las manos para mover la columna. Las guías del Reino Unido dicen que se use solo junto con ejercicio.',
      },
      { seeds: ['S6'], sources: ['article', 'ng59Summary'], text: 'Masajes, mejor junto con ejercicio' },
      {
        seeds: ['S6'],
        sources: ['article', 'ng59Summary', 'acp2017'],
        defines: ['acupuncture'],
        text: 'Acupuntura, que usa agujas muy finas. Las guías no están de acuerdo: una guía de Estados Unidos la incluye y las del Reino Unido no. Pregúntele a su médico.',
      },
    ],
    lowBackNote: {
      sources: ['ng59Summary', 'acp2017'],
      text: 'Estas guías se escribieron para el dolor en la parte baja de la espalda. Hay menos estudios sobre el dolor en la parte alta.',
    },
    pathTitle: 'El camino usual hacia una decisión',
    path: [
      {
        seeds: ['S6'],
        title: 'Pruebe el tratamiento conservador',
        body: [
          {
            seeds: ['S6'],
            sources: ['article'],
            text: 'Empiece con tratamientos que no necesitan una operación. Deles tiempo para que funcionen.',
          },
        ],
      },
      {
        seeds: ['S2', 'S7'],
        title: 'Vea a un especialista en columna',
        body: [{ seeds: ['S2', 'S7'], sources: ['article'], text: 'Si el dolor no mejora, un especialista en columna busca la causa exacta.' }],
      },
      {
        seeds: ['S4'],
        title: 'Pida una segunda opinión',
        body: [
          {
            seeds: ['S4'],
            sources: ['article'],
            text: 'Si le planean una cirugía y no es una emergencia, pida su opinión a otro especialista en columna con experiencia antes de aceptar.',
          },
        ],
      },
      {
        seeds: ['S5'],
        title: 'Decida junto con sus médicos',
        body: [
          {
            seeds: ['S5'],
            sources: ['article'],
            text: 'La decisión es suya. Sus médicos le ayudan a pensar en lo bueno y lo malo de cada opción.',
          },
        ],
      },
    ],
    emergencyNote: {
      sources: ['patientInfoScc', 'nhsSciatica'],
      text: 'Este camino es para una cirugía planeada. Si tiene señales de una emergencia, como piernas cada vez más débiles o si no puede controlar la orina, busque ayuda de inmediato.',
    },
  },

  comparison: {
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
            sources: ['article', 'nhsOverview'],
            defines: ['generalAnesthesia'],
            text: 'Anestesia general: una medicina que hace que usted duerma por completo. Tiene sus propios riesgos.',
          },
          hospitalStay: {
            sources: ['nhsRecovery', 'oltulu2019'],
            text: 'A menudo de 1 a 4 días después de una descompresión en la parte baja de la espalda. Las operaciones en la parte alta pueden tardar más.',
          },
          recovery: {
            sources: ['nhsRecovery', 'adamDischarge'],
            text: 'Unas 4 a 6 semanas para moverse como antes, después de una descompresión en la parte baja de la espalda. Después de una fusión, los huesos tardan meses en sanar.',
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
            text: 'El artículo dice que alivia el dolor de espalda a unas 7 de cada 10 personas que eligen esta cirugía. Los autores de esta guía no encontraron ningún estudio que apoye este número. Los resultados dependen del problema tratado.',
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
            text: 'Algunas de estas operaciones usan anestesia local. Esta anestesia solo duerme una zona del cuerpo. Puede sentir presión, pero no dolor. Puede ser una opción para personas que no pueden recibir anestesia general.',
          },
          hospitalStay: {
            seeds: ['S15'],
            sources: ['article'],
            text: 'El artículo dice que las personas suelen irse a casa el mismo día. Esto solo pasa con algunas de estas operaciones.',
          },
          recovery: {
            seeds: ['S13'],
            sources: ['article', 'brouwer2015'],
            text: 'El artículo dice que la recuperación es rápida. Pero en un estudio, las personas mejoraron más rápido con la cirugía normal que con el láser.',
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
            text: 'El artículo dice que la cirugía con láser se usa para discos abultados, hernias de disco y estenosis. Las guías del Reino Unido la estudian para la columna lumbar, es decir, la parte baja de la espalda.',
          },
          results: {
            sources: ['jaaosLaser', 'brouwer2017'],
            text: 'Hay pocos estudios que muestren que la cirugía con láser funcione mejor. Además tiene riesgos propios.',
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
        text: 'En un estudio, las personas tenían una hernia de disco en la parte baja de la espalda. A los 2 años, cerca de la mitad de las tratadas con láser había necesitado otra operación. Con la cirugía normal, fue cerca de 1 de cada 5.',
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
  },

  risks: {
    title: 'Riesgos de la cirugía',
    intro: {
      seeds: ['S17'],
      sources: ['article'],
      text: 'Toda cirugía tiene riesgos. Pregunte a su cirujano qué tan probable es cada uno en su caso.',
    },
    commonTitle: 'Riesgos de toda cirugía',
    furtherTitle: 'Otros riesgos de la cirugía de columna',
    items: [
      {
        id: 'anaesthesia',
        common: true,
        seeds: ['S17'],
        sources: ['article', 'rcoaSideEffects', 'wuthGeneral'],
        name: 'Reacción a la anestesia',
        detail: 'La anestesia es la medicina que evita que sienta dolor durante la cirugía. Muchas personas tienen náuseas después. Algunas se sienten mareadas o confundidas por un tiempo. Pregunte a su equipo médico por su propio riesgo.',
      },
      {
        id: 'infection',
        common: true,
        seeds: ['S17'],
        sources: ['article', 'nhsRisks'],
        name: 'Infección',
        detail: 'Pueden entrar gérmenes en la herida. Después de una operación en la parte baja de la espalda, esto les pasa hasta a 1 de cada 25 personas.',
      },
      {
        id: 'bleeding',
        common: true,
        seeds: ['S17'],
        sources: ['article'],
        name: 'Sangrado',
        detail: 'Puede sangrar durante o después de la cirugía.',
      },
      {
        id: 'nerve-injury',
        common: false,
        sources: ['nhsRecovery'],
        name: 'Daño a un nervio o a la médula espinal',
        detail: 'Los nervios o la médula espinal pueden sufrir daño. Esto puede causar debilidad, entumecimiento o dolor. En casos raros, las piernas o la vejiga dejan de funcionar bien. Pregunte a su cirujano qué tan probable es en su caso.',
      },
      {
        id: 'fluid-leak',
        common: false,
        sources: ['edinburghDecompression'],
        name: 'Fuga de líquido espinal',
        detail: 'La capa fina que cubre la médula espinal y los nervios se puede romper. Puede salir líquido y causar dolores de cabeza. Si la fuga se ve durante la cirugía, por lo general se puede cerrar en ese momento.',
      },
      {
        id: 'non-union',
        common: false,
        sources: ['nunnaSmoking'],
        name: 'Los huesos no se unen después de una fusión',
        detail: 'Después de una fusión, puede que los huesos no se unan. En las personas que fuman, esto pasa casi el doble de veces.',
      },
      {
        id: 'adjacent-level',
        common: false,
        sources: ['ohsuFusion'],
        name: 'Más esfuerzo junto a la fusión',
        detail: 'Los huesos unidos ya no se mueven. Por eso la columna hace más esfuerzo justo arriba y abajo de ellos, y con el tiempo eso puede causar problemas.',
      },
      {
        id: 'blood-clots',
        common: false,
        sources: ['nhsRisks', 'nhsDvt'],
        name: 'Coágulos de sangre',
        detail: 'En una vena de la pierna se puede formar un coágulo, que es como un tapón de sangre. En casos raros, una parte viaja a los pulmones. Eso es una emergencia. Mantenerse activo mientras se recupera baja el riesgo.',
      },
      {
        id: 'pain-continues',
        common: false,
        seeds: ['S18'],
        sources: ['article', 'nhsRisks'],
        name: 'Dolor que sigue o que vuelve',
        detail: 'Después de una descompresión en la parte baja de la espalda, hasta 1 de cada 3 personas sigue con síntomas o los vuelve a tener en unos años.',
      },
    ],
    notACure: {
      seeds: ['S18'],
      sources: ['article', 'nhsRisks'],
      text: 'Muchas personas esperan que la cirugía acabe del todo con su dolor de espalda. El artículo dice que esto pasa pocas veces. La cirugía puede aliviar el dolor, pero puede que no lo quite del todo.',
    },
  },

  warningSigns: {
    title: 'Busque atención urgente después de la cirugía si tiene:',
    intro: {
      sources: ['nhsRecovery', 'nhsDvt'],
      text: 'Llame de inmediato a su cirujano si nota alguna de estas señales. Si tiene dolor en el pecho o le cuesta respirar, llame al {emergency}.',
    },
    signs: [
      { sources: ['nhsRecovery'], text: 'Fiebre' },
      { sources: ['nhsRecovery'], text: 'Una herida que está roja o de la que sale líquido' },
      { sources: ['nhsRecovery'], text: 'Dolor, debilidad o entumecimiento nuevos o peores en las piernas, la espalda o las nalgas' },
      { sources: ['nhsRecovery'], text: 'Problemas para orinar o para controlar la orina' },
      { sources: ['nhsRecovery'], text: 'Un dolor de cabeza fuerte' },
      { sources: ['nhsRecovery', 'nhsDvt'], text: 'Falta de aire de repente o dolor en el pecho' },
      { sources: ['nhsDvt'], text: 'Una pantorrilla hinchada y con dolor' },
    ],
  },

  recovery: {
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
        what: 'El dolor general y el cansancio pueden tardar hasta 6 semanas en irse. La mayoría se mueve como antes después de 4 a 6 semanas.',
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
  },

  secondOpinion,
  faq,
  candidacy,
  medicalDisclaimer,
  guide,
  terms,
  references,
};
