// `npm test`: every check, in order, reporting all that fail at the end instead of stopping at the
// first. `npm run test:quick` (`--quick`): lint, types and the browser tests in Chromium only, for
// local work. Exits non-zero if any step failed. Environment variables reach every step
// (WORDPRESS_REQUIRED=1 in CI, UBS_TEST_TIMEOUT_SCALE on a loaded machine, BROWSERS).
import { spawnSync } from 'node:child_process';

/**
 * The steps of `npm test`. A step that reads the build (`needsBuild`) is not run after the build
 * failed: its failures would only repeat that one.
 */
const FULL = [
  { name: 'lint', script: 'lint' },
  { name: 'typecheck', script: 'typecheck' },
  { name: 'build', script: 'build' },
  // Every release file, checked (npm publish --dry-run, publint, attw): the pages and builder tests read them.
  { name: 'release', script: 'release', needsBuild: true },
  { name: 'test:browsers', script: 'test:browsers' },
  { name: 'test:pages', script: 'test:pages', needsBuild: true },
  { name: 'test:node', script: 'test:node', needsBuild: true },
  { name: 'manifest:check', script: 'manifest:check' },
  { name: 'size:check', script: 'size:check', needsBuild: true },
  { name: 'test:wordpress', script: 'test:wordpress', needsBuild: true },
];

/** `npm run test:quick`: a few minutes, no build. */
const QUICK = [
  { name: 'lint', script: 'lint' },
  { name: 'typecheck', script: 'typecheck' },
  { name: 'browser tests (Chromium)', command: ['npx', 'wtr'], env: { BROWSERS: 'chromium' } },
];

const steps = process.argv.includes('--quick') ? QUICK : FULL;
const results = [];
let buildFailed = false;

for (const step of steps) {
  if (step.needsBuild && buildFailed) {
    results.push({ name: step.name, outcome: 'not run (the build failed)', seconds: 0 });
    continue;
  }
  const [command, ...args] = step.command ?? ['npm', 'run', step.script];
  console.log(`\n━━ ${step.name}: ${[command, ...args].join(' ')}`);
  const started = performance.now();
  const { status, signal, error } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
  const seconds = (performance.now() - started) / 1000;
  const passed = status === 0;
  const outcome = passed ? 'passed' : `FAILED (${error ? error.message : signal ? `killed by ${signal}` : `exit ${status}`})`;
  results.push({ name: step.name, outcome, seconds });
  if (!passed && step.script === 'build') buildFailed = true;
}

const width = Math.max(...results.map((result) => result.name.length));
console.log('\n━━ Summary');
for (const { name, outcome, seconds } of results) console.log(`  ${name.padEnd(width)}  ${outcome.padEnd(30)}  ${seconds.toFixed(0).padStart(4)} s`);
const failed = results.filter((result) => result.outcome !== 'passed');
console.log(failed.length === 0 ? `\nAll ${results.length} steps passed.` : `\n${failed.length} of ${results.length} steps did not pass: ${failed.map((result) => result.name).join(', ')}.`);
process.exitCode = failed.length === 0 ? 0 : 1;
