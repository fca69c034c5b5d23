import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/back-surgery-guide/back-surgery-guide.js';
import type { BackSurgeryGuide } from '../src/back-surgery-guide/back-surgery-guide.component.js';
import { GUIDE_SECTIONS } from '../src/back-surgery-guide/sections.js';
import { captureWarnings, headingOutline as outline, renderedSeeds, settled, shadowRoots } from './helpers.js';

const sectionTags = (guide: Element) => [...guide.shadowRoot!.querySelectorAll('[part="section"]')].map((s) => s.id);

describe('<back-surgery-guide>', () => {
  // This file imports only the guide's own entry (what `…/back-surgery-guide.js` users get).
  it('registers every section it shows', () => {
    for (const tag of GUIDE_SECTIONS) {
      expect(customElements.get(tag), `add \`import '../${tag}/${tag}.js';\` to src/back-surgery-guide/back-surgery-guide.ts`).to.not.equal(undefined);
    }
  });

  it('shows every point of the article, S1 to S20', async () => {
    const guide = await fixture<BackSurgeryGuide>(html`<back-surgery-guide></back-surgery-guide>`);
    await settled(guide);
    const shown = renderedSeeds(guide);
    const missing = Array.from({ length: 20 }, (_, i) => `S${i + 1}`).filter((seed) => !shown.has(seed));
    expect(missing).to.deep.equal([]);
  });

  it('shows the sections in order, each listed in the table of contents', async () => {
    const guide = await fixture<BackSurgeryGuide>(html`<back-surgery-guide></back-surgery-guide>`);
    // The order is the patient's, set (and explained) in sections.ts.
    expect(sectionTags(guide)).to.deep.equal([...GUIDE_SECTIONS]);
    const toc = [...guide.shadowRoot!.querySelectorAll('nav[part="toc"] a')].map((a) => a.textContent);
    expect(toc).to.have.length(GUIDE_SECTIONS.length);
    expect(toc[GUIDE_SECTIONS.indexOf('risk-list')]).to.equal('Risks of surgery');
    expect(guide.shadowRoot!.querySelector('nav')!.getAttribute('aria-labelledby')).to.equal('toc-title');
  });

  it('nests every section\'s headings under its own', async () => {
    const guide = await fixture<BackSurgeryGuide>(html`<back-surgery-guide></back-surgery-guide>`);
    await settled(guide);
    const headings = outline(guide);
    expect(headings[0]).to.equal('h2');
    expect(headings.slice(1).every((h) => h === 'h3' || h === 'h4')).to.be.true;
    // Each section's title, and the key points at the top.
    expect(headings.filter((h) => h === 'h3')).to.have.length(GUIDE_SECTIONS.length + 1);

    guide.setAttribute('heading-level', '4');
    await settled(guide);
    const deeper = outline(guide);
    expect(deeper[0]).to.equal('h4');
    expect(deeper.slice(1).every((h) => h === 'h5' || h === 'h6')).to.be.true;
  });

  it('moves keyboard focus to the section chosen in the table of contents, without changing the page URL', async () => {
    const url = location.href;
    const guide = await fixture<BackSurgeryGuide>(html`<back-surgery-guide></back-surgery-guide>`);
    const risks = [...guide.shadowRoot!.querySelectorAll<HTMLAnchorElement>('nav a')][4]!;
    risks.focus();
    await sendKeys({ press: 'Enter' });
    const focused = guide.shadowRoot!.activeElement!;
    expect(focused.id).to.equal('risk-list');
    expect(focused.getAttribute('aria-label')).to.equal('Risks of surgery');
    expect(location.href).to.equal(url);
    await sendKeys({ press: 'Tab' });
    // Tab continues from the section: into the risks (its first source marker), not back to the top.
    const list = focused.querySelector('risk-list')!;
    expect(list.shadowRoot!.activeElement?.closest('sup.cite, summary')?.localName).to.be.oneOf(['sup', 'summary']);
  });

  it('keeps table-of-contents links on the page when the page has a <base href> to another site', async () => {
    const base = Object.assign(document.createElement('base'), { href: 'https://elsewhere.example/blog/' });
    document.head.append(base);
    try {
      const guide = await fixture<BackSurgeryGuide>(html`<back-surgery-guide></back-surgery-guide>`);
      const links = [...guide.shadowRoot!.querySelectorAll<HTMLAnchorElement>('nav a')];
      const page = location.href.split('#')[0];
      expect(links).to.have.length(GUIDE_SECTIONS.length);
      // What a middle-click, "open in new tab" or "copy link" uses.
      expect(links.map((link) => link.href).filter((href) => !href.startsWith(`${page}#`))).to.deep.equal([]);
    } finally {
      base.remove();
    }
  });

  it('leaves out sections listed in exclude, in the table of contents too', async () => {
    const guide = await fixture<BackSurgeryGuide>(html`<back-surgery-guide exclude="candidacy-check, surgery-faq"></back-surgery-guide>`);
    expect(sectionTags(guide)).to.not.include.members(['candidacy-check', 'surgery-faq']);
    expect(sectionTags(guide)).to.have.length(GUIDE_SECTIONS.length - 2);
    expect(guide.shadowRoot!.querySelectorAll('nav a')).to.have.length(GUIDE_SECTIONS.length - 2);
  });

  it('warns about unknown sections in exclude and still leaves out the known ones', async () => {
    let guide!: BackSurgeryGuide;
    const warnings = await captureWarnings(async () => {
      guide = await fixture<BackSurgeryGuide>(html`<back-surgery-guide exclude=${'surgery-faq <img src=x onerror=alert(1)>'}></back-surgery-guide>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<back-surgery-guide> exclude=');
    expect(sectionTags(guide)).to.not.include('surgery-faq');
    expect(sectionTags(guide)).to.have.length(GUIDE_SECTIONS.length - 1);
    expect(guide.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('says once, not in every section, that it does not replace the doctor', async () => {
    const guide = await fixture<BackSurgeryGuide>(html`<back-surgery-guide></back-surgery-guide>`);
    await settled(guide);
    const visible = shadowRoots(guide)
      .flatMap((root) => [...root.querySelectorAll('.disclaimer')])
      .filter((node) => getComputedStyle(node).display !== 'none');
    expect(visible).to.have.length(1);
  });

  it('keeps a section\'s state when the guide re-renders', async () => {
    const guide = await fixture<BackSurgeryGuide>(html`<back-surgery-guide></back-surgery-guide>`);
    const before = guide.shadowRoot!.querySelector('candidacy-check');
    guide.setAttribute('heading-level', '3');
    await guide.updateComplete;
    // A boolean, not the elements: a failing comparison of elements inside the guide hangs the test runner's reporter.
    expect(guide.shadowRoot!.querySelector('candidacy-check') === before, 'the same <candidacy-check>, not a new one').to.be.true;
    expect(before!.getAttribute('heading-level')).to.equal('4');
  });

  it('applies its own text changes to its sections too, with one warning for an invalid part', async () => {
    let guide!: BackSurgeryGuide;
    const warnings = await captureWarnings(async () => {
      guide = await fixture<BackSurgeryGuide>(html`<back-surgery-guide
        .overrides=${{ en: { risks: { title: 'Risks at Riverside', titel: 'typo' } } }}
      ></back-surgery-guide>`);
      await settled(guide);
    });
    const tocEntry = [...guide.shadowRoot!.querySelectorAll('[part="toc"] a')].find((a) => a.getAttribute('href')!.endsWith('#risk-list'))!;
    const section = guide.shadowRoot!.querySelector('risk-list')!;
    expect(tocEntry.textContent).to.equal('Risks at Riverside');
    expect(section.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal('Risks at Riverside');
    expect(warnings.filter((w) => w.includes('en.risks.titel'))).to.have.length(1);
  });

  it('passes axe as a whole', async () => {
    const guide = await fixture<BackSurgeryGuide>(html`<back-surgery-guide></back-surgery-guide>`);
    await settled(guide);
    await expect(guide).to.be.accessible();
  });
});
