// The WordPress plugin in a real WordPress (Debian's 6.1 with MariaDB and Apache on loopback, set up
// by .ci/wordpress-setup.sh), driven in Chromium as an administrator, an author and a contributor
// would: upload the built zip, save the clinic's settings (hostile values too), insert a block in the
// block editor, write shortcodes, block comments and placeholders that try to change the clinic's
// settings, read the published pages as a visitor, delete the plugin (on a network too). Skips, saying
// why, where that WordPress is not running. Run by `npm run test:wordpress` after `npm run build`.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/browsers.mjs';
import { NETWORK_HOST, SITE, WORDPRESS_DIR, WORDPRESS_VERSION, skipReason, wpState } from './site.mjs';

const ZIP = 'dist/wordpress/upper-back-surgery-elements.zip';
/** The plugin's files as the zip holds them. */
const STAGED = 'dist/wordpress/upper-back-surgery-elements';
const PLUGIN_FILES = '/wp-content/plugins/upper-back-surgery-elements/';
// Named as readme.txt's == Screenshots == section numbers them.
const SCREENSHOTS = process.env.WORDPRESS_SCREENSHOTS ?? 'dist/wordpress/screenshots';
const USERS = { admin: 'ci-admin-password', author: 'ci-author-password', contributor: 'ci-contributor-password', gestora: 'ci-gestora-password' };
/** The library's elements and their attributes, as custom-elements.json (the one list) declares them. */
const ELEMENTS = JSON.parse(readFileSync('custom-elements.json', 'utf8')).modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.tagName).map((declaration) => ({ tagName: declaration.tagName, attributes: declaration.attributes ?? [] })),
);

/** Text of the composed tree under the elements matching a selector: what a reader sees. */
const composedText = (selector) => {
  const walk = (node) =>
    [...(node.shadowRoot ?? node).childNodes].map((child) => (child.nodeType === 3 ? child.textContent : child.nodeType === 1 ? walk(child) : '')).join(' ');
  return [...document.querySelectorAll(selector)].map(walk).join(' ').replace(/\s+/g, ' ');
};

/** Waits until an element has rendered into its shadow root. */
const renderedIn = (page, tag) =>
  page.waitForFunction((name) => [...document.querySelectorAll(name)].some((el) => el.shadowRoot?.textContent.trim()), { timeout: 15000 }, tag);

const skip = await skipReason('WordPress plugin test');

describe(`the WordPress plugin in WordPress ${WORDPRESS_VERSION}`, { skip }, () => {
  let browser;
  /** Every request and every sign of a script that should never have run, per page. */
  const watch = (page) => {
    const seen = { requests: [], dialogs: [], errors: [] };
    page.on('request', (request) => seen.requests.push(request.url()));
    page.on('dialog', async (dialog) => {
      seen.dialogs.push(dialog.message());
      await dialog.accept();
    });
    page.on('pageerror', (error) => seen.errors.push(String(error?.message ?? error)));
    return seen;
  };
  const pwned = (page) => page.evaluate(() => window.__pwned);

  async function logIn(user) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1400, height: 1000 });
    const seen = watch(page);
    await page.goto(`${SITE}/wp-login.php`, { waitUntil: 'load' });
    // The login page empties and focuses the name field shortly after loading; type after that.
    await page.waitForFunction(() => document.activeElement?.id === 'user_login');
    await page.type('#user_login', user);
    await page.type('#user_pass', USERS[user]);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
    assert.match(page.url(), /\/wp-admin\//, `${user} is logged in`);
    return { page, seen, context };
  }

  /** The inserter's button and the sidebar's: named differently by WordPress 6.1 and later versions. */
  const INSERTER = '.edit-post-header-toolbar__inserter-toggle, .editor-document-tools__inserter-toggle';
  const SETTINGS_BUTTON = '.interface-interface-skeleton__header button[aria-label="Settings"]';

  /**
   * Where the post's blocks are: the editor's page (WordPress 6.1), or the frame it runs in when every
   * block is of block API version 3, as the plugin's are (WordPress 6.3 and later).
   */
  async function editorCanvas(page) {
    const frame = await page.$('iframe[name="editor-canvas"]');
    return frame ? frame.contentFrame() : page;
  }

  /** Opens the block editor on a new post, with its title typed; resolves to the editor's canvas. */
  async function newPost(page, title) {
    await page.goto(`${SITE}/wp-admin/post-new.php`, { waitUntil: 'load' });
    await page.waitForSelector('.edit-post-visual-editor', { timeout: 30000 });
    // A welcome guide, when WordPress shows one, would cover the editor.
    const guide = await page.$('.edit-post-welcome-guide');
    if (guide) await page.keyboard.press('Escape');
    const canvas = await editorCanvas(page);
    const titleField = await canvas.waitForSelector('.wp-block-post-title', { timeout: 30000 });
    await titleField.click();
    await page.keyboard.type(title);
    return canvas;
  }

  /**
   * Publishes the post open in the editor; resolves to the published page's address. Waits on the
   * editor's own store, not on the panel that shows the link afterwards: on a busy machine that panel
   * once took over 30 s to appear (CI, stop 15). A click the editor missed is made again.
   */
  async function publish(page) {
    await page.click('.editor-post-publish-panel__toggle');
    const button = '.editor-post-publish-panel .editor-post-publish-button:not([aria-disabled="true"])';
    await page.waitForSelector(button);
    await page.click(button);
    const published = () => {
      const editor = window.wp.data.select('core/editor');
      return editor.isCurrentPostPublished() && !editor.isSavingPost();
    };
    for (let attempt = 1; ; attempt += 1) {
      try {
        await page.waitForFunction(published, { timeout: 20000 });
        break;
      } catch (error) {
        const saving = await page.evaluate(() => window.wp.data.select('core/editor').isSavingPost());
        if (attempt === 3) throw error;
        if (!saving && (await page.$(button))) await page.click(button);
      }
    }
    return page.evaluate(() => window.wp.data.select('core/editor').getPermalink());
  }

  /** Publishes a post as the administrator through the REST API, as the block editor saves one; resolves to its link. */
  async function writeAdminPost(title, content) {
    const { page } = admin;
    await page.goto(`${SITE}/wp-admin/post-new.php`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.wp?.apiFetch);
    return page.evaluate((data) => window.wp.apiFetch({ path: '/wp/v2/posts', method: 'POST', data }).then((post) => post.link), { title, content, status: 'publish' });
  }

  let admin;
  let logSize;
  let publishedBlock;
  let publishedShortcode;

  before(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    wpState('reset');
    logSize = wpState('log-size');
    browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
    admin = await logIn('admin');
  });
  after(async () => {
    await browser?.close();
  });

  it('installs from the zip through Plugins → Add New → Upload, and activates', async () => {
    const { page } = admin;
    await page.goto(`${SITE}/wp-admin/plugin-install.php?tab=upload`, { waitUntil: 'load' });
    const input = await page.waitForSelector('#pluginzip');
    await input.uploadFile(ZIP);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: 60000 }), page.click('#install-plugin-submit')]);
    assert.match(await page.$eval('.wrap', (wrap) => wrap.textContent), /Plugin installed successfully/);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('a.button-primary[href*="action=activate"]')]);
    assert.ok(await page.$('tr.active[data-plugin="upper-back-surgery-elements/upper-back-surgery-elements.php"]'), 'the plugin is listed as active');
    // Staff find the settings from where they activated the plugin.
    const link = await page.$eval('tr[data-plugin="upper-back-surgery-elements/upper-back-surgery-elements.php"] .row-actions a[href*="page=upper-back-surgery"]', (a) => a.textContent);
    assert.equal(link, 'Settings');
  });

  it('saves the clinic name and brand colour; rejects a javascript: link, a bad email and a 10,000-character value with a notice', async () => {
    const { page, seen } = admin;
    const settingsPage = `${SITE}/wp-admin/options-general.php?page=upper-back-surgery`;
    await page.goto(settingsPage, { waitUntil: 'load' });
    const fill = async (id, value) => {
      await page.$eval(id, (input) => { input.value = ''; });
      await page.type(id, value);
    };
    await fill('#ubs-clinicName', 'Riverside "Spine" & Co\'s Clinic');
    // The colour picker (WordPress's own) shows its text field once its button is pressed.
    await page.click('.wp-color-result');
    await fill('#ubs-accent', '#6b2c91');
    await fill('#ubs-phone', '+1 555 010 0100');
    await fill('#ubs-bookingUrl', 'javascript:window.__pwned=1');
    await fill('#ubs-email', 'spine@riverside.example?subject=hi');
    await fill('#ubs-emergencyNumber', '911');
    await page.screenshot({ path: `${SCREENSHOTS}/screenshot-2.png`, fullPage: true });
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);

    const notices = await page.$$eval('.notice-error', (list) => list.map((notice) => notice.textContent.trim()));
    assert.ok(notices.some((text) => text.startsWith('Booking link was not saved')), `a notice names the booking link: ${notices}`);
    assert.ok(notices.some((text) => text.startsWith('Email was not saved')), `a notice names the email: ${notices}`);
    assert.deepEqual(wpState('option', 'upper_back_surgery_settings'), {
      clinicName: 'Riverside "Spine" & Co\'s Clinic',
      phone: '+1 555 010 0100',
      accent: '#6b2c91',
      theme: 'auto',
      emergencyNumber: '911',
    });
    assert.equal(await page.$eval('#ubs-clinicName', (input) => input.value), 'Riverside "Spine" & Co\'s Clinic', 'the form shows the saved name as text');

    // A name that is markup is saved as text without its tags; one too long is refused, the saved one kept.
    await fill('#ubs-reviewerName', 'Dr. Reyes"><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">');
    await page.$eval('#ubs-reviewerCredentials', (input) => { input.value = 'x'.repeat(10000); });
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);
    const saved = wpState('option', 'upper_back_surgery_settings');
    assert.equal(saved.reviewerName, 'Dr. Reyes">');
    assert.equal(saved.reviewerCredentials, undefined);
    assert.match(await page.$eval('.notice-error', (notice) => notice.textContent), /Reviewer's credentials was not saved/);
    assert.equal(await pwned(page), undefined, 'no hostile script ran on the settings page');
    assert.deepEqual(seen.dialogs, []);
  });

  it('the settings screen is in Spanish for an administrator who reads Spanish', async () => {
    const gestora = await logIn('gestora');
    const { page } = gestora;
    await page.goto(`${SITE}/wp-admin/options-general.php?page=upper-back-surgery`, { waitUntil: 'load' });
    assert.equal(await page.$eval('.wrap h1', (h1) => h1.textContent.trim()), 'Cirugía de la parte superior de la espalda');
    assert.equal(await page.$eval('label[for="ubs-clinicName"]', (label) => label.textContent.trim()), 'Nombre de la clínica');
    await page.screenshot({ path: `${SCREENSHOTS}/settings-es.png`, fullPage: true });
    await gestora.context.close();
  });

  it('an administrator inserts a block from the inserter, sets its heading level in the sidebar, previews it and publishes', async () => {
    const { page, seen } = admin;
    const canvas = await newPost(page, 'UBS test: risks');
    await page.click(INSERTER);
    const search = await page.waitForSelector('.block-editor-inserter__search input');
    await search.type('Risks of surgery');
    // A locator: the list re-renders as the search settles (WordPress 6.5), and a found node can be detached by the click.
    await page.locator('.block-editor-block-types-list__item ::-p-text(Risks of surgery)').click();
    await page.click(INSERTER);
    // The block's options are in the Settings sidebar, closed on a first visit.
    const settings = await page.waitForSelector(SETTINGS_BUTTON);
    if ((await settings.evaluate((button) => button.getAttribute('aria-pressed'))) !== 'true') await settings.click();
    // The block is the element itself in the editor, rendered as readers will see it.
    await renderedIn(canvas, 'risk-list');
    // The sidebar's control, found by its label as a screen reader user would.
    const labelled = await page.waitForFunction(() =>
      [...document.querySelectorAll('.block-editor-block-inspector label')].find((label) => label.textContent.trim() === 'Heading level')?.htmlFor);
    await page.select(`#${await labelled.jsonValue()}`, '3');
    await canvas.waitForFunction(() => document.querySelector('risk-list')?.shadowRoot?.querySelector('h3'));
    await page.screenshot({ path: `${SCREENSHOTS}/screenshot-1.png` });
    const content = await page.evaluate(() => window.wp.data.select('core/editor').getEditedPostContent());
    assert.match(content, /<!-- wp:upper-back-surgery\/risk-list \{"headingLevel":3\} \/-->/);
    publishedBlock = await publish(page);
    assert.deepEqual(seen.errors, [], 'no script error in the editor');
  });

  it('the site editor, whose canvas is a frame, previews a block too (the editor script loads the library into the frame)', async () => {
    const { page } = admin;
    await page.goto(`${SITE}/wp-admin/site-editor.php?postType=wp_template&postId=twentytwentythree%2F%2Fsingle`, { waitUntil: 'load' });
    const canvas = await (await page.waitForSelector('iframe[name="editor-canvas"]', { timeout: 30000 })).contentFrame();
    await page.waitForFunction(() => window.wp?.data?.select('core/block-editor').getBlockCount() > 0, { timeout: 30000 });
    // Inserted through the editor's data API, not saved: the inserter itself is tested in the post editor.
    await page.evaluate(() => window.wp.data.dispatch('core/block-editor').insertBlocks(window.wp.blocks.createBlock('upper-back-surgery/risk-list', {})));
    await renderedIn(canvas, 'risk-list');
    assert.match(await canvas.evaluate(composedText, 'risk-list'), /Risks of surgery/);
  });

  it('the published block shows the risks, at heading level 3, with the brand colour and the plugin\'s files from its own folder', async () => {
    // Without JavaScript (a crawler, a feed, a blocked script): the element's title and first sentences.
    const html = await (await fetch(publishedBlock)).text();
    assert.match(html, /<risk-list heading-level="3" class="wp-block-upper-back-surgery-risk-list"><h3>Risks of surgery<\/h3><p>Every surgery has risks\./);
    // Nothing of ours holds up the page's first paint: the script is deferred, and no stylesheet.
    const ourTags = html.match(/<(?:script|link)\b[^>]*\/upper-back-surgery-elements\/assets\/[^>]*>/g) ?? [];
    assert.ok(ourTags.length > 0 && ourTags.every((tag) => /^<script defer /.test(tag)), `our tags in the page: ${ourTags.join(' ')}`);

    const page = await browser.newPage();
    const seen = watch(page);
    await page.goto(publishedBlock, { waitUntil: 'load' });
    await renderedIn(page, 'risk-list');
    assert.match(await page.evaluate(composedText, 'risk-list'), /Risks of surgery/);
    assert.equal(await page.$eval('risk-list', (el) => el.shadowRoot.querySelector('h3')?.textContent.trim()), 'Risks of surgery');
    assert.equal(await page.$eval('risk-list', (el) => getComputedStyle(el).getPropertyValue('--_settings-accent').replace(/\s/g, '')), 'rgb(107,44,145)');
    const ours = seen.requests.filter((url) => url.includes(PLUGIN_FILES));
    assert.ok(ours.some((url) => /upper-back-surgery\.iife\.js\?ver=\d+\.\d+\.\d+/.test(url)), `the versioned script: ${ours}`);
    assert.deepEqual(ours.filter((url) => url.includes('-es.js')), [], 'an English page loads no Spanish');
    // WordPress 6.3 and later test emoji support in a worker made from a blob: of the page's own origin.
    assert.deepEqual(seen.requests.filter((url) => !url.startsWith(SITE) && !url.startsWith('data:') && !url.startsWith(`blob:${SITE}/`)), [], 'no request to another site');
    await page.screenshot({ path: `${SCREENSHOTS}/screenshot-3.png`, fullPage: true });
    await page.close();
  });

  it('an author (no unfiltered HTML) publishes a shortcode; the page shows the element in Spanish with the clinic\'s name, and a javascript: link never becomes a link', async () => {
    const author = await logIn('author');
    const { page } = author;
    await newPost(page, 'UBS test: second opinion');
    await page.keyboard.press('Enter');
    await page.keyboard.type('[upper_back_surgery element="second-opinion" heading-level="3" lang="es" booking-url="javascript:window.__pwned=1"]');
    publishedShortcode = await publish(page);
    await author.context.close();

    const reader = await browser.newPage();
    const seen = watch(reader);
    await reader.goto(publishedShortcode, { waitUntil: 'load' });
    await renderedIn(reader, 'second-opinion');
    await reader.waitForFunction(() => document.querySelector('second-opinion').shadowRoot.textContent.includes('segunda opinión'), { timeout: 10000 });
    const text = await reader.evaluate(composedText, 'second-opinion');
    assert.match(text, /Riverside "Spine" & Co's Clinic/, 'the clinic name from the settings, as text');
    assert.equal(await reader.$eval('second-opinion', (el) => el.shadowRoot.querySelector('h3') !== null), true);
    assert.equal(await reader.$eval('second-opinion', (el) => el.shadowRoot.querySelectorAll('a[href^="javascript:" i]').length), 0);
    assert.ok(seen.requests.some((url) => url.includes(PLUGIN_FILES) && url.includes('upper-back-surgery-es.js')), 'the Spanish file, where Spanish shows');
    assert.equal(await pwned(reader), undefined);
    assert.deepEqual(seen.dialogs, []);
    await reader.screenshot({ path: `${SCREENSHOTS}/screenshot-4.png`, fullPage: true });
    await reader.close();
  });

  it('block attributes an author forges through the REST API are checked or escaped: no new attribute, no script', async () => {
    const author = await logIn('author');
    const { page } = author;
    await page.goto(`${SITE}/wp-admin/post-new.php`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.wp?.apiFetch);
    const forged = {
      highlight: '" onmouseover="window.__pwned=1" autofocus onfocus="window.__pwned=2" x="',
      headingLevel: '3" onclick="window.__pwned=3',
      procedures: 'open" onclick="window.__pwned=4',
      lang: 'es"><script>window.__pwned=5</script>',
    };
    const content = `<!-- wp:upper-back-surgery/procedure-compare ${JSON.stringify(forged)} /-->\n<!-- wp:upper-back-surgery/risk-list ${JSON.stringify({ show: 'all" onclick="window.__pwned=6', expanded: 'yes" onclick="x' })} /-->`;
    const link = await page.evaluate(
      (body) => window.wp.apiFetch({ path: '/wp/v2/posts', method: 'POST', data: { title: 'UBS test: forged', content: body, status: 'publish' } }).then((post) => post.link),
      content,
    );
    await author.context.close();

    const reader = await browser.newPage();
    const seen = watch(reader);
    await reader.goto(link, { waitUntil: 'load' });
    await renderedIn(reader, 'procedure-compare');
    const attributes = await reader.$$eval('procedure-compare, risk-list', (elements) => elements.map((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]))));
    for (const found of attributes) {
      // The plugin's own on a server-rendered element (issue 30): the language it rendered and its digest.
      for (const name of Object.keys(found)) assert.match(name, /^(highlight|procedures|class|lang|data-ubs-rendered)$/, `no attribute but the element's own: ${name}`);
      if ('lang' in found) assert.match(found.lang, /^(en|es)$/);
      if ('data-ubs-rendered' in found) assert.match(found['data-ubs-rendered'], /^[0-9a-z]+$/);
    }
    assert.equal(attributes[0].highlight, forged.highlight, 'a per-page choice is kept, as text');
    await reader.hover('procedure-compare');
    await reader.click('risk-list');
    assert.equal(await reader.$$eval('script:not([src]):not([type])', (scripts) => scripts.filter((s) => s.textContent.includes('__pwned')).length), 0);
    assert.equal(await pwned(reader), undefined);
    assert.deepEqual(seen.dialogs, []);
    await reader.close();
  });

  it('the block editor offers no clinic settings: no "Clinic settings" block, no clinic, reviewer or colour field in a block\'s sidebar', async () => {
    const author = await logIn('author');
    const { page } = author;
    await newPost(page, 'UBS test: editor offers');
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType('upper-back-surgery/risk-list'));
    const blocks = await page.evaluate(() => window.wp.blocks.getBlockTypes().map((block) => block.name).filter((name) => name.startsWith('upper-back-surgery/')));
    assert.deepEqual(blocks.sort(), ELEMENTS.filter((element) => element.tagName !== 'ubs-settings').map((element) => `upper-back-surgery/${element.tagName}`).sort());
    // The sidebar of the two blocks that had the clinic's and the reviewer's fields, read by label.
    const settings = await page.waitForSelector(SETTINGS_BUTTON);
    if ((await settings.evaluate((button) => button.getAttribute('aria-pressed'))) !== 'true') await settings.click();
    for (const tag of ['second-opinion', 'medical-disclaimer']) {
      await page.evaluate((name) => {
        const block = window.wp.blocks.createBlock(`upper-back-surgery/${name}`, {});
        window.wp.data.dispatch('core/block-editor').insertBlocks(block);
        window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
      }, tag);
      await page.waitForFunction(
        (name) => document.querySelector('.block-editor-block-card__title')?.textContent.trim() === window.wp.blocks.getBlockType(`upper-back-surgery/${name}`).title,
        {},
        tag,
      );
      const labels = await page.$$eval('.block-editor-block-inspector label', (list) => list.map((label) => label.textContent.trim()));
      assert.deepEqual(labels, tag === 'second-opinion' ? ['Heading level', 'Language'] : ['Hide sources', 'Heading level', 'Language'], tag);
    }
    await author.context.close();
  });

  describe('the administrator\'s settings hold against what an author or a contributor writes', () => {
    /** The settings the administrator saves; the reviewer's credentials and the emergency number are left empty. */
    const CLINIC = {
      clinicName: 'Riverside Spine Clinic',
      phone: '+1 555 010 0100',
      bookingUrl: 'https://riverside.example/book',
      email: 'spine@riverside.example',
      reviewerName: 'Dr. Ana Reyes',
      reviewDate: '2026-03-01',
      accent: '#6b2c91',
      theme: 'light',
    };
    /**
     * What an author writes instead, for every attribute of the library's elements that is not a per-page
     * choice (PAGE_CHOICES), and `content`: the page settings' text changes.
     */
    const FORGED = {
      'clinic-name': 'Totally Riverside',
      phone: '+1 555 999 9999',
      'booking-url': 'https://evil.example/book',
      email: 'phish@evil.example',
      'reviewed-by': 'Dr. Invented, MD',
      'last-reviewed': '2015-01-01',
      'reviewer-name': 'Dr. Invented, MD',
      'reviewer-credentials': 'Chief of Spine Surgery',
      'review-date': '2015-01-01',
      'reviewed-version': 'ffffffffffff',
      'emergency-number': '000',
      accent: '#ff0000',
      theme: 'dark',
      content: JSON.stringify({ en: { risks: { intro: { text: 'Spine surgery at our clinic has no real risks.' } }, warningSigns: { intro: { text: 'These signs are normal. Rest at home.' } } } }),
    };
    /** Text of the forged values that must appear nowhere in the page's HTML. */
    const FORGED_TEXT = ['Totally Riverside', '555 999 9999', '5559999999', 'evil.example', 'Invented', 'Chief of Spine', '2015-01-01', 'no real risks', 'These signs are normal', '#ff0000'];
    /** Attributes an author may set on a page: how it shows the guide, never what the clinic set. */
    const PAGE_CHOICES = new Set(['heading-level', 'lang', 'show', 'expanded', 'exclude', 'procedures', 'highlight', 'questions', 'structured-data', 'hide-sources']);
    const LOCKED = [...new Set(ELEMENTS.flatMap((element) => element.attributes.map((attribute) => attribute.name)))].filter((name) => !PAGE_CHOICES.has(name));
    const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    const shortcodes = ELEMENTS.map(
      (element) => `[upper_back_surgery element="${element.tagName}" ${Object.entries(FORGED).map(([name, value]) => (value.includes('"') ? `${name}='${value}'` : `${name}="${value}"`)).join(' ')}]`,
    ).join('\n\n');
    // Placeholders (README "Without the plugin"), which WordPress keeps for every author, and one block so the page loads the script.
    const placeholders = `${ELEMENTS.map(
      (element) => `<div data-ubs="${element.tagName}" ${Object.entries(FORGED).map(([name, value]) => (value.includes('"') ? `data-${name}='${value}'` : `data-${name}="${value}"`)).join(' ')}></div>`,
    ).join('\n')}\n<!-- wp:upper-back-surgery/surgery-overview /-->`;
    const blockComments = ELEMENTS.map(
      (element) => `<!-- wp:upper-back-surgery/${element.tagName} ${JSON.stringify(Object.fromEntries(Object.entries(FORGED).map(([name, value]) => [camel(name), value])))} /-->`,
    ).join('\n');

    /** Creates a post as `user` through the REST API, as the block editor saves one; resolves to its id and link. */
    async function writePost(user, title, content, status) {
      const session = await logIn(user);
      const { page } = session;
      await page.goto(`${SITE}/wp-admin/post-new.php`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.wp?.apiFetch);
      const post = await page.evaluate(
        (data) => window.wp.apiFetch({ path: '/wp/v2/posts', method: 'POST', data }).then((saved) => ({ id: saved.id, link: saved.link, status: saved.status })),
        { title, content, status },
      );
      assert.equal(post.status, status, `${user} saved the post as ${status}`);
      return { ...post, session };
    }

    /** What a page shows where the administrator's settings must hold: links, reviewer line, texts, colours. */
    async function assertClinicHolds(page, where) {
      await renderedIn(page, 'second-opinion');
      await renderedIn(page, 'medical-disclaimer');
      await renderedIn(page, 'risk-list');
      const shown = await page.evaluate((tags) => {
        const text = (el) => {
          const walk = (node) => [...(node.shadowRoot ?? node).childNodes].map((child) => (child.nodeType === 3 ? child.textContent : child.nodeType === 1 ? walk(child) : '')).join(' ');
          return walk(el).replace(/\s+/g, ' ');
        };
        const opinion = document.querySelector('second-opinion');
        const links = [...opinion.shadowRoot.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
        return {
          attributes: [...document.querySelectorAll(tags.join(','))].flatMap((el) => [...el.attributes].map((a) => `${el.localName} ${a.name}`)),
          settingsElements: document.querySelectorAll('ubs-settings').length,
          links,
          opinion: text(opinion),
          disclaimer: text(document.querySelector('medical-disclaimer')),
          risks: text(document.querySelector('risk-list')),
          accent: getComputedStyle(document.querySelector('risk-list')).getPropertyValue('--_settings-accent').replace(/\s/g, ''),
          notices: [...document.querySelectorAll('.ubs-settings-notice')].map((notice) => notice.textContent),
        };
      }, ELEMENTS.map((element) => element.tagName));
      // Every difference from the clinic's settings, listed at once.
      const problems = [];
      const expect = (ok, what) => ok || problems.push(what);
      const locked = shown.attributes.filter((entry) => LOCKED.includes(entry.split(' ')[1]));
      expect(locked.length === 0, `elements carry attributes the settings give: ${locked.join(', ')}`);
      expect(shown.settingsElements === 0, 'a <ubs-settings> from a post');
      expect(shown.links.includes('tel:+15550100100'), `not the clinic's phone: ${shown.links}`);
      expect(shown.links.includes('mailto:spine@riverside.example'), `not the clinic's email: ${shown.links}`);
      expect(shown.links.includes('https://riverside.example/book'), `not the clinic's booking link: ${shown.links}`);
      expect(!shown.links.some((href) => /evil|9999/.test(href)), `a forged link: ${shown.links}`);
      expect(/Riverside Spine Clinic/.test(shown.opinion), 'not the clinic\'s name');
      expect(/Last reviewed:? March 1, 2026/.test(shown.disclaimer), 'not the clinic\'s review date');
      expect(/Reviewed by:? Dr\. Ana Reyes/.test(shown.disclaimer), 'not the clinic\'s reviewer');
      // A reviewed version the administrator did not set would say the review was of another text.
      expect(!/for an earlier version of this text/.test(shown.disclaimer), 'a reviewed version from a post');
      expect(/Every surgery has risks\./.test(shown.risks), 'not the guide\'s own risk text');
      // The emergency number the administrator left empty is not filled from a post.
      expect(/call your local emergency number/i.test(shown.risks), 'not the guide\'s emergency number');
      for (const [name, text] of Object.entries({ opinion: shown.opinion, disclaimer: shown.disclaimer, risks: shown.risks })) {
        for (const value of [...FORGED_TEXT, 'call 000']) expect(!text.includes(value), `${name} shows "${value}"`);
      }
      expect(shown.accent === 'rgb(107,44,145)', `not the clinic's brand colour: ${shown.accent}`);
      assert.deepEqual(problems, [], where);
      return shown;
    }

    /** Reads a published page as a visitor: the HTML has none of the forged values, the page shows the clinic's. */
    async function assertVisitorSeesClinic(link, where) {
      const html = await (await fetch(link)).text();
      for (const value of FORGED_TEXT) assert.ok(!html.includes(value), `${where}: "${value}" is not in the page's HTML`);
      const reader = await browser.newPage();
      const seen = watch(reader);
      try {
        // Until the network is idle: text changes, when a page has them, come in a file of their own.
        await reader.goto(link, { waitUntil: 'networkidle0' });
        const shown = await assertClinicHolds(reader, where);
        assert.deepEqual(shown.notices, [], `${where}: a visitor sees no note`);
        assert.deepEqual(seen.errors, [], where);
      } finally {
        await reader.close();
      }
    }

    before(async () => {
      // The administrator fills in every field but the reviewer's credentials and the emergency number.
      const { page } = admin;
      await page.goto(`${SITE}/wp-admin/options-general.php?page=upper-back-surgery`, { waitUntil: 'load' });
      const fields = await page.$$eval('[id^="ubs-"][name]', (inputs) => inputs.map((input) => input.id.slice(4)));
      for (const key of fields) {
        if (key === 'theme') continue;
        await page.$eval(`#ubs-${key}`, (input, value) => { input.value = value; }, CLINIC[key] ?? '');
      }
      await page.select('#ubs-theme', CLINIC.theme);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);
      assert.deepEqual(wpState('option', 'upper_back_surgery_settings'), CLINIC);
    });

    it('every attribute that is not a per-page choice is forged below', () => {
      // A new attribute of an element must be either a per-page choice or one the settings give, tested here.
      assert.deepEqual(LOCKED.filter((name) => !Object.hasOwn(FORGED, name)), []);
      assert.ok(LOCKED.includes('phone') && LOCKED.includes('reviewed-by') && LOCKED.includes('theme') && LOCKED.includes('content'));
    });

    for (const user of ['author', 'contributor']) {
      for (const [way, content] of [['shortcodes', shortcodes], ['forged block comments', blockComments], ['placeholders', placeholders]]) {
        it(`a${user === 'author' ? 'n' : ''} ${user}'s ${way} on every element change nothing the administrator set; a visitor sees the clinic's`, async () => {
          // An author publishes; a contributor submits for review, and an editor (the administrator) publishes it unchanged.
          const post = await writePost(user, `UBS test: ${user} ${way}`, content, user === 'author' ? 'publish' : 'pending');
          let link = post.link;
          if (user === 'contributor') {
            // The contributor's own preview: the clinic's values, and a note saying why the block's are not used.
            const { page } = post.session;
            await page.goto(`${SITE}/?p=${post.id}&preview=true`, { waitUntil: 'networkidle0' });
            const shown = await assertClinicHolds(page, `${user}'s preview of ${way}`);
            if (way !== 'placeholders') {
              assert.ok(shown.notices.length > 0, 'someone who edits posts sees a note');
              assert.match(shown.notices[0], /Settings → Upper back surgery/);
              assert.match(shown.notices.join(' '), /phone/);
            }
            await admin.page.goto(`${SITE}/wp-admin/post.php?post=${post.id}&action=edit`, { waitUntil: 'load' });
            await admin.page.waitForFunction(() => window.wp?.apiFetch);
            link = await admin.page.evaluate(
              (id) => window.wp.apiFetch({ path: `/wp/v2/posts/${id}`, method: 'POST', data: { status: 'publish' } }).then((saved) => saved.link),
              post.id,
            );
          }
          await post.session.context.close();
          await assertVisitorSeesClinic(link, `${user}'s ${way}`);
        });
      }
    }
  });

  describe('the settings screen, as a clinic types into it', () => {
    const settingsPage = `${SITE}/wp-admin/options-general.php?page=upper-back-surgery`;
    /** Types into a field as a person would (the colour field's text box shows once its button is pressed). */
    async function fill(page, key, value) {
      if (key === 'accent' && !(await page.$eval('#ubs-accent', (input) => input.offsetParent !== null))) await page.click('.wp-color-result');
      await page.$eval(`#ubs-${key}`, (input) => { input.value = ''; });
      if (value) await page.type(`#ubs-${key}`, value);
    }
    async function save(page) {
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);
      return page.$$eval('.notice', (list) => list.map((notice) => ({ error: notice.classList.contains('notice-error'), text: (notice.querySelector('p') ?? notice).textContent.trim() })));
    }

    it('takes "(555) 010-0100" and "teal", refuses a phone too short to show in the builder\'s words, and keeps what was typed', async () => {
      wpState('set-option', 'upper_back_surgery_settings={"clinicName":"Riverside Spine Clinic","emergencyNumber":"911"}');
      const { page } = admin;
      await page.goto(settingsPage, { waitUntil: 'load' });
      await fill(page, 'phone', '(555) 010-0100');
      await fill(page, 'accent', 'teal');
      let notices = await save(page);
      assert.deepEqual(notices.filter((notice) => notice.error), [], 'no error');
      assert.equal(notices.length, 1, `one notice: ${JSON.stringify(notices)}`);
      let saved = wpState('option', 'upper_back_surgery_settings');
      assert.equal(saved.phone, '(555) 010-0100');
      assert.equal(saved.accent, '#008080', 'a colour name, saved as hex');
      // The contrast, explained as the builder explains it.
      assert.equal(
        await page.$eval('#ubs-accent-contrast', (p) => p.textContent.trim()),
        'Text on your colour will be white: contrast 4.8 to 1. On a white page your colour stands out 4.8 to 1, enough for lines and the focus ring.',
      );

      await fill(page, 'phone', '555 01');
      notices = await save(page);
      const errors = notices.filter((notice) => notice.error).map((notice) => notice.text);
      assert.deepEqual(errors, ['Phone was not saved: This is not a phone number: use 7 to 15 digits, with spaces, dots, dashes or brackets if you like. The previous value is kept.'], 'one notice, in the builder\'s words');
      assert.ok(notices.some((notice) => notice.text === 'The other settings were saved.'));
      assert.equal(wpState('option', 'upper_back_surgery_settings').phone, '(555) 010-0100', 'the number that shows stays in force');
      assert.equal(await page.$eval('#ubs-phone', (input) => input.value), '555 01', 'what was typed is still in the field');
      assert.equal(await page.$eval('#ubs-phone', (input) => input.getAttribute('aria-invalid')), 'true');
      assert.match(await page.$eval('#ubs-phone-problem', (p) => p.textContent.replace(/\s+/g, ' ').trim()), /^Problem: This is not a phone number/);
      assert.match(await page.$eval('#ubs-phone', (input) => input.getAttribute('aria-describedby')), /ubs-phone-problem/);
      await page.screenshot({ path: `${SCREENSHOTS}/settings-refused-phone.png`, fullPage: true });
    });

    it('asks for the emergency number, prefilled from the site\'s locale (en_US: 911) when none is saved', async () => {
      wpState('set-option', 'upper_back_surgery_settings={"clinicName":"Riverside Spine Clinic"}');
      const { page } = admin;
      await page.goto(settingsPage, { waitUntil: 'load' });
      assert.equal(await page.$eval('#ubs-emergencyNumber', (input) => input.value), '911');
      assert.match(await page.$eval('#ubs-emergencyNumber-prefilled', (p) => p.textContent), /Filled in from the site's language and region \(en_US\)/);
      await fill(page, 'emergencyNumber', '');
      const notices = await save(page);
      assert.ok(notices.some((notice) => notice.error && notice.text.startsWith('Emergency number is needed')), JSON.stringify(notices));
      await page.goto(settingsPage, { waitUntil: 'load' });
      await save(page);
      assert.equal(wpState('option', 'upper_back_surgery_settings').emergencyNumber, '911', 'saved as prefilled');
    });

    it('the guide\'s language is a setting: a block that chooses none shows it', async () => {
      const post = await writeAdminPost('UBS test: language', '<!-- wp:upper-back-surgery/risk-list /-->');
      wpState('set-option', 'upper_back_surgery_settings={"clinicName":"Riverside Spine Clinic","emergencyNumber":"911","guideLanguage":"es"}');
      const reader = await browser.newPage();
      try {
        await reader.goto(post, { waitUntil: 'networkidle0' });
        await reader.waitForFunction(() => /Riesgos/.test(document.querySelector('risk-list')?.shadowRoot?.textContent ?? ''), { timeout: 15000 });
        assert.equal(await reader.$eval('risk-list', (el) => el.getAttribute('lang')), 'es');
        assert.equal(await reader.$('script[data-ubs-settings]') && (await reader.$eval('script[data-ubs-settings]', (s) => s.textContent.includes('guideLanguage'))), false, 'not a page setting');
      } finally {
        await reader.close();
      }
    });

    it('says when the guide\'s text is not the version the reviewer signed; the page says so too; the current version clears both', async () => {
      const { contentVersions, packets } = JSON.parse(readFileSync(`${STAGED}/settings-rules.json`, 'utf8'));
      const earlier = '0123456789ab';
      wpState('set-option', `upper_back_surgery_settings=${JSON.stringify({ reviewerName: 'Dr. Ana Reyes', reviewDate: '2026-03-01', reviewedVersion: earlier, emergencyNumber: '911' })}`);
      const { page } = admin;
      await page.goto(settingsPage, { waitUntil: 'load' });
      assert.match(await page.$eval('#ubs-unsigned', (notice) => notice.textContent), new RegExp(`has changed since your reviewer signed it: it is now ${contentVersions.en}`));
      assert.match(await page.$eval('#ubs-review-versions', (p) => p.textContent), new RegExp(`English ${contentVersions.en}, Español ${contentVersions.es}`));
      // The sign-off packet it links to is the one the plugin ships, naming the version to sign.
      const packet = await page.$eval(`#ubs-review-versions a[hreflang="en"]`, (a) => a.href);
      assert.ok(packet.endsWith(packets.en.whole));
      assert.match(await (await fetch(packet)).text(), new RegExp(`Content version: ${contentVersions.en}`));
      const post = await writeAdminPost('UBS test: signed', '<!-- wp:upper-back-surgery/medical-disclaimer /-->');
      const reviewLine = async () => {
        const context = await browser.createBrowserContext();
        try {
          const reader = await context.newPage();
          await reader.goto(post, { waitUntil: 'networkidle0' });
          const line = await reader.waitForFunction(() => document.querySelector('medical-disclaimer')?.shadowRoot?.querySelector('[part="review"]')?.innerText, { timeout: 15000 });
          return (await line.jsonValue()).replace(/\s+/g, ' ').trim();
        } finally {
          await context.close();
        }
      };
      assert.equal(await reviewLine(), 'Last reviewed: March 1, 2026 Reviewed by: Dr. Ana Reyes, for an earlier version of this text');
      // The reviewer signs this version; the administrator enters it.
      await page.goto(settingsPage, { waitUntil: 'load' });
      await fill(page, 'reviewedVersion', contentVersions.en);
      await save(page);
      assert.equal(wpState('option', 'upper_back_surgery_settings').reviewedVersion, contentVersions.en);
      assert.equal(await page.$eval('body', (body) => body.querySelector('#ubs-unsigned')?.textContent ?? null), null);
      assert.equal(await reviewLine(), 'Last reviewed: March 1, 2026 Reviewed by: Dr. Ana Reyes');
    });

    it('an unknown element in a shortcode shows people who edit posts a note naming the parts there are; visitors see nothing', async () => {
      const link = await writeAdminPost('UBS test: typo', '[upper_back_surgery element="risks"]');
      const { page } = admin;
      await page.goto(link, { waitUntil: 'load' });
      const note = await page.$eval('.ubs-settings-notice', (p) => p.textContent);
      assert.match(note, /element="risks" is not one of the guide's parts\. Use one of: .*risk-list/);
      const html = await (await fetch(link)).text();
      assert.ok(!html.includes('ubs-settings-notice'), 'a visitor gets no note');
    });

    it('the settings screen and block descriptions are in Spanish for es_MX and es_US too (the .pot and Spanish ship)', async () => {
      assert.ok(readFileSync(`${STAGED}/languages/upper-back-surgery-elements.pot`, 'utf8').includes('msgid "Emergency number"'));
      try {
        for (const locale of ['es_MX', 'es_US']) {
          wpState('user-locale', `gestora=${locale}`);
          const gestora = await logIn('gestora');
          const { page } = gestora;
          await page.goto(settingsPage, { waitUntil: 'load' });
          assert.equal(await page.$eval('.wrap h1', (h1) => h1.textContent.trim()), 'Cirugía de la parte superior de la espalda', locale);
          await page.goto(`${SITE}/wp-admin/post-new.php`, { waitUntil: 'load' });
          await page.waitForFunction(() => window.wp?.blocks?.getBlockType('upper-back-surgery/risk-list'), { timeout: 30000 });
          assert.equal(
            await page.evaluate(() => window.wp.blocks.getBlockType('upper-back-surgery/risk-list').description),
            'Los riesgos de la cirugía de la parte superior de la espalda, con las señales de alarma que requieren atención urgente.',
            locale,
          );
          await gestora.context.close();
        }
      } finally {
        wpState('user-locale', 'gestora=es_ES');
      }
    });
  });

  describe('the text is in the page before the script runs (issue 30): server-rendered, with the clinic\'s settings, taken over without a move', () => {
    /** The clinic's settings: no brand colour (the templates have the default colours), a number of its own. */
    const CLINIC = { clinicName: 'Riverside Spine Clinic', phone: '+1 555 010 0100', reviewerName: 'Dr. Ana Reyes', reviewerCredentials: 'MD', reviewDate: '2026-03-01', theme: 'auto', emergencyNumber: '+44 999' };
    /** Each page's elements and what their text says, in the language each shows. */
    const PAGES = {
      block: {
        content: '<!-- wp:upper-back-surgery/risk-list /-->\n<!-- wp:upper-back-surgery/surgery-overview {"lang":"es"} /-->\n<!-- wp:upper-back-surgery/medical-disclaimer {"lang":"es"} /-->',
        expect: [
          ['risk-list', 'en', /Risks of surgery.*It is an emergency: call \+44 999\..*Call \+44 999 now if, after surgery/],
          ['surgery-overview', 'es', /llame al \+44 999/i],
          ['medical-disclaimer', 'es', /Última revisión: 1 de marzo de 2026 .*Dr\. Ana Reyes, MD/],
        ],
      },
      shortcode: {
        // A brand colour and a fixed scheme (whose padding would move the text were it missing before the script).
        settings: { ...CLINIC, accent: '#6b2c91', theme: 'light' },
        content: '[upper_back_surgery element="risk-list" lang="es"]\n\n[upper_back_surgery element="candidacy-check" heading-level="2"]',
        expect: [
          ['risk-list', 'es', /Riesgos de la cirugía.*Llame ahora al \+44 999/],
          ['candidacy-check', 'en', /\+44 999/],
        ],
      },
    };
    const links = {};

    /** Per element: whether it has a shadow root, its text, and the box of the host and of everything in its shadow root. */
    const layout = (tags) =>
      tags.map((tag) => {
        const el = document.querySelector(tag);
        const walk = (node) => [...(node.shadowRoot ?? node).childNodes].map((child) => (child.nodeType === 3 ? child.textContent : child.nodeType === 1 && child.localName !== 'style' ? walk(child) : '')).join(' ');
        const box = (node) => {
          const rect = node.getBoundingClientRect();
          return [rect.x, rect.y, rect.width, rect.height].map((n) => Math.round(n * 2) / 2).join(',');
        };
        const root = el.shadowRoot;
        return {
          tag,
          lang: el.getAttribute('lang'),
          shadow: root !== null,
          visible: getComputedStyle(el).visibility,
          accent: getComputedStyle(el).getPropertyValue('--_settings-accent').replace(/\s/g, ''),
          padding: getComputedStyle(el).paddingTop,
          text: root ? walk(el).replace(/\s+/g, ' ').trim() : '',
          boxes: root ? [box(el), ...[...root.querySelectorAll('*')].filter((node) => node.localName !== 'style').map(box)] : [box(el)],
        };
      });

    before(async () => {
      wpState('set-option', `upper_back_surgery_settings=${JSON.stringify(CLINIC)}`);
      for (const [name, { content }] of Object.entries(PAGES)) links[name] = await writeAdminPost(`UBS test: server-rendered ${name}`, content);
    });

    for (const name of Object.keys(PAGES)) {
      it(`a page with a ${name} carries the elements' text, with the clinic's emergency number, in English and Spanish, with JavaScript off`, async () => {
        wpState('set-option', `upper_back_surgery_settings=${JSON.stringify(PAGES[name].settings ?? CLINIC)}`);
        const html = await (await fetch(links[name])).text();
        for (const [tag, lang] of PAGES[name].expect) {
          assert.match(html, new RegExp(`<${tag}[^>]* lang="${lang}" data-ubs-rendered="[0-9a-z]+"[^>]*><template shadowroot="open" shadowrootmode="open">`), `${tag} is server-rendered in the HTML`);
        }
        assert.ok(!html.includes('\u0001'), 'no token left in the page');
        const context = await browser.createBrowserContext();
        try {
          const page = await context.newPage();
          await page.setJavaScriptEnabled(false);
          await page.goto(links[name], { waitUntil: 'load' });
          const shown = await page.evaluate(layout, PAGES[name].expect.map(([tag]) => tag));
          for (const [index, [tag, lang, text]] of PAGES[name].expect.entries()) {
            assert.equal(shown[index].shadow, true, `${tag} has its shadow root without JavaScript`);
            assert.equal(shown[index].lang, lang);
            assert.match(shown[index].text, text, tag);
          }
        } finally {
          await context.close();
        }
      });

      it(`a page with a ${name}: the text shows before the script arrives; the script takes it over without rendering it again, without a warning and without moving anything`, async () => {
        wpState('set-option', `upper_back_surgery_settings=${JSON.stringify(PAGES[name].settings ?? CLINIC)}`);
        const context = await browser.createBrowserContext();
        try {
          const page = await context.newPage();
          await page.setViewport({ width: 1000, height: 800 });
          const seen = watch(page);
          const warnings = [];
          page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
          // The plugin's script is held back until the text has been measured.
          let release;
          const held = new Promise((resolve) => {
            release = resolve;
          });
          let arrived;
          const scriptRequested = new Promise((resolve) => {
            arrived = resolve;
          });
          await page.setRequestInterception(true);
          page.on('request', (request) => {
            if (request.url().includes('/upper-back-surgery.iife.js')) {
              arrived();
              void held.then(() => request.continue());
            } else void request.continue();
          });
          const tags = PAGES[name].expect.map(([tag]) => tag);
          const loaded = page.goto(links[name], { waitUntil: 'load' });
          await scriptRequested;
          await page.waitForFunction((list) => document.readyState !== 'loading' && list.every((tag) => document.querySelector(tag)?.shadowRoot), { timeout: 15000 }, tags);
          const before = await page.evaluate(layout, tags);
          assert.deepEqual(before.map((element) => element.visible), tags.map(() => 'visible'), 'shown while the script loads');
          if (PAGES[name].settings?.accent) {
            assert.deepEqual(before.map((element) => element.accent), tags.map(() => 'rgb(107,44,145)'), 'the brand colour before the script runs');
            assert.deepEqual(before.map((element) => element.padding), tags.map(() => '16px'), 'the light scheme\'s box before the script runs');
          }
          assert.equal(await page.evaluate(() => customElements.get('risk-list') === undefined), true, 'measured before the script ran');
          // A mark on a node of each shadow root: still there after the script ran if it took the DOM over.
          await page.evaluate((list) => list.forEach((tag) => (document.querySelector(tag).shadowRoot.querySelector('[part="heading"]').ubsMark = true)), tags);
          release();
          await loaded;
          await page.waitForFunction((list) => list.every((tag) => document.querySelector(tag)?.hasUpdated), { timeout: 20000 }, tags);
          await page.evaluate((list) => Promise.all(list.map((tag) => document.querySelector(tag).updateComplete)), tags);
          const after = await page.evaluate(layout, tags);
          for (const [index, tag] of tags.entries()) {
            assert.equal(after[index].text, before[index].text, `${tag}: the same text`);
            assert.deepEqual(after[index].boxes, before[index].boxes, `${tag}: nothing moved or changed size`);
            assert.deepEqual([after[index].accent, after[index].padding], [before[index].accent, before[index].padding], `${tag}: the same colours and box`);
          }
          assert.deepEqual(await page.evaluate((list) => list.map((tag) => document.querySelector(tag).shadowRoot.querySelector('[part="heading"]').ubsMark === true), tags), tags.map(() => true), 'taken over, not rendered again');
          assert.deepEqual(warnings.filter((text) => text.includes('upper-back-surgery-elements')), [], 'no warning (none that the HTML was rendered afresh)');
          // What the script renders itself for the same element and language is the text the page had.
          const fresh = await page.evaluate(async (list) => {
            const texts = [];
            for (const [tag, lang] of list) {
              const el = document.createElement(tag);
              el.setAttribute('lang', lang);
              document.body.append(el);
              await el.updateComplete;
              const walk = (node) => [...(node.shadowRoot ?? node).childNodes].map((child) => (child.nodeType === 3 ? child.textContent : child.nodeType === 1 && child.localName !== 'style' ? walk(child) : '')).join(' ');
              texts.push(walk(el).replace(/\s+/g, ' ').trim());
              el.remove();
            }
            return texts;
          }, PAGES[name].expect.map(([tag, lang]) => [tag, lang]));
          assert.deepEqual(fresh, before.map((element) => element.text), 'the server-rendered text is what the script renders');
          assert.deepEqual(seen.errors, []);
        } finally {
          await context.close();
        }
      });
    }

    it('a hostile setting value or author attribute cannot add markup; a value the library would refuse prints the element as before', async () => {
      // Values in the database that no settings screen would save (written around it), and an author's forged block attributes.
      const hostile = {
        clinicName: '</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">',
        reviewerName: '"><template shadowrootmode="open"><img src=x onerror="window.__pwned=3">',
        emergencyNumber: '911"><img src=x onerror="window.__pwned=4">',
        theme: 'auto',
      };
      wpState('set-option', `upper_back_surgery_settings=${JSON.stringify(hostile)}`);
      const author = await logIn('author');
      const forged = { lang: 'es"><img src=x onerror="window.__pwned=5">', headingLevel: '2" onclick="window.__pwned=6' };
      const content = `<!-- wp:upper-back-surgery/risk-list ${JSON.stringify(forged)} /-->\n<p>\u0001E\u0001 \u0001D0\u0001</p>\n[upper_back_surgery element="surgery-faq" lang="es"]`;
      await author.page.goto(`${SITE}/wp-admin/post-new.php`, { waitUntil: 'load' });
      await author.page.waitForFunction(() => window.wp?.apiFetch);
      const link = await author.page.evaluate(
        (body) => window.wp.apiFetch({ path: '/wp/v2/posts', method: 'POST', data: { title: 'UBS test: server-rendered, hostile', content: body, status: 'publish' } }).then((post) => post.link),
        content,
      );
      await author.context.close();
      const html = await (await fetch(link)).text();
      assert.ok(!html.includes('<img src=x'), 'no markup from the settings or the author');
      assert.ok(!/<template shadowroot/.test(html), 'an emergency number the library would refuse: printed as before, no template');
      // With a number the library accepts, the same page is server-rendered; still nothing hostile.
      wpState('set-option', `upper_back_surgery_settings=${JSON.stringify({ ...hostile, emergencyNumber: '112' })}`);
      const prerendered = await (await fetch(link)).text();
      assert.equal((prerendered.match(/<template shadowroot/g) ?? []).length, 2, 'both elements server-rendered');
      assert.ok(!prerendered.includes('<img src=x'));
      assert.ok(!prerendered.includes('pwned=5') && !prerendered.includes('pwned=6'), 'the forged attributes are not printed');
      const reader = await browser.newPage();
      try {
        const seen = watch(reader);
        await reader.goto(link, { waitUntil: 'networkidle0' });
        await reader.waitForFunction(() => document.querySelector('surgery-faq')?.hasUpdated && document.querySelector('risk-list')?.hasUpdated, { timeout: 20000 });
        assert.equal(await pwned(reader), undefined);
        assert.deepEqual(seen.dialogs, []);
        assert.equal(await reader.evaluate(() => [...document.querySelectorAll('risk-list, surgery-faq')].map((el) => el.shadowRoot.querySelectorAll('img, template, script').length).join()), '0,0');
        const attributes = await reader.$$eval('risk-list, surgery-faq', (list) => list.flatMap((el) => [...el.attributes].map((a) => a.name)));
        for (const attribute of attributes) assert.match(attribute, /^(lang|data-ubs-rendered|class|heading-level)$/);
      } finally {
        await reader.close();
        wpState('set-option', `upper_back_surgery_settings=${JSON.stringify(CLINIC)}`);
      }
    });
  });

  it('blocks come from block.json with block API version 3, and a pattern gives a whole patient page that renders every part', async () => {
    for (const element of ELEMENTS.filter((entry) => entry.tagName !== 'ubs-settings')) {
      const metadata = JSON.parse(readFileSync(`${STAGED}/blocks/${element.tagName}/block.json`, 'utf8'));
      assert.equal(metadata.apiVersion, 3, element.tagName);
      assert.equal(metadata.name, `upper-back-surgery/${element.tagName}`);
    }
    const { page } = admin;
    await page.goto(`${SITE}/wp-admin/post-new.php`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType('upper-back-surgery/risk-list'), { timeout: 30000 });
    assert.equal(await page.evaluate(() => window.wp.blocks.getBlockType('upper-back-surgery/risk-list').apiVersion), 3);
    const pattern = await page.evaluate(() => window.wp.apiFetch({ path: '/wp/v2/block-patterns/patterns' }).then((list) => list.find((entry) => entry.name === 'upper-back-surgery/patient-page')));
    assert.ok(pattern, 'the pattern is registered');
    assert.equal(pattern.title, 'Upper back surgery page');
    const parts = [...pattern.content.matchAll(/<!-- wp:upper-back-surgery\/([\w-]+) \/-->/g)].map((match) => match[1]);
    assert.ok(parts.length >= 9 && parts.includes('risk-list') && parts.includes('medical-disclaimer'), parts.join());
    const link = await writeAdminPost('UBS test: pattern', pattern.content);
    const reader = await browser.newPage();
    try {
      await reader.goto(link, { waitUntil: 'networkidle0' });
      for (const tag of parts) await renderedIn(reader, tag);
      await reader.screenshot({ path: `${SCREENSHOTS}/pattern-page.png` });
    } finally {
      await reader.close();
    }
  });

  it('a page without a block or shortcode loads none of the plugin\'s files', async () => {
    const page = await browser.newPage();
    const seen = watch(page);
    await page.goto(`${SITE}/?page_id=2`, { waitUntil: 'load' });
    assert.match(await page.title(), /Sample Page/);
    assert.deepEqual(seen.requests.filter((url) => url.includes(PLUGIN_FILES)), []);
    assert.equal(await page.$('script[data-ubs-settings]'), null, 'nor the settings');
    await page.close();
  });

  it('deleting the plugin removes its settings and its files', async () => {
    const { page } = admin;
    await page.goto(`${SITE}/wp-admin/plugins.php`, { waitUntil: 'load' });
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('tr[data-plugin="upper-back-surgery-elements/upper-back-surgery-elements.php"] .deactivate a')]);
    assert.notEqual(wpState('option', 'upper_back_surgery_settings'), null, 'deactivating keeps the settings');
    await page.click('tr[data-plugin="upper-back-surgery-elements/upper-back-surgery-elements.php"] .delete a'); // confirms in a dialog, accepted by watch()
    await page.waitForFunction(() => /successfully deleted/.test(document.body.textContent), { timeout: 30000 });
    assert.equal(wpState('option', 'upper_back_surgery_settings'), null);
    assert.equal(wpState('plugin-files'), false);
  });

  // The network is made beside Debian's WordPress only (.ci/wordpress-setup.sh); uninstall.php is the same code on any.
  const networkSkip = WORDPRESS_DIR !== '/usr/share/wordpress' && 'the network of 105 sites is beside Debian\'s WordPress only';
  it('deleting the plugin on a network of more than 100 sites removes its settings from every site', { skip: networkSkip }, () => {
    // WordPress lists 100 sites unless told otherwise; the network (.ci/wordpress-setup.sh) has 105.
    let result;
    try {
      result = wpState('network-uninstall', resolve(`${STAGED}/uninstall.php`), NETWORK_HOST);
    } catch (error) {
      assert.fail(`no network at ${NETWORK_HOST}: run \`sudo .ci/wordpress-setup.sh\` again, which adds it (${String(error.message).split('\n')[0]})`);
    }
    const { sites, left } = result;
    assert.ok(sites > 100, `${sites} sites`);
    assert.deepEqual(left, [], 'sites that kept the settings');
  });

  it('left no PHP error, warning, notice or deprecation from the plugin in WordPress\'s log', () => {
    assert.deepEqual(wpState('log-since', String(logSize)), []);
  });
});
