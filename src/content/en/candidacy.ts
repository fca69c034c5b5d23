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
        { id: 'medicine', label: 'Pain medicine from a doctor' },
        { id: 'chiropractic', label: 'Chiropractic care' },
        { id: 'massage', label: 'Massage' },
        { id: 'acupuncture', label: 'Acupuncture' },
        { id: 'exercise', label: 'Exercise or physical therapy' },
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
    urgent: {
      legend: 'Do you have any of these right now?',
      summaryLabel: 'Urgent signs',
      options: [
        { id: 'bladder-bowel', label: 'You cannot control your bladder or bowels' },
        { id: 'saddle-numbness', label: 'Numbness between your legs or around your bottom' },
        { id: 'fast-weakness', label: 'Weakness in your legs that gets worse quickly' },
        { id: 'fever', label: 'A fever with your back pain' },
      ],
    },
  },
  requiredLabel: '(needs an answer)',
  chooseAllHint: 'Choose all that apply, or none.',
  missingAnswer: 'Please answer this question.',
  submitLabel: 'See my summary',
  resetLabel: 'Start again',
  resultTitle: 'Your summary',
  summaryTitle: 'What you told us',
  noAnswer: 'None',
  nextStepsTitle: 'Next steps to talk about with your doctor',
  steps: {
    urgent: {
      text: 'Some of your answers can be signs of a serious problem. Get medical help now: call {emergency} or go to an emergency room.',
    },
    giveItTime: {
      seeds: ['S6'],
      text: 'Back pain often gets better within a few weeks. Keep up the care your doctor suggests and give it time.',
    },
    tryConservativeCare: {
      seeds: ['S2', 'S6'],
      text: 'Ask your doctor about treatments without surgery, such as medicine, exercise, massage or acupuncture. These are usually tried first.',
    },
    seeSpecialist: {
      seeds: ['S2', 'S7'],
      text: 'Your pain has lasted a while or keeps coming back. Ask your doctor whether you should see a spine specialist to find the exact cause.',
    },
    mentionNerveSymptoms: {
      text: 'Tell your doctor about your leg pain, weakness or numbness. These can mean a nerve is involved, and your doctor may want to check soon.',
    },
    secondOpinion: {
      seeds: ['S4', 'S5'],
      text: 'If surgery is ever suggested, get a second opinion from another spine specialist first. The choice is always yours.',
    },
  },
};
