// Every entry of the package imports in plain Node, without a DOM: a Next.js, Astro, Nuxt or SvelteKit
// server build does exactly this import. Each in a fresh Node process, as a server would load it.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const { name, exports } = JSON.parse(readFileSync('package.json', 'utf8'));

/** The package's JavaScript entries, as a site imports them (`upper-back-surgery-elements/risk-list.js`). */
const entries = Object.entries(exports)
  .filter(([, target]) => typeof (typeof target === 'string' ? target : target.default) === 'string')
  .filter(([, target]) => /\.js$/.test(typeof target === 'string' ? target : target.default))
  .map(([subpath]) => `${name}${subpath.slice(1)}`);

test('the package has JavaScript entries to import', () => assert.ok(entries.length > 10, entries.join(', ')));

for (const entry of entries) {
  test(`import '${entry}' works in Node without a DOM`, async () => {
    // The package imports itself by name from its own folder (package.json "exports").
    const script = `await import(${JSON.stringify(entry)}); console.log('imported');`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: process.cwd() }).catch((error) => {
      assert.fail(`${entry}: ${error.stderr.split('\n').find((line) => /Error/.test(line)) ?? error.message}`);
    });
    assert.match(stdout, /imported/);
  });
}
