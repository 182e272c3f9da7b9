//! The bundled cases (`berdaya::cases`).

use wasm_bindgen::prelude::*;

use crate::convert::to_js;
use crate::errors::error;

/// The names of the bundled cases.
#[wasm_bindgen(js_name = bundledNames)]
pub fn bundled_names() -> Result<JsValue, JsValue> {
    to_js(&berdaya::cases::names())
}

/// A bundled case, as a plain object.
#[wasm_bindgen(js_name = loadBundled)]
pub fn load_bundled(name: &str) -> Result<JsValue, JsValue> {
    let case = berdaya::cases::load(name).map_err(|e| error(e.code(), &e.to_string(), None))?;
    to_js(&case)
}
