//! The structure of a module catalogue: named modules and sessions, each serving one
//! [`Dimension`] of welfare (defined with Sulistiyani's records, re-exported here).

use serde::{Deserialize, Serialize};

use crate::model::ids::EvidenceId;
use crate::model::lang::Text;

pub use crate::model::records::sulistiyani::Dimension;

/// A catalogue of modules, such as the P2K2 modules of Kementerian Sosial.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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

/// A module and its sessions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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

/// A session of a module.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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

impl ModuleCatalogue {
    /// A catalogue named `name`, from `source`, with its modules in order and no evidence.
    pub fn new(name: Text, source: impl Into<String>, modules: Vec<Module>) -> Self {
        ModuleCatalogue {
            name,
            source: source.into(),
            modules,
            evidence: Vec::new(),
        }
    }

    /// Sessions of the core (non-supplementary) modules.
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
    pub fn supplementary(mut self) -> Self {
        self.supplementary = true;
        self
    }
}

impl Session {
    /// A session serving `dimension`.
    pub fn new(code: impl Into<String>, title: Text, dimension: Dimension) -> Self {
        Session {
            code: code.into(),
            title,
            dimension,
        }
    }
}
