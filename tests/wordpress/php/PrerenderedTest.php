<?php
/**
 * The server-rendered templates (includes/prerendered.php): the digests PHP writes are the ones the
 * browser computes (the library's renderInputs() and Lit's template digest, run in Node), value by value,
 * hostile and non-ASCII values included; the filled HTML carries the settings escaped and nothing an
 * author gives; and every case the templates do not cover prints the element as before.
 */

use PHPUnit\Framework\TestCase;

final class PrerenderedTest extends TestCase {
	/** Settings as the settings block carries them: quotes, markup, slashes, accents, an emoji, line separators. */
	private const SETTINGS = array(
		array(),
		array( 'emergencyNumber' => '911' ),
		array(
			'theme'           => 'auto',
			'clinicName'      => 'Riverside "Spine" & Co\'s <Clinic> </script>',
			'phone'           => '+1 555 010 0100',
			'bookingUrl'      => 'https://riverside.example/book?a=1&b=2',
			'emergencyNumber' => '+44 999',
		),
		array(
			'reviewerName' => "Dra. Núñez \u{1F600} \u{2028}\u{2029} \\ \t",
			'email'        => 'ñandú@clínica.example',
		),
	);

	/** Template strings: what the library freezes into them, escaped as freeze() escapes. */
	private const STRINGS = array(
		array( '' ),
		array( '<p>Call 911 now.</p>', '<span>x</span>', '' ),
		array( '<p>Llame al número de emergencias ahora; así: «Ñ» &amp; &#39;</p>', "\u{1F600}" ),
	);

	private function node( string $script, $data ) {
		$root    = dirname( __DIR__, 3 );
		$command = 'cd ' . escapeshellarg( $root ) . ' && node --input-type=module -e ' . escapeshellarg( $script ) . ' ' . escapeshellarg( wp_json_encode( $data ) );
		return json_decode( (string) shell_exec( $command ), true );
	}

	public function test_the_digests_are_the_browsers(): void {
		$library = $this->node(
			'const { renderInputs } = await import("./dist/shared/guide-element.js"); const cases = JSON.parse(process.argv[1]);'
			. ' console.log(JSON.stringify(cases.flatMap((settings) => ["en", "es"].map((language) => renderInputs(language, settings)))));',
			self::SETTINGS
		);
		$this->assertIsArray( $library, 'the library\'s digests (run `npm run build` first)' );
		$php = array();
		foreach ( self::SETTINGS as $settings ) {
			foreach ( array( 'en', 'es' ) as $language ) {
				$php[] = ubs_rendered_digest( $language, $settings );
			}
		}
		$this->assertSame( $library, $php );

		$lit = $this->node(
			'const { litDigest } = await import("./scripts/wordpress-prerender.mjs"); console.log(JSON.stringify(JSON.parse(process.argv[1]).map(litDigest)));',
			self::STRINGS
		);
		$this->assertSame( $lit, array_map( 'ubs_lit_digest', self::STRINGS ) );
	}

	public function test_the_colour_rules_are_the_librarys(): void {
		$cases = array();
		foreach ( array( 'auto', 'light', 'dark' ) as $theme ) {
			foreach ( array( null, '#6b2c91', '#0b5f7a', '#ffff00', '#000000', '#ffffff', '#777777', '#767676', '#e0e0e0', '#10191f' ) as $accent ) {
				$cases[] = array_filter( array( 'theme' => $theme, 'accent' => $accent ) );
			}
		}
		$library = $this->node(
			'const { colourRulesFor } = await import("./scripts/wordpress-prerender.mjs"); const cases = JSON.parse(process.argv[1]);'
			. ' const rules = []; for (const settings of cases) rules.push(await colourRulesFor(settings)); console.log(JSON.stringify(rules));',
			$cases
		);
		$this->assertIsArray( $library, 'the library\'s colour rules (run `npm run build` first)' );
		$php = array();
		foreach ( $cases as $settings ) {
			$php[] = ubs_colour_rules( $settings['theme'], $settings['accent'] ?? null );
		}
		$this->assertSame( $library, $php );
	}

	/** Clinics' settings, each printed by PHP and rendered by the library's server renderer. */
	private const CLINICS = array(
		array(),
		array( 'emergencyNumber' => '+44 999', 'theme' => 'auto', 'clinicName' => 'Riverside "Spine" & Co\'s <Clinic>' ),
		array( 'emergencyNumber' => '911', 'accent' => '#6b2c91', 'theme' => 'light', 'reviewerName' => 'Dra. <b>Núñez</b> & "Co"', 'reviewerCredentials' => 'MD', 'reviewDate' => '2026-03-01', 'reviewedVersion' => '0123456789ab' ),
		array( 'emergencyNumber' => '112', 'theme' => 'dark', 'reviewerName' => 'Dr. Ana Reyes', 'reviewDate' => '2024-02-29', 'phone' => '+1 555 010 0100' ),
	);

	public function test_php_prints_what_the_library_renders_for_every_template_language_and_clinic(): void {
		$versions = ubs_settings_rules()['contentVersions'];
		$cases    = self::CLINICS;
		// The reviewed version that is this text's: no "earlier version".
		$cases[] = array( 'reviewerName' => 'Dr. Ana Reyes', 'reviewedVersion' => $versions['en'] . ' ' . $versions['es'] );
		$tags    = array( 'risk-list', 'medical-disclaimer', 'candidacy-check', 'surgery-faq' );
		$library = $this->node(
			'const { renderElement } = await import("./dist/server.js"); const { cases, tags } = JSON.parse(process.argv[1]); const out = [];'
			. ' for (const given of cases) for (const tag of tags) for (const lang of ["en", "es"]) { const settings = Array.isArray(given) ? {} : given; const html = await renderElement(tag, { lang, settings });'
			. ' out.push([html.match(/ data-ubs-rendered="([^"]*)"/)[1], html.slice(html.indexOf("<template"), html.lastIndexOf("</template>") + 11)]); }'
			. ' console.log(JSON.stringify(out));',
			array(
				'cases' => $cases,
				'tags'  => $tags,
			)
		);
		$this->assertIsArray( $library, 'the library\'s renders (run `npm run build` first)' );
		wp_set_current_user( 0 );
		$saved = get_option( UBS_OPTION );
		$php   = array();
		try {
			foreach ( $cases as $settings ) {
				update_option( UBS_OPTION, $settings );
				foreach ( $tags as $tag ) {
					foreach ( array( 'en', 'es' ) as $language ) {
						$html  = ubs_render_element( $tag, array( 'lang' => $language ) );
						$start = strpos( $html, '<template' );
						$this->assertNotFalse( $start, "$tag ($language) for " . wp_json_encode( $settings ) . ' is server-rendered' );
						preg_match( '/ data-ubs-rendered="([^"]*)"/', $html, $digest );
						$php[] = array( $digest[1] ?? '', substr( $html, $start, strrpos( $html, '</template>' ) + 11 - $start ) );
					}
				}
			}
		} finally {
			update_option( UBS_OPTION, $saved );
		}
		// Byte for byte: the same text, the same digests, the same colour rules.
		foreach ( $library as $index => $expected ) {
			$this->assertSame( $expected, $php[ $index ], "case $index" );
		}
	}

	public function test_the_template_is_filled_with_the_settings_escaped_and_only_defaults_are_prerendered(): void {
		wp_set_current_user( 0 );
		$saved = get_option( UBS_OPTION );
		try {
			update_option( UBS_OPTION, array( 'clinicName' => '"><script>window.__pwned=1</script>', 'emergencyNumber' => '+44 999', 'theme' => 'auto' ) );
			$html = ubs_render_element( 'risk-list', array( 'headingLevel' => 2, 'lang' => 'es' ) );
			$this->assertMatchesRegularExpression( '/<risk-list heading-level="2" lang="es" data-ubs-rendered="[0-9a-z]+"><template shadowroot="open" shadowrootmode="open">/', $html );
			$this->assertStringContainsString( 'Llame ahora al +44 999', $html, 'the clinic\'s emergency number in the text' );
			$this->assertStringNotContainsString( "\x01", $html, 'no token left' );
			$this->assertStringNotContainsString( '<script>window', $html );
			$this->assertStringContainsString( '<h2>Riesgos de la cirugía</h2>', $html, 'the title and first sentences after the shadow root, for browsers without it' );

			// A brand colour and a scheme: their colour rules in the styles.
			update_option( UBS_OPTION, array( 'emergencyNumber' => '911', 'accent' => '#6b2c91', 'theme' => 'dark' ) );
			$html = ubs_render_element( 'risk-list', array() );
			$this->assertStringContainsString( "\n" . ubs_colour_rules( 'dark', '#6b2c91' ) . '</style>', $html );
			$this->assertStringContainsString( '--_settings-accent: rgb(107, 44, 145)', $html );

			// What a block or shortcode gives beyond the defaults, and what the settings would paint, print the element as before.
			foreach ( array( array( 'headingLevel' => 3 ), array( 'expanded' => true ), array( 'show' => 'common' ), array( 'show' => 'all' ) ) as $values ) {
				$this->assertStringNotContainsString( '<template', ubs_render_element( 'risk-list', $values ), wp_json_encode( $values ) );
			}
			foreach ( array( array( 'accent' => 'teal' ), array( 'accent' => '#ABC' ), array( 'theme' => 'purple' ), array( 'emergencyNumber' => 'call 112' ) ) as $setting ) {
				update_option( UBS_OPTION, $setting + array( 'emergencyNumber' => '911' ) );
				$this->assertStringNotContainsString( '<template', ubs_render_element( 'risk-list', array() ), wp_json_encode( $setting ) );
			}
			// Elements that show the clinic's contacts or reviewer have no template.
			update_option( UBS_OPTION, array( 'emergencyNumber' => '911' ) );
			foreach ( array( 'second-opinion', 'back-surgery-guide' ) as $tag ) {
				$this->assertStringNotContainsString( '<template', ubs_render_element( $tag, array() ), $tag );
			}
			// Without a number, the language's own words.
			delete_option( UBS_OPTION );
			$this->assertStringContainsString( 'call your local emergency number', strtolower( ubs_render_element( 'risk-list', array( 'lang' => 'en' ) ) ) );
		} finally {
			update_option( UBS_OPTION, $saved );
		}
	}
}
