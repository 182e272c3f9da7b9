// The case form, generated from the case document's JSON Schema (case.schema.json, written by
// scripts/generate-docs.sh): every part the document can hold gets a control, labelled with the
// core's field labels and choices in the page's language. Edits change the case object in place
// and call `ctx.changed(path)`; adding or removing an item calls `ctx.restructured(path)`, after
// which the form is rebuilt and focus returned. Nothing a user typed becomes markup: every
// value is set with textContent or .value.

export const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
};

// Where an id of each kind is declared (the collection a reference points into).
const REF_COLLECTIONS = {
  SiteId: 'sites', StakeholderId: 'stakeholders', ActivityId: 'activities',
  ParticipantId: 'participants', EvidenceId: 'evidence', CohortId: 'cohorts',
  FigureId: 'figures', AssistanceId: 'assistance', CodeId: 'codes',
};
// The prefix of a new item's id in each collection.
const ID_PREFIX = {
  sites: 'site', stakeholders: 'sh', activities: 'act', participants: 'p', evidence: 'e',
  cohorts: 'c', figures: 'fig', assistance: 'as', codes: 'code', five_m: 'f', adi: 'adi',
};
const LONG_TEXT = new Set(['text', 'basis', 'seed']);

let fieldCounter = 0;
const fieldId = () => `fld-${++fieldCounter}`;

export class CaseForm {
  constructor(schema, ctx) {
    this.schema = schema;
    this.defs = schema.$defs;
    this.ctx = ctx; // { lang, words, choices, fieldLabel, rubric, checklist, changed, restructured, statusChanged }
  }

  word(code) { return this.ctx.words[code] ?? code; }

  label(key) {
    const l = this.ctx.fieldLabel(key);
    if (l) return l.charAt(0).toUpperCase() + l.slice(1);
    return key.replace(/_/g, ' ');
  }

  // ---- schema ---------------------------------------------------------------------------

  // A node → { kind, name, node, optional }.
  classify(node) {
    let optional = false;
    if (node.anyOf) {
      const rest = node.anyOf.filter((n) => n.type !== 'null');
      if (rest.length < node.anyOf.length) optional = true;
      if (rest.length === 1) node = { ...rest[0], description: node.description };
    }
    if (Array.isArray(node.type) && node.type.includes('null')) {
      optional = true;
      node = { ...node, type: node.type.find((t) => t !== 'null') };
    }
    let name = null;
    while (node.$ref) {
      name = node.$ref.split('/').pop();
      if (name === 'Text') return { kind: 'text', name, optional };
      if (name === 'PartialDate') return { kind: 'date', name, optional };
      if (REF_COLLECTIONS[name]) return { kind: 'ref', name, optional };
      if (this.ctx.choices[name]) return { kind: 'enum', name, optional };
      node = this.defs[name];
    }
    if (node.oneOf) return { kind: 'union', name, node, optional };
    if (node.enum) return { kind: 'const', name, node, optional };
    const type = node.type;
    if (type === 'object' && node.properties) return { kind: 'object', name, node, optional };
    if (type === 'array') return { kind: 'array', name, node, optional };
    if (type === 'string' || type === 'integer' || type === 'number' || type === 'boolean') {
      return { kind: type, name, node, optional };
    }
    return { kind: 'json', name, node, optional };
  }

  // A fresh value of a node, for an added item: required fields only.
  fresh(node, key, collection, siblings) {
    const c = this.classify(node);
    switch (c.kind) {
      case 'text': return { [this.ctx.lang]: '' };
      case 'enum': return this.ctx.choices[c.name][0][0];
      case 'ref': {
        const ids = this.ids(c.name);
        return ids.length ? ids[0][0] : '';
      }
      case 'date': return '';
      case 'object': {
        const out = {};
        for (const k of c.node.required ?? []) {
          if (k === 'id' && collection) out.id = this.newId(collection, siblings);
          else if (k === 'rubric' && this.ctx.rubricCitation) out.rubric = this.ctx.rubricCitation;
          else out[k] = this.fresh(c.node.properties[k], k);
        }
        if (c.node.properties.status && !out.status) out.status = 'not_started';
        return out;
      }
      case 'array': return [];
      case 'union': {
        const v = c.node.oneOf[0];
        if (v.const !== undefined) return v.const;
        const k = (v.required ?? Object.keys(v.properties))[0];
        return { [k]: this.fresh(v.properties[k], k) };
      }
      case 'integer': case 'number': return Math.max(c.node.minimum ?? 1, 1);
      case 'boolean': return false;
      case 'string': return '';
      default: return null;
    }
  }

  newId(collection, siblings) {
    const prefix = ID_PREFIX[collection] ?? collection.replace(/s$/, '');
    const taken = new Set((siblings ?? []).map((s) => s?.id));
    let n = (siblings?.length ?? 0) + 1;
    while (taken.has(`${prefix}-${n}`)) n += 1;
    return `${prefix}-${n}`;
  }

  // [[id, description]] of the records a reference of kind `name` may point to.
  ids(name) {
    const items = this.ctx.case()[REF_COLLECTIONS[name]] ?? [];
    return items.map((it) => [it.id, this.describe(it)]);
  }

  // A short human description of a record: its name, title, label or quote.
  describe(it) {
    if (!it || typeof it !== 'object') return String(it ?? '');
    const t = it.name ?? it.title ?? it.label ?? it.description;
    let s = '';
    if (typeof t === 'string') s = t;
    else if (t && typeof t === 'object') s = this.ctx.textOf(t);
    else if (typeof it.text === 'string') {
      s = `“${it.text.length > 60 ? `${it.text.slice(0, 60)}…` : it.text}”`;
      if (it.informant?.code) s += ` — ${it.informant.code}${it.informant.role ? `, ${it.informant.role}` : ''}`;
    } else if (it.village || it.city) s = [it.village, it.kecamatan, it.city].filter(Boolean).join(', ');
    return s;
  }

  // ---- numbers in the page's language (Indonesian 3,42 and 40.255) ------------------------

  formatNumber(v) {
    if (typeof v !== 'number') return v ?? '';
    return this.ctx.lang === 'id' ? String(v).replace('.', ',') : String(v);
  }

  // The number `raw` writes in the page's language, or null when it is not one unambiguously.
  parseNumber(raw) {
    const [group, decimal] = this.ctx.lang === 'id' ? ['.', ','] : [',', '.'];
    const g = `\\${group}`;
    const d = `\\${decimal}`;
    const grouped = new RegExp(`^-?\\d{1,3}(${g}\\d{3})+(${d}\\d+)?$`);
    const plain = new RegExp(`^-?\\d+(${d}\\d+)?$`);
    if (!grouped.test(raw) && !plain.test(raw)) return null;
    const n = Number(raw.split(group).join('').replace(decimal, '.'));
    return Number.isFinite(n) ? n : null;
  }

  // ---- controls -------------------------------------------------------------------------

  // A labelled control for `parent[key]` at `path`.
  field(parent, key, node, path, labelText) {
    let c = this.classify(node);
    // A record's own id is typed, not chosen among the ids of its kind.
    if (key === 'id' && c.kind === 'ref') c = { ...c, kind: 'string' };
    const label = labelText ?? (key === 'id' ? this.word('identifier') : this.label(key));
    switch (c.kind) {
      case 'text': return this.textField(parent, key, path, label, c.optional);
      case 'object': case 'array': case 'union': case 'json':
        return this.compound(parent, key, c, path, label);
      default: return this.simpleField(parent, key, c, path, label);
    }
  }

  wrap(label, control, hint) {
    const id = control.id || (control.id = fieldId());
    const box = el('div', { class: 'field' }, el('label', { for: id, text: label }), control);
    if (hint) box.append(el('small', { class: 'hint', text: hint }));
    return box;
  }

  simpleField(parent, key, c, path, label) {
    const value = parent[key];
    const set = (v) => {
      if (v === undefined) delete parent[key]; else parent[key] = v;
      this.ctx.changed(path);
    };
    let control;
    if (c.kind === 'enum' || c.kind === 'ref' || c.kind === 'const' || (c.kind === 'boolean' && c.optional)) {
      let options;
      if (c.kind === 'enum') options = this.ctx.choices[c.name];
      else if (c.kind === 'ref') options = this.ids(c.name).map(([id, d]) => [id, d ? `${id} — ${d}` : id]);
      else if (c.kind === 'const') options = c.node.enum.map((v) => [v, String(v)]);
      else options = [['true', this.word('yes')], ['false', this.word('no')]];
      const current = value === undefined || value === null ? '' : String(value);
      const first = c.optional || current === '' ? [['', c.optional ? this.word('not_given') : this.word('choose')]] : [];
      if (current && !options.some(([v]) => v === current)) options = [...options, [current, current]];
      control = el('select', { 'data-path': path });
      for (const [v, l] of [...first, ...options]) {
        const o = el('option', { value: v, text: l });
        if (v === current) o.selected = true;
        control.append(o);
      }
      control.addEventListener('change', () => {
        const v = control.value;
        if (c.kind === 'boolean') set(v === '' ? undefined : v === 'true');
        else if (v === '') set(c.optional ? undefined : '');
        else if (key === 'status' && this.ctx.statusChanged(path, v, control)) { /* handled */ }
        else set(v);
      });
    } else if (c.kind === 'boolean') {
      control = el('input', { type: 'checkbox', 'data-path': path, checked: value === true });
      control.addEventListener('change', () => set(control.checked));
      const id = control.id = fieldId();
      return el('div', { class: 'field check' }, control, el('label', { for: id, text: label }));
    } else if (c.kind === 'integer' || c.kind === 'number') {
      control = el('input', { type: 'text', inputmode: c.kind === 'integer' ? 'numeric' : 'decimal', 'data-path': path, value: this.formatNumber(value) });
      control.addEventListener('input', () => {
        const raw = control.value.trim();
        if (raw === '') { set(c.optional ? undefined : null); return; }
        // A value that is not a number in the page's language is kept as typed, so the core
        // names the problem; nothing is guessed.
        set(this.parseNumber(raw) ?? raw);
      });
    } else {
      const long = LONG_TEXT.has(key);
      control = el(long ? 'textarea' : 'input', long ? { 'data-path': path, rows: 3 } : {
        type: 'text', 'data-path': path, value: value ?? '',
        ...(c.kind === 'date' ? { placeholder: 'YYYY-MM', inputmode: 'numeric' } : {}),
      });
      if (long) control.value = value ?? '';
      control.addEventListener('input', () => {
        const v = control.value;
        set(v.trim() === '' && (c.optional || c.kind === 'date') ? undefined : v);
      });
    }
    return this.wrap(label, control, c.kind === 'date' ? this.word('date_hint') : null);
  }

  // Text in the working language first; the other language optional.
  textField(parent, key, path, label, optional) {
    const lang = this.ctx.lang;
    const other = lang === 'id' ? 'en' : 'id';
    const value = parent[key] ?? {};
    const box = el('fieldset', { class: 'text-field' }, el('legend', { text: label }));
    for (const l of [lang, other]) {
      const id = fieldId();
      const input = el('input', { type: 'text', id, 'data-path': `${path}/${l}`, value: value[l] ?? '', lang: l });
      input.addEventListener('input', () => {
        const t = parent[key] ?? (parent[key] = {});
        if (input.value === '') delete t[l]; else t[l] = input.value;
        if (optional && !t.id && !t.en) delete parent[key];
        this.ctx.changed(`${path}/${l}`);
      });
      const name = this.word(l === 'id' ? 'lang_id' : 'lang_en');
      box.append(el('div', { class: `field lang-${l === lang ? 'main' : 'other'}` },
        el('label', { for: id, text: l === lang ? name : `${name} (${this.word('other_language')})` }), input));
    }
    return box;
  }

  // Objects, lists, choices between shapes: a group.
  compound(parent, key, c, path, label) {
    const value = parent[key];
    if (value === undefined || value === null) {
      // A list that may be left out (null in the schema: not recorded, apart from [] —
      // e.g. assistance_received) is added on purpose, never created by showing the form.
      if (c.kind === 'array' && !c.optional) parent[key] = [];
      else {
        return el('div', { class: 'field absent' }, el('button', {
          type: 'button', class: 'add', 'data-add': path, text: `${this.word('add')}: ${label}`,
          onclick: () => { parent[key] = this.fresh(c.node ?? { $ref: `#/$defs/${c.name}` }, key); this.ctx.restructured(path); },
        }));
      }
    }
    const box = el('fieldset', { class: `group ${c.kind}`, 'data-group': path }, el('legend', { text: label }));
    if (c.kind === 'object') this.objectFields(parent[key], c.node, path, box);
    else if (c.kind === 'array') this.arrayItems(parent, key, c.node, path, box);
    else if (c.kind === 'union') this.union(parent, key, c.node, path, box);
    else this.jsonField(parent, key, path, box, label);
    if (c.optional) {
      box.append(el('button', {
        type: 'button', class: 'remove', text: `${this.word('remove')}: ${label}`,
        onclick: () => { delete parent[key]; this.ctx.restructured(path); },
      }));
    }
    return box;
  }

  objectFields(obj, node, path, box, skip = []) {
    const keys = Object.keys(node.properties).filter((k) => !skip.includes(k));
    const required = new Set(node.required ?? []);
    keys.sort((a, b) => (a === 'id' ? -1 : b === 'id' ? 1 : 0) || (required.has(b) - required.has(a)));
    for (const k of keys) {
      const special = this.ctx.special?.(obj, k, `${path}/${k}`, this);
      box.append(special ?? this.field(obj, k, node.properties[k], `${path}/${k}`));
    }
  }

  arrayItems(parent, key, node, path, box) {
    // An absent list is an empty one (the document reads both the same).
    const list = parent[key] ?? (parent[key] = []);
    const itemNode = node.items;
    const ic = this.classify(itemNode);
    const collection = path.split('/').length === 2 ? key : null;
    list.forEach((item, i) => {
      const p = `${path}/${i}`;
      const removeButton = el('button', {
        type: 'button', class: 'remove', text: this.word('remove'),
        'aria-label': `${this.word('remove')}: ${this.label(key)} ${i + 1}`,
        onclick: () => { list.splice(i, 1); this.ctx.restructured(path); },
      });
      if (ic.kind === 'object' || ic.kind === 'union' || ic.kind === 'json') {
        box.append(this.card(list, i, ic, p, key, removeButton));
      } else {
        const row = this.field(list, i, itemNode, p, `${this.label(key)} ${i + 1}`);
        row.classList.add('row');
        row.append(removeButton);
        box.append(row);
      }
    });
    box.append(el('button', {
      type: 'button', class: 'add', 'data-add': path, text: `${this.word('add')}: ${this.label(key)}`,
      onclick: () => {
        list.push(this.fresh(itemNode, key, collection, list));
        this.ctx.opened.add(`${path}/${list.length - 1}`);
        this.ctx.restructured(`${path}/${list.length - 1}`);
      },
    }));
  }

  // One item of a list as a card that opens on demand (its fields are built when opened).
  card(list, i, ic, path, key, removeButton) {
    const item = list[i];
    const summary = el('summary', {}, el('span', { class: 'card-title', text: this.cardTitle(item, key, i) }));
    const card = el('details', { class: 'card', 'data-path': path });
    card.append(summary);
    const build = () => {
      if (card.dataset.built) return;
      card.dataset.built = 'true';
      const body = el('div', { class: 'card-body' });
      if (ic.kind === 'object') this.objectFields(item, ic.node, path, body);
      else if (ic.kind === 'union') this.union(list, i, ic.node, path, body);
      else this.jsonField(list, i, path, body, `${this.label(key)} ${i + 1}`);
      body.append(removeButton);
      card.append(body);
    };
    card.build = build;
    card.addEventListener('toggle', () => {
      if (card.open) { build(); this.ctx.opened.add(path); } else this.ctx.opened.delete(path);
    });
    if (this.ctx.opened.has(path)) { build(); card.open = true; }
    return card;
  }

  cardTitle(item, key, i) {
    if (item && typeof item === 'object') {
      if (item.stage) return this.choiceLabel('AdiStage', item.stage) + (item.status ? ` — ${this.choiceLabel('StageStatus', item.status)}` : '');
      const d = this.describe(item);
      const id = item.id ?? item.indicator ?? '';
      return [id, d].filter(Boolean).join(' — ') || `${this.label(key)} ${i + 1}`;
    }
    return `${this.label(key)} ${i + 1}`;
  }

  choiceLabel(name, code) {
    return (this.ctx.choices[name] ?? []).find(([c]) => c === code)?.[1] ?? code;
  }

  // A value of one of several shapes: a choice of shape, then the shape's field.
  union(parent, key, node, path, box) {
    const variants = node.oneOf.map((v) => {
      if (v.const !== undefined) return { tag: v.const, label: this.label(v.const), const: true };
      const k = (v.required ?? Object.keys(v.properties))[0];
      return { tag: k, label: this.label(k), node: v };
    });
    const value = parent[key];
    const current = typeof value === 'string' ? value : Object.keys(value ?? {})[0];
    const select = el('select', { 'data-path': `${path}#kind` });
    for (const v of variants) {
      const o = el('option', { value: v.tag, text: v.label });
      if (v.tag === current) o.selected = true;
      select.append(o);
    }
    select.addEventListener('change', () => {
      const v = variants.find((x) => x.tag === select.value);
      parent[key] = v.const ? v.tag : { [v.tag]: this.fresh(v.node.properties[v.tag], v.tag) };
      this.ctx.restructured(`${path}#kind`);
    });
    box.append(this.wrap(this.word('item'), select));
    const v = variants.find((x) => x.tag === current);
    if (v && !v.const) {
      const inner = v.node.properties[v.tag];
      const ik = this.classify(inner);
      if (ik.kind === 'object') this.objectFields(parent[key][v.tag], ik.node, `${path}/${v.tag}`, box);
      else box.append(this.field(parent[key], v.tag, inner, `${path}/${v.tag}`));
      const rest = Object.keys(v.node.properties).filter((k) => k !== v.tag);
      for (const k of rest) box.append(this.field(parent[key], k, v.node.properties[k], `${path}/${k}`));
    }
  }

  // The rare shape the schema does not describe field by field: edited as JSON text, labelled
  // with the field's own label. Text that is not JSON is kept out of the case and the core's
  // reader says where it stops, in the page's language.
  jsonField(parent, key, path, box, label) {
    const id = fieldId();
    const area = el('textarea', { id, 'data-path': path, rows: 4, class: 'json' });
    area.value = JSON.stringify(parent[key] ?? null, null, 1);
    area.addEventListener('change', () => {
      box.querySelectorAll(`[data-json-problem="${id}"]`).forEach((n) => n.remove());
      const problems = this.ctx.textProblems(area.value);
      if (problems.length === 0) {
        try {
          parent[key] = JSON.parse(area.value);
          area.removeAttribute('aria-invalid');
          this.ctx.changed(path);
          return;
        } catch { /* the core read it as JSON but the browser cannot: keep it out */ }
      }
      area.setAttribute('aria-invalid', 'true');
      area.after(el('span', { class: 'error', role: 'alert', 'data-json-problem': id,
        text: problems.map((p) => p.message).join('; ') || this.word('not_json') }));
    });
    box.append(el('label', { for: id, text: label ?? this.label(String(key)) }), area);
  }
}
