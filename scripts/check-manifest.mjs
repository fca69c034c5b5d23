// Fails when custom-elements.json is stale: it must be regenerated from the JSDoc (`npm run analyze`)
// and committed. Storybook's API tables and everything else built from it read the committed file.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sortedManifest } from './sort-manifest.mjs';

// The analyzer takes --outdir relative to the working directory, so the scratch folder lives here.
const outdir = '.manifest-check';

/** Paths where two JSON values differ, for a useful failure message. */
function differences(a, b, path = '') {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b ? [] : [path || '(root)'];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].flatMap((key) => differences(a[key], b[key], `${path}/${key}`));
}
// The analyzer also points package.json's "customElements" at its output: keep the committed file.
const packageJson = readFileSync('package.json', 'utf8');
try {
  // The same files as `npm run analyze` (package.json): the elements and what they share. src/review is
  // the reviewer's command-line tool and src/content the guide's text, neither part of the elements' API.
  const analyze = JSON.parse(packageJson).scripts.analyze.split(' && ')[0];
  const globs = [...analyze.matchAll(/--(globs|exclude) "([^"]+)"/g)].flatMap(([, option, glob]) => [`--${option}`, glob]);
  execFileSync('npx', ['cem', 'analyze', '--litelement', ...globs, '--outdir', outdir, '--quiet'], {
    stdio: 'inherit',
  });
  const fresh = sortedManifest(JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8')));
  const committed = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  if (JSON.stringify(fresh) !== JSON.stringify(committed)) {
    console.error('custom-elements.json is out of date with the JSDoc: run `npm run analyze` and commit it.');
    console.error(`First differences: ${differences(committed, fresh).slice(0, 5).join(', ')}`);
    process.exitCode = 1; // not process.exit(): the finally block must restore package.json
  } else console.log('custom-elements.json matches the JSDoc.');
} finally {
  writeFileSync('package.json', packageJson);
  rmSync(outdir, { recursive: true, force: true });
}
