/**
 * The content version of each language this build carries, e.g. `{ en: '3f9a2b7c1d0e', es: '…' }`:
 * the first 12 hex digits of the SHA-256 of every text an element can show in that language, with its
 * sources (src/review/versions.ts). `npm run build` writes the real values into this module's
 * compiled file (scripts/content-version.mjs), so they follow the text the build carries. Here, in the
 * source that tests and Storybook run, no version is known: a `reviewedVersion` setting then never
 * names the text shown.
 */
export const CONTENT_VERSIONS: Readonly<Record<string, string>> = {};
