// Placeholders: what a WordPress author without "unfiltered HTML" can paste. The page keeps a
// <div data-ubs="…"> and the library turns it into the element it names.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import '../src/placeholders.js';
import { captureWarnings, hostileStrings, shadowText } from './helpers.js';
import { RiskList } from '../src/classes.js';

interface Manifest {
  modules: { declarations?: { tagName?: string; customElement?: boolean }[] }[];
}

/** A mutation observer reports after the current task's microtasks: wait for it. */
const observed = () => new Promise((resolve) => setTimeout(resolve));

describe('placeholders', () => {
  it('upgrades a placeholder on the page, data-* attributes becoming attributes', async () => {
    const host = await fixture<HTMLElement>(html`
      <div>
        <div data-ubs="risk-list" data-heading-level="3" data-show="all" id="risks" class="clinic-box" lang="en">
          <p>Fallback text for readers without JavaScript.</p>
        </div>
      </div>
    `);
    await observed();
    const element = host.querySelector('risk-list')!;
    expect(element, 'placeholder replaced').to.exist;
    expect(host.querySelector('[data-ubs]')).to.equal(null);
    expect(element.getAttribute('heading-level')).to.equal('3');
    expect(element.getAttribute('show')).to.equal('all');
    expect(element.id).to.equal('risks');
    expect(element.className).to.equal('clinic-box');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('h3')).to.exist;
    // The fallback moved inside, where the rendered element hides it (it has no default slot).
    const fallback = element.querySelector('p')!;
    expect(fallback.textContent).to.contain('Fallback text');
    expect(fallback.getClientRects().length, 'fallback no longer shown').to.equal(0);
  });

  it('upgrades placeholders added to the page later, also nested ones and renamed ones', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.innerHTML = '<section><div data-ubs="recovery-tips" data-heading-level="4"></div></section>';
    await observed();
    const tips = host.querySelector('recovery-tips')!;
    expect(tips).to.exist;
    await tips.updateComplete;
    expect(shadowText(tips)).to.not.equal('');
    expect(tips.shadowRoot!.querySelector('h4')).to.exist;

    const later = document.createElement('div');
    host.append(later);
    later.setAttribute('data-ubs', 'surgery-faq');
    await observed();
    expect(host.querySelector('surgery-faq')).to.exist;
  });

  it('knows every element of the manifest', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName!);
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const warnings = await captureWarnings(async () => {
      host.innerHTML = tags.map((tag) => `<div data-ubs="${tag}"></div>`).join('');
      await observed();
    });
    expect(warnings).to.deep.equal([]);
    for (const tag of tags) expect(host.querySelector(tag), tag).to.exist;
  });

  it('warns once about an unknown name and leaves that placeholder alone', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const warnings = await captureWarnings(async () => {
      host.innerHTML = '<div data-ubs="risk-lists">Our risks</div><div data-ubs="script" data-src="x.js"></div>';
      await observed();
      host.append(document.createElement('p')); // another change: no second warning
      await observed();
      // A name that could be a custom element waits 3 s for the page to define it, then warns.
      await new Promise((resolve) => setTimeout(resolve, 3100));
    });
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('data-ubs="script"');
    expect(warnings[1]).to.contain('data-ubs="risk-lists"').and.to.contain('not an element of this library');
    expect(host.querySelector('[data-ubs="risk-lists"]')!.textContent).to.equal('Our risks');
    expect(host.querySelector('script')).to.equal(null);
  });

  it('waits for an element the page defines late (a deferred or wrapped registry), then upgrades it', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    // One of the library's classes under a tag nobody has defined yet.
    class LateRiskList extends RiskList {}
    const warnings = await captureWarnings(async () => {
      host.innerHTML = '<div data-ubs="late-risk-list" data-show="common">Our risks</div>';
      await observed();
      expect(host.querySelector('[data-ubs]'), 'waits while it is not defined').to.not.equal(null);
      customElements.define('late-risk-list', LateRiskList);
      await new Promise((resolve) => setTimeout(resolve));
    });
    expect(host.querySelector('[data-ubs]')).to.equal(null);
    expect(host.querySelector('late-risk-list')!.getAttribute('show')).to.equal('common');
    expect(warnings).to.deep.equal([]);
  });

  it('drops event-handler attributes and shows hostile values as text', async () => {
    const w = window as { __pwned?: number };
    delete w.__pwned;
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const warnings = await captureWarnings(async () => {
      const div = document.createElement('div');
      div.setAttribute('data-ubs', 'second-opinion');
      div.setAttribute('data-onclick', 'window.__pwned=1');
      div.setAttribute('data-clinic-name', hostileStrings[0]!);
      div.setAttribute('data-phone', '+1 555 010 0100');
      host.append(div);
      await observed();
    });
    const element = host.querySelector('second-opinion')!;
    await element.updateComplete;
    await nextFrame();
    expect(element.hasAttribute('onclick')).to.equal(false);
    expect(warnings.filter((m) => m.includes('data-onclick'))).to.have.length(1);
    element.click();
    expect(shadowText(element)).to.contain(hostileStrings[0]);
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect(w.__pwned).to.equal(undefined);
  });

  it('takes only the element\'s own attributes from data-*: no data-style, no data-onclick', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const warnings = await captureWarnings(async () => {
      host.innerHTML =
        '<div data-ubs="risk-list" data-style="position:fixed;inset:0" data-show="all" data-lang="es" data-hidden-thing="x"></div>';
      await observed();
    });
    const element = host.querySelector('risk-list')!;
    expect(element.hasAttribute('style')).to.equal(false);
    expect(element.getAttribute('show')).to.equal('all');
    expect(element.getAttribute('lang')).to.equal('es');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('data-style').and.to.contain('data-hidden-thing');
  });

  it('leaves an element of the library that carries data-ubs alone', async () => {
    const host = await fixture<HTMLElement>(html`<div><risk-list></risk-list></div>`);
    const original = host.querySelector('risk-list')!;
    original.setAttribute('data-ubs', 'recovery-tips');
    await observed();
    expect(host.firstElementChild).to.equal(original);
  });

  it('carries settings placeholders to every element', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.innerHTML =
      '<div data-ubs="ubs-settings" data-clinic-name="Placeholder Spine Clinic" data-phone="+1 555 010 0200"></div>' +
      '<div data-ubs="second-opinion"></div>';
    await observed();
    const element = host.querySelector('second-opinion')!;
    await waitUntil(() => shadowText(element).includes('Placeholder Spine Clinic'), 'settings applied');
  });
});
