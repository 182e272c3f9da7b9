//! berdaya's framework vocabularies as a ready REFI-QDA codebook, in Indonesian or English:
//! Adi's seven stages, the Sulistiyani stages × dimensions, 5M drivers and inhibitors per
//! factor, every indicator of the Ansell–Gash rubric by component and part, and the
//! diagnostics. Each code says what it means and cites its source, and carries a stable GUID
//! ([`Guid::stable`] over its code id, the same in both languages and every release).

use super::codebook::{Code, CodeSet, Codebook, Rgb};
use super::guid::Guid;
use crate::frameworks::ansell_gash::{Component, IndicatorDef, RUBRIC};
use crate::insight::diagnostics::DiagnosticId;
use crate::model::catalogue::Dimension;
use crate::model::lang::{Labelled, Lang};
use crate::model::records::adi::AdiStage;
use crate::model::records::fivem::{Direction, Factor};
use crate::model::records::sulistiyani::SulistiyaniStage;

const ADI_SOURCE: &str =
    "seed 000 (P2WKSS Bekasi Utara, Adi's seven stages of community intervention)";
const SULISTIYANI_SOURCE: &str =
    "seed 002 (P2K2 Karawaci, Sulistiyani's three stages of empowerment)";
const FIVEM_SOURCE: &str =
    "seed 003 (Sekoper Cinta Mustikasari, 5M: man, machine, method, money, material)";

fn code(id: &str, name: &str, codable: bool, color: Rgb, description: String) -> Code {
    Code {
        guid: Guid::stable(id),
        name: name.to_owned(),
        codable,
        color: Some(color),
        description: Some(description),
        children: Vec::new(),
        notes: Vec::new(),
    }
}

fn cite(lang: Lang, what: &str, source: &str) -> String {
    format!("{what} {}: {source}.", lang.pick("Sumber", "Source"))
}

fn adi(lang: Lang) -> Code {
    let color = Rgb(0x1F, 0x77, 0xB4);
    let what = lang.pick(
        "Tujuh tahap pemberdayaan menurut Adi.",
        "Adi's seven stages of empowerment.",
    );
    let mut root = code(
        "adi",
        lang.pick("Tahap Adi", "Adi stages"),
        false,
        color,
        cite(lang, what, ADI_SOURCE),
    );
    for stage in AdiStage::ALL {
        let what = match lang {
            Lang::Id => format!(
                "Tahap {} dari tujuh tahap Adi: {}.",
                stage.number(),
                stage.label(lang)
            ),
            Lang::En => format!(
                "Stage {} of Adi's seven: {}.",
                stage.number(),
                stage.label(lang)
            ),
        };
        let id = format!("adi/{}", stage.code());
        root.children.push(code(
            &id,
            stage.label(lang),
            true,
            color,
            cite(lang, &what, ADI_SOURCE),
        ));
    }
    root
}

fn sulistiyani(lang: Lang) -> Code {
    let color = Rgb(0x2C, 0xA0, 0x2C);
    let what = lang.pick(
        "Tiga tahap pemberdayaan menurut Sulistiyani, per dimensi.",
        "Sulistiyani's three stages of empowerment, per dimension.",
    );
    let mut root = code(
        "sulistiyani",
        lang.pick("Tahap Sulistiyani", "Sulistiyani stages"),
        false,
        color,
        cite(lang, what, SULISTIYANI_SOURCE),
    );
    for stage in SulistiyaniStage::ALL {
        let id = format!("sulistiyani/{}", stage.code());
        let what = match lang {
            Lang::Id => format!(
                "Tahap {} dari tiga tahap Sulistiyani: {}.",
                stage.number(),
                stage.label(lang)
            ),
            Lang::En => format!(
                "Stage {} of Sulistiyani's three: {}.",
                stage.number(),
                stage.label(lang)
            ),
        };
        let mut node = code(
            &id,
            stage.label(lang),
            true,
            color,
            cite(lang, &what, SULISTIYANI_SOURCE),
        );
        for dim in [Dimension::Social, Dimension::Economic] {
            let what = format!("{} — {}.", stage.label(lang), dim.label(lang));
            let name = format!("{} — {}", stage.label(lang), dim.label(lang));
            node.children.push(code(
                &format!("{id}/{}", dim.code()),
                &name,
                true,
                color,
                cite(lang, &what, SULISTIYANI_SOURCE),
            ));
        }
        root.children.push(node);
    }
    root
}

fn fivem(lang: Lang) -> Code {
    let color = Rgb(0xFF, 0x7F, 0x0E);
    let what = lang.pick(
        "Faktor 5M, pendorong dan penghambat.",
        "The 5M factors, drivers and inhibitors.",
    );
    let mut root = code("fivem", "5M", false, color, cite(lang, what, FIVEM_SOURCE));
    for factor in Factor::ALL {
        let id = format!("fivem/{}", factor.code());
        let mut node = code(
            &id,
            factor.label(lang),
            false,
            color,
            cite(lang, factor.label(lang), FIVEM_SOURCE),
        );
        for direction in Direction::ALL {
            let name = format!("{} — {}", factor.label(lang), direction.label(lang));
            node.children.push(code(
                &format!("{id}/{}", direction.code()),
                &name,
                true,
                color,
                cite(lang, &format!("{name}."), FIVEM_SOURCE),
            ));
        }
        root.children.push(node);
    }
    root
}

fn indicator(lang: Lang, i: &IndicatorDef, color: Rgb) -> Code {
    let what = match lang {
        Lang::Id => format!("{}. Skor 5: {}.", i.label_id, i.high_id),
        Lang::En => format!("{}. A 5 means: {}.", i.label_en, i.high_en),
    };
    let id = format!("ansell_gash/{}", i.id);
    code(
        &id,
        lang.pick(i.label_id, i.label_en),
        true,
        color,
        cite(lang, &what, RUBRIC.source),
    )
}

fn ansell_gash(lang: Lang) -> Code {
    let color = Rgb(0x94, 0x67, 0xBD);
    let what = format!(
        "{} `{}`.",
        lang.pick("Rubrik Ansell–Gash", "The Ansell–Gash rubric"),
        RUBRIC.citation()
    );
    let mut root = code(
        "ansell_gash",
        "Ansell–Gash",
        false,
        color,
        cite(lang, &what, RUBRIC.source),
    );
    for component in Component::ALL {
        let id = format!("ansell_gash/component/{}", component.code());
        let mut node = code(
            &id,
            component.label(lang),
            false,
            color,
            cite(lang, component.label(lang), RUBRIC.source),
        );
        let mut parts: Vec<Code> = Vec::new();
        for i in RUBRIC
            .indicators
            .iter()
            .filter(|i| i.component == *component)
        {
            let Some(part) = i.part else {
                node.children.push(indicator(lang, i, color));
                continue;
            };
            let part_id = format!("ansell_gash/part/{}", part.code());
            let guid = Guid::stable(&part_id);
            if !parts.iter().any(|p| p.guid == guid) {
                parts.push(code(
                    &part_id,
                    part.label(lang),
                    false,
                    color,
                    cite(lang, part.label(lang), RUBRIC.source),
                ));
            }
            if let Some(p) = parts.iter_mut().find(|p| p.guid == guid) {
                p.children.push(indicator(lang, i, color));
            }
        }
        node.children.extend(parts);
        root.children.push(node);
    }
    root
}

fn diagnostics(lang: Lang) -> Code {
    let color = Rgb(0xD6, 0x27, 0x28);
    let what = lang.pick(
        "Temuan diagnostik berdaya, masing-masing dengan sumbernya.",
        "berdaya's diagnostic findings, each with its source.",
    );
    let mut root = code(
        "diagnostic",
        lang.pick("Diagnostik", "Diagnostics"),
        false,
        color,
        what.to_owned(),
    );
    for d in DiagnosticId::ALL {
        let about = d.about();
        let what = format!(
            "{} {}",
            about.finds.get(lang),
            lang.pick("Sumber", "Source")
        );
        let description = format!("{what}: seed {} — \"{}\".", about.seed, about.seed_quote);
        root.children.push(code(
            &format!("diagnostic/{}", about.code),
            about.title.get(lang),
            true,
            color,
            description,
        ));
    }
    root
}

/// Every framework vocabulary as one codebook in `lang`, with one set per framework listing
/// its codable codes.
///
/// # Examples
///
/// ```
/// use berdaya::exchange::{framework_codebook, Guid};
/// use berdaya::Lang;
/// let id = framework_codebook(Lang::Id);
/// let en = framework_codebook(Lang::En);
/// assert_eq!(id.codes[0].children[0].guid, en.codes[0].children[0].guid);
/// assert_eq!(id.codes[0].children[0].guid, Guid::stable("adi/persiapan"));
/// assert_eq!(id.codes[0].children[0].name, "Persiapan");
/// ```
pub fn framework_codebook(lang: Lang) -> Codebook {
    let codes = vec![
        adi(lang),
        sulistiyani(lang),
        fivem(lang),
        ansell_gash(lang),
        diagnostics(lang),
    ];
    let sets = codes
        .iter()
        .map(|root| {
            let book = Codebook {
                origin: None,
                codes: vec![root.clone()],
                sets: Vec::new(),
            };
            CodeSet {
                guid: Guid::stable(&format!("set/{}", root.guid)),
                name: root.name.clone(),
                description: None,
                members: book
                    .walk()
                    .into_iter()
                    .filter(|(_, c)| c.codable)
                    .map(|(_, c)| c.guid)
                    .collect(),
            }
        })
        .collect();
    Codebook {
        origin: Some(format!("berdaya {}", crate::VERSION)),
        codes,
        sets,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_code_has_a_unique_stable_guid_and_a_cited_description() {
        for lang in Lang::ALL {
            let book = framework_codebook(lang);
            let all = book.walk();
            let guids: BTreeSet<Guid> = all.iter().map(|(_, c)| c.guid).collect();
            assert_eq!(guids.len(), all.len());
            for (_, c) in &all {
                let d = c.description.as_deref().unwrap();
                assert!(
                    d.contains(lang.pick("Sumber", "Source"))
                        || c.name == lang.pick("Diagnostik", "Diagnostics"),
                    "{d}"
                );
            }
            let indicators = all
                .iter()
                .filter(|(_, c)| {
                    c.codable
                        && c.guid
                            == Guid::stable(&format!("ansell_gash/{}", RUBRIC.indicators[0].id))
                })
                .count();
            assert_eq!(indicators, 1);
            assert_eq!(book.sets.len(), 5);
            assert!(book.sets.iter().all(|s| !s.members.is_empty()));
        }
        // Every rubric indicator, 5M factor × direction and diagnostic is a codable code.
        let book = framework_codebook(Lang::En);
        let codable = book.walk().iter().filter(|(_, c)| c.codable).count();
        assert_eq!(
            codable,
            7 + 3 * 3 + 5 * 2 + RUBRIC.indicators.len() + DiagnosticId::ALL.len()
        );
    }
}
