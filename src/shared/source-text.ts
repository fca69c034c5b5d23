import type { Localized, Source } from '../content/types.js';
import { webLink } from './contact.js';

/** A source's parts as a reader sees them, in one language: for the elements' lists and the reviewer's packet alike. */
export interface SourceText {
  readonly publisher: string;
  /** Set when the publisher is written in another language than the guide's (a name in English). */
  readonly publisherLang?: string;
  readonly title: string;
  /** Set when the title is in another language than the guide's. */
  readonly titleLang?: string;
  /** Where the title links: the page read, else the article's DOI. */
  readonly href?: string;
  /** Year, journal citation, note and the date it was read: each a sentence, ending with its stop. */
  readonly details: readonly string[];
  /** The article's identifiers, as links: `doi:…`, `PMID …`. */
  readonly ids: readonly { readonly text: string; readonly href: string }[];
}

/** A text with its full stop, unless it already ends with one ("…Back Pain?", "et al."). */
export const sentence = (text: string): string => (/[.?!]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** The text for `lang`, and whether it is in that language. */
function pick(text: Localized, lang: string): { text: string; translated: boolean } {
  if (typeof text === 'string') return { text, translated: false };
  const own = (text as Record<string, string>)[lang];
  return own !== undefined ? { text: own, translated: true } : { text: text.en, translated: lang === 'en' };
}

/**
 * A source in `lang`. `guideOwn`: one of the guide's own sources (written in English), not one a
 * clinic added with its text changes (written in the clinic's language unless it says otherwise).
 */
export function describeSource(source: Source, lang: string, readOn: (date: string) => string, guideOwn: boolean): SourceText {
  const english = guideOwn && lang !== 'en' ? 'en' : undefined;
  const publisher = pick(source.publisher, lang);
  const note = source.note === undefined ? undefined : pick(source.note, lang).text;
  const titleLang = source.lang ?? english;
  const doi = source.doi ? webLink(`https://doi.org/${source.doi}`) : undefined;
  const pubmed = source.pmid && /^\d{1,9}$/.test(source.pmid) ? `https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/` : undefined;
  const page = source.url ? webLink(source.url) : undefined;
  return {
    publisher: publisher.text,
    publisherLang: publisher.translated ? undefined : english,
    title: source.title,
    titleLang: titleLang === lang ? undefined : titleLang,
    href: (page ?? doi)?.href,
    details: [
      // A journal citation carries its year; a page's year is shown on its own.
      source.citation ? sentence(source.citation) : source.year !== undefined ? sentence(String(source.year)) : '',
      note ? sentence(note) : '',
      source.accessed ? sentence(readOn(source.accessed)) : '',
    ].filter(Boolean),
    ids: [
      ...(doi ? [{ text: `doi:${source.doi}`, href: doi.href }] : []),
      ...(pubmed ? [{ text: `PMID ${source.pmid}`, href: pubmed }] : []),
      ...(lang === 'es' && source.spanish && webLink(source.spanish.url)
        ? [{ text: `${source.spanish.publisher}: ${source.spanish.title}`, href: webLink(source.spanish.url)!.href }]
        : []),
    ],
  };
}
