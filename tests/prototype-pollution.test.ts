// Reliability review, finding 14: another script on the page pollutes Object.prototype before the
// library loads. The library must read only settings the page gave (own properties), never these.
import { expect, fixture, html } from '@open-wc/testing';
import { shadowText } from './helpers.js';

const POLLUTED = {
  bookingUrl: 'https://evil.example/phish',
  phone: '+1 555 999 9999',
  reviewerName: 'Dr. Polluted',
  content: { en: { risks: { title: 'POLLUTED TITLE' } } },
};

describe('a page with a polluted Object.prototype', () => {
  before(async () => {
    for (const [key, value] of Object.entries(POLLUTED)) {
      Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true });
    }
    await import('../src/index.js');
  });

  after(() => {
    for (const key of Object.keys(POLLUTED)) delete (Object.prototype as Record<string, unknown>)[key];
  });

  it('does not read polluted settings: no booking link, no reviewer, the guide title', async () => {
    const host = await fixture<HTMLElement>(html`<div>
      <ubs-settings clinic-name="Riverside Spine"></ubs-settings>
      <second-opinion></second-opinion>
      <medical-disclaimer></medical-disclaimer>
      <risk-list></risk-list>
    </div>`);
    const [opinion, disclaimer, risks] = ['second-opinion', 'medical-disclaimer', 'risk-list'].map((tag) => host.querySelector(tag)!);
    for (const element of [opinion, disclaimer, risks]) await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    // No contact link (source markers lead within the element).
    expect(opinion!.shadowRoot!.querySelectorAll('a:not(sup.cite a, .back-link)')).to.have.length(0);
    expect(shadowText(disclaimer!)).not.to.contain('Polluted');
    expect(shadowText(risks!)).not.to.contain('POLLUTED');
    expect(risks!.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal('Risks of surgery');
  });
});
