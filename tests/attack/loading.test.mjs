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

    it('an empty list of sources (a failed upload): the text at once, one warning, as when the file is missing', async () => {
      const url = servers.page(html({ body: '<medical-disclaimer></medical-disclaimer><script src="/ubs-empty-sources/upper-back-surgery.iife.js"></script>' }));
      const report = await open(browser, url);
      assert.ok(await allRendered(report.page), 'renders');
      await settle(1000); // the list of sources loads after the first paint
      await report.finish();
      assert.deepEqual([...report.errors, ...report.inPageErrors], []);
      assert.equal(report.warnings.length, 1, report.warnings.join(' | '));
      assert.match(report.warnings[0], /list of sources could not be loaded .*empty file/);
    });

    it("an empty text-change engine (a failed upload): the guide's own text, one warning", async () => {
      const url = servers.page(
        html({
          body: `<ubs-settings content='{"en": {"risks": {"title": "Our clinic on risks"}}}'></ubs-settings><risk-list></risk-list><script src="/ubs-empty-content-overrides/upper-back-surgery.iife.js"></script>`,
        }),
      );
      const report = await open(browser, url);
      assert.ok(await allRendered(report.page), 'renders');
      assert.equal(await riskTitle(report.page), 'Risks of surgery');
      await report.finish();
      assert.deepEqual([...report.errors, ...report.inPageErrors], []);
      assert.equal(report.warnings.length, 1, report.warnings.join(' | '));
      assert.match(report.warnings[0], /text changes could not be loaded .*empty file/);
    });

    if (full) {
      it(`a list of sources that takes ${SLOW_MS / 1000} s: the text at once, one warning after 3 s, the lists filled in when it arrives`, async () => {
        const url = servers.page(html({ body: '<risk-list></risk-list><script src="/ubs-slow-sources/upper-back-surgery.iife.js"></script>' }));
        const started = Date.now();
        const report = await open(browser, url, { waitUntil: 'domcontentloaded' });
        assert.ok(await allRendered(report.page), 'the text does not wait');
        while (report.warnings.length === 0 && Date.now() - started < SLOW_MS) await settle(100);
        const warned = Date.now() - started;
        assert.ok(warned >= 2900 && warned < SLOW_MS, `warned after ${warned} ms`);
        // An item's text but its hidden "Back to the text" link, which is there before the source is.
        const sources = () =>
          [...document.querySelector('risk-list').shadowRoot.querySelectorAll('.sources li')].some((item) =>
            [...item.childNodes].some((node) => !node.classList?.contains('back-link') && node.textContent.trim() !== ''),
          );
        assert.equal(await report.page.evaluate(sources), false, 'no sources yet');
        await report.page.waitForFunction(sources, { timeout: SLOW_MS });
        await settle();
        await report.finish();
        assert.deepEqual([...report.errors, ...report.inPageErrors], []);
        assert.equal(report.warnings.length, 1, report.warnings.join(' | '));
        assert.match(report.warnings[0], /sources is taking over 3 s/);
      });
    }

    for (const [what, lang, body, title] of [
      ['a Spanish page', 'es', '<risk-list></risk-list>', 'Risks of surgery'],
      ['a page with text changes', 'en', `<ubs-settings content='{"en": {"risks": {"title": "Our clinic on risks"}}}'></ubs-settings><risk-list></risk-list>`, 'Our clinic on risks'],
    ]) {
      it(`Object.prototype.then set by another script, on ${what}: rendered after the 3 s wait with one warning, never blank`, async () => {
        const url = servers.page(
          html({ lang, head: '<script>Object.prototype.then = function () {};</script>', body: `${body}<script src="/ubs/upper-back-surgery.iife.js"></script>` }),
        );
        const report = await open(browser, url);
        await settle(4500);
        // Only now, for the test's own promises (puppeteer's): what the elements did, they did with it set.
        await report.page.evaluate('delete Object.prototype.then');
        assert.equal(await riskTitle(report.page), title);
        await report.finish();
        assert.deepEqual([...report.errors, ...report.inPageErrors], []);
        assert.equal(report.warnings.length, 1, report.warnings.join(' | '));
        assert.match(report.warnings[0], /took over 3 s/);
      });
    }

    it('a placeholder for an element nobody defines (data-ubs="no-such-thing"): left as it is, one warning once it stops waiting', async () => {
      const url = servers.page(html({ body: '<div data-ubs="no-such-thing">Our own text</div><risk-list></risk-list><script src="/ubs/upper-back-surgery.iife.js"></script>' }));
      const report = await open(browser, url);
      assert.ok(await allRendered(report.page), 'renders');
      await settle(3500); // it waits 3 s for the page to define the element late
      const placeholder = await report.page.evaluate(() => document.querySelector('[data-ubs]')?.textContent);
      await report.finish();
      assert.equal(placeholder, 'Our own text');
      assert.equal(report.warnings.length, 1, report.warnings.join(' | '));
      assert.match(report.warnings[0], /data-ubs="no-such-thing" is not an element of this library/);
    });

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
