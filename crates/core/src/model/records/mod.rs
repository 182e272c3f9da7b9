//! The framework records a case stores: what an assessor or a source recorded, kept apart
//! from the rules and analyses of [`frameworks`](crate::frameworks) that read them.

pub mod adi;
pub mod ansell_gash;
pub mod fivem;
pub mod sulistiyani;
