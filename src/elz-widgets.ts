/**
 * The script-tag entry: `<script type="module" src="elz-widgets.js">` registers every element.
 * Locales are set up by the first element that connects (core/locale.ts).
 */
import './participation-ladder/define.js';

export * from './index.js';
