/**
 * Everything a person chose in the builder, and its round trip through the page address. The
 * configuration lives in the fragment (`#…`), which the browser never sends to a server: a shared
 * link carries it, and nothing is stored or sent.
 */
import { CLINIC_ATTRIBUTES, TEXT_SETTINGS } from '../src/shared/page-settings.js';
import type { TextSettingName } from '../src/shared/setting-rules.js';
import type { BuilderData, ElementInfo } from './data.js';
import { ROUTES, type RouteId } from './routes.js';
import { UI_LANGUAGES, type UiLanguage } from './text.js';

export interface ChosenElement {
  readonly tagName: string;
  /** Attribute values by attribute name, as the form holds them (`'true'` for a ticked box). */
  readonly attributes: Record<string, string>;
}

export const WIDTHS = { phone: 375, tablet: 768, desktop: 1200 } as const;
export type Width = keyof typeof WIDTHS;
export type PageShade = 'light' | 'dark';

export interface Config {
  elements: ChosenElement[];
  settings: Partial<Record<TextSettingName, string>>;
  /** The guide's language, or `''` for the page's own. */
  language: string;
  /** The language of the page the preview stands for (its `<html lang>`), which the guide follows when `language` is `''`. */
  pageLang: string;
  route: RouteId;
  ui: UiLanguage;
  width: Width;
  shade: PageShade;
}

/** The settings the builder asks for, in the order of the form: every text setting of the page settings. */
export const SETTING_NAMES = Object.keys(TEXT_SETTINGS) as TextSettingName[];

/**
 * Attributes that carry a page setting: the settings' own names, the elements' names for the clinic's
 * details (`reviewed-by`, `last-reviewed`), and `content`. The WordPress plugin leaves out the same
 * (scripts/build-wordpress.mjs).
 */
const SETTINGS_ATTRIBUTES: ReadonlySet<string> = new Set([...Object.values(TEXT_SETTINGS), ...Object.keys(CLINIC_ATTRIBUTES), 'content']);

/**
 * Whether the builder asks for an attribute per element. Not the clinic's details, reviewer, colours or
 * theme: the builder asks for them once, as page settings, which every element uses.
 */
export const isPerElement = (attribute: string): boolean => !SETTINGS_ATTRIBUTES.has(attribute);

/** The elements the builder offers: all but `<ubs-settings>`, which the settings fields write. */
export const offeredElements = (data: BuilderData): ElementInfo[] => data.elements.filter((element) => element.tagName !== 'ubs-settings');

/**
 * An element as first chosen. A number attribute (the heading level) starts at the element's default,
 * so the snippet says the level outright and a person sees where to change it.
 */
export function chosen(element: ElementInfo): ChosenElement {
  const attributes: Record<string, string> = {};
  for (const attribute of element.attributes) {
    if (attribute.type === 'number' && attribute.default) attributes[attribute.name] = attribute.default;
  }
  return { tagName: element.tagName, attributes };
}

/** What the builder shows first: the whole guide, in English interface, as a plain HTML page. */
export function startingConfig(data: BuilderData, ui: UiLanguage): Config {
  const guide = data.elements.find((element) => element.tagName === 'back-surgery-guide') ?? data.elements[0]!;
  return { elements: [chosen(guide)], settings: {}, language: '', pageLang: data.languages[0] ?? 'en', route: 'html', ui, width: 'desktop', shade: 'light' };
}

/** The configuration as a fragment: `show=risk-list,surgery-faq&risk-list.show=common&clinic-name=…`. */
export function toFragment(config: Config): string {
  const params = new URLSearchParams();
  params.set('show', config.elements.map((element) => element.tagName).join(','));
  for (const element of config.elements) {
    for (const [name, value] of Object.entries(element.attributes)) if (value !== '') params.set(`${element.tagName}.${name}`, value);
  }
  for (const name of SETTING_NAMES) {
    const value = config.settings[name];
    if (value) params.set(TEXT_SETTINGS[name], value);
  }
  if (config.language) params.set('lang', config.language);
  params.set('page-lang', config.pageLang);
  params.set('route', config.route);
  params.set('ui', config.ui);
  params.set('width', config.width);
  params.set('page', config.shade);
  return params.toString();
}

/**
 * The configuration a fragment describes; what it lacks, or gives wrong (an unknown element, route or
 * attribute), comes from `fallback`. Values are kept as text: the form shows them and flags bad ones.
 * Only what the form shows is read: an element it does not offer, or an attribute it has no field for
 * (`second-opinion.phone=…` beside the clinic's phone), is dropped, so a shared link cannot put into
 * the code anything the person using it cannot see.
 */
export function fromFragment(fragment: string, data: BuilderData, fallback: Config): Config {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const config: Config = { ...fallback, elements: fallback.elements, settings: {} };
  const show = params.get('show');
  if (show !== null) {
    const tags = [...new Set(show.split(',').map((tag) => tag.trim()))];
    config.elements = tags.flatMap((tag) => {
      const element = offeredElements(data).find((candidate) => candidate.tagName === tag);
      if (!element) return [];
      const attributes: Record<string, string> = {};
      for (const attribute of element.attributes.filter((candidate) => isPerElement(candidate.name))) {
        const value = params.get(`${tag}.${attribute.name}`);
        if (value !== null) attributes[attribute.name] = value;
      }
      return [{ tagName: tag, attributes }];
    });
  }
  for (const name of SETTING_NAMES) {
    const value = params.get(TEXT_SETTINGS[name]);
    if (value) config.settings[name] = value;
  }
  const language = params.get('lang');
  if (language && data.languages.includes(language)) config.language = language;
  const pageLang = params.get('page-lang');
  if (pageLang && data.languages.includes(pageLang)) config.pageLang = pageLang;
  const route = params.get('route');
  if (route && Object.hasOwn(ROUTES, route)) config.route = route as RouteId;
  const ui = params.get('ui');
  if (ui && (UI_LANGUAGES as readonly string[]).includes(ui)) config.ui = ui as UiLanguage;
  const width = params.get('width');
  if (width && Object.hasOwn(WIDTHS, width)) config.width = width as Width;
  const shade = params.get('page');
  if (shade === 'light' || shade === 'dark') config.shade = shade;
  return config;
}
