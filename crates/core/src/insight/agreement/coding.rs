//! Agreement of coders who coded the same text sources: the sources are cut into units
//! (sentences or fixed character segments — a parameter, stated in the output), each coder
//! gives each unit, per code, 1 if any of their selections with that code overlaps it and 0
//! otherwise, and Krippendorff's α (nominal) is computed per code.
//!
//! Units that no coder coded with any code are left out by default: counting long uncoded
//! stretches as agreement makes the statistic meaningless, as QualCoder's users found
//! (ccbogel/QualCoder#667). [`Uncoded::Include`] keeps them; the output says which.
//!
//! A coder is compared only on the sources they coded: those listed in the source's
//! [`coders`](Source::coders) when recorded, and every source where they made a selection.
//! On a source only one coder saw, each unit has a value from that coder alone: it is
//! neither agreement nor disagreement, counts in no α, and the output says how many such
//! units there were ([`CodingAgreement::units_one_coder`]) and who coded each source
//! ([`CodingAgreement::sources`]).
//!
//! Sentences end at `.`, `!`, `?` or `…` followed by whitespace, or at a line break — except
//! after the abbreviations of [`SENTENCE_ABBREVIATIONS`] and single capital initials
//! (`H. Ahmad`), which the seeds' transcripts and name lists are full of.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::bootstrap::Bootstrap;
use super::data::Ratings;
use super::error::AgreementError;
use super::krippendorff::krippendorff_alpha;
use super::result::{Agreement, MeasurementLevel};
use crate::model::lang::labelled_enum;

/// The unit text is cut into for agreement.
///
/// # Examples
///
/// ```
/// # use berdaya::insight::agreement::coding::{coding_agreement, CodedSpan, CodingOptions, Source};
/// # let sources = [Source::new("I-01", "Dana terbatas. Rapat rutin. Kami senang.")];
/// # // Both coders coded the first sentence `dana`; only B the second.
/// # let spans = [
/// #     CodedSpan::new("I-01", "A", "dana", 0, 14),
/// #     CodedSpan::new("I-01", "B", "dana", 0, 13),
/// #     CodedSpan::new("I-01", "B", "dana", 15, 27),
/// # ];
/// use berdaya::insight::agreement::coding::{Uncoded, Unit};
/// // The sources and spans of the example of `coding_agreement`: 40 characters, 3 sentences.
/// let mut options = CodingOptions::default();
/// assert_eq!(options.unit, Unit::Sentence);
/// options.unit = Unit::Characters { length: 10 };
/// options.uncoded = Uncoded::Include;
/// let out = coding_agreement(&sources, &spans, &options).unwrap();
/// assert_eq!((out.units_total, out.units_excluded), (4, 0));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Unit {
    /// A sentence: it ends at `.`, `!`, `?` or `…` followed by whitespace (a `.` not after
    /// an abbreviation of [`SENTENCE_ABBREVIATIONS`] or a capital initial), or at a line
    /// break; surrounding whitespace is not part of it.
    Sentence,
    /// Fixed segments of `length` characters (Unicode scalar values) from the start.
    Characters {
        /// The segment length, at least 1.
        length: usize,
    },
}

labelled_enum! {
    /// Whether units that no coder coded count.
    pub enum Uncoded {
        /// Leave out units no coder coded with any code (the default).
        Exclude => ("exclude", "Unit tanpa kode tidak dihitung", "Uncoded units left out"),
        /// Count them: every coder gave them 0 for every code.
        Include => ("include", "Unit tanpa kode dihitung", "Uncoded units counted"),
    }
}

/// A text source with its id.
///
/// # Examples
///
/// ```
/// use berdaya::insight::agreement::coding::{coding_agreement, CodedSpan, CodingOptions, Source};
/// let source = Source::new("I-01", "Dana terbatas. Rapat rutin.");
/// assert_eq!(source.id, "I-01");
/// // A span must name a source given: one that does not is an error naming the span.
/// let stray = [CodedSpan::new("I-02", "A", "dana", 0, 4)];
/// let err = coding_agreement(&[source], &stray, &CodingOptions::default()).unwrap_err();
/// assert_eq!(err.kind(), "unknown_source");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Source {
    /// Its id, which selections name.
    pub id: String,
    /// Its plain text.
    pub text: String,
    /// The coders who coded it, when recorded (a coder may have read it and applied no
    /// code); with or without it, every coder with a selection in it is counted as one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub coders: Vec<String>,
}

/// Who coded a source.
///
/// # Examples
///
/// ```
/// use berdaya::insight::agreement::coding::{coding_agreement, CodedSpan, CodingOptions, Source};
/// let sources = [
///     Source::new("I-01", "Dana terbatas. Rapat rutin.").coded_by(["B", "A"]),
///     Source::new("I-02", "Pasar jauh."),
/// ];
/// let spans = [CodedSpan::new("I-01", "A", "dana", 0, 14)];
/// let out = coding_agreement(&sources, &spans, &CodingOptions::default()).unwrap();
/// // I-01: its recorded coders, sorted, though B applied no code there.
/// assert_eq!(out.sources[0].source, "I-01");
/// assert_eq!(out.sources[0].coders, ["A", "B"]);
/// // I-02: no coders recorded and no selection in it — nobody is counted as its coder.
/// assert!(out.sources[1].coders.is_empty());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SourceCoders {
    /// The source's id.
    pub source: String,
    /// Its coders, sorted: recorded, or with a selection in it.
    pub coders: Vec<String>,
}

/// One coder's selection of a source coded with one code. Positions count Unicode scalar
/// values from 0; the end is exclusive (as REFI-QDA's `PlainTextSelection`).
///
/// # Examples
///
/// ```
/// use berdaya::insight::agreement::coding::{
///     CodedSpan, CodingOptions, Source, coding_agreement,
/// };
/// let source = Source::new("I-01", "Dana terbatas.");
/// let span = CodedSpan::new("I-01", "A", "dana", 0, 4); // "Dana"
/// assert_eq!((span.coder.as_str(), span.code.as_str()), ("A", "dana"));
/// // Positions are characters of the source; past its end is an error.
/// let beyond = CodedSpan::new("I-01", "A", "dana", 0, 99);
/// let err =
///     coding_agreement(&[source], &[span, beyond], &CodingOptions::default()).unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "span 1: positions 0..99 do not lie within the source's 14 characters"
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CodedSpan {
    /// The source's id.
    pub source: String,
    /// The coder.
    pub coder: String,
    /// The code.
    pub code: String,
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
}

impl Source {
    /// The source `id` with its `text`.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::agreement::coding::Source;
    /// let source = Source::new("I-01", "Kami belajar menjahit.");
    /// assert_eq!(source.text, "Kami belajar menjahit.");
    /// ```
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Source {
            id: id.into(),
            text: text.into(),
            coders: Vec::new(),
        }
    }

    /// The same source, recorded as coded by `coders` (also those who applied no code).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::agreement::coding::{coding_agreement, CodedSpan, CodingOptions, Source};
    /// let spans = [
    ///     CodedSpan::new("I-01", "A", "dana", 0, 14),
    ///     CodedSpan::new("I-02", "B", "pasar", 0, 11),
    /// ];
    /// let options = CodingOptions::default();
    /// let unrecorded = [Source::new("I-01", "Dana terbatas. Rapat rutin."), Source::new("I-02", "Pasar jauh.")];
    /// let out = coding_agreement(&unrecorded, &spans, &options).unwrap();
    /// // Each source has one coder's selections only: its units compare nobody.
    /// assert_eq!(out.units_one_coder, 2);
    /// // Recorded as read by both: B leaving I-01's first sentence uncoded now counts.
    /// let recorded = unrecorded.map(|s| s.coded_by(["A", "B"]));
    /// let out = coding_agreement(&recorded, &spans, &options).unwrap();
    /// assert_eq!(out.units_one_coder, 0);
    /// assert_eq!(out.sources[1].coders, ["A", "B"]);
    /// ```
    pub fn coded_by<I, S>(mut self, coders: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.coders = coders.into_iter().map(Into::into).collect();
        self
    }
}

impl CodedSpan {
    /// `coder`'s selection `start..end` (in Unicode scalar values) of `source`, coded `code`.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::agreement::coding::{
    ///     CodedSpan, CodingOptions, Source, coding_agreement,
    /// };
    /// let source = [Source::new("I-01", "Bu Ené. Dana kurang.")]; // 20 characters, 21 bytes
    /// let options = CodingOptions::default();
    /// let to_end = CodedSpan::new("I-01", "A", "dana", 8, 20);
    /// assert!(coding_agreement(&source, &[to_end], &options).is_ok());
    /// let past_end = CodedSpan::new("I-01", "A", "dana", 8, 21);
    /// assert!(coding_agreement(&source, &[past_end], &options).is_err());
    /// ```
    pub fn new(
        source: impl Into<String>,
        coder: impl Into<String>,
        code: impl Into<String>,
        start: usize,
        end: usize,
    ) -> Self {
        CodedSpan {
            source: source.into(),
            coder: coder.into(),
            code: code.into(),
            start,
            end,
        }
    }
}

/// How to compare codings.
///
/// # Examples
///
/// ```
/// # use berdaya::insight::agreement::coding::{coding_agreement, CodedSpan, CodingOptions, Source};
/// # let sources = [Source::new("I-01", "Dana terbatas. Rapat rutin. Kami senang.")];
/// # // Both coders coded the first sentence `dana`; only B the second.
/// # let spans = [
/// #     CodedSpan::new("I-01", "A", "dana", 0, 14),
/// #     CodedSpan::new("I-01", "B", "dana", 0, 13),
/// #     CodedSpan::new("I-01", "B", "dana", 15, 27),
/// # ];
/// use berdaya::insight::agreement::coding::{Uncoded, Unit};
/// // The sources and spans of the example of `coding_agreement`.
/// let default = CodingOptions::default();
/// assert_eq!(
///     (default.unit, default.uncoded, default.bootstrap),
///     (Unit::Sentence, Uncoded::Exclude, None)
/// );
/// let mut counted = default;
/// counted.uncoded = Uncoded::Include;
/// // The uncoded third sentence now counts as a unit both coders left uncoded.
/// let out = coding_agreement(&sources, &spans, &counted).unwrap();
/// assert_eq!((out.units_total, out.units_excluded), (3, 0));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct CodingOptions {
    /// The unit. Default: sentences.
    pub unit: Unit,
    /// Whether uncoded units count. Default: they do not.
    pub uncoded: Uncoded,
    /// A bootstrap interval per code, if wanted.
    pub bootstrap: Option<Bootstrap>,
}

impl Default for CodingOptions {
    fn default() -> Self {
        CodingOptions {
            unit: Unit::Sentence,
            uncoded: Uncoded::Exclude,
            bootstrap: None,
        }
    }
}

/// The agreement on one code.
///
/// # Examples
///
/// ```
/// use berdaya::insight::agreement::coding::{coding_agreement, CodedSpan, CodingOptions, Source};
/// let sources = [Source::new("I-01", "Dana terbatas. Rapat rutin. Kami senang.")];
/// // Both coders coded the first sentence `dana`; only B the second.
/// let spans = [
///     CodedSpan::new("I-01", "A", "dana", 0, 14),
///     CodedSpan::new("I-01", "B", "dana", 0, 13),
///     CodedSpan::new("I-01", "B", "dana", 15, 27),
/// ];
/// let out = coding_agreement(&sources, &spans, &CodingOptions::default()).unwrap();
/// let dana = &out.codes[0];
/// assert_eq!(dana.code, "dana");
/// assert_eq!(dana.units_coded, 2);
/// assert_eq!(dana.alpha.coders, 2);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CodeAgreement {
    /// The code.
    pub code: String,
    /// Units some coder coded with this code.
    pub units_coded: usize,
    /// Krippendorff's α (nominal) over the units compared.
    pub alpha: Agreement,
}

/// The agreement of coders on each code.
///
/// # Examples
///
/// ```
/// use berdaya::insight::agreement::coding::{coding_agreement, CodedSpan, CodingOptions, Source};
/// let sources = [Source::new("I-01", "Dana terbatas. Rapat rutin. Kami senang.")];
/// // Both coders coded the first sentence `dana`; only B the second.
/// let spans = [
///     CodedSpan::new("I-01", "A", "dana", 0, 14),
///     CodedSpan::new("I-01", "B", "dana", 0, 13),
///     CodedSpan::new("I-01", "B", "dana", 15, 27),
/// ];
/// let out = coding_agreement(&sources, &spans, &CodingOptions::default()).unwrap();
/// assert_eq!(out.coders, ["A", "B"]);
/// // The third sentence nobody coded is left out, and the output says so.
/// assert_eq!((out.units_total, out.units_excluded), (3, 1));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CodingAgreement {
    /// The unit used.
    pub unit: Unit,
    /// Whether uncoded units counted.
    pub uncoded: Uncoded,
    /// The coders compared, sorted.
    pub coders: Vec<String>,
    /// Units in all the sources.
    pub units_total: usize,
    /// Units left out as uncoded.
    pub units_excluded: usize,
    /// Units kept whose source fewer than two coders coded: neither agreement nor
    /// disagreement, in no α.
    pub units_one_coder: usize,
    /// Who coded each source, in the order given.
    pub sources: Vec<SourceCoders>,
    /// One entry per code, sorted by code.
    pub codes: Vec<CodeAgreement>,
}

/// The agreement of the coders of `spans` on each code, over the units of `sources`.
///
/// # Errors
///
/// [`AgreementError::UnknownSource`] and [`AgreementError::SpanOutOfRange`] naming the span;
/// [`AgreementError::Parameter`] for a zero segment length or a bad bootstrap.
///
/// # Examples
///
/// ```
/// use berdaya::insight::agreement::coding::{coding_agreement, CodedSpan, CodingOptions, Source};
/// let sources = [Source::new("I-01", "Dana terbatas. Rapat rutin. Kami senang.")];
/// let span = |coder: &str, start, end| CodedSpan::new("I-01", coder, "dana", start, end);
/// let spans = [span("A", 0, 14), span("B", 0, 13), span("B", 15, 27)];
/// let out = coding_agreement(&sources, &spans, &CodingOptions::default()).unwrap();
/// assert_eq!((out.units_total, out.units_excluded), (3, 1));
/// assert_eq!(out.codes[0].alpha.units, 2);
/// ```
pub fn coding_agreement(
    sources: &[Source],
    spans: &[CodedSpan],
    options: &CodingOptions,
) -> Result<CodingAgreement, AgreementError> {
    if let Unit::Characters { length: 0 } = options.unit {
        return Err(AgreementError::Parameter {
            parameter: "unit.length",
            expected: "a whole number of at least 1",
            found: "0".into(),
        });
    }
    if let Some(b) = &options.bootstrap {
        b.check()?;
    }
    let coders: Vec<String> = sorted(
        spans
            .iter()
            .map(|s| &s.coder)
            .chain(sources.iter().flat_map(|s| &s.coders)),
    );
    let codes: Vec<String> = sorted(spans.iter().map(|s| &s.code));
    let units = Units::of(sources, options.unit);
    let by_id: BTreeMap<&str, usize> = sources
        .iter()
        .enumerate()
        .rev()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    // seen[source] = the coders who coded it.
    let mut seen: Vec<BTreeSet<usize>> = sources
        .iter()
        .map(|s| s.coders.iter().map(|c| index(&coders, c)).collect())
        .collect();
    // coded[unit] = the (coder, code) pairs applied to it.
    let mut coded: Vec<BTreeSet<(usize, usize)>> = vec![BTreeSet::new(); units.spans.len()];
    for (i, span) in spans.iter().enumerate() {
        let Some(&source) = by_id.get(span.source.as_str()) else {
            return Err(AgreementError::UnknownSource {
                span: i,
                source_id: span.source.clone(),
            });
        };
        let coder = index(&coders, &span.coder);
        let code = index(&codes, &span.code);
        if let Some(set) = seen.get_mut(source) {
            set.insert(coder);
        }
        for u in units.overlapping(source, i, span)? {
            if let Some(set) = coded.get_mut(u) {
                set.insert((coder, code));
            }
        }
    }
    let kept: Vec<Kept<'_>> = coded
        .iter()
        .zip(&units.spans)
        .filter(|(set, _)| options.uncoded == Uncoded::Include || !set.is_empty())
        .map(|(set, unit)| Kept {
            coded: set,
            coders: seen.get(unit.source).map_or(&EMPTY, |s| s),
        })
        .collect();
    let per_code = codes
        .iter()
        .enumerate()
        .map(|(k, code)| code_agreement(code, k, &kept, coders.len(), options.bootstrap))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(CodingAgreement {
        unit: options.unit,
        uncoded: options.uncoded,
        units_total: units.spans.len(),
        units_excluded: units.spans.len() - kept.len(),
        units_one_coder: kept.iter().filter(|k| k.coders.len() < 2).count(),
        sources: sources
            .iter()
            .zip(&seen)
            .map(|(s, c)| SourceCoders {
                source: s.id.clone(),
                coders: c.iter().filter_map(|&i| coders.get(i).cloned()).collect(),
            })
            .collect(),
        coders,
        codes: per_code,
    })
}

static EMPTY: BTreeSet<usize> = BTreeSet::new();

/// A unit compared: the (coder, code) pairs applied to it and the coders of its source.
struct Kept<'a> {
    coded: &'a BTreeSet<(usize, usize)>,
    coders: &'a BTreeSet<usize>,
}

fn code_agreement(
    code: &str,
    k: usize,
    units: &[Kept<'_>],
    coders: usize,
    bootstrap: Option<Bootstrap>,
) -> Result<CodeAgreement, AgreementError> {
    // A coder who did not code the unit's source gives no value (missing), not a 0.
    let rows = (0..coders)
        .map(|c| {
            units
                .iter()
                .map(|u| {
                    u.coders
                        .contains(&c)
                        .then(|| f64::from(u8::from(u.coded.contains(&(c, k)))))
                })
                .collect()
        })
        .collect();
    Ok(CodeAgreement {
        code: code.to_owned(),
        units_coded: units
            .iter()
            .filter(|u| u.coded.iter().any(|&(_, c)| c == k))
            .count(),
        alpha: krippendorff_alpha(&Ratings::new(rows)?, MeasurementLevel::Nominal, bootstrap)?,
    })
}

fn sorted<'a>(names: impl Iterator<Item = &'a String>) -> Vec<String> {
    let set: BTreeSet<&String> = names.collect();
    set.into_iter().cloned().collect()
}

fn index(sorted: &[String], name: &str) -> usize {
    sorted.partition_point(|n| n.as_str() < name)
}

/// A unit: its source's index and its character range.
struct Span {
    source: usize,
    start: usize,
    end: usize,
}

/// The units of all sources, each source's contiguous and in order, with where each
/// source's begin.
struct Units {
    spans: Vec<Span>,
    /// Each source's length in characters.
    lengths: Vec<usize>,
    /// `first[s]..first[s + 1]`: the units of source `s`.
    first: Vec<usize>,
}

impl Units {
    fn of(sources: &[Source], unit: Unit) -> Units {
        let mut spans = Vec::new();
        let mut first = Vec::with_capacity(sources.len() + 1);
        let mut lengths = Vec::with_capacity(sources.len());
        for (source, s) in sources.iter().enumerate() {
            first.push(spans.len());
            lengths.push(s.text.chars().count());
            spans.extend(segment(&s.text, unit).into_iter().map(|(start, end)| Span {
                source,
                start,
                end,
            }));
        }
        first.push(spans.len());
        Units {
            spans,
            lengths,
            first,
        }
    }

    /// The indices of the units of `source` that `span` overlaps (a binary search: the
    /// units of a source are in order and do not overlap).
    fn overlapping(
        &self,
        source: usize,
        i: usize,
        span: &CodedSpan,
    ) -> Result<std::ops::Range<usize>, AgreementError> {
        let length = self.lengths.get(source).copied().unwrap_or(0);
        if span.start > span.end || span.end > length {
            return Err(AgreementError::SpanOutOfRange {
                span: i,
                start: span.start,
                end: span.end,
                length,
            });
        }
        let from = self.first.get(source).copied().unwrap_or(0);
        let to = self.first.get(source + 1).copied().unwrap_or(from);
        let units = self.spans.get(from..to).unwrap_or(&[]);
        let a = units.partition_point(|u| u.end <= span.start);
        let b = units.partition_point(|u| u.start < span.end);
        Ok(if span.start < span.end && a < b {
            from + a..from + b
        } else {
            from..from
        })
    }
}

/// The units of `text` as character ranges (start inclusive, end exclusive).
///
/// # Examples
///
/// ```
/// use berdaya::insight::agreement::coding::{segment, Unit};
/// assert_eq!(segment("Ya. Tidak!\nMungkin", Unit::Sentence), vec![(0, 3), (4, 10), (11, 18)]);
/// assert_eq!(segment("abcde", Unit::Characters { length: 2 }), vec![(0, 2), (2, 4), (4, 5)]);
/// ```
pub fn segment(text: &str, unit: Unit) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    match unit {
        Unit::Characters { length } => {
            let length = length.max(1);
            (0..chars.len())
                .step_by(length)
                .map(|s| (s, (s + length).min(chars.len())))
                .collect()
        }
        Unit::Sentence => sentences(&chars),
    }
}

/// Abbreviations after which a full stop does not end a sentence (matched as written, as the
/// whole word before the stop): Indonesian titles and honorifics that are never words of
/// their own, academic degrees, and the administrative abbreviations of addresses, sums and
/// letters. Single capital initials (`H.`, `M.`) do not end a sentence either. Full words
/// that also serve as forms of address (`Ibu`, `Bu`, `Pak`, `Bapak`) and abbreviations that
/// usually close a sentence (`dll.`, `dsb.`, `dst.`) are not in the list: "Terima kasih,
/// Ibu." ends a sentence.
pub const SENTENCE_ABBREVIATIONS: &[&str] = &[
    // Forms of address and titles.
    "Bpk", "Bp", "Sdr", "Sdri", "Yth", "dr", "Dr", "Drs", "Dra", "Prof", "Ir", "Hj", "Kol",
    "Letkol", "Ust", "Ustz", // Academic degrees (written after a name).
    "S.Pd", "M.Pd", "S.Sos", "M.Si", "S.Ag", "S.Kom", "M.Hum", "M.Kes", "S.E", "S.H", "S.T",
    "S.Kep", "S.IP", "M.M", "M.A", "Ph.D", "SKM", // Addresses, sums, documents.
    "No", "Jl", "Kec", "Kel", "Kab", "Prov", "Rp", "Tgl", "tgl", "Hlm", "hlm", "a.n", "u.p", "s.d",
    "dkk", "Ds",
];

/// The longest abbreviation, in characters.
const ABBREVIATION_MAX: usize = 8;

/// Whether the word ending just before `stop` (a full stop's index) is an abbreviation.
fn abbreviation_before(chars: &[char], stop: usize) -> bool {
    // The word: back to whitespace or an opening bracket or quote, at most a few characters.
    let mut start = stop;
    while start > 0 && stop - start <= ABBREVIATION_MAX {
        match chars.get(start - 1) {
            Some(c) if c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘' | '\'') => break,
            _ => start -= 1,
        }
    }
    let word = chars.get(start..stop).unwrap_or(&[]);
    if let [c] = word {
        return c.is_uppercase();
    }
    word.len() <= ABBREVIATION_MAX
        && SENTENCE_ABBREVIATIONS
            .iter()
            .any(|a| a.chars().eq(word.iter().copied()))
}

fn sentences(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_visible = 0;
    for (i, &c) in chars.iter().enumerate() {
        if c == '\n' {
            if let Some(s) = start.take() {
                out.push((s, last_visible + 1));
            }
            continue;
        }
        if c.is_whitespace() {
            continue;
        }
        if start.is_none() {
            start = Some(i);
        }
        last_visible = i;
        let ends = matches!(c, '.' | '!' | '?' | '…')
            && chars.get(i + 1).is_none_or(|n| n.is_whitespace())
            && !(c == '.' && abbreviation_before(chars, i));
        if ends {
            if let Some(s) = start.take() {
                out.push((s, i + 1));
            }
        }
    }
    if let Some(s) = start {
        out.push((s, last_visible + 1));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insight::agreement::result::{Outcome, Undefined};

    fn span(coder: &str, code: &str, start: usize, end: usize) -> CodedSpan {
        CodedSpan {
            source: "s".into(),
            coder: coder.into(),
            code: code.into(),
            start,
            end,
        }
    }

    fn source(text: &str) -> Vec<Source> {
        vec![Source::new("s", text)]
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_a_sentence() {
        let cut = |text: &str| -> Vec<String> {
            let chars: Vec<char> = text.chars().collect();
            segment(text, Unit::Sentence)
                .into_iter()
                .map(|(a, b)| chars[a..b].iter().collect())
                .collect()
        };
        assert_eq!(
            cut("Kami bertemu Bpk. Ahmad dan dr. Sari. Rapat dimulai."),
            ["Kami bertemu Bpk. Ahmad dan dr. Sari.", "Rapat dimulai."]
        );
        assert_eq!(
            cut("Narasumber: Dra. Sitti, S.Pd. dan H. M. Yusuf (Prof. Ali). Selesai."),
            [
                "Narasumber: Dra. Sitti, S.Pd. dan H. M. Yusuf (Prof. Ali).",
                "Selesai."
            ]
        );
        assert_eq!(
            cut("Dana Rp. 500.000 di Jl. Melati No. 3. Cukup?"),
            ["Dana Rp. 500.000 di Jl. Melati No. 3.", "Cukup?"]
        );
        // Words that also address someone still end a sentence, and so does `dll.`.
        assert_eq!(
            cut("Terima kasih, Ibu. Sama-sama, Pak. Beras, minyak, dll. Ya."),
            [
                "Terima kasih, Ibu.",
                "Sama-sama, Pak.",
                "Beras, minyak, dll.",
                "Ya."
            ]
        );
        // A word that merely ends like an abbreviation is not one.
        assert_eq!(
            cut("Ke Bandung. Lalu pulang."),
            ["Ke Bandung.", "Lalu pulang."]
        );
        assert_eq!(cut("Saya Andr. Lalu"), ["Saya Andr.", "Lalu"]);
    }

    #[test]
    fn a_source_only_one_coder_coded_is_neither_agreement_nor_disagreement() {
        let shared = "Dana terbatas. Rapat rutin. Kami senang. Pasar jauh.";
        let spans = vec![
            CodedSpan::new("s", "A", "c", 0, 14),
            CodedSpan::new("s", "B", "c", 0, 14),
            CodedSpan::new("s", "A", "c", 28, 40),
            CodedSpan::new("s", "B", "c", 15, 27),
        ];
        let alone = coding_agreement(
            &[Source::new("s", shared)],
            &spans,
            &CodingOptions::default(),
        )
        .unwrap();
        // Only A coded `t`: its units change nothing.
        let mut more = spans.clone();
        more.push(CodedSpan::new("t", "A", "c", 0, 5));
        more.push(CodedSpan::new("t", "A", "d", 7, 9));
        let sources = [
            Source::new("s", shared),
            Source::new("t", "Satu. Dua. Tiga."),
        ];
        let out = coding_agreement(&sources, &more, &CodingOptions::default()).unwrap();
        assert_eq!(out.codes[0].alpha, alone.codes[0].alpha);
        assert_eq!(out.units_one_coder, 2);
        assert_eq!(
            out.sources,
            [
                SourceCoders {
                    source: "s".into(),
                    coders: vec!["A".into(), "B".into()]
                },
                SourceCoders {
                    source: "t".into(),
                    coders: vec!["A".into()]
                },
            ]
        );
        // Code `d`, applied only on `t`: where two coders compare (on `s`) neither applied
        // it — one value only, undefined; A's use on `t` is not a disagreement.
        assert_eq!(
            out.codes[1].alpha.outcome,
            Outcome::Undefined {
                reason: Undefined::OneValueOnly
            }
        );
        assert_eq!(out.codes[1].alpha.units, 3);
        // Recorded as read by B too, who applied nothing: now B's silence disagrees.
        let sources = [
            Source::new("s", shared),
            Source::new("t", "Satu. Dua. Tiga.").coded_by(["A", "B"]),
        ];
        let seen = coding_agreement(&sources, &more, &CodingOptions::default()).unwrap();
        assert_eq!(seen.units_one_coder, 0);
        // By hand, nominal α = 1 − (n − 1)·D/E: on `s` alone A = 1 0 1, B = 1 1 0 (n = 6,
        // four 1s): 1 − 5·4/(2·4·2) = −0.25; with `t` read by both, (1, 0) and (0, 0) join
        // (n = 10, five 1s): 1 − 9·6/(2·5·5) = −0.08.
        let close = |a: Option<f64>, b: f64| a.is_some_and(|a| (a - b).abs() < 1e-12);
        assert!(close(alone.codes[0].alpha.value(), -0.25));
        assert!(close(seen.codes[0].alpha.value(), -0.08));
        assert_eq!(seen.codes[0].alpha.units, alone.codes[0].alpha.units + 2);
    }

    #[test]
    fn sentences_trim_and_split_at_line_breaks() {
        assert_eq!(
            segment("  A b.  C?\r\n\nD", Unit::Sentence),
            vec![(2, 6), (8, 10), (13, 14)]
        );
        assert_eq!(segment("3.5 juta", Unit::Sentence), vec![(0, 8)]);
        assert!(segment("", Unit::Sentence).is_empty());
    }

    #[test]
    fn uncoded_units_are_excluded_by_default_and_included_on_request() {
        // 100 characters in 10-character units; A codes 0..50, B codes 25..75.
        let text = "x".repeat(100);
        let spans = [span("A", "c", 0, 50), span("B", "c", 25, 75)];
        let unit = Unit::Characters { length: 10 };
        let exclude = CodingOptions {
            unit,
            ..CodingOptions::default()
        };
        let out = coding_agreement(&source(&text), &spans, &exclude).unwrap();
        assert_eq!((out.units_total, out.units_excluded), (10, 2));
        // Units 0–7 kept: A = 1 1 1 1 1 0 0 0, B = 0 0 1 1 1 1 1 1.
        let alpha = out.codes[0].alpha.value().unwrap();
        let include = CodingOptions {
            unit,
            uncoded: Uncoded::Include,
            bootstrap: None,
        };
        let all = coding_agreement(&source(&text), &spans, &include).unwrap();
        assert_eq!(all.units_excluded, 0);
        assert!(all.codes[0].alpha.value().unwrap() > alpha);
        assert_eq!(all.uncoded, Uncoded::Include);
    }

    #[test]
    fn identical_codings_agree_perfectly() {
        let text = "Dana terbatas. Rapat rutin. Kami senang.";
        let spans = [
            span("A", "dana", 0, 14),
            span("B", "dana", 2, 5),
            span("A", "rapat", 15, 27),
            span("B", "rapat", 15, 27),
        ];
        let out = coding_agreement(&source(text), &spans, &CodingOptions::default()).unwrap();
        assert_eq!(out.coders, ["A", "B"]);
        for c in &out.codes {
            assert_eq!(c.alpha.value(), Some(1.0));
        }
        // Only one code on a single unit coded alike by both: one value, undefined.
        let spans = [span("A", "dana", 0, 3), span("B", "dana", 1, 4)];
        let out = coding_agreement(&source(text), &spans, &CodingOptions::default()).unwrap();
        assert_eq!(
            out.codes[0].alpha.outcome,
            Outcome::Undefined {
                reason: Undefined::OneValueOnly
            }
        );
    }

    #[test]
    fn bad_spans_are_named() {
        let text = "Ya.";
        let e = coding_agreement(
            &source(text),
            &[span("A", "c", 0, 9)],
            &CodingOptions::default(),
        );
        assert_eq!(e.unwrap_err().kind(), "span_out_of_range");
        let mut s = span("A", "c", 0, 1);
        s.source = "t".into();
        let e = coding_agreement(&source(text), &[s], &CodingOptions::default());
        assert_eq!(e.unwrap_err().kind(), "unknown_source");
        let zero = CodingOptions {
            unit: Unit::Characters { length: 0 },
            ..CodingOptions::default()
        };
        let e = coding_agreement(&source(text), &[], &zero);
        assert_eq!(e.unwrap_err().kind(), "parameter");
    }
}
