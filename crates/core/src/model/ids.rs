//! Typed identifiers.
//!
//! Every record a document can refer to has its own identifier type, so that a participant id
//! cannot be passed where a site id is expected. Identifiers are free strings in documents
//! (pseudonymous codes such as `"kpm-0001"`); validation checks that they are unique and
//! non-empty and that every reference resolves.

use std::fmt;

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        // Documentation only: the JSON Schema (feature `schema`) and the TypeScript
        // declarations (feature `tsify`) take their descriptions from the doc comments.
        #[cfg_attr(any(doc, doctest, not(any(feature = "schema", feature = "tsify"))), doc = concat!(
            "\n# Examples\n\n",
            "Built from any string, compared and printed as that string, written to JSON as a\n",
            "plain string:\n\n",
            "```\n",
            "use berdaya::model::ids::", stringify!($name), ";\n\n",
            "let id = ", stringify!($name), "::new(\"kpm-0001\");\n",
            "assert_eq!(id.as_str(), \"kpm-0001\");\n",
            "assert_eq!(id.to_string(), \"kpm-0001\");\n",
            "assert_eq!(id, ", stringify!($name), "::from(\"kpm-0001\"));\n",
            "assert_eq!(serde_json::to_string(&id).unwrap(), \"\\\"kpm-0001\\\"\");\n",
            "```\n",
        ))]
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            /// Wraps a string.
            #[doc = concat!(
                "\n# Examples\n\n",
                "```\n",
                "use berdaya::model::ids::", stringify!($name), ";\n\n",
                "let id = ", stringify!($name), "::new(\"kpm-0001\");\n",
                "// From a `&str` or a `String`, the same id; compared as written, case and all.\n",
                "assert_eq!(id, ", stringify!($name), "::new(String::from(\"kpm-0001\")));\n",
                "assert_ne!(id, ", stringify!($name), "::new(\"KPM-0001\"));\n",
                "```\n",
            )]
            pub fn new(id: impl Into<String>) -> Self {
                $name(id.into())
            }

            /// The identifier as a string.
            #[doc = concat!(
                "\n# Examples\n\n",
                "```\n",
                "use berdaya::model::ids::", stringify!($name), ";\n\n",
                "let id = ", stringify!($name), "::new(\"kpm-0001\");\n",
                "// Borrowed: the id stays usable.\n",
                "assert!(id.as_str().starts_with(\"kpm-\"));\n",
                "assert_eq!(id.as_str().len(), 8);\n",
                "assert_eq!(id.to_string(), id.as_str());\n",
                "```\n",
            )]
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// The identifier's string, unwrapped.
            #[doc = concat!(
                "\n# Examples\n\n",
                "```\n",
                "use berdaya::model::ids::", stringify!($name), ";\n\n",
                "let mut code = ", stringify!($name), "::new(\"kpm-0001\").into_string();\n",
                "// The same characters, owned, with no copy made.\n",
                "code.push_str(\"-b\");\n",
                "assert_eq!(code, \"kpm-0001-b\");\n",
                "```\n",
            )]
            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                $name(s)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> Self {
                id.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                $name(s.to_owned())
            }
        }
    };
}

id_type!(
    /// Identifies a [`Site`](crate::model::site::Site).
    SiteId
);
id_type!(
    /// Identifies a [`Stakeholder`](crate::model::stakeholder::Stakeholder).
    StakeholderId
);
id_type!(
    /// Identifies an [`Activity`](crate::model::activity::Activity).
    ActivityId
);
id_type!(
    /// Identifies a [`Participant`](crate::model::participant::Participant); pseudonymous by design.
    ParticipantId
);
id_type!(
    /// Identifies a [`Cohort`](crate::model::cohort::Cohort) of aggregate figures.
    CohortId
);
id_type!(
    /// Identifies an [`Assistance`](crate::model::assistance::Assistance) hand-over.
    AssistanceId
);
id_type!(
    /// Identifies an [`Evidence`](crate::model::evidence::Evidence) item.
    EvidenceId
);
id_type!(
    /// Identifies a [`Figure`](crate::model::figure::Figure).
    FigureId
);
id_type!(
    /// Identifies a qualitative [`Code`](crate::model::evidence::Code).
    CodeId
);
