// Script-tag bundles. The npm build is plain `tsc` output (dist/**, lit kept as a dependency);
// these bundles inline Lit and every element so a clinic needs nothing but one <script> tag.
// English is inline; each other language is a chunk next to the bundle, loaded only by a page that
// shows it (dist/cdn/upper-back-surgery-es.js), as is the engine for a clinic's text changes
// (dist/cdn/upper-back-surgery-content-overrides.js).
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const input = 'dist/cdn.js';
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
    return match ? { id: `ubs-chunk:${match[1]}`, external: true } : null;
  },
  renderDynamicImport({ targetModuleId }) {
    return targetModuleId?.startsWith('ubs-chunk:') ? { left: 'ubsImportChunk(', right: ')' } : null;
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

export default [
  {
    input,
    plugins: [withoutArticlePoints, minifyHtmlLiterals({ failOnError: true }), resolve(), minify(true)],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: 'upper-back-surgery.js',
      // Stable names (no hash) so the IIFE can find them: upper-back-surgery-es.js.
      chunkFileNames: 'upper-back-surgery-[name].js',
    },
  },
  {
    input,
    plugins: [withoutArticlePoints, minifyHtmlLiterals({ failOnError: true }), resolve(), chunksFromScriptFolder, minify(false)],
    output: {
      file: 'dist/cdn/upper-back-surgery.iife.js',
      format: 'iife',
      // The folder the chunks are in: window.ubsBaseUrl if the page sets it, else where this
      // script came from (document.currentScript, read while the script runs: it is gone by the time
      // a language loads), else a <script> whose src names the bundle. Not the page's own address.
      intro:
        'var ubsScriptUrl=document.currentScript&&document.currentScript.src;' +
        'function ubsImportChunk(id){var tag=document.querySelector(\'script[src*="upper-back-surgery"]\');' +
        'var base=new URL(self.ubsBaseUrl||ubsScriptUrl||tag&&tag.src||"",location.href);' +
        'return import(new URL("upper-back-surgery-"+id.slice(10)+".js",base).href)}',
    },
  },
];
