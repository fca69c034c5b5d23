// Server-rendered HTML that is no longer what the server wrote: its comments stripped (an HTML minifier,
// a CMS filter), or a shadow root written by hand with a digest copied from a real render. The script
// must render such HTML afresh, with one warning, and never keep it as dead DOM that later renders
// append to. `npm test` runs a few cases; `npm run test:attack` all of them.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { renderElement, renderSettings } from '../../dist/server.js';
import { browsers, html, launch, open, pick, settle, startServers } from './harness.mjs';
import { scaled } from '../timeouts.mjs';

const settings = { clinicName: 'Northside Spine Clinic', emergencyNumber: '911' };
/** What an HTML minifier or a CMS filter does to the server's HTML. */
const stripComments = (markup) => markup.replace(/<!--[\s\S]*?-->/g, '');

let servers;
let guide;
let risks;
before(async () => {
  servers = await startServers();
  guide = await renderElement('back-surgery-guide', { settings });
  risks = await renderElement('risk-list', { settings });
});
after(() => servers.close());

/** The digest a genuine render carries, for a shadow root written by hand. */
const digestOf = (markup) => /data-ubs-rendered="([^"]+)"/.exec(markup)[1];

/**
 * Each case: the page's body (the settings block comes first, as the server renderer writes it) and
 * what the warning says. `tag` is the element checked once taken over.
 */
const CASES = pick(
  [
    { name: 'the guide, comments stripped', body: () => stripComments(guide), tag: 'back-surgery-guide' },
    { name: '<risk-list>, comments stripped', body: () => stripComments(risks), tag: 'risk-list' },
    {
      name: 'a shadow root written by hand with a copied digest',
      body: () => `<risk-list data-ubs-rendered="${digestOf(risks)}"><template shadowrootmode="open"><h2>HAND-WRITTEN: surgery is risk-free</h2></template></risk-list>`,
      tag: 'risk-list',
    },
    {
      name: 'a shadow root written by hand with a copied digest, a style and a stray marker further in',
      body: () =>
        `<risk-list data-ubs-rendered="${digestOf(risks)}"><template shadowrootmode="open"><style>p{}</style><div><!--lit-part x--><h2>HAND-WRITTEN: surgery is risk-free</h2></div></template></risk-list>`,
      tag: 'risk-list',
    },
  ],
  [0, 2],
);

/** Text of the element's shadow root and the shadow roots inside it, styles left out. */
function shownText(tag) {
  const text = (root) =>
    [...root.childNodes]
      .map((node) => (node.nodeType === 3 ? node.data : node.nodeType === 1 && node.localName !== 'style' ? (node.shadowRoot ? text(node.shadowRoot) : '') + text(node) : ''))
      .join(' ');
  return text(document.querySelector(tag).shadowRoot).replace(/\s+/g, ' ');
}

for (const name of browsers) {
  describe(`server HTML that is not what the server wrote, in ${name}`, () => {
    let browser;
    before(async () => (browser = await launch(name)));
    after(() => browser.close());

    for (const c of CASES) {
      it(`${c.name}: rendered afresh with one warning, then follows the page (heading level, language)`, async () => {
        const url = servers.page(html({ body: `${renderSettings(settings)}${c.body()}<script type="module" src="/ubs/upper-back-surgery.js"></script>` }));
        const report = await open(browser, url);
        const { page } = report;
        await page.waitForFunction((tag) => document.querySelector(tag).hasUpdated, { timeout: scaled(10000) }, c.tag);
        await settle();
        const english = await page.evaluate(shownText, c.tag);
        assert.doesNotMatch(english, /HAND-WRITTEN/, 'the hand-written text is gone');
        // A sub-heading of the risks, once: no stale copy beside a fresh one.
        assert.equal(english.split('Other risks of spine surgery').length - 1, 1, 'the risks sub-heading, once');
        assert.match(english, /911/, 'the page settings apply');

        // What the reader would meet next: a heading level for the page's outline, the language switched.
        await page.evaluate((tag) => {
          const risks = tag === 'risk-list' ? document.querySelector(tag) : document.querySelector(tag).shadowRoot.querySelector('risk-list');
          if (tag === 'risk-list') risks.setAttribute('heading-level', '4');
          document.documentElement.lang = 'es';
        }, c.tag);
        await page.waitForFunction((tag) => /Riesgos/.test(document.querySelector(tag).shadowRoot.textContent), { timeout: scaled(10000) }, c.tag);
        await settle();
        const spanish = await page.evaluate(shownText, c.tag);
        const headings = await page.evaluate((tag) => [...document.querySelector(tag).shadowRoot.querySelectorAll('h2, h3, h4')].map((h) => h.localName), c.tag);
        await report.finish();
        assert.doesNotMatch(spanish, /Other risks of spine surgery|HAND-WRITTEN/, 'no English (or hand-written) text left behind the Spanish');
        if (c.tag === 'risk-list') assert.equal(headings[0], 'h4', 'the heading level follows the attribute');
        // (Chromium asks the test server for a favicon, which it does not have.)
        const consoleErrors = report.consoleErrors.filter((error) => !/^Failed to load resource/.test(error));
        assert.deepEqual([...report.errors, ...report.inPageErrors, ...consoleErrors], [], 'no error (nor hydration complaint)');
        const mismatch = report.warnings.filter((warning) => /server-rendered HTML does not match/.test(warning));
        assert.equal(mismatch.length, 1, report.warnings.join('\n'));
        assert.match(mismatch[0], /markers were stripped/);
        assert.equal(report.warnings.length, 1, report.warnings.join('\n'));
      });
    }

    it('control: the HTML as the server wrote it is taken over, with no warning', async () => {
      const url = servers.page(html({ body: `${renderSettings(settings)}${risks}<script type="module" src="/ubs/upper-back-surgery.js"></script>` }));
      const report = await open(browser, url);
      await report.page.evaluate(() => (document.querySelector('risk-list').shadowRoot.querySelector('h2').serverNode = true));
      await report.page.waitForFunction(() => document.querySelector('risk-list').hasUpdated, { timeout: scaled(10000) });
      await settle();
      const kept = await report.page.evaluate(() => document.querySelector('risk-list').shadowRoot.querySelector('h2').serverNode === true);
      await report.finish();
      assert.equal(kept, true, 'the server nodes are kept');
      assert.deepEqual([report.warnings, report.errors, report.consoleErrors.filter((error) => !/^Failed to load resource/.test(error))], [[], [], []]);
    });
  });
}
