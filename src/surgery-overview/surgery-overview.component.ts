import { html } from 'lit';
import { GuideElement } from '../shared/guide-element.js';
import { renderHeading } from '../shared/heading.js';
import { paragraph, renderFooter, seedsOf } from '../shared/render.js';
import { surgeryOverviewStyles } from './surgery-overview.styles.js';

/**
 * What upper back surgery is, when doctors think about it, who is usually offered it (the article's
 * statement, with the guideline caution beside it), that the operation depends on the diagnosis,
 * and the common operations and hardware, each medical word explained where it appears.
 *
 * @summary What upper back surgery is, when it is considered, and the common operations.
 * @tagname surgery-overview
 *
 * @slot note - A clinic's own note, shown at the end.
 *
 * @csspart base - Wrapper of everything the element shows.
 * @csspart heading - The element's title.
 * @csspart subheading - Titles of its parts.
 * @csspart procedures - The list of common operations (a `<dl>`).
 */
export class SurgeryOverview extends GuideElement {
  static override styles = [...GuideElement.styles, surgeryOverviewStyles];

  protected override render() {
    const { overview } = this.content;
    const sub = this.level + 1;
    return html`<div part="base" lang=${this.content.lang}>
      ${renderHeading(this.level, overview.title)} ${paragraph(overview.whatItIs)} ${paragraph(overview.upperBack)}
      ${paragraph(overview.whenConsidered)} ${paragraph(overview.emergencies, 'panel')}
      <section>
        ${renderHeading(sub, overview.candidatesTitle, 'subheading')} ${paragraph(overview.candidates)}
        ${paragraph(overview.candidatesCaution, 'panel')}
      </section>
      <section>
        ${renderHeading(sub, overview.proceduresTitle, 'subheading')} ${paragraph(overview.dependsOnDiagnosis)}
        <dl part="procedures">
          ${overview.procedures.map(
            (procedure) => html`<dt data-seeds=${seedsOf(procedure)}>${procedure.title}</dt>
              <dd>${procedure.body.map((statement) => paragraph(statement))}</dd>`,
          )}
        </dl>
        ${paragraph(overview.hardware)} ${paragraph(overview.rarity)}
      </section>
      ${renderFooter(this.content)}
    </div>`;
  }
}
