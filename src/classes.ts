/**
 * Every element class, without registering any tag: for sites that pick their own tag names,
 * e.g. `customElements.define('clinic-risks', RiskList)`.
 */
export { GuideElement } from './shared/guide-element.js';
export { ProcedureCompare } from './procedure-compare/procedure-compare.component.js';
export { RiskList } from './risk-list/risk-list.component.js';
export { RecoveryTips } from './recovery-tips/recovery-tips.component.js';
export { UbsSettings } from './ubs-settings/ubs-settings.component.js';
export { VERSION } from './shared/version.js';
