//! Stakeholders: who takes part, from which pentahelix sector, in which role.

use serde::Serialize;

use crate::model::ids::{SiteId, StakeholderId};
use crate::model::lang::labelled_enum;
use crate::model::read::read_struct;

labelled_enum! {
    /// The five sectors of the pentahelix model (seed 001: "program pentahelix yang
    /// melibatkan seluruh unsur").
    pub enum Sector {
        /// Government (pemerintah).
        Government => ("government", "Pemerintah", "Government"),
        /// Business and private sector (dunia usaha / swasta, CSR).
        Business => ("business", "Dunia usaha", "Business"),
        /// Universities and researchers (akademisi).
        Academia => ("academia", "Akademisi", "Academia"),
        /// Community and civil society, including PKK and cadres (masyarakat).
        Community => ("community", "Masyarakat", "Community"),
        /// Media.
        Media => ("media", "Media", "Media"),
    }
}

labelled_enum! {
    /// What a stakeholder does in a programme.
    #[non_exhaustive]
    pub enum Role {
        /// The agency that leads the programme (leading sector).
        LeadingSector => ("leading_sector", "Sektor penggerak utama (leading sector)", "Leading sector"),
        /// Coordinates across agencies (e.g. Bappeda).
        Coordinator => ("coordinator", "Koordinator", "Coordinator"),
        /// Carries out activities (dinas, kelurahan).
        Implementer => ("implementer", "Pelaksana", "Implementer"),
        /// Facilitates or teaches (pendamping, fasilitator, tutor).
        Facilitator => ("facilitator", "Fasilitator/pendamping", "Facilitator"),
        /// Monitors, supervises or assesses.
        Monitor => ("monitor", "Pemantau/penilai", "Monitor/assessor"),
        /// Funds the programme.
        Funder => ("funder", "Penyandang dana", "Funder"),
        /// Registers or mobilises the target group (cadres, RT/RW).
        Mobiliser => ("mobiliser", "Penggerak/pendata", "Mobiliser/registrar"),
        /// Is served by the programme (kelompok binaan, KPM).
        Participant => ("participant", "Peserta/sasaran", "Participant/target group"),
    }
}

labelled_enum! {
    /// The four working groups (Pokja) of the PKK, with the foci seed 001 lists.
    pub enum Pokja {
        /// Pokja 1: Pancasila and mutual help (family, parenting, education, religion).
        Pokja1 => ("pokja_1", "Pokja 1: penghayatan dan pengamalan Pancasila, gotong royong", "Working group 1: Pancasila and mutual help"),
        /// Pokja 2: education, skills and cooperatives (entrepreneurship).
        Pokja2 => ("pokja_2", "Pokja 2: pendidikan, keterampilan, kehidupan berkoperasi", "Working group 2: education, skills and cooperatives"),
        /// Pokja 3: food, clothing, housing and household management.
        Pokja3 => ("pokja_3", "Pokja 3: pangan, sandang, perumahan dan tata laksana rumah tangga", "Working group 3: food, clothing, housing and household management"),
        /// Pokja 4: health, environment and healthy planning.
        Pokja4 => ("pokja_4", "Pokja 4: kesehatan, kelestarian lingkungan hidup, perencanaan sehat", "Working group 4: health, environment and healthy planning"),
    }
}

pub use crate::model::programme::Level;

/// A person, agency or group taking part in a programme.
///
/// Officials and agencies are named as the sources name them; individual beneficiaries never
/// are — they are [`Participant`](crate::model::participant::Participant)s with pseudonymous ids.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

Sekoper Cinta's ten tutors at Mustikasari (seed 003):

```
use berdaya::prelude::*;
let tutors = Stakeholder::new("fasilitator", "Fasilitator Sekoper Cinta", Sector::Community)
    .with_role(Role::Facilitator)
    .with_level(Level::Village)
    .with_headcount(10)
    .at("mustikasari");
assert_eq!(tutors.headcount, Some(10));
assert_eq!(tutors.site, Some(SiteId::new("mustikasari")));
assert_eq!(tutors.attrition, None, "nobody recorded as leaving");
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Stakeholder {
    /// Identifier within the document.
    pub id: StakeholderId,
    /// Name as the source gives it.
    pub name: String,
    /// Other names or abbreviations the source uses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Pentahelix sector.
    pub sector: Sector,
    /// Roles in this programme.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Role>,
    /// Level of government or organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// PKK working group, for PKK cadres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pokja: Option<Pokja>,
    /// Where the stakeholder works, when it is tied to one site.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<SiteId>,
    /// How many people this stakeholder stands for (e.g. "10 fasilitator"), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headcount: Option<u32>,
    /// People who left this stakeholder group during the programme (e.g. facilitators who
    /// resigned), when the source reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attrition: Option<Attrition>,
}

read_struct! {
    Stakeholder {
        id: required,
        name: required,
        aliases: default,
        sector: required,
        roles: default,
        level: default,
        pokja: default,
        site: default,
        headcount: default,
        attrition: default,
    }
}

/// People leaving a stakeholder group.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

Seed 003 reports tutors resigning without saying how many: the evidence is kept and the
number stays unknown rather than zero:

```
use berdaya::model::stakeholder::Attrition;
let resigned = Attrition::new().with_evidence(["e-pengunduran-diri"]);
assert_eq!(resigned.left, None);
assert_eq!(resigned.evidence.len(), 1);
assert_eq!(Attrition::new().with_left(2).left, Some(2));
```
"##
)]
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Attrition {
    /// How many left, when the source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left: Option<u32>,
    /// Evidence that people left.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<crate::model::ids::EvidenceId>,
}

read_struct! {
    Attrition {
        left: default,
        evidence: default,
    }
}

impl Stakeholder {
    /// Whether the stakeholder has `role`.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let case = berdaya::cases::load("sekoper-cinta-mustikasari").unwrap();
    /// let dp3a = case.stakeholders.iter().find(|s| s.id.as_str() == "dp3a").unwrap();
    /// assert!(dp3a.has_role(Role::LeadingSector));
    /// assert!(!dp3a.has_role(Role::Participant));
    /// ```
    pub fn has_role(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }
}

impl Stakeholder {
    /// An actor with its id, name and pentahelix sector; roles added with
    /// [`with_role`](Self::with_role).
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let pkk = Stakeholder::new("tp-pkk", "TP PKK Kelurahan", Sector::Community)
    ///     .with_role(Role::Implementer);
    /// assert_eq!(pkk.roles, vec![Role::Implementer]);
    /// ```
    pub fn new(id: impl Into<String>, name: impl Into<String>, sector: Sector) -> Self {
        Stakeholder {
            id: StakeholderId::new(id),
            name: name.into(),
            aliases: Vec::new(),
            sector,
            roles: Vec::new(),
            level: None,
            pokja: None,
            site: None,
            headcount: None,
            attrition: None,
        }
    }

    /// Adds a role.
    ///
    /// # Examples
    ///
    /// Roles accumulate, in the order given:
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let dinas = Stakeholder::new("dp3a", "DP3A Kota Bekasi", Sector::Government)
    ///     .with_role(Role::LeadingSector)
    ///     .with_role(Role::Funder);
    /// assert_eq!(dinas.roles, [Role::LeadingSector, Role::Funder]);
    /// ```
    pub fn with_role(mut self, role: Role) -> Self {
        self.roles.push(role);
        self
    }

    /// Sets the site the actor belongs to.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let kelurahan = Stakeholder::new("kel", "Kelurahan Mustikasari", Sector::Government)
    ///     .at("mustikasari");
    /// assert_eq!(kelurahan.site.as_ref().map(SiteId::as_str), Some("mustikasari"));
    /// ```
    pub fn at(mut self, site: impl Into<String>) -> Self {
        self.site = Some(SiteId::new(site));
        self
    }
}
