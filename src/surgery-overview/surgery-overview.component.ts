import { html } from 'lit';
import { GuideElement } from '../shared/guide-element.js';
import { renderHeading } from '../shared/heading.js';
import { figureStyles, renderSpine } from '../shared/illustrations.js';
import { renderWarningSigns } from '../shared/render.js';
import { surgeryOverviewStyles } from './surgery-overview.styles.js';
import { illustrations } from '../content/en/illustrations.js';
import { overview } from '../content/en/overview.js';
import { provideEnglish } from '../shared/i18n/english.js';

// This element's English (see english.ts): a page that imports only this element ships only this text.
provideEnglish({ overview, illustrations });

/**
 * What upper back surgery is, when doctors think about it, who is usually offered it (the article's
 * statement, with the guideline caution beside it), that the operation depends on the diagnosis,
 * and the common operations and hardware, each medical word explained where it appears.
 *
 * @summary What upper back surgery is, when it is considered, and the common operations.
 * @tagname surgery-overview
 *
 * @csspart subheading - Titles of its parts.
 * @csspart procedures - The list of common operations (a `<dl>`).
 * @csspart figure - The drawing of the spine with the upper back in colour, with its caption.
 * @csspart care-card - The card of signs that need the emergency number (also `emergency`).
 * @csspart term - The definition of a medical word, where the element first uses it.
 * @csspart sources - The element's sources (a `<details>`, open when printed), numbered as marked in the text.
 */
export class SurgeryOverview extends GuideElement {
  static override styles = [...GuideElement.styles, figureStyles, surgeryOverviewStyles];

  protected override render() {
    // Depends only on its inputs: identical copies share one render.
    return this.sharedRender(() =>
      this.renderText((refs) => {
        const { overview } = this.content;
        const sub = this.level + 1;
        return html`${renderHeading(this.level, refs.label(overview.title))} ${refs.p(overview.upperBack)}
          ${renderSpine(this.content.illustrations.spine, refs)} ${refs.p(overview.whatItIs)}
          ${refs.p(overview.usualReasons)} ${refs.p(overview.whenConsidered)} ${refs.p(overview.cordPressure)}
          ${renderWarningSigns(overview.emergencies, 'emergency', refs, sub)}
          <section>
            ${renderHeading(sub, refs.label(overview.candidatesTitle), 'subheading')} ${refs.p(overview.candidates)}
            ${refs.p(overview.candidatesCaution, 'panel')} ${refs.p(overview.noClearCause)}
          </section>
          <section>
            ${renderHeading(sub, refs.label(overview.proceduresTitle), 'subheading')} ${refs.p(overview.dependsOnDiagnosis)}
            <dl part="procedures">
              ${[...overview.procedures, overview.vertebroplasty].map(
                (procedure) => html`<dt>${refs.label(procedure.title)}</dt>
                  <dd>${procedure.body.map((statement) => refs.p(statement))}</dd>`,
              )}
            </dl>
            ${refs.p(overview.hardware)} ${refs.p(overview.rarity)}
          </section>`;
      }),
    );
  }
}
