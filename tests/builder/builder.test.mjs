// The snippet builder (dist/builder/, issue 17) in Debian's Chromium and Firefox ESR: driven by a
// person's keyboard and mouse, its code copied for each route and pasted into a page of the same kind
// as demo/embed/ (the page's own snippet replaced by the copied one), which must then show the chosen
// elements with the chosen settings. Run by `npm run test:pages` after the build.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { browsers, launch, openPage, rendered, sourcesFetched } from '../embed/harness.mjs';
import { scaled } from '../timeouts.mjs';
import { builderServer, CHOICES, chooseRoute, codeEach, copyEach, preview, root, withoutLibrary } from './helpers.mjs';

/** A value that would run if it reached a page unescaped, in every place a snippet puts text. */
const HOSTILE = `"'><img src=x onerror=__pwned('img')><script>__pwned('script')</script>--> ]"[/upper_back_surgery]`;

/**
 * Where each route's code is pasted: a demo page of the same kind, whose snippets (by name) are
 * replaced by the builder's parts (by id). `open` is the page to load, `frame` the frame that shows it.
 */
const PASTE = {
  html: { files: { 'html.html': { 'html-head': 'head', 'html-body': 'body' } } },
  'wordpress-placeholders': { files: { 'wordpress-author.html': { 'wordpress-site': 'site', 'wordpress-author': 'placeholders' } } },
  'wordpress-html': { files: { 'wordpress-admin.html': { 'wordpress-admin': 'block' } } },
  drupal: { files: { 'drupal.html': { drupal: 'body' } } },
  squarespace: { files: { 'squarespace.html': { squarespace: 'code' } } },
  wix: { files: { 'wix-embed.html': { wix: 'code' } }, open: 'wix.html', frame: 'wix-embed.html' },
  // The CDN's files answered locally by openPage (tests/embed/harness.mjs), as jsDelivr would: the browser checks their integrity.
  cdn: { files: { 'html.html': { 'html-head': 'head', 'html-body': 'body' } } },
  npm: { files: { 'npm.html': { 'npm-html': 'markup' }, 'npm-app.js': { npm: 'script' } } },
};

/** The builder served from this repository (tests/builder/helpers.mjs): its origin, pasted pages, requests. */
let site;
before(async () => {
  site = await builderServer();
});
after(() => site.close());
const openBuilder = (...args) => site.openBuilder(...args);

/** Replaces the snippet `name` of a demo page (between its markers) with `code`. */
function pasteInto(text, name, code) {
  const marker = new RegExp(`([ \\t]*)(?:<!--|/\\*) snippet:${name} (?:-->|\\*/)\\n[\\s\\S]*?(?:<!--|/\\*) /snippet (?:-->|\\*/)`);
  assert.match(text, marker, `the page has snippet ${name}`);
  return text.replace(marker, (_, indent) => code.split('\n').map((line) => indent + line).join('\n'));
}

/** Pastes a route's parts into its pages; opens the result; returns the frame that shows the elements. */
async function openPasted(browser, route, parts) {
  const { files, open, frame: frameFile } = PASTE[route];
  for (const [file, snippets] of Object.entries(files)) {
    let text = await readFile(join(root, 'demo/embed', file), 'utf8');
    for (const [name, part] of Object.entries(snippets)) text = pasteInto(text, name, parts[part]);
    site.pasted.set(file, text);
  }
  const first = Object.keys(files)[0];
  const { page, report } = await openPage(browser, site.origin, `/pasted/${open ?? first}`);
  const frame = frameFile ? page.frames().find((candidate) => candidate.url().endsWith(`/pasted/${frameFile}`)) : page.mainFrame();
  assert.ok(frame, 'the frame that shows the code');
  await rendered(frame);
  return { page, frame, report };
}

/**
 * Runs the server route's commands as a shell would, in a fresh folder with its settings.json: `npx
 * upper-back-surgery-elements` is this repository's build (the package is not installed here), and the
 * `npm install` line is skipped. Returns the files the commands wrote, by name.
 */
async function runServerRoute(parts) {
  const folder = await mkdtemp(join(tmpdir(), 'ubs-builder-server-'));
  if (parts.settingsFile) await writeFile(join(folder, 'settings.json'), parts.settingsFile);
  const written = {};
  for (const line of parts.commands.split('\n').filter((command) => !command.startsWith('npm install'))) {
    assert.match(line, /^npx upper-back-surgery-elements render /, line);
    const command = line.replace(/^npx upper-back-surgery-elements /, `node ${JSON.stringify(join(root, 'dist/review/cli.js'))} `);
    await promisify(execFile)('sh', ['-c', command], { cwd: folder });
    const file = /> ([\w-]+\.html)$/.exec(line)[1];
    written[file] = await readFile(join(folder, file), 'utf8');
  }
  return { folder, written };
}

/** What CHOICES must give on a page: the elements, their options, the clinic's details, Spanish. */
async function assertChoicesShown(frame) {
  const seen = await frame.evaluate(() => {
    const risks = document.querySelector('risk-list');
    const opinion = document.querySelector('second-opinion');
    return {
      order: [...document.querySelectorAll('risk-list, second-opinion')].map((element) => element.localName),
      riskHeading: risks.shadowRoot.querySelector('h3')?.textContent,
      riskShow: risks.getAttribute('show'),
      riskText: risks.shadowRoot.textContent,
      opinionHeading: Boolean(opinion.shadowRoot.querySelector('h3')),
      opinionText: opinion.shadowRoot.textContent,
      phone: opinion.shadowRoot.querySelector('a[href^="tel:"]')?.getAttribute('href'),
      accent: getComputedStyle(risks).getPropertyValue('--_settings-accent').trim(),
    };
  });
  assert.deepEqual(seen.order, ['risk-list', 'second-opinion']);
  assert.match(seen.riskHeading ?? '', /Riesgos/, 'risk-list: an h3, in Spanish');
  assert.equal(seen.riskShow, 'common');
  assert.match(seen.riskText, /\b112\b/, 'the emergency number');
  assert.ok(seen.opinionHeading, 'second-opinion: an h3');
  assert.match(seen.opinionText, /Clínica Riverside/);
  assert.equal(seen.phone, 'tel:+15550100100');
  assert.equal(seen.accent, 'rgb(107, 44, 145)', 'the brand colour');
}

const pressUntil = async (page, key, selector, most = 150) => {
  for (let i = 0; i < most; i++) {
    if (await page.evaluate((selector) => document.activeElement?.matches(selector), selector)) return;
    await page.keyboard.press(key);
  }
  assert.fail(`${selector} not reached with ${key}`);
};

for (const name of browsers) {
  describe(`snippet builder in ${name}`, () => {
    let browser;
    before(async () => {
      browser = await launch(name);
    });
    after(() => browser.close());

    it('keyboard only: choose parts, their options, the clinic, a route; the preview follows; copy', async () => {
      const { page, report } = await openBuilder(browser);
      try {
        await preview(page, () => document.querySelector('back-surgery-guide'));
        await page.focus('#ui-language');
        // Untick the whole guide, tick the risks and the second opinion: they show in that order.
        await pressUntil(page, 'Tab', '#pick-back-surgery-guide');
        await page.keyboard.type(' ');
        await pressUntil(page, 'Tab', '#pick-risk-list');
        await page.keyboard.type(' ');
        await pressUntil(page, 'Tab', '#pick-second-opinion');
        await page.keyboard.type(' ');
        await pressUntil(page, 'Tab', '#el-risk-list-show');
        await page.keyboard.type('c');
        await pressUntil(page, 'Tab', '#el-risk-list-heading-level');
        await page.keyboard.type('3');
        await pressUntil(page, 'Tab', '#el-second-opinion-heading-level');
        await page.keyboard.type('3');
        // The preview shows the parts chosen; what follows changes it in place.
        await preview(page, () => document.querySelector('risk-list[show="common"][heading-level="3"] + second-opinion') && !document.querySelector('back-surgery-guide'));
        await pressUntil(page, 'Tab', '#setting-clinic-name');
        await page.keyboard.type('Clínica Riverside');
        await page.keyboard.press('Tab');
        await pressUntil(page, 'Tab', '#setting-phone');
        await page.keyboard.type('+1 555 010 0100');
        await pressUntil(page, 'Tab', '#setting-emergency-number');
        await page.keyboard.type('112');
        await pressUntil(page, 'Tab', '#setting-accent');
        await page.keyboard.type('#6b2c91');
        await pressUntil(page, 'Tab', '#setting-lang');
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('ArrowDown');
        // The route: arrow keys move within the group, from "An HTML page" to Drupal.
        await pressUntil(page, 'Tab', '#route-html');
        for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
        assert.equal(await page.$eval('#route-drupal', (radio) => radio.checked), true, 'Drupal chosen');
        await pressUntil(page, 'Tab', 'button.copy[data-part="body"]');
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => window.__copied.length > 0);
        const code = await page.evaluate(() => window.__copied.at(-1));
        assert.equal(
          code,
          [
            '<script defer src="/ubs/upper-back-surgery.iife.js"></script>',
            '<ubs-settings clinic-name="Clínica Riverside" phone="+1 555 010 0100" emergency-number="112" accent="#6b2c91"></ubs-settings>',
            '<risk-list show="common" heading-level="3" lang="es"></risk-list>',
            '<second-opinion heading-level="3" lang="es"></second-opinion>',
          ].join('\n'),
        );
        // The preview shows the same, with the same settings.
        const frame = await preview(page, () => document.querySelector('second-opinion')?.shadowRoot?.textContent.includes('Clínica Riverside'));
        await assertChoicesShown(frame);
        // The contrast of the brand colour: white text on it, and the ratio.
        assert.match(await page.$eval('#accent-contrast', (out) => out.textContent), /Text on your colour will be white: contrast 8\.8 to 1\./);
        assert.deepEqual(report.errors, []);
      } finally {
        await page.close();
      }
    });

    for (const route of Object.keys(PASTE)) {
      it(`${route}: the copied code, pasted into such a page, shows the chosen parts with the chosen settings`, async () => {
        const parts = await site.copyRoute(browser, CHOICES.toString(), route, async (builder) => {
          // The steps are there, numbered.
          assert.ok((await builder.$$eval('.steps li', (items) => items.length)) >= 3);
        });
        const { page, frame, report } = await openPasted(browser, route, parts);
        try {
          await assertChoicesShown(frame);
          assert.deepEqual(report.errors, [], 'uncaught errors');
          // The demo post's own settings placeholder changes a title; with the clinic's settings in
          // <head> (the builder's site part), the library ignores it, and says so once.
          const expected = route === 'wordpress-placeholders' ? ['warn: upper-back-surgery-elements: page settings in the body cannot set content.en: the page has settings in <head>, which are final.'] : [];
          assert.deepEqual(report.console, expected, 'console errors and warnings');
        } finally {
          await page.close();
        }
      });
    }

    it('html, one element chosen: the code loads that element\'s own file, which shows it in Spanish with the settings and loads nothing else of ours but its language and sources', async () => {
      const choices = new URLSearchParams(CHOICES);
      choices.set('show', 'risk-list');
      const parts = await site.copyRoute(browser, choices.toString(), 'html');
      assert.equal(parts.head, '<script defer src="/ubs/elements/risk-list.js"></script>');
      site.requests.length = 0;
      const { page, frame, report } = await openPasted(browser, 'html', parts);
      try {
        await frame.waitForFunction(() => document.querySelector('risk-list')?.shadowRoot?.textContent.includes('Riesgos'), { timeout: scaled(10000) });
        await sourcesFetched(frame);
        assert.equal(await frame.$eval('risk-list', (el) => getComputedStyle(el).getPropertyValue('--_settings-accent').replace(/\s/g, '')), 'rgb(107,44,145)');
        const ours = site.requests.map((url) => new URL(url, site.origin).pathname).filter((path) => path.startsWith('/ubs/')).sort();
        // Its language, and its bibliography after the first paint, from the folder above the file.
        assert.deepEqual(ours, ['/ubs/elements/risk-list.js', '/ubs/upper-back-surgery-es.js', '/ubs/upper-back-surgery-sources.js']);
        assert.deepEqual([report.errors, report.console], [[], []]);
      } finally {
        await page.close();
      }
    });

    it('server: the commands, run, write the parts as HTML that a page shows before any script and then takes over', async () => {
      const parts = await site.copyRoute(browser, CHOICES.toString(), 'server');
      const { written } = await runServerRoute(parts);
      assert.deepEqual(Object.keys(written), ['risk-list.html', 'second-opinion.html']);
      const body = Object.values(written).join('\n');
      site.pasted.set('server.html', `<!doctype html><html lang="en"><head><meta charset="utf-8">${parts.late}</head><body>${body}</body></html>`);
      const { page, report } = await openPage(browser, site.origin, '/pasted/server.html');
      try {
        await page.waitForFunction(() => ['risk-list', 'second-opinion'].every((tag) => document.querySelector(tag)?.hasUpdated), { timeout: scaled(10000) });
        await assertChoicesShown(page.mainFrame());
        assert.deepEqual(report.errors, [], 'uncaught errors');
        assert.deepEqual(report.console, [], 'console warnings (a page that does not match its HTML warns)');
      } finally {
        await page.close();
      }
    });

    it('WordPress plugin: blocks and shortcodes as the plugin reads them, clinic details for its settings page', async () => {
      const { page } = await openBuilder(browser, CHOICES.toString());
      try {
        await chooseRoute(page, 'wordpress-block');
        assert.deepEqual(await copyEach(page), {
          blocks: [
            '<!-- wp:upper-back-surgery/risk-list {"show":"common","headingLevel":3,"lang":"es"} /-->',
            '<!-- wp:upper-back-surgery/second-opinion {"headingLevel":3,"lang":"es"} /-->',
          ].join('\n'),
        });
        // No settings markup: the steps send the person to Settings → Upper back surgery, with the values.
        assert.match(await page.$eval('.steps', (steps) => steps.textContent), /Settings → Upper back surgery/);
        assert.deepEqual(await page.$$eval('.plugin-settings dd', (values) => values.map((value) => value.textContent)), ['Clínica Riverside', '+1 555 010 0100', '112', '#6b2c91']);
        // The plugin's colour picker takes #rrggbb only: a colour name is given as such.
        await page.click('#setting-accent', { count: 3 });
        await page.keyboard.type('teal');
        assert.equal(await page.$eval('.plugin-settings dd:last-of-type', (value) => value.textContent), '#008080');
        await chooseRoute(page, 'wordpress-shortcode');
        assert.deepEqual(await copyEach(page), {
          shortcodes: [
            '[upper_back_surgery element="risk-list" show="common" heading-level="3" lang="es"]',
            '[upper_back_surgery element="second-opinion" heading-level="3" lang="es"]',
          ].join('\n'),
        });
      } finally {
        await page.close();
      }
    });

    it('a hostile value typed into the fields never runs, and reaches every snippet escaped', async () => {
      // An element's option is chosen from a list; a link can still carry any value.
      const link = new URLSearchParams({ show: 'procedure-compare,second-opinion', phone: '+1 555 010 0100', route: 'html', 'procedure-compare.highlight': HOSTILE });
      const { page, report } = await openBuilder(browser, link.toString());
      try {
        await page.type('#setting-clinic-name', HOSTILE);
        await preview(page, () => document.querySelector('second-opinion')?.shadowRoot?.textContent.includes('onerror'));
        for (const route of ['html', 'wordpress-block', 'wordpress-shortcode', 'wordpress-placeholders', 'wordpress-html', 'drupal', 'squarespace', 'wix', 'cdn', 'npm', 'server']) {
          await chooseRoute(page, route);
          // The highlight is not one the element knows, so Copy refuses the code; the code shown is what it would copy.
          const parts = await codeEach(page);
          if (route === 'server') {
            // Quoted for the shell: run, the commands write HTML and nothing else happens.
            const { folder, written } = await runServerRoute(parts);
            // A quote or `>` that escaped its quoting would run, or write files, of its own.
            assert.deepEqual((await readdir(folder)).sort(), ['procedure-compare.html', 'second-opinion.html', 'settings.json']);
            assert.ok(written['second-opinion.html'].includes('&lt;img src=x onerror='), 'the name as text');
            assert.ok(!written['second-opinion.html'].includes('<img'), 'no markup from the value');
            continue;
          }
          for (const [part, code] of Object.entries(parts).map(([part, code]) => [part, withoutLibrary(code)])) {
            assert.ok(!code.includes('<img') && !code.includes("<script>__pwned"), `${route} ${part}: no markup from the value`);
            if (route === 'wordpress-block') {
              // Nothing can end the comment; the plugin gets the value back exactly.
              for (const line of code.split('\n')) {
                const match = /^<!-- wp:upper-back-surgery\/[\w-]+(?: (\{.*\}))? \/-->$/.exec(line);
                const json = match?.[1] ?? '{}';
                assert.ok(match && !json.includes('--') && !/[<>&]/.test(json), line);
                if (line.includes('procedure-compare')) assert.equal(JSON.parse(json).highlight, HOSTILE);
              }
            }
            if (route === 'wordpress-shortcode') {
              for (const line of code.split('\n')) assert.match(line, /^\[upper_back_surgery( [\w-]+="[^"[\]]*")+\]$/, line);
            }
          }
          if (PASTE[route]) {
            const { page: pastedPage, frame } = await openPasted(browser, route, parts);
            try {
              const shown = await frame.evaluate(() => ({
                ran: window.__ran ?? [],
                images: document.querySelectorAll('img').length,
                clinic: document.querySelector('second-opinion').shadowRoot.textContent,
              }));
              assert.deepEqual(shown.ran, [], `${route}: nothing ran`);
              assert.equal(shown.images, 0, `${route}: no element from the value`);
              // Where the value is the clinic's name, it shows as the text typed.
              assert.ok(shown.clinic.includes(HOSTILE), `${route}: the name shown as typed`);
            } finally {
              await pastedPage.close();
            }
          }
        }
        const frame = await preview(page);
        assert.deepEqual(await frame.evaluate(() => [window.__ran ?? [], document.querySelectorAll('img').length]), [[], 0], 'preview');
        assert.deepEqual(await page.evaluate(() => window.__ran ?? []), [], 'builder');
        assert.deepEqual(report.errors, []);
      } finally {
        await page.close();
      }
    });

    it('a shared link carries only what the form shows: hidden clinic attributes and elements it does not offer are dropped from every route', async () => {
      // The attack review's link (finding 5): per-element clinic attributes the form has no field for, beside
      // the clinic's genuine settings; and more of the same, with the page settings element as a "part".
      const link = new URLSearchParams({
        show: 'second-opinion,medical-disclaimer,ubs-settings',
        'second-opinion.booking-url': 'https://evil.example/book',
        'second-opinion.phone': '+1 555 999 9999',
        'second-opinion.email': 'phish@evil.example',
        'second-opinion.clinic-name': 'Totally Riverside',
        'second-opinion.theme': 'dark',
        'second-opinion.heading-level': '3',
        'medical-disclaimer.reviewed-by': 'Dr. Invented, MD',
        'medical-disclaimer.last-reviewed': '2015-01-01',
        'ubs-settings.content': '{"en":{"risks":{"intro":{"text":"No real risks."}}}}',
        'ubs-settings.emergency-number': '000',
        'clinic-name': 'Riverside Spine Clinic',
        phone: '+1 555 010 0100',
        'booking-url': 'https://riverside.example/book',
      });
      const FORGED = ['evil.example', '555 999 9999', 'Totally', 'dark', 'Invented', '2015-01-01', 'No real risks', '000'];
      const { page, report } = await openBuilder(browser, link.toString());
      try {
        // The form: the two parts it offers, the genuine settings.
        assert.deepEqual(await page.$$eval('li.chosen', (items) => items.map((item) => item.dataset.tag)), ['second-opinion', 'medical-disclaimer']);
        assert.equal(await page.$eval('#setting-phone', (input) => input.value), '+1 555 010 0100');
        for (const route of ['html', 'wordpress-block', 'wordpress-shortcode', 'wordpress-placeholders', 'wordpress-html', 'drupal', 'squarespace', 'wix', 'cdn', 'npm', 'server']) {
          await chooseRoute(page, route);
          const code = withoutLibrary(Object.values(await copyEach(page)).join('\n'));
          for (const value of FORGED) assert.ok(!code.includes(value), `${route}: the copied code has no "${value}":\n${code}`);
          assert.ok(!/data-ubs="ubs-settings"|upper-back-surgery\/ubs-settings|element="ubs-settings"|render ubs-settings/.test(code), `${route}: the page settings are not a part:\n${code}`);
          assert.ok((code.match(/<ubs-settings/g) ?? []).length <= 1, `${route}: one settings element, the genuine one:\n${code}`);
          assert.match(code, /second-opinion/, route);
          if (['wordpress-block', 'wordpress-shortcode'].includes(route)) {
            // The plugin's routes list the genuine settings for its settings screen.
            assert.deepEqual(await page.$$eval('.plugin-settings dd', (values) => values.map((value) => value.textContent)), ['Riverside Spine Clinic', '+1 555 010 0100', 'https://riverside.example/book']);
          } else if (route !== 'server') {
            assert.match(code, /phone="\+1 555 010 0100"|"phone":"\+1 555 010 0100"/, `${route}: the genuine phone`);
          }
        }
        // The preview and the link the page now holds say the same.
        const frame = await preview(page, () => document.querySelector('second-opinion')?.shadowRoot?.querySelector('a[href^="tel:"]'));
        const links = await frame.$eval('second-opinion', (el) => [...el.shadowRoot.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')));
        assert.deepEqual(links.filter((href) => /^(tel:|https?:)/.test(href)), ['tel:+15550100100', 'https://riverside.example/book']);
        assert.equal(await frame.$$eval('ubs-settings', (list) => list.length), 1);
        const shared = await page.$eval('#share-link', (input) => decodeURIComponent(input.value.replace(/\+/g, ' ')));
        for (const value of FORGED) assert.ok(!shared.includes(value), `the link to share has no "${value}": ${shared}`);
        assert.match(shared, /second-opinion\.heading-level=3/, 'a per-element choice the form shows is kept');
        assert.deepEqual(report.errors, []);
      } finally {
        await page.close();
      }
    });

    it('invalid clinic details are flagged next to their field, by the rules the elements use', async () => {
      const { page } = await openBuilder(browser, 'show=second-opinion,procedure-compare&procedure-compare.highlight=laser&phone=12&review-date=2026-02-30&email=a@b&booking-url=javascript:alert(1)&emergency-number=call&accent=notacolour');
      try {
        const flagged = await page.$$eval('[aria-invalid="true"]', (fields) => fields.map((field) => field.id));
        assert.deepEqual(flagged, ['setting-phone', 'setting-booking-url', 'setting-email', 'setting-review-date', 'setting-emergency-number', 'setting-accent']);
        assert.match(await page.$eval('#setting-phone-problem', (p) => p.textContent), /not a phone number/);
        // Written as asked, but no such day: said so, not that the form is wrong.
        assert.equal(await page.$eval('#setting-review-date-problem', (p) => p.textContent), 'Problem: This date does not exist: check the month and the day.');
        // The field's description points at its problem, for screen readers.
        assert.match(await page.$eval('#setting-phone', (input) => input.getAttribute('aria-describedby')), /setting-phone-problem/);
        // Fixed: no longer flagged.
        await page.click('#setting-phone', { count: 3 });
        await page.keyboard.type('+1 555 010 0100');
        assert.equal(await page.$eval('#setting-phone', (input) => input.getAttribute('aria-invalid')), null);
        assert.equal(await page.$eval('#setting-phone-problem', (p) => p.textContent), '');
        // An element's own option: the library's own warning, from the preview, shows under that element.
        await preview(page);
        await page.waitForFunction(() => document.querySelector('#problems-procedure-compare li'), { timeout: scaled(5000) });
        assert.match(await page.$eval('#problems-procedure-compare', (list) => list.textContent), /highlight.*laser/);
      } finally {
        await page.close();
      }
    });

    it('a field is checked when it is left, not while it is typed in; a flagged field clears as soon as it is right', async () => {
      const { page } = await openBuilder(browser, 'show=second-opinion');
      const state = (id) => page.$eval(`#${id}`, (input) => [input.getAttribute('aria-invalid'), document.getElementById(`${input.id}-problem`).textContent]);
      try {
        await page.type('#setting-phone', '+1 55');
        assert.deepEqual(await state('setting-phone'), [null, ''], 'not flagged half-typed');
        await page.keyboard.press('Tab');
        const [invalid, problem] = await state('setting-phone');
        assert.equal(invalid, 'true');
        assert.match(problem, /^Problem: This is not a phone number/);
        await page.focus('#setting-phone');
        await page.keyboard.press('End');
        await page.keyboard.type('5 010 0100');
        assert.deepEqual(await state('setting-phone'), [null, ''], 'cleared once right, before leaving the field');
        await page.type('#setting-review-date', '2026-02-30');
        assert.deepEqual(await state('setting-review-date'), [null, '']);
        await page.keyboard.press('Tab');
        assert.deepEqual(await state('setting-review-date'), ['true', 'Problem: This date does not exist: check the month and the day.']);
      } finally {
        await page.close();
      }
    });

    it('Copy refuses code with a problem in it: the problems are listed above the code, each a link to its field', async () => {
      const { page } = await openBuilder(browser, 'show=second-opinion,procedure-compare&procedure-compare.highlight=laser&phone=call+555-SPINE&route=html');
      try {
        await preview(page);
        await page.waitForFunction(() => document.querySelectorAll('#code-problems a').length === 2, { timeout: scaled(10000) });
        assert.deepEqual(await page.$$eval('#code-problems a', (links) => links.map((link) => link.textContent.slice(0, 40))), [
          'Phone: This is not a phone number: use 7',
          '<procedure-compare> highlight="laser" is',
        ]);
        await page.click('button.copy[data-part="body"]');
        assert.deepEqual(await page.evaluate(() => window.__copied), [], 'nothing copied');
        assert.match(await page.$eval('#copy-status', (status) => status.textContent), /^Not copied/);
        assert.equal(await page.evaluate(() => document.activeElement.id), 'code-problems', 'the focus on the list of problems');
        // A problem's link takes the person to the field.
        await page.click('#code-problems a');
        assert.equal(await page.evaluate(() => document.activeElement.id), 'setting-phone');
        await page.click('#setting-phone', { count: 3 });
        await page.keyboard.type('+1 555 010 0100');
        await page.select('#el-procedure-compare-highlight', 'open');
        await page.waitForFunction(() => !document.querySelector('#code-problems a'), { timeout: scaled(10000) });
        await page.click('button.copy[data-part="body"]');
        assert.equal(await page.$eval('#copy-status', (status) => status.textContent), 'Copied.', await page.$eval('#code-problems', (p) => p.textContent));
        assert.match(await page.evaluate(() => window.__copied.at(-1)), /phone="\+1 555 010 0100"[\s\S]*<procedure-compare highlight="open"/);
      } finally {
        await page.close();
      }
    });

    it('options that take ids are boxes and lists with the content\'s own words; a part already in the whole guide is flagged', async () => {
      const { page } = await openBuilder(browser, 'show=back-surgery-guide,surgery-faq,procedure-compare&route=html');
      try {
        assert.equal(await page.$eval('label[for="el-surgery-faq-questions-painful"]', (label) => label.textContent), 'Is the surgery painful?');
        assert.equal(await page.$eval('label[for="el-back-surgery-guide-exclude-risk-list"]', (label) => label.textContent), 'Risks of surgery');
        // Both parts are in the guide too: each would show twice.
        for (const tag of ['surgery-faq', 'procedure-compare']) assert.match(await page.$eval(`#notice-${tag}`, (p) => p.textContent), /^Already in the whole guide/);
        await page.click('#el-back-surgery-guide-exclude-candidacy-check');
        await page.click('#el-back-surgery-guide-exclude-surgery-faq');
        await page.click('#el-surgery-faq-questions-cure');
        await page.click('#el-surgery-faq-questions-laser-better');
        await page.click('#el-procedure-compare-procedures-minimally-invasive');
        await page.select('#el-procedure-compare-highlight', 'open');
        assert.equal(await page.$eval('#notice-surgery-faq', (p) => p.textContent), '', 'left out of the guide: shown once');
        assert.match(await page.$eval('#notice-procedure-compare', (p) => p.textContent), /^Already in the whole guide/);
        assert.equal(
          await page.$eval('#part-body', (pre) => pre.textContent),
          [
            '<back-surgery-guide exclude="candidacy-check, surgery-faq"></back-surgery-guide>',
            '<surgery-faq questions="try-first, painful, recovery-time, risks, second-opinion, ask-surgeon"></surgery-faq>',
            '<procedure-compare procedures="open" highlight="open"></procedure-compare>',
          ].join('\n'),
        );
        const frame = await preview(page, () => document.querySelector('surgery-faq[questions]'));
        assert.equal(await frame.$eval('surgery-faq', (faq) => faq.shadowRoot.querySelectorAll('ul.questions > li').length), 6, 'six questions');
        assert.equal(await frame.$eval('back-surgery-guide', (guide) => Boolean(guide.shadowRoot.querySelector('candidacy-check'))), false);
        assert.deepEqual(await page.$$eval('.problems li', (items) => items.map((item) => item.textContent)), [], 'the elements take every value');
        // Every box ticked is the default: nothing written. Spanish words in the Spanish interface.
        await page.click('#el-surgery-faq-questions-cure');
        await page.click('#el-surgery-faq-questions-laser-better');
        assert.match(await page.$eval('#part-body', (pre) => pre.textContent), /<surgery-faq><\/surgery-faq>/);
        await page.select('#ui-language', 'es');
        assert.equal(await page.$eval('label[for="el-surgery-faq-questions-painful"]', (label) => label.textContent), '¿Duele la cirugía?');
      } finally {
        await page.close();
      }
    });

    it('the preview shows the page\'s language, not the builder\'s, at the real width, with nothing above the first part', async () => {
      const { page } = await openBuilder(browser, 'show=risk-list&ui=es&clinic-name=Riverside&width=desktop', { width: 1366, height: 900 });
      try {
        let frame = await preview(page);
        assert.equal(await frame.$eval('risk-list', (el) => el.shadowRoot.querySelector('h2').textContent.trim()), 'Risks of surgery', 'an English page, in the Spanish builder');
        await page.click('#page-lang-es');
        frame = await preview(page, () => document.documentElement.lang === 'es' && document.querySelector('risk-list').shadowRoot.querySelector('h2')?.textContent.includes('Riesgos'));
        assert.match(await page.$eval('#share-link', (input) => input.value), /page-lang=es/);
        // Desktop is 1200 px: laid out at that width, shown smaller beside the form.
        assert.equal(await frame.evaluate(() => innerWidth), 1200);
        assert.match(await page.$eval('#preview-scale', (p) => p.textContent), /^Se muestra al \d+ %/);
        // The hidden settings element takes no room: the part starts where the page's padding ends.
        assert.equal(await frame.evaluate(() => document.querySelector('risk-list').getBoundingClientRect().top), 16);
        // No brand colour: the picker shows the guide's own, not black.
        const accent = await frame.evaluate(() => getComputedStyle(document.querySelector('risk-list')).getPropertyValue('--_accent').trim());
        assert.equal(await page.$eval('#accent-picker', (input) => input.value), accent);
      } finally {
        await page.close();
      }
    });

    it('keyboard: from the clinic\'s last field, the skip link passes the preview to the routes', async () => {
      const { page } = await openBuilder(browser);
      try {
        await preview(page);
        await page.focus('#setting-lang');
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => document.activeElement.id), 'skip-preview');
        await page.keyboard.press('Enter');
        assert.equal(await page.evaluate(() => document.activeElement.id), 'route-html');
        assert.doesNotMatch(await page.evaluate(() => location.hash), /skip|route-heading/, 'the address still holds the choices');
      } finally {
        await page.close();
      }
    });

    it('Wix: the step gives the embed\'s height, as measured in the preview', async () => {
      const { page } = await openBuilder(browser, 'show=risk-list&route=wix&width=phone');
      try {
        const frame = await preview(page);
        await page.waitForFunction(() => /at least \d+ px tall/.test(document.querySelector('.steps').textContent), { timeout: scaled(10000) });
        const height = Number(/at least (\d+) px tall/.exec(await page.$eval('.steps', (steps) => steps.textContent))[1]);
        assert.equal(height, await frame.evaluate(() => document.documentElement.scrollHeight));
        assert.match(await page.$eval('.steps', (steps) => steps.textContent), new RegExp(`at ${await frame.evaluate(() => document.documentElement.clientWidth)} px wide`));
      } finally {
        await page.close();
      }
    });

    it('the choices round-trip through the address (fragment only: nothing sent, nothing stored)', async () => {
      site.requests.length = 0;
      const { page, report } = await openBuilder(browser, `${CHOICES}&route=wix&ui=es&width=phone&page=dark`, { width: 1600, height: 900 });
      try {
        assert.equal(await page.$eval('#setting-clinic-name', (input) => input.value), 'Clínica Riverside');
        assert.equal(await page.$eval('#el-risk-list-show', (select) => select.value), 'common');
        assert.equal(await page.$eval('#route-wix', (radio) => radio.checked), true);
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
        assert.equal(await page.$eval('#width-phone', (radio) => radio.checked), true);
        assert.equal(await page.$eval('#preview-box', (box) => box.getBoundingClientRect().width), 375, 'a phone-wide preview');
        await page.click('#width-tablet');
        assert.equal(await page.$eval('#preview-box', (box) => box.getBoundingClientRect().width), 768, 'a tablet-wide preview');
        const frame = await preview(page);
        assert.equal(await frame.evaluate(() => document.body.classList.contains('dark')), true);
        // A change is written to the link at once; opened elsewhere, the link gives the same code.
        await page.type('#setting-email', 'spine@riverside.example');
        const link = await page.$eval('#share-link', (input) => input.value);
        assert.match(link, /#.*email=spine%40riverside\.example/);
        const code = await page.$eval('pre', (pre) => pre.textContent);
        const again = await browser.newPage();
        try {
          await again.goto(link, { waitUntil: 'load' });
          await again.waitForFunction(() => document.body.classList.contains('ready'));
          assert.equal(await again.$eval('pre', (pre) => pre.textContent), code);
        } finally {
          await again.close();
        }
        assert.ok(!site.requests.some((url) => /Riverside|riverside|%23|#/.test(url)), `sent: ${site.requests.filter((url) => /riverside|#/i.test(url))}`);
        assert.deepEqual(report.foreign, []);
        const stored = await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]);
        assert.deepEqual(stored, ['', 0, 0]);
      } finally {
        await page.close();
      }
    });

    it('axe finds nothing, in English and Spanish, with a problem flagged; usable on a phone', async () => {
      // Every kind of control: the guide's and the FAQ's boxes, the comparison's list, a duplicate flagged, a problem listed.
      const link = CHOICES.toString().replace(/phone=[^&]*/, 'phone=12').replace(/show=[^&]*/, 'show=back-surgery-guide,risk-list,second-opinion,surgery-faq,procedure-compare');
      const { page } = await openBuilder(browser, link, { width: 375, height: 800 });
      try {
        await preview(page);
        for (const ui of ['en', 'es']) {
          await page.select('#ui-language', ui);
          await page.waitForFunction((ui) => document.documentElement.lang === ui, {}, ui);
          await page.addScriptTag({ url: '/node_modules/axe-core/axe.min.js' });
          const violations = await page.evaluate(async () =>
            (await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] })).violations.map(
              (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
            ),
          );
          assert.deepEqual(violations, [], ui);
          // Nothing wider than the phone's screen makes the page scroll sideways.
          assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true, `${ui}: no sideways scrolling`);
        }
        assert.match(await page.$eval('h1', (h1) => h1.textContent), /Ponga la guía/);
        assert.match(await page.$eval('#setting-phone-problem', (p) => p.textContent), /No es un número de teléfono/);
      } finally {
        await page.close();
      }
    });
  });
}
