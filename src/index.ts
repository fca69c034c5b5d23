/**
 * upper-back-surgery-elements: importing this module registers every element.
 * Import `upper-back-surgery-elements/<tag>.js` for one element, or `…/classes.js` for the classes
 * without registering any tag.
 */
export * from './classes.js';
import './procedure-compare/procedure-compare.js';
import './risk-list/risk-list.js';
import './recovery-tips/recovery-tips.js';
import './ubs-settings/ubs-settings.js';
