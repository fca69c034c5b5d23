// DOM clobbering: markup an author can post (an element with an id or a name) standing in for a
// global that the built bundles read. Nothing may load from elsewhere, run, throw or go blank.
// `npm test` runs a few cases; `npm run test:attack` all of them.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { allRendered, browsers, html, launch, open, pick, renderedText, SCRIPTS, settle, startServers } from './harness.mjs';

/** The elements every page shows: English, Spanish through a placeholder, and the FAQ with its JSON-LD. */
const ELEMENTS =
  '<risk-list></risk-list><div data-ubs="risk-list" data-lang="es"></div><surgery-faq structured-data questions="painful"></surgery-faq>';

/** Markup that replaces every document method that makes nodes. */
const NODE_MAKERS = ['createElement', 'importNode', 'createComment', 'createTreeWalker', 'createTextNode', 'createDocumentFragment']
  .map((name) => `<img name="${name}" alt="">`)
  .join('');

/**
 * Each case: the clobbering markup (`EVIL` stands for the attacker's origin), the bundle, and what the
 * Spanish placeholder must show: `es` (the chunk came from the script's own folder) or `en` (the chunk
 * was refused, with a warning matching `warns`). Lit's globals are read past markup, silently.
 */
const CASES = pick(
  [
    { name: '<a id="ubsBaseUrl"> pointing elsewhere', markup: '<a id="ubsBaseUrl" href="EVIL/">x</a>', bundle: 'iife', shows: 'en', warns: /ubsBaseUrl is not a string/ },
    { name: 'a page script sets ubsBaseUrl to another site', head: '<script>window.ubsBaseUrl = "EVIL/"</script>', bundle: 'iife', shows: 'en', warns: /ubsBaseUrl .* is on another site/ },
    { name: '<img name="currentScript"> from elsewhere', markup: '<img name="currentScript" src="EVIL/x.png" alt="">', bundle: 'iife', shows: 'es' },
    { name: '<a id="litHtmlPolyfillSupport">', markup: '<a id="litHtmlPolyfillSupport" href="#">x</a>', bundle: 'esm', shows: 'es' },
    { name: '<img name="querySelectorAll">', markup: '<img name="querySelectorAll" alt="">', bundle: 'iife', shows: 'es' },
    { name: '<a id="ubsBaseUrl"> with <html lang="es">', markup: '<a id="ubsBaseUrl" href="EVIL/">x</a>', lang: 'es', bundle: 'iife', shows: 'en', warns: /ubsBaseUrl/ },
    { name: '<h2 id="ubsBaseUrl">', markup: '<h2 id="ubsBaseUrl">x</h2>', bundle: 'iife', shows: 'en', warns: /ubsBaseUrl/ },
    { name: 'two <a id="ubsBaseUrl"> (a collection)', markup: '<a id="ubsBaseUrl" href="EVIL/">x</a><a id="ubsBaseUrl" href="EVIL/">y</a>', bundle: 'iife', shows: 'en', warns: /ubsBaseUrl/ },
    { name: '<iframe name="ubsBaseUrl">', markup: '<iframe name="ubsBaseUrl" src="about:blank"></iframe>', bundle: 'iife', shows: 'en', warns: /ubsBaseUrl/ },
    { name: 'control: a page script sets ubsBaseUrl to its own folder', head: '<script>window.ubsBaseUrl = "/ubs/"</script>', bundle: 'iife', shows: 'es' },
    { name: '<a id="litHtmlPolyfillSupport"> (classic bundle)', markup: '<a id="litHtmlPolyfillSupport" href="#">x</a>', bundle: 'iife', shows: 'es' },
    { name: '<a id="reactiveElementPolyfillSupport">', markup: '<a id="reactiveElementPolyfillSupport">x</a>', bundle: 'esm', shows: 'es' },
    { name: '<a id="litElementPolyfillSupport">', markup: '<a id="litElementPolyfillSupport">x</a>', bundle: 'iife', shows: 'es' },
    { name: '<a id="litHtmlVersions">', markup: '<a id="litHtmlVersions">x</a>', bundle: 'esm', shows: 'es' },
    { name: '<a id="reactiveElementVersions">', markup: '<a id="reactiveElementVersions">x</a>', bundle: 'iife', shows: 'es' },
    { name: '<a id="litElementVersions">', markup: '<a id="litElementVersions">x</a>', bundle: 'esm', shows: 'es' },
    { name: 'two <a id="litHtmlPolyfillSupport"> (a collection)', markup: '<a id="litHtmlPolyfillSupport">x</a><a id="litHtmlPolyfillSupport">y</a>', bundle: 'iife', shows: 'es' },
    { name: '<iframe name="reactiveElementPolyfillSupport">', markup: '<iframe name="reactiveElementPolyfillSupport" src="about:blank"></iframe>', bundle: 'esm', shows: 'es' },
    { name: '<a id="ShadyCSS"> under a strict CSP', markup: '<a id="ShadyCSS">x</a>', bundle: 'iife', csp: true, shows: 'es' },
    { name: '<a id="ShadyCSS"> (module bundle) under a strict CSP', markup: '<a id="ShadyCSS">x</a>', bundle: 'esm', csp: true, shows: 'es' },
    { name: '<img name="querySelectorAll"> (module bundle)', markup: '<img name="querySelectorAll" alt="">', bundle: 'esm', shows: 'es' },
    { name: '<img name="documentElement">', markup: '<img name="documentElement" alt="">', bundle: 'iife', shows: 'es' },
    { name: '<img name="head"> with the FAQ\'s JSON-LD', markup: '<img name="head" alt="">', bundle: 'esm', shows: 'es' },
    { name: '<img name="addEventListener">', markup: '<img name="addEventListener" alt="">', bundle: 'iife', shows: 'es' },
    { name: '<img name="addEventListener"> (module bundle)', markup: '<img name="addEventListener" alt="">', bundle: 'esm', shows: 'es' },
    // The document methods Lit and the elements create nodes with: every render threw.
    { name: '<img name="createElement"> and the other node-making methods of document', markup: NODE_MAKERS, bundle: 'iife', shows: 'es' },
    { name: 'the same document methods clobbered (module bundle)', markup: NODE_MAKERS, bundle: 'esm', shows: 'es' },
    // Every name at once, as the browser under test lists them: whatever the library or Lit reads next.
    { name: 'an <img name> for every property of Document, Node and EventTarget', everyDocumentName: true, bundle: 'iife', shows: 'es' },
    { name: 'an <img name> for every property of Document, Node and EventTarget (module bundle)', everyDocumentName: true, bundle: 'esm', shows: 'es' },
    { name: '<img name="currentScript"> with <html lang="es">', markup: '<img name="currentScript" src="EVIL/x.png" alt="">', lang: 'es', bundle: 'iife', shows: 'es' },
    // The module bundle finds its chunks by relative import, not by its address: the same markup changes nothing.
    { name: '<img name="currentScript"> from elsewhere (module bundle)', markup: '<img name="currentScript" src="EVIL/x.png" alt="">', bundle: 'esm', shows: 'es' },
    { name: '<form name="currentScript" action> from elsewhere, with the clinic\'s text changes', markup: '<form name="currentScript" action="EVIL/"></form><div data-ubs="ubs-settings" data-content=\'{"en":{}}\'></div>', bundle: 'iife', shows: 'es' },
    { name: '<a id="ubsBaseUrl"> with the clinic\'s text changes', markup: '<a id="ubsBaseUrl" href="EVIL/">x</a><div data-ubs="ubs-settings" data-content=\'{"en":{}}\'></div>', bundle: 'iife', shows: 'en', warns: /ubsBaseUrl/ },
  ],
  [0, 1, 2, 3, 4],
);

const STRICT_CSP = { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src *" };

let servers;
before(async () => {
  servers = await startServers();
});
after(() => servers.close());

for (const name of browsers) {
  describe(`DOM clobbering in ${name}`, () => {
    let browser;
    /** `<img name>` for every property name of `document`'s prototypes in this browser. */
    let everyDocumentName;
    before(async () => {
      browser = await launch(name);
      const blank = await browser.newPage();
      const names = await blank.evaluate(() =>
        [Document.prototype, Node.prototype, EventTarget.prototype].flatMap((prototype) => Object.getOwnPropertyNames(prototype)),
      );
      await blank.close();
      everyDocumentName = [...new Set(names)].map((property) => `<img name="${property}" alt="">`).join('');
    });
    after(() => browser.close());

    for (const c of CASES) {
      it(`${c.name}: no foreign code, no error, everything renders${c.shows === 'es' ? ' (Spanish too)' : ''}`, async () => {
        const evil = (markup = '') => markup.replaceAll('EVIL', servers.evilOrigin);
        servers.evilRequests.length = 0;
        const url = servers.page(
          html({ lang: c.lang, head: evil(c.head), body: `${c.everyDocumentName ? everyDocumentName : evil(c.markup)}${ELEMENTS}${SCRIPTS[c.bundle]}` }),
          c.csp ? STRICT_CSP : {},
        );
        const report = await open(browser, url);
        const rendered = await allRendered(report.page);
        await settle();
        const shown = await renderedText(report.page);
        // In the real <head>, read through the prototype (the page may clobber document.head).
        const jsonLd = await report.page.evaluate(
          () => Reflect.get(Document.prototype, 'head', document).querySelectorAll('script[type="application/ld+json"]').length,
        );
        await report.finish();
        assert.deepEqual(servers.evilRequests.filter((path) => path.endsWith('.js')), [], 'scripts requested from the attacker');
        assert.deepEqual(report.executed, [], 'attacker code that ran');
        assert.notEqual(report.title, 'PWNED');
        assert.deepEqual([...report.errors, ...report.inPageErrors], [], 'uncaught errors');
        assert.deepEqual(report.violations, [], 'CSP violations');
        assert.ok(rendered, `every element renders: ${JSON.stringify(shown)}`);
        const spanish = shown.filter(([tag]) => tag === 'risk-list')[1]?.[1] ?? '';
        assert.match(spanish, c.shows === 'es' ? /Riesgos/ : /Risks of surgery/, 'the placeholder in the expected language');
        assert.equal(jsonLd, 1, 'the FAQ adds its JSON-LD');
        if (c.warns) {
          assert.ok(report.warnings.some((w) => c.warns.test(w)), `a warning matching ${c.warns}: ${report.warnings}`);
        }
        // One warning per problem: the clobbered name once (twice at most when it stops both chunks).
        // One warning per refused file: the Spanish text, the bibliography, and the text-change engine when the page has changes.
        assert.ok(report.warnings.length <= (c.markup?.includes('data-content') ? 3 : 2), `warnings: ${report.warnings.join(' | ')}`);
      });
    }
  });
}
