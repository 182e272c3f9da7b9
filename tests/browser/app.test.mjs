// The assessment page as a field app (issue #13), in a real headless Chromium started by this
// test (so it can be killed): a scripted officer makes an assessment from nothing in Indonesian
// only and downloads a report that quotes the evidence; the work survives killing the browser;
// the page works offline after the first visit; a bad backup is refused whole; nothing
// overlaps at 360, 768 and 1400 px; axe finds nothing serious; focus stays on the edited
// control. Screenshots go to target/artefacts/app-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const artefacts = resolve(root, 'target/artefacts');
const axeSource = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), 'node_modules/axe-core/axe.min.js'), 'utf8');
const flags = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
// A quote of seed 002 (an informant of the P2K2 study), entered as the officer would.
const QUOTE = 'Termotivasi ikut P2K2 mbak, soalnya banyak menambah pengetahuan bagi saya.';

const profile = mkdtempSync(join(tmpdir(), 'berdaya-app-'));
let server;
let chrome;
let browser;
let page;
const consoleErrors = [];
const outside = [];

// Starts Chromium on the profile and connects to it over the DevTools protocol.
async function launch() {
  chrome = spawn(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    [...flags, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const ws = await new Promise((ok, fail) => {
    let text = '';
    chrome.stderr.on('data', (d) => {
      text += d;
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (m) ok(m[1]);
    });
    chrome.on('exit', () => fail(new Error(`chromium exited: ${text}`)));
  });
  browser = await chromium.connectOverCDP(ws);
  const context = browser.contexts()[0];
  page = context.pages()[0] ?? await context.newPage();
  await page.setViewportSize({ width: 1400, height: 1000 });
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('request', (r) => { if (!r.url().startsWith(server.url) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) outside.push(r.url()); });
}

async function kill() {
  const exited = new Promise((ok) => chrome.once('exit', ok));
  chrome.kill('SIGKILL');
  await exited;
  browser = null;
}

async function ready() {
  await page.waitForSelector('body[data-ready="true"]');
}

// Sets a text control the way typing does (input events), then waits for the save.
async function type(path, value) {
  const field = page.locator(`[data-path="${path}"]`);
  await field.fill(value);
  await saved();
}

async function choose(path, value) {
  await page.locator(`[data-path="${path}"]`).selectOption(value);
  await saved();
}

async function add(path) {
  await page.locator(`[data-add="${path}"]`).click();
  await saved();
}

// Waits until the store holds what is on screen.
async function saved() {
  await page.waitForFunction(() => {
    const s = document.getElementById('save-status');
    return s.dataset.savedAt && Number(s.dataset.savedAt) >= window.berdayaLastEdit;
  }, null, { timeout: 10000 }).catch(() => {});
  await page.waitForTimeout(50);
}

async function storeContents() {
  return page.evaluate(() => new Promise((ok, fail) => {
    const r = indexedDB.open('berdaya');
    r.onsuccess = () => {
      const all = r.result.transaction('assessments').objectStore('assessments').getAll();
      all.onsuccess = () => { ok(all.result); r.result.close(); };
      all.onerror = () => fail(all.error);
    };
    r.onerror = () => fail(r.error);
  }));
}

// The build's list of data files to cache (pkg/precache.json); where this build writes none,
// the test writes a one-file list for the run.
const precache = resolve(root, 'examples/web/pkg/precache.json');
const ownPrecache = !existsSync(precache);

before(async () => {
  mkdirSync(artefacts, { recursive: true });
  if (ownPrecache) writeFileSync(precache, JSON.stringify(['LICENSE-MIT']));
  server = await serve(resolve(root, 'examples/web'));
  await launch();
});

after(async () => {
  if (browser) await kill();
  await server?.close();
  // Chromium's helper processes may still be closing files in the profile after the kill.
  rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  if (ownPrecache) rmSync(precache, { force: true });
});

test('a scripted officer makes an assessment in Indonesian only and downloads a report that quotes it', async () => {
  await page.goto(server.url);
  await ready();
  assert.equal(await page.locator('html').getAttribute('lang'), 'id');

  // The guided start.
  await page.click('#new-assessment');
  await page.selectOption('#new-template', 'p2wkss');
  await page.fill('#new-title', 'Penilaian P2WKSS Kelurahan Harapan Jaya');
  await page.fill('#new-province', 'Jawa Barat');
  await page.fill('#new-city', 'Bekasi');
  await page.fill('#new-kecamatan', 'Bekasi Utara');
  await page.fill('#new-village', 'Harapan Jaya');
  await page.selectOption('#new-village_kind', 'kelurahan');
  await page.fill('#new-rw', '05');
  await page.fill('#new-start', '2020');
  await page.fill('#new-end', '2020');
  await page.fill('#new-assessor', 'Tim Penilai Kelurahan');
  await page.fill('#new-on', '2025-12-03');
  await page.click('#new-create');
  await page.waitForFunction(() => document.getElementById('title').textContent.includes('Harapan Jaya'));
  await page.waitForSelector('#problems .ok');

  // Evidence: the informant's quote.
  await add('/evidence');
  await choose('/evidence/0/kind', 'quote');
  await type('/evidence/0/text', QUOTE);
  await add('/evidence/0/informant');
  await type('/evidence/0/informant/code', 'CH');
  await type('/evidence/0/informant/role', 'KPM PKH');
  await type('/evidence/0/date', '2020-03');

  // An Adi process with its preparation stage done, documented by the quote.
  await add('/adi');
  await type('/adi/0/label/id', 'Proses P2WKSS Harapan Jaya');
  await add('/adi/0/stages');
  await choose('/adi/0/stages/0/status', 'completed');
  await page.locator('details[data-path="/adi/0"]').evaluate((d) => { d.open = true; });
  await page.locator('details[data-path="/adi/0/stages/0"]').evaluate((d) => { d.open = true; });
  await add('/adi/0/stages/0/evidence');
  assert.equal(await page.locator('[data-path="/adi/0/stages/0/evidence/0"]').inputValue(), 'e-1');

  // A participant, a 5M finding and an Ansell–Gash rating with the quote.
  await add('/participants');
  await choose('/participants/0/sex', 'female');
  // Assistance not recorded stays left out (principle 1): the form offers to add the list, and
  // showing the participant does not record [] ("receives none") in her name.
  await page.locator('[data-add="/participants/0/assistance_received"]').waitFor({ state: 'attached' });
  assert.doesNotMatch(JSON.stringify(await storeContents()), /assistance_received/);
  await add('/five_m');
  // Focus stays on the edited control: the report re-renders, the form does not.
  await page.locator('[data-path="/five_m/0/description/id"]').evaluate((n) => { n.berdayaMark = true; });
  await type('/five_m/0/description/id', 'Kader PKK aktif mendampingi peserta');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.path), '/five_m/0/description/id');
  assert.match(await page.locator('#report').innerText(), /Kader PKK aktif mendampingi peserta/, 'the report was re-rendered');
  await page.focus('[data-path="/five_m/0/direction"]');
  await choose('/five_m/0/direction', 'driver');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.path), '/five_m/0/direction');
  assert.equal(await page.locator('[data-path="/five_m/0/description/id"]').evaluate((n) => n.berdayaMark), true, 'the same control, not a rebuilt one');
  await add('/ansell_gash');
  await page.selectOption('[data-indicator="inclusiveness"]', '4');
  await saved();
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.indicator), 'inclusiveness', 'focus returns to the rating');
  await add('/ansell_gash/ratings/0/evidence');
  await page.waitForSelector('#problems .ok');

  // Nothing was typed in English; the report in Indonesian quotes the informant.
  // (The programme's name is the core's label of its kind, in both languages, from the template.)
  assert.deepEqual(await page.locator('input[data-path$="/en"]').evaluateAll((ns) => ns.filter((n) => n.value).map((n) => n.dataset.path)),
    ['/programme/name/en']);
  assert.match(await page.locator('#report').innerText(), /Termotivasi ikut P2K2 mbak/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-html')]);
  const report = readFileSync(await download.path(), 'utf8');
  assert.match(report, /Termotivasi ikut P2K2 mbak, soalnya banyak menambah pengetahuan bagi saya\./);
  assert.match(report, /CH/);
  assert.match(report, /KPM PKH/);
  assert.match(report, /Tim Penilai Kelurahan/, 'the sign-off names the assessor');
  assert.equal((report.match(/<h1[ >]/g) ?? []).length, 1, 'the title once');
  // The English report shows the Indonesian text, marked, rather than refusing.
  await page.selectOption('#lang-select', 'en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await page.locator('#report').innerText(), /Penilaian P2WKSS Kelurahan Harapan Jaya \[not translated\]/);
  await page.selectOption('#lang-select', 'id');
  await page.waitForFunction(() => document.documentElement.lang === 'id');
  assert.deepEqual(outside, [], 'nothing is fetched from outside');
});

test('killing the browser loses nothing: reopening shows the same assessment', async () => {
  const before_ = await storeContents();
  assert.equal(before_.length, 1);
  await kill();
  await launch();
  await page.goto(server.url);
  await ready();
  const after_ = await storeContents();
  assert.deepEqual(after_, before_);
  // (textContent: after a crash Chromium restores the old tabs, and this one may be in the background.)
  assert.match(await page.locator('#title').textContent(), /Harapan Jaya/);
  assert.equal(await page.locator('[data-indicator="inclusiveness"]').inputValue(), '4');
  await page.locator('details[data-path="/evidence/0"]').evaluate((d) => { d.open = true; });
  await page.waitForSelector('[data-path="/evidence/0/text"]', { state: 'attached' });
  assert.equal(await page.locator('[data-path="/evidence/0/text"]').inputValue(), QUOTE);
  assert.match(await page.locator('#saved-list').textContent(), /Harapan Jaya/);
});

test('a bad backup is refused with every problem listed, and nothing stored or shown changes', async () => {
  const stored = await storeContents();
  const shown = await page.locator('#report').innerHTML();
  const good = stored[0];
  const bad = structuredClone(good.case);
  bad.title = 5;
  bad.evidence[0].date = '2020-13';
  const file = join(profile, 'bad-backup.json');
  writeFileSync(file, JSON.stringify({
    format: 'berdaya-store', version: 1,
    assessments: [
      { key: 'x-1', savedAt: 1, case: bad },
      { key: 'x-1', savedAt: 'today', case: good.case },
      { ...good, key: 'x-2', savedAt: 2 },
    ],
  }));
  await page.locator('details#saved').evaluate((d) => { d.open = true; });
  await page.setInputFiles('#import-file', file);
  await page.waitForSelector('#notice li');
  const items = await page.locator('#notice li').evaluateAll((ns) => ns.map((n) => n.dataset.problemPath));
  assert.deepEqual(items.sort(), [
    '/assessments/0/case/evidence/0/date',
    '/assessments/0/case/title',
    '/assessments/1/key',
    '/assessments/1/savedAt',
  ]);
  assert.deepEqual(await storeContents(), stored, 'the store is unchanged (x-2 was good but not written)');
  assert.equal(await page.locator('#report').innerHTML(), shown);
  // Not JSON at all: one problem, nothing changed.
  writeFileSync(file, '{"format": "berdaya-store", ');
  await page.setInputFiles('#import-file', file);
  await page.waitForFunction(() => document.querySelectorAll('#notice li').length === 1);
  assert.deepEqual(await storeContents(), stored);
});

test('nothing overlaps and nothing is wider than the screen at 360, 768 and 1400 px', async () => {
  for (const width of [360, 768, 1400]) {
    await page.setViewportSize({ width, height: 900 });
    for (const tab of width < 900 ? ['form', 'report'] : ['form']) {
      if (width < 900) await page.click(`#tabs button[data-tab="${tab}"]`);
      await page.evaluate(() => document.querySelectorAll('#form details').forEach((d) => { d.build?.(); d.open = true; }));
      const result = await page.evaluate(() => {
        // Measured at the top: the sticky tab bar rightly covers content while scrolling.
        window.scrollTo(0, 0);
        const wide = document.documentElement.scrollWidth > window.innerWidth + 1;
        const nodes = [...document.querySelectorAll('button, select, input, textarea, label, h1, h2, h3, summary, legend, #part-nav a, #report p, #report td')]
          .filter((n) => { const r = n.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(n).visibility !== 'hidden'; });
        const boxes = nodes.map((n) => [n, n.getBoundingClientRect()]).map(([n, r]) => [n, { x: r.left + window.scrollX, y: r.top + window.scrollY, w: r.width, h: r.height }]);
        const overlaps = [];
        boxes.sort((a, b) => a[1].y - b[1].y);
        for (let i = 0; i < boxes.length; i += 1) {
          const [a, ra] = boxes[i];
          for (let j = i + 1; j < boxes.length && boxes[j][1].y < ra.y + ra.h; j += 1) {
            const [b, rb] = boxes[j];
            if (a.contains(b) || b.contains(a)) continue;
            if (a.closest('#report td') && b.closest('#report td')) continue;
            const ix = Math.min(ra.x + ra.w, rb.x + rb.w) - Math.max(ra.x, rb.x);
            const iy = Math.min(ra.y + ra.h, rb.y + rb.h) - Math.max(ra.y, rb.y);
            if (ix > 1 && iy > 1) overlaps.push(`${a.tagName}#${a.id || a.dataset.path || a.textContent.slice(0, 20)} × ${b.tagName}#${b.id || b.dataset.path || b.textContent.slice(0, 20)}`);
          }
        }
        const small = [...document.querySelectorAll('button, select, input[type=text], summary, #part-nav a')]
          .filter((n) => { const r = n.getBoundingClientRect(); return r.width > 0 && r.height > 0 && r.height < 44 && !n.closest('#report'); })
          .map((n) => `${n.tagName} ${n.dataset.path ?? n.id ?? ''} ${n.getBoundingClientRect().height}`);
        return { wide, overlaps: overlaps.slice(0, 10), small: small.slice(0, 10) };
      });
      assert.equal(result.wide, false, `${width}px ${tab}: wider than the screen`);
      assert.deepEqual(result.overlaps, [], `${width}px ${tab}: overlapping elements`);
      assert.deepEqual(result.small, [], `${width}px ${tab}: touch targets under 44 px`);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: resolve(artefacts, `app-${width}-${tab}-id.png`), fullPage: width < 900 });
    }
  }
  await page.setViewportSize({ width: 1400, height: 1000 });
});

test('axe finds no serious or critical violation in either language', async () => {
  for (const lang of ['id', 'en']) {
    await page.selectOption('#lang-select', lang);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    await page.evaluate(() => {
      document.querySelector('details#saved').open = true;
      document.querySelectorAll('#form details').forEach((d) => { d.build?.(); d.open = true; });
    });
    if ((await page.evaluate(() => typeof window.axe)) === 'undefined') await page.addScriptTag({ content: axeSource });
    for (const tab of ['form', 'report']) {
      await page.setViewportSize({ width: tab === 'form' ? 1400 : 360, height: 900 });
      if (tab === 'report') await page.click('#tabs button[data-tab="report"]');
      const violations = await page.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ['violations'] });
        return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      });
      assert.deepEqual(violations, [], `${lang} ${tab}`);
      if (tab === 'report') {
        await page.screenshot({ path: resolve(artefacts, `app-360-report-${lang}.png`), fullPage: true });
        await page.click('#tabs button[data-tab="form"]');
        await page.screenshot({ path: resolve(artefacts, `app-360-form-${lang}.png`), fullPage: true });
      }
    }
    await page.click('#tabs button[data-tab="form"]');
    await page.setViewportSize({ width: 1400, height: 1000 });
    // Each part of the form, in this language.
    for (const part of await page.locator('#form section.part').evaluateAll((ns) => ns.map((n) => n.id))) {
      await page.locator(`#${part}`).screenshot({ path: resolve(artefacts, `app-${part}-${lang}.png`) });
    }
    // The guided start too.
    await page.click('#new-assessment');
    const dialogViolations = await page.evaluate(async () => {
      const r = await window.axe.run('#new-dialog', { resultTypes: ['violations'] });
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    await page.keyboard.press('Escape');
    assert.deepEqual(dialogViolations, [], `${lang} new assessment`);
  }
  await page.selectOption('#lang-select', 'id');
});

test('the printout is the report alone: its title once, the assessor and the sign-off', async () => {
  await page.emulateMedia({ media: 'print' });
  const seen = await page.evaluate(() => {
    const title = document.getElementById('title').textContent.trim();
    const visible = (n) => n.getClientRects().length > 0 && getComputedStyle(n).visibility !== 'hidden';
    const titled = [...document.querySelectorAll('h1, h2, h3')].filter((n) => visible(n) && n.textContent.trim() === title);
    return { titles: titled.length, formShown: visible(document.getElementById('form-pane')), text: document.getElementById('report').innerText };
  });
  await page.emulateMedia({ media: 'screen' });
  assert.equal(seen.titles, 1, 'the title once');
  assert.equal(seen.formShown, false, 'no form in the printout');
  assert.match(seen.text, /Tim Penilai Kelurahan/);
  assert.match(seen.text, /Termotivasi ikut P2K2 mbak/);
});

test('the keyboard reaches the form: a skip link first, then the controls', async () => {
  await page.goto(server.url);
  await ready();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => !!document.activeElement.closest('main'));
  assert.ok(inMain, 'after the skip link, focus is in the main content');
});

test('after the first visit the page opens and exports with no network at all', async () => {
  await page.waitForSelector('body[data-offline="ready"]');
  // Let the worker take control of this page, then stop the server: nothing answers any more.
  await page.reload();
  await ready();
  await server.close();
  await page.reload();
  await ready();
  assert.match(await page.locator('#title').innerText(), /Harapan Jaya/);
  assert.match(await page.locator('#report').innerText(), /Termotivasi/);
  // The files of pkg/precache.json were cached on the first visit.
  const listed = JSON.parse(readFileSync(precache, 'utf8'));
  // {version, assets}: the page's files, relative to the page; a bundled case among them.
  const url = listed.assets.find((a) => a.startsWith('pkg/cases/'));
  assert.ok(url, 'the bundled cases are in the precache list');
  assert.equal(await page.evaluate((u) => fetch(u).then((r) => r.ok), url), true, `${url} offline`);
  await page.locator('details#saved').evaluate((d) => { d.open = true; });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-store')]);
  const backup = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(backup.format, 'berdaya-store');
  assert.equal(backup.assessments.length, 1);
  assert.equal(backup.assessments[0].case.evidence[0].text, QUOTE);
  server = null;
  assert.deepEqual(consoleErrors.filter((e) => !/Failed to load resource|ERR_CONNECTION_REFUSED/.test(e)), [], 'no console errors');
});

test('the messages shown when the page cannot start are the core\'s words, in both languages', () => {
  // They are static in index.html because the module cannot load then; the core is the source.
  const berdaya = createRequire(import.meta.url)(resolve(root, 'target/wasm-node/berdaya_wasm.js'));
  const html = readFileSync(resolve(root, 'examples/web/index.html'), 'utf8');
  for (const lang of ['id', 'en']) {
    const words = Object.fromEntries(berdaya.pageWords(lang));
    for (const code of ['needs_server', 'old_browser', 'module_failed']) {
      const m = new RegExp(`<p lang="${lang}" data-cannot="${code}" hidden>([^<]*)</p>`).exec(html);
      assert.ok(m, `${lang} ${code} in index.html`);
      assert.equal(m[1], words[code]);
    }
  }
});

test('opened from a file, the page says why it cannot start instead of staying blank', async () => {
  const p = await browser.contexts()[0].newPage();
  await p.goto(`file://${resolve(root, 'examples/web/index.html')}`);
  await p.waitForSelector('body[data-cannot-start="needs_server"]');
  assert.ok(await p.locator('#cannot-start p[lang="id"][data-cannot="needs_server"]').isVisible());
  await p.close();
});

test('the page\'s copy of the case schema is the generated one', () => {
  assert.equal(readFileSync(resolve(root, 'examples/web/case.schema.json'), 'utf8'),
    readFileSync(resolve(root, 'schema/case.schema.json'), 'utf8'), 'run scripts/generate-docs.sh');
});
