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
    sources: ['waterburyThoracic'],
    defines: ['thoracicSpine', 'vertebra'],
    text: 'The upper back is the part of the spine at the level of your chest. Doctors call it the thoracic spine. It is made of 12 bones, called vertebrae. Your ribs are attached to them.',
  },
  whenConsidered: {
    seeds: ['S2'],
    sources: ['article', 'nhsInformDecompression'],
    defines: ['conservativeCare'],
    text: 'Doctors think about surgery when other care has not helped. This other care is called conservative care. It means treatment without an operation.',
  },
  emergencies: {
    title: 'Call {emergency} if you have back pain and:',
    intro: {
      sources: ['patientInfoScc', 'northernTrustBackPain'],
      text: 'Some problems cannot wait. If the spinal cord or the nerves are being squeezed and you get weaker, doctors need to act fast. Then surgery may be done soon, without trying other care first.',
    },
    signs: [
      { sources: ['northernTrustBackPain'], text: 'Weakness or numbness in both legs that is bad or getting worse' },
      { sources: ['northernTrustBackPain'], text: 'You cannot control your bladder or bowels, or you cannot pee' },
      { sources: ['northernTrustBackPain'], text: 'Numbness between your legs or around your bottom' },
    ],
  },
  usualReasons: {
    sources: ['katoThoracic2020', 'orthoinfoFusionEs'],
    text: 'Upper back surgery is usually done for a clear problem that a doctor can find. Examples are a disc or bone pressing on the spinal cord or a nerve, a broken bone in the spine, a tumor, an infection, or a spine that curves too much.',
  },
  noClearCause: {
    sources: ['orthoinfoFusionEs', 'evansMja2023', 'aomrcEbi'],
    text: 'Spine surgery is usually advised only when a doctor can find the cause of the pain. Back pain that lasts a long time with no clear cause on exam and scans is rarely helped by surgery. Most research on this is about the lower back.',
  },
  cordPressure: {
    sources: ['ucsfThoracicDisc', 'neurospineThoracic'],
    text: 'Sometimes a scan shows pressure on the spinal cord, and you have signs of it, such as unsteady walking or bladder changes. Then your doctor may advise surgery without a long trial of other care.',
  },
  candidatesTitle: 'What some websites say about who may be offered surgery',
  candidates: {
    seeds: ['S3'],
    sources: ['article'],
    text: 'Some websites say surgery is most often thought about for upper back pain that lasts a long time or keeps coming back. They also name lower back pain without leg pain.',
  },
  candidatesCaution: {
    sources: ['aomrcEbi', 'ng59Summary'],
    text: 'UK guidance on lower back pain says fusion surgery is not a treatment for back pain that stays in the back and does not go down the legs. There are a few exceptions, such as a tumor, an infection or a curved spine. This includes the lower back pain without leg pain named above.',
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
          sources: ['medlineplusDiscectomyEs'],
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
          sources: ['nhsInformDecompression'],
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
    text: 'Of all herniated discs that cause symptoms, fewer than 1 in 100 are in the upper back. Scans find a herniated disc there in up to about 15 in 100 people, and many of these cause no symptoms. So a disc seen on a scan is not always the cause of pain.',
  },
  vertebroplasty: {
    title: 'Cement for a broken bone (vertebroplasty)',
    body: [
      {
        sources: ['niceTa279'],
        text: 'Weak bones (osteoporosis) can break in the spine. For many people, the pain from such a break gets less after 2 to 3 weeks.',
      },
      {
        sources: ['niceTa279'],
        text: 'In vertebroplasty, a doctor uses a needle to put bone cement into the broken bone. In kyphoplasty, a small balloon makes room for the cement first.',
      },
      {
        sources: ['niceTa279'],
        text: 'UK guidance says these can be an option only in some cases. The pain must be bad and go on after a recent break that has not healed. The best pain treatment must not have helped. And tests must show that the pain comes from that break.',
      },
      {
        sources: ['firanescu2018', 'cochraneVertebroplasty2018'],
        text: 'In careful trials, some people got a fake procedure with no cement. People who got cement did not do clearly better. Experts still disagree about these treatments. Ask your doctor about the good and the bad for you.',
      },
    ],
  },
};
