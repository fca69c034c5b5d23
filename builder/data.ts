/**
 * What the builder reads at start from builder-data.json, written by scripts/builder-page.mjs from
 * the package itself: the elements and their attributes (custom-elements.json), the guide's
 * languages, and the lines that load the library in each route (the tested snippets of demo/embed/).
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

export interface BuilderData {
  readonly version: string;
  readonly languages: readonly string[];
  /** The content version of each language the library shows (what a reviewer signs). */
  readonly contentVersions: Readonly<Record<string, string>>;
  readonly elements: readonly ElementInfo[];
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

export async function loadData(): Promise<BuilderData> {
  const response = await fetch(new URL('builder-data.json', import.meta.url));
  if (!response.ok) throw new Error(`builder-data.json: ${response.status}`);
  return (await response.json()) as BuilderData;
}
