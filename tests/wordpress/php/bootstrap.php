<?php
/**
 * Loads the test WordPress (.ci/wordpress-setup.sh) and the built plugin (dist/wordpress/), whose
 * elements.json is generated from custom-elements.json. WORDPRESS_HOST names the site (127.0.0.1:8089).
 */

$_SERVER['HTTP_HOST']   = getenv( 'WORDPRESS_HOST' ) ?: '127.0.0.1:8089';
$_SERVER['SERVER_NAME'] = preg_replace( '/:.*/', '', $_SERVER['HTTP_HOST'] );
$_SERVER['REQUEST_URI'] = '/';

// PHPUnit includes this file inside a function: WordPress's file-level variables must be the globals
// its functions read.
global $shortcode_tags, $wp_settings_errors, $wpdb, $wp_version, $table_prefix;
// Debian's WordPress, or the newest (WORDPRESS_DIR, .ci/wordpress-latest.sh).
require ( getenv( 'WORDPRESS_DIR' ) ?: '/usr/share/wordpress' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/template.php'; // add_settings_error(), as on the settings screen

if ( ! function_exists( 'ubs_elements' ) ) {
	require dirname( __DIR__, 3 ) . '/dist/wordpress/upper-back-surgery-elements/upper-back-surgery-elements.php';
	// WordPress has run `init` already; only the plugin's part of it (running all of it again would
	// register WordPress's own blocks twice).
	ubs_register_blocks();
	ubs_register_shortcode();
}
