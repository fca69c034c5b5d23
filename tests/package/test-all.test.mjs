// `npm test` (scripts/test-all.mjs) runs every step, in order, and reports each failure at the end:
// run here in a folder whose package.json has stand-in steps that pass or fail on purpose.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';

const ROOT = resolve(import.meta.dirname, '../..');
let folder;

/** Runs test-all in the folder with these stand-in steps; gives its exit code and output. */
function runWith(scripts, ...args) {
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'stand-in', private: true, scripts }));
  const result = spawnSync(process.execPath, ['scripts/test-all.mjs', ...args], { cwd: folder, encoding: 'utf8', env: { ...process.env, STAND_IN: 'reached' } });
  return { code: result.status, out: result.stdout + result.stderr };
}

const STEPS = ['lint', 'typecheck', 'build', 'release', 'test:browsers', 'test:pages', 'test:node', 'manifest:check', 'size:check', 'test:wordpress'];
const passing = Object.fromEntries(STEPS.map((step) => [step, `node -e "console.log('ran ${step}')"`]));

describe('npm test (scripts/test-all.mjs)', () => {
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'ubs-test-all-'));
    mkdirSync(join(folder, 'scripts'));
    copyFileSync(join(ROOT, 'scripts/test-all.mjs'), join(folder, 'scripts/test-all.mjs'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('is what package.json "test" runs, and "test:quick" its quick mode', async () => {
    const { scripts } = (await import(join(ROOT, 'package.json'), { with: { type: 'json' } })).default;
    assert.equal(scripts.test, 'node scripts/test-all.mjs');
    assert.equal(scripts['test:quick'], 'node scripts/test-all.mjs --quick');
  });

  it('runs every step in order and exits 0 when all pass', () => {
    const { code, out } = runWith(passing);
    assert.equal(code, 0, out);
    const order = [...out.matchAll(/^ran (\S+)$/gm)].map(([, step]) => step);
    assert.deepEqual(order, STEPS);
    assert.match(out, /All 10 steps passed\./);
  });

  it('goes on after a failing step and names every failure at the end', () => {
    const { code, out } = runWith({ ...passing, typecheck: 'exit 3', 'test:browsers': 'exit 1', 'size:check': 'exit 2' });
    assert.equal(code, 1);
    assert.match(out, /typecheck\s+FAILED \(exit 3\)/);
    assert.match(out, /test:browsers\s+FAILED \(exit 1\)/);
    assert.match(out, /size:check\s+FAILED \(exit 2\)/);
    assert.match(out, /test:wordpress\s+passed/);
    assert.match(out, /3 of 10 steps did not pass: typecheck, test:browsers, size:check\./);
  });

  it('does not run the steps that read the build after the build failed, and says so', () => {
    const { code, out } = runWith({ ...passing, build: 'exit 1' });
    assert.equal(code, 1);
    for (const step of ['release', 'test:pages', 'test:node', 'size:check', 'test:wordpress']) {
      assert.match(out, new RegExp(`${step}\\s+not run \\(the build failed\\)`));
      assert.doesNotMatch(out, new RegExp(`^ran ${step}$`, 'm'));
    }
    assert.match(out, /^ran test:browsers$/m);
    assert.match(out, /^ran manifest:check$/m);
  });

  it('passes the environment to every step (WORDPRESS_REQUIRED in CI)', () => {
    const { code, out } = runWith({ ...passing, 'test:wordpress': 'node -e "process.exit(process.env.STAND_IN === \'reached\' ? 0 : 1)"' });
    assert.equal(code, 0, out);
  });
});
