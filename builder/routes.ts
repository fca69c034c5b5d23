/**
 * "Where will you paste it?": for each route, the exact code to paste (in one or more parts, each for
 * one place) and the steps to get there. The lines that load the library come from the tested
 * snippets of demo/embed/ (BuilderData.loaders); the rest is the person's choice, escaped by markup.ts.
 *
 * Server-rendered HTML (README "Server-rendered and pasted HTML") is its own route: the builder is a
 * static page and cannot run the server renderer, so it writes the `render` commands that do, with the
 * same choices.
 */
import type { Config } from './config.js';
import type { BuilderData } from './data.js';
import { blocks, elementTags, placeholders, renderCommands, settingsBlock, settingsElement, settingsFile, shortcodes } from './markup.js';
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
}

const lines = (...groups: string[][]): string => groups.flat().join('\n');

export function routeOutput(route: RouteId, data: BuilderData, config: Config, t: Texts): RouteOutput {
  const { loaders } = data;
  const body = () => lines(settingsElement(config), elementTags(data, config));
  const part = (id: string, code: string): Part => ({ id, title: t.parts[id as keyof Texts['parts']] ?? id, code });
  switch (route) {
    case 'html':
      return { steps: t.steps.html, parts: [part('head', loaders.htmlHead), part('body', body())], settingsInPlugin: false };
    case 'wordpress-block':
      return { steps: t.steps.wordpressBlock, parts: [part('blocks', lines(blocks(data, config)))], settingsInPlugin: true };
    case 'wordpress-shortcode':
      return { steps: t.steps.wordpressShortcode, parts: [part('shortcodes', lines(shortcodes(data, config)))], settingsInPlugin: true };
    case 'wordpress-placeholders':
      return {
        steps: t.steps.wordpressPlaceholders,
        parts: [part('site', lines([loaders.wordpressSite], settingsBlock(config))), part('placeholders', lines(placeholders(data, config)))],
        settingsInPlugin: false,
      };
    case 'wordpress-html':
      return { steps: t.steps.wordpressHtml, parts: [part('block', lines([loaders.wordpressHtml], [body()]))], settingsInPlugin: false };
    case 'drupal':
      return { steps: t.steps.drupal, parts: [part('body', lines([loaders.drupal], [body()]))], settingsInPlugin: false };
    case 'squarespace':
      return { steps: t.steps.squarespace, parts: [part('code', lines([loaders.squarespace], [body()]))], settingsInPlugin: false };
    case 'wix':
      return { steps: t.steps.wix, parts: [part('code', lines([loaders.wix], [body()]))], settingsInPlugin: false };
    case 'npm':
      return { steps: t.steps.npm, parts: [part('install', 'npm install upper-back-surgery-elements'), part('script', loaders.npm), part('markup', body())], settingsInPlugin: false };
    case 'server': {
      const file = settingsFile(config);
      return {
        steps: t.steps.server,
        parts: [
          ...(file ? [part('settingsFile', file)] : []),
          part('commands', lines(['npm install upper-back-surgery-elements'], renderCommands(data, config, file !== undefined))),
          // The loader fetches the elements after the first paint: the server's text is painted as fast as plain HTML.
          part('late', '<script type="module" src="/ubs/upper-back-surgery-late.js"></script>'),
        ],
        settingsInPlugin: false,
      };
    }
  }
}
