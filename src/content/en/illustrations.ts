import type { IllustrationsContent } from '../sections/key-points.js';

export const illustrations: IllustrationsContent = {
  spine: {
    alt: 'A drawing of the spine from behind, from the neck down to the hips. The 12 bones in the middle, where the ribs attach, are in color: this is the upper back.',
    caption: {
      restates: 'overview.upperBack',
      sources: ['waterburyThoracic'],
      text: 'The upper back, in color: the 12 bones of the spine at the level of your chest, with the ribs attached.',
    },
  },
  approaches: {
    alt: 'A drawing of the chest seen from above, with a lung on each side and the spine at the back. A solid arrow goes in from the back to the spine. A dashed arrow goes in through the side of the chest.',
    caption: {
      restates: 'comparison.procedures.open.facts.whatItIs',
      seeds: ['S10'],
      sources: ['article', 'niceIpg61'],
      text: 'Two ways to reach the upper back: from the back (solid arrow), or through the side of the chest (dashed arrow).',
    },
  },
};
