//! TypeScript declarations the derives cannot make: the types whose serde form the core
//! writes by hand, and the error every function throws. Everything else in the package's
//! `.d.ts` is generated from the Rust types (the core's `tsify` feature).

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const HAND_WRITTEN_SERDE: &str = r#"
/** A date as documents write it, `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (`berdaya::model::date::PartialDate`, whose serde form is written by hand). */
export type PartialDate = string;

/** A full date, `YYYY-MM-DD` (chrono's `NaiveDate` as serde writes it). */
export type NaiveDate = string;

/** Thrown by every function: `name` is "BerdayaError", `code` the kind (e.g. "validation", "malformed", "unknown_case", "too_deep" for an object nested deeper than 128 levels), `path` a JSON pointer. */
export interface BerdayaError extends Error { name: "BerdayaError"; code: string; path?: string; problems?: ProblemRow[] }
"#;
