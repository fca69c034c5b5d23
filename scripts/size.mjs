// Prints the gzip size of every build output a page can load; with --check, fails when one is over
// its budget. Run after `npm run build`.
//
// Rows: the script-tag bundles and every chunk next to them (languages, bibliography, text-change
// engine); then each npm entry as a site's bundler ships it on a page that uses only that entry:
// minified, Lit included (a page that uses one element downloads Lit too), without the chunks it
// loads only when asked.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { buildSync } from 'esbuild';

const KB = 1024;
/**
 * Budgets, gzip. The script-tag bundle was 24 KB until the content review (issue 10): sources, the
 * definitions of medical words, the red flags and the re-sourced text added about 3.4 KB after the
 * bibliography moved to a chunk of its own. 28 KB holds what the reviewed content needs; issue 14's
 * target of 24 KB (and 12 KB for one npm element with Lit) is not met, see README "Size".
 * Issue 12 (server-rendered HTML) added 1.8 KB to every output that has the elements: Lit's hydration,
 * which takes a server's HTML over instead of building it again. The budgets moved with it, once.
 * Issue 14 added 0.9 KB: freeze() (src/shared/freeze.ts), which turns the text that never changes into
 * one shared template per element. It cut the JS heap per element from 12–74 KB to 7–13 KB, the
 * server-rendered guide's HTML from 183 KB to 100 KB, and 100 <risk-list> from 1.6× to about 1.25× static
 * at 4× CPU. The budgets moved with it, once more.
 * Issue 14, later, added 0.2 KB: Chromium's compile hint, each text searched for medical words once per
 * page, the bibliography loaded after the first paint, and the questionnaire's marks set on its DOM (a
 * questionnaire's JS heap 12 → 2 KB; 10 <risk-list> 1.6× → 1.3–1.5× static at 4× CPU). The ES module
 * bundle was 9 bytes over; its budget moved to 31.5 KB, as the classic bundle's already was.
 * Issue 14, last, added 0.2 KB: page settings read once per task and one render shared by identical
 * copies (10 <risk-list> at 4× CPU, cold cache: 11 % less time than without the sharing, measured
 * interleaved). The classic bundle was 99 bytes over; both script-tag budgets moved to 32 KB.
 * Issue 27 (the clinic's word is final) added 0.4 KB: settings in <head> final over the body and over
 * an element's own clinic attributes, server HTML without its markers rendered afresh, empty and slow
 * chunks reported, the wait for files safe from Object.prototype.then. The classic bundle was 126 bytes
 * over, one npm element (the questionnaire, with Lit) 354; the script-tag budgets moved to 32.5 KB and
 * one element's to 21 KB.
 * Issue 26 (clinical safety) added 3.9 KB of English text to every output with the elements, 2 KB to
 * the Spanish chunk and 3 KB to the bibliography: the triage-first questionnaire (emergency and same-day
 * signs asked first, care cards shown as a box is ticked, an error summary), the upper back's own risks
 * (paralysis, bleeding onto the cord, the chest approach, hardware), what surgery is for, the cement
 * trials, first-line care, and sources read again with notes in both languages. Safety content is the
 * product: the budgets moved to 36 KB for the script-tag bundles, 23 KB for one element, until issue 30
 * takes code bytes back.
 * Issue 28 (reading at NHS level) added 2.3 KB to the script-tag bundles and 0.6 KB to one element: two
 * inline drawings with their text in both languages (0.7 KB: the spine with the upper back in colour, the
 * two ways in), the guide's key points (0.3 KB of text), source markers that lead to their source and
 * back, the comparison's fact-by-fact cards on phones, each definition once per guide, theme="auto"
 * following the page, and 44 px summaries. The script-tag and whole-package budgets moved to 38.5 KB, one
 * element's to 23.5 KB (the questionnaire, with Lit, was 14 bytes over).
 * Issue 30 (text at static speed) added one classic script per element (dist/cdn/elements/<tag>.js, for
 * a page that shows one element), budgeted at the largest but the guide's plus 5 %: 24.5 KB. Its target
 * of 18 KB for <risk-list> is not met: the settings element, the placeholder upgrade, Lit and the
 * text every element shares (notices, definitions, source labels) are 21.2 KB gzip on their own (the
 * medical disclaimer's file, the smallest), and <risk-list> adds 1.5 KB of its own.
 * Brotli (quality 11, what the .br files beside each script hold, scripts/precompress.mjs) is printed
 * too, with a budget for the whole bundle (issue 30's target of 24 KB is not met: see above).
 * Any other output's budget is its size when the budget was last set, plus about 5 %: a guard
 * against growing by accident, not a target.
 */
const BUDGETS = {
  'dist/cdn/upper-back-surgery.js': 38.5 * KB,
  'dist/cdn/upper-back-surgery.iife.js': 38.5 * KB,
  'dist/cdn/upper-back-surgery-es.js': 12 * KB,
  'dist/cdn/upper-back-surgery-sources.js': 6.3 * KB,
  'dist/cdn/upper-back-surgery-content-overrides.js': 1.6 * KB,
  // The loader for server-rendered pages (README "Server-rendered and pasted HTML"), copied as written.
  'dist/cdn/upper-back-surgery-late.js': 0.6 * KB,
  'dist/index.js (npm, with Lit)': 38.5 * KB,
  'dist/back-surgery-guide/back-surgery-guide.js (npm, with Lit)': 38.5 * KB,
  'dist/ubs-settings/ubs-settings.js (npm, with Lit)': 1.2 * KB,
};
/** Brotli budgets (quality 11), for the files a page loads first. */
const BROTLI_BUDGETS = {
  'dist/cdn/upper-back-surgery.iife.js': 34 * KB,
};
/** One element from npm, with Lit and its own text (about 20–23 KB today; issue 14's target is 12 KB). */
const ONE_ELEMENT_BUDGET = 23.5 * KB;
/** One element's classic script (dist/cdn/elements/<tag>.js) but the guide's, which is the whole library. */
const ELEMENT_FILE_BUDGET = 24.5 * KB;
const gzip = (code) => gzipSync(code, { level: 9 }).length;
const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

if (!existsSync('dist/cdn/upper-back-surgery.js')) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}

/** An npm entry as a site's bundler would ship it: minified, Lit included, without the chunks it loads on demand. */
async function npmEntrySize(entry) {
  const bundle = await rollup({
    input: entry,
    plugins: [resolve(), terser()],
    onwarn: (warning, warn) => warning.code !== 'THIS_IS_UNDEFINED' && warn(warning),
  });
  const { output } = await bundle.generate({ format: 'es' });
  const code = output.filter((chunk) => chunk.type === 'chunk' && !chunk.isDynamicEntry).map((chunk) => chunk.code).join('');
  return [code.length, gzip(code), brotli(code)];
}

/**
 * An npm entry as esbuild bundles it by default (`--bundle --minify`, no `--splitting`): every
 * `import()` is inlined, so the Spanish text, the bibliography and the text-change engine come along
 * (issue 30 measures it; it has no budget here).
 */
function esbuildEntrySize(entry) {
  const { outputFiles } = buildSync({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent' });
  const code = outputFiles[0].text;
  return [code.length, gzip(code), brotli(code)];
}

/** Element tags from the manifest (the one list of elements), each with its own npm entry. */
function elementEntries() {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const tags = manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((declaration) => declaration.tagName ?? []);
  return [...new Set(tags)].sort().map((tag) => `dist/${tag}/${tag}.js`).filter((file) => existsSync(file));
}

const rows = [];
const chunks = readdirSync('dist/cdn')
  .filter((name) => /^upper-back-surgery-[\w-]+\.js$/.test(name))
  .sort()
  .map((name) => `dist/cdn/${name}`);
const elementFiles = existsSync('dist/cdn/elements') ? readdirSync('dist/cdn/elements').filter((name) => name.endsWith('.js')).sort() : [];
for (const file of ['dist/cdn/upper-back-surgery.js', 'dist/cdn/upper-back-surgery.iife.js', ...chunks, ...elementFiles.map((name) => `dist/cdn/elements/${name}`)]) {
  if (file.startsWith('dist/cdn/elements/') && !file.endsWith('/back-surgery-guide.js')) BUDGETS[file] ??= ELEMENT_FILE_BUDGET;
  const code = readFileSync(file);
  rows.push([file, code.length, gzip(code), brotli(code)]);
}
const npmEntries = ['dist/index.js', ...elementEntries()];
for (const file of npmEntries) {
  const name = `${file} (npm, with Lit)`;
  BUDGETS[name] ??= ONE_ELEMENT_BUDGET;
  rows.push([name, ...(await npmEntrySize(file))]);
}
for (const file of npmEntries.filter((entry) => entry.endsWith('/risk-list.js'))) rows.push([`${file} (npm, esbuild without splitting)`, ...esbuildEntrySize(file)]);

const width = Math.max(...rows.map(([name]) => name.length));
console.log(`${'output'.padEnd(width)}  ${'minified'.padStart(9)}  ${'gzip'.padStart(9)}  ${'budget'.padStart(9)}  ${'brotli'.padStart(9)}  ${'budget'.padStart(9)}`);
const over = [];
for (const [name, raw, zipped, brotlied] of rows) {
  const [budget, brotliBudget] = [BUDGETS[name], BROTLI_BUDGETS[name]];
  if (budget && zipped > budget) over.push(`${name}: ${zipped} B gzip, over its budget of ${budget} B by ${zipped - budget} B`);
  if (brotliBudget && brotlied > brotliBudget) over.push(`${name}: ${brotlied} B brotli, over its budget of ${brotliBudget} B by ${brotlied - brotliBudget} B`);
  console.log(
    `${name.padEnd(width)}  ${kb(raw).padStart(9)}  ${kb(zipped).padStart(9)}  ${(budget ? kb(budget) : '').padStart(9)}  ${kb(brotlied).padStart(9)}  ${(brotliBudget ? kb(brotliBudget) : '').padStart(9)}`,
  );
}
// `--readme`: the same table in docs/performance.md's "Size" section, between its markers.
if (process.argv.includes('--readme')) {
  const table = [
    '| output | minified | gzip | budget | brotli | budget |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(([name, raw, zipped, brotlied]) => {
      const [file, note] = name.split(' (');
      return `| \`${file}\`${note ? `, ${note.slice(0, -1)}` : ''} | ${kb(raw)} | ${kb(zipped)} | ${BUDGETS[name] ? kb(BUDGETS[name]) : ''} | ${kb(brotlied)} | ${BROTLI_BUDGETS[name] ? kb(BROTLI_BUDGETS[name]) : ''} |`;
    }),
  ].join('\n');
  const docs = 'docs/performance.md';
  const readme = readFileSync(docs, 'utf8');
  const marked = /<!-- size:start -->[\s\S]*<!-- size:end -->/;
  if (!marked.test(readme)) throw new Error(`${docs} has no <!-- size:start --> … <!-- size:end --> markers`);
  writeFileSync(docs, readme.replace(marked, `<!-- size:start -->\n<!-- generated by \`npm run size -- --readme\`; do not edit by hand -->\n\n${table}\n\n<!-- size:end -->`));
}
if (process.argv.includes('--check') && over.length > 0) {
  console.error(`\nOver budget:\n${over.join('\n')}`);
  process.exit(1);
}
