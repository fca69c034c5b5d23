// Writes `<file>.gz` and `<file>.br` beside each script and stylesheet in dist/cdn/ (issue 30), for
// hosts that serve pre-compressed files (nginx's gzip_static and brotli_static, a CDN, a static host):
// they send the smallest file without compressing on every request, and brotli at its best level,
// which is too slow for a server to do on the fly. Hosts that do not look for them ignore them.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = 'dist/cdn';

function* files(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(?:js|css)$/.test(name)) yield path;
  }
}

let count = 0;
for (const file of files(ROOT)) {
  const data = readFileSync(file);
  writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
  writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }));
  count += 1;
}
console.log(`precompress: .gz and .br beside ${count} files in ${ROOT}/`);
