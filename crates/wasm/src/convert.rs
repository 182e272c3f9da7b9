//! JavaScript values ↔ the core's serde types.
//!
//! Every JavaScript object bound for the core crosses as JSON text made by the engine's own
//! `JSON.stringify` (which throws, rather than overflowing the WebAssembly stack, on cycles and
//! absurd depth), and the text's nesting is measured without recursion before any parser sees
//! it: a value nested deeper than [`MAX_DEPTH`] is refused with a `BerdayaError` whose code is
//! `too_deep` at path `""`, and the module keeps answering every later call.

use berdaya::model::lang::Lang;
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

use crate::errors::error;

/// The deepest nesting of arrays and objects accepted: the core's own limit
/// ([`berdaya::validate::DEPTH_MAX`]), so a value refused here is refused by the core too —
/// only without touching the stack.
pub const MAX_DEPTH: usize = berdaya::validate::DEPTH_MAX;

/// A result as a plain JavaScript value (maps as plain objects, so results read like JSON):
/// written as JSON text by serde_json (already in the module for reading documents) and read
/// by the engine's `JSON.parse`, so the module carries one serialiser, not two
/// (docs/wasm-size.md).
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    let text =
        serde_json::to_string(value).map_err(|e| error("serialisation", &e.to_string(), None))?;
    js_sys::JSON::parse(&text).map_err(|_| error("serialisation", "JSON.parse refused", None))
}

/// The deepest nesting of `[` and `{` in JSON text (brackets inside strings do not count),
/// measured in one pass without recursion.
pub fn depth(text: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    let (mut in_string, mut escaped) = (false, false);
    for b in text.bytes() {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// Refuses JSON text nested deeper than [`MAX_DEPTH`].
pub fn check_depth(text: &str) -> Result<(), JsValue> {
    let found = depth(text);
    if found > MAX_DEPTH {
        return Err(error(
            "too_deep",
            &format!("expected at most {MAX_DEPTH} levels of nesting; found {found}"),
            Some(""),
        ));
    }
    Ok(())
}

/// A JavaScript value → JSON text for the core's parser (which reports each problem at its
/// path); refused with a `BerdayaError` at path `""` when it is not JSON-like or too deep.
pub fn json_of(value: &JsValue) -> Result<String, JsValue> {
    let refuse = |why: String| {
        error(
            "malformed",
            &format!("expected a JSON-like object: {why}"),
            Some(""),
        )
    };
    let text = js_sys::JSON::stringify(value).map_err(|e| {
        // The engine's stringify gives up on absurd depth with a RangeError (its own stack);
        // cycles and BigInts are TypeErrors.
        let too_deep = e.is_instance_of::<js_sys::RangeError>();
        let why = js_sys::Error::from(e)
            .message()
            .as_string()
            .unwrap_or_default();
        if too_deep {
            error(
                "too_deep",
                &format!("expected at most {MAX_DEPTH} levels of nesting; {why}"),
                Some(""),
            )
        } else {
            refuse(why)
        }
    })?;
    let text = text
        .as_string()
        .ok_or_else(|| refuse("found undefined or a function".into()))?;
    check_depth(&text)?;
    Ok(text)
}

/// A language code (`id` or `en`).
pub fn lang_of(lang: &str) -> Result<Lang, JsValue> {
    lang.parse()
        .map_err(|e: berdaya::model::lang::UnknownLang| error("unknown_lang", &e.to_string(), None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_counts_brackets_outside_strings_only() {
        assert_eq!(depth("{}"), 1);
        assert_eq!(depth(r#"{"a": [1, {"b": "[[[{{{"}], "c": "\\"}"#), 3);
        assert_eq!(depth(r#"{"a": "\"[[["}"#), 1);
        let deep = "[".repeat(100_000) + &"]".repeat(100_000);
        assert_eq!(depth(&deep), 100_000);
        assert_eq!(depth(&"[".repeat(MAX_DEPTH)), MAX_DEPTH);
    }
}
