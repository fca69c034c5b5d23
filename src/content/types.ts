/**
 * The content schema of the guide. Every language is one object of type {@link GuideContent}, so a
 * missing or misspelt key in a translation is a compile error, and elements only select and render.
 *
 * Patient-facing text lives here and nowhere else: no sentence is written inside a template.
 */

import type { CandidacyContent } from './sections/candidacy.js';
import type { FaqContent } from './sections/faq.js';
import type { GuideShellContent } from './sections/guide.js';
import type { IllustrationsContent, KeyPointsContent } from './sections/key-points.js';
import type { MedicalDisclaimerContent } from './sections/medical-disclaimer.js';
import type { ReferencesContent, Term, TermId } from './sections/references.js';
import type { SecondOpinionContent } from './sections/second-opinion.js';

export type { Illustration, IllustrationsContent, KeyPointsContent, Restatement } from './sections/key-points.js';
export type { CandidacyContent, FaqContent, GuideShellContent, MedicalDisclaimerContent, ReferencesContent, SecondOpinionContent, Term, TermId };

/** The points of the source article, as numbered in `shared/content-brief.md` (S1–S20). */
export type SeedId =
  | 'S1' | 'S2' | 'S3' | 'S4' | 'S5' | 'S6' | 'S7' | 'S8' | 'S9' | 'S10'
  | 'S11' | 'S12' | 'S13' | 'S14' | 'S15' | 'S16' | 'S17' | 'S18' | 'S19' | 'S20';

/** Ids of the guide's sources: the keys of `sources.ts` (loaded on demand: see `src/shared/i18n/bibliography.ts`). */
export type { SourceId } from './sources.js';
import type { SourceId } from './sources.js';

/** Where a piece of text comes from: the article's points it carries, and the sources behind it. */
export interface Traced {
  /** Article points this text carries (kept so a test can prove none is lost). */
  readonly seeds?: readonly SeedId[];
  /**
   * Sources that back the statement, shown to readers as numbered markers. A statement with a
   * number in it needs one (`article` when the figure is the article's own).
   */
  readonly sources?: readonly SourceId[];
  /** Terms this text explains itself ("Stenosis means…"), so no separate definition is added. */
  readonly defines?: readonly TermId[];
}

/** One plain-language statement. */
export interface Statement extends Traced {
  readonly text: string;
}

/** A short heading with the statements under it. */
export interface Topic extends Traced {
  readonly title: string;
  readonly body: readonly Statement[];
}

/** Text the guide gives in each of its languages (a source's description), or a name shown as written. */
export type Localized = string | Readonly<Record<'en' | 'es', string>>;

export interface Source {
  /** The title exactly as published. */
  readonly title: string;
  /**
   * The publisher, or the authors (Vancouver style: "Brouwer PA, Brand R, et al."): names, shown as
   * written (in English, and marked so for a reader of another language); a description in each language.
   */
  readonly publisher: Localized;
  /** Year of publication, when the source shows one. A journal article needs one. */
  readonly year?: number;
  readonly url?: string;
  /** A journal article's citation ("Spine J. 2015;15(5):857-865."); such an entry needs a year and a DOI or PMID. */
  readonly citation?: string;
  /** DOI of a journal article, e.g. `10.5435/JAAOS-D-18-00000` (shown as a https://doi.org link). */
  readonly doi?: string;
  /** PubMed id of a journal article (shown as a link to PubMed). */
  readonly pmid?: string;
  /** ISO date someone on the team read the page (or abstract) the statements rest on. */
  readonly accessed?: string;
  /**
   * What a reader should know about the entry, in the reader's language: the page's own dates, whom
   * it was written for, or that it is an archived copy of an earlier version.
   */
  readonly note?: Localized;
  /** The same page in Spanish, read too: shown to Spanish readers beside the English one. */
  readonly spanish?: { readonly publisher: string; readonly title: string; readonly url: string };
  /**
   * Written about the lower back (lumbar spine) only: a figure from it must say so where it is shown,
   * so no reader takes it for the upper back.
   */
  readonly lowerBack?: true;
  /**
   * Language of the title when it is not the guide's (a Spanish guide cites English titles), so
   * screen readers pronounce it right. The guide's own sources are English unless this says otherwise.
   */
  readonly lang?: string;
}

/** The two kinds of operation the comparison shows. */
export type ProcedureId = 'open' | 'minimally-invasive';

/** The facts compared for each procedure, in display order. */
export type ComparisonRowId =
  | 'whatItIs'
  | 'incision'
  | 'anaesthesia'
  | 'hospitalStay'
  | 'recovery'
  | 'scarring'
  | 'usedFor'
  | 'results';

export interface Procedure extends Traced {
  readonly name: string;
  /** One statement per compared fact. */
  readonly facts: Readonly<Record<ComparisonRowId, Statement>>;
}

export interface Risk extends Traced {
  readonly id: string;
  readonly name: string;
  readonly detail: string;
  /** Risks that every operation carries (shown by `show="common"`). */
  readonly common: boolean;
}

export interface TimelineStep extends Traced {
  /** When, in words a patient reads ("First 1 to 4 days"). */
  readonly when: string;
  readonly what: string;
}

/**
 * How fast a reader must act, as the NHS's care cards grade it: `emergency` (call the emergency number
 * now), `urgent` (a doctor today) or `non-urgent` (talk to a doctor). Every element that says when to
 * get help shows it as a care card of its level, the same way.
 */
export type CareLevel = 'emergency' | 'urgent' | 'non-urgent';

/** Advice that cannot wait, as a care card: a heading that says whom to contact and how fast, then what to do. */
export interface CareNote extends Statement {
  readonly title: string;
}

/** Signs that need care at one level, with what to do about them. */
export interface WarningSigns {
  /** Says whom to contact and how fast ("Call {emergency} if you have:"). */
  readonly title: string;
  readonly intro?: Statement;
  readonly signs: readonly Statement[];
}

export interface GuideContent {
  /** BCP 47 code of this content's language. */
  readonly lang: string;

  readonly meta: {
    readonly title: string;
    /** ISO date (YYYY-MM-DD) when the text was last checked against its sources. */
    readonly lastReviewed: string;
    /** Empty by default: the clinic names its reviewer; we never invent one. */
    readonly reviewedBy: string;
  };

  /**
   * Sources a clinic adds with its text changes, by id (empty in the guide itself). A statement's
   * `sources` name these or the guide's own (`SourceId`), which live in `sources.ts`.
   */
  readonly sources: Readonly<Record<string, Source>>;

  /** Medical words, each defined once per element where it is first used. */
  readonly terms: readonly Term[];

  /** Labels of source markers and lists, and the words for the emergency number. */
  readonly references: ReferencesContent;

  /** Educational-only notice that travels with every element that gives guidance. */
  readonly disclaimer: {
    readonly short: Statement;
    readonly educational: Statement;
    readonly emergency: Statement;
  };

  readonly overview: {
    readonly title: string;
    readonly whatItIs: Statement;
    /** What "upper back" means (the thoracic spine). */
    readonly upperBack: Statement;
    readonly whenConsidered: Statement;
    /** The exception to "try other care first": problems that cannot wait, as an emergency care card. */
    readonly emergencies: WarningSigns;
    readonly candidatesTitle: string;
    readonly candidates: Statement;
    /** The guideline caution that sits beside the article's candidacy statement. */
    readonly candidatesCaution: Statement;
    /** The problems upper back surgery is usually done for: a clear cause a doctor can find. */
    readonly usualReasons: Statement;
    /** Long-lasting pain with no clear cause is rarely helped by surgery. */
    readonly noClearCause: Statement;
    /** Pressure on the spinal cord with signs of it may not wait for a long trial of other care. */
    readonly cordPressure: Statement;
    readonly proceduresTitle: string;
    readonly dependsOnDiagnosis: Statement;
    readonly procedures: readonly Topic[];
    readonly hardware: Statement;
    readonly rarity: Statement;
    /** Cement for a spine bone broken by weak bones: what it is and what the trials found. */
    readonly vertebroplasty: Topic;
  };

  readonly conservativeCare: {
    readonly title: string;
    readonly intro: Statement;
    readonly treatments: readonly Statement[];
    /** The guidelines behind the treatments are about the lower back. */
    readonly lowBackNote: Statement;
    readonly pathTitle: string;
    /** The path towards a decision, in order. */
    readonly path: readonly Topic[];
    /** A scan is usually not needed without warning signs (lower back guidance). */
    readonly imaging: Statement;
    /** The path is for planned surgery: emergencies do not wait for it (an emergency care card). */
    readonly emergencyNote: CareNote;
  };

  readonly comparison: {
    readonly title: string;
    readonly caption: string;
    readonly intro: Statement;
    readonly rowLabels: Readonly<Record<ComparisonRowId, string>>;
    /** Header of the first column (the compared facts). */
    readonly factHeader: string;
    /** Label that marks the highlighted procedure, for screen readers and sighted users. */
    readonly highlightedLabel: string;
    readonly procedures: Readonly<Record<ProcedureId, Procedure>>;
    readonly evidenceTitle: string;
    readonly evidence: readonly Statement[];
  };

  readonly risks: {
    readonly title: string;
    readonly intro: Statement;
    readonly commonTitle: string;
    readonly furtherTitle: string;
    readonly items: readonly Risk[];
    readonly notACure: Statement;
  };

  /** Signs after surgery: those that need the emergency number now, and those that need the surgeon today. */
  readonly warningSigns: {
    readonly emergency: WarningSigns;
    readonly callSurgeon: WarningSigns;
  };

  readonly recovery: {
    readonly title: string;
    readonly dependsOnTitle: string;
    readonly dependsOn: Statement;
    readonly timelineTitle: string;
    /** Where the timeline's figures come from (the lower back), and that the upper back differs. */
    readonly timelineNote: Statement;
    readonly timeline: readonly TimelineStep[];
    readonly fusionNote: Statement;
    readonly lifestyleTitle: string;
    readonly lifestyleIntro: Statement;
    readonly lifestyle: readonly Statement[];
  };

  readonly secondOpinion: SecondOpinionContent;
  readonly faq: FaqContent;
  readonly candidacy: CandidacyContent;
  readonly medicalDisclaimer: MedicalDisclaimerContent;
  /** The whole guide's own title and table of contents. */
  readonly guide: GuideShellContent;
  /** The short summary at the top of the whole guide. */
  readonly keyPoints: KeyPointsContent;
  /** The drawings' text alternatives and captions. */
  readonly illustrations: IllustrationsContent;
}
