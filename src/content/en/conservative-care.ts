import type { GuideContent } from '../types.js';

export const conservativeCare: GuideContent['conservativeCare'] = {
  title: 'Treatments to try first',
  intro: {
    seeds: ['S6'],
    sources: ['article', 'ng59Summary'],
    text: 'Most doctors try other treatments before they suggest surgery. These may include:',
  },
  treatments: [
    { sources: ['niceQs155Self', 'aomrcEbi'], text: 'Staying as active as you can, and keeping up your normal life if you are able' },
    { sources: ['ng59Summary', 'acp2017'], text: 'Exercise or physical therapy. This is often the first thing doctors suggest.' },
    {
      sources: ['ng59Summary'],
      text: 'Anti-inflammatory pain medicine, such as ibuprofen, for a short time, if it is safe for you. Ask your doctor first.',
    },
    {
      seeds: ['S6'],
      sources: ['article', 'niceQs155'],
      text: 'Pain medicine your doctor prescribes. Strong pain medicines called opioids are not advised for long-lasting lower back pain, because of their risks. Doctors are careful with them for any back pain.',
    },
    {
      seeds: ['S6'],
      sources: ['article', 'ng59Summary'],
      defines: ['chiropractic'],
      text: 'Chiropractic care, which uses the hands to move the spine. UK guidance says to use it only together with exercise.',
    },
    { seeds: ['S6'], sources: ['article', 'ng59Summary'], text: 'Massage, also best together with exercise' },
    { sources: ['aomrcEbi'], text: 'If pain goes on, a program that joins exercise with help for your thoughts and feelings about the pain' },
    {
      seeds: ['S6'],
      sources: ['article', 'ng59Summary', 'acp2017'],
      defines: ['acupuncture'],
      text: 'Acupuncture, which uses very thin needles. Guidelines differ on it: a US guideline includes it, and UK guidance does not. Ask your doctor.',
    },
  ],
  lowBackNote: {
    sources: ['ng59Summary', 'acp2017'],
    text: 'These guidelines were written for lower back pain. There is less research on pain in the upper back.',
  },
  imaging: {
    sources: ['niceNg59'],
    text: 'A scan is usually not needed unless there are warning signs or surgery is being thought about.',
  },
  pathTitle: 'The usual path to a decision',
  path: [
    {
      seeds: ['S6'],
      title: 'Try conservative care',
      body: [
        {
          seeds: ['S6'],
          sources: ['article', 'ucsfThoracicDisc'],
          text: 'Start with treatments that do not need an operation. Give them time to work, unless your doctor finds pressure on the spinal cord.',
        },
      ],
    },
    {
      seeds: ['S2', 'S7'],
      title: 'See a spine specialist',
      body: [{ seeds: ['S2', 'S7'], sources: ['article'], text: 'If the pain does not get better, a spine specialist looks for the exact cause.' }],
    },
    {
      seeds: ['S4'],
      title: 'Get a second opinion',
      body: [
        {
          seeds: ['S4'],
          sources: ['article'],
          text: 'If surgery is planned and is not an emergency, ask another qualified spine specialist for their view before you agree.',
        },
      ],
    },
    {
      seeds: ['S5'],
      title: 'Decide together',
      body: [{ seeds: ['S5'], sources: ['article'], text: 'The choice is yours. Your doctors help you weigh the good and the bad of each option.' }],
    },
  ],
  emergencyNote: {
    sources: ['patientInfoScc', 'northernTrustBackPain'],
    title: 'Call {emergency} if you have signs of an emergency',
    text: 'This path is for planned surgery. Do not wait if you have signs of an emergency, such as legs that get weaker or losing control of your bladder.',
  },
};
