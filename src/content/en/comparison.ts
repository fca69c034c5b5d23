import type { GuideContent } from '../types.js';

export const comparison: GuideContent['comparison'] = {
  title: 'Open surgery and minimally invasive surgery',
  caption: 'How open surgery compares with minimally invasive surgery, including laser surgery',
  intro: {
    seeds: ['S7'],
    sources: ['article'],
    text: 'There is more than one way to operate on the spine. Which one fits depends on what is wrong.',
  },
  factHeader: 'What to compare',
  highlightedLabel: 'Highlighted by your clinic',
  rowLabels: {
    whatItIs: 'What it is',
    incision: 'Cut (incision)',
    anaesthesia: 'Anesthesia',
    hospitalStay: 'Time in hospital',
    recovery: 'Recovery',
    scarring: 'Scar',
    usedFor: 'Used for',
    results: 'Results',
  },
  procedures: {
    open: {
      seeds: ['S10'],
      name: 'Open surgery',
      facts: {
        whatItIs: {
          seeds: ['S10'],
          sources: ['article', 'niceIpg61'],
          text: 'The traditional way. The surgeon opens the back to reach the spine. Some upper back operations go in through the chest instead.',
        },
        incision: {
          seeds: ['S10'],
          sources: ['article'],
          text: 'A deep cut.',
        },
        anaesthesia: {
          seeds: ['S10'],
          sources: ['article', 'rcoaSideEffects'],
          defines: ['generalAnesthesia'],
          text: 'General anesthesia: medicine that puts you fully to sleep. It has its own risks.',
        },
        hospitalStay: {
          sources: ['nhsRecovery', 'oltulu2019'],
          text: 'Often 1 to 4 days after a lower back decompression. Upper back operations can take longer.',
        },
        recovery: {
          sources: ['nhsRecovery', 'adamDischarge'],
          text: 'After a lower back decompression, most people reach the level of movement their surgeon expects in about 4 to 6 weeks. After a fusion, bones take months to heal.',
        },
        scarring: {
          sources: ['article'],
          text: 'A longer scar.',
        },
        usedFor: {
          seeds: ['S8', 'S9'],
          sources: ['article'],
          text: 'Many spine problems, such as removing a disc or a fusion with screws, rods or plates.',
        },
        results: {
          seeds: ['S11'],
          sources: ['article'],
          text: 'Some websites say it eases back pain for about 7 in 10 people who choose it. The writers of this guide found no study behind this figure. Results depend on the problem treated.',
        },
      },
    },
    'minimally-invasive': {
      seeds: ['S12', 'S13'],
      name: 'Minimally invasive surgery, including laser',
      facts: {
        whatItIs: {
          seeds: ['S12', 'S13'],
          sources: ['article'],
          text: 'The surgeon works through small cuts with special tools. Laser surgery is one kind, and it is popular.',
        },
        incision: {
          seeds: ['S13'],
          sources: ['mayoLaser'],
          text: 'Small cuts. It still needs cuts, so it is still surgery.',
        },
        anaesthesia: {
          seeds: ['S14'],
          sources: ['article', 'niceIpg357', 'wuthLocal'],
          defines: ['localAnesthesia'],
          text: 'Some of these operations use local anesthesia, which numbs only one area. You may feel pressure, but not pain. This may help people who cannot have general anesthesia.',
        },
        hospitalStay: {
          seeds: ['S15'],
          sources: ['article'],
          text: 'Some websites say people usually go home the same day. This is true only for some of these operations.',
        },
        recovery: {
          seeds: ['S13'],
          sources: ['article', 'brouwer2015'],
          text: 'Some websites say recovery is quick. But for laser treatment of a disc in the lower back, one trial found that people got better faster after standard surgery.',
        },
        scarring: {
          seeds: ['S13'],
          sources: ['article', 'mayoLaser'],
          text: 'Smaller scars. There are still scars.',
        },
        usedFor: {
          seeds: ['S16'],
          sources: ['article', 'niceIpg357'],
          defines: ['lumbar'],
          text: 'Some websites say laser surgery is used for bulging or herniated discs and stenosis. UK guidance looks at it for the lumbar spine, which means the lower back.',
        },
        results: {
          sources: ['oltulu2019', 'jaaosLaser', 'brouwer2017'],
          text: 'For a disc in the upper back, one group of surgeons found that small cuts in the side of the chest led to fewer lung problems than the older open operation. For laser surgery, there is little proof that it works better, and it adds risks of its own.',
        },
      },
    },
  },
  evidenceTitle: 'What the research says about laser surgery',
  evidence: [
    {
      seeds: ['S13'],
      sources: ['mayoLaser'],
      text: 'Laser surgery is often sold as free of risk and not invasive. That is not true. It needs cuts and can cause serious problems.',
    },
    {
      sources: ['jaaosLaser'],
      text: 'Few good studies have tested laser spine surgery. A 2019 review found no clear benefit, and it found risks that come from the laser itself.',
    },
    {
      sources: ['brouwer2017'],
      text: 'In one trial, people had a herniated disc in the lower back. After 2 years, pain and daily life were about the same after laser treatment and after standard surgery. But about half of those treated with a laser had needed another operation. After standard surgery, about 1 in 5 had.',
    },
    {
      sources: ['niceIpg357', 'niceIpg61'],
      text: 'UK experts accept laser treatment only for a disc bulge in the lower back that has not broken open. For laser disc surgery in the upper back, they found too little proof.',
    },
    {
      seeds: ['S14', 'S15'],
      sources: ['article', 'niceIpg357'],
      text: 'Local anesthesia and going home the same day apply only to some operations.',
    },
  ],
};
