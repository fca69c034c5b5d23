// How the built bundles behave when their files or the host page work against them: an empty or slow
// Spanish file, a <base href> to another site, a page in quirks mode. `npm test` runs the quick
// cases; `npm run test:attack` all of them.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { GUIDE_SECTIONS } from '../../dist/back-surgery-guide/sections.js';
import { allRendered, browsers, full, html, launch, open, renderedText, settle, startServers } from './harness.mjs';

const SLOW_MS = 5000;
let servers;
before(async () => {
  servers = await startServers({ slowMs: SLOW_MS });
});
after(() => servers.close());

const riskTitle = (page) => page.evaluate(() => document.querySelector('risk-list').shadowRoot.querySelector('[part="heading"]')?.textContent ?? '');

for (const name of browsers) {
  describe(`loading and host pages in ${name}`, () => {
    let browser;
    before(async () => {
      browser = await launch(name);
    });
    after(() => browser.close());

    it('an empty Spanish file (a failed upload): English with one warning, and the page keeps answering', async () => {
      const url = servers.page(html({ lang: 'es', body: '<risk-list></risk-list><script src="/ubs-empty/upper-back-surgery.iife.js"></script>' }));
      const report = await open(browser, url);
      assert.ok(await allRendered(report.page), 'renders');
      assert.equal(await riskTitle(report.page), 'Risks of surgery');
      assert.equal(await report.page.evaluate(() => 1 + 1), 2, 'the page answers');
      await report.finish();
      assert.deepEqual([...report.errors, ...report.inPageErrors], []);
      assert.equal(report.warnings.length, 1, report.warnings.join(' | '));
      assert.match(report.warnings[0], /"es" could not be loaded .*no guide content/);
    });

    if (full) {
      it(`a Spanish file that takes ${SLOW_MS / 1000} s: nothing at 1 s, English with one warning after 3 s, Spanish when it arrives`, async () => {
        const url = servers.page(html({ lang: 'es', body: '<risk-list></risk-list><script src="/ubs-slow/upper-back-surgery.iife.js"></script>' }));
        const started = Date.now();
        const report = await open(browser, url, { waitUntil: 'domcontentloaded' });
        await settle(1000 - (Date.now() - started));
        assert.equal(await riskTitle(report.page), '', 'still waiting, no English flash');
        await report.page.waitForFunction(() => document.querySelector('risk-list').shadowRoot.textContent.includes('Risks of surgery'), { timeout: 4000 });
        const english = Date.now() - started;
        assert.ok(english >= 2900 && english < SLOW_MS, `English after ${english} ms`);
        await report.page.waitForFunction(() => document.querySelector('risk-list').shadowRoot.textContent.includes('Riesgos'), { timeout: 6000 });
        await report.finish();
        assert.deepEqual([...report.errors, ...report.inPageErrors], []);
        assert.equal(report.warnings.length, 1, report.warnings.join(' | '));
        assert.match(report.warnings[0], /3 s/);
      });
    }

    it('<base href> to another site: the table of contents links stay on the page', async () => {
      const page = servers.page(
        html({
          head: `<base href="${servers.evilOrigin}/elsewhere/">`,
          body: `<back-surgery-guide></back-surgery-guide><script src="${servers.origin}/ubs/upper-back-surgery.iife.js"></script>`,
        }),
      );
      const report = await open(browser, page);
      assert.ok(await allRendered(report.page), 'renders');
      const links = await report.page.evaluate(() => [...document.querySelector('back-surgery-guide').shadowRoot.querySelectorAll('nav a')].map((a) => a.href));
      await report.finish();
      assert.equal(links.length, GUIDE_SECTIONS.length);
      assert.deepEqual(links.filter((href) => !href.startsWith(`${page}#`)), [], 'links off the page');
      assert.deepEqual(servers.evilRequests, [], 'requests to the other site');
    });

    it('quirks mode (no doctype): the comparison table uses the page\'s font size', async () => {
      const url = servers.page(
        '<html><head><title>old page</title></head><body style="font-size: 20px">' +
          '<procedure-compare></procedure-compare><script src="/ubs/upper-back-surgery.iife.js"></script></body></html>',
      );
      const report = await open(browser, url);
      assert.ok(await allRendered(report.page), 'renders');
      const sizes = await report.page.evaluate(() => {
        const root = document.querySelector('procedure-compare').shadowRoot;
        return [document.compatMode, ...['p', 'th', 'td'].map((tag) => getComputedStyle(root.querySelector(tag)).fontSize)];
      });
      await report.finish();
      assert.deepEqual(sizes, ['BackCompat', '20px', '20px', '20px']);
    });

    if (full) {
      it('Prototype.js-style Array#toJSON: the FAQ JSON-LD keeps its list of questions', async () => {
        const url = servers.page(
          html({
            head: '<script>Array.prototype.toJSON = function () { return "[" + this.map(function (x) { return JSON.stringify(x); }).join(",") + "]"; };</script>',
            body: '<surgery-faq structured-data questions="painful cure"></surgery-faq><script src="/ubs/upper-back-surgery.iife.js"></script>',
          }),
        );
        const report = await open(browser, url);
        assert.ok(await allRendered(report.page), 'renders');
        const data = await report.page.evaluate(() => JSON.parse(document.querySelector('script[type="application/ld+json"]').textContent));
        const shown = await renderedText(report.page);
        await report.finish();
        assert.ok(Array.isArray(data.mainEntity), `mainEntity: ${JSON.stringify(data.mainEntity).slice(0, 80)}`);
        assert.equal(data.mainEntity.length, 2);
        assert.match(shown[0][1], /painful/);
      });
    }
  });
}
