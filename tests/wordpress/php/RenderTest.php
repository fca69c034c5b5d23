<?php
/**
 * The HTML blocks and shortcodes print, and the shortcode's parsing.
 */

use PHPUnit\Framework\TestCase;

final class RenderTest extends TestCase {
	public function test_every_element_of_the_manifest_is_a_block(): void {
		$manifest = json_decode( file_get_contents( dirname( __DIR__, 3 ) . '/custom-elements.json' ), true );
		$tags     = array();
		foreach ( $manifest['modules'] as $module ) {
			foreach ( $module['declarations'] ?? array() as $declaration ) {
				if ( ! empty( $declaration['tagName'] ) ) {
					$tags[] = $declaration['tagName'];
				}
			}
		}
		sort( $tags );
		// Every element but the page settings, which only the settings screen gives.
		$tags = array_values( array_diff( $tags, array( 'ubs-settings' ) ) );
		$this->assertSame( $tags, array_keys( ubs_elements() ) );
		foreach ( $tags as $tag ) {
			$this->assertTrue( WP_Block_Type_Registry::get_instance()->is_registered( "upper-back-surgery/$tag" ), $tag );
		}
		$this->assertFalse( WP_Block_Type_Registry::get_instance()->is_registered( 'upper-back-surgery/ubs-settings' ) );
	}

	/** What authors could write to change the clinic's settings, on the elements that had such attributes. */
	private const SETTINGS_VALUES = array(
		'clinicName'   => 'Totally Riverside',
		'phone'        => '+1 555 999 9999',
		'bookingUrl'   => 'https://evil.example/book',
		'email'        => 'phish@evil.example',
		'reviewedBy'   => 'Dr. Invented',
		'lastReviewed' => '2015-01-01',
		'theme'        => 'dark',
		'accent'       => '#ff0000',
		'content'      => '{"en":{"risks":{"intro":{"text":"No risks."}}}}',
	);

	public function test_what_the_settings_give_is_never_printed_from_a_block_or_shortcode(): void {
		wp_set_current_user( 0 );
		foreach ( array( 'second-opinion', 'medical-disclaimer', 'risk-list' ) as $tag ) {
			$html = ubs_render_element( $tag, self::SETTINGS_VALUES + array( 'headingLevel' => 3 ) );
			$this->assertStringContainsString( "<$tag heading-level=\"3\">", $html, 'only the per-page choice' );
			foreach ( self::SETTINGS_VALUES as $value ) {
				$this->assertStringNotContainsString( $value, $html );
			}
			$this->assertStringNotContainsString( 'ubs-settings-notice', $html, 'a visitor sees no note' );
		}
		$html = do_shortcode( '[upper_back_surgery element="second-opinion" phone="+1 555 999 9999" clinic-name="Totally Riverside" theme="dark"]' );
		$this->assertStringContainsString( '<second-opinion>', $html );
		$this->assertStringNotContainsString( '999', $html );
	}

	public function test_someone_who_edits_posts_sees_which_values_are_not_used(): void {
		wp_set_current_user( get_user_by( 'login', 'author' )->ID );
		$html = ubs_render_element( 'second-opinion', array( 'phone' => '+1 555 999 9999', 'bookingUrl' => '"><script>', 'headingLevel' => 3 ) );
		wp_set_current_user( 0 );
		$this->assertStringContainsString( '<p class="ubs-settings-notice" role="note">Not used: phone, booking-url. The clinic&#039;s details, reviewer, review date, colours and texts come only from Settings → Upper back surgery', $html );
		$this->assertStringNotContainsString( '999', $html, 'the note names the attributes, not their values' );
		$this->assertStringNotContainsString( '<script>', $html );
	}

	public function test_the_page_settings_are_neither_a_block_nor_a_shortcode(): void {
		$this->assertSame( '', trim( do_blocks( '<!-- wp:upper-back-surgery/ubs-settings {"content":"{\\"en\\":{}}","phone":"+1 555 999 9999"} /-->' ) ) );
		$html = do_shortcode( '[upper_back_surgery element="ubs-settings" phone="+1 555 999 9999"]' );
		$this->assertSame( '<!-- upper_back_surgery: element="ubs-settings" is not one of the guide\'s elements -->', $html );
	}

	public function test_placeholders_in_a_post_keep_the_per_page_choices_and_lose_what_the_settings_give(): void {
		$this->assertSame( 20, has_filter( 'the_content', 'ubs_placeholders_without_settings' ) );
		$post = implode(
			"\n",
			array(
				'<div data-ubs="second-opinion" data-heading-level="3" data-phone="+1 555 999 9999" DATA-THEME="dark" class="a">Getting a second opinion</div>',
				'<div data-ubs="medical-disclaimer" data-reviewed-by="Dr. Invented" data-last-reviewed="2015-01-01" data-hide-sources></div>',
				'<div data-ubs="ubs-settings" data-content=\'{"en":{}}\' data-emergency-number="000" data-booking-url="https://evil.example/"></div>',
				// The library trims every Unicode space from the name (`&nbsp;`), and reads it in lower case.
				'<section data-ubs="&nbsp;UBS-Settings" data-email="phish@evil.example"></section>',
				'<p data-ubsx="1" data-phone="kept: not a placeholder">Text</p>',
			)
		);
		$this->assertSame(
			implode(
				"\n",
				array(
					'<div data-ubs="second-opinion" data-heading-level="3" class="a">Getting a second opinion</div>',
					'<div data-ubs="medical-disclaimer" data-hide-sources></div>',
					'<div></div>',
					'<section></section>',
					'<p data-ubsx="1" data-phone="kept: not a placeholder">Text</p>',
				)
			),
			ubs_placeholders_without_settings( $post )
		);
	}

	public function test_a_heading_level_too_large_for_a_number_is_left_out(): void {
		// PHP turns 1e300 into the int 0: printed, that would be heading-level="0".
		$this->assertSame( array(), ubs_checked_attributes( ubs_element( 'risk-list' ), array( 'headingLevel' => 1e300 ) ) );
		$this->assertSame( array(), ubs_checked_attributes( ubs_element( 'risk-list' ), array( 'headingLevel' => INF ) ) );
		$this->assertSame( array( 'heading-level' => '4' ), ubs_checked_attributes( ubs_element( 'risk-list' ), array( 'headingLevel' => 4.0 ) ) );
	}

	public function test_values_are_kept_only_when_they_fit_the_attribute(): void {
		$element = ubs_element( 'risk-list' );
		$this->assertSame(
			array( 'show' => 'common', 'expanded' => true, 'heading-level' => '3', 'lang' => 'es' ),
			ubs_checked_attributes( $element, array( 'show' => 'common', 'expanded' => true, 'headingLevel' => 3, 'lang' => 'es', 'onclick' => 'x' ) )
		);
		$this->assertSame(
			array(),
			ubs_checked_attributes( $element, array( 'show' => 'some', 'expanded' => 'no', 'headingLevel' => '3" x="', 'lang' => 'fr', 'theme' => array() ) )
		);
	}

	public function test_text_is_escaped_and_nothing_else_becomes_an_attribute(): void {
		$html = ubs_render_element( 'procedure-compare', array( 'highlight' => '" onclick="alert(1)" x="<script>', 'headingLevel' => 4 ) );
		$this->assertStringContainsString( '<procedure-compare highlight="&quot; onclick=&quot;alert(1)&quot; x=&quot;&lt;script&gt;" heading-level="4">', $html );
		$this->assertStringNotContainsString( '<script>', $html );
		$this->assertStringContainsString( '<h4>', $html, 'the fallback heading at the element\'s level' );
	}

	public function test_the_fallback_is_in_the_element_language(): void {
		$this->assertStringContainsString( '<h2>Riesgos de la cirugía</h2>', ubs_render_element( 'risk-list', array( 'lang' => 'es' ) ) );
	}

	public function test_prerendered_html_replaces_the_fallback_where_a_renderer_gives_it(): void {
		$renderer = static fn ( $html, $tag ) => 'risk-list' === $tag ? '<template shadowrootmode="open">rendered</template>' : $html;
		add_filter( 'upper_back_surgery_prerendered_html', $renderer, 10, 2 );
		$html = ubs_render_element( 'risk-list', array() );
		remove_filter( 'upper_back_surgery_prerendered_html', $renderer, 10 );
		$this->assertStringContainsString( '<risk-list><template shadowrootmode="open">rendered</template></risk-list>', $html );
	}

	public function test_an_unknown_element_prints_nothing(): void {
		$this->assertSame( '', ubs_render_element( 'script', array() ) );
	}

	public function test_the_shortcode_takes_the_elements_attribute_names(): void {
		$this->assertSame(
			array( 'risk-list', array( 'headingLevel' => '3', 'lang' => 'es', 'expanded' => 'true' ) ),
			ubs_parse_shortcode( array( 'element' => 'Risk-List', 'heading-level' => '3', 'lang' => 'es', 0 => 'expanded' ) )
		);
		$html = do_shortcode( '[upper_back_surgery element="risk-list" heading-level="3" lang="es" expanded]' );
		$this->assertStringContainsString( '<risk-list expanded heading-level="3" lang="es"><h3>', $html );
	}

	public function test_an_unknown_shortcode_element_leaves_a_comment_that_cannot_be_closed_early(): void {
		$html = do_shortcode( '[upper_back_surgery element="x--><script>alert(1)</script>"]' );
		$this->assertSame( 1, substr_count( $html, '-->' ) );
		$this->assertStringNotContainsString( '<script>', $html );
	}
}
