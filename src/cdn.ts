/**
 * Entry of the script-tag bundles (`dist/cdn/`): registers every element and upgrades placeholders,
 * with Lit and the English content inside. It exports nothing: the classes are for npm users
 * (`upper-back-surgery-elements/classes.js`), and leaving them out keeps the bundle within budget.
 */
import { en } from './content/en.js';
import { provideEnglish } from './shared/i18n/english.js';
import './index.js';
import './placeholders.js';

// All of English at once: this bundle has every element anyway, and the text in one piece, ahead of
// the code, compresses better (about 0.4 KB gzip) than each section next to its element.
provideEnglish(en);
