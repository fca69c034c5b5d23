import type { FaqContent } from '../sections/faq.js';

/** Questions patients ask, answered from the rest of the guide (same facts, same sources). */
export const faq: FaqContent = {
  title: 'Questions people ask',
  items: [
    {
      id: 'try-first',
      seeds: ['S2', 'S6'],
      question: 'What should I try before surgery?',
      answer: [
        {
          seeds: ['S6'],
          sources: ['article', 'ng59Summary'],
          text: 'Most doctors first try care without an operation. Exercise or physical therapy often comes first. Pain medicine, chiropractic care, massage or acupuncture may also be offered.',
        },
        { seeds: ['S2'], sources: ['article', 'nhsInformDecompression'], text: 'Surgery is usually thought about only when these treatments have not helped.' },
        {
          sources: ['patientInfoScc', 'northernTrustBackPain'],
          text: 'Emergencies are different. If your legs get weaker or you cannot control your bladder, call {emergency} right away.',
        },
      ],
    },
    {
      id: 'painful',
      question: 'Is the surgery painful?',
      answer: [
        {
          sources: ['wuthLocal'],
          text: 'You get anesthesia so that you do not feel pain during the operation. With local anesthesia, you may still feel some pressure.',
        },
        {
          sources: ['nhsRecovery'],
          text: 'It is normal to have pain for a while after surgery. Your care team will give you medicine for it. Tell them if the pain gets worse.',
        },
      ],
    },
    {
      id: 'recovery-time',
      seeds: ['S19', 'S20'],
      question: 'How long is recovery?',
      answer: [
        {
          sources: ['nhsRecovery'],
          text: 'After an operation on the lower back, many people go home after 1 to 4 days. Most reach the level of movement their surgeon expects in about 4 to 6 weeks.',
        },
        {
          sources: ['nhsRecovery', 'oltulu2019'],
          text: 'These times come from the lower back. Upper back operations are different, and recovery can take longer. Ask your surgeon what to expect.',
        },
        { sources: ['adamDischarge'], text: 'A fusion takes months to heal, sometimes more than a year.' },
        { seeds: ['S20'], sources: ['article'], text: 'How fast you recover depends on your age and your general health.' },
        { seeds: ['S19'], sources: ['article'], text: 'Ask your doctor how to stay healthy while you recover.' },
      ],
    },
    {
      id: 'laser-better',
      seeds: ['S12', 'S13', 'S14', 'S15', 'S16'],
      question: 'Is laser surgery better?',
      answer: [
        {
          seeds: ['S12', 'S13'],
          sources: ['article', 'mayoLaser'],
          text: 'Laser surgery is popular. It uses small cuts, and it is often sold as quick and free of risk.',
        },
        {
          seeds: ['S16'],
          sources: ['article', 'niceIpg357'],
          text: 'Some websites say it is used for bulging or herniated discs and stenosis. UK guidance looks at it only for the lower back.',
        },
        {
          sources: ['jaaosLaser', 'brouwer2017'],
          text: 'But there is little proof that it works better than other surgery. It still needs cuts and adds risks of its own.',
        },
        {
          seeds: ['S14', 'S15'],
          sources: ['article', 'niceIpg357'],
          text: 'Some of these operations use local anesthesia, and some people go home the same day. Ask if this applies to you.',
        },
      ],
    },
    {
      id: 'cure',
      seeds: ['S18', 'S11'],
      question: 'Will surgery cure my pain?',
      answer: [
        {
          seeds: ['S18'],
          sources: ['article', 'nhsRisks'],
          text: 'Surgery may ease your pain, but it is not a sure cure. It rarely ends back pain for good.',
        },
        {
          seeds: ['S11'],
          sources: ['article'],
          text: 'Some websites say open surgery eases back pain for about 7 in 10 people. Easing pain is not the same as ending it. The writers of this guide found no study behind this figure.',
        },
      ],
    },
    {
      id: 'risks',
      seeds: ['S17'],
      question: 'What are the risks?',
      answer: [
        { seeds: ['S17'], sources: ['article'], text: 'Every surgery has risks, such as a reaction to anesthesia, infection and bleeding.' },
        {
          sources: ['spineSpecialistRisks', 'edinburghDecompression', 'nhsRisks', 'nunnaSmoking', 'rometsch2020'],
          text: 'Spine surgery can also hurt a nerve or the spinal cord, and in rare cases cause paralysis. It can cause a leak of spinal fluid or blood clots. A fusion may not heal, and screws or rods can loosen or break.',
        },
        {
          sources: ['katoThoracic2020', 'oltulu2019'],
          text: 'In the upper back, the spinal cord is close, and some operations go through the chest. This adds risks to the cord and the lungs.',
        },
        { sources: ['article'], text: 'Ask your surgeon how likely each risk is for you.' },
      ],
    },
    {
      id: 'second-opinion',
      seeds: ['S4', 'S5'],
      question: 'Should I get a second opinion?',
      answer: [
        {
          seeds: ['S4'],
          sources: ['article'],
          text: 'Yes, if the surgery is planned and is not an emergency. Before you agree, ask another qualified spine specialist for their view.',
        },
        { seeds: ['S5'], sources: ['article'], text: 'The choice is yours. Your doctors help you decide.' },
      ],
    },
    {
      id: 'ask-surgeon',
      seeds: ['S7', 'S9'],
      question: 'What should I ask my surgeon?',
      answer: [{ text: 'You can bring these questions to your visit:' }],
      list: [
        { seeds: ['S7'], text: 'What is causing my pain?' },
        { text: 'What happens if I wait, or do not have surgery?' },
        { text: 'What other treatments can I try?' },
        { text: 'How many of these operations do you do each year?' },
        { text: 'What are my own risks?' },
        { text: 'Will you go in from the back, the side or the chest, and why?' },
        { text: 'Will I need a chest tube or a brace after surgery?' },
        { seeds: ['S9'], text: 'Will I need a fusion, or screws, rods or plates?' },
        { text: 'When can I go back to work and drive?' },
      ],
    },
  ],
};
