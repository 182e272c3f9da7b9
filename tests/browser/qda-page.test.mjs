// The page's REFI-QDA hook in headless Chromium: import an NVivo-shaped .qdpx (unzipped in the
// WebAssembly module, nothing fetched from outside), see its summary and warnings in the page's
// language, and download the framework codebook.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const flags = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

let browser;
let server;
let page;
const problems = [];
const outside = [];

before(async () => {
  mkdirSync(resolve(root, 'target/artefacts'), { recursive: true });
  server = await serve(resolve(root, 'examples/web'));
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: flags });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('request', (r) => { if (!r.url().startsWith(server.url)) outside.push(r.url()); });
  await page.goto(server.url);
  await page.waitForSelector('#qda-codebook');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('a .qdpx is imported in the page with its summary and warnings', async () => {
  await page.setInputFiles('#qda-input', resolve(here, 'fixtures/nvivo-shaped.qdpx'));
  await page.waitForSelector('#qda-result p');
  assert.equal(await page.locator('#qda-result p').innerText(),
    'Proyek “Studi P2WKSS”: 3 kode, 1 sumber, 2 seleksi, 2 pengodean oleh 1 pengode; 2 peringatan.');
  assert.equal(await page.locator('#qda-result li').count(), 2);
  const first = page.locator('#qda-result li').first();
  assert.equal(await first.getAttribute('data-code'), 'attribute_not_modelled');
  assert.match(await first.innerText(), /^\/Project\/Sources\[1\]\/TextSource\[1\] \(baris \d+, kolom \d+\): atribut “richTextPath” tidak dimodelkan berdaya; nilainya tidak disimpan \[attribute_not_modelled\]$/);
  await page.screenshot({ path: resolve(root, 'target/artefacts/qda-import.png') });
  assert.deepEqual(outside, []);
  assert.deepEqual(problems, []);
});

test('the framework codebook downloads in the page language', async () => {
  await page.selectOption('#lang-select', 'en');
  assert.equal(await page.locator('#qda-codebook').innerText(), 'Download the framework codebook (.qdc)');
  // The imported project's summary and warnings follow the language.
  await page.waitForFunction(() => document.querySelector('#qda-result p')?.textContent.startsWith('Project'));
  assert.match(await page.locator('#qda-result li').first().innerText(), /\(line \d+, column \d+\): the attribute “richTextPath” is not modelled by berdaya; its value is not kept \[attribute_not_modelled\]$/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#qda-codebook')]);
  assert.equal(download.suggestedFilename(), 'berdaya-kerangka-en.qdc');
  const text = readFileSync(await download.path(), 'utf8');
  assert.ok(text.includes('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"'));
  assert.ok(text.includes('Adi stages'));
});

test('a broken file shows its error code, as text', async () => {
  await page.setInputFiles('#qda-input', { name: 'x.qdc', mimeType: 'application/xml', buffer: Buffer.from('<CodeBook><Codes/></CodeBook><b>') });
  await page.waitForSelector('#qda-result p.error');
  assert.match(await page.locator('#qda-result p.error').innerText(), /^xml: /);
  assert.equal(await page.locator('#qda-result b').count(), 0, 'file content never becomes markup');
});
