// The service worker: caches the page, the module and the data on the first visit, so the page
// opens with no network. Answers from the cache at once.
//
// Updates are whole versions, taken on the next navigation: the build's list of the page's
// assets (pkg/precache.json) carries a version that changes whenever any asset does. On each
// navigation the worker answers from the version it has and, in the background, asks for the
// list; when its version is new, it fetches every asset of the new version into a cache of its
// own. The next navigation switches to that cache, whole — a page is never served a mixture of
// two versions (say a new app.js with an old module), and a failed download leaves the old
// version in place. So after a release the first visit still shows the old page and the second
// the new one. Only this origin is ever fetched.
const PREFIX = 'berdaya-';
const META = 'berdaya-meta';
const SHELL = [
  './', 'index.html', 'app.js', 'qda.js', 'form.js', 'store.js', 'start.js', 'style.css', 'case.schema.json',
  'manifest.webmanifest', 'icon.svg', 'pkg/index.js', 'pkg/berdaya_wasm.js', 'pkg/berdaya_wasm_bg.wasm',
];

// The build's own list of the page's assets (pkg/precache.json, written by
// scripts/build-wasm.sh): `{version, assets}` with paths relative to the page. An array or
// `{files}` is read as paths relative to pkg/ (no version). Null when there is none.
async function precacheList() {
  try {
    const r = await fetch('pkg/precache.json', { cache: 'no-store' });
    if (!r.ok) return null;
    const list = await r.json();
    if (Array.isArray(list?.assets)) {
      return {
        version: typeof list.version === 'string' ? list.version : 'unversioned',
        assets: list.assets.filter((f) => typeof f === 'string').map((f) => f.replace(/^\.\//, '') || './'),
      };
    }
    const files = Array.isArray(list) ? list : list.files ?? [];
    return {
      version: 'unversioned',
      assets: files.filter((f) => typeof f === 'string').map((f) => f.replace(/^\.\//, ''))
        .map((f) => (f.startsWith('pkg/') || f.startsWith('/') ? f : `pkg/${f}`)),
    };
  } catch {
    return null;
  }
}

// Which version is served (`current`) and which is downloaded whole and waits for the next
// navigation (`pending`), kept in a small cache of its own (a worker's memory does not last).
async function getMeta(name) {
  const r = await (await caches.open(META)).match(name);
  return r ? r.text() : null;
}
async function setMeta(name, value) {
  const meta = await caches.open(META);
  if (value === null) await meta.delete(name);
  else await meta.put(name, new Response(value));
}

// Fetches every file of a version into its cache, bypassing the HTTP cache. `whole`: every
// file must arrive, or the download counts as failed (an update); otherwise the shell must and
// the data files are tried one by one (the first install: one missing data file must not
// leave the page without a worker).
async function download(list, whole) {
  const name = `${PREFIX}${list.version}`;
  const cache = await caches.open(name);
  const fresh = (f) => new Request(f, { cache: 'no-cache' });
  const rest = list.assets.filter((f) => !SHELL.includes(f));
  try {
    await cache.addAll(SHELL.map(fresh));
    if (whole) await cache.addAll(rest.map(fresh));
    else await Promise.all(rest.map((f) => cache.add(fresh(f)).catch(() => {})));
  } catch (e) {
    await caches.delete(name);
    throw e;
  }
  return list.version;
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const list = (await precacheList()) ?? { version: 'unversioned', assets: [] };
    await setMeta('current', await download(list, false));
    await setMeta('pending', null);
    await self.skipWaiting();
  })());
});

// Caches of other versions go; so does the cache of the worker before this one.
async function prune() {
  const keep = new Set([META, `${PREFIX}${await getMeta('current')}`, `${PREFIX}${await getMeta('pending')}`]);
  for (const key of await caches.keys()) if (!keep.has(key)) await caches.delete(key);
}

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    await prune();
    await self.clients.claim();
  })());
});

// A newer version downloaded whole becomes the one served.
async function promote() {
  const pending = await getMeta('pending');
  if (!pending) return;
  await setMeta('current', pending);
  await setMeta('pending', null);
  await prune();
}

let checking = null;
async function checkForUpdate() {
  const list = await precacheList();
  if (!list || list.version === 'unversioned') return;
  if (list.version === await getMeta('current') || list.version === await getMeta('pending')) return;
  try {
    await setMeta('pending', await download(list, true));
  } catch {
    // Offline or a file missing: the version served stays; the next navigation asks again.
  }
}

async function answer(request) {
  const cache = await caches.open(`${PREFIX}${await getMeta('current')}`);
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  try {
    const r = await fetch(request);
    if (r.ok) await cache.put(request, r.clone());
    return r;
  } catch {
    return new Response('offline', { status: 503, statusText: 'offline' });
  }
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.endsWith('/pkg/precache.json')) return; // always the network's
  if (event.request.mode === 'navigate') {
    event.respondWith((async () => {
      await promote();
      const response = await answer(event.request);
      checking ??= checkForUpdate().finally(() => { checking = null; });
      event.waitUntil(checking);
      return response;
    })());
    return;
  }
  event.respondWith(answer(event.request));
});
