// The server API (`upper-back-surgery-elements/server.js`), the `render` command and the prerendered
// HTML in the build, in plain Node. How the browser takes the HTML over: tests/embed/server-rendered.test.mjs.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { elementTags, renderElement, renderSettings } from '../../dist/server.js';
import { en } from '../../dist/content/en.js';
import { es } from '../../dist/content/es.js';

const run = promisify(execFile);
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const manifestTags = manifest.modules.flatMap((module) => module.declarations ?? []).map((declaration) => declaration.tagName).filter(Boolean);

/** Console warnings during a test, kept instead of printed. */
let warnings = [];
const originalWarn = console.warn;
before(() => (console.warn = (...args) => warnings.push(args.join(' '))));
after(() => (console.warn = originalWarn));
const warned = () => {
  const seen = warnings;
  warnings = [];
  return seen;
};

test('every element of the manifest but <ubs-settings> renders on the server', () => {
  assert.deepEqual(elementTags(), manifestTags.filter((tag) => tag !== 'ubs-settings').sort());
});

for (const [lang, content] of [['en', en], ['es', es]]) {
  test(`each element renders its text in ${lang}, in a declarative shadow root, with no DOM`, async () => {
    for (const tag of elementTags()) {
      const html = await renderElement(tag, { lang });
      assert.match(html, new RegExp(`^<${tag} [^>]*lang="${lang}"[^>]*><template shadowroot="open" shadowrootmode="open"><style>`), tag);
      assert.doesNotMatch(html, /\[object Object\]|undefined/, tag);
      assert.ok(html.includes(content.disclaimer.short.text.split('{')[0].trim()) || tag === 'medical-disclaimer', `${tag}: the short disclaimer`);
    }
    assert.deepEqual(warned(), []);
  });
}

test('the guide renders its nine sections inside, each waiting for the guide in the browser', async () => {
  const html = await renderElement('back-surgery-guide', { attributes: { 'heading-level': 3, exclude: 'surgery-faq' } });
  const sections = [...html.matchAll(/<(surgery-overview|conservative-care|candidacy-check|procedure-compare|risk-list|second-opinion|recovery-tips|surgery-faq|medical-disclaimer)\b([^>]*)>/g)];
  assert.equal(sections.length, 8, 'the excluded section is left out');
  for (const [, , attributes] of sections) assert.match(attributes, /heading-level="4".*defer-hydration|defer-hydration.*heading-level="4"/);
  assert.match(html, /<h3 /);
});

test('attributes: validated as in the browser, values escaped, unsafe names left out', async () => {
  assert.match(await renderElement('risk-list', { attributes: { 'heading-level': 4 } }), /<h4 /);
  const bad = await renderElement('risk-list', { attributes: { 'heading-level': '9' } });
  assert.match(bad, /<h2 /);
  assert.equal(warned().filter((line) => /heading-level/.test(line)).length, 1, 'one warning for the bad heading level');

  const hostile = await renderElement('risk-list', { attributes: { show: '"><script>alert(1)</script>', onclick: 'alert(1)', 'x"y': '1' } });
  assert.doesNotMatch(hostile, /<script>alert|onclick|x"y/);
  assert.match(hostile, /show="&quot;&gt;&lt;script&gt;/);
  assert.ok(warned().length >= 2, 'the bad show value and the two names are reported');
});

test("attributes: only the element's own (and id, class, dir, title, hidden); the rest left out with one warning", async () => {
  // Each would change the element in the browser: styles, focus, a handler, where it goes, whether and how it is taken over.
  const foreign = ['style', 'onclick', 'onmouseover', 'autofocus', 'popover', 'contenteditable', 'tabindex', 'slot', 'is', 'xmlns', 'defer-hydration', 'data-ubs-rendered', 'shadowrootmode', 'data-x'];
  const html = await renderElement('second-opinion', {
    attributes: { ...Object.fromEntries(foreign.map((name) => [name, 'x'])), id: 'contact', class: 'box', 'heading-level': 3, phone: '555 010 0100' },
  });
  const tag = html.slice(0, html.indexOf('>') + 1);
  const names = [...tag.matchAll(/\s([^\s=>]+)(?:="[^"]*")?/g)].map(([, name]) => name);
  assert.deepEqual(names.sort(), ['class', 'data-ubs-rendered', 'heading-level', 'id', 'phone'], tag);
  assert.doesNotMatch(tag, /data-ubs-rendered="x"/, "only the renderer's own digest");
  const warnings = warned();
  assert.equal(warnings.length, 1, warnings.join('\n'));
  for (const name of foreign) assert.ok(warnings[0].includes(`"${name}"`), name);
});

test('stylesheets: linked only from an http(s) or relative address; anything else warns and writes the styles inline', async () => {
  for (const folder of ['javascript:alert(1)//', 'java\tscript:alert(1)//', ' data:text/css,', 'vbscript:x/', '\u0000javascript:x/']) {
    const html = await renderElement('risk-list', { styles: { stylesheets: folder } });
    assert.doesNotMatch(html, /<link/, JSON.stringify(folder));
    assert.match(html, /<style>/);
    assert.equal(warned().length, 1, JSON.stringify(folder));
  }
  for (const folder of ['https://cdn.example/ubs/shadow/', '/ubs/shadow/', 'shadow/', '//cdn.example/shadow/']) {
    assert.match(await renderElement('risk-list', { styles: { stylesheets: folder } }), /<link rel="stylesheet" href=/, folder);
  }
  assert.deepEqual(warned(), []);
});

test('text changes and bad settings render on the server (no document): the change applied, one warning each, per render', async () => {
  const title = 'Before you decide, at our clinic';
  const changed = await renderElement('risk-list', { settings: { content: { en: { risks: { title } } } } });
  assert.ok(changed.includes(title), 'the clinic\'s title');
  assert.deepEqual(warned(), []);
  // Invalid parts of a change, and settings values that are not what they claim: one warning each, the defaults shown.
  const bad = { content: { en: { risks: { title, nonsense: 1 } } }, reviewDate: '2026-02-31', emergencyNumber: 'call someone', theme: 'purple', accent: 'var(--x)', phone: 'ring us' };
  for (let render = 0; render < 2; render++) {
    const guide = await renderElement('back-surgery-guide', { settings: bad });
    assert.ok(guide.includes(title));
    assert.ok(guide.includes('local emergency number'));
    assert.ok(guide.includes(`datetime="${en.meta.lastReviewed}"`), "the guide's own review date");
    const warnings = warned();
    for (const about of ['nonsense', 'reviewDate', 'emergencyNumber', 'theme', 'accent', 'phone']) {
      assert.equal(warnings.filter((line) => line.includes(about)).length, 1, `${about}: ${warnings.join('\n')}`);
    }
  }
  const disclaimer = await renderElement('medical-disclaimer', { settings: { reviewDate: '2026-02-31' } });
  assert.ok(disclaimer.includes(`datetime="${en.meta.lastReviewed}"`));
  assert.equal(warned().length, 1);
});

test('renderSettings never throws: what JSON cannot write is left out with one warning, the rest kept', () => {
  const cyclic = { en: {} };
  cyclic.en.self = cyclic;
  let deep = {};
  const deepest = deep;
  for (let level = 0; level < 20000; level++) deep = { risks: deep };
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const throwing = new Proxy({}, { ownKeys: () => { throw new Error('no keys'); }, get: () => { throw new Error('no value'); } });
  const cases = {
    cyclic: { clinicName: 'Kept', content: cyclic },
    'nested 20,000 deep': { clinicName: 'Kept', content: deep },
    BigInt: { clinicName: 'Kept', content: { en: { count: 10n } } },
    'a throwing getter': { clinicName: 'Kept', get content() { throw new Error('getter'); } },
    'a Proxy that throws': throwing,
    'a revoked Proxy': revoked.proxy,
    'a Proxy as content': { clinicName: 'Kept', content: throwing },
  };
  assert.ok(deepest);
  for (const [what, settings] of Object.entries(cases)) {
    let block;
    assert.doesNotThrow(() => (block = renderSettings(settings)), what);
    assert.match(block, /^<script type="application\/json" data-ubs-settings>\{.*\}<\/script>$/, what);
    const json = JSON.parse(block.replace(/^<script[^>]*>|<\/script>$/g, ''));
    assert.deepEqual(json, 'clinicName' in json ? { clinicName: 'Kept' } : {}, what);
    assert.equal(warned().length, 1, what);
  }
});

test('renderElement takes such settings too: one warning, the element rendered', async () => {
  const cyclic = {};
  cyclic.self = cyclic;
  const html = await renderElement('second-opinion', { settings: { clinicName: 'Kept Clinic', phone: '555 010 0100', content: cyclic } });
  assert.ok(html.includes('Kept Clinic'));
  assert.equal(warned().length, 1);
});

test('settings: in the text, escaped; a brand colour becomes the colours; the settings block cannot be closed early', async () => {
  const html = await renderElement('second-opinion', { settings: { clinicName: 'Clinic <b>One</b>', phone: '555-0100', accent: '#ff0000', unknown: 'x' } });
  assert.match(html, /Clinic &lt;b&gt;One&lt;\/b&gt;/);
  assert.match(html, /--_settings-accent: rgb\(255, 0, 0\)/);
  // theme auto follows the page, which only the browser can read: not the reader's system (a dark box on a white page).
  assert.doesNotMatch(html, /prefers-color-scheme|color-scheme: dark/);
  assert.match(await renderElement('second-opinion', { settings: { theme: 'dark' } }), /color-scheme: dark/);
  assert.ok(warned().some((line) => /unknown/.test(line)));
  const block = renderSettings({ clinicName: '</script><script>alert(1)</script>' });
  assert.equal((block.match(/<\/script>/g) ?? []).length, 1, block);
  assert.deepEqual(JSON.parse(block.replace(/^<script[^>]*>|<\/script>$/g, '')), { clinicName: '</script><script>alert(1)</script>' });
});

test('styles: a nonce, or links to the stylesheets the build writes', async () => {
  assert.match(await renderElement('risk-list', { styles: { nonce: 'r4nd"om' } }), /<style nonce="r4nd&quot;om">/);
  const linked = await renderElement('risk-list', { styles: { stylesheets: '/ubs/shadow/' } });
  assert.match(linked, /<link rel="stylesheet" href="\/ubs\/shadow\/risk-list.css">/);
  assert.doesNotMatch(linked, /<style/);
  for (const tag of elementTags()) assert.ok(readFileSync(`dist/cdn/shadow/${tag}.css`, 'utf8').includes(':host'), tag);
});

test('an unknown tag is a mistake in the calling code: a TypeError naming the elements', async () => {
  await assert.rejects(renderElement('script'), /TypeError: renderElement: "script" is not one of this library's elements/);
  await assert.rejects(renderElement('ubs-settings'), TypeError);
});

test('the build has each element prerendered in each language (dist/html/<lang>/<tag>.html)', async () => {
  for (const lang of ['en', 'es']) {
    for (const tag of elementTags()) {
      const file = readFileSync(`dist/html/${lang}/${tag}.html`, 'utf8');
      assert.equal(file.trim(), await renderElement(tag, lang === 'en' ? {} : { lang }), `${lang}/${tag}`);
    }
  }
});

test('the render command writes the settings block and the element; bad arguments exit 2', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'ubs-render-'));
  const settings = join(folder, 'settings.json');
  writeFileSync(settings, JSON.stringify({ clinicName: 'Northside Spine Clinic' }));
  const { stdout } = await run(process.execPath, ['dist/review/cli.js', 'render', 'risk-list', '--lang', 'es', '--heading-level', '3', '--settings', settings]);
  assert.match(stdout, /^<script type="application\/json" data-ubs-settings>\{"clinicName":"Northside Spine Clinic"\}<\/script>\n<risk-list /);
  assert.match(stdout, /<h3 /);
  assert.ok(stdout.includes(es.risks.title), 'Spanish');
  for (const args of [['render'], ['render', 'not-an-element'], ['render', 'risk-list', '--styles', 'sideways']]) {
    const failure = await run(process.execPath, ['dist/review/cli.js', ...args]).catch((error) => error);
    assert.equal(failure.code, 2, args.join(' '));
    assert.match(failure.stderr, /upper-back-surgery-elements: /);
  }
});
