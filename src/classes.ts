/**
 * Every element class, without registering any tag: for sites that pick their own tag names,
 * e.g. `customElements.define('clinic-risks', RiskList)`.
 */
export { GuideElement } from './shared/guide-element.js';
export { BackSurgeryGuide } from './back-surgery-guide/back-surgery-guide.component.js';
export { CandidacyCheck } from './candidacy-check/candidacy-check.component.js';
export { ConservativeCare } from './conservative-care/conservative-care.component.js';
export { MedicalDisclaimer } from './medical-disclaimer/medical-disclaimer.component.js';
export { ProcedureCompare } from './procedure-compare/procedure-compare.component.js';
export { RecoveryTips } from './recovery-tips/recovery-tips.component.js';
export { RiskList } from './risk-list/risk-list.component.js';
export { SecondOpinion } from './second-opinion/second-opinion.component.js';
export { SurgeryFaq } from './surgery-faq/surgery-faq.component.js';
export { SurgeryOverview } from './surgery-overview/surgery-overview.component.js';
export { UbsSettings } from './ubs-settings/ubs-settings.component.js';
export { VERSION } from './shared/version.js';
export type { UbsCandidacyCompleteDetail, UbsContactDetail, UbsEventMap, UbsOverrideRejectedDetail, UbsToggleDetail } from './shared/events.js';
