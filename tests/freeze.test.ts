// Issue 14: text that never changes goes into one shared template (freeze). It must show exactly what
// Lit's own bindings show, never markup, and keep live what the reader changes.
import { expect } from '@open-wc/testing';
import { html, nothing, render } from 'lit';
import { freeze, ownPart, unfrozen } from '../src/shared/freeze.js';
import { hostileStrings } from './helpers.js';

/** Renders a template into a fresh container, as Lit would without freezing, or frozen. */
function rendered(template: ReturnType<typeof html>, frozen: boolean): HTMLElement {
  const container = document.createElement('div');
  render(frozen ? freeze(template) : template, container);
  return container;
}

const clean = (container: HTMLElement) => container.innerHTML.replace(/<!--[^>]*-->/g, '');

describe('freeze()', () => {
  const samples = [...hostileStrings, 'a & b < c > d " e \' f', '</p><img src=x onerror=alert(1)>', '"><script>alert(1)</script>', "' onmouseover='alert(1)"];

  it('shows text and attribute values exactly as Lit bindings do, hostile strings included, and adds no element', () => {
    for (const text of samples) {
      const template = () =>
        html`<p class=${text} title="${text}" data-x="a ${text} b"><span>${text}</span>${[text, html`<b>${text}</b>`]} ${42}</p>`;
      const lit = rendered(template(), false);
      const frozen = rendered(template(), true);
      expect(clean(frozen), text).to.equal(clean(lit));
      expect(frozen.querySelectorAll('*').length, text).to.equal(3);
      expect(frozen.querySelector('p')!.getAttribute('class')).to.equal(text);
    }
  });

  it('makes one template of the text: no binding left for Lit to keep', () => {
    const frozen = freeze(html`<p lang=${'en'}>${'one'} ${html`<i>${'two'}</i>`}</p>`);
    expect(frozen.values).to.deep.equal([]);
    expect(frozen.strings.join('')).to.equal('<p lang="en">one <i>two</i></p>');
  });

  it('shares one template between renders of the same text (100 elements, one parse)', () => {
    const a = freeze(html`<p>${'same'}</p>`);
    const b = freeze(html`<p>${'same'}</p>`);
    const c = freeze(html`<p>${'other'}</p>`);
    expect(a.strings).to.equal(b.strings);
    expect(a.strings).to.not.equal(c.strings);
  });

  it('keeps event, property and boolean bindings, nothing in an attribute, and unfrozen values as bindings', () => {
    let clicks = 0;
    const template = (open: boolean, label: string) =>
      freeze(html`<details ?open=${open} .title=${label} data-gone=${nothing} aria-label=${unfrozen(label)}>
        <summary @click=${() => clicks++}>${'Title'}</summary>
      </details>`);
    const container = document.createElement('div');
    render(template(true, 'first'), container);
    const details = container.querySelector('details')!;
    expect(details.open).to.be.true;
    expect(details.title).to.equal('first');
    expect(details.hasAttribute('data-gone')).to.be.false;
    container.querySelector('summary')!.dispatchEvent(new Event('click'));
    expect(clicks).to.equal(1);
    render(template(false, 'second'), container);
    // The same element, patched: what the reader did to the DOM stays.
    expect(container.querySelector('details')).to.equal(details);
    expect(details.open).to.be.false;
    expect(details.getAttribute('aria-label')).to.equal('second');
  });

  it('rebuilds only an ownPart when its text changes', () => {
    const container = document.createElement('div');
    const template = (sources: string) => freeze(html`<p id="text">${'Text'}</p>${ownPart(html`<ol><li>${sources}</li></ol>`)}`);
    render(template('loading'), container);
    const text = container.querySelector('#text');
    render(template('Source 1'), container);
    expect(container.querySelector('#text')).to.equal(text);
    expect(container.querySelector('li')!.textContent).to.equal('Source 1');
  });

  it('renders ownPart and unfrozen values as they are outside freeze(), so an element that does not freeze still shows its sources', () => {
    const container = rendered(html`<p title=${unfrozen('t')}>${ownPart(html`<b>${'sources'}</b>`)}${unfrozen('!')}</p>`, false);
    expect(container.querySelector('p')!.outerHTML.replace(/<!--[^>]*-->/g, '')).to.equal('<p title="t"><b>sources</b>!</p>');
  });

  // Templates no author should write, on purpose: what freeze() must not get wrong.
  /* eslint-disable lit/no-invalid-html, lit/binding-positions */
  it('leaves a binding in an unquoted attribute with more after it as a binding (the value is not all of it)', () => {
    const frozen = freeze(html`<a href=${'x y'}#top>${'a'}</a>`);
    expect(frozen.values).to.deep.equal(['x y']);
    expect(rendered(html`<a href=${'x y'}#top>a</a>`, true).querySelector('a')!.getAttribute('href')).to.equal('x y#top');
  });

  it('leaves text inside <style>, <textarea> and comments as bindings', () => {
    const frozen = freeze(html`<style>${'p{}'}</style><textarea>${'</textarea><b>'}</textarea><!-- ${'c'} -->`);
    expect(frozen.values).to.have.length(3);
  });
  /* eslint-enable lit/no-invalid-html, lit/binding-positions */
});
