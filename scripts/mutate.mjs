// `npm run mutate`: a mutation smoke run over the content and the questionnaire (not part of
// `npm test`; about 10 minutes). Applies each mutation of scripts/mutations.mjs to the source, one
// at a time, runs only the test files that should notice it (Chromium), and reports whether they
// did: killed (a test failed that passes on the unchanged code) or survived. Every file is put back
// after each run, also on Ctrl-C. Writes docs/mutation-report.md.
//
//   npm run mutate                      every mutation
//   npm run mutate -- next-steps-       the mutations whose id starts with this
//   npm run mutate -- --no-report       without rewriting docs/mutation-report.md
//   npm run mutate -- --check           only check that every mutation still applies (seconds)
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { MUTATIONS } from './mutations.mjs';

const args = process.argv.slice(2);
const prefix = args.find((arg) => !arg.startsWith('--'));
const writeReport = !args.includes('--no-report') && !prefix;
const chosen = MUTATIONS.filter((mutation) => !prefix || mutation.id.startsWith(prefix));
if (chosen.length === 0) {
  console.error(`No mutation id starts with "${prefix}".`);
  process.exit(2);
}

/** Files being mutated, with their text as committed, so an interrupted run can put them back. */
const originals = new Map();
function restoreAll() {
  for (const [file, text] of originals) writeFileSync(file, text);
  originals.clear();
}
process.on('SIGINT', () => {
  restoreAll();
  process.exit(130);
});

/** Runs test files in Chromium: the names of the failing tests, how many passed, and the output. */
function runTests(files) {
  const started = performance.now();
  const result = spawnSync('npx', ['wtr', ...files.flatMap((file) => ['--files', file])], {
    encoding: 'utf8',
    env: { ...process.env, BROWSERS: 'chromium' },
    timeout: 600_000,
  });
  const output = `${result.stdout}${result.stderr}`;
  const failed = new Set([...output.matchAll(/❌ (.+)$/gm)].map(([, name]) => name.trim()));
  const counts = [...output.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  return { ok: result.status === 0, failed, passed: counts ? Number(counts[1]) : 0, seconds: (performance.now() - started) / 1000, output };
}

/** The unchanged code's results for a set of test files, run once per set. */
const baselines = new Map();
function baseline(files) {
  const key = files.join(' ');
  if (!baselines.has(key)) {
    const result = runTests(files);
    if (result.passed === 0) throw new Error(`The tests do not run on the unchanged code (${key}):\n${result.output.slice(-3000)}`);
    if (!result.ok) console.log(`   (unchanged code already fails in ${key}: ${[...result.failed].join('; ')})`);
    baselines.set(key, result);
  }
  return baselines.get(key);
}

/**
 * Applies a mutation's edits (one, or the same change in each language's file); throws if a text to
 * change is not found exactly once (the list is stale).
 */
function apply({ id, edits }) {
  for (const { file, find, replace } of edits) {
    const text = originals.get(file) ?? readFileSync(file, 'utf8');
    const current = readFileSync(file, 'utf8');
    const at = current.indexOf(find);
    if (at === -1 || current.indexOf(find, at + 1) !== -1) throw new Error(`${id}: the text to change is ${at === -1 ? 'not in' : 'more than once in'} ${file}; update scripts/mutations.mjs`);
    originals.set(file, text);
    writeFileSync(file, current.slice(0, at) + replace + current.slice(at + find.length));
  }
}

if (args.includes('--check')) {
  for (const mutation of chosen) {
    try {
      apply(mutation);
    } finally {
      restoreAll();
    }
  }
  console.log(`All ${chosen.length} mutations apply.`);
  process.exit(0);
}

const results = [];
for (const [index, mutation] of chosen.entries()) {
  const base = baseline(mutation.tests);
  process.stdout.write(`${String(index + 1).padStart(3)}/${chosen.length} ${mutation.id} … `);
  let run;
  try {
    apply(mutation);
    run = runTests(mutation.tests);
  } finally {
    restoreAll();
  }
  const newFailures = [...run.failed].filter((name) => !base.failed.has(name));
  const killed = !run.ok && (newFailures.length > 0 || run.passed < base.passed);
  results.push({ ...mutation, killed, by: newFailures.length > 0 ? newFailures : run.passed < base.passed ? ['(fewer tests ran)'] : [], seconds: run.seconds });
  console.log(`${killed ? 'killed' : 'SURVIVED'} (${run.seconds.toFixed(0)} s)${killed ? `: ${newFailures[0] ?? '(fewer tests ran)'}` : ''}`);
}

const survivors = results.filter((result) => !result.killed);
const explained = (result) => result.equivalent ?? result.reviewersCall;
console.log(`\n${results.length - survivors.length} killed, ${survivors.length} survived of ${results.length}.`);
for (const survivor of survivors) console.log(`  survived: ${survivor.id} — ${survivor.what}${explained(survivor) ? ` (${survivor.equivalent ? 'equivalent' : "the reviewer's call"}: ${explained(survivor)})` : ''}`);

/** Hand-written notes after this line of the report are kept when it is written again. */
const NOTES = '<!-- Written by hand below this line; npm run mutate keeps it. -->';

if (writeReport) {
  let notes = `${NOTES}\n`;
  try {
    const previous = readFileSync('docs/mutation-report.md', 'utf8');
    if (previous.includes(NOTES)) notes = previous.slice(previous.indexOf(NOTES));
  } catch {
    // No report yet.
  }
  const row = (result) =>
    `| \`${result.id}\` | ${result.what} | ${result.killed ? `killed by ${result.by.slice(0, 2).map((name) => `“${name}”`).join(', ')}` : `**survived**${result.equivalent ? `: equivalent — ${result.equivalent}` : result.reviewersCall ? `: the reviewer's call — ${result.reviewersCall}` : ''}`} |`;
  const report = `# Mutation smoke run

Written by \`npm run mutate\` (scripts/mutate.mjs, mutations in scripts/mutations.mjs) on ${new Date().toISOString().slice(0, 10)}.
Each mutation changes the source once; the test files listed with it run in Chromium; it is *killed*
when a test fails that passes on the unchanged code. A survivor is either a test to write, a change
no reader could notice (*equivalent*), or a content choice only the medical reviewer can judge (*the
reviewer's call*), each with the reason.

**${results.length - survivors.length} killed, ${survivors.length} survived, of ${results.length}.**

| Mutation | What it changes | Result |
| --- | --- | --- |
${results.map(row).join('\n')}

${notes}`;
  writeFileSync('docs/mutation-report.md', report);
  console.log('Wrote docs/mutation-report.md.');
}
process.exitCode = survivors.some((survivor) => !explained(survivor)) ? 1 : 0;
