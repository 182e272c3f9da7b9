//! What a registry routine does with a column the rule reads that the batch lacks. (Batches
//! are read into the engine's layout by `columns.rs`, for screening and quota alike.)

/// What to do with a column the rule reads that the batch lacks.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// Refuse the batch (the default): a misnamed column must not turn every row *unknown*.
    Error,
    /// The caller says the data was not collected: every row is *unknown* for it.
    Unknown,
}
