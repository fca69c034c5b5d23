import { defineElement } from '../shared/define.js';
import { ConservativeCare } from './conservative-care.component.js';

export { ConservativeCare };

defineElement('conservative-care', ConservativeCare);

declare global {
  interface HTMLElementTagNameMap {
    'conservative-care': ConservativeCare;
  }
}
