//! Numbers and counted nouns as each language writes them — the one place where berdaya
//! formats a figure (reports, findings, messages, money): `40.255` and `3,42` in Indonesian, `40,255` and `3.42`
//! in English; `1 person` / `2 people`.
//!
//! # Examples
//!
//! ```
//! use berdaya::model::lang::Lang;
//! use berdaya::model::number::{decimal, integer, number};
//! assert_eq!(integer(40_255, Lang::Id), "40.255");
//! assert_eq!(decimal(3.4167, 2, Lang::Id), "3,42");
//! assert_eq!(decimal(1234.5, 1, Lang::En), "1,234.5");
//! assert_eq!(number(40_255.0, Lang::En), "40,255");
//! ```

use crate::model::lang::Lang;

/// A whole number with the digits grouped the way `lang` writes them.
///
/// # Examples
///
/// ```
/// use berdaya::Lang;
/// use berdaya::model::number::integer;
/// assert_eq!(integer(40_255, Lang::Id), "40.255");
/// assert_eq!(integer(40_255, Lang::En), "40,255");
/// assert_eq!(integer(999, Lang::Id), "999");
/// ```
pub fn integer(n: u64, lang: Lang) -> String {
    group(&n.to_string(), lang)
}

/// Groups a string of ASCII digits by thousands.
fn group(digits: &str, lang: Lang) -> String {
    let sep = lang.pick(".", ",");
    let len = digits.chars().count();
    let mut out = String::with_capacity(len + len / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (len - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(ch);
    }
    out
}

/// A count (`usize`) with grouped digits.
///
/// # Examples
///
/// ```
/// use berdaya::Lang;
/// use berdaya::model::number::count;
/// assert_eq!(count(1_500, Lang::Id), "1.500");
/// assert_eq!(count(1_500, Lang::En), "1,500");
/// ```
pub fn count(n: usize, lang: Lang) -> String {
    integer(u64::try_from(n).unwrap_or(u64::MAX), lang)
}

/// A signed whole number with grouped digits and an explicit sign (`+3`, `−2`, `0`).
///
/// # Examples
///
/// The minus is the typographic `−` (U+2212), not a hyphen:
///
/// ```
/// use berdaya::Lang;
/// use berdaya::model::number::signed;
/// assert_eq!(signed(12_000, Lang::Id), "+12.000");
/// assert_eq!(signed(-2, Lang::En), "\u{2212}2");
/// assert_eq!(signed(0, Lang::En), "0");
/// ```
pub fn signed(n: i64, lang: Lang) -> String {
    let digits = integer(n.unsigned_abs(), lang);
    match n {
        0 => digits,
        n if n > 0 => format!("+{digits}"),
        _ => format!("−{digits}"),
    }
}

/// `x` rounded to `places` decimals, with the decimal mark and digit grouping of `lang`.
/// A value that is not finite is shown as "—" (it never reaches a report as `inf` or `NaN`).
///
/// # Examples
///
/// ```
/// use berdaya::Lang;
/// use berdaya::model::number::decimal;
/// assert_eq!(decimal(3.4167, 2, Lang::Id), "3,42");
/// assert_eq!(decimal(3.4167, 2, Lang::En), "3.42");
/// assert_eq!(decimal(12_345.6, 1, Lang::Id), "12.345,6");
/// assert_eq!(decimal(f64::NAN, 2, Lang::En), "—");
/// ```
pub fn decimal(x: f64, places: usize, lang: Lang) -> String {
    if !x.is_finite() {
        return "—".to_owned();
    }
    let fixed = format!("{:.*}", places, x.abs());
    let (whole, fraction) = fixed.split_once('.').unwrap_or((fixed.as_str(), ""));
    let whole = group(whole, lang);
    let sign = if x < 0.0 && fixed.chars().any(|c| c.is_ascii_digit() && c != '0') {
        "−"
    } else {
        ""
    };
    if fraction.is_empty() {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}{}{fraction}", lang.pick(",", "."))
    }
}

/// A figure: whole numbers grouped (`40.255`), others with up to two decimals (`3,42`).
///
/// # Examples
///
/// Trailing zeros are dropped, so a figure is written as a reader would write it:
///
/// ```
/// use berdaya::Lang;
/// use berdaya::model::number::number;
/// assert_eq!(number(40_255.0, Lang::Id), "40.255");
/// assert_eq!(number(0.5, Lang::Id), "0,5");
/// assert_eq!(number(3.4167, Lang::En), "3.42");
/// assert_eq!(number(2.001, Lang::En), "2");
/// ```
pub fn number(x: f64, lang: Lang) -> String {
    if x.is_finite() && x.fract() == 0.0 {
        decimal(x, 0, lang)
    } else {
        let s = decimal(x, 2, lang);
        let mark = lang.pick(",", ".");
        match s.split_once(mark) {
            Some((w, f)) => {
                let f = f.trim_end_matches('0');
                if f.is_empty() {
                    w.to_owned()
                } else {
                    format!("{w}{mark}{f}")
                }
            }
            None => s,
        }
    }
}

/// A share from 0 to 1 as a whole percentage (`43%`).
///
/// # Examples
///
/// ```
/// use berdaya::Lang;
/// use berdaya::model::number::percent;
/// assert_eq!(percent(3.0 / 7.0, Lang::Id), "43%");
/// assert_eq!(percent(1.0, Lang::En), "100%");
/// ```
pub fn percent(share: f64, lang: Lang) -> String {
    format!("{}%", decimal(share * 100.0, 0, lang))
}

/// A noun counted in English (Indonesian nouns do not inflect): `1 person`, `2 people`.
///
/// Hidden: the renderers' own nouns; being `#[non_exhaustive]` with no constructor, a user
/// cannot make one.
#[doc(hidden)]
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct Noun {
    /// Indonesian.
    pub indonesian: &'static str,
    /// English singular.
    pub one: &'static str,
    /// English plural.
    pub many: &'static str,
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))] // the type is hidden
impl Noun {
    /// `n` and the noun in the right number, in `lang`.
    pub fn counted(&self, n: usize, lang: Lang) -> String {
        let word = match lang {
            Lang::Id => self.indonesian,
            Lang::En if n == 1 => self.one,
            Lang::En => self.many,
        };
        format!("{} {word}", count(n, lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_per_language() {
        assert_eq!(integer(40_255, Lang::Id), "40.255");
        assert_eq!(integer(40_255, Lang::En), "40,255");
        assert_eq!(decimal(3.416_7, 2, Lang::Id), "3,42");
        assert_eq!(decimal(3.416_7, 2, Lang::En), "3.42");
        assert_eq!(decimal(670.916, 2, Lang::Id), "670,92");
        assert_eq!(decimal(-0.001, 2, Lang::En), "0.00");
        assert_eq!(decimal(-2.5, 1, Lang::Id), "−2,5");
        assert_eq!(decimal(f64::INFINITY, 2, Lang::En), "—");
        assert_eq!(decimal(f64::NAN, 2, Lang::Id), "—");
        assert_eq!(
            decimal(1e300, 0, Lang::En)
                .chars()
                .filter(|c| *c == ',')
                .count(),
            100
        );
        assert_eq!(number(40_255.0, Lang::Id), "40.255");
        assert_eq!(number(0.5, Lang::Id), "0,5");
        assert_eq!(number(12.25, Lang::En), "12.25");
        assert_eq!(percent(0.4286, Lang::Id), "43%");
        assert_eq!(signed(-5, Lang::En), "−5");
        assert_eq!(signed(12_000, Lang::Id), "+12.000");
    }

    #[test]
    fn counted_nouns_agree_in_english() {
        const GROUP: Noun = Noun {
            indonesian: "kelompok",
            one: "group",
            many: "groups",
        };
        assert_eq!(GROUP.counted(1, Lang::En), "1 group");
        assert_eq!(GROUP.counted(2, Lang::En), "2 groups");
        assert_eq!(GROUP.counted(1, Lang::Id), "1 kelompok");
        assert_eq!(GROUP.counted(1_500, Lang::Id), "1.500 kelompok");
    }
}
