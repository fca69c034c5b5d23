import { fromPage } from './dom.js';
import { isObject, parseJson } from './json.js';
import { warn, warnPage } from './warn.js';

/**
 * What a clinic sets once per page and every element uses. Where the page has settings in `<head>`,
 * they are final: nothing in the body (a settings source further down, an element's own clinic
 * attributes) may set or add a value (see {@link readPageSettings}, {@link settingsAreFinal}).
 * Otherwise an attribute on one element wins over these, and among several settings blocks and
 * `<ubs-settings>` elements the first in the page wins each value (for `content`, language by
 * language): one further down may add a value that is missing, never replace one.
 * A null-prototype object: only values the page gave, never ones a script put on `Object.prototype`.
 */
export interface PageSettings {
  clinicName?: string;
  phone?: string;
  bookingUrl?: string;
  email?: string;
  reviewerName?: string;
  reviewerCredentials?: string;
  /** ISO date (YYYY-MM-DD) of the clinic's own review of the text. */
  reviewDate?: string;
  /**
   * The content version(s) the reviewer signed, as the reviewer's packet names them (12 hex digits,
   * one per language, separated by spaces or commas). Where the guide's text is not one of them,
   * `<medical-disclaimer>` says the review was of an earlier version of the text.
   */
  reviewedVersion?: string;
  /** The number to call in an emergency where the page is read, e.g. `911` or `112`. */
  emergencyNumber?: string;
  /** Brand colour, any CSS colour. */
  accent?: string;
  /** `light`, `dark` or `auto` (follow the reader's system). */
  theme?: string;
  /** Text changes per language: `{ "en": { "risks": { … } } }`. */
  content?: Record<string, unknown>;
}

/** Settings given as text (attributes or JSON strings), with their attribute names. */
export const TEXT_SETTINGS = {
  clinicName: 'clinic-name',
  phone: 'phone',
  bookingUrl: 'booking-url',
  email: 'email',
  reviewerName: 'reviewer-name',
  reviewerCredentials: 'reviewer-credentials',
  reviewDate: 'review-date',
  reviewedVersion: 'reviewed-version',
  emergencyNumber: 'emergency-number',
  accent: 'accent',
  theme: 'theme',
} as const satisfies Record<Exclude<keyof PageSettings, 'content'>, string>;

type TextSetting = keyof typeof TEXT_SETTINGS;

/**
 * Element attributes that stand for what the clinic sets once per page: its name, contacts, reviewer,
 * review date and colour scheme. Where the page has settings in `<head>`, an element's own are
 * ignored (with one warning): the clinic's word is final. Otherwise, placeholders being what authors
 * write, a placeholder may not replace one the page settings give (it may fill a gap). The snippet
 * builder asks for them once, as page settings, rather than per element.
 */
export const CLINIC_ATTRIBUTES: Readonly<Record<string, keyof PageSettings>> = {
  'clinic-name': 'clinicName',
  phone: 'phone',
  'booking-url': 'bookingUrl',
  email: 'email',
  'reviewed-by': 'reviewerName',
  'last-reviewed': 'reviewDate',
  theme: 'theme',
};

/** Fired on `document` when page settings change, so elements re-render. */
export const SETTINGS_CHANGE_EVENT = 'ubs-settings-change';

/** Where settings live on a page, weakest first. */
const JSON_BLOCK_SELECTOR = 'script[type="application/json"][data-ubs-settings]';
const ELEMENT_SELECTOR = 'ubs-settings';


/** Parsed JSON blocks by their text: each block is parsed, and warned about, once. */
const parsedBlocks = new Map<string, PageSettings>();

/** Settings from a `<script type="application/json" data-ubs-settings>` block (read by own keys only). */
function fromJsonBlock(text: string): PageSettings {
  const cached = parsedBlocks.get(text);
  if (cached) return cached;
  const { value, error } = parseJson(text);
  const settings = settingsFrom(value, 'the page settings block (<script data-ubs-settings>)', error);
  parsedBlocks.set(text, settings);
  return settings;
}

/**
 * Settings from an object as a settings block holds them (text values, `content` an object), read by
 * own keys only; anything else is left out with one warning naming `where` the object came from.
 */
export function settingsFrom(value: unknown, where: string, error?: string): PageSettings {
  const settings: PageSettings = {};
  if (error !== undefined || !isObject(value)) {
    warn(`${where} is not a JSON object${error ? ` (${error})` : ''}; it is ignored.`);
    return settings;
  }
  const ignored: string[] = [];
  for (const [key, entry] of Object.entries(value)) {
    if (key === 'content' && isObject(entry)) settings.content = entry;
    else if (Object.hasOwn(TEXT_SETTINGS, key) && typeof entry === 'string') settings[key as TextSetting] = entry;
    else ignored.push(key);
  }
  if (ignored.length > 0) warn(`${where} ignored unknown or non-text entries: ${ignored.join(', ')}.`);
  return settings;
}

/**
 * Settings as the `<script type="application/json" data-ubs-settings>` block a page carries, for the
 * tools that write pages (the server renderer, the snippet builder). `<`, `>`, `&` and the two JSON line
 * separators are written as JSON escapes, so no value can end the `<script>`.
 */
export function settingsBlockMarkup(settings: PageSettings): string {
  const json = JSON.stringify(settings).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<script type="application/json" data-ubs-settings>${json}</script>`;
}

/** Settings from a `<ubs-settings>` element's attributes. */
function fromElement(element: Element): PageSettings {
  const settings: PageSettings = {};
  for (const [key, attribute] of Object.entries(TEXT_SETTINGS) as [TextSetting, string][]) {
    const value = element.getAttribute(attribute);
    if (value !== null && value.trim() !== '') settings[key] = value.trim();
  }
  // Only a defined <ubs-settings> has `content` of its own; on another, it would come from Object.prototype.
  const content = element.matches(':defined') ? (element as Element & { content?: unknown }).content : undefined;
  if (isObject(content)) settings.content = content;
  return settings;
}

/** Settings read from a page with settings in `<head>` (see {@link settingsAreFinal}). */
const finalSettings = new WeakSet<PageSettings>();

/**
 * Whether `settings` (as {@link readPageSettings} read them) are the clinic's final word: the page has
 * settings in `<head>`, where an author who may only edit a post cannot reach. Then nothing in the
 * body may set or add a value: not a settings source there, not an element's own clinic attributes
 * (CLINIC_ATTRIBUTES), not a placeholder's.
 */
export const settingsAreFinal = (settings: PageSettings): boolean => finalSettings.has(settings);

/**
 * The page's settings, merged from every settings block and `<ubs-settings>` element in page order:
 * the first to give a value keeps it, and a later source that tries to change one warns once. Where
 * some are in `<head>`, those are final: a source in the body may not add a value either (one warning).
 */
export function readPageSettings(root: ParentNode = fromPage('documentElement')): PageSettings {
  const merged: Record<string, unknown> = Object.create(null);
  const content: Record<string, unknown> = Object.create(null);
  const refused: string[] = [];
  const fromBody: string[] = [];
  const sources = [...root.querySelectorAll(`${JSON_BLOCK_SELECTOR}, ${ELEMENT_SELECTOR}`)];
  // Read through the prototype: <img name="head"> would stand in for document.head.
  const head = fromPage('head');
  const isFinal = head !== null && sources.some((source) => head.contains(source));
  for (const source of sources) {
    // In page order: every source in <head> comes before any in the body.
    const inBody = isFinal && !head.contains(source);
    const keep = (target: Record<string, unknown>, key: string, value: unknown, name: string) => {
      // Both targets have no prototype: `in` sees only what was set. The same value again is no change.
      if (key in target && target[key] === value) return;
      if (inBody) fromBody.push(name);
      else if (!(key in target)) target[key] = value;
      else refused.push(name);
    };
    try {
      const settings = source.localName === ELEMENT_SELECTOR ? fromElement(source) : fromJsonBlock(source.textContent ?? '');
      for (const [key, value] of Object.entries(settings)) {
        if (key !== 'content') keep(merged, key, value, key);
        else for (const [language, changes] of Object.entries(value as object)) keep(content, language, changes, `content.${language}`);
      }
    } catch {
      // A script gave <ubs-settings> a `content` that throws when read (a getter, a Proxy).
      warnPage('<ubs-settings> content could not be read.');
    }
  }
  if (Object.keys(content).length > 0) merged.content = content;
  if (refused.length > 0) warnPage(`page settings further down cannot change ${refused.join(', ')}; the first win.`);
  if (fromBody.length > 0) warnPage(`page settings in the body cannot set ${[...new Set(fromBody)].join(', ')}: the page has settings in <head>, which are final.`);
  const settings = merged as PageSettings;
  if (isFinal) finalSettings.add(settings);
  return settings;
}

/** The last read of the page's settings, shared until the task ends or the settings change. */
let current: PageSettings | undefined;
const forget = () => (current = undefined);
if (typeof document !== 'undefined') fromPage('addEventListener').call(document, SETTINGS_CHANGE_EVENT, forget);

/**
 * The page's settings as `readPageSettings` reads them, read once per task: the elements that render
 * together (every element of a page at its first render) share one search of the document instead of
 * one each. Read afresh after every `ubs-settings-change` and in the next task. Not shared while the
 * page is still being parsed, when a settings block further down may arrive between two elements.
 */
export function currentPageSettings(): PageSettings {
  if (fromPage('readyState') === 'loading') return readPageSettings(fromPage('documentElement'));
  if (!current) {
    current = readPageSettings(fromPage('documentElement'));
    setTimeout(forget, 0);
  }
  return current;
}

/**
 * A JSON block written after the elements (further down the page) is parsed after they first
 * render: once the page is parsed, tell them to read the settings again.
 */
if (typeof document !== 'undefined' && fromPage('readyState') === 'loading') {
  fromPage('addEventListener').call(
    document,
    'DOMContentLoaded',
    () => {
      if (fromPage('querySelector').call(document, JSON_BLOCK_SELECTOR)) fromPage('dispatchEvent').call(document, new Event(SETTINGS_CHANGE_EVENT));
    },
    { once: true },
  );
}
