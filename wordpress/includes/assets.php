<?php
/**
 * The library's script, from the plugin's own folder (no request to another site), with the
 * plugin's version in the address so a new version is not served from a stale cache. Only pages
 * that show an element load it: a post whose content has a block or shortcode gets it in `<head>`,
 * and anything else that renders one (a widget, an archive) gets it at the end of the page. It is
 * `defer` on the site's pages (ubs_defer_script, prerendered.php): the clinic's page paints without
 * waiting for it, and server-rendered elements are taken over (issue 30). No stylesheet: it would
 * hold up the page's first paint to hide what is worth showing while the script loads (the text
 * printed in full, or a title and first sentences). The Spanish file is never enqueued: the script
 * fetches it from its own folder on pages that show Spanish.
 *
 * @package UpperBackSurgery
 */

defined( 'ABSPATH' ) || exit;

const UBS_SCRIPT = 'upper-back-surgery';

/** Registers the files once; wp_enqueue_* then decide where they print. */
function ubs_register_assets(): void {
	if ( wp_script_is( UBS_SCRIPT, 'registered' ) ) {
		return;
	}
	$folder = plugins_url( 'assets/', UBS_PLUGIN_FILE );
	wp_register_script( UBS_SCRIPT, $folder . 'upper-back-surgery.iife.js', array(), UBS_VERSION, false );
	// Where the Spanish file is, in case an optimisation plugin combines scripts and the bundle loses its own address.
	wp_add_inline_script( UBS_SCRIPT, 'window.ubsBaseUrl = ' . wp_json_encode( $folder ) . ';', 'before' );
}

/** Loads the script on this page (at the end of it, when `<head>` has already been sent). */
function ubs_enqueue_assets(): void {
	ubs_register_assets();
	wp_enqueue_script( UBS_SCRIPT );
}

/**
 * Whether content holds one of the plugin's blocks or its shortcode.
 *
 * @param string $content Post content.
 */
function ubs_content_uses_elements( string $content ): bool {
	return str_contains( $content, '<!-- wp:upper-back-surgery/' ) || has_shortcode( $content, 'upper_back_surgery' );
}

add_action(
	'wp_enqueue_scripts',
	static function () {
		$post = is_singular() ? get_queried_object() : null;
		if ( $post instanceof WP_Post && ubs_content_uses_elements( $post->post_content ) ) {
			ubs_enqueue_assets();
		}
	}
);

// The clinic's settings in <head> of every page that loads the elements, where the elements read them
// first and nothing in a post can override them. A block theme renders the post before <head>, so a
// post's blocks have enqueued the script by now; the copy before the first element (render.php) is
// then the same settings again, which changes nothing.
add_action(
	'wp_head',
	static function () {
		if ( wp_script_is( UBS_SCRIPT, 'enqueued' ) || wp_script_is( UBS_SCRIPT, 'done' ) ) {
			echo ubs_settings_json(); // phpcs:ignore WordPress.Security.EscapeOutput -- JSON with every HTML-significant character escaped.
		}
	}
);

add_action(
	'enqueue_block_editor_assets',
	static function () {
		ubs_enqueue_assets();
		wp_enqueue_script(
			'upper-back-surgery-blocks',
			plugins_url( 'blocks/editor.js', UBS_PLUGIN_FILE ),
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', UBS_SCRIPT ),
			UBS_VERSION,
			true
		);
		wp_add_inline_script( 'upper-back-surgery-blocks', 'window.ubsBlockEditor = ' . wp_json_encode( ubs_block_editor_data() ) . ';', 'before' );
	}
);
