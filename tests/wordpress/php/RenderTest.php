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
		$this->assertSame( $tags, array_keys( ubs_elements() ) );
		foreach ( $tags as $tag ) {
			$this->assertTrue( WP_Block_Type_Registry::get_instance()->is_registered( "upper-back-surgery/$tag" ), $tag );
		}
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
		$html = ubs_render_element( 'second-opinion', array( 'clinicName' => '" onclick="alert(1)" x="<script>', 'headingLevel' => 4 ) );
		$this->assertStringContainsString( '<second-opinion clinic-name="&quot; onclick=&quot;alert(1)&quot; x=&quot;&lt;script&gt;" heading-level="4">', $html );
		$this->assertStringNotContainsString( '<script>', $html );
		$this->assertStringContainsString( '<h4>Getting a second opinion</h4>', $html, 'the fallback heading at the element\'s level' );
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
