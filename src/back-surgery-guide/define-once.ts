/**
 * One definition of a medical word per page, for <back-surgery-guide>. Each section stands alone and
 * defines the words it uses; read as one page, the guide hides each repeat. The rule is here once; the
 * browser applies it to the DOM (BackSurgeryGuide), the server to its HTML (`hideRepeatsInHtml`), so a
 * server-rendered guide is taken over without anything moving.
 */

/** A definition, in reading order: an inset (`.term`, which can be hidden) or a sentence's own `<dfn>`. */
export interface Definition {
  readonly term: string;
  readonly inset: boolean;
  /** Where it is: a section element, or the guide's own text. */
  readonly owner: unknown;
}

/**
 * Which definitions are repeats to hide: an inset whose word an earlier part of the page (a section before
 * this one, or the guide's own text) already defined. Within one section, every definition of a word it
 * defines first stays: the comparison defines its words once in its table and once in its cards, and only
 * one of the two shows.
 */
export function repeats(definitions: readonly Definition[]): boolean[] {
  const before = new Set<string>();
  let owner: unknown = repeats;
  let own: string[] = [];
  return definitions.map((definition) => {
    if (definition.owner !== owner) {
      own.forEach((term) => before.add(term));
      own = [];
      owner = definition.owner;
    }
    own.push(definition.term);
    return definition.inset && before.has(definition.term);
  });
}

/** Where a section of the guide opens or closes in the server's HTML, an inset, or a sentence's `<dfn>`. */
const TOKENS = (sections: readonly string[]) =>
  new RegExp(
    `<(/?)(${sections.join('|')})[\\s>]|(<span[^>]*\\bclass="term"[^>]*>)\\s*<dfn[^>]*\\bdata-term="([^"]+)"|<dfn[^>]*\\bdata-term="([^"]+)"`,
    'g',
  );

/** The guide's server HTML with the repeats hidden, as the browser would hide them. */
export function hideRepeatsInHtml(markup: string, sections: readonly string[]): string {
  const found: { definition: Definition; at: number; span?: string }[] = [];
  let owner: string | number = 'guide';
  for (const match of markup.matchAll(TOKENS(sections))) {
    const [, closing, section, span, insetTerm, textTerm] = match;
    if (section) owner = closing ? 'guide' : match.index;
    else found.push({ definition: { term: (insetTerm ?? textTerm)!, inset: Boolean(span), owner }, at: match.index, span });
  }
  const hidden = repeats(found.map((item) => item.definition));
  let result = markup;
  // From the end, so the positions before each change stay right.
  for (let i = found.length - 1; i >= 0; i--) {
    const { at, span } = found[i]!;
    if (hidden[i] && span) result = `${result.slice(0, at)}${span.replace(/^<span/, '<span hidden')}${result.slice(at + span.length)}`;
  }
  return result;
}
