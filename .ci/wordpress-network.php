<?php
/**
 * A WordPress network (multisite) of more than 100 sites, for the test that deleting the plugin clears
 * its settings on every site (WordPress lists 100 sites unless told otherwise). Used from PHP only,
 * never served: its host name, ubs-network.test, picks /etc/wordpress/config-ubs-network.test.php
 * (tables `net_*` in the same database). Run by .ci/wordpress-setup.sh twice, as
 * `php wordpress-network.php install` (the network's tables, before WordPress runs as a network) and
 * `php wordpress-network.php sites` (the sites). Safe to run again: it creates only what is missing.
 */

[, $step] = $argv;
const UBS_NETWORK_HOST  = 'ubs-network.test';
const UBS_NETWORK_SITES = 105;

$_SERVER['HTTP_HOST']   = UBS_NETWORK_HOST;
$_SERVER['SERVER_NAME'] = UBS_NETWORK_HOST;
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );
if ( 'install' === $step ) {
	// The configuration turns the network on only once this step has made its tables.
	define( 'WP_INSTALLING_NETWORK', true );
}

// wp_install() mails the new site's details; the machine has no mail, and nobody to read it.
function wp_new_blog_notification() {}

require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

if ( 'install' === $step ) {
	// WordPress names the network's tables only when it runs as a network: name them (as wp-admin/network.php does).
	foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed_table ) {
		$wpdb->$table = $prefixed_table;
	}
	if ( ! is_blog_installed() ) {
		wp_install( 'UBS network', 'admin', 'admin@clinic.test', false, '', wp_generate_password() );
	}
	install_network();
	if ( ! $wpdb->get_var( "SELECT id FROM $wpdb->site WHERE id = 1" ) ) {
		$result = populate_network( 1, UBS_NETWORK_HOST, 'admin@clinic.test', 'UBS network', '/', false );
		if ( is_wp_error( $result ) ) {
			fwrite( STDERR, $result->get_error_message() . "\n" );
			exit( 1 );
		}
	}
	exit( 0 );
}

$count = (int) get_sites( array( 'count' => true, 'number' => 0 ) );
for ( $i = $count + 1; $i <= UBS_NETWORK_SITES; $i++ ) {
	$site = wp_insert_site( array( 'domain' => UBS_NETWORK_HOST, 'path' => "/site-$i/", 'title' => "Site $i" ) );
	if ( is_wp_error( $site ) ) {
		fwrite( STDERR, $site->get_error_message() . "\n" );
		exit( 1 );
	}
}
echo 'WordPress network of ' . get_sites( array( 'count' => true, 'number' => 0 ) ) . ' sites on ' . UBS_NETWORK_HOST . " (PHP only)\n";
