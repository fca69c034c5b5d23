// The snippet builder's script (builder/*.ts, compiled by tsconfig.builder.json into .builder-build/)
// as one file in dist/builder/, with the library modules it shares (the settings' rules, contrast).
// Not part of the published package (package.json "files" leaves dist/builder out).
import resolve from '@rollup/plugin-node-resolve';

export default {
  input: '.builder-build/builder/main.js',
  plugins: [resolve()],
  output: { file: 'dist/builder/builder.js', format: 'es' },
};
