//! The shared collector each area's checks report into: problems with their paths, the ids
//! every collection registered (so references can be resolved), and the small checks every
//! area needs (non-empty text, years, dates in order, amounts, numbers in range, counts).

use std::collections::HashMap;
use std::fmt;

use crate::model::case::Case;
use crate::model::cohort::Share;
use crate::model::date::PartialDate;
use crate::model::ids::EvidenceId;
use crate::model::lang::Text;
use crate::model::money::Rupiah;
use crate::validate::problem::{
    Problem, ProblemKind, RefKind, COUNT_MAX, ID_MAX_CHARS, TEXT_MAX_CHARS, YEAR_RANGE,
};

/// Where a problem sits: a path, or the way to write it. Most checks find nothing, so the
/// hot ones pass `format_args!(…)` and the text is written only for a problem found. (One
/// kind for every such path: a closure per call site made each check a function of its
/// own, compiled once per site.)
pub(crate) trait At {
    /// The JSON-pointer path.
    fn path(self) -> String;
}

impl At for String {
    fn path(self) -> String {
        self
    }
}

impl At for &str {
    fn path(self) -> String {
        self.to_owned()
    }
}

impl At for fmt::Arguments<'_> {
    fn path(self) -> String {
        fmt::format(self)
    }
}

/// Problems found so far in one case, and the ids its collections declare.
pub(crate) struct Collector<'a> {
    /// The case being checked.
    pub case: &'a Case,
    /// Every problem found, in the order found.
    pub problems: Vec<Problem>,
    /// Each collection's ids, with the index of their first use.
    ids: HashMap<RefKind, HashMap<&'a str, usize>>,
}

impl<'a> Collector<'a> {
    pub fn new(case: &'a Case) -> Self {
        Collector {
            case,
            problems: Vec::new(),
            ids: HashMap::new(),
        }
    }

    pub fn push(&mut self, path: impl At, kind: ProblemKind) {
        self.problems.push(Problem::new(path.path(), kind));
    }

    /// Registers the ids of one collection, reporting empty, overlong and duplicate ones.
    pub fn collect_ids(&mut self, kind: RefKind, collection: &str, ids: Vec<&'a str>) {
        let mut first: HashMap<&str, usize> = HashMap::with_capacity(ids.len());
        for (i, id) in ids.iter().enumerate() {
            if id.trim().is_empty() {
                self.push(format_args!("/{collection}/{i}/id"), ProblemKind::Empty);
                continue;
            }
            self.length(format_args!("/{collection}/{i}/id"), id, ID_MAX_CHARS);
            match first.get(id) {
                Some(&j) => self.push(
                    format_args!("/{collection}/{i}/id"),
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
        // Kept as built: a second table of the same ids would double the peak memory.
        self.ids.insert(kind, first);
    }

    /// Reports empty and duplicate ids of a list that is nobody's reference target.
    pub fn unique_ids<'s>(&mut self, list: &str, field: &str, ids: impl Iterator<Item = &'s str>) {
        let mut first: HashMap<&str, usize> = HashMap::new();
        for (i, id) in ids.enumerate() {
            let path = format!("{list}/{i}/{field}");
            if id.trim().is_empty() {
                self.push(path, ProblemKind::Empty);
            } else if let Some(&j) = first.get(id) {
                self.push(
                    path,
                    ProblemKind::DuplicateId {
                        id: id.to_owned(),
                        first: format!("{list}/{j}/{field}"),
                    },
                );
            } else {
                first.insert(id, i);
            }
        }
    }

    pub fn known(&self, kind: RefKind, id: &str) -> bool {
        self.ids.get(&kind).is_some_and(|s| s.contains_key(id))
    }

    pub fn reference(&mut self, path: impl At, kind: RefKind, id: &str) {
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

    pub fn evidence_refs(&mut self, path: &str, ids: &[EvidenceId]) {
        for (i, e) in ids.iter().enumerate() {
            self.reference(format_args!("{path}/{i}"), RefKind::Evidence, e.as_str());
        }
    }

    fn length(&mut self, path: impl At, s: &str, max: usize) {
        // Counting characters is linear; skip it for texts that cannot be too long.
        if s.len() > max {
            let length = s.chars().count();
            if length > max {
                self.push(path, ProblemKind::TooLong { length, max });
            }
        }
    }

    /// A text: at least one language given (the problem sits at the working language's
    /// path, `{path}/id`, when neither is), neither too long.
    pub fn text(&mut self, path: &str, text: &Text) {
        if text.indonesian.trim().is_empty() && text.english.trim().is_empty() {
            self.push(format!("{path}/id"), ProblemKind::Empty);
            return;
        }
        self.length(format_args!("{path}/id"), &text.indonesian, TEXT_MAX_CHARS);
        self.length(format_args!("{path}/en"), &text.english, TEXT_MAX_CHARS);
    }

    /// A required text: not blank, not too long.
    pub fn non_empty(&mut self, path: impl At, s: &str) {
        if s.trim().is_empty() {
            self.push(path, ProblemKind::Empty);
        } else {
            self.length(path, s, TEXT_MAX_CHARS);
        }
    }

    /// An optional text: not too long.
    pub fn optional_text(&mut self, path: impl At, s: Option<&str>) {
        if let Some(s) = s {
            self.length(path, s, TEXT_MAX_CHARS);
        }
    }

    pub fn year(&mut self, path: impl At, year: i32) {
        if !(YEAR_RANGE.0..=YEAR_RANGE.1).contains(&year) {
            self.push(path, ProblemKind::YearOutOfRange { found: year });
        }
    }

    pub fn partial_date(&mut self, path: impl At, d: &PartialDate) {
        self.year(path, d.year());
    }

    pub fn date_pair(
        &mut self,
        path: &str,
        start: Option<&PartialDate>,
        end: Option<&PartialDate>,
    ) {
        if let Some(s) = start {
            self.partial_date(format_args!("{path}/start"), s);
        }
        if let Some(e) = end {
            self.partial_date(format_args!("{path}/end"), e);
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

    pub fn amount(&mut self, path: impl At, amount: Option<Rupiah>) {
        if let Some(a) = amount {
            if a.0 < 0 {
                self.push(path, ProblemKind::NegativeAmount { found: a });
            }
        }
    }

    pub fn number(&mut self, path: impl At, value: f64, min: f64, max: f64) {
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

    /// A count stated as a number: finite, whole, from 0 to [`COUNT_MAX`].
    pub fn count_value(&mut self, path: impl At, value: f64) {
        if value.is_finite() && value.fract() != 0.0 {
            self.push(path, ProblemKind::NotWholeNumber { found: value });
        } else {
            self.number(path, value, 0.0, COUNT_MAX as f64);
        }
    }

    /// A count stored as an integer: at most [`COUNT_MAX`].
    pub fn count(&mut self, path: impl At, value: Option<u64>) {
        if let Some(v) = value.filter(|v| *v > COUNT_MAX) {
            self.push(
                path,
                ProblemKind::OutOfRange {
                    found: v as f64,
                    min: 0.0,
                    max: COUNT_MAX as f64,
                },
            );
        }
    }

    pub fn shares<T>(&mut self, path: &str, shares: &[Share<T>]) {
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
}
