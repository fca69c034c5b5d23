// `npm run release` (after `npm run build`): everything a release needs, in one folder, dist/release/,
// checked. The snippet builder (served beside it, as ../release/) offers these files for download.
//
//   upper-back-surgery-elements-<v>.tgz                the npm package: `npm publish --dry-run`, `publint
//                                                      --strict` and attw (ESM only) must find nothing
//   upper-back-surgery-elements-<v>-files.zip          the script-tag files in a folder ubs/, READ-ME.txt
//                                                      for the clinic's staff, LICENSE
//   upper-back-surgery-elements-<v>-wordpress.zip      the WordPress plugin (scripts/build-wordpress.mjs)
//   upper-back-surgery-elements-<v>-single-paste.js    the classic bundle with its chunks (Spanish, sources,
//                                                      text changes) inside, to paste between <script> tags
//                                                      where a site cannot host files (Squarespace, Wix)
//   CHANGELOG.md                                       what changed, content changes listed as such
//   SHA384SUMS                                         `sha384sum -c SHA384SUMS` checks the files above
//   release.json                                       names, sizes and SRI hashes, read by the builder, and
//                                                      the integrity of each script-tag file for the CDN route
//
// `--no-checks` leaves out the package checks (npm start, which only wants the files for the builder).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { zip } from './zip.mjs';

const OUT = 'dist/release';
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const { name, version } = pkg;
const checks = !process.argv.includes('--no-checks');
const KB = 1024;
/**
 * The single-paste script, gzip: the classic bundle's budget (38.5 KB since issue 28's reading aids:
 * key points, drawings, dark mode) with the Spanish, sources and text-change chunks' (about 20 KB),
 * which it inlines. A page carries it in its HTML, which CMSs compress.
 */
const SINGLE_PASTE_BUDGET = 59 * KB;

if (!existsSync('dist/cdn/upper-back-surgery.iife.js')) throw new Error('No dist/cdn/: run `npm run build` first.');

const npm = (...args) => execFileSync('npm', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const sri = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;
const hex = (data) => createHash('sha384').update(data).digest('hex');
const problems = [];

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

// ——— The npm package ———

for (const field of ['repository', 'homepage', 'bugs']) if (!pkg[field]) problems.push(`package.json has no "${field}"`);
const packed = JSON.parse(npm('pack', '--json', '--pack-destination', OUT))[0];
const tarball = packed.filename;
if (packed.files.some((file) => file.path.startsWith('dist/release/'))) problems.push('the npm package holds dist/release/: package.json "files" must leave it out');

// ——— The script-tag files, for a clinic's own server ———

/** Every file of dist/cdn, as `[path inside the folder, data]`, sorted. */
function cdnFiles(folder = 'dist/cdn', prefix = '') {
  return readdirSync(folder)
    .sort()
    .flatMap((entry) => (statSync(join(folder, entry)).isDirectory() ? cdnFiles(join(folder, entry), `${prefix}${entry}/`) : [[`${prefix}${entry}`, readFileSync(join(folder, entry))]]));
}

const readMe = `Upper back surgery patient guide, version ${version}
Files for your own website

1. Upload the folder "ubs" (with everything in it) to the top folder of your website: the one that
   holds your home page. Use your web host's file manager or FTP; a web agency can do this for you.
   WordPress: its Media Library cannot make a folder, so use the host's file manager, or use the
   WordPress plugin instead (a separate download).
2. Check: https://YOUR-SITE/ubs/upper-back-surgery.iife.js opens in a browser and shows code.
3. Get the code to paste from the snippet builder (the page where you downloaded this file): it
   shows the guide with your clinic's details and gives the exact code for your website. The
   simplest code is:

     <script defer src="/ubs/upper-back-surgery.iife.js"></script>
     <back-surgery-guide></back-surgery-guide>

Keep every file of the folder: the Spanish text, the list of sources and your own text changes
are loaded from it when a page needs them. A page with only one part of the guide can load that
part's own, smaller file instead (ubs/elements/, e.g. risk-list.js): the builder says when. The files send nothing anywhere, set no cookies and
load nothing from other websites. Licence: MIT (LICENSE). Version and changes: CHANGELOG.md in the
release, https://www.npmjs.com/package/${name}.

---

Guía para pacientes sobre la cirugía de la parte superior de la espalda, versión ${version}
Archivos para su propio sitio web

1. Suba la carpeta "ubs" (con todo su contenido) a la carpeta principal de su sitio web: la que
   contiene su página de inicio. Use el administrador de archivos de su proveedor de alojamiento o
   FTP; una agencia web puede hacerlo por usted. WordPress: su Biblioteca de medios no puede crear
   carpetas; use el administrador de archivos del proveedor o el plugin de WordPress (otra descarga).
2. Compruebe: https://SU-SITIO/ubs/upper-back-surgery.iife.js se abre en el navegador y muestra código.
3. Copie el código que debe pegar del generador de código (la página donde descargó este archivo):
   muestra la guía con los datos de su clínica y da el código exacto para su sitio web. El código
   más sencillo es:

     <script defer src="/ubs/upper-back-surgery.iife.js"></script>
     <back-surgery-guide lang="es"></back-surgery-guide>

Conserve todos los archivos de la carpeta. Una página con una sola parte de la guía puede cargar
el archivo propio de esa parte, más pequeño (ubs/elements/, p. ej. risk-list.js): el generador
le dice cuándo. No envían nada a ninguna parte, no usan cookies y no
cargan nada de otros sitios web. Licencia: MIT (LICENSE).
`;
const filesZip = `${name}-${version}-files.zip`;
writeFileSync(
  join(OUT, filesZip),
  zip([
    { name: 'READ-ME.txt', data: readMe.replace(/\n/g, '\r\n') }, // Windows' Notepad shows it as written
    { name: 'LICENSE', data: readFileSync('LICENSE') },
    ...cdnFiles().map(([path, data]) => ({ name: `ubs/${path}`, data })),
  ]),
);

// ——— The WordPress plugin ———

execFileSync('node', ['scripts/build-wordpress.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
const wordpressZip = `${name}-${version}-wordpress.zip`;
writeFileSync(join(OUT, wordpressZip), readFileSync('dist/wordpress/upper-back-surgery-elements.zip'));

// ——— The single-paste script ———

/**
 * The classic bundle as rollup.config.js builds it, with every dynamic import inlined: no chunk to
 * find, so it needs no address of its own (an inline script has none) and loads nothing at all,
 * whatever the page's markup or `window.ubsBaseUrl` say. The intro's chunk loader goes with it.
 */
async function singlePaste() {
  const [, classic] = (await import('../rollup.config.js')).default;
  const plugins = classic.plugins.filter((plugin) => plugin.name !== 'chunks-from-script-folder');
  const intro = classic.output.intro;
  const loaderAt = intro.indexOf('var ubsScript=');
  if (loaderAt < 0) throw new Error('rollup.config.js: the classic bundle\'s intro no longer starts its chunk loader with `var ubsScript=`; update scripts/release.mjs.');
  const bundle = await rollup({ input: classic.input, plugins, onwarn: (warning, warn) => warn(warning) });
  const { output } = await bundle.generate({ format: 'iife', inlineDynamicImports: true, intro: intro.slice(0, loaderAt) });
  await bundle.close();
  if (output.length !== 1) throw new Error(`the single-paste script came out as ${output.length} files`);
  return output[0].code;
}
const inline = await singlePaste();
// Inside <script>…</script> the HTML parser ends the script at `</script`, and after `<!--` a
// `<script` would make it look past the real end: neither may be in the text.
if (/<\/script/i.test(inline) || inline.includes('<!--')) problems.push('the single-paste script contains </script or <!--: it cannot be pasted inside <script> tags');
if (/\bimport\s*\(/.test(inline)) problems.push('the single-paste script still imports a file: every chunk must be inside it');
const inlineGzip = gzipSync(inline, { level: 9 }).length;
if (inlineGzip > SINGLE_PASTE_BUDGET) problems.push(`the single-paste script is ${inlineGzip} B gzip, over its budget of ${SINGLE_PASTE_BUDGET} B`);
const singlePasteFile = `${name}-${version}-single-paste.js`;
writeFileSync(join(OUT, singlePasteFile), inline);

// ——— Changelog, hashes, and what the builder reads ———

const changelog = readFileSync('CHANGELOG.md', 'utf8');
if (!/^## \[Unreleased\]/m.test(changelog) && !changelog.includes(`## [${version}]`)) problems.push(`CHANGELOG.md has neither an [Unreleased] section nor one for ${version}`);
writeFileSync(join(OUT, 'CHANGELOG.md'), changelog);

const kinds = { package: tarball, files: filesZip, wordpress: wordpressZip, singlePaste: singlePasteFile, changelog: 'CHANGELOG.md' };
const files = Object.fromEntries(
  Object.entries(kinds).map(([kind, file]) => {
    const data = readFileSync(join(OUT, file));
    return [kind, { file, bytes: data.length, integrity: sri(data), ...(kind === 'singlePaste' ? { gzipBytes: inlineGzip } : {}) }];
  }),
);
writeFileSync(join(OUT, 'SHA384SUMS'), Object.values(kinds).map((file) => `${hex(readFileSync(join(OUT, file)))}  ${file}\n`).join(''));
files.sums = { file: 'SHA384SUMS', bytes: statSync(join(OUT, 'SHA384SUMS')).size };
const cdnBase = `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/cdn/`;
const release = {
  version,
  files,
  // The published files, for `<script src integrity crossorigin>`: the package's own dist/cdn/.
  cdn: { base: cdnBase, integrity: Object.fromEntries(cdnFiles().filter(([path]) => !/\.(?:gz|br)$/.test(path)).map(([path, data]) => [path, sri(data)])) },
};
writeFileSync(join(OUT, 'release.json'), `${JSON.stringify(release, null, 2)}\n`);

// ——— Checks of the package as npm would publish it ———

if (checks) {
  const tgz = join(OUT, tarball);
  const run = (command, args, ignore = /^$/) => {
    const result = spawnSync(command, args, { encoding: 'utf8' });
    const warnings = result.stderr.split('\n').filter((line) => /^npm warn/i.test(line) && !ignore.test(line));
    if (result.status !== 0 || warnings.length) problems.push(`${command} ${args.join(' ')}:\n${result.stdout}${result.stderr}`.trim());
  };
  // npm reads the package as it would publish it and warns about anything it would correct; being
  // logged out (always, here and in CI) is no problem of the package.
  run('npm', ['publish', '--dry-run', tgz], /requires you to be logged in/);
  run('node_modules/.bin/publint', ['run', tgz, '--strict']);
  run('node_modules/.bin/attw', [tgz, '--profile', 'esm-only', '--quiet']);
}

const size = (bytes) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} KB`);
for (const { file, bytes } of Object.values(files)) console.log(`${OUT}/${file}  ${size(bytes)}`);
console.log(`single-paste script: ${size(inline.length)}, ${(inlineGzip / 1024).toFixed(1)} KB gzip`);
if (problems.length) {
  console.error(`\nThe release is not ready:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
