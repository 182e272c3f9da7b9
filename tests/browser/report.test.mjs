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
