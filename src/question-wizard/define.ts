import { defineElement } from '../core/define.js';
import { ElzQuestionWizard } from './question-wizard.js';

defineElement('elz-question-wizard', ElzQuestionWizard);

declare global {
  interface HTMLElementTagNameMap {
    'elz-question-wizard': ElzQuestionWizard;
  }
}
