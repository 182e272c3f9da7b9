// The local store: every assessment on this device, in IndexedDB, saved on each change.
// A record is { key, savedAt (ms), case }; the key is the device's own (several assessors may
// use the same case id). The backup file holds the whole store as one JSON document.

const DB = 'berdaya';
const STORE = 'assessments';
export const BACKUP_FORMAT = 'berdaya-store';
export const BACKUP_VERSION = 1;

function request(r) {
  return new Promise((ok, fail) => { r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
}

let opened = null;
export function open() {
  if (!opened) {
    opened = new Promise((ok, fail) => {
      const r = indexedDB.open(DB, 1);
      r.onupgradeneeded = () => r.result.createObjectStore(STORE, { keyPath: 'key' });
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
      r.onblocked = () => fail(new Error('IndexedDB blocked'));
    });
  }
  return opened;
}

async function tx(mode, fn) {
  const db = await open();
  return new Promise((ok, fail) => {
    const t = db.transaction(STORE, mode);
    const out = fn(t.objectStore(STORE));
    t.oncomplete = async () => ok(await out);
    t.onerror = () => fail(t.error);
    t.onabort = () => fail(t.error ?? new Error('aborted'));
  });
}

export const put = (record) => tx('readwrite', (s) => request(s.put(record)));
export const remove = (key) => tx('readwrite', (s) => request(s.delete(key)));
export const all = () => tx('readonly', (s) => request(s.getAll()));

// Writes every record of a checked backup in one transaction: all or nothing.
export const putAll = (records) => tx('readwrite', (s) => Promise.all(records.map((r) => request(s.put(r)))));

export function newKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `a-${Date.now().toString(36)}-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export async function backup() {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exported: new Date().toISOString(), assessments: await all() };
}

// Every problem of a backup file's text, as { path, field?, message } rows (none: it can be
// restored). `checkCase(case)` returns the core's problems of one case; `checkText(text)` the
// core's problem of a text that is not JSON (where its reader stops, in the page's language:
// the browser's own parse message is English and never shown).
export function checkBackup(text, checkCase, words, checkText) {
  const problems = [];
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    const rows = checkText(text);
    return { problems: rows.length ? rows : [{ path: '', message: words.not_json }] };
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return { problems: [{ path: '', message: words.not_backup }] };
  if (doc.format !== BACKUP_FORMAT) problems.push({ path: '/format', message: `${words.expected} "${BACKUP_FORMAT}"` });
  if (doc.version !== BACKUP_VERSION) problems.push({ path: '/version', message: `${words.expected} ${BACKUP_VERSION}` });
  if (!Array.isArray(doc.assessments)) {
    problems.push({ path: '/assessments', message: words.not_backup });
    return { problems };
  }
  const keys = new Set();
  doc.assessments.forEach((r, i) => {
    const at = `/assessments/${i}`;
    if (!r || typeof r !== 'object') { problems.push({ path: at, message: words.not_backup }); return; }
    if (typeof r.key !== 'string' || !r.key) problems.push({ path: `${at}/key`, message: `${words.expected}: ${words.backup_key}` });
    else if (keys.has(r.key)) problems.push({ path: `${at}/key`, message: `${r.key}: ${words.duplicate}` });
    else keys.add(r.key);
    if (!Number.isFinite(r.savedAt)) problems.push({ path: `${at}/savedAt`, message: `${words.expected}: ${words.backup_saved_at}` });
    for (const p of checkCase(r.case)) problems.push({ ...p, path: `${at}/case${p.path}` });
  });
  return { problems, records: doc.assessments };
}
