import type { Statement, WarningSigns } from '../types.js';

/** One question of the questionnaire: radio buttons (`single`) or checkboxes. */
export interface ChoiceQuestion {
  readonly legend: string;
  /** How the answer is introduced in the summary ("How long"). */
  readonly summaryLabel: string;
  readonly options: readonly { readonly id: string; readonly label: string }[];
}

/** The questions, by id; their ids and option ids appear in the `ubs-candidacy-complete` event. */
export interface CandidacyQuestions {
  readonly duration: ChoiceQuestion;
  readonly recurring: ChoiceQuestion;
  readonly treatments: ChoiceQuestion;
  readonly symptoms: ChoiceQuestion;
  /** Warning signs that need a doctor soon (today), before anything else is tried. */
  readonly redFlags: ChoiceQuestion;
  /** Emergency signs: call for help now. */
  readonly urgent: ChoiceQuestion;
}

/** Text of <candidacy-check>. It gives no diagnosis and no verdict on surgery: only next steps to discuss. */
export interface CandidacyContent {
  readonly title: string;
  readonly intro: Statement;
  readonly notADiagnosis: Statement;
  readonly questions: CandidacyQuestions;
  /** Marks a question that needs an answer. */
  readonly requiredLabel: string;
  /** Hint under checkbox questions. */
  readonly chooseAllHint: string;
  readonly missingAnswer: string;
  readonly submitLabel: string;
  readonly resetLabel: string;
  readonly resultTitle: string;
  readonly summaryTitle: string;
  /** Shown for a checkbox question left empty. */
  readonly noAnswer: string;
  readonly nextStepsTitle: string;
  /** Signs to act on now, shown with the summary (before surgery: not the after-surgery signs). */
  readonly actNow: WarningSigns;
  readonly steps: {
    /** For an emergency sign: the only step shown. */
    readonly urgent: Statement;
    /** For a warning sign that needs a doctor soon: the only step shown. */
    readonly seeDoctorSoon: Statement;
    readonly giveItTime: Statement;
    readonly tryConservativeCare: Statement;
    readonly seeSpecialist: Statement;
    readonly mentionNerveSymptoms: Statement;
    readonly secondOpinion: Statement;
  };
}
