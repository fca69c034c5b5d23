// On paper, links are written out with their address (docs/theming.md). The rule that does it lives in
// the shared styles; what counts is what the built bundle gives the browser, after the template
// minifier: it once turned `[href^='#']` into `[href^=#]`, an invalid selector, and both browsers dropped
// the rule without a word (accessibility review 3, finding 2). So this reads the rules each element
// actually adopted, from the script-tag bundle, and what the browser shows under print media.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { browsers, launch, openPage, rendered, startServer } from './harness.mjs';

let server;
before(async () => {
  server = await startServer();
});
after(() => server.close());

/** The selectors of the `@media print` rules an element's shadow root adopted, with their `content`. */
function adoptedPrintRules(tag) {
  const root = document.querySelector(tag).shadowRoot;
  return root.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule) => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
    .flatMap((rule) => [...rule.cssRules])
    .map((rule) => ({ selector: rule.selectorText, content: rule.style?.getPropertyValue('content') ?? '' }));
}

for (const name of browsers) {
  describe(`printing in ${name} (built bundle)`, () => {
    let browser;
    let page;
    before(async () => {
      browser = await launch(name);
      ({ page } = await openPage(browser, server.origin, '/tests/embed/fixtures/print.html'));
      await rendered(page);
    });
    after(() => browser.close());

    it('adopts the print rule that writes a link address after the link (not for same-page links)', async () => {
      for (const tag of ['second-opinion', 'back-surgery-guide']) {
        const rules = await page.evaluate(adoptedPrintRules, tag);
        const addresses = rules.filter((rule) => rule.content.includes('attr(href)'));
        assert.equal(addresses.length, 1, `<${tag}> adopted ${JSON.stringify(rules)}`);
        assert.match(addresses[0].selector, /^a:not\(\[href\^=["']?#["']?\]\)::after$/);
      }
    });

    it('shows the address of the booking link on paper, none after a source marker; the table of contents is left off', async (t) => {
      try {
        await page.emulateMediaType('print');
      } catch (error) {
        return t.skip(`this browser's driver cannot emulate print media: ${error.message}`);
      }
      const [booking, contents, marker] = await page.evaluate(() => {
        const after = (link) => getComputedStyle(link, '::after').content;
        const booking = document.querySelector('second-opinion').shadowRoot.querySelector('a[href^="https://clinic.example"]');
        const contents = document.querySelector('back-surgery-guide').shadowRoot.querySelector('nav');
        const marker = document.querySelector('second-opinion').shadowRoot.querySelector('sup.cite a');
        return [after(booking), getComputedStyle(contents).display, after(marker)];
      });
      await page.emulateMediaType(null);
      assert.match(booking, /attr\(href\)|clinic\.example/);
      assert.equal(contents, 'none');
      // A source marker leads within the element: its number is enough on paper.
      assert.equal(marker, 'none');
    });
  });
}
