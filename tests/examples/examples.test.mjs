// The example apps in examples/, built as a clinic's developer would build them from the published
// package: the built package is packed once (`npm pack`), each example is copied to a temporary folder
// with the tarball beside it and installed with `npm ci` from its own package-lock.json (exact versions,
// the one npm cache, --prefer-offline), then type-checked and built with its own scripts. Its built
// pages are served and opened in Chromium: the guide's text is on the page, a reader opening a risk
// reaches the app's own handler (the `ubs-toggle` event), and the app's `overrides` replace the titles
// they name. Each app's JS is reported (gzip). Run after `npm run build` (`npm run test:examples`
// builds first). EXAMPLES=react,vue runs some of them; KEEP_EXAMPLES=1 keeps the temporary folder.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/browsers.mjs';

const run = promisify(execFile);
const NAME = 'upper-back-surgery-elements';
const { en } = await import('../../dist/content/en.js').catch(() => {
  throw new Error('dist/ is missing: run `npm run build` first (or `npm run test:examples`)');
});

// What the examples set through `overrides`, and the titles it replaces.
const RISKS_TITLE = 'Before you decide: the risks';
const FAQ_TITLE = 'What patients ask us';
const firstCommonRisk = en.risks.items.find((risk) => risk.common).id;

/**
 * Each example: where its build goes, the guide's text its page must show, the titles its overrides
 * replace (the default must be gone, the clinic's there), and what its server-built HTML must hold.
 */
const EXAMPLES = {
  react: {
    out: 'dist',
    text: [en.risks.commonTitle, en.risks.intro.text, en.faq.items[0].question],
    replaced: [[en.risks.title, RISKS_TITLE], [en.faq.title, FAQ_TITLE]],
  },
  vue: {
    out: 'dist',
    text: [en.risks.commonTitle, en.risks.intro.text, en.faq.items[0].question],
    replaced: [[en.risks.title, RISKS_TITLE], [en.faq.title, FAQ_TITLE]],
  },
  astro: {
    out: 'dist',
    text: [en.guide.title, en.guide.intro.text, en.risks.commonTitle],
    replaced: [],
    // Rendered on the server (renderElement): readable with no script, taken over by the script.
    serverRendered: 'back-surgery-guide',
  },
  next: {
    out: 'out',
    text: [en.risks.commonTitle, en.risks.intro.text, en.faq.items[0].question],
    replaced: [[en.risks.title, RISKS_TITLE], [en.faq.title, FAQ_TITLE]],
    // Rendered on the server at build time, through the client component that imports the package.
    serverHtml: ['<risk-list heading-level="2" show="common"'],
  },
  eleventy: {
    out: '_site',
    text: [en.guide.title, en.guide.intro.text, en.risks.commonTitle],
    replaced: [],
    serverRendered: 'back-surgery-guide',
  },
};

const chosen = process.env.EXAMPLES ? process.env.EXAMPLES.split(',').map((name) => name.trim()) : Object.keys(EXAMPLES);
for (const name of chosen) assert.ok(EXAMPLES[name], `EXAMPLES names an unknown example: ${name}`);

// npm's own variables from `npm run` would point the examples' npm at this package.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_(?!config_cache$|config_registry$|config_userconfig$)/i.test(key)));
Object.assign(env, { NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' });

/** Runs a command in an example's folder; fails with the end of its output. */
async function sh(cwd, command, args, timeout = 240_000) {
  try {
    return await run(command, args, { cwd, env, timeout, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const output = `${error.stdout ?? ''}\n${error.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    assert.fail(`\`${command} ${args.join(' ')}\` failed in ${cwd}${error.killed ? ' (timed out)' : ''}:\n${output}`);
  }
}

let work;
let tarball;
let browser;
const installs = new Map();

/** A copy of the example next to the tarball, its dependency pointing at it, installed from its lock. */
async function install(name) {
  const from = resolve('examples', name);
  const dir = join(work, name);
  const built = new Set(['node_modules', EXAMPLES[name].out, '.astro', '.next', 'next-env.d.ts']);
  cpSync(from, dir, { recursive: true, filter: (path) => !built.has(relative(from, path).split(sep)[0]) });
  // The tarball is rebuilt with every build: point at this one, and drop the lock's checksum of it.
  const spec = `file:../${tarball}`;
  const pkgFile = join(dir, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
  assert.ok(pkg.dependencies?.[NAME]?.startsWith('file:../'), `examples/${name}/package.json does not depend on the packed tarball`);
  pkg.dependencies[NAME] = spec;
  writeFileSync(pkgFile, JSON.stringify(pkg, null, 2));
  const lockFile = join(dir, 'package-lock.json');
  const lock = JSON.parse(readFileSync(lockFile, 'utf8'));
  const entry = lock.packages[`node_modules/${NAME}`];
  assert.ok(entry, `examples/${name}/package-lock.json does not lock ${NAME}`);
  lock.packages[''].dependencies[NAME] = spec;
  entry.resolved = spec;
  delete entry.integrity;
  writeFileSync(lockFile, JSON.stringify(lock, null, 2));
  await sh(dir, 'npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error']);
  return dir;
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'ubs-examples-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', work]);
  [{ filename: tarball }] = JSON.parse(stdout);
  // One install at a time, in the background: the next example installs while this one builds.
  let previous = Promise.resolve();
  for (const name of chosen) {
    const installed = previous.then(() => install(name));
    installs.set(name, installed);
    previous = installed.catch(() => {});
  }
  browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
});

after(async () => {
  await browser?.close();
  await Promise.allSettled(installs.values());
  if (work && !process.env.KEEP_EXAMPLES) rmSync(work, { recursive: true, force: true });
});

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.txt': 'text/plain' };

/** Serves a built folder as a static host would (`/about` → about.html, `/` → index.html). */
async function serve(root) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    let file = join(root, path);
    if (!file.startsWith(root)) return response.writeHead(403).end();
    try {
      if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) file = join(file, 'index.html');
      else if (!statSync(file, { throwIfNoEntry: false }) && !extname(file)) file += '.html';
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((done) => server.close(done)) };
}

/** Every JS file of a build, by its path from the build's root (`/assets/index-….js`). */
function scripts(root, dir = root, found = new Map()) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) scripts(root, path, found);
    else if (/\.m?js$/.test(entry.name)) found.set(`/${relative(root, path).split(sep).join('/')}`, gzipSync(readFileSync(path), { level: 9 }).length);
  }
  return found;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// The text of the page as a reader gets it: the document's and every shadow root's, in order.
function pageText() {
  let text = '';
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.data;
    if (['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'].includes(node.nodeName)) return;
    if (node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(document.body);
  return text.replace(/\s+/g, ' ');
}

/** The text of every heading on the page, shadow roots included, spaces collapsed. */
function headingTexts() {
  const headings = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (/^H[1-6]$/.test(element.nodeName) || element.getAttribute('role') === 'heading') headings.push(element.textContent.replace(/\s+/g, ' ').trim());
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  return headings;
}

/**
 * Opens the page; returns its text once every wanted string is there (or after 15 s), its errors (and
 * warnings, such as a server render the element could not take over) and the scripts it ran.
 */
async function open(url, wanted, { javaScript = true } = {}) {
  const page = await browser.newPage();
  // No script for the page: every script file refused. (Not setJavaScriptEnabled(false), under which
  // Puppeteer's own evaluation in the page stalls for minutes.)
  if (!javaScript) {
    await page.setRequestInterception(true);
    page.on('request', (request) => (request.resourceType() === 'script' ? request.abort() : request.continue()));
  }
  const errors = [];
  const warnings = [];
  const loaded = new Set();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location()?.url?.endsWith('/favicon.ico')) errors.push(message.text());
    if (message.type() === 'warn') warnings.push(message.text());
  });
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') loaded.add(new URL(response.url()).pathname);
  });
  await page.goto(url, { waitUntil: 'load' });
  const normalised = wanted.map((text) => text.replace(/\s+/g, ' '));
  if (javaScript)
    await page
      .waitForFunction(`((text) => ${JSON.stringify(normalised)}.every((wanted) => text.includes(wanted)))((${pageText})())`, { timeout: 15_000 })
      .catch(() => {});
  const text = await page.evaluate(pageText);
  return { page, text, errors, warnings, loaded };
}

for (const name of chosen) {
  const spec = EXAMPLES[name];
  test(`examples/${name}: installs the packed tarball, type-checks, builds, and its page shows the guide and answers a reader`, { timeout: 600_000 }, async (t) => {
    const dir = await installs.get(name);
    await sh(dir, 'npm', ['run', 'typecheck']);
    await sh(dir, 'npm', ['run', 'build']);
    const root = join(dir, spec.out);

    const html = readFileSync(join(root, 'index.html'), 'utf8');
    for (const fragment of spec.serverHtml ?? []) assert.ok(html.includes(fragment), `the server-built index.html has no ${fragment}`);

    const server = await serve(root);
    try {
      const wanted = [...spec.text, ...spec.replaced.map(([, clinic]) => clinic)];
      const shows = (text, expected) => assert.ok(text.includes(expected.replace(/\s+/g, ' ')), `the page does not show "${expected}". It shows: ${text.slice(0, 600)}`);
      if (spec.serverRendered) {
        // With no script file, the server's HTML alone: the text is there, nothing defined.
        const bare = await open(server.url, wanted, { javaScript: false });
        for (const expected of wanted) shows(bare.text, expected);
        assert.equal(await bare.page.evaluate((tag) => customElements.get(tag), spec.serverRendered), undefined, 'a script ran with JavaScript off');
        await bare.page.close();
      }
      const { page, text, errors, warnings, loaded } = await open(server.url, wanted);
      for (const expected of wanted) shows(text, expected);
      if (spec.serverRendered) {
        // The script takes the server's HTML over: the element is defined, its text there once, no warning.
        const upgraded = await page.evaluate(async (tag) => {
          await Promise.race([customElements.whenDefined(tag), new Promise((done) => setTimeout(done, 5_000))]);
          await document.querySelector(tag)?.updateComplete;
          return document.querySelector(tag)?.matches(':defined');
        }, spec.serverRendered);
        assert.ok(upgraded, `<${spec.serverRendered}> was not defined in the browser`);
        const after = await page.evaluate(pageText);
        for (const expected of spec.text) {
          const times = after.split(expected.replace(/\s+/g, ' ')).length - 1;
          assert.equal(times, 1, `"${expected}" is on the page ${times} times once the script has run`);
        }
        assert.deepEqual(warnings, [], 'the page warned (a server render not taken over?)');
      }
      // The elements' headings: an original title may still be a source's title in a list of sources.
      const headings = await page.evaluate(headingTexts);
      for (const [original, clinic] of spec.replaced) {
        assert.ok(!headings.includes(original), `"${original}" is still a heading: the overrides ("${clinic}") did not replace it. Headings: ${headings.join(' | ')}`);
        assert.ok(headings.includes(clinic), `"${clinic}" is not a heading. Headings: ${headings.join(' | ')}`);
      }

      // A reader opens the first common risk: the app's handler of ubs-toggle says which.
      const clicked = await page.evaluate((id) => {
        const find = (root) => {
          const summary = root.querySelector(`risk-list`)?.shadowRoot?.querySelector(`details[data-id="${id}"] > summary`);
          if (summary) return summary;
          for (const element of root.querySelectorAll('*')) {
            const found = element.shadowRoot && find(element.shadowRoot);
            if (found) return found;
          }
          return undefined;
        };
        const summary = find(document);
        summary?.click();
        return Boolean(summary);
      }, firstCommonRisk);
      assert.ok(clicked, `no risk "${firstCommonRisk}" to open in a <risk-list>`);
      const status = `opened "${firstCommonRisk}"`;
      const answered = await page
        .waitForFunction((expected) => document.querySelector('[role="status"]')?.textContent.includes(expected), { timeout: 5_000 }, status)
        .then(() => true, () => false);
      assert.ok(answered, `the app did not answer the ubs-toggle event: its status says "${await page.$eval('[role="status"]', (el) => el.textContent).catch(() => 'nothing')}"`);
      assert.deepEqual(errors, [], 'the page logged errors');

      const all = scripts(root);
      const used = [...loaded].filter((path) => all.has(path));
      assert.ok(used.length > 0, `none of the scripts the page ran (${[...loaded]}) is in ${spec.out}/`);
      const sum = (paths) => paths.reduce((total, path) => total + all.get(path), 0);
      t.diagnostic(`${name}: the page runs ${used.length} JS files, ${kb(sum(used))} gzip; all JS in ${spec.out}/: ${all.size} files, ${kb(sum([...all.keys()]))} gzip`);
      await page.close();
    } finally {
      await server.close();
    }
  });
}
