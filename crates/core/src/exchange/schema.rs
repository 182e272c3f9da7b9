//! The JSON Schema of the case document, generated from the model's types so that it cannot
//! drift from what [`Case::from_json`](crate::Case::from_json) reads.
//!
//! The schema describes the shape of a document (fields, types, allowed codes, date formats);
//! the cross-record checks (references resolve, ids are unique, stages in order …) are the
//! validator's, and a document the schema accepts may still have problems there.

use crate::model::case::Case;

/// The `$id` the schema is published under in the repository.
pub const SCHEMA_ID: &str = "https://github.com/berdaya/berdaya/schema/case.schema.json";

/// The JSON Schema (draft 2020-12) of the case document as a JSON value.
///
/// # Examples
///
/// ```
/// let schema = berdaya::exchange::schema::case_schema();
/// assert_eq!(schema["title"], "Case");
/// assert!(schema["required"].as_array().unwrap().iter().any(|k| k == "programme"));
/// ```
pub fn case_schema() -> serde_json::Value {
    let mut schema = schemars::schema_for!(Case).to_value();
    if let Some(object) = schema.as_object_mut() {
        object.insert("$id".into(), SCHEMA_ID.into());
    }
    schema
}

/// The JSON Schema as pretty-printed JSON text, ending with a newline (the form committed in
/// `schema/case.schema.json`).
pub fn case_schema_json() -> String {
    let mut text = serde_json::to_string_pretty(&case_schema()).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use crate::model::{activity, assistance, case, catalogue, coding, cohort, evidence};
    use crate::model::{figure, lang, participant, programme, records, site, stakeholder};
    use crate::validate::unchecked::Unchecked;

    /// The keys of a schema object and the required ones.
    fn keys(object: &serde_json::Value) -> (BTreeSet<String>, BTreeSet<String>) {
        let names = |v: Option<&serde_json::Value>| -> BTreeSet<String> {
            match v {
                Some(serde_json::Value::Object(m)) => m.keys().cloned().collect(),
                Some(serde_json::Value::Array(a)) => a
                    .iter()
                    .filter_map(|k| k.as_str())
                    .map(str::to_owned)
                    .collect(),
                _ => BTreeSet::new(),
            }
        };
        (
            names(object.get("properties")),
            names(object.get("required")),
        )
    }

    /// The keys `read_struct!` reads and the required ones.
    fn read(fields: &[(&str, bool)]) -> (BTreeSet<String>, BTreeSet<String>) {
        let all = fields.iter().map(|(k, _)| (*k).to_owned()).collect();
        let required = fields
            .iter()
            .filter(|(_, r)| *r)
            .map(|(k, _)| (*k).to_owned());
        (all, required.collect())
    }

    /// The schema and the TypeScript declarations take each struct's fields and which are
    /// optional from the `#[serde]` attributes; the reader from `read_struct!`'s list beside
    /// the struct. A field made optional in one and not the other fails here.
    #[test]
    fn every_struct_reads_the_fields_the_schema_describes() {
        use records::{adi, ansell_gash, fivem, sulistiyani};
        let readers: &[(&str, &[(&str, bool)])] = &[
            ("Activity", activity::Activity::READ_FIELDS),
            ("ActorInvolvement", adi::ActorInvolvement::READ_FIELDS),
            ("AdiProcess", adi::AdiProcess::READ_FIELDS),
            ("Assessment", ansell_gash::AnsellGashAssessment::READ_FIELDS),
            ("Assistance", assistance::Assistance::READ_FIELDS),
            ("AssistanceShare", cohort::AssistanceShare::READ_FIELDS),
            ("Attendance", activity::Attendance::READ_FIELDS),
            ("Attrition", stakeholder::Attrition::READ_FIELDS),
            ("ChecklistItem", adi::ChecklistItem::READ_FIELDS),
            ("Code", evidence::Code::READ_FIELDS),
            ("Coding", coding::Coding::READ_FIELDS),
            ("Cohort", cohort::Cohort::READ_FIELDS),
            ("CountRange", cohort::CountRange::READ_FIELDS),
            (
                "DimensionProgress",
                sulistiyani::DimensionProgress::READ_FIELDS,
            ),
            ("Evidence", evidence::Evidence::READ_FIELDS),
            ("Figure", figure::Figure::READ_FIELDS),
            ("Finding", fivem::Finding::READ_FIELDS),
            ("FollowUp", adi::FollowUp::READ_FIELDS),
            ("FundingLine", programme::FundingLine::READ_FIELDS),
            ("Indicator", site::Indicator::READ_FIELDS),
            ("Inference", case::Inference::READ_FIELDS),
            ("Informant", evidence::Informant::READ_FIELDS),
            ("LegalBasis", programme::LegalBasis::READ_FIELDS),
            ("Module", catalogue::Module::READ_FIELDS),
            ("ModuleCatalogue", catalogue::ModuleCatalogue::READ_FIELDS),
            ("Obstacle", adi::Obstacle::READ_FIELDS),
            ("Participant", participant::Participant::READ_FIELDS),
            ("Period", programme::Period::READ_FIELDS),
            ("Programme", programme::Programme::READ_FIELDS),
            ("Progression", sulistiyani::Progression::READ_FIELDS),
            ("Rating", ansell_gash::Rating::READ_FIELDS),
            ("RecordedInFull", activity::RecordedInFull::READ_FIELDS),
            ("Session", catalogue::Session::READ_FIELDS),
            ("SessionRef", activity::SessionRef::READ_FIELDS),
            (
                "Share",
                cohort::Share::<participant::Education>::READ_FIELDS,
            ),
            (
                "Share2",
                cohort::Share::<participant::MaritalStatus>::READ_FIELDS,
            ),
            ("Site", site::Site::READ_FIELDS),
            ("SourceDocument", case::SourceDocument::READ_FIELDS),
            (
                "SourceRecommendation",
                case::SourceRecommendation::READ_FIELDS,
            ),
            ("StageIndicator", sulistiyani::StageIndicator::READ_FIELDS),
            ("StageRecord", adi::StageRecord::READ_FIELDS),
            ("Stakeholder", stakeholder::Stakeholder::READ_FIELDS),
            ("Text", lang::Text::READ_FIELDS),
        ];
        let schema = super::case_schema();
        assert_eq!(
            keys(&schema),
            read(Unchecked::READ_FIELDS),
            "the case itself"
        );
        let defs = schema["$defs"].as_object().unwrap();
        let objects: BTreeSet<&str> = defs
            .iter()
            .filter(|(_, d)| d.get("properties").is_some())
            .map(|(name, _)| name.as_str())
            .collect();
        let listed: BTreeSet<&str> = readers.iter().map(|(name, _)| *name).collect();
        assert_eq!(
            objects, listed,
            "every struct of the schema, and only those, is listed"
        );
        for (name, fields) in readers {
            assert_eq!(keys(&defs[*name]), read(fields), "{name}");
        }
    }
}
