import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/risk-list/risk-list.js';
import '../src/ubs-settings/ubs-settings.js';
import type { RiskList } from '../src/risk-list/risk-list.component.js';
import { captureWarnings } from './helpers.js';

const token = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(name).trim();
const isFirefox = navigator.userAgent.includes('Firefox');

describe('theming', () => {
  afterEach(async () => {
    if (!isFirefox) await emulateMedia({ colorScheme: 'light' });
  });

  it('puts black text on a light brand colour and white text on a dark one', async () => {
    const light = await fixture(html`<risk-list style="--ubs-accent: #ffd600"></risk-list>`);
    expect(token(light, '--_on-accent')).to.equal('rgb(0, 0, 0)');
    const dark = await fixture(html`<risk-list style="--ubs-accent: #1a237e"></risk-list>`);
    expect(token(dark, '--_on-accent')).to.equal('rgb(255, 255, 255)');
  });

  it('keeps the focus ring visible when the brand colour is too light for the page', async () => {
    const wrapper = await fixture(html`<div style="background: #fff; color: rgb(20, 20, 20)">
      <button>Before</button>
      <risk-list style="--ubs-accent: #ffd600"></risk-list>
    </div>`);
    const list = wrapper.querySelector('risk-list') as RiskList;
    expect(token(list, '--_focus')).to.equal('rgb(20, 20, 20)');
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    // The first stop in the risks: a source marker's link.
    const focused = list.shadowRoot!.activeElement!;
    expect(focused.localName).to.equal('a');
    expect(getComputedStyle(focused).outlineColor).to.equal('rgb(20, 20, 20)');
  });

  it('uses the brand colour for the focus ring when it stands out', async () => {
    const el = await fixture(html`<risk-list style="--ubs-accent: #1a237e"></risk-list>`);
    expect(token(el, '--_focus')).to.equal('rgb(26, 35, 126)');
  });

  it('takes the brand colour from the page settings, while the page\'s CSS wins', async () => {
    const root = await fixture(html`<div>
      <ubs-settings accent="#6b2c91"></ubs-settings>
      <risk-list></risk-list>
      <risk-list style="--ubs-accent: #1a237e"></risk-list>
    </div>`);
    const [fromSettings, fromCss] = root.querySelectorAll('risk-list');
    expect(token(fromSettings!, '--_accent')).to.equal('rgb(107, 44, 145)');
    expect(token(fromCss!, '--_accent')).to.equal('#1a237e');
  });

  it('warns once about a page accent that is not a colour, and uses the default', async () => {
    let root!: Element;
    const warnings = await captureWarnings(async () => {
      root = await fixture(html`<div><ubs-settings accent="url(javascript:alert(1))"></ubs-settings><risk-list></risk-list></div>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('accent');
    expect(token(root.querySelector('risk-list')!, '--_on-accent')).to.equal('rgb(255, 255, 255)');
  });

  it('paints itself dark with theme="dark" and light with theme="light"', async () => {
    const dark = await fixture(html`<risk-list theme="dark"></risk-list>`);
    expect(getComputedStyle(dark).backgroundColor).to.equal('rgb(16, 25, 31)');
    expect(getComputedStyle(dark).color).to.equal('rgb(230, 237, 243)');
    await expect(dark).to.be.accessible();
    const light = await fixture(html`<risk-list theme="light"></risk-list>`);
    expect(getComputedStyle(light).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('keeps a white page white when the system is dark: auto follows the page, not the system', async function () {
    if (isFirefox) this.skip(); // colour-scheme emulation is a Chromium DevTools feature
    const wrapper = await fixture(html`<div style="color: rgb(40, 40, 40)"><risk-list></risk-list></div>`);
    const list = wrapper.firstElementChild as RiskList;
    const turnedDark = new Promise((resolve) => matchMedia('(prefers-color-scheme: dark)').addEventListener('change', resolve, { once: true }));
    await emulateMedia({ colorScheme: 'dark' });
    await turnedDark;
    await list.updateComplete;
    expect(getComputedStyle(list).color).to.equal('rgb(40, 40, 40)');
    expect(getComputedStyle(list).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(token(list, '--_warning-text')).to.equal('rgb(179, 38, 30)');
  });

  it('on a dark page, keeps the page colours and turns the red light: a dark background, color-scheme: dark, or light text', async () => {
    const root = await fixture(html`<div>
      <div style="background: rgb(0, 0, 0); color: rgb(238, 238, 238)"><risk-list></risk-list></div>
      <div style="color-scheme: dark"><risk-list></risk-list></div>
      <div style="color: rgb(238, 238, 238)"><risk-list></risk-list></div>
      <div style="background: rgb(255, 255, 255); color: rgb(238, 238, 238)"><risk-list></risk-list></div>
    </div>`);
    const lists = [...root.querySelectorAll('risk-list')] as RiskList[];
    await Promise.all(lists.map((list) => list.updateComplete));
    const [painted, scheme, lightText, whitePage] = lists;
    for (const list of [painted!, scheme!, lightText!]) {
      expect(getComputedStyle(list).backgroundColor, 'no dark box of its own').to.equal('rgba(0, 0, 0, 0)');
      expect(token(list, '--_warning-text')).to.equal('rgb(255, 180, 171)');
      expect(getComputedStyle(list).colorScheme).to.equal('dark');
    }
    expect(getComputedStyle(painted!).color).to.equal('rgb(238, 238, 238)');
    // A painted white background is what the page is, whatever its text colour.
    expect(token(whitePage!, '--_warning-text')).to.equal('rgb(179, 38, 30)');
  });

  it("follows the page when it switches its own dark mode on <html>", async () => {
    const style = document.createElement('style');
    style.textContent = 'html.test-dark-mode .test-page { background: rgb(17, 17, 17); color: rgb(238, 238, 238); }';
    document.head.append(style);
    try {
      const wrapper = await fixture(html`<div class="test-page"><risk-list></risk-list></div>`);
      const list = wrapper.firstElementChild as RiskList;
      await list.updateComplete;
      expect(token(list, '--_warning-text')).to.equal('rgb(179, 38, 30)');
      document.documentElement.classList.add('test-dark-mode');
      await new Promise((resolve) => setTimeout(resolve));
      expect(token(list, '--_warning-text')).to.equal('rgb(255, 180, 171)');
      document.documentElement.classList.remove('test-dark-mode');
      await new Promise((resolve) => setTimeout(resolve));
      expect(token(list, '--_warning-text')).to.equal('rgb(179, 38, 30)');
    } finally {
      style.remove();
    }
  });

  it('puts readable text on a warning red the clinic chose', async () => {
    const light = await fixture(html`<risk-list style="--ubs-warning: #ffb4ab"></risk-list>`);
    const band = light.shadowRoot!.querySelector('.care.urgent .care-heading')!;
    expect(getComputedStyle(band).color).to.equal('rgb(0, 0, 0)');
    const dark = await fixture(html`<risk-list></risk-list>`);
    expect(getComputedStyle(dark.shadowRoot!.querySelector('.care.urgent .care-heading')!).color).to.equal('rgb(255, 255, 255)');
  });

  it('follows the page settings theme; the attribute wins; a bad value warns', async () => {
    const root = await fixture(html`<div><ubs-settings theme="dark"></ubs-settings><risk-list></risk-list><risk-list theme="light"></risk-list></div>`);
    const [fromSettings, fromAttribute] = root.querySelectorAll('risk-list');
    expect(getComputedStyle(fromSettings!).backgroundColor).to.equal('rgb(16, 25, 31)');
    expect(getComputedStyle(fromAttribute!).backgroundColor).to.equal('rgb(255, 255, 255)');
    const warnings = await captureWarnings(() => fixture(html`<risk-list theme="neon"></risk-list>`));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('theme="neon"');
  });

  it('works out the colours of elements rendered together at once: the page behind them is read once, not once per element', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="background: rgb(250, 250, 250)"></div>`);
    const original = window.getComputedStyle;
    const readsOfWrapper: number[] = [];
    window.getComputedStyle = (element: Element, pseudo?: string | null) => {
      if (element === wrapper) readsOfWrapper.push(1);
      return original.call(window, element, pseudo);
    };
    try {
      const lists = Array.from({ length: 20 }, () => document.createElement('risk-list') as RiskList);
      wrapper.append(...lists);
      await Promise.all(lists.map((list) => list.updateComplete));
      expect(readsOfWrapper).to.have.length(1);
      // The brand colour's focus ring is checked against that background, for every one of them.
      for (const list of lists) expect(token(list, '--_focus')).to.equal('rgb(11, 95, 122)');
    } finally {
      window.getComputedStyle = original;
    }
  });
});
