/**
 * The content schema of the guide. Every language is one object of type {@link GuideContent}, so a
 * missing or misspelt key in a translation is a compile error, and elements only select and render.
 *
 * Patient-facing text lives here and nowhere else: no sentence is written inside a template.
 */

import type { CandidacyContent } from './sections/candidacy.js';
import type { FaqContent } from './sections/faq.js';
import type { GuideShellContent } from './sections/guide.js';
import type { MedicalDisclaimerContent } from './sections/medical-disclaimer.js';
import type { ReferencesContent, Term, TermId } from './sections/references.js';
import type { SecondOpinionContent } from './sections/second-opinion.js';

export type { CandidacyContent, FaqContent, GuideShellContent, MedicalDisclaimerContent, ReferencesContent, SecondOpinionContent, Term, TermId };

/** The points of the source article, as numbered in `shared/content-brief.md` (S1–S20). */
export type SeedId =
  | 'S1' | 'S2' | 'S3' | 'S4' | 'S5' | 'S6' | 'S7' | 'S8' | 'S9' | 'S10'
  | 'S11' | 'S12' | 'S13' | 'S14' | 'S15' | 'S16' | 'S17' | 'S18' | 'S19' | 'S20';

/** Keys of {@link GuideContent.sources}. */
export type SourceId =
  | 'article'
  | 'mayoLaser'
  | 'jaaosLaser'
  | 'niceIpg357'
  | 'niceIpg61'
  | 'neurospine2023'
  | 'nhsDecompression'
  | 'niceNg59'
  | 'aomrcEbi';

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

export interface Source {
  readonly title: string;
  readonly publisher: string;
  /** Year of publication, when known. */
  readonly year?: number;
  readonly url?: string;
  /** DOI of a journal article, e.g. `10.5435/JAAOS-D-18-00000` (shown as a https://doi.org link). */
  readonly doi?: string;
  /** A short citation for a journal article. */
  readonly citation?: string;
  /**
   * Language of the title when it is not the guide's (a Spanish guide cites English titles), so
   * screen readers pronounce it right.
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

  readonly sources: Readonly<Record<SourceId, Source>>;

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
    readonly whenConsidered: Statement;
    readonly candidatesTitle: string;
    readonly candidates: Statement;
    /** The guideline caution that sits beside the article's candidacy statement. */
    readonly candidatesCaution: Statement;
    readonly proceduresTitle: string;
    readonly dependsOnDiagnosis: Statement;
    readonly procedures: readonly Topic[];
    readonly hardware: Statement;
    readonly rarity: Statement;
  };

  readonly conservativeCare: {
    readonly title: string;
    readonly intro: Statement;
    readonly treatments: readonly Statement[];
    readonly pathTitle: string;
    /** The path towards a decision, in order. */
    readonly path: readonly Topic[];
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

  readonly warningSigns: {
    readonly title: string;
    readonly intro: Statement;
    readonly signs: readonly Statement[];
  };

  readonly recovery: {
    readonly title: string;
    readonly dependsOnTitle: string;
    readonly dependsOn: Statement;
    readonly timelineTitle: string;
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
}
