// `php -l` on every PHP file of the WordPress plugin and its setup: a syntax error fails here rather
// than as a white screen in a clinic's WordPress. Skips, saying so, where PHP is not installed.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const phpFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? phpFiles(path) : entry.name.endsWith('.php') ? [path] : [];
  });

try {
  execFileSync('php', ['--version'], { stdio: 'ignore' });
} catch {
  console.log('lint:php skipped: no `php` on this machine (sudo apt-get install php-cli).');
  process.exit(0);
}
const files = [...phpFiles('wordpress'), ...phpFiles('.ci'), ...phpFiles('tests/wordpress')];
let failed = 0;
for (const file of files) {
  try {
    execFileSync('php', ['-l', '-d', 'display_errors=1', file], { stdio: 'pipe' });
  } catch (error) {
    failed += 1;
    process.stderr.write(error.stdout?.toString() ?? String(error));
  }
}
console.log(`php -l: ${files.length - failed} of ${files.length} files fine`);
process.exit(failed ? 1 : 0);
