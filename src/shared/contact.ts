/**
 * Contact details a clinic gives as text, turned into links only when they are what they claim to
 * be: a web link only `http:`/`https:`, a phone number only digits and the usual separators, an email
 * only an address. Anything else (a `javascript:` URL, markup) gives no link at all.
 */

/** A link to show: its target and the text a reader sees. */
export interface ContactLink {
  readonly href: string;
  readonly text: string;
}

/**
 * An `http:` or `https:` link, or `undefined`. Not one with a user name or password: its text shows
 * only the host, so `https://bank.example@evil.example/` would mislead.
 */
export function webLink(value: string): ContactLink | undefined {
  try {
    const url = new URL(value.trim());
    return /^https?:$/.test(url.protocol) && !url.username && !url.password ? { href: url.href, text: url.host } : undefined;
  } catch {
    return undefined;
  }
}

/** A `tel:` link for a phone number of 7 to 15 digits, written with spaces, dots, dashes or brackets. */
export function phoneLink(value: string): ContactLink | undefined {
  const text = value.trim();
  if (!/^\+?[\d\s().-]+$/.test(text)) return undefined;
  const digits = text.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return undefined;
  return { href: `tel:${text.startsWith('+') ? '+' : ''}${digits}`, text };
}

/**
 * A `mailto:` link for a plain email address: no `?subject=…&body=…` or other headers, which would
 * write the reader's message for them, and a domain of letters, digits and hyphens.
 */
export function emailLink(value: string): ContactLink | undefined {
  const text = value.trim();
  return /^[^\s@<>()"',;:?&#%/\\]+@(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}$/iu.test(text) ? { href: `mailto:${text}`, text } : undefined;
}

/**
 * Whether `address` is an `http:` or `https:` address, or one relative to the page, as the browser's
 * URL parser reads it (so `java\tscript:` or ` data:` are seen for what they are, whatever the spaces
 * and tabs): where the server renderer may link stylesheets from.
 */
export function isWebOrRelative(address: unknown): address is string {
  try {
    return typeof address === 'string' && ['http:', 'https:'].includes(new URL(address, 'https://relative.invalid/').protocol);
  } catch {
    return false;
  }
}
