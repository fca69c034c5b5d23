#!/usr/bin/env bash
# A WordPress for the plugin's tests (npm run test:wordpress), from Debian's packages, reachable only
# on this machine: MariaDB on its socket (no TCP port), Apache on 127.0.0.1:$WORDPRESS_PORT (8089),
# two administrators (one reads Spanish), an author and a contributor, and a network of 105 sites that
# only PHP uses; and, by .ci/wordpress-latest.sh, the newest WordPress on :8090. Run as root. Safe to run again: it installs and creates only what is
# missing, and starts only what is not running.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${WORDPRESS_PORT:-8089}"
HOST=127.0.0.1
export DEBIAN_FRONTEND=noninteractive

packages=(wordpress wordpress-theme-twentytwentythree mariadb-server apache2 libapache2-mod-php php-mysql phpunit)
if ! dpkg -s "${packages[@]}" >/dev/null 2>&1; then
  echo "::group::apt-get install ${packages[*]}"
  # Package scripts would start MariaDB and Apache on their default ports (3306, 80); this machine
  # serves only loopback, on a port of our choosing, so they start nothing.
  # A machine's own policy-rc.d (container images have one) is left as it is.
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  echo "::endgroup::"
fi

# MariaDB on its Unix socket only.
if ! mariadb-admin ping >/dev/null 2>&1; then
  install -d -o mysql -g mysql /run/mysqld /var/log/mysql
  setsid mariadbd-safe --skip-networking --skip-syslog --log-error=/var/log/mysql/error.log >/dev/null 2>&1 < /dev/null &
  for _ in $(seq 60); do mariadb-admin ping >/dev/null 2>&1 && break; sleep 0.5; done
  mariadb-admin ping >/dev/null
fi
DB_PASSWORD_FILE=/etc/wordpress/ci-db-password
[ -s "$DB_PASSWORD_FILE" ] || (umask 077 && head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$DB_PASSWORD_FILE")
DB_PASSWORD="$(cat "$DB_PASSWORD_FILE")"
mariadb <<SQL
CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4;
CREATE USER IF NOT EXISTS 'wordpress'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'localhost';
SQL

# WordPress's configuration for the host name the browser uses (Debian's wp-config.php picks
# /etc/wordpress/config-<host>.php).
CONFIG="/etc/wordpress/config-$HOST.php"
if [ ! -s "$CONFIG" ] || ! grep -q "/var/log/wordpress/debug.log" "$CONFIG"; then
  salts=""
  for name in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
    salts+="define('$name', '$(head -c 48 /dev/urandom | base64 | tr -d "/+='")');"$'\n'
  done
  cat > "$CONFIG" <<PHP
<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '$DB_PASSWORD');
define('DB_HOST', 'localhost');
define('WP_HOME', 'http://$HOST:$PORT');
define('WP_SITEURL', 'http://$HOST:$PORT');
// Plugins uploaded from the admin are written by Apache's user into /var/lib/wordpress/wp-content.
define('FS_METHOD', 'direct');
// No requests to wordpress.org or anywhere else: the machine has no internet, and tests must not wait.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '/var/log/wordpress/debug.log');
$salts
PHP
  chown root:www-data "$CONFIG"
  chmod 640 "$CONFIG"
fi

# A network (multisite) of more than 100 sites, used from PHP only (tests/wordpress/ deletes the plugin
# there): its own tables (net_*) in the same database, picked by the host name ubs-network.test.
NETWORK_CONFIG=/etc/wordpress/config-ubs-network.test.php
if [ ! -s "$NETWORK_CONFIG" ]; then
  salts=""
  for name in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
    salts+="define('$name', '$(head -c 48 /dev/urandom | base64 | tr -d "/+='")');"$'\n'
  done
  cat > "$NETWORK_CONFIG" <<PHP
<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '$DB_PASSWORD');
define('DB_HOST', 'localhost');
\$table_prefix = 'net_';
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
// A network once .ci/wordpress-network.php has made its tables (it defines WP_INSTALLING_NETWORK while it does).
if (!defined('WP_INSTALLING_NETWORK')) {
  define('MULTISITE', true);
  define('SUBDOMAIN_INSTALL', false);
  define('DOMAIN_CURRENT_SITE', 'ubs-network.test');
  define('PATH_CURRENT_SITE', '/');
  define('SITE_ID_CURRENT_SITE', 1);
  define('BLOG_ID_CURRENT_SITE', 1);
}
$salts
PHP
  chown root:www-data "$NETWORK_CONFIG"
  chmod 640 "$NETWORK_CONFIG"
fi

# PHP's errors, warnings and notices, outside the web root, writable by Apache (the tests read it).
install -d -o www-data -g www-data /var/log/wordpress
touch /var/log/wordpress/debug.log
chown www-data:www-data /var/log/wordpress/debug.log

# Apache on loopback, on one port, serving only WordPress.
printf 'Listen %s:%s\n' "$HOST" "$PORT" > /etc/apache2/ports.conf
cat > /etc/apache2/sites-available/wordpress-ci.conf <<APACHE
<VirtualHost $HOST:$PORT>
  ServerName $HOST
  DocumentRoot /usr/share/wordpress
  Alias /wp-content /var/lib/wordpress/wp-content
  <Directory /usr/share/wordpress>
    Options FollowSymLinks
    AllowOverride Limit Options FileInfo
    DirectoryIndex index.php
    Require local
  </Directory>
  <Directory /var/lib/wordpress/wp-content>
    Options FollowSymLinks
    Require local
  </Directory>
  ErrorLog \${APACHE_LOG_DIR}/wordpress-ci-error.log
</VirtualHost>
APACHE
a2dissite -q 000-default >/dev/null 2>&1 || true
a2ensite -q wordpress-ci >/dev/null
echo "ServerName $HOST" > /etc/apache2/conf-available/servername.conf
a2enconf -q servername >/dev/null
# (No pgrep: a minimal Debian has no procps.)
pid_file=/var/run/apache2/apache2.pid
if [ -s "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then apache2ctl graceful; else apache2ctl start; fi

# The site itself, its theme and its users, through WordPress's own PHP (Debian has no wp-cli).
php .ci/wordpress-install.php "$HOST" "$PORT"
php .ci/wordpress-network.php install
php .ci/wordpress-network.php sites
up() { php -r 'exit(@file_get_contents($argv[1]) === false ? 1 : 0);' "http://$HOST:$PORT/wp-login.php"; }
for _ in $(seq 40); do up && break; sleep 0.25; done
up
echo "WordPress $(php -r 'include "/usr/share/wordpress/wp-includes/version.php"; echo $wp_version;') on http://$HOST:$PORT/"

# The newest WordPress this machine can get, beside it on :8090 (npm run test:wordpress runs against both).
.ci/wordpress-latest.sh
