<?php
/**
 * Placeholders in posts (`<div data-ubs="second-opinion" data-heading-level="3">`, the library's way
 * for authors without the plugin): WordPress keeps a `<div>` and its `data-*` attributes for every
 * author, and the library's script, which the plugin loads, turns each into the element it names.
 * They stay usable for the per-page choices, but the plugin takes out of them what only the settings
 * screen sets: an attribute that carries a setting (`data-phone`, `data-theme`, `data-content`…) is
 * removed, and a placeholder for the page settings element (`data-ubs="ubs-settings"`) loses its
 * `data-ubs`, so it stays a plain `<div>`. Otherwise an author could fill a setting the administrator
 * left empty, or change the guide's text, through the library's own rules for page settings.
 *
 * @package UpperBackSurgery
 */

defined( 'ABSPATH' ) || exit;

/**
 * One start tag that has `data-ubs`, without what the settings give.
 *
 * @param array<int, string> $match The tag (`<div …>`), its name and its attributes, as matched below.
 */
function ubs_placeholder_tag_without_settings( array $match ): string {
	$settings_only = ubs_settings_only();
	$names         = array_column( $settings_only['attributes'], 'name' );
	$kept          = '';
	// Parsed as kses parses attributes; each kept attribute is written back as it was. Names are
	// compared as a browser reads them: in lower case, entities in values decoded.
	foreach ( wp_kses_hair( $match[2], wp_allowed_protocols() ) as $attribute ) {
		$name  = strtolower( $attribute['name'] );
		$value = html_entity_decode( $attribute['value'], ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		$bare  = str_starts_with( $name, 'data-' ) ? substr( $name, 5 ) : $name;
		if ( 'data-ubs' === $name ) {
			// As the library reads the name: JavaScript's trim() takes every Unicode space (`&nbsp;` too).
			$element = mb_strtolower( (string) preg_replace( '/^[\s\p{Z}\x{FEFF}]+|[\s\p{Z}\x{FEFF}]+$/u', '', $value ) );
			if ( $element === $settings_only['element'] ) {
				continue;
			}
		} elseif ( in_array( $bare, $names, true ) ) {
			continue;
		}
		$kept .= ' ' . $attribute['whole'];
	}
	return '<' . $match[1] . $kept . $match[3] . '>';
}

/**
 * A post's HTML with every placeholder's settings taken out (see above).
 *
 * @param string $html What a post shows, after its blocks and shortcodes.
 */
function ubs_placeholders_without_settings( $html ) {
	if ( ! is_string( $html ) || false === stripos( $html, 'data-ubs' ) ) {
		return $html;
	}
	// A start tag, up to its first `>`, as kses cuts tags when it filters what authors save.
	return preg_replace_callback( '#<([a-z][a-z0-9-]*)((?:\s[^>]*?)?\sdata-ubs(?=[\s=/>])[^>]*?)(\s*/?)>#i', 'ubs_placeholder_tag_without_settings', $html ) ?? $html;
}
add_filter( 'the_content', 'ubs_placeholders_without_settings', 20 );
