import { hydrate } from '@lit-labs/ssr-client';
import { adoptStyles, html, isServer, LitElement, ReactiveElement, render, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { contentFor, defaultLanguage, english, loadLanguage, LOAD_TIMEOUT_MS, matchLanguage } from './i18n/languages.js';
import { checkPropertyTypes } from './attributes.js';
import { CONTENT_PARTS } from './i18n/english.js';
import { bibliographyAfterPaint, bibliographySettled, loadBibliography, loadedBibliography } from './i18n/bibliography.js';
import type { GuideContent } from '../content/types.js';
import type { applyClinicText as ApplyClinicText } from './content-overrides.js';
import { ColourController, darkSystem } from './colour-controller.js';
import type { Theme } from './setting-rules.js';
import { DetailsController } from './details-controller.js';
import { emit } from './events.js';
import { freeze, ownPart } from './freeze.js';
import { References } from './references.js';
import { renderFooter } from './render.js';
// Re-exported so every element's declarations bring the `ubs-*` event types into the page's event maps
// (`HTMLElementEventMap`, `DocumentEventMap`), whichever entry a site imports.
export type { UbsEventMap } from './events.js';
import { afterPaint, fromPage } from './dom.js';
import { MAX_HEADING_LEVEL, MIN_HEADING_LEVEL, type HeadingLevel } from './heading.js';
import { resolveLanguage, watchLanguage } from './language.js';
import { CLINIC_ATTRIBUTES, currentPageSettings, SETTINGS_CHANGE_EVENT, settingsAreFinal, type PageSettings } from './page-settings.js';
import { baseStyles } from './styles.js';
import { VERSION } from './version.js';
import { invalidAttribute, thePage, warn, warnOnce, warnPage } from './warn.js';

/** Written where it is used as `2`, so the manifest and Storybook's API tables show the number. */
const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

/** Loads that already took longer than LOAD_TIMEOUT_MS: no element waits for them again. */
const late = new WeakSet<Promise<unknown>>();

/**
 * What the timer in a wait for files resolves to: a primitive. An object (as it once was) has a `then`
 * as soon as a page script sets `Object.prototype.then`, and a promise resolved with it never settles:
 * the race was never decided and every element stayed blank.
 */
const TIMED_OUT = Symbol('timed out');

/**
 * The text-change engine, loaded the first time an element on the page has changes to apply: most
 * pages have none, and do not download it (a chunk next to the script-tag bundles).
 */
let applyClinicText: typeof ApplyClinicText | undefined;
let overridesLoading: Promise<void> | undefined;
/** Loaded, or failed to load (then changes are left out): either way, nothing more to wait for. */
let overridesSettled = false;

export function loadOverrides(): Promise<void> {
  return (overridesLoading ??= import('./content-overrides.js')
    .then((module: Partial<typeof import('./content-overrides.js')>) => {
      // An empty file (a failed upload) loads as a module with nothing in it.
      if (!module.applyClinicText) throw new Error('empty file');
      applyClinicText = module.applyClinicText;
    })
    .catch((error: unknown) => {
      warn(`the clinic's text changes could not be loaded (${String(error)}); showing the guide's own text.`);
    })
    .finally(() => {
      overridesSettled = true;
    }));
}

/**
 * What the server renderer (`server.ts`) gives the elements while it renders, as there is no page to
 * read the language and page settings from. Read only on a server (`isServer`).
 */
export const serverInputs: { language: string; settings: PageSettings } = { language: defaultLanguage, settings: {} };

/** Written by the server renderer on each element: a digest of the language and settings it rendered with. */
export const RENDERED_WITH = 'data-ubs-rendered';

/**
 * A short digest (FNV-1a) of what an element renders from besides its attributes: the language and the
 * page settings. The browser takes server-rendered HTML over only when its own digest is the same.
 */
export function renderInputs(language: string, settings: PageSettings): string {
  const text = language + JSON.stringify(Object.entries(settings).sort());
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return (hash >>> 0).toString(36);
}

/** Whether a server-rendered shadow root still holds the marker of its root part, `<!--lit-part …-->`, where the server wrote it. */
const hasRootMarker = (root: ShadowRoot): boolean =>
  [...root.childNodes].some((node) => node.nodeType === Node.COMMENT_NODE && (node as Comment).data.startsWith('lit-part'));

/** Set by the server renderer on an element inside another's shadow root: it waits until its host has taken over. */
export const DEFER_HYDRATION = 'defer-hydration';

/**
 * Whether an element's first render may go ahead without waiting for a frame: on a server; and when
 * the library runs while the page is still being parsed (a plain `<script>` in `<head>`), which has
 * held the page's first paint back already, so its elements render as the page is parsed and nothing
 * moves. A deferred or module script (the snippets, issue 30) runs once the page is parsed: its
 * elements wait for the page's first frame, so the clinic's own text paints first.
 */
let pageFramePassed = isServer || fromPage('readyState') === 'loading';
/** Resolves after the first frame the page paints once the library has loaded (at once in a hidden tab). */
const pageFrame: Promise<void> = isServer ? Promise.resolve() : afterPaint().then(() => void (pageFramePassed = true));

/**
 * The connected elements, rendered again when the page changes what they show: a `lang` attribute,
 * the page settings, or the system's colour scheme. One set of listeners for the page, however many
 * elements (a listener per element would also be a closure per element).
 */
const connected = new Set<GuideElement>();
const renderAll = () => connected.forEach((element) => element.requestUpdate());
let stopWatching: (() => void) | undefined;

function watchPage(element: GuideElement): void {
  connected.add(element);
  if (stopWatching) return;
  const stopLanguage = watchLanguage(renderAll);
  fromPage('addEventListener').call(document, SETTINGS_CHANGE_EVENT, renderAll);
  darkSystem().addEventListener('change', renderAll);
  stopWatching = () => {
    stopLanguage();
    fromPage('removeEventListener').call(document, SETTINGS_CHANGE_EVENT, renderAll);
    darkSystem().removeEventListener('change', renderAll);
  };
}

function unwatchPage(element: GuideElement): void {
  connected.delete(element);
  if (connected.size > 0) return;
  stopWatching?.();
  stopWatching = undefined;
}

/**
 * The last render of each element class and what it was rendered from (see `GuideElement.sharedRender`).
 * One per class: copies of an element are usually rendered one after another.
 */
const lastRenders = new WeakMap<object, { inputs: unknown[]; result: TemplateResult }>();

/**
 * What every element of the guide shares: its heading level, the language it renders in, the
 * page's settings and text changes, and how it answers bad input (one warning, then a sensible
 * default; never a throw).
 *
 * Subclasses render from `this.content` (the guide's text with the clinic's changes applied) and
 * `this.settings`, and use `this.level` for their title and `this.level + 1` for sub-headings.
 *
 * @slot note - A clinic's own note, shown at the end.
 *
 * @csspart base - Wrapper of everything the element shows.
 * @csspart heading - The element's title.
 *
 * @cssprop [--ubs-accent=#0b5f7a] - The clinic's brand colour: highlights, lines and the focus ring. Text on it turns black or white, whichever reads better. Falls back to the page settings' accent, then a WordPress theme's `--wp--preset--color--primary`.
 * @cssprop [--ubs-text=inherit] - Text colour (the page's by default).
 * @cssprop [--ubs-surface=color-mix(in srgb, currentColor 4%, transparent)] - Background of boxes and header cells.
 * @cssprop [--ubs-border=color-mix(in srgb, currentColor 30%, transparent)] - Borders of boxes, tables and cards.
 * @cssprop [--ubs-warning=#b3261e] - Band of the urgent and emergency care cards (its text turns black or white, whichever reads better); as text and edges on a dark page, a light red.
 * @cssprop [--ubs-radius=0.5rem] - Corner radius.
 * @cssprop [--ubs-space=1rem] - Space between blocks.
 * @cssprop [--ubs-font=inherit] - Font family (the page's by default).
 *
 * @fires ubs-override-rejected - Part of a content override was invalid and left out. `detail.paths` lists where (e.g. `risks.items[2].name`).
 */
export abstract class GuideElement extends LitElement {
  /** The library version that defined this class; named when a second copy is loaded. */
  static readonly version = VERSION;

  static override styles = [baseStyles];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, DEFER_HYDRATION];
  }

  static override properties: PropertyDeclarations = {
    // Whole numbers only: Number() would read "0x3" or "3e0" as 3.
    headingLevel: { attribute: 'heading-level', type: Number, converter: (value) => (value && /[^\d\s]/.test(value) ? NaN : value && +value) },
    overrides: { attribute: false },
    theme: {},
  };

  /**
   * Level of the element's heading, 2 to 6, so it fits the page's outline; sub-headings use the
   * next level. Anything else warns and uses 2.
   */
  headingLevel: number = 2;

  /**
   * Text changes for this element only, by language: `{ en: { risks: { title: 'Before you decide' } } }`.
   * Applied over the page's changes (`content` in the page settings). Invalid parts are left out with one
   * warning and an `ubs-override-rejected` event; the rest applies. Always shown as text, never as HTML.
   */
  overrides?: Record<string, unknown>;

  /**
   * Colour scheme: `auto` (default) keeps the page's colours and follows the page: on a dark page (a dark
   * background, `color-scheme: dark`, or light text) its reds and focus ring turn light, and it follows a
   * page's own dark-mode switch on `<html>` or `<body>`; a white page stays white whatever the reader's
   * system. `light` or `dark` paint the element's own light or dark box. Page settings may set it for every element; this attribute wins,
   * except where the page has settings in `<head>`, which are final (it is then ignored, with one warning).
   * Anything else warns and uses `auto`.
   */
  theme?: Theme;

  /**
   * The page's settings (contacts, reviewer, brand colour…). An element's own clinic attribute wins over
   * them, except where they are final (settings in `<head>`): read it with {@link ownClinicValue}.
   */
  protected settings: PageSettings = {};

  /** This render's settings are final (settings in `<head>`): the element's own clinic values are ignored. */
  #settingsFinal = false;

  /** The heading level actually used, after validation. */
  protected level: HeadingLevel = DEFAULT_HEADING_LEVEL;

  /** The content in the language resolved for this element. */
  protected content: GuideContent = english;

  /** The language of this update, resolved (once) before it, when the element decides what to wait for. */
  #language = defaultLanguage;

  /** Readable colours whatever the brand colour and scheme. */
  protected readonly colours = new ColourController(this, { theme: () => this.ownClinicValue('theme'), settings: () => this.settings });

  /** Opens every `<details>` for printing (and with `expanded`); reports a reader's toggles as `ubs-toggle`. */
  protected readonly details = new DetailsController(this);

  /**
   * The element arrived with its text already inside, rendered on a server (a declarative shadow
   * root): its first render takes that DOM over (hydration) instead of building it again, so the
   * reader sees no change. True until that first render.
   */
  #serverRendered = !isServer && this.shadowRoot !== null;

  override connectedCallback(): void {
    // Inside another element's server-rendered shadow root: that element removes the attribute once it
    // has taken its own DOM over, and this one follows. (Only then: on an element a page wrote by hand,
    // the attribute would stop it rendering at all.)
    if (this.#serverRendered && this.hasAttribute(DEFER_HYDRATION)) return;
    super.connectedCallback();
    watchPage(this);
    // What React writes for an object when the element was not yet defined at its first render: text
    // changes that would otherwise be lost without a word.
    if (this.hasAttribute('overrides')) warnOnce(this, 'overrides', `<${this.localName}> ignores its overrides attribute: text changes are a property (in React, define the elements before the first render).`);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name !== DEFER_HYDRATION) return super.attributeChangedCallback(name, old, value);
    if (value === null && this.isConnected && this.#serverRendered) this.connectedCallback();
  }

  /** A server-rendered element keeps its shadow root; its styles are adopted as a client-rendered one's are. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!this.#serverRendered) return super.createRenderRoot();
    const root = this.shadowRoot!;
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    return root;
  }

  /**
   * The first render of a server-rendered element hydrates its DOM: Lit attaches to the nodes there.
   * HTML that does not match what this page would render (other settings, another version of the
   * library) cannot be taken over: it is replaced by a fresh render, with one warning.
   */
  protected override update(changed: PropertyValues<this>): void {
    if (!this.#serverRendered) return super.update(changed);
    this.#serverRendered = false;
    const value = this.render();
    this.renderOptions.isConnected = this.isConnected;
    // ReactiveElement's update reflects attributes; LitElement's would render a second copy of the text.
    ReactiveElement.prototype['update'].call(this, changed);
    const root = this.renderRoot as ShadowRoot;
    // The server's styles (inline or linked) are adopted already; leaving them would apply them twice.
    for (const node of [...root.children]) if (node.localName === 'style' || node.localName === 'link') node.remove();
    try {
      if (this.getAttribute(RENDERED_WITH) !== renderInputs(this.#language, this.settings)) throw 'it was rendered for another language or other page settings';
      // Without the server's markers, hydrate() attaches to nothing and the next render would add a
      // second copy of the text after the first: HTML whose comments an HTML minifier or a CMS filter
      // removed, or a shadow root written by hand with a copied digest.
      if (!hasRootMarker(root)) throw 'its <!--lit-part--> markers were stripped (an HTML minifier, a CMS filter?)';
      hydrate(value, root, this.renderOptions);
    } catch (error) {
      warnPage(`<${this.localName}>'s server-rendered HTML does not match this page (${String(error)}); it is rendered again.`);
      root.replaceChildren();
      render(value, root, this.renderOptions);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchPage(this);
  }

  /**
   * Waits for the content of the page's language before rendering, so a Spanish page never flashes
   * English, and for the text-change engine when the clinic changes the text. Both load once per
   * page, the first time an element needs them.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // The page's own first frame comes before an element's first render (issue 30): a deferred script
    // that arrives at once (cached, or a fast network) would otherwise render before the clinic's page
    // had painted anything, and hold its first paint back by the render's time (see pageFramePassed).
    if (!this.hasUpdated && !pageFramePassed) return pageFrame.then(() => this.scheduleUpdate());
    if (!this.#serverRendered || this.hasUpdated) return this.#updateAfterLoads(3);
    // Server-rendered, the text is on screen already: let the browser paint it first, then take each
    // element over in a task of its own, so a page of many elements is never one long task.
    return afterPaint().then(() => this.#updateAfterLoads(3));
  }

  /**
   * Waits at most LOAD_TIMEOUT_MS, then renders anyway with one warning, and again once the files
   * arrive. After a wait it looks again (the page's language or settings may have changed), at most
   * `rounds` times, so nothing a loader does can keep the element, or the page, waiting in a loop.
   */
  #updateAfterLoads(rounds: number): void | Promise<unknown> {
    const language = (this.#language = resolveLanguage(this));
    this.settings = currentPageSettings();
    const waits: Promise<unknown>[] = [];
    if (!contentFor(language)) waits.push(loadLanguage(language));
    // The server rendered the lists of sources: the render that takes its DOM over needs them too.
    if (this.#serverRendered && !bibliographySettled()) waits.push(loadBibliography());
    if (!overridesSettled && (this.overrides !== undefined || this.settings.content !== undefined)) waits.push(loadOverrides());
    const pending = waits.filter((load) => !late.has(load));
    if (pending.length === 0 || rounds === 0) return super.scheduleUpdate();
    const loads = Promise.all(pending);
    // The timer may fire after the loads are in: it then resolves a race already decided, harmlessly.
    const timeout = new Promise((resolve) => setTimeout(resolve, LOAD_TIMEOUT_MS, TIMED_OUT));
    return Promise.race([loads, timeout]).then((result) => {
      if (result !== TIMED_OUT) return this.#updateAfterLoads(rounds - 1);
      pending.forEach((load) => late.add(load));
      warnPage(`a file took over ${LOAD_TIMEOUT_MS / 1000} s to load; showing English or the unchanged text meanwhile.`);
      void loads.then(() => this.requestUpdate());
      return super.scheduleUpdate();
    });
  }

  /** Also waits for the render's colours, which are worked out for all elements together (ColourController). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this.colours.settled;
    return complete;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The lists of sources fill in once the bibliography has loaded; the text never waits for it.
    if (!bibliographySettled()) void bibliographyAfterPaint().then(() => this.requestUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    checkPropertyTypes(this, changed);
    if (changed.has('headingLevel')) this.level = this.#validHeadingLevel();
    if (isServer) {
      this.#language = serverInputs.language;
      this.settings = serverInputs.settings;
    }
    this.#settingsFinal = settingsAreFinal(this.settings);
    if (this.#settingsFinal) this.#warnIgnoredClinicValues();
    const language = this.#language;
    const content = contentFor(language) ?? english;
    // Without the engine there is nothing to apply: no changes on the page, or it failed to load (warned).
    this.content = applyClinicText ? applyClinicText(this, content, language, [this.settings.content, this.overrides], { matchLanguage, warn, emit, parts: CONTENT_PARTS, page: thePage() }) : content;
  }

  /**
   * The frozen template (`freeze`) of an element whose only live part is its footer's list of sources:
   * `<div part="base">` in the content's language, the element's text (`body`, given this render's
   * `References`), then the footer. The text is a part of its own, placed before that list. Why: Lit
   * sets up each copy of an element by walking the copied nodes up to the template's last live part, and
   * every node it passes gets a JS wrapper. With the list at the end, that walk covered the whole
   * element; now it stops after a few nodes. Measured on 10 `<risk-list>` at 4x CPU with the cache off:
   * 8 % less time, and 4.5 → 2.8 KB of JS heap per further copy.
   */
  protected renderText(body: (refs: References) => TemplateResult): TemplateResult {
    const refs = new References(this.content, this.settings);
    // The text before the footer: the footer's list shows the sources the text cited.
    const text = body(refs);
    return freeze(html`<div part="base" lang=${this.content.lang}>${ownPart(text)} ${renderFooter(this.content, refs)}</div>`);
  }

  /**
   * `render()` for an element whose render reads nothing but its reactive properties (and what
   * `willUpdate` works out from them), `content`, `settings`, `level` and the bibliography: a copy
   * with the same inputs as the last one of its class rendered gets that render's result, unchanged.
   * Lit treats a template result as a description, so one can be rendered into many elements.
   * Ten copies of `<risk-list>` on a page each spent about a millisecond at 4x CPU building the same
   * text. Within one task only, in effect: the page settings are read afresh in each task (see
   * `currentPageSettings`), and a new settings object is a new input. Not for an element whose render
   * holds something of its own: an id, an event listener that calls back into it, state a reader changes.
   */
  protected sharedRender(render: () => TemplateResult): TemplateResult {
    const properties = [...(this.constructor as typeof ReactiveElement).elementProperties.keys()];
    const inputs = [this.content, this.settings, this.level, loadedBibliography(), ...properties.map((name) => this[name as keyof this])];
    const last = lastRenders.get(this.constructor);
    if (last && last.inputs.length === inputs.length && last.inputs.every((input, index) => Object.is(input, inputs[index]))) return last.result;
    const result = render();
    lastRenders.set(this.constructor, { inputs, result });
    return result;
  }

  /**
   * The element's own value of a clinic attribute (CLINIC_ATTRIBUTES: `phone`, `reviewed-by`, `theme`…),
   * as attribute or property; `undefined` where the page's settings are final (settings in `<head>`,
   * see `settingsAreFinal`): then the clinic's word holds, whatever an author wrote on the element.
   */
  protected ownClinicValue<K extends keyof this>(name: K): this[K] | undefined {
    return this.#settingsFinal ? undefined : this[name];
  }

  /** One warning per page for each element's own clinic values that final settings leave unused. */
  #warnIgnoredClinicValues(): void {
    const ignored: string[] = [];
    for (const [name, { attribute }] of (this.constructor as typeof ReactiveElement).elementProperties) {
      const attributeName = typeof attribute === 'string' ? attribute : String(name).toLowerCase();
      if (Object.hasOwn(CLINIC_ATTRIBUTES, attributeName) && this[name as keyof this] != null) ignored.push(attributeName);
    }
    if (ignored.length > 0) {
      warnPage(`<${this.localName}> ignores its own ${ignored.join(', ')}: the page has settings in <head>, which are final.`);
    }
  }

  #validHeadingLevel(): HeadingLevel {
    const level = this.headingLevel;
    // A removed attribute (null) or an unset property: the default, nothing to warn about.
    if (level == null) return DEFAULT_HEADING_LEVEL;
    if (Number.isInteger(level) && level >= MIN_HEADING_LEVEL && level <= MAX_HEADING_LEVEL) return level as HeadingLevel;
    warn(invalidAttribute(this, 'heading-level', this.getAttribute('heading-level') ?? level, `a whole number from ${MIN_HEADING_LEVEL} to ${MAX_HEADING_LEVEL}`, `${DEFAULT_HEADING_LEVEL}`));
    return DEFAULT_HEADING_LEVEL;
  }
}
