// The package's framework types, tested as an app uses them: the packed tarball (what npm publishes)
// is unpacked into tests/apps/node_modules, as `npm install <tarball>` would put it, and the React and
// Vue fixture apps beside this file are type-checked against it. Each fixture also misuses the elements
// under `@ts-expect-error` / `@vue-expect-error` (a typo'd `show` value, a wrong event detail), so types
// that stop catching mistakes fail too. Run after `npm run build`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const installed = 'tests/apps/node_modules/upper-back-surgery-elements';

/** Runs a compiler; fails with its own messages. */
async function check(command, args) {
  try {
    await run(process.execPath, [command, ...args], { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    assert.fail(`${args.at(-1)} does not type-check:\n${error.stdout}${error.stderr}`);
  }
}

before(async () => {
  assert.ok(existsSync('dist/types/react.d.ts'), 'dist/types is missing: run `npm run build` first');
  const packed = mkdtempSync(join(tmpdir(), 'ubs-pack-'));
  try {
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', packed]);
    const [{ filename }] = JSON.parse(stdout);
    rmSync(installed, { recursive: true, force: true });
    mkdirSync(installed, { recursive: true });
    await run('tar', ['-xzf', join(packed, filename), '-C', installed, '--strip-components=1']);
  } finally {
    rmSync(packed, { recursive: true, force: true });
  }
});

after(() => rmSync('tests/apps/node_modules', { recursive: true, force: true }));

test('a React 19 app type-checks its elements, attributes and onubs-* events from the package alone', async () => {
  await check('node_modules/typescript/bin/tsc', ['-p', 'tests/apps/react/tsconfig.json']);
});

test('a Vue 3 app type-checks the same with vue-tsc and strictTemplates', async () => {
  await check('node_modules/vue-tsc/bin/vue-tsc.js', ['-p', 'tests/apps/vue/tsconfig.json']);
});

test('plain TypeScript that imports one element entry gets the ubs-* events typed on document and the element', async () => {
  await check('node_modules/typescript/bin/tsc', ['-p', 'tests/apps/plain/tsconfig.json']);
});
