// The offline assessment page as a field app. Every choice, label, rule, score and message
// comes from the berdaya core through WebAssembly; this file keeps the case object, the form
// (form.js, generated from the case schema), the local store (store.js) and shows what the core
// says. Edits re-render the report, never the form, so focus stays where the officer is.
import init, * as berdaya from './pkg/index.js';
import { CaseForm, el } from './form.js';
import * as store from './store.js';

// start.js: the page's code ran (otherwise it says the page cannot start).
window.berdayaRan = true;

const state = {
  // start.js chose it: the officer's last choice on this device, else Indonesian.
  lang: window.berdayaLang === 'en' ? 'en' : 'id', vocab: null, words: {}, choices: {}, labels: new Map(), schema: null, rubric: null,
  checklist: [], case: null, key: null, problems: [], opened: new Set(), storage: true,
};
const $ = (id) => document.getElementById(id);

// Performance marks of the first load (navigation → first report), read by
// tests/browser/perf.test.mjs: `berdaya:<step>` once each, the first time the step ends.
const marked = new Set();
function mark(step) {
  if (marked.has(step)) return;
  marked.add(step);
  performance.mark(`berdaya:${step}`);
}
mark('app');
const PARTS = ['general', 'programme', 'sites', 'stakeholders', 'activities', 'participants', 'evidence',
  'adi', 'sulistiyani', 'five_m', 'ansell_gash', 'codes', 'cohorts', 'figures', 'assistance', 'module_catalogue'];
const GENERAL = ['title', 'id', 'reference_date', 'coding', 'source'];

const ui = (code) => state.vocab.ui.find(([c]) => c === code)?.[1] ?? code;
const word = (code) => state.words[code] ?? code;
const textOf = (t) => {
  if (!t) return '';
  const own = t[state.lang];
  if (own && own.trim()) return own;
  const other = t[state.lang === 'id' ? 'en' : 'id'];
  return other ? `${other} ${state.marker}` : '';
};
function fieldLabel(key) {
  if (!state.labels.has(key)) state.labels.set(key, berdaya.fieldLabel(key, state.lang) ?? null);
  return state.labels.get(key);
}

// The bundled example cases: the one place that asks the module for them. The module names
// the file (an unknown name is refused, so no text becomes part of a URL); the text is read
// by JSON.parse, not the module's `parseCase`: the bundled files are already the document as
// `parseCase` gives it (tests/browser/first-report.test.mjs checks), and `caseView` reads and
// checks the case anyway — one read of the document instead of two, a cold one the first time.
async function loadBundled(name) {
  const file = berdaya.bundledCaseFile(name);
  const response = await fetch(`pkg/${file}`);
  if (!response.ok) {
    // As the package's loadBundled says it.
    const e = new Error(`${file}: HTTP ${response.status}`);
    e.name = 'BerdayaError';
    e.code = 'case_unavailable';
    throw e;
  }
  const c = JSON.parse(await response.text());
  mark('case');
  return c;
}
function bundledNames() { return berdaya.bundledNames(); }

// ---- notices ------------------------------------------------------------------------------

function notice(kind, message, list = []) {
  const box = $('notice');
  box.replaceChildren();
  if (!message) { box.hidden = true; return; }
  box.hidden = false;
  box.dataset.kind = kind;
  box.append(...[].concat(message).map((m) => el('p', { text: m }))); // one or more sentences
  if (list.length) {
    box.append(el('ul', {}, ...list.map((p) => el('li', { 'data-problem-path': p.path },
      el('span', { text: p.message }),
      el('details', {}, el('summary', { text: word('path_detail') }), el('code', { text: p.path || '/' }))))));
  }
  box.append(el('button', { type: 'button', class: 'close', text: '×', 'aria-label': word('cancel'), onclick: () => notice() }));
}

// ---- the form ------------------------------------------------------------------------------

function formContext() {
  return {
    lang: state.lang, words: state.words, choices: state.choices, fieldLabel, textOf, opened: state.opened,
    rubricCitation: state.rubric.citation,
    case: () => state.case,
    changed: (path) => edited(path),
    restructured: (path) => { edited(path); buildForm(path); },
    statusChanged,
    special,
    textProblems: (text) => berdaya.jsonProblems(text, state.lang),
  };
}

function partLabel(part) {
  if (part === 'general') return word('general');
  if (part === 'ansell_gash') return ui('ansell_gash');
  if (part === 'five_m') return ui('five_m');
  if (part === 'sulistiyani') return ui('progression');
  const l = fieldLabel(part);
  return l ? l.charAt(0).toUpperCase() + l.slice(1) : part;
}

function buildForm(focusPath) {
  const form = new CaseForm(state.schema, formContext());
  const root = state.schema.properties;
  const nav = el('ul');
  const parts = [];
  for (const part of PARTS) {
    const section = el('section', { class: 'part', id: `part-${part}`, 'aria-labelledby': `h-${part}` },
      el('h3', { id: `h-${part}`, text: partLabel(part) }));
    if (part === 'general') {
      for (const k of GENERAL) section.append(form.field(state.case, k, root[k], `/${k}`));
    } else {
      const c = form.classify(root[part]);
      if (c.kind === 'object') {
        const value = state.case[part];
        if (value === undefined || value === null) section.append(form.field(state.case, part, root[part], `/${part}`));
        else {
          form.objectFields(value, c.node, `/${part}`, section);
          if (c.optional) {
            section.append(el('button', { type: 'button', class: 'remove', text: `${word('remove')}: ${partLabel(part)}`,
              onclick: () => { delete state.case[part]; edited(`/${part}`); buildForm(`/${part}`); } }));
          }
        }
      } else {
        state.case[part] ??= [];
        const box = el('div', { class: 'list', 'data-group': `/${part}` });
        form.arrayItems(state.case, part, c.node, `/${part}`, box);
        section.append(box);
      }
    }
    parts.push(section);
    nav.append(el('li', {}, el('a', { href: `#part-${part}`, text: partLabel(part) })));
  }
  $('part-nav').replaceChildren(el('h2', { class: 'visually-hidden', text: word('parts') }), nav);
  $('form').replaceChildren(...parts);
  placeProblems();
  if (focusPath) refocus(focusPath);
}

// After a rebuild, focus the control at `path`, or the first control inside it, or the
// nearest enclosing one there is.
function refocus(path) {
  const controls = 'input, select, textarea, button, summary';
  let p = path;
  while (p) {
    const exact = document.querySelector(`#form [data-path="${CSS.escape(p)}"], #form [data-add="${CSS.escape(p)}"]`);
    const inside = exact ?? document.querySelector(`#form [data-path^="${CSS.escape(`${p}/`)}"]`);
    if (inside) {
      reveal(inside);
      const control = inside.matches(controls) ? inside
        : inside.querySelector('input, select, textarea') ?? inside.querySelector(controls);
      (control ?? inside).focus();
      return;
    }
    p = p.slice(0, Math.max(p.lastIndexOf('/'), p.lastIndexOf('#')));
  }
}

// Opens every card around `node`.
function reveal(node) {
  for (let d = node.closest('details'); d; d = d.parentElement?.closest('details')) {
    if (d.build) d.build();
    d.open = true;
  }
}

// Opens the cards on the way to `path` and returns its control, if there is one.
function revealPath(path) {
  const parts = path.split('/');
  for (let i = 2; i <= parts.length; i += 1) {
    const card = document.querySelector(`#form details[data-path="${CSS.escape(parts.slice(0, i).join('/'))}"]`);
    if (card) { card.build?.(); card.open = true; }
  }
  let p = path;
  while (p) {
    const f = document.querySelector(`#form [data-path="${CSS.escape(p)}"]:not(details)`)
      ?? document.querySelector(`#form [data-group="${CSS.escape(p)}"] :is(input, select, textarea, button)`);
    if (f) return f;
    p = p.slice(0, p.lastIndexOf('/'));
  }
  return null;
}

// Parts of the form that need more than the schema: the checklist with its sources and the
// Ansell–Gash ratings with the rubric.
function special(obj, key, path, form) {
  if (key === 'checklist' && /^\/adi\/\d+\/stages\/\d+\/checklist$/.test(path)) return checklistField(obj, path, form);
  if (key === 'ratings' && path === '/ansell_gash/ratings') return ratingsField(obj, form);
  return null;
}

function checklistField(stageRecord, path, form) {
  const box = el('fieldset', { class: 'group checklist', 'data-group': path }, el('legend', { text: ui('checklist') }));
  stageRecord.checklist ??= [];
  for (const item of state.checklist.filter((i) => i.stage === stageRecord.stage)) {
    const k = stageRecord.checklist.findIndex((c) => c.id === item.id);
    const id = `chk-${path.replace(/\W/g, '-')}-${item.id}`;
    const box2 = el('input', {
      type: 'checkbox', id, checked: k >= 0 && stageRecord.checklist[k].done === true,
      'data-item': item.id, 'data-path': k >= 0 ? `${path}/${k}/done` : null,
    });
    box2.addEventListener('change', () => {
      const entry = stageRecord.checklist.find((c) => c.id === item.id);
      if (entry) { entry.done = box2.checked; edited(path); } else {
        stageRecord.checklist.push({ id: item.id, done: box2.checked });
        edited(path);
        buildForm(`${path}/${stageRecord.checklist.length - 1}/done`);
      }
    });
    box.append(el('div', { class: 'field check' }, box2,
      el('label', { for: id, text: state.lang === 'id' ? item.label_id : item.label_en }),
      el('details', { class: 'source' }, el('summary', { text: word('source') }), el('q', { lang: 'id', text: item.seed }))));
  }
  const all = el('details', { class: 'advanced' }, el('summary', { text: `${ui('checklist')} (${stageRecord.checklist.length})` }));
  const inner = el('div');
  form.arrayItems(stageRecord, 'checklist', form.defs.StageRecord.properties.checklist, path, inner);
  all.append(inner);
  box.append(all);
  return box;
}

function ratingsField(assessment, form) {
  const r = state.rubric;
  const anchors = new Map(r.scale.map((s) => [s.value, state.lang === 'id' ? s.label_id : s.label_en]));
  const box = el('div', { class: 'ratings', 'data-group': '/ansell_gash/ratings' },
    el('p', { class: 'source' }, el('span', { text: `${word('source')}: ` }), el('cite', { text: r.source }), el('span', { text: ` (${r.citation})` })),
    el('details', {}, el('summary', { text: word('score_meaning') }),
      el('dl', {}, ...r.scale.flatMap((s) => [el('dt', { text: String(s.value) }), el('dd', { text: anchors.get(s.value) })]))));
  assessment.ratings ??= [];
  for (const [component, label] of state.vocab.components) {
    const fs = el('fieldset', { class: 'group' }, el('legend', { text: label }));
    for (const ind of r.indicators.filter((i) => i.component === component)) {
      const k = assessment.ratings.findIndex((x) => x.indicator === ind.id);
      const rating = assessment.ratings[k];
      const path = k >= 0 ? `/ansell_gash/ratings/${k}` : null;
      const id = `rate-${ind.id}`;
      const select = el('select', { id, 'data-indicator': ind.id, 'data-path': path ? `${path}/score` : null, 'aria-describedby': `${id}-high` });
      for (const [v, l] of [['', ui('not_observed')], ...r.scale.map((s) => [String(s.value), `${s.value} — ${anchors.get(s.value)}`])]) {
        const o = el('option', { value: v, text: l });
        if (rating && String(rating.score ?? '') === v) o.selected = true;
        select.append(o);
      }
      select.addEventListener('change', () => {
        let rr = assessment.ratings.find((x) => x.indicator === ind.id);
        const created = !rr;
        if (!rr) { rr = { indicator: ind.id }; assessment.ratings.push(rr); }
        if (select.value) rr.score = Number(select.value); else delete rr.score;
        edited(`/ansell_gash/ratings`);
        if (created) buildForm(`/ansell_gash/ratings/${assessment.ratings.length - 1}/score`);
      });
      const item = el('div', { class: 'indicator' },
        el('label', { for: id, class: 'indicator-label', text: state.lang === 'id' ? ind.label_id : ind.label_en }), select,
        el('small', { id: `${id}-high`, class: 'hint', text: `${word('high_means')}: ${state.lang === 'id' ? ind.high_id : ind.high_en}` }));
      if (rating) {
        const more = el('div', { class: 'rating-more' });
        form.arrayItems(rating, 'evidence', form.defs.Rating.properties.evidence, `${path}/evidence`, more);
        more.append(form.field(rating, 'note', form.defs.Rating.properties.note, `${path}/note`));
        item.append(more);
      }
      fs.append(item);
    }
    box.append(fs);
  }
  return box;
}

// An Adi stage's status moves through the core's transition rules.
function statusChanged(path, value, control) {
  const m = /^\/adi\/(\d+)\/stages\/(\d+)\/status$/.exec(path);
  if (!m) return false;
  const process = state.case.adi[Number(m[1])];
  const stage = process.stages[Number(m[2])].stage;
  try {
    state.case = berdaya.transition(state.case, process.id, stage, value);
  } catch (e) {
    if (e.code === 'validation') return false; // the case has other problems; the core names them
    control.value = process.stages[Number(m[2])].status;
    control.setAttribute('aria-invalid', 'true');
    control.parentElement.querySelectorAll('.refused').forEach((n) => n.remove());
    // The rule broken, by its label in the page's language (the error's own text is English).
    const rule = state.choices.AdiRule?.find(([c]) => c === e.code)?.[1] ?? e.code;
    control.after(el('span', { class: 'error refused', role: 'alert', 'data-code': e.code, text: `${ui('refused')}: ${rule}` }));
    return true;
  }
  edited(path);
  buildForm(path);
  return true;
}

// ---- what the core says ---------------------------------------------------------------------

function placeProblems() {
  document.querySelectorAll('#form .error[data-problem]').forEach((n) => n.remove());
  document.querySelectorAll('#form [aria-invalid]').forEach((n) => { n.removeAttribute('aria-invalid'); n.removeAttribute('aria-describedby'); });
  state.problems.forEach((p, i) => {
    const field = document.querySelector(`#form [data-path="${CSS.escape(p.path)}"]:not(details)`);
    if (!field) return;
    const id = `problem-${i}`;
    field.setAttribute('aria-invalid', 'true');
    field.setAttribute('aria-describedby', id);
    field.after(el('span', { class: 'error', id, 'data-problem': p.kind, text: plain(p) }));
  });
}

// A problem in an officer's words: the field's label, what it should be, what it is. A
// problem of the whole text (not JSON) has neither label nor path: it starts with the word.
function plain(p) {
  const field = p.field ? p.field.charAt(0).toUpperCase() + p.field.slice(1) : p.path;
  const found = p.found ? `; ${word('found').toLowerCase()}: ${p.found}` : '';
  if (!field) return `${word('expected')} ${p.expected}${found}`;
  return `${field}: ${word('expected').toLowerCase()} ${p.expected}${found}`;
}

function showProblems() {
  const box = $('problems');
  if (state.problems.length === 0) {
    // Unchanged by most edits: left as it is (no style or layout work for it).
    const shown = box.firstChild;
    if (box.childNodes.length === 1 && shown.className === 'ok' && shown.textContent === ui('no_problems')) return;
    box.replaceChildren(el('p', { class: 'ok', text: ui('no_problems') }));
    return;
  }
  box.replaceChildren(
    el('p', { class: 'stale-note' }, el('strong', { text: `${word('report_stale')} (${state.problems.length})` })),
    el('ol', {}, ...state.problems.map((p) => el('li', { 'data-problem-path': p.path },
      el('a', { href: '#form', class: 'go', text: plain(p), onclick: (e) => { e.preventDefault(); goTo(p.path); } }),
      el('details', {}, el('summary', { text: word('path_detail') }), el('code', { text: p.path || '/' }), el('span', { text: ` ${p.message}` }))))));
}

function goTo(path) {
  showTab('form');
  const f = revealPath(path);
  if (f) { f.focus(); f.scrollIntoView({ block: 'center' }); }
}

function showReport(view) {
  const rows = JSON.stringify(view.diagnostics);
  if (rows !== state.diagnosticRows) {
    state.diagnosticRows = rows;
    $('diagnostics').replaceChildren(...view.diagnostics.map((d) => el('li', { 'data-diagnostic': d.id },
      el('span', { class: `sev-${d.severity}`, text: `[${d.severity_label}] ` }),
      el('span', { text: `${d.title} — ${d.recommendation}` }))));
  }
  setReportHtml(view.html);
  mark('insert');
}

// The report in parts, each replaced only when its HTML changed: an edit usually changes one
// or two sections, and replacing the whole report made the browser parse, lay out and paint
// all of it again. The core's report is `<article>` around its sections, each an `<h3>` and
// what follows it or a `<section>`; the core escapes every `<` of the document's text, so each
// `<` in its HTML opens one of its own tags. The parts are cut before each top-level `<h3>` or
// `<section>` (one pass over the tags); HTML that is not nested as expected is one part.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
function reportParts(html) {
  const m = /^<article>([\s\S]*)<\/article>(\s*)$/.exec(html);
  if (!m) return null;
  const [, body, tail] = m;
  const cuts = [0];
  const open = [];
  for (const t of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g)) {
    const name = t[2].toLowerCase();
    if (t[1]) {
      if (open.pop() !== name) return { parts: [body], tail };
    } else if (!t[3] && !VOID.has(name)) {
      if (open.length === 0 && (name === 'h3' || name === 'section') && t.index > 0) cuts.push(t.index);
      open.push(name);
    }
  }
  if (open.length) return { parts: [body], tail };
  return { parts: cuts.map((c, i) => body.slice(c, cuts[i + 1])), tail };
}

function partNodes(html) {
  const t = document.createElement('template');
  // The core escapes everything from the document; its HTML is safe to show as is.
  t.innerHTML = html;
  return [...t.content.childNodes];
}

// Whether the pre-rendered report is this very HTML: the fetched data has it; the page's own
// (index.built.html) has its length and FNV-1a hash (scripts/prerender-page.mjs `fnv1a`).
function sameReport(first, html) {
  if (typeof first.html === 'string') return first.html === html;
  if (first.length !== html.length || typeof first.hash !== 'string') return false;
  let h = 0x811c9dc5;
  for (let i = 0; i < html.length; i += 1) {
    h ^= html.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0') === first.hash;
}

// The report start.js showed from the build's pre-rendered data, when it is this very HTML:
// its nodes are kept and cut into parts where reportParts cut the text (before each top-level
// `<h3>` or `<section>`), so the module's first report changes nothing on screen.
function adopt(html, parts, tail) {
  const first = window.berdayaPrerendered;
  window.berdayaPrerendered = null;
  const report = $('report');
  const article = report.firstChild;
  if (!first || !sameReport(first, html) || article?.nodeName !== 'ARTICLE' || report.childNodes.length !== (tail ? 2 : 1)) return false;
  const kept = [];
  for (const n of article.childNodes) {
    if (kept.length === 0 || (n.nodeName === 'H3' || n.nodeName === 'SECTION')) kept.push({ nodes: [] });
    kept.at(-1).nodes.push(n);
  }
  if (kept.length !== parts.length) return false;
  kept.forEach((k, i) => { k.html = parts[i]; });
  state.report = { article, tail, parts: kept };
  return true;
}

function setReportHtml(html) {
  const split = reportParts(html);
  const shown = state.report;
  const report = $('report');
  if (!split) {
    state.report = null;
    report.innerHTML = html;
    return;
  }
  const { parts, tail } = split;
  if (!shown && adopt(html, parts, tail)) return;
  if (!shown || shown.tail !== tail || shown.parts.length !== parts.length || report.firstChild !== shown.article) {
    const article = document.createElement('article');
    const kept = parts.map((p) => {
      const nodes = partNodes(p);
      article.append(...nodes);
      return { html: p, nodes };
    });
    report.replaceChildren(article, ...(tail ? [tail] : []));
    state.report = { article, tail, parts: kept };
    return;
  }
  parts.forEach((p, i) => {
    const old = shown.parts[i];
    if (old.html === p) return;
    const nodes = partNodes(p);
    if (old.nodes.length) old.nodes[0].before(...nodes); else shown.article.append(...nodes);
    for (const n of old.nodes) n.remove();
    shown.parts[i] = { html: p, nodes };
  });
}

// One call reads the case once: its problems and, when there are none, its diagnostics and
// report (the core's `caseView`).
function refresh() {
  const view = berdaya.caseView(state.case, state.lang);
  mark('view');
  state.problems = view.problems;
  showProblems();
  placeProblems();
  const stale = state.problems.length > 0;
  document.body.dataset.stale = String(stale);
  $('report-pane').setAttribute('aria-describedby', stale ? 'problems' : '');
  if (!stale) showReport(view);
  const title = textOf(state.case.title) || word('untitled');
  if ($('title').textContent !== title) $('title').textContent = title;
  document.body.dataset.report = 'live';
}

// ---- saving ---------------------------------------------------------------------------------

let saving = Promise.resolve();
function edited() {
  window.berdayaLastEdit = Date.now();
  refresh();
  save();
}

function save() {
  if (!state.storage) return;
  if (!state.key) state.key = store.newKey();
  const record = { key: state.key, savedAt: Date.now(), case: structuredClone(state.case) };
  saving = saving.then(() => store.put(record)).then(() => {
    hintSaved();
    const status = $('save-status');
    status.textContent = `${word('saved')} · ${time(record.savedAt)}`;
    status.dataset.savedAt = String(record.savedAt);
    return listSaved();
  }).catch((e) => {
    // The browser's reason is in its own language: kept for experts, not shown as the text.
    $('save-status').textContent = word('save_failed');
    $('save-status').title = String(e?.message ?? e);
  });
  return saving;
}

const time = (ms) => new Intl.DateTimeFormat(state.lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(ms);

async function listSaved() {
  if (!state.storage) return;
  const records = (await store.all()).sort((a, b) => b.savedAt - a.savedAt);
  const list = $('saved-list');
  list.replaceChildren(...records.map((r) => {
    const title = textOf(r.case?.title) || word('untitled');
    const who = r.case?.coding?.by ? ` — ${r.case.coding.by}` : '';
    return el('li', { 'data-key': r.key, 'aria-current': r.key === state.key ? 'true' : null },
      el('span', { class: 'saved-title', text: `${title}${who}` }),
      el('small', { text: `${word('last_saved')}: ${time(r.savedAt)}` }),
      el('span', { class: 'saved-actions' },
        el('button', { type: 'button', text: word('open'), 'aria-label': `${word('open')}: ${title}`, onclick: () => openRecord(r) }),
        el('button', { type: 'button', text: word('delete'), 'aria-label': `${word('delete')}: ${title}`, onclick: () => deleteRecord(r) })));
  }));
  $('saved-count').textContent = String(records.length);
}

async function openRecord(r) {
  await saving;
  state.key = r.key;
  state.opened.clear();
  const shown = loadCase(r.case);
  $('save-status').textContent = `${word('last_saved')}: ${time(r.savedAt)}`;
  listSaved();
  return shown;
}

async function deleteRecord(r) {
  if (!window.confirm(word('confirm_delete'))) return;
  await saving;
  await store.remove(r.key);
  if (r.key === state.key) { state.key = null; $('save-status').textContent = word('not_yet_saved'); }
  listSaved();
}

// ---- loading, new, import and export ----------------------------------------------------------

// The report first, the form after the next paint: building the form is the longest step, and
// the officer can read the report meanwhile. `body[data-case]` (which case the form shows; a
// bundled case arrives after a fetch) and `body[data-ready]` are set once the form is there.
let loads = 0;
function loadCase(caseObj) {
  state.case = caseObj;
  const load = ++loads;
  refresh();
  window.berdayaFirstReportMs ??= performance.now();
  // The first report computed by the module, on screen (the next frame): read by the tests.
  if (window.berdayaLiveReportMs === undefined) {
    window.berdayaLiveReportMs = null;
    requestAnimationFrame(() => { window.berdayaLiveReportMs = performance.now(); });
  }
  return new Promise((done) => {
    let ran = false;
    const build = async () => {
      if (ran) return;
      ran = true;
      try { await state.schemaReady; } catch { done(); return; } // main() reports it
      if (load === loads) {
        buildForm();
        mark('form');
        document.body.dataset.case = caseObj?.id ?? '';
        document.body.dataset.ready = 'true';
      }
      done();
    };
    // After the frame that shows the report; a hidden tab has no frames, hence the timer.
    requestAnimationFrame(() => setTimeout(build, 0));
    setTimeout(build, 250);
  });
}

function download(name, type, content) {
  try {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const a = el('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  } catch (e) {
    notice('error', word('download_failed'));
    console.warn(e);
  }
}

function guarded(fn) {
  return () => {
    try { fn(); } catch (e) {
      // A case with problems: list them as the page does, in its language.
      const list = e.code === 'validation' ? state.problems.map((p) => ({ path: p.path, message: plain(p) })) : [];
      notice('error', e.code === 'validation' ? `${word('download_failed')}: ${word('report_stale')}` : word('download_failed'), list);
    }
  };
}

function newAssessmentForm() {
  const dialog = $('new-dialog');
  const form = $('new-form');
  const fields = [
    ['template', 'programme_or_preset', 'select', berdaya.templateChoices(state.lang)],
    ['title', 'assessment_title', 'text'],
    ['province', 'province', 'text'],
    ['city', 'city_name', 'text'],
    ['city_kind', null, 'select', state.choices.CityKind, 'city_kind'],
    ['kecamatan', null, 'text', null, 'kecamatan'],
    ['village', 'village', 'text'],
    ['village_kind', null, 'select', [['', word('not_given')], ...state.choices.VillageKind], 'village_kind'],
    ['rw', 'rw', 'text'],
    ['start', 'period_start', 'text'],
    ['end', 'period_end', 'text'],
    ['assessor', 'assessor', 'text'],
    ['on', 'assessment_date', 'text'],
  ];
  const body = [el('p', { text: word('new_assessment_help') })];
  for (const [name, w, type, options, key] of fields) {
    const id = `new-${name}`;
    const label = w ? word(w) : (fieldLabel(key) ?? key);
    const control = type === 'select'
      ? el('select', { id, name }, ...options.map(([v, l]) => el('option', { value: v, text: l })))
      : el('input', { id, name, type: 'text', ...(name === 'on' ? { value: new Date().toISOString().slice(0, 10) } : {}) });
    body.push(el('div', { class: 'field' }, el('label', { for: id, text: label.charAt(0).toUpperCase() + label.slice(1) }), control));
  }
  body.push(el('div', { id: 'new-problems', role: 'alert' }));
  body.push(el('div', { class: 'actions' },
    el('button', { type: 'submit', id: 'new-create', text: word('create') }),
    el('button', { type: 'button', text: word('cancel'), onclick: () => dialog.close() })));
  form.replaceChildren(el('h2', { id: 'new-heading', text: word('new_assessment') }), ...body);
  dialog.showModal();
  form.querySelector('select, input').focus();
}

function createAssessment(values) {
  const c = berdaya.template(values.template);
  const given = (v) => v && v.trim() ? v.trim() : undefined;
  if (given(values.title)) c.title = { [state.lang]: values.title.trim() };
  const site = c.sites[0];
  Object.assign(site, { province: given(values.province) ?? site.province, city: given(values.city) ?? site.city, city_kind: values.city_kind });
  for (const k of ['kecamatan', 'village', 'rw']) { if (given(values[k])) site[k] = values[k].trim(); }
  if (values.village_kind) site.village_kind = values.village_kind;
  if (given(values.start)) c.programme.period = { start: values.start.trim(), ...(given(values.end) ? { end: values.end.trim() } : {}) };
  if (given(values.assessor) || given(values.on)) {
    c.coding = { kind: 'coded_by_assessor', ...(given(values.assessor) ? { by: values.assessor.trim() } : {}), ...(given(values.on) ? { on: values.on.trim() } : {}) };
  }
  if (given(values.on)) c.reference_date = values.on.trim();
  return c;
}

async function importBackup(file) {
  const text = await file.text();
  const words = state.words;
  const officer = (rows) => rows.map((p) => ({ path: p.path, message: plain(p) }));
  const { problems, records } = store.checkBackup(text, (c) => officer(berdaya.officerProblems(c ?? null, state.lang)),
    words, (t) => officer(berdaya.jsonProblems(t, state.lang)));
  if (problems.length) {
    notice('error', word('import_refused'), problems);
    return;
  }
  await saving;
  await store.putAll(records);
  hintSaved();
  notice('ok', `${word('import_done')}: ${records.length}`);
  listSaved();
}

// ---- language, tabs, start-up ----------------------------------------------------------------

function relabel() {
  state.vocab = berdaya.vocabulary(state.lang);
  state.words = Object.fromEntries(berdaya.pageWords(state.lang));
  state.choices = berdaya.choices(state.lang);
  state.marker = berdaya.untranslatedMarker(state.lang);
  state.labels.clear();
  applyLabels();
}

// The page's own labels in the words of `state.vocab.ui` and `state.words`.
function applyLabels() {
  document.documentElement.lang = state.lang;
  document.title = ui('title');
  document.querySelectorAll('[data-ui]').forEach((n) => { n.textContent = ui(n.dataset.ui); });
  document.querySelectorAll('[data-word]').forEach((n) => { n.textContent = word(n.dataset.word); });
}

function showTab(tab) {
  document.body.dataset.tab = tab;
  for (const b of document.querySelectorAll('#tabs button')) b.setAttribute('aria-pressed', String(b.dataset.tab === tab));
}

// Whether this device has saved assessments: a hint kept beside the store and read at once
// (IndexedDB answers later), so a first visit shows the default case without waiting for the
// store. Without the hint (first visit, or assessments saved before the hint existed) the
// default case is shown first and the last saved assessment, if any, opened when the store
// answers.
const HINT = 'berdaya-has-saved';
const LANG = 'berdaya-lang'; // the language chosen last on this device (start.js reads it)
function hintSaved() { try { localStorage.setItem(HINT, '1'); } catch { /* no hint: the store is asked after */ } }
function hinted() { try { return localStorage.getItem(HINT) === '1'; } catch { return false; } }

// The module compiles while it streams: start.js starts it from the page's head
// (`window.berdayaModule`); where that failed or did not run, init fetches it itself.
async function initModule() {
  let module;
  try { module = await window.berdayaModule; } catch { module = undefined; }
  await init(module instanceof WebAssembly.Module ? { module_or_path: module } : undefined);
}

async function main() {
  // Started together: the module, the saved assessments and the form's schema (preloaded by
  // index.html, as is the default case).
  const stored = store.all().catch(() => null);
  state.schemaReady = fetch('case.schema.json').then((r) => r.json()).then((s) => { state.schema = s; });
  state.schemaReady.catch(() => {});
  await initModule();
  mark('init');
  // The report start.js pre-rendered (fetched beside the module, so it is there or nearly)
  // gets its frame before the module's first calls hold the thread.
  await window.berdayaFirst;
  await window.berdayaPrerenderPainted;
  state.rubric = berdaya.rubric();
  state.checklist = berdaya.checklistItems();
  relabel();
  $('lang-select').value = state.lang;
  for (const name of bundledNames()) $('case-select').append(el('option', { value: name, text: name }));
  // Two choices in quick succession (a slow phone, a slow fetch): the later one is shown, even
  // when the earlier one's case arrives last; so is anything loaded meanwhile (a saved
  // assessment reopened, a file opened) that the late case would otherwise replace.
  // Declining to replace the saved assessment on screen keeps it: a choice still on its way is
  // dropped too. `body[data-choices-settled]` counts the choices dealt with, shown, dropped or
  // declined (for tests).
  let chosen = 0;
  let settled = 0;
  $('case-select').addEventListener('change', async (e) => {
    const name = e.target.value;
    if (!name) return;
    if (state.key && !window.confirm(word('confirm_replace'))) {
      chosen += 1;
      e.target.value = '';
      document.body.dataset.choicesSettled = String(++settled);
      return;
    }
    const choice = ++chosen;
    const loaded = loads;
    try {
      await saving;
      let c;
      try { c = await loadBundled(name); } catch (err) {
        // Not fetched (offline before the page was kept offline, a server error): said in the
        // page's language, the case on screen kept; the browser's reason goes to the console.
        console.warn(err);
        if (choice === chosen) { e.target.value = ''; notice('error', word('case_unavailable')); }
        return;
      }
      if (choice !== chosen) return;
      // Something else is shown now: the list no longer names the case on screen.
      if (loads !== loaded) { e.target.value = ''; return; }
      state.key = null;
      state.opened.clear();
      loadCase(c);
      $('save-status').textContent = word('not_yet_saved');
    } finally {
      document.body.dataset.choicesSettled = String(++settled);
    }
  });
  $('lang-select').addEventListener('change', (e) => {
    state.lang = e.target.value;
    try { localStorage.setItem(LANG, state.lang); } catch { /* not remembered on this device */ }
    relabel();
    if (state.case) { refresh(); buildForm(); } // none when the default case did not arrive
    listSaved();
  });
  $('file-input').addEventListener('change', async (e) => {
    const file = e.target.files[0];
    if (!file) return;
    const text = await file.text();
    e.target.value = '';
    try {
      const c = berdaya.parseCase(text);
      state.key = null;
      state.opened.clear();
      loadCase(c);
      save();
    } catch {
      // The core's words in the page's language: where a text that is not JSON stops, or
      // every problem of the document (never the browser's or the error's English).
      const syntax = berdaya.jsonProblems(text, state.lang);
      const rows = syntax.length ? syntax : berdaya.officerProblems(safeJson(text), state.lang);
      notice('error', word(syntax.length ? 'not_json' : 'open_refused'),
        rows.map((p) => ({ path: p.path, message: plain(p) })));
    }
  });
  $('download-json').addEventListener('click', guarded(() =>
    download(`${state.case.id}.json`, 'application/json', JSON.stringify(state.case, null, 2))));
  $('download-html').addEventListener('click', guarded(() =>
    download(`${state.case.id}-${state.lang}.html`, 'text/html', berdaya.reportHtml(state.case, state.lang))));
  $('print').addEventListener('click', () => window.print());
  $('new-assessment').addEventListener('click', newAssessmentForm);
  $('new-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const values = Object.fromEntries(new FormData(e.target));
    const c = createAssessment(values);
    const problems = berdaya.officerProblems(c, state.lang);
    if (problems.length) {
      $('new-problems').replaceChildren(el('ul', {}, ...problems.map((p) => el('li', { text: plain(p) }))));
      return;
    }
    $('new-dialog').close();
    await saving;
    state.key = null;
    state.opened.clear();
    loadCase(c);
    await save();
    showTab('form'); // a new assessment is filled in next
    $('title').focus();
  });
  $('export-store').addEventListener('click', async () => {
    try {
      await saving;
      const data = await store.backup();
      download(`berdaya-${new Date().toISOString().slice(0, 10)}.json`, 'application/json', JSON.stringify(data, null, 1));
    } catch (e) { notice('error', word('download_failed')); console.warn(e); }
  });
  $('import-file').addEventListener('change', async (e) => {
    const file = e.target.files[0];
    e.target.value = '';
    if (file) await importBackup(file);
  });
  for (const b of document.querySelectorAll('#tabs button')) b.addEventListener('click', () => showTab(b.dataset.tab));

  mark('setup');
  started = true;
  // Reopen where the officer left off: the most recently saved assessment.
  const lastSaved = async () => {
    let records = await stored;
    mark('store');
    if (!records) { records = []; state.storage = false; notice('error', word('no_storage')); }
    return records.sort((a, b) => b.savedAt - a.savedAt)[0];
  };
  // What the officer does while the page starts (a case chosen, a file opened, a new
  // assessment, an edit saved) wins: what start-up would show after it is not shown over it.
  let ours = loads;
  const untouched = () => chosen === 0 && loads === ours && state.key === null;
  try {
    const wait = hinted();
    const last = wait ? await lastSaved() : null;
    if (last && untouched()) await openRecord(last);
    else if (last) await listSaved();
    else {
      // The default case not fetched leaves the page started: the saved list, the other
      // cases, a file or a new assessment still work, and the notice says what is missing.
      const first = await loadBundled(bundledNames()[0]).catch((e) => { console.warn(e); return null; });
      if (first && untouched()) {
        $('case-select').value = bundledNames()[0];
        const shown = loadCase(first);
        ours = loads;
        $('save-status').textContent = word('not_yet_saved');
        await shown;
      } else if (!first && untouched()) {
        // No case on screen: not the pre-rendered report of the case that did not arrive,
        // and the page shown (style.css hides it until a report of its own is there). Said
        // beside the store's notice when there is one.
        for (const id of ['report', 'diagnostics', 'problems']) $(id).replaceChildren();
        $('title').textContent = '';
        document.body.dataset.report = 'none';
        notice('error', state.storage ? word('case_unavailable') : [word('case_unavailable'), word('no_storage')]);
      }
      const found = wait ? null : await lastSaved();
      if (found) hintSaved();
      if (found && untouched()) await openRecord(found); else await listSaved();
    }
  } finally {
    document.body.dataset.startup = 'done'; // start-up shows nothing more (for tests)
    // Kept for offline use whatever start-up could not fetch (the worker's first install
    // tolerates a missing data file); after the form's schema, which the form needs first.
    state.schemaReady.catch(() => {}).then(keepOffline);
  }
  await state.schemaReady;
}

function keepOffline() {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('sw.js').then(() => navigator.serviceWorker.ready)
    .then(() => { document.body.dataset.offline = 'ready'; })
    .catch(() => { document.body.dataset.offline = 'unavailable'; });
}

function safeJson(text) { try { return JSON.parse(text); } catch { return null; } }

// Whether main() has set the page up (its controls work): a failure after that is of a part
// only, said in the page's language; before it, the page could not start.
let started = false;

// The page could not start (the module did not load or instantiate, the default case could
// not be read …): the core's words in both languages (start.js; index.html holds them), never
// the browser's error text; the error itself goes to the console. Once started, a failure
// (e.g. the form's schema not fetched) is a notice, and the page stays usable.
main().catch((e) => {
  if (started) notice('error', word('part_failed'));
  else window.berdayaCannotStart?.('module_failed');
  throw e;
});
