// The berdaya WebAssembly package's entry point: everything the module exports, plus
// `loadBundled`, which fetches a bundled case (a data file beside the module, not code in it)
// and reads it with `parseCase`.
import * as wasm from './berdaya_wasm.js';

export * from './berdaya_wasm.js';
export { default, initSync } from './berdaya_wasm.js';

/**
 * A bundled case, fetched on demand from `cases/<name>.json` beside this file and read by the
 * module's `parseCase`. The name is checked by the module first (`unknown_case`), so no text
 * a user typed becomes part of a URL.
 */
export async function loadBundled(name) {
  wasm.bundledCaseFile(name);
  const url = new URL(`./cases/${name}.json`, import.meta.url);
  const response = await fetch(url);
  if (!response.ok) {
    const e = new Error(`cases/${name}.json: HTTP ${response.status}`);
    e.name = 'BerdayaError';
    e.code = 'case_unavailable';
    throw e;
  }
  return wasm.parseCase(await response.text());
}
