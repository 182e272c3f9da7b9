// The shared catalogue of bad documents (tests/bad-inputs/catalogue.jsonl) through the
// WebAssembly face: parseCase refuses every entry with a BerdayaError whose problems include
// the catalogue's code and path (the Rust face's answer), never with a RuntimeError, and the
// module still reads a valid case after each refusal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const berdaya = require(resolve(root, 'target/wasm-node/berdaya_wasm.js'));
const entries = readFileSync(resolve(root, 'tests/bad-inputs/catalogue.jsonl'), 'utf8')
  .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

test('the catalogue is refused entry by entry with its code and path', () => {
  assert.ok(entries.length >= 200);
  const valid = JSON.stringify(berdaya.loadBundled('wrse-junrejo'));
  for (const entry of entries) {
    let refused = null;
    try {
      berdaya.parseCase(entry.input);
    } catch (e) {
      refused = e;
    }
    assert.ok(refused, `${entry.name}: accepted`);
    assert.equal(refused.name, 'BerdayaError', `${entry.name}: ${refused}`);
    const found = (refused.problems ?? [{ kind: refused.code, path: refused.path }])
      .map((p) => `${p.kind} ${p.path}`);
    assert.ok(found.includes(`${entry.code} ${entry.path}`), `${entry.name}: ${found.join('; ')}`);
    assert.ok(berdaya.parseCase(valid), `${entry.name}: the module no longer answers`);
  }
});
