<?php
/**
 * Settings → Upper back surgery: the clinic's details, which every element on the site reads as its
 * page settings (the same names as `<ubs-settings>`'s, in camelCase), and the guide's language. Only
 * here: blocks and shortcodes do not take them (see render.php), so only administrators set them.
 * Saved through the Settings API (its nonce and the manage_options check).
 *
 * Each value is checked on save by the library's own rules (src/shared/setting-rules.ts, applied here
 * the same way; tests/wordpress/ compares them value by value), and a value that fails is explained in
 * the snippet builder's words (settings-rules.json, generated from builder/text.ts): the field keeps
 * what was typed, with the problem under it, and the value saved before stays in force.
 *
 * @package UpperBackSurgery
 */

defined( 'ABSPATH' ) || exit;

const UBS_OPTION = 'upper_back_surgery_settings';

/**
 * What the build generated for this screen (scripts/build-wordpress.mjs): `texts` (the builder's
 * words, by language), `colours` (CSS colour names as hex), `contentVersions` (by language) and
 * `packets` (the reviewer's packets the plugin ships, by language).
 *
 * @return array<string, mixed>
 */
function ubs_settings_rules(): array {
	static $rules = null;
	if ( null === $rules ) {
		$data  = json_decode( (string) file_get_contents( UBS_PLUGIN_DIR . '/settings-rules.json' ), true );
		$rules = is_array( $data ) ? $data : array();
		$rules += array( 'texts' => array(), 'colours' => array(), 'contentVersions' => array(), 'packets' => array() );
	}
	return $rules;
}

/**
 * One of the builder's words in the language of the person reading the screen (English when the
 * builder has none in it).
 *
 * @param string $key  A key of settings-rules.json's texts, e.g. `contrast`.
 * @param string $part For `problems`: the setting it is about.
 */
function ubs_builder_text( string $key, string $part = '' ): string {
	$texts = ubs_settings_rules()['texts'];
	$words = $texts[ ubs_language_for_locale( get_user_locale() ) ] ?? $texts['en'] ?? array();
	$value = $words[ $key ] ?? '';
	if ( '' !== $part ) {
		$value = is_array( $value ) ? ( $value[ $part ] ?? '' ) : '';
	}
	return is_string( $value ) ? $value : '';
}

/**
 * The settings' fields, keyed as the page settings name them (`guideLanguage` is the plugin's own).
 * Labels and help are translated at display time; each `check` returns the value to save, or null
 * when it is not acceptable. `page`: printed for the elements as a page setting.
 *
 * @return array<string, array{label: string, help: string, type: string, check: callable(string): ?string, page: bool}>
 */
function ubs_settings_fields(): array {
	$text = static function ( int $max ): callable {
		return static function ( string $value ) use ( $max ): ?string {
			$clean = sanitize_text_field( $value );
			return mb_strlen( $clean ) <= $max ? $clean : null;
		};
	};
	return array(
		'clinicName'          => array(
			'label' => __( 'Clinic name', 'upper-back-surgery-elements' ),
			'help'  => __( 'Shown in contact boxes.', 'upper-back-surgery-elements' ),
			'type'  => 'text',
			'check' => $text( 120 ),
			'page'  => true,
		),
		'phone'               => array(
			'label' => __( 'Phone', 'upper-back-surgery-elements' ),
			'help'  => __( 'Digits, spaces, +, -, dots and brackets, e.g. +1 555 010 0100.', 'upper-back-surgery-elements' ),
			'type'  => 'tel',
			'check' => 'ubs_check_phone',
			'page'  => true,
		),
		'bookingUrl'          => array(
			'label' => __( 'Booking link', 'upper-back-surgery-elements' ),
			'help'  => __( 'The address of the booking page, starting with https:// or http://.', 'upper-back-surgery-elements' ),
			'type'  => 'url',
			'check' => 'ubs_check_booking_url',
			'page'  => true,
		),
		'email'               => array(
			'label' => __( 'Email', 'upper-back-surgery-elements' ),
			'help'  => __( 'The clinic\'s email address.', 'upper-back-surgery-elements' ),
			'type'  => 'email',
			'check' => 'ubs_check_email',
			'page'  => true,
		),
		'reviewerName'        => array(
			'label' => __( 'Reviewer', 'upper-back-surgery-elements' ),
			'help'  => __( 'Who reviewed the guide for the clinic, e.g. Dr. Ana Reyes.', 'upper-back-surgery-elements' ),
			'type'  => 'text',
			'check' => $text( 120 ),
			'page'  => true,
		),
		'reviewerCredentials' => array(
			'label' => __( 'Reviewer\'s credentials', 'upper-back-surgery-elements' ),
			'help'  => __( 'E.g. MD, orthopaedic spine surgeon.', 'upper-back-surgery-elements' ),
			'type'  => 'text',
			'check' => $text( 200 ),
			'page'  => true,
		),
		'reviewDate'          => array(
			'label' => __( 'Review date', 'upper-back-surgery-elements' ),
			'help'  => __( 'When the clinic reviewed the guide.', 'upper-back-surgery-elements' ),
			'type'  => 'date',
			'check' => 'ubs_check_review_date',
			'page'  => true,
		),
		'reviewedVersion'     => array(
			'label' => __( 'Reviewed version', 'upper-back-surgery-elements' ),
			'help'  => __( 'The content version your reviewer signed, as the sign-off packet prints it (one per language, with spaces between). Pages say so when the guide\'s text is no longer that version.', 'upper-back-surgery-elements' ),
			'type'  => 'text',
			'check' => 'ubs_check_reviewed_version',
			'page'  => true,
		),
		'accent'              => array(
			'label' => __( 'Brand colour', 'upper-back-surgery-elements' ),
			'help'  => __( 'A colour such as #6b2c91 or teal. Empty: the theme\'s primary colour.', 'upper-back-surgery-elements' ),
			'type'  => 'color',
			'check' => 'ubs_check_colour',
			'page'  => true,
		),
		'theme'               => array(
			'label' => __( 'Colour scheme', 'upper-back-surgery-elements' ),
			'help'  => __( 'Automatic follows the page and the reader\'s system.', 'upper-back-surgery-elements' ),
			'type'  => 'theme',
			'check' => static function ( string $value ): ?string {
				return in_array( $value, array_keys( ubs_theme_choices() ), true ) ? $value : null;
			},
			'page'  => true,
		),
		'emergencyNumber'     => array(
			'label' => __( 'Emergency number', 'upper-back-surgery-elements' ),
			'help'  => __( 'The number to call in an emergency where readers live, e.g. 911 or 112. The guide tells readers to call it when a sign needs emergency care.', 'upper-back-surgery-elements' ),
			'type'  => 'tel',
			'check' => 'ubs_check_emergency_number',
			'page'  => true,
		),
		'guideLanguage'       => array(
			'label' => __( 'Language of the guide', 'upper-back-surgery-elements' ),
			'help'  => __( 'The language blocks and shortcodes show unless one chooses its own.', 'upper-back-surgery-elements' ),
			'type'  => 'language',
			'check' => static function ( string $value ): ?string {
				return in_array( $value, ubs_languages(), true ) ? $value : null;
			},
			'page'  => false,
		),
	);
}

/**
 * The colour schemes the elements offer.
 *
 * @return array<string, string>
 */
function ubs_theme_choices(): array {
	return array(
		'auto'  => __( 'Automatic', 'upper-back-surgery-elements' ),
		'light' => __( 'Light', 'upper-back-surgery-elements' ),
		'dark'  => __( 'Dark', 'upper-back-surgery-elements' ),
	);
}

/**
 * A phone number as the elements link it (src/shared/contact.ts): digits, spaces, dots, dashes and
 * brackets, an optional leading +, 7 to 15 digits in all. Anything shorter would never be shown.
 *
 * @param string $value The submitted value.
 */
function ubs_check_phone( string $value ): ?string {
	$value = trim( $value );
	if ( ! preg_match( '/^\+?[\d\s().\-]+$/', $value ) ) {
		return null;
	}
	$digits = strlen( (string) preg_replace( '/\D/', '', $value ) );
	return $digits >= 7 && $digits <= 15 ? $value : null;
}

/**
 * An http(s) address without a user name or password (as the elements accept it), or null.
 *
 * @param string $value The submitted value.
 */
function ubs_check_booking_url( string $value ): ?string {
	if ( strlen( $value ) > 2000 || ! preg_match( '#^https?://#i', $value ) ) {
		return null;
	}
	$parts = wp_parse_url( $value );
	if ( ! is_array( $parts ) || empty( $parts['host'] ) || isset( $parts['user'] ) || isset( $parts['pass'] ) ) {
		return null;
	}
	$clean = esc_url_raw( $value, array( 'http', 'https' ) );
	return '' !== $clean ? $clean : null;
}

/**
 * A plain email address as the elements link it (src/shared/contact.ts): no `?subject=` or other
 * headers, a domain of letters, digits and hyphens.
 *
 * @param string $value The submitted value.
 */
function ubs_check_email( string $value ): ?string {
	$value = trim( $value );
	return strlen( $value ) <= 254 && preg_match( '/^[^\s@<>()"\',;:?&#%\/\\\\]+@(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}$/iu', $value ) ? $value : null;
}

/**
 * A real date, YYYY-MM-DD, from the year 1000 on, or null.
 *
 * @param string $value The submitted value.
 */
function ubs_check_review_date( string $value ): ?string {
	if ( ! preg_match( '/^([1-9][0-9]{3})-([0-9]{2})-([0-9]{2})$/', trim( $value ), $parts ) ) {
		return null;
	}
	return checkdate( (int) $parts[2], (int) $parts[3], (int) $parts[1] ) ? trim( $value ) : null;
}

/**
 * Digits, + and spaces, 2 to 15 characters, at least one digit (`911`, `112`, `+44 999`), or null.
 *
 * @param string $value The submitted value.
 */
function ubs_check_emergency_number( string $value ): ?string {
	$value = trim( $value );
	return preg_match( '/^(?=.*\d)[\d+ ]{2,15}$/', $value ) ? $value : null;
}

/**
 * The content versions a reviewer signed: 12 hex digits each, separated by spaces or commas; saved
 * in lower case, one space between. Null when any part is not a version.
 *
 * @param string $value The submitted value.
 */
function ubs_check_reviewed_version( string $value ): ?string {
	$versions = preg_split( '/[\s,]+/', strtolower( trim( $value ) ), -1, PREG_SPLIT_NO_EMPTY );
	if ( ! $versions ) {
		return null;
	}
	foreach ( $versions as $version ) {
		if ( ! preg_match( '/^[0-9a-f]{12}$/', $version ) ) {
			return null;
		}
	}
	return implode( ' ', $versions );
}

/**
 * A brand colour as hex (`#008080`): hex as typed (#rgb or #rrggbb) or a CSS colour name the builder's
 * browser knows (`teal`), converted. Null for anything else.
 *
 * @param string $value The submitted value.
 */
function ubs_check_colour( string $value ): ?string {
	$value = strtolower( trim( $value ) );
	$hex   = ubs_settings_rules()['colours'][ $value ] ?? $value;
	if ( ! is_string( $hex ) || ! preg_match( '/^#([0-9a-f]{3}|[0-9a-f]{6})$/', $hex, $parts ) ) {
		return null;
	}
	return 4 === strlen( $hex ) ? '#' . $hex[1] . $hex[1] . $hex[2] . $hex[2] . $hex[3] . $hex[3] : $hex;
}

/**
 * WCAG 2.2 relative luminance of a #rrggbb colour.
 *
 * @param string $hex A colour as ubs_check_colour() returns it.
 */
function ubs_luminance( string $hex ): float {
	$channel = static function ( string $pair ): float {
		$c = hexdec( $pair ) / 255;
		return $c <= 0.04045 ? $c / 12.92 : ( ( $c + 0.055 ) / 1.055 ) ** 2.4;
	};
	return 0.2126 * $channel( substr( $hex, 1, 2 ) ) + 0.7152 * $channel( substr( $hex, 3, 2 ) ) + 0.0722 * $channel( substr( $hex, 5, 2 ) );
}

/**
 * What the brand colour means for reading, in the builder's words (src/shared/contrast.ts does the
 * same sums for the elements): the text colour on it with its contrast, and how it stands out on a
 * white page.
 *
 * @param string $hex A colour as ubs_check_colour() returns it.
 */
function ubs_contrast_text( string $hex ): string {
	$light   = ubs_luminance( $hex );
	$ratio   = static function ( float $a, float $b ): float {
		return ( max( $a, $b ) + 0.05 ) / ( min( $a, $b ) + 0.05 );
	};
	$black   = $ratio( $light, 0.0 );
	$white   = $ratio( $light, 1.0 );
	$on      = $black >= $white ? ubs_builder_text( 'black' ) : ubs_builder_text( 'white' );
	$first   = sprintf( ubs_builder_text( 'contrast' ), $on, number_format( max( $black, $white ), 1 ) );
	$against = number_format( $white, 1 );
	return $first . ' ' . sprintf( ubs_builder_text( $white >= 3 ? 'standsOut' : 'blendsIn' ), $against );
}

/**
 * The emergency number of the place a site's locale names, where one number is certain (sources read
 * 2026-12-07: 911 in the United States, Canada and Mexico, which moved to it in 2016–2017; 999 in the
 * United Kingdom, NHS ambulance services; 112 everywhere in the European Union). Empty elsewhere: the
 * administrator must say it.
 *
 * @param string $locale A WordPress locale, e.g. `en_US`.
 */
function ubs_emergency_number_for_locale( string $locale ): string {
	$numbers = array(
		'911' => array( 'en_US', 'es_US', 'es_MX', 'en_CA', 'fr_CA' ),
		'999' => array( 'en_GB' ),
		'112' => array( 'es_ES', 'ca', 'gl_ES', 'eu', 'de_DE', 'de_DE_formal', 'de_AT', 'fr_FR', 'fr_BE', 'nl_NL', 'nl_NL_formal', 'nl_BE', 'it_IT', 'pt_PT', 'pl_PL', 'sv_SE', 'da_DK', 'fi', 'el', 'cs_CZ', 'sk_SK', 'sl_SI', 'hr', 'hu_HU', 'ro_RO', 'bg_BG', 'lt_LT', 'lv', 'et', 'ga' ),
	);
	foreach ( $numbers as $number => $locales ) {
		if ( in_array( $locale, $locales, true ) ) {
			return (string) $number;
		}
	}
	return '';
}

/**
 * Everything saved, only known keys with text values.
 *
 * @return array<string, string>
 */
function ubs_saved_settings(): array {
	$saved = get_option( UBS_OPTION, array() );
	$saved = is_array( $saved ) ? $saved : array();
	return array_filter(
		array_intersect_key( $saved, ubs_settings_fields() ),
		static function ( $value ): bool {
			return is_string( $value ) && '' !== $value;
		}
	);
}

/**
 * The page settings the elements read: the saved ones that are page settings.
 *
 * @return array<string, string>
 */
function ubs_settings(): array {
	$page = array_filter(
		ubs_settings_fields(),
		static function ( array $field ): bool {
			return $field['page'];
		}
	);
	return array_intersect_key( ubs_saved_settings(), $page );
}

/** The language blocks and shortcodes show when they choose none: the setting, else the site's. */
function ubs_guide_language(): string {
	return ubs_saved_settings()['guideLanguage'] ?? ubs_language_for_locale( get_locale() );
}

/** Where what was typed and refused is kept for the next view of the screen, per administrator. */
function ubs_refused_key(): string {
	return 'ubs_refused_' . get_current_user_id();
}

/**
 * Checks submitted settings: empty clears a field, an acceptable value is saved, anything else keeps
 * the value saved before and adds an error notice naming the field and the problem (the snippet
 * builder's words). The emergency number is required.
 *
 * @param mixed $submitted The form's values.
 * @return array<string, string>
 */
function ubs_sanitize_settings( $submitted ): array {
	$previous  = ubs_saved_settings();
	$submitted = is_array( $submitted ) ? $submitted : array();
	$clean     = array();
	$refused   = array();
	$notices   = array();
	foreach ( ubs_settings_fields() as $key => $field ) {
		$value = $submitted[ $key ] ?? '';
		$value = is_string( $value ) ? trim( wp_unslash( $value ) ) : '';
		if ( '' === $value ) {
			if ( 'emergencyNumber' === $key ) {
				$notices[ $key ] = __( 'Emergency number is needed: the number readers should call in an emergency where they live, e.g. 911 or 112. Until it is given, the guide says "your local emergency number".', 'upper-back-surgery-elements' );
			}
			continue;
		}
		$checked = ( $field['check'] )( $value );
		if ( null !== $checked ) {
			$clean[ $key ] = $checked;
			continue;
		}
		$refused[ $key ] = mb_substr( $value, 0, 300 );
		$problem         = ubs_builder_text( 'problems', $key );
		$problem         = '' !== $problem ? $problem : __( 'the value is not valid.', 'upper-back-surgery-elements' );
		/* translators: 1: the name of a settings field, e.g. "Phone"; 2: what is wrong with the value. */
		$notices[ $key ] = sprintf( __( '%1$s was not saved: %2$s', 'upper-back-surgery-elements' ), $field['label'], $problem );
		if ( isset( $previous[ $key ] ) ) {
			$clean[ $key ]    = $previous[ $key ];
			$notices[ $key ] .= ' ' . __( 'The previous value is kept.', 'upper-back-surgery-elements' );
		}
	}
	// Notices are for the settings screen (elsewhere the value is refused all the same). WordPress runs
	// this twice when the option is first created: one notice per field is enough.
	if ( function_exists( 'add_settings_error' ) ) {
		$given = array_column( get_settings_errors( UBS_OPTION ), 'code' );
		foreach ( $notices as $key => $message ) {
			if ( ! in_array( 'invalid-' . $key, $given, true ) ) {
				// WordPress prints the message as HTML: escaped, so a translation cannot add markup to the screen.
				add_settings_error( UBS_OPTION, 'invalid-' . $key, esc_html( $message ) );
			}
		}
		// With an error notice WordPress says nothing of what was saved: say it.
		if ( $notices && ! in_array( 'saved-others', $given, true ) && $clean ) {
			add_settings_error( UBS_OPTION, 'saved-others', esc_html__( 'The other settings were saved.', 'upper-back-surgery-elements' ), 'success' );
		}
		set_transient( ubs_refused_key(), $refused, 5 * MINUTE_IN_SECONDS );
	}
	return $clean;
}

/**
 * The settings once per page, before the first element (see ubs_settings_json()).
 */
function ubs_settings_once(): string {
	static $printed = false;
	// A feed reader runs no script and reads no settings.
	if ( $printed || is_feed() ) {
		return '';
	}
	$printed = true;
	return ubs_settings_json();
}

/**
 * The settings as the elements read them: a JSON block, empty when there are none. JSON_HEX_TAG
 * and the others keep `</script>` or quotes in a value from closing the block.
 */
function ubs_settings_json(): string {
	$settings = ubs_settings();
	if ( ! $settings ) {
		return '';
	}
	$json = wp_json_encode( $settings, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE );
	return '<script type="application/json" data-ubs-settings>' . $json . "</script>\n";
}

/**
 * The content versions of the guide's text this plugin shows that the saved reviewed version does not
 * name, by language: the guide's language, and any other a block may choose. Empty when no reviewed
 * version is saved, or when it names them all.
 *
 * @param string[] $languages The languages to check.
 * @return array<string, string>
 */
function ubs_unsigned_versions( array $languages ): array {
	$saved = ubs_saved_settings()['reviewedVersion'] ?? '';
	if ( '' === $saved ) {
		return array();
	}
	$signed   = explode( ' ', $saved );
	$versions = ubs_settings_rules()['contentVersions'];
	$unsigned = array();
	foreach ( $languages as $language ) {
		if ( isset( $versions[ $language ] ) && ! in_array( $versions[ $language ], $signed, true ) ) {
			$unsigned[ $language ] = $versions[ $language ];
		}
	}
	return $unsigned;
}

add_action(
	'admin_init',
	static function () {
		register_setting(
			'upper_back_surgery',
			UBS_OPTION,
			array(
				'type'              => 'object',
				'sanitize_callback' => 'ubs_sanitize_settings',
				'default'           => array(),
			)
		);
	}
);

add_action(
	'admin_menu',
	static function () {
		$page = add_options_page(
			__( 'Upper back surgery', 'upper-back-surgery-elements' ),
			__( 'Upper back surgery', 'upper-back-surgery-elements' ),
			'manage_options',
			'upper-back-surgery',
			'ubs_settings_page'
		);
		add_action(
			'admin_print_scripts-' . $page,
			static function () {
				wp_enqueue_style( 'wp-color-picker' );
				wp_enqueue_script( 'wp-color-picker' );
				wp_add_inline_script( 'wp-color-picker', 'jQuery(function ($) { $(".ubs-colour").wpColorPicker(); });' );
			}
		);
	}
);

// A "Settings" link on the Plugins screen, where the plugin was just activated.
add_filter(
	'plugin_action_links_' . plugin_basename( UBS_PLUGIN_FILE ),
	static function ( array $links ): array {
		$url = admin_url( 'options-general.php?page=upper-back-surgery' );
		array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'upper-back-surgery-elements' ) . '</a>' );
		return $links;
	}
);

/**
 * The reviewer's part of the screen: the content versions this plugin shows, the packets to print, and
 * a warning when the saved reviewed version is not the text shown.
 */
function ubs_review_panel(): string {
	$rules     = ubs_settings_rules();
	$plugin    = plugins_url( '', UBS_PLUGIN_FILE ) . '/';
	$names     = array(
		'en' => 'English',
		'es' => 'Español',
	);
	$versions  = array();
	$packets   = array();
	$language  = ubs_guide_language();
	$unsigned  = ubs_unsigned_versions( array( $language ) );
	$signed    = explode( ' ', ubs_saved_settings()['reviewedVersion'] ?? '' );
	$changes   = array();
	foreach ( $rules['contentVersions'] as $code => $version ) {
		$name       = $names[ $code ] ?? $code;
		$versions[] = esc_html( $name ) . ' <code>' . esc_html( $version ) . '</code>';
		if ( isset( $rules['packets'][ $code ]['whole'] ) ) {
			$packets[] = '<a href="' . esc_url( $plugin . $rules['packets'][ $code ]['whole'] ) . '" hreflang="' . esc_attr( $code ) . '">' . esc_html( $name ) . '</a>';
		}
		foreach ( $rules['packets'][ $code ]['since'] ?? array() as $since ) {
			if ( isset( $unsigned[ $code ] ) && in_array( $since, $signed, true ) ) {
				$changes[] = '<a href="' . esc_url( $plugin . "review/$code-since-$since.html" ) . '">' . esc_html( sprintf( /* translators: %s: a content version, e.g. 3f9a2b7c1d0e. */ __( 'What changed since %s', 'upper-back-surgery-elements' ), $since ) ) . '</a>';
			}
		}
	}
	$html  = '<p class="description" id="ubs-review-versions">' . esc_html__( 'The guide\'s text in this version of the plugin:', 'upper-back-surgery-elements' ) . ' ' . implode( ', ', $versions ) . '. ';
	$html .= esc_html__( 'Sign-off packet to print for your reviewer:', 'upper-back-surgery-elements' ) . ' ' . implode( ', ', $packets ) . '.</p>';
	if ( $unsigned ) {
		$html .= '<div class="notice notice-warning inline" id="ubs-unsigned"><p>';
		$html .= esc_html(
			sprintf(
				/* translators: %s: content versions, e.g. "3f9a2b7c1d0e". */
				__( 'The guide\'s text has changed since your reviewer signed it: it is now %s. Pages say the review was for an earlier version of this text until your reviewer signs the changes and you enter the new version here.', 'upper-back-surgery-elements' ),
				implode( ', ', $unsigned )
			)
		);
		$html .= $changes ? ' ' . implode( ' ', $changes ) : '';
		$html .= '</p></div>';
	}
	return $html;
}

/** Settings → Upper back surgery. */
function ubs_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'upper-back-surgery-elements' ), 403 );
	}
	$values  = ubs_saved_settings();
	$refused = get_transient( ubs_refused_key() );
	$refused = is_array( $refused ) ? $refused : array();
	delete_transient( ubs_refused_key() );
	$prefill = ubs_emergency_number_for_locale( get_locale() );
	$names   = array(
		'en' => 'English',
		'es' => 'Español',
	);
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<p><?php esc_html_e( 'Every upper back surgery block and shortcode on the site shows these details. Leave a field empty to leave it out.', 'upper-back-surgery-elements' ); ?></p>
		<form method="post" action="options.php" novalidate>
			<?php settings_fields( 'upper_back_surgery' ); ?>
			<table class="form-table" role="presentation">
				<?php foreach ( ubs_settings_fields() as $key => $field ) : ?>
					<?php
					$id        = 'ubs-' . $key;
					$name      = UBS_OPTION . '[' . $key . ']';
					$value     = $refused[ $key ] ?? $values[ $key ] ?? '';
					$problem   = isset( $refused[ $key ] ) ? ubs_builder_text( 'problems', $key ) : '';
					$prefilled = 'emergencyNumber' === $key && '' === $value && '' !== $prefill;
					$missing   = 'emergencyNumber' === $key && '' === $value && '' === $prefill;
					$value     = $prefilled ? $prefill : $value;
					$described = array( $id . '-help' );
					if ( '' !== $problem || $missing ) {
						$described[] = $id . '-problem';
					}
					if ( 'accent' === $key ) {
						$described[] = $id . '-contrast';
					}
					?>
					<tr>
						<th scope="row"><label for="<?php echo esc_attr( $id ); ?>"><?php echo esc_html( $field['label'] ); ?></label></th>
						<td>
							<?php if ( 'theme' === $field['type'] || 'language' === $field['type'] ) : ?>
								<?php $choices = 'theme' === $field['type'] ? ubs_theme_choices() : array( '' => __( 'The site\'s language', 'upper-back-surgery-elements' ) ) + array_intersect_key( $names, array_flip( ubs_languages() ) ); ?>
								<select id="<?php echo esc_attr( $id ); ?>" name="<?php echo esc_attr( $name ); ?>" aria-describedby="<?php echo esc_attr( implode( ' ', $described ) ); ?>">
									<?php foreach ( $choices as $choice => $label ) : ?>
										<option value="<?php echo esc_attr( $choice ); ?>" <?php selected( 'theme' === $field['type'] ? ( $value ?: 'auto' ) : $value, $choice ); ?>><?php echo esc_html( $label ); ?></option>
									<?php endforeach; ?>
								</select>
							<?php else : ?>
								<input
									id="<?php echo esc_attr( $id ); ?>"
									name="<?php echo esc_attr( $name ); ?>"
									type="<?php echo esc_attr( in_array( $field['type'], array( 'color', 'tel', 'url', 'email' ), true ) ? 'text' : $field['type'] ); ?>"
									value="<?php echo esc_attr( $value ); ?>"
									class="<?php echo 'color' === $field['type'] ? 'ubs-colour' : 'regular-text'; ?>"
									aria-describedby="<?php echo esc_attr( implode( ' ', $described ) ); ?>"
									<?php echo 'tel' === $field['type'] ? 'inputmode="tel"' : ''; ?>
									<?php echo 'emergencyNumber' === $key ? 'required aria-required="true"' : ''; ?>
									<?php echo '' !== $problem || $missing ? 'aria-invalid="true"' : ''; ?>
								/>
							<?php endif; ?>
							<p class="description" id="<?php echo esc_attr( $id . '-help' ); ?>"><?php echo esc_html( $field['help'] ); ?></p>
							<?php if ( '' !== $problem ) : ?>
								<p class="ubs-problem" id="<?php echo esc_attr( $id . '-problem' ); ?>"><strong><?php echo esc_html( ubs_builder_text( 'problemBefore' ) ); ?></strong> <?php echo esc_html( $problem ); ?></p>
							<?php elseif ( $missing ) : ?>
								<p class="ubs-problem" id="<?php echo esc_attr( $id . '-problem' ); ?>"><strong><?php echo esc_html( ubs_builder_text( 'problemBefore' ) ); ?></strong> <?php esc_html_e( 'Please enter it: this site\'s language and region do not say where readers live.', 'upper-back-surgery-elements' ); ?></p>
							<?php elseif ( $prefilled ) : ?>
								<p class="description" id="<?php echo esc_attr( $id . '-prefilled' ); ?>"><?php echo esc_html( sprintf( /* translators: %s: a WordPress locale, e.g. en_US. */ __( 'Filled in from the site\'s language and region (%s): check it, then save.', 'upper-back-surgery-elements' ), get_locale() ) ); ?></p>
							<?php endif; ?>
							<?php if ( 'accent' === $key ) : ?>
								<?php $hex = ubs_check_colour( (string) ( $values['accent'] ?? '' ) ); ?>
								<p class="description" id="<?php echo esc_attr( $id . '-contrast' ); ?>"><?php echo null !== $hex && '' === $problem ? esc_html( ubs_contrast_text( $hex ) ) : ''; ?></p>
							<?php endif; ?>
							<?php if ( 'reviewedVersion' === $key ) : ?>
								<?php echo ubs_review_panel(); // phpcs:ignore WordPress.Security.EscapeOutput -- every part escaped where it is built. ?>
							<?php endif; ?>
						</td>
					</tr>
				<?php endforeach; ?>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
