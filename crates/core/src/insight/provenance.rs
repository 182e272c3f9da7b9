//! Whose judgement a number is: the [`Basis`] of every threshold a finding uses.
//!
//! berdaya's rule is that every score, threshold and finding says whose judgement it is. A
//! threshold can be a figure the source observed (and that berdaya reuses as a line), a rule
//! of the programme, an assumption berdaya makes because the sources give no norm, a
//! recommendation the source states, or a value the caller set.

use crate::model::lang::labelled_enum;

labelled_enum! {
    /// What kind of number a threshold is, and so whose judgement rests on it.
    pub enum Basis {
        /// A figure the source observed, reused as the line (seed 002's "tidak lebih dari 50%").
        ObservedInSource => ("observed_in_source", "Angka yang diamati sumber", "Figure observed in the source"),
        /// What the source itself states or recommends (seed 003's partners to bring in).
        StatedBySource => ("stated_by_source", "Dinyatakan oleh sumber", "Stated by the source"),
        /// A rule of the programme (a regulation, a guideline).
        ProgrammeRule => ("programme_rule", "Aturan program", "Programme rule"),
        /// berdaya's assumption: the sources give no norm.
        Assumption => ("assumption", "Asumsi berdaya (sumber tidak memberi norma)", "berdaya's assumption (the sources give no norm)"),
        /// A value the caller chose instead of the default.
        SetByCaller => ("set_by_caller", "Ditetapkan pengguna", "Set by the user"),
    }
}
