//! Amounts in rupiah.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::lang::Lang;

/// An amount in whole rupiah.
///
/// Stored signed so that a negative amount in a document is reported by validation (with its
/// path) instead of being refused without context.
///
/// # Examples
///
/// ```
/// use berdaya::model::lang::Lang;
/// use berdaya::model::money::Rupiah;
/// assert_eq!(Rupiah(6_000_000).format(Lang::Id), "Rp6.000.000");
/// assert_eq!(Rupiah(500_000).format(Lang::En), "IDR 500,000");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Rupiah(pub i64);

impl Rupiah {
    /// Formats with the conventions of `lang`: `Rp6.000.000` or `IDR 6,000,000`.
    pub fn format(self, lang: Lang) -> String {
        let digits = self.0.unsigned_abs().to_string();
        let sep = lang.pick(".", ",");
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push_str(sep);
            }
            grouped.push(ch);
        }
        let sign = if self.0 < 0 { "-" } else { "" };
        match lang {
            Lang::Id => format!("{sign}Rp{grouped}"),
            Lang::En => format!("{sign}IDR {grouped}"),
        }
    }
}

impl fmt::Display for Rupiah {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format(Lang::Id))
    }
}

/// Groups the digits of a whole number the way `lang` writes them (`40.255` / `40,255`).
pub fn group_digits(n: u64, lang: Lang) -> String {
    Rupiah(n.min(i64::MAX as u64) as i64)
        .format(lang)
        .trim_start_matches("Rp")
        .trim_start_matches("IDR ")
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_small_large_and_negative() {
        assert_eq!(Rupiah(0).format(Lang::Id), "Rp0");
        assert_eq!(Rupiah(999).format(Lang::En), "IDR 999");
        assert_eq!(Rupiah(1_000).format(Lang::Id), "Rp1.000");
        assert_eq!(Rupiah(-1_234_567).format(Lang::En), "-IDR 1,234,567");
        assert_eq!(group_digits(40_255, Lang::Id), "40.255");
        assert_eq!(group_digits(40_255, Lang::En), "40,255");
    }
}
