import type { CandidacyContent } from '../sections/candidacy.js';

export const candidacy: CandidacyContent = {
  title: 'Questions to think about before you see a specialist',
  intro: {
    text: 'Answer a few questions about your back pain. You will get a summary to take to your doctor and ideas for your next step. Your answers stay on this page. They are not saved or sent anywhere.',
  },
  notADiagnosis: {
    seeds: ['S5'],
    text: 'This is not a diagnosis. It does not say whether you need surgery. Only a doctor who examines you can tell you that, and the choice is yours.',
  },
  questions: {
    duration: {
      legend: 'How long have you had this back pain?',
      summaryLabel: 'How long',
      options: [
        { id: 'under-6-weeks', label: 'Less than 6 weeks' },
        { id: '6-weeks-to-3-months', label: '6 weeks to 3 months' },
        { id: 'over-3-months', label: 'More than 3 months' },
      ],
    },
    recurring: {
      legend: 'Does the pain keep coming back?',
      summaryLabel: 'Keeps coming back',
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
    symptoms: {
      legend: 'Do you also have any of these?',
      summaryLabel: 'Other symptoms',
      options: [
        { id: 'leg-pain', label: 'Pain that goes down a leg' },
        { id: 'weakness', label: 'Weakness in an arm or leg' },
        { id: 'numbness', label: 'Numbness or tingling' },
      ],
    },
    redFlags: {
      legend: 'Do any of these apply to you?',
      summaryLabel: 'Signs a doctor should check soon',
      options: [
        { id: 'fever', label: 'A fever, or you feel very unwell' },
        { id: 'cancer', label: 'You have or have had cancer' },
        { id: 'weight-loss', label: 'You lost weight without trying' },
        { id: 'weak-bones', label: 'You have weak bones (osteoporosis) or have taken steroid medicine for a long time' },
        { id: 'night-pain', label: 'The pain is worse at night or when you lie down' },
        { id: 'walking', label: 'New trouble walking, or you feel unsteady on your feet' },
      ],
    },
    urgent: {
      legend: 'Do you have any of these right now?',
      summaryLabel: 'Emergency signs',
      options: [
        { id: 'chest-pain', label: 'Chest pain, trouble breathing or sweating with your back pain' },
        { id: 'bladder-bowel', label: 'You cannot control your bladder or bowels, or you cannot pee' },
        { id: 'saddle-numbness', label: 'Numbness between your legs or around your bottom' },
        { id: 'fast-weakness', label: 'Weakness or numbness in your legs that is bad or getting worse' },
        { id: 'injury', label: 'The pain started after a bad fall or an accident' },
      ],
    },
  },
  requiredLabel: '(needs an answer)',
  chooseAllHint: 'Choose all that apply, or none.',
  missingAnswer: 'Please answer this question.',
  submitLabel: 'See my summary',
  resetLabel: 'Start again',
  resultTitle: 'Your summary',
  summaryTitle: 'Your answers',
  noAnswer: 'None chosen',
  nextStepsTitle: 'Next steps to talk about with your doctor',
  actNow: {
    title: 'Get help right away if you have back pain with any of these:',
    intro: {
      sources: ['nhsSciatica', 'northernTrustBackPain', 'nhsHeartAttack'],
      text: 'Call {emergency} or go to an emergency room.',
    },
    signs: [
      { sources: ['nhsHeartAttack'], text: 'Chest pain, trouble breathing or sweating' },
      { sources: ['nhsSciatica', 'northernTrustBackPain'], text: 'You cannot control your bladder or bowels, or you cannot pee' },
      { sources: ['nhsSciatica', 'northernTrustBackPain'], text: 'Numbness between your legs or around your bottom' },
      { sources: ['nhsSciatica'], text: 'Weakness or numbness in your legs that is bad or getting worse' },
      { sources: ['northernTrustBackPain'], text: 'Pain that started after a bad fall or an accident' },
    ],
  },
  steps: {
    urgent: {
      sources: ['nhsSciatica', 'northernTrustBackPain', 'nhsHeartAttack'],
      text: 'Some of your answers can be signs of an emergency. Get medical help now: call {emergency} or go to an emergency room.',
    },
    seeDoctorSoon: {
      sources: ['northernTrustBackPain', 'nhsBackPain', 'verhagenRedFlags'],
      text: 'Some of your answers need a doctor to check you soon. Call your doctor today and say that it is urgent.',
    },
    giveItTime: {
      seeds: ['S6'],
      sources: ['acp2017', 'nhsBackPain'],
      text: 'New back pain often gets better in a few weeks. But pain in the upper back, between the shoulders, should be checked by a doctor.',
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
    mentionNerveSymptoms: {
      text: 'Tell your doctor about your leg pain, weakness or numbness. Your doctor may want to check them soon.',
    },
    secondOpinion: {
      seeds: ['S4', 'S5'],
      sources: ['article'],
      text: 'If surgery is ever suggested and it is not an emergency, get a second opinion from another spine specialist first. The choice is always yours.',
    },
  },
};
