import { html, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type DirectiveResult } from 'lit/directive.js';
import { getDirectiveClass } from 'lit/directive-helpers.js';

/**
 * Text that never changes between renders kept as plain HTML instead of a Lit binding per sentence.
 *
 * `freeze(result)` turns a tree of `html` results whose values are text (the guide's statements, titles,
 * attribute values) into one template whose only bindings are what must stay live: event listeners,
 * `.property` / `?boolean` bindings, directives (`unfrozen()`), `nothing` in an attribute, and what `ownPart()` marks.
 * The text goes into the template escaped (`& < > " '`), so it is still shown as text, never as markup,
 * exactly as a Lit binding would show it.
 *
 * **This is a trust boundary.** Lit refuses template strings it did not get from a tagged template
 * literal, because whatever is in them is parsed as HTML: a forged strings array is `unsafeHTML`. freeze()
 * forges one (`templateFor`) out of text that is not the library's: the clinic's settings and text
 * changes, attributes and placeholders an author wrote. What keeps that text from becoming markup is two
 * things here and nothing else: `untrustedTextAsHtml`, the only way text enters the strings, and
 * `contextsOf`, which decides where a value sits (text, quoted or unquoted attribute value) and leaves
 * everywhere else (comments, `<script>`/`<style>`/`<textarea>`/`<title>`, tag names, attribute names,
 * property, boolean and event bindings) an ordinary Lit binding. tests/freeze-fuzz.test.ts checks both
 * against Lit's own rendering with random hostile text; change either with that test in view.
 *
 * Why: Lit keeps a part object (and often a template instance and an array) for every binding, for the
 * element's whole life. An element of the guide has 100–200 of them, nearly all for text that is set once.
 * Frozen, 100 copies of an element share one parsed template, cloned by the browser, and keep almost
 * nothing each; the server-rendered HTML has no hydration markers inside the text. The price: when any
 * frozen text changes (another language, other page settings), the element's DOM is built again instead
 * of patched. Text that changes while the reader is there belongs in `ownPart()` (a questionnaire's summary,
 * the list of sources that fills in once loaded) or `unfrozen()` (what changes beside a form's answers).
 */

type Context = 'text' | 'quoted' | 'unquoted' | 'live';

/** The value itself, for Lit: both markers are directives, so outside freeze() they are harmless. */
class Passthrough extends Directive {
  render(value: unknown): unknown {
    return value;
  }
}
class OwnPart extends Passthrough {}

/** Rendered in a binding of its own inside a frozen template, frozen itself: it can change without rebuilding the rest. */
export const ownPart = directive(OwnPart);

/**
 * Left an ordinary Lit binding inside a frozen template, text or attribute: for what changes while the
 * reader is there and must be patched, not rebuilt (a form's error messages, beside the answers the
 * reader chose). freeze() keeps every directive a binding.
 */
export const unfrozen = directive(Passthrough);

/** Where each binding of a template sits, worked out once per template. */
const contexts = new WeakMap<TemplateStringsArray, Context[]>();

/** Elements whose text is not parsed as HTML: a binding there stays a binding. */
const RAW_TEXT = /^(script|style|textarea|title)$/i;
/** The attribute a binding ends: `name=` or `name="…`, with Lit's prefixes `.`, `?` and `@`. */
const ATTRIBUTE_END = /([.?@]?)[^\s"'>/=]+\s*=\s*["']?[^"']*$/;

function contextsOf(strings: TemplateStringsArray): Context[] {
  let found = contexts.get(strings);
  if (found) return found;
  found = [];
  let state: 'text' | 'tag' | 'comment' | 'raw' = 'text';
  let quote = '';
  let tagName = '';
  let rawEnd = '';
  let tag = '';
  for (let i = 0; i < strings.length; i++) {
    const s = strings[i];
    for (let j = 0; j < s.length; j++) {
      const char = s[j];
      if (state === 'text') {
        if (s.startsWith('<!--', j)) {
          state = 'comment';
          j += 3;
        } else if (char === '<' && /[a-zA-Z/]/.test(s[j + 1] ?? '')) {
          state = 'tag';
          // Only an opening tag can start raw text.
          tagName = /^[a-zA-Z][^\s/>]*/.exec(s.slice(j + 1))?.[0] ?? '';
          tag = '';
        }
      } else if (state === 'comment') {
        if (s.startsWith('-->', j)) {
          state = 'text';
          j += 2;
        }
      } else if (state === 'raw') {
        if (s.slice(j, j + rawEnd.length).toLowerCase() === rawEnd) state = 'text';
      } else if (quote) {
        tag += char;
        if (char === quote) quote = '';
      } else if (char === '"' || char === "'") {
        tag += char;
        quote = char;
      } else if (char === '>') {
        state = RAW_TEXT.test(tagName) ? 'raw' : 'text';
        rawEnd = `</${tagName.toLowerCase()}`;
      } else tag += char;
    }
    if (i === strings.length - 1) break;
    if (state === 'text') found.push('text');
    else if (state !== 'tag') found.push('live');
    else {
      // A binding inside a tag: an attribute's value can be frozen; a property, boolean or event binding,
      // or one in the element's own position, cannot.
      const match = ATTRIBUTE_END.exec(tag);
      // Unquoted, the value must be all of it (`name=${x}`, not `name=${x}-end`) to be quoted in its place.
      const whole = quote !== '' || /^([\s/>]|$)/.test(strings[i + 1]);
      const context: Context = !match || match[1] || !whole ? 'live' : quote ? 'quoted' : 'unquoted';
      found.push(context);
      // The binding stands for the value: the scan goes on as if one were there.
      tag += 'x';
    }
  }
  contexts.set(strings, found);
  return found;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Trust boundary (see the module's comment): text that may come from the clinic or an author, as HTML
 * that shows exactly that text, in element content or a quoted attribute value. The only way text gets
 * into a frozen template's strings.
 */
const untrustedTextAsHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ENTITIES[char]);

const isTemplateResult = (value: unknown): value is TemplateResult =>
  typeof value === 'object' && value !== null && (value as { _$litType$?: unknown })['_$litType$'] === 1;

const TEXT_TYPES = new Set(['string', 'number', 'boolean', 'bigint']);
const isText = (value: unknown): value is string | number | boolean | bigint => TEXT_TYPES.has(typeof value);

/**
 * The frozen templates, by their text: elements showing the same text share one template (Lit parses it
 * once and clones it). Bounded: a page that keeps changing what it shows cannot grow it without end; a
 * template dropped here is simply made again when next needed.
 */
const templates = new Map<string, TemplateStringsArray>();
const MAX_TEMPLATES = 200;

/** The forged strings array Lit is given (trust boundary: every text in `strings` went through untrustedTextAsHtml). */
function templateFor(strings: string[]): TemplateStringsArray {
  const key = `${strings.map((s) => s.length).join()}|${strings.join('')}`;
  let found = templates.get(key);
  if (found) {
    // Most recently used last: the oldest goes first.
    templates.delete(key);
  } else {
    found = Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray;
    if (templates.size >= MAX_TEMPLATES) templates.delete(templates.keys().next().value!);
  }
  templates.set(key, found);
  return found;
}

/** One template from a tree of templates; see the module's comment. */
export function freeze(result: TemplateResult): TemplateResult {
  const strings = [''];
  const values: unknown[] = [];
  const append = (text: string) => (strings[strings.length - 1] += text);
  const bind = (value: unknown) => {
    values.push(value);
    strings.push('');
  };
  const child = (value: unknown): void => {
    if (value === nothing || value === null || value === undefined) return;
    if (isText(value)) append(untrustedTextAsHtml(String(value)));
    else if (isTemplateResult(value)) walk(value);
    else if (Array.isArray(value)) value.forEach(child);
    else if (getDirectiveClass(value) === OwnPart) bind(freeze(html`${(value as DirectiveResult & { values: [unknown] }).values[0]}`));
    else bind(value);
  };
  const walk = ({ strings: own, values: ownValues }: TemplateResult): void => {
    const where = contextsOf(own);
    own.forEach((text, i) => {
      append(text);
      if (i === ownValues.length) return;
      const value = ownValues[i];
      const context = where[i];
      if (context === 'text') child(value);
      else if (context !== 'live' && isText(value)) {
        append(context === 'quoted' ? untrustedTextAsHtml(String(value)) : `"${untrustedTextAsHtml(String(value))}"`);
      } else bind(value);
    });
  };
  walk(result);
  return { ['_$litType$']: 1, strings: templateFor(strings), values } as unknown as TemplateResult;
}
