//! Constructors and `with_*` setters for the document's records, which are
//! `#[non_exhaustive]`: a user builds them with `new` (the required fields) and sets the rest
//! with these, so adding a field later breaks no one. Each type's own page has the example;
//! the setters only set or extend one field. The [`builders!`] macro writes them from one line
//! per field; its invocation below is the list of every record's constructor and setters.

#![allow(clippy::new_without_default)]

use chrono::NaiveDate;

#[allow(unused_imports)]
use crate::model::{
    activity::*,
    assistance::*,
    case::*,
    catalogue::*,
    coding::*,
    cohort::*,
    date::*,
    evidence::*,
    figure::*,
    ids::*,
    lang::*,
    money::*,
    participant::*,
    programme::*,
    records::{adi::*, ansell_gash::*, fivem::*, sulistiyani::*},
    site::*,
    stakeholder::*,
};

/// Writes records' constructors and `with_*` setters, one line each, with the doc comment each
/// would have by hand. Per type:
///
/// ```text
/// Type {
///     new(required: impl Into<Id>, other: Kind) { required: required.into(), other }
///     fn with_field => kind field: FieldType [= initial value];
/// }
/// ```
///
/// `new` (optional) takes the required fields; every field with a setter starts as its
/// `= initial value` or else `Default::default()`. A setter's kind says how it takes its value:
/// `set` (`T`, replaces), `some` (`T` into an `Option<T>`), `some_into` (`impl Into<T>` into
/// an `Option<T>`), `extend` (`impl IntoIterator<Item = T>`, appended to a `Vec<T>`),
/// `extend_some` (the same into an `Option<Vec<T>>`, which is then recorded: an empty iterator
/// records an empty list, not "not recorded") and `extend_into` (`impl IntoIterator<Item =
/// impl Into<T>>`, appended).
macro_rules! builders {
    ($(
        $ty:ident {
            $(new($($arg:ident: $aty:ty),* $(,)?) { $($req:tt)* })?
            $(fn $setter:ident => $kind:ident $f:ident: $t:ty $(= $init:expr)?;)*
        }
    )*) => {$(
        #[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
        impl $ty {
            builders!(@new $ty [$(($($arg: $aty),*) { $($req)* })?] [$($f $(= $init)?;)*]);
            $(builders!(@setter $kind $setter $f: $t);)*
        }
    )*};

    (@new $ty:ident [] [$($rest:tt)*]) => {};
    (@new $ty:ident [($($arg:ident: $aty:ty),*) { $($req:tt)* }]
        [$($f:ident $(= $init:expr)?;)*]) => {
        #[doc = concat!(
            "A ", stringify!($ty),
            " with its required fields; the others empty, to be set by the `with_*` methods."
        )]
        pub fn new($($arg: $aty),*) -> Self {
            $ty { $($f: builders!(@init $($init)?),)* $($req)* }
        }
    };
    (@init) => { Default::default() };
    (@init $init:expr) => { $init };

    (@setter set $setter:ident $f:ident: $t:ty) => {
        #[doc = concat!("Sets `", stringify!($f), "`.")]
        pub fn $setter(mut self, $f: $t) -> Self {
            self.$f = $f;
            self
        }
    };
    (@setter some $setter:ident $f:ident: $t:ty) => {
        #[doc = concat!("Sets `", stringify!($f), "`.")]
        pub fn $setter(mut self, $f: $t) -> Self {
            self.$f = Some($f);
            self
        }
    };
    (@setter some_into $setter:ident $f:ident: $t:ty) => {
        #[doc = concat!("Sets `", stringify!($f), "`.")]
        pub fn $setter(mut self, $f: impl Into<$t>) -> Self {
            self.$f = Some($f.into());
            self
        }
    };
    (@setter extend $setter:ident $f:ident: $t:ty) => {
        #[doc = concat!("Adds to `", stringify!($f), "`.")]
        pub fn $setter(mut self, $f: impl IntoIterator<Item = $t>) -> Self {
            self.$f.extend($f);
            self
        }
    };
    (@setter extend_some $setter:ident $f:ident: $t:ty) => {
        #[doc = concat!(
            "Adds to `", stringify!($f), "`, which is then recorded: an empty iterator records ",
            "an empty list (\"none\"), where leaving the setter out leaves it not recorded."
        )]
        pub fn $setter(mut self, $f: impl IntoIterator<Item = $t>) -> Self {
            self.$f.get_or_insert_with(Vec::new).extend($f);
            self
        }
    };
    (@setter extend_into $setter:ident $f:ident: $t:ty) => {
        #[doc = concat!("Adds to `", stringify!($f), "`.")]
        pub fn $setter(mut self, $f: impl IntoIterator<Item = impl Into<$t>>) -> Self {
            self.$f.extend($f.into_iter().map(Into::into));
            self
        }
    };
}
pub(crate) use builders;

builders! {
    Figure {
        new(id: impl Into<FigureId>, metric: Metric, value: f64) { id: id.into(), metric, value }
        fn with_bound => set bound: Bound = Bound::Exact;
        fn with_year => some year: i32;
        fn with_site => some_into site: SiteId;
        fn with_cohort => some_into cohort: CohortId;
        fn with_activity => some_into activity: ActivityId;
        fn with_stakeholder => some_into stakeholder: StakeholderId;
        fn with_evidence => extend_into evidence: EvidenceId;
    }
    SourceDocument {
        new(citation: impl Into<String>) { citation: citation.into() }
        fn with_seed => some_into seed: String;
    }
    Case {
        fn with_source => some source: SourceDocument;
        fn with_sites => extend sites: Site;
        fn with_stakeholders => extend stakeholders: Stakeholder;
        fn with_activities => extend activities: Activity;
        fn with_module_catalogue => some module_catalogue: ModuleCatalogue;
        fn with_participants => extend participants: Participant;
        fn with_cohorts => extend cohorts: Cohort;
        fn with_figures => extend figures: Figure;
        fn with_assistance => extend assistance: Assistance;
        fn with_codes => extend codes: Code;
        fn with_sulistiyani => extend sulistiyani: Progression;
        fn with_recommendations => extend recommendations: SourceRecommendation;
    }
    Participant {
        fn with_sex => some sex: Sex;
        fn with_birth_date => some birth_date: NaiveDate;
        fn with_age => some age: i32;
        fn with_household_head => some household_head: bool;
        fn with_main_breadwinner => some main_breadwinner: bool;
        fn with_marital_status => some marital_status: MaritalStatus;
        fn with_education => some education: Education;
        fn with_monthly_income => some monthly_income: Rupiah;
        fn with_dependants => some dependants: u32;
        fn with_household_has_elderly => some household_has_elderly: bool;
        fn with_household_has_disabled => some household_has_disabled: bool;
        fn with_assistance_received => extend_some assistance_received: SocialAssistance;
        fn with_in_integrated_database => some in_integrated_database: bool;
        fn with_has_business => some has_business: bool;
        fn with_skills => extend skills: Topic;
        fn with_site => some_into site: SiteId;
        fn with_cohort => some_into cohort: CohortId;
    }
    Assistance {
        new(
            id: impl Into<crate::model::ids::AssistanceId>,
            kind: AssistanceKind,
        ) {
            id: id.into(), kind
        }
        fn with_items => extend items: Item;
        fn with_delivery => some delivery: Delivery;
        fn with_recipients => extend recipients: Recipient;
        fn with_provider => some_into provider: StakeholderId;
        fn with_date => some date: PartialDate;
        fn with_value_each => some value_each: Rupiah;
        fn with_count => some count: u32;
        fn with_follows => extend_into follows: ActivityId;
        fn with_evidence => extend_into evidence: EvidenceId;
    }
    Stakeholder {
        fn with_aliases => extend_into aliases: String;
        fn with_roles => extend roles: Role;
        fn with_level => some level: Level;
        fn with_pokja => some pokja: Pokja;
        fn with_site => some_into site: SiteId;
        fn with_headcount => some headcount: u32;
        fn with_attrition => some attrition: Attrition;
    }
    Attrition {
        new() {  }
        fn with_left => some left: u32;
        fn with_evidence => extend_into evidence: crate::model::ids::EvidenceId;
    }
    AssistanceShare {
        new(percent: f64) { percent }
        fn with_receives_all => extend receives_all: SocialAssistance;
    }
    CountRange {
        new(min: u32, max: u32) { min, max }
    }
    Cohort {
        new(id: impl Into<CohortId>, label: impl Into<Text>) { id: id.into(), label: label.into() }
        fn with_site => some_into site: SiteId;
        fn with_part_of => some_into part_of: CohortId;
        fn with_year => some year: i32;
        fn with_size => some size: u64;
        fn with_marital_status => extend marital_status: Share<MaritalStatus>;
        fn with_education => extend education: Share<Education>;
        fn with_assistance => extend assistance: AssistanceShare;
        fn with_age => some age: CountRange;
        fn with_dependants => some dependants: CountRange;
        fn with_monthly_income_below => some monthly_income_below: Rupiah;
        fn with_evidence => extend_into evidence: EvidenceId;
    }
    Attendance {
        new(
            participant: impl Into<ParticipantId>,
            present: bool,
        ) {
            participant: participant.into(), present
        }
        fn with_date => some date: PartialDate;
    }
    Activity {
        fn with_topics => extend topics: Topic;
        fn with_start => some start: PartialDate;
        fn with_end => some end: PartialDate;
        fn with_recurrence => some recurrence: Recurrence;
        fn with_in_working_hours => some in_working_hours: bool;
        fn with_site => some_into site: SiteId;
        fn with_organisers => extend_into organisers: StakeholderId;
        fn with_facilitators => extend_into facilitators: StakeholderId;
        fn with_audience => extend_into audience: StakeholderId;
        fn with_group => some group: ActivityGroup;
        fn with_adi_stage => some adi_stage: AdiStage;
        fn with_session => some session: SessionRef;
        fn with_skill_use => some skill_use: SkillUse;
        fn with_assistance_recorded_in_full => some assistance_recorded_in_full: RecordedInFull;
        fn with_market_access_recorded_in_full => some market_access_recorded_in_full: RecordedInFull;
        fn with_attendance => extend attendance: Attendance;
    }
    SessionRef {
        new(module: impl Into<String>) { module: module.into() }
        fn with_session => some_into session: String;
    }
    LegalBasis {
        new(
            kind: LegalKind,
            issuer: impl Into<String>,
            title: impl Into<String>,
        ) {
            kind, issuer: issuer.into(), title: title.into()
        }
        fn with_number => some_into number: String;
        fn with_date => some date: PartialDate;
        fn with_evidence => extend_into evidence: EvidenceId;
    }
    FundingLine {
        new(source: FundingSource) { source }
        fn with_amount => some amount: Rupiah;
        fn with_fiscal_year => some fiscal_year: i32;
        fn with_weight => some weight: FundingWeight;
        fn with_funder => some_into funder: StakeholderId;
        fn with_evidence => extend_into evidence: EvidenceId;
    }
    Period {
        new(start: PartialDate) { start }
        fn with_end => some end: PartialDate;
    }
    Programme {
        fn with_legal_basis => extend legal_basis: LegalBasis;
        fn with_leading_sector => some_into leading_sector: StakeholderId;
        fn with_objectives => extend_into objectives: Text;
        fn with_activity_groups => extend activity_groups: ActivityGroup;
        fn with_period => some period: Period;
        fn with_fiscal_years => extend fiscal_years: i32;
        fn with_funding => extend funding: FundingLine;
    }
    Site {
        fn with_village_kind => some village_kind: VillageKind;
        fn with_rt => some_into rt: String;
        fn with_indicators => extend indicators: Indicator;
    }
    Indicator {
        new(kind: IndicatorKind, year: i32, value: f64) { kind, year, value }
        fn with_evidence => extend_into evidence: EvidenceId;
    }
    Informant {
        new(
            code: impl Into<String>,
            role: impl Into<String>,
        ) {
            code: code.into(), role: role.into()
        }
    }
    Evidence {
        fn with_gloss_en => some_into gloss_en: String;
        fn with_date => some date: PartialDate;
        fn with_source => some_into source: String;
        fn with_supports => extend supports: Target;
        fn with_codes => extend_into codes: CodeId;
    }
    Code {
        new(
            id: impl Into<CodeId>,
            label: impl Into<Text>,
            level: CodeLevel,
        ) {
            id: id.into(), label: label.into(), level
        }
        fn with_parent => some_into parent: CodeId;
        fn with_coding => some coding: Coding;
    }
    Coding {
        new(kind: CodingKind) { kind, basis: Default::default() }
        fn with_by => some_into by: String;
        fn with_on => some on: NaiveDate;
    }
    Finding {
        fn with_evidence => extend_into evidence: EvidenceId;
        fn with_coding => some coding: Coding;
    }
    Rating {
        new(indicator: impl Into<String>) { indicator: indicator.into() }
        fn with_score => some score: u8;
        fn with_evidence => extend_into evidence: EvidenceId;
        fn with_note => some_into note: Text;
        fn with_coding => some coding: Coding;
    }
    AnsellGashAssessment {
        fn with_ratings => extend ratings: Rating;
        fn with_coding => some coding: Coding;
        fn with_source_conclusion => some_into source_conclusion: EvidenceId;
    }
    StageIndicator {
        new(stage: SulistiyaniStage, label: impl Into<Text>) { stage, label: label.into() }
        fn with_met => some met: bool;
        fn with_evidence => extend_into evidence: EvidenceId;
    }
    DimensionProgress {
        new(dimension: Dimension) { dimension }
        fn with_reached => some reached: SulistiyaniStage;
        fn with_indicators => extend indicators: StageIndicator;
        fn with_evidence => extend_into evidence: EvidenceId;
        fn with_coding => some coding: Coding;
    }
    Progression {
        new(subject: Subject) { subject }
        fn with_as_of => some as_of: PartialDate;
        fn with_dimensions => extend dimensions: DimensionProgress;
    }
    ChecklistItem {
        new(id: impl Into<String>) { id: id.into() }
        fn with_label => some_into label: Text;
        fn with_done => set done: bool;
        fn with_evidence => extend_into evidence: EvidenceId;
    }
    ActorInvolvement {
        new(
            stakeholder: impl Into<StakeholderId>,
            level: Involvement,
        ) {
            stakeholder: stakeholder.into(), level
        }
        fn with_evidence => extend_into evidence: EvidenceId;
        fn with_coding => some coding: Coding;
    }
    Obstacle {
        new(description: impl Into<Text>) { description: description.into() }
        fn with_evidence => extend_into evidence: EvidenceId;
    }
    StageRecord {
        fn with_planned_start => some planned_start: PartialDate;
        fn with_planned_end => some planned_end: PartialDate;
        fn with_actual_start => some actual_start: PartialDate;
        fn with_actual_end => some actual_end: PartialDate;
        fn with_checklist => extend checklist: ChecklistItem;
        fn with_involvement => extend involvement: ActorInvolvement;
        fn with_obstacles => extend obstacles: Obstacle;
        fn with_evidence => extend_into evidence: EvidenceId;
    }
    FollowUp {
        new(
            description: impl Into<Text>,
            months_after_termination: u32,
            still_running: bool,
        ) {
            description: description.into(), months_after_termination, still_running
        }
        fn with_activity => some_into activity: ActivityId;
        fn with_evidence => extend_into evidence: EvidenceId;
    }
    AdiProcess {
        fn with_site => some_into site: SiteId;
        fn with_stages => extend stages: StageRecord;
        fn with_follow_ups => extend follow_ups: FollowUp;
        fn with_checklist_profile => set checklist_profile: ChecklistProfile;
    }
    SourceRecommendation {
        new(text: impl Into<Text>) { text: text.into() }
        fn with_evidence => extend_into evidence: EvidenceId;
    }
    Inference {
        new(path: impl Into<String>, reason: impl Into<Text>) {
            path: path.into(), reason: reason.into()
        }
    }
}
