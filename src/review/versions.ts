/// <reference types="node" />
/**
 * Content versions: what a reviewer signs, named so a page can tell whether the text it shows is the
 * text that was signed, and kept so the next review reads only what changed.
 *
 * A language's snapshot is every text an element can show (statements, labels, terms, the words of
 * notices and dates), each with its article points and sources, and the full entry of every source.
 * Its version is the first 12 hex digits of the SHA-256 of that snapshot written canonically (keys in
 * order): the same text gives the same version on every build, and any change to a word, a source or
 * a citation gives another. The build writes each language's version into the elements
 * (scripts/content-version.mjs), and releases keep their snapshots in content-versions/<lang>/, so
 * `review --since <version>` can list what changed since the one a reviewer signed.
 */
import { createHash } from 'node:crypto';
import type { GuideContent, Source } from '../content/types.js';
import { isObject } from '../shared/json.js';
import { collectEntries, type ReviewEntry } from './collect.js';

/** A language's text at one version, as content-versions/<lang>/<version>.json keeps it. */
export interface ContentSnapshot {
  readonly lang: string;
  readonly version: string;
  /** The library's version when the snapshot was recorded (not part of the content version). */
  readonly library?: string;
  /** Every text, in content order; a path names an item by its id where it has one. */
  readonly entries: readonly ReviewEntry[];
  /** Every source the texts may cite, by id, in full. */
  readonly sources: Readonly<Record<string, Source>>;
}

/** Keys a snapshot leaves out: ids (they are in the paths), the language, and the trace lists (kept with each text). */
const SNAPSHOT_SKIPPED: ReadonlySet<string> = new Set(['id', 'lang', 'seeds', 'sources']);

/** `value` with the keys of every object in order, so the same content always writes the same JSON. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (isObject(value)) return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical(value[key])]));
  return value;
}

/** The content version of a snapshot's text: 12 hex digits. */
export function contentVersion({ lang, entries, sources }: Pick<ContentSnapshot, 'lang' | 'entries' | 'sources'>): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical({ lang, entries, sources })))
    .digest('hex')
    .slice(0, 12);
}

/** A language's snapshot: its whole content and the sources it may cite (the guide's bibliography). */
export function contentSnapshot(content: GuideContent, bibliography: Readonly<Record<string, Source>>, library?: string): ContentSnapshot {
  const entries = collectEntries(content, '', { skipped: SNAPSHOT_SKIPPED, idPaths: true });
  const sources = canonical({ ...bibliography, ...content.sources }) as Record<string, Source>;
  const version = contentVersion({ lang: content.lang, entries, sources });
  return { lang: content.lang, version, ...(library ? { library } : {}), entries, sources };
}

/** A text before and after a change. */
export interface ChangedEntry {
  readonly before: ReviewEntry;
  readonly after: ReviewEntry;
}

/** What changed between two snapshots of one language. */
export interface ContentChanges {
  /** Texts that are new. */
  readonly added: readonly ReviewEntry[];
  /** Texts that are gone. */
  readonly removed: readonly ReviewEntry[];
  /** Texts at the same place with other words. */
  readonly reworded: readonly ChangedEntry[];
  /** Texts with the same words whose article points or sources changed. */
  readonly retraced: readonly ChangedEntry[];
  /** Source entries by id: new, gone, and changed (title, link, date read…). */
  readonly sources: { readonly added: readonly string[]; readonly removed: readonly string[]; readonly changed: readonly string[] };
}

const sameTrace = (a: ReviewEntry, b: ReviewEntry) => a.seeds.join() === b.seeds.join() && a.sources.join() === b.sources.join();

/**
 * The pairs of indexes of the longest common subsequence of two lists of keys: the texts that stayed,
 * however many were added or removed around them (a paragraph added at the top moves every index after it).
 */
function commonTexts(before: readonly string[], after: readonly string[]): [number, number][] {
  // The same start and end, which is most of the text, are matched without the table.
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const n = before.length - start - end;
  const m = after.length - start - end;
  const table = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[at(i, j)] = before[start + i] === after[start + j] ? table[at(i + 1, j + 1)]! + 1 : Math.max(table[at(i + 1, j)]!, table[at(i, j + 1)]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0; i < start; i++) pairs.push([i, i]);
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (before[start + i] === after[start + j]) {
      pairs.push([start + i, start + j]);
      i++;
      j++;
    } else if (table[at(i + 1, j)]! >= table[at(i, j + 1)]!) i++;
    else j++;
  }
  for (let k = end; k > 0; k--) pairs.push([before.length - k, after.length - k]);
  return pairs;
}

/**
 * What changed from `before` to `after`. Texts match by their words, in order; of the rest, a text gone
 * and one new at the same path are one text reworded, and the others were removed or added.
 */
export function diffSnapshots(before: ContentSnapshot, after: ContentSnapshot): ContentChanges {
  const key = (entry: ReviewEntry) => `${entry.kind}\n${entry.text}`;
  const pairs = commonTexts(before.entries.map(key), after.entries.map(key));
  const keptBefore = new Set(pairs.map(([i]) => i));
  const keptAfter = new Set(pairs.map(([, j]) => j));
  const retraced = pairs
    .map(([i, j]) => ({ before: before.entries[i]!, after: after.entries[j]! }))
    .filter((pair) => !sameTrace(pair.before, pair.after));
  const gone = before.entries.filter((_, i) => !keptBefore.has(i));
  const fresh = after.entries.filter((_, j) => !keptAfter.has(j));
  const freshByPath = new Map(fresh.map((entry) => [entry.path, entry]));
  const reworded: ChangedEntry[] = [];
  const removed: ReviewEntry[] = [];
  for (const entry of gone) {
    const now = freshByPath.get(entry.path);
    if (now && now.kind === entry.kind) {
      reworded.push({ before: entry, after: now });
      freshByPath.delete(entry.path);
    } else removed.push(entry);
  }
  const added = fresh.filter((entry) => freshByPath.get(entry.path) === entry);
  const ids = (sources: Readonly<Record<string, Source>>) => Object.keys(sources);
  const same = (id: string) => JSON.stringify(canonical(before.sources[id])) === JSON.stringify(canonical(after.sources[id]));
  return {
    added,
    removed,
    reworded,
    retraced,
    sources: {
      added: ids(after.sources).filter((id) => !Object.hasOwn(before.sources, id)),
      removed: ids(before.sources).filter((id) => !Object.hasOwn(after.sources, id)),
      changed: ids(after.sources).filter((id) => Object.hasOwn(before.sources, id) && !same(id)),
    },
  };
}

/** Whether a value read from a file is a snapshot whose version is the digest of its own text (not edited by hand). */
export function isIntactSnapshot(value: unknown): value is ContentSnapshot {
  if (!isObject(value) || typeof value.lang !== 'string' || typeof value.version !== 'string' || !Array.isArray(value.entries) || !isObject(value.sources)) return false;
  return contentVersion(value as unknown as ContentSnapshot) === value.version;
}
