import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../src/shared/define.js';
import { RiskList } from '../src/classes.js';
import { captureWarnings } from './helpers.js';

describe('registration', () => {
  it('exports classes without registering their tags', () => {
    expect(customElements.get('risk-list')).to.equal(undefined);
    expect(RiskList.version).to.match(/^\d+\.\d+\.\d+/);
  });

  it('lets a site register a class under its own tag name', () => {
    defineElement('clinic-risks', RiskList);
    expect(customElements.get('clinic-risks')).to.equal(RiskList);
  });

  it('warns instead of throwing when a tag is already taken, and keeps the first', async () => {
    class Other extends LitElement {}
    defineElement('taken-tag', Other);
    const warnings = await captureWarnings(() => defineElement('taken-tag', RiskList));
    expect(customElements.get('taken-tag')).to.equal(Other);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<taken-tag> is already defined').and.to.contain(RiskList.version);
  });

  it('is silent when the same class is registered twice under one tag', async () => {
    class ClinicRiskList extends RiskList {}
    defineElement('again-tag', ClinicRiskList);
    const warnings = await captureWarnings(() => defineElement('again-tag', ClinicRiskList));
    expect(warnings).to.deep.equal([]);
  });

  it('warns instead of throwing for an invalid tag name', async () => {
    const warnings = await captureWarnings(() => defineElement('notvalid', RiskList));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('could not define <notvalid>');
  });
});
