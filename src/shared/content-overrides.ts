/**
 * A clinic's changes to the guide's text, checked against the content itself as the schema.
 *
 * An override is a partial copy of the content: `{ "risks": { "items": [{ "id": "infection", "detail": "…" }] } }`.
 * - Objects merge key by key; a key the content does not have is rejected (a typo must not pass silently).
 * - Strings replace strings, numbers numbers, booleans booleans. Everything stays text: no HTML is ever read.
 * - Arrays of items with an `id` merge by id (same id: fields replaced; new id: added at the end);
 *   other arrays are replaced whole (e.g. a clinic's own recovery timeline).
 * - New entries may be added to `sources`, with the shape of the existing ones.
 * - Links (`url` fields) must be `http:` or `https:`; seed ids must be S1–S20; the review date
 *   (`meta.lastReviewed`) a real date written YYYY-MM-DD; the language (`lang`) a valid language tag.
 * Invalid parts are left out and reported by path; the rest applies.
 *
 * Loaded only by pages that change the text (see GuideElement): it imports nothing at run time
 * (only types), so it is a chunk of its own next to the script-tag bundles.
 */

import type { emit as Emit } from './events.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Result of applying an override: the merged content and the paths that were left out. */
export interface OverrideResult<T> {
  readonly content: T;
  readonly rejected: readonly string[];
}

/**
 * Records keyed by id (not fixed structures) under which new entries may be added, with the shape of
 * an entry. The guide's own sources are not in the content (see bibliography.ts), so the shape is here.
 */
const OPEN_RECORDS: Readonly<Record<string, JsonObject>> = {
  sources: { title: '', publisher: '', year: 0, url: '', doi: '', pmid: '', accessed: '', citation: '', note: '', lang: '' },
};

/** Fields a statement may carry even where the default content omits them, with their shapes. */
const TRACE_KEYS: Readonly<Record<string, Json>> = { seeds: ['S1'], sources: ['article'] };

const SEED_ID = /^S(?:[1-9]|1\d|20)$/;

// Not json.ts's isObject: this module is a chunk of its own that imports nothing, so the script-tag
// bundle can load it without loading the bundle a second time (rollup.config.js).
const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

/** The shape items of an array share: every key seen on any item, with an example value. */
function itemSchema(items: readonly unknown[]): unknown {
  const first = items[0];
  if (!isObject(first)) return first;
  const merged: JsonObject = {};
  for (const item of items) {
    if (!isObject(item)) continue;
    for (const [key, value] of Object.entries(item)) if (!(key in merged)) merged[key] = value;
  }
  return merged;
}

function isSafeUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** Checks a string must pass at some paths, beyond being a string. */
const STRING_CHECKS: Readonly<Record<string, (value: string) => boolean>> = {
  // Shown as the review date: a string Intl cannot format would show today's date, or nothing.
  'meta.lastReviewed': (value) => {
    try {
      return /^[1-9]\d{3}-\d\d-\d\d$/.test(value) && new Date(value).toISOString().startsWith(value);
    } catch {
      return false;
    }
  },
  // The language every date and `lang` attribute uses: Intl throws on "en_US" or "not a locale!!".
  lang: (value) => {
    try {
      return Intl.getCanonicalLocales(value).length === 1;
    } catch {
      return false;
    }
  },
};

/** Merges `override` into `base`, collecting rejected paths. Returns the base value when nothing valid applies. */
function merge(base: unknown, override: unknown, path: string, rejected: string[], schema: unknown = base): unknown {
  if (typeof schema === 'string') {
    if (typeof override !== 'string') return reject();
    if (path.endsWith('url') && !isSafeUrl(override)) return reject();
    if (Object.hasOwn(STRING_CHECKS, path) && !STRING_CHECKS[path]!(override)) return reject();
    return override;
  }
  if (typeof schema === 'number' || typeof schema === 'boolean') {
    return typeof override === typeof schema && (typeof override !== 'number' || Number.isFinite(override)) ? override : reject();
  }
  if (Array.isArray(schema)) {
    if (!Array.isArray(override)) return reject();
    if (path.endsWith('seeds')) {
      const valid = override.filter((seed, i) => (typeof seed === 'string' && SEED_ID.test(seed)) || (rejected.push(join(path, i)), false));
      return valid;
    }
    const shape = itemSchema(schema);
    const byId = isObject(shape) && 'id' in shape;
    if (!byId) {
      const items = override.map((item, i) => merge(undefined, item, join(path, i), rejected, shape)).filter((item) => item !== undefined);
      return items.length > 0 ? items : reject(false);
    }
    const result = [...(base as unknown[])];
    override.forEach((item, i) => {
      const itemPath = join(path, i);
      if (!isObject(item) || typeof item.id !== 'string') return void rejected.push(itemPath);
      const index = result.findIndex((existing) => isObject(existing) && existing.id === item.id);
      const merged = merge(index >= 0 ? result[index] : undefined, item, itemPath, rejected, shape);
      if (merged === undefined) return;
      if (index >= 0) result[index] = merged;
      else result.push(merged);
    });
    return result;
  }
  if (isObject(schema)) {
    if (!isObject(override)) return reject();
    const entrySchema = Object.hasOwn(OPEN_RECORDS, path) ? OPEN_RECORDS[path] : undefined;
    const open = entrySchema !== undefined;
    const result: JsonObject = isObject(base) ? { ...base } : {};
    for (const [key, value] of Object.entries(override)) {
      const keyPath = join(path, key);
      const keySchema = Object.hasOwn(schema, key)
        ? schema[key]
        : open
          ? entrySchema
          : Object.hasOwn(TRACE_KEYS, key) && 'text' in schema
            ? TRACE_KEYS[key]
            : undefined;
      if (keySchema === undefined || key === '__proto__') {
        rejected.push(keyPath);
        continue;
      }
      const merged = merge(isObject(base) ? base[key] : undefined, value, keyPath, rejected, keySchema);
      if (merged !== undefined) result[key] = merged as Json;
    }
    // A new record entry or list item must be complete: every field its shape requires.
    if (base === undefined && !completes(result, schema)) return reject();
    return result;
  }
  return reject();

  function reject(record = true): undefined {
    if (record) rejected.push(path || '(root)');
    return undefined;
  }
}

/** Whether a new object has every required (string) field of its shape. */
function completes(candidate: JsonObject, schema: JsonObject): boolean {
  return Object.entries(schema).every(([key, value]) => typeof value !== 'string' || ['url', 'doi', 'pmid', 'accessed', 'citation', 'note', 'lang'].includes(key) || typeof candidate[key] === 'string');
}

/** Applies a clinic's override to the content; invalid parts are left out and listed. */
export function applyOverrides<T extends object>(base: T, override: unknown): OverrideResult<T> {
  const rejected: string[] = [];
  const content = merge(base, override, '', rejected) as T | undefined;
  return { content: content ?? base, rejected };
}

/** What the element lends the engine, which imports nothing so that it stays a chunk of its own. */
export interface ClinicTextTools {
  /** The guide's language a key such as `es-MX` stands for, if any. */
  matchLanguage(tag: string): string | undefined;
  warn(message: string): void;
  /** Fires `ubs-override-rejected` on the element. */
  emit: typeof Emit;
  /** Every part of the guide's content, also those of elements not on this page. */
  parts: readonly string[];
  /** What the page's changes are reported once for: `document`, or on a server the render under way (warn.ts's thePage). */
  page: object;
}

/**
 * Invalid text changes already reported, by where they come from: the page (`document`, for the page
 * settings), an `overrides` object, or the element. Each distinct set is reported once, however many
 * elements and renders meet it.
 */
const rejectionsReported = new WeakMap<object, Set<string>>();

/** The paths not yet reported for `owner`, now marked as reported. */
function unreported(owner: object, paths: string[]): string[] {
  const key = paths.join('\n');
  const reported = rejectionsReported.get(owner) ?? new Set<string>();
  rejectionsReported.set(owner, reported);
  if (paths.length === 0 || reported.has(key)) return [];
  reported.add(key);
  return paths;
}

/**
 * `content` with the page's changes (the page settings' `content`), then the element's own
 * (`overrides`), for `language`. Invalid parts are left out, and reported on `element` once: one
 * warning and an `ubs-override-rejected` event with the paths.
 */
export function applyClinicText<T extends object>(
  element: HTMLElement,
  content: T,
  language: string,
  [pageChanges, ownChanges]: [unknown, unknown],
  { matchLanguage, warn, emit, parts, page }: ClinicTextTools,
): T {
  const rejected = { 'page settings': [] as string[], overrides: [] as string[] };
  for (const [origin, changes] of [
    ['page settings', pageChanges],
    ['overrides', ownChanges],
  ] as const) {
    if (changes === undefined) continue;
    // The changes may come from any script: a getter or a Proxy that throws leaves them out, not the element.
    try {
      if (!isObject(changes)) {
        rejected[origin].push(`${origin}: not an object keyed by language`);
        continue;
      }
      for (const key of Object.keys(changes)) {
        if (!matchLanguage(key)) rejected[origin].push(`${origin}: ${key} (not a language of the guide)`);
      }
      let forLanguage = Object.entries(changes).find(([key]) => matchLanguage(key) === language)?.[1];
      if (forLanguage === undefined) continue;
      // Changes to the parts of elements this page did not import (their text is not in memory): theirs, not wrong.
      if (isObject(forLanguage)) forLanguage = Object.fromEntries(Object.entries(forLanguage).filter(([part]) => part in content || !parts.includes(part)));
      const result = applyOverrides(content, forLanguage);
      content = result.content;
      rejected[origin].push(...result.rejected.map((path) => `${origin}: ${language}.${path}`));
    } catch {
      rejected[origin].push(`${origin}: could not be read`);
    }
  }
  // The page's changes are the same for every element: reported once per page, not per element.
  const paths = [
    ...unreported(page, rejected['page settings']),
    // An overrides object may be shared (the guide hands its own to its sections); anything else is this element's.
    ...unreported(typeof ownChanges === 'object' && ownChanges !== null ? ownChanges : element, rejected.overrides),
  ];
  if (paths.length > 0) {
    warn(`<${element.localName}> ignored invalid text changes: ${paths.join('; ')}. The rest was applied.`);
    emit(element, 'ubs-override-rejected', { paths });
  }
  return content;
}
