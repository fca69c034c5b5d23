// The snippet builder as a person uses it, for the builder's tests: served from this repository as
// `npm start` serves it (dist/builder/ beside dist/cdn/ and dist/release/), opened with a clipboard
// that records what Copy puts on it, its routes chosen and its code copied.
import { scaled } from '../timeouts.mjs';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { rendered } from '../embed/harness.mjs';
import { contentTypes, fileFor } from '../../scripts/static-files.mjs';

export const root = resolve('.');

/** The configuration most tests use, as the builder's own link writes it. */
export const CHOICES = new URLSearchParams({
  show: 'risk-list,second-opinion',
  'risk-list.heading-level': '3',
  'risk-list.show': 'common',
  'second-opinion.heading-level': '3',
  'clinic-name': 'Clínica Riverside',
  phone: '+1 555 010 0100',
  'emergency-number': '112',
  accent: '#6b2c91',
  lang: 'es',
});

/**
 * Serves the repository. `pasted` holds pages made by pasting, served at /pasted/<file> with the
 * response headers `headers` gives them (any other file there is demo/embed's own); `requests` lists
 * every address asked for.
 */
export async function builderServer() {
  // The builder offers the release files, and two routes' code is the single paste from among them.
  if (!existsSync(join(root, 'dist/release/release.json'))) throw new Error('The snippet builder\'s tests need the release files: run `npm run build && npm run release` first.');
  const pasted = new Map();
  const headers = new Map();
  const requests = [];
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    requests.push(request.url);
    if (pathname === '/favicon.ico') return response.writeHead(204).end();
    const name = pathname.startsWith('/pasted/') ? pathname.slice(8) : undefined;
    const file = name ? join(root, 'demo/embed', name) : fileFor(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    try {
      const body = name && pasted.has(name) ? pasted.get(name) : await readFile(file);
      const type = contentTypes[extname(pathname.endsWith('/') ? 'index.html' : pathname)] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...(headers.get(name) ?? {}) }).end(body);
    } catch {
      response.writeHead(404).end('Not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;

  /**
   * Opens the builder with the clipboard replaced by a recorder (headless browsers have none to
   * read back), and records errors and every request that would leave the page's origin.
   */
  async function openBuilder(browser, fragment = '', viewport = { width: 1280, height: 900 }) {
    const page = await browser.newPage();
    await page.setViewport(viewport);
    const report = { errors: [], foreign: [] };
    page.on('pageerror', (error) => report.errors.push(String(error?.message ?? error)));
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().startsWith(origin) || /^(data|about):/.test(request.url())) return request.continue();
      report.foreign.push(request.url());
      return request.abort();
    });
    await page.evaluateOnNewDocument(() => {
      window.__copied = [];
      window.__pwned = (what) => (window.__ran = [...(window.__ran ?? []), what]);
      const clipboard = { writeText: async (text) => void window.__copied.push(text) };
      Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => clipboard });
    });
    await page.goto(`${origin}/dist/builder/${fragment ? `#${fragment}` : ''}`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.body.classList.contains('ready'), { timeout: scaled(10000) });
    return { page, report };
  }

  /**
   * The code a person copies for `route` from the builder opened at `fragment`, by part. `inspect(page)`
   * may look at the builder first; the builder is closed either way.
   */
  async function copyRoute(browser, fragment, route, inspect = async () => {}) {
    const { page } = await openBuilder(browser, fragment);
    try {
      await chooseRoute(page, route);
      const parts = await copyEach(page);
      await inspect(page);
      return parts;
    } finally {
      await page.close();
    }
  }

  return { origin, pasted, headers, requests, openBuilder, copyRoute, close: () => new Promise((done) => server.close(done)) };
}

/** The preview's frame, once its elements have rendered (the frame is rebuilt with the form). */
export async function preview(page, check = () => true) {
  let frame;
  await page.waitForFunction(() => document.querySelector('#preview-frame')?.contentDocument?.getElementById('preview'), { timeout: scaled(10000) });
  for (let tries = 0; tries < 50; tries++) {
    frame = page.frames().find((candidate) => candidate.url().endsWith('/dist/builder/preview.html'));
    if (frame) break;
    await new Promise((done) => setTimeout(done, 100));
  }
  await rendered(frame);
  await frame.waitForFunction(check, { timeout: scaled(10000) });
  return frame;
}

/** Clicks every copy button of the code shown, and returns what each put on the clipboard, by part. */
export async function copyEach(page) {
  const ids = await page.$$eval('button.copy', (buttons) => buttons.map((button) => button.dataset.part));
  const copied = {};
  for (const id of ids) {
    await page.click(`button.copy[data-part="${id}"]`);
    copied[id] = await page.evaluate(() => window.__copied.at(-1));
    assert.equal(await page.$eval('#copy-status', (status) => status.textContent), 'Copied.');
  }
  return copied;
}

/** Chooses a route with the mouse, and waits for its code (the single paste's is read from the release). */
export async function chooseRoute(page, route) {
  await page.click(`#route-${route}`);
  await page.waitForFunction((route) => location.hash.includes(`route=${route}`) && document.querySelector(`#code[data-route="${route}"]`), { timeout: scaled(10000) }, route);
}

/** A part's code with the single paste's script (the whole library, whose text is not the person's) left out. */
export const withoutLibrary = (code) => code.replace(/<script type="module">[\s\S]*?<\/script>/, '<script type="module">…</script>');

/** The code of every part shown, by part, as the Copy buttons would copy it. */
export const codeEach = (page) => page.$$eval('pre[id^="part-"]', (pres) => Object.fromEntries(pres.map((pre) => [pre.id.slice(5), pre.textContent])));
