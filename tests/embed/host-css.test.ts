// A CMS theme's element rules must not reach the elements' content; the page's font and colour must.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';

const HOSTILE_CSS = `
  body { font-family: Georgia, serif; color: rgb(40, 30, 90); text-transform: uppercase; letter-spacing: 4px; }
  h2, h3, h4 { font-size: 80px; color: red; text-transform: uppercase; }
  table, details { display: none; }
  ul, ol, li { list-style: none; padding: 0; margin: 0; }
  p { display: none; }
  button { all: unset; }
  summary { display: block; }
  * { box-sizing: content-box; }
`;

describe('host page CSS', () => {
  let sheet: HTMLStyleElement;
  beforeEach(() => {
    sheet = document.createElement('style');
    sheet.textContent = HOSTILE_CSS;
    document.head.append(sheet);
  });
  afterEach(() => sheet.remove());

  it('does not reach headings, tables, lists, paragraphs, details or buttons', async () => {
    const page = await fixture<HTMLElement>(html`
      <div style="width: 900px">
        <procedure-compare></procedure-compare>
        <risk-list></risk-list>
        <candidacy-check></candidacy-check>
      </div>
    `);
    const [compare, risks, check] = ['procedure-compare', 'risk-list', 'candidacy-check'].map((tag) => page.querySelector(tag)!);
    await Promise.all([compare, risks, check].map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    const style = (root: Element, selector: string) => getComputedStyle(root.shadowRoot!.querySelector(selector)!);

    expect(style(compare, 'table').display).to.equal('table');
    expect(parseFloat(style(compare, 'h2').fontSize)).to.be.below(40);
    expect(style(compare, 'h2').color).to.not.equal('rgb(255, 0, 0)');
    expect(style(compare, 'h2').textTransform).to.equal('none');
    expect(style(risks, 'ul:not(.risks)').listStyleType).to.equal('disc');
    expect(style(risks, 'details').display).to.equal('block');
    expect(style(risks, 'p').display).to.equal('block');
    const button = style(check, 'button[type="submit"]');
    expect(parseFloat(button.paddingLeft)).to.be.above(0);
    expect(parseFloat(button.minHeight)).to.equal(44);
    expect(button.cursor).to.equal('pointer');
  });

  it('inherits the page font and colour, but not its text-transform or letter-spacing', async () => {
    const risks = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<risk-list></risk-list>`);
    await risks.updateComplete;
    const text = getComputedStyle(risks.shadowRoot!.querySelector('p, li')!);
    expect(text.fontFamily).to.contain('Georgia');
    expect(text.color).to.equal('rgb(40, 30, 90)');
    expect(text.textTransform).to.equal('none');
    expect(text.letterSpacing).to.equal('normal');
  });

  it('takes a WordPress block theme\'s primary colour as its accent when the clinic sets none', async () => {
    const page = await fixture<HTMLElement>(html`
      <div style="--wp--preset--color--primary: rgb(120, 20, 60)"><candidacy-check></candidacy-check></div>
    `);
    const check = page.querySelector('candidacy-check')! as HTMLElement & { updateComplete: Promise<unknown> };
    await check.updateComplete;
    expect(getComputedStyle(check.shadowRoot!.querySelector('button[type="submit"]')!).backgroundColor).to.equal('rgb(120, 20, 60)');
  });
});
