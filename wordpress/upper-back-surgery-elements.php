<?php
/**
 * Plugin Name:       Upper back surgery patient guide
 * Description:       Plain-language patient education about upper back surgery: blocks, a shortcode and clinic settings.
 * Version:           0.0.0-dev
 * Requires at least: 6.1
 * Requires PHP:      7.1
 * Author:            upper-back-surgery-elements
 * License:           MIT
 * Text Domain:       upper-back-surgery-elements
 * Domain Path:       /languages
 *
 * @package UpperBackSurgery
 */

defined( 'ABSPATH' ) || exit;

// Replaced by the package's version when the plugin is built (scripts/build-wordpress.mjs).
const UBS_VERSION = '0.0.0-dev';
define( 'UBS_PLUGIN_FILE', __FILE__ );
define( 'UBS_PLUGIN_DIR', __DIR__ );

require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/prerendered.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/shortcode.php';
require_once __DIR__ . '/includes/placeholders.php';

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'upper-back-surgery-elements', false, dirname( plugin_basename( UBS_PLUGIN_FILE ) ) . '/languages' );
	}
);
