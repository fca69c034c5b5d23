// Writes what editors read to complete the elements' tags, attributes and values:
// dist/vscode.html-custom-data.json (VS Code's `html.customData`) and dist/web-types.json (JetBrains,
// named by package.json's "web-types"), generated from custom-elements.json by way of
// scripts/element-model.mjs. Run by `npm run build`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { elementModel } from './element-model.mjs';

/** The element's description in Markdown, with its slots, events and CSS parts. */
function elementDoc(element) {
  const list = (title, items) => (items.length ? `\n\n**${title}:** ${items.map((i) => `\`${i.name || '(default)'}\``).join(', ')}` : '');
  return `${element.description || element.summary}${list('Slots', element.slots)}${list('Events', element.events)}${list('CSS parts', element.cssParts)}`;
}

/** VS Code's HTML custom data, version 1.1. */
export function vscodeCustomData(elements) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: { kind: 'markdown', value: elementDoc(element) },
      attributes: element.attributes.map((attribute) => ({
        name: attribute.name,
        description: { kind: 'markdown', value: attribute.description },
        ...(attribute.values ? { values: attribute.values.map((name) => ({ name })) } : attribute.type === 'boolean' ? { valueSet: 'v' } : {}),
      })),
    })),
  };
}

/** JetBrains web-types, version 2 of the schema. */
export function webTypes(elements, { name, version }) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name,
    version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tagName,
          description: elementDoc(element),
          attributes: element.attributes.map((attribute) => ({
            name: attribute.name,
            description: attribute.description,
            value: attribute.type === 'boolean' ? { kind: 'no-value', type: 'boolean' } : { type: attribute.type },
            ...(attribute.values ? { values: attribute.values.map((value) => ({ name: value })) } : {}),
          })),
          slots: element.slots.map((slot) => ({ name: slot.name, description: slot.description ?? '' })),
          events: element.events.map((event) => ({ name: event.name, description: event.description })),
          js: {
            properties: element.properties.map((property) => ({ name: property.name, description: property.description, value: { type: property.type } })),
            events: element.events.map((event) => ({ name: event.name, description: event.description, value: { type: `CustomEvent<${event.detail}>` } })),
          },
        })),
      },
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outdir = process.argv[2] ?? 'dist';
  const elements = elementModel();
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  mkdirSync(outdir, { recursive: true });
  writeFileSync(join(outdir, 'vscode.html-custom-data.json'), `${JSON.stringify(vscodeCustomData(elements), null, 2)}\n`);
  writeFileSync(join(outdir, 'web-types.json'), `${JSON.stringify(webTypes(elements, pkg), null, 2)}\n`);
}
