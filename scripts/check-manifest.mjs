// Fails when custom-elements.json or the README's API tables are stale: both must be regenerated
// from the JSDoc (`npm run analyze`) and committed.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readmeWithApi } from './readme-api.mjs';

// The analyzer takes --outdir relative to the working directory, so the scratch folder lives here.
const outdir = '.manifest-check';
// The analyzer also points package.json's "customElements" at its output: keep the committed file.
const packageJson = readFileSync('package.json', 'utf8');
try {
  execFileSync('npx', ['cem', 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--outdir', outdir, '--quiet'], {
    stdio: 'inherit',
  });
  const fresh = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
  const committed = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  let failed = false;
  if (JSON.stringify(fresh) !== JSON.stringify(committed)) {
    console.error('custom-elements.json is out of date with the JSDoc: run `npm run analyze` and commit it.');
    failed = true;
  }
  const readme = readFileSync('README.md', 'utf8');
  if (readmeWithApi(readme, committed) !== readme) {
    console.error('README.md API tables are out of date: run `npm run analyze` and commit README.md.');
    failed = true;
  }
  if (failed) process.exit(1);
  console.log('custom-elements.json and the README API tables match the JSDoc.');
} finally {
  writeFileSync('package.json', packageJson);
  rmSync(outdir, { recursive: true, force: true });
}
