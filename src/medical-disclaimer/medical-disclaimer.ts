import { defineElement } from '../shared/define.js';
import { MedicalDisclaimer } from './medical-disclaimer.component.js';

export { MedicalDisclaimer };

defineElement('medical-disclaimer', MedicalDisclaimer);

declare global {
  interface HTMLElementTagNameMap {
    'medical-disclaimer': MedicalDisclaimer;
  }
}
