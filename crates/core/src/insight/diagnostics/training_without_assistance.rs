//! `training_without_assistance` — skills trainings whose skill is recorded as not practised,
//! or practised only with difficulty for want of tools or capital, and whose participants got
//! no capital or tools.
//!
//! **Why it matters** (seed 000): "kelompok binaan tidak memiliki alat-alat yang disediakan
//! dinas" — the trainees could not practise for want of tools and capital.
//!
//! **What must be recorded**: the training's `skill_use`; for an assistance record to count,
//! that it `follows` the training and reaches its participants — a recipient who attended
//! (`attendance`) or a group in its `audience`; and for "no capital or tools" to be a finding,
//! the statement that the training's assistance is recorded in full
//! (`assistance_recorded_in_full`: whose statement, on what evidence). A case that simply
//! records no hand-over says nothing about one: without that statement the training is listed
//! as not judgeable, never as a finding. Where the recipients or the attendance are not
//! recorded, the link is only declared: not judgeable either. A training whose skill use is
//! not recorded is not judgeable. **Thresholds**: none.

use crate::insight::diagnostics::rule::{About, Context, Found, Severity, Trigger, Verdict, Words};
use crate::insight::diagnostics::thresholds::Thresholds;
use crate::insight::provenance::Whose;
use crate::model::activity::{Activity, ActivityKind, SkillUse, Topic};
use crate::model::assistance::{Assistance, AssistanceKind, Recipient};
use crate::model::evidence::Target;

/// What this diagnostic says about itself.
pub const ABOUT: About = About {
    code: "training_without_assistance",
    title: Words::new(
        "Pelatihan tanpa modal atau alat",
        "Trainings without capital or tools",
    ),
    severity: Severity::Critical,
    seed: "000_beadda07b4a83157.txt",
    seed_quote: "kelompok binaan tidak memiliki alat-alat yang disediakan dinas",
    finds: Words::new(
        "Pelatihan keterampilan yang keterampilannya tercatat tidak atau sulit dipraktikkan, tanpa modal atau alat yang tercatat sampai ke pesertanya dalam catatan bantuan yang dinyatakan lengkap.",
        "Skills trainings whose skill is recorded as not practised or practised only with difficulty, with no capital or tools recorded as reaching their participants in an assistance record stated to be complete.",
    ),
    needs: Words::new(
        "Catat penggunaan keterampilan setelah pelatihan (skill_use), bantuan modal/alat yang mengikutinya beserta penerimanya, dan apakah bantuan itu tercatat lengkap (assistance_recorded_in_full).",
        "Record the use of the skill after the training (skill_use), the capital or tools that follow it with their recipients, and whether that assistance is recorded in full (assistance_recorded_in_full).",
    ),
    recommendation: Words::new(
        "Sertakan modal usaha dan alat setelah pelatihan agar keterampilan dapat dipraktikkan dan menjadi sumber penghasilan.",
        "Follow trainings with business capital and tools so the skills can be practised and earn an income.",
    ),
    thresholds: &[],
    tailor: None,
};

const SKILL_USE_NOT_RECORDED: Words = Words::new(
    "Penggunaan keterampilan setelah pelatihan tidak tercatat: catat skill_use (dan bantuan modal/alat yang mengikutinya).",
    "The use of the skill after the training is not recorded: record skill_use (and any capital or tools that follow it).",
);

const LINK_DECLARED: Words = Words::new(
    "Bantuan tercatat mengikuti pelatihan ini, tetapi penerima bantuan atau daftar hadir pelatihan tidak tercatat: keterkaitannya hanya dinyatakan, tidak terbukti. Catat penerima dan kehadiran.",
    "Assistance is recorded as following this training, but its recipients or the training's attendance are not recorded: the link is declared, not shown. Record recipients and attendance.",
);

const ASSISTANCE_NOT_RECORDED: Words = Words::new(
    "Tidak tercatat bahwa bantuan modal/alat setelah pelatihan ini tercatat lengkap: tidak ada bantuan yang tercatat belum berarti tidak ada bantuan. Catat bantuan yang mengikutinya beserta penerimanya, atau nyatakan bahwa bantuannya tercatat lengkap (assistance_recorded_in_full) — oleh sumber atau penilai, dengan buktinya.",
    "It is not recorded that the capital or tools after this training are recorded in full: no hand-over recorded is not the same as none given. Record the assistance that follows it with its recipients, or state that its assistance is recorded in full (assistance_recorded_in_full) — by the source or an assessor, with the evidence.",
);

/// Training topics that are skills to practise after training.
pub(crate) fn skills_topic(t: Topic) -> bool {
    use Topic::*;
    matches!(
        t,
        Sewing
            | ClothingAlteration
            | Cooking
            | Baking
            | KwtFarming
            | Hantaran
            | MakeUp
            | Embroidery
            | Batik
    )
}

/// Whether a hand-over reaches a training's participants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reach {
    /// A recipient attended the training, or is a group in its audience.
    Shown,
    /// Recipients and participants are both recorded, and none is the training's.
    Elsewhere,
    /// Recipients or participants are not recorded in comparable terms.
    Declared,
}

fn reach(h: &Assistance, a: &Activity) -> Reach {
    let mut comparable = false;
    for r in &h.recipients {
        match r {
            Recipient::Participant(p) if !a.attendance.is_empty() => {
                comparable = true;
                if a.attendance.iter().any(|x| x.present && &x.participant == p) {
                    return Reach::Shown;
                }
            }
            Recipient::Stakeholder(s) if !a.audience.is_empty() => {
                comparable = true;
                if a.audience.contains(s) {
                    return Reach::Shown;
                }
            }
            _ => {}
        }
    }
    if comparable && h.recipients.iter().all(|r| !matches!(r, Recipient::Cohort(_))) {
        Reach::Elsewhere
    } else {
        Reach::Declared
    }
}

/// Runs the rule.
pub(crate) fn judge(cx: &Context<'_>, _: &Thresholds) -> Verdict {
    let case = cx.case;
    // Hand-overs of capital, tools or inputs, by the training they declare they follow.
    let mut following: std::collections::HashMap<_, Vec<&Assistance>> =
        std::collections::HashMap::new();
    for h in case.assistance.iter().filter(|h| {
        matches!(
            h.kind,
            AssistanceKind::CapitalGrant | AssistanceKind::Equipment | AssistanceKind::Inputs
        )
    }) {
        for t in &h.follows {
            following.entry(t).or_default().push(h);
        }
    }
    let mut verdict = Verdict::default();
    let mut found = Found::default();
    for a in case.activities.iter().filter(|a| {
        a.kind == ActivityKind::Training && a.topics.iter().any(|&t| skills_topic(t))
    }) {
        if matches!(a.skill_use, Some(SkillUse::Practised | SkillUse::Sold)) {
            continue;
        }
        let reaches: Vec<(Reach, &Assistance)> = following
            .get(&a.id)
            .map(|hs| hs.iter().map(|h| (reach(h, a), *h)).collect())
            .unwrap_or_default();
        if reaches.iter().any(|(r, _)| *r == Reach::Shown) {
            continue;
        }
        let subject = vec![Trigger::Activity(a.id.clone())];
        if reaches.iter().any(|(r, _)| *r == Reach::Declared) {
            verdict.cannot_judge(subject, LINK_DECLARED);
        } else if a.skill_use.is_none() {
            verdict.cannot_judge(subject, SKILL_USE_NOT_RECORDED);
        } else if let Some(full) = &a.assistance_recorded_in_full {
            found.triggers.push(Trigger::Activity(a.id.clone()));
            found.triggers.extend(
                reaches
                    .iter()
                    .map(|(_, h)| Trigger::Assistance(h.id.clone())),
            );
            found
                .triggers
                .push(Trigger::RecordedInFull(Whose::of(Some(&full.coding))));
            let subject = [Target::Activity(a.id.clone())];
            let pool = a.evidence.iter().chain(&full.evidence);
            found
                .evidence
                .extend(cx.evidence_for(ABOUT.code, pool, &subject));
            found.about.extend(subject);
        } else {
            // Nothing recorded as following it, or only hand-overs to others: the list may be
            // incomplete, so the absence is not a finding.
            verdict.cannot_judge(subject, ASSISTANCE_NOT_RECORDED);
        }
    }
    verdict.find(found);
    verdict
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insight::diagnostics::testing::{case_with, training};
    use crate::model::activity::RecordedInFull;
    use crate::model::assistance::Assistance;
    use crate::model::coding::Coding;
    use crate::model::evidence::{Evidence, EvidenceKind};
    use crate::model::ids::{AssistanceId, EvidenceId, ParticipantId, StakeholderId};

    fn tools(recipients: Vec<Recipient>) -> Assistance {
        Assistance {
            id: AssistanceId::new("a"),
            kind: AssistanceKind::Equipment,
            items: Vec::new(),
            delivery: None,
            recipients,
            provider: None,
            date: None,
            value_each: None,
            count: None,
            follows: vec!["t".into()],
            evidence: Vec::new(),
        }
    }

    #[test]
    fn without_records_of_use_or_assistance_it_is_not_judgeable() {
        let case = case_with(|c| c.activities.push(training("t", None)));
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found.is_empty());
        assert_eq!(v.unjudged.len(), 1);
    }

    /// A training whose assistance the source states is none.
    fn stalled(use_: SkillUse, coding: Coding) -> Activity {
        let mut t = training("t", Some(use_));
        t.assistance_recorded_in_full = Some(RecordedInFull::new(coding, ["e-none"]));
        t
    }

    #[test]
    fn a_stall_with_no_assistance_recorded_is_not_judgeable() {
        // No hand-over in the document, and nothing saying the list is complete: a case that
        // never recorded its assistance says nothing about it (principle 1).
        let case = case_with(|c| {
            c.activities
                .push(training("t", Some(SkillUse::NotPractised)))
        });
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found.is_empty());
        assert_eq!(v.unjudged.len(), 1);
        assert_eq!(v.unjudged[0].needs, ASSISTANCE_NOT_RECORDED);
        assert_eq!(v.unjudged[0].subjects, [Trigger::Activity("t".into())]);
        assert!(ASSISTANCE_NOT_RECORDED
            .english
            .contains("assistance_recorded_in_full"));
    }

    #[test]
    fn fires_on_a_stall_whose_assistance_is_stated_as_none() {
        let case = case_with(|c| {
            c.activities.push(stalled(
                SkillUse::NotPractised,
                Coding::stated_by_source(),
            ));
            c.evidence.push(Evidence::new(
                "e-none",
                EvidenceKind::Observation,
                "kelompok binaan tidak memiliki alat-alat yang disediakan dinas",
            ));
            c.evidence[0].supports = vec![Target::Activity("t".into())];
        });
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.unjudged.is_empty());
        assert_eq!(v.found.len(), 1);
        // The finding says whose the "none" is, and carries the statement's evidence.
        assert_eq!(
            v.found[0].triggers,
            [
                Trigger::Activity("t".into()),
                Trigger::RecordedInFull(Whose::StatedBySource)
            ]
        );
        assert_eq!(v.found[0].evidence, [EvidenceId::new("e-none")]);
    }

    #[test]
    fn fires_on_a_skill_practised_only_with_difficulty_and_not_on_one_practised() {
        let hindered = case_with(|c| {
            c.activities
                .push(stalled(SkillUse::Hindered, Coding::coded_by("Tim Penilai")))
        });
        let v = judge(&Context::new(&hindered), &Thresholds::default());
        assert_eq!(v.found.len(), 1);
        assert!(v.found[0]
            .triggers
            .contains(&Trigger::RecordedInFull(Whose::CodedByAssessor)));
        let practised = case_with(|c| c.activities.push(training("t", Some(SkillUse::Practised))));
        let v = judge(&Context::new(&practised), &Thresholds::default());
        assert!(v.found.is_empty() && v.unjudged.is_empty());
    }

    #[test]
    fn tools_that_went_to_others_do_not_count() {
        let case = case_with(|c| {
            let mut t = stalled(SkillUse::NotPractised, Coding::stated_by_source());
            t.audience = vec![StakeholderId::new("trainees")];
            c.activities.push(t);
            c.assistance
                .push(tools(vec![Recipient::Stakeholder(StakeholderId::new("others"))]));
        });
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert_eq!(v.found.len(), 1);
        assert!(v.found[0]
            .triggers
            .contains(&Trigger::Assistance(AssistanceId::new("a"))));
    }

    #[test]
    fn tools_that_went_to_others_in_a_list_not_said_complete_are_not_judgeable() {
        // Others' hand-overs are recorded, but the list may lack the trainees' own.
        let case = case_with(|c| {
            let mut t = training("t", Some(SkillUse::NotPractised));
            t.audience = vec![StakeholderId::new("trainees")];
            c.activities.push(t);
            c.assistance
                .push(tools(vec![Recipient::Stakeholder(StakeholderId::new("others"))]));
        });
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found.is_empty());
        assert_eq!(v.unjudged[0].needs, ASSISTANCE_NOT_RECORDED);
    }

    #[test]
    fn tools_that_reach_an_attendee_count() {
        let case = case_with(|c| {
            let mut t = training("t", Some(SkillUse::NotPractised));
            t.attendance = vec![crate::model::activity::Attendance {
                participant: ParticipantId::new("p1"),
                date: None,
                present: true,
            }];
            c.activities.push(t);
            c.assistance
                .push(tools(vec![Recipient::Participant(ParticipantId::new("p1"))]));
        });
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found.is_empty() && v.unjudged.is_empty());
    }

    #[test]
    fn a_declared_link_is_said_to_be_declared() {
        // Even with the list said to be complete, a hand-over to unnamed recipients may have
        // reached the trainees.
        let case = case_with(|c| {
            c.activities
                .push(stalled(SkillUse::NotPractised, Coding::stated_by_source()));
            c.assistance.push(tools(Vec::new()));
        });
        let v = judge(&Context::new(&case), &Thresholds::default());
        assert!(v.found.is_empty());
        assert_eq!(v.unjudged.len(), 1);
        assert_eq!(v.unjudged[0].needs, LINK_DECLARED);
    }
}
