import { VERSION } from './version.js';
import { warn } from './warn.js';

/** A class registered by some copy of this library carries its version. */
interface VersionedConstructor extends CustomElementConstructor {
  readonly version?: string;
}

/**
 * Registers a tag unless it is taken. A CMS page often loads a script twice, or two versions of it:
 * the first registration wins and a second one warns instead of throwing, so the page keeps working.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
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
