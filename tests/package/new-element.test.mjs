// `npm run new-element` on a copy of the repository: what it writes compiles and uses the house
// render pattern, and the build refuses it until its text is real (every language, the element
// summaries, the JSDoc) and custom-elements.json lists it. The browser side (registry.test.ts: a
// folder missing from the manifest, the guide or the review map fails by name) runs on the real tree.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';

const ROOT = resolve(import.meta.dirname, '../..');
const TAG = 'surgery-checklist';
const COPIED = ['src', 'scripts', 'stories', 'package.json', 'tsconfig.json', 'tsconfig.build.json', 'custom-elements.json', 'custom-elements-manifest.config.mjs'];

let copy;
/** Runs a command in the copy; returns its exit code and output. */
function run(command, ...args) {
  const result = spawnSync(command, args, { cwd: copy, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}
const node = (...args) => run(process.execPath, ...args);
const compile = () => node('node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json');
/** The build's text check (package.json "build" runs it right after tsc). */
const checkText = () => node('scripts/check-no-todo.mjs');
/** `npm run analyze` without npm: the manifest from the JSDoc, sorted. */
function analyze() {
  const analyzeScript = JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8')).scripts.analyze;
  assert.match(analyzeScript, /^cem analyze /);
  const [cem, ...rest] = analyzeScript.split(' && ');
  const globs = [...cem.matchAll(/--(globs|exclude) "([^"]+)"/g)].flatMap(([, option, glob]) => [`--${option}`, glob]);
  assert.equal(node('node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--litelement', ...globs).code, 0);
  for (const step of rest) assert.equal(node(...step.replace(/^node /, '').split(' ')).code, 0, step);
}
const read = (path) => readFileSync(join(copy, path), 'utf8');
const rewrite = (path, change) => writeFileSync(join(copy, path), change(read(path)));

describe('npm run new-element, on a copy of the repository', () => {
  before(() => {
    copy = mkdtempSync(join(tmpdir(), 'ubs-new-element-'));
    for (const item of COPIED) cpSync(join(ROOT, item), join(copy, item), { recursive: true });
    mkdirSync(join(copy, 'tests'));
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    const scaffold = node('scripts/new-element.mjs', TAG);
    assert.equal(scaffold.code, 0, scaffold.out);
  });
  after(() => rmSync(copy, { recursive: true, force: true }));

  it('writes a component that renders as the others do: sharedRender around renderText, no freeze by hand', () => {
    const component = read(`src/${TAG}/${TAG}.component.ts`);
    assert.match(component, /return this\.sharedRender\(\(\) =>\s+this\.renderText\(\(refs\) => \{/);
    assert.doesNotMatch(component, /freeze\(/);
    assert.match(component, /from '\.\.\/shared\/i18n\/english\.js'/);
  });

  it('writes its story, its test, and its summary in every language', () => {
    assert.ok(existsSync(join(copy, `stories/${TAG}.stories.ts`)));
    assert.match(read(`tests/${TAG}.test.ts`), /not\.to\.match\(\/\\bTODO\\b\/\)/);
    for (const language of ['en', 'es']) assert.match(read(`src/content/${language}/element-summaries.ts`), new RegExp(`'${TAG}': 'TODO`));
    assert.match(read('src/review/elements.ts'), new RegExp(`'${TAG}': \\{\\n {4}sections: \\['surgeryChecklist', 'disclaimer.short'\\]`));
  });

  it('compiles, but the build stops on its TODO text, naming each file in every language', () => {
    const compiled = compile();
    assert.equal(compiled.code, 0, compiled.out);
    const check = checkText();
    assert.equal(check.code, 1, check.out);
    for (const file of [`src/content/en/${TAG}.ts`, `src/content/es/${TAG}.ts`, 'src/content/en/element-summaries.ts', 'src/content/es/element-summaries.ts']) {
      assert.ok(check.out.includes(`${file}: `), `${file} named in:\n${check.out}`);
    }
  });

  it('still stops the build with the text written in English only', () => {
    for (const file of [`src/content/en/${TAG}.ts`, 'src/content/en/element-summaries.ts']) rewrite(file, (text) => text.replaceAll(/TODO[^']*/g, 'Written text.'));
    assert.equal(compile().code, 0);
    const check = checkText();
    assert.equal(check.code, 1);
    assert.doesNotMatch(check.out, /src\/content\/en\//);
    assert.match(check.out, /src\/content\/es\/surgery-checklist\.ts/);
  });

  it('fails the manifest check until custom-elements.json lists it, then stops the build on its TODO JSDoc', () => {
    for (const file of [`src/content/es/${TAG}.ts`, 'src/content/es/element-summaries.ts']) rewrite(file, (text) => text.replaceAll(/TODO[^']*/g, 'Texto escrito.'));
    assert.equal(compile().code, 0);
    assert.equal(checkText().code, 0, 'all content written');
    const stale = node('scripts/check-manifest.mjs');
    assert.equal(stale.code, 1);
    assert.match(stale.out, /custom-elements\.json is out of date/);
    analyze();
    const check = checkText();
    assert.equal(check.code, 1);
    assert.match(check.out, new RegExp(`<${TAG}> JSDoc \\(custom-elements\\.json\\): TODO`));
  });

  it('builds once the JSDoc is written too, and the manifest matches it', () => {
    rewrite(`src/${TAG}/${TAG}.component.ts`, (text) => text.replace(/TODO: what this element shows[^\n]*/, 'A checklist to take to the surgeon.').replace(/@summary TODO[^\n]*/, '@summary A checklist.'));
    analyze();
    assert.equal(checkText().code, 0);
    assert.equal(node('scripts/check-manifest.mjs').code, 0);
  });
});
