/** Text of <candidacy-check>. */
export interface CandidacyContent {
  readonly title: string;
}
