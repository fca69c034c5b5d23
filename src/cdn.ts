/**
 * Entry of the script-tag bundles (`dist/cdn/`): registers every element and upgrades placeholders,
 * with Lit and the English content inside. It exports nothing: the classes are for npm users
 * (`upper-back-surgery-elements/classes.js`), and leaving them out keeps the bundle within budget.
 */
import './index.js';
import './placeholders.js';
