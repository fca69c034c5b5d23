import { candidacy } from './en/candidacy.js';
import { faq } from './en/faq.js';
import { guide } from './en/guide.js';
import { medicalDisclaimer } from './en/medical-disclaimer.js';
import { references } from './en/references.js';
import { secondOpinion } from './en/second-opinion.js';
import { terms } from './en/terms.js';
import type { GuideContent } from './types.js';

/**
 * The guide in English. Written for patients: short sentences, one idea each, medical words
 * explained where they first appear, numbers as "about 7 in 10". Seed ids (S1–S20) tie each
 * statement to the point of the article it carries; `sources` name what backs the rest.
 */
export const en: GuideContent = {
  lang: 'en',

  meta: {
    title: 'Upper back surgery: what to know',
    lastReviewed: '2026-11-26',
    reviewedBy: '',
  },

  sources: {},

  disclaimer: {
    short: {
      text: 'This is general information. It does not replace advice from your own doctor.',
    },
    educational: {
      text: 'This guide is for learning only. It is not medical advice. Talk to your doctor about your own health and your choices.',
    },
    emergency: {
      text: 'In an emergency, call {emergency} right away.',
    },
  },

  overview: {
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
  },

  conservativeCare: {
    title: 'Treatments to try first',
    intro: {
      seeds: ['S6'],
      sources: ['article', 'ng59Summary'],
      text: 'Most doctors try other treatments before they suggest surgery. These may include:',
    },
    treatments: [
      { sources: ['ng59Summary', 'acp2017'], text: 'Exercise or physical therapy. This is often the first thing doctors suggest.' },
      {
        seeds: ['S6'],
        sources: ['article', 'niceQs155'],
        text: 'Pain medicine your doctor prescribes. Strong pain medicines called opioids are not advised for back pain that lasts a long time, because of their risks.',
      },
      {
        seeds: ['S6'],
        sources: ['article', 'ng59Summary'],
        defines: ['chiropractic'],
        text: 'Chiropractic care, which uses the hands to move the spine. UK guidance says to use it only together with exercise.',
      },
      { seeds: ['S6'], sources: ['article', 'ng59Summary'], text: 'Massage, also best together with exercise' },
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
    pathTitle: 'The usual path to a decision',
    path: [
      {
        seeds: ['S6'],
        title: 'Try conservative care',
        body: [{ seeds: ['S6'], sources: ['article'], text: 'Start with treatments that do not need an operation. Give them time to work.' }],
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
      sources: ['patientInfoScc', 'nhsSciatica'],
      text: 'This path is for planned surgery. If you have signs of an emergency, such as legs that get weaker or losing control of your bladder, get help right away.',
    },
  },

  comparison: {
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
            sources: ['article', 'nhsOverview'],
            defines: ['generalAnesthesia'],
            text: 'General anesthesia: medicine that puts you fully to sleep. It has its own risks.',
          },
          hospitalStay: {
            sources: ['nhsRecovery', 'oltulu2019'],
            text: 'Often 1 to 4 days after a lower back decompression. Upper back operations can take longer.',
          },
          recovery: {
            sources: ['nhsRecovery', 'adamDischarge'],
            text: 'About 4 to 6 weeks to move about as before, after a lower back decompression. After a fusion, bones take months to heal.',
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
            text: 'The article reports that it eases back pain for about 7 in 10 people who choose it. The authors of this guide found no study behind this figure. Results depend on the problem treated.',
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
            text: 'The article says people usually go home the same day. This is true only for some of these operations.',
          },
          recovery: {
            seeds: ['S13'],
            sources: ['article', 'brouwer2015'],
            text: 'The article says recovery is quick. But in one trial, people got better faster after standard surgery than after laser treatment.',
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
            text: 'The article says laser surgery is used for bulging or herniated discs and stenosis. UK guidance looks at it for the lumbar spine, which means the lower back.',
          },
          results: {
            sources: ['jaaosLaser', 'brouwer2017'],
            text: 'There is little proof that laser surgery works better. It adds risks of its own.',
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
        text: 'In one trial, people had a herniated disc in the lower back. After 2 years, about half of those treated with a laser had needed another operation. After standard surgery, about 1 in 5 had.',
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
  },

  risks: {
    title: 'Risks of surgery',
    intro: {
      seeds: ['S17'],
      sources: ['article'],
      text: 'Every surgery has risks. Ask your surgeon how likely each one is for you.',
    },
    commonTitle: 'Risks of every surgery',
    furtherTitle: 'Other risks of spine surgery',
    items: [
      {
        id: 'anaesthesia',
        common: true,
        seeds: ['S17'],
        sources: ['article', 'rcoaSideEffects', 'wuthGeneral'],
        name: 'Reaction to anesthesia',
        detail: 'Anesthesia is the medicine that stops you from feeling pain during surgery. Many people feel sick after it. Some feel dizzy, or confused for a while. Ask your care team about your own risk.',
      },
      {
        id: 'infection',
        common: true,
        seeds: ['S17'],
        sources: ['article', 'nhsRisks'],
        name: 'Infection',
        detail: 'Germs can get into the wound. After a lower back operation, this happens to up to 1 in 25 people.',
      },
      {
        id: 'bleeding',
        common: true,
        seeds: ['S17'],
        sources: ['article'],
        name: 'Bleeding',
        detail: 'You may bleed during or after surgery.',
      },
      {
        id: 'nerve-injury',
        common: false,
        sources: ['nhsRecovery'],
        name: 'Nerve or spinal cord injury',
        detail: 'The nerves or the spinal cord can be hurt. This can cause weakness, numbness or pain. In rare cases, the legs or the bladder stop working properly. Ask your surgeon how likely this is for you.',
      },
      {
        id: 'fluid-leak',
        common: false,
        sources: ['edinburghDecompression'],
        name: 'Spinal fluid leak',
        detail: 'The thin cover around the spinal cord and nerves can tear. Fluid may leak out and cause headaches. A leak seen during surgery can usually be sealed then.',
      },
      {
        id: 'non-union',
        common: false,
        sources: ['nunnaSmoking'],
        name: 'Fusion that does not heal',
        detail: 'After a fusion, the bones may not grow together. People who smoke are almost twice as likely to have this.',
      },
      {
        id: 'adjacent-level',
        common: false,
        sources: ['ohsuFusion'],
        name: 'Strain next to a fusion',
        detail: 'The joined bones can no longer move. This puts more strain on the spine above and below them, which can cause problems later.',
      },
      {
        id: 'blood-clots',
        common: false,
        sources: ['nhsRisks', 'nhsDvt'],
        name: 'Blood clots',
        detail: 'A clot can form in a leg vein. In rare cases, part of it travels to the lungs, which is an emergency. Staying active while you recover lowers the risk.',
      },
      {
        id: 'pain-continues',
        common: false,
        seeds: ['S18'],
        sources: ['article', 'nhsRisks'],
        name: 'Pain that stays or comes back',
        detail: 'After a lower back decompression, up to 1 in 3 people still have symptoms or get them again within a few years.',
      },
    ],
    notACure: {
      seeds: ['S18'],
      sources: ['article', 'nhsRisks'],
      text: 'Many people hope surgery will end their back pain for good. The article says this rarely happens. Surgery may ease pain, but it is not a sure cure.',
    },
  },

  warningSigns: {
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
  },

  recovery: {
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
        what: 'It can take up to 6 weeks for the general pain and tiredness to go away. Most people move about as before after 4 to 6 weeks.',
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
  },

  secondOpinion,
  faq,
  candidacy,
  medicalDisclaimer,
  guide,
  terms,
  references,

};
