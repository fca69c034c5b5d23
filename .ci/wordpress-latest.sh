#!/usr/bin/env bash
# The newest WordPress this machine can get, for the plugin's tests to run against it too (readme.txt's
# "Tested up to"): Debian has 6.1; the npm registry carries WordPress's own builds in
# @wp-playground/wordpress-builds (6.2 to 6.5 released, 6.6 as a release candidate). Served like the
# Debian one (.ci/wordpress-setup.sh, which runs this at its end): Debian's PHP and Apache on
# 127.0.0.1:$WORDPRESS_LATEST_PORT (8090), its own database in the same MariaDB, the same users.
# Run as root, after MariaDB and Apache are set up. Safe to run again: it fetches, unpacks and installs
# only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${WORDPRESS_LATEST_PORT:-8090}"
HOST=127.0.0.1
# The newest released WordPress in that package (its wp-versions.json: 6.5 is 6.5.5).
BUILDS_PACKAGE=@wp-playground/wordpress-builds@0.9.19
BRANCH=6.5
ROOT=/var/lib/ubs-wordpress-latest
CACHE=/var/cache/ubs-wordpress-latest
export DEBIAN_FRONTEND=noninteractive

if ! command -v unzip >/dev/null 2>&1; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends unzip >/dev/null
fi

if [ ! -s "$ROOT/wp-includes/version.php" ]; then
  echo "::group::WordPress $BRANCH from $BUILDS_PACKAGE"
  install -d "$CACHE"
  tarball="$(ls "$CACHE"/wp-playground-wordpress-builds-*.tgz 2>/dev/null | head -1 || true)"
  if [ -z "$tarball" ]; then
    (cd "$CACHE" && npm pack --silent "$BUILDS_PACKAGE" >/dev/null)
    tarball="$(ls "$CACHE"/wp-playground-wordpress-builds-*.tgz | head -1)"
  fi
  work="$(mktemp -d)"
  tar xzf "$tarball" -C "$work" "package/src/wordpress/wp-$BRANCH.zip" "package/public/wp-$BRANCH"
  rm -rf "$ROOT.new" && install -d "$ROOT.new"
  unzip -q "$work/package/src/wordpress/wp-$BRANCH.zip" -d "$ROOT.new"
  # The build keeps its static files (scripts, styles, images) apart, for a browser to fetch: put them back.
  cp -rn "$work/package/public/wp-$BRANCH/." "$ROOT.new/"
  # Its SQLite database and settings are Playground's; this one uses MariaDB and its own wp-config.php.
  rm -rf "$ROOT.new/wp-content/database" "$ROOT.new/wp-config.php" "$ROOT.new/wordpress-remote-asset-paths"
  rm -rf "$work" "$ROOT" && mv "$ROOT.new" "$ROOT"
  echo "::endgroup::"
fi

DB_PASSWORD="$(cat /etc/wordpress/ci-db-password)"
mariadb <<SQL
CREATE DATABASE IF NOT EXISTS wordpress_latest CHARACTER SET utf8mb4;
GRANT ALL PRIVILEGES ON wordpress_latest.* TO 'wordpress'@'localhost';
SQL

if [ ! -s "$ROOT/wp-config.php" ]; then
  salts=""
  for name in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
    salts+="define('$name', '$(head -c 48 /dev/urandom | base64 | tr -d "/+='")');"$'\n'
  done
  cat > "$ROOT/wp-config.php" <<PHP
<?php
define('DB_NAME', 'wordpress_latest');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '$DB_PASSWORD');
define('DB_HOST', 'localhost');
define('DB_CHARSET', 'utf8mb4');
\$table_prefix = 'wp_';
define('WP_HOME', 'http://$HOST:$PORT');
define('WP_SITEURL', 'http://$HOST:$PORT');
define('FS_METHOD', 'direct');
// No requests to wordpress.org or anywhere else (as the Debian site).
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '/var/log/wordpress/debug-latest.log');
$salts
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
PHP
  chown root:www-data "$ROOT/wp-config.php"
  chmod 640 "$ROOT/wp-config.php"
fi
# Apache uploads and deletes plugins there.
chown -R www-data:www-data "$ROOT/wp-content"
install -d -o www-data -g www-data /var/log/wordpress
touch /var/log/wordpress/debug-latest.log
chown www-data:www-data /var/log/wordpress/debug-latest.log

# Its own port, in its own site file (wordpress-setup.sh writes ports.conf for the Debian site).
cat > /etc/apache2/sites-available/wordpress-latest.conf <<APACHE
Listen $HOST:$PORT
<VirtualHost $HOST:$PORT>
  ServerName $HOST
  DocumentRoot $ROOT
  <Directory $ROOT>
    Options FollowSymLinks
    AllowOverride Limit Options FileInfo
    DirectoryIndex index.php
    Require local
  </Directory>
  ErrorLog \${APACHE_LOG_DIR}/wordpress-latest-error.log
</VirtualHost>
APACHE
a2ensite -q wordpress-latest >/dev/null
pid_file=/var/run/apache2/apache2.pid
if [ -s "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then apache2ctl graceful; else apache2ctl start; fi

WORDPRESS_DIR="$ROOT" php .ci/wordpress-install.php "$HOST" "$PORT"
up() { php -r 'exit(@file_get_contents($argv[1]) === false ? 1 : 0);' "http://$HOST:$PORT/wp-login.php"; }
for _ in $(seq 40); do up && break; sleep 0.25; done
up
echo "WordPress $(php -r 'include $argv[1]; echo $wp_version;' "$ROOT/wp-includes/version.php") on http://$HOST:$PORT/"
