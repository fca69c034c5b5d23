// The script-tag bundles start with Chromium's compile hint, so their functions are compiled while
// the file streams in (off the main thread) rather than one by one on the main thread during the
// first render; the chunks loaded on demand (Spanish, the bibliography) do not, as most pages never
// run them. The magic comment only works as the file's first line, and the minifier drops comments,
// so a change to the build can lose it silently: `npm run bench` would show the first render slower.
// Run after `npm run build`.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';

const HINT = '//# allFunctionsCalledOnLoad\n';
const folder = 'dist/cdn';

for (const file of ['upper-back-surgery.js', 'upper-back-surgery.iife.js']) {
  test(`${file} starts with the compile hint`, () => {
    assert.ok(readFileSync(`${folder}/${file}`, 'utf8').startsWith(HINT), `${folder}/${file} does not start with ${JSON.stringify(HINT)}`);
  });
}

test('the chunks loaded on demand do not carry it', () => {
  const chunks = readdirSync(folder).filter((file) => file.endsWith('.js') && !['upper-back-surgery.js', 'upper-back-surgery.iife.js'].includes(file));
  assert.ok(chunks.length >= 3, `expected the language, sources and text-change chunks, found ${chunks.join(', ')}`);
  for (const chunk of chunks) assert.ok(!readFileSync(`${folder}/${chunk}`, 'utf8').includes('allFunctionsCalledOnLoad'), chunk);
});
