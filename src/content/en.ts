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
    lastReviewed: '2026-11-24',
    reviewedBy: '',
  },

  sources: {
    article: {
      title: 'Upper Back Surgery – Can It Relieve Upper Back Pain?',
      publisher: 'Source article of this guide',
    },
    mayoLaser: {
      title: 'Laser spine surgery: Is it better than traditional surgery?',
      publisher: 'Mayo Clinic',
      url: 'https://www.mayoclinic.org/diseases-conditions/back-pain/expert-answers/laser-spine-surgery/faq-20057843',
    },
    jaaosLaser: {
      title: 'Review of the evidence on lasers in spine surgery',
      publisher: 'Journal of the American Academy of Orthopaedic Surgeons',
      year: 2019,
      citation: 'Radcliff K, et al. J Am Acad Orthop Surg. 2019;27:621.',
    },
    niceIpg357: {
      title: 'Percutaneous intradiscal laser ablation in the lumbar spine (IPG357)',
      publisher: 'National Institute for Health and Care Excellence (NICE)',
      year: 2010,
      url: 'https://www.nice.org.uk/guidance/ipg357',
    },
    niceIpg61: {
      title: 'Endoscopic laser thoracic discectomy (IPG61)',
      publisher: 'National Institute for Health and Care Excellence (NICE)',
      url: 'https://www.nice.org.uk/guidance/ipg61',
    },
    neurospine2023: {
      title: 'Thoracic disc herniation: a review',
      publisher: 'Neurospine',
      year: 2023,
    },
    nhsDecompression: {
      title: 'Lumbar decompression surgery',
      publisher: 'NHS inform',
      url: 'https://www.nhsinform.scot/tests-and-treatments/surgical-procedures/lumbar-decompression-surgery',
    },
    niceNg59: {
      title: 'Low back pain and sciatica in over 16s: assessment and management (NG59)',
      publisher: 'National Institute for Health and Care Excellence (NICE)',
      year: 2016,
      url: 'https://www.nice.org.uk/guidance/ng59',
    },
    aomrcEbi: {
      title: 'Evidence-Based Interventions: spinal fusion for back pain',
      publisher: 'Academy of Medical Royal Colleges',
    },
  },

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
      defines: ['incision'],
      text: 'Upper back surgery is an operation on the spine. Doctors with special training make cuts, called incisions, and use tools to repair damaged parts of the spine.',
    },
    whenConsidered: {
      seeds: ['S2'],
      defines: ['conservativeCare'],
      text: 'Doctors think about surgery when other care has not helped. This other care is called conservative care. It means treatment without an operation.',
    },
    candidatesTitle: 'Who may be offered surgery',
    candidates: {
      seeds: ['S3'],
      sources: ['article'],
      text: 'The article says surgery is most often thought about for upper back pain that lasts a long time or keeps coming back. It also names lower back pain without leg pain.',
    },
    candidatesCaution: {
      sources: ['niceNg59', 'aomrcEbi'],
      text: 'Doctors in the UK advise against fusion surgery for back pain that has no clear cause. Your doctor will look at what is causing your pain.',
    },
    proceduresTitle: 'Common operations',
    dependsOnDiagnosis: {
      seeds: ['S7'],
      text: 'The kind of operation depends on what exactly is wrong with your spine.',
    },
    procedures: [
      {
        seeds: ['S8'],
        title: 'Discectomy',
        body: [
          {
            seeds: ['S8'],
            defines: ['discectomy'],
            text: 'A discectomy is an operation to take out all or part of a damaged disc. A disc is the soft cushion between the bones of the spine.',
          },
          {
            defines: ['herniatedDisc'],
            text: 'A herniated disc is a disc whose soft center pushes out. It can press on a nerve and cause pain.',
          },
        ],
      },
      {
        seeds: ['S8'],
        title: 'Spinal fusion',
        body: [
          {
            seeds: ['S8'],
            defines: ['spinalFusion'],
            text: 'A spinal fusion joins two or more bones of the spine so they grow into one. This stops movement that hurts.',
          },
          {
            text: 'The article also talks about removing an old fusion. This is a less common operation.',
          },
        ],
      },
      {
        title: 'Decompression',
        body: [
          {
            defines: ['stenosis', 'decompression'],
            text: 'Stenosis means the space around the spinal cord or nerves has become too narrow. A decompression makes more room for them.',
          },
        ],
      },
    ],
    hardware: {
      seeds: ['S9'],
      defines: ['hardware'],
      text: 'The surgeon may use hardware such as screws, rods or plates. They hold the spine steady while it heals.',
    },
    rarity: {
      sources: ['neurospine2023'],
      text: 'Disc problems in the upper and middle back that cause symptoms are rare. Fewer than 1 in 100 slipped discs happen there.',
    },
  },

  conservativeCare: {
    title: 'Treatments to try first',
    intro: {
      seeds: ['S6'],
      text: 'Most doctors try other treatments before they suggest surgery. These may include:',
    },
    treatments: [
      { seeds: ['S6'], text: 'Pain medicine your doctor prescribes' },
      { seeds: ['S6'], defines: ['chiropractic'], text: 'Chiropractic care, which uses the hands to move the spine' },
      { seeds: ['S6'], text: 'Massage' },
      { seeds: ['S6'], defines: ['acupuncture'], text: 'Acupuncture, which uses very thin needles' },
    ],
    pathTitle: 'The usual path to a decision',
    path: [
      {
        seeds: ['S6'],
        title: 'Try conservative care',
        body: [{ seeds: ['S6'], text: 'Start with treatments that do not need an operation. Give them time to work.' }],
      },
      {
        seeds: ['S2', 'S7'],
        title: 'See a spine specialist',
        body: [{ seeds: ['S2', 'S7'], text: 'If the pain does not get better, a spine specialist looks for the exact cause.' }],
      },
      {
        seeds: ['S4'],
        title: 'Get a second opinion',
        body: [{ seeds: ['S4'], text: 'Before you agree to surgery, ask another qualified spine specialist for their view.' }],
      },
      {
        seeds: ['S5'],
        title: 'Decide together',
        body: [{ seeds: ['S5'], text: 'The choice is yours. Your doctors help you weigh the good and the bad of each option.' }],
      },
    ],
  },

  comparison: {
    title: 'Open surgery and minimally invasive surgery',
    caption: 'How open surgery compares with minimally invasive surgery, including laser surgery',
    intro: {
      seeds: ['S7'],
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
            text: 'The traditional way. The surgeon opens the back to reach the spine.',
          },
          incision: {
            seeds: ['S10'],
            text: 'A long, deep cut.',
          },
          anaesthesia: {
            seeds: ['S10'],
            defines: ['generalAnesthesia'],
            text: 'General anesthesia: medicine that puts you fully to sleep. It has its own risks.',
          },
          hospitalStay: {
            sources: ['nhsDecompression'],
            text: 'Often 1 to 4 days after a decompression. Longer after a fusion.',
          },
          recovery: {
            sources: ['nhsDecompression'],
            text: 'Weeks to months. A fusion can take a year or more to heal.',
          },
          scarring: {
            text: 'A longer scar.',
          },
          usedFor: {
            seeds: ['S8', 'S9'],
            text: 'Many spine problems, such as removing a disc or a fusion with screws, rods or plates.',
          },
          results: {
            seeds: ['S11'],
            sources: ['article'],
            text: 'The article reports that it eases back pain for about 7 in 10 people who choose it. We found no study behind this figure. Results depend on the problem treated.',
          },
        },
      },
      'minimally-invasive': {
        seeds: ['S12', 'S13'],
        name: 'Minimally invasive surgery, including laser',
        facts: {
          whatItIs: {
            seeds: ['S12', 'S13'],
            text: 'The surgeon works through small cuts with special tools. Laser surgery is one kind, and it is popular.',
          },
          incision: {
            seeds: ['S13'],
            sources: ['mayoLaser'],
            text: 'Small cuts. It still needs cuts, so it is still surgery.',
          },
          anaesthesia: {
            seeds: ['S14'],
            defines: ['localAnesthesia'],
            text: 'Some of these operations use local anesthesia, which numbs only one area. This may help people who cannot have general anesthesia.',
          },
          hospitalStay: {
            seeds: ['S15'],
            text: 'For some of these operations, people go home the same day.',
          },
          recovery: {
            seeds: ['S13'],
            text: 'Often faster, but it depends on the operation and on you.',
          },
          scarring: {
            seeds: ['S13'],
            text: 'Smaller scars. There are still scars.',
          },
          usedFor: {
            seeds: ['S16'],
            sources: ['niceIpg357'],
            defines: ['lumbar'],
            text: 'Laser surgery is used for bulging or herniated discs and stenosis. Many of these uses are in the lumbar spine, which means the lower back.',
          },
          results: {
            sources: ['mayoLaser', 'jaaosLaser'],
            text: 'There is little proof that laser surgery works better. It has the same kinds of risks as other surgery.',
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
        sources: ['mayoLaser', 'jaaosLaser'],
        text: 'No careful trial has tested laser spine surgery. A 2019 review found little proof that it helps. Heat from the laser can hurt nerves.',
      },
      {
        sources: ['jaaosLaser'],
        text: 'A laser cannot remove bone. So it suits few cases of stenosis.',
      },
      {
        sources: ['niceIpg357', 'niceIpg61'],
        text: 'UK experts support laser only for a disc bulge in the lower back that has not broken open. They found too little proof for laser disc surgery in the upper back.',
      },
      {
        seeds: ['S14', 'S15'],
        text: 'Local anesthesia and going home the same day apply only to some operations.',
      },
    ],
  },

  risks: {
    title: 'Risks of surgery',
    intro: {
      seeds: ['S17'],
      text: 'Every surgery has risks. Ask your surgeon how likely each one is for you.',
    },
    commonTitle: 'Risks of every surgery',
    furtherTitle: 'Other risks of spine surgery',
    items: [
      {
        id: 'anaesthesia',
        common: true,
        seeds: ['S17'],
        name: 'Reaction to anesthesia',
        detail: 'Anesthesia is the medicine that stops you from feeling pain during surgery. Some people react badly to it. They may feel sick, get confused, or have trouble breathing.',
      },
      {
        id: 'infection',
        common: true,
        seeds: ['S17'],
        name: 'Infection',
        detail: 'Germs can get into the wound. Most infections are treated with medicine. Some need another operation.',
      },
      {
        id: 'bleeding',
        common: true,
        seeds: ['S17'],
        name: 'Bleeding',
        detail: 'You may bleed during or after surgery. A few people need blood from a donor.',
      },
      {
        id: 'nerve-injury',
        common: false,
        name: 'Nerve or spinal cord injury',
        detail: 'The nerves or the spinal cord can be hurt. This can cause weakness, numbness or pain. It is rare.',
      },
      {
        id: 'fluid-leak',
        common: false,
        name: 'Spinal fluid leak',
        detail: 'The thin cover around the spinal cord can tear. Fluid may leak out and cause headaches. It is often fixed during surgery.',
      },
      {
        id: 'non-union',
        common: false,
        name: 'Fusion that does not heal',
        detail: 'After a fusion, the bones may not grow together. Smoking makes this about twice as likely.',
      },
      {
        id: 'hardware',
        common: false,
        name: 'Problems with screws, rods or plates',
        detail: 'Hardware can move, break or bother you. Some people need another operation to fix or remove it.',
      },
      {
        id: 'adjacent-level',
        common: false,
        name: 'Wear next to the operated area',
        detail: 'After a fusion, the parts of the spine just above or below take more strain. Over time they can wear out faster.',
      },
      {
        id: 'blood-clots',
        common: false,
        name: 'Blood clots',
        detail: 'A clot can form in a leg vein. It can travel to the lungs, which is an emergency. Moving early and other steps lower the risk.',
      },
      {
        id: 'pain-continues',
        common: false,
        seeds: ['S18'],
        name: 'Pain that stays or comes back',
        detail: 'Some people still have pain after surgery. For others, the pain comes back later.',
      },
    ],
    notACure: {
      seeds: ['S18'],
      text: 'Many people hope surgery will end their back pain for good. This rarely happens. Surgery may ease pain, but it is not a sure cure.',
    },
  },

  warningSigns: {
    title: 'Get urgent care after surgery if you have:',
    intro: {
      text: 'Call your surgeon or {emergency} right away if you notice any of these signs.',
    },
    signs: [
      { text: 'A fever' },
      { text: 'A wound that is red, hot or leaking' },
      { text: 'New weakness or numbness in your arms or legs' },
      { text: 'Loss of control of your bladder or bowels' },
      { text: 'Chest pain or shortness of breath' },
      { text: 'A calf that is swollen and painful' },
    ],
  },

  recovery: {
    title: 'Recovering from surgery',
    dependsOnTitle: 'What recovery depends on',
    dependsOn: {
      seeds: ['S20'],
      text: 'How fast you recover depends on your age and your general health and fitness.',
    },
    timelineTitle: 'A typical timeline',
    timeline: [
      {
        sources: ['nhsDecompression'],
        when: 'First 1 to 4 days',
        what: 'Most people stay in hospital for 1 to 4 days after a decompression. Some go home the same day.',
      },
      {
        sources: ['nhsDecompression'],
        when: 'After 2 to 4 weeks',
        what: 'Many people can do light tasks again. Ask your doctor when it is safe to drive.',
      },
      {
        sources: ['nhsDecompression'],
        when: 'After about 6 weeks',
        what: 'Many people can go back to some kinds of work.',
      },
      {
        sources: ['nhsDecompression'],
        when: 'After 12 to 18 months',
        what: 'You may feel the full benefit of the operation.',
      },
    ],
    fusionNote: {
      text: 'A fusion takes longer. The bones need months, sometimes more than a year, to grow together.',
    },
    lifestyleTitle: 'Healthy habits to talk about with your doctor',
    lifestyleIntro: {
      seeds: ['S19'],
      text: 'Recovery needs care and time. Ask your doctor how to stay healthy after surgery. You can ask about:',
    },
    lifestyle: [
      { seeds: ['S19'], text: 'Walking a little more each day' },
      { seeds: ['S19'], text: 'Exercises or physical therapy to make your back strong' },
      { seeds: ['S19'], text: 'Quitting smoking, which helps bones heal' },
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
