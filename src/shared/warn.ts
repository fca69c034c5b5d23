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

/** What {@link warnOnce} has already said, by owner. */
const warned = new WeakMap<object, Set<string>>();

/**
 * A warning given once per `owner` and `key`, however many elements or renders meet the problem.
 * The owner is whatever the problem belongs to: `document` for the page (its settings, a second copy
 * of the library), the element carrying a `lang`, an element for its own attribute. The key names
 * the problem (by default the message itself), so a message that varies (it names the element that
 * met it first) is still given once.
 */
export function warnOnce(owner: object, key: string, message = key): void {
  const keys = warned.get(owner) ?? new Set<string>();
  warned.set(owner, keys);
  if (keys.has(key)) return;
  keys.add(key);
  warn(message);
}

/**
 * What a page-wide problem belongs to, for {@link warnOnce}: the page's `document`. A server has no
 * page: there each render is one (server.ts starts a new one for every element it renders), so a
 * server render warns once about bad settings, not once per process or once per element inside it.
 */
let serverRender: object = {};

/** Starts a new server render: its page-wide warnings are given again (see {@link warnPage}). */
export function startServerRender(): void {
  serverRender = {};
}

/** The owner of page-wide warnings: `document` in a browser, the render under way on a server. */
export const thePage = (): object => (typeof document === 'undefined' ? serverRender : document);

/** A warning about the page (its settings, its markup, its files), given once per page. */
export const warnPage = (key: string, message = key): void => warnOnce(thePage(), key, message);

/** The warning that an attribute's value was not understood, saying what is used instead: `warn(invalidAttribute(…))`. */
export const invalidAttribute = (element: Element, attribute: string, value: unknown, expected: string, fallback: string): string =>
  `<${element.localName}> ${attribute}="${cut(value)}" is not valid (expected ${expected}); using ${fallback}.`;
