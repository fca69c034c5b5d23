// The analyzer lists modules in file-system order, which differs between runs and machines: sort them
// by path so the committed custom-elements.json is stable.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

// The analyzer appends what an element inherits (GuideElement's `note` slot, `base` and `heading` parts)
// after the element's own: put it first, so Storybook and editors list the outer parts first.
const inheritedFirst = (items) => items && [...items].sort((a, b) => Number(!a.inheritedFrom) - Number(!b.inheritedFrom));

export function sortedManifest(manifest) {
  const modules = [...manifest.modules].sort((a, b) => a.path.localeCompare(b.path));
  for (const module of modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      for (const key of ['slots', 'cssParts']) if (declaration[key]) declaration[key] = inheritedFirst(declaration[key]);
    }
  }
  return { ...manifest, modules };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = process.argv[2] ?? 'custom-elements.json';
  writeFileSync(file, `${JSON.stringify(sortedManifest(JSON.parse(readFileSync(file, 'utf8'))), null, 2)}\n`);
}
