//! Structure-aware: a bundled case with a list of edits applied to its JSON tree — strings
//! replaced by injection strings or arbitrary text, numbers by extremes, values deleted or
//! duplicated, lists grown — so that most inputs stay close to valid and reach the analyses
//! and reports rather than stopping at the parser.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

include!("check.rs");

const INJECTIONS: &[&str] = &[
    "![x](https://tracker.example/p.png)",
    "[click me](javascript:alert(document.cookie))",
    "<https://tracker.example/>",
    "[r]: https://tracker.example/\n[r]",
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "&lt;script&gt;",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    "[x](vbscript:msgbox)",
    "[x](&#106;avascript:alert(1))",
    "| a | b |\n|---|---|",
    "# heading",
    "\u{202e}RTL \u{1F600}",
    "",
];

#[derive(Debug, Arbitrary)]
enum NewValue {
    Injection(u8),
    Text(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    Null,
    Delete,
    Duplicate,
}

#[derive(Debug, Arbitrary)]
struct Edit {
    /// Which node of the tree (counted in depth-first order, modulo the node count).
    node: u32,
    value: NewValue,
}

#[derive(Debug, Arbitrary)]
struct Input {
    case: u8,
    edits: Vec<Edit>,
}

fn count(v: &Value) -> u32 {
    1 + match v {
        Value::Array(a) => a.iter().map(count).sum(),
        Value::Object(o) => o.values().map(count).sum(),
        _ => 0,
    }
}

/// Applies `edit` to the `n`-th node below `v` (0 = `v` itself, handled by the caller).
fn apply(v: &mut Value, n: &mut u32, edit: &NewValue) -> bool {
    let children: Vec<String> = match v {
        Value::Object(o) => o.keys().cloned().collect(),
        Value::Array(a) => (0..a.len()).map(|i| i.to_string()).collect(),
        _ => return false,
    };
    for key in children {
        if *n == 0 {
            return edit_child(v, &key, edit);
        }
        *n -= 1;
        let child = match v {
            Value::Object(o) => o.get_mut(&key),
            Value::Array(a) => key.parse::<usize>().ok().and_then(|i| a.get_mut(i)),
            _ => None,
        };
        if let Some(child) = child {
            if apply(child, n, edit) {
                return true;
            }
        }
    }
    false
}

fn edit_child(parent: &mut Value, key: &str, edit: &NewValue) -> bool {
    let new = match edit {
        NewValue::Injection(i) => Value::from(INJECTIONS[*i as usize % INJECTIONS.len()]),
        NewValue::Text(s) => Value::from(s.clone()),
        NewValue::Int(i) => Value::from(*i),
        NewValue::Float(f) => serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number),
        NewValue::Bool(b) => Value::from(*b),
        NewValue::Null => Value::Null,
        NewValue::Delete | NewValue::Duplicate => Value::Null,
    };
    match parent {
        Value::Object(o) => match edit {
            NewValue::Delete => {
                o.remove(key);
            }
            NewValue::Duplicate => {}
            _ => {
                o.insert(key.to_owned(), new);
            }
        },
        Value::Array(a) => {
            let Ok(i) = key.parse::<usize>() else { return false };
            match edit {
                NewValue::Delete if i < a.len() => {
                    a.remove(i);
                }
                NewValue::Duplicate if i < a.len() => {
                    let copy = a[i].clone();
                    a.push(copy);
                }
                _ if i < a.len() => a[i] = new,
                _ => {}
            }
        }
        _ => return false,
    }
    true
}

fuzz_target!(|input: Input| {
    let names = berdaya::cases::names();
    let Some(name) = names.get(input.case as usize % names.len()) else { return };
    let Ok(case) = berdaya::cases::load(name) else { return };
    let Ok(mut tree) = serde_json::to_value(&case) else { return };
    let total = count(&tree);
    for edit in input.edits.iter().take(16) {
        let mut n = edit.node % total.max(1);
        apply(&mut tree, &mut n, &edit.value);
    }
    let text = tree.to_string();
    match Case::from_json(&text) {
        Ok(case) => check_accepted(&case),
        Err(err) => assert!(!err.problems.is_empty(), "a refusal with no problem"),
    }
});
