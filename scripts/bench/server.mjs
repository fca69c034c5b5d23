// The benchmark's web server: the repository root, plus the generated pages at /bench/. It answers
// the way a clinic's server or CDN would (gzip when the browser accepts it) and logs how many bytes
// each response put on the wire, so page weight is measured from what was actually sent.
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentTypes } from '../static-files.mjs';


/**
 * Starts the server on 127.0.0.1 and a free port chosen by the OS.
 * @param {{ root: string, pagesDir: string }} dirs
 * @returns {Promise<{ origin: string, log: object[], close(): Promise<void> }>}
 */
export async function startServer({ root, pagesDir }) {
  root = resolve(root);
  pagesDir = resolve(pagesDir);
  /** One entry per response: { path, status, bodyBytes, wireBytes }. The caller empties it between page loads. */
  const log = [];
  // Compressed bodies are kept, keyed by file and modification time: a real CDN serves pre-compressed
  // files, so gzip -9's few milliseconds per request must not land in the page's load times.
  const gzipCache = new Map();

  const server = createServer((request, response) => {
    const socket = request.socket;
    // HTTP/1.1 without pipelining: while this response is written, nothing else is written to this
    // socket, so the growth of bytesWritten is this response's size on the wire, headers included.
    const writtenBefore = socket.bytesWritten;
    let bodyBytes = 0;
    const url = new URL(request.url ?? '/', 'http://localhost');
    response.on('finish', () => {
      log.push({ path: url.pathname, status: response.statusCode, bodyBytes, wireBytes: socket.bytesWritten - writtenBefore });
    });

    const pathname = decodeURIComponent(url.pathname);
    const [base, rest] = pathname.startsWith('/bench/') ? [pagesDir, pathname.slice('/bench/'.length)] : [root, pathname];
    let file = resolve(join(base, rest));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    let stats;
    try {
      stats = statSync(file);
      if (stats.isDirectory()) {
        file = join(file, 'index.html');
        stats = statSync(file);
      }
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }

    const headers = {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      // Every run must pay the full download: nothing may come from a cache.
      'cache-control': 'no-store',
    };
    let body = readFileSync(file);
    if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      const key = `${file}:${stats.mtimeMs}`;
      if (!gzipCache.has(key)) gzipCache.set(key, gzipSync(body, { level: 9 }));
      body = gzipCache.get(key);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = body.length;
    bodyBytes = body.length;
    response.writeHead(200, headers).end(body);
  });

  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
