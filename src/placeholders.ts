/**
 * Importing this module upgrades placeholders `<div data-ubs="risk-list" data-heading-level="3">`
 * into the elements they name, now and whenever one is added to the page. For editors that strip
 * custom elements (WordPress authors without the "unfiltered HTML" right). The script-tag bundles
 * include it; with npm, import `upper-back-surgery-elements/placeholders.js` next to the elements.
 */
import { watchPlaceholders } from './shared/placeholders.js';

export { upgradePlaceholders } from './shared/placeholders.js';

watchPlaceholders();
