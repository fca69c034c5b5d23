import type { GuideContent } from '../types.js';

export const warningSigns: GuideContent['warningSigns'] = {
  title: 'Get urgent care after surgery if you have:',
  intro: {
    sources: ['nhsRecovery', 'nhsDvt'],
    text: 'Call your surgeon right away if you notice any of these signs. If you have chest pain or trouble breathing, call {emergency}.',
  },
  signs: [
    { sources: ['nhsRecovery'], text: 'A fever' },
    { sources: ['nhsRecovery'], text: 'A wound that is red or leaking fluid' },
    { sources: ['nhsRecovery'], text: 'New or worse pain, weakness or numbness in your legs, back or buttocks' },
    { sources: ['nhsRecovery'], text: 'Trouble peeing or controlling your bladder' },
    { sources: ['nhsRecovery'], text: 'A bad headache' },
    { sources: ['nhsRecovery', 'nhsDvt'], text: 'Sudden shortness of breath or chest pain' },
    { sources: ['nhsDvt'], text: 'A calf that is swollen and painful' },
  ],
};
