import type { SeedId, SourceId } from '../content/types.js';
import { isObject } from '../shared/json.js';

/**
 * One piece of text a reader can see, found by walking the content rather than by knowing its
 * sentences, so the packet follows the content model as it changes.
 */
export interface ReviewEntry {
  /** Where it lives, in the notation of a clinic's text changes: `risks.items[2].detail`. */
  readonly path: string;
  readonly text: string;
  /**
   * `statement`: body text (a Statement's `text`, a risk's `detail`, a step's `what`); `label`: a title,
   * name, question, option or button text.
   */
  readonly kind: 'statement' | 'label';
  /** Article points (S1–S20) of the object the text belongs to. */
  readonly seeds: readonly SeedId[];
  /** Sources of the object the text belongs to. */
  readonly sources: readonly SourceId[];
}

/** Keys whose string values are body text; every other string is a label. */
const STATEMENT_KEYS = new Set(['text', 'detail', 'what']);

/**
 * Keys that hold no text a reader sees as written: ids, language tags, links (shown with their
 * source), trace lists (`restates`: where a key point is said in full), and the parts of a written
 * date (one month's name shows, in the review date).
 */
const SKIPPED_KEYS = new Set(['id', 'lang', 'url', 'seeds', 'sources', 'defines', 'restates', 'forms', 'date', 'months']);


const stringList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** Path of a dotted content path's value (`disclaimer.short`), or `undefined`. */
export function valueAt(content: object, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), content);
}

/** How {@link collectEntries} walks the content. */
export interface CollectOptions {
  /** Keys whose values are left out (by default those that hold no text a reader sees as written). */
  readonly skipped?: ReadonlySet<string>;
  /**
   * Name an array item that has an `id` by it (`risks.items[id=infection].detail`) rather than by its
   * index, so a path stays the same when items are added, removed or moved (content versions).
   */
  readonly idPaths?: boolean;
}

/**
 * Every string a reader can see under `node`, in content order. Each takes the trace (seeds, sources)
 * of the object that holds it: a risk's name and detail carry the risk's seeds.
 */
export function collectEntries(node: unknown, path: string, { skipped = SKIPPED_KEYS, idPaths = false }: CollectOptions = {}): ReviewEntry[] {
  const entries: ReviewEntry[] = [];
  const walk = (value: unknown, at: string, key: string, owner: Record<string, unknown> | undefined): void => {
    if (typeof value === 'string') {
      if (value.trim() === '') return;
      entries.push({
        path: at,
        text: value,
        kind: STATEMENT_KEYS.has(key) ? 'statement' : 'label',
        seeds: stringList(owner?.seeds) as SeedId[],
        sources: stringList(owner?.sources) as SourceId[],
      });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${at}[${idPaths && isObject(item) && typeof item.id === 'string' ? `id=${item.id}` : i}]`, key, owner));
    } else if (isObject(value)) {
      for (const [childKey, child] of Object.entries(value)) {
        if (skipped.has(childKey)) continue;
        walk(child, at ? `${at}.${childKey}` : childKey, childKey, value);
      }
    }
  };
  walk(node, path, path.split('.').pop() ?? '', undefined);
  return entries;
}
