//! Eligibility: composable criteria that say which criterion passed, failed or could not be
//! judged, and presets for the target groups the seeds describe.
//!
//! A [`Rule`] is a tree of [`Criterion`]s joined by `all_of` / `any_of`. Screening a
//! participant returns a [`Screening`]: the overall [`Eligibility`] and, for every criterion,
//! a [`Reason`] code (`age_below_min`, `income_unknown`, …) — never a bare boolean. A fact that
//! is not recorded makes its criterion *unknown*, and the person *undetermined* rather than
//! silently ineligible.
//!
//! * `criterion` — the criteria and the one place each is judged;
//! * `reason` and `outcome` — verdicts, reason codes and the [`Screening`] of one person;
//! * `rule` — rules bounded to [`MAX_RULE_DEPTH`] levels, checked and parsed with typed
//!   errors ([`RuleError`]);
//! * `preset` and `preset_table` — the seeds' presets: their vocabulary, and the presets
//!   themselves as data, each with its seed and verbatim words.
//!
//! # Examples
//!
//! ```
//! use berdaya::screening::eligibility::{preset, Eligibility, PresetId, PresetParams, Reason};
//! use berdaya::model::participant::{MaritalStatus, Participant, Sex};
//! use berdaya::model::money::Rupiah;
//! use chrono::NaiveDate;
//!
//! let wrse = preset(PresetId::Wrse, &PresetParams::default());
//! let mut p = Participant::new("wrse-001");
//! p.sex = Some(Sex::Female);
//! p.age = Some(17);
//! p.marital_status = Some(MaritalStatus::Widowed);
//! p.main_breadwinner = Some(true);
//! p.monthly_income = Some(Rupiah(400_000));
//! let today = NaiveDate::from_ymd_opt(2022, 1, 20).unwrap();
//! let s = wrse.rule.screen(&p, today);
//! assert_eq!(s.eligibility, Eligibility::NotEligible);
//! assert!(s.reasons().any(|r| r == Reason::AgeBelowMin));
//! ```

mod criterion;
mod criterion_fields;
mod outcome;
mod preset;
mod preset_fields;
mod preset_table;
mod reason;
mod rule;

pub use criterion::Criterion;
pub(crate) use criterion::Fact;
pub use criterion_fields::CriterionKind;
pub use outcome::{CriterionOutcome, Screening};
pub use preset::{Preference, Preset, PresetId, PresetParams};
pub use preset_fields::PresetParam;
pub use preset_table::preset;
pub use reason::{Eligibility, Reason, Verdict};
pub use rule::{Rule, RuleError, MAX_RULE_DEPTH};
