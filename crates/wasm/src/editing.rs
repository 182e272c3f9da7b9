//! What the assessment page needs to start and edit a case (issue #13): templates, the
//! labelled choices of every enumeration the document uses (keyed by their JSON Schema
//! names, so a form generated from the schema finds them), field labels, the Ansell–Gash
//! rubric and the Adi checklist with their sources, problems worded for officers, and the
//! page's own words. All of it is the core's; nothing here decides anything.

use std::collections::BTreeMap;

use berdaya::frameworks::adi::STANDARD_CHECKLIST;
use berdaya::frameworks::ansell_gash::{Rubric, RUBRIC};
use berdaya::insight::analysis::{Analysis, DiagnosticRow};
use berdaya::insight::diagnostics::Thresholds;
use berdaya::model::lang::{Labelled, Lang};
use berdaya::render::page_words::PageWord;
use berdaya::render::report::Report;
use berdaya::validate::Problem;
use berdaya::Case;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::convert::{json_of, lang_of, to_js};
use crate::errors::error;

/// A minimal valid case for a programme kind or an eligibility preset (see
/// `templateChoices`), to start a new assessment from.
#[wasm_bindgen]
pub fn template(name: &str) -> Result<JsValue, JsValue> {
    let case = berdaya::cases::template(name).map_err(|e| error(e.code(), &e.to_string(), None))?;
    to_js(&case)
}

/// The names `template` accepts, each with its label in `lang`: programme kinds, then
/// eligibility presets.
#[wasm_bindgen(js_name = templateChoices)]
pub fn template_choices(lang: &str) -> Result<JsValue, JsValue> {
    use berdaya::model::programme::ProgrammeKind;
    use berdaya::screening::eligibility::PresetId;
    let lang = lang_of(lang)?;
    let rows: Vec<(&str, String)> = berdaya::cases::template_names()
        .into_iter()
        .map(|code| {
            let label = ProgrammeKind::from_code(code)
                .map(|k| k.label(lang).to_owned())
                .or_else(|| {
                    PresetId::from_code(code).map(|p| {
                        let kind = lang.pick("Preset kelayakan", "Eligibility preset");
                        format!("{kind}: {}", p.label(lang))
                    })
                })
                .unwrap_or_else(|| code.to_owned());
            (code, label)
        })
        .collect();
    to_js(&rows)
}

macro_rules! choices {
    ($lang:ident, $($name:literal => $ty:path),+ $(,)?) => {{
        let mut out: BTreeMap<&'static str, Vec<(&'static str, &'static str)>> = BTreeMap::new();
        $(
            // One call with the enum's tables: the loop is compiled once, not per enum.
            out.insert($name, berdaya::model::lang::choices::<$ty>($lang));
        )+
        out
    }};
}

/// Every labelled enumeration of the case document as `{SchemaName: [[code, label], …]}` in
/// `lang`, keyed by its name in the JSON Schema's `$defs`.
#[wasm_bindgen]
pub fn choices(lang: &str) -> Result<JsValue, JsValue> {
    use berdaya::model::{
        activity, assistance, catalogue, coding, evidence, figure, participant, programme, records,
        site, stakeholder,
    };
    let lang = lang_of(lang)?;
    let all = choices!(lang,
        "ActivityGroup" => programme::ActivityGroup,
        "ActivityKind" => activity::ActivityKind,
        "AdiRule" => records::adi::AdiRule,
        "AdiStage" => records::adi::AdiStage,
        "AssistanceKind" => assistance::AssistanceKind,
        "Bound" => figure::Bound,
        "ChecklistProfile" => records::adi::ChecklistProfile,
        "CityKind" => site::CityKind,
        "CodeLevel" => evidence::CodeLevel,
        "CodingKind" => coding::CodingKind,
        "Delivery" => assistance::Delivery,
        "Dimension" => catalogue::Dimension,
        "Direction" => records::fivem::Direction,
        "Education" => participant::Education,
        "EvidenceKind" => evidence::EvidenceKind,
        "Factor" => records::fivem::Factor,
        "FundingSource" => programme::FundingSource,
        "FundingWeight" => programme::FundingWeight,
        "IndicatorKind" => site::IndicatorKind,
        "Involvement" => records::adi::Involvement,
        "Item" => assistance::Item,
        "LegalKind" => programme::LegalKind,
        "Level" => stakeholder::Level,
        "MaritalStatus" => participant::MaritalStatus,
        "Metric" => figure::Metric,
        "Pokja" => stakeholder::Pokja,
        "ProgrammeKind" => programme::ProgrammeKind,
        "Recurrence" => activity::Recurrence,
        "Role" => stakeholder::Role,
        "Sector" => stakeholder::Sector,
        "Sex" => participant::Sex,
        "SkillUse" => activity::SkillUse,
        "SocialAssistance" => participant::SocialAssistance,
        "StageStatus" => records::adi::StageStatus,
        "SulistiyaniStage" => records::sulistiyani::SulistiyaniStage,
        "Topic" => activity::Topic,
        "VillageKind" => site::VillageKind,
    );
    to_js(&all)
}

/// The label of a document key (`"actual_start"` → "tanggal mulai sebenarnya") in `lang`,
/// or `undefined` when the core has none.
#[wasm_bindgen(js_name = fieldLabel)]
pub fn field_label(key: &str, lang: &str) -> Result<Option<String>, JsValue> {
    let lang = lang_of(lang)?;
    Ok(berdaya::validate::fields::meaning(key).map(|(id, en)| lang.pick(id, en).to_owned()))
}

/// The Ansell–Gash rubric berdaya scores with: source, scale (the meaning of each score) and
/// indicators with what a 5 means, in both languages.
#[wasm_bindgen]
pub fn rubric() -> Result<JsValue, JsValue> {
    #[derive(Serialize)]
    struct Out {
        citation: String,
        #[serde(flatten)]
        rubric: &'static Rubric,
    }
    to_js(&Out {
        citation: RUBRIC.citation(),
        rubric: &RUBRIC,
    })
}

/// The standard Adi checklist: each item with its stage, labels, the seed sentence it comes
/// from and the profiles that require it.
#[wasm_bindgen(js_name = checklistItems)]
pub fn checklist_items() -> Result<JsValue, JsValue> {
    to_js(STANDARD_CHECKLIST)
}

/// One problem worded for an officer: the field's label, what was expected and found, the
/// whole message, and the path (for experts).
#[derive(Serialize)]
struct OfficerProblem {
    path: String,
    kind: &'static str,
    field: Option<&'static str>,
    expected: String,
    found: Option<String>,
    message: String,
}

/// Every problem of a case object for an officer, in `lang` (an empty array when valid).
#[wasm_bindgen(js_name = officerProblems)]
pub fn officer_problems(case: JsValue, lang: &str) -> Result<JsValue, JsValue> {
    let lang: Lang = lang_of(lang)?;
    let problems = match Case::from_json(&json_of(&case)?) {
        Ok(_) => Vec::new(),
        Err(e) => e.problems,
    };
    to_js(&officer_rows(&problems, lang))
}

/// Whether a text (a file's, or a field edited as JSON) is JSON at all, for an officer in
/// `lang`: an empty array when it is, else the core reader's one problem (where it stops, by
/// line and column) worded like every other problem — never the browser's own message.
#[wasm_bindgen(js_name = jsonProblems)]
pub fn json_problems(text: &str, lang: &str) -> Result<JsValue, JsValue> {
    let lang: Lang = lang_of(lang)?;
    let problems: Vec<Problem> = berdaya::validate::json_problem(text).into_iter().collect();
    to_js(&officer_rows(&problems, lang))
}

fn officer_rows(problems: &[Problem], lang: Lang) -> Vec<OfficerProblem> {
    problems
        .iter()
        .map(|p| OfficerProblem {
            path: p.path.clone(),
            kind: p.kind.code(),
            field: p.kind.field_meaning(&p.path, lang),
            expected: p.kind.expected(lang),
            found: p.kind.found(lang),
            message: p.message(lang),
        })
        .collect()
}

/// What the page shows of a case, from one read of the document.
#[derive(Serialize)]
struct CaseView {
    problems: Vec<OfficerProblem>,
    diagnostics: Option<Vec<DiagnosticRow>>,
    html: Option<String>,
}

/// What the page shows of a case object in `lang`, reading the document once instead of three
/// times: `problems` as `officerProblems` gives them and, when there are none, `diagnostics` as
/// in `analyse(case, lang, null)` and `html` as `reportHtmlBody(case, lang)` (both `null` when
/// the case has problems: a report of an invalid case is not made).
#[wasm_bindgen(
    js_name = caseView,
    unchecked_return_type = "{ problems: { path: string; kind: string; field: string | null; expected: string; found: string | null; message: string }[]; diagnostics: DiagnosticRow[] | null; html: string | null }"
)]
pub fn case_view(
    #[wasm_bindgen(unchecked_param_type = "unknown")] case: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Lang")] lang: &str,
) -> Result<JsValue, JsValue> {
    let lang: Lang = lang_of(lang)?;
    let view = match Case::from_json(&json_of(&case)?) {
        Err(e) => CaseView {
            problems: officer_rows(&e.problems, lang),
            diagnostics: None,
            html: None,
        },
        Ok(case) => {
            let thresholds = Thresholds::default();
            CaseView {
                problems: Vec::new(),
                diagnostics: Some(Analysis::of(&case, &thresholds, lang).diagnostics),
                html: Some(Report::new(&case, &thresholds).html_body(lang)),
            }
        }
    };
    to_js(&view)
}

/// The page's own words in `lang` as `[[code, text], …]`.
#[wasm_bindgen(js_name = pageWords)]
pub fn page_words(lang: &str) -> Result<JsValue, JsValue> {
    let lang = lang_of(lang)?;
    let rows: Vec<(&str, &str)> = PageWord::ALL
        .iter()
        .map(|w| (w.code(), w.label(lang)))
        .collect();
    to_js(&rows)
}

/// The marker after a text shown in a language it was not written in (`"[not translated]"`).
#[wasm_bindgen(js_name = untranslatedMarker)]
pub fn untranslated_marker(lang: &str) -> Result<String, JsValue> {
    Ok(berdaya::model::lang::untranslated_marker(lang_of(lang)?).to_owned())
}
