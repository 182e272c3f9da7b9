//! Assistance: capital grants and equipment handed to participants or groups.

use serde::{Deserialize, Serialize};

use crate::model::date::PartialDate;
use crate::model::ids::{ActivityId, CohortId, EvidenceId, ParticipantId, StakeholderId};
use crate::model::lang::labelled_enum;
use crate::model::money::Rupiah;
use crate::model::read::read_struct;

labelled_enum! {
    /// The kind of assistance.
    #[non_exhaustive]
    pub enum AssistanceKind {
        /// Business capital (modal usaha, bantuan usaha).
        CapitalGrant => ("capital_grant", "Bantuan modal usaha", "Capital grant"),
        /// Tools or equipment (peralatan).
        Equipment => ("equipment", "Bantuan peralatan", "Equipment"),
        /// Production inputs such as seeds (bibit).
        Inputs => ("inputs", "Bantuan bahan/bibit", "Production inputs"),
        /// Cash for consumption (bantuan uang).
        Cash => ("cash", "Bantuan uang", "Cash"),
        /// Staple food (sembako).
        FoodStaples => ("food_staples", "Sembako", "Staple food"),
    }
}

labelled_enum! {
    /// An item handed over.
    #[non_exhaustive]
    pub enum Item {
        /// Mesin jahit.
        SewingMachine => ("sewing_machine", "Mesin jahit", "Sewing machine"),
        /// Gerobak.
        Cart => ("cart", "Gerobak", "Cart"),
        /// Etalase.
        DisplayCase => ("display_case", "Etalase", "Display case"),
        /// Rombong multiguna (multipurpose vending cart).
        MultipurposeCart => ("multipurpose_cart", "Rombong multiguna", "Multipurpose vending cart"),
        /// Alat-alat pertanian.
        FarmingTools => ("farming_tools", "Alat pertanian", "Farming tools"),
        /// Bibit tanaman.
        Seeds => ("seeds", "Bibit tanaman", "Seedlings"),
        /// Peralatan memasak.
        CookingEquipment => ("cooking_equipment", "Peralatan memasak", "Cooking equipment"),
    }
}

labelled_enum! {
    /// Whether aid goes to individuals or to a group (seed 004 recommends individuals).
    #[non_exhaustive]
    pub enum Delivery {
        /// Each person receives her own (perorangan).
        Individual => ("individual", "Perorangan", "Individual"),
        /// A group receives it to share (kelompok).
        Group => ("group", "Kelompok", "Group"),
    }
}

/// Who received assistance.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

In a document the variant is the key (the PENA grant in Karawaci went to a cohort):

```
use berdaya::model::assistance::Recipient;
use berdaya::model::ids::CohortId;
let r: Recipient = serde_json::from_str(r#"{"cohort": "pena-karawaci"}"#).unwrap();
assert_eq!(r, Recipient::Cohort(CohortId::new("pena-karawaci")));
assert!(serde_json::from_str::<Recipient>(r#"{"family": "x"}"#).is_err());
```
"##
)]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Recipient {
    /// One participant.
    Participant(ParticipantId),
    /// A cohort described by aggregates.
    Cohort(CohortId),
    /// A group recorded as a stakeholder (e.g. a Kelompok Wanita Tani).
    Stakeholder(StakeholderId),
}

/// A hand-over of capital or equipment.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

Sekoper Cinta's sewing machines and cooking equipment, given to the group (seed 003):

```
use berdaya::model::assistance::{Assistance, AssistanceKind, Delivery, Item};
let a = Assistance::new("a-alat", AssistanceKind::Equipment)
    .with_items([Item::SewingMachine, Item::CookingEquipment])
    .with_delivery(Delivery::Group)
    .with_provider("dp3a");
assert_eq!(a.items.len(), 2);
assert_eq!(a.delivery, Some(Delivery::Group));
assert_eq!(a.value_each, None, "its worth is not recorded");
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Assistance {
    /// Identifier within the document.
    pub id: crate::model::ids::AssistanceId,
    /// Kind.
    pub kind: AssistanceKind,
    /// Items, for equipment and inputs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Item>,
    /// Individual or group delivery.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery: Option<Delivery>,
    /// Who received it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recipients: Vec<Recipient>,
    /// Who gave it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<StakeholderId>,
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// Worth per recipient, in rupiah.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_each: Option<Rupiah>,
    /// Number of recipients (people or groups) served.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
    /// The activities it follows up (the trainings whose skills it lets people practise, or
    /// the hand-over event itself).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub follows: Vec<ActivityId>,
    /// Evidence for it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceId>,
}

read_struct! {
    Assistance {
        id: required,
        kind: required,
        items: default,
        delivery: default,
        recipients: default,
        provider: default,
        date: default,
        value_each: default,
        count: default,
        follows: default,
        evidence: default,
    }
}

impl Assistance {
    /// Total worth when both the worth per recipient and the count are known.
    ///
    /// # Examples
    ///
    /// Karawaci's PENA grant: Rp6.000.000 to each of 20 recipients (seed 002). Without the
    /// count there is no total, not a guess:
    ///
    /// ```
    /// use berdaya::model::money::Rupiah;
    /// let case = berdaya::cases::load("p2k2-karawaci").unwrap();
    /// let pena = case.assistance.iter().find(|a| a.id.as_str() == "a-pena").unwrap();
    /// assert_eq!((pena.value_each, pena.count), (Some(Rupiah(6_000_000)), Some(20)));
    /// assert_eq!(pena.total_value(), Some(Rupiah(120_000_000)));
    /// let mut uncounted = pena.clone();
    /// uncounted.count = None;
    /// assert_eq!(uncounted.total_value(), None);
    /// ```
    pub fn total_value(&self) -> Option<Rupiah> {
        let each = self.value_each?.0;
        let n = i64::from(self.count?);
        each.checked_mul(n).map(Rupiah)
    }
}
