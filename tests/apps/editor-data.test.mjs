// The editor data the package ships (dist/vscode.html-custom-data.json, dist/web-types.json) and its
// manifest (dist/custom-elements.json) describe every element of custom-elements.json, with the values
// of enumerated attributes, and point only at files the package has. Run after `npm run build`.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const json = (file) => JSON.parse(readFileSync(file, 'utf8'));
const pkg = json('package.json');
const source = json('custom-elements.json');
const elements = source.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);

test('package.json names the editor data and the manifest, and they are built', () => {
  assert.ok(elements.length >= 10, 'custom-elements.json lists no elements');
  for (const file of [pkg['web-types'], pkg.customElements, pkg.exports['./vscode.html-custom-data.json'], pkg.exports['./custom-elements.json']]) {
    assert.ok(existsSync(file), `${file} is missing: run \`npm run build\``);
    assert.match(file, /^(\.\/)?dist\//, `${file} is not in dist/, which package.json "files" ships`);
  }
});

test("VS Code's custom data completes every element's attributes and enumerated values", () => {
  const tags = new Map(json('dist/vscode.html-custom-data.json').tags.map((tag) => [tag.name, tag]));
  for (const element of elements) {
    const tag = tags.get(element.tagName);
    assert.ok(tag, `<${element.tagName}> is missing`);
    assert.deepEqual(tag.attributes.map((a) => a.name), (element.attributes ?? []).map((a) => a.name), `<${element.tagName}>'s attributes`);
  }
  assert.deepEqual(tags.get('risk-list').attributes.find((a) => a.name === 'show').values, [{ name: 'all' }, { name: 'common' }]);
});

test("JetBrains' web-types describe every element's attributes, slots and events", () => {
  const types = json(pkg['web-types']);
  assert.equal(types.version, pkg.version);
  const found = new Map(types.contributions.html.elements.map((element) => [element.name, element]));
  for (const element of elements) {
    const entry = found.get(element.tagName);
    assert.ok(entry, `<${element.tagName}> is missing`);
    assert.deepEqual(entry.attributes.map((a) => a.name), (element.attributes ?? []).map((a) => a.name));
    assert.deepEqual(entry.slots.map((s) => s.name), (element.slots ?? []).map((s) => s.name));
    assert.deepEqual(entry.events.map((e) => e.name), (element.events ?? []).map((e) => e.name));
  }
  const toggle = found.get('risk-list').js.events.find((e) => e.name === 'ubs-toggle');
  assert.equal(toggle.value.type, 'CustomEvent<{ id: string; open: boolean }>');
});

test("the shipped manifest's module paths are files the package has", () => {
  const manifest = json(pkg.customElements);
  const paths = new Set();
  JSON.stringify(manifest, (key, value) => {
    if ((key === 'path' || key === 'module') && typeof value === 'string' && !value.startsWith('.')) paths.add(value);
    return value;
  });
  assert.ok(paths.size > elements.length);
  assert.deepEqual([...paths].filter((path) => !path.startsWith('dist/') || !existsSync(path)), []);
});

test('the shipped manifest describes every element, within 100 KB, without modules a site cannot import', () => {
  const file = pkg.customElements;
  assert.ok(readFileSync(file).length <= 100 * 1024, `${file} is ${readFileSync(file).length} bytes`);
  const manifest = json(file);
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName);
  assert.deepEqual(tags.sort(), elements.map((element) => element.tagName).sort());
  // dist/shared/ is not exported: only the base class the elements inherit from is described, and
  // the language loader the package exports as ./content.js.
  assert.equal(pkg.exports['./content.js'].default, './dist/shared/i18n/languages.js');
  assert.deepEqual(manifest.modules.map((m) => m.path).filter((path) => path.startsWith('dist/shared/')), ['dist/shared/guide-element.js', 'dist/shared/i18n/languages.js']);
});
