import type { CandidacyContent } from '../content/sections/candidacy.js';

/** The questions of the questionnaire, by id. */
export type QuestionId = keyof CandidacyContent['questions'];

/** The reader's answers: chosen option ids by question. Kept in memory only. */
export type CandidacyAnswers = Readonly<Record<QuestionId, readonly string[]>>;

/** A next step the summary can suggest (a key of `candidacy.steps`). */
export type StepId = keyof CandidacyContent['steps'];

/**
 * The next steps that fit the answers, in order. Never a verdict on surgery.
 *
 * Safety first: an emergency sign (`urgent`) gives only the emergency step, and a warning sign that
 * needs a doctor soon (`redFlags`) gives only that step. Advice such as "give it time" or "get a
 * second opinion first" must never sit beside them, because it could delay care that cannot wait.
 */
export function nextSteps(answers: CandidacyAnswers): StepId[] {
  if (answers.urgent.length > 0) return ['urgent'];
  if (answers.redFlags.length > 0) return ['seeDoctorSoon'];
  const [duration] = answers.duration;
  const [recurring] = answers.recurring;
  const tried = answers.treatments.length > 0;
  const steps: StepId[] = [];
  if (duration === 'under-6-weeks') steps.push('giveItTime');
  else if (!tried) steps.push('tryConservativeCare');
  if (duration === 'over-3-months' || recurring === 'yes') steps.push('seeSpecialist');
  if (duration === '6-weeks-to-3-months' && recurring !== 'yes' && tried) steps.push('giveItTime');
  if (answers.symptoms.length > 0) steps.push('mentionNerveSymptoms');
  steps.push('secondOpinion');
  return steps;
}

/** Steps that cannot wait: shown alone, in the urgent box. */
export const isUrgentStep = (step: StepId): boolean => step === 'urgent' || step === 'seeDoctorSoon';
