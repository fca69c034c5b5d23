/** Prefix of every warning, so a webmaster can find ours in a busy console. */
const PREFIX = 'upper-back-surgery-elements:';

/**
 * A value to quote in a warning, cut to `max` characters (a page may hold a megabyte in an
 * attribute, or give a text change 100,000 unknown keys). Never throws, even for an object whose
 * `toString` does.
 */
export function cut(value: unknown, max = 200): string {
  let text: string;
  try {
    text = String(value);
  } catch {
    text = typeof value;
  }
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * One console warning from the library, at most 600 characters (so lists of keys are bounded too).
 * Never throws, whatever the host did to `console`.
 */
export function warn(message: string): void {
  try {
    console.warn(`${PREFIX} ${cut(message, 600)}`);
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
  value: unknown,
  expected: string,
  fallback: string,
): void {
  warn(`<${tag}> ${attribute}="${cut(value)}" is not valid (expected ${expected}); using ${fallback}.`);
}
