import { defineElement } from '../shared/define.js';
import { RecoveryTips } from './recovery-tips.component.js';

export { RecoveryTips };

defineElement('recovery-tips', RecoveryTips);

declare global {
  interface HTMLElementTagNameMap {
    'recovery-tips': RecoveryTips;
  }
}
