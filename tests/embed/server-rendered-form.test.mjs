// The server-rendered questionnaire before (or without) its script: it must never submit the reader's
// answers to the site (a native GET would put them in the address, the server's logs and the history),
// and with scripts off it says it needs them and gives the emergency number (hazards H10, H14).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { browsers, launch, startServer } from './harness.mjs';

/** The guide's questionnaire, inside the server-rendered guide. */
const QUESTIONNAIRE = `document.querySelector('back-surgery-guide').shadowRoot.querySelector('candidacy-check').shadowRoot`;

for (const name of browsers) {
  describe(`server-rendered questionnaire in ${name}`, () => {
    let server;
    let browser;
    before(async () => {
      server = await startServer();
      browser = await launch(name);
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('never puts the answers in the address when Submit is pressed before any script runs', async () => {
      const page = await browser.newPage();
      try {
        // Chromium can switch JavaScript off; Firefox's WebDriver BiDi cannot, so it gets the page
        // without its script, as a reader whose script is blocked (or not yet loaded) does.
        if (name === 'chromium') await page.setJavaScriptEnabled(false);
        const address = `${server.origin}/dist/demo/ssr/${name === 'chromium' ? 'index' : 'no-script'}.html`;
        await page.goto(address, { waitUntil: 'load' });
        const entries = await page.evaluate(() => history.length);
        const root = await page.evaluateHandle(QUESTIONNAIRE);
        for (const selector of ['input[name="urgent"][value="chest-pain"]', 'input[name="duration"][value="under-6-weeks"]', 'button[type="submit"]']) {
          const control = await root.evaluateHandle((shadow, css) => shadow.querySelector(css), selector);
          await control.click();
        }
        // A native submit would navigate; give it the time it would take on loopback.
        await new Promise((resolve) => setTimeout(resolve, 500));
        assert.equal(page.url(), address, 'the address is unchanged');
        assert.equal(await page.evaluate(() => history.length), entries, 'no history entry was added');
      } finally {
        await page.close();
      }
    });

    it('with scripts on, the note that the questions need JavaScript takes no room, before and after the script runs', async () => {
      const page = await browser.newPage();
      try {
        await page.goto(`${server.origin}/dist/demo/ssr/no-script.html`, { waitUntil: 'load' });
        const height = () => page.evaluate(`${QUESTIONNAIRE}.querySelector('.needs-script').getBoundingClientRect().height`);
        assert.equal(await height(), 0, 'before any script');
        await page.goto(`${server.origin}/dist/demo/ssr/index.html`, { waitUntil: 'load' });
        await page.waitForFunction(`customElements.get('candidacy-check') !== undefined`);
        assert.equal(await height(), 0, 'once taken over');
      } finally {
        await page.close();
      }
    });

    if (name === 'chromium') {
      it('with JavaScript off, says the questions need it and names the emergency number', async () => {
        const page = await browser.newPage();
        try {
          await page.setJavaScriptEnabled(false);
          await page.goto(`${server.origin}/dist/demo/ssr/index.html`, { waitUntil: 'load' });
          const note = await page.evaluate(`(() => {
            const shadow = ${QUESTIONNAIRE};
            const p = shadow.querySelector('.needs-script');
            return p ? { text: p.textContent, shown: p.getBoundingClientRect().height > 0 } : null;
          })()`);
          assert.ok(note, 'the note is there');
          assert.equal(note.shown, true, 'and shown');
          assert.match(note.text, /These questions need JavaScript to work/);
          assert.match(note.text, /call 911 now/, "the page settings' emergency number");
        } finally {
          await page.close();
        }
      });
    }
  });
}
