import { html } from 'lit';
import { GuideElement } from '../shared/guide-element.js';
import { renderHeading } from '../shared/heading.js';
import { renderCareCard } from '../shared/render.js';
import { conservativeCareStyles } from './conservative-care.styles.js';
import { conservativeCare } from '../content/en/conservative-care.js';
import { provideEnglish } from '../shared/i18n/english.js';

// This element's English (see english.ts): a page that imports only this element ships only this text.
provideEnglish({ conservativeCare });

/**
 * The treatments doctors try before surgery, and the usual path to a decision, shown as steps:
 * conservative care, then a spine specialist's assessment, a second opinion, and a shared decision.
 *
 * @summary Treatments to try first, and the steps towards a decision about surgery.
 * @tagname conservative-care
 *
 * @csspart subheading - Title of the path.
 * @csspart treatments - The list of treatments tried first.
 * @csspart path - The ordered list of steps towards a decision.
 * @csspart care-card - The card that says not to wait in an emergency (also `emergency`).
 * @csspart term - The definition of a medical word, where the element first uses it.
 * @csspart sources - The element's sources (a `<details>`, open when printed), numbered as marked in the text.
 */
export class ConservativeCare extends GuideElement {
  static override styles = [...GuideElement.styles, conservativeCareStyles];

  protected override render() {
    // Depends only on its inputs: identical copies share one render.
    return this.sharedRender(() =>
      this.renderText((refs) => {
        const care = this.content.conservativeCare;
        return html`${renderHeading(this.level, refs.label(care.title))} ${refs.p(care.intro)}
          <ul part="treatments">
            ${care.treatments.map((statement) => refs.li(statement))}
          </ul>
          ${refs.p(care.lowBackNote)} ${refs.p(care.imaging)}
          ${renderHeading(this.level + 1, refs.label(care.pathTitle), 'subheading')}
          <ol class="path" part="path">
            ${care.path.map(
              (step) => html`<li>
                <span class="step-title">${refs.label(step.title)}</span>
                ${step.body.map((statement) => refs.p(statement))}
              </li>`,
            )}
          </ol>
          ${renderCareCard('emergency', this.level + 1, refs.label(care.emergencyNote.title), refs.p(care.emergencyNote), refs.labels)}`;
      }),
    );
  }
}
