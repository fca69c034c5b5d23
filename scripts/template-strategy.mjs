// How the build minifies the HTML and CSS in Lit's templates, shared by the npm build
// (scripts/minify-templates.mjs) and the script-tag bundles (rollup.config.js), which must agree.
//
// The minifier (@lit-labs/rollup-plugin-minify-html-literals) hands the template's source text to an
// HTML or CSS minifier and writes what comes back into the template literal as source text. But a
// template's source text is JavaScript: `\` starts an escape there. Both directions go wrong:
// - out: LightningCSS writes `[href^='#']` as `[href^=\#]`, a valid CSS escape. In the literal, `\#`
//   is read as `#`, so the browser got `[href^=#]`, an invalid selector, and dropped the whole rule
//   (the print rule that writes link addresses on paper, accessibility review 3, finding 2);
// - in: a `\\` in the source would reach the minifier as two backslashes, not the one the browser sees.
// So each part is read as JavaScript reads it (cooked) before minifying, and the result is written
// back as the source of a template literal (backslashes, backticks and `${` escaped).
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';

const SIMPLE_ESCAPES = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', 0: '\0' };

/** A template literal's source text as JavaScript reads it (its "cooked" value). */
export function cooked(source) {
  return source.replace(/\\(u\{[\da-fA-F]+\}|u[\da-fA-F]{4}|x[\da-fA-F]{2}|\r\n|[\s\S])/g, (_, escape) => {
    if (escape[0] === 'u' || escape[0] === 'x') return String.fromCodePoint(parseInt(escape.replace(/^[ux]\{?|\}$/g, ''), 16));
    if (escape === '\n' || escape === '\r\n' || escape === '\r' || escape === '\u2028' || escape === '\u2029') return ''; // a line continuation
    return SIMPLE_ESCAPES[escape] ?? escape; // `\#` is `#`, `\\` is `\`
  });
}

/** Text written as the source of a template literal, so JavaScript reads it back unchanged. */
export function asTemplateSource(text) {
  return text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}

/** The minifier's default strategy, with template source read and written as JavaScript does. */
export const templateStrategy = {
  ...defaultStrategy,
  combineHTMLStrings: (parts, placeholder) => parts.map((part) => cooked(part.text)).join(placeholder),
  minifyHTML: async (html, options) => asTemplateSource(await defaultStrategy.minifyHTML(html, options)),
  minifyCSS: (css, options) => asTemplateSource(defaultStrategy.minifyCSS(css, options)),
};
