// A static file server on loopback for the page tests (ES modules and .wasm need http). A folder
// is answered with the page as the build made it, `index.built.html` (the source page with the
// first report in it: scripts/prerender-page.mjs), else `index.html`.
//   node tests/browser/server.mjs [folder, examples/web] [port, 8080]   (serves it until Ctrl-C)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.json': 'application/json', '.ts': 'text/plain',
  '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json',
};

async function read(base, path) {
  if (!path.endsWith('/')) return { file: join(base, path), body: await readFile(join(base, path)) };
  for (const index of ['index.built.html', 'index.html']) {
    try {
      return { file: join(base, path, index), body: await readFile(join(base, path, index)) };
    } catch { /* the next */ }
  }
  throw new Error('no index');
}

export function serve(root, port = 0) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!join(base, path).startsWith(base)) { res.writeHead(403).end(); return; }
    try {
      const { file, body } = await read(base, path);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok({
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((done) => server.close(done)),
  })));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [folder = 'examples/web', port = '8080'] = process.argv.slice(2);
  const { url } = await serve(folder, Number(port));
  console.log(`serving ${folder} on ${url} (Ctrl-C to stop)`);
}
