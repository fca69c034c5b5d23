import { afterPaint } from '../dom.js';
import { warn } from '../warn.js';
import { LOAD_TIMEOUT_MS } from './languages.js';
import type { Source, SourceId } from '../../content/types.js';

/**
 * The guide's bibliography: full citations of every source, by id. It is a chunk of its own
 * (`upper-back-surgery-sources.js` next to the script-tag bundles), loaded as soon as an element has
 * rendered and never waited for: the text and its numbered source markers show at once, and the
 * collapsed lists of sources fill in a moment later. Titles and links are the largest part of the
 * content and readers open them rarely, so the first paint does not pay for them.
 */
let sources: Readonly<Record<SourceId, Source>> | undefined;
let loading: Promise<void> | undefined;
/** Loaded, or failed to load: either way nothing more to ask for (a failure must not be retried on every render). */
let settled = false;

/** The bibliography, once loaded. */
export function loadedBibliography(): Readonly<Record<SourceId, Source>> | undefined {
  return sources;
}

/** Whether the bibliography has loaded or failed to. */
export function bibliographySettled(): boolean {
  return settled;
}

/** Resolves once the bibliography has loaded or failed, whoever started the load. */
let announce!: () => void;
const arrived = new Promise<void>((resolve) => (announce = resolve));

/**
 * Loads the bibliography once, however many elements ask. A failure (the file missing, or empty: a
 * failed upload) warns once and lists stay short; a file still loading after LOAD_TIMEOUT_MS warns
 * once too, as nobody would otherwise see why the lists are empty. Lists fill in if it arrives.
 */
export function loadBibliography(): Promise<void> {
  if (loading) return loading;
  const slow = setTimeout(() => warn(`the list of sources is taking over ${LOAD_TIMEOUT_MS / 1000} s; the text shows without it meanwhile.`), LOAD_TIMEOUT_MS);
  return (loading = import('../../content/sources.js')
    .then((module: Partial<typeof import('../../content/sources.js')>) => {
      if (!module.sources) throw new Error('empty file');
      sources = module.sources;
    })
    .catch((error: unknown) => {
      warn(`the list of sources could not be loaded (${String(error)}); the elements show their text without it.`);
    })
    .finally(() => {
      clearTimeout(slow);
      settled = true;
      announce();
    }));
}

/** The load started after a paint, once. */
let loadAfterPaint: Promise<void> | undefined;

/**
 * Resolves once the bibliography has loaded (or failed). Unless a load has started, starts one after
 * the next paint: starting a module load costs the main thread about a millisecond (more on a phone),
 * which the first render need not pay for lists that are collapsed.
 */
export function bibliographyAfterPaint(): Promise<void> {
  if (!loading) loadAfterPaint ??= afterPaint().then(loadBibliography);
  return arrived;
}
