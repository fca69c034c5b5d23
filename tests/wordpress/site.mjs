// The test WordPress (.ci/wordpress-setup.sh): where it is, whether the tests can use it, and its
// server-side state through WordPress's own PHP (wp-state.php; Debian has no wp-cli).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/**
 * The WordPress the tests use: Debian's 6.1 (.ci/wordpress-setup.sh) by default; with WORDPRESS_URL and
 * WORDPRESS_DIR another, such as the newest this machine can get (.ci/wordpress-latest.sh, on :8090).
 */
export const SITE = process.env.WORDPRESS_URL ?? 'http://127.0.0.1:8089';
/** Where that WordPress's PHP is, for wp-state.php and PHPUnit. */
export const WORDPRESS_DIR = process.env.WORDPRESS_DIR ?? '/usr/share/wordpress';
/** Its version, e.g. `6.1.9`. */
export const WORDPRESS_VERSION = (() => {
  try {
    return /\$wp_version = '([^']+)'/.exec(readFileSync(`${WORDPRESS_DIR}/wp-includes/version.php`, 'utf8'))?.[1] ?? 'unknown';
  } catch {
    return 'unknown';
  }
})();
const HOST = new URL(SITE).host;
/** The network of more than 100 sites that .ci/wordpress-setup.sh makes beside the site, used from PHP only. */
export const NETWORK_HOST = 'ubs-network.test';

/** The server-side state as JSON (see wp-state.php for the commands), of the site or of another host's WordPress. */
export function wpState(command, argument = '', host = HOST) {
  const output = execFileSync('php', ['tests/wordpress/wp-state.php', host, command, argument], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, WORDPRESS_DIR },
  });
  return JSON.parse(output);
}

/** Why the WordPress tests cannot run here, or undefined when they can. */
async function missing() {
  try {
    const response = await fetch(`${SITE}/wp-login.php`, { signal: AbortSignal.timeout(3000) });
    if (!response.ok) return `${SITE}/wp-login.php answers ${response.status}`;
  } catch {
    return `no WordPress at ${SITE}; set one up with \`sudo .ci/wordpress-setup.sh\` (Debian's, and the newest on :8090), or set WORDPRESS_URL and WORDPRESS_DIR`;
  }
  try {
    wpState('option', 'blogname');
  } catch (error) {
    return `cannot read WordPress's state with PHP (${String(error.message).split('\n')[0]}); run as a user who can read /etc/wordpress`;
  }
  if (!existsSync('dist/wordpress/upper-back-surgery-elements.zip')) return 'no dist/wordpress/: run `npm run build && npm run build:wordpress` first';
  return undefined;
}

/**
 * The reason to skip, printed, or undefined. With WORDPRESS_REQUIRED=1 (CI, which sets WordPress up)
 * a missing WordPress is an error, so the tests cannot pass by skipping.
 */
export async function skipReason(what) {
  const reason = await missing();
  if (reason && process.env.WORDPRESS_REQUIRED === '1') throw new Error(`${what}: ${reason}`);
  if (reason) console.log(`${what} skipped: ${reason}`);
  return reason;
}
