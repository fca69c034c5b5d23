// Script-tag bundles. The npm build is plain `tsc` output (dist/**, lit kept as a dependency);
// these bundles inline Lit and every element so a clinic needs nothing but one <script> tag.
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const input = 'dist/index.js';
const minify = (module) =>
  terser({ ecma: 2021, module, compress: { passes: 2 }, format: { comments: false } });

export default [
  {
    input,
    plugins: [resolve(), minify(true)],
    output: { file: 'dist/cdn/upper-back-surgery.js', format: 'es' },
  },
  {
    input,
    plugins: [resolve(), minify(false)],
    output: {
      file: 'dist/cdn/upper-back-surgery.iife.js',
      format: 'iife',
      name: 'UpperBackSurgeryElements',
    },
  },
];
