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
          text: 'Most doctors first try care without an operation. This can be pain medicine, chiropractic care, massage or acupuncture.',
        },
        { seeds: ['S2'], text: 'Surgery is usually thought about only when these treatments have not helped.' },
      ],
    },
    {
      id: 'painful',
      question: 'Is the surgery painful?',
      answer: [
        { text: 'You will not feel pain during the operation. Anesthesia stops it.' },
        {
          text: 'It is normal to have pain for a while after surgery. Your care team will give you medicine for it. Tell them if the pain gets worse.',
        },
      ],
    },
    {
      id: 'recovery-time',
      seeds: ['S19', 'S20'],
      sources: ['nhsDecompression'],
      question: 'How long is recovery?',
      answer: [
        {
          sources: ['nhsDecompression'],
          text: 'Many people go home after 1 to 4 days. They do light tasks after 2 to 4 weeks and some work after about 6 weeks.',
        },
        { text: 'The full benefit can take 12 to 18 months. A fusion can take a year or more to heal.' },
        { seeds: ['S20'], text: 'How fast you recover depends on your age and your general health.' },
        { seeds: ['S19'], text: 'Ask your doctor how to stay healthy while you recover.' },
      ],
    },
    {
      id: 'laser-better',
      seeds: ['S12', 'S13', 'S14', 'S15'],
      sources: ['mayoLaser', 'jaaosLaser'],
      question: 'Is laser surgery better?',
      answer: [
        {
          seeds: ['S12', 'S13'],
          text: 'Laser surgery is popular. It uses small cuts, and it is often sold as quick and free of risk.',
        },
        {
          sources: ['mayoLaser', 'jaaosLaser'],
          text: 'But there is little proof that it works better than other surgery. It still needs cuts and has the same kinds of risks.',
        },
        {
          seeds: ['S14', 'S15'],
          text: 'Some of these operations use local anesthesia, and some people go home the same day. Ask if this applies to you.',
        },
      ],
    },
    {
      id: 'cure',
      seeds: ['S18', 'S11'],
      question: 'Will surgery cure my pain?',
      answer: [
        { seeds: ['S18'], text: 'Surgery rarely ends back pain for good. It may ease your pain, but it is not a sure cure.' },
        {
          seeds: ['S11'],
          sources: ['article'],
          text: 'The article this guide is based on says open surgery eases back pain for about 7 in 10 people. We found no study behind this figure.',
        },
      ],
    },
    {
      id: 'risks',
      seeds: ['S17'],
      question: 'What are the risks?',
      answer: [
        { seeds: ['S17'], text: 'Every surgery has risks: a reaction to anesthesia, infection and bleeding.' },
        {
          text: 'Spine surgery can also hurt a nerve, cause a leak of spinal fluid, or cause blood clots. A fusion may not heal.',
        },
        { text: 'Ask your surgeon how likely each risk is for you.' },
      ],
    },
    {
      id: 'second-opinion',
      seeds: ['S4', 'S5'],
      question: 'Should I get a second opinion?',
      answer: [
        { seeds: ['S4'], text: 'Yes. Before you agree to surgery, ask another qualified spine specialist for their view.' },
        { seeds: ['S5'], text: 'The choice is yours. Your doctors help you decide.' },
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
        { seeds: ['S9'], text: 'Will I need a fusion, or screws, rods or plates?' },
        { text: 'When can I go back to work and drive?' },
      ],
    },
  ],
};
