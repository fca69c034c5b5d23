import { defineElement } from '../shared/define.js';
import { RiskList } from './risk-list.component.js';

export { RiskList };

defineElement('risk-list', RiskList);

declare global {
  interface HTMLElementTagNameMap {
    'risk-list': RiskList;
  }
}
