//! The committed JSON Schema (`schema/case.schema.json`) is the one the types generate, and a
//! template fits it.

use berdaya::exchange::schema;

#[test]
fn the_committed_schema_is_up_to_date() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../schema/case.schema.json");
    let committed = std::fs::read_to_string(path).unwrap();
    assert!(
        committed == schema::case_schema_json(),
        "schema/case.schema.json is out of date: run scripts/generate-docs.sh"
    );
}

#[test]
fn a_template_gives_every_required_field_of_the_schema() {
    let schema = schema::case_schema();
    let case: serde_json::Value =
        serde_json::from_str(&berdaya::cases::template("custom").unwrap().to_json()).unwrap();
    for key in schema["required"].as_array().unwrap() {
        assert!(case.get(key.as_str().unwrap()).is_some(), "{key}");
    }
}
