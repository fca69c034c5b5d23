<?php
/**
 * Elements with their text already inside (issue 30): the library's server renderer rendered each element
 * in each language at build time (scripts/wordpress-prerender.mjs), with its text in a declarative shadow
 * root, and tokens where the clinic's emergency number, colours and review line go. Here PHP fills that
 * template, and only it, with the administrator's settings, escaped, before it meets a post: nothing an
 * author writes passes through the filling. Readers see the text before the script arrives, or without it, and the script
 * takes that HTML over (hydration) without rendering it again, so nothing moves.
 *
 * The browser takes the HTML over only when it is what it would render itself: the same language and
 * settings (`data-ubs-rendered`, a digest of both, computed here as src/shared/guide-element.ts does)
 * and the same templates (Lit's `<!--lit-part DIGEST-->`, computed here from the filled strings as Lit
 * does), and the colour rules for the brand colour and scheme (as the library's colourRules() writes
 * them). Whatever this file cannot make exactly, it does not make: an element without a template, a block
 * or shortcode with attributes other than the defaults, a setting value the library would not use (an
 * emergency number, colour or scheme the settings screen would refuse); the element is then printed as
 * before (its title and first sentences, then the script renders it). Should the page still differ (a plugin that strips comments, a settings block
 * added to a post), the element renders afresh with a warning, as the library does for any server HTML.
 *
 * @package UpperBackSurgery
 */

defined( 'ABSPATH' ) || exit;

/**
 * One element's template in one language, as the build wrote it: `variants` (by key: '' for most
 * elements, `r0e0`…`r1e1` for the disclaimer's reviewer's line, with or without a reviewer and "for an
 * earlier version"), each with `html` (inside the element, with tokens) and `strings` (the templates whose
 * Lit digest depends on the settings); `noNumber` (what the text says without an emergency number, or
 * null); for the reviewer's line `date` (`pattern`, `months`, `own`: the guide's own review date). Null
 * when there is none.
 *
 * @param string $tag      The element's tag.
 * @param string $language The language of the text.
 * @return array<string, mixed>|null
 */
function ubs_prerendered_template( string $tag, string $language ): ?array {
	static $templates = array();
	$key = $language . '/' . $tag;
	if ( ! array_key_exists( $key, $templates ) ) {
		$templates[ $key ] = null;
		// Names from elements.json and the guide's languages only; checked again as a path.
		if ( preg_match( '/^[a-z]+(?:-[a-z]+)*$/', $tag ) && preg_match( '/^[a-z]{2,3}$/', $language ) ) {
			$file = UBS_PLUGIN_DIR . '/prerendered/' . $language . '/' . $tag . '.json';
			$data = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null;
			if ( is_array( $data ) && isset( $data['variants'] ) && is_array( $data['variants'] ) ) {
				$templates[ $key ] = $data;
			}
		}
	}
	return $templates[ $key ];
}

/**
 * A string's UTF-16 code units, as JavaScript's charCodeAt() reads them. Null without mbstring.
 *
 * @param string $text UTF-8 text.
 * @return int[]|null
 */
function ubs_utf16_units( string $text ): ?array {
	if ( '' === $text ) {
		return array();
	}
	if ( ! function_exists( 'mb_convert_encoding' ) ) {
		return null;
	}
	$units = unpack( 'v*', (string) mb_convert_encoding( $text, 'UTF-16LE', 'UTF-8' ) );
	return is_array( $units ) ? array_values( $units ) : null;
}

/**
 * Lit's digest of a template's strings (@lit-labs/ssr-client, digestForTemplateResult): two 32-bit
 * DJB2-style hashes over the code units, alternating by position within each string, as base64.
 *
 * @param string[] $strings The template's strings.
 */
function ubs_lit_digest( array $strings ): ?string {
	$hashes = array( 5381, 5381 );
	foreach ( $strings as $string ) {
		$units = ubs_utf16_units( (string) $string );
		if ( null === $units ) {
			return null;
		}
		foreach ( $units as $i => $unit ) {
			$lane            = $i & 1;
			$hashes[ $lane ] = ( ( $hashes[ $lane ] * 33 ) & 0xFFFFFFFF ) ^ $unit;
		}
	}
	return base64_encode( pack( 'V2', $hashes[0], $hashes[1] ) );
}

/**
 * The digest the browser compares before it takes server HTML over (renderInputs() in
 * src/shared/guide-element.ts): FNV-1a over the language and the page settings' entries sorted, as
 * JSON.stringify() writes them, in base 36.
 *
 * @param string               $language The element's language.
 * @param array<string, string> $settings The page settings, as the settings block carries them.
 */
function ubs_rendered_digest( string $language, array $settings ): ?string {
	ksort( $settings, SORT_STRING );
	$entries = array();
	foreach ( $settings as $key => $value ) {
		$entries[] = array( (string) $key, (string) $value );
	}
	// JSON.stringify() leaves `/`, non-ASCII letters and the line separators as they are.
	$json  = wp_json_encode( $entries, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_LINE_TERMINATORS );
	$units = is_string( $json ) ? ubs_utf16_units( $language . $json ) : null;
	if ( null === $units ) {
		return null;
	}
	$hash = 2166136261;
	foreach ( $units as $unit ) {
		$hash = ( ( $hash ^ $unit ) * 16777619 ) & 0xFFFFFFFF;
	}
	return base_convert( (string) $hash, 10, 36 );
}

/**
 * Text as the library's freeze() writes it into a template (src/shared/freeze.ts): every `& < > " '`
 * as an entity, always (esc_html() would keep an entity the value already has, and show other text).
 *
 * @param string $text Text from the settings.
 */
function ubs_template_text( string $text ): string {
	return strtr(
		$text,
		array(
			'&'  => '&amp;',
			'<'  => '&lt;',
			'>'  => '&gt;',
			'"'  => '&quot;',
			"'"  => '&#39;',
		)
	);
}

/**
 * The colour rules at the end of each shadow root's styles, as the library's server renderer writes them
 * (colourRules() in src/shared/colour-controller.ts, with no page colours to read: black on white, or the
 * scheme's own): the brand colour, the text on it, the focus ring and the warning colours, and a fixed
 * scheme's text, surface and padding. Tested against the library's, colour by colour (PrerenderedTest).
 *
 * @param string      $theme  `auto`, `light` or `dark`.
 * @param string|null $accent The brand colour as `#rrggbb`, or null for none.
 */
function ubs_colour_rules( string $theme, ?string $accent ): string {
	$rgb        = static function ( string $hex ): array {
		return array( hexdec( substr( $hex, 1, 2 ) ), hexdec( substr( $hex, 3, 2 ) ), hexdec( substr( $hex, 5, 2 ) ) );
	};
	$hex        = static function ( array $rgb ): string {
		return vsprintf( '#%02x%02x%02x', $rgb );
	};
	$css        = static function ( array $rgb ): string {
		return vsprintf( 'rgb(%d, %d, %d)', $rgb );
	};
	$ratio      = static function ( array $a, array $b ) use ( $hex ): float {
		$la = ubs_luminance( $hex( $a ) );
		$lb = ubs_luminance( $hex( $b ) );
		return ( max( $la, $lb ) + 0.05 ) / ( min( $la, $lb ) + 0.05 );
	};
	$black      = array( 0, 0, 0 );
	$white      = array( 255, 255, 255 );
	$readable   = static function ( array $background ) use ( $ratio, $black, $white ): array {
		return $ratio( $background, $black ) >= $ratio( $background, $white ) ? $black : $white;
	};
	$palettes   = array(
		'light' => array( 'text' => array( 27, 39, 51 ), 'surface' => $white ),
		'dark'  => array( 'text' => array( 230, 237, 243 ), 'surface' => array( 16, 25, 31 ) ),
	);
	$paint      = $palettes[ $theme ] ?? null;
	$colour     = null !== $accent ? $rgb( $accent ) : array( 11, 95, 122 );
	$text       = $paint['text'] ?? $black;
	$background = $paint['surface'] ?? $white;
	$warning    = array( 179, 38, 30 );
	$focus      = $ratio( $colour, $background ) >= 3 ? $colour : $text;
	$warn_text  = $ratio( $warning, $background ) >= 4.5 ? $warning : array( 255, 180, 171 );
	$tokens     = ( null !== $accent ? '--_settings-accent: ' . $css( $colour ) . '; ' : '' )
		. '--_computed-on-accent: ' . $css( $readable( $colour ) ) . '; --_computed-focus: ' . $css( $focus ) . '; --_computed-warning-text: ' . $css( $warn_text ) . '; --_computed-on-warning: ' . $css( $readable( $warning ) ) . ';';
	if ( $paint ) {
		$own = ':host { color-scheme: ' . $theme . '; color: ' . $css( $paint['text'] ) . '; background: ' . $css( $paint['surface'] ) . '; padding: var(--_space); border-radius: var(--_radius); }';
	} else {
		$own = $readable( $background ) === $white ? ':host { color-scheme: dark; }' : '';
	}
	return ':host { ' . $tokens . " }\n" . $own;
}

/**
 * Text with the spaces JavaScript's trim() takes off (every Unicode space, `&nbsp;` too) taken off.
 *
 * @param string $text Text from the settings.
 */
function ubs_js_trim( string $text ): string {
	return (string) preg_replace( '/^[\s\p{Z}\x{FEFF}]+|[\s\p{Z}\x{FEFF}]+$/u', '', $text );
}

/**
 * The disclaimer's review line as the library writes it (medical-disclaimer.component.ts): which variant
 * of the template (a reviewer or none; "for an earlier version of this text" or not) and the values of its
 * tokens (the date as `<time datetime>` and as words, the reviewer with credentials), escaped. Null for a
 * review date the library would not use (it would show the guide's own date, with a warning).
 *
 * @param array<string, mixed> $date     The template's `date`: `pattern`, `months`, `own`.
 * @param array<string, string> $settings The page settings.
 * @param string               $language The element's language.
 * @return array{0: string, 1: array<string, string>}|null
 */
function ubs_review_line( array $date, array $settings, string $language ): ?array {
	$iso = $settings['reviewDate'] ?? (string) ( $date['own'] ?? '' );
	if ( ubs_check_review_date( $iso ) !== $iso ) {
		return null;
	}
	[ $year, $month, $day ] = array_map( 'intval', explode( '-', $iso ) );
	$words                  = strtr(
		(string) ( $date['pattern'] ?? '' ),
		array(
			'{year}'  => (string) $year,
			'{month}' => (string) ( $date['months'][ $month - 1 ] ?? '' ),
			'{day}'   => (string) $day,
		)
	);
	$name        = ubs_js_trim( $settings['reviewerName'] ?? '' );
	$credentials = ubs_js_trim( $settings['reviewerCredentials'] ?? '' );
	$reviewer    = '' === $name ? '' : ( '' === $credentials ? $name : $name . ', ' . $credentials );
	// As isSignedEarlier(): a reviewed version that does not name this text's, or is not a version at all.
	$earlier = false;
	$signed  = ubs_js_trim( $settings['reviewedVersion'] ?? '' );
	if ( '' !== $signed ) {
		$versions = preg_split( '/[\s,]+/', strtolower( $signed ), -1, PREG_SPLIT_NO_EMPTY );
		$shown    = ubs_settings_rules()['contentVersions'][ $language ] ?? null;
		$valid    = is_array( $versions ) && $versions && count( preg_grep( '/^[0-9a-f]{12}$/', $versions ) ) === count( $versions );
		$earlier  = ! $valid || null === $shown || ! in_array( $shown, $versions, true );
	}
	return array(
		'r' . ( '' === $reviewer ? 0 : 1 ) . 'e' . ( $earlier ? 1 : 0 ),
		array(
			"\x01I\x01" => ubs_template_text( $iso ),
			"\x01T\x01" => ubs_template_text( $words ),
			"\x01R\x01" => ubs_template_text( $reviewer ),
		),
	);
}

/**
 * The inside of an element, server-rendered for the clinic's settings, and the digest to write on it;
 * null where it cannot be exactly what the browser would render (see the file's comment).
 *
 * @param array<string, mixed> $element    An element from ubs_elements().
 * @param array<string, mixed> $attributes Checked attributes, as ubs_checked_attributes() returns them.
 * @param string               $language   The language the element will show.
 * @return array{html: string, rendered: string}|null
 */
function ubs_prerendered_shadow( array $element, array $attributes, string $language ): ?array {
	// A feed reader shows no shadow root: it gets the title and first sentences. A site can turn server
	// rendering off (a cache or optimisation plugin that strips HTML comments would make every element
	// render afresh, with a warning) with `add_filter( 'upper_back_surgery_server_render', '__return_false' )`.
	if ( is_feed() || ! apply_filters( 'upper_back_surgery_server_render', true, $element['tag'], $language ) ) {
		return null;
	}
	// Each attribute the block or shortcode gives must be the default the template was rendered with.
	foreach ( $element['attributes'] as $attribute ) {
		$name = $attribute['name'];
		if ( 'lang' === $name || ! array_key_exists( $name, $attributes ) ) {
			continue;
		}
		$default = $attribute['default'] ?? null;
		$value   = $attributes[ $name ];
		$same    = true === $value ? true === $default : ( is_scalar( $default ) && ! is_bool( $default ) && (string) $default === $value );
		if ( ! $same ) {
			return null;
		}
	}
	$template = ubs_prerendered_template( $element['tag'], $language );
	if ( ! $template ) {
		return null;
	}
	$settings = ubs_settings();
	// Colours as the settings screen saves them (#rrggbb, one of the schemes); anything else the library
	// might read otherwise.
	$accent = $settings['accent'] ?? null;
	$theme  = $settings['theme'] ?? 'auto';
	if ( ( null !== $accent && ubs_check_colour( $accent ) !== $accent ) || ! in_array( $theme, array( 'auto', 'light', 'dark' ), true ) ) {
		return null;
	}
	$number = $settings['emergencyNumber'] ?? null;
	if ( null === $number ) {
		$number = $template['noNumber'] ?? null;
	} elseif ( ubs_check_emergency_number( $number ) !== $number ) {
		// A value the library would not show (saved by an older version?): it would say other words.
		return null;
	}
	if ( ! is_string( $number ) ) {
		return null;
	}
	$values = array( "\x01E\x01" => ubs_template_text( $number ) );
	$key    = '';
	if ( isset( $template['date'] ) ) {
		$line = ubs_review_line( $template['date'], $settings, $language );
		if ( null === $line ) {
			return null;
		}
		[ $key, $review_values ] = $line;
		$values += $review_values;
	}
	$variant = $template['variants'][ $key ] ?? null;
	if ( ! is_array( $variant ) || ! is_string( $variant['html'] ?? null ) || ! is_array( $variant['strings'] ?? null ) ) {
		return null;
	}
	$fill = $values + array(
		// Text in a <style>: rgb() values and fixed words only, nothing from the settings as typed.
		"\x01C\x01" => ubs_colour_rules( $theme, $accent ),
	);
	foreach ( $variant['strings'] as $index => $strings ) {
		$digest = is_array( $strings ) ? ubs_lit_digest(
			array_map(
				static function ( $string ) use ( $values ): string {
					return strtr( (string) $string, $values );
				},
				$strings
			)
		) : null;
		if ( null === $digest ) {
			return null;
		}
		$fill[ "\x01D" . $index . "\x01" ] = $digest;
	}
	$rendered = ubs_rendered_digest( $language, $settings );
	if ( null === $rendered ) {
		return null;
	}
	// One pass over the template alone: a filled value is never read again for tokens.
	return array(
		'html'     => strtr( $variant['html'], $fill ),
		'rendered' => $rendered,
	);
}

/**
 * Keeps WordPress's typography (curly quotes, dashes) out of the shadow roots of a block's elements,
 * which the post's filters see: the text must stay what the script would render.
 *
 * @param string[] $tags Tags whose content wptexturize() leaves alone.
 * @return string[]
 */
function ubs_no_texturize_templates( $tags ) {
	$tags   = is_array( $tags ) ? $tags : array();
	$tags[] = 'template';
	return $tags;
}
add_filter( 'no_texturize_tags', 'ubs_no_texturize_templates' );

/**
 * The script runs after the page is parsed (`defer`) on the site's pages, so the parser attaches each
 * element's shadow root before the script defines the element, which then takes it over; a script that
 * blocked in `<head>` would define the elements first and render them afresh. Added to the tag, not to
 * the registration (assets.php): a `defer` already there (a registration with a loading strategy) is
 * left alone. Not in the admin screens, where the block editor's script runs right after it.
 *
 * @param string $tag    The script's HTML (with its inline scripts).
 * @param string $handle The script's handle.
 */
function ubs_defer_script( $tag, $handle ) {
	if ( UBS_SCRIPT !== $handle || is_admin() || ! is_string( $tag ) || preg_match( '/<script[^>]*\ssrc=[^>]*\sdefer\b/', $tag ) ) {
		return $tag;
	}
	return (string) preg_replace( '/<script(?=[^>]*\ssrc=)/', '<script defer', $tag, 1 );
}
add_filter( 'script_loader_tag', 'ubs_defer_script', 10, 2 );
