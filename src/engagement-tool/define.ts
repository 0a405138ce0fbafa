/** Registers `<elz-engagement-tool>` (and the three parts it is made of). */
import { defineElement } from '../core/define.js';
import '../participation-ladder/define.js';
import '../question-wizard/define.js';
import '../stakeholder-circle/define.js';
import { ElzEngagementTool } from './engagement-tool.js';

defineElement('elz-engagement-tool', ElzEngagementTool);

declare global {
  interface HTMLElementTagNameMap {
    'elz-engagement-tool': ElzEngagementTool;
  }
}
