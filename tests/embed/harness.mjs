// Real pages in real browsers, for what the browser test runner cannot do: response headers
// (Content-Security-Policy), JavaScript switched off, every request a page makes, whole-page layout.
// Serves the repository as a clinic's web server would, with the built bundles uploaded at /ubs/.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath, firefoxPath } from '../../scripts/browsers.mjs';
import { snippetsOf } from '../../scripts/snippets.mjs';
import { contentTypes, fileFor as repoFile } from '../../scripts/static-files.mjs';
import { scaled } from '../timeouts.mjs';

const root = resolve('.');
/** The policy of the strict page: scripts and styles from the page's own origin only. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/** Where a snippet that cannot use the clinic's own server (Wix) loads the bundle from. */
export const CDN_PREFIX = 'https://cdn.jsdelivr.net/npm/upper-back-surgery-elements@';

/** The file a request path stands for (a folder's is its index.html). */
const fileFor = (pathname) => repoFile(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);

/** Starts the server; resolves to `{ origin, requests, close }`. `requests` lists every path served. */
export async function startServer() {
  const requests = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    if (url.pathname === '/favicon.ico') return response.writeHead(204).end();
    // ?delay=300: answer late, as a slow server would.
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay) await new Promise((done) => setTimeout(done, delay));
    const file = fileFor(url.pathname);
    try {
      const body = await readFile(file);
      const headers = { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (url.pathname.endsWith('/csp.html')) headers['content-security-policy'] = STRICT_CSP;
      // ?pause-after=TEXT: send the page up to TEXT, wait, then the rest, as a slow network delivers
      // HTML in pieces (the parser sees the first part before the rest exists).
      const pauseAfter = url.searchParams.get('pause-after');
      const cut = pauseAfter ? body.indexOf(pauseAfter) : -1;
      if (cut < 0) return response.writeHead(200, headers).end(body);
      response.writeHead(200, headers);
      response.write(body.subarray(0, cut + Buffer.byteLength(pauseAfter)));
      await new Promise((done) => setTimeout(done, 400));
      response.end(body.subarray(cut + Buffer.byteLength(pauseAfter)));
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, requests, close: () => new Promise((done) => server.close(done)) };
}

export const browsers = (process.env.BROWSERS ?? 'chromium,firefox').split(',');

/** Launches Debian's Chromium or Firefox ESR, as the browser tests do. */
export function launch(name) {
  if (name === 'firefox') {
    return puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });
  }
  return puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

/**
 * Opens a page and records what a webmaster would see go wrong: uncaught errors, console errors and
 * warnings, CSP violations, and every request that leaves the page's own origin (answered locally
 * for the CDN snippet, refused otherwise).
 */
export async function openPage(browser, origin, path) {
  const page = await browser.newPage();
  const report = { errors: [], console: [], foreign: [] };
  page.on('pageerror', (error) => report.errors.push(String(error?.message ?? error)));
  page.on('console', (message) => {
    if (['error', 'warn', 'warning'].includes(message.type())) report.console.push(`${message.type()}: ${message.text()}`);
  });
  await page.setRequestInterception(true);
  page.on('request', async (request) => {
    const url = request.url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('about:')) return request.continue();
    report.foreign.push(url);
    if (url.startsWith(CDN_PREFIX)) {
      const file = url.slice(CDN_PREFIX.length).replace(/^[^/]+\/dist\/cdn\//, 'dist/cdn/');
      // As the public CDN does: its files may be imported from any site (the bundle imports its chunks).
      return request.respond({
        status: 200,
        contentType: contentTypes[extname(file)] ?? 'text/javascript',
        headers: { 'access-control-allow-origin': '*' },
        body: await readFile(join(root, file)),
      });
    }
    return request.abort();
  });
  // Runs before the page's own scripts, outside its CSP: records policy violations.
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  return { page, report };
}

/** Waits until every custom element on the page (in every frame) has rendered text. */
export async function rendered(frame) {
  await frame.waitForFunction(
    () => {
      const all = [...document.querySelectorAll('*')].filter((el) => el.localName.includes('-') && el.localName !== 'ubs-settings');
      return all.length > 0 && all.every((el) => customElements.get(el.localName) && el.shadowRoot && el.shadowRoot.textContent.trim().length > 0);
    },
    { timeout: scaled(10000) },
  );
}

/**
 * Waits until the frame has fetched the list of sources. The elements start that load after their first
 * paint, so a test that lists a page's requests waits for it once the text shows.
 */
export async function sourcesFetched(frame) {
  await frame.waitForFunction(
    () => performance.getEntriesByType('resource').some((entry) => /upper-back-surgery-sources\.js$/.test(new URL(entry.name).pathname)),
    { timeout: scaled(10000) },
  );
}

/** The snippets a file of the repository holds (see scripts/snippets.mjs). */
export async function snippetsIn(path) {
  return snippetsOf(await readFile(join(root, path), 'utf8'));
}
