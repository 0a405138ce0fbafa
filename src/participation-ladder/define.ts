import { defineElement } from '../core/define.js';
import { ElzParticipationLadder } from './participation-ladder.js';

defineElement('elz-participation-ladder', ElzParticipationLadder);

declare global {
  interface HTMLElementTagNameMap {
    'elz-participation-ladder': ElzParticipationLadder;
  }
}
