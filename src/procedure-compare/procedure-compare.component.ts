import { pickOption, pickOptions } from '../shared/attributes.js';
import { html, nothing, type PropertyValues } from 'lit';
import { freeze } from '../shared/freeze.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ComparisonRowId, ProcedureId } from '../content/types.js';
import { GuideElement } from '../shared/guide-element.js';
import { renderHeading } from '../shared/heading.js';
import { figureStyles, renderApproaches } from '../shared/illustrations.js';
import { References } from '../shared/references.js';
import { renderFooter } from '../shared/render.js';
import { procedureCompareStyles } from './procedure-compare.styles.js';
import { comparison } from '../content/en/comparison.js';
import { illustrations } from '../content/en/illustrations.js';
import { provideEnglish } from '../shared/i18n/english.js';

// This element's English (see english.ts): a page that imports only this element ships only this text.
provideEnglish({ comparison, illustrations });

const PROCEDURES: readonly ProcedureId[] = ['open', 'minimally-invasive'];
const ROWS: readonly ComparisonRowId[] = [
  'whatItIs',
  'incision',
  'anaesthesia',
  'hospitalStay',
  'recovery',
  'scarring',
  'usedFor',
  'results',
];

/**
 * Traditional open surgery beside minimally invasive surgery (including laser surgery): what each
 * is, the cut, the anesthesia, time in hospital, recovery, scarring, what it is used for, what the
 * article reports about results, and what the research says about lasers.
 *
 * A real table with a caption and header cells when the element is wide; on a narrow screen, one card
 * per compared fact with both procedures in it ("Recovery: open surgery… / minimally invasive…"), so a
 * reader compares side by side without scrolling between two long cards (a container query, so it also
 * adapts in a narrow sidebar).
 *
 * @summary Open surgery compared with minimally invasive and laser surgery.
 * @tagname procedure-compare
 *
 * @csspart subheading - Titles of the cards and of the research note.
 * @csspart table - The comparison table (wide layout).
 * @csspart card - One compared fact's card, with both procedures (narrow layout).
 * @csspart evidence - The note on what research says about laser surgery.
 * @csspart figure - The drawing of the two ways in to the upper back (from the back, through the side of the chest), with its caption.
 * @csspart term - The definition of a medical word, where the element first uses it.
 * @csspart sources - The element's sources (a `<details>`, open when printed), numbered as marked in the text.
 */
export class ProcedureCompare extends GuideElement {
  static override styles = [...GuideElement.styles, figureStyles, procedureCompareStyles];

  static override properties = {
    procedures: {},
    highlight: {},
  };

  /**
   * Which procedures to show, as a comma-separated list of `open` and `minimally-invasive`.
   * Both when empty or not set; unknown names warn and are left out.
   */
  procedures?: string;

  /**
   * The procedure to highlight (`open` or `minimally-invasive`), e.g. the one the clinic offers. None by
   * default. The badge says the clinic chose it; on a page meant to inform rather than sell, leave it off.
   */
  highlight?: string;

  #shown: readonly ProcedureId[] = PROCEDURES;
  #highlighted?: ProcedureId;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('procedures')) {
      this.#shown = pickOptions(this, 'procedures', this.procedures, PROCEDURES, PROCEDURES);
    }
    if (changed.has('highlight')) {
      const value = this.highlight?.trim() ? this.highlight : null;
      const picked = pickOption<ProcedureId | 'none'>(this, 'highlight', value, [...PROCEDURES, 'none'], 'none');
      this.#highlighted = picked === 'none' ? undefined : picked;
    }
  }

  protected override render() {
    const { comparison } = this.content;
    const procedures = this.#shown.map((id) => ({ id, ...comparison.procedures[id] }));
    const badge = (id: ProcedureId) =>
      id === this.#highlighted ? html`<span class="badge">${comparison.highlightedLabel}</span>` : nothing;
    const refs = new References(this.content, this.settings);
    const highlightClass = (id: ProcedureId) => (id === this.#highlighted ? 'highlighted' : undefined);

    return freeze(html`<div part="base" lang=${this.content.lang}>
      ${renderHeading(this.level, refs.label(comparison.title))} ${refs.p(comparison.intro)}
      ${renderApproaches(this.content.illustrations.approaches, refs)} ${refs.startLayouts()}
      <div class="table-wrap">
        <table part="table">
          <caption>${refs.label(comparison.caption)}</caption>
          <thead>
            <tr>
              <th scope="col">${comparison.factHeader}</th>
              ${procedures.map(
                (procedure) =>
                  html`<th scope="col" class=${ifDefined(highlightClass(procedure.id))}>
                    ${refs.label(procedure.name)}${badge(procedure.id)}
                  </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${ROWS.map(
              (row) => html`<tr>
                <th scope="row">${refs.label(comparison.rowLabels[row])}</th>
                ${procedures.map(
                  (procedure) =>
                    html`<td class=${ifDefined(highlightClass(procedure.id))}>
                      ${refs.say(procedure.facts[row])}
                    </td>`,
                )}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${refs.restartTerms()}
      <div class="cards">
        ${ROWS.map(
          (row) => html`<section class="card panel" part="card">
            ${renderHeading(this.level + 1, refs.label(comparison.rowLabels[row]), 'subheading')}
            <dl>
              ${procedures.map(
                (procedure) => html`<div class=${ifDefined(highlightClass(procedure.id))}>
                  <dt>${refs.label(procedure.name)}${badge(procedure.id)}</dt>
                  <dd>${refs.say(procedure.facts[row])}</dd>
                </div>`,
              )}
            </dl>
          </section>`,
        )}
      </div>
      <section class="panel" part="evidence">
        ${renderHeading(this.level + 1, refs.label(comparison.evidenceTitle), 'subheading')}
        <ul>
          ${comparison.evidence.map((statement) => refs.li(statement))}
        </ul>
      </section>
      ${renderFooter(this.content, refs)}
    </div>`);
  }
}
