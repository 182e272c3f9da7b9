// The field app's backup and its words, in headless Chromium: a backup of edited work restored
// on a device whose storage is empty brings the edits back (form, store and report); a file
// that is not JSON is explained by the core in the page's language (never the browser's own
// English parse message); the page's other words come from the core too; of two cases chosen
// in quick succession, the later is shown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const flags = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
// The core's vocabulary, read the way the page reads it (the words are data of the core).
const berdaya = createRequire(import.meta.url)(resolve(root, 'target/wasm-node/berdaya_wasm.js'));
const words = (lang) => Object.fromEntries(berdaya.pageWords(lang));
// What the browser itself says about text that is not JSON (Chromium's V8 wording).
const BROWSER_PARSE = /SyntaxError|Unexpected (token|end)|JSON at position|is not valid JSON/;

const dir = mkdtempSync(join(tmpdir(), 'berdaya-backup-'));
let server;
let browser;
const errors = [];

before(async () => {
  server = await serve(resolve(root, 'examples/web'));
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: flags });
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
});

// A page in a context of its own: its storage starts empty, like a new device.
async function device() {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => d.accept());
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

async function stored(page) {
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

async function saved(page) {
  await page.waitForFunction(() => {
    const s = document.getElementById('save-status');
    return s.dataset.savedAt && Number(s.dataset.savedAt) >= window.berdayaLastEdit;
  }, null, { timeout: 15000 });
}

async function fileInto(page, selector, name, text) {
  const file = join(dir, name);
  writeFileSync(file, text);
  await page.locator('details#saved').evaluate((d) => { d.open = true; });
  await page.setInputFiles(selector, file);
}

// Shows a bundled example (the choice sits in the saved-work panel). The page may already show
// that case (the first bundled one is shown at start), and choosing it again builds the form
// anew after the next frame: the mark is cleared first, so the wait is for the new form, not
// the old one that is about to be replaced (a form opened too early was rebuilt closed).
async function example(page, name) {
  await page.locator('details#saved').evaluate((d) => { d.open = true; });
  await page.evaluate(() => { delete document.body.dataset.case; });
  await page.selectOption('#case-select', name);
  await page.waitForSelector(`body[data-case="${name}"]`);
}

const TITLE = 'Penilaian cadangan Mustikasari (uji pemulihan)';

test('a backup of edited work, restored on a device with empty storage, brings the edits back', async () => {
  const first = await device();
  await example(first, 'sekoper-cinta-mustikasari');
  // Two edits: the title (in the report's heading) and an Ansell–Gash rating (in its table).
  await first.locator('[data-path="/title/id"]').fill(TITLE);
  await saved(first);
  const rating = first.locator('[data-indicator="inclusiveness"]');
  const before_ = await rating.inputValue();
  const raised = before_ === '5' ? '4' : '5';
  await rating.selectOption(raised);
  await saved(first);
  const report = await first.locator('#report').innerText();
  assert.match(report, new RegExp(TITLE.replace(/[()]/g, '\\$&')));
  const edited = await stored(first);
  assert.equal(edited.length, 1);

  await first.locator('details#saved').evaluate((d) => { d.open = true; });
  const [download] = await Promise.all([first.waitForEvent('download'), first.click('#export-store')]);
  const backup = readFileSync(await download.path(), 'utf8');
  await first.context().close();

  // A device whose storage is empty: the example is shown, nothing is saved.
  const second = await device();
  assert.deepEqual(await stored(second), []);
  assert.doesNotMatch(await second.locator('#report').innerText(), /uji pemulihan/);

  await fileInto(second, '#import-file', 'backup.json', backup);
  await second.waitForSelector('#notice[data-kind="ok"]');
  assert.match(await second.locator('#notice').innerText(), new RegExp(`${words('id').import_done}: 1`));
  assert.deepEqual(await stored(second), edited, 'the store holds exactly what was backed up');

  // Opened from the saved list: the form, the store and the report show both edits.
  await second.locator('#saved-list li button').first().click();
  await second.waitForFunction((t) => document.getElementById('title').textContent === t, TITLE);
  assert.equal(await second.locator('[data-path="/title/id"]').inputValue(), TITLE);
  assert.equal(await second.locator('[data-indicator="inclusiveness"]').inputValue(), raised);
  assert.equal(await second.locator('#report').innerText(), report, 'the report is the one made before the backup');
  // And after a reload, the restored assessment is the one reopened.
  await second.reload();
  await second.waitForSelector('body[data-ready="true"]');
  assert.equal(await second.locator('#title').textContent(), TITLE);
  await second.context().close();
  assert.deepEqual(errors, []);
});

test('a backup that is not JSON is explained by the core, in the chosen language', async () => {
  const page = await device();
  const text = '{"format": "berdaya-store", "version": 1,\n  "assessments": [';
  for (const lang of ['id', 'en']) {
    await page.selectOption('#lang-select', lang);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    await fileInto(page, '#import-file', `truncated-${lang}.json`, text);
    const item = page.locator('#notice li');
    await item.waitFor();
    const shown = await page.locator('#notice').innerText();
    assert.doesNotMatch(shown, BROWSER_PARSE, `${lang}: the browser's own message`);
    assert.match(shown, new RegExp(words(lang).import_refused.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    // Where the text stops: line 2, in the page's language, as the core's reader says.
    const where = lang === 'id' ? /baris 2, kolom \d+/ : /line 2, column \d+/;
    assert.match(await item.locator('span').innerText(), where);
    await page.locator('#notice button.close').click();
  }
  assert.deepEqual(await stored(page), []);
  await page.context().close();
});

test('a case file that is not JSON, or not a valid case, is refused in the page\'s words', async () => {
  const page = await device();
  await fileInto(page, '#file-input', 'notes.json', 'Catatan lapangan, bukan JSON');
  await page.locator('#notice li').waitFor();
  let shown = await page.locator('#notice').innerText();
  assert.doesNotMatch(shown, BROWSER_PARSE);
  assert.match(shown, new RegExp(`^${words('id').not_json}`));
  assert.match(shown, /baris 1, kolom 1/);
  await page.locator('#notice button.close').click();

  // JSON, but its title is a number: the heading is the page's, the problem the core's, in id.
  await fileInto(page, '#file-input', 'case.json', JSON.stringify({ schema_version: 1, id: 'x', title: 5, programme: {} }));
  await page.locator('#notice li').first().waitFor();
  shown = await page.locator('#notice').innerText();
  assert.match(shown, new RegExp(`^${words('id').open_refused.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  assert.doesNotMatch(shown, /problems? in the document/, 'not the error\'s English summary');
  assert.ok(await page.locator('#notice li[data-problem-path="/title"]').count(), 'the title\'s problem is listed');
  assert.deepEqual(await stored(page), [], 'nothing was saved');
  await page.context().close();
});

test('a field edited as JSON text is labelled with its own label, and bad JSON is explained by the core', async () => {
  const page = await device();
  for (const lang of ['id', 'en']) {
    const result = await page.evaluate(async (l) => {
      const { CaseForm } = await import('./form.js');
      const b = await import('./pkg/index.js');
      const pageWords = Object.fromEntries(b.pageWords(l));
      // A shape the schema does not describe field by field (no type): edited as JSON text.
      const schema = { $defs: {}, properties: { source: {} } };
      const doc = { source: { anything: [1] } };
      const form = new CaseForm(schema, {
        lang: l, words: pageWords, choices: {}, opened: new Set(),
        fieldLabel: (k) => b.fieldLabel(k, l) ?? null,
        textProblems: (t) => b.jsonProblems(t, l),
        changed: () => {}, restructured: () => {}, case: () => doc,
      });
      const box = form.field(doc, 'source', schema.properties.source, '/source');
      document.body.append(box);
      const area = box.querySelector('textarea');
      const label = box.querySelector(`label[for="${area.id}"]`).textContent;
      area.value = '{"anything": [1,';
      area.dispatchEvent(new Event('change'));
      const error = box.querySelector('.error')?.textContent ?? '';
      const kept = JSON.stringify(doc.source);
      area.value = '{"anything": [2]}';
      area.dispatchEvent(new Event('change'));
      const after_ = { invalid: area.getAttribute('aria-invalid'), errors: box.querySelectorAll('.error').length, value: doc.source };
      box.remove();
      return { label, error, kept, after_, expected: b.fieldLabel('source', l) };
    }, lang);
    assert.notEqual(result.label, 'JSON');
    assert.equal(result.label.toLowerCase(), result.expected.toLowerCase(), `${lang}: the field's own label`);
    assert.doesNotMatch(result.error, BROWSER_PARSE);
    assert.match(result.error, lang === 'id' ? /baris 1, kolom/ : /line 1, column/);
    assert.equal(result.kept, '{"anything":[1]}', 'text that is not JSON does not enter the case');
    assert.deepEqual(result.after_, { invalid: null, errors: 0, value: { anything: [2] } });
  }
  await page.context().close();
});

test('in Indonesian, the form\'s language names, date hints and refusals are the core\'s words', async () => {
  const page = await device();
  const id = words('id');
  await example(page, 'p2wkss-bekasi-utara');
  await page.evaluate(() => document.querySelectorAll('#form details').forEach((d) => { d.build?.(); d.open = true; }));
  const seen = await page.evaluate(() => ({
    langs: [...document.querySelectorAll('#form .text-field label')].map((n) => n.textContent),
    hints: [...new Set([...document.querySelectorAll('#form .hint')].map((n) => n.textContent))],
    labels: [...document.querySelectorAll('#form label, #form legend')].map((n) => n.textContent),
  }));
  assert.ok(seen.langs.length > 0);
  for (const l of seen.langs) assert.ok(l.startsWith(id.lang_id) || l.startsWith(id.lang_en), `language label ${l}`);
  assert.ok(!seen.langs.some((l) => /^English/.test(l)), 'no English language name in the Indonesian form');
  assert.ok(seen.hints.includes(id.date_hint), 'the date hint is the core\'s');
  assert.ok(!seen.hints.some((h) => /YYYY-MM, YYYY/.test(h)), 'not the old English-only hint');
  // Every field has the core's label: none falls back to its key with spaces.
  const keyLike = seen.labels.filter((l) => /^[a-z]+( [a-z]+)+$/.test(l) && !/[A-Z]/.test(l));
  assert.deepEqual(keyLike, []);

  // A refused Adi transition names its rule in Indonesian, not the core error's English.
  await page.click('[data-add="/adi/1/stages"]');
  await page.selectOption('[data-path="/adi/1/stages/6/stage"]', 'terminasi');
  await page.locator('[data-path="/adi/1/stages/6/status"]').selectOption('completed');
  const refused = page.locator('[data-path="/adi/1/stages/6/status"] + .error');
  await refused.waitFor();
  const rule = Object.fromEntries(berdaya.choices('id').AdiRule);
  assert.match(await refused.innerText(), new RegExp(`${rule.termination_needs_implementation}$`));
  assert.doesNotMatch(await refused.innerText(), /must be completed|rule termination/);
  await page.context().close();
});

test('two bundled cases chosen in quick succession: the later one is shown, whichever file arrives first (and a file opened meanwhile stays)', async () => {
  // No service worker, so that the page's fetches of the case files pass through the route.
  // Wide, so that both panes show (on a phone, choosing a case shows the report's tab).
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  const names = await page.evaluate(async () => (await import('./pkg/index.js')).bundledNames());
  const [slow, fast] = names.filter((n) => n !== names[0]);
  // Resolves once the page has dealt with `n` choices in all (shown or dropped).
  const settled = (n) => page.waitForFunction((k) => Number(document.body.dataset.choicesSettled ?? 0) >= k, n);
  // Holds back the file of case `name` until the returned function is called.
  const hold = async (name = slow) => {
    let release;
    const arrived = new Promise((ok) => { release = ok; });
    await page.unroute(`**/cases/${name}.json*`);
    await page.route(`**/cases/${name}.json*`, async (route) => { await arrived; await route.continue(); });
    return release;
  };
  let release = await hold();
  await page.locator('details#saved').evaluate((d) => { d.open = true; });
  await page.evaluate(() => { delete document.body.dataset.case; });
  await page.selectOption('#case-select', slow);
  await page.selectOption('#case-select', fast);
  await page.waitForSelector(`body[data-case="${fast}"]`);
  await settled(1); // the later choice, shown
  release(); // the earlier choice's file arrives only now
  await settled(2); // ... and the earlier choice is dealt with: nothing may change after this
  assert.equal(await page.evaluate(() => document.body.dataset.case), fast);
  assert.match(await page.locator('#report').innerText(), /\S/);

  // The same two choices, the earlier file arriving first: it is not shown, the later is.
  release = await hold(slow);
  const releaseLater = await hold(fast);
  await page.evaluate(() => { delete document.body.dataset.case; });
  await page.selectOption('#case-select', slow);
  await page.selectOption('#case-select', fast);
  release();
  await settled(3); // the earlier choice, dropped
  releaseLater();
  await settled(4);
  await page.waitForSelector('body[data-case]'); // the one case loaded, its form built
  assert.equal(await page.evaluate(() => document.body.dataset.case), fast);

  // A case file opened while a chosen case is still on its way: the file's case stays, and the
  // list no longer names the case that was dropped.
  await page.unroute(`**/cases/${fast}.json*`);
  release = await hold();
  await page.selectOption('#case-select', slow);
  const opened = JSON.parse(readFileSync(resolve(root, `examples/web/pkg/cases/${names[0]}.json`), 'utf8'));
  await page.evaluate(() => { delete document.body.dataset.case; });
  await fileInto(page, '#file-input', 'opened.json', JSON.stringify(opened));
  await page.waitForSelector(`body[data-case="${opened.id}"]`);
  release();
  await settled(5);
  assert.equal(await page.evaluate(() => document.body.dataset.case), opened.id, 'the opened file stays shown');
  assert.equal(await page.locator('#case-select').inputValue(), '', 'the list names no case');
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('a case chosen while the page starts stays shown: the default case, arriving after it, is not shown over it', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
  const [first, other] = berdaya.bundledNames();
  // The default case's file (preloaded by the page, then read by app.js) is held back.
  let release;
  const arrived = new Promise((ok) => { release = ok; });
  await page.route(`**/cases/${first}.json*`, async (route) => { await arrived; await route.continue(); });
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });
  // The list is filled once the page's controls work, before the default case is read.
  await page.waitForSelector(`#case-select option[value="${other}"]`, { state: 'attached' });
  await page.locator('details#saved').evaluate((d) => { d.open = true; });
  await page.selectOption('#case-select', other);
  await page.waitForSelector(`body[data-case="${other}"]`);
  release();
  await page.waitForSelector('body[data-startup="done"]');
  assert.equal(await page.evaluate(() => document.body.dataset.case), other);
  assert.equal(await page.locator('#case-select').inputValue(), other);
  const title = JSON.parse(readFileSync(resolve(root, `examples/web/pkg/cases/${other}.json`), 'utf8')).title;
  assert.equal(await page.locator('#title').innerText(), title.id ?? title.en ?? title);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('declining to replace the saved assessment on screen keeps it, also against a case chosen before and still on its way', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
  // The first question ("replace?") is accepted, the second declined.
  const answers = [true, false];
  page.on('dialog', (d) => (answers.shift() ? d.accept() : d.dismiss()));
  await page.goto(server.url);
  await page.waitForSelector('body[data-startup="done"]');
  const names = berdaya.bundledNames();
  const [slow, fast] = names.filter((n) => n !== names[0]);
  // An opened file is saved: the page now shows a saved assessment.
  const opened = JSON.parse(readFileSync(resolve(root, `examples/web/pkg/cases/${names[0]}.json`), 'utf8'));
  opened.id = 'opened-and-saved';
  await page.evaluate(() => { delete document.body.dataset.case; });
  await fileInto(page, '#file-input', 'opened.json', JSON.stringify(opened));
  await page.waitForSelector('body[data-case="opened-and-saved"]');
  await page.waitForSelector('#saved-list li', { state: 'attached' });
  let release;
  const arrived = new Promise((ok) => { release = ok; });
  await page.route(`**/cases/${slow}.json*`, async (route) => { await arrived; await route.continue(); });
  const settled = (n) => page.waitForFunction((k) => Number(document.body.dataset.choicesSettled ?? 0) >= k, n);
  await page.selectOption('#case-select', slow); // "replace?" accepted: on its way
  await page.selectOption('#case-select', fast); // "replace?" declined
  await settled(1); // the declined choice
  assert.equal(await page.locator('#case-select').inputValue(), '');
  release();
  await settled(2); // the earlier choice's file arrived, and was dropped
  assert.equal(await page.evaluate(() => document.body.dataset.case), 'opened-and-saved');
  // The title is set with the report, before the form's frame: a case shown late shows here.
  assert.equal(await page.locator('#title').innerText(), opened.title.id);
  assert.deepEqual(answers, []);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

// The page's errors and console errors, but for the browser's own line for each fetch a test
// aborts (expected there).
function errorsBesidesAborted(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text()); });
  return errors;
}

test('a default case that cannot be fetched is said in the page\'s words, and the page starts all the same', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  const pageErrors = errorsBesidesAborted(page);
  const [first, other] = berdaya.bundledNames();
  await page.route(`**/cases/${first}.json*`, (route) => route.abort());
  await page.goto(server.url);
  // The default case did not arrive: start-up ends, says so, and is not "could not start".
  await page.waitForSelector('body[data-startup="done"]');
  assert.equal(await page.locator('#notice p').innerText(), words('id').case_unavailable);
  assert.equal(await page.evaluate(() => document.body.hasAttribute('data-cannot-start')), false);
  // No report of the case that did not arrive (the page's pre-rendered one is taken out).
  assert.equal((await page.locator('#report').innerText()).trim(), '');
  assert.equal(await page.evaluate(() => document.body.dataset.report), 'none');
  // The page is still kept for offline use (the worker is registered after start-up).
  await page.waitForSelector('body[data-offline]', { state: 'attached' });
  // Another case can be chosen.
  await page.locator('details#saved').evaluate((d) => { d.open = true; });
  await page.selectOption('#case-select', other);
  await page.waitForSelector(`body[data-case="${other}"]`);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('a default case that cannot be fetched, on a page that hid its pre-rendered report, shows the page and says so', async () => {
  // A device that says it has saved work (the hint) but whose store is empty, in English:
  // start.js hides the page until a report of its own is there, and none will come.
  const context = await browser.newContext({ viewport: { width: 390, height: 800 }, serviceWorkers: 'block' });
  await context.addInitScript(() => {
    localStorage.setItem('berdaya-has-saved', '1');
    localStorage.setItem('berdaya-lang', 'en');
  });
  const page = await context.newPage();
  const pageErrors = errorsBesidesAborted(page);
  await page.route(`**/cases/${berdaya.bundledNames()[0]}.json*`, (route) => route.abort());
  await page.goto(server.url);
  await page.waitForSelector('body[data-startup="done"]');
  assert.equal(await page.locator('#notice p').innerText(), words('en').case_unavailable);
  assert.ok(await page.locator('header .controls').isVisible(), 'the controls are shown');
  assert.ok(await page.locator('#notice').isVisible(), 'and the notice');
  assert.equal((await page.locator('#report').innerText()).trim(), '');
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('a chosen case that cannot be fetched is said in the page\'s words, and the case on screen stays', async () => {
  // No service worker, so that the page's fetches of the case files pass through the route.
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const pageErrors = errorsBesidesAborted(page);
  const [first, other] = berdaya.bundledNames();
  await page.goto(server.url);
  await page.waitForSelector(`body[data-case="${first}"]`);
  await page.route(`**/cases/${other}.json*`, (route) => route.abort());
  await page.locator('details#saved').evaluate((d) => { d.open = true; });
  await page.selectOption('#case-select', other);
  await page.waitForFunction(() => Number(document.body.dataset.choicesSettled ?? 0) >= 1);
  assert.equal(await page.locator('#notice p').innerText(), words('id').case_unavailable);
  assert.equal(await page.evaluate(() => document.body.dataset.case), first);
  assert.equal(await page.locator('#case-select').inputValue(), '');
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('every key of the case schema has the core\'s label in both languages (the form never shows a bare key)', () => {
  const schema = JSON.parse(readFileSync(resolve(root, 'examples/web/case.schema.json'), 'utf8'));
  const keys = new Set();
  (function walk(node) {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) { node.forEach(walk); return; }
    if (node.properties && typeof node.properties === 'object') for (const k of Object.keys(node.properties)) keys.add(k);
    for (const v of Object.values(node)) walk(v);
  }(schema));
  assert.ok(keys.size > 100);
  const missing = [...keys].filter((k) => !berdaya.fieldLabel(k, 'id') || !berdaya.fieldLabel(k, 'en'));
  assert.deepEqual(missing, []);
});

test('no text shown by the page\'s scripts is a literal: every word comes from the core', () => {
  // `text:`, `aria-label` and `title` set from a string literal with letters would bypass the
  // core's vocabulary (and so one of the two languages).
  const literal = /(?:\btext|'aria-label'|\btitle|\btextContent)\s*[:=]\s*((['"`])(?:(?!\2).)*[A-Za-z]{2}(?:(?!\2).)*\2)/g;
  const found = [];
  for (const file of ['app.js', 'form.js', 'store.js', 'start.js']) {
    const source = readFileSync(resolve(root, 'examples/web', file), 'utf8');
    for (const m of source.matchAll(literal)) {
      // A template whose letters are all inside ${…} is built from words, not a literal.
      const letters = m[1].replace(/\$\{[^}]*\}/g, '');
      if (/[A-Za-z]{2}/.test(letters)) found.push(`${file}: ${m[0]}`);
    }
  }
  assert.deepEqual(found, []);
});
