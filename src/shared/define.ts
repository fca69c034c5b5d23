import { VERSION } from './version.js';
import { warn } from './warn.js';

/** A class registered by some copy of this library carries its version. */
interface VersionedConstructor extends CustomElementConstructor {
  readonly version?: string;
}

/** What the first copy of the library on a page leaves on `globalThis`, under {@link PAGE_KEY}. */
interface LoadedCopy {
  readonly version: string;
}

/**
 * A page-wide key, the same in every copy and version of the library (`Symbol.for`), so a second
 * copy can tell that the page already has one.
 */
const PAGE_KEY = Symbol.for('upper-back-surgery-elements');

const thisCopy: LoadedCopy = { version: VERSION };
const page = globalThis as { [PAGE_KEY]?: LoadedCopy };
/** The copy that registers the elements: whichever was evaluated first on this page. */
const firstCopy = (page[PAGE_KEY] ??= thisCopy);

let duplicateWarned = false;

/**
 * Whether this copy of the library is the one in charge of the page. A CMS page often loads the
 * script twice (a theme and a block both add it, or the module and the classic bundle, or two
 * versions): only the first copy registers elements and upgrades placeholders; the others warn
 * once and stay out of the way.
 */
export function isFirstCopy(): boolean {
  if (firstCopy === thisCopy) return true;
  if (!duplicateWarned) {
    duplicateWarned = true;
    warn(
      `the library is loaded more than once on this page (version ${firstCopy.version} first, ` +
        `then version ${VERSION}). The first one is used; remove the extra <script> tag.`,
    );
  }
  return false;
}

/**
 * Registers a tag unless it is taken. A second copy of the library warns once (see
 * {@link isFirstCopy}); a tag taken by something else warns and is left alone, so the page keeps
 * working.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!isFirstCopy()) return;
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (existing === constructor) return;
  if (existing) {
    warn(
      `<${tag}> is already defined (version ${existing.version ?? 'unknown'}); ` +
        `version ${VERSION} was not registered. The first one loaded is used.`,
    );
    return;
  }
  try {
    customElements.define(tag, constructor);
  } catch (error) {
    warn(`could not define <${tag}>: ${String(error)}`);
  }
}
