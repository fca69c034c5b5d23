import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { loadedBibliography } from './i18n/bibliography.js';
import type { GuideContent, ReferencesContent, Source, SourceId, Statement, Term, Traced } from '../content/types.js';
import { webLink } from './contact.js';
import { describeSource, sentence } from './source-text.js';
import type { PageSettings } from './page-settings.js';
import { fill } from './render.js';
import { isEmergencyNumber } from './setting-rules.js';
import { warnPage } from './warn.js';

/** The words a statement says for `{emergency}`: the page's emergency number, or the language's phrase. */
export function emergencyNumber(content: GuideContent, settings: PageSettings): string {
  const value = settings.emergencyNumber?.trim();
  if (!value) return content.references.emergencyNumber;
  if (isEmergencyNumber(value)) return value;
  // Same message in every language, so a page with English and Spanish elements warns once.
  warnPage(`the page settings emergencyNumber "${value}" is not an emergency number (digits, + and spaces, 2 to 15 characters); the text says "local emergency number" instead.`);
  return content.references.emergencyNumber;
}


/**
 * A letter or digit of the scripts the guide is written in (Latin, with the accents of Spanish and
 * other European languages). Not `\p{L}` with the `u` flag: such a pattern takes the browser about a
 * millisecond to build, on a phone several, once per term, on the page's first render.
 */
const wordChar = '[0-9a-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]';
const patterns = new WeakMap<Term, RegExp>();

/** Matches any of a term's forms as a whole word, in any case (the longest form first). */
function patternOf(term: Term): RegExp {
  let pattern = patterns.get(term);
  if (!pattern) {
    const forms = [...term.forms]
      .sort((a, b) => b.length - a.length)
      .map((form) => form.trim().replace(/[.*+?^${}()|[\]\\]/g, (char) => `\\${char}`).replace(/\s+/g, '\\s+'));
    pattern = new RegExp(`(?<!${wordChar})(?:${forms.join('|')})(?!${wordChar})`, 'i');
    patterns.set(term, pattern);
  }
  return pattern;
}

/**
 * What the search keeps for each list of terms:
 * - every form, in lower case with single spaces, beside the index of its term: one flat list, so a
 *   text is searched in one loop, with no closure or lookup per term (the first render searches some
 *   fifty texts, in code the browser has not optimised yet);
 * - the terms each text uses: every copy of an element says the same texts, so each text is searched
 *   once per page. Emptied when full, so text changes that vary cannot grow it.
 */
const searches = new WeakMap<readonly Term[], { forms: [form: string, term: number][]; byText: Map<string, Term[]> }>();
const TEXTS_KEPT = 2000;

/** The terms of `terms` that `text` uses, in the list's order. */
function termsIn(terms: readonly Term[], text: string): Term[] {
  let search = searches.get(terms);
  if (!search) {
    const forms = terms.flatMap((term, at) => term.forms.map((form): [string, number] => [form.trim().toLowerCase().replace(/\s+/g, ' '), at]));
    searches.set(terms, (search = { forms, byText: new Map() }));
  }
  let found = search.byText.get(text);
  if (!found) {
    // Most texts use none of the terms: a plain search for each form first, and the whole-word pattern
    // (all of a term's forms at once) only for a term that may be there. Forms are in the list's order.
    const plain = text.toLowerCase().replace(/\s+/g, ' ');
    found = [];
    let tested = -1;
    for (const [form, at] of search.forms) {
      if (at === tested || !plain.includes(form)) continue;
      tested = at;
      if (patternOf(terms[at]!).test(text)) found.push(terms[at]!);
    }
    if (search.byText.size >= TEXTS_KEPT) search.byText.clear();
    search.byText.set(text, found);
  }
  return found;
}

/**
 * A source as a full citation, in the element's language: publisher, title (linked when it has an
 * http(s) address), year or journal citation, note, the date it was read, and DOI and PMID links.
 * `id` tells the guide's own sources (English names and titles, marked so) from a clinic's.
 */
export function renderSource(content: GuideContent, id: string, source: Source): TemplateResult {
  const text = describeSource(source, content.lang, (date) => fill(content.references.readOn, 'date', date), !Object.hasOwn(content.sources, id));
  const link = text.href && webLink(text.href);
  // Plain strings around the parts: the build's template minifier would drop their leading spaces.
  return html`<span lang=${ifDefined(text.publisherLang)}>${sentence(text.publisher)}</span>${' '}<cite lang=${ifDefined(text.titleLang)}
      >${link ? html`<a href=${link.href}>${text.title}</a>` : text.title}</cite
    >${/[.?!]$/.test(text.title) ? '' : '.'}${text.details.map((detail) => ` ${detail}`).join('')}${text.ids.map(
      (id) => html`${' '}<a href=${id.href}>${id.text}</a>`,
    )}`;
}

/** A source by id: one the clinic added with its text changes, or one of the guide's own once loaded. */
export function sourceFor(content: GuideContent, id: string): Source | undefined {
  return Object.hasOwn(content.sources, id) ? content.sources[id] : loadedBibliography()?.[id as SourceId];
}

/**
 * What one render of an element cites and defines. Statements go through it in the order they are
 * shown (Lit evaluates a template's expressions left to right), so sources are numbered in order of
 * appearance and each medical word is defined where the element first uses it; `list()` comes last
 * and shows the element's own sources. Made afresh for each render: every element stands alone.
 */
export class References {
  readonly #content: GuideContent;
  readonly #emergency: string;
  readonly #cited: SourceId[] = [];
  #defined = new Set<string>();
  /** The terms defined before two alternative layouts (see `startLayouts`). */
  #beforeLayouts = new Set<string>();
  /** Terms met in titles and labels, defined with the next statement. */
  #pending: Term[] = [];

  constructor(content: GuideContent, settings: PageSettings) {
    this.#content = content;
    this.#emergency = emergencyNumber(content, settings);
  }

  /** The labels around sources, care cards and the emergency number, in the element's language. */
  get labels(): ReferencesContent {
    return this.#content.references;
  }

  /** A text with its tokens filled (`{emergency}`). */
  fill(text: string): string {
    return fill(text, 'emergency', this.#emergency);
  }

  /** A title or label: shown as it is; the terms it uses are defined with the next statement. */
  label(text: string): string {
    const filled = this.fill(text);
    for (const term of this.#newTerms(filled)) if (!this.#pending.includes(term)) this.#pending.push(term);
    return filled;
  }

  /**
   * A statement's text with its source markers and the definitions of the terms it uses for the
   * first time in this element. `text` for items whose text is under another name (a risk's detail).
   */
  say(item: Traced, text?: string): TemplateResult {
    const [words, marker, definitions] = this.#statement(item, text);
    // The text and its marker in one box, so a grid (a .panel) keeps the marker on the text's line.
    return html`<span>${words}${marker}</span>${definitions}`;
  }

  /** A paragraph for a statement. One template, not a paragraph around `say()`: fewer parts to keep per element. */
  p(statement: Statement, className?: string): TemplateResult {
    const [words, marker, definitions] = this.#statement(statement);
    return className
      ? html`<p class=${className}><span>${words}${marker}</span>${definitions}</p>`
      : html`<p><span>${words}${marker}</span>${definitions}</p>`;
  }

  /** A list item for a statement. */
  li(statement: Statement): TemplateResult {
    const [words, marker, definitions] = this.#statement(statement);
    return html`<li><span>${words}${marker}</span>${definitions}</li>`;
  }

  /**
   * What a statement shows: its words (a plain string unless it defines a term itself), its source
   * marker, and the definitions it owes. Plain strings and `nothing` where possible: each template and
   * list Lit renders is kept in memory for the element's life, for every statement.
   */
  #statement(item: Traced, text = (item as Statement).text): [string | (string | TemplateResult)[], TemplateResult | typeof nothing, TemplateResult[] | typeof nothing] {
    const filled = this.fill(text);
    const found = [...this.#pending, ...this.#newTerms(filled).filter((term) => !this.#pending.includes(term))];
    this.#pending = [];
    const explained = new Set(item.defines);
    // The statement explains these itself: mark the word as the one defined here.
    const own = found
      .map((term) => ({ term, match: explained.has(term.id) ? patternOf(term).exec(filled) : null }))
      .filter((entry): entry is { term: Term; match: RegExpExecArray } => entry.match !== null)
      .sort((a, b) => a.match.index - b.match.index);
    const parts: (string | TemplateResult)[] = [];
    let at = 0;
    for (const { term, match } of own) {
      if (match.index < at) continue;
      parts.push(filled.slice(at, match.index), html`<dfn data-term=${term.id}>${match[0]}</dfn>`);
      at = match.index + match[0].length;
    }
    parts.push(filled.slice(at));
    const added = found.filter((term) => !own.some((entry) => entry.term === term));
    found.forEach((term) => this.#defined.add(term.id));
    return [parts.length === 1 ? filled : parts, this.#marker(item), added.length > 0 ? added.map((term) => this.#definition(term)) : nothing];
  }

  /**
   * For two layouts of the same statements of which only one is shown at a time (the comparison's table
   * and cards): `startLayouts()` before the first, `restartTerms()` between the two, which forgets the
   * terms the first layout defined (not those defined before it). Both render nothing: call them in the template.
   */
  startLayouts(): typeof nothing {
    this.#beforeLayouts = new Set(this.#defined);
    return nothing;
  }

  restartTerms(): typeof nothing {
    this.#defined = new Set(this.#beforeLayouts);
    return nothing;
  }

  /**
   * Definitions still owed (terms met only in labels), then the element's sources, numbered as
   * cited, in a `<details>` that printing opens. Call it last.
   */
  list(): TemplateResult {
    const count = this.#cited.length;
    return html`${this.owedDefinitions()}${count > 0
      ? html`<details class="sources" part="sources">
          <summary>${fill(this.#content.references.sourcesSummary, 'count', String(count))}</summary>
          <ol>
            ${this.#cited.map((id, index) => {
              const source = sourceFor(this.#content, id);
              // The target of the markers (see DetailsController), with the way back to the marker followed.
              // Until the bibliography has loaded (a moment after the first render), an empty item keeps the numbers.
              return html`<li id="source-${index + 1}" tabindex="-1">
                ${source ? renderSource(this.#content, id, source) : nothing}
                <a class="back-link" href="#" hidden>${this.#content.references.backToText}</a>
              </li>`;
            })}
          </ol>
        </details>`
      : nothing}`;
  }

  /**
   * Definitions of terms met only in titles and labels since the last statement, in a paragraph of
   * their own; `list()` gives the rest. For a form, whose labels should be explained before the
   * results that follow it.
   */
  owedDefinitions(): TemplateResult | typeof nothing {
    const owed = this.#pending;
    this.#pending = [];
    owed.forEach((term) => this.#defined.add(term.id));
    return owed.length > 0 ? html`<p>${owed.map((term) => this.#definition(term))}</p>` : nothing;
  }

  /** Terms used in a text and not yet defined in this element, in the order of the term list. */
  #newTerms(text: string): Term[] {
    return termsIn(this.#content.terms, text).filter((term) => !this.#defined.has(term.id));
  }

  #definition(term: Term): TemplateResult {
    return html`${' '}<span class="term" part="term"><dfn data-term=${term.id}>${term.term}</dfn>: ${term.definition}</span>`;
  }

  /** "[1, 3]" after a statement, read as "Source 1, 3"; unknown keys are left out. */
  /**
   * "[1, 3]" after a statement: a link to the first of them in the element's list of sources, read as
   * "Sources 1 and 3" (the words start with a space, so a screen reader does not run them into the
   * sentence's last word). Unknown keys are left out.
   */
  #marker(item: Traced): TemplateResult | typeof nothing {
    // Numbered without waiting for the bibliography, so the numbers never change when it arrives.
    const numbers = (item.sources ?? [])
      .map((id) => {
        if (!this.#cited.includes(id)) this.#cited.push(id);
        return this.#cited.indexOf(id) + 1;
      })
      // "4, 10 and 12", not "4, 12 and 10"
      .sort((a, b) => a - b);
    if (numbers.length === 0) return nothing;
    const { sourceLabel, sourcesLabel, listAnd } = this.#content.references;
    const last = numbers.pop()!;
    const spoken = numbers.length === 0 ? `${sourceLabel} ${last}` : `${sourcesLabel} ${numbers.join(', ')} ${listAnd} ${last}`;
    const shown = `[${[...numbers, last].join(', ')}]`;
    return html`<sup class="cite"><a href="#source-${numbers[0] ?? last}"><span class="vh">${` ${spoken}`}</span><span aria-hidden="true">${shown}</span></a></sup>`;
  }
}
