// freeze() is a trust boundary (src/shared/freeze.ts): it writes text that is not the library's (the
// clinic's settings and text changes, what an author wrote in an attribute) into template strings that
// Lit parses as HTML. Differential fuzzing, seeded and repeatable: random text made of HTML
// metacharacters, quotes, entities and comment and raw-text openers, in every place a binding can sit,
// must render exactly as Lit's own bindings render it (the unfrozen template) and add no element and no
// attribute; then the same through the elements themselves, by text changes and attributes.
import { expect } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import '../src/medical-disclaimer/medical-disclaimer.js';
import '../src/risk-list/risk-list.js';
import '../src/second-opinion/second-opinion.js';
import { loadBibliography } from '../src/shared/i18n/bibliography.js';
import { freeze, ownPart, unfrozen } from '../src/shared/freeze.js';
import { shadowText } from './helpers.js';

/** Change it to explore; a failure names the seed and the case, so it can be replayed. */
const SEED = 0x5eed2027;

/** mulberry32: a small seeded generator, so every run tries the same texts. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * What the texts are made of: everything that means something to the HTML tokenizer, in text or in an
 * attribute. Not CR or NUL, which the parser rewrites in any HTML (CR LF to LF, NUL dropped) where a
 * binding keeps them: invisible characters, not markup.
 */
const PIECES = [
  '<', '>', '&', '"', "'", '`', '=', '/', ' ', '\n', '\t', '<!--', '-->', '--!>', '<!', '<?', ']]>', '<![CDATA[',
  '</script', '<script>', '</script>', '<style', '</style>', '<textarea', '</textarea>', '<title>', '</title', '<xmp>', '<plaintext>',
  '<noscript>', '<iframe', '<img src=x onerror=alert(1)>', '<svg onload=alert(1)>', '<math>', '<template>', '</p>', '</div>', '<b>', '</li>',
  '&amp;', '&lt;', '&gt;', '&quot;', '&#39;', '&#x3C;', '&nbsp;', '&amp', '&#0;', 'onclick=', ' x="', "' y='", '${x}', '\u2028', 'é', '😀', 'ab', 'c',
];

function randomText(random: () => number): string {
  let text = '';
  const length = 1 + Math.floor(random() * 8);
  for (let i = 0; i < length; i++) text += PIECES[Math.floor(random() * PIECES.length)];
  // Something visible, so the element-level checks can find it.
  return `${text}z`;
}

/** Every place a value can sit in a template, as the library's templates use them and as they should not. */
/* eslint-disable lit/binding-positions, lit/no-invalid-html */
const SHAPES: ((text: string) => TemplateResult)[] = [
  (t) => html`<p>${t}</p>`,
  (t) => html`<p class=${t} title="${t}" data-x="a ${t} b" data-y='${t}'>${t}</p>`,
  (t) => html`<a href=${t} hreflang=${t}>${[t, html`<b>${t}</b>`, 42]}</a>`,
  (t) => html`<ul><li>${t}</li>${[t, t].map((item) => html`<li lang=${item}>${item}</li>`)}</ul>`,
  (t) => html`<details><summary>${t}</summary><p>${t} and ${t}</p></details>`,
  (t) => html`<table><tr><td>${t}</td><th scope=${t}>${t}</th></tr></table>`,
  (t) => html`<!-- a comment of the library's --><span>${t}</span><!-- another -->${t}`,
  (t) => html`<p>${t}<!-- a binding in a comment: ${t} --></p>`,
  (t) => html`<style>${t}</style><title>${t}</title><p>${t}</p>`,
  (t) => html`<time datetime=${t}>${t}</time><cite lang=${t}>${t}</cite>`,
  (t) => html`<a href=${t}#top title="${t}">${ownPart(html`<i>${t}</i>`)}</a><p aria-label=${unfrozen(t)}>${t}</p>`,
  (t) => html`${t}<br />${t}<hr>${t}`,
];
/* eslint-enable lit/binding-positions, lit/no-invalid-html */

/** The DOM Lit makes of `template`, frozen or not, with Lit's marker comments left out. */
function rendered(template: TemplateResult, frozen: boolean): HTMLElement {
  const container = document.createElement('div');
  render(frozen ? freeze(template) : template, container);
  return container;
}

/**
 * The DOM as a reader's browser has it: elements with their attributes (sorted: Lit sets a bound one
 * after the template's own, a frozen one is in the template) and their text, adjacent text nodes as one
 * (a frozen text is one node, Lit's bindings one each). Lit's marker comments are left out (only one
 * side has them); the template's own comments are kept, with what a binding in one left there.
 */
function dom(node: Node): string {
  const element = node as Element;
  const attributes = element.getAttributeNames().sort().map((name) => ` ${name}=${JSON.stringify(element.getAttribute(name))}`);
  let inside = '';
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
    else if (child.nodeType === Node.COMMENT_NODE && !/^\??(lit\$\d+\$)?$/.test((child as Comment).data)) {
      // A comment of the template's own (not one of Lit's markers): what a binding in it left there.
      inside += `<!--${(child as Comment).data.replace(/lit\$\d+\$/g, 'BINDING')}-->`;
    }
    else if (child.nodeType === Node.ELEMENT_NODE) {
      inside += `${text ? JSON.stringify(text) : ''}${dom(child)}`;
      text = '';
    }
  }
  inside += text ? JSON.stringify(text) : '';
  return `<${element.localName}${attributes.join('')}>${inside}</${element.localName}>`;
}

/** Each element's tag and attribute names, in order: what a payload would have to change to become markup. */
const shape = (root: ParentNode) => [...root.querySelectorAll('*')].map((element) => `${element.localName}[${element.getAttributeNames().sort().join()}]`);

describe('freeze() with random hostile text (differential, seeded)', () => {
  it('renders 400 random texts in every binding position exactly as Lit does, with no element or attribute added', () => {
    const random = generator(SEED);
    for (let i = 0; i < 400; i++) {
      const text = randomText(random);
      const template = SHAPES[i % SHAPES.length]!;
      const frozen = rendered(template(text), true);
      const lit = rendered(template(text), false);
      const where = `case ${i} of seed ${SEED.toString(16)}, shape ${i % SHAPES.length}: ${JSON.stringify(text)}`;
      expect(dom(frozen), where).to.equal(dom(lit));
      expect(shape(frozen), where).to.deep.equal(shape(rendered(template('plain'), true)));
      expect(frozen.textContent, where).to.equal(lit.textContent);
    }
  });
});

describe('the elements with random hostile text (seeded)', () => {
  before(() => loadBibliography());

  /** Renders `tag` with `setUp`, resolves to its shadow root's shape and text. */
  async function show(tag: string, setUp: (element: HTMLElement & { overrides?: unknown }) => void) {
    const element = document.createElement(tag) as HTMLElement & { overrides?: unknown; updateComplete: Promise<unknown> };
    setUp(element);
    document.body.append(element);
    await element.updateComplete;
    const result = { shape: shape(element.shadowRoot!), text: shadowText(element) };
    element.remove();
    return result;
  }

  const visible = (text: string) => text.replace(/\s+/g, ' ').trim();

  /** Text changes a clinic could make to <risk-list>: a title, a statement, an item, and a source of its own. */
  const riskChanges = (texts: string[]) => ({
    en: {
      risks: {
        title: texts[0],
        intro: { text: texts[1], sources: ['clinicAudit'] },
        items: [{ id: 'infection', name: texts[2], detail: texts[3] }],
      },
      sources: { clinicAudit: { title: texts[4], publisher: texts[5], year: 2025, url: `https://clinic.example/${texts[4]}` } },
    },
  });

  const CASES: [string, (texts: string[]) => (element: HTMLElement & { overrides?: unknown }) => void][] = [
    ['risk-list, through text changes', (texts) => (element) => (element.overrides = riskChanges(texts))],
    [
      'second-opinion, through its clinic-name attribute',
      (texts) => (element) => {
        element.setAttribute('clinic-name', texts[0]!);
        element.setAttribute('phone', '+1 555 010 0100');
      },
    ],
    ['medical-disclaimer, through its reviewed-by attribute', (texts) => (element) => element.setAttribute('reviewed-by', texts[0]!)],
  ];

  for (const [name, setUp] of CASES) {
    it(`${name}: 60 random texts shown as written, the same elements and attributes as plain text gives`, async () => {
      const random = generator(SEED ^ name.length);
      const tag = name.split(',')[0]!;
      const plain = await show(tag, setUp(Array.from({ length: 6 }, (_, i) => `plain${i}`)));
      for (let i = 0; i < 60; i++) {
        const texts = Array.from({ length: 6 }, () => randomText(random));
        const { shape: found, text } = await show(tag, setUp(texts));
        const where = `case ${i} of seed ${SEED.toString(16)}: ${JSON.stringify(texts)}`;
        expect(found, where).to.deep.equal(plain.shape);
        const used = tag === 'risk-list' ? texts : texts.slice(0, 1);
        for (const shown of used) expect(text, where).to.contain(visible(shown));
      }
    });
  }
});
