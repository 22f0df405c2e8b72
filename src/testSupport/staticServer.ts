import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeadersFile } from './headersFile.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  // WebAssembly.instantiateStreaming, used by Pagefind, insists on this type.
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves a built site on a free localhost port as a static host would: `index.html` for directories, the site's 404 page,
 * and the headers of its `_headers` file, so that tests see what readers get.
 */
export async function serveStatic(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = normalize(join(root, decodeURIComponent(pathname)));
    if (!file.startsWith(root)) return void response.writeHead(400).end();
    if (!pathname.endsWith('/') && existsSync(file) && statSync(file).isDirectory())
      return void response.writeHead(301, { Location: `${pathname}/` }).end();
    const target = pathname.endsWith('/') ? join(file, 'index.html') : file;
    const found = existsSync(target) && statSync(target).isFile();
    const served = found ? target : join(root, '404.html');
    for (const [name, value] of headersFor(rules, pathname)) response.appendHeader(name, value);
    response.writeHead(found ? 200 : 404, { 'Content-Type': TYPES[extname(served)] ?? 'application/octet-stream' });
    response.end(request.method === 'HEAD' ? undefined : readFileSync(served));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
