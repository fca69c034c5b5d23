// The guide rendered on a server (dist/demo/ssr/, written by scripts/prerender.mjs from
// dist/server.js): readable with no script at all, then taken over by the script without a visible
// change, in Chromium and Firefox. See docs/server-rendering.md.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { en } from '../../dist/content/en.js';
import { browsers, launch, openPage, startServer } from './harness.mjs';
import { scaled } from '../timeouts.mjs';

const WORD_FIELDS = ['text', 'question', 'name', 'title', 'detail', 'what', 'body'];

/** Every statement of the content that carries article points (S1–S20), with its points. */
function statementsWithPoints(content) {
  const found = [];
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const words = WORD_FIELDS.map((field) => node[field]).filter((value) => typeof value === 'string');
    if (Array.isArray(node.seeds) && words.length > 0) found.push({ words, seeds: node.seeds });
    Object.values(node).forEach(visit);
  };
  visit(content);
  return found;
}

/** The text a reader gets from the guide: every shadow root's text, styles left out, spaces collapsed. */
const readerText = () => {
  const roots = [];
  const collect = (root) => {
    roots.push(root);
    root.querySelectorAll('*').forEach((element) => element.shadowRoot && collect(element.shadowRoot));
  };
  collect(document.querySelector('back-surgery-guide').shadowRoot);
  return roots
    .map((root) => {
      const copy = document.createElement('div');
      copy.append(...[...root.childNodes].map((node) => node.cloneNode(true)));
      copy.querySelectorAll('style, link').forEach((node) => node.remove());
      return copy.textContent;
    })
    .join(' ')
    .replace(/\s+/g, ' ');
};

/** The article points whose statements are all in `text` (placeholders such as {emergency} filled in on the page). */
function pointsShown(text) {
  const shown = new Set();
  const shows = (words) =>
    words
      .split(/\{\w+\}/)
      .map((piece) => piece.replace(/\s+/g, ' ').trim())
      .every((piece) => text.includes(piece));
  for (const { words, seeds } of statementsWithPoints(en)) if (words.some(shows)) seeds.forEach((seed) => shown.add(seed));
  return shown;
}

const ALL_POINTS = Array.from({ length: 20 }, (_, index) => `S${index + 1}`);

/** Waits until every element in the guide has rendered (its first update is done). */
const takenOver = (page) =>
  page.waitForFunction(
    () => {
      const guide = document.querySelector('back-surgery-guide');
      const sections = [...guide.shadowRoot.querySelectorAll('section[part~="section"] > *')];
      return guide.hasUpdated && sections.length === 9 && sections.every((section) => section.hasUpdated && !section.hasAttribute('defer-hydration'));
    },
    { timeout: scaled(10000) },
  );

for (const name of browsers) {
  describe(`server-rendered guide in ${name}`, () => {
    let server;
    let browser;
    before(async () => {
      server = await startServer();
      browser = await launch(name);
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('without a script: every article point S1–S20 is in the text, styled, and <details> open natively', async () => {
      const page = await browser.newPage();
      try {
        // Chromium can switch JavaScript off; Firefox's WebDriver BiDi cannot, so it gets the page
        // without its script, as a reader whose script is blocked does.
        if (name === 'chromium') await page.setJavaScriptEnabled(false);
        await page.goto(`${server.origin}/dist/demo/ssr/${name === 'chromium' ? 'index' : 'no-script'}.html`, { waitUntil: 'load' });
        const state = await page.evaluate(() => ({
          defined: customElements.get('risk-list') !== undefined,
          display: getComputedStyle(document.querySelector('back-surgery-guide').shadowRoot.querySelector('[part=base]')).display,
        }));
        assert.equal(state.defined, false, 'no script ran');
        assert.equal(state.display, 'grid', "the shadow root's own styles apply");
        const text = await page.evaluate(readerText);
        assert.deepEqual(ALL_POINTS.filter((point) => !pointsShown(text).has(point)), [], 'points missing from the text');
        assert.match(text, /Northside Spine Clinic/, 'the page settings are in the text');
        assert.match(text, /911/, 'the emergency number setting is in the text');
        const opened = await page.evaluate(() => {
          const faq = document.querySelector('back-surgery-guide').shadowRoot.querySelector('surgery-faq');
          const details = faq.shadowRoot.querySelector('details');
          const before = details.open;
          details.querySelector('summary').click();
          return { before, after: details.open };
        });
        assert.deepEqual(opened, { before: false, after: true });
      } finally {
        await page.close();
      }
    });

    it('the script takes the HTML over: same nodes, same text, same layout, no warning, interactive', async () => {
      const { page, report } = await openPage(browser, server.origin, '/dist/demo/ssr/no-script.html');
      try {
        const before = await page.evaluate(() => {
          const guide = document.querySelector('back-surgery-guide');
          const risks = guide.shadowRoot.querySelector('risk-list');
          const heading = risks.shadowRoot.querySelector('[part=heading]');
          heading.serverNode = true; // kept by hydration, lost by a fresh render
          const box = heading.getBoundingClientRect();
          return { top: box.top, height: document.documentElement.scrollHeight };
        });
        const textBefore = await page.evaluate(readerText);
        await page.addScriptTag({ url: '/dist/cdn/upper-back-surgery.js', type: 'module' });
        await takenOver(page);
        const afterState = await page.evaluate(() => {
          const guide = document.querySelector('back-surgery-guide');
          const risks = guide.shadowRoot.querySelector('risk-list');
          const heading = risks.shadowRoot.querySelector('[part=heading]');
          const box = heading.getBoundingClientRect();
          return {
            sameNode: heading.serverNode === true,
            headings: risks.shadowRoot.querySelectorAll('[part=heading]').length,
            top: box.top,
            height: document.documentElement.scrollHeight,
            serverStyles: guide.shadowRoot.querySelectorAll('style, link').length,
          };
        });
        assert.equal(afterState.sameNode, true, 'the server-rendered nodes are kept (hydrated, not rendered again)');
        assert.equal(afterState.headings, 1, 'no second copy of the text');
        assert.equal(afterState.serverStyles, 0, "the server's styles give way to the adopted ones");
        assert.deepEqual([afterState.top, afterState.height], [before.top, before.height], 'nothing moved');
        assert.equal(await page.evaluate(readerText), textBefore, 'the same text');
        assert.deepEqual(report, { errors: [], console: [], foreign: [] });

        // Interactive: the contents list moves focus; the questionnaire answers a submit.
        const focused = await page.evaluate(async () => {
          const guide = document.querySelector('back-surgery-guide');
          guide.shadowRoot.querySelector('nav a[href$="#risk-list"]').click();
          return guide.shadowRoot.activeElement?.id;
        });
        assert.equal(focused, 'risk-list');
        const answered = await page.evaluate(async () => {
          const check = document.querySelector('back-surgery-guide').shadowRoot.querySelector('candidacy-check');
          // Sent with no answer, it shows the errors of the required questions.
          const errorsShown = () => [...check.shadowRoot.querySelectorAll('.error')].filter((error) => error.checkVisibility()).length;
          const before = errorsShown();
          check.shadowRoot.querySelector('button[type=submit]').click();
          await check.updateComplete;
          return before === 0 && errorsShown() > 0;
        });
        assert.equal(answered, true, 'the questionnaire responds to a submit');
      } finally {
        await page.close();
      }
    });

    it('in a hidden tab, which runs no frames: taken over at once, sources filled in', async () => {
      const { page, report } = await openPage(browser, server.origin, '/dist/demo/ssr/no-script.html');
      try {
        // A tab opened in the background: hidden, and the browser runs no animation frames until it is shown.
        await page.evaluate(() => {
          Object.defineProperty(Document.prototype, 'visibilityState', { configurable: true, get: () => 'hidden' });
          window.requestAnimationFrame = () => 0;
        });
        await page.addScriptTag({ url: '/dist/cdn/upper-back-surgery.js', type: 'module' });
        await takenOver(page);
        await page.waitForFunction(
          () => {
            const risks = document.querySelector('back-surgery-guide').shadowRoot.querySelector('risk-list');
            const items = [...risks.shadowRoot.querySelectorAll('.sources li')];
            return items.length > 0 && items.every((item) => item.textContent.trim().length > 0);
          },
          { timeout: scaled(10000) },
        );
        assert.deepEqual(report, { errors: [], console: [], foreign: [] });
      } finally {
        await page.close();
      }
    });

    it('the page as served (module script): no warning, no error, the text once', async () => {
      const { page, report } = await openPage(browser, server.origin, '/dist/demo/ssr/index.html');
      try {
        await takenOver(page);
        const headings = await page.evaluate(() => document.querySelector('back-surgery-guide').shadowRoot.querySelector('risk-list').shadowRoot.querySelectorAll('[part=heading]').length);
        assert.equal(headings, 1);
        assert.deepEqual(report, { errors: [], console: [], foreign: [] });
      } finally {
        await page.close();
      }
    });

    it('under a strict Content-Security-Policy: linked styles, no violation, taken over', async () => {
      const { page, report } = await openPage(browser, server.origin, '/dist/demo/ssr/csp.html');
      try {
        await takenOver(page);
        const state = await page.evaluate(() => ({
          violations: window.__violations,
          display: getComputedStyle(document.querySelector('back-surgery-guide').shadowRoot.querySelector('[part=base]')).display,
        }));
        assert.deepEqual(state, { violations: [], display: 'grid' });
        assert.deepEqual(report, { errors: [], console: [], foreign: [] });
      } finally {
        await page.close();
      }
    });

    it('HTML rendered for other settings is rendered again, with one warning, never shown stale', async () => {
      const { page, report } = await openPage(browser, server.origin, '/dist/demo/ssr/no-script.html');
      try {
        // The page no longer has the settings the server rendered with (no clinic phone, no 911).
        await page.evaluate(() => document.querySelector('script[data-ubs-settings]').remove());
        await page.addScriptTag({ url: '/dist/cdn/upper-back-surgery.js', type: 'module' });
        await takenOver(page);
        const text = await page.evaluate(readerText);
        assert.doesNotMatch(text, /911/, 'the text follows the page, not the server');
        assert.match(text, /local emergency number/);
        assert.equal(report.errors.length, 0);
        assert.ok(report.console.length >= 1 && report.console.every((line) => /server-rendered HTML does not match this page/.test(line)), report.console.join('\n'));
      } finally {
        await page.close();
      }
    });
  });
}
