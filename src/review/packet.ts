/**
 * The medical reviewer's sign-off packet: one printable, self-contained HTML document with every text
 * every element can show, where it comes from, the clinic's changes marked, and a sign-off block.
 * Plain string building (no DOM), so it runs in Node; every value goes through `escape`.
 */
import { sources as guideSources } from '../content/sources.js';
import type { GuideContent, Source } from '../content/types.js';
import { applyOverrides } from '../shared/content-overrides.js';
import { webLink } from '../shared/contact.js';
import { describeSource, sentence } from '../shared/source-text.js';
import { SETTING_RULES } from '../shared/setting-rules.js';
import type { PageSettings } from '../shared/page-settings.js';
import { collectEntries, valueAt, type ReviewEntry } from './collect.js';
import { REVIEWED_ELEMENTS, SHARED_SECTIONS } from './elements.js';
import { LABELS, type PacketLabels } from './labels.js';
import { isObject } from '../shared/json.js';

export interface PacketOptions {
  /** The guide's own content in the packet's language. */
  readonly content: GuideContent;
  /** The clinic's page settings (the JSON of a settings block); `content` is keyed by language. */
  readonly settings?: PageSettings & { emergencyNumber?: string };
  /** The library version being signed off. */
  readonly version: string;
  /** The content version of the guide's own text in this language (src/review/versions.ts), for the sign-off. */
  readonly contentVersion?: string;
}

export interface Packet {
  readonly html: string;
  /** Paths of the clinic's text changes that were invalid and not applied. */
  readonly rejected: readonly string[];
}

/** Settings that change what readers see, in the order the packet lists them (colours and theme do not). */
const SHOWN_SETTINGS = ['clinicName', 'phone', 'bookingUrl', 'email', 'emergencyNumber', 'reviewerName', 'reviewerCredentials', 'reviewDate'] as const;

/** Text made safe for HTML text and attribute values. */
export function escape(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}


/** The clinic's text changes for one language, whichever tag it was written under (`es`, `es-MX`). */
function changesFor(settings: PacketOptions['settings'], lang: string): unknown {
  const content = settings?.content;
  if (!isObject(content)) return undefined;
  return Object.entries(content).find(([key]) => key.toLowerCase().split(/[-_]/)[0] === lang)?.[1];
}

export const STYLE = `
:root { color-scheme: light; }
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; border-bottom: 2px solid #333; padding-bottom: .2rem; margin-top: 2.2rem; }
h3 { font-size: 1.1rem; margin-top: 1.6rem; } h4 { font-size: 1rem; margin: 1.2rem 0 .4rem; color: #333; }
code, .path { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .8rem; color: #555; }
.element { border: 1px solid #bbb; border-radius: 6px; padding: .4rem 1rem 1rem; margin: 1.2rem 0; }
.entries { list-style: none; padding: 0; margin: 0; }
.entry { border-top: 1px solid #ddd; padding: .5rem 0; break-inside: avoid; }
.entry p { margin: .15rem 0; }
.entry .text { margin: .1rem 0; }
.entry.label .text { font-weight: 600; }
.kind { font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; color: #555; }
.trace { font-size: .85rem; color: #333; margin: .2rem 0 0; }
.trace ul { margin: .1rem 0 0; padding-left: 1.2rem; }
.badge { display: inline-block; font-size: .75rem; font-weight: 700; border: 2px solid #8a4b00; color: #8a4b00; background: #fff4e0; border-radius: 4px; padding: 0 .35rem; margin-right: .4rem; }
.clinic { background: #fffaf0; border-left: 4px solid #8a4b00; padding-left: .6rem; }
del { color: #8b0000; } ins { text-decoration: none; }
.original { font-size: .9rem; margin: .1rem 0; }
.note { font-style: italic; }
dl.settings { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.settings dt { font-weight: 600; }
.invalid { color: #8b0000; }
.signoff { border: 2px solid #333; padding: 1rem; margin-top: 2rem; break-inside: avoid; }
.line { display: flex; gap: .6rem; align-items: flex-end; margin: 1.4rem 0 0; }
.line span:first-child { min-width: 9rem; font-weight: 600; }
.line span:last-child { flex: 1; border-bottom: 1px solid #000; min-height: 1.4rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  a { color: inherit; }
  h2 { break-after: avoid; } h3, h4 { break-after: avoid; }
  .element { border: none; padding: 0; }
  .signoff { break-before: page; }
  nav { display: none; }
}`;

/**
 * A source as a full citation, as the elements show it (describeSource): one list item, with `id` as
 * its anchor when the packet's references list it. `lang` is the packet's; the guide's own sources
 * are English, marked so in another language. A source the guide does not list is shown by its id.
 */
export function citationHtml(id: string, source: Source | undefined, t: PacketLabels, lang: string, anchor = false): string {
  if (!source) return `<li>${escape(id)}</li>`;
  const text = describeSource(source, lang, (date) => `${t.readOn} ${date}`, true);
  const link = text.href && webLink(text.href);
  const langAttr = (value?: string) => (value ? ` lang="${escape(value)}"` : '');
  const title = link ? `<a href="${escape(link.href)}">${escape(text.title)}</a>` : escape(text.title);
  return `<li${anchor ? ` id="ref-${escape(id)}"` : ''}><span${langAttr(text.publisherLang)}>${escape(sentence(text.publisher))}</span> <cite${langAttr(
    text.titleLang,
  )}>${title}</cite>${/[.?!]$/.test(text.title) ? '' : '.'}${text.details.map((detail) => ` ${escape(detail)}`).join('')}${text.ids
    .map((ref) => ` <a href="${escape(ref.href)}">${escape(ref.text)}</a>`)
    .join('')}</li>`;
}

/** A printable, self-contained HTML document: the packet's styles, no script, nothing loaded. */
export function packetDocument(lang: string, title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${escape(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${STYLE}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** Builds the packet in the content's language (English labels for a language the packet has no words for). */
export function buildPacket({ content: original, settings, version, contentVersion }: PacketOptions): Packet {
  const lang = original.lang;
  const t: PacketLabels = LABELS[lang as 'en' | 'es'] ?? LABELS.en;
  const changes = changesFor(settings, lang);
  const { content, rejected } = changes === undefined ? { content: original, rejected: [] as string[] } : applyOverrides(original, changes);

  let changed = 0;
  /** Where a shared section (warning signs, the short disclaimer) was first printed in full. */
  const printedUnder = new Map<string, string>();

  // The guide's own sources, then any the clinic's changes add (a clinic's entry wins for its id).
  const allSources: Readonly<Record<string, Source>> = { ...guideSources, ...content.sources };
  // Each source is printed in full once, in the references; statements point to it by number.
  const numbers = new Map(Object.keys(allSources).map((id, index) => [id, index + 1]));
  const citation = (id: string): string => {
    const source: Source | undefined = Object.hasOwn(allSources, id) ? allSources[id] : undefined;
    // A clinic's change may name a source the guide does not list: shown by its id, for the reviewer to query.
    if (!source) return `<li>${escape(id)}</li>`;
    const text = describeSource(source, lang, (date) => date, true);
    const year = source.year ?? source.accessed?.slice(0, 4);
    return `<li><a href="#ref-${escape(id)}">[${numbers.get(id)}]</a> ${escape(text.publisher)}${year ? `, ${escape(year)}` : ''}</li>`;
  };

  const trace = (entry: ReviewEntry): string => {
    if (entry.seeds.length === 0 && entry.sources.length === 0) return entry.kind === 'statement' ? `<p class="trace">${escape(t.noTrace)}</p>` : '';
    return `<div class="trace">${entry.seeds.length ? `<p>${escape(t.articlePoints)}: ${entry.seeds.map(escape).join(', ')}</p>` : ''}${
      entry.sources.length
        ? `<p>${escape(t.sources)}:</p><ul>${entry.sources.map(citation).join('')}</ul>`
        : ''
    }</div>`;
  };

  const entryHtml = (entry: ReviewEntry, before: ReviewEntry | undefined): string => {
    const isChanged = before === undefined || before.text !== entry.text || before.seeds.join() !== entry.seeds.join() || before.sources.join() !== entry.sources.join();
    if (isChanged) changed += 1;
    const kind = entry.kind === 'statement' ? t.statement : t.label;
    const mark = !isChanged ? '' : `<span class="badge">${escape(before === undefined ? t.clinicAdded : t.clinicText)}</span>`;
    const text = isChanged ? `<ins>${escape(entry.text)}</ins>` : escape(entry.text);
    const originalText =
      isChanged && before && before.text !== entry.text ? `<p class="original">${escape(t.original)}: <del>${escape(before.text)}</del></p>` : '';
    return `<li class="entry ${entry.kind}${isChanged ? ' clinic' : ''}"><span class="kind">${escape(kind)}</span>
<p class="text">${mark}${text}</p>${originalText}
<p class="path">${escape(entry.path)}</p>${trace(entry)}</li>`;
  };

  const removedHtml = (entry: ReviewEntry): string => {
    changed += 1;
    return `<li class="entry ${entry.kind} clinic"><p class="text"><span class="badge">${escape(t.clinicRemoved)}</span><del>${escape(entry.text)}</del></p><p class="path">${escape(entry.path)}</p></li>`;
  };

  const sectionHtml = (tag: string, path: string): string => {
    if (path === 'sources') return `<p class="note">${escape(t.sourcesShown)}</p>`;
    const value = valueAt(content, path);
    const entries = collectEntries(value, path);
    const title = isObject(value) && typeof value.title === 'string' ? value.title : (entries[0]?.text ?? path);
    const firstTag = printedUnder.get(path);
    if (firstTag) {
      return `<p class="note"><a href="#${escape(`${firstTag}--${path}`)}">${escape(t.sharedSeeAbove(title, firstTag))}</a> <code>${escape(path)}</code></p>`;
    }
    printedUnder.set(path, tag);
    const before = new Map(collectEntries(valueAt(original, path), path).map((entry) => [entry.path, entry]));
    const shown = new Set(entries.map((entry) => entry.path));
    const removed = [...before.values()].filter((entry) => !shown.has(entry.path));
    const heading = isObject(value) && typeof value.title === 'string' ? `${escape(value.title)} ` : '';
    return `<h4 id="${escape(`${tag}--${path}`)}">${heading}<code>${escape(path)}</code></h4>
<ul class="entries">${entries.map((entry) => entryHtml(entry, before.get(entry.path))).join('\n')}${removed.map(removedHtml).join('\n')}</ul>`;
  };

  const elementsHtml = REVIEWED_ELEMENTS.map(
    (element) => `<section class="element" id="${escape(element.tag)}">
<h3>&lt;${escape(element.tag)}&gt;</h3>
<p>${escape(element.summary[lang as 'en' | 'es'] ?? element.summary.en)}</p>
${element.includes ? `<p>${escape(t.shows)}: ${element.includes.map((tag) => `<a href="#${escape(tag)}">&lt;${escape(tag)}&gt;</a>`).join(', ')}</p>` : ''}
${element.sections.map((path) => sectionHtml(element.tag, path)).join('\n')}
</section>`,
  ).join('\n');

  const sharedHtml = `<section class="element" id="shared">
<h3>${escape(t.sharedTitle)}</h3>
<p>${escape(t.sharedIntro)}</p>
${SHARED_SECTIONS.map((path) => sectionHtml('shared', path)).join('\n')}
</section>`;

  const settingsHtml = (): string => {
    const rows = SHOWN_SETTINGS.flatMap((key) => {
      const value = settings?.[key];
      if (typeof value !== 'string' || value.trim() === '') return [];
      const valid = SETTING_RULES[key]?.(value) ?? true;
      return [`<dt>${escape(t.settingNames[key])}</dt><dd>${escape(value)}${valid ? '' : ` <span class="invalid">(${escape(t.notShown)})</span>`}</dd>`];
    });
    return rows.length ? `<p>${escape(t.settingsIntro)}</p><dl class="settings">${rows.join('')}</dl>` : `<p>${escape(t.settingsNone)}</p>`;
  };
  const settingsSection = settingsHtml();

  const rejectedHtml = rejected.length
    ? `<h3>${escape(t.rejectedTitle)}</h3><p>${escape(t.rejectedIntro)}</p><ul>${rejected.map((path) => `<li><code>${escape(path)}</code></li>`).join('')}</ul>`
    : '';

  const references = `<ol>${Object.keys(allSources).map((id) => citationHtml(id, allSources[id], t, lang, true)).join('\n')}</ol>`;

  const line = (label: string, value = '') => `<p class="line"><span>${escape(label)}</span><span>${escape(value)}</span></p>`;
  const signOff = `<section class="signoff" id="sign-off">
<h2>${escape(t.signOffTitle)}</h2>
<p>${escape(t.signOffIntro)}</p>
<p><strong>${escape(t.reviewedVersion(version, content.meta.lastReviewed))}</strong></p>
${contentVersion ? `<p><strong>${escape(t.contentVersion(contentVersion))}</strong></p>` : ''}
${line(t.reviewerName, settings?.reviewerName?.trim())}
${line(t.credentials, settings?.reviewerCredentials?.trim())}
${line(t.date)}
${line(t.signature)}
<p class="note">${escape(t.afterSigning)}</p>
</section>`;

  // Counted while the elements were printed, above.
  const summary = `<p><strong>${escape(changed > 0 ? t.changesSummary(changed) : t.noChanges)}</strong></p>`;
  const body = `<h1>${escape(t.title)}</h1>
<p><strong>${escape(content.meta.title)}</strong>${settings?.clinicName?.trim() ? ` — ${escape(settings.clinicName.trim())}` : ''}</p>
<p>${escape(t.reviewedVersion(version, content.meta.lastReviewed))}${contentVersion ? `. ${escape(t.contentVersion(contentVersion))}` : ''}</p>
<p>${escape(t.intro)}</p>
<p>${escape(t.howToRead)}</p>
<p><strong>${escape(t.safetyCase)}</strong></p>
<nav aria-labelledby="contents-title"><h2 id="contents-title">${escape(t.contentsTitle)}</h2><ol>
<li><a href="#settings">${escape(t.settingsTitle)}</a></li>
<li><a href="#elements">${escape(t.elementsTitle)}</a><ol>${REVIEWED_ELEMENTS.map((element) => `<li><a href="#${escape(element.tag)}">&lt;${escape(element.tag)}&gt;</a></li>`).join('')}</ol></li>
<li><a href="#references">${escape(t.referencesTitle)}</a></li>
<li><a href="#sign-off">${escape(t.signOffTitle)}</a></li>
</ol></nav>
<section id="settings"><h2>${escape(t.settingsTitle)}</h2>
${settingsSection}
${summary}
${rejectedHtml}
</section>
<section id="elements"><h2>${escape(t.elementsTitle)}</h2>
${elementsHtml}
${sharedHtml}
</section>
<section id="references"><h2>${escape(t.referencesTitle)}</h2>
${references}
</section>
${signOff}`;

  const html = packetDocument(lang, `${t.title}: ${content.meta.title}`, body);
  return { html, rejected };
}
