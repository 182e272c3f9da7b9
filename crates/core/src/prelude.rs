//! The names most programs need, in one import: `use berdaya::prelude::*;`.
//!
//! The document's types and the codes used to fill them in, the language types, the
//! framework records, and `chrono`'s `NaiveDate`. Analyses and renderings stay in their
//! modules (`berdaya::frameworks`, `berdaya::insight`, `berdaya::render`).
//!
//! # Examples
//!
//! ```
//! use berdaya::prelude::*;
//! let case = Case::new(
//!     "uji",
//!     Text::new("Uji", "Test"),
//!     Programme::new(Text::new("Program", "Programme"), "P", ProgrammeKind::Custom, Level::City),
//! )
//! .with_site(Site::new("s1", "Jawa Barat", "Bekasi", CityKind::Kota));
//! assert!(case.validate().is_ok());
//! ```

pub use chrono::NaiveDate;

pub use crate::model::activity::{Activity, ActivityKind, Attendance, Topic};
pub use crate::model::case::{Case, SourceDocument, SCHEMA_VERSION};

pub use crate::model::date::PartialDate;
pub use crate::model::evidence::{Evidence, EvidenceKind, Informant, Target};
pub use crate::model::ids::{
    ActivityId, AssistanceId, CodeId, CohortId, EvidenceId, FigureId, ParticipantId, SiteId,
    StakeholderId,
};
pub use crate::model::lang::{Labelled, Lang, Text};
pub use crate::model::participant::{Participant, Sex};
pub use crate::model::programme::{Level, Programme, ProgrammeKind};
pub use crate::model::records::adi::{AdiProcess, AdiStage, Involvement, StageStatus};
pub use crate::model::records::ansell_gash::{AnsellGashAssessment, Rating};
pub use crate::model::records::fivem::{Direction, Factor, Finding};
pub use crate::model::records::sulistiyani::{Dimension, Progression, Subject, SulistiyaniStage};
pub use crate::model::site::{CityKind, Site, VillageKind};
pub use crate::model::stakeholder::{Role, Sector, Stakeholder};
