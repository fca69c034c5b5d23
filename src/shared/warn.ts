/** Prefix of every warning, so a webmaster can find ours in a busy console. */
const PREFIX = 'upper-back-surgery-elements:';

/** Longest value a warning quotes: a page may hold a megabyte in an attribute. */
const MAX_QUOTED = 200;
/** Most items a warning lists. */
const MAX_LISTED = 10;

/** A value to quote in a warning, cut to {@link MAX_QUOTED} characters. */
export const cut = (value: unknown): string => {
  let text: string;
  try {
    text = String(value);
  } catch {
    text = typeof value; // an object whose toString throws
  }
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
};

/** A list to show in a warning: the first {@link MAX_LISTED} items (each cut), then how many more. */
export const list = (items: readonly unknown[]): string =>
  items.slice(0, MAX_LISTED).map(cut).join(', ') + (items.length > MAX_LISTED ? `, … (${items.length - MAX_LISTED} more)` : '');

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
  value: unknown,
  expected: string,
  fallback: string,
): void {
  warn(`<${tag}> ${attribute}="${cut(value)}" is not valid (expected ${expected}); using ${cut(fallback)}.`);
}
