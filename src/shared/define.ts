import { VERSION } from './version.js';
import { warn, warnPage } from './warn.js';

/** A class registered by some copy of this library carries its version. */
interface VersionedConstructor extends CustomElementConstructor {
  readonly version?: string;
}

/** Whether a registered class is one of this library's, from any copy or version. */
export function isOurs(constructor: CustomElementConstructor | undefined): constructor is VersionedConstructor {
  return typeof (constructor as VersionedConstructor | undefined)?.version === 'string';
}

/**
 * A page-wide key, the same in every copy and version of the library (`Symbol.for`): the copy that
 * watches for placeholders leaves its version under it, so a second copy does not watch too.
 * Claimed on first use, not on import: a copy that only lends its classes claims nothing.
 */
const PAGE_KEY = Symbol.for('upper-back-surgery-elements');
const page = globalThis as { [PAGE_KEY]?: { readonly version: string } };

/**
 * One warning per extra copy of the library. A CMS page often loads the script twice (a theme and a
 * block both add it, the module and the classic bundle, or two versions).
 */
function warnDuplicate(firstVersion: string): void {
  warnPage(
    `the library is loaded more than once on this page (version ${firstVersion} first, then version ${VERSION}). ` +
      'The first one is used; remove the extra <script> tag.',
  );
}

const thisCopy = { version: VERSION };

/**
 * Whether this copy watches the page for placeholders: the first copy to ask does. Another copy gets
 * false, and warns once that the library is loaded twice.
 */
export function claimPlaceholders(): boolean {
  const first = (page[PAGE_KEY] ??= thisCopy);
  if (first === thisCopy) return true;
  warnDuplicate(first.version);
  return false;
}

/** Every tag this copy of the library registers (or would, where there is no registry): the server renders them. */
export const definedTags = new Set<string>();

/**
 * Registers a tag unless it is taken; the first registration wins. A tag taken by another copy of
 * this library is skipped with one warning for the whole copy (naming both versions); a tag taken by
 * something else warns on its own. Never throws, so the page keeps working.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  definedTags.add(tag);
  // On a server without a registry (Node, no Lit DOM shim loaded) there is nothing to register with.
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (existing === constructor) return;
  if (existing) {
    if (isOurs(existing)) warnDuplicate(existing.version!);
    else warn(`<${tag}> is already defined by another script; this library's <${tag}> (version ${VERSION}) was not registered.`);
    return;
  }
  try {
    customElements.define(tag, constructor);
  } catch (error) {
    warn(`could not define <${tag}>: ${String(error)}`);
  }
}
