// The WebAssembly package under Node, and its generated declarations (tsify, from the Rust
// types) checked against what the functions return.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const berdaya = require(resolve(root, 'target/wasm-node/berdaya_wasm.js'));

test('bundled cases load, validate and analyse', () => {
  const names = berdaya.bundledNames();
  assert.equal(names.length, 5);
  for (const name of names) {
    const c = berdaya.loadBundled(name);
    assert.equal(c.id, name);
    assert.deepEqual(berdaya.validate(c, 'en'), []);
    const a = berdaya.analyse(c, 'en', null);
    assert.equal(a.case, name);
  }
  const k = berdaya.analyse(berdaya.loadBundled('p2k2-karawaci'), 'id', null);
  assert.equal(k.readiness[0].ready, false);
  assert.ok(k.diagnostics.some((d) => d.id === 'low_attendance'));
});

test('bad documents give problems with paths; errors carry a code', () => {
  const c = berdaya.loadBundled('p2wkss-bekasi-utara');
  c.adi[0].stages[4].actual_start = '2020-13';
  const problems = berdaya.validate(c, 'id');
  assert.equal(problems[0].path, '/adi/0/stages/4/actual_start');
  assert.equal(problems[0].kind, 'invalid_date');
  assert.throws(() => berdaya.analyse(c, 'en', null), (e) => e.name === 'BerdayaError' && e.code === 'validation'
    && e.path === '/adi/0/stages/4/actual_start' && e.problems.length === 1);
  assert.throws(() => berdaya.loadBundled('nope'), (e) => e.name === 'BerdayaError' && e.code === 'unknown_case');
  assert.throws(() => berdaya.vocabulary('fr'), (e) => e.code === 'unknown_lang');
  assert.throws(() => berdaya.parseCase('{'), (e) => e.code === 'validation');
  const hj = berdaya.loadBundled('p2wkss-bekasi-utara');
  assert.throws(() => berdaya.transition(hj, 'harapan-jaya', 'terminasi', 'completed'),
    (e) => e.code === 'termination_needs_implementation');
  for (const garbage of [undefined, null, 3, 'x', [], { schema_version: 1 }]) {
    assert.throws(() => berdaya.analyse(garbage, 'en', null), (e) => e.name === 'BerdayaError');
  }
});

// caseView (the page's one call per edit) gives what the three separate calls give.
test('caseView is officerProblems, analyse(…).diagnostics and reportHtmlBody from one read', () => {
  for (const lang of ['id', 'en']) {
    for (const name of berdaya.bundledNames()) {
      const c = berdaya.loadBundled(name);
      const view = berdaya.caseView(c, lang);
      assert.deepEqual(view.problems, []);
      assert.deepEqual(view.diagnostics, berdaya.analyse(c, lang, null).diagnostics);
      assert.equal(view.html, berdaya.reportHtmlBody(c, lang));
    }
    const bad = berdaya.loadBundled('p2wkss-bekasi-utara');
    bad.adi[0].stages[4].actual_start = '2020-13';
    delete bad.title;
    const view = berdaya.caseView(bad, lang);
    assert.ok(view.problems.length >= 2);
    assert.deepEqual(view.problems, berdaya.officerProblems(bad, lang));
    assert.equal(view.diagnostics, null, 'no diagnostics of an invalid case');
    assert.equal(view.html, null, 'no report of an invalid case');
  }
  assert.throws(() => berdaya.caseView({}, 'fr'), (e) => e.code === 'unknown_lang');
});

test('the package folders carry the licences', () => {
  for (const dir of ['examples/web/pkg', 'target/wasm-node']) {
    assert.match(readFileSync(resolve(root, dir, 'LICENSE-MIT'), 'utf8'), /the berdaya authors/);
    assert.match(readFileSync(resolve(root, dir, 'LICENSE-APACHE'), 'utf8'), /Apache License/);
  }
});

test('deep, cyclic or odd objects are refused with a code and the module keeps answering', () => {
  // Issue 11 item 2: a case object ~5,000 deep used to overflow the WebAssembly stack and
  // kill the module for every later call.
  const nest = (n, leaf) => { let x = leaf; for (let i = 0; i < n; i++) x = { a: x }; return x; };
  const nestArray = (n) => { let x = []; for (let i = 0; i < n; i++) x = [x]; return x; };
  const cyclic = { schema_version: 1 }; cyclic.self = cyclic;
  const valid = berdaya.loadBundled('p2k2-karawaci');
  const deepInside = structuredClone(valid); deepInside.programme.objectives = [nest(5000, 1)];
  const refused = [
    [nest(5000, 1), 'too_deep'], [nest(200, 1), 'too_deep'], [nestArray(100000), 'too_deep'],
    [deepInside, 'too_deep'], [cyclic, 'malformed'], [{ n: 10n }, 'malformed'], [undefined, 'malformed'],
  ];
  const calls = [
    (v) => berdaya.validate(v, 'en'), (v) => berdaya.analyse(v, 'en', null),
    (v) => berdaya.analyse(valid, 'en', v === undefined ? nest(5000, 1) : v),
    (v) => berdaya.reportMarkdown(v, 'id'), (v) => berdaya.reportHtml(v, 'en'),
    (v) => berdaya.reportHtmlBody(v, 'en'), (v) => berdaya.transition(v, 'x', 'persiapan', 'completed'),
  ];
  for (const [value, code] of refused) {
    for (const call of calls) {
      assert.throws(() => call(value), (e) => e.name === 'BerdayaError' && e.path === ''
        && (e.code === code || e.code === 'too_deep' || e.code === 'malformed'), String(call));
      // After any refused input the module still answers a valid bundled case.
      assert.deepEqual(berdaya.validate(valid, 'en'), []);
    }
  }
  assert.throws(() => berdaya.validate(nest(5000, 1), 'en'), (e) => e.code === 'too_deep' && /128/.test(e.message));
  assert.throws(() => berdaya.validate(nest(1000000, 1), 'en'), (e) => e.code === 'too_deep' && e.path === '');
  assert.throws(() => berdaya.validate(cyclic, 'en'), (e) => e.code === 'malformed' && e.path === '');
  // JSON text goes to the core's own reader, which stops at its depth limit without recursion
  // and names the path there, as the Rust and Python faces do.
  assert.throws(() => berdaya.parseCase('['.repeat(100000)),
    (e) => e.code === 'validation' && e.problems[0].kind === 'too_deep' && e.path === '/0'.repeat(127));
  // Exactly at the limit is not refused for depth (the document is just wrong).
  assert.ok(Array.isArray(berdaya.validate(nest(127, 1), 'en')));
  const after = berdaya.analyse(valid, 'en', null);
  assert.equal(after.case, 'p2k2-karawaci');
  assert.ok(berdaya.reportHtml(valid, 'id').includes('<html'));
});

// ---- the generated .d.ts checked against real values --------------------------------------

const declarations = () => ['berdaya_wasm_bindgen.d.ts', 'berdaya_wasm.d.ts']
  .map((f) => readFileSync(resolve(root, 'target/wasm-node', f), 'utf8')).join('\n');

/** Reads `export interface Name { a: T; b?: U }` blocks (single level) from the .d.ts. */
function interfaces() {
  const src = declarations();
  const out = {};
  for (const m of src.matchAll(/export interface (\w+)(?: extends [\w ]+)? \{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g)) {
    const body = m[2].replace(/\{[^{}]*\}/g, 'X');
    const fields = {};
    for (const f of body.split(/[;\n]/)) {
      const fm = f.trim().match(/^(\w+)(\??):/);
      if (fm) fields[fm[1]] = fm[2] !== '?';
    }
    out[m[1]] = fields;
  }
  return out;
}

function conforms(name, value, types) {
  const declared = types[name];
  assert.ok(declared, `no interface ${name}`);
  for (const [field, required] of Object.entries(declared)) {
    if (required) assert.ok(field in value, `${name}.${field} is declared required but missing`);
  }
  for (const field of Object.keys(value)) {
    assert.ok(field in declared, `${name}.${field} is returned but not declared`);
  }
}

test('the generated .d.ts declares exactly what the functions return', () => {
  const types = interfaces();
  const rows = {
    processes: 'ProcessRow', stages: 'StageRow', checklist: 'ChecklistRow', progression: 'ProgressionRow',
    readiness: 'ReadinessRow', five_m: 'FindingRow', ansell_gash: 'RatingRow',
    ansell_gash_components: 'ComponentRow', diagnostics: 'DiagnosticRow', evidence: 'EvidenceRow',
  };
  const seen = new Set();
  for (const name of berdaya.bundledNames()) {
    const c = berdaya.loadBundled(name);
    conforms('Case', c, types);
    for (const p of c.adi ?? []) conforms('AdiProcess', p, types);
    for (const f of c.five_m ?? []) conforms('Finding', f, types);
    for (const r of c.ansell_gash?.ratings ?? []) conforms('Rating', r, types);
    const a = berdaya.analyse(c, 'en', null);
    conforms('Analysis', a, types);
    for (const [key, iface] of Object.entries(rows)) {
      for (const row of a[key]) { conforms(iface, row, types); seen.add(iface); }
    }
  }
  assert.equal(seen.size, Object.keys(rows).length, 'every row interface was checked on real data');
  conforms('Vocabulary', berdaya.vocabulary('id'), types);
  const bad = berdaya.loadBundled('wrse-junrejo');
  bad.id = '';
  for (const p of berdaya.validate(bad, 'en')) conforms('ProblemRow', p, types);
  try { berdaya.loadBundled('nope'); } catch (e) {
    assert.equal(e.name, 'BerdayaError');
    assert.equal(typeof e.code, 'string');
  }
  // Every exported function is declared, and every declared function exists.
  const declared = [...new Set([...declarations().matchAll(/export function (\w+)/g)].map((m) => m[1]))].sort();
  const exported = Object.keys(berdaya).filter((k) => typeof berdaya[k] === 'function').sort();
  assert.deepEqual(exported, declared);
});

test('the generated .d.ts files are valid TypeScript (tsc --strict)', async () => {
  const { execFileSync } = await import('node:child_process');
  const tsc = resolve(root, 'tests/browser/node_modules/typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '--noEmit', '--strict', '--lib', 'es2022,dom',
    resolve(root, 'target/wasm-node/berdaya_wasm.d.ts'), resolve(root, 'examples/web/pkg/index.d.ts')],
  { stdio: 'inherit' });
});

test('the bundled cases are files beside the module, not code in it', () => {
  const wasm = readFileSync(resolve(root, 'examples/web/pkg/berdaya_wasm_bg.wasm'));
  // A sentence of seed 002 quoted in the P2K2 case: in the case file, not in the module.
  const file = readFileSync(resolve(root, 'examples/web/pkg/cases/p2k2-karawaci.json'), 'utf8');
  const quote = JSON.parse(file).evidence[0].text.slice(0, 40);
  assert.ok(quote.length >= 20);
  assert.equal(wasm.includes(Buffer.from(quote)), false, 'the module does not carry the case text');
  assert.equal(wasm.includes(Buffer.from('"schema_version": 1')), false);
  for (const name of berdaya.bundledNames()) {
    assert.equal(berdaya.bundledCaseFile(name), `cases/${name}.json`);
    for (const ext of ['', '.gz', '.br']) {
      assert.ok(readFileSync(resolve(root, 'examples/web/pkg/cases', `${name}.json${ext}`)).length > 0);
    }
  }
  // A name is checked before it becomes part of a path.
  for (const bad of ['../cases/p2k2-karawaci', 'p2k2-karawaci.json', '', 'https://example.org/x']) {
    assert.throws(() => berdaya.bundledCaseFile(bad), (e) => e.name === 'BerdayaError' && e.code === 'unknown_case');
  }
  // The precache list names every asset of the page, and each exists.
  const precache = JSON.parse(readFileSync(resolve(root, 'examples/web/pkg/precache.json'), 'utf8'));
  for (const a of ['./', 'index.html', 'app.js', 'pkg/index.js', 'pkg/berdaya_wasm.js', 'pkg/berdaya_wasm_bg.wasm',
    ...berdaya.bundledNames().map((n) => `pkg/cases/${n}.json`)]) {
    assert.ok(precache.assets.includes(a), `precache lists ${a}`);
  }
  for (const a of precache.assets.slice(1)) assert.ok(readFileSync(resolve(root, 'examples/web', a)));
  assert.ok(!precache.assets.some((a) => /\.(gz|br)$/.test(a)));
});
