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
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// Wraps a string.
            pub fn new(id: impl Into<String>) -> Self {
                $name(id.into())
            }

            /// The identifier as a string.
            pub fn as_str(&self) -> &str {
                &self.0
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
