//! Validation of a whole document: every problem, each with a JSON-pointer path.
//!
//! [`parse`] turns JSON into a [`Case`] and reports a structural problem (a wrong type, a
//! missing field, an unknown field or code, an impossible date) at the path where it occurs.
//! [`validate`] then checks what types cannot: unique ids, references that resolve, dates in
//! order, amounts and ages in range, shares that add up. It never stops at the first problem
//! and never panics.

use std::collections::{HashMap, HashSet};
use std::fmt;

use crate::frameworks::adi::{standard_items, AdiStage, TransitionError};
use crate::model::case::{Case, SCHEMA_VERSION};
use crate::model::cohort::Share;
use crate::model::date::{age_on, PartialDate};
use crate::model::evidence::{CodeLevel, Target};
use crate::model::lang::labelled_enum;
use crate::model::lang::{Labelled, Lang, Text};
use crate::model::money::Rupiah;
use crate::model::site::SiteLevel;
use crate::model::stakeholder::Sector;

/// Years outside this range are refused as implausible for programme data.
pub const YEAR_RANGE: (i32, i32) = (1900, 2100);
/// Ages outside this range are refused.
pub const AGE_RANGE: (i32, i32) = (0, 120);

labelled_enum! {
    /// The kind of record a reference points to.
    pub enum RefKind {
        /// A site.
        Site => ("site", "lokasi", "site"),
        /// A stakeholder.
        Stakeholder => ("stakeholder", "pemangku kepentingan", "stakeholder"),
        /// An activity.
        Activity => ("activity", "kegiatan", "activity"),
        /// A participant.
        Participant => ("participant", "peserta", "participant"),
        /// A cohort.
        Cohort => ("cohort", "kohort", "cohort"),
        /// An assistance hand-over.
        Assistance => ("assistance", "bantuan", "assistance"),
        /// An evidence item.
        Evidence => ("evidence", "bukti", "evidence"),
        /// A figure.
        Figure => ("figure", "angka kunci", "figure"),
        /// A qualitative code.
        Code => ("code", "kode", "code"),
        /// A module or session of the module catalogue.
        Session => ("session", "sesi modul", "module session"),
        /// An indicator of the Ansell–Gash rubric.
        Indicator => ("indicator", "indikator rubrik", "rubric indicator"),
    }
}

/// What is wrong at one place in a document.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ProblemKind {
    /// The JSON could not be read into the document's structure (wrong type, missing or
    /// unknown field, unknown code, impossible date).
    Malformed {
        /// The reader's explanation, naming what was expected.
        message: String,
    },
    /// The document's schema version is missing or not one this build reads.
    UnsupportedSchemaVersion {
        /// What the document says, if anything numeric.
        found: Option<i64>,
    },
    /// A required text is empty.
    Empty,
    /// An id is used twice in the same collection.
    DuplicateId {
        /// The id.
        id: String,
        /// Path of its first use.
        first: String,
    },
    /// A reference names a record that does not exist.
    UnknownReference {
        /// Kind of record referred to.
        target: RefKind,
        /// The id given.
        id: String,
    },
    /// An evidence item claims to support a record that does not exist.
    EvidenceLinkToNothing {
        /// Kind of record linked.
        target: RefKind,
        /// The id given.
        id: String,
    },
    /// An end date lies before its start date.
    DateOrder {
        /// The start.
        start: PartialDate,
        /// The end.
        end: PartialDate,
    },
    /// A year outside [`YEAR_RANGE`].
    YearOutOfRange {
        /// The year given.
        found: i32,
    },
    /// A negative amount of money.
    NegativeAmount {
        /// The amount given.
        found: Rupiah,
    },
    /// An age outside [`AGE_RANGE`] (given, or computed from a birth date).
    AgeOutOfRange {
        /// The age.
        found: i32,
    },
    /// A recorded age disagrees with the birth date at the reference date.
    AgeMismatch {
        /// Recorded age.
        recorded: i32,
        /// Age from the birth date.
        from_birth_date: i32,
    },
    /// A number is NaN or infinite.
    NotFinite,
    /// A number lies outside its allowed range.
    OutOfRange {
        /// The value given.
        found: f64,
        /// Smallest allowed.
        min: f64,
        /// Largest allowed.
        max: f64,
    },
    /// Mutually exclusive shares add up to more than 100 %.
    SharesExceedWhole {
        /// Their sum.
        total: f64,
    },
    /// A range whose minimum exceeds its maximum.
    RangeReversed {
        /// Minimum given.
        min: i64,
        /// Maximum given.
        max: i64,
    },
    /// A site names a level without the level above it that the chain needs.
    SiteChainGap {
        /// The level named.
        level: SiteLevel,
        /// The level missing.
        needs: SiteLevel,
    },
    /// A PKK Pokja is set on a stakeholder outside the community sector.
    PokjaOutsideCommunity,
    /// A code's parent is not exactly one level up.
    CodeLevelMismatch {
        /// The code's level.
        level: CodeLevel,
        /// Its parent's level.
        parent_level: CodeLevel,
    },
    /// A record names itself where it must name another (a cohort part of itself).
    SelfReference,
    /// A fiscal year outside the programme period.
    FiscalYearOutsidePeriod {
        /// The year.
        year: i32,
    },
    /// Stage records are not listed in stage order.
    StageOutOfOrder {
        /// The stage listed.
        stage: AdiStage,
        /// The later stage listed before it.
        after: AdiStage,
    },
    /// The recorded statuses break a rule of the Adi process.
    AdiRuleBroken {
        /// The breach, naming the rule.
        error: TransitionError,
    },
    /// A checklist item that is neither a standard item of its stage nor labelled.
    UnlabelledCustomItem {
        /// The item id.
        id: String,
    },
    /// A value outside its scale (a 5M weight, an Ansell–Gash score).
    OffScale {
        /// The value given.
        found: i64,
        /// Smallest allowed.
        min: i64,
        /// Largest allowed.
        max: i64,
    },
    /// An Ansell–Gash assessment cites a rubric this build does not score with.
    UnknownRubric {
        /// The rubric cited.
        found: String,
    },
    /// A Sulistiyani indicator is met at a stage above the stage recorded as reached.
    IndicatorAboveReached {
        /// The indicator's stage.
        indicator: crate::frameworks::sulistiyani::SulistiyaniStage,
        /// The stage recorded as reached, if any.
        reached: Option<crate::frameworks::sulistiyani::SulistiyaniStage>,
    },
}

impl ProblemKind {
    /// A stable machine-readable code for the kind of problem.
    pub fn code(&self) -> &'static str {
        match self {
            ProblemKind::Malformed { .. } => "malformed",
            ProblemKind::UnsupportedSchemaVersion { .. } => "unsupported_schema_version",
            ProblemKind::Empty => "empty",
            ProblemKind::DuplicateId { .. } => "duplicate_id",
            ProblemKind::UnknownReference { .. } => "unknown_reference",
            ProblemKind::EvidenceLinkToNothing { .. } => "evidence_link_to_nothing",
            ProblemKind::DateOrder { .. } => "date_order",
            ProblemKind::YearOutOfRange { .. } => "year_out_of_range",
            ProblemKind::NegativeAmount { .. } => "negative_amount",
            ProblemKind::AgeOutOfRange { .. } => "age_out_of_range",
            ProblemKind::AgeMismatch { .. } => "age_mismatch",
            ProblemKind::NotFinite => "not_finite",
            ProblemKind::OutOfRange { .. } => "out_of_range",
            ProblemKind::SharesExceedWhole { .. } => "shares_exceed_whole",
            ProblemKind::RangeReversed { .. } => "range_reversed",
            ProblemKind::SiteChainGap { .. } => "site_chain_gap",
            ProblemKind::PokjaOutsideCommunity => "pokja_outside_community",
            ProblemKind::CodeLevelMismatch { .. } => "code_level_mismatch",
            ProblemKind::SelfReference => "self_reference",
            ProblemKind::FiscalYearOutsidePeriod { .. } => "fiscal_year_outside_period",
            ProblemKind::StageOutOfOrder { .. } => "stage_out_of_order",
            ProblemKind::AdiRuleBroken { .. } => "adi_rule_broken",
            ProblemKind::UnlabelledCustomItem { .. } => "unlabelled_custom_item",
            ProblemKind::IndicatorAboveReached { .. } => "indicator_above_reached",
            ProblemKind::OffScale { .. } => "off_scale",
            ProblemKind::UnknownRubric { .. } => "unknown_rubric",
        }
    }

    /// What was expected at the place, in `lang`.
    pub fn expected(&self, lang: Lang) -> String {
        let (ymin, ymax) = YEAR_RANGE;
        let (amin, amax) = AGE_RANGE;
        match self {
            ProblemKind::Malformed { message } => match lang {
                // The reader's own explanation is in English; it names the field and type.
                Lang::Id => format!("struktur dokumen yang sah ({message})"),
                Lang::En => format!("a well-formed document ({message})"),
            },
            ProblemKind::UnsupportedSchemaVersion { .. } => {
                format!("schema_version {SCHEMA_VERSION}")
            }
            ProblemKind::Empty => lang
                .pick("teks yang tidak kosong", "a non-empty text")
                .into(),
            ProblemKind::DuplicateId { first, .. } => match lang {
                Lang::Id => format!("id yang unik (sudah dipakai di {first})"),
                Lang::En => format!("a unique id (already used at {first})"),
            },
            ProblemKind::UnknownReference { target, .. }
            | ProblemKind::EvidenceLinkToNothing { target, .. } => match lang {
                Lang::Id => format!("id {} yang ada di dokumen", target.label(lang)),
                Lang::En => format!("the id of a {} in the document", target.label(lang)),
            },
            ProblemKind::DateOrder { start, .. } => match lang {
                Lang::Id => format!("tanggal akhir tidak sebelum tanggal mulai {start}"),
                Lang::En => format!("an end no earlier than the start {start}"),
            },
            ProblemKind::YearOutOfRange { .. } => match lang {
                Lang::Id => format!("tahun antara {ymin} dan {ymax}"),
                Lang::En => format!("a year from {ymin} to {ymax}"),
            },
            ProblemKind::NegativeAmount { .. } => lang
                .pick("jumlah rupiah ≥ 0", "an amount in rupiah ≥ 0")
                .into(),
            ProblemKind::AgeOutOfRange { .. } => match lang {
                Lang::Id => format!("usia {amin}–{amax} tahun"),
                Lang::En => format!("an age of {amin}–{amax} years"),
            },
            ProblemKind::AgeMismatch {
                from_birth_date, ..
            } => match lang {
                Lang::Id => format!("usia sesuai tanggal lahir ({from_birth_date})"),
                Lang::En => format!("the age the birth date gives ({from_birth_date})"),
            },
            ProblemKind::NotFinite => lang.pick("bilangan hingga", "a finite number").into(),
            ProblemKind::OutOfRange { min, max, .. } => match lang {
                Lang::Id => format!("nilai antara {min} dan {max}"),
                Lang::En => format!("a value from {min} to {max}"),
            },
            ProblemKind::SharesExceedWhole { .. } => lang
                .pick(
                    "persentase yang jumlahnya paling banyak 100",
                    "shares adding up to at most 100",
                )
                .into(),
            ProblemKind::RangeReversed { .. } => lang.pick("min ≤ max", "min ≤ max").into(),
            ProblemKind::SiteChainGap { needs, .. } => match lang {
                Lang::Id => format!("{} diisi", needs.label(lang)),
                Lang::En => format!("{} to be given", needs.label(lang)),
            },
            ProblemKind::PokjaOutsideCommunity => lang
                .pick(
                    "Pokja hanya untuk pemangku sektor masyarakat (PKK)",
                    "a Pokja only on a community-sector (PKK) stakeholder",
                )
                .into(),
            ProblemKind::CodeLevelMismatch { level, .. } => {
                let wanted = match level {
                    CodeLevel::Open => Some(CodeLevel::Axial),
                    CodeLevel::Axial => Some(CodeLevel::Selective),
                    CodeLevel::Selective => None,
                };
                match (wanted, lang) {
                    (Some(w), Lang::Id) => format!("induk berupa {}", w.label(lang)),
                    (Some(w), Lang::En) => format!("a parent that is an {}", w.label(lang)),
                    (None, Lang::Id) => "kode selektif tanpa induk".into(),
                    (None, Lang::En) => "a selective code with no parent".into(),
                }
            }
            ProblemKind::SelfReference => lang
                .pick("rujukan ke catatan lain", "a reference to another record")
                .into(),
            ProblemKind::FiscalYearOutsidePeriod { .. } => lang
                .pick(
                    "tahun anggaran di dalam periode program",
                    "a fiscal year within the programme period",
                )
                .into(),
            ProblemKind::StageOutOfOrder { after, .. } => match lang {
                Lang::Id => format!("tahapan dicatat berurutan (setelah {})", after.label(lang)),
                Lang::En => format!("stages listed in order (after {})", after.label(lang)),
            },
            ProblemKind::AdiRuleBroken { error } => match lang {
                Lang::Id => format!("status yang memenuhi aturan: {}", error.rule().label(lang)),
                Lang::En => format!("a status that keeps the rule: {}", error.rule().label(lang)),
            },
            ProblemKind::UnlabelledCustomItem { .. } => lang
                .pick(
                    "id butir standar tahapan ini, atau label untuk butir tambahan",
                    "a standard item id of this stage, or a label for a custom item",
                )
                .into(),
            ProblemKind::OffScale { min, max, .. } => match lang {
                Lang::Id => format!("nilai skala {min}–{max}"),
                Lang::En => format!("a value on the scale {min}–{max}"),
            },
            ProblemKind::UnknownRubric { .. } => match lang {
                Lang::Id => format!(
                    "rubrik `{}`",
                    crate::frameworks::ansell_gash::RUBRIC.citation()
                ),
                Lang::En => format!(
                    "the rubric `{}`",
                    crate::frameworks::ansell_gash::RUBRIC.citation()
                ),
            },
            ProblemKind::IndicatorAboveReached { indicator, .. } => match lang {
                Lang::Id => format!("tahap tercapai minimal {}", indicator.label(lang)),
                Lang::En => format!("a stage reached of at least {}", indicator.label(lang)),
            },
        }
    }

    /// What was found, in `lang`, when there is something to show.
    pub fn found(&self, lang: Lang) -> Option<String> {
        Some(match self {
            ProblemKind::Malformed { .. } | ProblemKind::SelfReference => return None,
            ProblemKind::PokjaOutsideCommunity => return None,
            ProblemKind::UnsupportedSchemaVersion { found } => match found {
                Some(v) => v.to_string(),
                None => lang
                    .pick("tidak ada / bukan angka", "missing / not a number")
                    .into(),
            },
            ProblemKind::Empty => lang.pick("teks kosong", "an empty text").into(),
            ProblemKind::DuplicateId { id, .. } => id.clone(),
            ProblemKind::UnknownReference { id, .. }
            | ProblemKind::EvidenceLinkToNothing { id, .. } => id.clone(),
            ProblemKind::DateOrder { end, .. } => end.to_string(),
            ProblemKind::YearOutOfRange { found } => found.to_string(),
            ProblemKind::NegativeAmount { found } => found.format(lang),
            ProblemKind::AgeOutOfRange { found } => found.to_string(),
            ProblemKind::AgeMismatch { recorded, .. } => recorded.to_string(),
            ProblemKind::NotFinite => "NaN/inf".into(),
            ProblemKind::OutOfRange { found, .. } => found.to_string(),
            ProblemKind::SharesExceedWhole { total } => format!("{total}"),
            ProblemKind::RangeReversed { min, max } => format!("{min} > {max}"),
            ProblemKind::SiteChainGap { level, .. } => level.label(lang).into(),
            ProblemKind::CodeLevelMismatch { parent_level, .. } => parent_level.label(lang).into(),
            ProblemKind::FiscalYearOutsidePeriod { year } => year.to_string(),
            ProblemKind::StageOutOfOrder { stage, .. } => stage.label(lang).into(),
            ProblemKind::AdiRuleBroken { error } => error.to_string(),
            ProblemKind::UnlabelledCustomItem { id } => id.clone(),
            ProblemKind::OffScale { found, .. } => found.to_string(),
            ProblemKind::UnknownRubric { found } => found.clone(),
            ProblemKind::IndicatorAboveReached { reached, .. } => match reached {
                Some(r) => r.label(lang).into(),
                None => lang.pick("belum ada", "none").into(),
            },
        })
    }
}

/// One problem found in a document.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// JSON-pointer path of the offending value (`""` for the whole document).
    pub path: String,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl Problem {
    /// The problem in `lang`: path, what was expected and what was found.
    pub fn message(&self, lang: Lang) -> String {
        let path = if self.path.is_empty() {
            "/"
        } else {
            &self.path
        };
        let expected = self.kind.expected(lang);
        match (self.kind.found(lang), lang) {
            (Some(found), Lang::Id) => format!("{path}: diharapkan {expected}; ditemukan {found}"),
            (Some(found), Lang::En) => format!("{path}: expected {expected}; found {found}"),
            (None, Lang::Id) => format!("{path}: diharapkan {expected}"),
            (None, Lang::En) => format!("{path}: expected {expected}"),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}] {}", self.kind.code(), self.message(Lang::En))
    }
}

/// A document with one or more problems; it lists them all.
#[derive(Clone, Debug, PartialEq)]
pub struct ValidationError {
    /// Every problem found, in document order.
    pub problems: Vec<Problem>,
}

impl ValidationError {
    /// All problems rendered in `lang`, one per line.
    pub fn report(&self, lang: Lang) -> String {
        self.problems
            .iter()
            .map(|p| format!("- {}", p.message(lang)))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The problems at exactly `path`.
    pub fn at<'a>(&'a self, path: &'a str) -> impl Iterator<Item = &'a Problem> + 'a {
        self.problems.iter().filter(move |p| p.path == path)
    }
}

impl std::error::Error for ValidationError {}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.problems.len();
        write!(
            f,
            "{n} problem{} in the document",
            if n == 1 { "" } else { "s" }
        )?;
        for p in &self.problems {
            write!(f, "\n- {p}")?;
        }
        Ok(())
    }
}

/// Escapes one JSON-pointer segment (RFC 6901).
/// Parsing and checking a case are validation's job, so they live here, beside the walk.
impl Case {
    /// Reads a document from JSON and validates it, reporting every problem found.
    pub fn from_json(json: &str) -> Result<Case, ValidationError> {
        let case = parse(json)?;
        validate(&case)?;
        Ok(case)
    }

    /// Reads a document from JSON without the cross-record checks of [`validate`](Case::validate).
    ///
    /// Use it to load a draft that is still being filled in; the structure and types are
    /// still checked.
    pub fn from_json_unchecked(json: &str) -> Result<Case, ValidationError> {
        parse(json)
    }

    /// Checks the whole document, returning every problem found.
    pub fn validate(&self) -> Result<(), ValidationError> {
        validate(self)
    }
}

fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

fn pointer_of(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for seg in path.iter() {
        match seg {
            Segment::Seq { index } => {
                out.push('/');
                out.push_str(&index.to_string());
            }
            Segment::Map { key } => {
                out.push('/');
                out.push_str(&escape(key));
            }
            Segment::Enum { variant } => {
                out.push('/');
                out.push_str(&escape(variant));
            }
            Segment::Unknown => {}
        }
    }
    out
}

fn single(path: impl Into<String>, kind: ProblemKind) -> ValidationError {
    ValidationError {
        problems: vec![Problem {
            path: path.into(),
            kind,
        }],
    }
}

/// Reads a document from JSON, checking its schema version first and then its structure.
///
/// A structural problem is reported at the path where the reader stopped.
pub fn parse(json: &str) -> Result<Case, ValidationError> {
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| {
        single(
            "",
            ProblemKind::Malformed {
                message: format!("JSON ({e})"),
            },
        )
    })?;
    let Some(object) = value.as_object() else {
        return Err(single(
            "",
            ProblemKind::Malformed {
                message: "a JSON object (a berdaya case document)".into(),
            },
        ));
    };
    match object.get("schema_version") {
        Some(v) if v.as_u64() == Some(u64::from(SCHEMA_VERSION)) => {}
        other => {
            return Err(single(
                "/schema_version",
                ProblemKind::UnsupportedSchemaVersion {
                    found: other.and_then(|v| v.as_i64()),
                },
            ))
        }
    }
    serde_path_to_error::deserialize::<_, Case>(value).map_err(|e| {
        let path = pointer_of(e.path());
        single(
            path,
            ProblemKind::Malformed {
                message: e.into_inner().to_string(),
            },
        )
    })
}

/// Checks a whole document and returns every problem found.
pub fn validate(case: &Case) -> Result<(), ValidationError> {
    let problems = problems(case);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(ValidationError { problems })
    }
}

/// Every problem in a document, in document order (empty when it is valid).
pub fn problems(case: &Case) -> Vec<Problem> {
    let mut v = Validator::new(case);
    v.run();
    v.problems
}

struct Validator<'a> {
    case: &'a Case,
    problems: Vec<Problem>,
    ids: HashMap<RefKind, HashSet<&'a str>>,
}

impl<'a> Validator<'a> {
    fn new(case: &'a Case) -> Self {
        Validator {
            case,
            problems: Vec::new(),
            ids: HashMap::new(),
        }
    }

    fn push(&mut self, path: impl Into<String>, kind: ProblemKind) {
        self.problems.push(Problem {
            path: path.into(),
            kind,
        });
    }

    /// Registers the ids of one collection, reporting empty and duplicate ones.
    fn collect_ids(&mut self, kind: RefKind, collection: &str, ids: Vec<&'a str>) {
        let mut first: HashMap<&str, usize> = HashMap::new();
        for (i, id) in ids.iter().enumerate() {
            let path = format!("/{collection}/{i}/id");
            if id.trim().is_empty() {
                self.push(path, ProblemKind::Empty);
                continue;
            }
            match first.get(id) {
                Some(&j) => self.push(
                    path,
                    ProblemKind::DuplicateId {
                        id: (*id).to_owned(),
                        first: format!("/{collection}/{j}/id"),
                    },
                ),
                None => {
                    first.insert(id, i);
                }
            }
        }
        self.ids.insert(kind, first.into_keys().collect());
    }

    fn known(&self, kind: RefKind, id: &str) -> bool {
        self.ids.get(&kind).is_some_and(|s| s.contains(id))
    }

    fn reference(&mut self, path: String, kind: RefKind, id: &str) {
        if !self.known(kind, id) {
            self.push(
                path,
                ProblemKind::UnknownReference {
                    target: kind,
                    id: id.to_owned(),
                },
            );
        }
    }

    fn evidence_refs(&mut self, path: &str, ids: &[crate::model::ids::EvidenceId]) {
        for (i, e) in ids.iter().enumerate() {
            self.reference(format!("{path}/{i}"), RefKind::Evidence, e.as_str());
        }
    }

    fn text(&mut self, path: &str, text: &Text) {
        if text.indonesian.trim().is_empty() {
            self.push(format!("{path}/id"), ProblemKind::Empty);
        }
        if text.english.trim().is_empty() {
            self.push(format!("{path}/en"), ProblemKind::Empty);
        }
    }

    fn non_empty(&mut self, path: String, s: &str) {
        if s.trim().is_empty() {
            self.push(path, ProblemKind::Empty);
        }
    }

    fn year(&mut self, path: String, year: i32) {
        if !(YEAR_RANGE.0..=YEAR_RANGE.1).contains(&year) {
            self.push(path, ProblemKind::YearOutOfRange { found: year });
        }
    }

    fn partial_date(&mut self, path: String, d: &PartialDate) {
        self.year(path, d.year());
    }

    fn date_pair(&mut self, path: &str, start: Option<&PartialDate>, end: Option<&PartialDate>) {
        if let Some(s) = start {
            self.partial_date(format!("{path}/start"), s);
        }
        if let Some(e) = end {
            self.partial_date(format!("{path}/end"), e);
        }
        if let (Some(s), Some(e)) = (start, end) {
            if e.certainly_before(s) {
                self.push(
                    format!("{path}/end"),
                    ProblemKind::DateOrder { start: *s, end: *e },
                );
            }
        }
    }

    fn amount(&mut self, path: String, amount: Option<Rupiah>) {
        if let Some(a) = amount {
            if a.0 < 0 {
                self.push(path, ProblemKind::NegativeAmount { found: a });
            }
        }
    }

    fn number(&mut self, path: String, value: f64, min: f64, max: f64) {
        if !value.is_finite() {
            self.push(path, ProblemKind::NotFinite);
        } else if value < min || value > max {
            self.push(
                path,
                ProblemKind::OutOfRange {
                    found: value,
                    min,
                    max,
                },
            );
        }
    }

    fn shares<T>(&mut self, path: &str, shares: &[Share<T>]) {
        let mut total = 0.0;
        for (i, s) in shares.iter().enumerate() {
            self.number(format!("{path}/{i}/percent"), s.percent, 0.0, 100.0);
            if s.percent.is_finite() {
                total += s.percent;
            }
        }
        // Rounded percentages in sources may add up to slightly more than 100.
        if total > 100.0 + 1e-6 {
            self.push(path.to_owned(), ProblemKind::SharesExceedWhole { total });
        }
    }

    fn run(&mut self) {
        let c = self.case;
        if c.schema_version != SCHEMA_VERSION {
            self.push(
                "/schema_version",
                ProblemKind::UnsupportedSchemaVersion {
                    found: Some(i64::from(c.schema_version)),
                },
            );
        }
        self.non_empty("/id".into(), &c.id);
        self.text("/title", &c.title);

        self.collect_ids(
            RefKind::Site,
            "sites",
            c.sites.iter().map(|x| x.id.as_str()).collect(),
        );
        self.collect_ids(
            RefKind::Stakeholder,
            "stakeholders",
            c.stakeholders.iter().map(|x| x.id.as_str()).collect(),
        );
        self.collect_ids(
            RefKind::Activity,
            "activities",
            c.activities.iter().map(|x| x.id.as_str()).collect(),
        );
        self.collect_ids(
            RefKind::Participant,
            "participants",
            c.participants.iter().map(|x| x.id.as_str()).collect(),
        );
        self.collect_ids(
            RefKind::Cohort,
            "cohorts",
            c.cohorts.iter().map(|x| x.id.as_str()).collect(),
        );
        self.collect_ids(
            RefKind::Figure,
            "figures",
            c.figures.iter().map(|x| x.id.as_str()).collect(),
        );
        self.collect_ids(
            RefKind::Assistance,
            "assistance",
            c.assistance.iter().map(|x| x.id.as_str()).collect(),
        );
        self.collect_ids(
            RefKind::Evidence,
            "evidence",
            c.evidence.iter().map(|x| x.id.as_str()).collect(),
        );
        self.collect_ids(
            RefKind::Code,
            "codes",
            c.codes.iter().map(|x| x.id.as_str()).collect(),
        );

        self.programme();
        self.sites();
        self.stakeholders();
        self.activities();
        self.catalogue();
        self.participants();
        self.cohorts();
        self.figures();
        self.assistance();
        self.evidence();
        self.codes();
        self.adi();
        self.sulistiyani();
        self.five_m();
        self.ansell_gash();
    }

    fn programme(&mut self) {
        let p = &self.case.programme;
        self.text("/programme/name", &p.name);
        self.non_empty("/programme/acronym".into(), &p.acronym);
        for (i, o) in p.objectives.iter().enumerate() {
            self.text(&format!("/programme/objectives/{i}"), o);
        }
        if let Some(id) = &p.leading_sector {
            self.reference(
                "/programme/leading_sector".into(),
                RefKind::Stakeholder,
                id.as_str(),
            );
        }
        for (i, l) in p.legal_basis.iter().enumerate() {
            let path = format!("/programme/legal_basis/{i}");
            self.non_empty(format!("{path}/title"), &l.title);
            self.non_empty(format!("{path}/issuer"), &l.issuer);
            if let Some(d) = &l.date {
                self.partial_date(format!("{path}/date"), d);
            }
            self.evidence_refs(&format!("{path}/evidence"), &l.evidence);
        }
        if let Some(period) = &p.period {
            self.date_pair(
                "/programme/period",
                Some(&period.start),
                period.end.as_ref(),
            );
        }
        for (i, &y) in p.fiscal_years.iter().enumerate() {
            let path = format!("/programme/fiscal_years/{i}");
            self.year(path.clone(), y);
            if let Some(period) = &p.period {
                let before = y < period.start.year();
                let after = period.end.is_some_and(|e| y > e.year());
                if before || after {
                    self.push(path, ProblemKind::FiscalYearOutsidePeriod { year: y });
                }
            }
        }
        for (i, f) in p.funding.iter().enumerate() {
            let path = format!("/programme/funding/{i}");
            self.amount(format!("{path}/amount"), f.amount);
            if let Some(y) = f.fiscal_year {
                self.year(format!("{path}/fiscal_year"), y);
            }
            if let Some(s) = &f.funder {
                self.reference(format!("{path}/funder"), RefKind::Stakeholder, s.as_str());
            }
            self.evidence_refs(&format!("{path}/evidence"), &f.evidence);
        }
    }

    fn sites(&mut self) {
        for (i, s) in self.case.sites.iter().enumerate() {
            let path = format!("/sites/{i}");
            self.non_empty(format!("{path}/province"), &s.province);
            self.non_empty(format!("{path}/city"), &s.city);
            let gaps = [
                (
                    s.rt.is_some() && s.rw.is_none(),
                    "rt",
                    SiteLevel::Rt,
                    SiteLevel::Rw,
                ),
                (
                    s.rw.is_some() && s.village.is_none(),
                    "rw",
                    SiteLevel::Rw,
                    SiteLevel::Village,
                ),
                (
                    s.village_kind.is_some() && s.village.is_none(),
                    "village_kind",
                    SiteLevel::Village,
                    SiteLevel::Village,
                ),
            ];
            for (gap, field, level, needs) in gaps {
                if gap {
                    self.push(
                        format!("{path}/{field}"),
                        ProblemKind::SiteChainGap { level, needs },
                    );
                }
            }
            for (j, ind) in s.indicators.iter().enumerate() {
                let ipath = format!("{path}/indicators/{j}");
                self.year(format!("{ipath}/year"), ind.year);
                let (min, max) = ind.kind.valid_range();
                self.number(format!("{ipath}/value"), ind.value, min, max);
                self.evidence_refs(&format!("{ipath}/evidence"), &ind.evidence);
            }
        }
    }

    fn stakeholders(&mut self) {
        for (i, s) in self.case.stakeholders.iter().enumerate() {
            let path = format!("/stakeholders/{i}");
            self.non_empty(format!("{path}/name"), &s.name);
            if s.pokja.is_some() && s.sector != Sector::Community {
                self.push(format!("{path}/pokja"), ProblemKind::PokjaOutsideCommunity);
            }
            if let Some(site) = &s.site {
                self.reference(format!("{path}/site"), RefKind::Site, site.as_str());
            }
            if let Some(a) = &s.attrition {
                self.evidence_refs(&format!("{path}/attrition/evidence"), &a.evidence);
            }
        }
    }

    fn activities(&mut self) {
        for (i, a) in self.case.activities.iter().enumerate() {
            let path = format!("/activities/{i}");
            self.text(&format!("{path}/title"), &a.title);
            self.date_pair(&path, a.start.as_ref(), a.end.as_ref());
            if let Some(site) = &a.site {
                self.reference(format!("{path}/site"), RefKind::Site, site.as_str());
            }
            for (field, list) in [
                ("organisers", &a.organisers),
                ("facilitators", &a.facilitators),
                ("audience", &a.audience),
            ] {
                for (j, s) in list.iter().enumerate() {
                    self.reference(
                        format!("{path}/{field}/{j}"),
                        RefKind::Stakeholder,
                        s.as_str(),
                    );
                }
            }
            for (j, att) in a.attendance.iter().enumerate() {
                let apath = format!("{path}/attendance/{j}");
                self.reference(
                    format!("{apath}/participant"),
                    RefKind::Participant,
                    att.participant.as_str(),
                );
                if let Some(d) = &att.date {
                    self.partial_date(format!("{apath}/date"), d);
                }
            }
            if let Some(sref) = &a.session {
                let found = self
                    .case
                    .module_catalogue
                    .as_ref()
                    .and_then(|c| c.find(&sref.module, sref.session.as_deref()));
                if found.is_none() {
                    let id = match &sref.session {
                        Some(s) => format!("{}/{s}", sref.module),
                        None => sref.module.clone(),
                    };
                    self.push(
                        format!("{path}/session"),
                        ProblemKind::UnknownReference {
                            target: RefKind::Session,
                            id,
                        },
                    );
                }
            }
            self.evidence_refs(&format!("{path}/evidence"), &a.evidence);
        }
    }

    fn catalogue(&mut self) {
        let Some(cat) = &self.case.module_catalogue else {
            return;
        };
        self.text("/module_catalogue/name", &cat.name);
        let mut modules: HashMap<&str, usize> = HashMap::new();
        for (i, m) in cat.modules.iter().enumerate() {
            let path = format!("/module_catalogue/modules/{i}");
            self.non_empty(format!("{path}/code"), &m.code);
            self.text(&format!("{path}/title"), &m.title);
            if let Some(&j) = modules.get(m.code.as_str()) {
                self.push(
                    format!("{path}/code"),
                    ProblemKind::DuplicateId {
                        id: m.code.clone(),
                        first: format!("/module_catalogue/modules/{j}/code"),
                    },
                );
            } else {
                modules.insert(&m.code, i);
            }
            let mut sessions: HashMap<&str, usize> = HashMap::new();
            for (k, s) in m.sessions.iter().enumerate() {
                let spath = format!("{path}/sessions/{k}");
                self.non_empty(format!("{spath}/code"), &s.code);
                self.text(&format!("{spath}/title"), &s.title);
                if let Some(&j) = sessions.get(s.code.as_str()) {
                    self.push(
                        format!("{spath}/code"),
                        ProblemKind::DuplicateId {
                            id: s.code.clone(),
                            first: format!("{path}/sessions/{j}/code"),
                        },
                    );
                } else {
                    sessions.insert(&s.code, k);
                }
            }
        }
        self.evidence_refs("/module_catalogue/evidence", &cat.evidence);
    }

    fn participants(&mut self) {
        let reference_date = self.case.reference_date;
        for (i, p) in self.case.participants.iter().enumerate() {
            let path = format!("/participants/{i}");
            if let Some(age) = p.age {
                if !(AGE_RANGE.0..=AGE_RANGE.1).contains(&age) {
                    self.push(
                        format!("{path}/age"),
                        ProblemKind::AgeOutOfRange { found: age },
                    );
                }
            }
            if let (Some(birth), Some(on)) = (p.birth_date, reference_date) {
                let computed = age_on(birth, on);
                if !(AGE_RANGE.0..=AGE_RANGE.1).contains(&computed) {
                    self.push(
                        format!("{path}/birth_date"),
                        ProblemKind::AgeOutOfRange { found: computed },
                    );
                } else if let Some(recorded) = p.age {
                    if recorded != computed {
                        self.push(
                            format!("{path}/age"),
                            ProblemKind::AgeMismatch {
                                recorded,
                                from_birth_date: computed,
                            },
                        );
                    }
                }
            }
            if let Some(b) = p.birth_date {
                self.year(format!("{path}/birth_date"), chrono::Datelike::year(&b));
            }
            self.amount(format!("{path}/monthly_income"), p.monthly_income);
            if let Some(site) = &p.site {
                self.reference(format!("{path}/site"), RefKind::Site, site.as_str());
            }
            if let Some(cohort) = &p.cohort {
                self.reference(format!("{path}/cohort"), RefKind::Cohort, cohort.as_str());
            }
        }
    }

    fn cohorts(&mut self) {
        for (i, c) in self.case.cohorts.iter().enumerate() {
            let path = format!("/cohorts/{i}");
            self.text(&format!("{path}/label"), &c.label);
            if let Some(site) = &c.site {
                self.reference(format!("{path}/site"), RefKind::Site, site.as_str());
            }
            if let Some(parent) = &c.part_of {
                if parent == &c.id {
                    self.push(format!("{path}/part_of"), ProblemKind::SelfReference);
                } else {
                    self.reference(format!("{path}/part_of"), RefKind::Cohort, parent.as_str());
                }
            }
            if let Some(y) = c.year {
                self.year(format!("{path}/year"), y);
            }
            self.shares(&format!("{path}/marital_status"), &c.marital_status);
            self.shares(&format!("{path}/education"), &c.education);
            for (j, a) in c.assistance.iter().enumerate() {
                self.number(
                    format!("{path}/assistance/{j}/percent"),
                    a.percent,
                    0.0,
                    100.0,
                );
            }
            for (field, range) in [("age", c.age), ("dependants", c.dependants)] {
                if let Some(r) = range {
                    if r.min > r.max {
                        self.push(
                            format!("{path}/{field}"),
                            ProblemKind::RangeReversed {
                                min: i64::from(r.min),
                                max: i64::from(r.max),
                            },
                        );
                    }
                }
            }
            if let Some(r) = c.age {
                if r.max > AGE_RANGE.1 as u32 {
                    self.push(
                        format!("{path}/age/max"),
                        ProblemKind::AgeOutOfRange {
                            found: r.max.min(i32::MAX as u32) as i32,
                        },
                    );
                }
            }
            self.amount(
                format!("{path}/monthly_income_below"),
                c.monthly_income_below,
            );
            self.evidence_refs(&format!("{path}/evidence"), &c.evidence);
        }
    }

    fn figures(&mut self) {
        for (i, f) in self.case.figures.iter().enumerate() {
            let path = format!("/figures/{i}");
            let max = if f.metric.is_percentage() {
                100.0
            } else {
                f64::MAX
            };
            self.number(format!("{path}/value"), f.value, 0.0, max);
            if let Some(y) = f.year {
                self.year(format!("{path}/year"), y);
            }
            if let Some(s) = &f.site {
                self.reference(format!("{path}/site"), RefKind::Site, s.as_str());
            }
            if let Some(s) = &f.cohort {
                self.reference(format!("{path}/cohort"), RefKind::Cohort, s.as_str());
            }
            if let Some(s) = &f.activity {
                self.reference(format!("{path}/activity"), RefKind::Activity, s.as_str());
            }
            if let Some(s) = &f.stakeholder {
                self.reference(
                    format!("{path}/stakeholder"),
                    RefKind::Stakeholder,
                    s.as_str(),
                );
            }
            self.evidence_refs(&format!("{path}/evidence"), &f.evidence);
        }
    }

    fn assistance(&mut self) {
        use crate::model::assistance::Recipient;
        for (i, a) in self.case.assistance.iter().enumerate() {
            let path = format!("/assistance/{i}");
            self.amount(format!("{path}/value_each"), a.value_each);
            if let Some(d) = &a.date {
                self.partial_date(format!("{path}/date"), d);
            }
            for (j, r) in a.recipients.iter().enumerate() {
                let rpath = format!("{path}/recipients/{j}");
                match r {
                    Recipient::Participant(id) => {
                        self.reference(rpath, RefKind::Participant, id.as_str())
                    }
                    Recipient::Cohort(id) => self.reference(rpath, RefKind::Cohort, id.as_str()),
                    Recipient::Stakeholder(id) => {
                        self.reference(rpath, RefKind::Stakeholder, id.as_str())
                    }
                }
            }
            if let Some(s) = &a.provider {
                self.reference(format!("{path}/provider"), RefKind::Stakeholder, s.as_str());
            }
            for (j, s) in a.follows.iter().enumerate() {
                self.reference(format!("{path}/follows/{j}"), RefKind::Activity, s.as_str());
            }
            self.evidence_refs(&format!("{path}/evidence"), &a.evidence);
        }
    }

    fn evidence(&mut self) {
        for (i, e) in self.case.evidence.iter().enumerate() {
            let path = format!("/evidence/{i}");
            self.non_empty(format!("{path}/text"), &e.text);
            if let Some(d) = &e.date {
                self.partial_date(format!("{path}/date"), d);
            }
            if let Some(inf) = &e.informant {
                self.non_empty(format!("{path}/informant/code"), &inf.code);
                self.non_empty(format!("{path}/informant/role"), &inf.role);
            }
            for (j, t) in e.supports.iter().enumerate() {
                let link = match t {
                    Target::Programme | Target::AdiStage(_) => None,
                    Target::Site(id) => Some((RefKind::Site, id.as_str())),
                    Target::Stakeholder(id) => Some((RefKind::Stakeholder, id.as_str())),
                    Target::Activity(id) => Some((RefKind::Activity, id.as_str())),
                    Target::Participant(id) => Some((RefKind::Participant, id.as_str())),
                    Target::Cohort(id) => Some((RefKind::Cohort, id.as_str())),
                    Target::Assistance(id) => Some((RefKind::Assistance, id.as_str())),
                    Target::Figure(id) => Some((RefKind::Figure, id.as_str())),
                };
                if let Some((kind, id)) = link {
                    if !self.known(kind, id) {
                        self.push(
                            format!("{path}/supports/{j}"),
                            ProblemKind::EvidenceLinkToNothing {
                                target: kind,
                                id: id.to_owned(),
                            },
                        );
                    }
                }
            }
            for (j, code) in e.codes.iter().enumerate() {
                self.reference(format!("{path}/codes/{j}"), RefKind::Code, code.as_str());
            }
        }
    }

    fn codes(&mut self) {
        let levels: HashMap<&str, CodeLevel> = self
            .case
            .codes
            .iter()
            .map(|c| (c.id.as_str(), c.level))
            .collect();
        for (i, c) in self.case.codes.iter().enumerate() {
            let path = format!("/codes/{i}");
            self.text(&format!("{path}/label"), &c.label);
            let Some(parent) = &c.parent else { continue };
            if parent == &c.id {
                self.push(format!("{path}/parent"), ProblemKind::SelfReference);
                continue;
            }
            match levels.get(parent.as_str()) {
                None => self.reference(format!("{path}/parent"), RefKind::Code, parent.as_str()),
                Some(&parent_level) => {
                    let fits = matches!(
                        (c.level, parent_level),
                        (CodeLevel::Open, CodeLevel::Axial)
                            | (CodeLevel::Axial, CodeLevel::Selective)
                    );
                    if !fits {
                        self.push(
                            format!("{path}/parent"),
                            ProblemKind::CodeLevelMismatch {
                                level: c.level,
                                parent_level,
                            },
                        );
                    }
                }
            }
        }
    }

    fn adi(&mut self) {
        let mut ids: HashMap<&str, usize> = HashMap::new();
        for (i, p) in self.case.adi.iter().enumerate() {
            let path = format!("/adi/{i}");
            if p.id.trim().is_empty() {
                self.push(format!("{path}/id"), ProblemKind::Empty);
            } else if let Some(&j) = ids.get(p.id.as_str()) {
                self.push(
                    format!("{path}/id"),
                    ProblemKind::DuplicateId {
                        id: p.id.clone(),
                        first: format!("/adi/{j}/id"),
                    },
                );
            } else {
                ids.insert(&p.id, i);
            }
            self.text(&format!("{path}/label"), &p.label);
            if let Some(site) = &p.site {
                self.reference(format!("{path}/site"), RefKind::Site, site.as_str());
            }
            let mut seen: HashMap<AdiStage, usize> = HashMap::new();
            let mut latest: Option<AdiStage> = None;
            for (j, r) in p.stages.iter().enumerate() {
                let spath = format!("{path}/stages/{j}");
                if let Some(&k) = seen.get(&r.stage) {
                    self.push(
                        format!("{spath}/stage"),
                        ProblemKind::DuplicateId {
                            id: r.stage.code().to_owned(),
                            first: format!("{path}/stages/{k}/stage"),
                        },
                    );
                } else {
                    seen.insert(r.stage, j);
                }
                if let Some(after) = latest.filter(|l| *l > r.stage) {
                    self.push(
                        format!("{spath}/stage"),
                        ProblemKind::StageOutOfOrder {
                            stage: r.stage,
                            after,
                        },
                    );
                }
                latest = latest.max(Some(r.stage));
                for (field, start, end) in [
                    ("planned", r.planned_start.as_ref(), r.planned_end.as_ref()),
                    ("actual", r.actual_start.as_ref(), r.actual_end.as_ref()),
                ] {
                    for (name, d) in [("start", start), ("end", end)] {
                        if let Some(d) = d {
                            self.partial_date(format!("{spath}/{field}_{name}"), d);
                        }
                    }
                    if let (Some(s), Some(e)) = (start, end) {
                        if e.certainly_before(s) {
                            self.push(
                                format!("{spath}/{field}_end"),
                                ProblemKind::DateOrder { start: *s, end: *e },
                            );
                        }
                    }
                }
                let mut items: HashMap<&str, usize> = HashMap::new();
                for (k, item) in r.checklist.iter().enumerate() {
                    let ipath = format!("{spath}/checklist/{k}");
                    if let Some(&first) = items.get(item.id.as_str()) {
                        self.push(
                            format!("{ipath}/id"),
                            ProblemKind::DuplicateId {
                                id: item.id.clone(),
                                first: format!("{spath}/checklist/{first}/id"),
                            },
                        );
                    } else {
                        items.insert(&item.id, k);
                    }
                    let standard = standard_items(r.stage).any(|s| s.id == item.id);
                    match &item.label {
                        Some(label) => self.text(&format!("{ipath}/label"), label),
                        None if !standard => self.push(
                            format!("{ipath}/id"),
                            ProblemKind::UnlabelledCustomItem {
                                id: item.id.clone(),
                            },
                        ),
                        None => {}
                    }
                    self.evidence_refs(&format!("{ipath}/evidence"), &item.evidence);
                }
                for (k, inv) in r.involvement.iter().enumerate() {
                    let ipath = format!("{spath}/involvement/{k}");
                    self.reference(
                        format!("{ipath}/stakeholder"),
                        RefKind::Stakeholder,
                        inv.stakeholder.as_str(),
                    );
                    self.evidence_refs(&format!("{ipath}/evidence"), &inv.evidence);
                }
                for (k, o) in r.obstacles.iter().enumerate() {
                    let opath = format!("{spath}/obstacles/{k}");
                    self.text(&format!("{opath}/description"), &o.description);
                    self.evidence_refs(&format!("{opath}/evidence"), &o.evidence);
                }
                self.evidence_refs(&format!("{spath}/evidence"), &r.evidence);
            }
            for (stage, error) in p.violations() {
                let at = match stage.and_then(|s| p.stages.iter().position(|r| r.stage == s)) {
                    Some(j) => format!("{path}/stages/{j}/status"),
                    None => format!("{path}/follow_ups"),
                };
                self.push(at, ProblemKind::AdiRuleBroken { error });
            }
            for (k, f) in p.follow_ups.iter().enumerate() {
                let fpath = format!("{path}/follow_ups/{k}");
                self.text(&format!("{fpath}/description"), &f.description);
                if let Some(a) = &f.activity {
                    self.reference(format!("{fpath}/activity"), RefKind::Activity, a.as_str());
                }
                self.evidence_refs(&format!("{fpath}/evidence"), &f.evidence);
            }
        }
    }

    fn sulistiyani(&mut self) {
        use crate::frameworks::sulistiyani::Subject;
        for (i, p) in self.case.sulistiyani.iter().enumerate() {
            let path = format!("/sulistiyani/{i}");
            let subject = format!("{path}/subject");
            match &p.subject {
                Subject::Participant(id) => {
                    self.reference(subject, RefKind::Participant, id.as_str())
                }
                Subject::Cohort(id) => self.reference(subject, RefKind::Cohort, id.as_str()),
                Subject::Group(id) => self.reference(subject, RefKind::Stakeholder, id.as_str()),
            }
            if let Some(d) = &p.as_of {
                self.partial_date(format!("{path}/as_of"), d);
            }
            let mut seen: HashMap<crate::model::catalogue::Dimension, usize> = HashMap::new();
            for (j, d) in p.dimensions.iter().enumerate() {
                let dpath = format!("{path}/dimensions/{j}");
                if let Some(&k) = seen.get(&d.dimension) {
                    self.push(
                        format!("{dpath}/dimension"),
                        ProblemKind::DuplicateId {
                            id: d.dimension.code().to_owned(),
                            first: format!("{path}/dimensions/{k}/dimension"),
                        },
                    );
                } else {
                    seen.insert(d.dimension, j);
                }
                for (k, ind) in d.indicators.iter().enumerate() {
                    let ipath = format!("{dpath}/indicators/{k}");
                    self.text(&format!("{ipath}/label"), &ind.label);
                    if ind.met == Some(true) && d.reached < Some(ind.stage) {
                        self.push(
                            format!("{ipath}/met"),
                            ProblemKind::IndicatorAboveReached {
                                indicator: ind.stage,
                                reached: d.reached,
                            },
                        );
                    }
                    self.evidence_refs(&format!("{ipath}/evidence"), &ind.evidence);
                }
                self.evidence_refs(&format!("{dpath}/evidence"), &d.evidence);
            }
        }
    }

    fn five_m(&mut self) {
        use crate::frameworks::fivem::{WEIGHT_MAX, WEIGHT_MIN};
        let mut ids: HashMap<&str, usize> = HashMap::new();
        for (i, f) in self.case.five_m.iter().enumerate() {
            let path = format!("/five_m/{i}");
            if f.id.trim().is_empty() {
                self.push(format!("{path}/id"), ProblemKind::Empty);
            } else if let Some(&j) = ids.get(f.id.as_str()) {
                self.push(
                    format!("{path}/id"),
                    ProblemKind::DuplicateId {
                        id: f.id.clone(),
                        first: format!("/five_m/{j}/id"),
                    },
                );
            } else {
                ids.insert(&f.id, i);
            }
            self.text(&format!("{path}/description"), &f.description);
            if !(WEIGHT_MIN..=WEIGHT_MAX).contains(&f.weight) {
                self.push(
                    format!("{path}/weight"),
                    ProblemKind::OffScale {
                        found: i64::from(f.weight),
                        min: i64::from(WEIGHT_MIN),
                        max: i64::from(WEIGHT_MAX),
                    },
                );
            }
            self.evidence_refs(&format!("{path}/evidence"), &f.evidence);
        }
    }

    fn ansell_gash(&mut self) {
        use crate::frameworks::ansell_gash::RUBRIC;
        let Some(a) = &self.case.ansell_gash else {
            return;
        };
        if a.rubric != RUBRIC.citation() {
            self.push(
                "/ansell_gash/rubric",
                ProblemKind::UnknownRubric {
                    found: a.rubric.clone(),
                },
            );
        }
        let (min, max) = (
            RUBRIC.scale.iter().map(|p| p.value).min().unwrap_or(1),
            RUBRIC.scale.iter().map(|p| p.value).max().unwrap_or(5),
        );
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (i, r) in a.ratings.iter().enumerate() {
            let path = format!("/ansell_gash/ratings/{i}");
            if RUBRIC.indicator(&r.indicator).is_none() {
                self.push(
                    format!("{path}/indicator"),
                    ProblemKind::UnknownReference {
                        target: RefKind::Indicator,
                        id: r.indicator.clone(),
                    },
                );
            } else if let Some(&j) = seen.get(r.indicator.as_str()) {
                self.push(
                    format!("{path}/indicator"),
                    ProblemKind::DuplicateId {
                        id: r.indicator.clone(),
                        first: format!("/ansell_gash/ratings/{j}/indicator"),
                    },
                );
            } else {
                seen.insert(&r.indicator, i);
            }
            if let Some(s) = r.score {
                if !(min..=max).contains(&s) {
                    self.push(
                        format!("{path}/score"),
                        ProblemKind::OffScale {
                            found: i64::from(s),
                            min: i64::from(min),
                            max: i64::from(max),
                        },
                    );
                }
            }
            if let Some(note) = &r.note {
                self.text(&format!("{path}/note"), note);
            }
            self.evidence_refs(&format!("{path}/evidence"), &r.evidence);
        }
    }
}
