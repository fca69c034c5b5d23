// Script-tag bundles. The npm build is plain `tsc` output (dist/**, lit kept as a dependency);
// these bundles inline Lit and every element so a clinic needs nothing but one <script> tag.
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const input = 'dist/cdn.js';
const minify = (module) =>
  terser({ ecma: 2022, module, compress: { passes: 2 }, format: { comments: false } });

// tsc's decorator helper reads `this` at module level (undefined in ES modules, as intended).
const onwarn = (warning, warn) => {
  if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
};

export default [
  {
    input,
    onwarn,
    plugins: [minifyHtmlLiterals({ failOnError: true }), resolve(), minify(true)],
    output: { file: 'dist/cdn/upper-back-surgery.js', format: 'es' },
  },
  {
    input,
    onwarn,
    plugins: [minifyHtmlLiterals({ failOnError: true }), resolve(), minify(false)],
    output: {
      file: 'dist/cdn/upper-back-surgery.iife.js',
      format: 'iife',
      name: 'UpperBackSurgeryElements',
    },
  },
];
