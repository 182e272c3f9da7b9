//! The bundled cases (`berdaya::cases`): their names only. The documents are not compiled
//! into the module (the core's `bundled-cases` feature is off here); scripts/build-wasm.sh
//! writes each as a data file `cases/<name>.json` (with `.gz` and `.br` beside it) that the
//! page fetches on demand and reads with `parseCase`.

use wasm_bindgen::prelude::*;

use crate::convert::to_js;
use crate::errors::error;

/// The names of the bundled cases.
#[wasm_bindgen(js_name = bundledNames, unchecked_return_type = "string[]")]
pub fn bundled_names() -> Result<JsValue, JsValue> {
    to_js(&berdaya::cases::names())
}

/// The file of a bundled case, relative to the package folder (`cases/<name>.json`); throws
/// a `BerdayaError` with code `unknown_case` for any other name, so no text a user typed
/// becomes part of a URL.
#[wasm_bindgen(js_name = bundledCaseFile)]
pub fn bundled_case_file(name: &str) -> Result<String, JsValue> {
    berdaya::cases::known(name)
        .map(|known| format!("cases/{known}.json"))
        .map_err(|e| error(e.code(), &e.to_string(), None))
}
