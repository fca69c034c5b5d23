// Strict Content-Security-Policy with Trusted Types, against the built bundles: the elements, the
// Spanish chunk, the text-change engine and the FAQ's JSON-LD under `require-trusted-types-for 'script'`,
// with the policy names docs/script-tag.md documents (lit-html, upper-back-surgery), without ours, and with
// two copies of the library. `npm test` runs a few cases; `npm run test:attack` all of them.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { allRendered, browsers, html, launch, open, pick, renderedText, SCRIPTS, settle, startServers } from './harness.mjs';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const DOCUMENTED = `${STRICT}; trusted-types lit-html upper-back-surgery`;

const ELEMENTS =
  '<risk-list></risk-list><div data-ubs="risk-list" data-lang="es"></div><surgery-faq structured-data questions="painful cure"></surgery-faq>' +
  '<ubs-settings content=\'{"en":{"faq":{"title":"Questions our patients ask"}}}\'></ubs-settings>';

/** `jsonLd`: FAQ blocks in <head>; `warns`: the library's warnings expected (by pattern); `violations`: how many a case may cause. */
const CASES = pick(
  [
    { name: 'documented policies, classic bundle', csp: DOCUMENTED, scripts: [SCRIPTS.iife], jsonLd: 1, warns: [], violations: 0 },
    { name: 'lit-html only: the JSON-LD is left out with one warning', csp: `${STRICT}; trusted-types lit-html`, scripts: [SCRIPTS.esm], jsonLd: 0, warns: [/structured-data left out/], violations: 1 },
    { name: 'two copies (classic, then module) under the documented policies', csp: DOCUMENTED, scripts: [SCRIPTS.iife, SCRIPTS.esm], jsonLd: 1, warns: [/loaded more than once/], violations: 1 },
    { name: 'documented policies, module bundle', csp: DOCUMENTED, scripts: [SCRIPTS.esm], jsonLd: 1, warns: [], violations: 0 },
    { name: 'lit-html only, classic bundle', csp: `${STRICT}; trusted-types lit-html`, scripts: [SCRIPTS.iife], jsonLd: 0, warns: [/structured-data left out/], violations: 1 },
    { name: 'two copies (module, then classic) under the documented policies', csp: DOCUMENTED, scripts: [SCRIPTS.esm, SCRIPTS.iife], jsonLd: 1, warns: [/loaded more than once/], violations: 1 },
    { name: "documented policies with 'allow-duplicates', two copies", csp: `${DOCUMENTED} 'allow-duplicates'`, scripts: [SCRIPTS.iife, SCRIPTS.iife.replace('.js', '.js?copy')], jsonLd: 1, warns: [/loaded more than once/], violations: 0 },
  ],
  [0, 1, 2],
);

let servers;
before(async () => {
  servers = await startServers();
});
after(() => servers.close());

for (const name of browsers) {
  describe(`strict CSP and Trusted Types in ${name}`, () => {
    let browser;
    before(async () => {
      browser = await launch(name);
    });
    after(() => browser.close());

    for (const c of CASES) {
      it(`${c.name}: renders, Spanish and text changes load, no error`, async () => {
        const url = servers.page(html({ body: `${ELEMENTS}${c.scripts.join('')}` }), { 'content-security-policy': c.csp });
        const report = await open(browser, url);
        const rendered = await allRendered(report.page);
        // A change at run time goes through Lit's template machinery again.
        await report.page.evaluate(() => document.querySelector('surgery-faq').setAttribute('questions', 'painful'));
        await settle();
        const shown = Object.fromEntries((await renderedText(report.page)).map(([tag, text], index) => [`${tag}${index}`, text]));
        const jsonLd = await report.page.evaluate(() => [...document.head.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent)));
        await report.finish();
        assert.deepEqual([...report.errors, ...report.inPageErrors], [], 'uncaught errors');
        assert.ok(rendered, `every element renders: ${JSON.stringify(shown)}`);
        assert.match(shown['risk-list1'], /Riesgos/, 'Spanish chunk loaded');
        assert.match(shown['surgery-faq2'], /Questions our patients ask/, 'text-change engine loaded');
        assert.equal(jsonLd.length, c.jsonLd, 'FAQ JSON-LD blocks');
        if (c.jsonLd) assert.equal(jsonLd[0].mainEntity.length, 1, 'the JSON-LD follows the change');
        assert.equal(report.warnings.length, c.warns.length, `warnings: ${report.warnings.join(' | ')}`);
        c.warns.forEach((pattern, index) => assert.match(report.warnings[index], pattern));
        assert.equal(report.violations.length, c.violations, `violations: ${report.violations.join(' | ')}`);
        assert.ok(report.violations.every((v) => v.startsWith('trusted-types')), 'only a refused policy name');
      });
    }
  });
}
