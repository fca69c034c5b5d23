// Settings in <head> are the clinic's final word (attack review 3, finding 1b, and the lead's decision on
// issue 27): where the page has settings in <head>, nothing in the body (a settings source, a settings
// placeholder, an element's own clinic attributes, an element placeholder's) may set or add a value.
// Each case is what an author who may only edit a post could write. Pages without settings in <head>
// keep the first-wins rule (tests/page-settings.test.ts, tests/hardening.test.ts #12).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import '../src/placeholders.js';
import { en } from '../src/content/en.js';
import { SETTINGS_CHANGE_EVENT } from '../src/shared/page-settings.js';
import { captureWarnings, settled, shadowText } from './helpers.js';

/** The clinic's settings, as a site-wide header puts them in <head>: no booking link, no emergency number, no text changes. */
const CLINIC = { clinicName: 'Riverside Spine Clinic', phone: '+1 555 010 0100', reviewerName: 'Dr. Ana Reyes', reviewDate: '2026-03-01' };

let headBlock: HTMLScriptElement | undefined;

/** Puts the clinic's settings in <head> and tells the elements to read them again. */
function clinicSettingsInHead(settings: object = CLINIC): void {
  headBlock = document.createElement('script');
  headBlock.type = 'application/json';
  headBlock.dataset.ubsSettings = '';
  headBlock.textContent = JSON.stringify(settings);
  document.head.append(headBlock);
  document.dispatchEvent(new Event(SETTINGS_CHANGE_EVENT));
}

afterEach(() => {
  headBlock?.remove();
  headBlock = undefined;
  document.dispatchEvent(new Event(SETTINGS_CHANGE_EVENT));
});

/** A mutation observer (the placeholders') reports after the current task: wait for it, then for every element. */
async function renderedIn(host: HTMLElement): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  for (const element of host.querySelectorAll('*')) if (element.localName.includes('-')) await settled(element);
}

const contactLinks = (element: Element) => [...element.shadowRoot!.querySelectorAll('[part="contact"] a')].map((a) => a.getAttribute('href'));

describe('settings in <head> are final', () => {
  it("a settings placeholder in a post can neither rewrite the medical text nor add a booking link: one warning, the clinic's text", async () => {
    clinicSettingsInHead();
    let host!: HTMLElement;
    const forged = 'Spine surgery at our clinic has no real risks.';
    const warnings = await captureWarnings(async () => {
      host = await fixture<HTMLElement>(html`<div>
        <risk-list></risk-list>
        <second-opinion></second-opinion>
        <medical-disclaimer></medical-disclaimer>
        <div data-ubs="ubs-settings" data-content=${JSON.stringify({ en: { risks: { intro: { text: forged } } } })} data-booking-url="https://evil.example/book" data-emergency-number="000"></div>
      </div>`);
      await renderedIn(host);
    });
    expect(host.querySelector('[data-ubs]'), 'the placeholder was upgraded').to.equal(null);
    const risks = shadowText(host.querySelector('risk-list')!);
    expect(risks).to.contain(en.risks.intro.text.slice(0, 40)).and.not.to.contain(forged);
    expect(risks).not.to.contain('000');
    expect(contactLinks(host.querySelector('second-opinion')!)).to.deep.equal(['tel:+15550100100']);
    expect(shadowText(host.querySelector('medical-disclaimer')!)).to.contain('Dr. Ana Reyes');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('in the body').and.to.contain('content.en').and.to.contain('bookingUrl').and.to.contain('emergencyNumber');
  });

  it('a JSON block in the body cannot add the emergency number or colours the head left out', async () => {
    clinicSettingsInHead();
    let host!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      host = await fixture<HTMLElement>(html`<div><risk-list></risk-list></div>`);
      const block = document.createElement('script');
      block.type = 'application/json';
      block.dataset.ubsSettings = '';
      block.textContent = JSON.stringify({ emergencyNumber: '999', accent: '#ff0000', theme: 'dark' });
      host.prepend(block);
      document.dispatchEvent(new Event(SETTINGS_CHANGE_EVENT));
      await renderedIn(host);
    });
    const risks = host.querySelector('risk-list')!;
    expect(shadowText(risks)).to.contain(en.references.emergencyNumber).and.not.to.contain('999');
    expect(getComputedStyle(risks).getPropertyValue('--_settings-accent').trim()).to.equal('');
    expect(getComputedStyle(risks).colorScheme).not.to.equal('dark');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('emergencyNumber').and.to.contain('accent').and.to.contain('theme');
  });

  it("an element's own clinic attributes in the body are ignored: contacts, reviewer, review date, theme; one warning per element", async () => {
    clinicSettingsInHead();
    let host!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      host = await fixture<HTMLElement>(html`<div>
        <second-opinion clinic-name="Totally Riverside" phone="+1 555 999 9999" booking-url="https://evil.example/book" email="phish@evil.example"></second-opinion>
        <medical-disclaimer reviewed-by="Dr. Invented, MD" last-reviewed="2026-11-01"></medical-disclaimer>
        <recovery-tips theme="dark"></recovery-tips>
      </div>`);
      await renderedIn(host);
    });
    const opinion = host.querySelector('second-opinion')!;
    expect(contactLinks(opinion)).to.deep.equal(['tel:+15550100100']);
    expect(shadowText(opinion)).to.contain('Riverside Spine Clinic').and.not.to.contain('Totally');
    const disclaimer = host.querySelector('medical-disclaimer')!;
    expect(shadowText(disclaimer)).to.contain('Dr. Ana Reyes').and.not.to.contain('Invented');
    expect(disclaimer.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-03-01');
    expect(getComputedStyle(host.querySelector('recovery-tips')!).colorScheme).not.to.equal('dark');
    expect(warnings).to.have.length(3);
    expect(warnings.find((w) => w.includes('<second-opinion>'))).to.contain('clinic-name, phone, booking-url, email');
    expect(warnings.find((w) => w.includes('<medical-disclaimer>'))).to.contain('last-reviewed, reviewed-by');
    expect(warnings.find((w) => w.includes('<recovery-tips>'))).to.contain('theme');
  });

  it("an element placeholder in a post may not add a contact the head left out: one warning, the placeholder's", async () => {
    clinicSettingsInHead();
    let host!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      host = await fixture<HTMLElement>(html`<div>
        <div data-ubs="second-opinion" data-booking-url="https://evil.example/book" data-email="author@example.org" data-heading-level="3"></div>
      </div>`);
      await renderedIn(host);
    });
    const opinion = host.querySelector('second-opinion')!;
    expect(opinion.getAttribute('heading-level'), 'its other attributes carry over').to.equal('3');
    expect(contactLinks(opinion)).to.deep.equal(['tel:+15550100100']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('data-booking-url, data-email').and.to.contain('<head>');
  });

  it('the same value in the body as in <head> is no change: no warning', async () => {
    clinicSettingsInHead();
    const warnings = await captureWarnings(async () => {
      const host = await fixture<HTMLElement>(html`<div><ubs-settings phone="+1 555 010 0100"></ubs-settings><second-opinion></second-opinion></div>`);
      await renderedIn(host);
      expect(contactLinks(host.querySelector('second-opinion')!)).to.deep.equal(['tel:+15550100100']);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('control: with no settings in <head>, the same markup behaves as before (a body source fills gaps, an attribute wins)', async () => {
    let host!: HTMLElement;
    await captureWarnings(async () => {
      host = await fixture<HTMLElement>(html`<div>
        <ubs-settings phone="+1 555 010 0100"></ubs-settings>
        <div data-ubs="ubs-settings" data-booking-url="https://clinic.example/book"></div>
        <second-opinion email="desk@clinic.example"></second-opinion>
      </div>`);
      await renderedIn(host);
    });
    expect(contactLinks(host.querySelector('second-opinion')!)).to.deep.equal(['tel:+15550100100', 'https://clinic.example/book', 'mailto:desk@clinic.example']);
  });
});
