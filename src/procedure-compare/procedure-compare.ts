import { defineElement } from '../shared/define.js';
import { ProcedureCompare } from './procedure-compare.component.js';

export { ProcedureCompare };

defineElement('procedure-compare', ProcedureCompare);

declare global {
  interface HTMLElementTagNameMap {
    'procedure-compare': ProcedureCompare;
  }
}
