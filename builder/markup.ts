/**
 * The markup the snippets are made of, as text. Every value a person typed is escaped for the place
 * it goes (an HTML attribute, JSON inside a `<script>`, a block's JSON inside an HTML comment, a
 * shortcode attribute), so no value can end its quotes, its tag or its comment.
 */
import { camel } from './names.js';
import { settingsBlockMarkup, TEXT_SETTINGS } from '../src/shared/page-settings.js';
import type { ChosenElement, Config } from './config.js';
import type { AttributeInfo, BuilderData } from './data.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe inside a double-quoted HTML attribute (and as HTML text). */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);

/** An element's attribute as it is declared, for its type (`heading-level` is a number, `expanded` true/false). */
const infoOf = (data: BuilderData, tagName: string, name: string): AttributeInfo | undefined =>
  data.elements.find((element) => element.tagName === tagName)?.attributes.find((attribute) => attribute.name === name);

/**
 * The attributes an element is written with, in the manifest's order: those given a value, a true/false
 * one only when ticked, and `lang` when the guide's language is chosen.
 */
export function attributesOf(data: BuilderData, element: ChosenElement, language: string): [name: string, value: string | true][] {
  const info = data.elements.find((candidate) => candidate.tagName === element.tagName);
  const written: [string, string | true][] = [];
  for (const attribute of info?.attributes ?? []) {
    const value = element.attributes[attribute.name]?.trim();
    if (!value) continue;
    if (attribute.type === 'boolean') {
      if (value === 'true') written.push([attribute.name, true]);
    } else written.push([attribute.name, value]);
  }
  if (language) written.push(['lang', language]);
  return written;
}

const htmlAttributes = (attributes: [string, string | true][]): string =>
  attributes.map(([name, value]) => ` ${name}${value === true ? '' : `="${escapeHtml(value)}"`}`).join('');

/** The settings given, as `[setting, value]`, in the form's order. */
const givenSettings = (config: Config) =>
  (Object.keys(TEXT_SETTINGS) as (keyof typeof TEXT_SETTINGS)[]).flatMap((name) => {
    const value = config.settings[name]?.trim();
    return value ? [[name, value] as const] : [];
  });

/** `<ubs-settings clinic-name="…" phone="…"></ubs-settings>`, or nothing when no setting is given. */
export function settingsElement(config: Config): string[] {
  const settings = givenSettings(config);
  if (settings.length === 0) return [];
  return [`<ubs-settings${settings.map(([name, value]) => ` ${TEXT_SETTINGS[name]}="${escapeHtml(value)}"`).join('')}></ubs-settings>`];
}

/** The settings as a JSON block, for a page's `<head>` (where an element cannot go); escaped as the library writes it. */
export function settingsBlock(config: Config): string[] {
  const settings = givenSettings(config);
  return settings.length === 0 ? [] : [settingsBlockMarkup(Object.fromEntries(settings))];
}

/** `<risk-list heading-level="3" show="common"></risk-list>`, one line per element. */
export function elementTags(data: BuilderData, config: Config): string[] {
  return config.elements.map((element) => `<${element.tagName}${htmlAttributes(attributesOf(data, element, config.language))}></${element.tagName}>`);
}

/** `<div data-ubs="risk-list" data-heading-level="3"></div>`, what a WordPress author may write. */
export function placeholders(data: BuilderData, config: Config): string[] {
  return config.elements.map((element) => {
    const attributes = attributesOf(data, element, config.language);
    return `<div data-ubs="${escapeHtml(element.tagName)}"${attributes.map(([name, value]) => ` data-${name}="${value === true ? '' : escapeHtml(value)}"`).join('')}></div>`;
  });
}

/** An attribute's value typed as the plugin's block attribute: a number, `true`, or text. */
function blockValue(data: BuilderData, tagName: string, name: string, value: string | true): string | number | boolean {
  if (value === true) return true;
  const type = infoOf(data, tagName, name)?.type;
  return type === 'number' && /^\d+$/.test(value) ? Number(value) : value;
}

/**
 * WordPress blocks of the plugin: `<!-- wp:upper-back-surgery/risk-list {"headingLevel":3} /-->`, the
 * element's attributes in camelCase. The JSON is escaped as WordPress itself writes block attributes
 * (`--`, `<`, `>`, `&` and `"` inside strings as `\u…`), so nothing in it can end the comment.
 */
export function blocks(data: BuilderData, config: Config): string[] {
  return config.elements.map((element) => {
    const attributes = attributesOf(data, element, config.language);
    const json = attributes.length
      ? ` ${JSON.stringify(Object.fromEntries(attributes.map(([name, value]) => [camel(name), blockValue(data, element.tagName, name, value)])))
          .replace(/\\"/g, '\\u0022')
          .replace(/--/g, '\\u002d\\u002d')
          .replace(/[<>&]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}`
      : '';
    return `<!-- wp:upper-back-surgery/${element.tagName}${json} /-->`;
  });
}

/**
 * The plugin's shortcode: `[upper_back_surgery element="risk-list" heading-level="3"]`. A shortcode
 * attribute cannot hold `"`, `[` or `]` (WordPress would end it there), so they and `<`, `>`, `&` are
 * written as HTML character references.
 */
export function shortcodes(data: BuilderData, config: Config): string[] {
  const escape = (value: string) => escapeHtml(value).replace(/\[/g, '&#91;').replace(/\]/g, '&#93;');
  return config.elements.map((element) => {
    const attributes = attributesOf(data, element, config.language);
    return `[upper_back_surgery element="${escape(element.tagName)}"${attributes.map(([name, value]) => ` ${name}="${value === true ? 'true' : escape(value)}"`).join('')}]`;
  });
}

/** The settings given, as the `settings.json` the `render` command reads; undefined when none is given. */
export function settingsFile(config: Config): string | undefined {
  const settings = givenSettings(config);
  return settings.length ? JSON.stringify(Object.fromEntries(settings), null, 2) : undefined;
}

/** A value quoted for a POSIX shell: inside single quotes nothing is special but the quote itself. */
const shellQuote = (value: string): string => `'${value.replace(/'/g, `'\\''`)}'`;

/**
 * One `render` command per element, writing `<tag>.html` with the element's text inside:
 * `npx upper-back-surgery-elements render risk-list --lang es --attr heading-level=3 > risk-list.html`.
 * Every value is quoted for the shell, so none can run a command of its own.
 */
export function renderCommands(data: BuilderData, config: Config, withSettings: boolean): string[] {
  return config.elements.map((element) => {
    const options = attributesOf(data, element, '').map(([name, value]) => ` --attr ${shellQuote(`${name}=${value === true ? '' : value}`)}`);
    const language = config.language ? ` --lang ${shellQuote(config.language)}` : '';
    return `npx upper-back-surgery-elements render ${element.tagName}${language}${options.join('')}${withSettings ? ' --settings settings.json' : ''} > ${element.tagName}.html`;
  });
}

