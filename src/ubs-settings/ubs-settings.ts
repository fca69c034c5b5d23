import { defineElement } from '../shared/define.js';
import { UbsSettings } from './ubs-settings.component.js';

export { UbsSettings };

defineElement('ubs-settings', UbsSettings);

declare global {
  interface HTMLElementTagNameMap {
    'ubs-settings': UbsSettings;
  }
}
