import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { contrastRatio, parseColor, readableOn, toCss, type Rgb } from './contrast.js';
import { fromPage } from './dom.js';
import type { PageSettings } from './page-settings.js';
import { THEMES, themeOf, type Theme } from './setting-rules.js';
import { cut, invalidAttribute, warnOnce, warnPage } from './warn.js';

const DEFAULT_ACCENT: Rgb = [11, 95, 122];
const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];
const DEFAULT_WARNING: Rgb = [179, 38, 30];
/** The red for error text and urgent edges on a dark background (8:1 on the dark palette's surface). */
const LIGHT_WARNING: Rgb = [255, 180, 171];
/**
 * What a page that no element paints is, when its colour scheme is dark: the browser's dark canvas
 * (Chromium's #121212; Firefox's #1c1b22 is as dark for contrast).
 */
const DARK_CANVAS: Rgb = [18, 18, 18];

/** Colours the element paints itself with when a theme is fixed. */
const PALETTES = {
  light: { text: [27, 39, 51], surface: WHITE },
  dark: { text: [230, 237, 243], surface: [16, 25, 31] },
} as const satisfies Record<string, { text: Rgb; surface: Rgb }>;

/**
 * One list for the page (each `matchMedia` call makes a new one). GuideElement listens to it once for
 * every element, and renders them again when the system's colour scheme changes.
 */
let darkQuery: MediaQueryList | undefined;
export const darkSystem = (): MediaQueryList => (darkQuery ??= matchMedia('(prefers-color-scheme: dark)'));

/** How many style sheets of computed colours are kept: a theme customiser may try a thousand accents. */
const SHEETS_KEPT = 20;

/**
 * Style sheets of computed colours, shared by every element that computes the same ones. Emptied
 * when full (simpler than least-recently-used, and pages use a handful). Exported for tests.
 */
export const colourSheets = new Map<string, CSSStyleSheet>();

/**
 * Elements whose colours are due, worked out together in one microtask after the elements that
 * updated with them: reading a computed style makes the browser bring the page's style up to date,
 * so reading for all of them before writing for any costs one style pass, not one per element
 * (a hundred `<risk-list>` once forced a hundred). Still before the next paint, so the first paint
 * has the right colours.
 */
const due = new Set<ColourController>();
let batch: Promise<void> | undefined;

function colourDueElements(): void {
  batch = undefined;
  const controllers = [...due];
  due.clear();
  // Ancestors' backgrounds are shared by siblings: read each once per batch.
  const backgrounds = new Map<Element, Rgb | undefined>();
  const rules = controllers.map((controller) => controller.read(backgrounds));
  controllers.forEach((controller, index) => controller.adopt(rules[index]!));
}

/**
 * Connected controllers, coloured again when the page changes its own colours: a page's dark-mode switch
 * sets a class or style on `<html>` or `<body>` (one observer for the page, however many elements).
 */
const connected = new Set<ColourController>();
let pageObserver: MutationObserver | undefined;

function recolourAll(): void {
  connected.forEach((controller) => due.add(controller));
  batch ??= Promise.resolve().then(colourDueElements);
}

/** The element the controller serves. */
type ColourHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What the controller reads from its element at each render. */
export interface ColourInputs {
  /** The element's own `theme` attribute, if any. */
  theme(): string | undefined;
  /** The page's settings (brand colour, theme). */
  settings(): PageSettings;
}

/**
 * Keeps an element readable whatever the brand colour and colour scheme. After each render it works
 * out the text colour on the accent (black or white, whichever contrasts more), the focus ring (the
 * accent when it stands out 3:1 from the background, else the text colour) and, for a fixed or dark
 * theme, the element's own text and surface colours; then adopts a style sheet with them. Style
 * sheets, not style attributes, so strict Content-Security-Policy pages work.
 */
export class ColourController implements ReactiveController {
  #sheet?: CSSStyleSheet;

  readonly #host: ColourHost;
  readonly #inputs: ColourInputs;

  constructor(host: ColourHost, inputs: ColourInputs) {
    this.#host = host;
    this.#inputs = inputs;
    host.addController(this);
  }

  /** Settles once the colours of the last render are applied (a microtask after it, see `due`). */
  get settled(): Promise<void> {
    return (due.has(this) && batch) || Promise.resolve();
  }

  hostConnected(): void {
    connected.add(this);
    if (pageObserver) return;
    pageObserver = new MutationObserver(recolourAll);
    // Read through the prototype: <img name="body"> would stand for document.body.
    for (const node of [fromPage('documentElement'), fromPage('body')]) if (node) pageObserver.observe(node, { attributes: true });
  }

  hostDisconnected(): void {
    due.delete(this);
    connected.delete(this);
    if (connected.size > 0) return;
    pageObserver?.disconnect();
    pageObserver = undefined;
  }

  hostUpdated(): void {
    // On the first render, what the library knows without asking the browser (theme, page settings; no
    // page CSS), adopted before the page's style is first computed. The batch then reads the page's CSS
    // and changes the sheet only where that differs, so a page without brand CSS pays no second style
    // pass. Later renders keep the sheet the last batch chose until the next batch (before the paint).
    if (!this.#sheet) this.adopt(this.#rules());
    due.add(this);
    batch ??= Promise.resolve().then(colourDueElements);
  }

  /** The colour rules for this element, from its computed style; reads only, so a batch costs one style pass. */
  read(backgrounds: Map<Element, Rgb | undefined>): string {
    return this.#rules(getComputedStyle(this.#host), backgrounds);
  }

  /**
   * The colour rules for this element. Without `style` (the element's computed style) it assumes no
   * brand colour in the page's CSS, the page's text black and its background white.
   */
  #rules(style?: CSSStyleDeclaration, backgrounds = new Map<Element, Rgb | undefined>()): string {
    const theme = this.#theme();
    const palette = theme === 'auto' ? undefined : theme;
    const settingsAccent = this.#settingsAccent();
    const accent =
      parseColor(style?.getPropertyValue('--ubs-accent') ?? '') ??
      settingsAccent ??
      parseColor(style?.getPropertyValue('--wp--preset--color--primary') ?? '') ??
      DEFAULT_ACCENT;
    const text = parseColor(style?.color ?? '');
    const background = style ? (pageBackground(this.#host, backgrounds) ?? canvas(this.#host, text)) : undefined;
    const warning = parseColor(style?.getPropertyValue('--ubs-warning') ?? '') ?? DEFAULT_WARNING;
    return colourRules(palette, accent, settingsAccent, text, background, warning);
  }

  /**
   * The colour rules a server writes into an element's HTML, from what it knows: the theme and the
   * page settings' brand colour (not the page's CSS: `auto` assumes a light page until the browser,
   * once the script runs, reads the page and replaces them with its own).
   */
  serverRules(): string {
    const theme = this.#theme();
    const settingsAccent = this.#settingsAccent();
    return colourRules(theme === 'auto' ? undefined : theme, settingsAccent ?? DEFAULT_ACCENT, settingsAccent);
  }

  /** Adopts the shared style sheet for `rules` in place of the element's previous one. */
  adopt(rules: string): void {
    const root = this.#host.renderRoot as ShadowRoot;
    const adopted = root.adoptedStyleSheets;
    // A forced shadow DOM polyfill (ShadyDOM) has no adopted style sheets: keep the page's colours.
    if (!adopted) return warnPage('no adoptedStyleSheets (a polyfill?): theme colours left out.');
    let sheet = colourSheets.get(rules);
    if (!sheet) {
      if (colourSheets.size >= SHEETS_KEPT) colourSheets.clear();
      sheet = new CSSStyleSheet();
      sheet.replaceSync(rules);
      colourSheets.set(rules, sheet);
    }
    if (sheet === this.#sheet) return;
    root.adoptedStyleSheets = [...adopted.filter((sheet) => sheet !== this.#sheet), sheet];
    this.#sheet = sheet;
  }

  /** The theme asked for by the element's attribute, else the page settings, else `auto`. */
  #theme(): Theme {
    const own = this.#inputs.theme();
    const asked = own ?? this.#inputs.settings().theme;
    if (asked === undefined) return 'auto';
    const theme = themeOf(asked);
    if (theme) return theme;
    const expected = `one of ${THEMES.join(', ')}`;
    if (own === undefined) {
      warnPage(`the page settings theme "${cut(asked)}" is not valid (expected ${expected}); using auto.`);
    } else {
      // Once per value of the attribute, not at every render.
      warnOnce(this.#host, `theme ${asked}`, invalidAttribute(this.#host, 'theme', asked, expected, 'auto'));
    }
    return 'auto';
  }

  /** The page settings' brand colour, when it is a valid CSS colour. */
  #settingsAccent(): Rgb | undefined {
    const accent = this.#inputs.settings().accent;
    if (accent === undefined) return undefined;
    const rgb = parseColor(accent);
    if (!rgb) warnPage(`the page settings accent "${cut(accent)}" is not a fixed CSS colour; using the default.`);
    return rgb;
  }
}

/**
 * The colour rules for an element: the text colour on the accent, the focus ring (the accent when it
 * stands out 3:1 from the background, else the text colour) and, for a fixed palette, the element's
 * own text and surface. Without the page's `text` and `background`, black on white.
 */
function colourRules(
  palette: keyof typeof PALETTES | undefined,
  accent: Rgb,
  settingsAccent?: Rgb,
  pageText?: Rgb,
  pageBackground?: Rgb,
  warning = DEFAULT_WARNING,
): string {
  const paint = palette && PALETTES[palette];
  const text = paint?.text ?? pageText ?? BLACK;
  const background = paint?.surface ?? pageBackground ?? WHITE;
  const focus = contrastRatio(accent, background) >= 3 ? accent : text;
  // Error text needs 4.5:1 on the background; the dark red has 2.7:1 on a dark one.
  const warningText = contrastRatio(warning, background) >= 4.5 ? warning : LIGHT_WARNING;
  const tokens =
    (settingsAccent ? `--_settings-accent: ${toCss(settingsAccent)}; ` : '') +
    `--_computed-on-accent: ${toCss(readableOn(accent))}; --_computed-focus: ${toCss(focus)}; --_computed-warning-text: ${toCss(warningText)}; --_computed-on-warning: ${toCss(readableOn(warning))};`;
  // Form controls and scroll bars drawn for a dark page too, where `auto` finds one.
  const own = paint
    ? `:host { color-scheme: ${palette}; color: ${toCss(paint.text)}; background: ${toCss(paint.surface)}; padding: var(--_space); border-radius: var(--_radius); }`
    : isDark(background)
      ? ':host { color-scheme: dark; }'
      : '';
  return `:host { ${tokens} }\n${own}`;
}

/** Whether black text reads better on `colour` than white: a light colour. */
const isLight = (colour: Rgb): boolean => contrastRatio(colour, BLACK) >= contrastRatio(colour, WHITE);
const isDark = (colour: Rgb): boolean => !isLight(colour);

/**
 * The first opaque background behind `element` (crossing shadow roots), if any element paints one.
 * Every ancestor passed on the way is remembered in `known` with the answer, for its other descendants.
 */
function pageBackground(element: Element, known: Map<Element, Rgb | undefined>): Rgb | undefined {
  const passed: Element[] = [];
  let colour: Rgb | undefined;
  for (let node = parentOf(element); node && !colour; node = parentOf(node)) {
    colour = known.has(node) ? known.get(node) : parseColor(getComputedStyle(node).backgroundColor);
    passed.push(node);
    if (known.has(node)) break;
  }
  for (const node of passed) known.set(node, colour);
  return colour;
}

/**
 * The browser's canvas, where no element paints a background: dark when the page's colour scheme
 * makes it so (`color-scheme: dark`, or `light dark` on a dark system), or when the page's text is
 * light, which is how a `<meta name="color-scheme">` or a dark image behind the page shows; else white.
 * Not the reader's system alone: a white clinic page stays white.
 */
function canvas(element: Element, text: Rgb | undefined): Rgb {
  // The page's scheme, read above the element: the element sets its own once it finds a dark page.
  const parent = parentOf(element);
  const schemes = parent ? getComputedStyle(parent).colorScheme.split(/\s+/) : [];
  const darkScheme = schemes.includes('dark') && (!schemes.includes('light') || darkSystem().matches);
  return darkScheme || (text && isLight(text)) ? DARK_CANVAS : WHITE;
}

const parentOf = (node: Element): Element | null => node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
