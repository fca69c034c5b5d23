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
 * The shortcode's HTML. An unknown element shows people who can edit posts a note naming the parts
 * there are (so a typo does not fail silently), and visitors nothing but a comment in the source.
 *
 * @param array<int|string, string>|string $shortcode_attributes As WordPress passes them ('' when none).
 */
function ubs_shortcode( $shortcode_attributes ): string {
	[ $tag, $values ] = ubs_parse_shortcode( is_array( $shortcode_attributes ) ? $shortcode_attributes : array() );
	if ( ubs_element( $tag ) ) {
		return ubs_render_element( $tag, $values );
	}
	$comment = '<!-- upper_back_surgery: element="' . esc_html( str_replace( '--', '', $tag ) ) . '" is not one of the guide\'s elements -->';
	if ( is_feed() || ! current_user_can( 'edit_posts' ) ) {
		return $comment;
	}
	$text = sprintf(
		/* translators: 1: what the shortcode's element="…" says; 2: the elements there are, e.g. "risk-list, surgery-faq". */
		__( '[upper_back_surgery] shows nothing here: element="%1$s" is not one of the guide\'s parts. Use one of: %2$s. (Visitors do not see this note.)', 'upper-back-surgery-elements' ),
		$tag,
		implode( ', ', array_keys( ubs_elements() ) )
	);
	return $comment . '<p class="ubs-settings-notice" role="note">' . esc_html( $text ) . '</p>';
}

/** Registers `[upper_back_surgery]`. */
function ubs_register_shortcode(): void {
	add_shortcode( 'upper_back_surgery', 'ubs_shortcode' );
}
add_action( 'init', 'ubs_register_shortcode' );
