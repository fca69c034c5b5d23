/**
 * Server rendering, for Node: an element's HTML with its text already inside (a declarative shadow
 * root), so readers, crawlers and feed readers get the guide before, or without, any script. In the
 * browser the element takes that HTML over without rendering it again (see GuideElement).
 *
 * ```js
 * import { renderElement, renderSettings } from 'upper-back-surgery-elements/server.js';
 * const settings = { clinicName: 'Northside Spine Clinic', phone: '555-0100' };
 * const html = renderSettings(settings) + (await renderElement('risk-list', { lang: 'es', settings }));
 * ```
 *
 * The page must carry the same settings (`renderSettings`) and language as the render, or the element
 * cannot take the HTML over: it renders afresh and warns once.
 */
import { LitElementRenderer, render, type RenderInfo } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { renderValue } from '@lit-labs/ssr/lib/render-value.js';
import { escapeHtml } from '@lit-labs/ssr/lib/util/escape-html.js';
import { html, type LitElement } from 'lit';
import './index.js';
import { loadBibliography } from './content/bibliography.js';
import { defaultLanguage, loadLanguage, matchLanguage } from './content/index.js';
import type { ColourController } from './shared/colour-controller.js';
import { definedTags } from './shared/define.js';
import { GuideElement, loadOverrides, RENDERED_WITH, renderInputs, serverInputs } from './shared/guide-element.js';
import { settingsBlockMarkup, settingsFrom, type PageSettings } from './shared/page-settings.js';
import { warn } from './shared/warn.js';

export type { PageSettings };

/** How the element's styles travel in its HTML. */
export type ServerStyles =
  /** A `<style>` inside each shadow root (the default). */
  | 'inline'
  /** A `<style nonce>`: for a page whose Content-Security-Policy allows inline style by nonce. */
  | { nonce: string }
  /**
   * `<link rel="stylesheet">` to `<folder><tag>.css` (the package's `dist/cdn/shadow/`, served from your
   * site): for a page whose policy allows style from its own site only (`style-src 'self'`). The
   * colours of a brand colour or theme in the settings then wait for the script.
   */
  | { stylesheets: string };

export interface RenderElementOptions {
  /** Language of the text, e.g. `es` (default English). Written on the element as `lang`. */
  lang?: string;
  /** The element's attributes, e.g. `{ 'heading-level': 3, show: 'common serious' }`. */
  attributes?: Readonly<Record<string, string | number | boolean>>;
  /** The page settings, as in a `<script type="application/json" data-ubs-settings>` block. */
  settings?: Readonly<Record<string, unknown>>;
  /** How styles are written (default inline). */
  styles?: ServerStyles;
}

/** Attribute names a server writes: letters, digits and dashes (no `on…` handlers, no quotes). */
const ATTRIBUTE_NAME = /^(?!on)[a-z][a-z0-9-]*$/;

/** The elements of this library a server renders, by tag (every element but `<ubs-settings>`). */
export function elementTags(): string[] {
  return [...definedTags].filter((tag) => customElements.get(tag)?.prototype instanceof GuideElement).sort();
}

/** The CSS of an element's shadow root: its styles, then the colours the server knows (theme, brand colour). */
function shadowCss(element: LitElement): string {
  const colours = (element as unknown as { colours: ColourController }).colours.serverRules();
  const css = (element.constructor as typeof LitElement).elementStyles.map((style) => String((style as { cssText?: string }).cssText ?? ''));
  return [...css, colours].join('\n');
}

/** What the renderer writes for each shadow root: the styles as asked, and the element's colours. */
function rendererWith(styles: ServerStyles) {
  return class GuideElementRenderer extends LitElementRenderer {
    override connectedCallback() {
      super.connectedCallback();
      // What the browser checks before it takes this HTML over (see GuideElement's update).
      this.element.setAttribute(RENDERED_WITH, renderInputs(serverInputs.language, serverInputs.settings));
    }

    override renderShadow(renderInfo: RenderInfo) {
      const element = this.element as LitElement;
      const template = () => renderValue((element as unknown as { render(): unknown }).render(), renderInfo);
      if (typeof styles === 'object' && 'stylesheets' in styles) {
        return [`<link rel="stylesheet" href="${escapeHtml(styles.stylesheets + element.localName)}.css">`, template];
      }
      const nonce = typeof styles === 'object' && 'nonce' in styles ? ` nonce="${escapeHtml(styles.nonce)}"` : '';
      return [`<style${nonce}>${shadowCss(element)}</style>`, template];
    }
  };
}

/**
 * The HTML of one element with its text inside, as it renders for `options` (language, attributes,
 * page settings). Bad attribute values are treated as the element treats them in a browser: one
 * warning and the default. An unknown tag throws: it is a mistake in the calling code, not the page.
 */
export async function renderElement(tag: string, options: RenderElementOptions = {}): Promise<string> {
  if (!elementTags().includes(tag)) throw new TypeError(`renderElement: "${tag}" is not one of this library's elements (${elementTags().join(', ')}).`);
  const language = options.lang === undefined ? defaultLanguage : (matchLanguage(String(options.lang)) ?? defaultLanguage);
  if (options.lang !== undefined && language !== matchLanguage(String(options.lang))) {
    warn(`renderElement: no text in lang="${String(options.lang)}"; using English.`);
  }
  const settings = options.settings === undefined ? {} : settingsFrom(options.settings, 'renderElement settings');
  // Everything a browser would load on demand, loaded before the render (which cannot wait).
  await Promise.all([loadLanguage(language), loadBibliography(), settings.content === undefined ? undefined : loadOverrides()]);

  const attributes: string[] = [];
  if (options.lang !== undefined) attributes.push(`lang="${escapeHtml(String(options.lang))}"`);
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    if (!ATTRIBUTE_NAME.test(name) || name === 'lang') {
      warn(`renderElement: the attribute name "${name}" is left out${name === 'lang' ? ' (give the language as `lang`)' : ''}.`);
    } else if (value === true) attributes.push(name);
    else if (value !== false) attributes.push(`${name}="${escapeHtml(String(value))}"`);
  }
  // A template made of one static string: the tag and the attributes, escaped above.
  const markup = `<${tag}${attributes.map((attribute) => ` ${attribute}`).join('')}></${tag}>`;
  const strings = Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray;

  serverInputs.language = language;
  serverInputs.settings = settings;
  try {
    const result = render(html(strings), { elementRenderers: [rendererWith(options.styles ?? 'inline')] });
    // Not hydratable from outside: the page never takes over a template of ours around the element.
    return stripOuterPart(collectResultSync(result));
  } finally {
    serverInputs.language = defaultLanguage;
    serverInputs.settings = {};
  }
}

/** Removes the markers of the one-string template around the element (`<!--lit-part …-->…<!--/lit-part-->`). */
function stripOuterPart(markup: string): string {
  return markup.replace(/^<!--lit-part [^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
}

/**
 * The styles of one element's shadow root, with the default colours: the file the `stylesheets`
 * option links to (the build writes them to `dist/cdn/shadow/<tag>.css`).
 */
export function renderStylesheet(tag: string): string {
  if (!elementTags().includes(tag)) throw new TypeError(`renderStylesheet: "${tag}" is not one of this library's elements (${elementTags().join(', ')}).`);
  return shadowCss(new (customElements.get(tag)!)() as LitElement);
}

/**
 * The page settings as a `<script type="application/json" data-ubs-settings>` block, for the page
 * that shows server-rendered elements: they read the same settings in the browser. Safe inside HTML
 * (no value can close the script).
 */
export function renderSettings(settings: Readonly<Record<string, unknown>>): string {
  return settingsBlockMarkup(settingsFrom(settings, 'renderSettings settings'));
}

