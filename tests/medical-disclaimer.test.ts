import { expect, fixture, html } from '@open-wc/testing';
import { en } from '../src/content/en.js';
import { loadBibliography } from '../src/shared/i18n/bibliography.js';
import { sources } from '../src/content/sources.js';
import type { MedicalDisclaimer } from '../src/medical-disclaimer/medical-disclaimer.component.js';
import '../src/medical-disclaimer/medical-disclaimer.js';
import '../src/ubs-settings/ubs-settings.js';
import { captureWarnings, shadowText } from './helpers.js';

const time = (el: Element) => el.shadowRoot!.querySelector('time')!;

describe('<medical-disclaimer>', () => {
  it('says it is for learning only, and what to do in an emergency', async () => {
    const el = await fixture(html`<medical-disclaimer></medical-disclaimer>`);
    expect(shadowText(el)).to.contain('It is not medical advice').and.to.contain('call your local emergency number');
  });

  it('shows the review date as a machine-readable date, written for the reader', async () => {
    const el = await fixture(html`<medical-disclaimer last-reviewed="2026-03-05"></medical-disclaimer>`);
    expect(time(el).getAttribute('datetime')).to.equal('2026-03-05');
    expect(time(el).textContent).to.equal('March 5, 2026');
  });

  it('uses the guide\'s own review date by default', async () => {
    const el = await fixture(html`<medical-disclaimer></medical-disclaimer>`);
    expect(time(el).getAttribute('datetime')).to.equal(en.meta.lastReviewed);
  });

  it('names no reviewer unless the clinic gives one', async () => {
    const none = await fixture(html`<medical-disclaimer></medical-disclaimer>`);
    expect(shadowText(none)).to.not.contain('Reviewed by');
    const given = await fixture(html`<medical-disclaimer reviewed-by="Dr. Ana Reyes, MD"></medical-disclaimer>`);
    expect(shadowText(given)).to.contain('Reviewed by: Dr. Ana Reyes, MD');
  });

  it('takes the reviewer and date from the page settings; its attributes win', async () => {
    const root = await fixture(html`<div>
      <ubs-settings reviewer-name="Dr. Ana Reyes" reviewer-credentials="MD" review-date="2026-10-01"></ubs-settings>
      <medical-disclaimer></medical-disclaimer>
      <medical-disclaimer last-reviewed="2026-11-02" reviewed-by="Dr. Lee"></medical-disclaimer>
    </div>`);
    const [fromSettings, fromAttributes] = root.querySelectorAll('medical-disclaimer');
    expect(shadowText(fromSettings!)).to.contain('Reviewed by: Dr. Ana Reyes, MD');
    expect(time(fromSettings!).getAttribute('datetime')).to.equal('2026-10-01');
    expect(shadowText(fromAttributes!)).to.contain('Reviewed by: Dr. Lee');
    expect(time(fromAttributes!).getAttribute('datetime')).to.equal('2026-11-02');
  });

  it('warns once about a date that is not a date, and keeps the default', async () => {
    for (const bad of ['yesterday', '2026-02-30', '<b>2026</b>']) {
      let el!: Element;
      const warnings = await captureWarnings(async () => {
        el = await fixture(html`<medical-disclaimer last-reviewed=${bad}></medical-disclaimer>`);
      });
      expect(warnings, bad).to.have.length(1);
      expect(warnings[0]).to.contain('last-reviewed=');
      expect(time(el).getAttribute('datetime')).to.equal(en.meta.lastReviewed);
      expect(el.shadowRoot!.querySelector('b')?.outerHTML ?? null).to.equal(null);
    }
  });

  it('lists its sources, linking only https addresses', async () => {
    const el = await fixture<MedicalDisclaimer>(html`<medical-disclaimer></medical-disclaimer>`);
    // The bibliography is a chunk of its own: the list fills in once it has loaded, without a re-render by hand.
    await loadBibliography();
    await el.updateComplete;
    const items = el.shadowRoot!.querySelectorAll('[part="sources"] > li');
    expect(items).to.have.length(Object.keys(sources).length);
    const hrefs = [...el.shadowRoot!.querySelectorAll('[part="sources"] a')].map((a) => a.getAttribute('href')!);
    expect(hrefs.length).to.be.greaterThan(3);
    expect(hrefs.every((href) => href.startsWith('https://'))).to.be.true;
    expect(shadowText(el)).to.contain('J Am Acad Orthop Surg. 2019;27(17):621-632.');
  });

  it('leaves the sources out with hide-sources', async () => {
    const el = await fixture(html`<medical-disclaimer hide-sources></medical-disclaimer>`);
    expect(el.shadowRoot!.querySelector('[part="sources"]')?.outerHTML ?? null).to.equal(null);
  });
});
