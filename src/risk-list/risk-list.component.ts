import { pickOption } from '../shared/attributes.js';
import { html, nothing, type PropertyValues } from 'lit';
import type { Risk } from '../content/types.js';
import { GuideElement } from '../shared/guide-element.js';
import { renderHeading } from '../shared/heading.js';
import type { References } from '../shared/references.js';
import { renderAfterSurgerySigns } from '../shared/render.js';
import { riskListStyles } from './risk-list.styles.js';
import { risks } from '../content/en/risks.js';
import { warningSigns } from '../content/en/warning-signs.js';
import { provideEnglish } from '../shared/i18n/english.js';

// This element's English (see english.ts): a page that imports only this element ships only this text.
provideEnglish({ risks, warningSigns });

type RiskSelection = 'all' | 'common';
const SELECTIONS: readonly RiskSelection[] = ['all', 'common'];

/**
 * The risks of surgery: those every operation carries (reactions to anesthesia, infection,
 * bleeding), the further risks of spine surgery, the honest note that surgery rarely ends back pain
 * for good, and the warning signs that need urgent care. Each risk's explanation opens on demand.
 *
 * @summary The risks of upper back surgery, with the warning signs that need urgent care.
 * @tagname risk-list
 *
 * @csspart subheading - Titles of the groups of risks and of the warning signs.
 * @csspart list - Each list of risks.
 * @csspart item - One risk (a `<details>` whose summary is the risk's name).
 * @csspart warning-signs - The signs after surgery that need help fast: two care cards, one for the emergency number, one for the surgeon.
 * @csspart care-card - Each of those cards; also `emergency` or `urgent` by its level.
 * @csspart term - The definition of a medical word, where the element first uses it.
 * @csspart sources - The element's sources (a `<details>`, open when printed), numbered as marked in the text.
 *
 * @fires ubs-toggle - A risk's explanation was opened or closed by the reader. `detail: { id, open }` (the risk's id, e.g. `infection`).
 */
export class RiskList extends GuideElement {
  static override styles = [...GuideElement.styles, riskListStyles];

  static override properties = {
    show: {},
    expanded: { type: Boolean },
  };

  /** `all` risks (default, also when not set), or only the `common` ones every surgery carries. */
  show?: RiskSelection;

  /** Shows every risk's explanation opened (useful on a printed page). */
  expanded = false;

  #selection: RiskSelection = 'all';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('show')) this.#selection = pickOption(this, 'show', this.show, SELECTIONS, 'all');
  }


  #renderRisks(risks: readonly Risk[], refs: References) {
    return html`<ul class="risks" part="list">
      ${risks.map(
        (risk) => html`<li>
          <details part="item" data-id=${risk.id}>
            <summary>${refs.label(risk.name)}</summary>
            <p>${refs.say(risk, risk.detail)}</p>
          </details>
        </li>`,
      )}
    </ul>`;
  }

  protected override render() {
    // Depends only on its inputs: identical copies share one render.
    return this.sharedRender(() =>
      this.renderText((refs) => {
        const { risks } = this.content;
        const sub = this.level + 1;
        return html`${renderHeading(this.level, refs.label(risks.title))} ${refs.p(risks.intro)}
          ${renderHeading(sub, refs.label(risks.commonTitle), 'subheading')} ${this.#renderRisks(risks.items.filter((risk) => risk.common), refs)}
          ${this.#selection === 'all'
            ? html`${renderHeading(sub, refs.label(risks.furtherTitle), 'subheading')}
              ${this.#renderRisks(risks.items.filter((risk) => !risk.common), refs)}`
            : nothing}
          ${refs.p(risks.notACure, 'panel')} ${renderAfterSurgerySigns(this.content, refs, sub)}`;
      }),
    );
  }
}
