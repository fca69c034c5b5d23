<?php
/**
 * Installs the test WordPress (what wp-cli's `core install` would do): the site, a block theme, an
 * administrator, an author, a contributor and an administrator who reads Spanish. Run by .ci/wordpress-setup.sh as `php wordpress-install.php HOST PORT`.
 * The users' passwords are the test's own (tests/wordpress/wordpress.test.mjs): the site answers only
 * on 127.0.0.1.
 */

[, $host, $port] = $argv;
$_SERVER['HTTP_HOST']   = "$host:$port";
$_SERVER['SERVER_NAME'] = $host;
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );

// wp_install() mails the new site's details; the machine has no mail, and nobody to read it.
function wp_new_blog_notification() {}

// Debian's WordPress, or another one (WORDPRESS_DIR: the newest, .ci/wordpress-latest.sh).
require ( getenv( 'WORDPRESS_DIR' ) ?: '/usr/share/wordpress' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/user.php';

if ( ! is_blog_installed() ) {
	wp_install( 'Riverside Spine Clinic', 'admin', 'admin@clinic.test', false, '', 'ci-admin-password' );
	echo "Installed WordPress\n";
}
// A block theme: Debian's package has Twenty Twenty-Three; a newer WordPress ships its own default.
switch_theme( wp_get_theme( 'twentytwentythree' )->exists() ? 'twentytwentythree' : WP_DEFAULT_THEME );

if ( ! username_exists( 'author' ) ) {
	wp_insert_user(
		array(
			'user_login' => 'author',
			'user_pass'  => 'ci-author-password',
			'user_email' => 'author@clinic.test',
			'role'       => 'author',
		)
	);
}
// A contributor writes posts that an editor publishes (the plugin's settings must hold against them too).
if ( ! username_exists( 'contributor' ) ) {
	wp_insert_user(
		array(
			'user_login' => 'contributor',
			'user_pass'  => 'ci-contributor-password',
			'user_email' => 'contributor@clinic.test',
			'role'       => 'contributor',
		)
	);
}
// An office manager who reads Spanish: the plugin's admin screens in Spanish (WordPress's own stay
// English unless its Spanish is installed).
if ( ! username_exists( 'gestora' ) ) {
	wp_insert_user(
		array(
			'user_login' => 'gestora',
			'user_pass'  => 'ci-gestora-password',
			'user_email' => 'gestora@clinic.test',
			'role'       => 'administrator',
			'locale'     => 'es_ES',
		)
	);
}
// The block editor's welcome guide would cover the editor in every test.
foreach ( array( 'admin', 'author', 'contributor', 'gestora' ) as $login ) {
	$user = get_user_by( 'login', $login );
	update_user_meta( $user->ID, 'wp_persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ) ) );
}
