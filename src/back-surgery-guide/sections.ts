/**
 * The sections of `<back-surgery-guide>` in the order a patient needs them: what surgery is, what to
 * try first, a look at one's own situation, the choices, their risks, a second opinion before
 * agreeing, recovery after, the remaining questions, and finally what this information is and where
 * it comes from. Plain data (no DOM), so the reviewer's packet prints the guide in the same order.
 */
export const GUIDE_SECTIONS = [
  'surgery-overview',
  'conservative-care',
  'candidacy-check',
  'procedure-compare',
  'risk-list',
  'second-opinion',
  'recovery-tips',
  'surgery-faq',
  'medical-disclaimer',
] as const;
