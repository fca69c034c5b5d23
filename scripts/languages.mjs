// The guide's languages, read from the build (src/shared/i18n/languages.ts's list of loaders is the one list):
// for scripts and node tests that must cover every language (size report, readability, demo, packets).
// Run after `npm run build`.
import { supportedLanguages } from '../dist/shared/i18n/languages.js';

/** Primary subtags of the guide's languages, English first: `['en', 'es']`. */
export const languages = () => supportedLanguages();

/**
 * The script-tag file a page in `language` downloads besides the bundle (English is inside the
 * bundle, so it has none): `dist/cdn/upper-back-surgery-es.js`.
 */
export const languageChunk = (language) => (language === 'en' ? undefined : `dist/cdn/upper-back-surgery-${language}.js`);
