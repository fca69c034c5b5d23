import type { CareNote, Statement, WarningSigns } from '../types.js';

/** One question of the questionnaire: radio buttons or checkboxes (the element decides which). */
export interface ChoiceQuestion {
  readonly legend: string;
  /** How the answer is introduced in the summary ("How long"). */
  readonly summaryLabel: string;
  readonly options: readonly { readonly id: string; readonly label: string }[];
}

/** A question that needs an answer: it says what is missing, in words that name the question. */
export interface RequiredQuestion extends ChoiceQuestion {
  /** Shown beside the question and in the error summary when it was left empty ("Choose how long…"). */
  readonly missing: string;
}

/** The questions, by id; their ids and option ids appear in the `ubs-candidacy-complete` event. */
export interface CandidacyQuestions {
  /** Emergency signs, asked first: any of them shows "call for help now" at once. */
  readonly urgent: ChoiceQuestion;
  /** Warning signs that need a doctor today, asked second: any of them shows that step at once. */
  readonly redFlags: ChoiceQuestion;
  readonly duration: RequiredQuestion;
  readonly recurring: RequiredQuestion;
  readonly treatments: ChoiceQuestion;
}

/** The questions of the questionnaire, by id. */
export type QuestionId = keyof CandidacyQuestions;

/** A reader's answers: chosen option ids by question (what `ubs-candidacy-complete` carries). Kept in memory only. */
export type CandidacyAnswers = Readonly<Record<QuestionId, readonly string[]>>;

/** Text of <candidacy-check>. It gives no diagnosis and no verdict on surgery: only next steps to discuss. */
export interface CandidacyContent {
  readonly title: string;
  readonly intro: Statement;
  readonly notADiagnosis: Statement;
  readonly questions: CandidacyQuestions;
  /** Under the emergency question, before any answer: what to do if one applies ("call {emergency} now"). */
  readonly urgentHint: string;
  /** Marks a question that needs an answer. */
  readonly requiredLabel: string;
  /** Hint under checkbox questions. */
  readonly chooseAllHint: string;
  /** Heading of the list of unanswered questions after a failed submit ("There is a problem"). */
  readonly errorSummaryTitle: string;
  readonly submitLabel: string;
  readonly resetLabel: string;
  /** Shown in server-rendered HTML until the script defines the element: the questions cannot work without it. */
  readonly needsScript: string;
  readonly resultTitle: string;
  readonly summaryTitle: string;
  /** Shown for a checkbox question left empty. */
  readonly noAnswer: string;
  readonly nextStepsTitle: string;
  /** Signs to act on now, shown with the summary (before surgery: not the after-surgery signs). */
  readonly actNow: WarningSigns;
  readonly steps: {
    /** For an emergency sign: the only step shown, as soon as the box is ticked. */
    readonly urgent: CareNote;
    /** For a warning sign that needs a doctor today: the only step shown, as soon as the box is ticked. */
    readonly seeDoctorSoon: CareNote;
    /** Pain of less than 6 weeks: upper back pain should still be checked within days. Never for longer pain. */
    readonly checkWithinDays: Statement;
    readonly tryConservativeCare: Statement;
    readonly seeSpecialist: Statement;
    readonly secondOpinion: Statement;
  };
}
