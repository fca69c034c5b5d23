<?php
/**
 * What the WordPress test reads or resets on the server, through WordPress's own PHP (Debian has no
 * wp-cli): `php wp-state.php HOST:PORT COMMAND [ARG]`, printing JSON.
 *   reset          removes the plugin, its settings and the test's posts (a clean start for each run)
 *   option NAME    an option's value, or null when it does not exist
 *   set-option NAME=JSON   sets an option to the JSON's value
 *   user-locale LOGIN=LOCALE   sets a user's language ('' for the site's)
 *   plugin-files   whether the plugin's folder exists
 *   log-size       the size of WordPress's PHP error log (WP_DEBUG_LOG), to read what a test adds to it
 *   log-since SIZE the log's lines written since it had SIZE bytes that name the plugin's folder
 *   network-uninstall FILE   on the network (HOST ubs-network.test, .ci/wordpress-network.php): gives
 *                  every site the plugin's settings, runs the plugin's uninstall.php FILE as WordPress
 *                  does when the plugin is deleted, and lists the sites that still have them
 *   install-staged FOLDER   copies a built plugin folder (dist/wordpress/upper-back-surgery-elements) into
 *                  the plugins and activates it, without the upload (scripts/bench-wordpress.mjs)
 *   publish TITLE=CONTENT   publishes a post as the first administrator; prints its link
 *   content-dir    WordPress's wp-content folder (where scripts/bench-wordpress.mjs puts its must-use plugin)
 */

[, $host, $command] = $argv;
$argument = $argv[3] ?? '';
$_SERVER['HTTP_HOST']   = $host;
$_SERVER['SERVER_NAME'] = preg_replace( '/:.*/', '', $host );
$_SERVER['REQUEST_URI'] = '/';

// Debian's WordPress, or the newest (WORDPRESS_DIR, .ci/wordpress-latest.sh).
require ( getenv( 'WORDPRESS_DIR' ) ?: '/usr/share/wordpress' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';

const PLUGIN = 'upper-back-surgery-elements/upper-back-surgery-elements.php';

switch ( $command ) {
	case 'reset':
		deactivate_plugins( PLUGIN, true );
		$folder = WP_PLUGIN_DIR . '/upper-back-surgery-elements';
		if ( is_dir( $folder ) ) {
			WP_Filesystem();
			global $wp_filesystem;
			$wp_filesystem->delete( $folder, true );
		}
		delete_option( 'upper_back_surgery_settings' );
		foreach ( get_posts( array( 'post_type' => array( 'post', 'page' ), 'post_status' => 'any', 'numberposts' => -1, 's' => 'UBS test' ) ) as $post ) {
			wp_delete_post( $post->ID, true );
		}
		echo wp_json_encode( true );
		break;
	case 'option':
		echo wp_json_encode( get_option( $argument, null ) );
		break;
	case 'set-option':
		[ $name, $json ] = explode( '=', $argument, 2 );
		update_option( $name, json_decode( $json, true ) );
		echo wp_json_encode( get_option( $name ) );
		break;
	case 'user-locale':
		[ $login, $locale ] = explode( '=', $argument, 2 );
		$user = get_user_by( 'login', $login );
		update_user_meta( $user->ID, 'locale', $locale );
		echo wp_json_encode( $locale );
		break;
	case 'plugin-files':
		echo wp_json_encode( is_dir( WP_PLUGIN_DIR . '/upper-back-surgery-elements' ) );
		break;
	case 'log-size':
		clearstatcache();
		echo wp_json_encode( is_string( WP_DEBUG_LOG ) && file_exists( WP_DEBUG_LOG ) ? filesize( WP_DEBUG_LOG ) : 0 );
		break;
	case 'log-since':
		$log   = is_string( WP_DEBUG_LOG ) && file_exists( WP_DEBUG_LOG ) ? (string) file_get_contents( WP_DEBUG_LOG, false, null, (int) $argument ) : '';
		$lines = array_values( array_filter( explode( "\n", $log ), static fn ( $line ) => str_contains( $line, '/upper-back-surgery-elements/' ) ) );
		echo wp_json_encode( $lines );
		break;
	case 'network-uninstall':
		if ( ! is_multisite() ) {
			fwrite( STDERR, "$host is not a network\n" );
			exit( 1 );
		}
		$sites = array_map( 'intval', get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) );
		foreach ( $sites as $site_id ) {
			update_blog_option( $site_id, 'upper_back_surgery_settings', array( 'clinicName' => "Clinic $site_id" ) );
		}
		// As uninstall_plugin() does.
		define( 'WP_UNINSTALL_PLUGIN', PLUGIN );
		include $argument;
		$left = array_values( array_filter( $sites, static fn ( $site_id ) => false !== get_blog_option( $site_id, 'upper_back_surgery_settings', false ) ) );
		echo wp_json_encode( array( 'sites' => count( $sites ), 'left' => $left ) );
		break;
	case 'install-staged':
		WP_Filesystem();
		$folder = WP_PLUGIN_DIR . '/upper-back-surgery-elements';
		wp_mkdir_p( $folder );
		$copied = copy_dir( $argument, $folder );
		$result = is_wp_error( $copied ) ? $copied : activate_plugin( PLUGIN );
		echo wp_json_encode( is_wp_error( $result ) ? $result->get_error_message() : true );
		break;
	case 'publish':
		[ $title, $content ] = explode( '=', $argument, 2 );
		$admins = get_users( array( 'role' => 'administrator', 'number' => 1 ) );
		wp_set_current_user( $admins[0]->ID );
		$id = wp_insert_post( array( 'post_title' => $title, 'post_content' => $content, 'post_status' => 'publish' ) );
		echo wp_json_encode( get_permalink( $id ) );
		break;
	case 'content-dir':
		echo wp_json_encode( WP_CONTENT_DIR );
		break;
	default:
		fwrite( STDERR, "unknown command $command\n" );
		exit( 1 );
}
