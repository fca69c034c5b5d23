// Puts the snippet builder (builder/) together in dist/builder/: its page, styles and preview frame,
// and builder-data.json, which the page reads at start. That file holds what the builder must not
// know by heart, so it follows the package by itself: the elements and their attributes (from
// custom-elements.json, through scripts/element-model.mjs), the guide's languages, and the lines
// that load the library in each embedding route, taken from the tested snippets of demo/embed/
// (see scripts/snippets.mjs). Run by `npm run build`, after the bundles and the builder's script.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { elementModel } from './element-model.mjs';
import { languages } from './languages.mjs';
import { snippetsOf } from './snippets.mjs';

const outdir = 'dist/builder';
const pageFiles = ['index.html', 'builder.css', 'preview.html', 'preview.css'];

const snippets = Object.assign(
  {},
  ...['html.html', 'wordpress-admin.html', 'wordpress-author.html', 'drupal.html', 'squarespace.html', 'wix-embed.html', 'npm-app.js'].map((file) =>
    snippetsOf(readFileSync(`demo/embed/${file}`, 'utf8')),
  ),
);

/** The lines of a snippet that load the library (its `<link>` and `<script>`), without the elements it shows. */
function loaderOf(name) {
  const snippet = snippets[name];
  if (!snippet) throw new Error(`demo/embed/ has no snippet "${name}": the builder takes its loading lines from it.`);
  const lines = snippet.split('\n').filter((line) => /^<(script|link)\b/.test(line));
  if (lines.length === 0) throw new Error(`snippet "${name}" has no <script> or <link> line.`);
  return lines.join('\n');
}

const data = {
  version: JSON.parse(readFileSync('package.json', 'utf8')).version,
  languages: languages(),
  contentVersions: (await import('../dist/medical-disclaimer/content-version.js')).CONTENT_VERSIONS,
  elements: elementModel().map(({ tagName, summary, attributes }) => ({
    tagName,
    summary,
    attributes: attributes.map(({ name, type, values, default: defaultValue, description }) => ({ name, type, values, default: defaultValue, description })),
  })),
  loaders: {
    htmlHead: loaderOf('html-head'),
    wordpressHtml: loaderOf('wordpress-admin'),
    wordpressSite: loaderOf('wordpress-site'),
    drupal: loaderOf('drupal'),
    squarespace: loaderOf('squarespace'),
    wix: loaderOf('wix'),
    npm: snippets.npm,
  },
};

mkdirSync(outdir, { recursive: true });
for (const file of pageFiles) copyFileSync(`builder/${file}`, `${outdir}/${file}`);
writeFileSync(`${outdir}/builder-data.json`, `${JSON.stringify(data, null, 2)}\n`);
