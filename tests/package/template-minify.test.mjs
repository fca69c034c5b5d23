// The build minifies the CSS and HTML in Lit's templates (scripts/template-strategy.mjs). What the
// browser gets is the template literal's value, not its source text: these check the value.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { asTemplateSource, cooked, templateStrategy } from '../../scripts/template-strategy.mjs';

/** The string a tagged template in `source` passes to its tag, after minifying it as the build does. */
async function minifiedValue(source) {
  const { code } = await minifyHTMLLiterals(source, { fileName: 'test.js', strategy: templateStrategy });
  const literal = /`([\s\S]*)`/.exec(code)[1];
  return cooked(literal);
}

describe('template minifier', () => {
  it("keeps a selector with '#' valid: the browser gets a CSS escape, not a bare #", async () => {
    const css = await minifiedValue("const s = css`a:not([href^='#'])::after { content: ' (' attr(href) ')'; }`;");
    assert.match(css, /a:not\(\[href\^=(\\#|"#"|'#')\]\)::?after/);
    assert.doesNotMatch(css, /\[href\^=#\]/);
  });

  it('reads escapes in the source as JavaScript does, and writes them back the same way', async () => {
    // `\\` in the source is one backslash for the browser: a CSS escape of the letter after it.
    const css = await minifiedValue('const s = css`.a::before { content: "\\\\2014"; }`;');
    assert.match(css, /content:"\\2014"|content:"—"/);
    for (const text of ['a\\b', '`tick`', '${not a binding}', 'plain']) assert.equal(cooked(asTemplateSource(text)), text);
    assert.equal(cooked('\\#\\u0041\\x42\\n'), '#AB\n');
  });
});
