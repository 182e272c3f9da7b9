// REFI-QDA in the WebAssembly package under Node: a .qdpx shaped as NVivo writes it (CRLF
// source, positions counting CRLF as two, a .docx beside the .txt) is unzipped and read in the
// module; the framework codebooks come out and read back; errors carry a code and a path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const require = createRequire(import.meta.url);
const berdaya = require(resolve(root, 'target/wasm-node/berdaya_wasm.js'));

test('an NVivo-shaped .qdpx is read in the module with its quirks reported', () => {
  const bytes = new Uint8Array(readFileSync(resolve(here, 'fixtures/nvivo-shaped.qdpx')));
  const read = berdaya.readQdpx(bytes, 'id');
  const source = read.value.sources[0];
  assert.ok(!source.text.includes('\r'));
  // Positions are Unicode scalar values: index by code points, not UTF-16 units.
  const chars = Array.from(source.text);
  const quotes = source.selections.map((s) => chars.slice(s.start, s.end).join(''));
  assert.deepEqual(quotes, ['Dana terbatas 😟', 'Rapat koordinasi']);
  assert.deepEqual(read.warnings.map((w) => w.kind), ['attribute_not_modelled', 'line_ends']);
  assert.equal(read.warnings[1].counted, 'crlf_as_two');
  // Each warning: its code, where, and the core's sentence in both languages.
  const [attr] = read.warnings;
  assert.equal(attr.location.path, '/Project/Sources[1]/TextSource[1]');
  assert.ok(attr.message.id.startsWith(`/Project/Sources[1]/TextSource[1] (baris ${attr.location.line}, kolom `), attr.message.id);
  assert.match(attr.message.id, /atribut “richTextPath” tidak dimodelkan berdaya/);
  assert.ok(attr.message.en.startsWith(`/Project/Sources[1]/TextSource[1] (line ${attr.location.line}, column `), attr.message.en);
  assert.match(attr.message.en, /the attribute “richTextPath” is not modelled by berdaya/);
  assert.match(read.warnings[1].message.en, /CRLF counted as two characters/);
  assert.equal(read.summary, 'Proyek “Studi P2WKSS”: 3 kode, 1 sumber, 2 seleksi, 2 pengodean oleh 1 pengode; 2 peringatan.');
});

test('framework codebooks come out in both languages and read back', () => {
  for (const lang of ['id', 'en']) {
    const qdc = berdaya.frameworkCodebook(lang);
    assert.ok(qdc.includes('xmlns="urn:QDA-XML:codebook:1.0"'));
    const read = berdaya.readQdc(new TextEncoder().encode(qdc), lang);
    assert.deepEqual(read.warnings, []);
    assert.ok(read.value.codes.length > 0);
    assert.match(read.summary, lang === 'id' ? /^Kodebuku: [\d.]+ kode; 0 peringatan\.$/ : /^Codebook: [\d,]+ codes; 0 warnings\.$/);
  }
  assert.notEqual(berdaya.qdaLabels('id').qda_import, berdaya.qdaLabels('en').qda_import);
});

test('bad files are BerdayaErrors with a code and a path', () => {
  assert.throws(() => berdaya.readQdpx(new Uint8Array([1, 2, 3]), 'en'),
    (e) => e.name === 'BerdayaError' && e.code === 'zip');
  const bad = new TextEncoder().encode('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>\n<Code name="x"/></Codes></CodeBook>');
  assert.throws(() => berdaya.readQdc(bad, 'en'),
    (e) => e.code === 'missing_attribute' && e.path === '/CodeBook/Codes[1]/Code[1]' && e.line === 2);
  assert.throws(() => berdaya.readQdc(bad, 'id'),
    (e) => e.message === '/CodeBook/Codes[1]/Code[1] (baris 2, kolom 1): atribut wajib guid tidak ada');
  assert.throws(() => berdaya.readQdc(bad, 'en'),
    (e) => e.message === '/CodeBook/Codes[1]/Code[1] (line 2, column 1): missing the required attribute guid');
  assert.throws(() => berdaya.readQdc(new Uint8Array([0xff]), 'en'), (e) => e.code === 'xml');
  assert.throws(() => berdaya.frameworkCodebook('fr'), (e) => e.code === 'unknown_lang');
});
