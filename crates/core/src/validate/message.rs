//! The words of each problem, in Indonesian and English: what was expected (with an example of
//! a valid value where it helps), what was found, and the meaning of the field it concerns.
//!
//! Numbers are written as each language writes them (`40.255` and `3,42` in Indonesian).

use crate::model::case::SCHEMA_VERSION;
use crate::model::evidence::CodeLevel;
use crate::model::lang::{Labelled, Lang};
use crate::model::number::integer;
use crate::validate::fields;
use crate::validate::problem::{ProblemKind, AGE_RANGE, YEAR_RANGE};

/// Longest quotation of a found value in a message, in characters.
const QUOTE_MAX: usize = 60;

/// `value` written as `lang` writes numbers.
pub(crate) fn number(value: f64, lang: Lang) -> String {
    if !value.is_finite() {
        return "NaN/inf".into();
    }
    let sign = if value < 0.0 { "-" } else { "" };
    let abs = value.abs();
    if abs.fract() == 0.0 && abs < 1e15 {
        return format!("{sign}{}", integer(abs as u64, lang));
    }
    if abs >= 1e15 {
        return format!("{sign}{}", scientific(abs));
    }
    let text = format!("{sign}{}", integer(abs.trunc() as u64, lang));
    let fraction = format!("{:.4}", abs.fract());
    let digits = fraction
        .trim_start_matches('0')
        .trim_start_matches('.')
        .trim_end_matches('0');
    format!("{text}{}{digits}", lang.pick(",", "."))
}

/// `value` (positive, at least 1e15) as Rust's `{:e}` writes it (`1.5e20`), from the digits
/// of its shortest `Display`: the same digits, so the same text, without the module holding a
/// second float printer for these numbers alone.
fn scientific(value: f64) -> String {
    let plain = value.to_string();
    let (whole, fraction) = plain.split_once('.').unwrap_or((plain.as_str(), ""));
    let digits = format!("{whole}{fraction}");
    let digits = digits.trim_end_matches('0');
    let mut chars = digits.chars();
    let first = chars.next().unwrap_or('0');
    let rest = chars.as_str();
    let point = if rest.is_empty() { "" } else { "." };
    format!("{first}{point}{rest}e{}", whole.len().saturating_sub(1))
}

/// A user's text quoted for a message — a value found in a case document, or a file's text
/// in an import warning: shortened, with control characters shown as `�`, between curly
/// quotes (which no JSON or XML value needs escaped, so the quotation's edges stay visible).
pub(crate) fn quote(text: &str) -> String {
    let mut out: String = text
        .chars()
        .take(QUOTE_MAX)
        .map(|c| if c.is_control() { '\u{fffd}' } else { c })
        .collect();
    if text.chars().nth(QUOTE_MAX).is_some() {
        out.push('…');
    }
    format!("“{out}”")
}

fn list(codes: &[String]) -> String {
    const SHOWN: usize = 12;
    let mut out = codes
        .iter()
        .take(SHOWN)
        .map(|c| format!("`{c}`"))
        .collect::<Vec<_>>()
        .join(", ");
    if codes.len() > SHOWN {
        out.push_str(", …");
    }
    out
}

impl ProblemKind {
    /// The meaning of the field a problem at `path` concerns, in `lang`, when it is known.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::{Lang, ProblemKind};
    /// let kind = ProblemKind::AgeOutOfRange { found: 250 };
    /// // Read from the last name in the path, list positions skipped.
    /// let meaning = kind.field_meaning("/participants/3/age", Lang::En);
    /// assert!(meaning.is_some());
    /// assert_eq!(kind.field_meaning("/no_such_field", Lang::En), None);
    /// ```
    pub fn field_meaning(&self, path: &str, lang: Lang) -> Option<&'static str> {
        let key = match self {
            ProblemKind::MissingField { field } => field.as_str(),
            ProblemKind::DuplicateKey { key } => key.as_str(),
            ProblemKind::UnknownField { .. } => return None,
            _ => path
                .rsplit('/')
                .find(|s| !s.is_empty() && !s.bytes().all(|b| b.is_ascii_digit()))?,
        };
        fields::meaning(key).map(|(id, en)| lang.pick(id, en))
    }

    /// What was expected at the place, in `lang`.
    ///
    /// # Examples
    ///
    /// ```
    /// let err = berdaya::Case::from_json(r#"{"schema_version": 1, "id": 7}"#).unwrap_err();
    /// let kind = &err.at("/id").next().unwrap().kind;
    /// // Said in the reader's language, so the two differ.
    /// assert_ne!(kind.expected(berdaya::Lang::Id), kind.expected(berdaya::Lang::En));
    /// ```
    pub fn expected(&self, lang: Lang) -> String {
        self.structural_expected(lang)
            .or_else(|| self.reference_expected(lang))
            .unwrap_or_else(|| self.framework_expected(lang))
    }

    fn structural_expected(&self, lang: Lang) -> Option<String> {
        Some(match self {
            ProblemKind::Malformed { message } => match lang {
                // The reader's own explanation is in English.
                Lang::Id => format!("data yang dapat dibaca ({message})"),
                Lang::En => format!("readable data ({message})"),
            },
            ProblemKind::InvalidJson {
                line,
                column,
                ends_early,
            } => match (lang, ends_early) {
                (Lang::Id, true) => format!("dokumen JSON yang lengkap (terpotong di baris {line}, kolom {column})"),
                (Lang::En, true) => format!("a complete JSON document (it ends early at line {line}, column {column})"),
                (Lang::Id, false) => format!("JSON yang sah di baris {line}, kolom {column}, mis. {{\"schema_version\": {SCHEMA_VERSION}, …}}"),
                (Lang::En, false) => format!("valid JSON at line {line}, column {column}, e.g. {{\"schema_version\": {SCHEMA_VERSION}, …}}"),
            },
            ProblemKind::TooDeep { limit } => match lang {
                Lang::Id => format!("paling banyak {limit} tingkat objek dan daftar bersarang"),
                Lang::En => format!("at most {limit} levels of nested objects and lists"),
            },
            ProblemKind::WrongType { expected, .. } => match lang {
                Lang::Id => format!("{}, mis. {}", expected.label(lang), expected.example()),
                Lang::En => format!("{}, e.g. {}", expected.label(lang), expected.example()),
            },
            ProblemKind::MissingField { field } => match lang {
                Lang::Id => format!("isian wajib `{field}`"),
                Lang::En => format!("the required field `{field}`"),
            },
            ProblemKind::UnknownField { allowed, .. } => match lang {
                Lang::Id => format!("salah satu isian {}", list(allowed)),
                Lang::En => format!("one of the fields {}", list(allowed)),
            },
            ProblemKind::UnknownCode { allowed, .. } => match lang {
                Lang::Id => format!("salah satu kode {}", list(allowed)),
                Lang::En => format!("one of the codes {}", list(allowed)),
            },
            ProblemKind::InvalidDate { format, .. } => match lang {
                Lang::Id => format!("{} yang benar-benar ada, mis. {}", format.label(lang), format.example()),
                Lang::En => format!("{} that exists, e.g. {}", format.label(lang), format.example()),
            },
            ProblemKind::InvalidValue { .. } => lang
                .pick("nilai yang sah untuk isian ini", "a valid value for this field")
                .into(),
            ProblemKind::DuplicateKey { key } => match lang {
                Lang::Id => format!("kunci `{key}` hanya sekali dalam satu objek"),
                Lang::En => format!("the key `{key}` only once in an object"),
            },
            ProblemKind::NotWholeNumber { .. } => lang
                .pick(
                    "bilangan bulat tanpa koma atau eksponen, mis. 30",
                    "a whole number without a decimal point or exponent, e.g. 30",
                )
                .into(),
            ProblemKind::TooLong { max, .. } => match lang {
                Lang::Id => format!("teks paling panjang {} karakter", number(*max as f64, lang)),
                Lang::En => format!("a text of at most {} characters", number(*max as f64, lang)),
            },
            ProblemKind::TooManyProblems { limit } => match lang {
                Lang::Id => format!("paling banyak {limit} masalah (sisanya tidak dicantumkan)"),
                Lang::En => format!("at most {limit} problems (the rest are not listed)"),
            },
            ProblemKind::UnsupportedSchemaVersion { .. } => {
                format!("schema_version {SCHEMA_VERSION}")
            }
            ProblemKind::Empty => lang
                .pick("teks yang tidak kosong", "a non-empty text")
                .into(),
            ProblemKind::NotFinite => lang.pick("bilangan hingga", "a finite number").into(),
            ProblemKind::OutOfRange { min, max, .. } => match lang {
                Lang::Id => format!("nilai antara {} dan {}", number(*min, lang), number(*max, lang)),
                Lang::En => format!("a value from {} to {}", number(*min, lang), number(*max, lang)),
            },
            _ => return None,
        })
    }

    fn reference_expected(&self, lang: Lang) -> Option<String> {
        let (ymin, ymax) = YEAR_RANGE;
        let (amin, amax) = AGE_RANGE;
        Some(match self {
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
            ProblemKind::SelfReference => lang
                .pick("rujukan ke catatan lain", "a reference to another record")
                .into(),
            ProblemKind::FiscalYearOutsidePeriod { .. } => lang
                .pick(
                    "tahun anggaran di dalam periode program",
                    "a fiscal year within the programme period",
                )
                .into(),
            _ => return None,
        })
    }

    fn framework_expected(&self, lang: Lang) -> String {
        match self {
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
            ProblemKind::UnknownRubric { .. } => {
                let citation = crate::frameworks::ansell_gash::RUBRIC.citation();
                let previous = crate::frameworks::ansell_gash::PREVIOUS_CITATION;
                match lang {
                    Lang::Id => format!("rubrik `{citation}` (atau `{previous}`)"),
                    Lang::En => format!("the rubric `{citation}` (or `{previous}`)"),
                }
            }
            ProblemKind::IndicatorAboveReached { indicator, .. } => match lang {
                Lang::Id => format!("tahap tercapai minimal {}", indicator.label(lang)),
                Lang::En => format!("a stage reached of at least {}", indicator.label(lang)),
            },
            // Every other kind is worded by the two functions above.
            _ => lang.pick("nilai yang sah", "a valid value").into(),
        }
    }

    /// What was found, in `lang`, when there is something to show.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::{Lang, ProblemKind};
    /// let kind = ProblemKind::AgeOutOfRange { found: 250 };
    /// assert!(kind.found(Lang::En).unwrap().contains("250"));
    /// // A missing field has nothing to show as found.
    /// let missing = ProblemKind::MissingField { field: "title".into() };
    /// assert_eq!(missing.found(Lang::En), None);
    /// ```
    pub fn found(&self, lang: Lang) -> Option<String> {
        self.structural_found(lang)
            .or_else(|| self.record_found(lang))
    }

    fn structural_found(&self, lang: Lang) -> Option<String> {
        match self {
            ProblemKind::WrongType { found, .. } => Some(found.label(lang).into()),
            ProblemKind::UnknownField { field, .. } => Some(quote(field)),
            ProblemKind::UnknownCode { found, .. }
            | ProblemKind::InvalidDate { found, .. }
            | ProblemKind::InvalidValue { found } => Some(quote(found)),
            ProblemKind::NotWholeNumber { found } => Some(number(*found, lang)),
            ProblemKind::TooLong { length, .. } => Some(match lang {
                Lang::Id => format!("{} karakter", number(*length as f64, lang)),
                Lang::En => format!("{} characters", number(*length as f64, lang)),
            }),
            ProblemKind::UnsupportedSchemaVersion { found } => Some(match found {
                Some(v) => v.to_string(),
                None => lang
                    .pick("tidak ada / bukan angka", "missing / not a number")
                    .into(),
            }),
            ProblemKind::Empty => Some(lang.pick("teks kosong", "an empty text").into()),
            ProblemKind::NotFinite => Some("NaN/inf".into()),
            ProblemKind::OutOfRange { found, .. } => Some(number(*found, lang)),
            _ => None,
        }
    }

    fn record_found(&self, lang: Lang) -> Option<String> {
        Some(match self {
            ProblemKind::DuplicateId { id, .. }
            | ProblemKind::UnknownReference { id, .. }
            | ProblemKind::EvidenceLinkToNothing { id, .. }
            | ProblemKind::UnlabelledCustomItem { id } => quote(id),
            ProblemKind::DateOrder { end, .. } => end.to_string(),
            ProblemKind::YearOutOfRange { found } => found.to_string(),
            ProblemKind::NegativeAmount { found } => found.format(lang),
            ProblemKind::AgeOutOfRange { found } => found.to_string(),
            ProblemKind::AgeMismatch { recorded, .. } => recorded.to_string(),
            ProblemKind::SharesExceedWhole { total } => number(*total, lang),
            ProblemKind::RangeReversed { min, max } => format!("{min} > {max}"),
            ProblemKind::SiteChainGap { level, .. } => level.label(lang).into(),
            ProblemKind::CodeLevelMismatch { parent_level, .. } => parent_level.label(lang).into(),
            ProblemKind::FiscalYearOutsidePeriod { year } => year.to_string(),
            ProblemKind::StageOutOfOrder { stage, .. } => stage.label(lang).into(),
            ProblemKind::AdiRuleBroken { error } => error.to_string(),
            ProblemKind::OffScale { found, .. } => found.to_string(),
            ProblemKind::UnknownRubric { found } => quote(found),
            ProblemKind::IndicatorAboveReached { reached, .. } => match reached {
                Some(r) => r.label(lang).into(),
                None => lang.pick("belum ada", "none").into(),
            },
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_as_each_language_writes_them() {
        assert_eq!(number(40255.0, Lang::Id), "40.255");
        assert_eq!(number(40255.0, Lang::En), "40,255");
        assert_eq!(number(3.42, Lang::Id), "3,42");
        assert_eq!(number(3.42, Lang::En), "3.42");
        assert_eq!(number(-0.5, Lang::Id), "-0,5");
        assert_eq!(number(f64::NAN, Lang::En), "NaN/inf");
        assert_eq!(number(1e308, Lang::En), "1e308");
        assert_eq!(number(-2.5e20, Lang::Id), "-2.5e20");
    }

    #[test]
    fn a_huge_number_is_written_as_rust_writes_it_in_scientific_form() {
        // Powers of ten, the edges of the range, and numbers with a fraction or many digits.
        let mut values = vec![1e15, 1.5e15, 1e15 + 0.5, 9_007_199_254_740_993.0, f64::MAX];
        values.extend((15..=308).map(|e| 10f64.powi(e)));
        values.extend((0..2_000).map(|k| 1e15 * 1.000_73f64.powi(k * 37)));
        values.extend((0..1_000).map(|k| 123_456_789_012_345.67 * f64::from(k + 8)));
        for v in values.into_iter().filter(|v| v.is_finite() && *v >= 1e15) {
            assert_eq!(scientific(v), format!("{v:e}"), "{v}");
        }
    }

    #[test]
    fn quotes_are_short_and_show_no_control_characters() {
        assert_eq!(quote("a\u{7}b"), "“a\u{fffd}b”");
        assert_eq!(quote("\"x\""), "“\"x\"”");
        let long = "x".repeat(500);
        assert_eq!(quote(&long).chars().count(), QUOTE_MAX + 3);
    }
}
