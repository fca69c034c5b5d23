// "Keep it signed when the text changes": a test build whose risks text differs from the build a
// reviewer signed (one statement reworded, one risk removed, one added). Its medical disclaimer, on a
// page whose settings name the signed version, says the review was for an earlier version of the text;
// `review --since <signed version>` lists exactly those changes, with their sources. The test build is
// a copy of dist/ with the content module changed, its versions written by the build's own script and
// its script-tag bundles rebuilt by the project's rollup config. Run `npm run build` first.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { risks } from '../../dist/content/en/risks.js';
import { CONTENT_VERSIONS } from '../../dist/medical-disclaimer/content-version.js';
import { sources } from '../../dist/content/sources.js';
import { en } from '../../dist/content/en.js';
import { contentSnapshot, contentVersion, isIntactSnapshot } from '../../dist/review/versions.js';
import { browsers, launch } from '../embed/harness.mjs';

const repo = resolve('.');
const root = mkdtempSync(join(tmpdir(), 'ubs-content-version-'));
const testDist = join(root, 'dist');
const store = join(root, 'content-versions');
/** What the test build changes in the risks. */
const REWORDED = 'bleeding';
const REMOVED = 'adjacent-level';
const ADDED = { id: 'test-added', common: false, sources: ['nhsDvt'], name: 'A risk added for the test', detail: 'This sentence was added to the test build.' };
const NEW_DETAIL = 'You may bleed during or after surgery. This sentence was reworded for the test.';

const run = (...args) => spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 60000 });
const signed = CONTENT_VERSIONS.en;
let changed;

before(() => {
  // The signed build's snapshot, recorded as a release records it.
  execFileSync(process.execPath, ['scripts/content-version.mjs', '--record', '--store', store]);
  cpSync('dist', testDist, { recursive: true, filter: (path) => !/dist[\\/](wordpress|builder|demo|html)([\\/]|$)/.test(path) });
  rmSync(join(testDist, 'content-versions'), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'), 'dir');
  const items = risks.items
    .filter((item) => item.id !== REMOVED)
    .map((item) => (item.id === REWORDED ? { ...item, detail: NEW_DETAIL } : item));
  items.push(ADDED);
  writeFileSync(join(testDist, 'content/en/risks.js'), `export const risks = ${JSON.stringify({ ...risks, items })};\n`);
  // As `npm run build` does after tsc, then the bundles from the changed build.
  execFileSync(process.execPath, ['scripts/content-version.mjs', '--dist', testDist, '--store', store]);
  execFileSync(process.execPath, [join(repo, 'node_modules/rollup/dist/bin/rollup'), '-c', join(repo, 'rollup.config.js'), '--silent'], {
    cwd: root,
    env: { ...process.env, UBS_WHOLE_BUNDLES_ONLY: '1' },
  });
  changed = readFileSync(join(testDist, 'medical-disclaimer/content-version.js'), 'utf8').match(/"en":"([0-9a-f]{12})"/)[1];
});
after(() => rmSync(root, { recursive: true, force: true }));

describe('content versions', () => {
  it('each language\'s version is 12 hex digits, the digest of its own text, and the same on every build', () => {
    assert.match(signed, /^[0-9a-f]{12}$/);
    assert.match(CONTENT_VERSIONS.es, /^[0-9a-f]{12}$/);
    assert.notEqual(signed, CONTENT_VERSIONS.es);
    assert.equal(contentSnapshot(en, sources).version, signed);
    // Written again from the same text: the same version.
    const again = run('scripts/content-version.mjs', '--dist', 'dist', '--check', '--store', store);
    assert.equal(again.status, 0, again.stderr);
  });

  it('a change in the text gives another version, carried by the test build\'s bundle', () => {
    assert.match(changed, /^[0-9a-f]{12}$/);
    assert.notEqual(changed, signed);
    assert.ok(readFileSync(join(testDist, 'cdn/upper-back-surgery.iife.js'), 'utf8').includes(changed));
    assert.ok(!readFileSync(join(testDist, 'cdn/upper-back-surgery.iife.js'), 'utf8').includes(signed));
  });

  it('the recorded snapshots are intact: each file\'s text gives its version (none edited by hand)', () => {
    for (const lang of readdirSync('content-versions')) {
      for (const name of readdirSync(join('content-versions', lang))) {
        const snapshot = JSON.parse(readFileSync(join('content-versions', lang, name), 'utf8'));
        assert.ok(isIntactSnapshot(snapshot), `content-versions/${lang}/${name}`);
        assert.equal(`${snapshot.version}.json`, name);
        assert.equal(snapshot.lang, lang);
      }
    }
    const snapshot = contentSnapshot(en, sources);
    const edited = { ...snapshot, entries: snapshot.entries.map((entry, i) => (i === 5 ? { ...entry, text: `${entry.text}!` } : entry)) };
    assert.ok(!isIntactSnapshot(edited));
    assert.notEqual(contentVersion(edited), snapshot.version);
  });
});

describe('review --since the signed version, from the test build', () => {
  const cli = () => join(testDist, 'review/cli.js');

  it('lists exactly what changed: the reworded statement, the removed risk, the added one, with their sources', () => {
    const { status, stdout: html, stderr } = run(cli(), 'review', '--since', signed);
    assert.equal(status, 0, stderr);
    const entries = [...html.matchAll(/<li class="entry (?:statement|label) clinic">[\s\S]*?<\/li>\n?(?=<li class="entry|<\/ul>)/g)].map(([entry]) => ({
      badge: /<span class="badge">([^<]*)<\/span>/.exec(entry)[1],
      path: /<p class="path">([^<]*)<\/p>/.exec(entry)[1],
      entry,
    }));
    const listed = entries.map(({ badge, path }) => `${badge} ${path}`).sort();
    assert.deepEqual(listed, [
      `Added risks.items[id=${ADDED.id}].detail`,
      `Added risks.items[id=${ADDED.id}].name`,
      `Removed risks.items[id=${REMOVED}].detail`,
      `Removed risks.items[id=${REMOVED}].name`,
      `Reworded risks.items[id=${REWORDED}].detail`,
    ]);
    const reworded = entries.find(({ badge }) => badge === 'Reworded').entry;
    assert.ok(reworded.includes(`<ins>${NEW_DETAIL}</ins>`));
    assert.ok(reworded.includes(`<del>${risks.items.find((item) => item.id === REWORDED).detail}</del>`), 'the words before, struck through');
    const added = entries.find(({ path }) => path.endsWith('.detail') && path.includes(ADDED.id)).entry;
    assert.ok(added.includes(sources.nhsDvt.title) && added.includes(sources.nhsDvt.url), 'the new statement\'s source, in full');
    const removed = entries.find(({ path }) => path.endsWith('.detail') && path.includes(REMOVED)).entry;
    for (const id of risks.items.find((item) => item.id === REMOVED).sources) assert.ok(removed.includes(sources[id].title), `the removed statement's source ${id}`);
    assert.match(html, new RegExp(`from content version ${signed}[^.]*to version ${changed}`));
    assert.match(html, /<strong>5 changes\.<\/strong>/);
    assert.match(html, new RegExp(`Content version: ${changed}`), 'the sign-off names the version to set as reviewed-version');
  });

  it('says the text has not changed since the version it shows, and names the recorded ones for a version it does not know', () => {
    const same = run(cli(), 'review', '--since', changed);
    assert.equal(same.status, 0, same.stderr);
    assert.match(same.stdout, /The text has not changed/);
    const unknown = run(cli(), 'review', '--since', '0123456789ab');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, new RegExp(`no content version 0123456789ab in "en" is recorded \\(recorded: .*${signed}`));
    const spanish = run(cli(), 'review', '--since', CONTENT_VERSIONS.es);
    assert.equal(spanish.status, 2);
    assert.match(spanish.stderr, /add --lang es/);
    const bad = run(cli(), 'review', '--since', 'last-week');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /12 hex digits/);
  });
});

describe('a page signed for the earlier version, under the test build', () => {
  let server;
  let origin;
  before(async () => {
    /** `/signed/…` serves the signed build's bundles, `/changed/…` the test build's; `/page?build=…&version=…` a clinic's page. */
    server = createServer((request, response) => {
      const url = new URL(request.url, 'http://localhost');
      const [, build, ...rest] = url.pathname.split('/');
      if (build === 'page') {
        const settings = JSON.stringify({ reviewerName: 'Dr. Ana Reyes', reviewerCredentials: 'MD', reviewDate: '2026-03-01', reviewedVersion: url.searchParams.get('version') });
        const body = `<!DOCTYPE html><html lang="${url.searchParams.get('lang') ?? 'en'}"><head><meta charset="utf-8"><title>Signed page</title>
<script type="application/json" data-ubs-settings>${settings}</script>
<script src="/${url.searchParams.get('build')}/upper-back-surgery.iife.js"></script></head>
<body><medical-disclaimer></medical-disclaimer></body></html>`;
        return response.writeHead(200, { 'content-type': 'text/html' }).end(body);
      }
      const folder = build === 'signed' ? join(repo, 'dist/cdn') : build === 'changed' ? join(testDist, 'cdn') : undefined;
      try {
        const body = readFileSync(join(folder, ...rest));
        response.writeHead(200, { 'content-type': extname(url.pathname) === '.js' ? 'text/javascript' : 'text/css' }).end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => new Promise((done) => server.close(done)));

  for (const name of browsers) {
    it(`shows the earlier-version line exactly when the text is not the version signed (${name})`, async () => {
      const browser = await launch(name);
      try {
        const page = await browser.newPage();
        const warnings = [];
        page.on('console', (message) => message.type() === 'warn' && warnings.push(message.text()));
        const reviewLine = async (query) => {
          await page.goto(`${origin}/page?${query}`, { waitUntil: 'load' });
          await page.waitForFunction(() => document.querySelector('medical-disclaimer')?.shadowRoot?.querySelector('[part="review"]'));
          return page.$eval('medical-disclaimer', (el) => el.shadowRoot.querySelector('[part="review"]').innerText.replace(/\s+/g, ' ').trim());
        };
        // The build the reviewer signed: the sign-off is current.
        assert.equal(await reviewLine(`build=signed&version=${signed}`), 'Last reviewed: March 1, 2026 Reviewed by: Dr. Ana Reyes, MD');
        // The test build, whose text changed: the same settings no longer present the sign-off as current.
        assert.equal(await reviewLine(`build=changed&version=${signed}`), 'Last reviewed: March 1, 2026 Reviewed by: Dr. Ana Reyes, MD, for an earlier version of this text');
        // Once the reviewer signs the new version (both listed, as for a page in two languages), current again.
        assert.equal(await reviewLine(`build=changed&version=${changed}%20${CONTENT_VERSIONS.es}`), 'Last reviewed: March 1, 2026 Reviewed by: Dr. Ana Reyes, MD');
        // In Spanish, only an English version signed: Spanish readers are told too.
        await page.goto(`${origin}/page?build=changed&lang=es&version=${changed}`, { waitUntil: 'load' });
        await page.waitForFunction(() => /versión anterior/.test(document.querySelector('medical-disclaimer')?.shadowRoot?.textContent ?? ''), { timeout: 10000 });
        assert.deepEqual(warnings, []);
        // A value that is not a version: one warning, and the sign-off is not presented as current.
        assert.match(await reviewLine('build=changed&version=latest'), /, for an earlier version of this text$/);
        assert.equal(warnings.filter((text) => text.includes('reviewedVersion "latest" is not a content version')).length, 1, warnings.join('\n'));
      } finally {
        await browser.close();
      }
    });
  }
});
