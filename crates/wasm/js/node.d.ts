// The Node build: the module's generated declarations and a synchronous `loadBundled`.
export * from './berdaya_wasm_bindgen.js';
import type { Case } from './berdaya_wasm_bindgen.js';

/** A bundled case, read from `cases/<name>.json` beside the module; throws a `BerdayaError` (`unknown_case`, `validation`). */
export function loadBundled(name: string): Case;
