// The embedding pages under demo/embed/, each standing for one way a clinic pastes the library into
// its site, loaded over HTTP in Debian's Chromium and Firefox ESR. Run by `npm test` after the build.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { browsers, CDN_PREFIX, launch, openPage, rendered, snippetsIn, sourcesFetched, startServer } from './harness.mjs';
import { scaled } from '../timeouts.mjs';

const PAGES = {
  'html.html': 'any HTML page',
  'csp.html': "strict CSP (script-src 'self'; style-src 'self')",
  'wordpress-admin.html': 'WordPress, Custom HTML block',
  'wordpress-author.html': 'WordPress, author placeholders and a site-wide script',
  'drupal.html': 'Drupal, Full HTML body, in Spanish',
  'squarespace.html': 'Squarespace code block',
  'wix.html': 'Wix embed (its own frame, bundle from a CDN)',
  'npm.html': 'npm in a bundled site',
};

/** Pages that show Spanish somewhere, and so load the Spanish file. */
const SPANISH = new Set(['csp.html', 'wordpress-author.html', 'drupal.html']);

/** Pages that change the guide's text, and so load the text-change engine. */
const TEXT_CHANGES = new Set(['csp.html', 'wordpress-author.html']);

/** What a page may fetch: itself, its own styles, and the library's files. Nothing else. */
function ownFiles(path) {
  return path.startsWith('/demo/embed/') || path.startsWith('/tests/embed/fixtures/') || path.startsWith('/ubs/') || path === '/favicon.ico' ||
    path.startsWith('/dist/') || path.startsWith('/node_modules/lit') || path.startsWith('/node_modules/@lit/') || path.startsWith('/node_modules/@lit-labs/ssr-client/');
}

/** What the library may leave behind on a patient's device: nothing. */
const leftovers = () =>
  Promise.all([
    document.cookie,
    localStorage.length,
    sessionStorage.length,
    indexedDB.databases ? indexedDB.databases().then((dbs) => dbs.length) : 0,
    caches.keys().then((keys) => keys.length),
    navigator.serviceWorker ? navigator.serviceWorker.getRegistrations().then((r) => r.length) : 0,
  ]);

/** Text of the composed tree: what a reader sees, across shadow roots. */
const composedText = (selector) => {
  const walk = (node) => [...(node.shadowRoot ?? node).childNodes].map((child) =>
    child.nodeType === 3 ? child.textContent : child.nodeType === 1 ? walk(child) : '').join(' ');
  return [...document.querySelectorAll(selector)].map(walk).join(' ').replace(/\s+/g, ' ');
};

let server;
before(async () => {
  server = await startServer();
});
after(() => server.close());

for (const name of browsers) {
  describe(`embedding pages in ${name}`, () => {
    let browser;
    before(async () => {
      browser = await launch(name);
    });
    after(() => browser.close());

    for (const [file, what] of Object.entries(PAGES)) {
      it(`${file} (${what}): renders, no error, no request elsewhere, nothing stored`, async () => {
        server.requests.length = 0;
        const { page, report } = await openPage(browser, server.origin, `/demo/embed/${file}`);
        try {
          const frame = file === 'wix.html' ? page.frames().find((f) => f.url().endsWith('wix-embed.html')) : page.mainFrame();
          assert.ok(frame, 'the embed frame is there');
          await rendered(frame);
          if (file === 'wix.html') await sourcesFetched(frame);
          assert.deepEqual(report.errors, [], 'uncaught errors');
          assert.deepEqual(report.console, [], 'console errors and warnings');
          assert.deepEqual(await page.evaluate(() => window.__violations), [], 'CSP violations');
          assert.equal(await frame.evaluate(() => document.querySelectorAll('[data-ubs]').length), 0, 'placeholders left');
          assert.deepEqual(server.requests.filter((path) => !ownFiles(path)), [], 'requests beyond the library');
          if (!SPANISH.has(file)) {
            assert.deepEqual(server.requests.filter((path) => /\bes\.js$/.test(path)), [], 'an English page loads no Spanish');
          }
          const engine = server.requests.filter((path) => path.includes('content-overrides'));
          assert.equal(engine.length, TEXT_CHANGES.has(file) ? 1 : 0, 'the text-change engine loads only where text changes');
          // The Wix frame loads the bundle from the CDN, and the bibliography from the same folder.
          const expectedForeign =
            file === 'wix.html'
              ? ['upper-back-surgery.iife.js', 'upper-back-surgery-sources.js'].map((name) => `${CDN_PREFIX}0.1.0/dist/cdn/${name}`)
              : [];
          assert.deepEqual(report.foreign, expectedForeign, 'requests to other sites');
          assert.deepEqual(await frame.evaluate(leftovers), ['', 0, 0, 0, 0, 0], 'cookies, storage, caches, workers');
        } finally {
          await page.close();
        }
      });
    }

    it('csp.html: the strict policy really applies (a blocked inline style is reported)', async () => {
      const { page } = await openPage(browser, server.origin, '/demo/embed/csp.html');
      try {
        await rendered(page.mainFrame());
        await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
        await page.waitForFunction(() => window.__violations.length > 0, { timeout: scaled(5000) });
        assert.match((await page.evaluate(() => window.__violations))[0], /style-src/);
        // Spanish arrived as its own chunk under the policy, and the FAQ's JSON-LD was added.
        assert.match(await page.evaluate(composedText, 'div[lang="es"] risk-list'), /Riesgos/);
        assert.equal(await page.evaluate(() => document.querySelectorAll('script[type="application/ld+json"]').length), 1);
        // The clinic's own FAQ title, applied by the text-change engine loaded under the policy.
        assert.match(await page.evaluate(composedText, 'main > surgery-faq'), /Questions our patients ask/);
      } finally {
        await page.close();
      }
    });

    it('drupal.html and wordpress-author.html: the classic bundle loads Spanish and the text changes from its own folder', async () => {
      server.requests.length = 0;
      for (const file of ['drupal.html', 'wordpress-author.html']) {
        const { page } = await openPage(browser, server.origin, `/demo/embed/${file}`);
        await rendered(page.mainFrame());
        const text = await page.evaluate(composedText, file === 'drupal.html' ? 'surgery-faq' : 'risk-list');
        assert.match(text, /cirugía/i, `${file} in Spanish`);
        if (file === 'wordpress-author.html') {
          assert.match(await page.evaluate(composedText, 'recovery-tips'), /After your operation at Riverside/);
        }
        await page.close();
      }
      assert.ok(server.requests.includes('/ubs/upper-back-surgery-es.js'));
      assert.ok(server.requests.includes('/ubs/upper-back-surgery-content-overrides.js'));
      assert.ok(!server.requests.includes('/demo/embed/upper-back-surgery-es.js'));
    });

    it('html.html: the fallback content is replaced once the element runs', async () => {
      const { page } = await openPage(browser, server.origin, '/demo/embed/html.html');
      try {
        await rendered(page.mainFrame());
        const fallback = await page.evaluate(() => document.querySelector('risk-list > p').getClientRects().length);
        assert.equal(fallback, 0, 'fallback no longer laid out');
        const title = await page.evaluate(() => document.querySelector('risk-list').shadowRoot.querySelector('h2').textContent);
        assert.equal(title, 'Risks of surgery');
      } finally {
        await page.close();
      }
    });

    it('a page that arrives in pieces: the placeholder keeps its note, late settings apply', async () => {
      const { page, report } = await openPage(browser, server.origin, '/tests/embed/fixtures/slow-page.html?pause-after=<!--PAUSE-->');
      try {
        await rendered(page.mainFrame());
        const note = await page.evaluate(() => {
          const slot = document.querySelector('risk-list').shadowRoot.querySelector('slot[name="note"]');
          return slot.assignedNodes().map((node) => node.textContent).join('');
        });
        assert.match(note, /spine nurses/);
        await page.waitForFunction(
          () => document.querySelector('second-opinion').shadowRoot.textContent.includes('Late Settings Spine Clinic'),
          { timeout: scaled(5000) },
        );
        assert.deepEqual(report.errors, []);
      } finally {
        await page.close();
      }
    });

    if (name === 'chromium') {
      it('html.html without JavaScript: the fallback content shows', async () => {
        const page = await browser.newPage();
        try {
          await page.setJavaScriptEnabled(false);
          await page.goto(`${server.origin}/demo/embed/html.html`, { waitUntil: 'load' });
          const text = await page.evaluate(() => document.querySelector('risk-list').innerText);
          assert.match(text, /Every operation has risks/);
        } finally {
          await page.close();
        }
      });

      it('demo page: nothing moves as the elements render (layout shift 0)', async () => {
        const { page, report } = await openPage(browser, server.origin, '/demo/');
        try {
          await rendered(page.mainFrame());
          await new Promise((resolve) => setTimeout(resolve, 300));
          const shifts = await page.evaluate(() => new Promise((resolve) => {
            const values = [];
            new PerformanceObserver((list) => values.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(values), 100);
          }));
          assert.equal(shifts.reduce((sum, value) => sum + value, 0), 0);
          assert.deepEqual(report.errors, []);
        } finally {
          await page.close();
        }
      });
    }
  });
}

describe('snippets', () => {
  // The guides that carry the snippets: docs/script-tag.md (any HTML page), docs/cms-guides.md
  // (WordPress, Drupal, Squarespace, Wix) and docs/npm.md.
  it('the docs show every snippet the demo pages exercise, exactly', async () => {
    const guides = ['docs/script-tag.md', 'docs/cms-guides.md', 'docs/npm.md'];
    const docs = (await Promise.all(guides.map((file) => readFile(file, 'utf8')))).join('\n');
    const files = [...Object.keys(PAGES), 'wix-embed.html', 'npm-app.js'];
    const snippets = Object.assign({}, ...(await Promise.all(files.map((file) => snippetsIn(`demo/embed/${file}`)))));
    assert.ok(Object.keys(snippets).length >= 9, `snippets found: ${Object.keys(snippets)}`);
    for (const [name, snippet] of Object.entries(snippets)) assert.ok(docs.includes(snippet), `${guides.join(' or ')} has snippet ${name}`);
  });
});
