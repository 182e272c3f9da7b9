//! The codes of the Adi process: its seven stages, where each stands, the IAP2 involvement
//! scale, and the checklist profile a process is scored against.

use crate::model::lang::labelled_enum;

labelled_enum! {
    in "berdaya::model::records::adi";
    /// One of the seven stages, in their order.
    pub enum AdiStage {
        /// Tahap persiapan.
        Preparation => ("persiapan", "Persiapan", "Preparation"),
        /// Tahap asesmen.
        Assessment => ("asesmen", "Asesmen", "Assessment"),
        /// Tahap perencanaan alternatif program.
        AlternativePlanning => ("perencanaan_alternatif", "Perencanaan alternatif program", "Alternative programme planning"),
        /// Tahap perumusan rencana aksi.
        ActionPlan => ("rencana_aksi", "Perumusan rencana aksi", "Action-plan formulation"),
        /// Tahap pelaksanaan.
        Implementation => ("pelaksanaan", "Pelaksanaan", "Implementation"),
        /// Tahap evaluasi.
        Evaluation => ("evaluasi", "Evaluasi", "Evaluation"),
        /// Tahap terminasi.
        Termination => ("terminasi", "Terminasi", "Termination"),
    }
}

impl AdiStage {
    /// The stage's position, 1 to 7.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// assert_eq!(AdiStage::Preparation.number(), 1);
    /// assert_eq!(AdiStage::Termination.number(), 7);
    /// // The numbers follow the stages' order.
    /// assert!(AdiStage::ALL.windows(2).all(|w| w[0] < w[1] && w[0].number() + 1 == w[1].number()));
    /// ```
    pub fn number(self) -> u8 {
        match self {
            AdiStage::Preparation => 1,
            AdiStage::Assessment => 2,
            AdiStage::AlternativePlanning => 3,
            AdiStage::ActionPlan => 4,
            AdiStage::Implementation => 5,
            AdiStage::Evaluation => 6,
            AdiStage::Termination => 7,
        }
    }
}

labelled_enum! {
    in "berdaya::model::records::adi";
    /// Where a stage stands.
    pub enum StageStatus {
        /// Not started.
        NotStarted => ("not_started", "Belum dimulai", "Not started"),
        /// Under way.
        InProgress => ("in_progress", "Sedang berjalan", "In progress"),
        /// Completed.
        Completed => ("completed", "Selesai", "Completed"),
        /// The source does not say; never counted as a breach of the rules.
        Unknown => ("unknown", "Tidak diketahui", "Unknown"),
    }
}

impl StageStatus {
    pub(crate) fn started(self) -> bool {
        matches!(self, StageStatus::InProgress | StageStatus::Completed)
    }

    /// Under way, completed, or unknown (which cannot be shown to block anything).
    pub(crate) fn begun_or_unknown(self) -> bool {
        self != StageStatus::NotStarted
    }

    /// Completed, or unknown (which cannot be shown to block anything).
    pub(crate) fn done_or_unknown(self) -> bool {
        matches!(self, StageStatus::Completed | StageStatus::Unknown)
    }

    pub(crate) fn rank(self) -> Option<u8> {
        match self {
            StageStatus::NotStarted => Some(0),
            StageStatus::InProgress => Some(1),
            StageStatus::Completed => Some(2),
            StageStatus::Unknown => None,
        }
    }
}

labelled_enum! {
    in "berdaya::model::records::adi";
    /// The IAP2 Spectrum of Public Participation, lowest to highest.
    pub enum Involvement {
        /// Inform: balanced information to understand the problem and options.
        Inform => ("inform", "Diberi informasi", "Inform"),
        /// Consult: feedback obtained on analysis, alternatives or decisions.
        Consult => ("consult", "Dimintai pendapat", "Consult"),
        /// Involve: working directly throughout, concerns reflected in what is done.
        Involve => ("involve", "Dilibatkan langsung", "Involve"),
        /// Collaborate: partner in each aspect of the decision.
        Collaborate => ("collaborate", "Berkolaborasi", "Collaborate"),
        /// Empower: the final decision is in the public's hands.
        Empower => ("empower", "Memutuskan sendiri", "Empower"),
    }
}

labelled_enum! {
    in "berdaya::model::records::adi";
    /// A set of checklist items a process is scored against.
    #[non_exhaustive]
    #[derive(Default)]
    pub enum ChecklistProfile {
        /// Adi's generic stage activities, from seed 000's stage definitions (the default).
        #[default]
        Adi => ("adi", "Tahapan Adi (umum)", "Adi stages (generic)"),
        /// The P2WKSS practice of Kota Bekasi in Bekasi Utara, 2019–2020 (seed 000).
        P2wkssKotaBekasi => ("p2wkss_kota_bekasi", "Praktik P2WKSS Kota Bekasi", "P2WKSS practice of Kota Bekasi"),
    }
}

impl ChecklistProfile {
    /// Whether this is the default profile, Adi's generic stage activities.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// use berdaya::model::records::adi::ChecklistProfile;
    /// assert!(ChecklistProfile::Adi.is_default());
    /// assert!(!ChecklistProfile::P2wkssKotaBekasi.is_default());
    /// // A new process follows Adi's generic activities, and its JSON leaves the default out.
    /// let process = AdiProcess::new("rw-02");
    /// assert!(process.checklist_profile.is_default());
    /// assert!(!serde_json::to_string(&process).unwrap().contains("checklist_profile"));
    /// ```
    pub fn is_default(&self) -> bool {
        *self == ChecklistProfile::default()
    }
}
