// Markup a page (or a framework) can write that the elements must read sensibly: server-rendering
// attributes written by hand, an overrides attribute from React. The server itself and the
// take-over of real server output: tests/package/server.test.mjs and tests/embed/server-rendered.test.mjs.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { RiskList } from '../src/risk-list/risk-list.component.js';
import { en } from '../src/content/en.js';
import { captureWarnings } from './helpers.js';

describe('server-rendering markup written by hand', () => {
  it('a defer-hydration attribute on an element with no server-rendered shadow root does not stop it rendering', async () => {
    const element = await fixture<RiskList>(html`<risk-list defer-hydration></risk-list>`);
    await element.updateComplete;
    expect(element.shadowRoot!.textContent).to.include(en.risks.title);
  });

  it('a declarative shadow root that is not ours (no digest, foreign content) is replaced by a fresh render, with one warning', async () => {
    const host = document.createElement('div');
    const warnings = await captureWarnings(async () => {
      // setHTMLUnsafe parses declarative shadow roots, as the page's parser does.
      (host as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(
        '<risk-list><template shadowrootmode="open"><p>Forged text</p></template></risk-list>',
      );
      document.body.append(host);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
      await (host.querySelector('risk-list') as RiskList).updateComplete;
    });
    const element = host.querySelector('risk-list') as RiskList;
    expect(element.shadowRoot!.textContent).to.include(en.risks.title);
    expect(element.shadowRoot!.textContent).not.to.include('Forged text');
    expect(warnings.filter((message) => /server-rendered HTML does not match/.test(message))).to.have.length(1);
    host.remove();
  });
});

describe('an overrides attribute (React, when the element was defined after its first render)', () => {
  it('warns once that text changes are a property, and the element renders its own text', async () => {
    let element!: RiskList;
    const warnings = await captureWarnings(async () => {
      element = await fixture<RiskList>(html`<risk-list overrides="[object Object]"></risk-list>`);
      element.remove();
      document.body.append(element);
      await element.updateComplete;
    });
    expect(warnings.filter((message) => /ignores its overrides attribute/.test(message))).to.have.length(1);
    expect(element.shadowRoot!.textContent).to.include(en.risks.title);
  });
});
