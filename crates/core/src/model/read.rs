//! serde's `Deserialize` for the document's structs, written by `read_struct!` instead of
//! `#[derive(Deserialize)]`: the same calls and the same errors, with what the derive writes
//! again for every struct (its field-name visitor, the duplicate check per field, the loop)
//! compiled once for every struct (the WebAssembly module's size, issue 17).
//!
//! What a struct reads is as the derive reads it with `#[serde(deny_unknown_fields)]`: a map
//! whose keys are field names (or a field's index), each at most once; a required field
//! missing is `missing_field`, a defaulted one takes its default. A struct given as an array
//! is refused ("invalid type: sequence, expected struct …"), as the structural reader always
//! refused it: a field by its position is a field whose name was never checked.

use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, Error, MapAccess, Unexpected, Visitor};
use serde::Deserialize;

/// A struct's field key: its position among the struct's field names, as the derive's field
/// visitor reads it (a name, as text or bytes, or an index), refusing any other key with the
/// same error.
pub(crate) struct FieldOf(pub(crate) &'static [&'static str]);

impl<'de> DeserializeSeed<'de> for FieldOf {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for FieldOf {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("field identifier")
    }

    fn visit_u64<E: Error>(self, v: u64) -> Result<usize, E> {
        match usize::try_from(v) {
            Ok(i) if i < self.0.len() => Ok(i),
            _ => Err(E::invalid_value(
                Unexpected::Unsigned(v),
                &IndexBelow(self.0.len()),
            )),
        }
    }

    fn visit_str<E: Error>(self, v: &str) -> Result<usize, E> {
        self.0
            .iter()
            .position(|f| *f == v)
            .ok_or_else(|| E::unknown_field(v, self.0))
    }

    fn visit_bytes<E: Error>(self, v: &[u8]) -> Result<usize, E> {
        self.0
            .iter()
            .position(|f| f.as_bytes() == v)
            .ok_or_else(|| E::unknown_field(&String::from_utf8_lossy(v), self.0))
    }
}

/// What the derive expects of a field index: `field index 0 <= i < N`.
struct IndexBelow(usize);

impl serde::de::Expected for IndexBelow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "field index 0 <= i < {}", self.0)
    }
}

/// The fields of one struct read so far, a bit each (a struct read here has at most 64).
#[derive(Default)]
pub(crate) struct Seen(u64);

impl Seen {
    /// Notes field `i`; a field read before is `duplicate_field`, as the derive says it.
    pub(crate) fn first<E: Error>(&mut self, i: usize, fields: &[&'static str]) -> Result<(), E> {
        let bit = 1u64.checked_shl(u32::try_from(i).unwrap_or(u32::MAX));
        match bit {
            Some(bit) if self.0 & bit == 0 => {
                self.0 |= bit;
                Ok(())
            }
            _ => Err(E::duplicate_field(fields.get(i).copied().unwrap_or(""))),
        }
    }
}

/// Reads a required field's value into its slot: one function per reader and field type,
/// shared by every struct with a field of that type, not written out again in each reader.
#[inline(never)]
pub(crate) fn present<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
    map: &mut A,
    slot: &mut Option<T>,
) -> Result<(), A::Error> {
    *slot = Some(map.next_value()?);
    Ok(())
}

/// Reads a defaulted field's value over its default (as [`present`]).
#[inline(never)]
pub(crate) fn value<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
    map: &mut A,
    slot: &mut T,
) -> Result<(), A::Error> {
    *slot = map.next_value()?;
    Ok(())
}

/// [`value`] for a field read as another type `R` (a `deserialize_with` in serde's terms).
#[inline(never)]
pub(crate) fn value_via<'de, A: MapAccess<'de>, R: Deserialize<'de> + Into<T>, T>(
    map: &mut A,
    slot: &mut T,
) -> Result<(), A::Error> {
    *slot = map.next_value::<R>()?.into();
    Ok(())
}

/// A required field's value, or `missing_field` naming it.
pub(crate) fn required<T, E: Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(name))
}

/// The struct's expectation, as the derive writes it (`struct Name`).
pub(crate) fn expecting(f: &mut fmt::Formatter<'_>, name: &str) -> fmt::Result {
    write!(f, "struct {name}")
}

/// Writes `Deserialize` for a struct declared with `#[serde(deny_unknown_fields)]`: its
/// fields in declaration order, each `required`, `default` (its type's default),
/// `default [path]` (the function's value) or `via [Type]` (read as `Type`, which is `Into`
/// the field's type; defaulted), and `field as "key"` where the key is not the field's name
/// (serde's `rename`). The struct literal it builds names every field, so a field added to the
/// struct and not here does not compile. A struct generic over types names them
/// (`Share<T> { … }`; each must be `Deserialize`). A `remote` form (`Reader => Target`) writes
/// serde's remote-derive shape: an inherent `deserialize` on `Reader` giving a `Target`.
macro_rules! read_struct {
    (@key $field:ident) => { stringify!($field) };
    (@key $field:ident $key:literal) => { $key };
    (@required required) => { true };
    (@required $how:ident $([$($arg:tt)*])?) => { false };
    (@fields { $($field:ident $(as $key:literal)?: $how:ident $([$($arg:tt)*])?),+ $(,)? }) => {
        &[$((read_struct!(@key $field $($key)?), read_struct!(@required $how $([$($arg)*])?))),+]
    };
    (@init required) => { None };
    (@init default) => { Default::default() };
    (@init default [$f:path]) => { $f() };
    (@init via [$ty:ty]) => { Default::default() };
    (@slot $map:ident, $field:ident, required) => {
        $crate::model::read::present(&mut $map, &mut $field)
    };
    (@slot $map:ident, $field:ident, via [$ty:ty]) => {
        $crate::model::read::value_via::<_, $ty, _>(&mut $map, &mut $field)
    };
    (@slot $map:ident, $field:ident, $how:ident $([$($arg:tt)*])?) => {
        $crate::model::read::value(&mut $map, &mut $field)
    };
    (@end $key:expr, $field:ident, required) => {
        $crate::model::read::required($field, $key)?
    };
    (@end $key:expr, $field:ident, $how:ident $([$($arg:tt)*])?) => {
        $field
    };
    (@visitor $target:ident [$($g:ident),*], {
        $($field:ident $(as $key:literal)?: $how:ident $([$($arg:tt)*])?),+ $(,)?
    }) => {{
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy)]
        enum Field { $($field),+ }
        const ORDER: &[Field] = &[$(Field::$field),+];
        const FIELDS: &[&str] = &[$(read_struct!(@key $field $($key)?)),+];
        const _: () = assert!(FIELDS.len() <= 64);

        struct Fields<$($g),*>(::std::marker::PhantomData<fn() -> ($($g,)*)>);
        impl<'de, $($g: ::serde::Deserialize<'de>),*> ::serde::de::Visitor<'de>
            for Fields<$($g),*>
        {
            type Value = $target<$($g),*>;

            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                $crate::model::read::expecting(f, stringify!($target))
            }

            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
                $(let mut $field = read_struct!(@init $how $([$($arg)*])?);)+
                let mut seen = $crate::model::read::Seen::default();
                while let Some(i) = map.next_key_seed($crate::model::read::FieldOf(FIELDS))? {
                    seen.first(i, FIELDS)?;
                    // One `?` for every arm, so that the error's way out is written once.
                    match ORDER.get(i) {
                        $(Some(Field::$field) =>
                            read_struct!(@slot map, $field, $how $([$($arg)*])?),)+
                        None => Ok(()),
                    }?;
                }
                Ok($target {
                    $($field: read_struct!(@end read_struct!(@key $field $($key)?), $field,
                        $how $([$($arg)*])?),)+
                })
            }
        }
        (FIELDS, Fields(::std::marker::PhantomData))
    }};
    ($reader:ident => $target:ident $fields:tt) => {
        #[cfg(all(test, feature = "schema"))]
        impl $reader {
            /// Each key read and whether it is required (held to the JSON Schema by a test;
            /// unused for the structs of `read.rs`'s own tests).
            #[allow(dead_code)]
            pub(crate) const READ_FIELDS: &'static [(&'static str, bool)] =
                read_struct!(@fields $fields);
        }

        impl $reader {
            pub(crate) fn deserialize<'de, D: ::serde::Deserializer<'de>>(
                d: D,
            ) -> Result<$target, D::Error> {
                let (fields, visitor) = read_struct!(@visitor $target [], $fields);
                d.deserialize_struct(stringify!($target), fields, visitor)
            }
        }
    };
    ($target:ident < $($g:ident),+ > $fields:tt) => {
        #[cfg(all(test, feature = "schema"))]
        impl<$($g),+> $target<$($g),+> {
            /// Each key read and whether it is required (held to the JSON Schema by a test;
            /// unused for the structs of `read.rs`'s own tests).
            #[allow(dead_code)]
            pub(crate) const READ_FIELDS: &'static [(&'static str, bool)] =
                read_struct!(@fields $fields);
        }

        impl<'de, $($g: ::serde::Deserialize<'de>),+> ::serde::Deserialize<'de>
            for $target<$($g),+>
        {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let (fields, visitor) = read_struct!(@visitor $target [$($g),+], $fields);
                d.deserialize_struct(stringify!($target), fields, visitor)
            }
        }
    };
    ($target:ident $fields:tt) => {
        #[cfg(all(test, feature = "schema"))]
        impl $target {
            /// Each key read and whether it is required (held to the JSON Schema by a test;
            /// unused for the structs of `read.rs`'s own tests).
            #[allow(dead_code)]
            pub(crate) const READ_FIELDS: &'static [(&'static str, bool)] =
                read_struct!(@fields $fields);
        }

        impl<'de> ::serde::Deserialize<'de> for $target {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let (fields, visitor) = read_struct!(@visitor $target [], $fields);
                d.deserialize_struct(stringify!($target), fields, visitor)
            }
        }
    };
}

pub(crate) use read_struct;

#[cfg(test)]
mod tests {
    use std::fmt::Debug;

    use chrono::NaiveDate;
    use serde::de::value::{Error as ValueError, MapDeserializer};

    use crate::model::date::OptionalDay;

    fn seven() -> u8 {
        7
    }

    /// Every kind of field `read_struct!` reads.
    #[derive(Debug)]
    #[allow(dead_code)] // read through `Debug` only
    pub struct Probe {
        id: String,
        kind: String,
        topics: Vec<String>,
        note: Option<String>,
        bound: u8,
        on: Option<NaiveDate>,
        label: String,
    }

    read_struct! {
        Probe {
            id: required,
            kind: required,
            topics: default,
            note: default,
            bound: default [seven],
            on: via [OptionalDay],
            label as "en": default,
        }
    }

    /// A struct generic over its field's type.
    #[derive(Debug)]
    #[allow(dead_code)] // read through `Debug` only
    pub struct Pair<T> {
        category: T,
        percent: f64,
    }

    read_struct! {
        Pair<T> {
            category: required,
            percent: required,
        }
    }

    /// What `#[derive(Deserialize)]` makes of the same structs (of the same names and fields,
    /// so that their `Debug` and their errors match).
    mod derived {
        use chrono::NaiveDate;

        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)] // read through `Debug` only
        #[serde(deny_unknown_fields)]
        pub struct Probe {
            id: String,
            kind: String,
            #[serde(default)]
            topics: Vec<String>,
            #[serde(default)]
            note: Option<String>,
            #[serde(default = "super::seven")]
            bound: u8,
            #[serde(default, deserialize_with = "crate::model::date::optional_day")]
            on: Option<NaiveDate>,
            #[serde(rename = "en", default)]
            label: String,
        }

        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)] // read through `Debug` only
        #[serde(deny_unknown_fields)]
        pub struct Pair<T> {
            category: T,
            percent: f64,
        }
    }

    /// The value's `Debug`, or the error's message.
    fn outcome<T: Debug, E: std::fmt::Display>(r: Result<T, E>) -> Result<String, String> {
        r.map(|v| format!("{v:?}")).map_err(|e| e.to_string())
    }

    #[test]
    fn a_struct_reads_as_serde_derive_reads_it() {
        let texts = [
            // Every field, and only the required ones.
            r#"{"id": "a", "kind": "k", "topics": ["x"], "note": "n", "bound": 3,
                "on": "2024-02-29", "en": "label"}"#,
            r#"{"kind": "k", "id": "a"}"#,
            // Nulls: an `Option` is `None`, a `via` day is `None`, a text is refused.
            r#"{"id": "a", "kind": "k", "note": null, "on": null}"#,
            r#"{"id": null, "kind": "k"}"#,
            // A key written with an escape is the same key.
            r#"{"i\u0064": "a", "kind": "k"}"#,
            // Missing, unknown and repeated fields; a renamed field by its Rust name.
            r#"{"id": "a"}"#,
            r#"{}"#,
            r#"{"id": "a", "kind": "k", "extra": 1}"#,
            r#"{"id": "a", "kind": "k", "label": "x"}"#,
            r#"{"id": "a", "kind": "k", "id": "b"}"#,
            r#"{"id": "a", "kind": "k", "topics": [], "topics": []}"#,
            // Wrong types, in a field and for the whole struct.
            r#"{"id": 1, "kind": "k"}"#,
            r#"{"id": "a", "kind": "k", "bound": 300}"#,
            r#"{"id": "a", "kind": "k", "on": "2023-02-29"}"#,
            r#""a""#,
            "7",
            "null",
            // A repeated field is found before its (wrong) value is read.
            r#"{"id": "a", "kind": "k", "kind": 5}"#,
        ];
        for text in texts {
            assert_eq!(
                outcome(serde_json::from_str::<super::tests::Probe>(text)),
                outcome(serde_json::from_str::<derived::Probe>(text)),
                "{text}"
            );
            if let Ok(value) = serde_json::from_str::<serde_json::Value>(text) {
                assert_eq!(
                    outcome(serde_json::from_value::<Probe>(value.clone())),
                    outcome(serde_json::from_value::<derived::Probe>(value)),
                    "{text} (from a value)"
                );
            }
        }
        let pairs = [
            r#"{"category": "x", "percent": 20}"#,
            r#"{"category": 1, "percent": 20}"#,
            r#"{"percent": 20.5}"#,
            r#"{"category": "x", "percent": "20"}"#,
        ];
        for text in pairs {
            assert_eq!(
                outcome(serde_json::from_str::<Pair<String>>(text)),
                outcome(serde_json::from_str::<derived::Pair<String>>(text)),
                "{text}"
            );
        }
    }

    #[test]
    fn a_field_by_its_index_reads_as_serde_derive_reads_it() {
        // Formats other than JSON may name a field by its index; JSON's keys are texts.
        let keyed = |keys: &[(u64, &'static str)]| {
            let de = MapDeserializer::<_, ValueError>::new(keys.iter().copied());
            (
                outcome(<Pair<String> as serde::Deserialize>::deserialize(de)),
                outcome(<derived::Pair<String> as serde::Deserialize>::deserialize(
                    MapDeserializer::<_, ValueError>::new(keys.iter().copied()),
                )),
            )
        };
        for keys in [&[(0, "x")][..], &[(2, "x")], &[(0, "x"), (0, "y")]] {
            let (ours, derived) = keyed(keys);
            assert_eq!(ours, derived, "{keys:?}");
            assert!(ours.is_err(), "{keys:?}");
        }
    }

    #[test]
    fn a_struct_given_as_an_array_is_refused() {
        // The derive reads a struct from an array by position; the document's reader never
        // takes a field whose name it has not checked (the structural reader refused it too).
        let text = r#"["a", "k"]"#;
        assert!(serde_json::from_str::<derived::Probe>(text).is_ok());
        assert_eq!(
            outcome(serde_json::from_str::<Probe>(text)),
            Err("invalid type: sequence, expected struct Probe at line 1 column 1".to_owned())
        );
    }

    #[test]
    fn a_field_past_the_sixty_fourth_is_a_duplicate_not_a_panic() {
        let mut seen = super::Seen::default();
        assert!(seen.first::<ValueError>(63, &[]).is_ok());
        assert!(seen.first::<ValueError>(63, &[]).is_err());
        assert!(seen.first::<ValueError>(64, &[]).is_err());
    }
}
