import type { CandidacyAnswers, CandidacyContent } from '../content/sections/candidacy.js';

export type { CandidacyAnswers, QuestionId } from '../content/sections/candidacy.js';

/** A next step the summary can suggest (a key of `candidacy.steps`). */
export type StepId = keyof CandidacyContent['steps'];

/** The steps that cannot wait, each shown alone as a care card of its level. */
export type TriageStep = 'urgent' | 'seeDoctorSoon';

/**
 * The step that cannot wait, if any answer calls for one: an emergency sign (`urgent`) before a
 * warning sign that needs a doctor today (`redFlags`). It reads those two questions only, so no other
 * question, answered or not, can hold it back: the element shows it as soon as a box is ticked.
 */
export function triageStep(answers: Partial<CandidacyAnswers>): TriageStep | undefined {
  if ((answers.urgent?.length ?? 0) > 0) return 'urgent';
  if ((answers.redFlags?.length ?? 0) > 0) return 'seeDoctorSoon';
  return undefined;
}

/**
 * The next steps that fit the answers, in order. Never a verdict on surgery.
 *
 * Safety first: a step that cannot wait (`triageStep`) is the only step, whatever else was answered.
 * Advice such as "get a second opinion first" must never sit beside it, because it could delay care.
 * Upper back pain is not told to "give it time": new pain should be checked by a doctor within days,
 * and that step is never shown for pain of 6 weeks or more.
 */
export function nextSteps(answers: CandidacyAnswers): StepId[] {
  const triage = triageStep(answers);
  if (triage) return [triage];
  const [duration] = answers.duration;
  const [recurring] = answers.recurring;
  const tried = answers.treatments.length > 0;
  const steps: StepId[] = [];
  if (duration === 'under-6-weeks') steps.push('checkWithinDays');
  else if (!tried) steps.push('tryConservativeCare');
  if (duration === 'over-3-months' || recurring === 'yes' || (duration === '6-weeks-to-3-months' && tried)) steps.push('seeSpecialist');
  steps.push('secondOpinion');
  return steps;
}

/** Steps that cannot wait: shown alone, as a care card. */
export const isUrgentStep = (step: StepId): step is TriageStep => step === 'urgent' || step === 'seeDoctorSoon';
