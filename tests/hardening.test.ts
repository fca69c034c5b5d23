// Regression tests for the reliability review (findings 2, 6–9, 11, 12, 15–18 and the size of
// warnings). Each one failed before its fix. The attack suite (tests/attack/) covers every attribute
// and property with generated bad values; these pin down what a reader or webmaster would notice.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import '../src/placeholders.js';
import type { BackSurgeryGuide } from '../src/back-surgery-guide/back-surgery-guide.component.js';
import { GUIDE_SECTIONS } from '../src/back-surgery-guide/sections.js';
import type { MedicalDisclaimer } from '../src/medical-disclaimer/medical-disclaimer.component.js';
import type { ProcedureCompare } from '../src/procedure-compare/procedure-compare.component.js';
import type { RiskList } from '../src/risk-list/risk-list.component.js';
import type { SecondOpinion } from '../src/second-opinion/second-opinion.component.js';
import type { SurgeryFaq } from '../src/surgery-faq/surgery-faq.component.js';
import { colourSheets } from '../src/shared/colour-controller.js';
import { RiskList as RiskListClass } from '../src/classes.js';
import { en } from '../src/content/en.js';
import { captureWarnings, settled, shadowText } from './helpers.js';

/** Records uncaught errors (and unhandled rejections) while `run` executes. */
async function uncaught(run: () => Promise<unknown>): Promise<string[]> {
  const errors: string[] = [];
  const record = (event: ErrorEvent | PromiseRejectionEvent) => {
    errors.push(String('reason' in event ? event.reason : event.message));
    event.preventDefault();
  };
  window.addEventListener('error', record);
  window.addEventListener('unhandledrejection', record);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 10));
  } finally {
    window.removeEventListener('error', record);
    window.removeEventListener('unhandledrejection', record);
  }
  return errors;
}

const guideDate = (lang = 'en') =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${en.meta.lastReviewed}T00:00:00Z`));
const today = () => new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date());

describe('hardening (reliability review)', () => {
  describe('#2 colour scheme listener', () => {
    it('a removed element leaves no prefers-color-scheme listener behind and is not repainted when the system turns dark', async () => {
      // Records listeners by the list they were added to, so a removal from another list does not count.
      const live = new Map<MediaQueryList, Set<unknown>>();
      const proto = MediaQueryList.prototype;
      const { addEventListener: add, removeEventListener: remove } = proto;
      proto.addEventListener = function (this: MediaQueryList, type: string, listener: unknown, ...rest: unknown[]) {
        if (type === 'change') live.set(this, (live.get(this) ?? new Set()).add(listener));
        return (add as (...args: unknown[]) => void).call(this, type, listener, ...rest);
      } as typeof proto.addEventListener;
      proto.removeEventListener = function (this: MediaQueryList, type: string, listener: unknown, ...rest: unknown[]) {
        if (type === 'change') live.get(this)?.delete(listener);
        return (remove as (...args: unknown[]) => void).call(this, type, listener, ...rest);
      } as typeof proto.removeEventListener;
      try {
        const elements = await Promise.all([1, 2, 3].map(() => fixture<RiskList>(html`<risk-list></risk-list>`)));
        const listening = [...live.values()].reduce((sum, set) => sum + set.size, 0);
        // One listener for the page, however many elements, and it renders every connected one again.
        expect(listening, 'connected elements listen').to.equal(1);
        live.forEach((_, list) => list.dispatchEvent(new Event('change')));
        expect(elements.map((element) => element.isUpdatePending)).to.deep.equal([true, true, true]);
        await Promise.all(elements.map((element) => element.updateComplete));
        elements.forEach((element) => element.remove());
        expect([...live.values()].reduce((sum, set) => sum + set.size, 0), 'listeners left after removal').to.equal(0);
        // The system turns dark: nothing removed renders again.
        live.forEach((_, list) => list.dispatchEvent(new Event('change')));
        expect(elements.map((element) => element.isUpdatePending)).to.deep.equal([false, false, false]);
      } finally {
        proto.addEventListener = add;
        proto.removeEventListener = remove;
      }
    });
  });

  describe('#6 removed attributes', () => {
    it('removing questions from <surgery-faq> shows every question again, with no error', async () => {
      const faq = await fixture<SurgeryFaq>(html`<surgery-faq questions="painful"></surgery-faq>`);
      expect(faq.shadowRoot!.querySelectorAll('details[part="question"]')).to.have.length(1);
      const errors = await uncaught(async () => {
        faq.removeAttribute('questions');
        await settled(faq);
      });
      expect(errors).to.deep.equal([]);
      expect(faq.shadowRoot!.querySelectorAll('details[part="question"]')).to.have.length(8);
    });

    it('removing highlight from <procedure-compare> removes its badges, with no error', async () => {
      const compare = await fixture<ProcedureCompare>(html`<procedure-compare highlight="open"></procedure-compare>`);
      expect(compare.shadowRoot!.querySelectorAll('.badge').length).to.be.above(0);
      const errors = await uncaught(async () => {
        compare.removeAttribute('highlight');
        await settled(compare);
      });
      expect(errors).to.deep.equal([]);
      expect(compare.shadowRoot!.querySelectorAll('.badge')).to.have.length(0);
    });

    it('removing heading-level goes back to <h2> without a warning', async () => {
      const list = await fixture<RiskList>(html`<risk-list heading-level="4"></risk-list>`);
      const warnings = await captureWarnings(async () => {
        list.removeAttribute('heading-level');
        await settled(list);
      });
      expect(warnings).to.deep.equal([]);
      expect(list.shadowRoot!.querySelector('[part="heading"]')!.localName).to.equal('h2');
    });
  });

  describe('#7 properties of the wrong type', () => {
    it('a number or an object in a text property warns once and uses the default, never throws', async () => {
      const faq = await fixture<SurgeryFaq>(html`<surgery-faq questions="painful"></surgery-faq>`);
      for (const value of [5, {}, null]) {
        let errors: string[] = [];
        const warnings = await captureWarnings(async () => {
          errors = await uncaught(async () => {
            (faq as unknown as { questions: unknown }).questions = value;
            await settled(faq);
          });
        });
        expect(errors, String(value)).to.deep.equal([]);
        expect(warnings, String(value)).to.have.length(value === null ? 0 : 1);
        expect(faq.shadowRoot!.querySelectorAll('details[part="question"]'), 'every question').to.have.length(8);
        faq.questions = 'painful';
        await settled(faq);
      }
    });

    it('overrides with a throwing getter or a throwing Proxy: one warning, the guide text, no error', async () => {
      const thrower = () => {
        throw new Error('hostile');
      };
      for (const overrides of [{ get en() { return thrower(); } }, new Proxy({}, { ownKeys: thrower, get: thrower, getOwnPropertyDescriptor: thrower })]) {
        const list = document.createElement('risk-list') as RiskList;
        let errors: string[] = [];
        const warnings = await captureWarnings(async () => {
          errors = await uncaught(async () => {
            list.overrides = overrides as Record<string, unknown>;
            document.body.append(list);
            await settled(list);
          });
        });
        expect(errors).to.deep.equal([]);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('could not be read');
        expect(shadowText(list)).to.contain('Infection');
        list.remove();
      }
    });
  });

  describe('#8 second-opinion contact properties', () => {
    it('phone, bookingUrl and email set as properties show the contact box, as the attributes do', async () => {
      const element = await fixture<SecondOpinion>(html`<second-opinion></second-opinion>`);
      element.phone = '+1 555 010 0100';
      element.bookingUrl = 'https://clinic.example/book';
      element.email = 'spine@clinic.example';
      await settled(element);
      const links = [...element.shadowRoot!.querySelectorAll('[part="contact"] a')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(['tel:+15550100100', 'https://clinic.example/book', 'mailto:spine@clinic.example']);
    });
  });

  describe('#9 #11 #16 review dates and languages', () => {
    it('an invalid meta.lastReviewed in text changes warns once and shows the guide date, never today', async () => {
      const disclaimer = document.createElement('medical-disclaimer') as MedicalDisclaimer;
      disclaimer.overrides = { en: { meta: { lastReviewed: 'March 2026' } } };
      const warnings = await captureWarnings(async () => {
        document.body.append(disclaimer);
        await settled(disclaimer);
      });
      const shown = disclaimer.shadowRoot!.querySelector('time')!;
      expect(shown.textContent).to.equal(guideDate());
      expect(shown.getAttribute('datetime')).to.equal(en.meta.lastReviewed);
      if (today() !== guideDate()) expect(shadowText(disclaimer)).not.to.contain(today());
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('meta.lastReviewed');
      disclaimer.remove();
    });

    for (const lang of ['not a locale!!', 'en_US']) {
      it(`a lang "${lang}" in text changes warns once; the disclaimer still shows its date, no RangeError`, async () => {
        const disclaimer = document.createElement('medical-disclaimer') as MedicalDisclaimer;
        disclaimer.overrides = { en: { lang } };
        let errors: string[] = [];
        const warnings = await captureWarnings(async () => {
          errors = await uncaught(async () => {
            document.body.append(disclaimer);
            await settled(disclaimer);
          });
        });
        expect(errors).to.deep.equal([]);
        expect(warnings).to.have.length(1);
        expect(disclaimer.shadowRoot!.querySelector('time')!.textContent).to.equal(guideDate());
        expect(disclaimer.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
        disclaimer.remove();
      });
    }

    for (const [value, shownAs] of [
      ['0099-12-31', 'December 31, 1999'],
      ['0000-01-01', 'January 1, 1900'],
    ]) {
      it(`last-reviewed="${value}" warns and shows the guide date, not ${shownAs}`, async () => {
        let disclaimer!: MedicalDisclaimer;
        const warnings = await captureWarnings(async () => {
          disclaimer = await fixture<MedicalDisclaimer>(html`<medical-disclaimer last-reviewed=${value}></medical-disclaimer>`);
        });
        expect(warnings).to.have.length(1);
        expect(disclaimer.shadowRoot!.querySelector('time')!.textContent).to.equal(guideDate());
      });
    }
  });

  describe('#12 settings further down the page', () => {
    it("an author's placeholder cannot replace the clinic's contacts and reviewer: one warning, the clinic's stay", async () => {
      let host!: HTMLElement;
      const warnings = await captureWarnings(async () => {
        host = await fixture<HTMLElement>(html`<div>
          <ubs-settings phone="+1 555 010 0100" booking-url="https://clinic.example/book" reviewer-name="Dr. Ana Reyes"></ubs-settings>
          <second-opinion></second-opinion>
          <medical-disclaimer></medical-disclaimer>
          <div data-ubs="ubs-settings" data-booking-url="https://evil.example/book" data-phone="+1 555 999 9999" data-reviewer-name="Dr. Invented, MD" data-email="author@example.org"></div>
        </div>`);
        await new Promise((resolve) => setTimeout(resolve));
        await settled(host.querySelector('second-opinion')!);
        await settled(host.querySelector('medical-disclaimer')!);
      });
      expect(host.querySelector('[data-ubs]'), 'the placeholder was upgraded').to.equal(null);
      const links = [...host.querySelector('second-opinion')!.shadowRoot!.querySelectorAll('[part="contact"] a')].map((a) => a.getAttribute('href'));
      // The author may add what the clinic did not give (an email), never replace what it did.
      expect(links).to.deep.equal(['tel:+15550100100', 'https://clinic.example/book', 'mailto:author@example.org']);
      const disclaimer = shadowText(host.querySelector('medical-disclaimer')!);
      expect(disclaimer).to.contain('Dr. Ana Reyes').and.not.to.contain('Invented');
      const refused = warnings.filter((warning) => warning.includes('further down'));
      expect(refused).to.have.length(1);
      expect(refused[0]).to.contain('phone').and.to.contain('bookingUrl').and.to.contain('reviewerName');
    });
  });

  describe('#12 placeholders of elements', () => {
    it("an author's element placeholder cannot replace the clinic's phone or reviewer on that element; it may fill a gap", async () => {
      let host!: HTMLElement;
      const warnings = await captureWarnings(async () => {
        host = await fixture<HTMLElement>(html`<div>
          <ubs-settings phone="+1 555 010 0100" reviewer-name="Dr. Ana Reyes"></ubs-settings>
          <div data-ubs="second-opinion" data-phone="+1 555 999 9999" data-email="desk@clinic.example"></div>
          <div data-ubs="medical-disclaimer" data-reviewed-by="Dr. Invented, MD"></div>
        </div>`);
        await new Promise((resolve) => setTimeout(resolve));
        await settled(host.querySelector('second-opinion')!);
        await settled(host.querySelector('medical-disclaimer')!);
      });
      const links = [...host.querySelector('second-opinion')!.shadowRoot!.querySelectorAll('[part="contact"] a')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(['tel:+15550100100', 'mailto:desk@clinic.example']);
      expect(shadowText(host.querySelector('medical-disclaimer')!)).to.contain('Dr. Ana Reyes').and.not.to.contain('Invented');
      expect(warnings.filter((warning) => warning.includes('may not replace'))).to.have.length(2);
    });

    it('without page settings, an element placeholder still sets its own contacts', async () => {
      const host = await fixture<HTMLElement>(html`<div><div data-ubs="second-opinion" data-phone="+1 555 999 9999"></div></div>`);
      await new Promise((resolve) => setTimeout(resolve));
      await settled(host.querySelector('second-opinion')!);
      const links = [...host.querySelector('second-opinion')!.shadowRoot!.querySelectorAll('[part="contact"] a')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(['tel:+15559999999']);
    });
  });

  describe('#15 replacement patterns in the clinic name', () => {
    it("shows $&, $', $` and $$ in a clinic name as written", async () => {
      const name = "Smith $& Sons $' $` $$";
      const element = await fixture<SecondOpinion>(html`<second-opinion clinic-name=${name} phone="+1 555 010 0100"></second-opinion>`);
      expect(element.shadowRoot!.querySelector('[part="contact"] [part="subheading"]')!.textContent).to.contain(name);
    });
  });

  describe('#16 values accepted silently but wrong', () => {
    for (const accent of ['var(--x)', 'currentColor', 'inherit', 'initial']) {
      it(`an accent setting of ${accent} warns and uses the default brand colour, not black`, async () => {
        let list!: RiskList;
        const warnings = await captureWarnings(async () => {
          const host = await fixture<HTMLElement>(html`<div><ubs-settings accent=${accent}></ubs-settings><risk-list></risk-list></div>`);
          list = host.querySelector('risk-list')!;
          await settled(list);
        });
        expect(warnings.filter((warning) => warning.includes('accent'))).to.have.length(1);
        expect(getComputedStyle(list).getPropertyValue('--_settings-accent').trim()).to.equal('');
        expect(getComputedStyle(list).getPropertyValue('--_on-accent').trim()).to.equal('rgb(255, 255, 255)');
      });
    }

    it('heading-level="0x3" warns and uses <h2>', async () => {
      let list!: RiskList;
      const warnings = await captureWarnings(async () => {
        list = await fixture<RiskList>(html`<risk-list heading-level="0x3"></risk-list>`);
      });
      expect(warnings).to.have.length(1);
      expect(list.shadowRoot!.querySelector('[part="heading"]')!.localName).to.equal('h2');
    });

    it('exclude listing every section warns and shows the whole guide', async () => {
      const all = GUIDE_SECTIONS.join(' ');
      let guide!: BackSurgeryGuide;
      const warnings = await captureWarnings(async () => {
        guide = await fixture<BackSurgeryGuide>(html`<back-surgery-guide exclude=${all}></back-surgery-guide>`);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('the whole guide');
      expect(guide.shadowRoot!.querySelectorAll('[part="section"]')).to.have.length(GUIDE_SECTIONS.length);
    });

    it('an email with ?subject=…&body=… headers, or a booking link with a user name and password, gives no link and a warning', async () => {
      let element!: SecondOpinion;
      const warnings = await captureWarnings(async () => {
        element = await fixture<SecondOpinion>(
          html`<second-opinion email=${'spine@clinic.example?subject=Hi&body=x.com'} booking-url="https://user:pass@evil.example/"></second-opinion>`,
        );
      });
      // No contact link; source markers and their way back lead within the element.
      expect(element.shadowRoot!.querySelectorAll('[part~="contact"] a, a[href^="mailto:"]')).to.have.length(0);
      expect(warnings).to.have.length(2);
    });
  });

  describe('#17 a shadow DOM polyfill without adoptedStyleSheets', () => {
    it('renders, with one warning and no error', async () => {
      class PolyfilledList extends RiskListClass {
        protected override createRenderRoot() {
          const root = super.createRenderRoot();
          // ShadyDOM's roots have no adoptedStyleSheets.
          Object.defineProperty(root, 'adoptedStyleSheets', { get: () => undefined, set: () => undefined });
          return root;
        }
      }
      customElements.define('polyfilled-risk-list', PolyfilledList);
      let errors: string[] = [];
      const warnings = await captureWarnings(async () => {
        errors = await uncaught(async () => {
          const elements = [document.createElement('polyfilled-risk-list'), document.createElement('polyfilled-risk-list')];
          document.body.append(...elements);
          await Promise.all(elements.map(settled));
          elements.forEach((element) => {
            expect(shadowText(element)).to.contain('Infection');
            element.remove();
          });
        });
      });
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(1);
    });
  });

  describe('#18 colour style sheets', () => {
    it('1,000 accent changes keep at most 20 style sheets', async () => {
      const list = await fixture<RiskList>(html`<risk-list></risk-list>`);
      for (let i = 0; i < 1000; i++) {
        list.style.setProperty('--ubs-accent', `rgb(${i % 256}, ${Math.floor(i / 256)}, 100)`);
        list.requestUpdate();
        await list.updateComplete;
      }
      expect(colourSheets.size).to.be.at.most(20);
      expect(list.shadowRoot!.adoptedStyleSheets.filter((sheet) => [...colourSheets.values()].includes(sheet))).to.have.length(1);
    });
  });

  describe('warnings stay short', () => {
    it('a 1 MB attribute is quoted in at most 200 characters', async () => {
      const huge = 'x'.repeat(1024 * 1024);
      const warnings = await captureWarnings(() => fixture(html`<risk-list show=${huge}></risk-list>`));
      expect(warnings).to.have.length(1);
      expect(warnings[0]!.length).to.be.below(400);
    });

    it('a 1 MB page setting or lang is quoted in at most 200 characters', async () => {
      const huge = 'y'.repeat(1024 * 1024);
      const warnings = await captureWarnings(async () => {
        const host = await fixture<HTMLElement>(html`<div><ubs-settings accent=${huge} phone=${huge}></ubs-settings><second-opinion lang=${huge}></second-opinion></div>`);
        await settled(host.querySelector('second-opinion')!);
      });
      expect(warnings).to.have.length(3);
      for (const warning of warnings) expect(warning.length).to.be.below(400);
    });

    it('text changes with 100,000 unknown keys give one short warning', async () => {
      const overrides = { en: Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`unknown${i}`, 'x'])) };
      const list = document.createElement('risk-list') as RiskList;
      list.overrides = overrides;
      const warnings = await captureWarnings(async () => {
        document.body.append(list);
        await settled(list);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]!.length).to.be.below(700);
      list.remove();
    });
  });
});
