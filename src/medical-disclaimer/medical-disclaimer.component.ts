import { html, nothing, type PropertyValues } from 'lit';
import { freeze, ownPart } from '../shared/freeze.js';
import { GuideElement } from '../shared/guide-element.js';
import { renderHeading } from '../shared/heading.js';
import { loadedBibliography } from '../shared/i18n/bibliography.js';
import type { MedicalDisclaimerContent } from '../content/sections/medical-disclaimer.js';
import { fill } from '../shared/render.js';
import { contentVersionsOf, parseIsoDate } from '../shared/setting-rules.js';
import { CONTENT_VERSIONS } from './content-version.js';
import { References, renderSource } from '../shared/references.js';
import { cut, invalidAttribute, warn, warnPage } from '../shared/warn.js';
import { medicalDisclaimerStyles } from './medical-disclaimer.styles.js';
import { medicalDisclaimer } from '../content/en/medical-disclaimer.js';
import { provideEnglish } from '../shared/i18n/english.js';

// This element's English (see english.ts): a page that imports only this element ships only this text.
provideEnglish({ medicalDisclaimer });

/** `iso` written for the reader in the content's own words ("March 5, 2026"); the ISO date when the words are missing. */
function formatDate(iso: string, { date, months }: MedicalDisclaimerContent): string {
  const [year, month, day] = parseIsoDate(iso) ?? [];
  const name = month && months[month - 1];
  return typeof name === 'string' ? fill(fill(fill(date, 'year', String(year)), 'month', name), 'day', String(day)) : iso;
}

/**
 * The notice every patient guide needs: educational information only, not medical advice; what to
 * do in an emergency; when the text was last reviewed and, when the clinic says so, by whom; and the
 * sources behind it. The reviewer is never invented: it shows only when the clinic gives one.
 * Where the page settings name the content version the reviewer signed (`reviewed-version`) and the
 * text shown is another, the review line adds "for an earlier version of this text": a sign-off never
 * passes for one of text the reviewer has not read.
 *
 * @summary Educational-only notice, emergency advice, review date, reviewer and sources.
 * @tagname medical-disclaimer
 *
 * @csspart subheading - Title of the sources.
 * @csspart review - The review date and reviewer.
 * @csspart sources - The list of all the guide's sources, in a `<details>` closed on screen and open on paper.
 * @csspart term - The definition of a medical word, where the element first uses it.
 */
export class MedicalDisclaimer extends GuideElement {
  static override styles = [...GuideElement.styles, medicalDisclaimerStyles];

  static override properties = {
    lastReviewed: { attribute: 'last-reviewed' },
    reviewedBy: { attribute: 'reviewed-by' },
    hideSources: { type: Boolean, attribute: 'hide-sources' },
  };

  /**
   * Date the clinic last reviewed the text (YYYY-MM-DD). Falls back to the page settings, then the guide's
   * own date. Ignored where the page has settings in `<head>`, which are final.
   */
  lastReviewed?: string;

  /**
   * Who reviewed the text, e.g. `Dr. Ana Reyes, MD`. Falls back to the page settings; shown only when
   * given. Ignored where the page has settings in `<head>`, which are final.
   */
  reviewedBy?: string;

  /** Leaves out the list of sources. */
  hideSources = false;

  #reviewDateIso = '';

  /** Whether the reviewer signed another version of the text than the one shown (see `reviewedVersion`). */
  #signedEarlier = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const fallback = this.content.meta.lastReviewed;
    let iso = this.settings.reviewDate ?? fallback;
    if (this.settings.reviewDate !== undefined && !parseIsoDate(this.settings.reviewDate)) {
      warnPage(`the page settings reviewDate "${cut(this.settings.reviewDate)}" is not a date (YYYY-MM-DD); using ${fallback}.`);
      iso = fallback;
    }
    const lastReviewed = this.ownClinicValue('lastReviewed');
    if (lastReviewed != null) {
      if (parseIsoDate(lastReviewed)) iso = lastReviewed.trim();
      else if (changed.has('lastReviewed')) {
        warn(invalidAttribute(this, 'last-reviewed', lastReviewed, 'a date written YYYY-MM-DD', iso));
      }
    }
    this.#reviewDateIso = iso;
    this.#signedEarlier = this.#isSignedEarlier();
  }

  /**
   * Whether the page settings name the versions the reviewer signed (`reviewedVersion`) and the text
   * shown is not one of them: then the review line says it was for an earlier version. A value that
   * is not a content version warns once and counts as another version (it cannot vouch for this one).
   */
  #isSignedEarlier(): boolean {
    const signed = this.settings.reviewedVersion;
    if (signed === undefined || signed.trim() === '') return false;
    const versions = contentVersionsOf(signed);
    if (!versions) {
      warnPage(`the page settings reviewedVersion "${cut(signed)}" is not a content version (12 hex digits, as the reviewer's packet names it); the review is shown as for an earlier version of this text.`);
      return true;
    }
    const shown = CONTENT_VERSIONS[this.content.lang];
    return shown === undefined || !versions.includes(shown);
  }

  #reviewer(): string | undefined {
    const own = this.ownClinicValue('reviewedBy')?.trim();
    if (own) return own;
    const { reviewerName, reviewerCredentials } = this.settings;
    if (!reviewerName?.trim()) return undefined;
    return reviewerCredentials?.trim() ? `${reviewerName.trim()}, ${reviewerCredentials.trim()}` : reviewerName.trim();
  }

  protected override render() {
    const { disclaimer, medicalDisclaimer: labels } = this.content;
    // The guide's own sources once loaded (see bibliography.ts), then any the clinic added.
    const sources = { ...loadedBibliography(), ...this.content.sources };
    const date = formatDate(this.#reviewDateIso, labels);
    const reviewer = this.#reviewer();
    const refs = new References(this.content, this.settings);
    return freeze(html`<div part="base" lang=${this.content.lang}>
      ${renderHeading(this.level, refs.label(labels.title))} ${refs.p(disclaimer.educational)}
      ${refs.p(disclaimer.emergency, 'panel urgent emergency')}
      <p part="review">
        ${labels.lastReviewedLabel}: <time datetime=${this.#reviewDateIso}>${date}</time>${reviewer
          ? html`<br />${labels.reviewedByLabel}: ${reviewer}`
          : nothing}${this.#signedEarlier ? html`, ${labels.earlierVersion}` : nothing}
      </p>
      ${this.hideSources
        ? nothing
        : html`<section class="bibliography">
            ${renderHeading(this.level + 1, labels.sourcesTitle, 'subheading')}
            <p>${labels.sourcesIntro}</p>
            <details>
              <summary>${fill(this.content.references.allSourcesSummary, 'count', String(Object.keys(sources).length))}</summary>
              <ul part="sources">
                ${Object.entries(sources).map(([id, source]) => html`<li>${renderSource(this.content, id, source)}</li>`)}
              </ul>
            </details>
          </section>`}
      ${ownPart(refs.list())}
      <slot name="note"></slot>
    </div>`);
  }
}
