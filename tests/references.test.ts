// Issue 10: readers see the evidence behind what each element shows, medical words are defined
// where an element first uses them, and the emergency number follows the page's setting.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../src/index.js';
import { loadLanguage } from '../src/shared/i18n/languages.js';
import { en } from '../src/content/en.js';
import type { GuideContent, Term } from '../src/content/types.js';
import { References, renderSource } from '../src/shared/references.js';
import { fill } from '../src/shared/render.js';
import { faqJsonLd } from '../src/surgery-faq/structured-data.js';
import { loadBibliography } from '../src/shared/i18n/bibliography.js';
import { sources } from '../src/content/sources.js';
import { captureWarnings, sameNode, settled } from './helpers.js';

type Rendering = HTMLElement & { updateComplete: Promise<boolean> };

// The lists of sources fill in once the bibliography chunk has loaded: loaded before any element renders.
await loadBibliography();

/** Every element the library documents as showing something (from custom-elements.json, not a hand list). */
async function documentedElements(): Promise<string[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as {
    modules: { declarations?: { tagName?: string; customElement?: boolean; cssParts?: unknown[] }[] }[];
  };
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName && declaration.cssParts?.length)
    .map((declaration) => declaration.tagName!);
}

async function show(tag: string, lang: string): Promise<HTMLElement> {
  const element = await fixture<HTMLElement>(staticHtml`<${unsafeStatic(tag)} lang=${lang}></${unsafeStatic(tag)}>`);
  await settled(element);
  // Everything a reader can open is open, as on paper.
  element.shadowRoot!.querySelectorAll('details').forEach((details) => (details.open = true));
  await (element as Rendering).updateComplete;
  return element;
}

const visible = (node: Element) => node.checkVisibility();

/** Titles and labels: a word met there is defined with the next statement, not inside the label. */
const LABELS = 'h1, h2, h3, h4, h5, h6, summary, caption, th, dt, legend, label, nav, .when, .step-title';

/**
 * Text nodes a reader sees in an element's own shadow root, leaving out the definitions themselves,
 * screen-reader-only words and cited titles (a source's title is the publisher's, not ours).
 */
function readerTextNodes(element: Element): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(element.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (parent.closest('.term, .vh, .sources, [part~="sources"], style') || !visible(parent)) continue;
    nodes.push(node as Text);
  }
  return nodes;
}

/** An independent matcher: a word form, whole word, any case (Spanish letters count as letters). */
const usesForm = (text: string, form: string) =>
  new RegExp(`(^|[^\\p{L}\\p{N}])${form.replace(/\s+/g, '\\s+')}($|[^\\p{L}\\p{N}])`, 'iu').test(text);
const usesTerm = (text: string, term: Term) => term.forms.some((form) => usesForm(text, form));

const languages = async (): Promise<[string, GuideContent][]> => [
  ['en', en],
  ['es', await loadLanguage('es')],
];

/** What is wrong with the definitions in an element: `[]` when every term it uses is defined once, where first used. */
function termProblems(element: Element, content: GuideContent, where: string): { problems: string[]; checked: number } {
  const problems: string[] = [];
  let checked = 0;
  const nodes = readerTextNodes(element);
  for (const term of content.terms) {
    const uses = nodes.filter((node) => usesTerm(node.data, term));
    if (uses.length === 0) continue;
    checked++;
    const what = `${where} ${term.id}`;
    const definitions = [...element.shadowRoot!.querySelectorAll(`dfn[data-term="${term.id}"]`)].filter(visible);
    if (definitions.length !== 1) {
      problems.push(`${what}: defined ${definitions.length} times`);
      continue;
    }
    const [dfn] = definitions as [Element];
    const added = dfn.closest('.term');
    if (added && !added.textContent!.replace(/\s+/g, ' ').includes(term.definition)) problems.push(`${what}: definition text missing`);
    // The first use in a statement (not a title) comes with the definition, or after it.
    const first = uses.find((node) => !node.parentElement!.closest(LABELS));
    if (first) {
      const block = first.parentElement!.closest('p, li, td, dd, figcaption');
      const before = dfn.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING;
      if (!block?.contains(dfn) && !before) problems.push(`${what}: first used before it is defined`);
    }
  }
  return { problems, checked };
}

describe('medical words', () => {
  it('are defined in every element that uses them, once, where first used (both languages)', async () => {
    const tags = await documentedElements();
    expect(tags).to.include.members(['risk-list', 'back-surgery-guide', 'medical-disclaimer']);
    const problems: string[] = [];
    let checked = 0;
    for (const [lang, content] of await languages()) {
      expect(content.terms.length, `${lang} terms`).to.be.at.least(15);
      for (const tag of tags) {
        const element = await show(tag, lang);
        const result = termProblems(element, content, `<${tag} lang=${lang}>`);
        problems.push(...result.problems);
        checked += result.checked;
        element.remove();
      }
    }
    expect(problems.join('; ')).to.equal('');
    expect(checked, 'element and term pairs checked').to.be.above(60);
  });

  it('are defined in the cards of the comparison too, when it is narrow', async () => {
    const page = await fixture(html`<div style="width: 20rem"><procedure-compare></procedure-compare></div>`);
    const element = page.querySelector('procedure-compare')!;
    await settled(element);
    expect(element.shadowRoot!.querySelector('.cards')!.checkVisibility()).to.be.true;
    const { problems, checked } = termProblems(element, en, '<procedure-compare> (narrow)');
    expect(problems.join('; ')).to.equal('');
    expect(checked).to.be.above(5);
  });

  it('marks a word the sentence explains itself, instead of adding a definition', async () => {
    const element = await show('surgery-overview', 'en');
    const dfn = element.shadowRoot!.querySelector('dfn[data-term="stenosis"]')!;
    expect(dfn.textContent).to.equal('Stenosis');
    expect(dfn.closest('.term')?.outerHTML ?? null).to.equal(null);
    expect(dfn.closest('p')!.textContent).to.contain('has become too narrow');
    // An earlier sentence uses "spinal cord" without explaining it: the definition is added there, once.
    const added = element.shadowRoot!.querySelector('dfn[data-term="spinalCord"]')!.closest('[part~="term"]')!;
    expect(added.closest('p')!.textContent).to.contain('a disc or bone pressing on the spinal cord');
    expect(element.shadowRoot!.querySelectorAll('dfn[data-term="spinalCord"]')).to.have.length(1);
    expect(added.textContent).to.contain(en.terms.find((term) => term.id === 'spinalCord')!.definition);
  });

  it('marks the whole phrase a sentence explains: "lumbar spine", not "lumbar"', async () => {
    // A term's longest form is tried first: "lumbar" alone is a form of the same term.
    const element = await show('procedure-compare', 'en');
    const marked = [...element.shadowRoot!.querySelectorAll('dfn[data-term="lumbar"]')].filter((dfn) => !dfn.closest('[part~="term"]'));
    expect([...new Set(marked.map((dfn) => dfn.textContent!.toLowerCase()))]).to.deep.equal(['lumbar spine']);
    const term: Term = { id: 'spinalFusion', term: 'fusión espinal', definition: 'une huesos', forms: ['fusión', 'fusión espinal'] };
    const host = document.createElement('div');
    render(new References({ ...en, terms: [term] } as GuideContent, {}).p({ defines: ['spinalFusion'], text: 'La fusión espinal une dos huesos.' }), host);
    expect(host.querySelector('dfn')?.textContent, 'whatever the order of the forms').to.equal('fusión espinal');
  });

  it('count as used only as whole words, in any case, with Spanish letters counted as letters', () => {
    const term: Term = { id: 'spinalFusion', term: 'fusión', definition: 'joining bones', forms: ['fusión', 'operaci'] };
    const content = { ...en, terms: [term] } as GuideContent;
    const defines = (text: string) => {
      const host = document.createElement('div');
      render(new References(content, {}).p({ text }), host);
      return host.querySelector('dfn[data-term="spinalFusion"]') !== null;
    };
    expect(defines('Una FUSIÓN espinal.'), 'another case').to.equal(true);
    expect(defines('(fusión)'), 'between brackets').to.equal(true);
    expect(defines('la confusión'), 'inside a word').to.equal(false);
    expect(defines('una operación'), 'followed by an accented letter').to.equal(false);
    expect(defines('ñfusión'), 'after ñ').to.equal(false);
    expect(defines('fusión2'), 'before a digit').to.equal(false);
  });

  it('are defined in each element that stands alone, even when another element on the page did', async () => {
    const page = await fixture(html`<div><surgery-overview></surgery-overview><procedure-compare></procedure-compare></div>`);
    for (const element of page.children) {
      await settled(element);
      expect(element.shadowRoot!.querySelectorAll('dfn[data-term="stenosis"]').length, element.localName).to.be.at.least(1);
    }
  });
});

describe('sources', () => {
  const markers = (element: Element) =>
    [...element.shadowRoot!.querySelectorAll('sup.cite [aria-hidden]')].filter(visible).flatMap((shown) => (shown.textContent!.match(/\d+/g) ?? []).map(Number));

  it('are numbered in order of appearance in each element, and listed at its end, closed', async () => {
    for (const [lang, label] of [['en', /^Sources \((\d+)\)$/], ['es', /^Fuentes \((\d+)\)$/]] as const) {
      for (const tag of ['procedure-compare', 'surgery-overview', 'recovery-tips', 'surgery-faq']) {
        const element = await fixture<HTMLElement>(staticHtml`<${unsafeStatic(tag)} lang=${lang}></${unsafeStatic(tag)}>`);
        await settled(element);
        const list = element.shadowRoot!.querySelector<HTMLDetailsElement>('details[part="sources"]')!;
        expect(list, tag).to.exist;
        expect(list.open, `${tag} closed by default`).to.be.false;
        const count = Number(label.exec(list.querySelector('summary')!.textContent!.trim())![1]);
        expect(list.querySelectorAll('ol > li')).to.have.length(count);
        element.shadowRoot!.querySelectorAll('details').forEach((details) => (details.open = true));
        const numbers = markers(element);
        // A new source takes the next number; a source cited again keeps its number.
        let highest = 0;
        for (const number of numbers) {
          expect(number, `${tag}: ${numbers.join(' ')}`).to.be.at.most(highest + 1);
          highest = Math.max(highest, number);
        }
        expect(highest, tag).to.equal(count);
        // It is the element's last block before the disclaimer line: nothing after it but the note.
        expect(list.nextElementSibling?.getAttribute('part'), tag).to.equal('disclaimer');
        element.remove();
      }
    }
  });

  it('shows only the sources behind what the element shows', async () => {
    const element = await fixture<HTMLElement>(html`<recovery-tips></recovery-tips>`);
    const items = [...element.shadowRoot!.querySelectorAll('details[part="sources"] li')].map((li) => li.textContent!.replace(/\s+/g, ' '));
    // The recovery element cites recovery and warning-sign sources, not the laser or red-flag ones.
    expect(items.some((item) => item.includes(sources.nhsRecovery.title))).to.be.true;
    expect(items.some((item) => item.includes(sources.jaaosLaser.title))).to.be.false;
  });

  it('are announced as sources and reachable from the keyboard', async () => {
    const element = await fixture<HTMLElement>(html`<surgery-overview></surgery-overview>`);
    const marker = element.shadowRoot!.querySelector('sup.cite')!;
    // Read as words, after a space ("…of the spine. Sources 1 and 2"); the brackets are for the eye only.
    expect(marker.querySelector('.vh')!.textContent).to.match(/^ (Source \d+|Sources \d+(, \d+)* and \d+)$/);
    expect(marker.querySelector('[aria-hidden="true"]')!.textContent).to.match(/^\[\d+(, \d+)*\]$/);
    const summary = element.shadowRoot!.querySelector<HTMLElement>('details[part="sources"] > summary')!;
    summary.focus();
    expect(...sameNode(element.shadowRoot!.activeElement, summary)).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('open for printing and close again after', async () => {
    const element = await fixture<HTMLElement>(html`<procedure-compare></procedure-compare>`);
    const list = element.shadowRoot!.querySelector<HTMLDetailsElement>('details[part="sources"]')!;
    window.dispatchEvent(new Event('beforeprint'));
    expect(list.open).to.be.true;
    window.dispatchEvent(new Event('afterprint'));
    expect(list.open).to.be.false;
  });

  it('are given in full: publisher, title in its own language, year, citation, and a web link', async () => {
    const element = await fixture<HTMLElement>(html`<procedure-compare lang="es"></procedure-compare>`);
    await settled(element);
    const items = [...element.shadowRoot!.querySelectorAll('details[part="sources"] li')];
    const jaaos = items.find((li) => li.textContent!.includes('Radcliff'))!;
    expect(jaaos.textContent!.replace(/\s+/g, ' ')).to.contain('J Am Acad Orthop Surg. 2019;27(17):621-632.').and.contain('Consultado el');
    expect(jaaos.querySelector('cite')!.getAttribute('lang')).to.equal('en');
    // Names are English, marked so; a note is in the reader's language.
    expect(jaaos.querySelector('span[lang="en"]')!.textContent).to.contain('Radcliff K');
    expect([...jaaos.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).to.deep.include(['doi:10.5435/JAAOS-D-18-00001', 'https://doi.org/10.5435/JAAOS-D-18-00001']);
    // A page that MedlinePlus also has in Spanish links to the Spanish version for Spanish readers.
    const discharge = items.find((li) => li.textContent!.includes('Spine surgery - discharge'))!;
    const spanish = [...discharge.querySelectorAll('a')].find((a) => a.textContent!.includes('Alta tras cirugía de la columna vertebral'))!;
    expect(spanish.getAttribute('href')).to.equal('https://medlineplus.gov/spanish/ency/patientinstructions/000313.htm');
    const article = items.find((li) => li.textContent!.includes('Upper Back Surgery – Can It'))!;
    expect(article.textContent).to.contain('Un artículo de internet (autor y fecha desconocidos)');
    expect(article.querySelector('span')!.hasAttribute('lang')).to.equal(false);
    const mayo = items.find((li) => li.textContent!.includes('Mayo Clinic'))!;
    expect(mayo.querySelector('a')!.getAttribute('href')).to.equal(sources.mayoLaser.url);
  });

  it('in <back-surgery-guide> are listed section by section', async () => {
    const guide = await fixture<HTMLElement>(html`<back-surgery-guide></back-surgery-guide>`);
    await settled(guide);
    const compare = guide.shadowRoot!.querySelector('procedure-compare')!;
    const overview = guide.shadowRoot!.querySelector('surgery-overview')!;
    const titles = (element: Element) => [...element.shadowRoot!.querySelectorAll('details[part="sources"] cite')].map((cite) => cite.textContent);
    expect(titles(compare)).to.include(sources.mayoLaser.title).and.not.include(sources.aomrcEbi.title);
    expect(titles(overview)).to.include(sources.aomrcEbi.title).and.not.include(sources.mayoLaser.title);
  });

  it('link only to http(s) addresses, and write a DOI as a doi.org link', async () => {
    const root = await fixture<HTMLElement>(html`<div></div>`);
    render(renderSource(en, 'clinic-source', { title: 'Bad', publisher: 'P', year: 2020, url: 'javascript:window.__pwned=1' }), root);
    expect(root.querySelector('a')?.outerHTML ?? null).to.equal(null);
    expect(root.textContent).to.contain('Bad');
    render(renderSource(en, 'clinic-source', { title: 'Good', publisher: 'P', year: 2020, doi: '10.1000/xyz123' }), root);
    expect(root.querySelector('a')!.getAttribute('href')).to.equal('https://doi.org/10.1000/xyz123');
  });
});

describe('emergency number', () => {
  const emergencyText = (element: Element) => element.shadowRoot!.querySelector('.emergency')!.textContent!.replace(/\s+/g, ' ').trim();
  const warningTitle = (element: Element) =>
    element.shadowRoot!.querySelector('[part="warning-signs"] .emergency h3')!.textContent!.replace(/\s+/g, ' ').trim();

  it('says "your local emergency number" in words when the page sets none', async () => {
    const page = await fixture(html`<div>
      <medical-disclaimer></medical-disclaimer><risk-list></risk-list>
      <medical-disclaimer lang="es"></medical-disclaimer><risk-list lang="es"></risk-list>
    </div>`);
    const [disclaimer, risks, disclaimerEs, risksEs] = [...page.children];
    for (const element of page.children) await settled(element);
    expect(emergencyText(disclaimer!)).to.equal('In an emergency, call your local emergency number right away.');
    expect(warningTitle(risks!)).to.contain('Call your local emergency number now if, after surgery, you have:');
    expect(emergencyText(disclaimerEs!)).to.equal('En una emergencia, llame de inmediato al número de emergencias.');
    expect(warningTitle(risksEs!)).to.contain('Llame ahora al número de emergencias si después de la cirugía tiene:');
  });

  it('names the number the page sets, in both languages', async () => {
    const page = await fixture(html`<div>
      <ubs-settings emergency-number="911"></ubs-settings>
      <medical-disclaimer></medical-disclaimer><recovery-tips></recovery-tips><medical-disclaimer lang="es"></medical-disclaimer>
    </div>`);
    const [, disclaimer, tips, disclaimerEs] = [...page.children];
    for (const element of page.children) await settled(element);
    expect(emergencyText(disclaimer!)).to.equal('In an emergency, call 911 right away.');
    expect(warningTitle(tips!)).to.contain('Call 911 now if');
    expect(emergencyText(disclaimerEs!)).to.equal('En una emergencia, llame de inmediato al 911.');
  });

  it('leaves no {emergency} token in any element, in either language', async () => {
    for (const [lang] of await languages()) {
      for (const tag of await documentedElements()) {
        const element = await show(tag, lang);
        expect(element.shadowRoot!.textContent, `<${tag} lang=${lang}>`).not.to.contain('{emergency}');
        element.remove();
      }
    }
  });

  it('warns once about a value that is not a number, and says it in words', async () => {
    const BAD_NUMBER = '<b>call us</b>';
    let page!: Element;
    const warnings = await captureWarnings(async () => {
      page = await fixture(html`<div>
        <ubs-settings emergency-number=${BAD_NUMBER}></ubs-settings>
        <medical-disclaimer></medical-disclaimer><risk-list></risk-list><medical-disclaimer lang="es"></medical-disclaimer>
      </div>`);
      for (const element of page.children) await settled(element);
    });
    expect(warnings.filter((warning) => warning.includes('emergencyNumber'))).to.have.length(1);
    expect(warnings[0]).to.contain('"<b>call us</b>"');
    expect(emergencyText(page.children[1]!)).to.equal('In an emergency, call your local emergency number right away.');
    expect(emergencyText(page.children[3]!)).to.contain('al número de emergencias.');
    expect(page.children[1]!.shadowRoot!.querySelector('b')?.outerHTML ?? null).to.equal(null);
  });

  it('takes it from a JSON settings block too', async () => {
    const page = await fixture(html`<div>
      <script type="application/json" data-ubs-settings>
        { "emergencyNumber": "+44 999" }
      </script>
      <medical-disclaimer></medical-disclaimer>
    </div>`);
    const disclaimer = page.querySelector('medical-disclaimer')!;
    await settled(disclaimer);
    expect(emergencyText(disclaimer)).to.equal('In an emergency, call +44 999 right away.');
  });

  it('is filled in the FAQ data for search engines too', async () => {
    const overrides = { en: { faq: { items: [{ id: 'help', question: 'When to call?', answer: [{ text: 'Call {emergency}.' }] }] } } };
    const page = await fixture(
      html`<div><ubs-settings emergency-number="112"></ubs-settings><surgery-faq structured-data .overrides=${overrides}></surgery-faq></div>`,
    );
    const faq = page.querySelector('surgery-faq')!;
    await settled(faq);
    expect(faq.shadowRoot!.querySelector('[data-id="help"]')!.textContent).to.contain('Call 112.');
    const item = { id: 'help', question: 'When to call?', answer: [{ text: 'Call {emergency}.' }] };
    expect(JSON.parse(faqJsonLd([item], 'en')).mainEntity[0].acceptedAnswer.text).to.equal('Call {emergency}.');
    expect(JSON.parse(faqJsonLd([item], 'en', (text) => fill(text, 'emergency', '112'))).mainEntity[0].acceptedAnswer.text).to.equal('Call 112.');
    const script = document.head.querySelector('script[type="application/ld+json"]')!;
    expect(script.textContent).to.contain('Call 112.').and.not.contain('{emergency}');
  });

  it('fills a token with the value as written, even one that looks like a replacement pattern', () => {
    expect(fill('Call {emergency} now, {emergency}.', 'emergency', "$& $' 1")).to.equal("Call $& $' 1 now, $& $' 1.");
  });
});
