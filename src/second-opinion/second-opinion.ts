import { defineElement } from '../shared/define.js';
import { SecondOpinion } from './second-opinion.component.js';

export { SecondOpinion };

defineElement('second-opinion', SecondOpinion);

declare global {
  interface HTMLElementTagNameMap {
    'second-opinion': SecondOpinion;
  }
}
