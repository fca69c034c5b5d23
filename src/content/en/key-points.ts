import type { KeyPointsContent } from '../sections/key-points.js';

/** Each point says again what the guide says in full where `restates` points, with its sources. */
export const keyPoints: KeyPointsContent = {
  title: 'Key points',
  points: [
    {
      restates: 'conservativeCare.intro',
      seeds: ['S6'],
      sources: ['article', 'ng59Summary'],
      text: 'Most doctors try other care first, before they suggest surgery.',
    },
    {
      restates: 'overview.usualReasons',
      sources: ['katoThoracic2020', 'orthoinfoFusionEs'],
      text: 'Surgery is most often done for a clear cause that a doctor can find.',
    },
    {
      restates: 'faq.items[5].answer[0]',
      seeds: ['S17'],
      sources: ['article'],
      text: 'All surgery has risks, such as infection and bleeding.',
    },
    {
      restates: 'secondOpinion.why[0]',
      seeds: ['S4'],
      sources: ['article'],
      text: 'Is your surgery planned and not an emergency? Then ask another spine doctor first.',
    },
    {
      restates: 'faq.items[0].answer[2]',
      sources: ['patientInfoScc', 'northernTrustBackPain'],
      text: 'If your legs get weaker or you cannot control your bladder, get help now. Call {emergency} right away.',
    },
  ],
};
