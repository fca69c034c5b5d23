// The analyzer lists modules in file-system order, which differs between runs and machines: sort them
// by path so the committed custom-elements.json is stable.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export function sortedManifest(manifest) {
  return { ...manifest, modules: [...manifest.modules].sort((a, b) => a.path.localeCompare(b.path)) };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = process.argv[2] ?? 'custom-elements.json';
  writeFileSync(file, `${JSON.stringify(sortedManifest(JSON.parse(readFileSync(file, 'utf8'))), null, 2)}\n`);
}
