import type { Statement } from '../types.js';

/** Text of <second-opinion>. */
export interface SecondOpinionContent {
  readonly title: string;
  readonly why: readonly Statement[];
  readonly howTitle: string;
  readonly how: readonly Statement[];
  /** Heading of the clinic's contact box; `{clinic}` is replaced by the clinic's name. */
  readonly contactTitle: string;
  /** Heading of the contact box when the clinic gave no name. */
  readonly contactTitleNoName: string;
  readonly callLabel: string;
  readonly bookLabel: string;
  readonly emailLabel: string;
}
