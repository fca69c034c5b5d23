import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/second-opinion/second-opinion.js';
import '../src/ubs-settings/ubs-settings.js';
import type { SecondOpinion } from '../src/second-opinion/second-opinion.component.js';
import { captureWarnings, hostileStrings, shadowText } from './helpers.js';

const links = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="contact"] a')];

describe('<second-opinion>', () => {
  it('explains why and how to get a second opinion, and that the choice is the reader\'s', async () => {
    const el = await fixture(html`<second-opinion></second-opinion>`);
    expect(shadowText(el)).to.contain('This is called a second opinion').and.to.contain('you decide');
    expect(el.shadowRoot!.querySelectorAll('ul > li').length).to.be.at.least(3);
  });

  it('gives general advice, and no contact box, when the clinic gave no details', async () => {
    const el = await fixture(html`<second-opinion></second-opinion>`);
    expect(el.shadowRoot!.querySelector('[part="contact"]')).to.equal(null);
  });

  it('links the clinic\'s phone, booking page and email', async () => {
    const el = await fixture(html`<second-opinion
      clinic-name="Riverside Spine Clinic"
      phone="+1 (555) 010-0100"
      booking-url="https://riverside.example/book"
      email="spine@riverside.example"
    ></second-opinion>`);
    expect(el.shadowRoot!.querySelector('[part="contact"] [part="subheading"]')!.textContent).to.equal('If another doctor has suggested surgery, you can ask Riverside Spine Clinic for a second opinion');
    expect(links(el).map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:+15550100100',
      'https://riverside.example/book',
      'mailto:spine@riverside.example',
    ]);
    expect(links(el)[0]!.textContent).to.contain('+1 (555) 010-0100');
  });

  it('tells the page which contact link was used, and nothing else', async () => {
    const el = await fixture(html`<second-opinion phone="555 010 0100"></second-opinion>`);
    const link = links(el)[0]!;
    link.addEventListener('click', (event) => event.preventDefault()); // stay on the test page
    setTimeout(() => link.click());
    const event = await oneEvent(el, 'ubs-contact');
    expect(event.detail).to.deep.equal({ channel: 'phone' });
    expect(event.bubbles && event.composed).to.be.true;
  });

  it('drops unsafe or invalid contact details with one warning each, injecting nothing', async () => {
    for (const [attribute, value] of [
      ['booking-url', 'javascript:window.__pwned=1'],
      ['booking-url', 'data:text/html,<script>window.__pwned=1</script>'],
      ['phone', '12'],
      ['phone', '<img src=x onerror="window.__pwned=1">'],
      ['email', 'not-an-email'],
      ...hostileStrings.map((hostile) => ['email', hostile]),
    ]) {
      let el!: Element;
      const warnings = await captureWarnings(async () => {
        el = await fixture(html`<second-opinion></second-opinion>`);
        el.setAttribute(attribute!, value!);
        await (el as SecondOpinion).updateComplete;
      });
      expect(warnings, `${attribute}=${value}`).to.have.length(1);
      expect(warnings[0]).to.contain(`<second-opinion> ${attribute}=`);
      expect(links(el)).to.have.length(0);
      expect(el.shadowRoot!.querySelector('img, script, svg')).to.equal(null);
    }
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('takes contact details from the page settings, and its own attributes win', async () => {
    const root = await fixture(html`<div>
      <ubs-settings clinic-name="Riverside" phone="555 010 0100" email="spine@riverside.example"></ubs-settings>
      <second-opinion phone="555 020 0200"></second-opinion>
    </div>`);
    const el = root.querySelector('second-opinion')!;
    expect(links(el).map((a) => a.getAttribute('href'))).to.deep.equal(['tel:5550200200', 'mailto:spine@riverside.example']);
    expect(shadowText(el)).to.contain('you can ask Riverside for a second opinion');
  });

  it('passes axe with a contact box', async () => {
    const el = await fixture(html`<second-opinion clinic-name="Riverside" phone="555 010 0100"></second-opinion>`);
    await expect(el).to.be.accessible();
  });
});
