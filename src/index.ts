/**
 * upper-back-surgery-elements: importing this module registers every element.
 * Import `upper-back-surgery-elements/<tag>.js` for one element, or `…/classes.js` for the classes
 * without registering any tag.
 */
export * from './classes.js';
import './back-surgery-guide/back-surgery-guide.js';
import './candidacy-check/candidacy-check.js';
import './conservative-care/conservative-care.js';
import './medical-disclaimer/medical-disclaimer.js';
import './procedure-compare/procedure-compare.js';
import './recovery-tips/recovery-tips.js';
import './risk-list/risk-list.js';
import './second-opinion/second-opinion.js';
import './surgery-faq/surgery-faq.js';
import './surgery-overview/surgery-overview.js';
import './ubs-settings/ubs-settings.js';
