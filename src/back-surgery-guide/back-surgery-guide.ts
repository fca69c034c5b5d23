// The guide shows the section elements by tag: register them with it.
import '../candidacy-check/candidacy-check.js';
import '../conservative-care/conservative-care.js';
import '../medical-disclaimer/medical-disclaimer.js';
import '../procedure-compare/procedure-compare.js';
import '../recovery-tips/recovery-tips.js';
import '../risk-list/risk-list.js';
import '../second-opinion/second-opinion.js';
import '../surgery-faq/surgery-faq.js';
import '../surgery-overview/surgery-overview.js';
import { defineElement } from '../shared/define.js';
import { BackSurgeryGuide } from './back-surgery-guide.component.js';

export { BackSurgeryGuide };

defineElement('back-surgery-guide', BackSurgeryGuide);

declare global {
  interface HTMLElementTagNameMap {
    'back-surgery-guide': BackSurgeryGuide;
  }
}
