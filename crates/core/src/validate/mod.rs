//! Validation of a whole document: every problem, each with a JSON-pointer path.
//!
//! * `problem` — the [`Problem`], [`ProblemKind`] and [`ValidationError`] types, with stable
//!   codes and serde forms; `message` words them in both languages.
//! * `parse` — the parse path: a valid document is read straight into the types and then
//!   checked; a refused one is read again by `structure`, which reports every structural
//!   problem (wrong type, missing or unknown field, unknown code, impossible date, duplicate
//!   key, number out of range) at once.
//! * `walk` runs each area's checks (`programme`, `sites`, `activities`, `participants`,
//!   `figures`, `evidence`, `adi`, `frameworks`) over a shared `collector` of problems:
//!   unique ids, references that resolve, dates in order, amounts, ages and counts in range,
//!   shares that add up. Adding a field means touching the one area module that checks it.
//!
//! Nothing here stops at the first problem or panics. Deserialising a [`Case`] with serde
//! validates it too; [`Case::from_json_unchecked`] is the one way to hold a draft that has
//! not passed the cross-record checks.

mod activities;
mod adi;
mod coding;
mod collector;
mod evidence;
pub mod fields;
mod figures;
mod frameworks;
pub(crate) mod message;
mod notes;
mod parse;
mod participants;
mod pointer;
mod problem;
mod programme;
mod sites;
mod structure;
pub(crate) mod unchecked;
mod walk;

use crate::model::case::Case;

#[doc(hidden)]
pub use parse::readers;
pub use problem::{
    DateFormat, Problem, ProblemKind, RefKind, Shape, ValidationError, AGE_RANGE, COUNT_MAX,
    DEPTH_MAX, ID_MAX_CHARS, PROBLEMS_MAX, TEXT_MAX_CHARS, YEAR_RANGE,
};

/// Parsing and checking a case are validation's job, so they live here, beside the walk.
impl Case {
    /// Reads a document from JSON and validates it, reporting every problem found.
    ///
    /// A valid document is read straight into the types (its peak memory is a small multiple
    /// of the text); only a refused one is read a second, slower way that lists every
    /// structural problem with its path.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::Case;
    /// let err = Case::from_json(r#"{"schema_version": 1, "id": "x", "id": "y", "title": 3}"#)
    ///     .unwrap_err();
    /// let codes: Vec<&str> = err.problems.iter().map(|p| p.kind.code()).collect();
    /// assert_eq!(codes, ["duplicate_key", "wrong_type", "missing_field"]);
    /// ```
    pub fn from_json(json: &str) -> Result<Case, ValidationError> {
        let case = parse::parse(json)?;
        validate(&case)?;
        Ok(case)
    }

    /// Reads a document from JSON without the cross-record checks of [`validate`](Case::validate).
    ///
    /// This is the draft path: use it to load a document that is still being filled in. The
    /// structure and types are still checked.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::Case;
    /// // A participant at a site the draft does not record yet.
    /// let mut case = berdaya::cases::load("wrse-junrejo").unwrap();
    /// case.participants.push(berdaya::prelude::Participant::new("kpm-9").with_site("nowhere"));
    /// let draft = Case::from_json_unchecked(&case.to_json()).unwrap();
    /// assert!(Case::from_json(&draft.to_json()).is_err(), "not valid yet");
    /// ```
    pub fn from_json_unchecked(json: &str) -> Result<Case, ValidationError> {
        parse::parse(json)
    }

    /// Checks the whole document, returning every problem found.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut case = berdaya::cases::load("wrse-junrejo").unwrap();
    /// assert!(case.validate().is_ok());
    /// case.participants.push(berdaya::prelude::Participant::new("kpm-9").with_age(250));
    /// let err = case.validate().unwrap_err();
    /// assert_eq!(err.problems[0].kind.code(), "age_out_of_range");
    /// ```
    pub fn validate(&self) -> Result<(), ValidationError> {
        validate(self)
    }
}

/// Reads a document from JSON, checking its structure but not the cross-record rules.
///
/// Every structural problem is reported, each at its path.
///
/// # Examples
///
/// ```
/// let err = berdaya::validate::parse(r#"{"schema_version": 1, "id": 7}"#).unwrap_err();
/// assert_eq!(err.at("/id").next().unwrap().kind.code(), "wrong_type");
/// ```
pub fn parse(json: &str) -> Result<Case, ValidationError> {
    parse::parse(json)
}

/// Whether a text is JSON at all: `None` when it is, else the one problem that says where the
/// reader stopped (line and column, or nesting deeper than [`DEPTH_MAX`]), worded like every
/// other problem in both languages. A page uses it for a file or a field typed as JSON, so
/// that the message is the core's and not the browser's own.
///
/// # Examples
///
/// ```
/// use berdaya::{Lang, ProblemKind};
/// assert_eq!(berdaya::validate::json_problem(r#"{"a": [1, 2]}"#), None);
/// let p = berdaya::validate::json_problem("{\"a\": \n  nope}").unwrap();
/// assert!(matches!(p.kind, ProblemKind::InvalidJson { line: 2, ends_early: false, .. }));
/// assert!(p.message(Lang::Id).contains("baris 2, kolom"));
/// // Cut short: it ends early.
/// let p = berdaya::validate::json_problem(r#"{"a": [1,"#).unwrap();
/// assert!(matches!(p.kind, ProblemKind::InvalidJson { ends_early: true, .. }));
/// ```
pub fn json_problem(text: &str) -> Option<Problem> {
    structure::json_problem(text)
}

/// Checks a whole document and returns every problem found.
///
/// # Examples
///
/// ```
/// let case = berdaya::cases::load("p2k2-karawaci").unwrap();
/// assert_eq!(berdaya::validate::validate(&case), Ok(()));
/// ```
pub fn validate(case: &Case) -> Result<(), ValidationError> {
    let problems = problems(case);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(ValidationError { problems })
    }
}

/// Every problem in a document, in document order (empty when it is valid).
///
/// # Examples
///
/// ```
/// use berdaya::prelude::Participant;
/// let mut case = berdaya::cases::load("wrse-junrejo").unwrap();
/// case.participants.push(Participant::new("kpm-9").with_site("nowhere"));
/// let problems = berdaya::validate::problems(&case);
/// assert_eq!(problems.len(), 1);
/// assert_eq!(problems[0].kind.code(), "unknown_reference");
/// ```
pub fn problems(case: &Case) -> Vec<Problem> {
    walk::problems(case)
}
