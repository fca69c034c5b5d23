// Script-tag bundles. The npm build is plain `tsc` output (dist/**, lit kept as a dependency);
// these bundles inline Lit and every element so a clinic needs nothing but one <script> tag.
// English is inline; each other language is a chunk next to the bundle, loaded only by a page that
// shows it (dist/cdn/upper-back-surgery-es.js), as is the engine for a clinic's text changes
// (dist/cdn/upper-back-surgery-content-overrides.js).
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { templateStrategy } from './scripts/template-strategy.mjs';

const input = 'dist/cdn.js';

/** Marks the ids of chunks the IIFE loads from its own folder (`ubs-chunk:es` → upper-back-surgery-es.js). */
const CHUNK_PREFIX = 'ubs-chunk:';
/** Lit's templates minified as the npm build's are (scripts/template-strategy.mjs says why the strategy). */
const minifyTemplates = () => minifyHtmlLiterals({ failOnError: true, options: { strategy: templateStrategy } });

const minify = (module) =>
  terser({ ecma: 2022, module, compress: { passes: 2 }, format: { comments: false } });

/**
 * A classic script cannot be split into chunks, so the IIFE loads the chunks of the ES module build
 * (a language, the text-change engine) with `import()`, from the folder the script itself came from
 * (not the page's). Those chunks import nothing, so they never pull in the module bundle.
 */
const chunksFromScriptFolder = {
  name: 'chunks-from-script-folder',
  resolveDynamicImport(specifier) {
    const match = typeof specifier === 'string' && /^\.\/([\w-]+)\.js$/.exec(specifier);
    return match ? { id: `${CHUNK_PREFIX}${match[1]}`, external: true } : null;
  },
  renderDynamicImport({ targetModuleId }) {
    return targetModuleId?.startsWith(CHUNK_PREFIX) ? { left: 'ubsImportChunk(', right: ')' } : null;
  },
};

/**
 * The article points a statement carries (`seeds`, S1–S20) are for the tests and the reviewer's packet,
 * which read the npm build; readers never see them, so the script-tag bundles leave them out.
 */
const withoutArticlePoints = {
  name: 'without-article-points',
  transform(code, id) {
    if (!/[\\/]dist[\\/]content[\\/]/.test(id)) return null;
    return { code: code.replace(/\bseeds: \[[^\]]*\],?\s*/g, ''), map: null };
  },
};

/**
 * Lit reads page-wide globals (`litHtmlPolyfillSupport`, `reactiveElementPolyfillSupport`, `ShadyCSS`,
 * `trustedTypes`, `litHtmlVersions`…) from `globalThis`. Markup can clobber a global that is not
 * set: `<a id="litHtmlPolyfillSupport">` makes `window.litHtmlPolyfillSupport` that anchor, and Lit then
 * calls it and throws, so nothing renders. In the script-tag bundles Lit reads `ubsGlobal` instead
 * (below): a view of `globalThis` that sees only what a script set (an own property of the window;
 * elements named by `id` or `name` are not), so markup cannot stand in for any of them.
 * It also catches a refused `trustedTypes.createPolicy('lit-html')` (a second copy of Lit under a
 * Trusted Types policy without 'allow-duplicates'), which would otherwise stop the whole bundle: the
 * copy of the library that loaded first renders, and the second one's warning that the library is
 * loaded twice says what to remove.
 *
 * The same holds for `document`: `<img name="createElement">` (or `importNode`, `createComment`,
 * `createTreeWalker`) makes `document.createElement` that image, and every render threw. Lit calls
 * `ubsDocument` instead (below): the browser's own methods from `Document.prototype`, bound to the page.
 */
const litGlobals = () => {
  let replaced = 0;
  let documents = 0;
  // `document` as a name, not a property (`x.document`) or part of a longer name.
  const DOCUMENT = /(?<![\w$.])document\b/g;
  return {
    name: 'lit-globals',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/](lit-html|lit-element|@lit[\\/]reactive-element|@lit-labs[\\/]ssr-client)[\\/]/.test(id)) return null;
      replaced += code.match(/\bglobalThis\b/g)?.length ?? 0;
      if (/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) documents += code.match(DOCUMENT)?.length ?? 0;
      return { code: code.replace(/\bglobalThis\b/g, 'ubsGlobal').replace(DOCUMENT, 'ubsDocument'), map: null };
    },
    // A Lit release that reads its globals some other way would drop the protection silently.
    buildEnd() {
      if (replaced < 3) this.error(`lit-globals: only ${replaced} reads of globalThis found in Lit; check how Lit reads its globals.`);
      if (documents < 1) this.error('lit-globals: lit-html no longer reads `document` by name; check how Lit reaches the document.');
    },
  };
};

/**
 * Defines `ubsGlobal` and `ubsDocument` (see litGlobals) at the top of each bundle. `ubsDocument` is
 * an empty fragment of the library's own (a node, because lit-html parks its tree walker on it between
 * uses; a fragment has no named properties, so markup cannot clobber it) holding the page's
 * node-making methods. Only those Lit calls: one it lacks fails every render, in every test, not
 * silently. The walker Lit creates on it walks the page, as before.
 */
const ubsGlobal =
  'var ubsGlobal=new Proxy(globalThis,{get(g,k,v){' +
  'if(Object.hasOwn(g,k))return v=g[k],k=="trustedTypes"&&v?{emptyScript:v.emptyScript,createPolicy(n,o){try{return v.createPolicy(n,o)}catch{}}}:v}});' +
  'var ubsDocument=function(d,p,o){' +
  '["createComment","createDocumentFragment","createElement","createTextNode","importNode"].forEach(function(k){o[k]=p[k].bind(d)});' +
  'o.createTreeWalker=function(r,w,f){return p.createTreeWalker.call(d,r===o?d:r,w,f)};return o}(document,Document.prototype,Document.prototype.createDocumentFragment.call(document));';

/**
 * First line of each bundle: tells Chromium (136 and later) to compile every function in the file
 * while the script streams in, on a background thread, instead of compiling each on the main thread
 * the first time it runs. Nearly all of the bundle runs on load (an element's first render calls
 * most of the shared code), and with it the first render of 10 <risk-list> took 15–20 % less time at
 * 4× CPU (npm run bench). Other browsers ignore the comment.
 */
const compileHint = {
  name: 'compile-hint',
  // After the minifier (plugins' renderChunk hooks run in order), which drops comments.
  renderChunk: (code, chunk) => (chunk.isEntry ? { code: `//# allFunctionsCalledOnLoad\n${code}`, map: null } : null),
};

export default [
  {
    input,
    plugins: [withoutArticlePoints, litGlobals(), minifyTemplates(), resolve(), minify(true), compileHint],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: 'upper-back-surgery.js',
      // Stable names (no hash) so the IIFE can find them: upper-back-surgery-es.js.
      chunkFileNames: 'upper-back-surgery-[name].js',
      intro: (chunk) => (chunk.isEntry ? ubsGlobal : ''),
    },
  },
  {
    input,
    plugins: [withoutArticlePoints, litGlobals(), minifyTemplates(), resolve(), chunksFromScriptFolder, minify(false), compileHint],
    output: {
      file: 'dist/cdn/upper-back-surgery.iife.js',
      format: 'iife',
      // The folder the chunks are in (README: "Where the Spanish file (and the text-change engine) is found"):
      // - window.ubsBaseUrl, only if a script set it to a string (an element named ubsBaseUrl is not
      //   one: DOM clobbering) and it is on the page's origin or the script's own;
      // - else the folder of this script, from document.currentScript read while the script runs
      //   (it is gone by the time a language loads) through Document.prototype, because
      //   <img name="currentScript"> would replace document.currentScript, and only if it is a <script>.
      // Anything else rejects the import with a reason: the element warns once and shows English.
      intro:
        ubsGlobal +
        'var ubsScript=Object.getOwnPropertyDescriptor(Document.prototype,"currentScript").get.call(document),' +
        'ubsScriptUrl=ubsScript instanceof HTMLScriptElement&&ubsScript.src;' +
        'function ubsImportChunk(id){var u=self.ubsBaseUrl,base=ubsScriptUrl;' +
        'try{if(u!=null){if(typeof u!="string")throw"window.ubsBaseUrl is not a string";' +
        'base=new URL(u,location.href);' +
        'if(![location.origin,ubsScriptUrl&&new URL(ubsScriptUrl).origin].includes(base.origin))throw"window.ubsBaseUrl "+base+" is on another site"}' +
        'if(!base)throw"the script cannot tell its own address: set window.ubsBaseUrl";' +
        `return import(new URL("upper-back-surgery-"+id.slice(${CHUNK_PREFIX.length})+".js",base).href)}catch(e){return Promise.reject(Error(e))}}`,
    },
  },
];
