// Puts the snippet builder (builder/) together in dist/builder/: its page, styles and preview frame,
// and builder-data.json, which the page reads at start. That file holds what the builder must not
// know by heart, so it follows the package by itself: the elements and their attributes (from
// custom-elements.json, through scripts/element-model.mjs), the guide's languages, and the lines
// that load the library in each embedding route, taken from the tested snippets of demo/embed/
// (see scripts/snippets.mjs), and the choices of the attributes that take ids (which sections to leave
// out of the guide, which questions to show), named in each language from the content itself. Run by
// `npm run build`, after the bundles and the builder's script.
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

/** Each language's content, from the build: `{ en: GuideContent, es: GuideContent }`. */
const contents = Object.fromEntries(await Promise.all(languages().map(async (language) => [language, (await import(`../dist/content/${language}.js`))[language]])));
const { GUIDE_SECTIONS, SECTION_TITLES } = await import('../dist/back-surgery-guide/sections.js');

/** An option of a choice: its id, and what it is called in each language of the guide. */
const option = (value, label) => ({ value, labels: Object.fromEntries(Object.entries(contents).map(([language, content]) => [language, label(content)])) });
const procedures = Object.keys(contents.en.comparison.procedures).map((id) => option(id, (content) => content.comparison.procedures[id].name));

/**
 * The attributes that take ids from a list the elements know, as `tag.attribute`, with how the form
 * offers them: `leave-out` (boxes ticked for what to leave out), `show` (boxes ticked for what to
 * show; all or none ticked is the default, all), `one` (one of them, or none). An element checks
 * the same lists and warns about anything else.
 */
const choices = {
  'back-surgery-guide.exclude': { kind: 'leave-out', options: GUIDE_SECTIONS.map((tag) => option(tag, (content) => SECTION_TITLES[tag](content))) },
  'procedure-compare.procedures': { kind: 'show', options: procedures },
  'procedure-compare.highlight': { kind: 'one', options: procedures },
  'surgery-faq.questions': { kind: 'show', options: contents.en.faq.items.map(({ id }) => option(id, (content) => content.faq.items.find((item) => item.id === id)?.question ?? id)) },
};

const data = {
  version: JSON.parse(readFileSync('package.json', 'utf8')).version,
  languages: languages(),
  contentVersions: (await import('../dist/medical-disclaimer/content-version.js')).CONTENT_VERSIONS,
  elements: elementModel().map(({ tagName, summary, attributes }) => ({
    tagName,
    summary,
    attributes: attributes.map(({ name, type, values, default: defaultValue, description }) => ({ name, type, values, default: defaultValue, description })),
  })),
  guideSections: GUIDE_SECTIONS,
  choices,
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

for (const key of Object.keys(choices)) {
  const [tag, attribute] = key.split('.');
  if (!data.elements.some((element) => element.tagName === tag && element.attributes.some((candidate) => candidate.name === attribute))) {
    throw new Error(`scripts/builder-page.mjs offers choices for ${key}, which custom-elements.json does not declare.`);
  }
}

mkdirSync(outdir, { recursive: true });
for (const file of pageFiles) copyFileSync(`builder/${file}`, `${outdir}/${file}`);
writeFileSync(`${outdir}/builder-data.json`, `${JSON.stringify(data, null, 2)}\n`);
