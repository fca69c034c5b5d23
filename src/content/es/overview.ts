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
    sources: ['waterburyThoracic'],
    defines: ['thoracicSpine', 'vertebra'],
    text: 'La parte alta de la espalda es la parte de la columna que está a la altura del pecho. Los médicos la llaman columna torácica. Tiene 12 huesos, llamados vértebras. Las costillas están unidas a ellas.',
  },
  whenConsidered: {
    seeds: ['S2'],
    sources: ['article', 'nhsInformDecompression'],
    defines: ['conservativeCare'],
    text: 'Los médicos piensan en la cirugía cuando otros tratamientos no han ayudado. A estos tratamientos se les llama tratamiento conservador. Son tratamientos sin operación.',
  },
  emergencies: {
    title: 'Llame al {emergency} si tiene dolor de espalda y:',
    intro: {
      sources: ['patientInfoScc', 'northernTrustBackPain'],
      text: 'Algunos problemas no pueden esperar. Si algo presiona la médula espinal o los nervios y usted se pone más débil, los médicos deben actuar rápido. Entonces la cirugía puede hacerse pronto, sin probar antes otros tratamientos.',
    },
    signs: [
      { sources: ['northernTrustBackPain'], text: 'Debilidad o entumecimiento en las dos piernas que es intenso o empeora' },
      { sources: ['northernTrustBackPain'], text: 'No puede controlar la orina o las heces, o no puede orinar' },
      { sources: ['northernTrustBackPain'], text: 'Entumecimiento entre las piernas o alrededor de las nalgas' },
    ],
  },
  usualReasons: {
    sources: ['katoThoracic2020', 'orthoinfoFusionEs'],
    text: 'La cirugía de la parte alta de la espalda se suele hacer por un problema claro que el médico puede encontrar. Por ejemplo: un disco o un hueso que presiona la médula espinal o un nervio, un hueso roto de la columna, un tumor, una infección o una columna demasiado curva.',
  },
  noClearCause: {
    sources: ['orthoinfoFusionEs', 'evansMja2023', 'aomrcEbi'],
    text: 'Por lo general, la cirugía de columna se aconseja solo cuando el médico encuentra la causa del dolor. El dolor de espalda que dura mucho tiempo sin una causa clara en el examen y en los estudios pocas veces mejora con una cirugía. Casi todos los estudios sobre esto son de la parte baja de la espalda.',
  },
  cordPressure: {
    sources: ['ucsfThoracicDisc', 'neurospineThoracic'],
    text: 'A veces un estudio muestra que algo presiona la médula espinal, y usted tiene señales de eso, como caminar con inestabilidad o cambios al orinar. Entonces su médico puede aconsejar una cirugía sin probar mucho tiempo otros tratamientos.',
  },
  candidatesTitle: 'Lo que dicen algunos sitios web sobre a quién se le puede ofrecer una cirugía',
  candidates: {
    seeds: ['S3'],
    sources: ['article'],
    text: 'Algunos sitios web dicen que se suele pensar en la cirugía cuando hay dolor en la parte alta de la espalda que dura mucho tiempo o que vuelve una y otra vez. También mencionan el dolor en la parte baja de la espalda sin dolor en las piernas.',
  },
  candidatesCaution: {
    sources: ['aomrcEbi', 'ng59Summary'],
    text: 'Las guías del Reino Unido sobre el dolor en la parte baja de la espalda dicen que la fusión espinal (artrodesis) no es un tratamiento para el dolor que se queda en la espalda y no baja a las piernas. Hay pocas excepciones, como un tumor, una infección o una columna torcida. Esto incluye el dolor en la parte baja de la espalda sin dolor en las piernas que se menciona arriba.',
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
          sources: ['medlineplusDiscectomyEs'],
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
          sources: ['nhsInformDecompression'],
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
    text: 'De todas las hernias de disco que causan síntomas, menos de 1 de cada 100 están en la parte alta de la espalda. Los estudios de imagen encuentran una hernia ahí en hasta unas 15 de cada 100 personas, y muchas no causan síntomas. Por eso, un disco que se ve en un estudio no siempre es la causa del dolor.',
  },
  vertebroplasty: {
    title: 'Cemento para un hueso roto (vertebroplastia)',
    body: [
      {
        sources: ['niceTa279'],
        text: 'Los huesos débiles (osteoporosis) se pueden romper en la columna. En muchas personas, el dolor de esa fractura baja después de 2 a 3 semanas.',
      },
      {
        sources: ['niceTa279'],
        text: 'En la vertebroplastia, el médico usa una aguja para poner cemento para huesos en el hueso roto. En la cifoplastia, primero un pequeño globo hace espacio para el cemento.',
      },
      {
        sources: ['niceTa279'],
        text: 'Las guías del Reino Unido dicen que pueden ser una opción solo en algunos casos. El dolor debe ser fuerte y seguir después de una fractura reciente que no ha sanado. El mejor tratamiento para el dolor no debe haber ayudado. Y las pruebas deben mostrar que el dolor viene de esa fractura.',
      },
      {
        sources: ['firanescu2018', 'cochraneVertebroplasty2018'],
        text: 'En estudios cuidadosos, algunas personas recibieron un procedimiento falso, sin cemento. A quienes recibieron cemento no les fue claramente mejor. Los expertos todavía no están de acuerdo sobre estos tratamientos. Pregunte a su médico por lo bueno y lo malo en su caso.',
      },
    ],
  },
};
