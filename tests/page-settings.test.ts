import { expect, fixture, html } from '@open-wc/testing';
import { readPageSettings, SETTINGS_CHANGE_EVENT } from '../src/shared/page-settings.js';
import '../src/ubs-settings/ubs-settings.js';
import '../src/risk-list/risk-list.js';
import type { RiskList } from '../src/risk-list/risk-list.component.js';
import type { UbsSettings } from '../src/ubs-settings/ubs-settings.component.js';
import { captureWarnings, shadowText } from './helpers.js';

const jsonBlock = (json: string) => {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.dataset.ubsSettings = '';
  script.textContent = json;
  return script;
};

describe('page settings', () => {
  it('reads a JSON settings block', async () => {
    const root = await fixture(html`<div></div>`);
    root.append(jsonBlock('{"clinicName": "Riverside Spine Clinic", "phone": "+1 555 010 0100", "content": {"en": {}}}'));
    expect(readPageSettings(root)).to.deep.equal({ clinicName: 'Riverside Spine Clinic', phone: '+1 555 010 0100', content: { en: {} } });
  });

  it('reads <ubs-settings> attributes; an earlier JSON block keeps what it set, the element adds the rest', async () => {
    const root = await fixture(html`<div>
      <ubs-settings clinic-name="From the element" reviewer-name="Dr. Ana Reyes" review-date="2026-10-01"></ubs-settings>
    </div>`);
    root.prepend(jsonBlock('{"clinicName": "From JSON", "email": "spine@example.org"}'));
    const warnings = await captureWarnings(() => {
      expect(readPageSettings(root)).to.deep.equal({
        clinicName: 'From JSON',
        email: 'spine@example.org',
        reviewerName: 'Dr. Ana Reyes',
        reviewDate: '2026-10-01',
      });
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('clinicName');
  });

  it('the first settings in the page win: a later JSON block adds missing values and warns once about the rest', async () => {
    const root = await fixture(html`<div><ubs-settings reviewer-name="Dr. Ana Reyes"></ubs-settings></div>`);
    root.append(jsonBlock('{"reviewerName": "Dr. Invented", "phone": "+1 555 010 0100", "content": {"en": {}}}'));
    const warnings = await captureWarnings(() => {
      expect(readPageSettings(root)).to.deep.equal({ reviewerName: 'Dr. Ana Reyes', phone: '+1 555 010 0100', content: { en: {} } });
      expect(readPageSettings(root)).to.deep.equal({ reviewerName: 'Dr. Ana Reyes', phone: '+1 555 010 0100', content: { en: {} } });
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('reviewerName').and.not.to.contain('phone');
  });

  it('text changes: the first source to change a language keeps it; a later one may add another language', async () => {
    const root = await fixture(html`<div></div>`);
    root.append(jsonBlock('{"content": {"en": {"risks": {"title": "First"}}}}'));
    root.append(jsonBlock('{"content": {"en": {"risks": {"title": "Second"}}, "es": {"risks": {"title": "Riesgos"}}}}'));
    let settings = {};
    const warnings = await captureWarnings(() => {
      settings = readPageSettings(root);
    });
    expect(settings).to.deep.equal({ content: { en: { risks: { title: 'First' } }, es: { risks: { title: 'Riesgos' } } } });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('content.en');
  });

  it('warns once about malformed JSON and ignores it', async () => {
    const root = await fixture(html`<div></div>`);
    root.append(jsonBlock('{"clinicName": "Riverside",'));
    const warnings = await captureWarnings(() => {
      expect(readPageSettings(root)).to.deep.equal({});
      expect(readPageSettings(root)).to.deep.equal({});
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('not a JSON object');
  });

  it('warns about unknown entries and keeps the known ones', async () => {
    const root = await fixture(html`<div></div>`);
    root.append(jsonBlock('{"clinicName": "Riverside", "phoen": "555", "accent": 42}'));
    let settings = {};
    const warnings = await captureWarnings(() => {
      settings = readPageSettings(root);
    });
    expect(settings).to.deep.equal({ clinicName: 'Riverside' });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('phoen').and.to.contain('accent');
  });

  it('takes content changes from a JSON attribute, and warns about malformed JSON', async () => {
    const el = await fixture<UbsSettings>(html`<ubs-settings content='{"en": {"risks": {"title": "Risks"}}}'></ubs-settings>`);
    expect(el.content).to.deep.equal({ en: { risks: { title: 'Risks' } } });
    const warnings = await captureWarnings(() => el.setAttribute('content', '{"en": '));
    expect(warnings).to.have.length(1);
    expect(el.content).to.equal(undefined);
  });

  it('is read again after ubs-settings-change, also in the task that rendered with the old settings', async () => {
    // Elements that render in one task share one read of the settings; the change event ends it.
    const block = jsonBlock('{"emergencyNumber": "911"}');
    document.body.append(block);
    const el = document.createElement('risk-list') as RiskList;
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(shadowText(el)).to.contain('Call 911 now');
      block.textContent = '{"emergencyNumber": "112"}';
      document.dispatchEvent(new Event(SETTINGS_CHANGE_EVENT));
      await el.updateComplete;
      expect(shadowText(el)).to.contain('Call 112 now');
    } finally {
      block.remove();
      el.remove();
    }
  });

  it('tells the page when settings change', async () => {
    const el = await fixture<UbsSettings>(html`<ubs-settings></ubs-settings>`);
    let changes = 0;
    const count = () => changes++;
    document.addEventListener(SETTINGS_CHANGE_EVENT, count);
    el.setAttribute('phone', '555 010 0100');
    el.content = { en: {} };
    el.remove();
    document.removeEventListener(SETTINGS_CHANGE_EVENT, count);
    expect(changes).to.equal(3);
  });
});
