import { defineElement } from '../core/element.js';
import { ElzParticipationLadder } from './participation-ladder.js';

defineElement('elz-participation-ladder', ElzParticipationLadder);

declare global {
  interface HTMLElementTagNameMap {
    'elz-participation-ladder': ElzParticipationLadder;
  }
}
