/**
 * "Where will you paste it?": for each route, the exact code to paste (in one or more parts, each for
 * one place), the steps to get there, and the release file the first step downloads. The lines that
 * load the library come from the tested snippets of demo/embed/ (BuilderData.loaders), or, for the
 * single-paste and CDN routes, from the release (release.json and the single-paste script); the rest
 * is the person's choice, escaped by markup.ts.
 *
 * Server-rendered HTML (README "Server-rendered and pasted HTML") is its own route: the builder is a
 * static page and cannot run the server renderer, so it writes the `render` commands that do, with the
 * same choices.
 */
import type { Config } from './config.js';
import type { BuilderData, DownloadId, ReleaseData } from './data.js';
import { blocks, escapeHtml, elementTags, placeholders, renderCommands, settingsBlock, settingsElement, settingsFile, shortcodes } from './markup.js';
import type { Texts } from './text.js';

export const ROUTES = {
  html: true,
  'wordpress-block': true,
  'wordpress-shortcode': true,
  'wordpress-placeholders': true,
  'wordpress-html': true,
  drupal: true,
  squarespace: true,
  wix: true,
  cdn: true,
  npm: true,
  server: true,
} as const;
export type RouteId = keyof typeof ROUTES;

/** One piece of code and where it goes. */
export interface Part {
  /** Names the part in tests and ids: `head`, `body`, `script`… */
  readonly id: string;
  readonly title: string;
  readonly code: string;
}

export interface RouteOutput {
  readonly steps: readonly string[];
  readonly parts: readonly Part[];
  /** The clinic details are typed into the WordPress plugin's settings page, not pasted. */
  readonly settingsInPlugin: boolean;
  /** The release file a step asks to download, and which step (the first unless said). */
  readonly download?: DownloadId;
  readonly downloadStep?: number;
  /** What the code costs and cannot do, said under it. */
  readonly notes?: readonly string[];
  /** Set when the route needs a release file this page cannot read: no code then. */
  readonly unavailable?: boolean;
}

/** What a route's code is made of, besides the person's choices. */
export interface RouteContext {
  readonly data: BuilderData;
  readonly config: Config;
  readonly t: Texts;
  readonly release?: ReleaseData;
  /** The single-paste script, once read from the release; `loading` until then. */
  readonly singlePaste?: string | 'loading';
  /** How tall the chosen parts are in the preview, at its width: `{ height: 5400, width: 1200 }`. */
  readonly measured?: { readonly height: number; readonly width: number };
}

/** `146822` → `143 KB`. */
export const kilobytes = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

const lines = (...groups: string[][]): string => groups.flat().join('\n');

/** The whole library's classic script, as the loader snippets name it. */
const WHOLE_SCRIPT = 'upper-back-surgery.iife.js';

/**
 * The script a page with these elements loads, in the folder of the files: with one element chosen,
 * that element's own file (`elements/risk-list.js`, about 40 % less to download than the whole library:
 * issue 30); with several, or the guide (which holds them all), the whole library. Never two files:
 * each holds its own copy of the library.
 */
export function scriptFile(config: Config): string {
  const tags = new Set(config.elements.map((element) => element.tagName));
  const [only] = tags;
  return tags.size === 1 && only !== 'back-surgery-guide' ? `elements/${only}.js` : WHOLE_SCRIPT;
}

/** A loader snippet with the script this page needs (see scriptFile). */
const loading = (loader: string, config: Config): string => loader.replace(WHOLE_SCRIPT, scriptFile(config));

export function routeOutput(route: RouteId, context: RouteContext): RouteOutput {
  const { data, config, t, release, singlePaste } = context;
  const { loaders } = data;
  const body = () => lines(settingsElement(config), elementTags(data, config));
  const part = (id: string, code: string): Part => ({ id, title: t.parts[id as keyof Texts['parts']] ?? id, code });
  const unavailable: RouteOutput = { steps: [t.routeUnavailable], parts: [], settingsInPlugin: false, unavailable: true };
  switch (route) {
    case 'html':
      return { steps: t.steps.html, parts: [part('head', loading(loaders.htmlHead, config)), part('body', body())], settingsInPlugin: false, download: 'files' };
    case 'wordpress-block':
      return { steps: t.steps.wordpressBlock, parts: [part('blocks', lines(blocks(data, config)))], settingsInPlugin: true, download: 'wordpress' };
    case 'wordpress-shortcode':
      return { steps: t.steps.wordpressShortcode, parts: [part('shortcodes', lines(shortcodes(data, config)))], settingsInPlugin: true, download: 'wordpress' };
    case 'wordpress-placeholders':
      return {
        steps: t.steps.wordpressPlaceholders,
        parts: [part('site', lines([loaders.wordpressSite], settingsBlock(config))), part('placeholders', lines(placeholders(data, config)))],
        settingsInPlugin: false,
        download: 'files',
      };
    case 'wordpress-html':
      return { steps: t.steps.wordpressHtml, parts: [part('block', lines([loading(loaders.wordpressHtml, config)], [body()]))], settingsInPlugin: false, download: 'files' };
    case 'drupal':
      return { steps: t.steps.drupal, parts: [part('body', lines([loading(loaders.drupal, config)], [body()]))], settingsInPlugin: false, download: 'files' };
    case 'squarespace':
    case 'wix': {
      // The whole library in the page: nothing to host, nothing loaded (scripts/release.mjs).
      const script = release?.files.singlePaste;
      if (singlePaste === 'loading') return { steps: [t.loadingCode], parts: [], settingsInPlugin: false, unavailable: true };
      if (!script || singlePaste === undefined) return unavailable;
      const size = kilobytes(script.bytes);
      const steps = route === 'wix' ? [...t.steps.wix, t.wixHeight(context.measured?.height, context.measured?.width)] : t.steps.squarespace;
      return {
        steps: [t.singlePasteFirst(size), ...steps],
        // An inline script cannot be `defer`; an inline module script is deferred by the browser, so the
        // page paints before it runs (issue 30). The bundle needs nothing a module lacks (no own address).
        parts: [part('code', lines([`<script type="module">${singlePaste}</script>`], [body()]))],
        settingsInPlugin: false,
        notes: t.singlePasteLimits(size, kilobytes(script.gzipBytes ?? script.bytes), script.integrity ?? ''),
      };
    }
    case 'cdn': {
      if (!release) return unavailable;
      const { base, integrity } = release.cdn;
      // Each file's address and fingerprint; crossorigin, so the browser can check a file from another site.
      const checked = (name: string) => `="${escapeHtml(base + name)}" integrity="${escapeHtml(integrity[name] ?? '')}" crossorigin="anonymous"`;
      // `defer`: the clinic's page paints without waiting for the script (issue 30).
      const head = [`<script defer src${checked(scriptFile(config))}></script>`];
      return { steps: [t.cdnFirst(release.version), ...t.steps.cdn], parts: [part('head', lines(head)), part('body', body())], settingsInPlugin: false };
    }
    case 'npm':
      return {
        steps: [t.npmFirst(release?.files.package.file), ...t.steps.npm],
        parts: [part('install', 'npm install upper-back-surgery-elements'), part('script', loaders.npm), part('markup', body())],
        settingsInPlugin: false,
        download: release ? 'package' : undefined,
      };
    case 'server': {
      const file = settingsFile(config);
      return {
        steps: t.steps.server,
        parts: [
          ...(file ? [part('settingsFile', file)] : []),
          part('commands', lines(['npm install upper-back-surgery-elements @lit-labs/ssr'], renderCommands(data, config, file !== undefined))),
          // The loader fetches the elements after the first paint: the server's text is painted as fast as plain HTML.
          part('late', '<script type="module" src="/ubs/upper-back-surgery-late.js"></script>'),
        ],
        settingsInPlugin: false,
        download: 'files',
        downloadStep: 3,
      };
    }
  }
}
