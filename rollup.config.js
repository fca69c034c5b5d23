// Script-tag bundles. The npm build is plain `tsc` output (dist/**, lit kept as a dependency);
// these bundles inline Lit and every element so a clinic needs nothing but one <script> tag.
// English is inline; each other language is a chunk next to the bundle, loaded only by a page that
// shows it (dist/cdn/upper-back-surgery-es.js).
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const input = 'dist/cdn.js';
const minify = (module) =>
  terser({ ecma: 2022, module, compress: { passes: 2 }, format: { comments: false } });

/**
 * A classic script cannot be split into chunks, so the IIFE loads the language chunks of the ES
 * module build with `import()`, from the folder the script itself came from (not the page's).
 */
const languageChunksFromScriptFolder = {
  name: 'language-chunks-from-script-folder',
  resolveDynamicImport(specifier, importer) {
    const match = typeof specifier === 'string' && /^\.\/(\w\w)\.js$/.exec(specifier);
    if (match && importer.endsWith('/content/index.js')) return { id: `ubs-language:${match[1]}`, external: true };
    return null;
  },
  renderDynamicImport({ targetModuleId }) {
    const language = targetModuleId?.startsWith('ubs-language:') && targetModuleId.slice('ubs-language:'.length);
    if (!language) return null;
    return { left: 'ubsImportLanguage(', right: ')' };
  },
};

export default [
  {
    input,
    plugins: [minifyHtmlLiterals({ failOnError: true }), resolve(), minify(true)],
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
    plugins: [minifyHtmlLiterals({ failOnError: true }), resolve(), languageChunksFromScriptFolder, minify(false)],
    output: {
      file: 'dist/cdn/upper-back-surgery.iife.js',
      format: 'iife',
      name: 'UpperBackSurgeryElements',
      // Read while the script runs: document.currentScript is gone by the time a language loads.
      intro:
        'var ubsScriptUrl=document.currentScript&&document.currentScript.src||location.href;' +
        'function ubsImportLanguage(id){return import(new URL("upper-back-surgery-"+id.slice(13)+".js",ubsScriptUrl).href)}',
    },
  },
];
