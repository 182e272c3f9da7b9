// Times the page's module reading each bundled case under Node: `parseCase` (the text of the
// case file, then the same case as JSON.stringify writes it) and `caseView` (the page's one call per edit, on the case object), cold (the
// first call of a fresh module) and warm (median and fastest of 41: on a busy machine the
// fastest is the steadier figure). Not a test: a measurement.
//
//   bash scripts/build-wasm.sh && node tests/browser/read-time.mjs
//   node tests/browser/read-time.mjs path/to/pkg     # another build of the page's module
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = resolve(process.argv[2] ?? resolve(root, 'examples/web/pkg'));
const berdaya = await import(pathToFileURL(resolve(pkg, 'berdaya_wasm.js')).href);
berdaya.initSync({ module: readFileSync(resolve(pkg, 'berdaya_wasm_bg.wasm')) });

const names = berdaya.bundledNames();
const ms = (f) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};
// "median/fastest" of 41 calls, in ms.
const median = (f) => {
  const times = Array.from({ length: 41 }, () => ms(f)).sort((a, b) => a - b);
  return `${times[20].toFixed(2)}/${times[0].toFixed(2)}`;
};
const texts = Object.fromEntries(
  names.map((n) => [n, readFileSync(resolve(pkg, 'cases', `${n}.json`), 'utf8')]),
);
const first = names.includes('p2wkss-bekasi-utara') ? 'p2wkss-bekasi-utara' : names[0];
const cold = ms(() => berdaya.parseCase(texts[first]));
// An older build without caseView prints only parseCase.
const view = berdaya.caseView ?? (() => null);
const coldView = ms(() => view(berdaya.parseCase(texts[first]), 'id'));
console.log(`module ${pkg} (${readFileSync(resolve(pkg, 'berdaya_wasm_bg.wasm')).length} B)`);
console.log(`cold, ${first}: parseCase ${cold.toFixed(2)} ms, then caseView ${coldView.toFixed(2)} ms`);
console.log('case'.padEnd(28), 'bytes'.padStart(7), 'parseCase'.padStart(12), 'compact'.padStart(7),
  'parseCase'.padStart(12), 'caseView'.padStart(12));
for (const name of names) {
  const text = texts[name];
  const parsed = median(() => berdaya.parseCase(text));
  const c = berdaya.parseCase(text);
  // The same case as JSON.stringify writes it (what the page sends after an edit).
  const compact = JSON.stringify(c);
  const parsedCompact = median(() => berdaya.parseCase(compact));
  const viewed = median(() => view(c, 'id'));
  console.log(name.padEnd(28), String(text.length).padStart(7), parsed.padStart(12),
    String(compact.length).padStart(7), parsedCompact.padStart(12), viewed.padStart(12));
}
console.log('warm: median/fastest of 41 calls, in ms');
