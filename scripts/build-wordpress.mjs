// Builds the WordPress plugin: wordpress/ (the PHP, the editor script, readme.txt, translations) with
// the script-tag files of dist/cdn/ and elements.json, the blocks' and shortcode's list of elements
// generated from custom-elements.json (never a hand-kept list), without what only the settings screen
// sets (the attributes named by src/shared/page-settings.ts, and <ubs-settings> itself), packed as
// dist/wordpress/upper-back-surgery-elements.zip. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { zip } from './zip.mjs';
import { camel, elementModel } from './element-model.mjs';
import { languages } from './languages.mjs';
import { buildSync } from 'esbuild';
import { prerenderTemplates } from './wordpress-prerender.mjs';
import { CLINIC_ATTRIBUTES, TEXT_SETTINGS } from '../dist/shared/page-settings.js';
import { CONTENT_VERSIONS } from '../dist/medical-disclaimer/content-version.js';
import { REVIEWED_ELEMENTS } from '../dist/review/elements.js';

const SLUG = 'upper-back-surgery-elements';
const OUT = 'dist/wordpress';
const STAGE = join(OUT, SLUG);
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

if (!existsSync('dist/cdn/upper-back-surgery.iife.js')) throw new Error('No dist/cdn/: run `npm run build` first.');

/**
 * Attributes that carry what the clinic's administrator sets in Settings → Upper back surgery: the
 * page settings' names (its details, reviewer, review date, emergency number, colours, theme), the
 * elements' own names for them (`reviewed-by`, `last-reviewed`), and `content`, the text changes. A
 * block or shortcode, which authors and contributors write, never offers or passes them.
 */
const SETTINGS_ATTRIBUTES = new Set([...Object.values(TEXT_SETTINGS), ...Object.keys(CLINIC_ATTRIBUTES), 'content']);
/** The page settings element: the settings screen prints the settings, so it is neither a block nor a shortcode. */
const SETTINGS_ELEMENT = 'ubs-settings';

const contentOf = async (language) => {
  const module = await import(`../dist/content/${language}.js`);
  return module[language];
};

/**
 * The content section an element shows: the first one its module adds to the English in memory
 * (`provideEnglish({ risks, warningSigns })` → `risks`).
 */
function sectionOf(modulePath) {
  const source = readFileSync(modulePath.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts'), 'utf8');
  return /provideEnglish\(\{\s*(\w+)/.exec(source)?.[1];
}

/** The first plain sentence(s) of a section, for the fallback paragraph: its first `text` without a placeholder left. */
function firstText(value, fill) {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = firstText(item, fill);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    if (typeof value.text === 'string') {
      const text = fill(value.text);
      if (!/[{}]/.test(text)) return text;
    }
    for (const [key, item] of Object.entries(value)) {
      if (key === 'text' || key === 'title') continue;
      const found = firstText(item, fill);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * What a block or shortcode may set, and how PHP checks it: the element's attributes but those the
 * settings give, and `lang`.
 */
function attributesOf(element, languageList) {
  const attributes = element.attributes.filter((attribute) => !SETTINGS_ATTRIBUTES.has(attribute.name)).map((attribute) => ({
    name: attribute.name,
    key: camel(attribute.name),
    type: attribute.type === 'number' ? 'number' : attribute.type === 'boolean' ? 'boolean' : 'string',
    ...(attribute.values ? { values: attribute.values } : {}),
    ...(attribute.default !== undefined ? { default: JSON.parse(attribute.default.replace(/^'(.*)'$/, '"$1"')) } : {}),
    // Shown as plain help text in the block's sidebar: no Markdown code marks.
    description: attribute.description.replace(/\s+/g, ' ').replace(/`/g, '').trim(),
  }));
  // `lang` is a global attribute the manifest does not list; the elements follow it.
  attributes.push({ name: 'lang', key: 'lang', type: 'string', values: languageList, description: 'Language of the text. Not set: the page\'s.' });
  return attributes;
}

async function elementsData() {
  const languageList = languages();
  const contents = Object.fromEntries(await Promise.all(languageList.map(async (language) => [language, await contentOf(language)])));
  return elementModel().filter((element) => element.tagName !== SETTINGS_ELEMENT).map((element) => {
    const section = sectionOf(element.module);
    const fallback = {};
    const titles = {};
    for (const language of languageList) {
      const content = contents[language];
      const fill = (text) => text.replace(/\{emergency\}/g, content.references.emergencyNumber);
      if (section && content[section]) {
        titles[language] = content[section].title;
        fallback[language] = { heading: content[section].title, text: firstText(content[section], fill) ?? content.disclaimer.short.text };
      }
    }
    const reviewed = REVIEWED_ELEMENTS.find((entry) => entry.tag === element.tagName);
    return {
      tag: element.tagName,
      block: `upper-back-surgery/${element.tagName}`,
      summary: element.summary,
      // The summary in each language the reviewer's packet has it in (English is the manifest's).
      summaries: { ...reviewed?.summary, en: element.summary },
      titles,
      fallback,
      attributes: attributesOf(element, languageList),
    };
  });
}

/**
 * What the settings screen says and accepts, shared with the snippet builder rather than copied: the
 * builder's words for a refused value and for a brand colour's contrast (builder/text.ts, in each of its
 * languages), the CSS colour names the builder's browser knows, as hex (for "teal"), and the content
 * versions of this build with the reviewer's packets the plugin ships. The rules themselves are the
 * library's (src/shared/setting-rules.ts); PHP applies the same, and tests/wordpress/ checks PHP against
 * them value by value.
 */
async function settingsRules(packets) {
  // Bundled, not only transformed: the builder's text imports the content's element summaries.
  const compiled = buildSync({ entryPoints: ['builder/text.ts'], bundle: true, format: 'esm', write: false }).outputFiles[0].text;
  const { TEXTS } = await import(`data:text/javascript;base64,${Buffer.from(compiled).toString('base64')}`);
  const texts = Object.fromEntries(
    Object.entries(TEXTS).map(([language, t]) => [
      language,
      {
        problems: Object.fromEntries(Object.entries(t.settings).filter(([, field]) => field.problem).map(([key, field]) => [key, field.problem])),
        problemBefore: t.invalidBefore,
        // printf templates: the builder's functions given printf's placeholders.
        contrast: t.contrast('%1$s', '%2$s'),
        standsOut: t.standsOut('%s'),
        blendsIn: t.blendsIn('%s'),
        black: t.black,
        white: t.white,
      },
    ]),
  );
  // The 148 CSS colour names (CSS Color 4), from the package that lists them for the toolchain.
  const names = createRequire(import.meta.url)('color-name');
  const hex = (rgb) => `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
  const colours = Object.fromEntries(Object.entries(names).map(([name, rgb]) => [name, hex(rgb)]));
  return { texts, colours, contentVersions: CONTENT_VERSIONS, packets };
}

/**
 * The reviewer's packets, printable from the settings screen: the whole text in each language, and
 * for each content version recorded before this one (content-versions/), only what changed since.
 */
function writePackets(folder) {
  mkdirSync(folder, { recursive: true });
  const packets = {};
  for (const [language, current] of Object.entries(CONTENT_VERSIONS)) {
    const review = (...args) => execFileSync(process.execPath, ['dist/review/cli.js', 'review', '--lang', language, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    writeFileSync(join(folder, `${language}.html`), review());
    const since = [];
    const recorded = join('content-versions', language);
    for (const name of existsSync(recorded) ? readdirSync(recorded) : []) {
      const version = name.replace(/\.json$/, '');
      if (version === current) continue;
      writeFileSync(join(folder, `${language}-since-${version}.html`), review('--since', version));
      since.push(version);
    }
    packets[language] = { whole: `review/${language}.html`, since };
  }
  return packets;
}

/**
 * A block.json per element (blocks/<tag>/block.json, block API version 3), from the same data as
 * elements.json. The title and description are the English ones; PHP gives each person's own language
 * when it registers the block (includes/blocks.php).
 */
function writeBlockJson(element) {
  const attributes = Object.fromEntries(
    element.attributes.map((attribute) => [attribute.key, { type: attribute.type, ...(attribute.values ? { enum: attribute.values } : {}) }]),
  );
  const metadata = {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 3,
    name: element.block,
    title: element.titles.en ?? element.tag,
    category: 'upper-back-surgery',
    icon: 'heart',
    description: element.summary,
    keywords: ['spine', 'back', 'surgery', 'patient'],
    textdomain: SLUG,
    attributes,
    supports: { html: false },
  };
  mkdirSync(join(STAGE, 'blocks', element.tag), { recursive: true });
  writeFileSync(join(STAGE, 'blocks', element.tag, 'block.json'), `${JSON.stringify(metadata, null, 1)}\n`);
}

/**
 * The translation template (languages/<slug>.pot) of every string the plugin's PHP passes to gettext,
 * with the translators' comments, and the plugin's header: what a translator into another language
 * starts from.
 */
function potOf(phpFiles) {
  const entries = new Map();
  const call = /(?:\/\*\s*translators:([^*]*)\*\/\s*)?\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'upper-back-surgery-elements'/g;
  for (const file of phpFiles) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(call)) {
      const id = match[2].replace(/\\(['\\])/g, '$1');
      const line = text.slice(0, match.index).split('\n').length + (match[1] ? match[0].slice(0, match[0].search(/\b(?:__|_e|esc_)/)).split('\n').length - 1 : 0);
      const entry = entries.get(id) ?? { references: [], comment: undefined };
      entry.references.push(`${relative('wordpress', file)}:${line}`);
      entry.comment ??= match[1]?.trim();
      entries.set(id, entry);
    }
  }
  const header = readFileSync(join('wordpress', `${SLUG}.php`), 'utf8');
  for (const field of ['Plugin Name', 'Description']) {
    const value = new RegExp(`\\* ${field}:\\s*(.+)`).exec(header)?.[1].trim();
    if (value && !entries.has(value)) entries.set(value, { references: [`${SLUG}.php`], comment: `${field} of the plugin` });
  }
  const quote = (text) => JSON.stringify(text);
  return [
    '# Translation template of the Upper back surgery plugin, written by scripts/build-wordpress.mjs.',
    'msgid ""',
    'msgstr ""',
    `"Project-Id-Version: ${SLUG} ${version}\\n"`,
    '"MIME-Version: 1.0\\n"',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    '"Content-Transfer-Encoding: 8bit\\n"',
    `"X-Domain: ${SLUG}\\n"`,
    '',
    ...[...entries].flatMap(([id, { references, comment }]) => [
      ...(comment ? [`#. translators: ${comment}`] : []),
      `#: ${references.join(' ')}`,
      ...(/%\d?\$?s/.test(id) ? ['#, php-format'] : []),
      `msgid ${quote(id)}`,
      'msgstr ""',
      '',
    ]),
  ].join('\n');
}

/** Compiles a gettext .po file (msgid/msgstr pairs, no plurals) into a .mo file. */
function compilePo(poText) {
  const unquote = (line) => JSON.parse(line.trim().replace(/^msg(id|str)\s+/, ''));
  const entries = new Map();
  let current = null;
  let field = null;
  for (const line of poText.split('\n')) {
    if (line.startsWith('msgid ')) {
      if (current) entries.set(current.id, current.str);
      current = { id: unquote(line), str: '' };
      field = 'id';
    } else if (line.startsWith('msgstr ')) {
      current.str = unquote(line);
      field = 'str';
    } else if (line.startsWith('"') && current) {
      current[field] += JSON.parse(line.trim());
    }
  }
  if (current) entries.set(current.id, current.str);
  const pairs = [...entries].filter(([id, str]) => str !== '' || id === '').sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const ids = pairs.map(([id]) => Buffer.from(id));
  const strs = pairs.map(([, str]) => Buffer.from(str));
  const count = pairs.length;
  const header = Buffer.alloc(28);
  const tablesStart = 28;
  const stringsStart = tablesStart + count * 16;
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(count, 8);
  header.writeUInt32LE(tablesStart, 12);
  header.writeUInt32LE(tablesStart + count * 8, 16);
  // No hash table (size 0), but WordPress's reader wants its address: right after the two tables.
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(stringsStart, 24);
  const tables = Buffer.alloc(count * 16);
  const blobs = [];
  let offset = stringsStart;
  [ids, strs].forEach((list, which) => {
    list.forEach((buffer, i) => {
      tables.writeUInt32LE(buffer.length, which * count * 8 + i * 8);
      tables.writeUInt32LE(offset, which * count * 8 + i * 8 + 4);
      blobs.push(buffer, Buffer.from([0]));
      offset += buffer.length + 1;
    });
  });
  return Buffer.concat([header, tables, ...blobs]);
}

/**
 * A zip archive of a folder, its paths under the folder's own name, as WordPress's uploader expects.
 * Dated with the build's time (zip()'s default), not a fixed date: PHP's opcache tells a changed file
 * by its time, so an update whose files kept the previous version's time could keep running old code.
 */
function zipFolder(folder) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(folder);
  return zip(files.map((path) => ({ name: relative(dirname(folder), path).split('\\').join('/'), data: readFileSync(path) })));
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(STAGE, { recursive: true });
cpSync('wordpress', STAGE, { recursive: true, filter: (path) => !path.endsWith('.po') });
// The classic script and the chunks it fetches from its own folder; not the ES module bundle, the
// per-element files (the plugin loads the whole library, so a widget elsewhere on the page works too)
// or the pre-compressed copies (WordPress serves its plugins' files as they are).
cpSync('dist/cdn', join(STAGE, 'assets'), { recursive: true, filter: (path) => !/\/upper-back-surgery\.js$|\/elements(?:\/|$)|\.(?:gz|br)$/.test(path) });
const elements = await elementsData();
writeFileSync(join(STAGE, 'elements.json'), `${JSON.stringify(elements, null, 1)}\n`);
// What only the settings screen sets, for the plugin to drop wherever a post passes it (render.php).
const settingsOnly = { element: SETTINGS_ELEMENT, attributes: [...SETTINGS_ATTRIBUTES].map((name) => ({ name, key: camel(name) })) };
writeFileSync(join(STAGE, 'settings-attributes.json'), `${JSON.stringify(settingsOnly, null, 1)}\n`);
writeFileSync(join(STAGE, 'settings-rules.json'), `${JSON.stringify(await settingsRules(writePackets(join(STAGE, 'review'))), null, 1)}\n`);
for (const element of elements) writeBlockJson(element);
// The elements' server-rendered templates, which PHP fills with the clinic's settings (includes/prerendered.php).
const { templates, skipped } = await prerenderTemplates();
for (const template of templates) {
  mkdirSync(join(STAGE, 'prerendered', template.language), { recursive: true });
  writeFileSync(join(STAGE, 'prerendered', template.language, `${template.tag}.json`), JSON.stringify(template));
}
const templateBytes = templates.reduce((sum, template) => sum + JSON.stringify(template).length, 0);
console.log(`prerendered: ${templates.length} templates, ${(templateBytes / 1024).toFixed(0)} KB; printed as before: ${skipped.join('; ')}`);
/**
 * Spanish for every Spanish locale WordPress offers clinics in the Americas and Spain: the plugin's
 * Spanish is neutral (as the guide's), so one translation serves es_ES, es_MX and es_US.
 */
const SPANISH_LOCALES = ['es_ES', 'es_MX', 'es_US'];
for (const name of readdirSync('wordpress/languages').filter((file) => file.endsWith('.po'))) {
  const compiled = compilePo(readFileSync(join('wordpress/languages', name), 'utf8'));
  const locales = name.endsWith('-es_ES.po') ? SPANISH_LOCALES : [name.replace(/^.*-(\w+)\.po$/, '$1')];
  for (const locale of locales) writeFileSync(join(STAGE, 'languages', `${SLUG}-${locale}.mo`), compiled);
}
const phpFiles = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? phpFiles(join(dir, entry.name)) : entry.name.endsWith('.php') ? [join(dir, entry.name)] : []));
writeFileSync(join(STAGE, 'languages', `${SLUG}.pot`), potOf(phpFiles('wordpress')));
// The plugin's version, for WordPress and for the assets' cache busting, is the package's.
for (const file of [`${SLUG}.php`, 'readme.txt']) {
  const path = join(STAGE, file);
  const text = readFileSync(path, 'utf8')
    .replaceAll('0.0.0-dev', version)
    .replace('{{elements}}', elements.map((element) => `\`${element.tag}\``).join(', '));
  writeFileSync(path, text);
}
const archive = zipFolder(STAGE);
writeFileSync(join(OUT, `${SLUG}.zip`), archive);
console.log(`${OUT}/${SLUG}.zip: ${(archive.length / 1024).toFixed(1)} KB`);
