<?php
/**
 * `[upper_back_surgery element="risk-list" heading-level="3" lang="es"]`, for authors and for sites
 * on the classic editor: the element's attribute names as they are written in HTML. A boolean
 * attribute is on when written alone (`[upper_back_surgery element="surgery-faq" expanded]`) or set to
 * `true`. The same checks as a block's attributes apply.
 *
 * @package UpperBackSurgery
 */

defined( 'ABSPATH' ) || exit;

/**
 * A shortcode's attributes as a block's (camelCase keys); a name written alone counts as `true`.
 *
 * @param array<int|string, string> $shortcode_attributes As WordPress parses them (names lowercased).
 * @return array{0: string, 1: array<string, string>} The element's tag and its attribute values.
 */
function ubs_parse_shortcode( array $shortcode_attributes ): array {
	$tag    = '';
	$values = array();
	foreach ( $shortcode_attributes as $name => $value ) {
		if ( is_int( $name ) ) {
			$name  = strtolower( $value );
			$value = 'true';
		}
		if ( 'element' === $name ) {
			$tag = strtolower( trim( $value ) );
			continue;
		}
		$key            = lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $name ) ) ) );
		$values[ $key ] = $value;
	}
	return array( $tag, $values );
}

/**
 * The shortcode's HTML. An unknown element prints a comment saying so, for whoever reads the source.
 *
 * @param array<int|string, string>|string $shortcode_attributes As WordPress passes them ('' when none).
 */
function ubs_shortcode( $shortcode_attributes ): string {
	[ $tag, $values ] = ubs_parse_shortcode( is_array( $shortcode_attributes ) ? $shortcode_attributes : array() );
	if ( ! ubs_element( $tag ) ) {
		return '<!-- upper_back_surgery: element="' . esc_html( str_replace( '--', '', $tag ) ) . '" is not one of the guide\'s elements -->';
	}
	return ubs_render_element( $tag, $values );
}

/** Registers `[upper_back_surgery]`. */
function ubs_register_shortcode(): void {
	add_shortcode( 'upper_back_surgery', 'ubs_shortcode' );
}
add_action( 'init', 'ubs_register_shortcode' );
