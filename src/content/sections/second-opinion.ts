import type { Statement } from '../types.js';

/** Text of <second-opinion>. */
export interface SecondOpinionContent {
  readonly title: string;
  readonly why: readonly Statement[];
  readonly howTitle: string;
  readonly how: readonly Statement[];
}
