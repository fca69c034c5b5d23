// Script-tag bundles. The npm build is plain `tsc` output (dist/**, lit kept as a dependency);
// these bundles inline Lit and every element so a clinic needs nothing but one <script> tag.
// English is inline; each other language is a chunk next to the bundle, loaded only by a page that
// shows it (dist/cdn/upper-back-surgery-es.js), as is the engine for a clinic's text changes
// (dist/cdn/upper-back-surgery-content-overrides.js).
// Unlike npm users, the bundles run a Lit with one change: its reads of globalThis and document go
// through guards that page markup cannot clobber (scripts/build/lit-clobber-guard.mjs says why).
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { LIT_CLOBBER_GUARD_INTRO, litClobberGuard } from './scripts/build/lit-clobber-guard.mjs';
import { templateStrategy } from './scripts/template-strategy.mjs';
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';

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
    // The chunk is named after the module's file (`../../content/es.js` → upper-back-surgery-es.js).
    const match = typeof specifier === 'string' && /^(?:\.\.?\/)+(?:[\w-]+\/)*([\w-]+)\.js$/.exec(specifier);
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

/**
 * The intro of a classic bundle: the Lit guard, then `ubsImportChunk(id)`, which loads a chunk with
 * `import()` from the folder the chunks are in (README: "Where the Spanish file (and the text-change
 * engine) is found"):
 * - window.ubsBaseUrl, only if a script set it to a string (an element named ubsBaseUrl is not one:
 *   DOM clobbering) and it is on the page's origin or the script's own;
 * - else `folder` from this script's address (`./`; `../` for the files in elements/), read from
 *   document.currentScript while the script runs (it is gone by the time a language loads) through
 *   Document.prototype, because <img name="currentScript"> would replace document.currentScript, and
 *   only if it is a <script>. With `defer` the browser still sets it.
 * Anything else rejects the import with a reason: the element warns once and shows English.
 */
const classicIntro = (folder) =>
  LIT_CLOBBER_GUARD_INTRO +
  'var ubsScript=Object.getOwnPropertyDescriptor(Document.prototype,"currentScript").get.call(document),' +
  'ubsScriptUrl=ubsScript instanceof HTMLScriptElement&&ubsScript.src;' +
  `function ubsImportChunk(id){var u=self.ubsBaseUrl,base=ubsScriptUrl&&new URL(${JSON.stringify(folder)},ubsScriptUrl).href;` +
  'try{if(u!=null){if(typeof u!="string")throw"window.ubsBaseUrl is not a string";' +
  'base=new URL(u,location.href);' +
  'if(![location.origin,ubsScriptUrl&&new URL(ubsScriptUrl).origin].includes(base.origin))throw"window.ubsBaseUrl "+base+" is on another site"}' +
  'if(!base)throw"the script cannot tell its own address: set window.ubsBaseUrl";' +
  `return import(new URL("upper-back-surgery-"+id.slice(${CHUNK_PREFIX.length})+".js",base).href)}catch(e){return Promise.reject(Error(e))}}`;

/**
 * The elements, from the manifest (the one list of elements), but the settings element. None with
 * UBS_WHOLE_BUNDLES_ONLY=1 (a test that rebuilds the bundles from a changed build needs only those).
 */
const ELEMENT_TAGS = process.env.UBS_WHOLE_BUNDLES_ONLY === '1' ? [] : JSON.parse(readFileSync(new URL('./custom-elements.json', import.meta.url), 'utf8'))
  .modules.flatMap((module) => module.declarations ?? [])
  .flatMap((declaration) => declaration.tagName ?? [])
  .filter((tag, index, tags) => tag !== 'ubs-settings' && tags.indexOf(tag) === index)
  .sort();

/**
 * One classic script per element, `dist/cdn/elements/<tag>.js` (issue 30: a page that shows one
 * element downloads that element, not all of them): the element, the settings element and the
 * placeholder upgrade, with Lit inside, and the same chunks as the whole bundle, from the folder above.
 * One per page: two of them would be two copies of the library (the second warns and stands aside).
 */
const ELEMENT_ENTRY = 'ubs-element-entry:';
const elementEntries = {
  name: 'element-entries',
  resolveId: (id) => (id.startsWith(ELEMENT_ENTRY) ? id : null),
  load(id) {
    if (!id.startsWith(ELEMENT_ENTRY)) return null;
    const tag = id.slice(ELEMENT_ENTRY.length);
    return [`${tag}/${tag}.js`, 'ubs-settings/ubs-settings.js', 'placeholders.js'].map((file) => `import ${JSON.stringify(resolvePath('dist', file))};`).join('\n');
  },
};

export default [
  {
    input,
    plugins: [withoutArticlePoints, litClobberGuard(), minifyTemplates(), resolve(), minify(true), compileHint],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: 'upper-back-surgery.js',
      // Stable names (no hash) so the IIFE can find them: upper-back-surgery-es.js.
      chunkFileNames: 'upper-back-surgery-[name].js',
      intro: (chunk) => (chunk.isEntry ? LIT_CLOBBER_GUARD_INTRO : ''),
    },
  },
  {
    input,
    plugins: [withoutArticlePoints, litClobberGuard(), minifyTemplates(), resolve(), chunksFromScriptFolder, minify(false), compileHint],
    output: {
      file: 'dist/cdn/upper-back-surgery.iife.js',
      format: 'iife',
      intro: classicIntro('./'),
    },
  },
  ...ELEMENT_TAGS.map((tag) => ({
    input: `${ELEMENT_ENTRY}${tag}`,
    plugins: [elementEntries, withoutArticlePoints, litClobberGuard(), minifyTemplates(), resolve(), chunksFromScriptFolder, minify(false), compileHint],
    output: { file: `dist/cdn/elements/${tag}.js`, format: 'iife', intro: classicIntro('../') },
  })),
];
