<?php
/**
 * Settings → Upper back surgery: what is saved, what is refused, and how it reaches the page.
 */

use PHPUnit\Framework\TestCase;

final class SettingsTest extends TestCase {
	protected function setUp(): void {
		delete_option( UBS_OPTION );
		global $wp_settings_errors;
		$wp_settings_errors = array();
	}

	protected function tearDown(): void {
		delete_option( UBS_OPTION );
	}

	/** @return array<string, array{string, string, ?string}> */
	public static function values(): array {
		return array(
			'a booking page'                => array( 'bookingUrl', 'https://riverside.example/book?x=1', 'https://riverside.example/book?x=1' ),
			'a javascript: link'            => array( 'bookingUrl', 'javascript:alert(1)', null ),
			'a data: link'                  => array( 'bookingUrl', 'data:text/html,<script>alert(1)</script>', null ),
			'a link with a password'        => array( 'bookingUrl', 'https://user:secret@riverside.example/', null ),
			'a link without a scheme'       => array( 'bookingUrl', '//riverside.example/', null ),
			'an email'                      => array( 'email', 'spine@riverside.example', 'spine@riverside.example' ),
			'an email with headers'         => array( 'email', 'spine@riverside.example?bcc=x@y.example', null ),
			'a phone number'                => array( 'phone', '+1 (555) 010-0100', '+1 (555) 010-0100' ),
			'a US phone in brackets'        => array( 'phone', '(555) 010-0100', '(555) 010-0100' ),
			'a phone too short to show'     => array( 'phone', '555 01', null ),
			'a phone with markup'           => array( 'phone', '555"><script>', null ),
			'a hex colour'                  => array( 'accent', '#6b2c91', '#6b2c91' ),
			'a short hex colour'            => array( 'accent', '#ABC', '#aabbcc' ),
			'a colour name, as hex'         => array( 'accent', 'Teal', '#008080' ),
			'a colour name that is not one' => array( 'accent', 'banana', null ),
			'a reviewed version'            => array( 'reviewedVersion', ' 3F9A2B7C1D0E, 8e1f00aa11bb ', '3f9a2b7c1d0e 8e1f00aa11bb' ),
			'a version that is not one'     => array( 'reviewedVersion', 'v0.1.0', null ),
			'a guide language'              => array( 'guideLanguage', 'es', 'es' ),
			'a language the guide lacks'    => array( 'guideLanguage', 'fr', null ),
			'an emergency number of signs'  => array( 'emergencyNumber', '++', null ),
			'a colour that is CSS'          => array( 'accent', 'red;background:url(x)', null ),
			'a review date'                 => array( 'reviewDate', '2026-10-01', '2026-10-01' ),
			'a date that does not exist'    => array( 'reviewDate', '2026-02-30', null ),
			'a date before the year 1000'   => array( 'reviewDate', '0999-01-01', null ),
			'an emergency number'           => array( 'emergencyNumber', '112', '112' ),
			'an emergency number with text' => array( 'emergencyNumber', '911; call', null ),
			'a colour scheme'               => array( 'theme', 'dark', 'dark' ),
			'an unknown colour scheme'      => array( 'theme', 'neon', null ),
			'a name with markup, as text'   => array( 'clinicName', 'Riverside <b>Spine</b>', 'Riverside Spine' ),
			'a 10,000-character name'       => array( 'clinicName', str_repeat( 'x', 10000 ), null ),
		);
	}

	/** The error notices given, without the success one. */
	private static function errors(): array {
		return array_values( array_filter( get_settings_errors( UBS_OPTION ), static fn ( $notice ) => 'error' === $notice['type'] ) );
	}

	/** @dataProvider values */
	public function test_each_value_is_saved_checked_or_refused( string $key, string $submitted, ?string $saved ): void {
		// The emergency number is required: given, unless it is the value tested.
		$clean = ubs_sanitize_settings( array( $key => $submitted ) + array( 'emergencyNumber' => '911' ) );
		$this->assertSame( $saved, $clean[ $key ] ?? null );
		$this->assertCount( null === $saved ? 1 : 0, self::errors(), 'a refused value gives one notice' );
	}

	public function test_a_refused_value_is_explained_in_the_snippet_builders_words(): void {
		ubs_sanitize_settings( array( 'phone' => '555 01', 'emergencyNumber' => '911' ) );
		$this->assertSame( 'Phone was not saved: This is not a phone number: use 7 to 15 digits, with spaces, dots, dashes or brackets if you like.', self::errors()[0]['message'] );
		// As the builder says it (builder/text.ts, through settings-rules.json).
		$this->assertSame( ubs_settings_rules()['texts']['en']['problems']['phone'], 'This is not a phone number: use 7 to 15 digits, with spaces, dots, dashes or brackets if you like.' );
		$success = array_values( array_filter( get_settings_errors( UBS_OPTION ), static fn ( $notice ) => 'success' === $notice['type'] ) );
		$this->assertSame( 'The other settings were saved.', $success[0]['message'] ?? null );
	}

	public function test_the_emergency_number_is_required(): void {
		$clean = ubs_sanitize_settings( array( 'clinicName' => 'Riverside' ) );
		$this->assertSame( array( 'clinicName' => 'Riverside' ), $clean );
		$this->assertStringStartsWith( 'Emergency number is needed', self::errors()[0]['message'] );
	}

	public function test_the_emergency_number_is_prefilled_only_where_the_locale_makes_it_certain(): void {
		$this->assertSame( '911', ubs_emergency_number_for_locale( 'en_US' ) );
		$this->assertSame( '911', ubs_emergency_number_for_locale( 'es_MX' ) );
		$this->assertSame( '911', ubs_emergency_number_for_locale( 'es_US' ) );
		$this->assertSame( '999', ubs_emergency_number_for_locale( 'en_GB' ) );
		$this->assertSame( '112', ubs_emergency_number_for_locale( 'es_ES' ) );
		$this->assertSame( '', ubs_emergency_number_for_locale( 'en_AU' ) );
		$this->assertSame( '', ubs_emergency_number_for_locale( 'es_AR' ) );
		$this->assertSame( '', ubs_emergency_number_for_locale( 'en' ) );
	}

	public function test_the_brand_colour_is_explained_as_the_builder_explains_it(): void {
		// The library's figures (contrastRatio() in src/shared/contrast.ts): #ffff66 is 19.7 to 1 with black, 1.1 with white; #6b2c91 2.4 and 8.8.
		$this->assertSame( 'Text on your colour will be black: contrast 19.7 to 1. On a white page your colour stands out only 1.1 to 1 (less than 3), so the focus ring uses the text colour instead.', ubs_contrast_text( '#ffff66' ) );
		$this->assertSame( 'Text on your colour will be white: contrast 8.8 to 1. On a white page your colour stands out 8.8 to 1, enough for lines and the focus ring.', ubs_contrast_text( '#6b2c91' ) );
	}

	public function test_the_guide_language_is_not_a_page_setting(): void {
		update_option( UBS_OPTION, array( 'clinicName' => 'Riverside', 'guideLanguage' => 'es' ) );
		$this->assertSame( array( 'clinicName' => 'Riverside' ), ubs_settings() );
		$this->assertSame( 'es', ubs_guide_language() );
		$this->assertStringNotContainsString( 'guideLanguage', ubs_settings_json() );
	}

	public function test_a_refused_value_keeps_the_one_saved_before_and_the_notice_names_the_field(): void {
		update_option( UBS_OPTION, array( 'bookingUrl' => 'https://riverside.example/book' ) );
		$clean  = ubs_sanitize_settings( array( 'bookingUrl' => 'javascript:alert(1)', 'clinicName' => 'Riverside', 'emergencyNumber' => '911' ) );
		$errors = self::errors();
		ksort( $clean );
		$this->assertSame( array( 'bookingUrl' => 'https://riverside.example/book', 'clinicName' => 'Riverside', 'emergencyNumber' => '911' ), $clean );
		$this->assertSame( 'Booking link was not saved: This is not a web address: it must start with https:// (or http://). The previous value is kept.', $errors[0]['message'] );
	}

	public function test_unknown_keys_and_non_text_values_are_dropped(): void {
		$this->assertSame( array(), ubs_sanitize_settings( array( 'content' => '{}', 'clinicName' => array( 'x' ), 'onload' => 'x' ) ) );
		$this->assertSame( array(), ubs_sanitize_settings( 'not an array' ) );
	}

	public function test_the_settings_block_cannot_be_closed_by_a_value(): void {
		update_option( UBS_OPTION, array( 'clinicName' => 'A </script><script>alert(1)</script> & "B" \'C\'' ) );
		$json = ubs_settings_json();
		$this->assertMatchesRegularExpression( '#^<script type="application/json" data-ubs-settings>[^<>&\'"]*"[^<>&]*</script>\n$#', str_replace( '"clinicName":"', '"', $json ) );
		$inner = preg_replace( '#^<script[^>]*>|</script>\n$#', '', $json );
		$this->assertSame( array( 'clinicName' => 'A </script><script>alert(1)</script> & "B" \'C\'' ), json_decode( $inner, true ) );
	}

	public function test_a_translation_cannot_put_markup_into_the_notice(): void {
		// A tampered .mo (or a language pack) translating the field's label and the message into markup.
		$tampered = static function ( $translation, $text, $domain ) {
			if ( 'upper-back-surgery-elements' !== $domain ) {
				return $translation;
			}
			return in_array( $text, array( 'Booking link', '%1$s was not saved: %2$s' ), true )
				? '<img src=x onerror=alert(1)>' . $translation
				: $translation;
		};
		add_filter( 'gettext', $tampered, 10, 3 );
		ubs_sanitize_settings( array( 'bookingUrl' => 'javascript:alert(1)', 'emergencyNumber' => '911' ) );
		remove_filter( 'gettext', $tampered, 10 );
		$message = self::errors()[0]['message'];
		$this->assertStringNotContainsString( '<img', $message, 'settings_errors() prints the message as HTML' );
		$this->assertSame( '&lt;img src=x onerror=alert(1)&gt;&lt;img src=x onerror=alert(1)&gt;Booking link was not saved: This is not a web address: it must start with https:// (or http://).', $message );
	}

	public function test_every_page_setting_of_ubs_settings_has_a_field(): void {
		// <ubs-settings> as custom-elements.json declares it (the plugin has no block or shortcode for it).
		$manifest = json_decode( file_get_contents( dirname( __DIR__, 3 ) . '/custom-elements.json' ), true );
		$names    = array();
		foreach ( $manifest['modules'] as $module ) {
			foreach ( $module['declarations'] ?? array() as $declaration ) {
				if ( 'ubs-settings' === ( $declaration['tagName'] ?? '' ) ) {
					$names = array_map( static fn ( $attribute ) => lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $attribute['name'] ) ) ) ), $declaration['attributes'] );
				}
			}
		}
		$names = array_values( array_diff( $names, array( 'content' ) ) );
		sort( $names );
		$fields = array_keys( array_filter( ubs_settings_fields(), static fn ( $field ) => $field['page'] ) );
		sort( $fields );
		$this->assertSame( $names, $fields, 'the settings page offers each page setting of custom-elements.json (text changes aside)' );
	}
}
