/** Text of <medical-disclaimer> (labels; the notices themselves are GuideContent.disclaimer). */
export interface MedicalDisclaimerContent {
  readonly title: string;
}
