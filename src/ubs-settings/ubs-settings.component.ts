import { parseJson } from '../shared/json.js';
import { SETTINGS_CHANGE_EVENT, TEXT_SETTINGS } from '../shared/page-settings.js';
import { VERSION } from '../shared/version.js';
import { warn } from '../shared/warn.js';
import { fromPage } from '../shared/dom.js';

/**
 * `HTMLElement` in a browser; on a server (Node: server rendering, a framework's build) a plain class,
 * so importing the package there does not throw. Lit's own elements do the same through its DOM shim.
 */
const HTMLElement = (globalThis.HTMLElement ?? class {}) as typeof globalThis.HTMLElement;

/**
 * Settings a clinic gives once per page, used by every element of the guide: contact details,
 * the medical reviewer, the review date, the brand colour and the colour scheme. It shows nothing.
 *
 * Settings in the page's `<head>` are final: nothing in the body (another `<ubs-settings>` or settings
 * block, a placeholder, an element's own `clinic-name`, `phone`, `booking-url`, `email`, `reviewed-by`,
 * `last-reviewed` or `theme`) may set or add a value; each is ignored with one warning. Without
 * settings in `<head>`, an attribute set on one element wins over these, and the first settings
 * source in the page wins each value (a later one may only fill a gap).
 *
 * The same settings can be given as a JSON block, `<script type="application/json" data-ubs-settings>`,
 * with the same names in camelCase (`clinicName`), plus `content` for text changes.
 *
 * @summary Clinic settings, set once per page for every element.
 * @tagname ubs-settings
 *
 * @attr {string} clinic-name - The clinic's name, shown in contact boxes.
 * @attr {string} phone - The clinic's phone number.
 * @attr {string} booking-url - The clinic's booking page (`http:` or `https:` only).
 * @attr {string} email - The clinic's email address.
 * @attr {string} reviewer-name - Who reviewed the guide for the clinic (shown by `<medical-disclaimer>`).
 * @attr {string} reviewer-credentials - The reviewer's credentials, e.g. `MD, orthopaedic spine surgeon`.
 * @attr {string} review-date - When the clinic reviewed the guide, `YYYY-MM-DD`.
 * @attr {string} reviewed-version - The content version(s) the reviewer signed, as the sign-off packet prints them (12 hex digits, one per language, spaces between). Where the text shown is not one of them, `<medical-disclaimer>` says the review was for an earlier version of the text.
 * @attr {string} emergency-number - The emergency number where the page is read, e.g. `911` or `112` (digits, `+` and spaces, 2 to 15 characters). Text that says to call for emergency help names it; without it (or when it is not a number, with one warning) the text says "your local emergency number".
 * @attr {string} accent - The brand colour, any CSS colour; a page's `--ubs-accent` CSS wins over it.
 * @attr {string} theme - `auto` (default), `light` or `dark`, for every element.
 * @attr {string} content - Text changes as JSON, by language (see `content` property).
 */
export class UbsSettings extends HTMLElement {
  /** The library version that defined this class; named when a second copy is loaded. */
  static readonly version = VERSION;

  static get observedAttributes(): string[] {
    return [...Object.values(TEXT_SETTINGS), 'content'];
  }

  #content?: Record<string, unknown>;

  /**
   * Text changes per language, e.g. `{ "en": { "risks": { "items": [ … ] } } }`. From JavaScript as an
   * object, or as JSON in the `content` attribute. Malformed JSON warns once and is ignored.
   */
  get content(): Record<string, unknown> | undefined {
    return this.#content;
  }

  set content(value: Record<string, unknown> | undefined) {
    this.#content = value;
    this.#announce();
  }

  connectedCallback(): void {
    this.#announce();
  }

  disconnectedCallback(): void {
    this.#announce();
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    if (name === 'content') {
      const parsed = value === null ? {} : parseJson(value);
      const isObject = typeof parsed.value === 'object' && parsed.value !== null && !Array.isArray(parsed.value);
      if (value !== null && !isObject) {
        warn(`<ubs-settings> content="${value.slice(0, 60)}" is not a JSON object${parsed.error ? ` (${parsed.error})` : ''}; it is ignored.`);
      }
      this.#content = isObject ? (parsed.value as Record<string, unknown>) : undefined;
    }
    this.#announce();
  }

  /** Tells every element on the page to read the settings again. */
  #announce(): void {
    fromPage('dispatchEvent').call(document, new CustomEvent(SETTINGS_CHANGE_EVENT));
  }
}
