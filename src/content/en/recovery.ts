import type { GuideContent } from '../types.js';

export const recovery: GuideContent['recovery'] = {
  title: 'Recovering from surgery',
  dependsOnTitle: 'What recovery depends on',
  dependsOn: {
    seeds: ['S20'],
    sources: ['article', 'nhsRecovery'],
    text: 'How fast you recover depends on your age and your general health and fitness.',
  },
  timelineTitle: 'A typical timeline',
  timelineNote: {
    sources: ['nhsRecovery', 'niceIpg61', 'oltulu2019'],
    text: 'These times come from operations on the lower back. Upper back operations are different. Some go in through the side of the chest. In one study of these, people stayed in hospital about 5 days on average. Ask your surgeon what to expect.',
  },
  timeline: [
    {
      sources: ['nhsRecovery'],
      when: 'The first days',
      what: 'After a lower back decompression, most people go home 1 to 4 days after surgery. You will be asked to walk the day after.',
    },
    {
      sources: ['nhsRecovery'],
      when: 'The first 6 weeks',
      what: 'After a lower back decompression, it can take up to 6 weeks for the general pain and tiredness to go away. Most people reach the level of movement their surgeon expects in about 4 to 6 weeks.',
    },
    {
      sources: ['rcsWork'],
      when: 'Going back to work',
      what: 'After an operation on a disc in the lower back, most people with a desk job or light work go back after 4 to 6 weeks. Heavy work may mean 12 weeks off.',
    },
  ],
  fusionNote: {
    sources: ['adamDischarge'],
    text: 'A fusion takes longer. The bones need at least 3 to 4 months to heal well, and healing can go on for a year or more.',
  },
  lifestyleTitle: 'Healthy habits to talk about with your doctor',
  lifestyleIntro: {
    seeds: ['S19'],
    sources: ['article'],
    text: 'Recovery needs care and time. Ask your doctor how to stay healthy after surgery. You can ask about:',
  },
  lifestyle: [
    { seeds: ['S19'], text: 'Walking a little more each day' },
    { seeds: ['S19'], text: 'Exercises or physical therapy to make your back strong' },
    { seeds: ['S19'], text: 'Quitting smoking' },
    { seeds: ['S19'], text: 'Eating well and keeping a healthy weight' },
    { seeds: ['S19'], text: 'Lifting, bending and sitting safely' },
    { seeds: ['S19'], text: 'Taking pain medicine the way your doctor tells you' },
  ],
};
