// The offline assessment page. Every choice, label, rule and score comes from the berdaya
// core through WebAssembly; this file only builds the form, keeps the case object up to
// date and shows what the core says.
import init, * as berdaya from './pkg/index.js';

const state = { lang: 'id', vocab: null, case: null, problems: [] };
const $ = (id) => document.getElementById(id);

function ui(code) {
  const found = state.vocab.ui.find(([c]) => c === code);
  return found ? found[1] : code;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c) node.append(c);
  return node;
}

function select(options, value, attrs) {
  const s = el('select', attrs);
  for (const [code, label] of options) {
    const o = el('option', { value: code, text: label });
    if (code === value) o.selected = true;
    s.append(o);
  }
  return s;
}

function text(t) {
  return t ? (state.lang === 'id' ? t.id : t.en) : '';
}

// ---- form -----------------------------------------------------------------------------

function stageRecord(process, stage) {
  process.stages ??= [];
  let r = process.stages.find((s) => s.stage === stage);
  if (!r) {
    r = { stage, status: 'not_started' };
    const order = state.vocab.adi_stages.map(([c]) => c);
    const at = process.stages.findIndex((s) => order.indexOf(s.stage) > order.indexOf(stage));
    process.stages.splice(at < 0 ? process.stages.length : at, 0, r);
  }
  return r;
}

function stagePath(pi, process, stage) {
  const si = (process.stages ?? []).findIndex((s) => s.stage === stage);
  return `/adi/${pi}/stages/${si}`;
}

function adiForm() {
  const box = el('div');
  const targets = (state.case.stakeholders ?? []).filter((s) => (s.roles ?? []).includes('participant'));
  (state.case.adi ?? []).forEach((process, pi) => {
    const table = el('table', { class: 'adi', 'data-process': process.id });
    table.append(el('tr', {}, el('th', { text: ui('stage') }), el('th', { text: ui('status') }),
      el('th', { text: ui('actual_start') }), el('th', { text: ui('actual_end') }),
      el('th', { text: ui('checklist') }), el('th', { text: ui('involvement') })));
    for (const [stage, stageLabel] of state.vocab.adi_stages) {
      const rec = (process.stages ?? []).find((s) => s.stage === stage) ?? { stage, status: 'not_started' };
      const path = stagePath(pi, process, stage);
      const status = select(state.vocab.stage_statuses, rec.status, {
        'data-path': `${path}/status`, 'data-stage': stage,
        onchange: (e) => changeStatus(process, stage, e.target),
      });
      const date = (field) => el('input', {
        type: 'text', value: rec[field] ?? '', placeholder: 'YYYY-MM', 'data-path': `${path}/${field}`,
        'data-stage': stage, 'data-field': field,
        onchange: (e) => {
          const r = stageRecord(process, stage);
          if (e.target.value.trim()) r[field] = e.target.value.trim(); else delete r[field];
          render();
        },
      });
      const checks = el('div', { class: 'checklist', 'data-path': `${path}/checklist` });
      for (const item of state.vocab.checklist.filter((i) => i.stage === stage)) {
        const done = (rec.checklist ?? []).some((c) => c.id === item.id && c.done);
        const box = el('input', {
          type: 'checkbox', checked: done, 'data-item': item.id,
          onchange: (e) => {
            const r = stageRecord(process, stage);
            r.checklist ??= [];
            const c = r.checklist.find((x) => x.id === item.id);
            if (c) c.done = e.target.checked; else r.checklist.push({ id: item.id, done: e.target.checked });
            render();
          },
        });
        checks.append(el('label', {}, box, ` ${item.label}`));
      }
      const inv = el('div', { 'data-path': `${path}/involvement` });
      for (const t of targets) {
        const current = (rec.involvement ?? []).find((i) => i.stakeholder === t.id);
        inv.append(el('div', {}, el('small', { text: `${t.name}: ` }),
          select([['', ui('not_involved')], ...state.vocab.involvement], current?.level ?? '', {
            'data-stakeholder': t.id,
            onchange: (e) => {
              const r = stageRecord(process, stage);
              r.involvement = (r.involvement ?? []).filter((i) => i.stakeholder !== t.id);
              if (e.target.value) r.involvement.push({ stakeholder: t.id, level: e.target.value });
              render();
            },
          })));
      }
      table.append(el('tr', {}, el('td', { text: stageLabel }), el('td', {}, status),
        el('td', {}, date('actual_start')), el('td', {}, date('actual_end')), el('td', {}, checks), el('td', {}, inv)));
    }
    box.append(el('h3', { text: text(process.label) }), table);
  });
  return box;
}

function changeStatus(process, stage, control) {
  try {
    state.case = berdaya.transition(state.case, process.id, stage, control.value);
    render();
  } catch (e) {
    // Refused by a rule of the Adi process: say which, beside the field, and keep the case.
    control.value = (process.stages ?? []).find((s) => s.stage === stage)?.status ?? 'not_started';
    control.classList.add('invalid');
    control.after(el('span', { class: 'error', 'data-code': e.code, text: `${ui('refused')}: ${e.code} — ${e.message}` }));
  }
}

function progressionForm() {
  const box = el('div');
  (state.case.sulistiyani ?? []).forEach((p, i) => {
    const subject = Object.values(p.subject)[0];
    const fs = el('fieldset', {}, el('legend', { text: subject }));
    (p.dimensions ?? []).forEach((d, j) => {
      const label = state.vocab.dimensions.find(([c]) => c === d.dimension)?.[1] ?? d.dimension;
      fs.append(el('div', {}, el('span', { text: `${label}: ` }),
        select([['', ui('not_yet')], ...state.vocab.sulistiyani_stages], d.reached ?? '', {
          'data-path': `/sulistiyani/${i}/dimensions/${j}/reached`,
          onchange: (e) => { if (e.target.value) d.reached = e.target.value; else delete d.reached; render(); },
        })));
    });
    box.append(fs);
  });
  return box;
}

function fiveMForm() {
  const box = el('div');
  state.case.five_m ??= [];
  state.case.five_m.forEach((f, i) => {
    const path = `/five_m/${i}`;
    const set = (k) => (e) => { f[k] = k === 'weight' ? Number(e.target.value) : e.target.value; render(); };
    box.append(el('div', { class: 'finding' },
      select(state.vocab.factors, f.factor, { 'data-path': `${path}/factor`, onchange: set('factor') }),
      select(state.vocab.directions, f.direction, { 'data-path': `${path}/direction`, onchange: set('direction') }),
      select(state.vocab.weights.map((w) => [String(w), `${ui('weight')} ${w}`]), String(f.weight),
        { 'data-path': `${path}/weight`, onchange: set('weight') }),
      el('input', { type: 'text', class: 'wide', value: f.description?.id ?? '', placeholder: ui('description_id'),
        'data-path': `${path}/description/id`, onchange: (e) => { f.description.id = e.target.value; render(); } }),
      el('input', { type: 'text', class: 'wide', value: f.description?.en ?? '', placeholder: ui('description_en'),
        'data-path': `${path}/description/en`, onchange: (e) => { f.description.en = e.target.value; render(); } }),
      el('button', { type: 'button', text: ui('remove'), onclick: () => { state.case.five_m.splice(i, 1); render(); } })));
  });
  box.append(el('button', {
    type: 'button', id: 'add-finding', text: ui('add_finding'),
    onclick: () => {
      let n = state.case.five_m.length + 1;
      while (state.case.five_m.some((f) => f.id === `f-${n}`)) n += 1;
      state.case.five_m.push({ id: `f-${n}`, factor: 'man', direction: 'inhibitor', weight: 1, description: { id: '', en: '' } });
      render();
    },
  }));
  return box;
}

function ansellGashForm() {
  const box = el('div');
  const a = state.case.ansell_gash;
  if (!a) {
    box.append(el('button', { type: 'button', text: ui('start_assessment'),
      onclick: () => { state.case.ansell_gash = { rubric: state.vocab.rubric, ratings: [] }; render(); } }));
    return box;
  }
  a.ratings ??= [];
  for (const [component, label] of state.vocab.components) {
    const fs = el('fieldset', {}, el('legend', { text: label }));
    for (const ind of state.vocab.indicators.filter((i) => i.component === component)) {
      const k = a.ratings.findIndex((r) => r.indicator === ind.id);
      const score = k >= 0 && a.ratings[k].score != null ? String(a.ratings[k].score) : '';
      fs.append(el('div', {}, el('span', { text: `${ind.label}: ` }),
        select([['', ui('not_observed')], ...state.vocab.scores.map((s) => [String(s), String(s)])], score, {
          'data-path': k >= 0 ? `/ansell_gash/ratings/${k}/score` : null, 'data-indicator': ind.id,
          onchange: (e) => {
            let r = a.ratings.find((x) => x.indicator === ind.id);
            if (!r) { r = { indicator: ind.id }; a.ratings.push(r); }
            if (e.target.value) r.score = Number(e.target.value); else delete r.score;
            render();
          },
        })));
    }
    box.append(fs);
  }
  return box;
}

function buildForm() {
  const form = $('form');
  form.replaceChildren(
    el('h3', { text: 'Adi' }), adiForm(),
    el('h3', { text: ui('progression') }), progressionForm(),
    el('h3', { text: ui('five_m') }), fiveMForm(),
    el('h3', { text: ui('ansell_gash') }), ansellGashForm(),
  );
}

// ---- what the core says ---------------------------------------------------------------

function showProblems() {
  const box = $('problems');
  document.querySelectorAll('.error[data-problem]').forEach((n) => n.remove());
  document.querySelectorAll('.invalid').forEach((n) => n.classList.remove('invalid'));
  const unplaced = [];
  for (const p of state.problems) {
    const field = document.querySelector(`[data-path="${CSS.escape(p.path)}"]`);
    if (field) {
      field.classList.add('invalid');
      field.after(el('span', { class: 'error', 'data-problem': p.kind, text: p.message }));
    } else {
      unplaced.push(p);
    }
  }
  if (state.problems.length === 0) {
    box.replaceChildren(el('span', { class: 'ok', text: ui('no_problems') }));
  } else {
    box.replaceChildren(el('strong', { text: `${ui('problems')} (${state.problems.length})` }),
      el('ul', {}, ...unplaced.map((p) => el('li', { text: p.message }))));
  }
}

function showAnalysis() {
  const analysis = berdaya.analyse(state.case, state.lang, null);
  $('diagnostics').replaceChildren(...analysis.diagnostics.map((d) => el('li', { 'data-diagnostic': d.id },
    el('span', { class: `sev-${d.severity}`, text: `[${d.severity_label}] ` }),
    el('span', { text: `${d.title} — ${d.recommendation}` }))));
  // The core escapes everything from the document; its HTML is safe to show as is.
  $('report').innerHTML = berdaya.reportHtmlBody(state.case, state.lang);
}

function render() {
  buildForm();
  state.problems = berdaya.validate(state.case, state.lang);
  showProblems();
  if (state.problems.length === 0) showAnalysis();
  document.body.dataset.ready = 'true';
}

function relabel() {
  state.vocab = berdaya.vocabulary(state.lang);
  document.documentElement.lang = state.lang;
  document.title = ui('title');
  $('title').textContent = ui('title');
  document.querySelectorAll('[data-ui]').forEach((n) => { n.textContent = ui(n.dataset.ui); });
}

// ---- loading and saving ---------------------------------------------------------------

function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function loadCase(caseObj) {
  state.case = caseObj;
  render();
}

async function main() {
  await init();
  relabel();
  for (const name of berdaya.bundledNames()) $('case-select').append(el('option', { value: name, text: name }));
  $('case-select').addEventListener('change', async (e) => loadCase(await berdaya.loadBundled(e.target.value)));
  $('lang-select').addEventListener('change', (e) => { state.lang = e.target.value; relabel(); render(); });
  $('file-input').addEventListener('change', async (e) => {
    const file = e.target.files[0];
    if (!file) return;
    const text = await file.text();
    try {
      loadCase(berdaya.parseCase(text));
    } catch (err) {
      state.problems = err.problems ?? [{ path: err.path ?? '', kind: err.code, message: err.message }];
      showProblems();
    }
  });
  $('download-json').addEventListener('click', () =>
    download(`${state.case.id}.json`, 'application/json', JSON.stringify(state.case, null, 2)));
  $('download-html').addEventListener('click', () =>
    download(`${state.case.id}-${state.lang}.html`, 'text/html', berdaya.reportHtml(state.case, state.lang)));
  loadCase(await berdaya.loadBundled($('case-select').value));
  window.berdayaFirstReportMs = performance.now();
}

main().catch((e) => {
  $('problems').textContent = `${e.name ?? 'Error'}: ${e.message}`;
  throw e;
});
