//! What can be wrong with a registry batch: its columns (missing, of the wrong type, of the
//! wrong length), its values (unknown codes, out of range, missing where required, repeated
//! ids) or its rule — each naming the column and the row, with messages in both languages.

use crate::model::lang::Lang;
use crate::screening::eligibility::RuleError;

/// The kind of data a registry column must hold.
///
/// # Examples
///
/// ```
/// use berdaya::screening::registry::ColumnType;
/// use berdaya::Lang;
/// let date = ColumnType::Date;
/// // A code for programs, words for people: the column, then one of its values.
/// assert_eq!(date.code(), "date");
/// assert_ne!(date.label(Lang::En), date.value_label(Lang::En));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ColumnType {
    /// Text codes (e.g. `female`, `widowed`).
    Code,
    /// Whole numbers.
    Integer,
    /// True or false.
    Boolean,
    /// Calendar dates.
    Date,
    /// Identifiers: whole numbers or text.
    Id,
}

impl ColumnType {
    /// A stable machine-readable code.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::ColumnType;
    /// let codes = [ColumnType::Code, ColumnType::Integer, ColumnType::Boolean, ColumnType::Date];
    /// let mut seen: Vec<&str> = codes.iter().map(|t| t.code()).collect();
    /// seen.sort();
    /// seen.dedup();
    /// assert_eq!(seen.len(), codes.len(), "one code per type");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            ColumnType::Code => "code",
            ColumnType::Integer => "integer",
            ColumnType::Boolean => "boolean",
            ColumnType::Date => "date",
            ColumnType::Id => "id",
        }
    }

    /// What the column must be, in words.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::ColumnType;
    /// use berdaya::Lang;
    /// assert_ne!(ColumnType::Boolean.label(Lang::Id), ColumnType::Boolean.label(Lang::En));
    /// ```
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (ColumnType::Code, Lang::Id) => "kolom teks berisi kode",
            (ColumnType::Code, Lang::En) => "a text column of codes",
            (ColumnType::Integer, Lang::Id) => "kolom bilangan bulat",
            (ColumnType::Integer, Lang::En) => "a column of whole numbers",
            (ColumnType::Boolean, Lang::Id) => "kolom benar/salah (boolean)",
            (ColumnType::Boolean, Lang::En) => "a true/false (boolean) column",
            (ColumnType::Date, Lang::Id) => "kolom tanggal",
            (ColumnType::Date, Lang::En) => "a date column",
            (ColumnType::Id, Lang::Id) => "kolom id (bilangan bulat atau teks)",
            (ColumnType::Id, Lang::En) => "an id column (whole numbers or text)",
        }
    }

    /// What one value of the column must be, in words.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::registry::ColumnType;
    /// use berdaya::Lang;
    /// // Indonesian numbers group thousands with dots, English ones with commas.
    /// assert!(ColumnType::Integer.value_label(Lang::Id).contains("9.223.372"));
    /// assert!(ColumnType::Integer.value_label(Lang::En).contains("9,223,372"));
    /// ```
    pub fn value_label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (ColumnType::Code, Lang::Id) => "salah satu kode",
            (ColumnType::Code, Lang::En) => "one of the codes",
            (ColumnType::Integer, Lang::Id) => {
                "bilangan bulat (paling besar 9.223.372.036.854.775.807)"
            }
            (ColumnType::Integer, Lang::En) => "a whole number (at most 9,223,372,036,854,775,807)",
            (ColumnType::Boolean, Lang::Id) => "benar atau salah (true/false)",
            (ColumnType::Boolean, Lang::En) => "true or false",
            (ColumnType::Date, Lang::Id) => "tanggal YYYY-MM-DD antara tahun −262.143 dan 262.142",
            (ColumnType::Date, Lang::En) => {
                "a YYYY-MM-DD date between the years −262,143 and 262,142"
            }
            (ColumnType::Id, Lang::Id) => "id (bilangan bulat atau teks)",
            (ColumnType::Id, Lang::En) => "an id (a whole number or text)",
        }
    }
}

/// A batch that cannot be screened.
///
/// # Examples
///
/// ```
/// use berdaya::model::participant::Sex;
/// use berdaya::screening::eligibility::{preset, PresetId, PresetParams};
/// use berdaya::screening::registry::{screen_columns, Households};
/// let wrse = preset(PresetId::Wrse, &PresetParams::default());
/// let sex = [Some(Sex::Female)];
/// let batch = Households::new(2).with_sex(&sex);
/// let on = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
/// let err = screen_columns(&batch, &wrse.rule, on).unwrap_err();
/// // The sex column has one row where the batch has two: refused, never read past its end.
/// assert_eq!(err.code(), "length_mismatch");
/// assert_eq!(err.path(), "sex");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RegistryError {
    /// A column's length differs from the batch's.
    #[error("{column}: expected {expected} rows; found {found}")]
    LengthMismatch {
        /// The column.
        column: &'static str,
        /// Rows in the batch.
        expected: usize,
        /// Rows in the column.
        found: usize,
    },
    /// A column the rule (or the routine) reads is not in the batch.
    #[error("{}", self.message(Lang::En))]
    MissingColumn {
        /// The column.
        column: String,
        /// What it must hold.
        expected: ColumnType,
        /// The criterion (or routine) that reads it.
        needed_by: &'static str,
    },
    /// A column of a type that cannot hold what is read from it.
    #[error("{}", self.message(Lang::En))]
    ColumnType {
        /// The column.
        column: String,
        /// What it must hold.
        expected: ColumnType,
        /// The type found (as the binding names it).
        found: String,
    },
    /// A value that cannot be read (an unknown code, an impossible date, a fraction).
    #[error("{}", self.message(Lang::En))]
    BadValue {
        /// The column.
        column: String,
        /// The first bad row (0-based, counted over the whole input).
        row: u64,
        /// The value found.
        found: String,
        /// What the value must be.
        expected: ColumnType,
        /// The codes admitted, when the column holds codes (`female, male`).
        allowed: Option<String>,
        /// Bad rows after the first in the same batch.
        further: u64,
    },
    /// A number outside the range the document path admits (an age of 250, −5 dependants).
    #[error("{}", self.message(Lang::En))]
    OutOfRange {
        /// The column.
        column: String,
        /// The first bad row (0-based, counted over the whole input).
        row: u64,
        /// The value found (for a birth date: the age it gives).
        found: i64,
        /// Smallest value admitted.
        min: i64,
        /// Largest value admitted.
        max: i64,
        /// Bad rows after the first in the same batch.
        further: u64,
    },
    /// A dictionary-encoded column whose key on a non-null row points outside the
    /// dictionary's values (negative, or at or past their count): malformed Arrow.
    #[error("{}", self.message(Lang::En))]
    DictionaryKey {
        /// The column.
        column: String,
        /// The first bad row (0-based, counted over the whole input).
        row: u64,
        /// The key found.
        key: String,
        /// How many values the dictionary has (valid keys are 0 to this minus one).
        values: usize,
        /// Bad rows after the first in the same batch.
        further: u64,
    },
    /// A value missing where the routine needs one (an id, a month).
    #[error("{}", self.message(Lang::En))]
    MissingValue {
        /// The column.
        column: String,
        /// The first row without a value (0-based, counted over the whole input).
        row: u64,
        /// Rows without a value after the first in the same batch.
        further: u64,
    },
    /// Two rows with the same id.
    #[error("{}", self.message(Lang::En))]
    DuplicateId {
        /// The column.
        column: &'static str,
        /// The row that repeats an id.
        row: u64,
        /// The row that had it first.
        first: u64,
    },
    /// A failed-criteria bitmask asked of a rule with more criteria than it holds bits.
    #[error("{}", self.message(Lang::En))]
    TooManyCriteria {
        /// Criteria in the rule.
        criteria: usize,
        /// Bits in the mask, [`crate::screening::registry::MASK_CRITERIA`].
        limit: usize,
    },
    /// A code column given twice, as codes and as dictionary keys: the engine reads one form.
    #[error("{}", self.message(Lang::En))]
    TwoForms {
        /// The column.
        column: &'static str,
    },
    /// A code column given as dictionary keys over more values than the engine's key table
    /// holds ([`crate::screening::registry::DICTIONARY_VALUES`]).
    #[error("{}", self.message(Lang::En))]
    DictionaryTooLarge {
        /// The column.
        column: &'static str,
        /// Values in the dictionary.
        values: usize,
        /// The most values admitted.
        limit: usize,
    },
    /// The rule cannot be evaluated.
    #[error("rule: {0}")]
    Rule(#[from] RuleError),
}

fn more(further: u64, lang: Lang) -> String {
    match (further, lang) {
        (0, _) => String::new(),
        (n, Lang::Id) => format!(" (dan {n} baris lain dalam batch ini)"),
        (n, Lang::En) => format!(" (and {n} more rows in this batch)"),
    }
}

impl RegistryError {
    /// A stable machine-readable code.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::eligibility::Eligibility::Eligible;
    /// use berdaya::screening::quota::{QuotaPolicy, RankKey};
    /// use berdaya::screening::registry::{select_columns, Households};
    /// let batch = Households::new(3);
    /// let on = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    /// let policy = QuotaPolicy::new(2, vec![RankKey::Oldest]);
    /// let err = select_columns(&[7, 8, 7], &[Some(1); 3], &[Eligible; 3], &batch, on, &policy)
    ///     .unwrap_err();
    /// // Ids break ties in the ranking, so each must be unique.
    /// assert_eq!(err.code(), "duplicate_id");
    /// ```
    pub fn code(&self) -> &'static str {
        match self {
            RegistryError::LengthMismatch { .. } => "length_mismatch",
            RegistryError::MissingColumn { .. } => "missing_column",
            RegistryError::ColumnType { .. } => "column_type",
            RegistryError::BadValue { .. } => "bad_value",
            RegistryError::OutOfRange { .. } => "out_of_range",
            RegistryError::MissingValue { .. } => "missing_value",
            RegistryError::DictionaryKey { .. } => "dictionary_key",
            RegistryError::DuplicateId { .. } => "duplicate_id",
            RegistryError::TooManyCriteria { .. } => "too_many_criteria",
            RegistryError::TwoForms { .. } => "two_forms",
            RegistryError::DictionaryTooLarge { .. } => "dictionary_too_large",
            RegistryError::Rule(e) => e.code(),
        }
    }

    /// The column (or the rule) the error is about, as a path such as `age` or `sex[12]`.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::eligibility::Eligibility::Eligible;
    /// use berdaya::screening::quota::{QuotaPolicy, RankKey};
    /// use berdaya::screening::registry::{select_columns, Households};
    /// let batch = Households::new(3);
    /// let on = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    /// let policy = QuotaPolicy::new(2, vec![RankKey::Oldest]);
    /// let err = select_columns(&[7, 8, 7], &[Some(1); 3], &[Eligible; 3], &batch, on, &policy)
    ///     .unwrap_err();
    /// // The column and the row: the third id (row 2) repeats the first.
    /// assert!(err.path().ends_with("[2]"));
    /// ```
    pub fn path(&self) -> String {
        match self {
            RegistryError::LengthMismatch { column, .. }
            | RegistryError::TwoForms { column }
            | RegistryError::DictionaryTooLarge { column, .. } => (*column).to_owned(),
            RegistryError::MissingColumn { column, .. }
            | RegistryError::ColumnType { column, .. } => column.clone(),
            RegistryError::BadValue { column, row, .. }
            | RegistryError::OutOfRange { column, row, .. }
            | RegistryError::MissingValue { column, row, .. }
            | RegistryError::DictionaryKey { column, row, .. } => format!("{column}[{row}]"),
            RegistryError::DuplicateId { column, row, .. } => format!("{column}[{row}]"),
            RegistryError::Rule(_) | RegistryError::TooManyCriteria { .. } => "rule".to_owned(),
        }
    }

    /// Does the error arise from the caller's arguments (columns) rather than from values?
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::eligibility::Eligibility::Eligible;
    /// use berdaya::screening::quota::{QuotaPolicy, RankKey};
    /// use berdaya::screening::registry::{select_columns, Households};
    /// let batch = Households::new(3);
    /// let on = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    /// let policy = QuotaPolicy::new(2, vec![RankKey::Oldest]);
    /// let err = select_columns(&[7, 8, 7], &[Some(1); 3], &[Eligible; 3], &batch, on, &policy)
    ///     .unwrap_err();
    /// // A repeated id is the data's fault, not a column left out of the call.
    /// assert!(!err.is_argument());
    /// ```
    pub fn is_argument(&self) -> bool {
        matches!(
            self,
            RegistryError::MissingColumn { .. }
                | RegistryError::ColumnType { .. }
                | RegistryError::TwoForms { .. }
                | RegistryError::DictionaryTooLarge { .. }
        )
    }

    /// The same error with its rows counted from `offset` (the batch's first row).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::screening::eligibility::Eligibility::Eligible;
    /// use berdaya::screening::quota::{QuotaPolicy, RankKey};
    /// use berdaya::screening::registry::{select_columns, Households};
    /// let batch = Households::new(3);
    /// let on = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    /// let policy = QuotaPolicy::new(2, vec![RankKey::Oldest]);
    /// let err = select_columns(&[7, 8, 7], &[Some(1); 3], &[Eligible; 3], &batch, on, &policy)
    ///     .unwrap_err();
    /// // This batch began at row 1,000 of the registry: the message names the registry's row.
    /// assert!(err.offset_rows(1_000).path().ends_with("[1002]"));
    /// ```
    pub fn offset_rows(mut self, offset: u64) -> Self {
        match &mut self {
            RegistryError::BadValue { row, .. }
            | RegistryError::OutOfRange { row, .. }
            | RegistryError::MissingValue { row, .. }
            | RegistryError::DictionaryKey { row, .. } => *row = row.saturating_add(offset),
            RegistryError::DuplicateId { row, first, .. } => {
                *row = row.saturating_add(offset);
                *first = first.saturating_add(offset);
            }
            _ => {}
        }
        self
    }

    /// The message in `lang`, naming the column (and row) first.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::participant::Sex;
    /// use berdaya::screening::eligibility::{preset, PresetId, PresetParams};
    /// use berdaya::screening::registry::{screen_columns, Households};
    /// let wrse = preset(PresetId::Wrse, &PresetParams::default());
    /// let sex = [Some(Sex::Female)];
    /// let batch = Households::new(2).with_sex(&sex);
    /// let on = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    /// let err = screen_columns(&batch, &wrse.rule, on).unwrap_err();
    /// let (id, en) = (err.message(berdaya::Lang::Id), err.message(berdaya::Lang::En));
    /// assert!(id.starts_with("sex") && en.starts_with("sex"));
    /// assert_ne!(id, en);
    /// ```
    pub fn message(&self, lang: Lang) -> String {
        let path = self.path();
        match (self, lang) {
            (
                RegistryError::MissingColumn {
                    expected,
                    needed_by,
                    ..
                },
                Lang::Id,
            ) => format!(
                "{path}: kolom ini tidak ada, padahal dibaca oleh `{needed_by}` ({}); \
                 bila memang tidak dikumpulkan, nyatakan dengan missing=\"unknown\"",
                expected.label(lang)
            ),
            (
                RegistryError::MissingColumn {
                    expected,
                    needed_by,
                    ..
                },
                Lang::En,
            ) => format!(
                "{path}: expected {} (read by `{needed_by}`); the column is missing — \
                 say missing=\"unknown\" if it was not collected",
                expected.label(lang)
            ),
            (
                RegistryError::ColumnType {
                    expected, found, ..
                },
                Lang::Id,
            ) => format!(
                "{path}: seharusnya {}; ditemukan kolom bertipe {found}",
                expected.label(lang)
            ),
            (
                RegistryError::ColumnType {
                    expected, found, ..
                },
                Lang::En,
            ) => format!(
                "{path}: expected {}; found a column of type {found}",
                expected.label(lang)
            ),
            (
                RegistryError::BadValue {
                    found,
                    expected,
                    allowed,
                    further,
                    ..
                },
                _,
            ) => {
                let allowed = allowed
                    .as_deref()
                    .map_or(String::new(), |a| format!(" ({a})"));
                let (should, found_word) = match lang {
                    Lang::Id => ("seharusnya", "ditemukan"),
                    Lang::En => ("expected", "found"),
                };
                format!(
                    "{path}: {should} {}{allowed}; {found_word} `{found}`{}",
                    expected.value_label(lang),
                    more(*further, lang)
                )
            }
            (
                RegistryError::OutOfRange {
                    found,
                    min,
                    max,
                    further,
                    ..
                },
                Lang::Id,
            ) => format!(
                "{path}: seharusnya antara {min} dan {max}; ditemukan {found}{}",
                more(*further, lang)
            ),
            (
                RegistryError::OutOfRange {
                    found,
                    min,
                    max,
                    further,
                    ..
                },
                Lang::En,
            ) => format!(
                "{path}: expected a value from {min} to {max}; found {found}{}",
                more(*further, lang)
            ),
            (RegistryError::MissingValue { further, .. }, Lang::Id) => {
                format!(
                    "{path}: nilai wajib diisi; ditemukan kosong{}",
                    more(*further, lang)
                )
            }
            (RegistryError::MissingValue { further, .. }, Lang::En) => {
                format!(
                    "{path}: expected a value; found null{}",
                    more(*further, lang)
                )
            }
            (
                RegistryError::DictionaryKey {
                    key,
                    values,
                    further,
                    ..
                },
                Lang::Id,
            ) => format!(
                "{path}: kunci kamus seharusnya antara 0 dan {} (kamus ini punya {} nilai); \
                 ditemukan kunci {key} — larik Arrow ini rusak{}",
                crate::model::number::count(values.saturating_sub(1), lang),
                crate::model::number::count(*values, lang),
                more(*further, lang)
            ),
            (
                RegistryError::DictionaryKey {
                    key,
                    values,
                    further,
                    ..
                },
                Lang::En,
            ) => format!(
                "{path}: expected a dictionary key from 0 to {} (the dictionary has {} values); \
                 found key {key} — the Arrow array is malformed{}",
                crate::model::number::count(values.saturating_sub(1), lang),
                crate::model::number::count(*values, lang),
                more(*further, lang)
            ),
            (RegistryError::TooManyCriteria { criteria, limit }, Lang::Id) => format!(
                "{path}: bitmask kriteria gagal memuat paling banyak {limit} kriteria; \
                 aturan ini punya {criteria}"
            ),
            (RegistryError::TooManyCriteria { criteria, limit }, Lang::En) => format!(
                "{path}: expected at most {limit} criteria for a failed-criteria bitmask; \
                 found {criteria}"
            ),
            (RegistryError::TwoForms { .. }, Lang::Id) => format!(
                "{path}: kolom ini seharusnya diberikan dalam satu bentuk (kode atau kunci \
                 kamus); ditemukan keduanya"
            ),
            (RegistryError::TwoForms { .. }, Lang::En) => format!(
                "{path}: expected the column in one form (codes or dictionary keys); found both"
            ),
            (RegistryError::DictionaryTooLarge { values, limit, .. }, Lang::Id) => format!(
                "{path}: kamus untuk kunci seharusnya punya paling banyak {limit} nilai; \
                 ditemukan {}",
                crate::model::number::count(*values, lang)
            ),
            (RegistryError::DictionaryTooLarge { values, limit, .. }, Lang::En) => format!(
                "{path}: expected a dictionary of at most {limit} values for its keys; found {}",
                crate::model::number::count(*values, lang)
            ),
            (RegistryError::DuplicateId { first, .. }, Lang::Id) => {
                format!("{path}: id harus unik; id ini sudah ada di baris {first}")
            }
            (RegistryError::DuplicateId { first, .. }, Lang::En) => {
                format!("{path}: expected unique ids; found the id of row {first} again")
            }
            (
                RegistryError::LengthMismatch {
                    expected, found, ..
                },
                Lang::Id,
            ) => {
                format!("{path}: seharusnya {expected} baris; ditemukan {found}")
            }
            (RegistryError::LengthMismatch { .. }, Lang::En) | (RegistryError::Rule(_), _) => {
                self.english()
            }
        }
    }

    fn english(&self) -> String {
        match self {
            RegistryError::LengthMismatch {
                column,
                expected,
                found,
            } => format!("{column}: expected {expected} rows; found {found}"),
            RegistryError::Rule(e) => format!("rule: {e}"),
            other => other.message(Lang::En),
        }
    }
}

// `{ "code", "message" }` as JSON (model::error_json).
crate::model::error_json::serialize_error!(RegistryError, RegistryError::code);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_value_reads_in_both_languages_with_its_global_row() {
        let e = RegistryError::BadValue {
            column: "sex".into(),
            row: 123,
            found: "perempuan".into(),
            expected: ColumnType::Code,
            allowed: Some("female, male".into()),
            further: 4,
        }
        .offset_rows(600_000);
        assert_eq!(e.path(), "sex[600123]");
        assert_eq!(
            e.message(Lang::En),
            "sex[600123]: expected one of the codes (female, male); found `perempuan` \
             (and 4 more rows in this batch)"
        );
        assert_eq!(
            e.message(Lang::Id),
            "sex[600123]: seharusnya salah satu kode (female, male); ditemukan `perempuan` \
             (dan 4 baris lain dalam batch ini)"
        );
        assert_eq!(e.to_string(), e.message(Lang::En));
        assert!(!e.is_argument());
        let missing = RegistryError::MissingColumn {
            column: "sex".into(),
            expected: ColumnType::Code,
            needed_by: "sex",
        };
        assert!(missing.is_argument());
        assert!(missing.message(Lang::Id).contains("missing=\"unknown\""));
    }

    #[test]
    fn a_dictionary_key_outside_reads_in_both_languages_with_its_global_row() {
        let e = RegistryError::DictionaryKey {
            column: "marital_status".into(),
            row: 7,
            key: "-2".into(),
            values: 1_500,
            further: 1,
        }
        .offset_rows(250_000);
        assert_eq!(e.code(), "dictionary_key");
        assert_eq!(e.path(), "marital_status[250007]");
        assert_eq!(
            e.message(Lang::En),
            "marital_status[250007]: expected a dictionary key from 0 to 1,499 (the dictionary \
             has 1,500 values); found key -2 — the Arrow array is malformed \
             (and 1 more rows in this batch)"
        );
        assert_eq!(
            e.message(Lang::Id),
            "marital_status[250007]: kunci kamus seharusnya antara 0 dan 1.499 (kamus ini punya \
             1.500 nilai); ditemukan kunci -2 — larik Arrow ini rusak \
             (dan 1 baris lain dalam batch ini)"
        );
        assert_eq!(e.to_string(), e.message(Lang::En));
        assert!(!e.is_argument());
    }

    #[test]
    fn a_column_in_two_forms_or_a_dictionary_too_large_is_named_in_both_languages() {
        let two = RegistryError::TwoForms { column: "sex" };
        assert_eq!((two.code(), two.path()), ("two_forms", "sex".to_owned()));
        assert_eq!(
            two.message(Lang::En),
            "sex: expected the column in one form (codes or dictionary keys); found both"
        );
        assert!(two.message(Lang::Id).contains("ditemukan keduanya"));
        let large = RegistryError::DictionaryTooLarge {
            column: "marital_status",
            values: 1_000,
            limit: 255,
        };
        assert_eq!(large.code(), "dictionary_too_large");
        assert_eq!(
            large.message(Lang::En),
            "marital_status: expected a dictionary of at most 255 values for its keys; \
             found 1,000"
        );
        assert!(large.message(Lang::Id).ends_with("ditemukan 1.000"));
        assert!(two.is_argument() && large.is_argument());
        assert_eq!(two.to_string(), two.message(Lang::En));
    }
}
