/**
 * The script-tag entry: `<script type="module" src="elz-widgets.js">` registers every element.
 * It exports nothing: bundler users import classes from the package's main entry instead.
 * Locales are set up by the first element that connects (core/locale.ts).
 */
import './engagement-tool/define.js'; // the whole tool and its three parts
