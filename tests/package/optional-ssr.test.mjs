// Lit's server renderer (@lit-labs/ssr, about 2 MB with what it pulls in) is an optional peer
// dependency (issue 30): a site that only shows the elements in browsers does not install it. Here it
// is hidden from Node's resolver, as if not installed: every entry but the server renderer still
// imports, and `render` says what to install instead of failing with a stack trace.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const { name, exports, dependencies, peerDependenciesMeta } = JSON.parse(readFileSync('package.json', 'utf8'));

/** A module for `node --import` that makes @lit-labs/ssr (not @lit-labs/ssr-client) unresolvable. */
const hooks = `export async function resolve(specifier, context, next) {
  if (specifier === '@lit-labs/ssr' || specifier.startsWith('@lit-labs/ssr/')) {
    const error = new Error("Cannot find package '@lit-labs/ssr' imported from " + context.parentURL);
    error.code = 'ERR_MODULE_NOT_FOUND';
    throw error;
  }
  return next(specifier, context);
}`;
const WITHOUT_SSR = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`)}`;

const importIn = (entry) =>
  run(process.execPath, ['--import', WITHOUT_SSR, '--input-type=module', '-e', `await import(${JSON.stringify(entry)}); console.log('imported');`]);

const entries = Object.entries(exports)
  .map(([subpath, target]) => [`${name}${subpath.slice(1)}`, typeof target === 'string' ? target : target.default])
  .filter(([, file]) => typeof file === 'string' && file.endsWith('.js'))
  .map(([entry]) => entry);

test('@lit-labs/ssr is an optional peer dependency, not a dependency', () => {
  assert.equal(dependencies['@lit-labs/ssr'], undefined);
  assert.equal(peerDependenciesMeta?.['@lit-labs/ssr']?.optional, true);
});

test('without @lit-labs/ssr, the server renderer cannot load (the hiding works)', async () => {
  await assert.rejects(importIn(`${name}/server.js`), /Cannot find package '@lit-labs\/ssr'/);
});

test('without @lit-labs/ssr, every browser entry imports', async () => {
  const browserEntries = entries.filter((entry) => !entry.endsWith('/server.js'));
  assert.ok(browserEntries.length > 10, browserEntries.join(', '));
  for (const entry of browserEntries) {
    const { stdout } = await importIn(entry).catch((error) => assert.fail(`${entry}: ${error.stderr.split('\n').find((line) => /Error/.test(line)) ?? error.message}`));
    assert.match(stdout, /imported/, entry);
  }
});

test('without @lit-labs/ssr, `render` says what to install, and the review packet still builds', async () => {
  const failed = await run(process.execPath, ['--import', WITHOUT_SSR, 'dist/review/cli.js', 'render', 'risk-list']).then(
    () => assert.fail('render succeeded without the server renderer'),
    (error) => error,
  );
  assert.equal(failed.code, 2);
  assert.match(failed.stderr, /npm install @lit-labs\/ssr/);
  assert.doesNotMatch(failed.stderr, /at .*\(.*:\d+:\d+\)/, 'no stack trace');
  const { stdout } = await run(process.execPath, ['--import', WITHOUT_SSR, 'dist/review/cli.js', 'review', '--lang', 'en'], { maxBuffer: 32 * 1024 * 1024 });
  assert.match(stdout, /<html/i);
});
