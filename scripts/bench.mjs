// Benchmark: what the custom elements cost a clinic's page compared with the physical limit, the
// same guide as plain HTML with no JavaScript at all.
//
//   node scripts/bench.mjs            (BENCH_RUNS=7 runs by default; CHROMIUM_PATH=/usr/bin/chromium)
//
// 1. Builds dist/ if it is missing.
// 2. Writes .bench/pages/: elements.html (a clinic page with <back-surgery-guide>) and static.html (the
//    same page after rendering, serialised as declarative shadow DOM, scripts removed), and checks that
//    static.html shows the same text with JavaScript off.
// 3. Loads each page in headless Chromium from a local gzip server, N times, each in a fresh browser
//    context, and reports medians: bytes, first contentful paint, time to content, CLS; then the cost
//    of rendering 1, 10 and 100 <risk-list> elements (time and heap) against the same number of static
//    copies. Everything again with the CPU slowed down 4x, roughly a mid-range phone.
// 4. Prints one table per condition and writes .bench/results.json.
//
// A measurement, not a test: it fails only when it cannot measure (or the static page is not a
// faithful copy), never because a number is high.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './browsers.mjs';
import {
  finalHeadingText,
  installHelpers,
  installProbes,
  readLoadMetrics,
  renderCopies,
  riskListMarkup,
  serializeRenderedPage,
} from './bench/in-page.mjs';
import { elementsPage, renderPage, stripLitMarkers } from './bench/pages.mjs';
import { median, table } from './bench/report.mjs';
import { startServer } from './bench/server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bundleFile = join(root, 'dist/cdn/upper-back-surgery.js');
const benchDir = join(root, '.bench');
const pagesDir = join(benchDir, 'pages');

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const COUNTS = [1, 10, 100];
const CONDITIONS = [
  { name: 'no throttle', rate: 1 },
  { name: '4x CPU throttle', rate: 4 },
];
const VIEWPORT = { width: 1280, height: 800 };
/** The guide's last section is the disclaimer, rendered inside the guide's shadow root. */
const FINAL_HOST_PATH = ['back-surgery-guide', 'medical-disclaimer'];
/** Layout shifts are reported a little after they happen; wait this long after `load` before reading CLS. */
const AFTER_LOAD_MS = 500;
/** The static page must show this close to the same amount of text as the elements page. */
const TEXT_TOLERANCE = 0.02;

let browser;
let server;

async function cleanUp() {
  const [openBrowser, openServer] = [browser, server];
  browser = server = undefined;
  await openBrowser?.close().catch(() => {});
  await openServer?.close().catch(() => {});
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => cleanUp().finally(() => process.exit(1)));
}

const log = (message) => process.stderr.write(`${message}\n`);

function ensureBuild() {
  if (existsSync(bundleFile)) return;
  log('dist/cdn/upper-back-surgery.js is missing: running `npm run build`…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(bundleFile)) throw new Error('`npm run build` did not produce dist/cdn/upper-back-surgery.js');
}

/**
 * Runs `use` in a new page of a new browser context: no cookies, storage or HTTP cache from earlier
 * runs (each run is a first visit), the cache also disabled, and the CPU slowed down by `rate`.
 */
async function inFreshPage({ rate = 1, javaScript = true } = {}, use) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setCacheEnabled(false);
    await page.setViewport(VIEWPORT);
    if (!javaScript) await page.setJavaScriptEnabled(false);
    const cdp = await page.createCDPSession();
    if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    return await use(page, cdp);
  } finally {
    await context.close();
  }
}

const url = (page) => `${server.origin}/bench/${page}`;

const nonSpace = (text) => text.replace(/\s/g, '').length;

/** Waits until every element has rendered, nested ones included, then two frames so it is on screen. */
async function settlePage(page) {
  await page.evaluate(installHelpers);
  await page.evaluate(async () => {
    await window.__bench.settle();
    await window.__bench.nextFrame();
    await window.__bench.nextFrame();
  });
}

/** Writes the pages and checks that the static one is a faithful copy. Returns what the runs need. */
async function generatePages() {
  mkdirSync(pagesDir, { recursive: true });
  writeFileSync(join(pagesDir, 'elements.html'), elementsPage());
  writeFileSync(join(pagesDir, 'render-elements.html'), renderPage(true));
  writeFileSync(join(pagesDir, 'render-static.html'), renderPage(false));

  const rendered = await inFreshPage({}, async (page) => {
    await page.goto(url('elements.html'), { waitUntil: 'load' });
    await settlePage(page);
    const text = await page.evaluate(() => window.__bench.visibleText());
    const finalHeading = await page.evaluate(finalHeadingText, FINAL_HOST_PATH);
    const { html, shadowRoots } = await page.evaluate(serializeRenderedPage);
    return { text, finalHeading, html: stripLitMarkers(html), shadowRoots };
  });
  if (!rendered.finalHeading) throw new Error('found no heading in <medical-disclaimer>: cannot tell when the content is rendered');
  writeFileSync(join(pagesDir, 'static.html'), rendered.html);

  // The static page must stand on its own: no script, every shadow root rebuilt by the parser, and the
  // same text on screen, with JavaScript switched off.
  const staticView = await inFreshPage({ javaScript: false }, async (page) => {
    await page.goto(url('static.html'), { waitUntil: 'load' });
    await page.evaluate(installHelpers);
    return page.evaluate(
      (path) => ({
        scripts: document.querySelectorAll('script').length,
        shadowRoots: window.__bench.shadowHosts(document).length,
        text: window.__bench.visibleText(),
        finalHeading: (() => {
          let node = document;
          for (const selector of path) node = node.querySelector(selector)?.shadowRoot;
          return node ? [...node.querySelectorAll('h1, h2, h3, h4, h5, h6')].at(-1)?.textContent.trim() : null;
        })(),
      }),
      FINAL_HOST_PATH,
    );
  });
  const [elementsLength, staticLength] = [nonSpace(rendered.text), nonSpace(staticView.text)];
  const difference = Math.abs(staticLength - elementsLength) / elementsLength;
  const problems = [];
  if (staticView.scripts !== 0) problems.push(`static.html still has ${staticView.scripts} <script>`);
  if (staticView.shadowRoots !== rendered.shadowRoots) {
    problems.push(`static.html has ${staticView.shadowRoots} shadow roots, the rendered page ${rendered.shadowRoots}`);
  }
  if (difference > TEXT_TOLERANCE) {
    problems.push(`static.html shows ${staticLength} characters of text, elements.html ${elementsLength} (${(difference * 100).toFixed(1)}% apart)`);
  }
  if (staticView.finalHeading !== rendered.finalHeading) problems.push(`static.html does not end with "${rendered.finalHeading}"`);
  if (problems.length) throw new Error(`static.html is not a faithful copy of elements.html:\n  ${problems.join('\n  ')}`);

  // The static twin of one <risk-list>, for the render-cost comparison; checked the same way.
  const riskList = await inFreshPage({}, async (page) => {
    await page.goto(url('render-elements.html'), { waitUntil: 'load' });
    await page.evaluate(installHelpers);
    await page.evaluate(() => customElements.whenDefined('risk-list'));
    await page.evaluate(async () => {
      const host = document.getElementById('host');
      host.replaceChildren(document.createElement('risk-list'));
      await window.__bench.settle(host);
    });
    const text = await page.evaluate(() => window.__bench.visibleText(document.getElementById('host')));
    const hosts = await page.evaluate(() => window.__bench.shadowHosts(document.getElementById('host')).length);
    return { markup: stripLitMarkers(await page.evaluate(riskListMarkup)), text, hosts };
  });
  writeFileSync(join(pagesDir, 'risk-list.fragment.html'), riskList.markup);
  const staticRiskText = await inFreshPage({ javaScript: false }, async (page) => {
    await page.goto(url('render-static.html'), { waitUntil: 'load' });
    await page.evaluate(installHelpers);
    return page.evaluate((markup) => {
      const host = document.getElementById('host');
      host.setHTMLUnsafe(markup);
      return window.__bench.visibleText(host);
    }, riskList.markup);
  });
  if (Math.abs(nonSpace(staticRiskText) - nonSpace(riskList.text)) / nonSpace(riskList.text) > TEXT_TOLERANCE) {
    throw new Error(`the static <risk-list> shows ${nonSpace(staticRiskText)} characters, the element ${nonSpace(riskList.text)}`);
  }

  return {
    finalHeading: rendered.finalHeading,
    shadowRoots: rendered.shadowRoots,
    textLength: { elements: elementsLength, static: staticLength },
    staticHtmlBytes: Buffer.byteLength(rendered.html),
    riskListMarkup: riskList.markup,
    riskListHosts: riskList.hosts,
  };
}

/**
 * One load of a guide page. Bytes come from the server's log, so they are what actually went over the
 * wire for this load (gzip bodies, and with headers); times come from inside the page, relative to
 * the start of navigation, so they do not include Puppeteer's own messaging.
 * First contentful paint is the browser's own (a presentation time, so it can come after the probe's
 * "painted", which is when the main thread finished the frame). It is any content: on the elements page
 * the page's own <h1> can paint before the bundle has even run, so compare it with the "last content"
 * rows, which are the time to the whole guide.
 * The server is on localhost: no network latency, so the byte difference barely shows in these times.
 */
async function measureLoad(variant, rate, finalHeading) {
  return inFreshPage({ rate }, async (page) => {
    await page.evaluateOnNewDocument(installProbes, FINAL_HOST_PATH, finalHeading);
    server.log.length = 0;
    await page.goto(url(`${variant}.html`), { waitUntil: 'load' });
    await page.waitForFunction(() => window.__contentPaintedAt !== undefined, { timeout: 20_000, polling: 50 });
    await sleep(AFTER_LOAD_MS);
    const metrics = await page.evaluate(readLoadMetrics);
    const responses = server.log.splice(0);
    if (responses.some((response) => response.status !== 200)) {
      throw new Error(`${variant}.html: unexpected responses ${JSON.stringify(responses.filter((r) => r.status !== 200))}`);
    }
    return {
      ...metrics,
      requests: responses.length,
      bodyBytes: responses.reduce((sum, response) => sum + response.bodyBytes, 0),
      wireBytes: responses.reduce((sum, response) => sum + response.wireBytes, 0),
    };
  });
}

/**
 * Heap in use after a full garbage collection, so only what is still reachable counts. V8's heap is
 * the elements' JavaScript (instances, templates, parts); the embedder heap is Blink's (DOM nodes,
 * shadow roots, style sheets), which static HTML pays too.
 */
async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return { js: usage.usedSize, dom: usage.embedderHeapUsedSize ?? null };
}

/** Renders `count` risk lists (elements, or static copies) on a page where nothing else happens. */
async function measureRender(variant, count, rate, setup) {
  return inFreshPage({ rate }, async (page, cdp) => {
    await page.goto(url(`render-${variant}.html`), { waitUntil: 'load' });
    await page.evaluate(installHelpers);
    // The bundle's download and start-up are the load measurements' business: here only rendering counts.
    if (variant === 'elements') await page.evaluate(() => customElements.whenDefined('risk-list'));
    const markup = variant === 'static' ? setup.riskListMarkup : null;
    // A dry run with nothing to render compiles the timing code, so its own code and caches are in
    // the baseline and not counted as the render's heap.
    await page.evaluate(renderCopies, 0, markup);
    const before = await heapAfterGc(cdp);
    const result = await page.evaluate(renderCopies, count, markup);
    const after = await heapAfterGc(cdp);
    if (result.rendered !== count * setup.riskListHosts) {
      throw new Error(`render-${variant}: expected ${count * setup.riskListHosts} shadow roots, found ${result.rendered}`);
    }
    return {
      layoutMs: result.layoutMs,
      frameMs: result.frameMs,
      jsHeap: after.js - before.js,
      domHeap: after.dom == null ? null : after.dom - before.dom,
    };
  });
}

/** All measurements for one condition; the order of the two variants alternates between runs to spread drift. */
async function measureCondition({ name, rate }, setup) {
  const samples = { static: [], elements: [] };
  for (let run = 0; run < RUNS; run += 1) {
    log(`  ${name}: run ${run + 1}/${RUNS}`);
    const order = run % 2 ? ['elements', 'static'] : ['static', 'elements'];
    const sample = { static: {}, elements: {} };
    for (const variant of order) Object.assign(sample[variant], await measureLoad(variant, rate, setup.finalHeading));
    for (const count of COUNTS) {
      for (const variant of order) {
        const result = await measureRender(variant, count, rate, setup);
        for (const [key, value] of Object.entries(result)) sample[variant][`render${count}_${key}`] = value;
      }
    }
    samples.static.push(sample.static);
    samples.elements.push(sample.elements);
  }
  const medians = {};
  for (const variant of ['static', 'elements']) {
    medians[variant] = {};
    for (const key of Object.keys(samples[variant][0])) medians[variant][key] = median(samples[variant].map((s) => s[key]));
  }
  return { name, cpuThrottlingRate: rate, medians, samples };
}

/** The rows of a condition's table. */
function rows(medians) {
  const row = (label, unit, key) => ({ label, unit, static: medians.static[key], elements: medians.elements[key] });
  return [
    row('transfer, gzip bodies', 'bytes', 'bodyBytes'),
    row('transfer, incl. HTTP headers', 'bytes', 'wireBytes'),
    row('requests', 'count', 'requests'),
    row('first contentful paint', 'ms', 'fcpMs'),
    row('last content in DOM (rAF check)', 'ms', 'contentInDomMs'),
    row('last content painted (frame done)', 'ms', 'contentPaintedMs'),
    row('load event', 'ms', 'loadEventMs'),
    row('cumulative layout shift', 'score', 'cls'),
    ...COUNTS.flatMap((count) => [
      row(`render ${count}× risk-list: to layout`, 'ms', `render${count}_layoutMs`),
      row(`render ${count}× risk-list: to next frame`, 'ms', `render${count}_frameMs`),
      row(`render ${count}× risk-list: JS heap`, 'kb', `render${count}_jsHeap`),
      row(`render ${count}× risk-list: DOM heap`, 'kb', `render${count}_domHeap`),
    ]),
  ];
}

async function main() {
  const started = Date.now();
  if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`BENCH_RUNS must be a whole number ≥ 1, not "${process.env.BENCH_RUNS}"`);
  ensureBuild();
  mkdirSync(pagesDir, { recursive: true });
  server = await startServer({ root, pagesDir });
  browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  const chromium = await browser.version();

  log('Writing and checking .bench/pages/…');
  const setup = await generatePages();

  // One unrecorded round first: the browser's own first-use costs are no part of either page.
  log('Warming up…');
  await measureLoad('static', 1, setup.finalHeading);
  await measureLoad('elements', 1, setup.finalHeading);
  await measureRender('static', 10, 1, setup);
  await measureRender('elements', 10, 1, setup);

  const conditions = [];
  for (const condition of CONDITIONS) conditions.push(await measureCondition(condition, setup));
  const seconds = (Date.now() - started) / 1000;

  const date = new Date().toISOString();
  console.log(`# Benchmark: static HTML vs custom elements\n`);
  console.log(`Chromium: ${chromium} (headless, ${VIEWPORT.width}×${VIEWPORT.height})`);
  console.log(`Runs: ${RUNS} per measurement, median shown; fresh browser context per run, cache disabled`);
  console.log(`Date: ${date}`);
  console.log(
    `Pages: .bench/pages/elements.html, .bench/pages/static.html (${setup.shadowRoots} shadow roots as declarative shadow DOM; ` +
      `${setup.textLength.static} vs ${setup.textLength.elements} visible characters)`,
  );
  for (const condition of conditions) console.log(`\n## ${condition.name}\n\n${table(rows(condition.medians))}`);
  console.log(`\nTotal time: ${seconds.toFixed(0)} s`);

  const results = {
    date,
    chromium,
    node: process.version,
    runs: RUNS,
    viewport: VIEWPORT,
    flags: chromiumArgs,
    totalSeconds: seconds,
    pages: {
      finalHeading: setup.finalHeading,
      shadowRoots: setup.shadowRoots,
      visibleTextCharacters: setup.textLength,
      staticHtmlBytesUncompressed: setup.staticHtmlBytes,
    },
    units: { bytes: 'B', times: 'ms from navigation start (render: from the start of insertion)', heap: 'B', cls: 'score' },
    conditions,
  };
  writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('Results: .bench/results.json');
}

try {
  await main();
} catch (error) {
  console.error(`\nbench failed: ${error?.stack ?? error}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
