import { expect, fixture } from '@open-wc/testing';
import '../src/medical-disclaimer/medical-disclaimer.js';
import '../src/risk-list/risk-list.js';
import '../src/second-opinion/second-opinion.js';
import { TEXT_SETTINGS } from '../src/shared/page-settings.js';
import { SETTING_RULES, type TextSettingName } from '../src/shared/setting-rules.js';
import '../src/ubs-settings/ubs-settings.js';
import { captureWarnings, settled } from './helpers.js';

/** Values each rule accepts and refuses, and the element that uses the setting. */
const CASES: [TextSettingName, string, string[], string[]][] = [
  ['phone', 'second-opinion', ['+1 555 010 0100', '(555) 010-0100'], ['12', 'call us', '+1 555 010 0100<b>']],
  ['bookingUrl', 'second-opinion', ['https://clinic.example/book', 'http://clinic.example'], ['javascript:alert(1)', 'clinic.example/book', 'https://me:pw@clinic.example/']],
  ['email', 'second-opinion', ['spine@clinic.example'], ['a@b', 'spine@clinic.example?subject=x', 'not an email']],
  ['reviewDate', 'medical-disclaimer', ['2026-10-01', '2024-02-29'], ['2026-02-30', '01/10/2026', '0999-01-01']],
  ['reviewedVersion', 'medical-disclaimer', ['3f9a2b7c1d0e', ' 3F9A2B7C1D0E, 8e1f00aa11bb '], ['latest', '3f9a2b7c1d0', 'v0.1.0', '3f9a2b7c1d0e latest']],
  ['emergencyNumber', 'risk-list', ['911', '112', '+44 999'], ['call', '9', '1234567890123456']],
  ['accent', 'risk-list', ['#6b2c91', 'teal', 'rgb(10 20 30)'], ['banana', 'transparent', 'var(--x)']],
  ['theme', 'risk-list', ['auto', 'light', ' Dark '], ['purple', 'night']],
];

describe('page settings rules (shared by the elements, the reviewer packet and the snippet builder)', () => {
  for (const [name, tag, good, bad] of CASES) {
    it(`${name}: the rule accepts what <${tag}> uses and refuses what it warns about`, async () => {
      for (const value of [...good, ...bad]) {
        const accepted = SETTING_RULES[name]!(value);
        expect(accepted, `${name} "${value}"`).to.equal(good.includes(value));
        // The element, given the same value as page settings, warns exactly when the rule refuses it.
        const root = document.createElement('div');
        const settings = document.createElement('ubs-settings');
        settings.setAttribute(TEXT_SETTINGS[name], value);
        const element = document.createElement(tag);
        root.append(settings, element);
        const warnings = await captureWarnings(async () => {
          await fixture(root);
          await settled(element);
        });
        root.remove();
        const warned = warnings.some((warning) => warning.includes('page settings') && warning.includes(value.trim()));
        expect(warned, `<${tag}> warns about ${name} "${value}": ${warnings.join(' | ')}`).to.equal(!accepted);
      }
    });
  }

  it('the settings without a rule take any text', () => {
    for (const name of Object.keys(TEXT_SETTINGS) as TextSettingName[]) {
      if (!SETTING_RULES[name]) expect(['clinicName', 'reviewerName', 'reviewerCredentials']).to.include(name);
    }
  });
});
