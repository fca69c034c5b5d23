#!/usr/bin/env node
/// <reference types="node" />
/**
 * `upper-back-surgery-elements review [--lang es] [--settings page-settings.json] > review.html`
 * `upper-back-surgery-elements review --since 3f9a2b7c1d0e [--lang es] > changes.html`
 * `upper-back-surgery-elements render risk-list [--lang es] [--heading-level 3] [--settings page-settings.json] > risk-list.html`
 *
 * Writes the medical reviewer's sign-off packet, or one element's server-rendered HTML, to standard
 * output. Runs in plain Node (no DOM).
 * Bad arguments or a settings file that cannot be read, is not a JSON object or is over 1 MB: a
 * message on standard error (never quoting the file) and exit code 2.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { en } from '../content/en.js';
import { es } from '../content/es.js';
import type { GuideContent } from '../content/types.js';
import { settingsFrom, type PageSettings } from '../shared/page-settings.js';
import { VERSION } from '../shared/version.js';
import { buildPacket } from './packet.js';
import { buildChangesPacket } from './changes.js';
import { contentSnapshot, isIntactSnapshot, type ContentSnapshot } from './versions.js';
import { sources as guideSources } from '../content/sources.js';
import { isObject, parseJson } from '../shared/json.js';
import { isWebOrRelative } from '../shared/contact.js';
import type { ServerStyles } from '../server.js';

const CONTENT: Readonly<Record<string, GuideContent>> = { en, es };

const USAGE = `Usage: upper-back-surgery-elements review [--lang en|es] [--settings page-settings.json] > review.html
       upper-back-surgery-elements review --since <content version> [--lang en|es] [--settings page-settings.json] > changes.html
       upper-back-surgery-elements render <tag> [--lang en|es] [--heading-level 2-6] [--attr name=value]…
                                         [--settings page-settings.json] [--styles inline|nonce=N|stylesheets=URL]

render: writes one element's HTML with its text inside (a declarative shadow root), preceded by the
page settings block it was rendered with, for pages that show the guide before any script runs.
Paste it where the element goes; the page's script (loaded with defer or type="module") takes it over.

review: writes the sign-off packet for a clinic's medical reviewer: one printable HTML page with every text
the elements can show, their article points and sources, the clinic's text changes marked, and a
sign-off block.

Options:
  --lang <en|es>       Language of the packet and of the content (default: en).
  --since <version>    (review) Only the texts added, removed or reworded since that content version.
  --heading-level <n>  (render) The element's heading level.
  --attr <name=value>  (render) Any other attribute of the element; repeatable.
  --styles <how>       (render) inline (default), nonce=<nonce>, or stylesheets=<folder URL of dist/cdn/shadow/>.
  --settings <file>    The clinic's page settings as JSON, as in a <script data-ubs-settings> block:
                       clinicName, phone, bookingUrl, email, reviewerName, reviewerCredentials,
                       reviewDate, reviewedVersion, and "content" (text changes by language).
  -h, --help           Show this help.
`;

class UsageError extends Error {}

interface Options {
  command?: 'review' | 'render';
  /** The element `render` writes. */
  tag?: string;
  lang: string;
  settingsFile?: string;
  /** The content version `review --since` lists changes from. */
  since?: string;
  attributes: Record<string, string>;
  styles?: string;
  help: boolean;
}

function parseArgs(args: readonly string[]): Options {
  const options: Options = { lang: 'en', attributes: {}, help: false };
  let command: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const next = inline ?? args[++i];
      if (next === undefined || next === '' || (inline === undefined && next.startsWith('--'))) throw new UsageError(`${name} needs a value.`);
      return next;
    };
    if (name === '--help' || name === '-h') options.help = true;
    else if (name === '--lang') options.lang = value().toLowerCase().split(/[-_]/)[0]!; // es-MX → es
    else if (name === '--settings') options.settingsFile = value();
    else if (name === '--since') options.since = value().trim().toLowerCase();
    else if (name === '--heading-level') options.attributes['heading-level'] = value();
    else if (name === '--styles') options.styles = value();
    else if (name === '--attr') {
      const [attribute, ...rest] = value().split('=');
      options.attributes[attribute!] = rest.join('=');
    } else if (!name.startsWith('-') && command === undefined) command = name;
    else if (!name.startsWith('-') && command === 'render' && options.tag === undefined) options.tag = name;
    else throw new UsageError(`unknown argument "${arg}".`);
  }
  if (options.help) return options;
  if (command !== 'review' && command !== 'render') throw new UsageError(command === undefined ? 'say which command: review or render.' : `unknown command "${command}" (the commands are: review, render).`);
  options.command = command;
  if (command === 'render' && options.tag === undefined) throw new UsageError('say which element to render, e.g. render risk-list.');
  if (!Object.hasOwn(CONTENT, options.lang)) throw new UsageError(`--lang must be one of ${Object.keys(CONTENT).join(', ')}, not "${options.lang}".`);
  if (options.since !== undefined && command !== 'review') throw new UsageError('--since is for the review command.');
  if (options.since !== undefined && !/^[0-9a-f]{12}$/.test(options.since)) throw new UsageError(`--since needs a content version, 12 hex digits as the packet names it (e.g. 3f9a2b7c1d0e), not "${options.since}".`);
  return options;
}


/**
 * The most a settings file may hold: 1 MB, several times the whole guide's text in both languages. A
 * bigger file is not a settings file (or is `/dev/zero`, which never ends): refused before it is read whole.
 */
const MAX_SETTINGS_BYTES = 1024 * 1024;

/** The file's text, read at most MAX_SETTINGS_BYTES + 1 bytes into it. */
function readAtMost(file: string): string {
  const buffer = Buffer.alloc(MAX_SETTINGS_BYTES + 1);
  let length = 0;
  const fd = openSync(file, 'r');
  try {
    let read: number;
    do {
      read = readSync(fd, buffer, length, buffer.length - length, null);
      length += read;
    } while (read > 0 && length < buffer.length);
  } finally {
    closeSync(fd);
  }
  if (length > MAX_SETTINGS_BYTES) throw new UsageError(`the settings file "${file}" is over ${MAX_SETTINGS_BYTES / 1024 / 1024} MB; a settings file is a few kilobytes.`);
  return buffer.toString('utf8', 0, length);
}

/**
 * Reads the settings file; keeps what the elements would read and warns about the rest. Its text is
 * never quoted back (the command may be pointed at any file, and its messages shown to someone else).
 */
function readSettings(file: string): PageSettings {
  let text: string;
  try {
    // A byte-order mark (Windows Notepad writes one) is not part of the JSON.
    text = readAtMost(file).replace(/^\uFEFF/, '');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read the settings file "${file}" (${(error as Error).message}).`);
  }
  const { value, error } = parseJson(text);
  // Not the parser's message: it quotes the start of the file.
  if (error !== undefined) throw new UsageError(`the settings file "${file}" is not valid JSON.`);
  if (!isObject(value)) throw new UsageError(`the settings file "${file}" must hold a JSON object.`);
  // What the elements would read from a settings block; the rest is left out with one warning.
  return settingsFrom(value, `the settings file "${file}"`);
}

/**
 * Where the snapshots of past content versions are: content-versions/<lang>/<version>.json beside the
 * package's review command (the build copies the repository's content-versions/ there, with the
 * snapshot of its own text).
 */
const SNAPSHOTS = new URL('../content-versions/', import.meta.url);

/** The snapshot of a content version in a language, or a usage error saying which versions there are. */
function readSnapshot(lang: string, version: string): ContentSnapshot {
  const file = new URL(`${lang}/${version}.json`, SNAPSHOTS);
  if (!existsSync(file)) {
    const otherLanguage = Object.keys(CONTENT).find((other) => other !== lang && existsSync(new URL(`${other}/${version}.json`, SNAPSHOTS)));
    if (otherLanguage) throw new UsageError(`${version} is a version of the text in "${otherLanguage}": add --lang ${otherLanguage}.`);
    const folder = new URL(`${lang}/`, SNAPSHOTS);
    const known = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -5)) : [];
    throw new UsageError(`no content version ${version} in "${lang}" is recorded (recorded: ${known.join(', ') || 'none'}).`);
  }
  const { value } = parseJson(readFileSync(file, 'utf8'));
  if (!isIntactSnapshot(value) || value.version !== version || value.lang !== lang) throw new UsageError(`the snapshot of ${version} is damaged: its text does not give its version.`);
  return value;
}

function warn(message: string): void {
  process.stderr.write(`upper-back-surgery-elements: ${message}\n`);
}

/** How `--styles` asks for the styles to be written. */
function stylesOption(value: string | undefined): ServerStyles {
  if (value === undefined || value === 'inline') return 'inline';
  const [how, ...rest] = value.split('=');
  const given = rest.join('=');
  if (how === 'nonce' && given) return { nonce: given };
  if (how === 'stylesheets' && isWebOrRelative(given)) return { stylesheets: given };
  throw new UsageError(`--styles must be inline, nonce=<nonce> or stylesheets=<folder URL: http:, https: or relative>, not "${value}".`);
}

/** The element's server-rendered HTML, after the settings block the page needs beside it. */
async function render(options: Options, settings: PageSettings | undefined, styles: ServerStyles): Promise<number> {
  let server: typeof import('../server.js');
  try {
    server = await import('../server.js');
  } catch (error) {
    // Server rendering is optional (issue 30): a site that only loads the elements in browsers does
    // not install Lit's server renderer (an optional peer dependency).
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes('@lit-labs/ssr')) {
      warn('render needs Lit\'s server renderer, which is not installed: npm install @lit-labs/ssr');
      return 2;
    }
    throw error;
  }
  if (!server.elementTags().includes(options.tag!)) {
    warn(`"${options.tag}" is not an element this library renders (${server.elementTags().join(', ')}).`);
    return 2;
  }
  const rendered = await server.renderElement(options.tag!, { lang: options.lang, attributes: options.attributes, settings: { ...settings }, styles });
  process.stdout.write(`${settings ? `${server.renderSettings({ ...settings })}\n` : ''}${rendered}\n`);
  return 0;
}

async function main(args: readonly string[]): Promise<number> {
  let options: Options;
  let settings: PageSettings | undefined;
  let styles: ServerStyles;
  try {
    options = parseArgs(args);
    if (options.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    styles = stylesOption(options.styles);
    if (options.settingsFile !== undefined) settings = readSettings(options.settingsFile);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    warn(error.message);
    process.stderr.write(`Run with --help for usage.\n`);
    return 2;
  }
  if (options.command === 'render') return render(options, settings, styles);
  const now = contentSnapshot(CONTENT[options.lang]!, guideSources, VERSION);
  if (options.since !== undefined) {
    let since: ContentSnapshot;
    try {
      since = readSnapshot(options.lang, options.since);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      warn(error.message);
      return 2;
    }
    const changes = buildChangesPacket({ since, now, version: VERSION, reviewerName: settings?.reviewerName, reviewerCredentials: settings?.reviewerCredentials });
    process.stdout.write(changes.html);
    return 0;
  }
  const packet = buildPacket({ content: CONTENT[options.lang]!, settings, version: VERSION, contentVersion: now.version });
  if (packet.rejected.length > 0) {
    warn(`some of the clinic's text changes are invalid and were left out (listed in the packet): ${packet.rejected.join('; ')}.`);
  }
  process.stdout.write(packet.html);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
