// The service worker: caches the page, the module and the data on the first visit, and what
// the page fetches afterwards, so the page opens with no network. Answers from the cache at
// once and refreshes the cached copy from the network when there is one. Only this origin is
// ever fetched.
const CACHE = 'berdaya-v1';
const SHELL = [
  './', 'index.html', 'app.js', 'qda.js', 'form.js', 'store.js', 'start.js', 'style.css', 'case.schema.json',
  'manifest.webmanifest', 'icon.svg', 'pkg/index.js', 'pkg/berdaya_wasm.js', 'pkg/berdaya_wasm_bg.wasm',
];

// The build's own list of the page's assets (pkg/precache.json, written by
// scripts/build-wasm.sh): `{version, assets}` with paths relative to the page. An array or
// `{files}` is read as paths relative to pkg/.
async function precacheList() {
  try {
    const r = await fetch('pkg/precache.json', { cache: 'no-store' });
    if (!r.ok) return [];
    const list = await r.json();
    if (Array.isArray(list?.assets)) {
      return list.assets.filter((f) => typeof f === 'string').map((f) => f.replace(/^\.\//, '') || './');
    }
    const files = Array.isArray(list) ? list : list.files ?? [];
    return files.filter((f) => typeof f === 'string').map((f) => f.replace(/^\.\//, ''))
      .map((f) => (f.startsWith('pkg/') || f.startsWith('/') ? f : `pkg/${f}`));
  } catch {
    return [];
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(SHELL);
    // The data files one by one: one missing file must not leave the page without a worker.
    await Promise.all((await precacheList()).filter((f) => !SHELL.includes(f))
      .map((f) => cache.add(f).catch(() => {})));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const cached = await cache.match(event.request, { ignoreSearch: true });
    const fresh = fetch(event.request).then((r) => {
      if (r.ok) cache.put(event.request, r.clone());
      return r;
    }).catch(() => null);
    if (cached) {
      event.waitUntil(fresh);
      return cached;
    }
    return (await fresh) ?? new Response('offline', { status: 503, statusText: 'offline' });
  })());
});
