import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/surgery-faq/surgery-faq.js';
import type { SurgeryFaq } from '../src/surgery-faq/surgery-faq.component.js';
import { captureWarnings } from './helpers.js';

const questions = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="question"] > summary')].map((s) => s.textContent!.trim());
const jsonLdScripts = () => document.head.querySelectorAll('script[type="application/ld+json"]');

describe('<surgery-faq>', () => {
  it('answers the questions patients ask, each as a heading screen readers can jump to', async () => {
    const el = await fixture(html`<surgery-faq></surgery-faq>`);
    expect(questions(el)).to.include.members([
      'Is the surgery painful?',
      'How long is recovery?',
      'Is laser surgery better?',
      'Will surgery cure my pain?',
      'What are the risks?',
      'What should I ask my surgeon?',
    ]);
    expect(el.shadowRoot!.querySelectorAll('summary > h3')).to.have.length(questions(el).length);
  });

  it('answers honestly: no cure, little proof for lasers', async () => {
    const el = await fixture(html`<surgery-faq expanded></surgery-faq>`);
    const answer = (id: string) => el.shadowRoot!.querySelector(`[data-id="${id}"] [part="answer"]`)!.textContent!;
    expect(answer('cure')).to.contain('rarely ends back pain for good');
    expect(answer('laser-better')).to.contain('little proof');
    expect(el.shadowRoot!.querySelectorAll('[data-id="ask-surgeon"] li').length).to.be.at.least(5);
  });

  it('opens and closes a question from the keyboard, and tells the page', async () => {
    const el = await fixture<SurgeryFaq>(html`<surgery-faq></surgery-faq>`);
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('[data-id="painful"]')!;
    details.querySelector('summary')!.focus();
    const toggled = oneEvent(el, 'ubs-toggle');
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.be.true;
    expect((await toggled).detail).to.deep.equal({ id: 'painful', open: true });
  });

  it('shows only the questions asked for, and warns about unknown ones', async () => {
    let el!: Element;
    const warnings = await captureWarnings(async () => {
      el = await fixture(html`<surgery-faq questions="cure, risks, costs"></surgery-faq>`);
    });
    expect(questions(el)).to.deep.equal(['Will surgery cure my pain?', 'What are the risks?']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('questions="cure, risks, costs"');
  });

  it('adds no structured data unless asked', async () => {
    await fixture(html`<surgery-faq></surgery-faq>`);
    expect(jsonLdScripts()).to.have.length(0);
  });

  it('adds schema.org FAQPage data with structured-data, and removes it with the element', async () => {
    const el = await fixture(html`<surgery-faq structured-data questions="painful cure"></surgery-faq>`);
    expect(jsonLdScripts()).to.have.length(1);
    const data = JSON.parse(jsonLdScripts()[0]!.textContent!);
    expect(data['@type']).to.equal('FAQPage');
    expect(data.mainEntity).to.have.length(2);
    expect(data.mainEntity[0]).to.deep.include({ '@type': 'Question', name: 'Is the surgery painful?' });
    expect(data.mainEntity[0].acceptedAnswer.text).to.contain('so that you do not feel pain');
    el.remove();
    expect(jsonLdScripts()).to.have.length(0);
  });

  it('keeps markup in answers from breaking out of the structured data', async () => {
    const el = await fixture<SurgeryFaq>(html`<surgery-faq
      structured-data
      questions="painful"
      .overrides=${{ en: { faq: { items: [{ id: 'painful', question: '</script><script>window.__pwned=1</script>' }] } } }}
    ></surgery-faq>`);
    const text = jsonLdScripts()[0]!.textContent!;
    expect(text).to.not.contain('</script>');
    expect(JSON.parse(text).mainEntity[0].name).to.equal('</script><script>window.__pwned=1</script>');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    el.remove();
  });

  it('puts its structured data back when the FAQ is moved in the page', async () => {
    const el = await fixture(html`<div><surgery-faq structured-data questions="painful"></surgery-faq></div>`);
    const faq = el.querySelector('surgery-faq')!;
    document.body.append(faq); // a page builder moves the block
    await (faq as SurgeryFaq).updateComplete;
    expect(jsonLdScripts()).to.have.length(1);
    expect(JSON.parse(jsonLdScripts()[0]!.textContent!).mainEntity).to.have.length(1);
    faq.remove();
    expect(jsonLdScripts()).to.have.length(0);
  });

  it('does not put its structured data back when it updates after being removed', async () => {
    const el = await fixture<SurgeryFaq>(html`<surgery-faq structured-data questions="painful"></surgery-faq>`);
    expect(jsonLdScripts()).to.have.length(1);
    el.remove();
    // A load the element waited for (its sources, a language) can arrive after it left the page.
    el.requestUpdate();
    await el.updateComplete;
    expect(jsonLdScripts()).to.have.length(0);
  });

  it('keeps the questions a list when the page gave arrays a toJSON (Prototype.js)', async () => {
    // Prototype.js 1.6: an array serialises itself to a string.
    const prototypeJs = function (this: unknown[]) {
      return `[${this.map((item) => JSON.stringify(item)).join(', ')}]`;
    };
    Object.defineProperty(Array.prototype, 'toJSON', { value: prototypeJs, configurable: true, writable: true });
    try {
      const el = await fixture(html`<surgery-faq structured-data questions="painful cure"></surgery-faq>`);
      const data = JSON.parse(jsonLdScripts()[0]!.textContent!);
      expect(data.mainEntity).to.be.an('array').with.length(2);
      expect(data.mainEntity[1].name).to.be.a('string');
      el.remove();
    } finally {
      delete (Array.prototype as { toJSON?: unknown }).toJSON;
    }
  });
});
