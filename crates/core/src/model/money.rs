//! Amounts in rupiah.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::lang::Lang;

/// An amount in whole rupiah.
///
/// Stored signed so that a negative amount in a document is reported by validation (with its
/// path) instead of being refused without context.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

```
use berdaya::model::lang::Lang;
use berdaya::model::money::Rupiah;
assert_eq!(Rupiah(6_000_000).format(Lang::Id), "Rp6.000.000");
assert_eq!(Rupiah(500_000).format(Lang::En), "IDR 500,000");
```
"##
)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(transparent)]
pub struct Rupiah(pub i64);

impl Rupiah {
    /// Formats with the conventions of `lang`: `Rp6.000.000` or `IDR 6,000,000`.
    ///
    /// # Examples
    ///
    /// `Display` is the Indonesian form; a negative amount keeps its sign (validation
    /// reports it, the formatter does not hide it):
    ///
    /// ```
    /// use berdaya::model::lang::Lang;
    /// use berdaya::model::money::Rupiah;
    /// assert_eq!(Rupiah(500_000).format(Lang::Id), "Rp500.000");
    /// assert_eq!(Rupiah(500_000).to_string(), "Rp500.000");
    /// assert_eq!(Rupiah(-1_250_000).format(Lang::En), "-IDR 1,250,000");
    /// ```
    pub fn format(self, lang: Lang) -> String {
        let grouped = crate::model::number::integer(self.0.unsigned_abs(), lang);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_small_large_and_negative() {
        assert_eq!(Rupiah(0).format(Lang::Id), "Rp0");
        assert_eq!(Rupiah(999).format(Lang::En), "IDR 999");
        assert_eq!(Rupiah(1_000).format(Lang::Id), "Rp1.000");
        assert_eq!(Rupiah(-1_234_567).format(Lang::En), "-IDR 1,234,567");
        assert_eq!(Rupiah(40_255).format(Lang::Id), "Rp40.255");
        assert_eq!(Rupiah(40_255).format(Lang::En), "IDR 40,255");
    }
}
