<?php
/**
 * Deleting the plugin removes its settings (on every site of a network).
 *
 * @package UpperBackSurgery
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $site_id ) {
		delete_blog_option( $site_id, 'upper_back_surgery_settings' );
	}
} else {
	delete_option( 'upper_back_surgery_settings' );
}
