// Benchmark: a WordPress page with the plugin's blocks against the same text as static HTML (issue 30),
// on the test WordPress (.ci/wordpress-setup.sh, 127.0.0.1:8089; WORDPRESS_URL and WORDPRESS_DIR for
// another). Not part of `npm run bench`, which needs no WordPress.
//
//   npm run build && npm run build:wordpress && node scripts/bench-wordpress.mjs   (BENCH_RUNS=11 by default)
//
// 1. Installs the built plugin (dist/wordpress/upper-back-surgery-elements) and publishes a patient page with
//    the eight elements the plugin server-renders (every one but second-opinion and the whole guide), with a
//    clinic's settings (emergency number, reviewer, review date, brand colour).
// 2. Four pages, loaded in turn (order rotated every run), each in a fresh browser context with the cache
//    off, at 4x CPU over Lighthouse's "slow 4G" (150 ms round trip, 1.6 Mbps down, 750 kbps up):
//    - static: the server-rendered page after the script took it over, serialised with its shadow roots
//      and without scripts, served from a local gzip server: the same text as static HTML;
//    - wp-ssr: the WordPress page as the plugin prints it (server-rendered, the script deferred);
//    - wp-ssr, script blocked: the same, without the plugin's script (what the script's arrival costs);
//    - wp-csr: the same page as the plugin printed it before issue 30 (server rendering turned off with the
//      plugin's `upper_back_surgery_server_render` filter, by a must-use plugin the bench adds for
//      `?ubs-bench-csr=1` and removes afterwards).
// 3. Reports medians of the time the last element's text is painted (the first frame after every element
//    has its text and is visible), first contentful paint and layout shift, with ratios to static (median
//    of per-run ratios). Then removes the plugin and the page (tests/wordpress/wp-state.php reset).
//
// A measurement, not a test: it fails only when it cannot measure.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './browsers.mjs';
import { median } from './bench/report.mjs';
import { startServer } from './bench/server.mjs';

const SITE = process.env.WORDPRESS_URL ?? 'http://127.0.0.1:8089';
const WORDPRESS_DIR = process.env.WORDPRESS_DIR ?? '/usr/share/wordpress';
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const TAGS = ['surgery-overview', 'candidacy-check', 'conservative-care', 'procedure-compare', 'risk-list', 'recovery-tips', 'surgery-faq', 'medical-disclaimer'];
const CLINIC = { clinicName: 'Riverside Spine Clinic', phone: '+1 555 010 0100', emergencyNumber: '911', reviewerName: 'Dr. Ana Reyes', reviewDate: '2026-03-01', accent: '#6b2c91', theme: 'auto' };
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

const MU_PLUGIN = '<?php\n// Written by scripts/bench-wordpress.mjs, removed when it ends.\nadd_filter( \'upper_back_surgery_server_render\', static function ( $on ) { return $on && empty( $_GET[\'ubs-bench-csr\'] ); } );\n';

const wpState = (command, argument = '') =>
  JSON.parse(execFileSync('php', ['tests/wordpress/wp-state.php', new URL(SITE).host, command, argument], { encoding: 'utf8', env: { ...process.env, WORDPRESS_DIR } }));

/** Records, in the page, when the last element's text is first painted and the layout shift. */
function installProbe(tags) {
  window.__shift = 0;
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => (window.__shift += entry.hadRecentInput ? 0 : entry.value))).observe({ type: 'layout-shift', buffered: true });
  const ready = () =>
    tags.every((tag) => {
      const el = document.querySelector(tag);
      return el?.shadowRoot?.querySelector('[part="heading"]')?.textContent.trim() && getComputedStyle(el).visibility === 'visible';
    });
  const frame = () => {
    if (ready()) window.__textPaintedAt = performance.now();
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function load(browser, url, { withoutScript = false } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const client = await page.createCDPSession();
    await client.send('Network.enable');
    await client.send('Network.setCacheDisabled', { cacheDisabled: true });
    await client.send('Network.emulateNetworkConditions', NETWORK);
    await client.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.evaluateOnNewDocument(installProbe, TAGS);
    if (withoutScript) {
      await page.setRequestInterception(true);
      page.on('request', (request) => void (request.url().includes('/upper-back-surgery.iife.js') ? request.abort() : request.continue()));
    }
    await page.goto(url, { waitUntil: 'load', timeout: 120000 });
    await page.waitForFunction(() => window.__textPaintedAt !== undefined, { timeout: 60000 });
    // Until the script has taken every element over (or for the static page, a moment): shifts come then.
    await page.waitForFunction((tags, scriptless) => scriptless || !window.ubsBaseUrl || tags.every((tag) => document.querySelector(tag)?.hasUpdated), { timeout: 60000 }, TAGS, withoutScript);
    await new Promise((done) => setTimeout(done, 500));
    return await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation');
      return {
        text: window.__textPaintedAt,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        shift: window.__shift,
        firstByte: navigation.responseStart,
        // From the first byte of the page: what the page costs after the server (PHP, or a file) answered.
        afterFirstByte: window.__textPaintedAt - navigation.responseStart,
        htmlKb: navigation.transferSize / 1024,
        totalKb: (navigation.transferSize + performance.getEntriesByType('resource').reduce((sum, entry) => sum + entry.transferSize, 0)) / 1024,
      };
    });
  } finally {
    await context.close();
  }
}

const root = resolve('.');
let muPlugin;
const pagesDir = join(root, '.bench', 'wordpress');
let browser;
let server;
try {
  wpState('reset');
  const installed = wpState('install-staged', resolve('dist/wordpress/upper-back-surgery-elements'));
  if (installed !== true) throw new Error(`could not install the plugin: ${installed}`);
  wpState('set-option', `upper_back_surgery_settings=${JSON.stringify(CLINIC)}`);
  muPlugin = join(wpState('content-dir'), 'mu-plugins', 'ubs-bench-csr.php');
  mkdirSync(dirname(muPlugin), { recursive: true });
  writeFileSync(muPlugin, MU_PLUGIN);
  const link = wpState('publish', `UBS test: bench=${TAGS.map((tag) => `<!-- wp:upper-back-surgery/${tag} /-->`).join('\n')}`);
  browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });

  // The static twin, from the server-rendered page once the script has taken it over.
  const page = await browser.newPage();
  await page.goto(link, { waitUntil: 'networkidle0' });
  await page.waitForFunction((tags) => tags.every((tag) => document.querySelector(tag)?.hasUpdated), {}, TAGS);
  const html = await page.evaluate((tags) => {
    const hosts = tags.map((tag) => document.querySelector(tag));
    for (const host of hosts) {
      const css = host.shadowRoot.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');
      const style = document.createElement('style');
      style.textContent = css;
      host.shadowRoot.prepend(style);
    }
    for (const script of document.querySelectorAll('script')) script.remove();
    return `<!doctype html>\n<html lang="${document.documentElement.lang}">${document.documentElement.getHTML({ shadowRoots: hosts.map((host) => host.shadowRoot) })}</html>\n`;
  }, TAGS);
  await page.close();
  mkdirSync(pagesDir, { recursive: true });
  writeFileSync(join(pagesDir, 'static.html'), html);
  server = await startServer({ root, pagesDir });

  const variants = {
    static: `${server.origin}/bench/static.html`,
    'wp-ssr': link,
    'wp-csr': `${link}${link.includes('?') ? '&' : '?'}ubs-bench-csr=1`,
    // What the plugin's script costs the server-rendered page's first paint: the same page with the script blocked.
    'wp-ssr, script blocked': link,
  };
  const names = Object.keys(variants);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let run = 0; run < RUNS + 1; run++) {
    const order = names.map((_, i) => names[(i + run) % names.length]);
    const results = {};
    for (const name of order) results[name] = await load(browser, variants[name], { withoutScript: name.endsWith('script blocked') });
    // The first run warms the servers up (PHP's opcache) and is not counted.
    if (run > 0) for (const name of names) samples[name].push(results[name]);
    process.stdout.write('.');
  }
  console.log(`\n\nWordPress page vs the same text as static HTML: ${TAGS.length} elements, 4x CPU, slow 4G, ${RUNS} runs (medians; ratio = median of per-run ratios to static)\n`);
  console.log('| page | text painted, ms | ratio | first byte, ms | text painted after the first byte, ms | ratio | first contentful paint, ms | ratio | layout shift | HTML KB (wire) | same-origin KB (wire) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const name of names) {
    const list = samples[name];
    const of = (key, digits = 0) => median(list.map((sample) => sample[key])).toFixed(digits);
    const ratio = (key) => `${median(list.map((sample, i) => sample[key] / samples.static[i][key])).toFixed(2)}×`;
    console.log(`| ${name} | ${of('text')} | ${ratio('text')} | ${of('firstByte')} | ${of('afterFirstByte')} | ${ratio('afterFirstByte')} | ${of('fcp')} | ${ratio('fcp')} | ${of('shift', 3)} | ${of('htmlKb', 1)} | ${of('totalKb', 1)} |`);
  }
  writeFileSync(join(pagesDir, 'results.json'), `${JSON.stringify(samples, null, 1)}\n`);
} finally {
  await browser?.close();
  await server?.close();
  if (muPlugin) rmSync(muPlugin, { force: true });
  wpState('reset');
  rmSync(join(pagesDir, 'static.html'), { force: true });
}
