// The second half of scripts/build-wasm.sh (run by it, from the repository root): the bundled
// cases as data files, pre-compressed .gz/.br beside every asset, the page's precache list,
// the npm package in target/npm/berdaya, and the sizes against the goal (failing when the
// module is over the ceiling).
//
//   node scripts/wasm-package.mjs <pkg dir> <node dir> <npm dir> <version> <gzip ceiling in bytes>
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { prerender } from './prerender-page.mjs';

const [pkg, nodeDir, npmDir, version, ceilingText] = process.argv.slice(2);
const ceiling = Number(ceilingText);
const goal = 250_000;
const stretch = 150_000;
const casesSrc = 'crates/core/src/cases';
const page = 'examples/web';

// The bundled cases, verbatim (their evidence texts are quotations), one file each.
const names = readdirSync(casesSrc).filter((f) => f.endsWith('.json')).sort();
for (const dir of [pkg, nodeDir]) {
  mkdirSync(join(dir, 'cases'), { recursive: true });
  for (const f of names) cpSync(join(casesSrc, f), join(dir, 'cases', f));
}

const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]);
const compressible = (f) => /\.(wasm|js|mjs|json|html|css|ts|md)$/.test(f);

// Pre-compressed copies for static hosts that serve `.gz`/`.br` when asked.
function compress(dir) {
  for (const f of files(dir).filter(compressible)) {
    const body = readFileSync(f);
    writeFileSync(`${f}.gz`, gzipSync(body, { level: 9 }));
    writeFileSync(`${f}.br`, brotliCompressSync(body, { params: {
      [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
  }
}

// The npm package: the web build, its declarations, the entry point and the metadata.
rmSync(npmDir, { recursive: true, force: true });
mkdirSync(npmDir, { recursive: true });
cpSync(pkg, npmDir, { recursive: true, filter: (f) => !/\.(gz|br)$/.test(f) && basename(f) !== 'precache.json' });
cpSync('crates/wasm/npm-README.md', join(npmDir, 'README.md'));
const packageJson = {
  name: 'berdaya',
  version,
  description: 'Community-empowerment programmes (P2WKSS, P2K2/PKH, Sekoper Cinta, WRSE) and the frameworks that judge them, as WebAssembly',
  license: 'MIT OR Apache-2.0',
  type: 'module',
  main: './index.js',
  module: './index.js',
  types: './index.d.ts',
  exports: {
    '.': { types: './index.d.ts', default: './index.js' },
    './berdaya_wasm_bg.wasm': './berdaya_wasm_bg.wasm',
    './cases/*': './cases/*',
    './package.json': './package.json',
  },
  files: ['index.js', 'index.d.ts', 'berdaya_wasm.js', 'berdaya_wasm.d.ts', 'berdaya_wasm_bg.wasm',
    'berdaya_wasm_bg.wasm.d.ts', 'cases/', 'LICENSE-MIT', 'LICENSE-APACHE', 'README.md'],
  sideEffects: false,
  keywords: ['webassembly', 'social-welfare', 'empowerment', 'indonesia', 'evaluation'],
};
writeFileSync(join(npmDir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);

// The page's first report, rendered now by the Node build (scripts/prerender-page.mjs); the
// page's alone, not the npm package's.
prerender(pkg, nodeDir);

compress(pkg);

// Every asset of the page, for the offline service worker: the page's own files and the
// package's (not the pre-compressed copies, which the server chooses, nor the TypeScript
// declarations), with a version that changes whenever any of them does.
const assets = ['./', ...files(page)
  .filter((f) => !/\.(gz|br)$/.test(f) && !f.endsWith('.d.ts') && basename(f) !== 'precache.json')
  .map((f) => relative(page, f).split('\\').join('/'))
  .sort()];
const hash = createHash('sha256');
for (const a of assets.slice(1)) hash.update(a).update(readFileSync(join(page, a)));
writeFileSync(join(pkg, 'precache.json'),
  `${JSON.stringify({ version: `${version}-${hash.digest('hex').slice(0, 12)}`, assets }, null, 2)}\n`);

// Sizes.
const size = (f) => statSync(f).size;
const wasm = join(pkg, 'berdaya_wasm_bg.wasm');
const row = (f) => `${relative(pkg, f).padEnd(34)} ${String(size(f)).padStart(9)} ${String(size(`${f}.gz`)).padStart(9)} ${String(size(`${f}.br`)).padStart(9)}`;
console.log(`build-wasm: ${'asset'.padEnd(34)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}  (bytes)`);
for (const f of files(pkg).filter((f) => compressible(f) && !f.endsWith('precache.json')).sort()) {
  console.log(`build-wasm: ${row(f)}`);
}
const gz = size(`${wasm}.gz`);
console.log(`build-wasm: module ${size(wasm)} B raw, ${gz} B gzipped, ${size(`${wasm}.br`)} B brotli`);
const met = (limit) => (gz <= limit ? 'met' : `NOT met (${gz - limit} B over)`);
console.log(`build-wasm: goal ${goal} B gzipped: ${met(goal)}; stretch ${stretch} B: ${met(stretch)}; ceiling ${ceiling} B`);
console.log(`build-wasm: npm package in ${npmDir} (berdaya ${version})`);
if (gz > ceiling) {
  console.error(`build-wasm: the module is ${gz} B gzipped, over the ceiling of ${ceiling} B (BERDAYA_WASM_GZIP_MAX)`);
  process.exit(1);
}
