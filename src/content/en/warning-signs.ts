import type { GuideContent } from '../types.js';

/**
 * Signs after surgery, in two care cards: those that can mean bleeding or swelling pressing on the
 * spinal cord, a blood clot in the lungs or a heart problem go to the emergency number; the rest to the
 * surgeon. The NHS page lists them all for the hospital; a sign of cord compression is an emergency
 * (patient.info), as are loss of bladder or bowel control (Northern Trust) and chest pain with
 * breathlessness (NHS 111 Wales).
 */
export const warningSigns: GuideContent['warningSigns'] = {
  emergency: {
    title: 'Call {emergency} now if, after surgery, you have:',
    signs: [
      { sources: ['nhsDvt', 'nhsHeartAttack'], text: 'Chest pain, or sudden trouble breathing' },
      { sources: ['nhsChoicesRecovery', 'patientInfoScc'], text: 'Legs you cannot move, or sudden new weakness or numbness in your legs' },
      { sources: ['nhsChoicesRecovery', 'northernTrustBackPain'], text: 'No control over your bladder or bowels, or you cannot pee' },
    ],
  },
  callSurgeon: {
    title: 'Call your surgeon or the hospital right away if you have:',
    signs: [
      { sources: ['nhsChoicesRecovery'], text: 'A fever of 100.4°F (38°C) or higher' },
      { sources: ['nhsChoicesRecovery'], text: 'A wound that is red or leaking fluid, or stitches that come out' },
      { sources: ['nhsChoicesRecovery'], text: 'A dressing that is soaked with blood' },
      { sources: ['nhsChoicesRecovery'], text: 'Pain, numbness or weakness in your legs, back or buttocks that is getting worse' },
      { sources: ['nhsChoicesRecovery'], text: 'A very bad headache' },
      { sources: ['nhsDvt'], text: 'A calf or leg that is swollen and painful' },
    ],
  },
};
