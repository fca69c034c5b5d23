// The attack suite's hostile pages: a clinic's server (the built bundles at /ubs/, pages made by each
// test) and an attacker's server on another origin, opened in Debian's Chromium and Firefox ESR.
// Each page load records what would hurt the host: uncaught errors, the library's warnings, CSP and
// Trusted Types violations, requests to the attacker, and code the attacker got to run.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath, firefoxPath } from '../../scripts/browsers.mjs';
import { contentTypes } from '../../scripts/static-files.mjs';
import { scaled } from '../timeouts.mjs';

export { browsers } from '../embed/harness.mjs';

/** Debian's Chromium or Firefox ESR; a page that hangs (an endless loop) fails its test within 20 s. */
export function launch(name) {
  const protocolTimeout = scaled(20000);
  if (name === 'firefox') return puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true, protocolTimeout });
  return puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs, protocolTimeout });
}

/** The built bundles under test; ATTACK_DIST points elsewhere to run the suite against an older build. */
const dist = resolve(process.env.ATTACK_DIST ?? 'dist/cdn');

/** Whether to run every case (`npm run test:attack`) or a representative few (`npm test`). */
export const full = process.env.ATTACK_FULL === '1';

/** `cases` in full runs; in `npm test`, the ones whose index is in `few`. */
export const pick = (cases, few) => (full ? cases : cases.filter((_, index) => few.includes(index)));

/** What the attacker's server answers for any script: proof that it ran, then nothing else. */
const EVIL_JS = 'try{top.__x("evil:"+import.meta.url)}catch{};document.title="PWNED";export const es=undefined;';

function listen(handler) {
  const server = createServer(handler);
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const originOf = (server) => `http://127.0.0.1:${server.address().port}`;

/**
 * Starts both servers. Folders: `/ubs/` the bundles; `/ubs-empty/` the same with an empty Spanish
 * file (a failed upload); `/ubs-slow/` the same with a Spanish file that arrives after `slowMs`.
 * `/ubs-empty-<chunk>/` and `/ubs-slow-<chunk>/` do the same to another chunk (`sources`,
 * `content-overrides`). `page(html, headers)` serves a page and gives its URL.
 */
export async function startServers({ slowMs = 5000 } = {}) {
  const pages = new Map();
  const evilRequests = [];
  const evil = await listen((request, response) => {
    evilRequests.push(request.url);
    response.writeHead(200, { 'content-type': 'text/javascript', 'access-control-allow-origin': '*' }).end(EVIL_JS);
  });
  const timers = new Set();
  const clinic = await listen(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const page = pages.get(url.pathname);
    if (page) return response.writeHead(200, { 'content-type': contentTypes['.html'], ...page.headers }).end(page.html);
    const match = /^\/ubs(?:-(empty|slow)(?:-([\w-]+))?)?\/([\w.-]+)$/.exec(url.pathname);
    if (!match) return response.writeHead(404).end();
    const [, folder, chunk = 'es', file] = match;
    const target = file === `upper-back-surgery-${chunk}.js`;
    if (folder === 'slow' && target) {
      await new Promise((done) => {
        const timer = setTimeout(done, slowMs);
        timers.add(timer);
        response.on('close', () => (clearTimeout(timer), done()));
      });
    }
    try {
      const body = folder === 'empty' && target ? '' : await readFile(join(dist, file));
      response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  let count = 0;
  return {
    origin: originOf(clinic),
    evilOrigin: originOf(evil),
    evilRequests,
    page(html, headers = {}) {
      const path = `/p/${++count}.html`;
      pages.set(path, { html, headers });
      return `${originOf(clinic)}${path}`;
    },
    close: () => Promise.all([clinic, evil].map((server) => (server.closeAllConnections(), new Promise((done) => server.close(done))))),
  };
}

/** The classic and the module bundle, as a clinic pastes them. */
export const SCRIPTS = {
  iife: '<script src="/ubs/upper-back-surgery.iife.js"></script>',
  esm: '<script type="module" src="/ubs/upper-back-surgery.js"></script>',
};

/** A whole page: `head` and `body` markup. */
export const html = ({ head = '', body = '', lang = 'en' }) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>clinic</title>${head}</head><body>${body}</body></html>`;

/**
 * Opens `url` (resolving at `waitUntil`: 'domcontentloaded' for a page whose files are slow on
 * purpose, as Firefox holds `load` for them) and records: `errors` (uncaught, in the page or its promises), `warnings` (the
 * library's), `consoleErrors`, and, read by `finish()`, `violations` (CSP and Trusted Types),
 * `executed` (attacker code that ran), `dangerous` (markup a payload could have made, in any shadow root).
 */
export async function open(browser, url, { waitUntil = 'load' } = {}) {
  const page = await browser.newPage();
  const report = { errors: [], warnings: [], consoleErrors: [] };
  page.on('pageerror', (error) => {
    const message = String(error?.message ?? error);
    // Firefox reports each CSP violation this way too; those are counted as violations, not errors.
    if (!message.startsWith('Content-Security-Policy:')) report.errors.push(message);
  });
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'warn' || message.type() === 'warning') {
      if (text.startsWith('upper-back-surgery-elements:')) report.warnings.push(text);
    } else if (message.type() === 'error') report.consoleErrors.push(text);
  });
  page.on('dialog', (dialog) => {
    report.errors.push(`dialog: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  // Before any page script, outside the page's CSP.
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    window.__executed = [];
    window.__x = (what) => window.__executed.push(String(what));
    document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    window.__rejections = [];
    window.addEventListener('unhandledrejection', (event) => window.__rejections.push(String(event.reason)));
    window.addEventListener('error', (event) => window.__rejections.push(String(event.message)));
  });
  await page.goto(url, { waitUntil });
  report.page = page;
  report.finish = async () => {
    Object.assign(report, await page.evaluate(scan));
    await page.close();
    return report;
  };
  return report;
}

/** In the page: what ran, what was refused, and what a payload could have left in any shadow root. */
function scan() {
  const dangerous = [];
  // Through the prototype: the page may have clobbered document.querySelectorAll.
  const visit = (root) => {
    for (const element of (root === document ? Document : DocumentFragment).prototype.querySelectorAll.call(root, '*')) {
      const where = `${element.getRootNode() === document ? 'page' : 'shadow'} <${element.localName}>`;
      if (element.getRootNode() !== document && /^(script|img|svg|iframe|object|embed|math|style|link|meta|base|frame|video|audio|source)$/.test(element.localName)) {
        dangerous.push(where);
      }
      for (const { name, value } of element.attributes) {
        if (element.getRootNode() !== document && name.startsWith('on')) dangerous.push(`${where} ${name}`);
        if (/^(href|src|action|formaction|xlink:href)$/.test(name) && /^\s*(javascript|data|vbscript):/i.test(value)) dangerous.push(`${where} ${name}=${value}`);
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  return { violations: window.__violations, executed: window.__executed, inPageErrors: window.__rejections, dangerous, title: document.title };
}

/** `[tag, text]` for each of the library's elements on the page: what it shows, through its shadow root, nested sections included. */
export function renderedText(page) {
  return page.evaluate(() => {
    const text = (node) =>
      [...(node.shadowRoot ?? node).childNodes]
        .map((child) => (child.nodeType === 3 ? child.textContent : child.nodeType === 1 && child.localName !== 'style' ? text(child) : ''))
        .join(' ');
    return [...Document.prototype.querySelectorAll.call(document, '*')]
      .filter((element) => element.localName.includes('-') && element.localName !== 'ubs-settings')
      .map((element) => [element.localName, element.shadowRoot ? text(element).replace(/\s+/g, ' ').trim() : '']);
  });
}

/** Waits until every element of the library on the page shows text, or `ms` passes; resolves to whether they all do. */
export async function allRendered(page, ms = scaled(6000)) {
  try {
    await page.waitForFunction(
      () => {
        const ours = [...Document.prototype.querySelectorAll.call(document, '*')].filter((element) => element.localName.includes('-') && element.localName !== 'ubs-settings');
        return ours.length > 0 && ours.every((element) => element.shadowRoot && element.shadowRoot.textContent.trim().length > 0);
      },
      { timeout: ms, polling: 50 },
    );
    return true;
  } catch {
    return false;
  }
}

/** Gives a page time for late requests and updates (a language chunk, a re-render). */
export const settle = (ms = 300) => new Promise((done) => setTimeout(done, ms));
