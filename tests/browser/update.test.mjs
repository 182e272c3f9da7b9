// A new version of the offline page (issue 17): the service worker serves the version it has,
// downloads a new one whole in the background, and switches to it on the next navigation —
// never a mixture of two versions, and a failed download leaves the old one. Runs on a copy of
// examples/web (the page must be built: scripts/build-wasm.sh) that the test "releases" twice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json' };

let dir;
let server;
let url;
let browser;
const served = []; // [path, status] of every request, the worker's included

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'berdaya-update-'));
  cpSync(resolve(root, 'examples/web'), dir, { recursive: true, filter: (f) => !/\.(gz|br)$/.test(f) });
  server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      served.push([path, 200]);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(body);
    } catch {
      served.push([path, 404]);
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  url = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: flags });
});

after(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done()));
  if (dir) rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
});

// A release: index.html and start.js both say which release they are, and the precache list
// gets a new version. `missing`: a listed file the server no longer has.
function release(n, missing = null) {
  const html = join(dir, 'index.html');
  writeFileSync(html, readFileSync(html, 'utf8').replace(/(<meta name="release" content="\d+">\n)?<title>/, `<meta name="release" content="${n}">\n<title>`));
  writeFileSync(join(dir, 'start.js'), `${readFileSync(join(dir, 'start.js'), 'utf8').replace(/\nwindow\.berdayaRelease = \d+;/, '')}\nwindow.berdayaRelease = ${n};`);
  const listFile = join(dir, 'pkg/precache.json');
  const list = JSON.parse(readFileSync(listFile, 'utf8'));
  list.version = `${list.version.replace(/-release\d+$/, '')}-release${n}`;
  writeFileSync(listFile, JSON.stringify(list));
  if (missing) rmSync(join(dir, missing));
  return list.version;
}

// Which release the page shows: both of its files must agree.
async function shown(page) {
  await page.waitForSelector('body[data-ready="true"]');
  const seen = await page.evaluate(() => ({
    html: document.querySelector('meta[name="release"]')?.content ?? 'first',
    script: window.berdayaRelease === undefined ? 'first' : String(window.berdayaRelease),
  }));
  assert.equal(seen.html, seen.script, `index.html and start.js of one release: ${JSON.stringify(seen)}`);
  return seen.html;
}

const pending = (page) => page.evaluate(async () => {
  const r = await (await caches.open('berdaya-meta')).match('pending');
  return r ? r.text() : null;
});

test('a new version shows whole on the navigation after it was downloaded; a broken one never', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('body[data-offline="ready"]');
  assert.equal(await shown(page), 'first');

  // Release 2: the next navigation still shows the first (from the cache, at once) …
  const v2 = release(2);
  await page.reload();
  assert.equal(await shown(page), 'first', 'the navigation right after a release is served from the cache');
  // … while the worker downloads release 2 whole; the navigation after that shows it.
  await page.waitForFunction(async (v) => {
    const r = await (await caches.open('berdaya-meta')).match('pending');
    return r && (await r.text()) === v;
  }, v2, { timeout: 30_000, polling: 100 });
  await page.reload();
  assert.equal(await shown(page), '2', 'the next navigation shows the new release');
  assert.equal(await pending(page), null);
  assert.ok(!(await page.evaluate(() => caches.keys())).some((k) => k.startsWith('berdaya-') && k !== 'berdaya-meta' && !k.endsWith('-release2')),
    'the old version\'s cache is gone');

  // Release 3 lists a file the server does not have: its download fails and is dropped.
  const v3 = release(3, 'pkg/cases/wrse-junrejo.json');
  served.length = 0;
  await page.reload();
  assert.equal(await shown(page), '2');
  for (let i = 0; i < 300 && !served.some(([p, s]) => p.endsWith('/wrse-junrejo.json') && s === 404); i++) await page.waitForTimeout(100);
  assert.ok(served.some(([p, s]) => p.endsWith('/wrse-junrejo.json') && s === 404), 'the worker tried release 3');
  await page.waitForFunction((v) => caches.keys().then((ks) => !ks.includes(`berdaya-${v}`)), v3, { timeout: 30_000, polling: 100 });
  assert.equal(await pending(page), null, 'a failed download is not pending');
  await page.reload();
  assert.equal(await shown(page), '2', 'release 2 stays whole after a failed download');
  await context.close();
});
