// The snippet builder's "Reviewed version" field (issue 29): it notes when the guide's text is not a
// version the reviewer signed, and puts the value in the settings it writes. Run after the build.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { browsers, launch } from '../embed/harness.mjs';
import { contentTypes, fileFor } from '../../scripts/static-files.mjs';
import { CONTENT_VERSIONS } from '../../dist/medical-disclaimer/content-version.js';

const root = resolve('.');
let server;
let origin;

before(async () => {
  server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = fileFor(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    let body;
    try {
      body = await readFile(file);
    } catch {
      return response.writeHead(404).end();
    }
    response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(() => new Promise((done) => server.close(done)));

for (const name of browsers) {
  describe(`snippet builder, reviewed version, in ${name}`, () => {
    it('notes a signed version that is not the text shown, clears it for the current one, and refuses what is not a version', async () => {
      const browser = await launch(name);
      try {
        const page = await browser.newPage();
        await page.goto(`${origin}/dist/builder/index.html#show=risk-list&reviewer-name=Dr.+Reyes&reviewed-version=0123456789ab&lang=en`, { waitUntil: 'load' });
        await page.waitForSelector('#setting-reviewed-version');
        const note = () => page.$eval('#setting-reviewed-version-problem', (p) => p.textContent.trim());
        assert.equal(await page.$eval('#setting-reviewed-version', (input) => input.value), '0123456789ab');
        assert.match(await note(), new RegExp(`The guide's text is now ${CONTENT_VERSIONS.en} \\(en\\), not a version your reviewer signed`));
        const type = async (value) => {
          await page.$eval('#setting-reviewed-version', (input) => { input.value = ''; });
          await page.type('#setting-reviewed-version', value);
        };
        await type(CONTENT_VERSIONS.en);
        assert.equal(await note(), '');
        assert.equal(await page.$eval('#setting-reviewed-version', (input) => input.getAttribute('aria-invalid')), null);
        const code = await page.$eval('#code', (element) => element.textContent);
        assert.ok(code.includes(`reviewed-version="${CONTENT_VERSIONS.en}"`) || code.includes(`"reviewedVersion":"${CONTENT_VERSIONS.en}"`), 'the code carries the reviewed version');
        await type('latest');
        assert.match(await note(), /^Problem: This is not a content version/);
        assert.equal(await page.$eval('#setting-reviewed-version', (input) => input.getAttribute('aria-invalid')), 'true');
      } finally {
        await browser.close();
      }
    });
  });
}
