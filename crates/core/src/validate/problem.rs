//! The problem types: what can be wrong at one place of a document, with its path, and the
//! error that lists every problem of a refused document.
//!
//! Each [`ProblemKind`] has a stable machine-readable [`code`](ProblemKind::code); serialised,
//! a problem is `{"path": …, "code": …, <the kind's fields>, "message": {"id": …, "en": …}}`.
//! The words of each kind (what was expected, what was found) live in `message.rs`.

use std::fmt;

use serde::{Serialize, Serializer};

use crate::frameworks::adi::TransitionError;
use crate::model::date::PartialDate;
use crate::model::evidence::CodeLevel;
use crate::model::lang::{labelled_enum, Lang, Text};
use crate::model::money::Rupiah;
use crate::model::records::adi::AdiStage;
use crate::model::records::sulistiyani::SulistiyaniStage;
use crate::model::site::SiteLevel;

/// Years outside this range are refused as implausible for programme data.
pub const YEAR_RANGE: (i32, i32) = (1900, 2100);
pub use crate::model::participant::AGE_RANGE;
/// The largest count a document may state (people, families, groups, villages, facilitators,
/// recipients): 300 million, more than Indonesia's whole population (about 280 million in
/// 2024), so any larger count is a typing or unit error.
pub const COUNT_MAX: u64 = 300_000_000;
/// The longest id, in characters.
pub const ID_MAX_CHARS: usize = 200;
/// The longest text a user may type into one field (a quote, a title), in characters.
pub const TEXT_MAX_CHARS: usize = 100_000;
/// How deep JSON arrays and objects may nest (the JSON reader's limit).
pub const DEPTH_MAX: usize = 128;
/// At most this many problems are listed; a last `too_many_problems` problem says so.
pub const PROBLEMS_MAX: usize = 1_000;

labelled_enum! {
    in "berdaya::validate";
    /// The kind of record a reference points to.
    #[non_exhaustive]
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
        /// A part of the document, named by a JSON pointer (an inferred value's path).
        DocumentPath => ("document_path", "bagian dokumen", "part of the document"),
    }
}

labelled_enum! {
    in "berdaya::validate";
    /// The shape of a JSON value, as a user would name it.
    #[non_exhaustive]
    pub enum Shape {
        /// An object `{…}`.
        Object => ("object", "objek {…}", "an object {…}"),
        /// An array `[…]`.
        Array => ("array", "daftar […]", "a list […]"),
        /// A text in quotes.
        Text => ("text", "teks dalam tanda kutip", "a text in quotes"),
        /// A whole number.
        WholeNumber => ("whole_number", "bilangan bulat", "a whole number"),
        /// A number, with or without decimals.
        Number => ("number", "angka", "a number"),
        /// `true` or `false`.
        Boolean => ("boolean", "true atau false", "true or false"),
        /// `null`.
        Null => ("null", "null (kosong)", "null (nothing)"),
    }
}

impl Shape {
    /// An example of a valid value of this shape, as JSON.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::validate::Shape;
    /// // Scalars are JSON a user can copy; objects and arrays elide their insides (…).
    /// let n: serde_json::Value = serde_json::from_str(Shape::WholeNumber.example())?;
    /// assert!(n.is_u64());
    /// assert!(serde_json::from_str::<String>(Shape::Text.example()).is_ok());
    /// assert!(Shape::Array.example().starts_with('['));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn example(self) -> &'static str {
        match self {
            Shape::Object => "{\"id\": \"…\"}",
            Shape::Array => "[…]",
            Shape::Text => "\"Bekasi\"",
            Shape::WholeNumber => "30",
            Shape::Number => "12.5",
            Shape::Boolean => "true",
            Shape::Null => "null",
        }
    }
}

labelled_enum! {
    in "berdaya::validate";
    /// The way a date field is written.
    #[non_exhaustive]
    pub enum DateFormat {
        /// A full day, `YYYY-MM-DD`.
        Day => ("day", "tanggal YYYY-MM-DD", "a date YYYY-MM-DD"),
        /// A year, a month or a day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
        Partial => (
            "partial",
            "tanggal YYYY, YYYY-MM atau YYYY-MM-DD",
            "a date YYYY, YYYY-MM or YYYY-MM-DD"
        ),
    }
}

impl DateFormat {
    /// An example of a valid date in this format.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::validate::DateFormat;
    /// // A JSON string holding a date written the way the format asks.
    /// let day: String = serde_json::from_str(DateFormat::Day.example())?;
    /// assert!(chrono::NaiveDate::parse_from_str(&day, "%Y-%m-%d").is_ok());
    /// let partial: String = serde_json::from_str(DateFormat::Partial.example())?;
    /// assert!(partial.parse::<berdaya::prelude::PartialDate>().is_ok());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn example(self) -> &'static str {
        match self {
            DateFormat::Day => "\"2024-01-31\"",
            DateFormat::Partial => "\"2023-03\"",
        }
    }
}

/// What is wrong at one place in a document.
///
/// Serialised with its [`code`](ProblemKind::code) under `"code"` and its fields beside it.
///
/// # Examples
///
/// ```
/// let err = berdaya::Case::from_json(r#"{"schema_version": 1, "id": 7}"#).unwrap_err();
/// let kind = &err.at("/id").next().unwrap().kind;
/// // A number where the id's text should be.
/// assert!(matches!(kind, berdaya::ProblemKind::WrongType { .. }));
/// assert_eq!(serde_json::to_value(kind).unwrap()["code"], kind.code());
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
#[non_exhaustive]
pub enum ProblemKind {
    /// The input could not be read at all; the message is the reader's (a binding uses it for
    /// data it cannot turn into JSON).
    Malformed {
        /// The reader's explanation.
        message: String,
    },
    /// The text is not JSON (or ends too early) at a line and column.
    InvalidJson {
        /// Line of the fault, from 1.
        line: usize,
        /// Column of the fault, from 1.
        column: usize,
        /// Whether the text simply ends too early (truncated).
        ends_early: bool,
    },
    /// Arrays and objects nest deeper than [`DEPTH_MAX`].
    TooDeep {
        /// The limit.
        limit: usize,
    },
    /// A value of the wrong shape (a text where a number belongs).
    WrongType {
        /// The shape the field takes.
        expected: Shape,
        /// The shape given.
        found: Shape,
    },
    /// A required field is missing from an object (the path is the object's).
    MissingField {
        /// The field's JSON key.
        field: String,
    },
    /// A field this kind of record does not have (refused, never dropped silently).
    UnknownField {
        /// The key given.
        field: String,
        /// The keys the record has.
        allowed: Vec<String>,
    },
    /// A code that is not one of the choices of its field.
    UnknownCode {
        /// The code given.
        found: String,
        /// The valid codes.
        allowed: Vec<String>,
    },
    /// A date that is not written as its field needs, or is not a real day.
    InvalidDate {
        /// What was given.
        found: String,
        /// The format the field takes.
        format: DateFormat,
    },
    /// A value its field's reader refused for another reason.
    InvalidValue {
        /// What was given.
        found: String,
    },
    /// The same key twice in one object (the path is the object's).
    DuplicateKey {
        /// The repeated key.
        key: String,
    },
    /// A number with a fractional part (or written with a decimal point) where a whole number
    /// belongs.
    NotWholeNumber {
        /// The value given.
        found: f64,
    },
    /// A text longer than its field allows ([`ID_MAX_CHARS`], [`TEXT_MAX_CHARS`]).
    TooLong {
        /// Its length in characters.
        length: usize,
        /// The most allowed.
        max: usize,
    },
    /// More than [`PROBLEMS_MAX`] problems; the rest are not listed.
    TooManyProblems {
        /// The limit.
        limit: usize,
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
        #[serde(serialize_with = "transition_error")]
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
        indicator: SulistiyaniStage,
        /// The stage recorded as reached, if any.
        reached: Option<SulistiyaniStage>,
    },
}

/// A transition error as `{"rule": <code>, "message": <English text>}`.
fn transition_error<S: Serializer>(error: &TransitionError, s: S) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct Breach<'a> {
        rule: &'a str,
        message: String,
    }
    Breach {
        rule: error.rule().code(),
        message: error.to_string(),
    }
    .serialize(s)
}

impl ProblemKind {
    /// A stable machine-readable code for the kind of problem (the `code` of its JSON form).
    ///
    /// # Examples
    ///
    /// ```
    /// let err = berdaya::Case::from_json("{").unwrap_err();
    /// // The same code in every language: what a service or a test matches on.
    /// assert_eq!(err.problems[0].kind.code(), "invalid_json");
    /// ```
    pub fn code(&self) -> &'static str {
        match self {
            ProblemKind::Malformed { .. } => "malformed",
            ProblemKind::InvalidJson { .. } => "invalid_json",
            ProblemKind::TooDeep { .. } => "too_deep",
            ProblemKind::WrongType { .. } => "wrong_type",
            ProblemKind::MissingField { .. } => "missing_field",
            ProblemKind::UnknownField { .. } => "unknown_field",
            ProblemKind::UnknownCode { .. } => "unknown_code",
            ProblemKind::InvalidDate { .. } => "invalid_date",
            ProblemKind::InvalidValue { .. } => "invalid_value",
            ProblemKind::DuplicateKey { .. } => "duplicate_key",
            ProblemKind::NotWholeNumber { .. } => "not_whole_number",
            ProblemKind::TooLong { .. } => "too_long",
            ProblemKind::TooManyProblems { .. } => "too_many_problems",
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
}

/// One problem found in a document.
///
/// # Examples
///
/// ```
/// let err = berdaya::Case::from_json(r#"{"schema_version": 1, "id": 7}"#).unwrap_err();
/// let p = err.at("/id").next().unwrap();
/// assert_eq!(p.kind.code(), "wrong_type");
/// assert!(p.message(berdaya::Lang::Id).contains("teks"));
/// let json = serde_json::to_value(p).unwrap();
/// assert_eq!(json["code"], "wrong_type");
/// assert_eq!(json["path"], "/id");
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Problem {
    /// JSON-pointer path of the offending value (`""` for the whole document).
    pub path: String,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl Problem {
    /// A problem at `path`.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::{Lang, Problem, ProblemKind};
    /// let p = Problem::new("/participants/3/age", ProblemKind::AgeOutOfRange { found: 250 });
    /// // The message names the place and what was found there.
    /// assert!(p.message(Lang::En).starts_with("/participants/3/age"));
    /// assert!(p.message(Lang::En).contains("250"));
    /// ```
    pub fn new(path: impl Into<String>, kind: ProblemKind) -> Self {
        Problem {
            path: path.into(),
            kind,
        }
    }

    /// The problem in `lang`: path, the field's meaning when known, what was expected (with
    /// an example of a valid value) and what was found.
    ///
    /// # Examples
    ///
    /// ```
    /// let err = berdaya::Case::from_json(r#"{"schema_version": 1, "id": 7}"#).unwrap_err();
    /// let p = err.at("/id").next().unwrap();
    /// // The same problem in both languages, each naming the path.
    /// let (id, en) = (p.message(berdaya::Lang::Id), p.message(berdaya::Lang::En));
    /// assert_ne!(id, en);
    /// assert!(id.starts_with("/id") && en.starts_with("/id"));
    /// ```
    pub fn message(&self, lang: Lang) -> String {
        let path = if self.path.is_empty() {
            "/"
        } else {
            &self.path
        };
        let place = match self.kind.field_meaning(&self.path, lang) {
            Some(meaning) => format!("{path} ({meaning})"),
            None => path.to_owned(),
        };
        let expected = self.kind.expected(lang);
        match (self.kind.found(lang), lang) {
            (Some(found), Lang::Id) => format!("{place}: diharapkan {expected}; ditemukan {found}"),
            (Some(found), Lang::En) => format!("{place}: expected {expected}; found {found}"),
            (None, Lang::Id) => format!("{place}: diharapkan {expected}"),
            (None, Lang::En) => format!("{place}: expected {expected}"),
        }
    }
}

impl Serialize for Problem {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Out<'a> {
            path: &'a str,
            #[serde(flatten)]
            kind: &'a ProblemKind,
            message: Text,
        }
        Out {
            path: &self.path,
            kind: &self.kind,
            message: Text::new(self.message(Lang::Id), self.message(Lang::En)),
        }
        .serialize(s)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}] {}", self.kind.code(), self.message(Lang::En))
    }
}

/// A document with one or more problems; it lists them all.
///
/// Serialised as `{"problems": [...]}`, each problem with its path, code and message.
///
/// # Examples
///
/// ```
/// let doc = r#"{"schema_version": 1, "id": 7, "title": 5}"#;
/// let err = berdaya::Case::from_json(doc).unwrap_err();
/// // Every problem at once, not just the first.
/// assert!(err.at("/id").count() == 1 && err.at("/title").count() == 1);
/// let json = serde_json::to_value(&err).unwrap();
/// assert_eq!(json["problems"].as_array().unwrap().len(), err.problems.len());
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ValidationError {
    /// Every problem found, in document order.
    pub problems: Vec<Problem>,
}

impl ValidationError {
    /// An error listing `problems` (in document order).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::{Problem, ProblemKind, ValidationError};
    /// let err = ValidationError::new(vec![Problem::new(
    ///     "/title",
    ///     ProblemKind::Malformed { message: "a title".into() },
    /// )]);
    /// assert_eq!(err.at("/title").count(), 1);
    /// assert!(err.to_string().starts_with("1 problem in the document"));
    /// ```
    pub fn new(problems: Vec<Problem>) -> Self {
        ValidationError { problems }
    }

    /// All problems rendered in `lang`, one per line.
    ///
    /// # Examples
    ///
    /// ```
    /// let err = berdaya::Case::from_json(r#"{"schema_version": 1, "id": 7}"#).unwrap_err();
    /// let report = err.report(berdaya::Lang::Id);
    /// // One line per problem, each a list item.
    /// assert_eq!(report.lines().count(), err.problems.len());
    /// assert!(report.lines().all(|l| l.starts_with("- ")));
    /// ```
    pub fn report(&self, lang: Lang) -> String {
        self.problems
            .iter()
            .map(|p| format!("- {}", p.message(lang)))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The problems at exactly `path`.
    ///
    /// # Examples
    ///
    /// ```
    /// let err = berdaya::Case::from_json(r#"{"schema_version": 1, "id": 7}"#).unwrap_err();
    /// assert_eq!(err.at("/id").count(), 1);
    /// // Exactly that path: not a prefix of it, not the document as a whole.
    /// assert_eq!(err.at("/i").count(), 0);
    /// assert!(err.at("").all(|p| p.path.is_empty()));
    /// ```
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
