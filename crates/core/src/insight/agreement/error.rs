//! What is wrong with the data or the parameters of an agreement statistic. A statistic that
//! is merely undefined on good data is not an error: it is [`Undefined`](super::result::Undefined).

/// A problem with the input of an agreement statistic.
///
/// # Examples
///
/// ```
/// use berdaya::insight::agreement::{cohen_kappa, Ratings, Weights};
/// // Cohen's κ compares exactly two coders; three is an error, not a number.
/// let three = Ratings::new(vec![vec![Some(1.0)]; 3])?;
/// let err = cohen_kappa(&three, Weights::Unweighted, None).unwrap_err();
/// assert_eq!(err.kind(), "coder_count");
/// # Ok::<(), berdaya::insight::agreement::AgreementError>(())
/// ```
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum AgreementError {
    /// A coder's row has a different number of units than the first coder's.
    #[error("coder {coder}: expected {expected} units (as the first coder), found {found}")]
    RaggedRow {
        /// The coder's row (0-based).
        coder: usize,
        /// Units in the first row.
        expected: usize,
        /// Units in this row.
        found: usize,
    },
    /// A value is NaN or infinite.
    #[error("coder {coder}, unit {unit}: expected a finite number")]
    NotFinite {
        /// The coder's row (0-based).
        coder: usize,
        /// The unit (0-based).
        unit: usize,
    },
    /// A negative value where the ratio level needs values of zero or more.
    #[error(
        "coder {coder}, unit {unit}: the ratio level needs values of zero or more; found {value}"
    )]
    NegativeRatio {
        /// The coder's row (0-based).
        coder: usize,
        /// The unit (0-based).
        unit: usize,
        /// The value.
        value: f64,
    },
    /// The statistic needs another number of coders.
    #[error("{statistic} needs {expected} coders; found {found}")]
    CoderCount {
        /// The statistic.
        statistic: &'static str,
        /// What it needs.
        expected: &'static str,
        /// How many were given.
        found: usize,
    },
    /// Fleiss' κ needs the same number of values on every unit.
    #[error("unit {unit}: Fleiss' kappa needs {expected} values on every unit (as the first unit); found {found} (use Krippendorff's alpha for missing values)")]
    UnequalCoders {
        /// The unit (0-based).
        unit: usize,
        /// Values on the first unit.
        expected: u64,
        /// Values on this unit.
        found: u64,
    },
    /// A parameter outside its range.
    #[error("{parameter}: expected {expected}; found {found}")]
    Parameter {
        /// The parameter.
        parameter: &'static str,
        /// What it takes.
        expected: &'static str,
        /// What was given.
        found: String,
    },
    /// A coded span names a source that was not given.
    #[error("span {span}: no source `{source_id}`")]
    UnknownSource {
        /// The span (0-based).
        span: usize,
        /// The source it names.
        source_id: String,
    },
    /// A coded span does not lie within its source.
    #[error(
        "span {span}: positions {start}..{end} do not lie within the source's {length} characters"
    )]
    SpanOutOfRange {
        /// The span (0-based).
        span: usize,
        /// Its start (characters, 0-based).
        start: usize,
        /// Its end (characters, exclusive).
        end: usize,
        /// The source's length in characters.
        length: usize,
    },
}

impl AgreementError {
    /// A stable machine-readable code.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::insight::agreement::Ratings;
    /// // One code per kind of problem, the same whatever the numbers in the message.
    /// let a = Ratings::new(vec![vec![Some(1.0)], vec![]]).unwrap_err();
    /// let b = Ratings::new(vec![vec![Some(1.0), None, None], vec![Some(2.0)]]).unwrap_err();
    /// assert_ne!(a.to_string(), b.to_string());
    /// assert_eq!((a.kind(), b.kind()), ("ragged_row", "ragged_row"));
    /// ```
    pub fn kind(&self) -> &'static str {
        match self {
            AgreementError::RaggedRow { .. } => "ragged_row",
            AgreementError::NotFinite { .. } => "not_finite",
            AgreementError::NegativeRatio { .. } => "negative_ratio",
            AgreementError::CoderCount { .. } => "coder_count",
            AgreementError::UnequalCoders { .. } => "unequal_coders",
            AgreementError::Parameter { .. } => "parameter",
            AgreementError::UnknownSource { .. } => "unknown_source",
            AgreementError::SpanOutOfRange { .. } => "span_out_of_range",
        }
    }
}

// `{ "code", "message" }` as JSON (model::error_json).
crate::model::error_json::serialize_error!(AgreementError, AgreementError::kind);
