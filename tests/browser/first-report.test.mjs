// Issue 17: the page's first report does not wait for the module. The build renders the
// default case's report in both languages (scripts/prerender-page.mjs → pkg/first/<lang>.json)
// and the page shows it at once, then the module's live report. These tests keep that honest:
// the pre-rendered data equals what the page's own module renders (so it cannot go stale), the
// page shows exactly the same thing before and after the module, it is never shown when a saved
// assessment will be reopened, the language is the page's, and it works offline. Also: the
// report is replaced section by section, and the result is the same DOM as the whole report.
// The Indonesian one is in the served page itself (index.built.html, written by the build from
// the clean source index.html): shown with no script and no fetch, equal to the live page, and
// hidden when the officer's language is English or a saved assessment will be reopened.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const web = resolve(root, 'examples/web');
const flags = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const first = (lang) => JSON.parse(readFileSync(resolve(web, `pkg/first/${lang}.json`), 'utf8'));

let browser;
let server;

before(async () => {
  server = await serve(web);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: flags });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

// A fresh profile; `lang` is the language chosen on an earlier visit (none: the default).
async function context({ lang, saved = false, serviceWorkers = 'block' } = {}) {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 }, serviceWorkers });
  await ctx.addInitScript(([l, s]) => {
    if (l) localStorage.setItem('berdaya-lang', l);
    if (s) localStorage.setItem('berdaya-has-saved', '1');
    // Whether two elements have equal children (Node.isEqualNode, the elements' own attributes apart).
    window.sameChildren = (a, b) => a.childNodes.length === b.childNodes.length
      && [...a.childNodes].every((n, i) => n.isEqualNode(b.childNodes[i]));
    // Every state the report passes through, as the page marks it.
    window.berdayaReportStates = [];
    new MutationObserver(() => {
      const r = document.body?.dataset.report;
      if (r && window.berdayaReportStates.at(-1) !== r) window.berdayaReportStates.push(r);
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-report'] });
  }, [lang ?? null, saved]);
  return ctx;
}

// What the officer sees of the report and the page's labels.
const shown = () => ({
  lang: document.documentElement.lang,
  title: document.getElementById('title').textContent,
  docTitle: document.title,
  problems: document.getElementById('problems').innerHTML,
  diagnostics: document.getElementById('diagnostics').innerHTML,
  report: document.getElementById('report').innerHTML,
  labels: [...document.querySelectorAll('[data-ui], [data-word]')].map((n) => n.textContent),
});

test('the pre-rendered first report is what the page\'s module renders, in both languages', async () => {
  for (const lang of ['id', 'en']) {
    const data = first(lang);
    const ctx = await context({ lang });
    const page = await ctx.newPage();
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]');
    const live = await page.evaluate(async (l) => {
      const b = await import('./pkg/index.js');
      const name = b.bundledNames()[0];
      const view = b.caseView(await b.loadBundled(name), l);
      return { name, view, ui: b.vocabulary(l).ui, words: b.pageWords(l) };
    }, lang);
    assert.equal(data.lang, lang);
    assert.equal(data.case, live.name, 'the default case is the first bundled one');
    assert.deepEqual(live.view.problems, []);
    assert.equal(data.html, live.view.html, `${lang}: the report's HTML`);
    assert.deepEqual(data.diagnostics, live.view.diagnostics, `${lang}: the diagnostics`);
    assert.deepEqual(data.ui, live.ui, `${lang}: the page's labels`);
    assert.deepEqual(data.words, live.words, `${lang}: the page's words`);
    assert.equal(data.title, await page.locator('#title').textContent(), `${lang}: the title the page shows`);
    await ctx.close();
  }
});

test('the served page holds the Indonesian first report: on screen with no script, as the live page shows it', async () => {
  const data = first('id');
  const source = readFileSync(resolve(web, 'index.html'), 'utf8');
  assert.ok(!source.includes('berdaya-first') && !source.includes(data.diagnostics[0].recommendation), 'the source page has nothing generated in it');
  // With scripts off: nothing fetched for the report, and it is on screen.
  const off = await browser.newContext({ viewport: { width: 1400, height: 1000 }, javaScriptEnabled: false, serviceWorkers: 'block' });
  const bare = await off.newPage();
  const requested = [];
  bare.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await bare.goto(server.url);
  await bare.evaluate(() => { document.body.dataset.tab = 'report'; }); // the phone's tab; 1400 px shows both anyway
  assert.ok(await bare.locator('#report h2').first().isVisible(), 'the report is on screen with no script');
  assert.ok(await bare.locator('#diagnostics li').first().isVisible(), 'and its diagnostics');
  const noScript = await bare.evaluate(shown);
  assert.deepEqual(requested.filter((p) => p.startsWith('/pkg/first/') || p.endsWith('.wasm')), [], 'neither the pre-rendered data nor the module');
  await off.close();
  // The live page (module ready, its own report): the same report, diagnostics, title and labels.
  const ctx = await context();
  const page = await ctx.newPage();
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  const live = await page.evaluate(shown);
  const rendered = await page.evaluate(async () => {
    const b = await import('./pkg/index.js');
    const t = document.createElement('div');
    t.innerHTML = b.caseView(await b.loadBundled(b.bundledNames()[0]), 'id').html;
    return t.innerHTML;
  });
  await ctx.close();
  assert.equal(noScript.report, rendered, 'the page\'s report is the module\'s render');
  assert.deepEqual(noScript, live, 'the page with no script shows what the live page shows');
});

test('at phone width the first paint is the report: with no script, before the module, and once it is ready', async () => {
  const phone = { viewport: { width: 360, height: 740 }, serviceWorkers: 'block' };
  const onScreen = () => ({
    report: getComputedStyle(document.getElementById('report-pane')).display !== 'none'
      && document.querySelectorAll('#report h2').length > 0,
    form: getComputedStyle(document.getElementById('form-pane')).display !== 'none',
    pressed: [...document.querySelectorAll('#tabs button')].map((b) => [b.dataset.tab, b.getAttribute('aria-pressed')]),
    wide: document.documentElement.scrollWidth > window.innerWidth,
  });
  const want = { report: true, form: false, pressed: [['form', 'false'], ['report', 'true']], wide: false };
  // Scripts off: the page as the parser builds it.
  const off = await browser.newContext({ ...phone, javaScriptEnabled: false });
  const bare = await off.newPage();
  await bare.goto(server.url);
  assert.deepEqual(await bare.evaluate(onScreen), want, 'no script: the report tab, pressed');
  await off.close();
  // The module held back: the pre-rendered report is what the officer sees first.
  const ctx = await browser.newContext(phone);
  const page = await ctx.newPage();
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/pkg/berdaya_wasm_bg.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(server.url);
  await page.waitForSelector('body[data-report="prerendered"]');
  assert.deepEqual(await page.evaluate(onScreen), want, 'before the module: the report tab');
  release();
  await page.waitForSelector('body[data-ready="true"]');
  assert.deepEqual(await page.evaluate(onScreen), want, 'the module ready: still the report, not switched away');
  // The form is one tap away.
  await page.click('#tabs button[data-tab="form"]');
  const tapped = await page.evaluate(onScreen);
  assert.equal(tapped.form, true);
  assert.equal(tapped.report, false);
  await ctx.close();
});

// The words each failure shows: the core's, in both languages, never the browser's error text.
async function saysItCannotStart(page) {
  await page.waitForSelector('body[data-cannot-start="module_failed"]');
  const shownTexts = await page.evaluate(() => [...document.querySelectorAll('#cannot-start p')]
    .filter((p) => !p.hidden).map((p) => [p.lang, p.textContent]));
  const words = (lang) => JSON.parse(readFileSync(resolve(web, `pkg/first/${lang}.json`), 'utf8')).words;
  const say = (lang) => Object.fromEntries(words(lang)).module_failed;
  assert.deepEqual(shownTexts, [['id', say('id')], ['en', say('en')]]);
  assert.ok(await page.locator('#cannot-start').isVisible());
  assert.ok(await page.locator('#notice').isHidden(), 'no English error text from the browser');
  assert.ok(await page.locator('header .controls').isHidden() && await page.locator('#tabs').isHidden(),
    'no buttons that would do nothing');
}

test('when the module does not load, the page says so in both languages', async () => {
  const ctx = await context();
  const page = await ctx.newPage();
  page.on('pageerror', () => {}); // the error also goes to the console, for whoever debugs
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(server.url);
  await saysItCannotStart(page);
  await ctx.close();
});

test('when the page\'s script does not load, the page says so in both languages', async () => {
  for (const missing of ['**/app.js', '**/pkg/index.js']) {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.route(missing, (route) => route.abort());
    await page.goto(server.url);
    await saysItCannotStart(page);
    await ctx.close();
  }
});

test('when the page\'s script does not parse or run (an older browser\'s syntax), the page says so in both languages', async () => {
  for (const body of ['export const broken = ;', 'throw new Error("stopped at the top");']) {
    const ctx = await context();
    const page = await ctx.newPage();
    page.on('pageerror', () => {});
    await page.route('**/app.js', (route) => route.fulfill({ contentType: 'text/javascript', body }));
    await page.goto(server.url);
    await saysItCannotStart(page);
    await ctx.close();
  }
});

test('a page that started says a later failure in its own language, and stays usable', async () => {
  const ctx = await context();
  const page = await ctx.newPage();
  page.on('pageerror', () => {});
  // The form's schema, awaited last by main(), is not there.
  await page.route('**/case.schema.json', (route) => route.abort());
  await page.goto(server.url);
  await page.waitForSelector('#notice:not([hidden])');
  const words = Object.fromEntries(first('id').words);
  assert.equal(await page.locator('#notice p').textContent(), words.part_failed);
  assert.equal(await page.evaluate(() => document.body.hasAttribute('data-cannot-start')), false, 'not "could not start"');
  assert.ok(await page.locator('#cannot-start').isHidden());
  assert.ok(await page.locator('header .controls').isVisible(), 'the controls stay');
  assert.ok(await page.locator('#report h2').first().isVisible(), 'and the report');
  await ctx.close();
});

test('a page that starts fine never says it could not start', async () => {
  const ctx = await context();
  const page = await ctx.newPage();
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => document.body.hasAttribute('data-cannot-start')), false);
  assert.ok(await page.locator('#cannot-start').isHidden() && await page.locator('#notice').isHidden());
  await ctx.close();
});

test('the served page opened from a file says it cannot start, its report unseen', async () => {
  const ctx = await context();
  const page = await ctx.newPage();
  await page.goto(`file://${resolve(web, 'index.built.html')}`);
  await page.waitForSelector('body[data-cannot-start="needs_server"]');
  assert.ok(await page.locator('#cannot-start').isVisible());
  assert.ok(await page.locator('main').isHidden() && await page.locator('header').isHidden(), 'not a report that cannot be used');
  await ctx.close();
});

test('English saved: the page\'s Indonesian report is never seen; the English one follows', async () => {
  const ctx = await context({ lang: 'en' });
  const page = await ctx.newPage();
  // The English data and the module are each held back, the data released first.
  let release;
  const held = new Promise((ok) => { release = ok; });
  let releaseModule;
  const moduleHeld = new Promise((ok) => { releaseModule = ok; });
  await page.route('**/pkg/first/en.json', async (route) => { await held; await route.continue(); });
  await page.route('**/pkg/berdaya_wasm_bg.wasm', async (route) => { await moduleHeld; await route.continue(); });
  await page.goto(server.url);
  await page.waitForLoadState('domcontentloaded');
  await page.waitForTimeout(300);
  const id = first('id');
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('berdaya-not-first')), true);
  assert.equal(await page.locator('#report').innerHTML(), '', 'the Indonesian report taken out');
  assert.equal(await page.locator('#diagnostics li').count(), 0);
  assert.notEqual(await page.locator('#title').textContent(), id.title);
  assert.ok(await page.locator('main').isHidden() && await page.locator('header').isHidden(), 'the Indonesian labels unseen');
  release();
  await page.waitForSelector('body[data-report="prerendered"]');
  assert.ok(await page.locator('#report h2').first().isVisible(), 'the English report on screen');
  assert.equal(await page.locator('#title').textContent(), first('en').title);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  releaseModule();
  await page.waitForSelector('body[data-ready="true"]');
  assert.deepEqual(await page.evaluate(() => window.berdayaReportStates), ['prerendered', 'live']);
  await ctx.close();
});

test('the page shows the pre-rendered report before its module, and the module changes nothing of it', async () => {
  for (const lang of ['id', 'en']) {
    const ctx = await context({ lang });
    const page = await ctx.newPage();
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    // The module is held back until the pre-rendered report has been read off the screen.
    let release;
    const held = new Promise((ok) => { release = ok; });
    await page.route('**/pkg/berdaya_wasm_bg.wasm', async (route) => { await held; await route.continue(); });
    await page.goto(server.url);
    await page.waitForSelector('body[data-report="prerendered"]');
    const before = await page.evaluate(shown);
    assert.equal(before.lang, lang);
    assert.match(before.report, /<h2[\s>]/, 'a report with its headings');
    assert.ok(before.labels.every((t) => t.length > 0), 'every label of the page has its words');
    await page.evaluate(() => { window.berdayaShownArticle = document.querySelector('#report article'); });
    release();
    await page.waitForSelector('body[data-ready="true"]');
    assert.deepEqual(await page.evaluate(() => window.berdayaReportStates), ['prerendered', 'live']);
    assert.ok(await page.evaluate(() => document.querySelector('#report article') === window.berdayaShownArticle),
      'the module\'s report kept the pre-rendered nodes (nothing re-parsed or laid out again)');
    assert.deepEqual(await page.evaluate(shown), before, `${lang}: the same report, title and labels once the module is ready`);
    assert.equal(await page.locator('#lang-select').inputValue(), lang);
    const other = lang === 'id' ? 'en' : 'id';
    // Indonesian: in the page itself; English: fetched, the page's Indonesian one never used.
    assert.equal(requested.filter((p) => p === `/pkg/first/${lang}.json`).length, lang === 'id' ? 0 : 1);
    assert.equal(requested.filter((p) => p === `/pkg/first/${other}.json`).length, 0, 'only the page\'s language');
    await ctx.close();
  }
});

test('a saved assessment to reopen: the pre-rendered report is neither fetched nor shown', async () => {
  const ctx = await context();
  const page = await ctx.newPage();
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  // Save an edit: the title, so the reopened assessment is told apart from the bundled one.
  const title = page.locator('[data-path="/title/id"]');
  await title.fill('Penilaian tersimpan');
  await page.waitForFunction(() => Number(document.getElementById('save-status').dataset.savedAt) >= window.berdayaLastEdit);
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/pkg/berdaya_wasm_bg.wasm', async (route) => { await held; await route.continue(); });
  await page.reload();
  await page.waitForLoadState('domcontentloaded');
  await page.waitForTimeout(300);
  assert.equal(await page.locator('#report h2').count(), 0, 'nothing shown before the module');
  assert.equal(await page.locator('#diagnostics li').count(), 0, 'no pre-rendered diagnostics');
  assert.notEqual(await page.locator('#title').textContent(), first('id').title, 'not the bundled case\'s title');
  assert.ok(await page.locator('main').isHidden() && await page.locator('header').isHidden(), 'the page hidden until its own report');
  release();
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.locator('#title').textContent(), 'Penilaian tersimpan');
  assert.deepEqual(await page.evaluate(() => window.berdayaReportStates), ['live']);
  assert.deepEqual(requested.filter((p) => p.startsWith('/pkg/first/')), []);
  await ctx.close();
});

test('offline, the service worker serves the pre-rendered report', async () => {
  const own = await serve(web);
  const ctx = await context({ serviceWorkers: 'allow' });
  const page = await ctx.newPage();
  await page.goto(own.url);
  await page.waitForSelector('body[data-offline="ready"]');
  const listed = JSON.parse(readFileSync(resolve(web, 'pkg/precache.json'), 'utf8')).assets;
  assert.ok(listed.includes('pkg/first/id.json') && listed.includes('pkg/first/en.json'), 'in the precache list');
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await own.close();
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.deepEqual(await page.evaluate(() => window.berdayaReportStates), ['prerendered', 'live']);
  assert.equal(await page.locator('#title').textContent(), first('id').title);
  // The page the worker answers the navigation with, offline, is the one with the report in it.
  const offline = await page.evaluate(async () => {
    const r = await fetch('./');
    const d = new DOMParser().parseFromString(await r.text(), 'text/html');
    return { meta: d.querySelector('meta[name="berdaya-first"]')?.getAttribute('content'), title: d.getElementById('title').textContent, h2: d.querySelectorAll('#report h2').length };
  });
  assert.equal(offline.meta, 'id');
  assert.equal(offline.title, first('id').title);
  assert.ok(offline.h2 > 0, 'the report is in the page served offline');
  await ctx.close();
});

test('the report replaced section by section is the same as the whole report, and keeps what did not change', async () => {
  const ctx = await context();
  const page = await ctx.newPage();
  page.on('dialog', (d) => d.accept());
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  // The DOM of the core's whole report, parsed at once, against the page's.
  const same = (l) => page.evaluate(async (lang) => {
    const b = await import('./pkg/index.js');
    const t = document.createElement('div');
    t.innerHTML = b.caseView(window.berdayaTestCase, lang).html;
    return { equal: sameChildren(t, document.getElementById('report')), lengths: [t.innerHTML.length, document.getElementById('report').innerHTML.length] };
  }, l);
  const names = await page.evaluate(async () => (await import('./pkg/index.js')).bundledNames());
  await page.locator('details#saved').evaluate((d) => { d.open = true; });
  for (const name of names) {
    for (const lang of ['id', 'en']) {
      await page.selectOption('#lang-select', lang);
      await page.evaluate(() => { delete document.body.dataset.case; }); // wait for this load
      await page.selectOption('#case-select', name);
      await page.waitForSelector(`body[data-case="${name}"]`);
      await page.evaluate(async (n) => { window.berdayaTestCase = await (await import('./pkg/index.js')).loadBundled(n); }, name);
      const r = await same(lang);
      assert.ok(r.equal, `${name} (${lang}): the report in parts is the whole report (${r.lengths})`);
    }
  }
  // An edit that changes one rating: the report changes, its first section's nodes are the same
  // nodes as before (not replaced), and the whole is still the core's report of the edited case.
  const rated = 'sekoper-cinta-mustikasari';
  await page.selectOption('#lang-select', 'id');
  await page.selectOption('#case-select', names.find((n) => n !== rated));
  await page.evaluate(() => { delete document.body.dataset.case; }); // the last loop's may be `rated`
  await page.selectOption('#case-select', rated);
  await page.waitForSelector(`body[data-case="${rated}"]`);
  await page.evaluate(() => { window.berdayaKept = document.querySelector('#report article').firstChild; });
  const before = await page.locator('#report').innerHTML();
  const select = page.locator('[data-indicator="inclusiveness"]');
  await select.selectOption((await select.inputValue()) === '5' ? '1' : '5');
  await page.waitForFunction((b) => document.getElementById('report').innerHTML !== b, before);
  await page.waitForFunction(() => Number(document.getElementById('save-status').dataset.savedAt) >= window.berdayaLastEdit);
  const kept = await page.evaluate(() => document.getElementById('report').contains(window.berdayaKept));
  assert.ok(kept, 'the unchanged first part was kept, not rebuilt');
  const edited = await page.evaluate(async () => {
    const b = await import('./pkg/index.js');
    // The page's own case object is not reachable: the saved copy of it is.
    const records = await new Promise((ok, fail) => {
      const r = indexedDB.open('berdaya');
      r.onsuccess = () => {
        const all = r.result.transaction('assessments').objectStore('assessments').getAll();
        all.onsuccess = () => { ok(all.result); r.result.close(); };
        all.onerror = () => fail(all.error);
      };
      r.onerror = () => fail(r.error);
    });
    const last = records.sort((x, y) => y.savedAt - x.savedAt)[0];
    const t = document.createElement('div');
    t.innerHTML = b.caseView(last.case, 'id').html;
    return sameChildren(t, document.getElementById('report'));
  });
  assert.ok(edited, 'after the edit, the report in parts is the core\'s whole report of the edited case');
  await ctx.close();
});

// app.js reads a bundled case with JSON.parse and lets caseView read it once (not parseCase
// first): that gives the same case only while each bundled file is the document exactly as
// parseCase gives it back.
test('each bundled case file is the document as parseCase gives it (the page reads it once)', () => {
  const berdaya = createRequire(import.meta.url)(resolve(root, 'target/wasm-node/berdaya_wasm.js'));
  for (const name of berdaya.bundledNames()) {
    const text = readFileSync(resolve(web, 'pkg', berdaya.bundledCaseFile(name)), 'utf8');
    assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify(berdaya.parseCase(text))), name);
  }
});
