// Minifies the HTML and CSS of Lit's templates in the npm build (dist/**/*.js, from tsc), in place,
// exactly as the script-tag bundles' rollup plugin does. A server-rendered element is taken over in
// the browser only when the server and the browser render the same template strings (Lit checks a
// digest of them), so the server (dist/server.js, from these files), the npm entries and the
// script-tag bundles (built from these files) must all have the same minified templates.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { templateStrategy } from './template-strategy.mjs';

const root = 'dist';
// Not element code: the reviewer's packet, the content modules, types and the bundles.
const skipped = new Set(['review', 'content', 'types', 'cdn', 'html', 'wordpress', 'builder']);

async function* moduleFiles(folder) {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!(folder === root && skipped.has(entry.name))) yield* moduleFiles(path);
    } else if (entry.name.endsWith('.js')) yield path;
  }
}

let changed = 0;
for await (const file of moduleFiles(root)) {
  const code = await readFile(file, 'utf8');
  const result = await minifyHTMLLiterals(code, { fileName: file, strategy: templateStrategy });
  if (result && result.code !== code) {
    await writeFile(file, result.code);
    changed++;
  }
}
if (changed === 0) throw new Error('minify-templates: no template was minified; is the build where this script looks?');
