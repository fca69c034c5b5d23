import type { CareLevel } from '../types.js';

/** The medical words the guide defines for readers, by id (the same ids in every language). */
export type TermId =
  | 'acupuncture'
  | 'chiropractic'
  | 'conservativeCare'
  | 'decompression'
  | 'discectomy'
  | 'dura'
  | 'generalAnesthesia'
  | 'hardware'
  | 'herniatedDisc'
  | 'incision'
  | 'localAnesthesia'
  | 'lumbar'
  | 'opioid'
  | 'sedation'
  | 'spinalCord'
  | 'spinalFusion'
  | 'stenosis'
  | 'thoracicSpine'
  | 'vertebra';

/** A medical word and its plain-language definition. */
export interface Term {
  readonly id: TermId;
  /** The word as shown before its definition. */
  readonly term: string;
  /** What it means, in plain words (no other defined term in it). */
  readonly definition: string;
  /** Word forms that count as a use of the term: whole words, any case (e.g. `herniated discs`). */
  readonly forms: readonly string[];
}

/** Labels around the sources and the emergency number. */
export interface ReferencesContent {
  /** Summary of the list of sources at the end of an element; `{count}` is the number of sources. */
  readonly sourcesSummary: string;
  /** For a web page that shows no date of its own: when it was read; `{date}` is a YYYY-MM-DD date. */
  readonly readOn: string;
  /** Read out by screen readers before a source marker's number ("Source 1"). */
  readonly sourceLabel: string;
  /** The same before several numbers ("Sources 1, 2 and 5"). */
  readonly sourcesLabel: string;
  /** The word before the last of several numbers ("and"). */
  readonly listAnd: string;
  /** The link back from a source to the marker the reader followed to it. */
  readonly backToText: string;
  /** Summary of the whole guide's list of sources (the notice's); `{count}` is the number of sources. */
  readonly allSourcesSummary: string;
  /**
   * Fills `{emergency}` in the text when the page sets no `emergencyNumber`, e.g. "your local
   * emergency number" ("Call {emergency} right away").
   */
  readonly emergencyNumber: string;
  /**
   * Read by screen readers before a care card's heading, so its level is heard, not only seen
   * ("Immediate action required: "); each ends with the space before the heading's words.
   */
  readonly careLevels: Readonly<Record<CareLevel, string>>;
}
