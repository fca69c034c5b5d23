// Behaviour every element shares, checked on each of them (as Lion parameterises its suites).
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/index.js';
import { GUIDE_SECTIONS } from '../src/back-surgery-guide/sections.js';
import { captureWarnings, headingTags, hostileStrings, shadowText } from './helpers.js';

// The guide's sections and the guide itself, from the one list the guide reads.
const tags = [...GUIDE_SECTIONS, 'back-surgery-guide'];

/** What each element says about not replacing the doctor (the disclaimer element says more). */
const notAdvice = (tag: string) => (tag === 'medical-disclaimer' ? 'It is not medical advice' : 'does not replace advice from your own doctor');

for (const tag of tags) {
  const t = unsafeStatic(tag);

  describe(`<${tag}> shared behaviour`, () => {
    it('renders its content with an h2 title by default and h3 sub-headings', async () => {
      const el = await fixture(staticHtml`<${t}></${t}>`);
      const headings = headingTags(el);
      expect(headings[0]).to.equal('h2');
      expect(headings.slice(1).every((h) => h === 'h3')).to.be.true;
      expect(shadowText(el).length).to.be.greaterThan(200);
    });

    it('fits the page outline with heading-level="4"', async () => {
      const el = await fixture(staticHtml`<${t} heading-level="4"></${t}>`);
      const headings = headingTags(el);
      expect(headings[0]).to.equal('h4');
      expect(headings.slice(1).every((h) => h === 'h5')).to.be.true;
    });

    it('follows heading-level changes at run time', async () => {
      const el = await fixture(staticHtml`<${t}></${t}>`);
      el.setAttribute('heading-level', '3');
      await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect(headingTags(el)[0]).to.equal('h3');
    });

    for (const bad of ['banana', '9', '1', '2.5', '']) {
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

    it('never turns hostile attribute values into markup', async () => {
      for (const hostile of hostileStrings) {
        const warnings = await captureWarnings(async () => {
          const el = await fixture(staticHtml`<${t} heading-level=${hostile} lang=${hostile}></${t}>`);
          expect(el.shadowRoot!.querySelector('img, script, svg, b')).to.equal(null);
          expect(headingTags(el)[0]).to.equal('h2');
        });
        expect(warnings.length).to.be.greaterThan(0);
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
  });
}
