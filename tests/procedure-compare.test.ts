import { expect, fixture, html } from '@open-wc/testing';
import '../src/procedure-compare/procedure-compare.js';
import type { ProcedureCompare } from '../src/procedure-compare/procedure-compare.component.js';
import { captureWarnings, hostileStrings, shadowText } from './helpers.js';

const wide = (el: Element) => el.shadowRoot!.querySelector('.table-wrap')!;
const cards = (el: Element) => el.shadowRoot!.querySelector('.cards')!;
const visible = (node: Element) => getComputedStyle(node).display !== 'none';

describe('<procedure-compare>', () => {
  it('shows a real table with a caption, column headers and row headers', async () => {
    const el = await fixture<ProcedureCompare>(html`<procedure-compare style="width: 900px"></procedure-compare>`);
    const table = el.shadowRoot!.querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).to.contain('open surgery');
    const columns = [...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent!.trim());
    expect(columns).to.have.length(3);
    expect(columns[1]).to.equal('Open surgery');
    expect(columns[2]).to.contain('Minimally invasive');
    const rows = [...table.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent!.trim());
    expect(rows).to.include.members(['Cut (incision)', 'Anesthesia', 'Time in hospital', 'Recovery', 'Scar', 'Results']);
  });

  it('shows the article\'s 7 in 10 figure as what some websites say, not as a fact', async () => {
    const el = await fixture(html`<procedure-compare></procedure-compare>`);
    expect(shadowText(el)).to.contain('Some websites say it eases back pain for about 7 in 10 people').and.to.contain('found no study behind this figure');
  });

  it('says how limited the evidence for laser surgery is', async () => {
    const el = await fixture(html`<procedure-compare></procedure-compare>`);
    const evidence = el.shadowRoot!.querySelector('[part="evidence"]')!.textContent!;
    expect(evidence).to.contain('Few good studies have tested laser spine surgery').and.to.contain('about half of those treated with a laser');
  });

  it('shows the table in a wide container and stacked cards in a narrow one', async () => {
    const container = await fixture(html`<div style="width: 900px"><procedure-compare></procedure-compare></div>`);
    const el = container.firstElementChild!;
    expect(visible(wide(el))).to.be.true;
    expect(visible(cards(el))).to.be.false;

    // getComputedStyle lays the page out again, container queries included.
    (container as HTMLElement).style.width = '320px';
    expect(visible(wide(el))).to.be.false;
    expect(visible(cards(el))).to.be.true;
    expect(el.shadowRoot!.querySelectorAll('[part~="card"] dt')).to.have.length(16);
  });

  it('on a narrow screen, compares fact by fact: one card per fact with both procedures in it', async () => {
    const container = await fixture(html`<div style="width: 320px"><procedure-compare></procedure-compare></div>`);
    const el = container.firstElementChild!;
    const shown = [...el.shadowRoot!.querySelectorAll('[part~="card"]')].map((card) => ({
      title: card.querySelector('[part~="subheading"]')!.textContent!.trim(),
      names: [...card.querySelectorAll('dt')].map((dt) => dt.textContent!.trim()),
    }));
    expect(shown.map((card) => card.title)).to.deep.equal(['What it is', 'Cut (incision)', 'Anesthesia', 'Time in hospital', 'Recovery', 'Scar', 'Used for', 'Results']);
    for (const card of shown) expect(card.names).to.deep.equal(['Open surgery', 'Minimally invasive surgery, including laser']);
    // Recovery, side by side: what each procedure's answer says, one after the other.
    const recovery = el.shadowRoot!.querySelectorAll('[part~="card"]')[4]!;
    const answers = [...recovery.querySelectorAll('dd')].map((dd) => dd.textContent!.replace(/\s+/g, ' '));
    expect(answers[0]).to.contain('4 to 6 weeks');
    expect(answers[1]).to.contain('recovery is quick');
  });

  it('numbers the sources the same way in both layouts', async () => {
    const container = await fixture(html`<div style="width: 900px"><procedure-compare></procedure-compare></div>`);
    const el = container.firstElementChild!;
    const numbers = (cells: Iterable<Element>) => [...cells].map((cell) => cell.querySelector('sup.cite [aria-hidden]')?.textContent ?? '');
    const table = numbers(el.shadowRoot!.querySelectorAll('tbody td'));
    const cardAnswers = numbers(el.shadowRoot!.querySelectorAll('[part~="card"] dd'));
    expect(table.filter(Boolean).length).to.be.above(10);
    expect(cardAnswers).to.deep.equal(table);
  });

  it('passes axe in the narrow card layout too', async () => {
    const container = await fixture(html`<div style="width: 320px"><procedure-compare></procedure-compare></div>`);
    await expect(container.firstElementChild).to.be.accessible();
  });

  it('shows only the procedures asked for', async () => {
    const el = await fixture(html`<procedure-compare procedures="minimally-invasive"></procedure-compare>`);
    const columns = el.shadowRoot!.querySelectorAll('thead th');
    expect(columns).to.have.length(2);
    expect(columns[1]!.textContent).to.contain('Minimally invasive');
  });

  it('marks the highlighted procedure in words as well as colour', async () => {
    const el = await fixture(html`<procedure-compare highlight="open"></procedure-compare>`);
    const header = el.shadowRoot!.querySelector('thead th.highlighted')!;
    expect(header.textContent).to.contain('Open surgery').and.to.contain('Highlighted by your clinic');
    expect(el.shadowRoot!.querySelectorAll('td.highlighted')).to.have.length(8);
    const highlighted = [...el.shadowRoot!.querySelectorAll('[part~="card"] .highlighted')];
    expect(highlighted).to.have.length(8);
    for (const answer of highlighted) expect(answer.querySelector('dt')!.textContent).to.contain('Open surgery').and.to.contain('Highlighted by your clinic');
  });

  it('warns and leaves out unknown procedures, keeping the known ones', async () => {
    let el!: Element;
    const warnings = await captureWarnings(async () => {
      el = await fixture(html`<procedure-compare procedures="open, robot"></procedure-compare>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<procedure-compare> procedures="open, robot"');
    expect(el.shadowRoot!.querySelectorAll('thead th')).to.have.length(2);
  });

  it('shows both procedures when none asked for is known', async () => {
    let el!: Element;
    const warnings = await captureWarnings(async () => {
      el = await fixture(html`<procedure-compare procedures="robot"></procedure-compare>`);
    });
    expect(warnings).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('thead th')).to.have.length(3);
  });

  it('warns about an unknown highlight and highlights nothing', async () => {
    for (const bad of ['laser-only', ...hostileStrings]) {
      let el!: Element;
      const warnings = await captureWarnings(async () => {
        el = await fixture(html`<procedure-compare highlight=${bad}></procedure-compare>`);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('highlight=');
      expect(el.shadowRoot!.querySelector('.highlighted')).to.equal(null);
      expect(el.shadowRoot!.querySelector('img, script, svg:not(.art), b')).to.equal(null);
    }
  });

  it('updates when the highlight changes at run time', async () => {
    const el = await fixture<ProcedureCompare>(html`<procedure-compare></procedure-compare>`);
    el.highlight = 'minimally-invasive';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('thead th.highlighted')!.textContent).to.contain('Minimally invasive');
  });
});
