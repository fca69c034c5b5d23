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
    lastReviewed: '2026-11-24',
    reviewedBy: '',
  },

  // Titles, publishers' names and citations stay as published: they identify the source.
  sources: {
    article: {
      title: 'Upper Back Surgery – Can It Relieve Upper Back Pain?',
      lang: 'en',
      publisher: 'Artículo de origen de esta guía',
    },
    mayoLaser: {
      title: 'Laser spine surgery: Is it better than traditional surgery?',
      lang: 'en',
      publisher: 'Mayo Clinic',
      url: 'https://www.mayoclinic.org/diseases-conditions/back-pain/expert-answers/laser-spine-surgery/faq-20057843',
    },
    jaaosLaser: {
      title: 'Review of the evidence on lasers in spine surgery',
      lang: 'en',
      publisher: 'Journal of the American Academy of Orthopaedic Surgeons',
      year: 2019,
      citation: 'Radcliff K, et al. J Am Acad Orthop Surg. 2019;27:621.',
    },
    niceIpg357: {
      title: 'Percutaneous intradiscal laser ablation in the lumbar spine (IPG357)',
      lang: 'en',
      publisher: 'National Institute for Health and Care Excellence (NICE)',
      year: 2010,
      url: 'https://www.nice.org.uk/guidance/ipg357',
    },
    niceIpg61: {
      title: 'Endoscopic laser thoracic discectomy (IPG61)',
      lang: 'en',
      publisher: 'National Institute for Health and Care Excellence (NICE)',
      url: 'https://www.nice.org.uk/guidance/ipg61',
    },
    neurospine2023: {
      title: 'Thoracic disc herniation: a review',
      lang: 'en',
      publisher: 'Neurospine',
      year: 2023,
    },
    nhsDecompression: {
      title: 'Lumbar decompression surgery',
      lang: 'en',
      publisher: 'NHS inform',
      url: 'https://www.nhsinform.scot/tests-and-treatments/surgical-procedures/lumbar-decompression-surgery',
    },
    niceNg59: {
      title: 'Low back pain and sciatica in over 16s: assessment and management (NG59)',
      lang: 'en',
      publisher: 'National Institute for Health and Care Excellence (NICE)',
      year: 2016,
      url: 'https://www.nice.org.uk/guidance/ng59',
    },
    aomrcEbi: {
      title: 'Evidence-Based Interventions: spinal fusion for back pain',
      lang: 'en',
      publisher: 'Academy of Medical Royal Colleges',
    },
  },

  disclaimer: {
    short: {
      text: 'Esta es información general. No reemplaza los consejos de su propio médico.',
    },
    educational: {
      text: 'Esta guía es solo para aprender. No es un consejo médico. Hable con su médico sobre su salud y sus opciones.',
    },
    emergency: {
      text: 'En una emergencia, llame de inmediato al {emergency}.',
    },
  },

  overview: {
    title: '¿Qué es la cirugía de la parte alta de la espalda?',
    whatItIs: {
      seeds: ['S1'],
      defines: ['incision'],
      text: 'La cirugía de la parte alta de la espalda es una operación en la columna. La hacen médicos con una formación especial. Hacen cortes en la piel, llamados incisiones. Luego usan instrumentos para reparar las partes dañadas de la columna.',
    },
    whenConsidered: {
      seeds: ['S2'],
      defines: ['conservativeCare'],
      text: 'Los médicos piensan en la cirugía cuando otros tratamientos no han ayudado. Estos otros tratamientos se llaman tratamiento conservador. Son tratamientos sin operación.',
    },
    candidatesTitle: 'A quién se le puede ofrecer una cirugía',
    candidates: {
      seeds: ['S3'],
      sources: ['article'],
      text: 'Según el artículo, se suele pensar en la cirugía para un tipo de dolor. Es un dolor en la parte alta de la espalda. Dura mucho tiempo o vuelve una y otra vez. También nombra el dolor en la parte baja de la espalda, sin dolor en las piernas.',
    },
    candidatesCaution: {
      sources: ['niceNg59', 'aomrcEbi'],
      text: 'Hay dolores de espalda que no tienen una causa clara. Para ellos, los médicos del Reino Unido aconsejan no hacer una fusión. Su médico buscará la causa de su dolor.',
    },
    proceduresTitle: 'Operaciones comunes',
    dependsOnDiagnosis: {
      seeds: ['S7'],
      text: 'El tipo de operación depende del problema exacto que tenga en la columna.',
    },
    procedures: [
      {
        seeds: ['S8'],
        title: 'Discectomía',
        body: [
          {
            seeds: ['S8'],
            defines: ['discectomy'],
            text: 'La discectomía es una operación para quitar un disco dañado, o una parte de él. Un disco es el cojín blando que hay entre los huesos de la columna.',
          },
          {
            defines: ['herniatedDisc'],
            text: 'En una hernia de disco, el centro blando del disco se sale de su lugar. Puede apretar un nervio y causar dolor.',
          },
        ],
      },
      {
        seeds: ['S8'],
        title: 'Fusión espinal',
        body: [
          {
            seeds: ['S8'],
            defines: ['spinalFusion'],
            text: 'La fusión espinal une dos o más huesos de la columna. Así crecen y se vuelven uno solo. Esto detiene un movimiento que causa dolor.',
          },
          {
            text: 'El artículo también habla de quitar una fusión hecha antes. Esta operación es menos común.',
          },
        ],
      },
      {
        title: 'Descompresión',
        body: [
          {
            defines: ['stenosis', 'spinalCord', 'decompression'],
            text: 'Estenosis quiere decir que queda poco espacio para la médula espinal o los nervios. La médula espinal es el cordón de nervios que pasa por dentro de la columna. La descompresión es una operación que les da más espacio.',
          },
        ],
      },
    ],
    hardware: {
      seeds: ['S9'],
      defines: ['hardware'],
      text: 'El cirujano puede usar piezas como tornillos, varillas o placas. Estas piezas mantienen firme la columna mientras sana.',
    },
    rarity: {
      sources: ['neurospine2023'],
      text: 'En la parte alta y media de la espalda, los problemas de disco con síntomas son raros. Menos de 1 de cada 100 hernias de disco ocurren en esa zona.',
    },
  },

  conservativeCare: {
    title: 'Tratamientos para probar primero',
    intro: {
      seeds: ['S6'],
      text: 'La mayoría de los médicos prueban otros tratamientos antes de sugerir una cirugía. Estos pueden ser:',
    },
    treatments: [
      { seeds: ['S6'], text: 'Medicinas para el dolor que le receta su médico' },
      { seeds: ['S6'], defines: ['chiropractic'], text: 'Atención quiropráctica, que usa las manos para mover la columna' },
      { seeds: ['S6'], text: 'Masajes' },
      { seeds: ['S6'], defines: ['acupuncture'], text: 'Acupuntura, que usa agujas muy finas' },
    ],
    pathTitle: 'El camino usual hacia una decisión',
    path: [
      {
        seeds: ['S6'],
        title: 'Pruebe el tratamiento conservador',
        body: [{ seeds: ['S6'], text: 'Empiece con tratamientos que no necesitan una operación. Deles tiempo para que funcionen.' }],
      },
      {
        seeds: ['S2', 'S7'],
        title: 'Vea a un especialista en columna',
        body: [{ seeds: ['S2', 'S7'], text: 'Si el dolor no mejora, un especialista en columna busca la causa exacta.' }],
      },
      {
        seeds: ['S4'],
        title: 'Pida una segunda opinión',
        body: [
          {
            seeds: ['S4'],
            text: 'Antes de aceptar una cirugía, pida su opinión a otro especialista en columna calificado.',
          },
        ],
      },
      {
        seeds: ['S5'],
        title: 'Decidan juntos',
        body: [
          {
            seeds: ['S5'],
            text: 'La decisión es suya. Sus médicos le ayudan a pensar en lo bueno y lo malo de cada opción.',
          },
        ],
      },
    ],
  },

  comparison: {
    title: 'Cirugía abierta y cirugía mínimamente invasiva',
    caption: 'Cómo se compara la cirugía abierta con la cirugía mínimamente invasiva, incluida la cirugía con láser',
    intro: {
      seeds: ['S7'],
      text: 'Hay más de una forma de operar la columna. La mejor forma para usted depende del problema que tenga.',
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
            text: 'Es la forma tradicional. El cirujano abre la espalda para llegar a la columna.',
          },
          incision: {
            seeds: ['S10'],
            text: 'Un corte largo y profundo.',
          },
          anaesthesia: {
            seeds: ['S10'],
            defines: ['generalAnesthesia'],
            text: 'Anestesia general: una medicina que hace que usted duerma por completo. Tiene sus propios riesgos.',
          },
          hospitalStay: {
            sources: ['nhsDecompression'],
            text: 'A menudo de 1 a 4 días después de una descompresión. Más tiempo después de una fusión.',
          },
          recovery: {
            sources: ['nhsDecompression'],
            text: 'De semanas a meses. Una fusión puede tardar un año o más en sanar.',
          },
          scarring: {
            text: 'Una cicatriz más larga.',
          },
          usedFor: {
            seeds: ['S8', 'S9'],
            text: 'Muchos problemas de la columna. Por ejemplo, quitar un disco o hacer una fusión con tornillos, varillas o placas.',
          },
          results: {
            seeds: ['S11'],
            sources: ['article'],
            text: 'El artículo da una cifra para quienes eligen esta cirugía. Dice que alivia el dolor de espalda a unas 7 de cada 10 personas. No encontramos ningún estudio que apoye este número. Los resultados dependen del problema tratado.',
          },
        },
      },
      'minimally-invasive': {
        seeds: ['S12', 'S13'],
        name: 'Cirugía mínimamente invasiva, incluida la cirugía con láser',
        facts: {
          whatItIs: {
            seeds: ['S12', 'S13'],
            text: 'El cirujano trabaja a través de cortes pequeños con instrumentos especiales. La cirugía con láser es uno de estos tipos. Es popular.',
          },
          incision: {
            seeds: ['S13'],
            sources: ['mayoLaser'],
            text: 'Cortes pequeños. Aun así necesita cortes. Por eso sigue siendo una cirugía.',
          },
          anaesthesia: {
            seeds: ['S14'],
            defines: ['localAnesthesia'],
            text: 'Algunas de estas operaciones usan anestesia local. Esta anestesia solo adormece una zona del cuerpo. Puede servir a personas que no pueden recibir anestesia general.',
          },
          hospitalStay: {
            seeds: ['S15'],
            text: 'Después de algunas de estas operaciones, las personas se van a casa el mismo día.',
          },
          recovery: {
            seeds: ['S13'],
            text: 'A menudo es más rápida. Pero depende de la operación y de usted.',
          },
          scarring: {
            seeds: ['S13'],
            text: 'Cicatrices más pequeñas. Pero sí quedan cicatrices.',
          },
          usedFor: {
            seeds: ['S16'],
            sources: ['niceIpg357'],
            defines: ['lumbar'],
            text: 'La cirugía con láser se usa para discos abultados, hernias de disco y estenosis. Muchos de estos usos son en la columna lumbar. Lumbar quiere decir la parte baja de la espalda.',
          },
          results: {
            sources: ['mayoLaser', 'jaaosLaser'],
            text: 'Hay pocas pruebas de que la cirugía con láser funcione mejor. Tiene los mismos tipos de riesgos que otras cirugías.',
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
        sources: ['mayoLaser', 'jaaosLaser'],
        text: 'Ningún ensayo clínico cuidadoso (un estudio con pacientes) ha puesto a prueba la cirugía de columna con láser. Una revisión de 2019 encontró pocas pruebas de que ayude. El calor del láser puede dañar los nervios.',
      },
      {
        sources: ['jaaosLaser'],
        text: 'El láser no puede quitar hueso. Por eso sirve en pocos casos de estenosis.',
      },
      {
        sources: ['niceIpg357', 'niceIpg61'],
        text: 'Los expertos del Reino Unido apoyan el láser en un solo caso. Es un disco abultado en la parte baja de la espalda que no se ha roto. Para la cirugía de disco con láser en la parte alta, no encontraron pruebas suficientes.',
      },
      {
        seeds: ['S14', 'S15'],
        text: 'Solo en algunas operaciones se usa anestesia local y se vuelve a casa el mismo día.',
      },
    ],
  },

  risks: {
    title: 'Riesgos de la cirugía',
    intro: {
      seeds: ['S17'],
      text: 'Toda cirugía tiene riesgos. Pregunte a su cirujano qué tan probable es cada uno en su caso.',
    },
    commonTitle: 'Riesgos de toda cirugía',
    furtherTitle: 'Otros riesgos de la cirugía de columna',
    items: [
      {
        id: 'anaesthesia',
        common: true,
        seeds: ['S17'],
        name: 'Reacción a la anestesia',
        detail: 'La anestesia es la medicina que evita que sienta dolor durante la cirugía. Algunas personas tienen una mala reacción. Pueden tener ganas de vomitar, sentirse confundidas o tener problemas para respirar.',
      },
      {
        id: 'infection',
        common: true,
        seeds: ['S17'],
        name: 'Infección',
        detail: 'Pueden entrar gérmenes en la herida. La mayoría de las infecciones se tratan con medicinas. Algunas necesitan otra operación.',
      },
      {
        id: 'bleeding',
        common: true,
        seeds: ['S17'],
        name: 'Sangrado',
        detail: 'Puede sangrar durante o después de la cirugía. Unas pocas personas necesitan sangre de un donante.',
      },
      {
        id: 'nerve-injury',
        common: false,
        name: 'Daño a un nervio o a la médula espinal',
        detail: 'Los nervios o la médula espinal pueden sufrir daño. Esto puede causar debilidad, adormecimiento o dolor. Es raro.',
      },
      {
        id: 'fluid-leak',
        common: false,
        name: 'Fuga de líquido espinal',
        detail: 'La capa fina que cubre la médula espinal se puede romper. Puede salir líquido y causar dolores de cabeza. A menudo se repara durante la cirugía.',
      },
      {
        id: 'non-union',
        common: false,
        name: 'Fusión que no sana',
        detail: 'Después de una fusión, puede que los huesos no se unan. Si usted fuma, este riesgo es más o menos el doble.',
      },
      {
        id: 'hardware',
        common: false,
        name: 'Problemas con tornillos, varillas o placas',
        detail: 'Estas piezas pueden moverse, romperse o causar molestias. Algunas personas necesitan otra operación para arreglarlas o quitarlas.',
      },
      {
        id: 'adjacent-level',
        common: false,
        name: 'Desgaste junto a la zona operada',
        detail: 'Después de una fusión, las partes de la columna justo arriba o abajo hacen más esfuerzo. Con el tiempo, se pueden gastar más rápido.',
      },
      {
        id: 'blood-clots',
        common: false,
        name: 'Coágulos de sangre',
        detail: 'En una vena de la pierna se puede formar un coágulo. Un coágulo es como un tapón de sangre. Puede viajar a los pulmones. Eso es una emergencia. Moverse pronto y otras medidas bajan el riesgo.',
      },
      {
        id: 'pain-continues',
        common: false,
        seeds: ['S18'],
        name: 'Dolor que sigue o que vuelve',
        detail: 'Algunas personas siguen con dolor después de la cirugía. En otras, el dolor vuelve más tarde.',
      },
    ],
    notACure: {
      seeds: ['S18'],
      text: 'Muchas personas esperan que la cirugía acabe del todo con su dolor de espalda. Esto pasa pocas veces. La cirugía puede aliviar el dolor, pero no es seguro que lo quite.',
    },
  },

  warningSigns: {
    title: 'Busque atención urgente después de la cirugía si tiene:',
    intro: {
      text: '¿Nota alguna de estas señales? Llame de inmediato a su cirujano o al {emergency}.',
    },
    signs: [
      { text: 'Fiebre' },
      { text: 'Una herida roja, caliente o que suelta líquido' },
      { text: 'Debilidad o adormecimiento nuevos en los brazos o las piernas' },
      { text: 'Pérdida del control de la orina o de las heces' },
      { text: 'Dolor en el pecho o falta de aire' },
      { text: 'Una pantorrilla hinchada y con dolor' },
    ],
  },

  recovery: {
    title: 'La recuperación después de la cirugía',
    dependsOnTitle: 'De qué depende la recuperación',
    dependsOn: {
      seeds: ['S20'],
      text: 'Qué tan rápido se recupera depende de su edad, de su salud general y de su estado físico.',
    },
    timelineTitle: 'Cómo suele ser la recuperación',
    timeline: [
      {
        sources: ['nhsDecompression'],
        when: 'Los primeros 1 a 4 días',
        what: 'Después de una descompresión, la mayoría pasa de 1 a 4 días en el hospital. Algunas personas se van a casa el mismo día.',
      },
      {
        sources: ['nhsDecompression'],
        when: 'Después de 2 a 4 semanas',
        what: 'Muchas personas pueden volver a hacer tareas ligeras. Pregunte a su médico cuándo puede manejar sin peligro.',
      },
      {
        sources: ['nhsDecompression'],
        when: 'Después de unas 6 semanas',
        what: 'Muchas personas pueden volver a algunos tipos de trabajo.',
      },
      {
        sources: ['nhsDecompression'],
        when: 'Después de 12 a 18 meses',
        what: 'Es posible que sienta el beneficio completo de la operación.',
      },
    ],
    fusionNote: {
      text: 'Una fusión tarda más. Los huesos necesitan meses, a veces más de un año, para unirse.',
    },
    lifestyleTitle: 'Hábitos sanos para hablar con su médico',
    lifestyleIntro: {
      seeds: ['S19'],
      text: 'La recuperación necesita cuidado y tiempo. Pregunte a su médico cómo mantenerse sano después de la cirugía. Puede preguntar sobre:',
    },
    lifestyle: [
      { seeds: ['S19'], text: 'Caminar un poco más cada día' },
      { seeds: ['S19'], text: 'Ejercicios o terapia física para fortalecer la espalda' },
      { seeds: ['S19'], text: 'Dejar de fumar, porque ayuda a sanar los huesos' },
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
