import { html } from 'lit';
import { GuideElement } from '../shared/guide-element.js';
import { renderHeading } from '../shared/heading.js';
import { renderAfterSurgerySigns } from '../shared/render.js';
import { recoveryTipsStyles } from './recovery-tips.styles.js';
import { recovery } from '../content/en/recovery.js';
import { warningSigns } from '../content/en/warning-signs.js';
import { provideEnglish } from '../shared/i18n/english.js';

// This element's English (see english.ts): a page that imports only this element ships only this text.
provideEnglish({ recovery, warningSigns });

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
 * @csspart subheading - Titles of the parts of the element.
 * @csspart timeline - The ordered list of recovery stages.
 * @csspart warning-signs - The signs after surgery that need help fast: two care cards, one for the emergency number, one for the surgeon.
 * @csspart care-card - Each of those cards; also `emergency` or `urgent` by its level.
 * @csspart term - The definition of a medical word, where the element first uses it.
 * @csspart sources - The element's sources (a `<details>`, open when printed), numbered as marked in the text.
 */
export class RecoveryTips extends GuideElement {
  static override styles = [...GuideElement.styles, recoveryTipsStyles];

  protected override render() {
    // Depends only on its inputs: identical copies share one render.
    return this.sharedRender(() =>
      this.renderText((refs) => {
        const { recovery } = this.content;
        const sub = this.level + 1;
        return html`${renderHeading(this.level, refs.label(recovery.title))}
          <section>${renderHeading(sub, refs.label(recovery.dependsOnTitle), 'subheading')} ${refs.p(recovery.dependsOn)}</section>
          <section>
            ${renderHeading(sub, refs.label(recovery.timelineTitle), 'subheading')} ${refs.p(recovery.timelineNote)}
            <ol class="timeline" part="timeline">
              ${recovery.timeline.map(
                (step) => html`<li><span class="when">${refs.label(step.when)}</span> ${refs.say(step, step.what)}</li>`,
              )}
            </ol>
            ${refs.p(recovery.fusionNote)}
          </section>
          <section>
            ${renderHeading(sub, refs.label(recovery.lifestyleTitle), 'subheading')} ${refs.p(recovery.lifestyleIntro)}
            <ul>
              ${recovery.lifestyle.map((statement) => refs.li(statement))}
            </ul>
          </section>
          ${renderAfterSurgerySigns(this.content, refs, sub)}`;
      }),
    );
  }
}
