<?php
/**
 * The settings screen accepts what the snippet builder and the elements accept, and refuses what they
 * refuse: each sample value is checked by the plugin's PHP and by the library's own rules
 * (dist/shared/setting-rules.js, in Node), and the verdicts must agree. Colour names are the browser's
 * (a canvas) in the library, so only written colours are compared here; names are tested on their own.
 */

use PHPUnit\Framework\TestCase;

final class RulesTest extends TestCase {
	/** Values people type, good and bad, by setting. */
	private const SAMPLES = array(
		'phone'           => array( '+1 555 010 0100', '(555) 010-0100', '555.010.0100', '+44 20 7946 0000', '555 01', '123456', '1234567', '1234567890123456', 'call 555', '+1 555 010 0100<b>', '++1 555 010 0100', ' 555-010-0100 ', '555/010/0100' ),
		'bookingUrl'      => array( 'https://clinic.example/book', 'http://clinic.example', 'clinic.example/book', 'javascript:alert(1)', 'https://me:pw@clinic.example/', 'ftp://clinic.example/' ),
		'email'           => array( 'spine@clinic.example', 'a@b', 'spine@clinic.example?subject=x', 'not an email', 'ñandú@clínica.example', 'a b@clinic.example' ),
		'reviewDate'      => array( '2026-10-01', '2024-02-29', '2026-02-30', '01/10/2026', '0999-01-01', '2026-1-1' ),
		'reviewedVersion' => array( '3f9a2b7c1d0e', '3F9A2B7C1D0E 8e1f00aa11bb', '3f9a2b7c1d0e,8e1f00aa11bb', 'latest', '3f9a2b7c1d0', 'v0.1.0', '3f9a2b7c1d0e latest' ),
		'emergencyNumber' => array( '911', '112', '+44 999', 'call', '9', '1234567890123456', '++', ' 999 ' ),
		'accent'          => array( '#6b2c91', '#ABC', '#abcd', '#6b2c9', 'red;background:url(x)', 'var(--x)' ),
		'theme'           => array( 'auto', 'light', 'dark', 'purple' ),
	);

	public function test_php_and_the_library_agree_on_every_sample(): void {
		$root    = dirname( __DIR__, 3 );
		$script  = 'const { SETTING_RULES } = await import(process.argv[1]); const samples = JSON.parse(process.argv[2]);'
			. ' console.log(JSON.stringify(Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, values.map((value) => SETTING_RULES[key](value))]))));';
		$command = 'node --input-type=module -e ' . escapeshellarg( $script ) . ' ' . escapeshellarg( $root . '/dist/shared/setting-rules.js' ) . ' ' . escapeshellarg( wp_json_encode( self::SAMPLES ) );
		$library = json_decode( (string) shell_exec( $command ), true );
		$this->assertIsArray( $library, 'the library\'s verdicts (run `npm run build` first)' );
		$fields      = ubs_settings_fields();
		$disagree    = array();
		foreach ( self::SAMPLES as $key => $values ) {
			foreach ( $values as $i => $value ) {
				$php = null !== ( $fields[ $key ]['check'] )( $value );
				if ( $php !== $library[ $key ][ $i ] ) {
					$disagree[] = sprintf( '%s "%s": plugin %s, library %s', $key, $value, $php ? 'accepts' : 'refuses', $library[ $key ][ $i ] ? 'accepts' : 'refuses' );
				}
			}
		}
		$this->assertSame( array(), $disagree );
	}

	public function test_colour_names_are_the_css_names_as_hex(): void {
		$this->assertSame( '#008080', ubs_check_colour( 'teal' ) );
		$this->assertSame( '#663399', ubs_check_colour( ' RebeccaPurple ' ) );
		$this->assertCount( 148, ubs_settings_rules()['colours'] );
		$this->assertNull( ubs_check_colour( 'banana' ) );
		$this->assertNull( ubs_check_colour( 'transparent' ) );
	}
}
