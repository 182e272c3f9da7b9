// Navigation → first report of two builds of the page, runs interleaved, so that both see the
// same machine load (a shared machine's load moves the absolute figures by 2× and more; the
// comparison stays fair). Not a test: a tool for docs/wasm-size.md's before/after figures.
//   node tests/browser/perf-ab.mjs <page folder A> <page folder B> [CPU slowdown, 1] [runs, 7] [edit]
// With `edit`: edit → report on screen instead (perf.test.mjs's edit: a checklist item of the
// largest case's first Adi stage toggled; three edits per page load, loads interleaved).
// e.g. A = an older commit's examples/web (git archive) with the current pkg/ copied in.
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
const [dirA, dirB, rateText = '1', nText = '7', mode = 'navigation'] = process.argv.slice(2);
const rate = Number(rateText), n = Number(nText);
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const probe = () => {
  window.berdayaProbe = { first: null };
  new MutationObserver(() => {
    const report = document.getElementById('report');
    if (report && window.berdayaProbe.first === null && report.querySelector('h2')) {
      window.berdayaProbe.first = -1;
      requestAnimationFrame(() => { window.berdayaProbe.first = performance.now(); });
    }
  }).observe(document, { childList: true, subtree: true });
};
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: flags });
const servers = [await serve(resolve(dirA)), await serve(resolve(dirB))];
const times = [[], []];
// The module's own first report on screen (berdayaLiveReportMs; a page without it: none).
const live = [[], []];
for (let i = 0; i < n; i++) {
  for (const k of [0, 1]) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.addInitScript(probe);
    await page.goto(servers[k].url);
    await page.waitForFunction(() => window.berdayaProbe.first > 0, null, { timeout: 60000 });
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60000 });
    if (mode === 'edit') {
      times[k].push(...await edits(page));
      await context.close();
      continue;
    }
    times[k].push(await page.evaluate(() => window.berdayaProbe.first));
    const l = await page.waitForFunction(() => window.berdayaLiveReportMs !== null, null, { timeout: 60000 })
      .then(() => page.evaluate(() => window.berdayaLiveReportMs ?? null));
    if (typeof l === 'number') live[k].push(l);
    await context.close();
  }
}
async function edits(page) {
  const largest = 'p2wkss-bekasi-utara';
  await page.locator('details#saved').evaluate((d) => { d.open = true; });
  await page.selectOption('#case-select', largest);
  await page.waitForSelector(`body[data-case="${largest}"]`);
  for (const path of ['/adi/0', '/adi/0/stages/0']) {
    const card = page.locator(`details[data-path="${path}"]`);
    if (await card.count() && !(await card.evaluate((d) => d.open))) await card.locator(':scope > summary').click();
  }
  await page.waitForSelector('fieldset.checklist input[type="checkbox"]:checked');
  await page.evaluate(() => document.querySelector('fieldset.checklist input[type="checkbox"]:checked').setAttribute('data-perf', ''));
  await page.waitForTimeout(200);
  const out = [];
  for (let i = 0; i < 3; i++) {
    out.push(await page.evaluate(() => new Promise((done) => {
      const report = document.getElementById('report');
      let t0 = 0;
      const seen = new MutationObserver(() => { seen.disconnect(); requestAnimationFrame(() => done(performance.now() - t0)); });
      seen.observe(report, { childList: true, subtree: true, characterData: true });
      t0 = performance.now();
      document.querySelector('[data-perf]').click();
    })));
    await page.waitForTimeout(100);
  }
  return out;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const k of [0, 1]) {
  if (mode === 'edit') { console.log(`ab: ${[dirA, dirB][k]} at ${rate}×: edit → report on screen, median ${median(times[k]).toFixed(0)} ms (runs ${times[k].map((x) => x.toFixed(0)).join(', ')})`); continue; }
  console.log(`ab: ${[dirA, dirB][k]} at ${rate}×: first report on screen, median ${median(times[k]).toFixed(0)} ms (runs ${times[k].map((x) => x.toFixed(0)).join(', ')})`);
  if (live[k].length) console.log(`ab: ${[dirA, dirB][k]} at ${rate}×: the module's report on screen, median ${median(live[k]).toFixed(0)} ms (runs ${live[k].map((x) => x.toFixed(0)).join(', ')})`);
}
await browser.close();
for (const s of servers) await s.close();
