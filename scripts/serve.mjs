// `npm start`: serve demo/ (at /) and dist/ (at /dist/) on localhost, and print the address.
// A tiny static server with no dependencies; it sends nothing anywhere and logs no requests.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Map a URL path to a file under demo/ or dist/, refusing anything outside them. */
export function resolvePath(urlPath, mounts = { '/dist/': 'dist', '/': 'demo' }) {
  const path = decodeURIComponent(urlPath.split('?')[0]);
  for (const [prefix, folder] of Object.entries(mounts)) {
    if (!path.startsWith(prefix)) continue;
    const base = join(root, folder);
    let file = normalize(join(base, path.slice(prefix.length)));
    if (file !== base && !file.startsWith(base + sep)) return undefined;
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
      return file;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Start a static server; `headers` are added to every response (e.g. a CSP for tests).
 * `onRequest(request, response)`, if given, sees every request first (tests use it to
 * record headers such as `Referer`); it may answer itself, or return a promise to delay
 * the static answer (a slow site).
 */
export function startServer({ port = 0, host = '127.0.0.1', mounts, headers = {}, onRequest } = {}) {
  const server = createServer(async (request, response) => {
    if (onRequest) {
      try {
        await onRequest(request, response);
      } catch (error) {
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        response.end(String(error));
      }
      if (response.headersSent || response.writableEnded) return;
    }
    let file;
    try {
      file = resolvePath(request.url ?? '/', mounts);
    } catch {
      file = undefined;
    }
    if (!file && request.url === '/favicon.ico') {
      // Browsers ask for it on every page; answer without noise in tests' consoles.
      response.writeHead(204, headers);
      response.end();
      return;
    }
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...headers });
      response.end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headers,
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  const server = await startServer({ port, host: 'localhost' }).catch(() => startServer({ port: 0, host: 'localhost' }));
  const { port: actual } = server.address();
  console.log(`Haven demo: http://localhost:${actual}/  (Ctrl+C to stop)`);
}
