/** Labels of <medical-disclaimer> (the notices themselves are GuideContent.disclaimer). */
export interface MedicalDisclaimerContent {
  readonly title: string;
  readonly lastReviewedLabel: string;
  readonly reviewedByLabel: string;
  /**
   * Added after the reviewer (or the review date, without one) when the reviewer signed another
   * version of the text than the one shown (the `reviewedVersion` setting).
   */
  readonly earlierVersion: string;
  readonly sourcesTitle: string;
  /** Shown before the list of sources: what they are for. */
  readonly sourcesIntro: string;
  /**
   * How the review date is written: `{day}`, `{month}` and `{year}` are filled in. Written out here
   * rather than by `Intl.DateTimeFormat`, whose first use on a page costs the render tens of
   * milliseconds on a phone.
   */
  readonly date: string;
  /** The names of the months, January first. */
  readonly months: readonly string[];
}
