//! The structure of a [`Case`] without its checks, and serde's `Deserialize` for `Case`,
//! which reads that structure and then validates it: there is no way to deserialise an
//! unchecked `Case` except the named draft path (`Case::from_json_unchecked`).

use serde::de::Error as _;
use serde::{Deserialize, Deserializer};

use crate::model::case::Case;
use crate::model::read::read_struct;
use crate::validate::problem::ValidationError;
use crate::validate::walk;

/// The structure of a [`Case`] without its checks: serde's reader for the fields, used by the
/// validating `Deserialize` impl below and by the draft path. The compiler keeps it in step
/// with `Case`: the reader builds a `Case` literal naming every field.
pub(crate) struct Unchecked;

read_struct! {
    Unchecked => Case {
        schema_version: required,
        id: required,
        title: required,
        source: default,
        reference_date: via [crate::model::date::OptionalDay],
        coding: default,
        programme: required,
        sites: default,
        stakeholders: default,
        activities: default,
        module_catalogue: default,
        participants: default,
        cohorts: default,
        figures: default,
        assistance: default,
        evidence: default,
        codes: default,
        adi: default,
        sulistiyani: default,
        five_m: default,
        ansell_gash: default,
        recommendations: default,
        inferred: default,
        notes: default,
    }
}

/// Deserialising a `Case` validates it: a document with any problem is refused, and the
/// error's text lists every problem with its path. (Use [`Case::from_json`] to get the
/// problems as data.)
impl<'de> Deserialize<'de> for Case {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let case = Unchecked::deserialize(deserializer)?;
        let problems = walk::problems(&case);
        if problems.is_empty() {
            Ok(case)
        } else {
            Err(D::Error::custom(ValidationError { problems }))
        }
    }
}

/// A `Case` read without its checks, as a type serde can name (for the structural pass).
pub(crate) struct Draft(pub Case);

impl<'de> Deserialize<'de> for Draft {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Unchecked::deserialize(deserializer).map(Draft)
    }
}
