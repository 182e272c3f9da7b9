//! Activities: meetings, trainings, sessions, monitoring, hand-overs — with attendance.

use serde::Serialize;

use crate::model::coding::Coding;
use crate::model::date::PartialDate;
use crate::model::ids::{ActivityId, EvidenceId, ParticipantId, SiteId, StakeholderId};
use crate::model::lang::labelled_enum;
use crate::model::lang::Text;
use crate::model::programme::ActivityGroup;
use crate::model::read::read_struct;
use crate::model::records::adi::AdiStage;

labelled_enum! {
    /// What kind of activity.
    #[non_exhaustive]
    pub enum ActivityKind {
        /// Rapat koordinasi.
        CoordinationMeeting => ("coordination_meeting", "Rapat koordinasi", "Coordination meeting"),
        /// Budgeting (penganggaran).
        Budgeting => ("budgeting", "Penganggaran", "Budgeting"),
        /// Sosialisasi / penyuluhan.
        Socialisation => ("socialisation", "Sosialisasi/penyuluhan", "Socialisation/outreach"),
        /// Survey, data collection or registration (survei, pendataan).
        Survey => ("survey", "Survei/pendataan", "Survey/registration"),
        /// Participatory planning meeting.
        PlanningMeeting => ("planning_meeting", "Pertemuan perencanaan", "Planning meeting"),
        /// Skills training (pelatihan).
        Training => ("training", "Pelatihan", "Training"),
        /// A session of a module (e.g. a P2K2 session).
        ModuleSession => ("module_session", "Sesi modul", "Module session"),
        /// Training of facilitators.
        FacilitatorTraining => ("facilitator_training", "Pelatihan fasilitator", "Facilitator training"),
        /// Monitoring (pemantauan).
        Monitoring => ("monitoring", "Monitoring", "Monitoring"),
        /// Evaluation (evaluasi).
        Evaluation => ("evaluation", "Evaluasi", "Evaluation"),
        /// External assessment (penilaian, rechecking).
        Assessment => ("assessment", "Penilaian", "Assessment"),
        /// Market access (pasar tani, bazaar).
        MarketAccess => ("market_access", "Akses pasar", "Market access"),
        /// Hand-over of capital or equipment.
        AssistanceHandover => ("assistance_handover", "Penyerahan bantuan", "Assistance hand-over"),
        /// Physical works (roads, house renovation).
        Infrastructure => ("infrastructure", "Pembangunan fisik", "Infrastructure works"),
        /// Formal end of the programme with the community.
        Termination => ("termination", "Terminasi", "Termination"),
    }
}

labelled_enum! {
    /// The topic of a training or session.
    #[non_exhaustive]
    pub enum Topic {
        /// Menjahit.
        Sewing => ("sewing", "Menjahit", "Sewing"),
        /// Vermak pakaian (clothing alteration).
        ClothingAlteration => ("clothing_alteration", "Vermak pakaian", "Clothing alteration"),
        /// Memasak / olahan panganan.
        Cooking => ("cooking", "Memasak/olahan pangan", "Cooking/food processing"),
        /// Membuat kue (cakes, cookies, kue betawi).
        Baking => ("baking", "Membuat kue", "Cake and cookie making"),
        /// Kelompok Wanita Tani (women's farming group).
        KwtFarming => ("kwt_farming", "Kelompok Wanita Tani (KWT)", "Women's farming group (KWT)"),
        /// Hantaran / seserahan (wedding gift arrangements).
        Hantaran => ("hantaran", "Hantaran/seserahan", "Wedding gift arrangements (hantaran)"),
        /// Merias (make-up).
        MakeUp => ("make_up", "Merias", "Make-up"),
        /// Menyulam (embroidery).
        Embroidery => ("embroidery", "Menyulam", "Embroidery"),
        /// Membatik.
        Batik => ("batik", "Membatik", "Batik"),
        /// Small-business skills (UMKM, usaha, perizinan).
        Entrepreneurship => ("entrepreneurship", "Kewirausahaan/UMKM", "Entrepreneurship/small business"),
        /// Marketing, including digital marketing.
        Marketing => ("marketing", "Pemasaran", "Marketing"),
        /// Family finance.
        FinancialManagement => ("financial_management", "Pengelolaan keuangan", "Financial management"),
        /// Parenting and child education.
        Parenting => ("parenting", "Pengasuhan dan pendidikan anak", "Parenting and child education"),
        /// Health and nutrition.
        Health => ("health", "Kesehatan dan gizi", "Health and nutrition"),
        /// Gender and women's rights.
        Gender => ("gender", "Gender dan hak perempuan", "Gender and women's rights"),
        /// Motivation and social guidance (bimbingan motivasi, bimbingan sosial).
        Motivation => ("motivation", "Bimbingan motivasi/sosial", "Motivational and social guidance"),
        /// Roads and housing (Rutilahu).
        Housing => ("housing", "Jalan lingkungan dan Rutilahu", "Roads and housing renovation"),
        /// Programme coordination and planning.
        Coordination => ("coordination", "Koordinasi program", "Programme coordination"),
    }
}

labelled_enum! {
    /// How often an activity repeats.
    #[non_exhaustive]
    pub enum Recurrence {
        /// Once.
        Once => ("once", "Sekali", "Once"),
        /// Weekly.
        Weekly => ("weekly", "Mingguan", "Weekly"),
        /// Monthly (P2K2: "setiap satu bulan sekali").
        Monthly => ("monthly", "Bulanan", "Monthly"),
        /// Ongoing without a fixed rhythm (e.g. a WhatsApp group).
        Continuous => ("continuous", "Berkelanjutan", "Ongoing"),
    }
}

labelled_enum! {
    /// What participants do with a trained skill afterwards (seed 000 tells trainings that
    /// were practised at once from those that stalled for want of tools or a market).
    #[non_exhaustive]
    pub enum SkillUse {
        /// Not practised after the training (e.g. no tools).
        NotPractised => ("not_practised", "Tidak dipraktikkan", "Not practised"),
        /// Practised only with difficulty, held back by missing tools or capital (seed 000:
        /// "tidak dapat mempraktekkannya dengan mudah"), even if now and then on orders.
        Hindered => ("hindered", "Sulit dipraktikkan (terkendala alat atau modal)", "Practised only with difficulty (lacking tools or capital)"),
        /// Practised, for the household or on occasional orders, but not regularly sold.
        Practised => ("practised", "Dipraktikkan", "Practised"),
        /// Products or services are sold.
        Sold => ("sold", "Dijual/menghasilkan pendapatan", "Sold / earns an income"),
    }
}

/// Whether one participant attended one meeting of an activity.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

An absence is recorded as such; a participant with no record is simply not counted:

```
use berdaya::prelude::*;
let absent = Attendance::new("kpm-0007", false).with_date(PartialDate::month(2023, 3).unwrap());
assert!(!absent.present);
assert_eq!(absent.participant, ParticipantId::new("kpm-0007"));
```
"##
)]
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Attendance {
    /// Who.
    pub participant: ParticipantId,
    /// Which meeting, when the activity meets more than once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// Present or not.
    pub present: bool,
}

read_struct! {
    Attendance {
        participant: required,
        date: default,
        present: required,
    }
}

/// An activity of the programme.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

Karawaci's monthly P2K2 sessions, held in working hours (seed 002):

```
use berdaya::prelude::*;
use berdaya::model::activity::Recurrence;
let title = Text::new("Pertemuan P2K2 bulanan", "Monthly P2K2 sessions");
let p2k2 = Activity::new("p2k2-bulanan", ActivityKind::ModuleSession, title)
    .with_topics([Topic::Parenting, Topic::FinancialManagement])
    .with_recurrence(Recurrence::Monthly)
    .with_in_working_hours(true)
    .facilitated_by("pendamping-pkh");
assert_eq!(p2k2.recurrence, Some(Recurrence::Monthly));
assert_eq!(p2k2.in_working_hours, Some(true));
assert!(p2k2.attendance.is_empty(), "attendance not recorded");
```
"##
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Activity {
    /// Identifier within the document.
    pub id: ActivityId,
    /// Kind.
    pub kind: ActivityKind,
    /// Title in both languages.
    pub title: Text,
    /// Topics covered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<Topic>,
    /// First day (or month, or year).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<PartialDate>,
    /// Last day (or month, or year).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<PartialDate>,
    /// How often it repeats.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recurrence: Option<Recurrence>,
    /// Whether it is held during working hours (a reason for low attendance in seed 002).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_working_hours: Option<bool>,
    /// Where.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<SiteId>,
    /// Who organises it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organisers: Vec<StakeholderId>,
    /// Who facilitates or teaches it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub facilitators: Vec<StakeholderId>,
    /// Which stakeholders take part as its audience.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub audience: Vec<StakeholderId>,
    /// The P2WKSS activity group it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<ActivityGroup>,
    /// The Adi stage it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adi_stage: Option<AdiStage>,
    /// The module session it delivers (`module code`, `session code`), for module sessions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<SessionRef>,
    /// What participants do with the skill afterwards, for trainings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skill_use: Option<SkillUse>,
    /// For a training: whose statement it is that the capital, tools or inputs that followed
    /// it are all in the document's `assistance` (none, if none follows it). Left out, an
    /// assistance list without a hand-over for this training is "not recorded", never "none".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assistance_recorded_in_full: Option<RecordedInFull>,
    /// For a training: whose statement it is that the market access for its products is all in
    /// the document's activities (none, if none is). Left out, no market-access activity for
    /// its topics is "not recorded", never "no market channel".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub market_access_recorded_in_full: Option<RecordedInFull>,
    /// Per-person attendance, when recorded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendance: Vec<Attendance>,
    /// Evidence for the activity.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceId>,
}

read_struct! {
    Activity {
        id: required,
        kind: required,
        title: required,
        topics: default,
        start: default,
        end: default,
        recurrence: default,
        in_working_hours: default,
        site: default,
        organisers: default,
        facilitators: default,
        audience: default,
        group: default,
        adi_stage: default,
        session: default,
        skill_use: default,
        assistance_recorded_in_full: default,
        market_access_recorded_in_full: default,
        attendance: default,
        evidence: default,
    }
}

/// A reference to a session of the document's module catalogue.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

A whole module (Karawaci's stunting module, seed 002) or one session of a module:

```
use berdaya::model::activity::SessionRef;
let module = SessionRef::new("STUNTING");
assert_eq!((module.module.as_str(), module.session), ("STUNTING", None));
let one = SessionRef::new("M2").with_session("S3");
assert_eq!(one.session.as_deref(), Some("S3"));
```
"##
)]
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct SessionRef {
    /// Module code (e.g. "M2").
    pub module: String,
    /// Session code within the module (e.g. "S3"); absent for a whole module.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<String>,
}

read_struct! {
    SessionRef {
        module: required,
        session: default,
    }
}

/// A statement that a list is recorded in full — what is in the document is all there is, and
/// an empty list means "none" — with whose statement it is and the evidence it rests on.
// The example is documentation only: the JSON Schema (feature `schema`) and the TypeScript
// declarations (feature `tsify`) take their descriptions from the doc comments.
#[cfg_attr(
    any(doc, doctest, not(any(feature = "schema", feature = "tsify"))),
    doc = r##"
# Examples

Seed 000 states that the cake trainees were left without tools: the case records that the
training's assistance is recorded in full (none), as the source's statement, quoted.

```
let case = berdaya::cases::load("p2wkss-bekasi-utara").unwrap();
let kue = case.activities.iter().find(|a| a.id.as_str() == "tp-kue-betawi").unwrap();
let stated = kue.assistance_recorded_in_full.as_ref().unwrap();
assert_eq!(stated.coding.kind, berdaya::model::coding::CodingKind::StatedBySource);
assert!(stated.evidence.iter().any(|e| e.as_str() == "e-tanpa-alat"));
```
"##
)]
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct RecordedInFull {
    /// Whose statement it is: stated by the source, or coded by an assessor (who, on what
    /// basis).
    pub coding: Coding,
    /// The evidence it rests on (at least one): the source's words, or what the assessor read.
    pub evidence: Vec<EvidenceId>,
}

read_struct! {
    RecordedInFull {
        coding: required,
        evidence: required,
    }
}

impl RecordedInFull {
    /// A statement by `coding`, resting on `evidence`.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::activity::RecordedInFull;
    /// use berdaya::model::coding::Coding;
    /// let none = RecordedInFull::new(Coding::stated_by_source(), ["e-tanpa-alat"]);
    /// assert_eq!(none.evidence.len(), 1);
    /// ```
    pub fn new(coding: Coding, evidence: impl IntoIterator<Item = impl Into<EvidenceId>>) -> Self {
        RecordedInFull {
            coding,
            evidence: evidence.into_iter().map(Into::into).collect(),
        }
    }
}

impl Activity {
    /// Present and recorded counts from per-person attendance.
    ///
    /// # Examples
    ///
    /// `(present, recorded)`: the share is present / recorded, and `(0, 0)` means attendance
    /// was not recorded, not that nobody came:
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let title = Text::new("Pelatihan menjahit", "Sewing training");
    /// let a = Activity::new("jahit", ActivityKind::Training, title)
    ///     .attended_by("kpm-01", true)
    ///     .attended_by("kpm-02", false)
    ///     .attended_by("kpm-03", true);
    /// assert_eq!(a.attendance_counts(), (2, 3));
    /// let rapat = Text::new("Rapat koordinasi", "");
    /// let unrecorded = Activity::new("rapat", ActivityKind::CoordinationMeeting, rapat);
    /// assert_eq!(unrecorded.attendance_counts(), (0, 0));
    /// ```
    pub fn attendance_counts(&self) -> (usize, usize) {
        let present = self.attendance.iter().filter(|a| a.present).count();
        (present, self.attendance.len())
    }
}

impl Activity {
    /// An activity with its id, kind and title; everything else unknown or empty.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let a = Activity::new("pelatihan-jahit", ActivityKind::Training, Text::new("Pelatihan menjahit", "Sewing training"))
    ///     .with_topic(Topic::Sewing)
    ///     .on(PartialDate::day(2019, 7, 10).unwrap())
    ///     .at("teluk-pucung")
    ///     .in_stage(AdiStage::Implementation)
    ///     .attended_by("kpm-01", true);
    /// assert_eq!(a.attendance_counts(), (1, 1));
    /// ```
    pub fn new(id: impl Into<String>, kind: ActivityKind, title: Text) -> Self {
        Activity {
            id: ActivityId::new(id),
            kind,
            title,
            topics: Vec::new(),
            start: None,
            end: None,
            recurrence: None,
            in_working_hours: None,
            site: None,
            organisers: Vec::new(),
            facilitators: Vec::new(),
            audience: Vec::new(),
            group: None,
            adi_stage: None,
            session: None,
            skill_use: None,
            assistance_recorded_in_full: None,
            market_access_recorded_in_full: None,
            attendance: Vec::new(),
            evidence: Vec::new(),
        }
    }

    /// Adds a topic.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let a = Activity::new("kue", ActivityKind::Training, Text::new("Pelatihan kue", ""))
    ///     .with_topic(Topic::Baking)
    ///     .with_topic(Topic::Marketing);
    /// assert_eq!(a.topics, [Topic::Baking, Topic::Marketing]);
    /// ```
    pub fn with_topic(mut self, topic: Topic) -> Self {
        self.topics.push(topic);
        self
    }

    /// Sets the start date.
    ///
    /// # Examples
    ///
    /// Only the start: the end stays unknown until set with `with_end`.
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let day = PartialDate::day(2025, 12, 3).unwrap();
    /// let rapat = Text::new("Rapat koordinasi", "");
    /// let a = Activity::new("rapat", ActivityKind::CoordinationMeeting, rapat).on(day);
    /// assert_eq!((a.start, a.end), (Some(day), None));
    /// ```
    pub fn on(mut self, start: PartialDate) -> Self {
        self.start = Some(start);
        self
    }

    /// Sets the site.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let a = Activity::new("kwt", ActivityKind::Training, Text::new("Pelatihan KWT", ""))
    ///     .at("teluk-pucung");
    /// assert_eq!(a.site, Some(SiteId::new("teluk-pucung")));
    /// ```
    pub fn at(mut self, site: impl Into<String>) -> Self {
        self.site = Some(SiteId::new(site));
        self
    }

    /// Sets the Adi stage the activity belongs to.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let a = Activity::new("survei", ActivityKind::Survey, Text::new("Pendataan sasaran", ""))
    ///     .in_stage(AdiStage::Assessment);
    /// assert_eq!(a.adi_stage, Some(AdiStage::Assessment));
    /// ```
    pub fn in_stage(mut self, stage: AdiStage) -> Self {
        self.adi_stage = Some(stage);
        self
    }

    /// Adds a facilitator.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let a = Activity::new("p2k2", ActivityKind::ModuleSession, Text::new("P2K2", ""))
    ///     .facilitated_by("pendamping-pkh");
    /// assert_eq!(a.facilitators, [StakeholderId::new("pendamping-pkh")]);
    /// assert!(a.organisers.is_empty(), "a facilitator is not an organiser");
    /// ```
    pub fn facilitated_by(mut self, stakeholder: impl Into<String>) -> Self {
        self.facilitators.push(StakeholderId::new(stakeholder));
        self
    }

    /// Records one participant's attendance (`present` or absent), undated.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let a = Activity::new("jahit", ActivityKind::Training, Text::new("Pelatihan menjahit", ""))
    ///     .attended_by("kpm-01", false);
    /// assert_eq!(a.attendance, [Attendance::new("kpm-01", false)]);
    /// assert_eq!(a.attendance[0].date, None);
    /// ```
    pub fn attended_by(mut self, participant: impl Into<String>, present: bool) -> Self {
        self.attendance.push(Attendance {
            participant: ParticipantId::new(participant),
            date: None,
            present,
        });
        self
    }

    /// Attaches evidence.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let a = Activity::new("p2k2", ActivityKind::ModuleSession, Text::new("P2K2", ""))
    ///     .with_evidence("e-jam-kerja")
    ///     .with_evidence("e-kehadiran");
    /// assert_eq!(a.evidence, [EvidenceId::new("e-jam-kerja"), EvidenceId::new("e-kehadiran")]);
    /// ```
    pub fn with_evidence(mut self, evidence: impl Into<String>) -> Self {
        self.evidence.push(EvidenceId::new(evidence));
        self
    }
}
