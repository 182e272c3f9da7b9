// The page's first report, rendered at build time (run by scripts/wasm-package.mjs, from the
// repository root): the default case (the first bundled one) is fixed data, so the core can
// render its report before any officer asks. For each language, `pkg/first/<lang>.json` holds
// what the page shows of that case — the core's `caseView` (diagnostics and report HTML), the
// case's title, and the page's labels (`vocabulary(lang).ui`, `pageWords(lang)`) — made by the
// built module itself (the Node build of the same core). The page shows it at once, before its
// own module is ready, and replaces it with the module's live report; it is never shown when a
// saved assessment will be reopened. tests/browser/first-report.test.mjs checks that it equals
// what the page's module renders for the same case and language.
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const LANGS = ['id', 'en'];

// The title as the page shows it (app.js `textOf`): its own language, else the other one with
// the core's "not translated" marker, else the page's word for "untitled".
function titleOf(title, lang, marker, untitled) {
  const own = title?.[lang];
  if (own && own.trim()) return own;
  const other = title?.[lang === 'id' ? 'en' : 'id'];
  return other ? `${other} ${marker}` : untitled;
}

export function prerender(pkg, nodeDir) {
  const berdaya = createRequire(import.meta.url)(resolve(nodeDir, 'berdaya_wasm.js'));
  const name = berdaya.bundledNames()[0];
  const doc = berdaya.loadBundled(name);
  mkdirSync(join(pkg, 'first'), { recursive: true });
  for (const lang of LANGS) {
    const view = berdaya.caseView(doc, lang);
    if (view.problems.length || view.html === null) {
      throw new Error(`prerender: the bundled case ${name} has problems in ${lang}: ${JSON.stringify(view.problems)}`);
    }
    const words = berdaya.pageWords(lang);
    const untitled = words.find(([c]) => c === 'untitled')?.[1] ?? '';
    const first = {
      case: name,
      lang,
      title: titleOf(doc.title, lang, berdaya.untranslatedMarker(lang), untitled),
      ui: berdaya.vocabulary(lang).ui,
      words,
      diagnostics: view.diagnostics,
      html: view.html,
    };
    writeFileSync(join(pkg, 'first', `${lang}.json`), `${JSON.stringify(first)}\n`);
  }
  console.log(`build-wasm: the first report pre-rendered (${name}; ${LANGS.join(', ')}) in ${join(pkg, 'first')}`);
}
