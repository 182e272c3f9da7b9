//! Languages, bilingual labels and bilingual text.
//!
//! Every user-facing label in berdaya exists in Bahasa Indonesia and English. Enumerations
//! declared with the crate's `labelled_enum!` macro carry a stable machine code (what
//! JSON documents use), an Indonesian label and an English label, and list all their variants
//! in `ALL` so that a test can walk every label.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::model::read::read_struct;

/// A language of labels and reports.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

Indonesian is the default; a language is read from its code (or a common name) and
printed as its code:

```
use berdaya::Lang;
assert_eq!(Lang::default(), Lang::Id);
let en: Lang = " English ".parse().unwrap();
assert_eq!(en, Lang::En);
assert_eq!(en.to_string(), "en");
assert!("fr".parse::<Lang>().is_err());
```
"##
)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Bahasa Indonesia (the default: the programmes and their sources are Indonesian).
    #[default]
    Id,
    /// English.
    En,
}

impl Lang {
    /// Both languages, Indonesian first.
    pub const ALL: [Lang; 2] = [Lang::Id, Lang::En];

    /// The ISO 639-1 code, `"id"` or `"en"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::Lang;
    /// let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    /// assert_eq!(codes, ["id", "en"]);
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// Picks the Indonesian or the English string.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::Lang;
    /// assert_eq!(Lang::Id.pick("Peserta", "Participants"), "Peserta");
    /// assert_eq!(Lang::En.pick("Peserta", "Participants"), "Participants");
    /// ```
    pub fn pick<'a>(self, id: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Id => id,
            Lang::En => en,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language code that is neither `id` nor `en`.
///
/// # Examples
///
/// ```
/// use berdaya::Lang;
/// let err = "jv".parse::<Lang>().unwrap_err();
/// assert_eq!(err.found, "jv");
/// assert_eq!(err.to_string(), "unknown language `jv`: expected `id` or `en`");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown language `{found}`: expected `id` or `en`")]
#[non_exhaustive]
pub struct UnknownLang {
    /// What was given.
    pub found: String,
}

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "id" | "ind" | "indonesian" | "bahasa" => Ok(Lang::Id),
            "en" | "eng" | "english" => Ok(Lang::En),
            _ => Err(UnknownLang {
                found: s.to_owned(),
            }),
        }
    }
}

/// A code that names no variant of a labelled enumeration (see the `FromStr` of each).
///
/// # Examples
///
/// Codes are exact: a label or a capitalised code is not a code.
///
/// ```
/// use berdaya::model::participant::Sex;
/// let err = "Perempuan".parse::<Sex>().unwrap_err();
/// assert_eq!((err.kind, err.found.as_str()), ("Sex", "Perempuan"));
/// assert_eq!(err.expected, ["female", "male"]);
/// assert_eq!(err.to_string(), "unknown Sex code `Perempuan`: expected one of female, male");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, thiserror::Error)]
#[error("unknown {kind} code `{found}`: expected one of {}", expected.join(", "))]
#[non_exhaustive]
pub struct UnknownCode {
    /// The enumeration (e.g. `AdiStage`).
    pub kind: &'static str,
    /// What was given.
    pub found: String,
    /// Every code the enumeration knows, in declaration order.
    pub expected: Vec<&'static str>,
}

impl UnknownCode {
    /// Always `"unknown_code"`: the stable machine-readable kind of this error.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::participant::Sex;
    /// let err = "perempuan".parse::<Sex>().unwrap_err();
    /// assert_eq!(err.code(), "unknown_code");
    /// ```
    pub fn code(&self) -> &'static str {
        "unknown_code"
    }
}

/// Something with a label in both languages.
///
/// # Examples
///
/// Code that shows any labelled value in the reader's language:
///
/// ```
/// use berdaya::{Labelled, Lang};
/// use berdaya::model::participant::MaritalStatus;
///
/// fn caption(v: &impl Labelled, lang: Lang) -> String {
///     format!("[{}]", v.label(lang))
/// }
/// assert_eq!(caption(&MaritalStatus::Widowed, Lang::Id), "[Cerai mati]");
/// assert_eq!(caption(&MaritalStatus::Widowed, Lang::En), "[Widowed]");
/// ```
pub trait Labelled {
    /// The label in `lang`.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::{Labelled, Lang};
    /// use berdaya::model::participant::Sex;
    /// assert_eq!(Sex::Female.label(Lang::Id), "Perempuan");
    /// assert_eq!(Sex::Female.label(Lang::En), "Female");
    /// ```
    fn label(&self, lang: Lang) -> &'static str;
}

/// Free text as data (a programme name, an objective, a finding), in the officer's working
/// language and, optionally, the other.
///
/// The Indonesian text is the original wherever a seed gives it; the English is a
/// translation. One language is enough: an empty string means "not given" (JSON may leave the
/// key out, `{"id": "..."}`), and a report in the other language shows the original text marked
/// as untranslated ([`Text::get`]). Validation refuses a text with neither language.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

```
use berdaya::{Lang, Text};
// An objective of P2WKSS in Bekasi (seed 000).
let objective = Text::new(
    "meningkatkan status kesehatan dan pendidikan perempuan",
    "improve women's health and education status",
);
assert_eq!(objective.get(Lang::En), "improve women's health and education status");
// In JSON the Indonesian text sits under the language code `id`.
let json = serde_json::to_value(&objective).unwrap();
assert_eq!(json["id"], objective.indonesian.as_str());
assert_eq!(json["en"], objective.english.as_str());
```
"##
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Bahasa Indonesia (the JSON key is `id`, the language code); empty when not given.
    #[serde(rename = "id", default, skip_serializing_if = "String::is_empty")]
    pub indonesian: String,
    /// English (the JSON key is `en`); empty when not given.
    #[serde(rename = "en", default, skip_serializing_if = "String::is_empty")]
    pub english: String,
}

read_struct! {
    Text {
        indonesian as "id": default,
        english as "en": default,
    }
}

/// The marker after a text shown in a language it was not written in, in that language.
///
/// # Examples
///
/// ```
/// use berdaya::Lang;
/// use berdaya::model::lang::untranslated_marker;
/// assert_eq!(untranslated_marker(Lang::Id), "[belum diterjemahkan]");
/// assert_eq!(untranslated_marker(Lang::En), "[not translated]");
/// ```
pub fn untranslated_marker(lang: Lang) -> &'static str {
    lang.pick("[belum diterjemahkan]", "[not translated]")
}

impl Text {
    /// Builds a bilingual text.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::{Lang, Text};
    /// let t = Text::new("kemandirian", "self-reliance");
    /// assert_eq!(t.get(Lang::Id), "kemandirian");
    /// assert_eq!(t.get(Lang::En), "self-reliance");
    /// ```
    pub fn new(indonesian: impl Into<String>, english: impl Into<String>) -> Self {
        Text {
            indonesian: indonesian.into(),
            english: english.into(),
        }
    }

    /// A text written in `lang` only (the other language not given).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::lang::{Lang, Text};
    /// let t = Text::only(Lang::Id, "Rapat koordinasi lintas sektor");
    /// assert_eq!(t.get(Lang::Id), "Rapat koordinasi lintas sektor");
    /// assert_eq!(t.get(Lang::En), "Rapat koordinasi lintas sektor [not translated]");
    /// assert_eq!(t.given(Lang::En), None);
    /// ```
    pub fn only(lang: Lang, text: impl Into<String>) -> Self {
        match lang {
            Lang::Id => Text::new(text, ""),
            Lang::En => Text::new("", text),
        }
    }

    /// The text as written in `lang`, when it was given (not blank).
    ///
    /// # Examples
    ///
    /// A blank string counts as not given:
    ///
    /// ```
    /// use berdaya::{Lang, Text};
    /// let t = Text::new("Pokja IV", "  ");
    /// assert_eq!(t.given(Lang::Id), Some("Pokja IV"));
    /// assert_eq!(t.given(Lang::En), None);
    /// ```
    pub fn given(&self, lang: Lang) -> Option<&str> {
        let s = lang.pick(&self.indonesian, &self.english);
        (!s.trim().is_empty()).then_some(s)
    }

    /// The text to show in `lang`: as written in `lang` when given; otherwise the text of
    /// the other language followed by [`untranslated_marker`] in `lang` (plain text, so every
    /// renderer escapes it like the rest); empty only when neither is given (which validation
    /// refuses).
    ///
    /// # Examples
    ///
    /// English missing, so an English report shows the Indonesian original, marked:
    ///
    /// ```
    /// use berdaya::{Lang, Text};
    /// let t = Text::new("Kelompok Usaha Bersama", "");
    /// assert_eq!(t.get(Lang::Id), "Kelompok Usaha Bersama");
    /// assert_eq!(t.get(Lang::En), "Kelompok Usaha Bersama [not translated]");
    /// assert_eq!(Text::default().get(Lang::Id), "");
    /// ```
    pub fn get(&self, lang: Lang) -> Cow<'_, str> {
        if let Some(s) = self.given(lang) {
            return Cow::Borrowed(s);
        }
        let other = match lang {
            Lang::Id => Lang::En,
            Lang::En => Lang::Id,
        };
        match self.given(other) {
            Some(s) => Cow::Owned(format!("{s} {}", untranslated_marker(lang))),
            None => Cow::Borrowed(""),
        }
    }
}

/// Declares a fieldless enum whose variants have a stable code and labels in both languages:
/// `ALL`, `code()`, `from_code()`, `FromStr` (by code, with [`UnknownCode`]), [`Labelled`],
/// `Display` (the code; the label is `label(lang)`) and serde by code. A code list that may
/// grow carries `#[non_exhaustive]` among its attributes. An enum declared in a private module
/// names its public module first (`in "berdaya::frameworks::adi";`) for its doc example.
/// Internal to the crate; the unit tests below show what it makes.
///
/// Its serde impls are written here, not derived: a `#[serde(...)]` attribute on a variant
/// (`alias`, `other`, `skip`) would reach the JSON Schema and the TypeScript declarations,
/// which read them, but not the reading and writing of documents — change `CodeOf` instead.
macro_rules! labelled_enum {
    (@path) => { module_path!() };
    (@path $path:literal) => { $path };
    (
        $(in $path:literal;)?
        $(#[$meta:meta])*
        pub enum $name:ident {
            $(#[$fmeta:meta])*
            $first:ident => ($fcode:literal, $fid:literal, $fen:literal)
            $(,
                $(#[$vmeta:meta])*
                $variant:ident => ($code:literal, $id:literal, $en:literal)
            )* $(,)?
        }
    ) => {
        // serde by hand (below), not derived: one visitor for every enum's code instead of one
        // per enum and reader (the WebAssembly module's size, issue 17). The `serde(rename)`
        // attributes stay for the JSON Schema and the TypeScript declarations, which read them.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
        // After the derives, so an enum's own serde/tsify attributes are in scope.
        $(#[$meta])*
        // The example is documentation only: the JSON Schema (feature `schema`) and the
        // TypeScript declarations (feature `tsify`) take their descriptions from the doc
        // comments and stay without it.
        #[cfg_attr(any(doc, doctest, not(any(feature = "schema", feature = "tsify"))), doc = concat!(
            "\n# Examples\n\n",
            "Each variant has a stable code (used in documents, parsed by `FromStr`) and a label\n",
            "in both languages:\n\n",
            "```\n",
            "use berdaya::{Labelled, Lang};\n",
            "use ", labelled_enum!(@path $($path)?), "::", stringify!($name), ";\n\n",
            "let v: ", stringify!($name), " = \"", $fcode, "\".parse()?;\n",
            "assert_eq!(v, ", stringify!($name), "::", stringify!($first), ");\n",
            "assert_eq!(v.code(), \"", $fcode, "\");\n",
            "assert_eq!(v.label(Lang::Id), \"", $fid, "\");\n",
            "assert_eq!(v.label(Lang::En), \"", $fen, "\");\n",
            "assert!(", stringify!($name), "::ALL.contains(&v));\n",
            "assert!(\"no such code\".parse::<", stringify!($name), ">().is_err());\n",
            "# Ok::<(), berdaya::model::lang::UnknownCode>(())\n",
            "```\n",
        ))]
        pub enum $name {
            $(#[$fmeta])*
            #[cfg_attr(any(feature = "schema", feature = "tsify"), serde(rename = $fcode))]
            $first,
            $(
                $(#[$vmeta])*
                #[cfg_attr(any(feature = "schema", feature = "tsify"), serde(rename = $code))]
                $variant,
            )*
        }

        // As `#[derive(Serialize)]` with `#[serde(rename = code)]` writes it: a unit variant
        // by its declaration index and code.
        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_unit_variant(stringify!($name), *self as u32, self.code())
            }
        }

        // As `#[derive(Deserialize)]` reads it (the same calls, the same errors), through
        // the one visitor of every labelled enum.
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let visitor = $crate::model::lang::CodeOf { name: stringify!($name), codes: $name::CODES };
                let i = d.deserialize_enum(stringify!($name), $name::CODES, visitor)?;
                // The visitor gives an index below `CODES.len()`, which is `ALL.len()`.
                Ok($name::ALL.get(i).copied().unwrap_or($name::$first))
            }
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$name::$first, $($name::$variant),*];

            /// Every variant's code, in declaration order (`CODES[i]` is `ALL[i].code()`): a
            /// table, so that code reading every enum's codes is compiled once, not per enum.
            #[doc = concat!(
                "\n# Examples\n\n",
                "```\n",
                "use ", labelled_enum!(@path $($path)?), "::", stringify!($name), ";\n\n",
                "let codes: Vec<&str> = ", stringify!($name), "::ALL.iter().map(|v| v.code()).collect();\n",
                "assert_eq!(", stringify!($name), "::CODES, codes.as_slice());\n",
                "```\n",
            )]
            // The table is a `static` and the `const` its address: a `const` holding the
            // table itself is compiled again, texts included, into each crate that uses it.
            pub const CODES: &'static [&'static str] = {
                static CODES: [&str; [$fcode, $($code),*].len()] = [$fcode, $($code),*];
                &CODES
            };

            /// Every variant's label, `[Indonesian, English]`, in declaration order
            /// (`LABELS[i]` holds `ALL[i]`'s).
            #[doc = concat!(
                "\n# Examples\n\n",
                "```\n",
                "use berdaya::{Labelled, Lang};\n",
                "use ", labelled_enum!(@path $($path)?), "::", stringify!($name), ";\n\n",
                "let v = ", stringify!($name), "::", stringify!($first), ";\n",
                "assert_eq!(", stringify!($name), "::LABELS[0], [v.label(Lang::Id), v.label(Lang::En)]);\n",
                "assert_eq!(", stringify!($name), "::LABELS.len(), ", stringify!($name), "::ALL.len());\n",
                "```\n",
            )]
            pub const LABELS: &'static [[&'static str; 2]] = {
                static LABELS: [[&str; 2]; [$fcode, $($code),*].len()] =
                    [[$fid, $fen], $([$id, $en]),*];
                &LABELS
            };

            /// The stable machine code used in documents.
            #[doc = concat!(
                "\n# Examples\n\n",
                "```\n",
                "use ", labelled_enum!(@path $($path)?), "::", stringify!($name), ";\n\n",
                "let v = ", stringify!($name), "::", stringify!($first), ";\n",
                "assert_eq!(v.code(), \"", $fcode, "\");\n",
                "// The code is what documents hold and `Display` prints, in either language.\n",
                "assert_eq!(serde_json::to_string(&v)?, format!(\"\\\"{}\\\"\", v.code()));\n",
                "assert_eq!(v.to_string(), v.code());\n",
                "# Ok::<(), serde_json::Error>(())\n",
                "```\n",
            )]
            pub fn code(self) -> &'static str {
                // A variant's discriminant is its index in the tables (no explicit ones).
                $name::CODES.get(self as usize).copied().unwrap_or($fcode)
            }

            /// The variant whose code is `code`, if any.
            #[doc = concat!(
                "\n# Examples\n\n",
                "```\n",
                "use ", labelled_enum!(@path $($path)?), "::", stringify!($name), ";\n\n",
                "let v = ", stringify!($name), "::from_code(\"", $fcode, "\");\n",
                "assert_eq!(v, Some(", stringify!($name), "::", stringify!($first), "));\n",
                "// Every variant's code leads back to it; anything else to `None`.\n",
                "for v in ", stringify!($name), "::ALL {\n",
                "    assert_eq!(", stringify!($name), "::from_code(v.code()), Some(*v));\n",
                "}\n",
                "assert_eq!(", stringify!($name), "::from_code(\"no such code\"), None);\n",
                "```\n",
            )]
            pub fn from_code(code: &str) -> Option<Self> {
                let i = $crate::model::lang::position_of(code, $name::CODES)?;
                $name::ALL.get(i).copied()
            }
        }

        // Two variants with one code would be one in documents: refused when compiling (the
        // codes used to be match arms, where a repeated one was an unreachable pattern).
        const _: () = assert!(
            $crate::model::lang::all_distinct($name::CODES),
            concat!("two variants of ", stringify!($name), " share a code")
        );

        impl $crate::model::lang::LabelledEnum for $name {
            const CODES: &'static [&'static str] = $name::CODES;
            const LABELS: &'static [[&'static str; 2]] = $name::LABELS;
        }

        impl $crate::model::lang::Labelled for $name {
            fn label(&self, lang: $crate::model::lang::Lang) -> &'static str {
                let [id, en] = $name::LABELS.get(*self as usize).copied().unwrap_or([$fid, $fen]);
                lang.pick(id, en)
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.code())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::model::lang::UnknownCode;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $name::from_code(s).ok_or_else(|| $crate::model::lang::UnknownCode {
                    kind: stringify!($name),
                    found: s.to_owned(),
                    expected: $name::ALL.iter().map(|v| v.code()).collect(),
                })
            }
        }
    };
}
pub(crate) use labelled_enum;

/// Whether no two of `codes` are equal (checked when compiling each labelled enum).
pub(crate) const fn all_distinct(mut codes: &[&str]) -> bool {
    // Slice patterns, not indexing: a `const fn` cannot compare slices with `==`.
    const fn same(mut a: &[u8], mut b: &[u8]) -> bool {
        loop {
            match (a, b) {
                ([], []) => return true,
                ([x, ra @ ..], [y, rb @ ..]) if *x == *y => {
                    a = ra;
                    b = rb;
                }
                _ => return false,
            }
        }
    }
    while let [first, rest @ ..] = codes {
        let mut others = rest;
        while let [other, more @ ..] = others {
            if same(first.as_bytes(), other.as_bytes()) {
                return false;
            }
            others = more;
        }
        codes = rest;
    }
    true
}

/// The position of `code` among `codes` (a labelled enum's `from_code`, compiled once).
#[inline(never)]
pub(crate) fn position_of(code: &str, codes: &[&str]) -> Option<usize> {
    codes.iter().position(|c| *c == code)
}

/// An enumeration with a code and a label in both languages per variant (each declared with
/// the crate's `labelled_enum!`): its tables, in declaration order, which code reading every
/// such enum uses so that it is compiled once, not once per enum.
///
/// # Examples
///
/// ```
/// use berdaya::model::lang::LabelledEnum;
/// use berdaya::model::participant::Sex;
/// assert_eq!(<Sex as LabelledEnum>::CODES, Sex::CODES);
/// assert_eq!(<Sex as LabelledEnum>::LABELS.len(), Sex::ALL.len());
/// ```
pub trait LabelledEnum {
    /// Every variant's code (the enum's `CODES`).
    const CODES: &'static [&'static str];
    /// Every variant's `[Indonesian, English]` label (the enum's `LABELS`).
    const LABELS: &'static [[&'static str; 2]];
}

/// Each variant of `T` as `(code, label in lang)`, in declaration order.
///
/// # Examples
///
/// ```
/// use berdaya::model::lang::{choices, Lang};
/// use berdaya::model::participant::Sex;
/// let rows = choices::<Sex>(Lang::En);
/// assert_eq!(rows.len(), Sex::ALL.len());
/// assert_eq!(rows[0], (Sex::ALL[0].code(), "Female"));
/// ```
pub fn choices<T: LabelledEnum>(lang: Lang) -> Vec<(&'static str, &'static str)> {
    rows(T::CODES, T::LABELS, lang)
}

/// The rows of [`choices`]: compiled once for every enum.
#[inline(never)]
fn rows(
    codes: &[&'static str],
    labels: &[[&'static str; 2]],
    lang: Lang,
) -> Vec<(&'static str, &'static str)> {
    codes
        .iter()
        .zip(labels)
        .map(|(code, [id, en])| (*code, lang.pick(id, en)))
        .collect()
}

/// The visitor of every `labelled_enum!`'s code: the index of the variant in `codes`. It reads
/// what `#[derive(Deserialize)]` reads for a fieldless enum whose variants are renamed to their
/// codes — a unit variant named by its code, or by its index — and refuses the rest with the
/// same errors; being one type, it is compiled once per reader instead of once per enum.
pub(crate) struct CodeOf {
    pub(crate) name: &'static str,
    pub(crate) codes: &'static [&'static str],
}

impl<'de> serde::de::Visitor<'de> for CodeOf {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "enum {}", self.name)
    }

    fn visit_enum<A: serde::de::EnumAccess<'de>>(self, data: A) -> Result<usize, A::Error> {
        let (i, variant) = data.variant_seed(VariantOf(self.codes))?;
        serde::de::VariantAccess::unit_variant(variant)?;
        Ok(i)
    }
}

/// A variant's identifier: its code, or its index (as serde's derive reads it).
struct VariantOf(&'static [&'static str]);

impl<'de> serde::de::DeserializeSeed<'de> for VariantOf {
    type Value = usize;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_identifier(self)
    }
}

impl<'de> serde::de::Visitor<'de> for VariantOf {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("variant identifier")
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<usize, E> {
        match usize::try_from(v) {
            Ok(i) if i < self.0.len() => Ok(i),
            _ => Err(E::invalid_value(
                serde::de::Unexpected::Unsigned(v),
                &IndexBelow(self.0.len()),
            )),
        }
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<usize, E> {
        self.0
            .iter()
            .position(|c| *c == v)
            .ok_or_else(|| E::unknown_variant(v, self.0))
    }

    fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<usize, E> {
        self.0
            .iter()
            .position(|c| c.as_bytes() == v)
            .ok_or_else(|| E::unknown_variant(&String::from_utf8_lossy(v), self.0))
    }
}

/// What serde's derive expects of a variant index: `variant index 0 <= i < N`.
struct IndexBelow(usize);

impl serde::de::Expected for IndexBelow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "variant index 0 <= i < {}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    labelled_enum! {
        /// A colour.
        pub enum Colour {
            /// Red.
            Red => ("red", "merah", "red"),
            /// Green.
            Green => ("green", "hijau", "green"),
        }
    }

    #[test]
    fn codes_are_distinct_or_refused() {
        assert!(all_distinct(&["red", "green", "gree", "greens", ""]));
        assert!(!all_distinct(&["red", "green", "red"]));
        assert!(!all_distinct(&["", "a", ""]));
        assert!(all_distinct(&[]));
        // The tables follow the declaration order.
        assert_eq!(Colour::CODES, ["red", "green"]);
        assert_eq!(Colour::LABELS, [["merah", "red"], ["hijau", "green"]]);
    }

    #[test]
    fn labelled_enum_gives_codes_labels_and_serde() {
        assert_eq!(Colour::Green.label(Lang::Id), "hijau");
        assert_eq!(Colour::Green.label(Lang::En), "green");
        assert_eq!(Colour::Green.code(), "green");
        assert_eq!(Colour::from_code("red"), Some(Colour::Red));
        assert_eq!(Colour::from_code("blue"), None);
        assert_eq!(Colour::ALL.len(), 2);
        assert_eq!("green".parse::<Colour>(), Ok(Colour::Green));
        let err = "Green".parse::<Colour>().unwrap_err();
        assert_eq!((err.kind, err.found.as_str()), ("Colour", "Green"));
        assert_eq!(err.expected, vec!["red", "green"]);
        assert_eq!(
            err.to_string(),
            "unknown Colour code `Green`: expected one of red, green"
        );
        assert_eq!(serde_json::to_string(&Colour::Red).unwrap(), "\"red\"");
    }

    /// What `#[derive(Deserialize)]` makes of `Colour` (of the same name: errors name it), for
    /// the hand-written impl to equal.
    mod derived {
        #[derive(Debug, serde::Deserialize, serde::Serialize)]
        pub enum Colour {
            #[serde(rename = "red")]
            Red,
            #[serde(rename = "green")]
            Green,
        }
    }
    use derived::Colour as Derived;

    /// The variant's index, or the error's message.
    fn outcome<T: fmt::Debug, E: fmt::Display>(r: Result<T, E>) -> Result<String, String> {
        r.map(|v| format!("{v:?}")).map_err(|e| e.to_string())
    }

    #[test]
    fn a_labelled_enum_reads_and_writes_as_serde_derive_would() {
        use serde::de::value::{Error, MapAccessDeserializer, MapDeserializer};
        use serde::de::IntoDeserializer;
        // Names of the variants of Derived and Colour are the same, so their Debug matches.
        let texts = [
            r#""red""#,
            r#""green""#,
            r#""gre\u0065n""#,
            r#""blue""#,
            r#""Red""#,
            r#""""#,
            "0",
            "1",
            "2",
            "18446744073709551615",
            "-1",
            "1.5",
            "null",
            "true",
            "[]",
            "{}",
            r#"{"red": null}"#,
            r#"{"green": 1}"#,
            r#"{"blue": null}"#,
            r#"{"red": null, "x": 1}"#,
            r#"["red"]"#,
            r#""red" x"#,
        ];
        for text in texts {
            assert_eq!(
                outcome(serde_json::from_str::<Colour>(text)),
                outcome(serde_json::from_str::<Derived>(text)),
                "from text {text}"
            );
            assert_eq!(
                outcome(serde_json::from_reader::<_, Colour>(text.as_bytes())),
                outcome(serde_json::from_reader::<_, Derived>(text.as_bytes())),
                "from a reader {text}"
            );
            if let Ok(value) = serde_json::from_str::<serde_json::Value>(text) {
                assert_eq!(
                    outcome(serde_json::from_value::<Colour>(value.clone())),
                    outcome(serde_json::from_value::<Derived>(value)),
                    "from a value {text}"
                );
            }
        }
        // The variant named by bytes (a reader that gives identifiers as bytes).
        for key in [&b"red"[..], b"green", b"blue", b"\xffred"] {
            let map = || {
                MapAccessDeserializer::new(MapDeserializer::<_, Error>::new(
                    [(key, ())].into_iter(),
                ))
            };
            assert_eq!(
                outcome(Colour::deserialize(map())),
                outcome(Derived::deserialize(map())),
                "bytes {key:?}"
            );
        }
        // By index, from a reader that gives numbers as identifiers.
        for index in [0u64, 1, 2, u64::MAX] {
            let map = || {
                MapAccessDeserializer::new(MapDeserializer::<_, Error>::new(
                    [(index, ())].into_iter(),
                ))
            };
            assert_eq!(
                outcome(Colour::deserialize(map())),
                outcome(Derived::deserialize(map())),
                "index {index}"
            );
            let plain =
                || -> serde::de::value::U64Deserializer<Error> { index.into_deserializer() };
            assert_eq!(
                outcome(Colour::deserialize(plain())),
                outcome(Derived::deserialize(plain())),
                "plain {index}"
            );
        }
        // Written the same way, by every serializer's view of it.
        for (c, d) in [(Colour::Red, Derived::Red), (Colour::Green, Derived::Green)] {
            assert_eq!(
                serde_json::to_string(&c).unwrap(),
                serde_json::to_string(&d).unwrap()
            );
            assert_eq!(
                serde_json::to_value(c).unwrap(),
                serde_json::to_value(d).unwrap()
            );
        }
    }

    #[test]
    fn parses_language_codes() {
        assert_eq!("en".parse::<Lang>(), Ok(Lang::En));
        assert_eq!(" ID ".parse::<Lang>(), Ok(Lang::Id));
        let err = "fr".parse::<Lang>().unwrap_err();
        assert_eq!(err.found, "fr");
        assert!(err.to_string().contains("expected `id` or `en`"));
    }

    #[test]
    fn text_picks_language() {
        let t = Text::new("kemandirian", "self-reliance");
        assert_eq!(t.get(Lang::Id), "kemandirian");
        assert_eq!(t.get(Lang::En), "self-reliance");
    }

    #[test]
    fn one_language_is_enough_and_the_other_is_marked() {
        let t: Text = serde_json::from_str(r#"{"id": "kemandirian"}"#).unwrap();
        assert_eq!(t.given(Lang::Id), Some("kemandirian"));
        assert_eq!(t.given(Lang::En), None);
        assert_eq!(t.get(Lang::Id), "kemandirian");
        assert_eq!(t.get(Lang::En), "kemandirian [not translated]");
        let t: Text = serde_json::from_str(r#"{"en": "self-reliance", "id": "  "}"#).unwrap();
        assert_eq!(t.get(Lang::Id), "self-reliance [belum diterjemahkan]");
        // What was not given is not written back.
        let one = Text::only(Lang::Id, "kemandirian");
        assert_eq!(
            serde_json::to_string(&one).unwrap(),
            r#"{"id":"kemandirian"}"#
        );
        assert_eq!(Text::default().get(Lang::En), "");
    }
}
