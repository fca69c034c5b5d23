import type { CandidacyContent } from '../sections/candidacy.js';

export const candidacy: CandidacyContent = {
  title: 'Questions to think about before you see a specialist',
  intro: {
    text: 'Answer a few questions about your back pain. The first questions are about signs that need help fast. Then you will get a summary to take to your doctor, with ideas for your next step. Your answers stay on this page. They are not saved or sent anywhere.',
  },
  notADiagnosis: {
    seeds: ['S5'],
    text: 'This is not a diagnosis. It does not say whether you need surgery. Only a doctor who examines you can tell you that, and the choice is yours.',
  },
  questions: {
    urgent: {
      legend: 'Do you have any of these right now?',
      summaryLabel: 'Emergency signs',
      options: [
        { id: 'chest-pain', label: 'Chest pain, trouble breathing, or sweating with your back pain' },
        { id: 'tearing-pain', label: 'Sudden, very bad pain in your chest or upper back. It may feel like tearing or ripping.' },
        { id: 'legs-weakness', label: 'Weakness or numbness in both legs that is bad or getting worse' },
        { id: 'bladder-bowel', label: 'You cannot control your bladder or bowels, or you cannot pee' },
        { id: 'saddle-numbness', label: 'Numbness between your legs or around your bottom' },
        { id: 'minor-fall', label: 'Pain after a small fall or knock, and you are an older adult, have weak bones, or have taken steroid medicine for a long time' },
        { id: 'injury', label: 'Pain that started after a serious accident, such as a car crash or a fall from a height' },
      ],
    },
    redFlags: {
      legend: 'Do any of these apply to you?',
      summaryLabel: 'Signs a doctor should check today',
      options: [
        { id: 'weakness', label: 'New weakness in an arm or a leg' },
        { id: 'numbness', label: 'New numbness or tingling in your arms or legs, or around your chest or belly' },
        { id: 'walking', label: 'Your legs feel stiff or heavy, or you trip or feel unsteady when you walk' },
        { id: 'band-pain', label: 'Pain that wraps around your chest or belly like a band' },
        { id: 'fever', label: 'A fever, or you feel very unwell' },
        { id: 'infection-risk', label: 'You inject drugs, have a weak immune system, or had a serious infection not long ago' },
        { id: 'cancer', label: 'You have or have had cancer' },
        { id: 'weight-loss', label: 'You lost weight without trying' },
        { id: 'weak-bones', label: 'You have weak bones (osteoporosis) or have taken steroid medicine for a long time' },
        { id: 'night-pain', label: 'The pain is worse at night or when you lie down' },
      ],
    },
    duration: {
      legend: 'How long have you had this back pain?',
      summaryLabel: 'How long',
      missing: 'Choose how long you have had this back pain',
      options: [
        { id: 'under-6-weeks', label: 'Less than 6 weeks' },
        { id: '6-weeks-to-3-months', label: '6 weeks to 3 months' },
        { id: 'over-3-months', label: 'More than 3 months' },
      ],
    },
    recurring: {
      legend: 'Does the pain keep coming back?',
      summaryLabel: 'Keeps coming back',
      missing: 'Choose whether the pain keeps coming back',
      options: [
        { id: 'yes', label: 'Yes, it keeps coming back' },
        { id: 'no', label: 'No' },
        { id: 'not-sure', label: 'I am not sure' },
      ],
    },
    treatments: {
      legend: 'Which treatments have you tried for it?',
      summaryLabel: 'Treatments tried',
      options: [
        { id: 'exercise', label: 'Exercise or physical therapy' },
        { id: 'medicine', label: 'Pain medicine from a doctor' },
        { id: 'chiropractic', label: 'Chiropractic care' },
        { id: 'massage', label: 'Massage' },
        { id: 'acupuncture', label: 'Acupuncture' },
      ],
    },
  },
  urgentHint: 'If you have any of these, call {emergency} now. You do not need to answer the other questions.',
  requiredLabel: '(needs an answer)',
  chooseAllHint: 'Choose all that apply, or none.',
  errorSummaryTitle: 'There is a problem',
  submitLabel: 'See my summary',
  resetLabel: 'Start again',
  needsScript: 'These questions need JavaScript to work. If you have any of the emergency signs below, call {emergency} now.',
  resultTitle: 'Your summary',
  summaryTitle: 'Your answers',
  noAnswer: 'None chosen',
  nextStepsTitle: 'Next steps to talk about with your doctor',
  actNow: {
    title: 'Call {emergency} or go to an emergency room if you have back pain and:',
    signs: [
      { sources: ['nhsHeartAttack'], text: 'Chest pain, trouble breathing or sweating' },
      { sources: ['hseAorticDissection'], text: 'Sudden, very bad pain in your chest or upper back that feels like tearing' },
      { sources: ['northernTrustBackPain'], text: 'Weakness or numbness in both legs that is bad or getting worse' },
      { sources: ['northernTrustBackPain'], text: 'You cannot control your bladder or bowels, or you cannot pee' },
      { sources: ['northernTrustBackPain'], text: 'Numbness between your legs or around your bottom' },
      {
        sources: ['northernTrustBackPain', 'glosRedFlags'],
        text: 'Pain after a small fall or knock, if you are an older adult, have weak bones or take steroid medicine',
      },
      { sources: ['northernTrustBackPain'], text: 'Pain that started after a serious accident or a fall from a height' },
    ],
  },
  steps: {
    urgent: {
      sources: ['northernTrustBackPain', 'hseAorticDissection', 'nhsHeartAttack'],
      title: 'Call {emergency} now',
      text: 'One of your answers can be a sign of an emergency. Get medical help now: call {emergency} or go to an emergency room.',
    },
    seeDoctorSoon: {
      sources: ['northernTrustBackPain', 'rnohMscc', 'glosRedFlags'],
      title: 'Call your doctor today',
      text: 'One of your answers needs a doctor to check you soon. Call your doctor today and say that it is urgent.',
    },
    checkWithinDays: {
      sources: ['nhsBackPain'],
      text: 'New pain in the upper back, between the shoulders, should be checked by a doctor soon. Ask for an urgent appointment.',
    },
    tryConservativeCare: {
      seeds: ['S2', 'S6'],
      sources: ['article', 'ng59Summary'],
      text: 'Ask your doctor about treatments without surgery, such as exercise or physical therapy. These are usually tried first.',
    },
    seeSpecialist: {
      seeds: ['S2', 'S7'],
      sources: ['article'],
      text: 'Your pain has lasted a while or keeps coming back. Ask your doctor whether you should see a spine specialist to find the exact cause.',
    },
    secondOpinion: {
      seeds: ['S4', 'S5'],
      sources: ['article'],
      text: 'If a doctor suggests surgery and it is not an emergency, get a second opinion first. Ask another spine specialist what they think. The choice is always yours.',
    },
  },
};
