/**
 * Entry of the script-tag bundles (`dist/cdn/`): every element, the classes, and placeholder
 * upgrading, with Lit and the English content inside.
 */
export * from './index.js';
export { upgradePlaceholders } from './placeholders.js';
