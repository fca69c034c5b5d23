// The plugin's PHP unit tests (tests/wordpress/php/, Debian's PHPUnit 9.6) inside the test WordPress:
// sanitising and escaping of settings, attribute checks, the shortcode's parsing. Skips, saying why,
// without that WordPress or without phpunit.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { it } from 'node:test';
import { SITE, skipReason } from './site.mjs';

const hasPhpunit = spawnSync('phpunit', ['--version']).status === 0;
let skip = await skipReason('PHPUnit tests of the WordPress plugin');
if (!skip && !hasPhpunit) {
  skip = 'no phpunit (sudo apt-get install phpunit)';
  if (process.env.WORDPRESS_REQUIRED === '1') throw new Error(skip);
  console.log(`PHPUnit tests of the WordPress plugin skipped: ${skip}`);
}

it('the plugin\'s PHPUnit tests pass', { skip }, () => {
  const run = spawnSync('phpunit', ['-c', 'tests/wordpress/php/phpunit.xml'], {
    encoding: 'utf8',
    env: { ...process.env, WORDPRESS_HOST: new URL(SITE).host },
  });
  assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
  console.log(`PHPUnit: ${run.stdout.trim().split('\n').pop()}`);
});
