import { defineElement } from '../core/define.js';
import { ElzStakeholderCircle } from './stakeholder-circle.js';

defineElement('elz-stakeholder-circle', ElzStakeholderCircle);

declare global {
  interface HTMLElementTagNameMap {
    'elz-stakeholder-circle': ElzStakeholderCircle;
  }
}
