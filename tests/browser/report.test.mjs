// The HTML report in real headless Chromium: no console errors, nothing loaded from
// outside, both languages; full-page screenshots are kept in target/artefacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const artefacts = resolve(root, 'target/artefacts');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const flags = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

let browser;

before(async () => {
  mkdirSync(artefacts, { recursive: true });
  browser = await chromium.launch({ executablePath, args: flags });
});

after(async () => {
  await browser?.close();
});

const expected = {
  id: { diagnostics: 'Diagnosis', factors: 'Faktor 5M', compare: 'Perbandingan' },
  en: { diagnostics: 'Diagnostics', factors: '5M factors', compare: 'Comparison' },
};

for (const lang of ['id', 'en']) {
  test(`the HTML report renders cleanly in Chromium (${lang})`, async () => {
    const file = resolve(artefacts, `report-${lang}.html`);
    execFileSync(
      'cargo',
      ['run', '--quiet', '-p', 'berdaya-examples', '--bin', 'berdaya-report', '--', '--lang', lang, '--html', file],
      { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
    );

    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const problems = [];
    const outside = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e}`));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) outside.push(r.url());
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

    assert.deepEqual(problems, [], 'no console errors or warnings');
    assert.deepEqual(outside, [], 'the report loads nothing from outside');
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    // Five case reports, the comparison of the two kelurahan and of all cases.
    assert.equal(await page.locator('article').count(), 5);
    const text = await page.locator('body').innerText();
    for (const word of Object.values(expected[lang])) assert.ok(text.includes(word), word);
    // Charts: Adi completeness of the three processes, 5M of two cases, one radar.
    assert.equal(await page.locator('svg').count(), 6);
    const radar = page.locator('svg polygon[fill^="rgba"]');
    assert.equal(await radar.count(), 1, 'one Ansell–Gash radar (Sekoper Cinta)');
    const box = await radar.boundingBox();
    assert.ok(box && box.width > 50 && box.height > 50, 'the radar has an area');

    await page.screenshot({ path: resolve(artefacts, `report-${lang}.png`), fullPage: true });
    await page.close();
  });
}

// Issue 11, rule 1: text a user typed never becomes an element, link or image, and opening the
// report makes no request at all — not even to a file beside it.
const injections = [
  '![x](https://tracker.example/p.png)',
  '[click me](javascript:alert(document.cookie))',
  '<img src=x onerror="window.__hit=1">',
  '<script>window.__hit=1</script>',
  '<https://tracker.example/auto>',
  '[r]: https://tracker.example/ref\n[r]',
  '[x](data:text/html;base64,PHNjcmlwdD4=)',
  '&#106;avascript:alert(1)',
  '<a href="https://tracker.example/">a</a>',
  '![local](p.png)',
];

for (const lang of ['id', 'en']) {
  test(`a report of a case full of injection strings loads nothing and links nowhere (${lang})`, async () => {
    const source = JSON.parse(execFileSync('cat', [resolve(root, 'crates/core/src/cases/p2wkss-bekasi-utara.json')], { encoding: 'utf8' }));
    let i = 0;
    const next = () => injections[i++ % injections.length];
    source.title = { id: next(), en: next() };
    source.programme.name = { id: next(), en: next() };
    for (const s of source.sites) { s.province = next(); s.city = next(); }
    for (const s of source.stakeholders) s.name = next();
    for (const a of source.activities) a.title = { id: next(), en: next() };
    for (const e of source.evidence) { e.text = next(); if (e.informant) e.informant.role = next(); }
    const input = resolve(artefacts, `injected-${lang}.json`);
    const file = resolve(artefacts, `injected-${lang}.html`);
    execFileSync('node', ['-e', `require('fs').writeFileSync(${JSON.stringify(input)}, process.argv[1])`, JSON.stringify(source)]);
    execFileSync(
      'cargo',
      ['run', '--quiet', '-p', 'berdaya-examples', '--bin', 'berdaya-report', '--', '--lang', lang, '--file', input, '--html', file],
      { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const page = await browser.newPage();
    const requests = [];
    const url = pathToFileURL(file).href;
    page.on('request', (r) => { if (r.url() !== url) requests.push(r.url()); });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(200);
    assert.deepEqual(requests, [], 'opening the report requests nothing');
    assert.equal(await page.locator('img, script, iframe, object, embed').count(), 0);
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.every((h) => h.startsWith('#')), `only in-page links: ${hrefs.filter((h) => !h.startsWith('#'))}`);
    assert.equal(await page.evaluate(() => window.__hit), undefined, 'no injected script ran');
    const text = await page.locator('body').innerText();
    assert.ok(text.includes('javascript:alert(document.cookie)'), 'the injected text is shown as text');
    await page.close();
  });
}
