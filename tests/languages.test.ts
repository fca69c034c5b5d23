// How elements choose and load the language they show. Spanish's own tests check the translation;
// these use stand-in languages to check the mechanism: loading once, waiting, failing safely.
import { expect, fixture, html } from '@open-wc/testing';
import { english, loadLanguage, registerLanguage, supportedLanguages } from '../src/shared/i18n/languages.js';
import { en } from '../src/content/en.js';
import type { GuideContent } from '../src/content/types.js';
import '../src/recovery-tips/recovery-tips.js';
import '../src/risk-list/risk-list.js';
import type { RiskList } from '../src/risk-list/risk-list.component.js';
import { captureWarnings } from './helpers.js';

const title = (el: Element) => el.shadowRoot!.querySelector('[part="heading"]')?.textContent;

/** A stand-in language: English text with its own title, delivered when the test says so. */
function deferredLanguage(code: string, heading: string) {
  let deliver!: () => void;
  let loads = 0;
  const ready = new Promise<void>((resolve) => (deliver = resolve));
  registerLanguage(code, async () => {
    loads++;
    await ready;
    return { ...en, lang: code, risks: { ...en.risks, title: heading } } satisfies GuideContent;
  });
  return { deliver, loads: () => loads };
}

describe('languages', () => {
  it('loads a language once for every element, and shows nothing until it is there', async () => {
    const fr = deferredLanguage('fr', 'Risques de la chirurgie');
    expect(supportedLanguages()).to.include('fr');
    const root = document.createElement('div');
    root.lang = 'fr-CA';
    root.innerHTML = '<risk-list></risk-list><risk-list></risk-list>';
    document.body.append(root);
    const lists = [...root.querySelectorAll<RiskList>('risk-list')];
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(lists.map(title)).to.deep.equal([undefined, undefined]); // no English flash
    fr.deliver();
    await Promise.all(lists.map((list) => list.updateComplete));
    expect(lists.map(title)).to.deep.equal(['Risques de la chirurgie', 'Risques de la chirurgie']);
    expect(lists[0]!.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('fr');
    expect(fr.loads()).to.equal(1);
    root.remove();
  });

  it('shows English when a language fails to load, with one warning and no error', async () => {
    registerLanguage('de', () => Promise.reject(new Error('offline')));
    let el!: RiskList;
    const warnings = await captureWarnings(async () => {
      el = await fixture<RiskList>(html`<risk-list lang="de"></risk-list>`);
    });
    expect(title(el)).to.equal('Risks of surgery');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"de" could not be loaded').and.to.contain('offline');
  });

  it('shows English when a loader throws at once (e.g. a URL it cannot build)', async () => {
    registerLanguage('nl', () => {
      throw new TypeError('Invalid URL');
    });
    let el!: RiskList;
    const warnings = await captureWarnings(async () => {
      el = await fixture<RiskList>(html`<risk-list lang="nl"></risk-list>`);
    });
    expect(title(el)).to.equal('Risks of surgery');
    expect(warnings).to.have.length(1);
  });

  it('shows English with one warning when a language file loads but holds no guide content (no endless wait)', async () => {
    // An empty file (a failed upload) gives a module without the export; a loader may pick the wrong export.
    registerLanguage('pt', () => Promise.resolve(undefined as unknown as GuideContent));
    registerLanguage('sv', () => Promise.resolve({ default: en } as unknown as GuideContent));
    expect(await loadLanguage('pt')).to.equal(english);
    let el!: RiskList;
    const warnings = await captureWarnings(async () => {
      el = await fixture<RiskList>(html`<risk-list lang="sv"></risk-list>`);
    });
    expect(title(el)).to.equal('Risks of surgery');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"sv" could not be loaded').and.to.contain('no guide content');
  });

  it('shows English after 3 s when a language file is slow, with one warning, then the language when it arrives', async () => {
    const russian = deferredLanguage('ru', 'Риски операции');
    const warnings = await captureWarnings(async () => {
      const el = document.createElement('risk-list') as RiskList;
      el.lang = 'ru';
      document.body.append(el);
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(title(el)).to.equal(undefined); // still waiting: no English flash for a file on its way
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(title(el)).to.equal('Risks of surgery');
      el.requestUpdate(); // a later update does not wait again
      await el.updateComplete;
      russian.deliver();
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
      expect(title(el)).to.equal('Риски операции');
      el.remove();
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('3 s');
  });

  it('warns once for an unsupported page language, however many elements it covers', async () => {
    const warnings = await captureWarnings(async () => {
      await fixture(html`<div lang="tlh-x-page"><risk-list></risk-list><recovery-tips></recovery-tips><risk-list></risk-list></div>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('lang="tlh-x-page"');
  });

  it('re-renders when the page changes language at run time', async () => {
    const italian = deferredLanguage('it', 'Rischi della chirurgia');
    italian.deliver();
    const wrapper = await fixture(html`<div lang="en"><risk-list></risk-list></div>`);
    const list = wrapper.firstElementChild as RiskList;
    expect(title(list)).to.equal('Risks of surgery');
    wrapper.setAttribute('lang', 'it');
    await new Promise((resolve) => setTimeout(resolve, 0)); // the MutationObserver's turn
    await list.updateComplete;
    expect(title(list)).to.equal('Rischi della chirurgia');
  });

  it('follows the element\'s own lang over the page\'s', async () => {
    const wrapper = await fixture(html`<div lang="it"><risk-list lang="en-US"></risk-list></div>`);
    expect(title(wrapper.firstElementChild!)).to.equal('Risks of surgery');
  });

  it('warns once for an unsupported language, however often it renders', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<RiskList>(html`<risk-list lang="tlh"></risk-list>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
  });
});
