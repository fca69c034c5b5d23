// How the repository is served as a clinic's web server would serve it: shared by the demo server,
// the embedding page tests and the benchmark.
import { join, normalize } from 'node:path';

export const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  // The release files the snippet builder offers for download (dist/release/).
  '.zip': 'application/zip',
  '.tgz': 'application/gzip',
  '.md': 'text/markdown; charset=utf-8',
};

/**
 * The file under `root` a request path stands for, or undefined outside `root`. `/ubs/…` is
 * `dist/cdn/…`: the folder the embedding snippets assume a clinic uploaded the bundles to.
 */
export function fileFor(root, pathname) {
  const path = pathname.startsWith('/ubs/') ? `/dist/cdn/${pathname.slice(5)}` : pathname;
  const file = normalize(join(root, decodeURIComponent(path)));
  return file.startsWith(root) ? file : undefined;
}
