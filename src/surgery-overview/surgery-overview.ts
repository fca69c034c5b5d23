import { defineElement } from '../shared/define.js';
import { SurgeryOverview } from './surgery-overview.component.js';

export { SurgeryOverview };

defineElement('surgery-overview', SurgeryOverview);

declare global {
  interface HTMLElementTagNameMap {
    'surgery-overview': SurgeryOverview;
  }
}
