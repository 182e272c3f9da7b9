//! Templates: a minimal valid case to start a new document from, for a programme kind or an
//! eligibility preset.

use crate::model::case::Case;
use crate::model::lang::{Labelled, Lang, Text};
use crate::model::programme::{Programme, ProgrammeKind};
use crate::model::site::{CityKind, Site};
use crate::model::stakeholder::{Level, Role, Sector, Stakeholder};

/// Eligibility presets (`screening::eligibility::Preset` codes) and the programme each belongs
/// to, so that a template can start from the preset a user knows (seeds 001 and 004).
const PRESET_PROGRAMMES: &[(&str, ProgrammeKind)] = &[
    ("wrse", ProgrammeKind::WrseSocialAssistance),
    ("pena", ProgrammeKind::WrseSocialAssistance),
    ("pkhp", ProgrammeKind::WrseSocialAssistance),
    ("uep", ProgrammeKind::WrseSocialAssistance),
    ("p2wkss_target", ProgrammeKind::P2wkss),
    ("p2wkss_head_of_household", ProgrammeKind::P2wkss),
];

/// The level of government that runs each kind of programme in the seeds.
fn level_of(kind: ProgrammeKind) -> Level {
    match kind {
        ProgrammeKind::P2k2 => Level::National,
        ProgrammeKind::P2wkss | ProgrammeKind::SekoperCinta => Level::Provincial,
        _ => Level::City,
    }
}

/// The names a template accepts: every programme kind code, then every preset code.
///
/// # Examples
///
/// ```
/// use berdaya::model::programme::ProgrammeKind;
/// let names = berdaya::cases::template_names();
/// // Every name listed gives a template; the programme kinds come first.
/// assert!(names.iter().all(|n| berdaya::cases::template(n).is_ok()));
/// let kinds: Vec<&str> = ProgrammeKind::ALL.iter().map(|k| k.code()).collect();
/// assert_eq!(names[..kinds.len()], kinds[..]);
/// ```
pub fn template_names() -> Vec<&'static str> {
    ProgrammeKind::ALL
        .iter()
        .map(|k| k.code())
        .chain(PRESET_PROGRAMMES.iter().map(|(p, _)| *p))
        .collect()
}

/// A minimal valid case for a programme kind (`p2wkss`, `p2k2`, `sekoper_cinta`,
/// `wrse_social_assistance`, `custom`) or an eligibility preset (`wrse`, `pena`, `pkhp`,
/// `uep`, `p2wkss_target`, `p2wkss_head_of_household`): the programme with its kind's name
/// and level, one site and its leading sector, each a placeholder to replace. It passes
/// [`Case::validate`]; fill in the rest following the field reference (`docs/fields.md`).
///
/// # Examples
///
/// ```
/// let case = berdaya::cases::template("p2k2").unwrap();
/// assert!(case.validate().is_ok());
/// assert_eq!(case.programme.kind, berdaya::model::programme::ProgrammeKind::P2k2);
/// assert!(berdaya::cases::template("pkhp").is_ok());
/// assert!(berdaya::cases::template("nonsense").is_err());
/// ```
pub fn template(name: &str) -> Result<Case, super::CaseError> {
    let kind = ProgrammeKind::from_code(name)
        .or_else(|| {
            PRESET_PROGRAMMES
                .iter()
                .find(|(p, _)| *p == name)
                .map(|(_, k)| *k)
        })
        .ok_or_else(|| super::CaseError::UnknownTemplate {
            name: name.to_owned(),
        })?;
    Ok(of_kind(kind))
}

fn of_kind(kind: ProgrammeKind) -> Case {
    let acronym = kind.label(Lang::Id).to_owned();
    let mut programme = Programme::new(
        Text::new(kind.label(Lang::Id), kind.label(Lang::En)),
        acronym,
        kind,
        level_of(kind),
    );
    programme.leading_sector = Some("leading-sector".into());
    Case::new(
        format!("{}-new-case", kind.code().replace('_', "-")),
        Text::new("Judul kasus (ganti)", "Case title (replace)"),
        programme,
    )
    .with_site(Site::new(
        "site-1",
        "Provinsi (ganti)",
        "Kota (ganti)",
        CityKind::Kota,
    ))
    .with_stakeholder(
        Stakeholder::new("leading-sector", "Dinas (ganti)", Sector::Government)
            .with_role(Role::LeadingSector),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_is_valid_and_round_trips() {
        for name in template_names() {
            let case = template(name).unwrap();
            assert!(case.validate().is_ok(), "{name}: {:?}", case.validate());
            assert_eq!(Case::from_json(&case.to_json()).unwrap(), case);
        }
    }

    #[test]
    fn an_unknown_name_lists_the_known_ones() {
        let err = template("p2wks").unwrap_err();
        assert_eq!(err.code(), "unknown_template");
        assert!(err.to_string().contains("p2wkss, p2k2"), "{err}");
    }
}
