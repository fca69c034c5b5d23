import type { GuideContent } from '../types.js';

export const overview: GuideContent['overview'] = {
  title: 'What is upper back surgery?',
  whatItIs: {
    seeds: ['S1'],
    sources: ['article'],
    defines: ['incision'],
    text: 'Upper back surgery is an operation on the spine. Doctors with special training make cuts, called incisions, and use tools to repair damaged parts of the spine.',
  },
  upperBack: {
    sources: ['cedarsThoracic'],
    defines: ['thoracicSpine', 'vertebra'],
    text: 'The upper back is the part of the spine at the level of your chest. Doctors call it the thoracic spine. It is made of 12 bones, called vertebrae. Your ribs are attached to them.',
  },
  whenConsidered: {
    seeds: ['S2'],
    sources: ['article', 'nhsOverview'],
    defines: ['conservativeCare'],
    text: 'Doctors think about surgery when other care has not helped. This other care is called conservative care. It means treatment without an operation.',
  },
  emergencies: {
    sources: ['patientInfoScc', 'nhsSciatica'],
    text: 'Some problems cannot wait. If the spinal cord or the nerves are being squeezed and you get weaker, doctors need to act fast. Then surgery may be done soon, without trying other care first.',
  },
  candidatesTitle: 'What the article says about who may be offered surgery',
  candidates: {
    seeds: ['S3'],
    sources: ['article'],
    text: 'The article says surgery is most often thought about for upper back pain that lasts a long time or keeps coming back. It also names lower back pain without leg pain.',
  },
  candidatesCaution: {
    sources: ['aomrcEbi', 'ng59Summary'],
    text: 'UK guidance says fusion surgery is not a treatment for back pain that stays in the back and does not go down the legs. There are a few exceptions, such as a tumor, an infection or a curved spine. This includes the lower back pain without leg pain that the article names.',
  },
  proceduresTitle: 'Common operations',
  dependsOnDiagnosis: {
    seeds: ['S7'],
    sources: ['article'],
    text: 'The kind of operation depends on what exactly is wrong with your spine.',
  },
  procedures: [
    {
      seeds: ['S8'],
      title: 'Discectomy',
      body: [
        {
          seeds: ['S8'],
          sources: ['nhsOverview'],
          defines: ['discectomy'],
          text: 'A discectomy is an operation to take out all or part of a damaged disc. A disc is the soft cushion between the bones of the spine.',
        },
        {
          sources: ['neurospineThoracic'],
          defines: ['herniatedDisc'],
          text: 'A herniated disc is a disc whose soft center pushes out. It can press on a nerve or on the spinal cord and cause pain.',
        },
      ],
    },
    {
      seeds: ['S8'],
      title: 'Spinal fusion',
      body: [
        {
          seeds: ['S8'],
          sources: ['aomrcEbi'],
          defines: ['spinalFusion'],
          text: 'A spinal fusion joins two or more bones of the spine so they heal into one solid bone.',
        },
      ],
    },
    {
      title: 'Decompression',
      body: [
        {
          sources: ['nhsOverview'],
          defines: ['stenosis', 'decompression'],
          text: 'Stenosis means the space around the spinal cord or nerves has become too narrow. A decompression takes away some bone or disc to make more room for them.',
        },
      ],
    },
  ],
  hardware: {
    seeds: ['S9'],
    sources: ['article'],
    defines: ['hardware'],
    text: 'The surgeon may use hardware such as screws, rods or plates. They hold the spine steady while it heals.',
  },
  rarity: {
    sources: ['neurospineThoracic'],
    text: 'Herniated discs that cause symptoms are rare in the upper back. Fewer than 1 in 100 of them are there. Herniated discs there that cause no symptoms are more common.',
  },
};
