//! The Adi seven-stage empowerment process (seed 000; Adi 2003, 2008).
//!
//! This module holds the stages themselves, which activities and evidence refer to. Stage
//! records, checklists and transition rules are built on top of it.

use crate::labelled_enum;

labelled_enum! {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_are_numbered_in_declared_order() {
        let numbers: Vec<u8> = AdiStage::ALL.iter().map(|s| s.number()).collect();
        assert_eq!(numbers, vec![1, 2, 3, 4, 5, 6, 7]);
        assert!(AdiStage::Preparation < AdiStage::Termination);
    }
}
