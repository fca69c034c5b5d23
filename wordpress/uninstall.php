<?php
/**
 * Deleting the plugin removes its settings (on every site of a network).
 *
 * @package UpperBackSurgery
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	// Every site: WordPress lists 100 unless told otherwise ('number' => 0: no limit; ids only, so a large network fits).
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $site_id ) {
		delete_blog_option( $site_id, 'upper_back_surgery_settings' );
	}
} else {
	delete_option( 'upper_back_surgery_settings' );
}
