// What an author who may only edit a post can write, on a page whose <head> holds the clinic's
// settings (a theme's header, the WordPress plugin, a tag manager): body settings, placeholders and
// elements with clinic attributes. The clinic's word is final: none of it may set or add a value.
// With the built bundles and the browser's own parser (tests/head-settings.test.ts has the details).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { allRendered, browsers, html, launch, open, renderedText, settle, SCRIPTS, startServers } from './harness.mjs';

/** The clinic's settings, as the plugin prints them: no booking link, no text changes, no emergency number. */
const HEAD = `<script type="application/json" data-ubs-settings>${JSON.stringify({
  clinicName: 'Riverside Spine Clinic',
  phone: '+1 555 010 0100',
  email: 'spine@riverside.example',
  reviewerName: 'Dr. Ana Reyes',
  reviewDate: '2026-03-01',
})}</script>`;

const FORGED = 'Spine surgery at our clinic has no real risks.';

/** A post by an author: every way the issue lists to set or add a clinic value from the body. */
const POST =
  `<div data-ubs="ubs-settings" data-content='${JSON.stringify({ en: { risks: { intro: { text: FORGED } } } })}' data-booking-url="https://evil.example/book" data-emergency-number="000"></div>` +
  '<script type="application/json" data-ubs-settings>{"accent": "#ff0000", "theme": "dark"}</script>' +
  '<risk-list></risk-list>' +
  '<div data-ubs="second-opinion" data-booking-url="https://evil.example/book2"></div>' +
  '<second-opinion class="attrs" phone="+1 555 999 9999" email="phish@evil.example" clinic-name="Totally Riverside"></second-opinion>' +
  '<medical-disclaimer reviewed-by="Dr. Invented, MD" last-reviewed="2026-11-01" theme="dark"></medical-disclaimer>';

let servers;
before(async () => (servers = await startServers()));
after(() => servers.close());

for (const name of browsers) {
  describe(`an author's post under the clinic's <head> settings, in ${name}`, () => {
    let browser;
    before(async () => (browser = await launch(name)));
    after(() => browser.close());

    for (const bundle of ['iife', 'esm']) {
      it(`${bundle} bundle: the clinic's text, contacts, reviewer, date and colours; one warning per source`, async () => {
        const report = await open(browser, servers.page(html({ head: HEAD, body: `${POST}${SCRIPTS[bundle]}` })));
        assert.ok(await allRendered(report.page), 'renders');
        await settle(500);
        const shown = Object.fromEntries((await renderedText(report.page)).map(([tag, text], index) => [`${tag}${index}`, text]));
        const state = await report.page.evaluate(() =>
          [...document.querySelectorAll('second-opinion, medical-disclaimer, risk-list')].map((element) => ({
            tag: element.localName,
            links: [...element.shadowRoot.querySelectorAll('a[href^="tel:"], a[href^="mailto:"], a[href^="http"]')].map((a) => a.getAttribute('href')),
            date: element.shadowRoot.querySelector('time')?.getAttribute('datetime'),
            scheme: getComputedStyle(element).colorScheme,
            accent: getComputedStyle(element).getPropertyValue('--_settings-accent').trim(),
          })),
        );
        await report.finish();
        const text = Object.values(shown).join(' ');
        assert.doesNotMatch(text, /no real risks|Totally|Invented|000\b/);
        assert.match(text, /Every surgery has risks/);
        assert.match(text, /Dr\. Ana Reyes/);
        const contacts = state.filter(({ tag }) => tag === 'second-opinion').map(({ links }) => links.filter((href) => !/^https?:/.test(href) || /book/.test(href)));
        assert.deepEqual(contacts, [
          ['tel:+15550100100', 'mailto:spine@riverside.example'],
          ['tel:+15550100100', 'mailto:spine@riverside.example'],
        ]);
        assert.equal(state.find(({ tag }) => tag === 'medical-disclaimer').date, '2026-03-01');
        assert.deepEqual(state.filter(({ scheme, accent }) => scheme === 'dark' || accent !== ''), [], 'no colours from the body');
        assert.deepEqual([...report.errors, ...report.inPageErrors], []);
        // The body's settings sources, the placeholder's attributes, and each element's own attributes.
        assert.equal(report.warnings.length, 4, report.warnings.join('\n'));
        assert.ok(report.warnings.every((warning) => /<head>, which are final/.test(warning)), report.warnings.join('\n'));
      });
    }
  });
}
