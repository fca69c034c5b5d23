// A site that imports one element ships that element's text, not the whole guide's: each element's
// module adds its own English (src/shared/i18n/english.ts). Bundles each npm entry as a site's bundler
// would, and looks for the titles of the guide's sections in it. Run after `npm run build`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import { en } from '../../dist/content/en.js';
import { GUIDE_SECTIONS, SECTION_TITLES } from '../../dist/back-surgery-guide/sections.js';

async function bundle(entry) {
  const build = await rollup({ input: entry, plugins: [resolve()], onwarn: () => {} });
  const { output } = await build.generate({ format: 'es' });
  // What the page downloads up front: not the chunks loaded on demand (Spanish, the bibliography).
  return output.filter((chunk) => chunk.type === 'chunk' && !chunk.isDynamicEntry).map((chunk) => chunk.code).join('\n');
}

for (const tag of GUIDE_SECTIONS) {
  test(`upper-back-surgery-elements/${tag}.js ships its own text and no other section's`, async () => {
    const code = await bundle(`dist/${tag}/${tag}.js`);
    const title = (section) => JSON.stringify(SECTION_TITLES[section](en)).slice(1, -1);
    assert.ok(code.includes(title(tag)), `its own title "${title(tag)}" is missing`);
    const others = GUIDE_SECTIONS.filter((other) => other !== tag && code.includes(title(other)));
    assert.deepEqual(others, [], `it ships the text of ${others.join(', ')}: an import of another section's content (src/content/en/…) or of src/content/en.ts`);
  });
}

test('the whole guide ships every section', async () => {
  const code = await bundle('dist/back-surgery-guide/back-surgery-guide.js');
  for (const tag of GUIDE_SECTIONS) assert.ok(code.includes(JSON.stringify(SECTION_TITLES[tag](en)).slice(1, -1)), tag);
});
