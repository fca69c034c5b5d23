// Serves the repository on localhost so the demo page can load the built bundle, as a clinic's
// web server would. No dependencies: Node's own http server.
import { createReadStream, statSync } from 'node:fs';
import { createGzip } from 'node:zlib';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { contentTypes, fileFor } from './static-files.mjs';

const root = resolve('.');
const port = Number(process.env.PORT ?? 8080);

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname === '/favicon.ico') {
    response.writeHead(204).end();
    return;
  }
  let path = fileFor(root, pathname);
  if (!path) {
    response.writeHead(403).end();
    return;
  }
  try {
    if (statSync(path).isDirectory()) path = join(path, 'index.html');
    statSync(path);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  const type = contentTypes[extname(path)] ?? 'application/octet-stream';
  // Compressed, as a clinic's web server sends text (what page-speed tools measure against).
  if (/^(text\/|application\/(json|javascript))/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
    response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
    createReadStream(path).pipe(createGzip()).pipe(response);
    return;
  }
  response.writeHead(200, { 'content-type': type });
  createReadStream(path).pipe(response);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Demo clinic page: http://localhost:${port}/demo/`);
  console.log(`Embedding in CMS pages: http://localhost:${port}/demo/embed/`);
  console.log(`Snippet builder (code for your own site): http://localhost:${port}/dist/builder/`);
  console.log('Press Ctrl+C to stop.');
});
