//! Rendering (`berdaya::render`): the report in Markdown and HTML, and the page's vocabulary.

use berdaya::insight::diagnostics::Thresholds;
use berdaya::render::report::Report;
use berdaya::render::vocabulary::Vocabulary;
use wasm_bindgen::prelude::*;

use crate::convert::{lang_of, to_js};
use crate::validate::case_of;

/// The report as Markdown in `lang`.
#[wasm_bindgen(js_name = reportMarkdown)]
pub fn report_markdown(
    #[wasm_bindgen(unchecked_param_type = "Case")] case: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Lang")] lang: &str,
) -> Result<String, JsValue> {
    let case = case_of(&case)?;
    Ok(Report::new(&case, &Thresholds::default()).markdown(lang_of(lang)?))
}

/// The report as a self-contained HTML page in `lang`.
#[wasm_bindgen(js_name = reportHtml)]
pub fn report_html(
    #[wasm_bindgen(unchecked_param_type = "Case")] case: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Lang")] lang: &str,
) -> Result<String, JsValue> {
    let case = case_of(&case)?;
    Ok(Report::new(&case, &Thresholds::default()).html(lang_of(lang)?))
}

/// The report's HTML body (to show inside a page) in `lang`.
#[wasm_bindgen(js_name = reportHtmlBody)]
pub fn report_html_body(
    #[wasm_bindgen(unchecked_param_type = "Case")] case: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Lang")] lang: &str,
) -> Result<String, JsValue> {
    let case = case_of(&case)?;
    Ok(Report::new(&case, &Thresholds::default()).html_body(lang_of(lang)?))
}

/// The vocabulary of the form (choices, labels, rubric, page words) in `lang`.
#[wasm_bindgen(unchecked_return_type = "Vocabulary")]
pub fn vocabulary(
    #[wasm_bindgen(unchecked_param_type = "Lang")] lang: &str,
) -> Result<JsValue, JsValue> {
    to_js(&Vocabulary::new(lang_of(lang)?))
}
