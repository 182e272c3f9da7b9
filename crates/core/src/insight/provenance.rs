//! Whose judgement a number is: the [`Basis`] of every threshold a finding uses.
//!
//! berdaya's rule is that every score, threshold and finding says whose judgement it is. A
//! threshold can be a figure the source observed (and that berdaya reuses as a line), a rule
//! of the programme, an assumption berdaya makes because the sources give no norm, a
//! recommendation the source states, a convention borrowed from another instrument, or a
//! value the caller set. A judgement recorded in a case (a rating, a weight, a level) is
//! [`Whose`]: stated by the source, coded by an assessor, or not recorded.

use crate::model::coding::{Coding, CodingKind};
use crate::model::lang::labelled_enum;
use crate::model::lang::{Labelled, Lang};

/// What kind of number a threshold is (defined with the model's coding, so that every layer
/// can name it).
pub use crate::model::coding::Basis;

labelled_enum! {
    /// Whose a judgement recorded in a case is, as the report and the analysis rows show it.
    #[non_exhaustive]
    pub enum Whose {
        /// The source itself states it.
        StatedBySource => ("stated_by_source", "Dinyatakan oleh sumber", "Stated by the source"),
        /// An assessor coded it from the source.
        CodedByAssessor => ("coded_by_assessor", "Dikode oleh penilai", "Coded by an assessor"),
        /// Nobody recorded whose it is.
        NotRecorded => ("not_recorded", "Siapa yang menilai tidak dicatat", "Whose judgement is not recorded"),
    }
}

impl Whose {
    /// Whose the judgement with this coding (own, else the case's) is.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::provenance::Whose;
    /// use berdaya::model::coding::Coding;
    /// assert_eq!(Whose::of(Some(&Coding::coded_by("Tim Penilai"))), Whose::CodedByAssessor);
    /// assert_eq!(Whose::of(Some(&Coding::stated_by_source())), Whose::StatedBySource);
    /// // Nothing recorded is said so, not guessed.
    /// assert_eq!(Whose::of(None), Whose::NotRecorded);
    /// ```
    pub fn of(coding: Option<&Coding>) -> Whose {
        match coding.map(|c| c.kind) {
            Some(CodingKind::StatedBySource) => Whose::StatedBySource,
            Some(CodingKind::CodedByAssessor) => Whose::CodedByAssessor,
            None => Whose::NotRecorded,
        }
    }
}

/// One line saying whose a judgement is: "Dikode oleh penilai: berdaya, 2025-06-01 — basis".
///
/// # Examples
///
/// ```
/// use berdaya::insight::provenance::describe;
/// use berdaya::model::coding::Coding;
/// use berdaya::Lang;
/// let c = Coding::coded_by("Tim Penilai");
/// assert_eq!(describe(Some(&c), Lang::En), "Coded by an assessor: Tim Penilai");
/// assert_eq!(describe(None, Lang::Id), "Siapa yang menilai tidak dicatat");
/// ```
pub fn describe(coding: Option<&Coding>, lang: Lang) -> String {
    let mut out = Whose::of(coding).label(lang).to_owned();
    let Some(c) = coding else {
        return out;
    };
    let who: Vec<String> =
        c.by.iter()
            .cloned()
            .chain(c.on.map(|d| d.to_string()))
            .collect();
    if !who.is_empty() {
        out.push_str(": ");
        out.push_str(&who.join(", "));
    }
    if let Some(basis) = &c.basis {
        out.push_str(" — ");
        out.push_str(&basis.get(lang));
    }
    out
}

/// Whose a set of judgements is, each resolved against `default` (the case's coding): the
/// distinct descriptions joined by "; " ("—" for none).
///
/// # Examples
///
/// ```
/// use berdaya::insight::provenance::describe_all;
/// use berdaya::model::coding::Coding;
/// use berdaya::Lang;
/// let case_coding = Coding::stated_by_source();
/// let own = Coding::coded_by("Tim Penilai");
/// // Two judgements without their own coding take the case's; the same line is said once.
/// let all = describe_all([None, Some(&own), None], Some(&case_coding), Lang::En);
/// assert_eq!(all, "Stated by the source; Coded by an assessor: Tim Penilai");
/// assert_eq!(describe_all([], None, Lang::En), "—");
/// ```
pub fn describe_all<'a>(
    own: impl IntoIterator<Item = Option<&'a Coding>>,
    default: Option<&'a Coding>,
    lang: Lang,
) -> String {
    let mut seen: Vec<String> = Vec::new();
    for c in own {
        let d = describe(Coding::resolve(c, default), lang);
        if !seen.contains(&d) {
            seen.push(d);
        }
    }
    if seen.is_empty() {
        "—".to_owned()
    } else {
        seen.join("; ")
    }
}
