// The npm package as a web developer meets it: `npm pack` of target/npm/berdaya (so only the
// files its package.json lists travel), unpacked into tests/vite/node_modules/berdaya; a
// minimal Vite app (tests/vite) type-checks against the generated declarations
// (`tsc --noEmit`), builds with Vite, and runs in headless Chromium from a static server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const npmDir = resolve(root, 'target/npm/berdaya');
const app = resolve(root, 'tests/vite');
const bin = (name) => resolve(here, 'node_modules/.bin', name);
const flags = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let browser;
let server;

before(() => {
  // The package exactly as `npm pack` makes it.
  const packDir = resolve(root, 'target/npm/packed');
  rmSync(packDir, { recursive: true, force: true });
  mkdirSync(packDir, { recursive: true });
  run('npm', ['pack', '--silent', '--pack-destination', packDir], npmDir);
  const [tarball] = readdirSync(packDir).filter((f) => f.endsWith('.tgz'));
  const installed = resolve(app, 'node_modules/berdaya');
  rmSync(installed, { recursive: true, force: true });
  mkdirSync(installed, { recursive: true });
  run('tar', ['-xzf', resolve(packDir, tarball), '-C', installed, '--strip-components=1']);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the package.json a bundler reads', () => {
  const pkg = JSON.parse(readFileSync(resolve(app, 'node_modules/berdaya/package.json'), 'utf8'));
  const cargo = readFileSync(resolve(root, 'Cargo.toml'), 'utf8');
  assert.equal(pkg.name, 'berdaya');
  assert.equal(pkg.version, /\[workspace\.package\][^[]*?\nversion = "([^"]+)"/.exec(cargo)[1]);
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.sideEffects, false);
  assert.equal(pkg.exports['.'].types, './index.d.ts');
  for (const f of ['index.js', 'index.d.ts', 'berdaya_wasm.js', 'berdaya_wasm.d.ts', 'berdaya_wasm_bg.wasm',
    'LICENSE-MIT', 'LICENSE-APACHE', 'README.md', 'cases/p2k2-karawaci.json']) {
    assert.ok(existsSync(resolve(app, 'node_modules/berdaya', f)), `${f} is in the packed package`);
  }
  // Only the listed files travel: no pre-compressed copies, no precache list.
  assert.ok(!existsSync(resolve(app, 'node_modules/berdaya/berdaya_wasm_bg.wasm.gz')));
});

test('the declarations are generated from the Rust types, not hand-kept', () => {
  const dts = readFileSync(resolve(app, 'node_modules/berdaya/berdaya_wasm.d.ts'), 'utf8');
  // Types of the core, as tsify writes them from the structs and enums.
  for (const decl of ['export interface Case ', 'export interface Analysis ', 'export interface StageRow ',
    'export interface Vocabulary ', 'export type Lang = ', 'export interface Thresholds ',
    'export interface ProblemRow ']) {
    assert.ok(dts.includes(decl), `${decl}… is declared`);
  }
  assert.match(dts, /export function analyse\(_case: Case, lang: Lang, thresholds: Partial<Thresholds> \| null \| undefined\): Analysis;/);
  assert.ok(!existsSync(resolve(root, 'crates/wasm/berdaya.d.ts')), 'the hand-kept declarations are gone');
});

test('a typed usage example passes tsc --noEmit', () => {
  try {
    run(bin('tsc'), ['--noEmit', '-p', app], app);
  } catch (e) {
    assert.fail(`tsc --noEmit failed:\n${e.stdout}${e.stderr}`);
  }
});

test('a Vite app built against the package runs in Chromium', async () => {
  run(bin('vite'), ['build', app], app);
  server = await serve(resolve(app, 'dist'));
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: flags });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await page.waitForFunction(() => document.getElementById('out').textContent !== '');
  const error = await page.locator('#out').getAttribute('data-error');
  assert.equal(error, null, `the app failed: ${error}`);
  const result = JSON.parse(await page.locator('#out').getAttribute('data-result'));
  assert.equal(result.names.length, 5);
  assert.equal(result.id, 'p2k2-karawaci');
  assert.equal(result.case, 'p2k2-karawaci');
  assert.equal(result.lang, 'en');
  assert.equal(result.ready[0], false);
  // Karawaci's 40,255 are persons, so its caseload is not judged; its low P2K2 coverage is.
  assert.ok(result.diagnostics.includes('low_attendance'));
  assert.ok(!result.diagnostics.includes('facilitator_caseload'));
  assert.equal(result.problems, 0);
  assert.equal(result.brokenPath, '/reference_date');
  assert.equal(result.adiStages, 7);
  assert.equal(result.unknownCode, 'unknown_case');
  assert.ok((await page.locator('#report h2').count()) >= 1, 'the report is on the page');
  assert.deepEqual(errors, []);
});
