// The release files (dist/release/, `npm run release`) as a clinic gets them: downloaded from the
// served snippet builder's links, checked against their SHA-384 hashes, the files zip unpacked and its
// folder used as a clinic's server would serve it, and the single-paste code (the whole library in one
// <script>) pasted into plain pages: one that asks for nothing else, one with text changes, one whose
// markup tries to point the library elsewhere, one under a strict Content-Security-Policy allowing it
// by the hash the builder states. In Debian's Chromium and Firefox ESR; run by `npm run test:pages`
// after `npm run build && npm run release`.
import { scaled } from '../timeouts.mjs';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { browsers, launch, rendered, sourcesFetched } from '../embed/harness.mjs';
import { contentTypes } from '../../scripts/static-files.mjs';
import { unzip } from '../../scripts/zip.mjs';
import { builderServer, CHOICES, chooseRoute, copyEach } from './helpers.mjs';

const RELEASE = 'dist/release';
const skip = existsSync(`${RELEASE}/release.json`) ? undefined : 'no dist/release/: run `npm run build && npm run release` first';
const release = skip ? undefined : JSON.parse(readFileSync(`${RELEASE}/release.json`, 'utf8'));
const sri = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;

/**
 * A clinic's own small web server: the folder the files zip unpacked to (its `ubs/` at /ubs/), and
 * pages by path. Records every path asked for.
 */
async function clinicServer(folder) {
  const pages = new Map();
  const headers = new Map();
  const requests = [];
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    requests.push(pathname);
    if (pathname === '/favicon.ico') return response.writeHead(204).end();
    try {
      const body = pages.get(pathname) ?? (await readFile(join(folder, decodeURIComponent(pathname).replace(/^\/+/, '').replace(/\.\.+/g, ''))));
      response.writeHead(200, { 'content-type': contentTypes[extname(pathname)] ?? 'text/html; charset=utf-8', 'cache-control': 'no-store', ...(headers.get(pathname) ?? {}) }).end(body);
    } catch {
      response.writeHead(404).end('Not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, pages, headers, requests, close: () => new Promise((done) => server.close(done)) };
}

/** Opens a page, recording uncaught errors, console warnings, and every request made. */
async function visit(browser, url) {
  const page = await browser.newPage();
  const report = { errors: [], console: [], requests: [] };
  page.on('pageerror', (error) => report.errors.push(String(error?.message ?? error)));
  page.on('console', (message) => ['error', 'warn', 'warning'].includes(message.type()) && report.console.push(message.text()));
  // The browser's own requests (an icon, Firefox's fonts as data: addresses) are none of the page's.
  page.on('request', (request) => !/\/favicon\.ico$|^data:/.test(request.url()) && report.requests.push(request.url()));
  await page.goto(url, { waitUntil: 'load' });
  return { page, report };
}

/** What a composed tree of elements says, shadow roots included. */
const textOf = (selector) => {
  const walk = (node) => [...(node.shadowRoot ?? node).childNodes].map((child) => (child.nodeType === 3 ? child.textContent : child.nodeType === 1 ? walk(child) : '')).join(' ');
  return [...document.querySelectorAll(selector)].map(walk).join(' ').replace(/\s+/g, ' ');
};

describe('release files from the snippet builder', { skip }, () => {
  let site;
  before(async () => {
    site = await builderServer();
  });
  after(() => site?.close());

  for (const name of browsers) {
    describe(`in ${name}`, () => {
      let browser;
      let folder;
      before(async () => {
        browser = await launch(name);
        folder = await mkdtemp(join(tmpdir(), 'ubs-release-'));
      });
      after(async () => {
        await browser.close();
        await rm(folder, { recursive: true, force: true });
      });

      it('every release file downloads from the builder\'s links, as released, with its size said', async () => {
        const { page, report } = await site.openBuilder(browser);
        try {
          const links = await page.$$eval('#downloads a[data-download]', (anchors) => anchors.map((a) => ({ id: a.dataset.download, href: a.href, name: a.getAttribute('download'), text: a.textContent })));
          assert.deepEqual(links.map((link) => link.id), ['files', 'wordpress', 'singlePaste', 'package', 'changelog', 'sums']);
          if (name === 'chromium') {
            // Chromium saves a clicked download into a folder of the test's.
            const session = await browser.target().createCDPSession();
            await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder });
          }
          for (const link of links) {
            const expected = readFileSync(join(RELEASE, link.name));
            assert.equal(link.name, release.files[link.id].file);
            // In KB, or in MB with one decimal from 1 MB up.
            const size = expected.length >= 1024 * 1024 ? `${(expected.length / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(expected.length / 1024))} KB`;
            assert.ok(link.text.endsWith(`, ${size})`), `${link.id}: its size, ${size}: ${link.text}`);
            let got;
            if (name === 'chromium') {
              await page.click(`#downloads a[data-download="${link.id}"]`);
              const saved = join(folder, link.name);
              for (let tries = 0; tries < 100 && !(existsSync(saved) && readFileSync(saved).length === expected.length); tries++) await new Promise((done) => setTimeout(done, 100));
              got = readFileSync(saved);
            } else {
              got = Buffer.from(await page.evaluate(async (href) => [...new Uint8Array(await (await fetch(href)).arrayBuffer())], link.href));
              await writeFile(join(folder, link.name), got);
            }
            assert.ok(got.equals(expected), `${link.id}: the downloaded file is the released one`);
            if (release.files[link.id].integrity) assert.equal(sri(got), release.files[link.id].integrity, `${link.id}: its SHA-384`);
          }
          // SHA384SUMS lists every other file with its hash, as `sha384sum -c` reads it.
          const sums = readFileSync(join(folder, 'SHA384SUMS'), 'utf8').trim().split('\n');
          for (const line of sums) {
            const [, hash, file] = /^([0-9a-f]{96}) {2}(.+)$/.exec(line);
            assert.equal(createHash('sha384').update(readFileSync(join(folder, file))).digest('hex'), hash, file);
          }
          assert.equal(sums.length, 5);
          assert.deepEqual(report.errors, []);
        } finally {
          await page.close();
        }
      });

      it('the files zip: its READ-ME\'s code and the builder\'s HTML route work from its folder ubs/ on a clinic\'s server', async () => {
        const files = unzip(readFileSync(join(RELEASE, release.files.files.file)));
        assert.ok(files.has('READ-ME.txt') && files.has('LICENSE'), [...files.keys()].join(', '));
        // The folder holds every script-tag file of the release, unchanged (the integrity the CDN route uses),
        // and beside each its .gz and .br, for a server that sends them as they are (issue 30).
        const compressed = /\.(?:gz|br)$/;
        const inFolder = [...files.keys()].filter((file) => file.startsWith('ubs/')).map((file) => file.slice(4));
        assert.deepEqual(inFolder.filter((file) => !compressed.test(file)).sort(), Object.keys(release.cdn.integrity).sort());
        for (const [file, data] of files) if (file.startsWith('ubs/') && !compressed.test(file)) assert.equal(sri(data), release.cdn.integrity[file.slice(4)], file);
        for (const file of Object.keys(release.cdn.integrity)) {
          const original = files.get(`ubs/${file}`);
          assert.ok(gunzipSync(files.get(`ubs/${file}.gz`)).equals(original), `${file}.gz`);
          assert.ok(brotliDecompressSync(files.get(`ubs/${file}.br`)).equals(original), `${file}.br`);
        }
        const unpacked = join(folder, 'unpacked');
        for (const [file, data] of files) {
          await mkdir(dirname(join(unpacked, file)), { recursive: true });
          await writeFile(join(unpacked, file), data);
        }
        const clinic = await clinicServer(unpacked);
        try {
          // The READ-ME's simplest code, as written in it (English, then Spanish).
          const readMe = files.get('READ-ME.txt').toString('utf8');
          const examples = [...readMe.matchAll(/^ {5}(<script [\s\S]*?)\r?\n\r?\n/gm)].map((match) => match[1].replace(/\r?\n\s*/g, '\n'));
          assert.equal(examples.length, 2, 'an example in each language');
          clinic.pages.set('/readme.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Guide</title></head><body>${examples[1]}</body></html>`);
          let { page, report } = await visit(browser, `${clinic.origin}/readme.html`);
          await rendered(page.mainFrame());
          assert.match(await page.evaluate(textOf, 'back-surgery-guide'), /¿Qué es la cirugía de la parte alta de la espalda\?/, 'the Spanish example, Spanish from the folder');
          assert.ok(clinic.requests.includes('/ubs/upper-back-surgery-es.js'));
          assert.deepEqual([report.errors, report.console], [[], []]);
          await page.close();

          // The builder's code for an HTML page, pasted as its steps say.
          const parts = await site.copyRoute(browser, CHOICES.toString(), 'html');
          clinic.pages.set('/guide.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Guide</title>${parts.head}</head><body>${parts.body}</body></html>`);
          clinic.requests.length = 0;
          ({ page, report } = await visit(browser, `${clinic.origin}/guide.html`));
          await rendered(page.mainFrame());
          await sourcesFetched(page.mainFrame());
          assert.match(await page.evaluate(textOf, 'second-opinion'), /Clínica Riverside/);
          assert.deepEqual(clinic.requests.filter((path) => path.startsWith('/ubs/')).sort(), ['/ubs/upper-back-surgery-es.js', '/ubs/upper-back-surgery-sources.js', '/ubs/upper-back-surgery.iife.js']);
          assert.deepEqual(report.requests.filter((url) => !url.startsWith(clinic.origin)), []);
          assert.deepEqual([report.errors, report.console], [[], []]);
          await page.close();
        } finally {
          await clinic.close();
        }
      });

      describe('the single paste', () => {
        /** The Squarespace route's code for `choices`, as Copy gives it, and the hash its notes state. */
        async function singlePasteCode(choices) {
          const { page } = await site.openBuilder(browser, new URLSearchParams(choices).toString());
          try {
            await chooseRoute(page, 'squarespace');
            const { code } = await copyEach(page);
            const notes = await page.$eval('.notes', (list) => list.textContent);
            return { code, hash: /'(sha384-[\w+/=]+)'/.exec(notes)?.[1], steps: await page.$eval('.steps', (list) => list.textContent) };
          } finally {
            await page.close();
          }
        }

        let clinic;
        before(async () => {
          clinic = await clinicServer(join(folder, 'empty'));
        });
        after(() => clinic.close());

        it('holds the whole library: Spanish, the sources and the clinic\'s text changes, with no request but the page', async () => {
          const { code, steps } = await singlePasteCode({ show: 'recovery-tips,second-opinion', 'clinic-name': 'Clínica Riverside', phone: '+1 555 010 0100', lang: 'es', route: 'squarespace' });
          const script = readFileSync(join(RELEASE, release.files.singlePaste.file), 'utf8');
          assert.ok(code.startsWith(`<script type="module">${script}</script>\n`), 'the released script, inside <script type="module"> tags (deferred: the page paints first)');
          assert.match(steps, /Nothing to upload: .*\(143 KB\)|Nothing to upload: .*\(\d+ KB\)/);
          // A settings element with the clinic's own words (the text-change engine) beside what was copied.
          const changes = `<ubs-settings content='{"es":{"recovery":{"title":"Después de su operación en Riverside"}}}'></ubs-settings>`;
          clinic.pages.set('/single.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Guide</title></head><body><main>${code}\n${changes}</main></body></html>`);
          clinic.requests.length = 0;
          const { page, report } = await visit(browser, `${clinic.origin}/single.html`);
          try {
            await rendered(page.mainFrame());
            await page.waitForFunction(() => document.querySelector('recovery-tips').shadowRoot.querySelector('[part="sources"] li'), { timeout: scaled(10000) });
            const text = await page.evaluate(textOf, 'recovery-tips, second-opinion');
            assert.match(text, /Después de su operación en Riverside/, 'the clinic\'s text change, in Spanish');
            assert.match(text, /Clínica Riverside/);
            assert.match(text, /Fuentes \(\d+\)/, 'the list of sources');
            assert.deepEqual(report.requests, [`${clinic.origin}/single.html`], 'nothing asked for but the page');
            assert.deepEqual([report.errors, report.console], [[], []]);
          } finally {
            await page.close();
          }
        });

        it('loads nothing, whatever page markup and scripts say about where its files are', async () => {
          const { code } = await singlePasteCode({ show: 'risk-list', lang: 'es', route: 'squarespace' });
          clinic.pages.set(
            '/pointed.html',
            `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Guide</title><script>window.ubsBaseUrl = 'https://evil.example/';</script></head><body><a id="ubsBaseUrl" href="https://evil.example/x/">x</a><img name="currentScript" src="data:,"><form name="currentScript" action="https://evil.example/"></form>${code}<ubs-settings content='{"es":{"risks":{"title":"Riesgos en Riverside"}}}'></ubs-settings></body></html>`,
          );
          const { page, report } = await visit(browser, `${clinic.origin}/pointed.html`);
          try {
            await rendered(page.mainFrame());
            assert.match(await page.evaluate(textOf, 'risk-list'), /Riesgos en Riverside/);
            assert.deepEqual(report.requests, [`${clinic.origin}/pointed.html`]);
            assert.deepEqual(report.errors, []);
          } finally {
            await page.close();
          }
        });

        it('runs under a Content-Security-Policy that allows it by the hash the builder states, and only by it', async () => {
          const { code, hash } = await singlePasteCode({ show: 'surgery-faq', route: 'squarespace' });
          assert.equal(hash, release.files.singlePaste.integrity, 'the stated hash is the script\'s');
          const page_ = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Guide</title></head><body>${code}</body></html>`;
          for (const [path, policy, runs] of [
            ['/csp-hash.html', `default-src 'self'; script-src '${hash}'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html upper-back-surgery`, true],
            ['/csp-self.html', "default-src 'self'; script-src 'self'; style-src 'self'", false],
          ]) {
            clinic.pages.set(path, page_);
            clinic.headers.set(path, { 'content-security-policy': policy });
            const { page, report } = await visit(browser, `${clinic.origin}${path}`);
            try {
              if (runs) {
                await rendered(page.mainFrame());
                assert.match(await page.evaluate(textOf, 'surgery-faq'), /Is the surgery painful\?/);
                assert.deepEqual(report.errors, []);
              } else {
                await new Promise((done) => setTimeout(done, 500));
                assert.equal(await page.evaluate(() => Boolean(customElements.get('surgery-faq'))), false, 'without the hash, the policy blocks it');
              }
            } finally {
              await page.close();
            }
          }
        });
      });
    });
  }
});
