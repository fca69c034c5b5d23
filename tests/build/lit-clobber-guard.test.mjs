// The script-tag bundles' rewrite of Lit (scripts/build/lit-clobber-guard.mjs), run on the Lit that
// is installed: what it changes, and that it stops the build, saying why, when Lit changes in a way
// the guard does not cover. End to end (a page whose markup clobbers every global and document
// method) is tests/attack/clobbering.test.mjs.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DOCUMENT_METHODS, guardLitSource, LIT_CLOBBER_GUARD_INTRO, litClobberGuard, litGuardProblems } from '../../scripts/build/lit-clobber-guard.mjs';

/** Where the bundles' resolver finds a package: the project's node_modules. */
const packageFolder = (name) => fileURLToPath(new URL(`../../node_modules/${name}`, import.meta.url));
const LIT_PACKAGES = ['lit-html', 'lit-element', '@lit/reactive-element', '@lit-labs/ssr-client'];

/** The browser (production) modules of a package, as the bundles' resolver picks them: not development/ or node/. */
function browserModules(name) {
  const root = packageFolder(name);
  return readdirSync(root, { recursive: true })
    .filter((file) => file.endsWith('.js') && !/^(development|node)[\\/]|node_modules/.test(file))
    .map((file) => join(root, file));
}

const BARE_GLOBAL_THIS = /\bglobalThis\b/;
const BARE_DOCUMENT = /(?<![\w$.])document\b/;
const litHtml = join(packageFolder('lit-html'), 'lit-html.js');

/** Runs the plugin as rollup would over `modules` ([id, code]); returns the build's error, if any. */
function build(modules) {
  const plugin = litClobberGuard();
  const output = modules.map(([id, code]) => plugin.transform(code, id)?.code ?? code);
  try {
    plugin.buildEnd.call({
      error(message) {
        throw new Error(message);
      },
    });
    return { output };
  } catch (error) {
    return { output, error: error.message };
  }
}

describe('the Lit clobber guard, on the installed Lit', () => {
  it('routes lit-html\'s reads of globalThis and document through the guards, and nothing else', () => {
    const code = readFileSync(litHtml, 'utf8');
    const result = guardLitSource(code, litHtml);
    assert.ok(result.globals >= 1, 'lit-html reads globalThis');
    assert.equal(result.documents, 1, 'lit-html 3 names `document` once (`l = document`)');
    assert.deepEqual(result.missingMethods, []);
    assert.doesNotMatch(result.code, BARE_GLOBAL_THIS);
    assert.doesNotMatch(result.code, BARE_DOCUMENT);
    // Only those names changed: undo them and the source is Lit's, byte for byte.
    assert.equal(result.code.replaceAll('ubsGlobal', 'globalThis').replaceAll('ubsDocument', 'document'), code);
  });

  it('leaves no bare globalThis or document in any browser module of Lit, and each calls only what ubsDocument has', () => {
    const modules = LIT_PACKAGES.flatMap(browserModules);
    assert.ok(modules.length > 20, `found ${modules.length} Lit modules`);
    let globals = 0;
    for (const file of modules) {
      const result = guardLitSource(readFileSync(file, 'utf8'), file);
      assert.ok(result, `${file} is recognised as Lit's`);
      assert.doesNotMatch(result.code, BARE_GLOBAL_THIS, file);
      assert.doesNotMatch(result.code, BARE_DOCUMENT, file);
      assert.deepEqual(result.missingMethods, [], `${file} calls Document methods ubsDocument lacks`);
      globals += result.globals;
    }
    assert.ok(globals >= 3, `${globals} reads of globalThis`);
  });

  it('passes the build\'s checks with the installed Lit', () => {
    const modules = LIT_PACKAGES.flatMap(browserModules).map((file) => [file, readFileSync(file, 'utf8')]);
    assert.equal(build(modules).error, undefined);
  });

  it('leaves the library\'s own code and other packages alone', () => {
    const code = 'const g = globalThis; document.createElement("p");';
    assert.equal(guardLitSource(code, '/work/dist/shared/dom.js'), undefined);
    assert.equal(guardLitSource(code, '/work/node_modules/some-lit-helper/index.js'), undefined);
    assert.equal(litClobberGuard().transform(code, '/work/dist/cdn.js'), null);
  });
});

describe('the build stops, saying what changed, when Lit does', () => {
  const id = '/x/node_modules/lit-html/lit-html.js';
  const reactive = ['/x/node_modules/@lit/reactive-element/reactive-element.js', 'const a = globalThis, b = globalThis, c = globalThis;'];

  it('when lit-html calls a Document method ubsDocument does not provide', () => {
    const { error } = build([reactive, [id, 'const l = document; l.createTreeWalker(l, 129); export const r = () => l.createRange();']]);
    assert.match(error, /lit-clobber-guard \(scripts\/build\/lit-clobber-guard\.mjs\): Lit has changed/);
    assert.match(error, /document\.createRange\(\), which ubsDocument does not provide: add it to DOCUMENT_METHODS/);
  });

  it('when Lit no longer reads its globals from globalThis', () => {
    const { error } = build([[id, 'const t = self; const l = document; l.createComment("");']]);
    assert.match(error, /only 0 reads of globalThis found in Lit/);
  });

  it('when lit-html no longer names document, or is not in the bundle at all', () => {
    assert.match(build([reactive, [id, 'const l = window.document;']]).error, /lit-html no longer reads `document` by name/);
    assert.match(build([reactive]).error, /lit-html\/lit-html\.js was not in the bundle/);
  });

  it('lists every problem at once', () => {
    assert.equal(litGuardProblems({ globals: 0, documents: 0, litHtmlSeen: true, missing: ['adoptNode', 'createRange'] }).length, 4);
  });
});

describe('the guards the bundle defines first (LIT_CLOBBER_GUARD_INTRO)', () => {
  /** A page: a Document whose instance markup has clobbered, and a window with a named element. */
  function page() {
    const calls = [];
    class Document {}
    for (const name of [...DOCUMENT_METHODS]) {
      Document.prototype[name] = function (...args) {
        calls.push({ name, self: this, args });
        return name === 'createDocumentFragment' ? { fragment: true } : { made: name };
      };
    }
    const document = new Document();
    // <img name="createElement"> and friends: own properties of the document that are not functions.
    for (const name of DOCUMENT_METHODS) document[name] = { img: name };
    // <a id="litHtmlPolyfillSupport">: found on the window's prototype chain, not as its own property;
    // trustedTypes set by a script (own), whose createPolicy refuses a second 'lit-html'.
    const window = Object.create({ litHtmlPolyfillSupport: { anchor: true } });
    window.trustedTypes = { emptyScript: '', createPolicy: () => { throw new Error('refused'); } };
    // The intro as the bundle runs it, with this page as its globals.
    const guards = new Function('globalThis', 'document', 'Document', `${LIT_CLOBBER_GUARD_INTRO}; return { ubsGlobal, ubsDocument };`)(window, document, Document);
    return { calls, document, window, ...guards };
  }

  it('gives Lit the page\'s own document methods, bound to the page, whatever markup set on document', () => {
    const { calls, document, ubsDocument } = page();
    assert.deepEqual(ubsDocument.createElement('template'), { made: 'createElement' });
    assert.equal(calls.at(-1).self, document);
    ubsDocument.createTreeWalker(ubsDocument, 129);
    assert.equal(calls.at(-1).args[0], document, 'a walker parked on ubsDocument walks the page');
    for (const name of DOCUMENT_METHODS) assert.equal(typeof ubsDocument[name], 'function', name);
  });

  it('shows Lit only the globals a script set, and survives a refused Trusted Types policy', () => {
    const { ubsGlobal, window } = page();
    assert.equal(window.litHtmlPolyfillSupport.anchor, true, 'the page has the clobbered name');
    assert.equal(ubsGlobal.litHtmlPolyfillSupport, undefined);
    assert.equal(ubsGlobal.trustedTypes.createPolicy('lit-html', {}), undefined);
  });
});
