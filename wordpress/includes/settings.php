<?php
/**
 * Settings → Upper back surgery: the clinic's details, which every element on the site reads as its
 * page settings (the same names as `<ubs-settings>`'s, in camelCase). Only here: blocks and shortcodes
 * do not take them (see render.php), so only administrators set them. Saved through the Settings API
 * (its nonce and the manage_options check); each value is checked on save, and a value that fails
 * keeps the one saved before, with a notice naming the field.
 *
 * @package UpperBackSurgery
 */

defined( 'ABSPATH' ) || exit;

const UBS_OPTION = 'upper_back_surgery_settings';

/**
 * The settings' fields, keyed as the page settings name them. Labels and help are translated at
 * display time; each `check` returns the value to save, or null when it is not acceptable.
 *
 * @return array<string, array{label: string, help: string, type: string, check: callable(string): ?string}>
 */
function ubs_settings_fields(): array {
	$text = static fn ( int $max ) => static function ( string $value ) use ( $max ): ?string {
		$clean = sanitize_text_field( $value );
		return mb_strlen( $clean ) <= $max ? $clean : null;
	};
	return array(
		'clinicName'          => array(
			'label' => __( 'Clinic name', 'upper-back-surgery-elements' ),
			'help'  => __( 'Shown in contact boxes.', 'upper-back-surgery-elements' ),
			'type'  => 'text',
			'check' => $text( 120 ),
		),
		'phone'               => array(
			'label' => __( 'Phone', 'upper-back-surgery-elements' ),
			'help'  => __( 'Digits, spaces, +, -, dots and brackets, e.g. +1 555 010 0100.', 'upper-back-surgery-elements' ),
			'type'  => 'tel',
			'check' => 'ubs_check_phone',
		),
		'bookingUrl'          => array(
			'label' => __( 'Booking link', 'upper-back-surgery-elements' ),
			'help'  => __( 'The address of the booking page, starting with https:// or http://.', 'upper-back-surgery-elements' ),
			'type'  => 'url',
			'check' => 'ubs_check_booking_url',
		),
		'email'               => array(
			'label' => __( 'Email', 'upper-back-surgery-elements' ),
			'help'  => __( 'The clinic\'s email address.', 'upper-back-surgery-elements' ),
			'type'  => 'email',
			'check' => 'ubs_check_email',
		),
		'reviewerName'        => array(
			'label' => __( 'Reviewer', 'upper-back-surgery-elements' ),
			'help'  => __( 'Who reviewed the guide for the clinic, e.g. Dr. Ana Reyes.', 'upper-back-surgery-elements' ),
			'type'  => 'text',
			'check' => $text( 120 ),
		),
		'reviewerCredentials' => array(
			'label' => __( 'Reviewer\'s credentials', 'upper-back-surgery-elements' ),
			'help'  => __( 'E.g. MD, orthopaedic spine surgeon.', 'upper-back-surgery-elements' ),
			'type'  => 'text',
			'check' => $text( 200 ),
		),
		'reviewDate'          => array(
			'label' => __( 'Review date', 'upper-back-surgery-elements' ),
			'help'  => __( 'When the clinic reviewed the guide.', 'upper-back-surgery-elements' ),
			'type'  => 'date',
			'check' => 'ubs_check_review_date',
		),
		'accent'              => array(
			'label' => __( 'Brand colour', 'upper-back-surgery-elements' ),
			'help'  => __( 'A colour such as #6b2c91. Empty: the theme\'s primary colour.', 'upper-back-surgery-elements' ),
			'type'  => 'color',
			'check' => static fn ( string $value ): ?string => sanitize_hex_color( $value ) ?: null,
		),
		'theme'               => array(
			'label' => __( 'Colour scheme', 'upper-back-surgery-elements' ),
			'help'  => __( 'Automatic follows the page and the reader\'s system.', 'upper-back-surgery-elements' ),
			'type'  => 'theme',
			'check' => static fn ( string $value ): ?string => in_array( $value, array_keys( ubs_theme_choices() ), true ) ? $value : null,
		),
		'emergencyNumber'     => array(
			'label' => __( 'Emergency number', 'upper-back-surgery-elements' ),
			'help'  => __( 'The number to call in an emergency where readers live, e.g. 911 or 112.', 'upper-back-surgery-elements' ),
			'type'  => 'text',
			'check' => static fn ( string $value ): ?string => preg_match( '/^[0-9+ ]{2,15}$/', $value ) ? $value : null,
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
 * A phone number as written for people, or null.
 *
 * @param string $value The submitted value.
 */
function ubs_check_phone( string $value ): ?string {
	return preg_match( '/^\+?[0-9][0-9 ().\-]{1,38}$/', $value ) ? $value : null;
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
 * A plain email address (no `?subject=` or other headers), or null.
 *
 * @param string $value The submitted value.
 */
function ubs_check_email( string $value ): ?string {
	return strlen( $value ) <= 254 && is_email( $value ) && ! str_contains( $value, '?' ) ? $value : null;
}

/**
 * A real date, YYYY-MM-DD, from the year 1000 on, or null.
 *
 * @param string $value The submitted value.
 */
function ubs_check_review_date( string $value ): ?string {
	if ( ! preg_match( '/^([0-9]{4})-([0-9]{2})-([0-9]{2})$/', $value, $parts ) ) {
		return null;
	}
	return (int) $parts[1] >= 1000 && checkdate( (int) $parts[2], (int) $parts[3], (int) $parts[1] ) ? $value : null;
}

/**
 * The saved settings, only known keys with text values.
 *
 * @return array<string, string>
 */
function ubs_settings(): array {
	$saved = get_option( UBS_OPTION, array() );
	$saved = is_array( $saved ) ? $saved : array();
	return array_filter(
		array_intersect_key( $saved, ubs_settings_fields() ),
		static fn ( $value ) => is_string( $value ) && '' !== $value
	);
}

/**
 * Checks submitted settings: empty clears a field, an acceptable value is saved, anything else keeps
 * the value saved before and adds an error notice naming the field.
 *
 * @param mixed $submitted The form's values.
 * @return array<string, string>
 */
function ubs_sanitize_settings( $submitted ): array {
	$previous  = ubs_settings();
	$submitted = is_array( $submitted ) ? $submitted : array();
	$clean     = array();
	foreach ( ubs_settings_fields() as $key => $field ) {
		$value = $submitted[ $key ] ?? '';
		$value = is_string( $value ) ? trim( wp_unslash( $value ) ) : '';
		if ( '' === $value ) {
			continue;
		}
		$checked = ( $field['check'] )( $value );
		if ( null !== $checked ) {
			$clean[ $key ] = $checked;
			continue;
		}
		if ( isset( $previous[ $key ] ) ) {
			$clean[ $key ] = $previous[ $key ];
		}
		// Notices are for the settings screen (elsewhere, the value is refused all the same), and WordPress
		// runs this twice when the option is first created: one notice per field is enough.
		if ( ! function_exists( 'add_settings_error' ) || in_array( 'invalid-' . $key, array_column( get_settings_errors( UBS_OPTION ), 'code' ), true ) ) {
			continue;
		}
		add_settings_error(
			UBS_OPTION,
			'invalid-' . $key,
			// WordPress prints the message as HTML: escaped, so a translation cannot add markup to the screen.
			/* translators: %s: the name of a settings field, e.g. "Booking link". */
			sprintf( esc_html__( '%s was not saved: the value is not valid. The previous value is kept.', 'upper-back-surgery-elements' ), esc_html( $field['label'] ) )
		);
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

/** Settings → Upper back surgery. */
function ubs_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'upper-back-surgery-elements' ), 403 );
	}
	$values = ubs_settings();
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<?php settings_errors( UBS_OPTION ); ?>
		<p><?php esc_html_e( 'Every upper back surgery block and shortcode on the site shows these details. Leave a field empty to leave it out.', 'upper-back-surgery-elements' ); ?></p>
		<form method="post" action="options.php" novalidate>
			<?php settings_fields( 'upper_back_surgery' ); ?>
			<table class="form-table" role="presentation">
				<?php foreach ( ubs_settings_fields() as $key => $field ) : ?>
					<?php
					$id    = 'ubs-' . $key;
					$name  = UBS_OPTION . '[' . $key . ']';
					$value = $values[ $key ] ?? '';
					?>
					<tr>
						<th scope="row"><label for="<?php echo esc_attr( $id ); ?>"><?php echo esc_html( $field['label'] ); ?></label></th>
						<td>
							<?php if ( 'theme' === $field['type'] ) : ?>
								<select id="<?php echo esc_attr( $id ); ?>" name="<?php echo esc_attr( $name ); ?>" aria-describedby="<?php echo esc_attr( $id . '-help' ); ?>">
									<?php foreach ( ubs_theme_choices() as $choice => $label ) : ?>
										<option value="<?php echo esc_attr( $choice ); ?>" <?php selected( $value ?: 'auto', $choice ); ?>><?php echo esc_html( $label ); ?></option>
									<?php endforeach; ?>
								</select>
							<?php else : ?>
								<input
									id="<?php echo esc_attr( $id ); ?>"
									name="<?php echo esc_attr( $name ); ?>"
									type="<?php echo esc_attr( 'color' === $field['type'] ? 'text' : $field['type'] ); ?>"
									value="<?php echo esc_attr( $value ); ?>"
									class="<?php echo 'color' === $field['type'] ? 'ubs-colour' : 'regular-text'; ?>"
									aria-describedby="<?php echo esc_attr( $id . '-help' ); ?>"
								/>
							<?php endif; ?>
							<p class="description" id="<?php echo esc_attr( $id . '-help' ); ?>"><?php echo esc_html( $field['help'] ); ?></p>
						</td>
					</tr>
				<?php endforeach; ?>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
