// `npm run new-element -- surgery-checklist`: writes a new element's folder, its content and its
// summary in every language (stubs marked TODO, which `npm run build` and tests/content.test.ts
// refuse), its story and its test, and adds it to every list of elements (src/index.ts,
// src/classes.ts, package.json, src/embed.css, the reviewer's map). Then prints what is left to write
// by hand. tests/registry.test.ts checks each of those lists against the element folders and
// custom-elements.json, so a step skipped here or by hand fails `npm test` by name.
// tests/package/new-element.test.mjs runs this script on a copy of the repository.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const tag = process.argv[2];
if (!tag || !/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(tag)) {
  console.error('Usage: npm run new-element -- <tag-name>   (lower case, with a hyphen: surgery-checklist)');
  process.exit(2);
}
if (existsSync(`src/${tag}`)) {
  console.error(`src/${tag}/ exists already.`);
  process.exit(2);
}

const camel = tag.replace(/-(\w)/g, (_, letter) => letter.toUpperCase()); // surgeryChecklist
const className = camel[0].toUpperCase() + camel.slice(1); // SurgeryChecklist
const contentType = `${className}Content`;

/** The guide's languages: each is a folder of content (src/content/es/) next to its module (es.ts). */
const languages = readdirSync('src/content', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`src/content/${entry.name}.ts`))
  .map((entry) => entry.name);

const written = [];
const edited = [];

function write(path, text) {
  writeFileSync(path, text);
  written.push(path);
}

/** Applies `change` to a file's text; fails loudly if the file's shape is not what this script expects. */
function edit(path, change) {
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`new-element: could not find where to add ${tag} in ${path}; add it by hand.`);
  writeFileSync(path, after);
  edited.push(path);
}

/** Inserts `line` among the lines matching `pattern`, keeping them sorted. */
function insertSorted(text, pattern, line) {
  const lines = text.split('\n');
  const indexes = lines.flatMap((current, index) => (pattern.test(current) ? [index] : []));
  if (indexes.length === 0) return text;
  const before = indexes.find((index) => lines[index] > line) ?? indexes.at(-1) + 1;
  lines.splice(before, 0, line);
  return lines.join('\n');
}

// The element's own folder.
mkdirSync(`src/${tag}`);
write(
  `src/${tag}/${tag}.component.ts`,
  `import { html } from 'lit';
import { GuideElement } from '../shared/guide-element.js';
import { renderHeading } from '../shared/heading.js';
import { ${camel}Styles } from './${tag}.styles.js';
import { ${camel} } from '../content/en/${tag}.js';
import { provideEnglish } from '../shared/i18n/english.js';

// This element's English (see english.ts): a page that imports only this element ships only this text.
provideEnglish({ ${camel} });

/**
 * TODO: what this element shows a patient, and why, in two or three sentences.
 *
 * @summary TODO: one sentence for the reviewer's packet and the API tables.
 * @tagname ${tag}
 *
 * @csspart list - The list of items.
 * @csspart term - The definition of a medical word, where the element first uses it.
 * @csspart sources - The element's sources (a \`<details>\`, open when printed), numbered as marked in the text.
 */
export class ${className} extends GuideElement {
  static override styles = [...GuideElement.styles, ${camel}Styles];

  protected override render() {
    // Depends only on its inputs: identical copies share one render (see sharedRender). An element
    // with state of its own (an id, a listener, what the reader changes) renders without it.
    return this.sharedRender(() =>
      this.renderText((refs) => {
        const text = this.content.${camel};
        return html\`\${renderHeading(this.level, refs.label(text.title))} \${refs.p(text.intro)}
          <ul part="list">
            \${text.items.map((statement) => refs.li(statement))}
          </ul>\`;
      }),
    );
  }
}
`,
);
write(
  `src/${tag}/${tag}.styles.ts`,
  `import { css } from 'lit';

/** What only <${tag}> needs; the shared look is in GuideElement.styles. */
export const ${camel}Styles = css\`\`;
`,
);
write(
  `src/${tag}/${tag}.ts`,
  `import { defineElement } from '../shared/define.js';
import { ${className} } from './${tag}.component.js';

export { ${className} };

defineElement('${tag}', ${className});

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
}
`,
);

// Its content: the type, then the text in every language.
write(
  `src/content/sections/${tag}.ts`,
  `import type { Statement } from '../types.js';

/** The text of <${tag}>. */
export interface ${contentType} {
  readonly title: string;
  readonly intro: Statement;
  readonly items: readonly Statement[];
}
`,
);
edit('src/content/types.ts', (text) =>
  insertSorted(text, /^import type .* from '\.\/sections\//, `import type { ${contentType} } from './sections/${tag}.js';`).replace(
    /(export interface GuideContent \{[\s\S]*?\n)\}/,
    `$1  readonly ${camel}: ${contentType};\n}`,
  ),
);
// Every part of the content is listed once for the runtime (a language file must have each).
edit('src/shared/i18n/english.ts', (text) => text.replace(/(const parts = \[[\s\S]*?)\n\] as const;/, `$1\n  '${camel}',\n] as const;`));
for (const language of languages) {
  write(
    `src/content/${language}/${tag}.ts`,
    `import type { ${contentType} } from '../sections/${tag}.js';

export const ${camel}: ${contentType} = {
  title: 'TODO',
  intro: { sources: [], text: 'TODO' },
  items: [{ sources: [], text: 'TODO' }],
};
`,
  );
  edit(`src/content/${language}.ts`, (text) =>
    insertSorted(text, new RegExp(`^import \\{ \\w+ \\} from '\\./${language}/`), `import { ${camel} } from './${language}/${tag}.js';`).replace(
      /\n*\};\s*$/,
      `\n  ${camel},\n};\n`,
    ),
  );
}

// What the element is, in every language: for the snippet builder and the reviewer's packet.
edit('src/content/sections/element-summaries.ts', (text) => insertSorted(text, /^ {2}readonly '[\w-]+': string;$/, `  readonly '${tag}': string;`));
for (const language of languages) {
  edit(`src/content/${language}/element-summaries.ts`, (text) => insertSorted(text, /^ {2}'[\w-]+': /, `  '${tag}': 'TODO: what <${tag}> shows, in one sentence.',`));
}
// The reviewer's map: the content it shows (tests/review-map.test.ts checks this against the render).
edit('src/review/elements.ts', (text) =>
  text.replace(/(const ELEMENTS: [^\n]*= \{\n[\s\S]*?)\n\};/, `$1\n  '${tag}': {\n    sections: ['${camel}', 'disclaimer.short'],\n  },\n};`),
);

// Registration and the package's lists of elements.
edit('src/index.ts', (text) => insertSorted(text, /^import '\.\/[\w-]+\/[\w-]+\.js';$/, `import './${tag}/${tag}.js';`));
// The guide's entry registers the sections it shows (a section only once sections.ts lists it).
edit('src/back-surgery-guide/back-surgery-guide.ts', (text) => insertSorted(text, /^import '\.\.\/[\w-]+\/[\w-]+\.js';$/, `import '../${tag}/${tag}.js';`));
edit('src/classes.ts', (text) =>
  insertSorted(text, /^export \{ \w+ \} from '\.\/(?!shared)[\w-]+\/[\w-]+\.component\.js';$/, `export { ${className} } from './${tag}/${tag}.component.js';`),
);
edit('package.json', (text) => {
  const pkg = JSON.parse(text);
  const entry = { types: `./dist/${tag}/${tag}.d.ts`, default: `./dist/${tag}/${tag}.js` };
  // Element entries (./<tag>.js → ./dist/<tag>/<tag>.js) sorted among themselves, where they are now.
  const isElement = ([key, value]) => value?.default === `./dist/${key.slice(2, -3)}/${key.slice(2)}`;
  const entries = Object.entries(pkg.exports);
  const elementEntries = [...entries.filter(isElement), [`./${tag}.js`, entry]].sort(([a], [b]) => a.localeCompare(b));
  const first = entries.findIndex(isElement);
  pkg.exports = Object.fromEntries([...entries.slice(0, first), ...elementEntries, ...entries.slice(first).filter((item) => !isElement(item))]);
  const registrations = [`./dist/${tag}/${tag}.js`, `./src/${tag}/${tag}.ts`];
  const [elements, others] = [[], []];
  for (const file of [...pkg.sideEffects, ...registrations]) (/^\.\/(dist|src)\/([\w-]+)\/\2\.(js|ts)$/.test(file) ? elements : others).push(file);
  pkg.sideEffects = [...others.slice(0, -1), ...elements.sort(), others.at(-1)];
  return `${JSON.stringify(pkg, null, 2)}\n`;
});
edit('src/embed.css', (text) =>
  text.replace(/^([a-z][\w\s,-]*?) \{\n {2}display: block;/m, (_, list) => `${withTag(list)} {\n  display: block;`).replace(/:is\(([^)]*)\)/, (_, list) => `:is(${withTag(list, '  ')})`),
);

/** A CSS selector list of tags with `tag` added, sorted and wrapped as the file writes it. */
function withTag(list, indent = '') {
  const tags = [...new Set([...list.split(',').map((item) => item.trim()), tag])].sort();
  const lines = [''];
  for (const item of tags) {
    const next = lines.at(-1) ? `${lines.at(-1)} ${item},` : `${item},`;
    if (next.length > 100) lines.push(`${item},`);
    else lines[lines.length - 1] = next;
  }
  return lines.join(`\n${indent}`).slice(0, -1);
}

// Its story and its test.
write(
  `stories/${tag}.stories.ts`,
  `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/${tag}/${tag}.js';
import { sharedArgTypes, type SharedArgs } from './controls.js';

const meta: Meta<SharedArgs> = {
  title: 'Elements/${tag}',
  component: '${tag}',
  args: { 'heading-level': 2 },
  argTypes: { ...sharedArgTypes },
  render: (args) =>
    html\`<${tag} heading-level=\${args['heading-level']} lang=\${ifDefined(args.lang || undefined)} theme=\${ifDefined(args.theme)}></${tag}>\`,
};
export default meta;

export const Default: StoryObj<SharedArgs> = {};
`,
);
write(
  `tests/${tag}.test.ts`,
  `// What a reader relies on in <${tag}>. The behaviour every element shares (headings, languages,
// axe, bad input, theming) is tested for it already, by shared-behaviour.test.ts and the others.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/${tag}/${tag}.js';
import { ${camel} } from '../src/content/en/${tag}.js';
import { shadowText } from './helpers.js';

describe('<${tag}>', () => {
  it('lists every item, in order', async () => {
    const el = await fixture(html\`<${tag}></${tag}>\`);
    const items = [...el.shadowRoot!.querySelectorAll('[part="list"] > li')].map((li) => li.textContent!.trim());
    expect(items).to.have.length(${camel}.items.length);
    ${camel}.items.forEach((item, index) => expect(items[index]).to.contain(item.text));
  });

  it('shows written text, not the stubs npm run new-element wrote', async () => {
    const el = await fixture(html\`<${tag}></${tag}>\`);
    expect(shadowText(el)).not.to.match(/\\bTODO\\b/);
  });
});
`,
);

console.log(`Wrote:\n  ${written.join('\n  ')}\nAdded <${tag}> to:\n  ${[...new Set(edited)].join('\n  ')}

Left to do by hand (\`npm run build\` fails while any TODO is left):
  1. src/${tag}/${tag}.component.ts: the JSDoc (@summary, parts) and the template; change the content type
     in src/content/sections/${tag}.ts if it needs other fields.
  2. src/content/{${languages.join(',')}}/${tag}.ts: the text in every language (replace each TODO, give sources).
  3. src/content/{${languages.join(',')}}/element-summaries.ts: what it shows, in one sentence (English = the @summary).
  4. src/back-surgery-guide/sections.ts: put '${tag}' where a patient needs it in the guide.
  5. src/review/elements.ts: check the content it shows, for the reviewer (tests/review-map.test.ts compares).
  6. tests/${tag}.test.ts: what a reader relies on in this element.
Then \`npm run analyze\` (custom-elements.json, which Storybook's API tables read) and \`npm test\`, which names anything missed.`);
