// The script-tag bundles' one change to Lit's own code: a build step that keeps markup on the host
// page from breaking Lit (DOM clobbering). npm users get Lit untouched; only dist/cdn/ runs this.
// Tested on the installed Lit by tests/build/lit-clobber-guard.test.mjs, and end to end by
// tests/attack/clobbering.test.mjs. When a Lit release changes how it reaches the page, the build
// stops with a message that says what changed, rather than ship a bundle that throws on a CMS page.
//
// Why. A clinic's page is written partly by people the library must not trust (a WordPress author,
// a comment). Markup can stand in for globals:
// - `<a id="litHtmlPolyfillSupport">` makes `window.litHtmlPolyfillSupport` that anchor, and Lit, which
//   reads its hooks (`litHtmlPolyfillSupport`, `reactiveElementPolyfillSupport`, `ShadyCSS`,
//   `trustedTypes`, `litHtmlVersions`…) from `globalThis`, calls it and throws: nothing renders.
// - `<img name="createElement">` (or `importNode`, `createComment`, `createTreeWalker`) makes
//   `document.createElement` that image, and every render throws.
// Lit offers no hook for either, so in the bundles Lit reads `ubsGlobal` and `ubsDocument` instead
// (defined by LIT_CLOBBER_GUARD_INTRO at the top of each bundle):
// - `ubsGlobal` is a view of `globalThis` that sees only what a script set (an own property of the
//   window; elements named by `id` or `name` are not). It also catches a refused
//   `trustedTypes.createPolicy('lit-html')` (a second copy of Lit under a Trusted Types policy without
//   'allow-duplicates'), which would otherwise stop the whole bundle: the copy that loaded first
//   renders, and the second one's "loaded twice" warning says what to remove.
// - `ubsDocument` is an empty fragment of the library's own (a node, because lit-html parks its tree
//   walker on it between uses; a fragment has no named properties, so markup cannot clobber it)
//   holding the page's node-making methods from `Document.prototype`, bound to the page. The walker
//   Lit creates on it walks the page, as before.

/** The `document` methods `ubsDocument` provides: the ones lit-html calls (checked at build time). */
export const DOCUMENT_METHODS = ['createComment', 'createDocumentFragment', 'createElement', 'createTextNode', 'createTreeWalker', 'importNode'];

/**
 * Methods only a Document has (not an Element or a fragment). If lit-html calls one that
 * DOCUMENT_METHODS lacks, it would call it on `ubsDocument` and throw: the build stops instead.
 */
const DOCUMENT_ONLY_METHODS = [
  'adoptNode',
  'createAttribute',
  'createAttributeNS',
  'createCDATASection',
  'createComment',
  'createDocumentFragment',
  'createElement',
  'createElementNS',
  'createEvent',
  'createExpression',
  'createNodeIterator',
  'createProcessingInstruction',
  'createRange',
  'createTextNode',
  'createTreeWalker',
  'elementFromPoint',
  'elementsFromPoint',
  'getElementsByName',
  'getSelection',
  'hasFocus',
  'importNode',
  'open',
  'write',
  'writeln',
];

/** The Lit packages the bundles inline, whose reads of `globalThis` are rewritten. */
const LIT_MODULE = /[\\/]node_modules[\\/](lit-html|lit-element|@lit[\\/]reactive-element|@lit-labs[\\/]ssr-client)[\\/]/;
/** The module that renders: it reaches the page's document by name (`l = document`, then `l.createElement(…)`). */
const LIT_HTML = /[\\/]lit-html[\\/]lit-html\.js$/;
const GLOBAL_THIS = /\bglobalThis\b/g;
/** `document` as a name, not a property (`x.document`) or part of a longer name. */
const DOCUMENT = /(?<![\w$.])document\b/g;

/**
 * Rewrites one module's source, or returns undefined for a module that is not Lit's. Counts what it
 * replaced, and lists the Document-only methods the module calls that `ubsDocument` lacks (in a
 * module that reaches `document` by name: lit-html itself, and `css-tag.js`, which makes `<style>`s).
 */
export function guardLitSource(code, id) {
  if (!LIT_MODULE.test(id)) return undefined;
  const globals = code.match(GLOBAL_THIS)?.length ?? 0;
  const documents = code.match(DOCUMENT)?.length ?? 0;
  const called = documents > 0 ? new Set([...code.matchAll(/\.(\w+)\(/g)].map(([, name]) => name)) : new Set();
  const missingMethods = DOCUMENT_ONLY_METHODS.filter((name) => called.has(name) && !DOCUMENT_METHODS.includes(name));
  return { code: code.replace(GLOBAL_THIS, 'ubsGlobal').replace(DOCUMENT, 'ubsDocument'), globals, documents, missingMethods };
}

/**
 * The rollup plugin. Fails the build when the installed Lit no longer matches what the guard
 * expects: too few reads of `globalThis` (Lit reads its globals some other way, and the protection
 * would drop silently), no `document` in lit-html (it reaches the page some other way), or a
 * Document method `ubsDocument` lacks (every render would throw).
 */
export function litClobberGuard() {
  let globals = 0;
  let documents = 0;
  let litHtmlSeen = false;
  const missing = new Set();
  return {
    name: 'lit-clobber-guard',
    transform(code, id) {
      const result = guardLitSource(code, id);
      if (!result) return null;
      globals += result.globals;
      if (LIT_HTML.test(id)) {
        litHtmlSeen = true;
        documents += result.documents;
      }
      result.missingMethods.forEach((name) => missing.add(name));
      return { code: result.code, map: null };
    },
    buildEnd(error) {
      if (error) return;
      const problems = litGuardProblems({ globals, documents, litHtmlSeen, missing: [...missing] });
      if (problems.length > 0) this.error(`lit-clobber-guard (scripts/build/lit-clobber-guard.mjs): Lit has changed how it reaches the page.\n  ${problems.join('\n  ')}`);
    },
  };
}

/** What is wrong with a build's totals, in words that say what to check; empty when all is as expected. */
export function litGuardProblems({ globals, documents, litHtmlSeen, missing }) {
  const problems = [];
  if (!litHtmlSeen) problems.push('lit-html/lit-html.js was not in the bundle: has Lit moved or renamed it?');
  if (globals < 3) problems.push(`only ${globals} reads of globalThis found in Lit (expected 3 or more): check how Lit reads its globals.`);
  if (litHtmlSeen && documents < 1) problems.push('lit-html no longer reads `document` by name: check how Lit reaches the document.');
  for (const name of missing) {
    problems.push(`lit-html calls document.${name}(), which ubsDocument does not provide: add it to DOCUMENT_METHODS.`);
  }
  return problems;
}

/**
 * Defines `ubsGlobal` and `ubsDocument` at the top of each bundle (rollup `output.intro`), before
 * any of Lit runs. Written as ES5-ish one-liners: it is not minified.
 */
export const LIT_CLOBBER_GUARD_INTRO =
  'var ubsGlobal=new Proxy(globalThis,{get(g,k,v){' +
  'if(Object.hasOwn(g,k))return v=g[k],k=="trustedTypes"&&v?{emptyScript:v.emptyScript,createPolicy(n,o){try{return v.createPolicy(n,o)}catch{}}}:v}});' +
  'var ubsDocument=function(d,p,o){' +
  `${JSON.stringify(DOCUMENT_METHODS.filter((name) => name !== 'createTreeWalker'))}.forEach(function(k){o[k]=p[k].bind(d)});` +
  'o.createTreeWalker=function(r,w,f){return p.createTreeWalker.call(d,r===o?d:r,w,f)};return o}(document,Document.prototype,Document.prototype.createDocumentFragment.call(document));';
