<?php
/**
 * The admin strings in Spanish, from the .mo the build compiles out of languages/*.po.
 */

use PHPUnit\Framework\TestCase;

final class TranslationTest extends TestCase {
	public function test_the_settings_screen_reads_in_spanish(): void {
		$mo = dirname( __DIR__, 3 ) . '/dist/wordpress/upper-back-surgery-elements/languages/upper-back-surgery-elements-es_ES.mo';
		$this->assertTrue( load_textdomain( 'ubs-spanish-check', $mo ) );
		$this->assertSame( 'Nombre de la clínica', __( 'Clinic name', 'ubs-spanish-check' ) );
		$this->assertSame( 'Cirugía de la parte superior de la espalda', __( 'Upper back surgery', 'ubs-spanish-check' ) );
		$this->assertSame( 'Enlace para pedir cita no se guardó: el valor no es válido.', sprintf( __( '%1$s was not saved: %2$s', 'ubs-spanish-check' ), __( 'Booking link', 'ubs-spanish-check' ), __( 'the value is not valid.', 'ubs-spanish-check' ) ) );
		unload_textdomain( 'ubs-spanish-check' );
	}

	public function test_every_admin_string_has_a_spanish_translation(): void {
		$po      = file_get_contents( dirname( __DIR__, 3 ) . '/wordpress/languages/upper-back-surgery-elements-es_ES.po' );
		$sources = '';
		foreach ( glob( dirname( __DIR__, 3 ) . '/wordpress/{,includes/}*.php', GLOB_BRACE ) as $file ) {
			$sources .= file_get_contents( $file );
		}
		preg_match_all( "/(?:__|_e|esc_html__|esc_html_e|esc_attr__)\\(\\s*'((?:[^'\\\\]|\\\\.)*)'\\s*,\\s*'upper-back-surgery-elements'/", $sources, $found );
		$this->assertNotEmpty( $found[1] );
		foreach ( array_unique( $found[1] ) as $string ) {
			$string = stripslashes( $string );
			$this->assertStringContainsString( 'msgid ' . json_encode( $string, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ), $po, "no Spanish for: $string" );
		}
	}
}
