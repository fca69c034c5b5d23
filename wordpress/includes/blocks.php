<?php
/**
 * A block per element, `upper-back-surgery/<tag>`, in the "Upper back surgery" category. Dynamic
 * blocks: the post stores only the block's name and attributes (the element's attributes in
 * camelCase, e.g. `{"headingLevel":3,"lang":"es"}`), and PHP prints the element on every view, so
 * authors without the unfiltered-HTML right can use them and nothing is stripped. The attributes are
 * the per-page choices only: the clinic's settings are not a block, nor a field of one.
 *
 * @package UpperBackSurgery
 */

defined( 'ABSPATH' ) || exit;

/**
 * A block attribute's definition for an element attribute.
 *
 * @param array<string, mixed> $attribute An attribute from elements.json.
 * @return array<string, mixed>
 */
function ubs_block_attribute( array $attribute ): array {
	$definition = array( 'type' => $attribute['type'] );
	if ( isset( $attribute['values'] ) ) {
		$definition['enum'] = $attribute['values'];
	}
	return $definition;
}

/**
 * An element's title in the language of the person editing (its section's title), else its tag.
 *
 * @param array<string, mixed> $element An element from ubs_elements().
 */
function ubs_element_title( array $element ): string {
	$language = ubs_language_for_locale( get_user_locale() );
	return $element['titles'][ $language ] ?? $element['titles']['en'] ?? strtok( $element['summary'], ',.' );
}

/** Registers a block per element. */
function ubs_register_blocks(): void {
	foreach ( ubs_elements() as $tag => $element ) {
		register_block_type(
			$element['block'],
			array(
				'api_version'     => 2,
				'title'           => ubs_element_title( $element ),
				'description'     => $element['summary'],
				'category'        => 'upper-back-surgery',
				'attributes'      => array_map( 'ubs_block_attribute', array_column( $element['attributes'], null, 'key' ) ),
				'supports'        => array( 'html' => false ),
				'render_callback' => static fn ( array $attributes ) => ubs_render_element( $tag, $attributes, get_block_wrapper_attributes() ),
			)
		);
	}
}
add_action( 'init', 'ubs_register_blocks' );

add_filter(
	'block_categories_all',
	static function ( array $categories ) {
		$categories[] = array(
			'slug'  => 'upper-back-surgery',
			'title' => __( 'Upper back surgery', 'upper-back-surgery-elements' ),
			'icon'  => null,
		);
		return $categories;
	}
);

/**
 * What the editor script needs: each element's block name, title and attributes, the labels of the
 * sidebar, and the clinic's settings for the preview.
 *
 * @return array<string, mixed>
 */
function ubs_block_editor_data(): array {
	$elements = array();
	foreach ( ubs_elements() as $element ) {
		$elements[] = array(
			'tag'        => $element['tag'],
			'block'      => $element['block'],
			'title'      => ubs_element_title( $element ),
			'summary'    => $element['summary'],
			'attributes' => $element['attributes'],
		);
	}
	return array(
		'elements' => $elements,
		'script'   => add_query_arg( 'ver', UBS_VERSION, plugins_url( 'assets/upper-back-surgery.iife.js', UBS_PLUGIN_FILE ) ),
		'settings' => ubs_settings(),
		'labels'   => array(
			'options'      => __( 'Options', 'upper-back-surgery-elements' ),
			'headingLevel' => __( 'Heading level', 'upper-back-surgery-elements' ),
			'lang'         => __( 'Language', 'upper-back-surgery-elements' ),
			'pageLanguage' => __( 'The page\'s language', 'upper-back-surgery-elements' ),
			'default'      => __( 'Default', 'upper-back-surgery-elements' ),
		),
	);
}
