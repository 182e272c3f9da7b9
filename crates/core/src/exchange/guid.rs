//! GUIDs as REFI-QDA writes them: read in any case, with or without braces; written
//! lowercase, hyphenated, without braces. Berdaya's own codes get stable UUIDv5 GUIDs under
//! [`BERDAYA_NAMESPACE`], so a code has the same GUID in every export and release.

use std::fmt;

use uuid::Uuid;

/// The namespace of berdaya's UUIDv5 GUIDs (a fixed random UUID; never change it).
pub const BERDAYA_NAMESPACE: Uuid = Uuid::from_u128(0xf0de3e98_b512_4bec_8562_5708aab80da6);

/// The namespace Taguette derives its tags' GUIDs from (`uuid5(namespace, path)`), used to
/// give the categories rebuilt from its dotted names the GUID Taguette would give them.
pub const TAGUETTE_NAMESPACE: Uuid = Uuid::from_u128(0x51b2b2b7_27eb_4ecb_9d56_e75b0a0496c2);

/// A GUID.
///
/// # Examples
///
/// ```
/// use berdaya::exchange::Guid;
/// let guid = Guid::parse("{0D62985D-B147-5D01-A9B5-CAE5DCD98342}").unwrap();
/// // Written lowercase, hyphenated, without braces.
/// assert_eq!(guid.to_string(), "0d62985d-b147-5d01-a9b5-cae5dcd98342");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Guid(Uuid);

impl Guid {
    /// Parses `8-4-4-4-12` hex digits in either case, optionally in braces.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::exchange::Guid;
    /// let upper = Guid::parse("{0D62985D-B147-5D01-A9B5-CAE5DCD98342}");
    /// assert_eq!(upper, Guid::parse("0d62985d-b147-5d01-a9b5-cae5dcd98342"));
    /// assert!(upper.is_some());
    /// // Without the hyphens it is not read.
    /// assert_eq!(Guid::parse("0d62985db1475d01a9b5cae5dcd98342"), None);
    /// ```
    pub fn parse(text: &str) -> Option<Guid> {
        let t = text.trim();
        let inner = t
            .strip_prefix('{')
            .and_then(|s| s.strip_suffix('}'))
            .unwrap_or(t);
        let hyphenated = inner.len() == 36 && inner.matches('-').count() == 4;
        hyphenated
            .then(|| Uuid::try_parse(inner).ok().map(Guid))
            .flatten()
    }

    /// The stable GUID of a berdaya code id (UUIDv5 under [`BERDAYA_NAMESPACE`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::exchange::Guid;
    /// assert_eq!(Guid::stable("adi/persiapan"), Guid::stable("adi/persiapan"));
    /// assert_ne!(Guid::stable("adi/persiapan"), Guid::stable("adi/asesmen"));
    /// ```
    pub fn stable(id: &str) -> Guid {
        Guid(Uuid::new_v5(&BERDAYA_NAMESPACE, id.as_bytes()))
    }

    /// The GUID Taguette gives the tag at `path`.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::exchange::Guid;
    /// // Taguette's own GUID for its tag `interesting`.
    /// assert_eq!(
    ///     Guid::taguette("interesting").to_string(),
    ///     "0d62985d-b147-5d01-a9b5-cae5dcd98342"
    /// );
    /// ```
    pub fn taguette(path: &str) -> Guid {
        Guid(Uuid::new_v5(&TAGUETTE_NAMESPACE, path.as_bytes()))
    }
}

impl fmt::Display for Guid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.hyphenated())
    }
}

impl serde::Serialize for Guid {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Guid {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Guid::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("expected a GUID; found `{text}`")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_any_case_and_braces_and_writes_lowercase() {
        let g = Guid::parse("{0D62985D-B147-5D01-A9B5-CAE5DCD98342}").unwrap();
        assert_eq!(g.to_string(), "0d62985d-b147-5d01-a9b5-cae5dcd98342");
        assert_eq!(Guid::parse("0d62985d-b147-5d01-a9b5-cae5dcd98342"), Some(g));
        assert_eq!(Guid::parse("0d62985db1475d01a9b5cae5dcd98342"), None);
        assert_eq!(Guid::parse("not a guid"), None);
    }

    #[test]
    fn taguette_vectors() {
        assert_eq!(
            Guid::taguette("interesting").to_string(),
            "0d62985d-b147-5d01-a9b5-cae5dcd98342"
        );
        assert_eq!(
            Guid::taguette("people").to_string(),
            "dfe5c38e-9449-5959-a1f7-e3d895cfa87f"
        );
        assert_eq!(
            Guid::taguette("interesting.places").to_string(),
            "725f0645-9cd3-598a-8d2b-ec3d39ab3c3f"
        );
    }
}
