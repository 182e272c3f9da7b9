// The package's entry point: the module's generated declarations (berdaya_wasm.d.ts, made by
// wasm-bindgen from the Rust types) and the one function written in JavaScript.
export * from './berdaya_wasm.js';
export { default, initSync } from './berdaya_wasm.js';
import type { Case } from './berdaya_wasm.js';

/** A bundled case, fetched from `cases/<name>.json` beside the module; rejects with a `BerdayaError` (`unknown_case`, `case_unavailable`, `validation`). */
export function loadBundled(name: string): Promise<Case>;
