// Content versions (src/review/versions.ts): one per language, the digest of every text an element can
// show with its sources, computed from the build's own content (dist/content/), never kept by hand.
//
//   node scripts/content-version.mjs            (run by `npm run build`, after tsc) writes each language's
//       version into dist/medical-disclaimer/content-version.js, which the elements and bundles carry,
//       and puts in dist/content-versions/<lang>/ the snapshots of the versions recorded in
//       content-versions/ plus this build's own, where `review --since` reads them.
//   node scripts/content-version.mjs --record   records this build's snapshots in content-versions/<lang>/
//       (committed: a release does it, so `review --since` still knows the text after it changes).
//   node scripts/content-version.mjs --check    fails unless this build's versions are recorded.
//   --dist <folder>   another build than dist/ (tests use a copy); --store <folder> another record than
//       content-versions/.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dist = resolve(option('--dist', 'dist'));
const store = resolve(option('--store', 'content-versions'));
const load = (path) => import(pathToFileURL(join(dist, path)).href);

const { contentSnapshot, isIntactSnapshot } = await load('review/versions.js');
const { sources } = await load('content/sources.js');
const { VERSION } = await load('shared/version.js');
const { supportedLanguages } = await load('shared/i18n/languages.js');

/** This build's snapshot of each language the guide has. */
const snapshots = await Promise.all(
  supportedLanguages().map(async (lang) => {
    const module = await load(`content/${lang}.js`);
    return contentSnapshot(module[lang], sources, VERSION);
  }),
);
const snapshotJson = (snapshot) => `${JSON.stringify(snapshot, null, 1)}\n`;
const versions = Object.fromEntries(snapshots.map((snapshot) => [snapshot.lang, snapshot.version]));

if (args.includes('--record')) {
  for (const snapshot of snapshots) {
    const file = join(store, snapshot.lang, `${snapshot.version}.json`);
    if (existsSync(file)) {
      console.log(`${snapshot.lang} ${snapshot.version}: already recorded`);
      continue;
    }
    mkdirSync(join(store, snapshot.lang), { recursive: true });
    writeFileSync(file, snapshotJson(snapshot));
    console.log(`${snapshot.lang} ${snapshot.version}: recorded in ${file}; commit it`);
  }
} else if (args.includes('--check')) {
  const missing = snapshots.filter((snapshot) => !existsSync(join(store, snapshot.lang, `${snapshot.version}.json`)));
  for (const snapshot of missing) console.error(`${snapshot.lang} ${snapshot.version} is not recorded: run \`node scripts/content-version.mjs --record\` and commit content-versions/.`);
  process.exitCode = missing.length > 0 ? 1 : 0;
} else {
  writeFileSync(
    join(dist, 'medical-disclaimer/content-version.js'),
    `// Written by scripts/content-version.mjs from this build's content (see src/medical-disclaimer/content-version.ts).\nexport const CONTENT_VERSIONS = Object.freeze(${JSON.stringify(versions)});\n`,
  );
  const out = join(dist, 'content-versions');
  if (existsSync(store)) cpSync(store, out, { recursive: true });
  for (const snapshot of snapshots) {
    mkdirSync(join(out, snapshot.lang), { recursive: true });
    writeFileSync(join(out, snapshot.lang, `${snapshot.version}.json`), snapshotJson(snapshot));
  }
  // A recorded snapshot edited by hand would make `review --since` list changes that never were.
  for (const lang of existsSync(out) ? readdirSync(out) : []) {
    for (const name of readdirSync(join(out, lang))) {
      const value = JSON.parse(readFileSync(join(out, lang, name), 'utf8'));
      if (!isIntactSnapshot(value) || `${value.version}.json` !== name || value.lang !== lang) throw new Error(`content-versions/${lang}/${name}: its text does not give its version (edited by hand?).`);
    }
  }
  console.log(`content versions: ${Object.entries(versions).map(([lang, version]) => `${lang} ${version}`).join(', ')}`);
}
