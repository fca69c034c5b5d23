import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/risk-list/risk-list.js';
import type { RiskList } from '../src/risk-list/risk-list.component.js';
import { en } from '../src/content/en.js';
import { captureWarnings, shadowText } from './helpers.js';

const riskNames = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="item"] summary')].map((s) => s.textContent!.trim());

describe('<risk-list>', () => {
  it('lists the risks every surgery has, then the further risks, as real lists', async () => {
    const el = await fixture(html`<risk-list></risk-list>`);
    const lists = el.shadowRoot!.querySelectorAll('ul[part~="list"]');
    expect(lists).to.have.length(2);
    expect(riskNames(el).slice(0, 3)).to.deep.equal(['Reaction to anesthesia', 'Infection', 'Bleeding']);
    expect(riskNames(el)).to.include.members(['Nerve or spinal cord injury, and paralysis', 'Blood clots', 'Fusion that does not heal']);
    // The upper back's own risks: through the chest, near the cord, and the hardware.
    expect(riskNames(el)).to.include.members([
      'Bleeding that presses on the spinal cord',
      'Lung problems after an operation through the chest',
      'Nerve pain around the ribs',
      'Risks from the lungs and large blood vessels close by',
      'Problems with screws or rods',
    ]);
  });

  it('shows only the common risks with show="common"', async () => {
    const el = await fixture(html`<risk-list show="common"></risk-list>`);
    expect(riskNames(el)).to.deep.equal(['Reaction to anesthesia', 'Infection', 'Bleeding']);
  });

  it('shows each copy its own risks when copies with different attributes render together', async () => {
    // Copies with the same inputs share one render (GuideElement.sharedRender); these differ in `show`.
    const root = await fixture(html`<div><risk-list show="common"></risk-list><risk-list></risk-list><risk-list show="common"></risk-list></div>`);
    const [common, all, commonAgain] = [...root.querySelectorAll<RiskList>('risk-list')];
    await Promise.all([common, all, commonAgain].map((el) => el!.updateComplete));
    const commonNames = en.risks.items.filter((risk) => risk.common).map((risk) => risk.name);
    expect(riskNames(common!)).to.deep.equal(commonNames);
    expect(riskNames(all!)).to.deep.equal(en.risks.items.map((risk) => risk.name));
    expect(riskNames(commonAgain!)).to.deep.equal(commonNames);
  });

  it('builds the text once for identical copies rendered together', async () => {
    const root = await fixture(html`<div><risk-list></risk-list><risk-list></risk-list></div>`);
    const [first, second] = [...root.querySelectorAll<RiskList>('risk-list')] as (RiskList & { render(): unknown })[];
    await Promise.all([first!.updateComplete, second!.updateComplete]);
    expect(first!.render()).to.equal(second!.render());
    expect(shadowText(second!)).to.equal(shadowText(first!));
  });

  it('says honestly that surgery rarely ends back pain for good', async () => {
    const el = await fixture(html`<risk-list></risk-list>`);
    expect(shadowText(el)).to.contain('Many people hope surgery will end their back pain for good. This rarely happens.');
  });

  it('lists the warning signs that need urgent care', async () => {
    const el = await fixture(html`<risk-list show="common"></risk-list>`);
    const signs = el.shadowRoot!.querySelector('[part="warning-signs"]')!;
    const { emergency, callSurgeon } = en.warningSigns;
    expect(signs.querySelectorAll('.emergency li')).to.have.length(emergency.signs.length);
    expect(signs.querySelectorAll('.urgent li')).to.have.length(callSurgeon.signs.length);
    expect(signs.querySelector('.emergency')!.textContent).to.contain('No control over your bladder or bowels');
  });

  it('keeps explanations closed until asked, and opens one from the keyboard', async () => {
    const el = await fixture(html`<risk-list></risk-list>`);
    const first = el.shadowRoot!.querySelector<HTMLDetailsElement>('details')!;
    expect(first.open).to.be.false;
    first.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(first.open).to.be.true;
    expect(first.textContent).to.contain('Many people feel sick after it');
    await sendKeys({ press: 'Enter' });
    expect(first.open).to.be.false;
  });

  it('tells the page which risk the reader opened, with no personal data', async () => {
    const el = await fixture(html`<risk-list></risk-list>`);
    const summary = el.shadowRoot!.querySelectorAll('summary')[1]!;
    setTimeout(() => summary.click());
    const event = await oneEvent(el, 'ubs-toggle');
    expect(event.detail).to.deep.equal({ id: 'infection', open: true });
    expect(event.bubbles && event.composed).to.be.true;
  });

  it('opens every explanation with the expanded attribute', async () => {
    const el = await fixture(html`<risk-list expanded></risk-list>`);
    const details = [...el.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details[part="item"]')];
    expect(details.length).to.be.greaterThan(5);
    expect(details.every((d) => d.open)).to.be.true;
  });

  it('warns about an unknown show value and shows all risks', async () => {
    let el!: RiskList;
    const warnings = await captureWarnings(async () => {
      el = await fixture(html`<risk-list show="rare"></risk-list>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<risk-list> show="rare"').and.to.contain('all');
    expect(riskNames(el).length).to.equal(en.risks.items.length);
  });

  it('passes axe with every explanation open', async () => {
    const el = await fixture(html`<risk-list expanded></risk-list>`);
    await expect(el).to.be.accessible();
  });

  it('takes page text changes for other elements quietly when only it is on the page (their text is not loaded here)', async () => {
    let el!: RiskList;
    const warnings = await captureWarnings(async () => {
      const root = await fixture(html`<div>
        <script type="application/json" data-ubs-settings>
          { "content": { "en": { "faq": { "title": "Your questions" }, "risks": { "title": "Before you decide" } } } }
        </script>
        <risk-list></risk-list>
      </div>`);
      el = root.querySelector('risk-list') as RiskList;
      // The engine for text changes is a chunk of its own: the new title shows once it has loaded.
      await waitUntil(() => el.shadowRoot!.querySelector('[part="heading"]')?.textContent === 'Before you decide', 'the clinic\'s title never showed', { timeout: 5000 });
    });
    expect(warnings).to.deep.equal([]);
  });

  it('still reports a part of the text that no element has (a typo)', async () => {
    const warnings = await captureWarnings(async (seen) => {
      const root = await fixture(html`<div>
        <script type="application/json" data-ubs-settings>
          { "content": { "en": { "riks": { "title": "Before you decide" } } } }
        </script>
        <risk-list></risk-list>
      </div>`);
      await waitUntil(() => seen.join('\n').includes('en.riks'), 'no warning about en.riks', { timeout: 5000 });
      expect(root.querySelector('risk-list')!.shadowRoot!.querySelector('[part="heading"]')?.textContent).to.equal(en.risks.title);
    });
    expect(warnings.join('\n')).to.contain('en.riks');
  });
});
