//! Writes the case document's JSON Schema or its field reference (Markdown), both generated
//! from the core's types; `scripts/generate-docs.sh` keeps the committed copies in step.
//!
//! Run: `cargo run -p berdaya-examples --bin berdaya-schema -- schema|fields`

use berdaya::exchange::{fields, schema};
use serde_json::Value;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    match std::env::args().nth(1).as_deref() {
        Some("schema") => print!("{}", schema::case_schema_json()),
        Some("fields") => print!("{}", field_reference()?),
        _ => return Err("usage: berdaya-schema schema|fields".into()),
    }
    Ok(())
}

fn field_reference() -> Result<String, Box<dyn std::error::Error>> {
    let mut documents = Vec::new();
    for name in berdaya::cases::names() {
        documents.push(serde_json::from_str::<Value>(berdaya::cases::json(name)?)?);
    }
    let mut out = String::from(
        "# The case document: field reference\n\n\
         Generated from the types by `scripts/generate-docs.sh` (do not edit). The JSON Schema \
         is `schema/case.schema.json`; `berdaya.template(kind)` gives a minimal valid case to \
         start from. Examples are taken from the bundled cases.\n\n\
         Setiap kolom dokumen kasus, artinya dalam bahasa Indonesia dan Inggris, nilai yang \
         diterima, dan contoh.\n",
    );
    let mut record = String::new();
    for field in fields::reference() {
        if field.record != record {
            record.clone_from(&field.record);
            out.push_str(&format!(
                "\n## {record}\n\n| field | required | type | arti (id) | meaning (en) | allowed values | example |\n|---|---|---|---|---|---|---|\n"
            ));
        }
        let allowed: Vec<String> = field
            .allowed
            .iter()
            .map(|(c, _)| format!("`{c}`"))
            .collect();
        let meaning_en = field
            .meaning_en
            .clone()
            .unwrap_or_else(|| field.description.trim_end_matches('.').to_owned());
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | {} | {} | {} |\n",
            field.key,
            if field.required { "yes" } else { "no" },
            cell(&field.kind),
            cell(field.meaning_id.as_deref().unwrap_or("")),
            cell(&meaning_en),
            allowed.join(", "),
            (!field.kind.contains("object"))
                .then(|| example(&documents, &field.key))
                .flatten()
                .map(|e| format!("`{}`", cell(&e)))
                .unwrap_or_default(),
        ));
    }
    Ok(out)
}

/// A Markdown table cell: no pipes or line breaks.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// The first scalar (or list of scalars) a bundled case gives for `key`, shortened.
fn example(documents: &[Value], key: &str) -> Option<String> {
    fn find(value: &Value, key: &str) -> Option<String> {
        match value {
            Value::Object(map) => {
                if let Some(found) = map.get(key).filter(|v| is_plain(v)) {
                    return Some(found.to_string());
                }
                map.values().find_map(|v| find(v, key))
            }
            Value::Array(items) => items.iter().find_map(|v| find(v, key)),
            _ => None,
        }
    }
    fn is_plain(value: &Value) -> bool {
        match value {
            Value::Array(items) => !items.is_empty() && items.iter().all(is_plain),
            Value::Object(_) | Value::Null => false,
            _ => true,
        }
    }
    let found = documents.iter().find_map(|d| find(d, key))?;
    Some(if found.chars().count() > 60 {
        format!("{}…", found.chars().take(59).collect::<String>())
    } else {
        found
    })
}
