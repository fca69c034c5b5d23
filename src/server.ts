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
import { hideRepeatsInHtml } from './back-surgery-guide/define-once.js';
import { GUIDE_SECTIONS } from './back-surgery-guide/sections.js';
import { loadBibliography } from './shared/i18n/bibliography.js';
import { defaultLanguage, loadLanguage, matchLanguage } from './shared/i18n/languages.js';
import type { ColourController } from './shared/colour-controller.js';
import { isWebOrRelative } from './shared/contact.js';
import { definedTags } from './shared/define.js';
import { DEFER_HYDRATION, GuideElement, loadOverrides, RENDERED_WITH, renderInputs, serverInputs } from './shared/guide-element.js';
import { isObject } from './shared/json.js';
import { settingsBlockMarkup, settingsFrom, type PageSettings } from './shared/page-settings.js';
import { cut, startServerRender, warn } from './shared/warn.js';

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
   * colours of a brand colour or theme in the settings then wait for the script. The folder must be
   * an `http:`/`https:` address or a relative one; anything else warns and writes the styles inline.
   */
  | { stylesheets: string };

export interface RenderElementOptions {
  /** Language of the text, e.g. `es` (default English). Written on the element as `lang`. */
  lang?: string;
  /**
   * The element's attributes, e.g. `{ 'heading-level': 3, show: 'common serious' }`: its own, and `id`,
   * `class`, `dir`, `title`, `hidden`. Any other name is left out with a warning.
   */
  attributes?: Readonly<Record<string, string | number | boolean>>;
  /** The page settings, as in a `<script type="application/json" data-ubs-settings>` block. */
  settings?: Readonly<Record<string, unknown>>;
  /** How styles are written (default inline). */
  styles?: ServerStyles;
}

/**
 * Attributes every element takes besides its own (`observedAttributes`): ones a page styles or links
 * by. Nothing else: no `style`, no `on…` handler, no `slot` or `is`, nothing the browser reads when it
 * takes the HTML over (`defer-hydration`, `data-ubs-rendered`), no `shadowrootmode`.
 */
const COMMON_ATTRIBUTES = ['id', 'class', 'dir', 'title', 'hidden'];

/** The attributes `renderElement` writes on `tag`: its own and the common ones. */
function attributesOf(tag: string): Set<string> {
  const own = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
  return new Set([...own.filter((name) => name !== DEFER_HYDRATION), ...COMMON_ATTRIBUTES]);
}

/**
 * Settings from the calling code as the page's settings block will carry them: each entry as JSON
 * writes it, so the render and the block agree. An entry JSON cannot write (a cycle, a BigInt, a getter
 * or Proxy that throws, nesting deeper than the stack) is left out with one warning; never a throw.
 */
function settingsOf(value: unknown, where: string): PageSettings {
  const copy: Record<string, unknown> = Object.create(null);
  const unwritable: string[] = [];
  try {
    if (!isObject(value)) return settingsFrom(value, where);
    for (const key of Object.keys(value)) {
      try {
        const json = JSON.stringify(value[key]);
        if (json !== undefined) copy[key] = JSON.parse(json);
      } catch {
        unwritable.push(key);
      }
    }
  } catch {
    warn(`${where} could not be read (a getter or Proxy that throws); they are ignored.`);
    return {};
  }
  if (unwritable.length > 0) {
    warn(`${where}: ${unwritable.map((key) => cut(key, 40)).join(', ')} cannot be written as JSON (a cycle, a BigInt, a getter that throws, or nesting too deep); left out.`);
  }
  return settingsFrom(copy, where);
}

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
        // Checked by renderElement: an http(s) or relative address.
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
  const settings = options.settings === undefined ? {} : settingsOf(options.settings, 'renderElement settings');
  let styles = options.styles ?? 'inline';
  if (typeof styles === 'object' && 'stylesheets' in styles && !isWebOrRelative(styles.stylesheets)) {
    warn(`renderElement: styles.stylesheets "${cut(styles.stylesheets)}" is not an http: or https: address, nor a relative one; the styles are written inline.`);
    styles = 'inline';
  }
  // Everything a browser would load on demand, loaded before the render (which cannot wait).
  await Promise.all([loadLanguage(language), loadBibliography(), settings.content === undefined ? undefined : loadOverrides()]);

  const attributes: string[] = [];
  if (options.lang !== undefined) attributes.push(`lang="${escapeHtml(String(options.lang))}"`);
  const allowed = attributesOf(tag);
  const refused: string[] = [];
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    if (!allowed.has(name)) refused.push(cut(name, 60));
    else if (value === true) attributes.push(name);
    else if (value !== false) attributes.push(`${name}="${escapeHtml(String(value))}"`);
  }
  if (refused.length > 0) {
    const lang = refused.includes('lang') ? ' (give the language as `lang`)' : '';
    warn(`renderElement: <${tag}> does not take ${refused.map((name) => `"${name}"`).join(', ')}; left out${lang}.`);
  }
  // A template made of one static string: the tag and the attributes, escaped above.
  const markup = `<${tag}${attributes.map((attribute) => ` ${attribute}`).join('')}></${tag}>`;
  const strings = Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray;

  serverInputs.language = language;
  serverInputs.settings = settings;
  // Each render is a page of its own: its problems with the settings are reported once, in it.
  startServerRender();
  try {
    const result = render(html(strings), { elementRenderers: [rendererWith(styles)] });
    // Not hydratable from outside: the page never takes over a template of ours around the element.
    const markup = stripOuterPart(collectResultSync(result));
    // The guide shows each definition once; the browser hides the repeats too, and then nothing moves.
    return tag === 'back-surgery-guide' ? hideRepeatsInHtml(markup, GUIDE_SECTIONS) : markup;
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
 * that shows server-rendered elements: they read the same settings in the browser. Put it in the
 * page's `<head>`, where settings are the clinic's final word (see "Settings, once per page" in
 * docs/settings.md). Safe inside HTML (no value can close the script). Never throws: what is not
 * settings, or cannot be written as JSON, is left out with one warning.
 */
export function renderSettings(settings: Readonly<Record<string, unknown>>): string {
  return settingsBlockMarkup(settingsOf(settings, 'renderSettings settings'));
}

