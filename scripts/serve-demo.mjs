// Serves the repository on localhost so the demo page can load the built bundle, as a clinic's
// web server would. No dependencies: Node's own http server.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve('.');
const port = Number(process.env.PORT ?? 8080);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  // /ubs/ stands for the folder a clinic uploads dist/cdn/ to, as the embedding snippets assume.
  const pathname = url.pathname.startsWith('/ubs/') ? `/dist/cdn/${url.pathname.slice(5)}` : url.pathname;
  if (pathname === '/favicon.ico') {
    response.writeHead(204).end();
    return;
  }
  let path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) {
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
  response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(response);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Demo clinic page: http://localhost:${port}/demo/`);
  console.log(`Embedding in CMS pages: http://localhost:${port}/demo/embed/`);
  console.log('Press Ctrl+C to stop.');
});
