<?php
/**
 * The library's elements and what each accepts, from elements.json, which the build generates from
 * the library's custom-elements.json (scripts/build-wordpress.mjs): a new element or attribute needs
 * no change here.
 *
 * @package UpperBackSurgery
 */

defined( 'ABSPATH' ) || exit;

/**
 * Every element, by tag: `tag`, `block`, `summary`, `titles` and `fallback` by language, and
 * `attributes` (`name` as in HTML, `key` in camelCase, `type`, optional `values` and `default`).
 *
 * @return array<string, array<string, mixed>>
 */
function ubs_elements(): array {
	static $elements = null;
	if ( null === $elements ) {
		$elements = array();
		$data     = json_decode( (string) file_get_contents( UBS_PLUGIN_DIR . '/elements.json' ), true );
		foreach ( is_array( $data ) ? $data : array() as $element ) {
			$elements[ $element['tag'] ] = $element;
		}
	}
	return $elements;
}

/**
 * One element's description, or null for a name that is not one of the library's elements.
 *
 * @param string $tag The element's tag, e.g. `risk-list`.
 * @return array<string, mixed>|null
 */
function ubs_element( string $tag ): ?array {
	return ubs_elements()[ $tag ] ?? null;
}

/**
 * The languages the guide is written in, English first (the values `lang` may take).
 *
 * @return string[]
 */
function ubs_languages(): array {
	foreach ( ubs_elements() as $element ) {
		foreach ( $element['attributes'] as $attribute ) {
			if ( 'lang' === $attribute['name'] ) {
				return $attribute['values'];
			}
		}
	}
	return array( 'en' );
}

/**
 * The guide's language closest to a WordPress locale (`es_MX` → `es`), English when it has none.
 *
 * @param string $locale A WordPress locale.
 */
function ubs_language_for_locale( string $locale ): string {
	$language = strtolower( strtok( $locale, '_-' ) );
	return in_array( $language, ubs_languages(), true ) ? $language : 'en';
}

/**
 * What only Settings → Upper back surgery sets, from settings-attributes.json (generated, like
 * elements.json, from the library: src/shared/page-settings.ts): `element`, the page settings element
 * (`ubs-settings`), and `attributes`, every attribute name that carries a setting (`name` as in HTML,
 * `key` in camelCase), the clinic's text changes (`content`) included. Blocks, shortcodes and
 * placeholders in posts never pass them.
 *
 * @return array{element: string, attributes: array<int, array{name: string, key: string}>}
 */
function ubs_settings_only(): array {
	static $settings_only = null;
	if ( null === $settings_only ) {
		$data          = json_decode( (string) file_get_contents( UBS_PLUGIN_DIR . '/settings-attributes.json' ), true );
		$settings_only = is_array( $data ) ? $data : array( 'element' => 'ubs-settings', 'attributes' => array() );
	}
	return $settings_only;
}
