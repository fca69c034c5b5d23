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
			'a phone with markup'           => array( 'phone', '555"><script>', null ),
			'a hex colour'                  => array( 'accent', '#6b2c91', '#6b2c91' ),
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

	/** @dataProvider values */
	public function test_each_value_is_saved_checked_or_refused( string $key, string $submitted, ?string $saved ): void {
		$clean = ubs_sanitize_settings( array( $key => $submitted ) );
		$this->assertSame( $saved, $clean[ $key ] ?? null );
		$this->assertCount( null === $saved ? 1 : 0, get_settings_errors( UBS_OPTION ), 'a refused value gives one notice' );
	}

	public function test_a_refused_value_keeps_the_one_saved_before_and_the_notice_names_the_field(): void {
		update_option( UBS_OPTION, array( 'bookingUrl' => 'https://riverside.example/book' ) );
		$clean  = ubs_sanitize_settings( array( 'bookingUrl' => 'javascript:alert(1)', 'clinicName' => 'Riverside' ) );
		$errors = get_settings_errors( UBS_OPTION );
		ksort( $clean );
		$this->assertSame( array( 'bookingUrl' => 'https://riverside.example/book', 'clinicName' => 'Riverside' ), $clean );
		$this->assertStringStartsWith( 'Booking link was not saved', $errors[0]['message'] );
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
			return in_array( $text, array( 'Booking link', '%s was not saved: the value is not valid. The previous value is kept.' ), true )
				? '<img src=x onerror=alert(1)>' . $translation
				: $translation;
		};
		add_filter( 'gettext', $tampered, 10, 3 );
		ubs_sanitize_settings( array( 'bookingUrl' => 'javascript:alert(1)' ) );
		remove_filter( 'gettext', $tampered, 10 );
		$message = get_settings_errors( UBS_OPTION )[0]['message'];
		$this->assertStringNotContainsString( '<img', $message, 'settings_errors() prints the message as HTML' );
		$this->assertSame( '&lt;img src=x onerror=alert(1)&gt;&lt;img src=x onerror=alert(1)&gt;Booking link was not saved: the value is not valid. The previous value is kept.', $message );
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
		$fields = array_keys( ubs_settings_fields() );
		sort( $fields );
		$this->assertSame( $names, $fields, 'the settings page offers each page setting of custom-elements.json (text changes aside)' );
	}
}
