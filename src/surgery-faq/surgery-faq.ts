import { defineElement } from '../shared/define.js';
import { SurgeryFaq } from './surgery-faq.component.js';

export { SurgeryFaq };

defineElement('surgery-faq', SurgeryFaq);

declare global {
  interface HTMLElementTagNameMap {
    'surgery-faq': SurgeryFaq;
  }
}
