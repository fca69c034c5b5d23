/**
 * What the builder reads at start: builder-data.json, written by scripts/builder-page.mjs from the
 * package itself (the elements and their attributes from custom-elements.json, the guide's languages,
 * the lines that load the library in each route from the tested snippets of demo/embed/), and the
 * release files beside the builder (../release/release.json, written by scripts/release.mjs).
 */
export interface AttributeInfo {
  readonly name: string;
  /** TypeScript type as the manifest gives it: `number`, `boolean`, `string`, `'all' | 'common'`. */
  readonly type: string;
  /** The values an enumerated attribute allows. */
  readonly values?: readonly string[];
  /** The element's default, as written in the source (`2`, `false`). */
  readonly default?: string;
  readonly description: string;
}

export interface ElementInfo {
  readonly tagName: string;
  readonly summary: string;
  readonly attributes: readonly AttributeInfo[];
}

/** An id an attribute takes (`try-first`), and what it is called in each language of the guide. */
export interface ChoiceOption {
  readonly value: string;
  readonly labels: Readonly<Record<string, string>>;
}

/**
 * An attribute that takes ids from a list the element knows, offered as boxes or a list instead of
 * typed ids: `leave-out` (ticked: left out), `show` (ticked: shown; all or none ticked writes nothing,
 * which shows all), `one` (one id, or none).
 */
export interface Choice {
  readonly kind: 'leave-out' | 'show' | 'one';
  readonly options: readonly ChoiceOption[];
}

export interface BuilderData {
  readonly version: string;
  readonly languages: readonly string[];
  /** The content version of each language the library shows (what a reviewer signs). */
  readonly contentVersions: Readonly<Record<string, string>>;
  readonly elements: readonly ElementInfo[];
  /** The tags `<back-surgery-guide>` shows as its sections, in its order. */
  readonly guideSections: readonly string[];
  /** By `tag.attribute`: `surgery-faq.questions`. */
  readonly choices: Readonly<Record<string, Choice>>;
  /** The `<link>` and `<script>` lines each route's tested snippet loads the library with. */
  readonly loaders: {
    readonly htmlHead: string;
    readonly wordpressHtml: string;
    readonly wordpressSite: string;
    readonly drupal: string;
    readonly squarespace: string;
    readonly wix: string;
    /** The site's script for the npm route (the whole tested snippet). */
    readonly npm: string;
  };
}

/** One file of the release, as release.json lists it. */
export interface ReleaseFile {
  readonly file: string;
  readonly bytes: number;
  /** `sha384-…`, as a `<script integrity>` or a Content-Security-Policy writes it. */
  readonly integrity?: string;
  readonly gzipBytes?: number;
}

export type DownloadId = 'files' | 'wordpress' | 'singlePaste' | 'package' | 'changelog' | 'sums';

export interface ReleaseData {
  readonly version: string;
  readonly files: Readonly<Record<DownloadId, ReleaseFile>>;
  /** The script-tag files on a public CDN once the package is published: their address and hashes. */
  readonly cdn: { readonly base: string; readonly integrity: Readonly<Record<string, string>> };
}

/** The release folder, served beside the builder (dist/release next to dist/builder). */
export const releaseFolder = new URL('../release/', import.meta.url);

export async function loadData(): Promise<BuilderData> {
  const response = await fetch(new URL('builder-data.json', import.meta.url));
  if (!response.ok) throw new Error(`builder-data.json: ${response.status}`);
  return (await response.json()) as BuilderData;
}

/** The release files' list, or undefined where they were not built (`npm run release`) or not served. */
export async function loadRelease(): Promise<ReleaseData | undefined> {
  try {
    const response = await fetch(new URL('release.json', releaseFolder));
    return response.ok ? ((await response.json()) as ReleaseData) : undefined;
  } catch {
    return undefined;
  }
}

/** The single-paste script's text, or undefined when it cannot be read. */
export async function loadSinglePaste(release: ReleaseData): Promise<string | undefined> {
  try {
    const response = await fetch(new URL(release.files.singlePaste.file, releaseFolder));
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}
