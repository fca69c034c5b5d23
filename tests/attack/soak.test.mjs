// Memory soak (reliability review, finding 2): a page builder or single-page app mounts and removes
// elements all day; a removed element must leave nothing behind. Chromium: forced GC and heap use over
// the DevTools protocol. Firefox has neither over WebDriver BiDi: every element made is registered in
// a FinalizationRegistry, and the page allocates until the browser has collected them all.
// `npm test` runs a short soak; `npm run test:attack` (SOAK_FULL=1) the full one.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { GUIDE_SECTIONS as SECTIONS } from '../../dist/back-surgery-guide/sections.js';
import { launch, startServer } from '../embed/harness.mjs';

const FULL = process.env.SOAK_FULL === '1';
const CHROMIUM_CYCLES = FULL ? 1000 : 100;
const FIREFOX_CYCLES = FULL ? 200 : 0;
/** Elements the guide makes besides itself (the soak runs against the build). */
const GUIDE_SECTIONS = SECTIONS.length;
/** Heap growth allowed per mount/remove cycle, after forced GC. */
const BYTES_PER_CYCLE = 1024;

let server;
before(async () => {
  server = await startServer();
});
after(() => server.close());

async function openSoakPage(browser) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error?.message ?? error)));
  await page.goto(`${server.origin}/tests/attack/soak.html`, { waitUntil: 'load' });
  return { page, errors };
}

describe('memory soak', { timeout: 600_000 }, () => {
  it(`Chromium: ${CHROMIUM_CYCLES} mount/remove cycles of <back-surgery-guide> grow the heap by less than 1 KB each`, async () => {
    const browser = await launch('chromium');
    try {
      const { page, errors } = await openSoakPage(browser);
      const cdp = await page.createCDPSession();
      const heapAfterGc = async () => {
        for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      };
      // Warm up: the first renders fill caches that are meant to stay (content, style sheets, Lit's
      // templates, the engine's compiled code), about 150 KB over the first hundred cycles.
      await page.evaluate((sections) => window.soak('back-surgery-guide', 100, sections), GUIDE_SECTIONS);
      const start = await heapAfterGc();
      await page.evaluate((cycles, sections) => window.soak('back-surgery-guide', cycles, sections), CHROMIUM_CYCLES, GUIDE_SECTIONS);
      const end = await heapAfterGc();
      const perCycle = (end - start) / CHROMIUM_CYCLES;
      console.log(`# chromium <back-surgery-guide>: heap ${start} → ${end} B after ${CHROMIUM_CYCLES} cycles, ${perCycle.toFixed(0)} B/cycle`);
      assert.deepEqual(errors, []);
      assert.ok(perCycle < BYTES_PER_CYCLE, `heap grew ${perCycle.toFixed(0)} B per cycle`);
    } finally {
      await browser.close();
    }
  });

  it(`Firefox: ${FIREFOX_CYCLES} mount/remove cycles of <back-surgery-guide>, and every element is collected`, { skip: FIREFOX_CYCLES === 0 && 'full soak only (npm run test:attack)' }, async () => {
    const browser = await launch('firefox');
    try {
      const { page, errors } = await openSoakPage(browser);
      await page.evaluate((cycles, sections) => window.soak('back-surgery-guide', cycles, sections, true), FIREFOX_CYCLES, GUIDE_SECTIONS);
      const counts = await page.evaluate(() => window.collect(60_000));
      console.log(`# firefox <back-surgery-guide>: ${counts.collected} of ${counts.created} elements collected after ${FIREFOX_CYCLES} cycles`);
      assert.deepEqual([...errors, ...counts.errors], []);
      assert.equal(counts.created, FIREFOX_CYCLES * (GUIDE_SECTIONS + 1));
      assert.equal(counts.collected, counts.created);
    } finally {
      await browser.close();
    }
  });
});
