// REFI-QDA on the offline page: import a .qdpx project or .qdc codebook (unzipped and read by
// the WebAssembly module: no other library, no network) and show what it holds and every
// warning; download berdaya's framework codebook (.qdc) to code with in QualCoder, NVivo,
// ATLAS.ti or MAXQDA. Labels and summaries come from the core in the page's language; file
// content is only ever shown as text (textContent), never as markup. The exchange lives in a
// second module (pkg/qda/, with zip and the project reader: ~170 KB gzipped more), fetched only
// when it is first needed, so the assessment page's own module stays small.
import * as page from './pkg/index.js';

let berdaya = null;
async function qdaModule() {
  if (!berdaya) {
    const module = await import('./pkg/qda/berdaya_wasm.js');
    await module.default();
    berdaya = module;
  }
  return berdaya;
}

const lang = () => document.getElementById('lang-select')?.value === 'en' ? 'en' : 'id';

function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

function el(tag, attrs = {}) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

async function main() {
  const input = document.getElementById('qda-input');
  if (!input) return;
  // The page's module: one instance, shared with app.js — compiled from the fetch start.js
  // began (as app.js does), so whichever calls first, the module is fetched once.
  let compiled;
  try { compiled = await window.berdayaModule; } catch { compiled = undefined; }
  await page.default(compiled instanceof WebAssembly.Module ? { module_or_path: compiled } : undefined);
  const label = el('span', { 'data-qda': 'qda_import' });
  input.before(label, ' ');
  const button = el('button', { id: 'qda-codebook', type: 'button', 'data-qda': 'qda_codebook' });
  const out = el('div', { id: 'qda-result', role: 'status' });
  input.after(' ', button);
  document.getElementById('problems')?.after(out);

  const relabel = () => {
    const labels = page.qdaLabels(lang());
    for (const e of document.querySelectorAll('[data-qda]')) e.textContent = labels[e.dataset.qda] ?? '';
  };
  relabel();
  document.getElementById('lang-select')?.addEventListener('change', relabel);

  button.addEventListener('click', () => {
    qdaModule().then((m) => download(`berdaya-kerangka-${lang()}.qdc`, m.frameworkCodebook(lang()), 'application/xml'))
      .catch((e) => { out.replaceChildren(); const p = el('p', { class: 'error' }); p.textContent = `${e.code ?? 'error'}: ${e.message}`; out.append(p); });
  });

  // The last imported file, read again when the language changes so the summary, the
  // warnings and an error all follow the page's language.
  let last = null;
  const show = async (file) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const l = lang();
    try {
      const m = await qdaModule();
      const read = /\.qdc$/i.test(file.name) ? m.readQdc(bytes, l) : m.readQdpx(bytes, l);
      out.replaceChildren(); // after the awaits: a slower earlier read cannot interleave
      const summary = el('p');
      summary.textContent = read.summary;
      out.append(summary);
      if (read.warnings.length) {
        const title = el('h3', { 'data-qda': 'qda_warnings' });
        title.textContent = page.qdaLabels(l).qda_warnings;
        const list = el('ul', { class: 'qda-warnings' });
        for (const w of read.warnings) {
          // The core's sentence (where, what was found, what berdaya did) and the stable code.
          const li = el('li', { 'data-code': w.kind });
          li.textContent = `${w.message[l]} [${w.kind}]`;
          list.append(li);
        }
        out.append(title, list);
      }
      out.dataset.kind = /\.qdc$/i.test(file.name) ? 'codebook' : 'project';
      out.qda = read.value;
    } catch (e) {
      const p = el('p', { class: 'error' });
      p.textContent = `${e.code ?? 'error'}: ${e.message}`;
      out.replaceChildren(p);
    }
  };
  document.getElementById('lang-select')?.addEventListener('change', () => { if (last) show(last); });

  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    last = file;
    await show(file);
  });
}

main();
