//! The structure of a module catalogue: named modules and sessions, each serving one
//! [`Dimension`] of welfare (defined with Sulistiyani's records, re-exported here).

use serde::Serialize;

use crate::model::ids::EvidenceId;
use crate::model::lang::Text;
use crate::model::read::read_struct;

pub use crate::model::records::sulistiyani::Dimension;

/// A catalogue of modules, such as the P2K2 modules of Kementerian Sosial.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

```
use berdaya::model::catalogue::p2k2;
let catalogue = p2k2();
// Five core modules and the stunting module added in 2023 (seed 002).
assert_eq!(catalogue.modules.len(), 6);
assert_eq!(catalogue.modules.iter().filter(|m| m.supplementary).count(), 1);
assert!(catalogue.modules.last().unwrap().supplementary);
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ModuleCatalogue {
    /// Name of the catalogue.
    pub name: Text,
    /// Where it comes from (e.g. "Panduan Teknis Pelaksanaan P2K2, 2020").
    pub source: String,
    /// Modules in order.
    pub modules: Vec<Module>,
    /// Evidence for the catalogue.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceId>,
}

read_struct! {
    ModuleCatalogue {
        name: required,
        source: required,
        modules: required,
        evidence: default,
    }
}

/// A module and its sessions.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

```
use berdaya::model::catalogue::{p2k2, Dimension};
let catalogue = p2k2();
let (money, _) = catalogue.find("M2", None).unwrap();
// Module 2 is the economic one, and so are its three sessions (seed 002).
assert_eq!(money.dimension, Dimension::Economic);
assert_eq!(money.sessions.len(), 3);
assert!(money.sessions.iter().all(|s| s.dimension == Dimension::Economic));
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Module {
    /// Code, unique in the catalogue (e.g. "M1").
    pub code: String,
    /// Title.
    pub title: Text,
    /// The dimension the module as a whole serves.
    pub dimension: Dimension,
    /// Whether it was added to the core catalogue later (e.g. the 2023 stunting module).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub supplementary: bool,
    /// Sessions in order; empty when the source does not list them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sessions: Vec<Session>,
}

read_struct! {
    Module {
        code: required,
        title: required,
        dimension: required,
        supplementary: default,
        sessions: default,
    }
}

/// A session of a module.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

```
use berdaya::model::catalogue::{p2k2, Dimension};
let catalogue = p2k2();
let (_, session) = catalogue.find("M2", Some("S3")).unwrap();
let session = session.unwrap();
assert_eq!(session.title.indonesian, "Memulai Usaha");
assert_eq!(session.dimension, Dimension::Economic);
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Session {
    /// Code, unique in its module (e.g. "S1").
    pub code: String,
    /// Title.
    pub title: Text,
    /// The dimension the session serves.
    pub dimension: Dimension,
}

read_struct! {
    Session {
        code: required,
        title: required,
        dimension: required,
    }
}

impl ModuleCatalogue {
    /// A catalogue named `name`, from `source`, with its modules in order and no evidence.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::catalogue::{Dimension, Module, ModuleCatalogue, Session};
    /// use berdaya::Text;
    /// let saving = Session::new(
    ///     "S2",
    ///     Text::new("Cermat Meminjam dan Menabung", "Borrowing and Saving Wisely"),
    ///     Dimension::Economic,
    /// );
    /// let money = Module::new(
    ///     "M2",
    ///     Text::new("Pengelolaan Keuangan dan Perencanaan Usaha", "Financial Management and Business Planning"),
    ///     Dimension::Economic,
    ///     vec![saving],
    /// );
    /// let catalogue = ModuleCatalogue::new(
    ///     Text::new("Modul P2K2", "P2K2 modules"),
    ///     "Panduan Teknis Pelaksanaan P2K2, 2020",
    ///     vec![money],
    /// );
    /// assert!(catalogue.evidence.is_empty());
    /// assert_eq!(catalogue.sessions_serving(Dimension::Economic), (1, 1));
    /// ```
    pub fn new(name: Text, source: impl Into<String>, modules: Vec<Module>) -> Self {
        ModuleCatalogue {
            name,
            source: source.into(),
            modules,
            evidence: Vec::new(),
        }
    }

    /// Sessions of the core (non-supplementary) modules.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::catalogue::p2k2;
    /// let catalogue = p2k2();
    /// // Fourteen sessions in the five core modules (seed 002); the stunting module adds none.
    /// assert_eq!(catalogue.core_sessions().count(), 14);
    /// assert!(catalogue.core_sessions().all(|(module, _)| !module.supplementary));
    /// let (module, session) = catalogue.core_sessions().next().unwrap();
    /// assert_eq!((module.code.as_str(), session.code.as_str()), ("M1", "S1"));
    /// ```
    pub fn core_sessions(&self) -> impl Iterator<Item = (&Module, &Session)> {
        self.modules
            .iter()
            .filter(|m| !m.supplementary)
            .flat_map(|m| m.sessions.iter().map(move |s| (m, s)))
    }

    /// How many core sessions serve `dimension`, and how many core sessions there are.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::catalogue::{p2k2, Dimension};
    /// assert_eq!(p2k2().sessions_serving(Dimension::Economic), (3, 14));
    /// ```
    pub fn sessions_serving(&self, dimension: Dimension) -> (usize, usize) {
        let all = self.core_sessions().count();
        let serving = self
            .core_sessions()
            .filter(|(_, s)| s.dimension == dimension)
            .count();
        (serving, all)
    }

    /// Finds a module and, when given, one of its sessions.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::catalogue::p2k2;
    /// let catalogue = p2k2();
    /// let (module, session) = catalogue.find("M1", Some("S2")).unwrap();
    /// assert_eq!(module.code, "M1");
    /// assert_eq!(session.unwrap().code, "S2");
    /// // A module without a session asked for; an unknown module or session is `None`.
    /// assert!(catalogue.find("M1", None).unwrap().1.is_none());
    /// assert!(catalogue.find("M9", None).is_none());
    /// assert!(catalogue.find("M2", Some("S9")).is_none());
    /// ```
    pub fn find(&self, module: &str, session: Option<&str>) -> Option<(&Module, Option<&Session>)> {
        let m = self.modules.iter().find(|m| m.code == module)?;
        match session {
            None => Some((m, None)),
            Some(code) => m
                .sessions
                .iter()
                .find(|s| s.code == code)
                .map(|s| (m, Some(s))),
        }
    }
}

impl Module {
    /// A core module with its sessions in order.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::catalogue::{p2k2, Dimension, Module, Session};
    /// use berdaya::Text;
    /// use Dimension::Economic;
    /// let sessions = vec![
    ///     Session::new("S1", Text::new("Mengelola Keuangan Keluarga", "Managing Family Finances"), Economic),
    ///     Session::new("S2", Text::new("Cermat Meminjam dan Menabung", "Borrowing and Saving Wisely"), Economic),
    ///     Session::new("S3", Text::new("Memulai Usaha", "Starting a Business"), Economic),
    /// ];
    /// let title = Text::new("Pengelolaan Keuangan dan Perencanaan Usaha", "Financial Management and Business Planning");
    /// let money = Module::new("M2", title, Economic, sessions);
    /// assert!(!money.supplementary);
    /// // The same as module 2 of the bundled P2K2 catalogue (seed 002).
    /// assert_eq!(&money, p2k2().find("M2", None).unwrap().0);
    /// ```
    pub fn new(
        code: impl Into<String>,
        title: Text,
        dimension: Dimension,
        sessions: Vec<Session>,
    ) -> Self {
        Module {
            code: code.into(),
            title,
            dimension,
            supplementary: false,
            sessions,
        }
    }

    /// The same module marked as added to the core catalogue later.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::catalogue::{p2k2, Dimension, Module};
    /// use berdaya::Text;
    /// let title = Text::new("Pencegahan dan Penanganan Stunting", "Stunting Prevention and Management");
    /// // Added in May 2023; seed 002 does not list its sessions.
    /// let stunting = Module::new("STUNTING", title, Dimension::Health, vec![]).supplementary();
    /// assert!(stunting.supplementary);
    /// let catalogue = p2k2();
    /// assert_eq!(&stunting, catalogue.find("STUNTING", None).unwrap().0);
    /// // A supplementary module is left out of the core sessions.
    /// assert!(catalogue.core_sessions().all(|(m, _)| m.code != "STUNTING"));
    /// ```
    pub fn supplementary(mut self) -> Self {
        self.supplementary = true;
        self
    }
}

impl Session {
    /// A session serving `dimension`.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::catalogue::{p2k2, Dimension, Session};
    /// use berdaya::Text;
    /// let start = Session::new("S3", Text::new("Memulai Usaha", "Starting a Business"), Dimension::Economic);
    /// assert_eq!(start.code, "S3");
    /// // The same as session 3 of module 2 in the bundled P2K2 catalogue (seed 002).
    /// assert_eq!(Some(&start), p2k2().find("M2", Some("S3")).unwrap().1);
    /// ```
    pub fn new(code: impl Into<String>, title: Text, dimension: Dimension) -> Self {
        Session {
            code: code.into(),
            title,
            dimension,
        }
    }
}
