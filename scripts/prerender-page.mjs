// The page's first report, rendered at build time (run by scripts/wasm-package.mjs, from the
// repository root): the default case (the first bundled one) is fixed data, so the core can
// render its report before any officer asks. For each language, `pkg/first/<lang>.json` holds
// what the page shows of that case — the core's `caseView` (diagnostics and report HTML), the
// case's title, and the page's labels (`vocabulary(lang).ui`, `pageWords(lang)`) — made by the
// built module itself (the Node build of the same core). The page shows it at once, before its
// own module is ready, and replaces it with the module's live report; it is never shown when a
// saved assessment will be reopened. tests/browser/first-report.test.mjs checks that it equals
// what the page's module renders for the same case and language.
//
// The default language's (Indonesian) report also goes into the page itself: from the source
// `examples/web/index.html` (left as it is) the build writes `examples/web/index.built.html`,
// the page the server and the service worker serve as `index.html` (not committed). Its first
// paint already shows the report, its diagnostics, the page's labels and the case's title — no
// fetch, no script. A `<meta name="berdaya-first">` in its head tells start.js so; start.js
// hides it (a class on <html>, style.css) when the officer's language is English or a saved
// assessment will be reopened. Every text is escaped here; the report is the core's HTML, which
// escapes everything from the document.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

export const SOURCE_PAGE = 'examples/web/index.html';
export const BUILT_PAGE = 'examples/web/index.built.html';

const escText = (t) => String(t).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (t) => escText(t).replace(/"/g, '&quot;');

// FNV-1a (32 bits) over the UTF-16 code units: app.js computes the same of the module's report
// to know the page's report is that very HTML before it keeps its nodes.
export function fnv1a(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

// Replaces `pattern` in `html`, which must match exactly `count` times (a changed source page
// fails the build instead of giving a page without its report).
function fill(html, pattern, replace, what, count = 1) {
  const found = html.match(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))?.length ?? 0;
  if (found !== count) throw new Error(`prerender: ${SOURCE_PAGE}: ${what} found ${found} times, expected ${count}`);
  return html.replace(pattern, replace);
}

// The page with `first` (one language's pre-rendered data) in it: what start.js's showFirst
// and app.js show of that case, as markup the parser builds before any script runs.
export function pageWith(source, first) {
  const ui = new Map(first.ui);
  const words = new Map(first.words);
  const say = (map, code) => (map.has(code) ? map.get(code) : code);
  let html = source;
  html = fill(html, /<html lang="[a-z]+">/, () => `<html lang="${escAttr(first.lang)}">`, 'the <html> tag');
  html = fill(html, /<title>[^<]*<\/title>/, () => `<title>${escText(say(ui, 'title'))}</title>`, 'the <title>');
  html = fill(html, /<script src="start\.js"><\/script>/,
    () => `<meta name="berdaya-first" content="${escAttr(first.lang)}" data-case="${escAttr(first.case)}" data-length="${first.html.length}" data-hash="${fnv1a(first.html)}">\n<script src="start.js"></script>`,
    'start.js\'s <script>');
  const labelled = source.match(/\sdata-(ui|word)="/g)?.length ?? 0;
  html = fill(html, /(<([a-z0-9]+)\b[^>]*\sdata-(ui|word)="([a-z_]+)"[^>]*>)[^<]*(<\/\2>)/g,
    (_, open, _tag, kind, code, close) => `${open}${escText(say(kind === 'ui' ? ui : words, code))}${close}`,
    'the elements with data-ui/data-word (each with text only)', labelled);
  html = fill(html, /(<h1 id="title"[^>]*>)[^<]*(<\/h1>)/, (_, open, close) => `${open}${escText(first.title)}${close}`, 'the title <h1>');
  html = fill(html, /(<div id="problems"[^>]*>)(<\/div>)/,
    (_, open, close) => `${open}<p class="ok">${escText(say(ui, 'no_problems'))}</p>${close}`, 'the empty #problems');
  const items = first.diagnostics.map((d) => `<li data-diagnostic="${escAttr(d.id)}"><span class="sev-${escAttr(d.severity)}">${escText(`[${d.severity_label}] `)}</span><span>${escText(`${d.title} — ${d.recommendation}`)}</span></li>`).join('');
  html = fill(html, /(<ul id="diagnostics"[^>]*>)(<\/ul>)/, (_, open, close) => `${open}${items}${close}`, 'the empty #diagnostics');
  // The core's report HTML (it escapes all document text).
  html = fill(html, /(<div id="report"[^>]*>)(<\/div>)/, (_, open, close) => `${open}${first.html}${close}`, 'the empty #report');
  return html;
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
    if (lang === LANGS[0]) writeFileSync(BUILT_PAGE, pageWith(readFileSync(SOURCE_PAGE, 'utf8'), first));
  }
  console.log(`build-wasm: the first report pre-rendered (${name}; ${LANGS.join(', ')}) in ${join(pkg, 'first')}; ${LANGS[0]} in ${BUILT_PAGE}`);
}
