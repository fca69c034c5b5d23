import { html } from 'lit';
import { GuideElement } from '../shared/guide-element.js';
import { renderHeading } from '../shared/heading.js';
import { listItem, paragraph, renderFooter, renderWarningSigns, seedsOf } from '../shared/render.js';
import { recoveryTipsStyles } from './recovery-tips.styles.js';

/**
 * Recovering from upper back surgery: what recovery depends on (age, general health), a typical
 * timeline from the hospital stay to full benefit (longer after a fusion), healthy habits to
 * discuss with the doctor, and the warning signs that need urgent care.
 *
 * @summary What recovery after upper back surgery looks like, and what helps.
 * @tagname recovery-tips
 *
 * @slot note - A clinic's own note, shown at the end (for example its own recovery plan).
 *
 * @csspart base - Wrapper of everything the element shows.
 * @csspart heading - The element's title.
 * @csspart subheading - Titles of the parts of the element.
 * @csspart timeline - The ordered list of recovery stages.
 * @csspart warning-signs - The box of warning signs that need urgent care.
 */
export class RecoveryTips extends GuideElement {
  static override styles = [...GuideElement.styles, recoveryTipsStyles];

  protected override render() {
    const { recovery } = this.content;
    const sub = this.level + 1;
    return html`<div part="base" lang=${this.content.lang}>
      ${renderHeading(this.level, recovery.title)}
      <section>${renderHeading(sub, recovery.dependsOnTitle, 'subheading')} ${paragraph(recovery.dependsOn)}</section>
      <section>
        ${renderHeading(sub, recovery.timelineTitle, 'subheading')} ${paragraph(recovery.timelineNote)}
        <ol class="timeline" part="timeline">
          ${recovery.timeline.map(
            (step) => html`<li data-seeds=${seedsOf(step)}><span class="when">${step.when}</span> ${step.what}</li>`,
          )}
        </ol>
        ${paragraph(recovery.fusionNote)}
      </section>
      <section>
        ${renderHeading(sub, recovery.lifestyleTitle, 'subheading')} ${paragraph(recovery.lifestyleIntro)}
        <ul>
          ${recovery.lifestyle.map(listItem)}
        </ul>
      </section>
      ${renderWarningSigns(this.content.warningSigns, sub)} ${renderFooter(this.content)}
    </div>`;
  }
}
