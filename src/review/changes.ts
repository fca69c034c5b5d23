/**
 * The packet of changes since a signed content version (`review --since <version>`): only the texts
 * added, removed or reworded, and the sources that changed, each text with its article points and
 * sources in full, and a sign-off block for the new version. Plain string building, as packet.ts.
 */
import type { ReviewEntry } from './collect.js';
import { LABELS, type PacketLabels } from './labels.js';
import { citationHtml, escape, packetDocument } from './packet.js';
import { diffSnapshots, type ContentSnapshot } from './versions.js';

export interface ChangesOptions {
  /** The snapshot of the version the reviewer signed. */
  readonly since: ContentSnapshot;
  /** The snapshot of the text this library shows. */
  readonly now: ContentSnapshot;
  /** The library version, for the sign-off. */
  readonly version: string;
  /** The reviewer's name and credentials, when the clinic's settings give them. */
  readonly reviewerName?: string;
  readonly reviewerCredentials?: string;
}

export interface ChangesPacket {
  readonly html: string;
  /** How many changes it lists. */
  readonly count: number;
}

/** Builds the packet of changes in the snapshots' language. */
export function buildChangesPacket({ since, now, version, reviewerName, reviewerCredentials }: ChangesOptions): ChangesPacket {
  const t: PacketLabels = LABELS[now.lang as 'en' | 'es'] ?? LABELS.en;
  const c = t.changes;
  const diff = diffSnapshots(since, now);

  const trace = (entry: ReviewEntry, sources: ContentSnapshot['sources']): string => {
    if (entry.seeds.length === 0 && entry.sources.length === 0) return entry.kind === 'statement' ? `<p class="trace">${escape(t.noTrace)}</p>` : '';
    return `<div class="trace">${entry.seeds.length ? `<p>${escape(t.articlePoints)}: ${entry.seeds.map(escape).join(', ')}</p>` : ''}${
      entry.sources.length ? `<p>${escape(t.sources)}:</p><ul>${entry.sources.map((id) => citationHtml(id, sources[id], t, now.lang)).join('')}</ul>` : ''
    }</div>`;
  };
  const kind = (entry: ReviewEntry) => `<span class="kind">${escape(entry.kind === 'statement' ? t.statement : t.label)}</span>`;
  const item = (badge: string, body: string, entry: ReviewEntry, traceHtml: string) =>
    `<li class="entry ${entry.kind} clinic">${kind(entry)}
<p class="text"><span class="badge">${escape(badge)}</span>${body}</p>
<p class="path">${escape(entry.path)}</p>${traceHtml}</li>`;

  const parts: string[] = [];
  for (const { before, after } of diff.reworded) {
    const traceHtml = trace(after, now.sources) + (before.sources.join() !== after.sources.join() || before.seeds.join() !== after.seeds.join() ? `<p class="original">${escape(c.before)}:</p>${trace(before, since.sources)}` : '');
    parts.push(item(c.reworded, `<ins>${escape(after.text)}</ins>`, after, `<p class="original">${escape(c.before)}: <del>${escape(before.text)}</del></p>${traceHtml}`));
  }
  for (const entry of diff.added) parts.push(item(c.added, `<ins>${escape(entry.text)}</ins>`, entry, trace(entry, now.sources)));
  for (const entry of diff.removed) parts.push(item(c.removed, `<del>${escape(entry.text)}</del>`, entry, trace(entry, since.sources)));
  for (const { before, after } of diff.retraced) {
    parts.push(item(c.retraced, escape(after.text), after, `${trace(after, now.sources)}<p class="original">${escape(c.before)}:</p>${trace(before, since.sources)}`));
  }
  const sourceParts = [
    ...diff.sources.added.map((id) => [c.sourceAdded, citationHtml(id, now.sources[id], t, now.lang)]),
    ...diff.sources.changed.map((id) => [c.sourceChanged, citationHtml(id, now.sources[id], t, now.lang)]),
    ...diff.sources.removed.map((id) => [c.sourceRemoved, citationHtml(id, since.sources[id], t, now.lang)]),
  ].map(([badge, cited]) => cited!.replace('<li>', `<li class="entry clinic"><span class="badge">${escape(badge!)}</span>`));
  const count = parts.length + sourceParts.length;

  const line = (label: string, value = '') => `<p class="line"><span>${escape(label)}</span><span>${escape(value)}</span></p>`;
  const body = `<h1>${escape(c.title)}</h1>
<p>${escape(c.intro(since.version, now.version))}</p>
<p><strong>${escape(count > 0 ? c.summary(count) : c.none(since.version))}</strong></p>
<section id="changes"><h2>${escape(t.elementsTitle)}</h2>
<ul class="entries">${parts.join('\n')}</ul>
</section>
${sourceParts.length ? `<section id="sources"><h2>${escape(c.sourcesTitle)}</h2><ul class="entries">${sourceParts.join('\n')}</ul></section>` : ''}
<section class="signoff" id="sign-off">
<h2>${escape(t.signOffTitle)}</h2>
<p>${escape(c.signOffIntro)}</p>
<p><strong>${escape(t.contentVersion(now.version))}</strong> (${escape(`upper-back-surgery-elements ${version}`)})</p>
${line(t.reviewerName, reviewerName?.trim())}
${line(t.credentials, reviewerCredentials?.trim())}
${line(t.date)}
${line(t.signature)}
<p class="note">${escape(t.afterSigning)}</p>
</section>`;
  return { html: packetDocument(now.lang, c.title, body), count };
}
