/** Prefix of every warning, so a webmaster can find ours in a busy console. */
const PREFIX = 'upper-back-surgery-elements:';

/** One console warning from the library. Never throws, whatever the host did to `console`. */
export function warn(message: string): void {
  try {
    console.warn(`${PREFIX} ${message}`);
  } catch {
    // A page that broke console.warn must still get a working element.
  }
}

/** Messages already given by {@link warnOnce}. */
const given = new Set<string>();

/**
 * A warning about something page-wide (the page settings), given once per page however many
 * elements meet it.
 */
export function warnOnce(message: string): void {
  if (given.has(message)) return;
  given.add(message);
  warn(message);
}

/** Warns that an attribute's value was not understood, and says what is used instead. */
export function warnInvalidAttribute(
  tag: string,
  attribute: string,
  value: string,
  expected: string,
  fallback: string,
): void {
  warn(`<${tag}> ${attribute}="${value}" is not valid (expected ${expected}); using ${fallback}.`);
}
