//! The summary's framework parts: each Adi process (its stage table and the analyses under
//! it) and the Sulistiyani progressions with their graduation readiness and distribution.

use crate::frameworks::adi::{
    first_beyond_inform, first_direct_involvement, stages_without_evidence, Completeness, Timeline,
    TimelineEntry,
};
use crate::frameworks::sulistiyani::{distribution, GraduationPolicy, Readiness};
use crate::insight::provenance::{describe, describe_all};
use crate::model::case::Case;
use crate::model::coding::Coding;
use crate::model::evidence::EvidenceKind;
use crate::model::lang::{Labelled, Lang};
use crate::model::number::{count, percent, Noun};
use crate::model::records::adi::{AdiProcess, AdiStage, Involvement};
use crate::model::records::sulistiyani::{Subject, SulistiyaniStage};
use crate::render::doc::{text, Block, Item, Table};
use crate::render::summary::heading::Heading;

fn dates(e: &TimelineEntry, lang: Lang) -> Option<String> {
    let h = |x: Heading| x.label(lang);
    let span = match (e.start, e.end) {
        (None, None) => return None,
        (Some(a), Some(b)) if a == b => a.to_string(),
        (a, b) => format!(
            "{} – {}",
            a.map_or_else(|| "…".into(), |d| d.to_string()),
            b.map_or_else(|| "…".into(), |d| d.to_string())
        ),
    };
    let days = e
        .duration_days
        .and_then(|d| usize::try_from(d).ok())
        .map(|d| format!(" ({} {})", count(d, lang), h(Heading::Days)))
        .unwrap_or_default();
    let planned = if e.planned {
        format!(" [{}]", h(Heading::Planned))
    } else {
        String::new()
    };
    Some(format!("{span}{days}{planned}"))
}

fn stage_table(p: &AdiProcess, lang: Lang) -> Table {
    let h = |x: Heading| text(x.label(lang));
    let completeness = Completeness::of(p);
    let timeline = Timeline::of(p);
    let rows = completeness
        .stages
        .iter()
        .map(|s| {
            let when = timeline
                .entries
                .iter()
                .find(|e| e.stage == s.stage)
                .and_then(|e| dates(e, lang))
                .unwrap_or_else(|| "—".into());
            let documented = if s.has_evidence {
                Heading::Yes
            } else {
                Heading::No
            };
            vec![
                text(format!("{}. {}", s.stage.number(), s.stage.label(lang))),
                text(s.status.label(lang)),
                text(when),
                text(format!("{}/{}", s.items_done, s.items_total)),
                h(documented),
                text(percent(s.score, lang)),
            ]
        })
        .collect();
    Table {
        head: vec![
            h(Heading::Stage),
            h(Heading::Status),
            h(Heading::Dates),
            h(Heading::Checklist),
            h(Heading::Documented),
            h(Heading::Score),
        ],
        rows,
    }
}

fn stages(v: &[AdiStage], lang: Lang) -> String {
    if v.is_empty() {
        Heading::None.label(lang).to_owned()
    } else {
        v.iter()
            .map(|s| s.label(lang))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn line(label: Heading, value: String, lang: Lang) -> Item {
    Item::new(text(format!("{}: {value}", label.label(lang))))
}

fn analyses(p: &AdiProcess, case: &Case, lang: Lang) -> Vec<Item> {
    let h = |x: Heading| x.label(lang);
    let involvement = |found: Option<(AdiStage, Involvement)>| match found {
        Some((stage, level)) => format!("{} ({})", stage.label(lang), level.label(lang)),
        None => h(Heading::Never).to_owned(),
    };
    let mut out = vec![
        line(
            Heading::FirstBeyondInform,
            involvement(first_beyond_inform(p, case)),
            lang,
        ),
        line(
            Heading::FirstDirect,
            involvement(first_direct_involvement(p, case)),
            lang,
        ),
        line(
            Heading::InvolvementWhose,
            describe_all(
                p.stages
                    .iter()
                    .flat_map(|r| r.involvement.iter().map(|i| i.coding.as_ref())),
                case.coding.as_ref(),
                lang,
            ),
            lang,
        ),
        line(
            Heading::StagesWithoutEvidence,
            stages(&stages_without_evidence(p, case, None), lang),
            lang,
        ),
        line(
            Heading::StagesWithoutPhotos,
            stages(
                &stages_without_evidence(p, case, Some(EvidenceKind::Photo)),
                lang,
            ),
            lang,
        ),
    ];
    let overlaps = Timeline::of(p).overlaps;
    if !overlaps.is_empty() {
        let pairs: Vec<String> = overlaps
            .iter()
            .map(|(a, b)| format!("{} / {}", a.label(lang), b.label(lang)))
            .collect();
        out.push(line(Heading::Overlaps, pairs.join("; "), lang));
    }
    if !p.follow_ups.is_empty() {
        let children = p
            .follow_ups
            .iter()
            .map(|f| {
                let state = if f.still_running {
                    Heading::StillRunning
                } else {
                    Heading::Stopped
                };
                Item::new(text(format!(
                    "{} — {} {}, {}",
                    f.description.get(lang),
                    count(
                        usize::try_from(f.months_after_termination).unwrap_or(usize::MAX),
                        lang
                    ),
                    h(Heading::MonthsAfter),
                    h(state)
                )))
            })
            .collect();
        out.push(Item::nested(
            text(format!("{}:", h(Heading::AfterTermination))),
            children,
        ));
    }
    out
}

/// One Adi process: a heading with its overall completeness, the stage table, the analyses.
pub(crate) fn adi(p: &AdiProcess, case: &Case, lang: Lang) -> Vec<Block> {
    let heading = format!(
        "{} — {} ({} {})",
        Heading::AdiStages.label(lang),
        p.label.get(lang),
        Heading::Completeness.label(lang),
        percent(Completeness::of(p).overall, lang)
    );
    vec![
        Block::heading(3, heading),
        Block::Table(stage_table(p, lang)),
        Block::List(analyses(p, case, lang)),
    ]
}

fn stage_name(s: Option<SulistiyaniStage>, lang: Lang) -> String {
    match s {
        Some(s) => format!("{}. {}", s.number(), s.label(lang)),
        None => Heading::NotYet.label(lang).to_owned(),
    }
}

fn subject(case: &Case, subject: &Subject, lang: Lang) -> String {
    match subject {
        Subject::Participant(id) => id.to_string(),
        Subject::Cohort(id) => case
            .cohorts
            .iter()
            .find(|k| &k.id == id)
            .map_or_else(|| id.to_string(), |k| k.label.get(lang).into_owned()),
        Subject::Group(id) => case
            .stakeholders
            .iter()
            .find(|s| &s.id == id)
            .map_or_else(|| id.to_string(), |s| s.name.clone()),
    }
}

fn progressions(case: &Case, lang: Lang) -> Vec<Item> {
    let policy = GraduationPolicy::default();
    case.sulistiyani
        .iter()
        .map(|p| {
            let mut children: Vec<Item> = p
                .dimensions
                .iter()
                .map(|d| {
                    let whose = Coding::resolve(d.coding.as_ref(), case.coding.as_ref());
                    Item::new(text(format!(
                        "{}: {} ({})",
                        d.dimension.label(lang),
                        stage_name(d.reached, lang),
                        describe(whose, lang)
                    )))
                })
                .collect();
            let r = Readiness::of(p, &policy);
            let verdict = if r.ready {
                Heading::Ready.label(lang).to_owned()
            } else {
                let missing: Vec<String> = r
                    .missing
                    .iter()
                    .map(|m| {
                        format!(
                            "{} ({} → {} {})",
                            m.dimension.label(lang),
                            stage_name(m.reached, lang),
                            Heading::Needs.label(lang),
                            stage_name(Some(m.needed), lang)
                        )
                    })
                    .collect();
                format!("{} — {}", Heading::NotReady.label(lang), missing.join("; "))
            };
            children.push(line(Heading::Graduation, verdict, lang));
            Item::nested(text(subject(case, &p.subject, lang)), children)
        })
        .collect()
}

const PERSON: Noun = Noun {
    indonesian: "orang",
    one: "person",
    many: "people",
};

const UNIT: Noun = Noun {
    indonesian: "kelompok/kohort tanpa jumlah",
    one: "group/cohort of unknown size",
    many: "groups/cohorts of unknown size",
};

fn distribution_items(case: &Case, lang: Lang) -> Vec<Item> {
    distribution(case)
        .into_iter()
        .map(|d| {
            let cells: Vec<String> = d
                .rows
                .iter()
                .filter_map(|r| {
                    let people = r.participants + r.cohort_members;
                    let mut parts = Vec::new();
                    if people > 0 {
                        parts.push(
                            PERSON.counted(usize::try_from(people).unwrap_or(usize::MAX), lang),
                        );
                    }
                    if r.units_of_unknown_size > 0 {
                        parts.push(UNIT.counted(
                            usize::try_from(r.units_of_unknown_size).unwrap_or(usize::MAX),
                            lang,
                        ));
                    }
                    (!parts.is_empty())
                        .then(|| format!("{}: {}", stage_name(r.stage, lang), parts.join(", ")))
                })
                .collect();
            Item::new(text(format!(
                "{}: {}",
                d.dimension.label(lang),
                cells.join("; ")
            )))
        })
        .collect()
}

/// The Sulistiyani progressions, their readiness and their distribution; empty with none.
pub(crate) fn sulistiyani(case: &Case, lang: Lang) -> Vec<Block> {
    if case.sulistiyani.is_empty() {
        return Vec::new();
    }
    let mut out = vec![
        Block::heading(3, Heading::Progression.label(lang)),
        Block::List(progressions(case, lang)),
    ];
    let dist = distribution_items(case, lang);
    if !dist.is_empty() {
        out.push(Block::heading(4, Heading::Distribution.label(lang)));
        out.push(Block::List(dist));
    }
    out
}
