import type { GuideContent } from '../types.js';

export const overview: GuideContent['overview'] = {
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
};
