import { defineElement } from '../core/element.js';
import { ElzStakeholderCircle } from './stakeholder-circle.js';

defineElement('elz-stakeholder-circle', ElzStakeholderCircle);

declare global {
  interface HTMLElementTagNameMap {
    'elz-stakeholder-circle': ElzStakeholderCircle;
  }
}
