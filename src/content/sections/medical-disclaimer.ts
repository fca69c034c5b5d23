/** Labels of <medical-disclaimer> (the notices themselves are GuideContent.disclaimer). */
export interface MedicalDisclaimerContent {
  readonly title: string;
  readonly lastReviewedLabel: string;
  readonly reviewedByLabel: string;
  readonly sourcesTitle: string;
  /** Shown before the list of sources: what they are for. */
  readonly sourcesIntro: string;
}
