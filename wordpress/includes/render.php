<?php
/**
 * The HTML a block or shortcode prints: the element, its attributes checked against what the
 * element accepts, and content for readers without JavaScript. Authors without the unfiltered-HTML
 * right can place elements this way because nothing they type reaches the page unchecked: a value
 * is kept only when it is of the attribute's type and, where the element lists its values, one of
 * them; text is escaped. What the clinic's settings give (its details, reviewer, review date,
 * colours, theme, text changes) is not among the attributes a block or shortcode has: whatever one
 * passes for them is never printed, so only an administrator, on the settings screen, sets them.
 *
 * @package UpperBackSurgery
 */

defined( 'ABSPATH' ) || exit;

/**
 * The attributes to write, by HTML name: a string, or true for a boolean attribute that is on.
 * Values that do not fit are left out, so the element uses its default.
 *
 * @param array<string, mixed> $element An element from ubs_elements().
 * @param array<string, mixed> $values  Attribute values by camelCase key (a block's attributes).
 * @return array<string, string|true>
 */
function ubs_checked_attributes( array $element, array $values ): array {
	$checked = array();
	foreach ( $element['attributes'] as $attribute ) {
		if ( ! array_key_exists( $attribute['key'], $values ) ) {
			continue;
		}
		$value = $values[ $attribute['key'] ];
		switch ( $attribute['type'] ) {
			case 'number':
				// A float as large as 1e300 has no int to turn into (PHP gives 0): it is left out like any other misfit.
				if ( is_int( $value ) || ( is_float( $value ) && floor( $value ) === $value && abs( $value ) < 100 ) ) {
					$value = (string) (int) $value;
				}
				if ( is_string( $value ) && preg_match( '/^[0-9]{1,2}$/', trim( $value ) ) ) {
					$checked[ $attribute['name'] ] = (string) (int) trim( $value );
				}
				break;
			case 'boolean':
				if ( true === $value || ( is_string( $value ) && in_array( strtolower( trim( $value ) ), array( 'true', '1', 'yes', 'on', $attribute['name'] ), true ) ) ) {
					$checked[ $attribute['name'] ] = true;
				}
				break;
			default:
				if ( ! is_string( $value ) || '' === trim( $value ) ) {
					break;
				}
				$value = trim( $value );
				if ( isset( $attribute['values'] ) && ! in_array( $value, $attribute['values'], true ) ) {
					break;
				}
				$checked[ $attribute['name'] ] = $value;
		}
	}
	return $checked;
}

/**
 * The attributes the clinic's settings give that a block or shortcode passed all the same (a shortcode
 * written by hand, a forged block comment, a block saved by an older version of the plugin), by HTML
 * name. They are never printed: the element's attributes in elements.json leave them out.
 *
 * @param array<string, mixed> $values Attribute values by camelCase key (a block's attributes).
 * @return string[]
 */
function ubs_settings_attributes_passed( array $values ): array {
	$passed = array();
	foreach ( ubs_settings_only()['attributes'] as $attribute ) {
		$value = $values[ $attribute['key'] ] ?? null;
		if ( null !== $value && false !== $value && '' !== $value ) {
			$passed[] = $attribute['name'];
		}
	}
	return $passed;
}

/**
 * A short note, before the element, for people who can edit posts (an author looking at their page):
 * which of the block's or shortcode's values are not used, and where those come from. Visitors, and
 * feeds, get nothing.
 *
 * @param string[] $passed HTML names, as ubs_settings_attributes_passed() returns them.
 */
function ubs_settings_notice( array $passed ): string {
	if ( ! $passed || is_feed() || ! current_user_can( 'edit_posts' ) ) {
		return '';
	}
	$text = sprintf(
		/* translators: %s: attribute names, e.g. "phone, booking-url". */
		__( 'Not used: %s. The clinic\'s details, reviewer, review date, colours and texts come only from Settings → Upper back surgery (visitors do not see this note).', 'upper-back-surgery-elements' ),
		implode( ', ', $passed )
	);
	return '<p class="ubs-settings-notice" role="note">' . esc_html( $text ) . '</p>';
}

/**
 * The element's HTML, already rendered, where server rendering is available (issue 12): the element
 * with its content inside, for readers, crawlers and feeds without JavaScript. Null until then, and
 * the element prints with its fallback paragraph. Plugins and the server renderer hook in with the
 * `upper_back_surgery_prerendered_html` filter; what they return is printed as it is.
 *
 * @param string               $tag        The element's tag.
 * @param array<string, mixed> $attributes Checked attributes, as ubs_checked_attributes() returns them.
 * @param string               $language   The language the element will show.
 */
function ubs_prerendered_html( string $tag, array $attributes, string $language ): ?string {
	$html = apply_filters( 'upper_back_surgery_prerendered_html', null, $tag, $attributes, $language );
	return is_string( $html ) ? $html : null;
}

/**
 * What readers without JavaScript see inside the element (and everyone, until it runs): its title
 * as a heading at the element's level, and its first sentences.
 *
 * @param array<string, mixed> $element  An element from ubs_elements().
 * @param int                  $level    Heading level, 2 to 6.
 * @param string               $language The language of the text.
 */
function ubs_fallback_html( array $element, int $level, string $language ): string {
	$fallback = $element['fallback'][ $language ] ?? $element['fallback']['en'] ?? null;
	if ( ! $fallback ) {
		return '';
	}
	return sprintf( '<h%1$d>%2$s</h%1$d><p>%3$s</p>', $level, esc_html( $fallback['heading'] ), esc_html( $fallback['text'] ) );
}

/**
 * The HTML for one element, with the clinic's settings before the first one on the page (and, for
 * people who can edit posts, a note when the block or shortcode passed values the settings give).
 *
 * @param string               $tag          The element's tag.
 * @param array<string, mixed> $values       Attribute values by camelCase key.
 * @param string               $wrapper_attributes Extra attributes, already escaped (a block's class).
 */
function ubs_render_element( string $tag, array $values, string $wrapper_attributes = '' ): string {
	$element = ubs_element( $tag );
	if ( ! $element ) {
		return '';
	}
	ubs_enqueue_assets();
	$attributes = ubs_checked_attributes( $element, $values );
	// The guide's language from the settings, unless the block or shortcode chose one; without either,
	// the element follows the page's (the site's) language.
	$saved_language = ubs_saved_settings()['guideLanguage'] ?? null;
	if ( ! isset( $attributes['lang'] ) && null !== $saved_language ) {
		$attributes['lang'] = $saved_language;
	}
	$language = $attributes['lang'] ?? ubs_guide_language();
	$inside   = ubs_prerendered_html( $tag, $attributes, $language );
	// The text in a shadow root, filled with the clinic's settings (prerendered.php), where it can be exact.
	$shadow = null === $inside ? ubs_prerendered_shadow( $element, $attributes, $language ) : null;
	if ( $shadow ) {
		// Rendered for this language: the element says so rather than following the page's.
		$attributes['lang'] = $language;
	}

	$html = '';
	foreach ( $attributes as $name => $value ) {
		$html .= true === $value ? ' ' . $name : sprintf( ' %s="%s"', $name, esc_attr( $value ) );
	}
	if ( $shadow ) {
		$html .= sprintf( ' data-ubs-rendered="%s"', esc_attr( $shadow['rendered'] ) );
	}
	if ( '' !== $wrapper_attributes ) {
		$html .= ' ' . $wrapper_attributes;
	}
	$level = (int) ( $attributes['heading-level'] ?? 2 );
	$level = $level >= 2 && $level <= 6 ? $level : 2;
	// After the shadow root, the title and first sentences stay for a browser without declarative shadow DOM.
	$inside = $inside ?? ( $shadow['html'] ?? '' ) . ubs_fallback_html( $element, $level, $language );
	$notice = ubs_settings_notice( ubs_settings_attributes_passed( $values ) );
	return ubs_settings_once() . $notice . sprintf( '<%1$s%2$s>%3$s</%1$s>', $tag, $html, $inside );
}
