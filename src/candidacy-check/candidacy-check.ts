import { defineElement } from '../shared/define.js';
import { CandidacyCheck } from './candidacy-check.component.js';

export { CandidacyCheck };

defineElement('candidacy-check', CandidacyCheck);

declare global {
  interface HTMLElementTagNameMap {
    'candidacy-check': CandidacyCheck;
  }
}
