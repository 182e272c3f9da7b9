//! REFI-QDA exchange (`berdaya::exchange`): `.qdpx` projects and `.qdc` codebooks read from
//! bytes, berdaya's framework codebooks written. The unzip runs here, in the module: the page
//! needs no other library and no network.

#[cfg(feature = "qda")]
use berdaya::exchange::project::codebook_summary;
use berdaya::exchange::project::page_labels;
#[cfg(feature = "qda")]
use berdaya::exchange::{framework_codebook, Codebook, ExchangeError, Project};
#[cfg(feature = "qda")]
use berdaya::Lang;
#[cfg(feature = "qda")]
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::convert::{lang_of, to_js};
#[cfg(feature = "qda")]
use crate::errors::error;

#[cfg(feature = "qda")]
/// A `BerdayaError` with the import problem's `code`, its element `path`, `line` and
/// `column`, its message in `lang`.
fn exchange_error(e: &ExchangeError, lang: Lang) -> JsValue {
    let l = e.location();
    let v = error(e.kind(), &e.message(lang), Some(&l.path));
    for (k, n) in [("line", l.line), ("column", l.column)] {
        let _ = js_sys::Reflect::set(&v, &JsValue::from_str(k), &JsValue::from_f64(n as f64));
    }
    v
}

#[cfg(feature = "qda")]
#[derive(Serialize)]
struct Read<'a, T: Serialize> {
    value: &'a T,
    warnings: &'a [berdaya::exchange::Warning],
    summary: String,
}

#[cfg(feature = "qda")]
/// Reads a `.qdpx` archive: `{ value: project, warnings: [...], summary }` (the summary and
/// an error's message in `lang`; each warning has its `kind` (the stable code), `location`
/// and `message: { id, en }`).
#[wasm_bindgen(js_name = readQdpx)]
pub fn read_qdpx(bytes: &[u8], lang: &str) -> Result<JsValue, JsValue> {
    let lang = lang_of(lang)?;
    let imported = Project::from_qdpx(bytes).map_err(|e| exchange_error(&e, lang))?;
    to_js(&Read {
        value: &imported.value,
        warnings: &imported.warnings,
        summary: imported.value.summary(imported.warnings.len(), lang),
    })
}

#[cfg(feature = "qda")]
/// Reads a `.qdc` codebook (UTF-8 bytes): `{ value: codebook, warnings: [...], summary }`.
#[wasm_bindgen(js_name = readQdc)]
pub fn read_qdc(bytes: &[u8], lang: &str) -> Result<JsValue, JsValue> {
    let lang = lang_of(lang)?;
    let imported = Codebook::from_qdc_bytes(bytes).map_err(|e| exchange_error(&e, lang))?;
    to_js(&Read {
        value: &imported.value,
        warnings: &imported.warnings,
        summary: codebook_summary(&imported.value, imported.warnings.len(), lang),
    })
}

/// The page's labels for the REFI-QDA controls in `lang`: `{ qda_import, qda_codebook,
/// qda_warnings }`.
#[wasm_bindgen(js_name = qdaLabels)]
pub fn qda_labels(lang: &str) -> Result<JsValue, JsValue> {
    // Inserted one by one (a later key replaces an earlier, as `collect` does): `collect`
    // sorts its input first, a copy of the standard sort for this one type.
    let mut labels = std::collections::BTreeMap::new();
    for (key, label) in page_labels(lang_of(lang)?) {
        labels.insert(key, label);
    }
    to_js(&labels)
}

#[cfg(feature = "qda")]
/// berdaya's framework vocabularies as a `.qdc` codebook in `lang` (`id` or `en`).
#[wasm_bindgen(js_name = frameworkCodebook)]
pub fn framework_codebook_qdc(lang: &str) -> Result<String, JsValue> {
    Ok(framework_codebook(lang_of(lang)?).to_qdc())
}
