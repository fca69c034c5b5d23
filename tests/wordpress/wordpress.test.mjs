// The WordPress plugin in a real WordPress (Debian's 6.1 with MariaDB and Apache on loopback, set up
// by .ci/wordpress-setup.sh), driven in Chromium as an administrator and an author would: upload the
// built zip, save the clinic's settings (hostile values too), insert a block in the block editor,
// write a shortcode as an author, read the published pages, delete the plugin. Skips, saying why,
// where that WordPress is not running. Run by `npm run test:wordpress` after `npm run build`.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/browsers.mjs';
import { SITE, skipReason, wpState } from './site.mjs';

const ZIP = 'dist/wordpress/upper-back-surgery-elements.zip';
const PLUGIN_FILES = '/wp-content/plugins/upper-back-surgery-elements/';
// Named as readme.txt's == Screenshots == section numbers them.
const SCREENSHOTS = process.env.WORDPRESS_SCREENSHOTS ?? 'dist/wordpress/screenshots';
const USERS = { admin: 'ci-admin-password', author: 'ci-author-password', gestora: 'ci-gestora-password' };

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

describe('the WordPress plugin in WordPress 6.1', { skip }, () => {
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

  /** Opens the block editor on a new post, with its title typed. */
  async function newPost(page, title) {
    await page.goto(`${SITE}/wp-admin/post-new.php`, { waitUntil: 'load' });
    await page.waitForSelector('.edit-post-visual-editor', { timeout: 30000 });
    // A welcome guide, when WordPress shows one, would cover the editor.
    const guide = await page.$('.edit-post-welcome-guide');
    if (guide) await page.keyboard.press('Escape');
    await page.click('.wp-block-post-title');
    await page.keyboard.type(title);
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
    await newPost(page, 'UBS test: risks');
    await page.click('.edit-post-header-toolbar__inserter-toggle');
    const search = await page.waitForSelector('.block-editor-inserter__search input');
    await search.type('Risks of surgery');
    const item = await page.waitForSelector('.block-editor-block-types-list__item ::-p-text(Risks of surgery)');
    await item.click();
    await page.click('.edit-post-header-toolbar__inserter-toggle');
    // The block's options are in the Settings sidebar, closed on a first visit.
    const settings = await page.waitForSelector('.edit-post-header button[aria-label="Settings"]');
    if ((await settings.evaluate((button) => button.getAttribute('aria-pressed'))) !== 'true') await settings.click();
    // The block is the element itself in the editor, rendered as readers will see it.
    await renderedIn(page, '.edit-post-visual-editor risk-list');
    // The sidebar's control, found by its label as a screen reader user would.
    const labelled = await page.waitForFunction(() =>
      [...document.querySelectorAll('.block-editor-block-inspector label')].find((label) => label.textContent.trim() === 'Heading level')?.htmlFor);
    await page.select(`#${await labelled.jsonValue()}`, '3');
    await page.waitForFunction(() => document.querySelector('.edit-post-visual-editor risk-list')?.shadowRoot?.querySelector('h3'));
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
    assert.deepEqual(seen.requests.filter((url) => !url.startsWith(SITE) && !url.startsWith('data:')), [], 'no request to another site');
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
      clinicName: '" onmouseover="window.__pwned=1" autofocus onfocus="window.__pwned=2" x="',
      headingLevel: '3" onclick="window.__pwned=3',
      show: 'all" onclick="window.__pwned=4',
      lang: 'es"><script>window.__pwned=5</script>',
      bookingUrl: 'javascript:window.__pwned=6',
    };
    const content = `<!-- wp:upper-back-surgery/second-opinion ${JSON.stringify(forged)} /-->\n<!-- wp:upper-back-surgery/risk-list ${JSON.stringify({ show: forged.show, expanded: 'yes" onclick="x' })} /-->`;
    const link = await page.evaluate(
      (body) => window.wp.apiFetch({ path: '/wp/v2/posts', method: 'POST', data: { title: 'UBS test: forged', content: body, status: 'publish' } }).then((post) => post.link),
      content,
    );
    await author.context.close();

    const reader = await browser.newPage();
    const seen = watch(reader);
    await reader.goto(link, { waitUntil: 'load' });
    await renderedIn(reader, 'second-opinion');
    const attributes = await reader.$$eval('second-opinion, risk-list', (elements) => elements.map((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]))));
    for (const found of attributes) {
      for (const name of Object.keys(found)) assert.match(name, /^(clinic-name|booking-url|class|expanded)$/, `no attribute but the element's own: ${name}`);
    }
    assert.equal(attributes[0]['clinic-name'], forged.clinicName, 'the forged name is kept, as text');
    await reader.hover('second-opinion');
    await reader.click('risk-list');
    assert.equal(await reader.$$eval('script:not([src]):not([type])', (scripts) => scripts.filter((s) => s.textContent.includes('__pwned')).length), 0);
    assert.equal(await pwned(reader), undefined);
    assert.deepEqual(seen.dialogs, []);
    await reader.close();
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

  it('left no PHP error, warning, notice or deprecation from the plugin in WordPress\'s log', () => {
    assert.deepEqual(wpState('log-since', String(logSize)), []);
  });
});
