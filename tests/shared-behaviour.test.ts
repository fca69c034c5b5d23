// Behaviour every element shares, checked on each of them (as Lion parameterises its suites).
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/index.js';
import { REVIEWED_ELEMENTS } from '../src/review/elements.js';
import { MAX_HEADING_LEVEL, MIN_HEADING_LEVEL } from '../src/shared/heading.js';
import { CONTENT_TAGS } from './elements.js';
import { captureWarnings, headingOutline, headingTags, hostileStrings, settled, shadowRoots, shadowText } from './helpers.js';

/**
 * What is wrong with an element's headings as one outline under its own title: the title not at
 * `level`, a heading at or above the title's level, or a level skipped on the way down (h2 → h4
 * tells a screen reader a level is missing). Read across nested shadow roots, so the guide's
 * sections count. Some elements have no sub-headings (a questionnaire uses legends).
 */
function outlineProblems(headings: string[], level: number): string[] {
  const levels = headings.map((h) => Number(h.slice(1)));
  const problems: string[] = [];
  if (levels[0] !== level) problems.push(`title is ${headings[0]}, not h${level}`);
  levels.slice(1).forEach((current, i) => {
    if (current <= level) problems.push(`${headings[i + 1]} at or above the title`);
    if (current > levels[i]! + 1) problems.push(`${headings[i]} → ${headings[i + 1]} skips a level`);
  });
  return problems;
}

/** What each element says about not replacing the doctor (the disclaimer element says more). */
const notAdvice = (tag: string) => (tag === 'medical-disclaimer' ? 'It is not medical advice' : 'does not replace advice from your own doctor');

for (const tag of CONTENT_TAGS) {
  const t = unsafeStatic(tag);

  describe(`<${tag}> shared behaviour`, () => {
    it('renders its content under an h2 title by default, with sub-headings one level down', async () => {
      const el = await fixture(staticHtml`<${t}></${t}>`);
      await settled(el);
      expect(outlineProblems(headingOutline(el), 2), headingOutline(el).join(' ')).to.deep.equal([]);
      expect(shadowText(el).length).to.be.greaterThan(200);
    });

    it('fits the page outline with heading-level="4"', async () => {
      const el = await fixture(staticHtml`<${t} heading-level="4"></${t}>`);
      await settled(el);
      expect(outlineProblems(headingOutline(el), 4), headingOutline(el).join(' ')).to.deep.equal([]);
    });

    it('follows heading-level changes at run time', async () => {
      const el = await fixture(staticHtml`<${t}></${t}>`);
      el.setAttribute('heading-level', '3');
      await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect(headingTags(el)[0]).to.equal('h3');
    });

    // Just outside the range on both sides, far outside, not whole, not a number, empty.
    for (const bad of ['banana', String(MIN_HEADING_LEVEL - 1), String(MAX_HEADING_LEVEL + 1), '9', '2.5', '']) {
      it(`warns once and uses h2 for heading-level="${bad}"`, async () => {
        let el!: Element;
        const warnings = await captureWarnings(async () => {
          el = await fixture(staticHtml`<${t} heading-level=${bad}></${t}>`);
        });
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(`<${tag}>`).and.to.contain('heading-level').and.to.contain(`"${bad}"`);
        expect(headingTags(el)[0]).to.equal('h2');
      });
    }

    it('gives each copy its own heading level and text when copies render together', async () => {
      // Copies with the same inputs may share one render: these differ in heading level and text changes.
      const root = await fixture(staticHtml`<div>
        <${t}></${t}><${t} heading-level="3"></${t}><${t}></${t}><${t} .overrides=${{ en: { disclaimer: { short: { text: 'Ask your own doctor.' }, educational: { text: 'Ask your own doctor.' } } } }}></${t}>
      </div>`);
      const copies = [...root.children];
      await Promise.all(copies.map(settled));
      expect(copies.map((copy) => headingTags(copy)[0])).to.deep.equal(['h2', 'h3', 'h2', 'h2']);
      expect(shadowText(copies[2]!)).to.equal(shadowText(copies[0]!));
      expect(shadowText(copies[3]!)).to.contain('Ask your own doctor.');
      expect(shadowText(copies[0]!)).not.to.contain('Ask your own doctor.');
    });

    it('passes an axe accessibility audit', async () => {
      const el = await fixture(staticHtml`<${t}></${t}>`);
      await expect(el).to.be.accessible();
    });

    it('renders in English when the page language is unknown, with one warning', async () => {
      let el!: Element;
      const warnings = await captureWarnings(async () => {
        el = await fixture(html`<div lang="tlh">${staticHtml`<${t}></${t}>`}</div>`);
      });
      const element = el.firstElementChild!;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('lang="tlh"').and.to.contain('English');
      expect(element.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
    });

    it('takes regional English (en-GB) without a warning', async () => {
      const warnings = await captureWarnings(() => fixture(staticHtml`<${t} lang="en-GB"></${t}>`));
      expect(warnings).to.deep.equal([]);
    });

    it('shows a clinic note given in the "note" slot', async () => {
      const el = await fixture(staticHtml`<${t}><p slot="note">Call Dr. Reyes at our clinic.</p></${t}>`);
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="note"]')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Call Dr. Reyes at our clinic.');
    });

    it('says it does not replace the doctor', async () => {
      const el = await fixture(staticHtml`<${t}></${t}>`);
      expect(shadowText(el)).to.contain(notAdvice(tag));
    });

    // The element's title is text a clinic can change (page settings or `overrides`), so hostile
    // strings go where they are rendered; bad attribute values are tests/attack/'s job.
    it('shows a clinic\'s hostile title as text, never as markup', async () => {
      // Its own text is the first content section the reviewer's map lists for it.
      const section = REVIEWED_ELEMENTS.find((element) => element.tag === tag)?.sections?.[0];
      expect(section, `src/review/elements.ts lists no content for <${tag}>`).to.be.a('string');
      for (const hostile of hostileStrings) {
        const el = await fixture(staticHtml`<${t} .overrides=${{ en: { [section!]: { title: hostile } } }}></${t}>`);
        await settled(el);
        expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal(hostile);
        expect(shadowRoots(el).flatMap((root) => [...root.querySelectorAll('img, script, svg:not(.art), b')])).to.deep.equal([]);
      }
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('keeps the page font and text colour', async () => {
      const wrapper = await fixture(
        html`<div style="font-family: Georgia, serif; color: rgb(10, 20, 30)">${staticHtml`<${t}></${t}>`}</div>`,
      );
      const heading = wrapper.firstElementChild!.shadowRoot!.querySelector('h2')!;
      const style = getComputedStyle(heading);
      expect(style.fontFamily).to.contain('Georgia');
      expect(style.color).to.equal('rgb(10, 20, 30)');
    });

    it('paints itself dark with theme="dark", and light with theme="light", whatever the page', async () => {
      const wrapper = await fixture(html`<div style="color: rgb(10, 20, 30); background: rgb(250, 250, 250)">
        ${staticHtml`<${t} theme="dark"></${t}><${t} theme="light"></${t}>`}
      </div>`);
      const [dark, light] = [...wrapper.children] as HTMLElement[];
      await Promise.all([settled(dark!), settled(light!)]);
      expect([getComputedStyle(dark!).backgroundColor, getComputedStyle(dark!).color]).to.deep.equal(['rgb(16, 25, 31)', 'rgb(230, 237, 243)']);
      expect([getComputedStyle(light!).backgroundColor, getComputedStyle(light!).color]).to.deep.equal(['rgb(255, 255, 255)', 'rgb(27, 39, 51)']);
    });

    it('opens every explanation on paper, and closes again after printing the ones the reader had closed', async function () {
      const el = await fixture(staticHtml`<${t}></${t}>`);
      await settled(el);
      const details = shadowRoots(el).flatMap((root) => [...root.querySelectorAll('details')]);
      // The questionnaire and the notice show everything already: nothing folded to open.
      if (details.length === 0) this.skip();
      // With more than one, the reader has opened the first; it stays open after printing.
      const opened = details.length > 1 ? details[0] : undefined;
      if (opened) opened.open = true;
      window.dispatchEvent(new Event('beforeprint'));
      // Booleans, not the elements: a failing assertion that prints elements hangs the test runner.
      expect(details.map((item) => item.open)).to.deep.equal(details.map(() => true));
      window.dispatchEvent(new Event('afterprint'));
      expect(details.map((item) => item.open)).to.deep.equal(details.map((item) => item === opened));
    });
  });
}
