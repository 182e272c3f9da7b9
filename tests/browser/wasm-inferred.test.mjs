// The inferred values' paths on WebAssembly: the module looks them up in the case's JSON text
// (crates/core/src/validate/pointer.rs, `existing_via_json`) where native builds walk the
// case's Serialize impl. Checked here against a JSON pointer resolver written in JavaScript,
// over every path of a bundled case and paths near them, in one document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const berdaya = require(resolve(root, 'target/wasm-node/berdaya_wasm.js'));

/** RFC 6901, as serde_json's `Value::pointer` reads it: `~1` is `/`, `~0` is `~`, an array
 * index has no sign and no leading zero. */
function resolves(doc, pointer) {
  if (pointer === '') return true;
  if (!pointer.startsWith('/')) return false;
  let node = doc;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (Array.isArray(node)) {
      if (!/^(0|[1-9][0-9]*)$/.test(token) || Number(token) >= node.length) return false;
      node = node[Number(token)];
    } else if (node !== null && typeof node === 'object') {
      if (!Object.hasOwn(node, token)) return false;
      node = node[token];
    } else {
      return false;
    }
  }
  return true;
}

function paths(node, prefix, out) {
  out.push(prefix);
  if (Array.isArray(node)) node.forEach((v, i) => paths(v, `${prefix}/${i}`, out));
  else if (node !== null && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      paths(v, `${prefix}/${k.replaceAll('~', '~0').replaceAll('/', '~1')}`, out);
    }
  }
  return out;
}

test('every inferred path is judged as a JSON pointer resolver judges it', () => {
  for (const name of berdaya.bundledNames()) {
    const original = berdaya.loadBundled(name);
    // The document as the core reads it (defaults written out): what the paths must name.
    const doc = berdaya.parseCase(JSON.stringify(original));
    const real = paths(doc, '', []).filter((p) => p !== '' && !p.startsWith('/inferred'));
    const near = real.flatMap((p) => {
      const out = [`${p}/x`, `${p}x`, `${p}/0`, `${p}/999999`];
      const m = /^(.*)\/([0-9]+)$/.exec(p);
      if (m) out.push(`${m[1]}/+${m[2]}`, `${m[1]}/0${m[2]}`, `${m[1]}/${Number(m[2]) + 1}`);
      return out;
    });
    const pointers = [...real, ...near, '', 'no-slash', '/', '//', '/inferred/0'];
    const c = structuredClone(original);
    c.inferred = pointers.map((path) => ({ path, reason: { id: 'uji', en: 'test' } }));
    const judged = berdaya.validate(c, 'en');
    const refused = new Set(judged.filter((p) => /^\/inferred\/[0-9]+\/path$/.test(p.path))
      .map((p) => Number(p.path.split('/')[2])));
    assert.equal(judged.length, refused.size, `${name}: only the paths are refused`);
    let wrong = 0;
    pointers.forEach((path, i) => {
      const names = path.startsWith('/') && !path.startsWith('/inferred') && resolves(doc, path);
      if (names === refused.has(i)) {
        wrong += 1;
        assert.fail(`${name}: ${JSON.stringify(path)} ${names ? 'names something' : 'names nothing'}`);
      }
    });
    assert.equal(wrong, 0);
    assert.ok(real.length > 300 && refused.size > near.length / 2, `${name}: ${real.length} paths`);
    const kinds = new Set(judged.map((p) => p.kind));
    assert.deepEqual([...kinds], ['unknown_reference']);
  }
});
