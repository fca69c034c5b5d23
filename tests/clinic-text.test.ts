// A clinic changes the guide's text: page-wide through settings, or on one element from JavaScript.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/risk-list/risk-list.js';
import '../src/ubs-settings/ubs-settings.js';
import type { RiskList } from '../src/risk-list/risk-list.component.js';
import { captureWarnings, hostileStrings, shadowText } from './helpers.js';

const title = (el: Element) => el.shadowRoot!.querySelector('[part="heading"]')!.textContent;
const riskNames = (el: Element) => [...el.shadowRoot!.querySelectorAll('summary')].map((s) => s.textContent!.trim());

describe('clinic text changes', () => {
  it('applies page-wide changes from <ubs-settings> and follows them when they change', async () => {
    const root = await fixture(html`<div>
      <ubs-settings content='{"en": {"risks": {"title": "Risks at Riverside"}}}'></ubs-settings>
      <risk-list></risk-list>
    </div>`);
    const list = root.querySelector<RiskList>('risk-list')!;
    await list.updateComplete; // the first text change on a page loads the text-change engine
    expect(title(list)).to.equal('Risks at Riverside');
    root.querySelector('ubs-settings')!.setAttribute('content', '{"en": {"risks": {"title": "Our risks"}}}');
    await list.updateComplete;
    expect(title(list)).to.equal('Our risks');
  });

  it('lets an element\'s own overrides win over the page\'s', async () => {
    const root = await fixture(html`<div>
      <ubs-settings content='{"en": {"risks": {"title": "Page title"}}}'></ubs-settings>
      <risk-list .overrides=${{ en: { risks: { title: 'Element title' } } }}></risk-list>
    </div>`);
    await root.querySelector<RiskList>('risk-list')!.updateComplete;
    expect(title(root.querySelector('risk-list')!)).to.equal('Element title');
  });

  it('adds a clinic\'s own risk', async () => {
    const el = await fixture<RiskList>(html`<risk-list
      .overrides=${{ en: { risks: { items: [{ id: 'eyes', name: 'Dry eyes', detail: 'Eye drops help.', common: false }] } } }}
    ></risk-list>`);
    expect(riskNames(el)).to.include('Dry eyes');
    expect(riskNames(el)).to.include('Infection');
  });

  it('leaves out invalid parts with one warning and one event listing their paths, and applies the rest', async () => {
    const el = document.createElement('risk-list') as RiskList;
    el.overrides = { en: { risks: { title: 'Valid title', intro: 7, itmes: [] } }, xx: {} };
    const rejected = oneEvent(el, 'ubs-override-rejected');
    const warnings = await captureWarnings(async () => {
      document.body.append(el);
      await el.updateComplete;
      el.requestUpdate(); // a later render does not warn again
      await el.updateComplete;
    });
    const event = await rejected;
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('en.risks.intro').and.to.contain('en.risks.itmes').and.to.contain('xx');
    expect(event.detail.paths).to.have.length(3);
    expect(event.bubbles && event.composed).to.be.true;
    expect(title(el)).to.equal('Valid title');
    el.remove();
  });

  it('reports invalid page-wide changes once for the page, not once per element', async () => {
    const events: Event[] = [];
    const collect = (event: Event) => events.push(event);
    document.addEventListener('ubs-override-rejected', collect);
    const warnings = await captureWarnings(async () => {
      const root = await fixture(html`<div>
        <ubs-settings content='{"en": {"risks": {"titel": "Typo"}}}'></ubs-settings>
        <risk-list></risk-list><risk-list></risk-list><risk-list></risk-list>
      </div>`);
      await Promise.all([...root.querySelectorAll<RiskList>('risk-list')].map((list) => list.updateComplete));
    });
    document.removeEventListener('ubs-override-rejected', collect);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('en.risks.titel');
    expect(events).to.have.length(1);
  });

  it('shows hostile text as plain text, never as markup', async () => {
    for (const hostile of hostileStrings) {
      const el = await fixture<RiskList>(html`<risk-list
        .overrides=${{ en: { risks: { title: hostile, items: [{ id: 'infection', detail: hostile }] } } }}
      ></risk-list>`);
      expect(title(el)).to.equal(hostile);
      expect(shadowText(el)).to.contain(hostile.replace(/\s+/g, ' ').trim());
      expect(el.shadowRoot!.querySelector('img, script, svg, b')).to.equal(null);
    }
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('renders the default text with one warning when the page settings JSON is malformed', async () => {
    const root = document.createElement('div');
    root.innerHTML = '<script type="application/json" data-ubs-settings>{"content": {"en": </script><risk-list></risk-list>';
    const warnings = await captureWarnings(async () => {
      document.body.append(root);
      await root.querySelector<RiskList>('risk-list')!.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(title(root.querySelector('risk-list')!)).to.equal('Risks of surgery');
    root.remove();
  });
});
