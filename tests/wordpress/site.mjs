// The test WordPress (.ci/wordpress-setup.sh): where it is, whether the tests can use it, and its
// server-side state through WordPress's own PHP (wp-state.php; Debian has no wp-cli).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const SITE = process.env.WORDPRESS_URL ?? 'http://127.0.0.1:8089';
const HOST = new URL(SITE).host;
/** The network of more than 100 sites that .ci/wordpress-setup.sh makes beside the site, used from PHP only. */
export const NETWORK_HOST = 'ubs-network.test';

/** The server-side state as JSON (see wp-state.php for the commands), of the site or of another host's WordPress. */
export function wpState(command, argument = '', host = HOST) {
  const output = execFileSync('php', ['tests/wordpress/wp-state.php', host, command, argument], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(output);
}

/** Why the WordPress tests cannot run here, or undefined when they can. */
async function missing() {
  try {
    const response = await fetch(`${SITE}/wp-login.php`, { signal: AbortSignal.timeout(3000) });
    if (!response.ok) return `${SITE}/wp-login.php answers ${response.status}`;
  } catch {
    return `no WordPress at ${SITE}; set one up with \`sudo .ci/wordpress-setup.sh\` (Debian), or set WORDPRESS_URL`;
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
