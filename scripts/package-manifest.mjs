// Writes dist/custom-elements.json, the manifest the package ships (package.json "customElements"):
// the committed custom-elements.json (which Storybook's API tables and the checks read, and
// whose paths are the sources') with its paths pointing into dist/, where the package's modules are,
// without private and protected members, without the long initial values of module variables
// (the styles' CSS text), which no tool needs, and without the modules a site cannot import (the
// package's internals, dist/shared/…) unless an element inherits from them. Run by `npm run build`.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const LONGEST_DEFAULT = 200;

const shipped = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');

/** The package's JavaScript entries (package.json "exports"), as paths: `dist/risk-list/risk-list.js`. */
function entryPaths() {
  const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
  return new Set(
    Object.values(exports)
      .map((target) => (typeof target === 'string' ? target : target.default))
      .filter((target) => typeof target === 'string' && target.endsWith('.js'))
      .map((target) => target.replace(/^\.\//, '')),
  );
}

/** The manifest as it describes the package rather than the sources. */
export function packageManifest(manifest, entries = entryPaths()) {
  // Modules a tool can reach: an entry, a module with an element, or one an element inherits from.
  const inheritedFrom = new Set();
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    for (const source of [declaration.superclass, ...(declaration.members ?? []).map((member) => member.inheritedFrom), ...(declaration.attributes ?? []).map((attribute) => attribute.inheritedFrom)]) {
      if (source?.module) inheritedFrom.add(shipped(source.module).replace(/^\//, ''));
    }
  }
  const reachable = (module) =>
    entries.has(shipped(module.path)) || inheritedFrom.has(shipped(module.path)) || (module.declarations ?? []).some((declaration) => declaration.customElement);
  manifest = { ...manifest, modules: manifest.modules.filter(reachable) };
  const visit = (value, key) => {
    if (Array.isArray(value)) {
      const kept = key === 'members' ? value.filter((member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name?.startsWith('#')) : value;
      return kept.map((item) => visit(item));
    }
    if (value === null || typeof value !== 'object') return value;
    const copy = {};
    for (const [name, inner] of Object.entries(value)) {
      if (name === 'default' && value.kind === 'variable' && typeof inner === 'string' && inner.length > LONGEST_DEFAULT) continue;
      copy[name] = (name === 'path' || name === 'module') && typeof inner === 'string' ? shipped(inner) : visit(inner, name);
    }
    return copy;
  };
  return visit(manifest);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [from = 'custom-elements.json', to = 'dist/custom-elements.json'] = process.argv.slice(2);
  writeFileSync(to, `${JSON.stringify(packageManifest(JSON.parse(readFileSync(from, 'utf8'))))}\n`);
}
