// A build step (`npm run build`, right after tsc): stops the build while any text is still a TODO
// stub of `npm run new-element`, in any language, so placeholder medical text cannot ship. Reads the
// compiled content (dist/content/, every language and the element summaries) and the manifest's
// JSDoc (custom-elements.json: the @summary and description the generator leaves as TODO).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const TODO = /\bTODO\b/;

/** Every `TODO` line in the files under `folder` (recursively) ending in `.js`, as `file: line`. */
function todosIn(folder) {
  if (!existsSync(folder)) throw new Error(`${folder} is missing: run tsc first`);
  return readdirSync(folder, { recursive: true })
    .filter((file) => file.endsWith('.js'))
    .flatMap((file) =>
      readFileSync(join(folder, file), 'utf8')
        .split('\n')
        .filter((line) => TODO.test(line))
        .map((line) => `src/content/${file.replace(/\.js$/, '.ts')}: ${line.trim()}`),
    );
}

/** `TODO` in the manifest's summaries and descriptions, as `tag: text`. */
function todosInManifest(file) {
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .flatMap((declaration) =>
      [declaration.summary, declaration.description].filter((text) => TODO.test(text ?? '')).map((text) => `<${declaration.tagName}> JSDoc (custom-elements.json): ${text.split('\n')[0]}`),
    );
}

const [distFolder = 'dist', manifest = 'custom-elements.json'] = process.argv.slice(2);
const found = [...todosIn(join(distFolder, 'content')), ...todosInManifest(manifest)];
if (found.length > 0) {
  console.error(`Text still to write (TODO stubs from npm run new-element); the build stops until it is real:\n  ${found.join('\n  ')}`);
  process.exit(1);
}
