// REFI-QDA on the offline page: import a .qdpx project or .qdc codebook (unzipped and read by
// the WebAssembly module: no other library, no network) and show what it holds and every
// warning; download berdaya's framework codebook (.qdc) to code with in QualCoder, NVivo,
// ATLAS.ti or MAXQDA. Labels and summaries come from the core in the page's language; file
// content is only ever shown as text (textContent), never as markup.
import init, * as berdaya from './pkg/berdaya_wasm.js';

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
  await init();
  const input = document.getElementById('qda-input');
  if (!input) return;
  const label = el('span', { 'data-qda': 'qda_import' });
  input.before(label, ' ');
  const button = el('button', { id: 'qda-codebook', type: 'button', 'data-qda': 'qda_codebook' });
  const out = el('div', { id: 'qda-result', role: 'status' });
  input.after(' ', button);
  document.getElementById('problems')?.after(out);

  const relabel = () => {
    const labels = berdaya.qdaLabels(lang());
    for (const e of document.querySelectorAll('[data-qda]')) e.textContent = labels[e.dataset.qda] ?? '';
  };
  relabel();
  document.getElementById('lang-select')?.addEventListener('change', relabel);

  button.addEventListener('click', () => {
    download(`berdaya-kerangka-${lang()}.qdc`, berdaya.frameworkCodebook(lang()), 'application/xml');
  });

  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    out.replaceChildren();
    const bytes = new Uint8Array(await file.arrayBuffer());
    try {
      const read = /\.qdc$/i.test(file.name) ? berdaya.readQdc(bytes, lang()) : berdaya.readQdpx(bytes, lang());
      const summary = el('p');
      summary.textContent = read.summary;
      out.append(summary);
      if (read.warnings.length) {
        const title = el('h3', { 'data-qda': 'qda_warnings' });
        title.textContent = berdaya.qdaLabels(lang()).qda_warnings;
        const list = el('ul', { class: 'qda-warnings' });
        for (const w of read.warnings) {
          const li = el('li');
          li.textContent = `${w.kind} — ${w.location.path} (${w.location.line}:${w.location.column})`;
          list.append(li);
        }
        out.append(title, list);
      }
      out.dataset.kind = /\.qdc$/i.test(file.name) ? 'codebook' : 'project';
      out.qda = read.value;
    } catch (e) {
      const p = el('p', { class: 'error' });
      p.textContent = `${e.code ?? 'error'}: ${e.message}`;
      out.append(p);
    }
  });
}

main();
