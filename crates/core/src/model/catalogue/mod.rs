//! Module catalogues: their structure (modules and sessions, each serving one [`Dimension`] of
//! welfare) and the catalogues the seeds give, as data ([`p2k2`]).

mod p2k2;
mod structure;

pub use p2k2::{p2k2, p2k2_quotes};
pub use structure::{Dimension, Module, ModuleCatalogue, Session};
