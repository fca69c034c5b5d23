// A reader who sets text to 200% on a 390 px phone reads every element without scrolling sideways
// (WCAG 1.4.4 and 1.4.10; accessibility review 3, finding 3: the Spanish comparison and questionnaire grew
// to 404–444 px, as one long word or a fieldset's minimum width widened the whole element).
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../src/index.js';
import { loadBibliography } from '../src/shared/i18n/bibliography.js';
import { CONTENT_TAGS } from './elements.js';
import { settled, shadowRoots } from './helpers.js';

/** 200% of the browsers' default 16 px, as the reader's text-size setting makes it (rem and em alike). */
const LARGE_TEXT = '32px';

/** What sticks out of the element's own box, as `tag.class: px`; empty when everything fits. */
function overflowing(host: HTMLElement): string[] {
  const box = host.getBoundingClientRect();
  const problems: string[] = [];
  for (const root of shadowRoots(host)) {
    for (const node of root.querySelectorAll<HTMLElement>('*')) {
      // What an <svg> draws is clipped to its own box, which is checked.
      if (node.closest('.vh') || node.parentElement?.closest('svg') || !node.checkVisibility()) continue;
      const rect = node.getBoundingClientRect();
      if (rect.width === 0) continue;
      const over = Math.max(rect.right - box.right, box.left - rect.left);
      if (over > 1) problems.push(`${node.localName}${node.className ? `.${String(node.className).replace(/\s+/g, '.')}` : ''}: ${Math.round(over)} px`);
    }
  }
  return problems;
}

describe('200% text on a 390 px phone', () => {
  before(async () => {
    await setViewport({ width: 390, height: 844 });
    document.documentElement.style.fontSize = LARGE_TEXT;
    await loadBibliography();
  });

  after(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  for (const tag of CONTENT_TAGS) {
    for (const lang of ['en', 'es']) {
      it(`<${tag} lang=${lang}>: nothing wider than the element, with everything open`, async function () {
        this.timeout(30000);
        const t = unsafeStatic(tag);
        // A page's usual margins around its content.
        const page = await fixture(html`<div style="margin: 0 16px" lang=${lang}>${staticHtml`<${t}></${t}>`}</div>`);
        const element = page.firstElementChild as HTMLElement;
        await settled(element);
        for (const root of shadowRoots(element)) root.querySelectorAll('details').forEach((details) => (details.open = true));
        await settled(element);
        expect(innerWidth, 'the phone').to.equal(390);
        expect(getComputedStyle(element).fontSize).to.equal(LARGE_TEXT);
        const problems = overflowing(element);
        expect(problems.slice(0, 6).join(", "), `${problems.length} boxes stick out`).to.equal("");
        expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(390);
      });
    }
  }
});
