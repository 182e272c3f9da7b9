//! One test per kind of validation problem, asserting its path and kind; and one document
//! with many problems reporting all of them.

use berdaya::model::lang::Lang;
use berdaya::validate::{DateFormat, ProblemKind, RefKind, Shape};
use berdaya::{Case, ValidationError};
use serde_json::{json, Value};

fn base() -> Value {
    json!({
        "schema_version": 1,
        "id": "t",
        "title": {"id": "Uji", "en": "Test"},
        "reference_date": "2024-01-01",
        "programme": {
            "name": {"id": "Program", "en": "Programme"},
            "acronym": "P",
            "kind": "custom",
            "level": "city",
            "period": {"start": "2023", "end": "2024"},
            "fiscal_years": [2023],
            "funding": [{"source": "apbd_city", "amount": 1000000, "fiscal_year": 2023}]
        },
        "sites": [{
            "id": "s1", "province": "Jawa Barat", "city": "Bekasi", "city_kind": "kota",
            "kecamatan": "Bekasi Utara", "village": "Harapan Jaya", "village_kind": "kelurahan"
        }],
        "stakeholders": [{"id": "h1", "name": "Dinas", "sector": "government"}],
        "activities": [{
            "id": "a1", "kind": "training", "title": {"id": "Pelatihan", "en": "Training"},
            "start": "2023-02", "end": "2023-03", "site": "s1", "facilitators": ["h1"],
            "attendance": [{"participant": "p1", "present": true}]
        }],
        "participants": [{"id": "p1", "sex": "female", "age": 30, "site": "s1"}],
        "cohorts": [{"id": "c1", "label": {"id": "Kohort", "en": "Cohort"}}],
        "figures": [{"id": "f1", "metric": "attendance_rate", "value": 45}],
        "evidence": [{"id": "e1", "kind": "quote", "text": "kutipan", "supports": [{"activity": "a1"}]}],
        "codes": [{"id": "x1", "label": {"id": "a", "en": "a"}, "level": "selective"}]
    })
}

fn problems(edit: impl FnOnce(&mut Value)) -> ValidationError {
    let mut doc = base();
    edit(&mut doc);
    Case::from_json(&doc.to_string()).expect_err("the edited document should be refused")
}

/// Each problem of `err` as its path and its kind's code, in order.
fn paths_and_kinds(err: &ValidationError) -> Vec<(&str, &str)> {
    err.problems
        .iter()
        .map(|p| (p.path.as_str(), p.kind.code()))
        .collect()
}

/// Asserts exactly one problem, at `path`, and returns its kind.
fn only(edit: impl FnOnce(&mut Value), path: &str) -> ProblemKind {
    let err = problems(edit);
    assert_eq!(err.problems.len(), 1, "{err}");
    assert_eq!(err.problems[0].path, path, "{err}");
    // Every problem renders in both languages, naming its path.
    for lang in Lang::ALL {
        assert!(err.problems[0].message(lang).starts_with(path));
    }
    err.problems[0].kind.clone()
}

#[test]
fn the_base_document_is_valid() {
    Case::from_json(&base().to_string()).unwrap();
}

#[test]
fn malformed_json_and_wrong_types_name_their_path() {
    let err = Case::from_json("{ not json").unwrap_err();
    assert_eq!(err.problems[0].path, "");
    assert_eq!(err.problems[0].kind.code(), "invalid_json");

    let k = only(
        |d| d["participants"][0]["age"] = json!("thirty"),
        "/participants/0/age",
    );
    // Named in words a user knows, not the reader's Rust types.
    assert_eq!(
        k,
        ProblemKind::WrongType {
            expected: Shape::WholeNumber,
            found: Shape::Text
        }
    );
    for lang in Lang::ALL {
        assert!(!k.expected(lang).contains("i32"), "{}", k.expected(lang));
    }

    let k = only(
        |d| d["programme"]["kind"] = json!("p3wkss"),
        "/programme/kind",
    );
    assert!(
        matches!(&k, ProblemKind::UnknownCode { found, allowed }
            if found == "p3wkss" && allowed.iter().any(|a| a == "p2wkss")),
        "{k:?}"
    );

    let k = only(
        |d| d["activities"][0]["start"] = json!("2023-13"),
        "/activities/0/start",
    );
    assert!(
        matches!(&k, ProblemKind::InvalidDate { found, format: DateFormat::Partial } if found == "2023-13"),
        "{k:?}"
    );
    assert!(k.expected(Lang::En).contains("YYYY-MM"));

    // Unknown fields are refused, never dropped silently.
    let k = only(
        |d| d["sites"][0]["kelurahan"] = json!("Harapan Jaya"),
        "/sites/0/kelurahan",
    );
    assert!(
        matches!(&k, ProblemKind::UnknownField { field, allowed }
            if field == "kelurahan" && allowed.iter().any(|a| a == "village")),
        "{k:?}"
    );

    let k = only(
        |d| {
            d.as_object_mut()
                .unwrap()
                .remove("programme")
                .map(|_| ())
                .unwrap()
        },
        "",
    );
    assert_eq!(
        k,
        ProblemKind::MissingField {
            field: "programme".into()
        }
    );

    let k = only(
        |d| d["participants"][0]["monthly_income"] = json!(1e300),
        "/participants/0/monthly_income",
    );
    assert_eq!(k.code(), "out_of_range");

    let err = Case::from_json("[1, 2]").unwrap_err();
    assert_eq!(err.problems[0].kind.code(), "wrong_type");
}

#[test]
fn schema_version_must_be_known() {
    let k = only(|d| d["schema_version"] = json!(2), "/schema_version");
    assert_eq!(k, ProblemKind::UnsupportedSchemaVersion { found: Some(2) });
    let k = only(|d| d["schema_version"] = json!("1"), "/schema_version");
    assert_eq!(k, ProblemKind::UnsupportedSchemaVersion { found: None });
}

#[test]
fn empty_required_text() {
    // One language is enough (issue #13): a blank English name is not a problem …
    let mut doc = base();
    doc["programme"]["name"]["en"] = json!("  ");
    assert!(Case::from_json(&doc.to_string()).is_ok());
    // … but a name in neither language is, at the working language's path.
    assert_eq!(
        only(
            |d| d["programme"]["name"] = json!({"id": "", "en": "  "}),
            "/programme/name/id"
        ),
        ProblemKind::Empty
    );
    assert_eq!(
        only(
            |d| d["stakeholders"][0]["name"] = json!(""),
            "/stakeholders/0/name"
        ),
        ProblemKind::Empty
    );
    // An empty id is reported once; the references to it are reported too.
    let err = problems(|d| d["sites"][0]["id"] = json!(""));
    assert_eq!(err.problems[0].path, "/sites/0/id");
    assert_eq!(err.problems[0].kind, ProblemKind::Empty);
}

#[test]
fn duplicate_ids() {
    let k = only(
        |d| {
            d["cohorts"]
                .as_array_mut()
                .unwrap()
                .push(json!({"id": "c1", "label": {"id": "x", "en": "x"}}))
        },
        "/cohorts/1/id",
    );
    assert_eq!(
        k,
        ProblemKind::DuplicateId {
            id: "c1".into(),
            first: "/cohorts/0/id".into()
        }
    );
}

#[test]
fn unknown_references() {
    let k = only(
        |d| d["activities"][0]["facilitators"][0] = json!("h9"),
        "/activities/0/facilitators/0",
    );
    assert_eq!(
        k,
        ProblemKind::UnknownReference {
            target: RefKind::Stakeholder,
            id: "h9".into()
        }
    );
    let k = only(
        |d| d["participants"][0]["site"] = json!("s9"),
        "/participants/0/site",
    );
    assert_eq!(
        k,
        ProblemKind::UnknownReference {
            target: RefKind::Site,
            id: "s9".into()
        }
    );
    let k = only(
        |d| d["activities"][0]["attendance"][0]["participant"] = json!("p9"),
        "/activities/0/attendance/0/participant",
    );
    assert_eq!(
        k,
        ProblemKind::UnknownReference {
            target: RefKind::Participant,
            id: "p9".into()
        }
    );
    let k = only(
        |d| d["activities"][0]["session"] = json!({"module": "M2", "session": "S3"}),
        "/activities/0/session",
    );
    assert_eq!(
        k,
        ProblemKind::UnknownReference {
            target: RefKind::Session,
            id: "M2/S3".into()
        }
    );
}

/// A list said to be recorded in full rests on evidence that exists, and its coding is
/// checked as every other judgement's is.
#[test]
fn a_list_recorded_in_full_needs_its_evidence() {
    for field in [
        "assistance_recorded_in_full",
        "market_access_recorded_in_full",
    ] {
        let stated = json!({"coding": {"kind": "stated_by_source"}, "evidence": ["e1"]});
        let mut doc = base();
        doc["activities"][0][field] = stated;
        let case = Case::from_json(&doc.to_string()).unwrap();
        assert!(
            case.activities[0].assistance_recorded_in_full.is_some()
                == (field == "assistance_recorded_in_full")
        );
        let k = only(
            |d| {
                d["activities"][0][field] =
                    json!({"coding": {"kind": "stated_by_source"}, "evidence": []})
            },
            &format!("/activities/0/{field}/evidence"),
        );
        assert_eq!(k, ProblemKind::Empty);
        let k = only(
            |d| {
                d["activities"][0][field] =
                    json!({"coding": {"kind": "stated_by_source"}, "evidence": ["e9"]})
            },
            &format!("/activities/0/{field}/evidence/0"),
        );
        assert_eq!(
            k,
            ProblemKind::UnknownReference {
                target: RefKind::Evidence,
                id: "e9".into()
            }
        );
        let k = only(
            |d| {
                d["activities"][0][field] =
                    json!({"coding": {"kind": "coded_by_assessor", "by": " "}, "evidence": ["e1"]})
            },
            &format!("/activities/0/{field}/coding/by"),
        );
        assert_eq!(k, ProblemKind::Empty);
    }
}

#[test]
fn evidence_linking_to_nothing() {
    let k = only(
        |d| d["evidence"][0]["supports"] = json!([{"figure": "f9"}]),
        "/evidence/0/supports/0",
    );
    assert_eq!(
        k,
        ProblemKind::EvidenceLinkToNothing {
            target: RefKind::Figure,
            id: "f9".into()
        }
    );
    let k = only(
        |d| d["evidence"][0]["codes"] = json!(["x9"]),
        "/evidence/0/codes/0",
    );
    assert_eq!(
        k,
        ProblemKind::UnknownReference {
            target: RefKind::Code,
            id: "x9".into()
        }
    );
}

#[test]
fn end_before_start() {
    let k = only(
        |d| d["activities"][0]["end"] = json!("2023-01"),
        "/activities/0/end",
    );
    assert_eq!(k.code(), "date_order");
    // Overlapping precision is not an error: the year 2023 may end in March 2023.
    let mut doc = base();
    doc["activities"][0]["start"] = json!("2023");
    doc["activities"][0]["end"] = json!("2023-03");
    Case::from_json(&doc.to_string()).unwrap();
    let k = only(
        |d| d["programme"]["period"] = json!({"start": "2023-06", "end": "2023-01"}),
        "/programme/period/end",
    );
    assert_eq!(k.code(), "date_order");
}

#[test]
fn years_out_of_range_and_outside_the_period() {
    let k = only(
        |d| d["programme"]["funding"][0]["fiscal_year"] = json!(1850),
        "/programme/funding/0/fiscal_year",
    );
    assert_eq!(k, ProblemKind::YearOutOfRange { found: 1850 });
    let k = only(
        |d| d["programme"]["fiscal_years"] = json!([2025]),
        "/programme/fiscal_years/0",
    );
    assert_eq!(k, ProblemKind::FiscalYearOutsidePeriod { year: 2025 });
}

#[test]
fn negative_amounts() {
    let k = only(
        |d| d["programme"]["funding"][0]["amount"] = json!(-5),
        "/programme/funding/0/amount",
    );
    assert_eq!(k.code(), "negative_amount");
    let k = only(
        |d| d["participants"][0]["monthly_income"] = json!(-1),
        "/participants/0/monthly_income",
    );
    assert_eq!(k.code(), "negative_amount");
}

#[test]
fn ages_outside_0_to_120() {
    assert_eq!(
        only(
            |d| d["participants"][0]["age"] = json!(121),
            "/participants/0/age"
        ),
        ProblemKind::AgeOutOfRange { found: 121 }
    );
    assert_eq!(
        only(
            |d| d["participants"][0]["age"] = json!(-1),
            "/participants/0/age"
        ),
        ProblemKind::AgeOutOfRange { found: -1 }
    );
    let mut doc = base();
    doc["participants"][0]["age"] = json!(0);
    doc["participants"][0]["birth_date"] = json!("2023-06-01");
    Case::from_json(&doc.to_string()).unwrap();
    // Born after the reference date.
    let k = only(
        |d| {
            d["participants"][0].as_object_mut().unwrap().remove("age");
            d["participants"][0]["birth_date"] = json!("2024-06-01");
        },
        "/participants/0/birth_date",
    );
    assert_eq!(k, ProblemKind::AgeOutOfRange { found: -1 });
    let k = only(
        |d| d["participants"][0]["birth_date"] = json!("1990-01-02"),
        "/participants/0/age",
    );
    assert_eq!(
        k,
        ProblemKind::AgeMismatch {
            recorded: 30,
            from_birth_date: 33
        }
    );
}

#[test]
fn numbers_out_of_range_and_shares_over_the_whole() {
    let k = only(
        |d| d["figures"][0]["value"] = json!(101),
        "/figures/0/value",
    );
    assert!(
        matches!(k, ProblemKind::OutOfRange { found, max, .. } if found == 101.0 && max == 100.0)
    );
    let k = only(
        |d| d["sites"][0]["indicators"] = json!([{"kind": "ipm", "year": 2020, "value": 150}]),
        "/sites/0/indicators/0/value",
    );
    assert_eq!(k.code(), "out_of_range");
    let k = only(
        |d| {
            d["cohorts"][0]["education"] =
                json!([{"category": "sd", "percent": 70}, {"category": "smp", "percent": 40}])
        },
        "/cohorts/0/education",
    );
    assert_eq!(k, ProblemKind::SharesExceedWhole { total: 110.0 });
    let k = only(
        |d| d["cohorts"][0]["dependants"] = json!({"min": 5, "max": 3}),
        "/cohorts/0/dependants",
    );
    assert_eq!(k, ProblemKind::RangeReversed { min: 5, max: 3 });
}

#[test]
fn not_finite_numbers_built_in_rust() {
    let mut case = Case::from_json(&base().to_string()).unwrap();
    case.figures[0].value = f64::NAN;
    let err = case.validate().unwrap_err();
    assert_eq!(err.problems[0].path, "/figures/0/value");
    assert_eq!(err.problems[0].kind, ProblemKind::NotFinite);
}

#[test]
fn site_chain_gaps_pokja_codes_and_self_references() {
    let k = only(|d| d["sites"][0]["rt"] = json!("01"), "/sites/0/rt");
    assert_eq!(k.code(), "site_chain_gap");
    let k = only(
        |d| {
            d["sites"][0].as_object_mut().unwrap().remove("village");
            d["sites"][0]
                .as_object_mut()
                .unwrap()
                .remove("village_kind");
            d["sites"][0]["rw"] = json!("02");
        },
        "/sites/0/rw",
    );
    assert_eq!(k.code(), "site_chain_gap");
    let k = only(
        |d| d["stakeholders"][0]["pokja"] = json!("pokja_2"),
        "/stakeholders/0/pokja",
    );
    assert_eq!(k, ProblemKind::PokjaOutsideCommunity);
    let k = only(
        |d| {
            d["codes"].as_array_mut().unwrap().push(json!({"id": "x2", "label": {"id": "b", "en": "b"}, "level": "open", "parent": "x1"}))
        },
        "/codes/1/parent",
    );
    assert_eq!(k.code(), "code_level_mismatch");
    let k = only(
        |d| d["cohorts"][0]["part_of"] = json!("c1"),
        "/cohorts/0/part_of",
    );
    assert_eq!(k, ProblemKind::SelfReference);
}

#[test]
fn a_document_with_many_problems_reports_all_of_them() {
    let err = problems(|d| {
        d["activities"][0]["end"] = json!("2022-12");
        d["activities"][0]["site"] = json!("nowhere");
        d["participants"][0]["age"] = json!(130);
        d["participants"][0]["monthly_income"] = json!(-100);
        d["programme"]["funding"][0]["amount"] = json!(-1);
        d["stakeholders"]
            .as_array_mut()
            .unwrap()
            .push(json!({"id": "h1", "name": "Again", "sector": "media"}));
        d["evidence"][0]["supports"] = json!([{"participant": "ghost"}]);
    });
    let found = paths_and_kinds(&err);
    for expected in [
        ("/stakeholders/1/id", "duplicate_id"),
        ("/programme/funding/0/amount", "negative_amount"),
        ("/activities/0/end", "date_order"),
        ("/activities/0/site", "unknown_reference"),
        ("/participants/0/age", "age_out_of_range"),
        ("/participants/0/monthly_income", "negative_amount"),
        ("/evidence/0/supports/0", "evidence_link_to_nothing"),
    ] {
        assert!(
            found.contains(&expected),
            "{expected:?} missing from {found:?}"
        );
    }
    assert_eq!(err.problems.len(), 7, "{err}");
    let report = err.report(Lang::Id);
    assert_eq!(report.lines().count(), 7);
    assert!(report.contains("diharapkan"));
    assert!(err.to_string().starts_with("7 problems"));
}

mod frameworks {
    use super::{only, problems};
    use berdaya::frameworks::adi::{AdiRule, AdiStage};
    use berdaya::validate::ProblemKind;
    use serde_json::json;

    fn with_adi(stages: serde_json::Value) -> impl FnOnce(&mut serde_json::Value) {
        move |d| {
            d["adi"] =
                json!([{"id": "p", "label": {"id": "Proses", "en": "Process"}, "stages": stages}]);
        }
    }

    #[test]
    fn a_valid_process_passes() {
        let mut doc = super::base();
        with_adi(json!([
            {"stage": "persiapan", "status": "completed", "checklist": [{"id": "anggaran", "done": true}]},
            {"stage": "asesmen", "status": "in_progress",
             "involvement": [{"stakeholder": "h1", "level": "consult"}]}
        ]))(&mut doc);
        berdaya::Case::from_json(&doc.to_string()).unwrap();
    }

    #[test]
    fn a_stage_listed_out_of_order() {
        let k = only(
            with_adi(json!([
                {"stage": "asesmen", "status": "not_started"},
                {"stage": "persiapan", "status": "not_started"}
            ])),
            "/adi/0/stages/1/stage",
        );
        assert_eq!(
            k,
            ProblemKind::StageOutOfOrder {
                stage: AdiStage::Preparation,
                after: AdiStage::Assessment
            }
        );
    }

    #[test]
    fn statuses_that_break_the_rules_name_the_rule() {
        let k = only(
            with_adi(json!([
                {"stage": "persiapan", "status": "in_progress"},
                {"stage": "pelaksanaan", "status": "completed"}
            ])),
            "/adi/0/stages/1/status",
        );
        assert!(
            matches!(&k, ProblemKind::AdiRuleBroken { error } if error.rule() == AdiRule::StagesInOrder),
            "{k:?}"
        );
        let err = problems(with_adi(json!([
            {"stage": "persiapan", "status": "completed"},
            {"stage": "asesmen", "status": "completed"},
            {"stage": "perencanaan_alternatif", "status": "completed"},
            {"stage": "rencana_aksi", "status": "completed"},
            {"stage": "pelaksanaan", "status": "completed"},
            {"stage": "terminasi", "status": "completed"}
        ])));
        assert_eq!(err.problems.len(), 1);
        assert_eq!(err.problems[0].path, "/adi/0/stages/5/status");
        assert!(
            matches!(&err.problems[0].kind, ProblemKind::AdiRuleBroken { error } if error.rule() == AdiRule::TerminationNeedsEvaluation)
        );
    }

    #[test]
    fn a_follow_up_before_termination() {
        let k = only(
            |d| {
                d["adi"] = json!([{"id": "p", "label": {"id": "P", "en": "P"},
                    "follow_ups": [{"description": {"id": "KWT", "en": "KWT"}, "months_after_termination": 12, "still_running": true}]}]);
            },
            "/adi/0/follow_ups",
        );
        assert!(
            matches!(&k, ProblemKind::AdiRuleBroken { error } if error.rule() == AdiRule::FollowUpNeedsTermination)
        );
    }

    #[test]
    fn an_involvement_level_that_does_not_exist() {
        let k = only(
            with_adi(json!([{"stage": "persiapan", "status": "in_progress",
                "involvement": [{"stakeholder": "h1", "level": "participate"}]}])),
            "/adi/0/stages/0/involvement/0/level",
        );
        assert!(
            matches!(&k, ProblemKind::UnknownCode { allowed, .. } if allowed.iter().any(|a| a == "empower")),
            "{k:?}"
        );
        let k = only(
            with_adi(json!([{"stage": "persiapan", "status": "in_progress",
                "involvement": [{"stakeholder": "nobody", "level": "inform"}]}])),
            "/adi/0/stages/0/involvement/0/stakeholder",
        );
        assert_eq!(k.code(), "unknown_reference");
    }

    #[test]
    fn reversed_stage_dates_duplicates_and_unlabelled_items() {
        let k = only(
            with_adi(json!([{"stage": "persiapan", "status": "completed",
                "actual_start": "2020-05", "actual_end": "2020-01"}])),
            "/adi/0/stages/0/actual_end",
        );
        assert_eq!(k.code(), "date_order");
        let k = only(
            with_adi(
                json!([{"stage": "persiapan", "status": "not_started"}, {"stage": "persiapan", "status": "not_started"}]),
            ),
            "/adi/0/stages/1/stage",
        );
        assert_eq!(k.code(), "duplicate_id");
        let k = only(
            with_adi(json!([{"stage": "persiapan", "status": "in_progress",
                "checklist": [{"id": "kunjungan-rumah", "done": true}]}])),
            "/adi/0/stages/0/checklist/0/id",
        );
        assert_eq!(
            k,
            ProblemKind::UnlabelledCustomItem {
                id: "kunjungan-rumah".into()
            }
        );
        // A custom item with a label is welcome.
        let mut doc = super::base();
        with_adi(json!([{"stage": "persiapan", "status": "in_progress",
            "checklist": [{"id": "kunjungan-rumah", "label": {"id": "Kunjungan rumah", "en": "Home visits"}, "done": true}]}]))(
            &mut doc,
        );
        berdaya::Case::from_json(&doc.to_string()).unwrap();
    }

    #[test]
    fn sulistiyani_subjects_dimensions_and_indicators() {
        let progression = |subject: serde_json::Value, dims: serde_json::Value| {
            move |d: &mut serde_json::Value| {
                d["sulistiyani"] = json!([{"subject": subject, "dimensions": dims}])
            }
        };
        let k = only(
            progression(json!({"cohort": "c9"}), json!([])),
            "/sulistiyani/0/subject",
        );
        assert_eq!(k.code(), "unknown_reference");
        let k = only(
            progression(
                json!({"participant": "p1"}),
                json!([
                    {"dimension": "economic", "reached": "penyadaran",
                     "indicators": [{"stage": "peningkatan", "label": {"id": "Punya usaha", "en": "Runs a business"}, "met": true}]}
                ]),
            ),
            "/sulistiyani/0/dimensions/0/indicators/0/met",
        );
        assert_eq!(k.code(), "indicator_above_reached");
        let k = only(
            progression(
                json!({"participant": "p1"}),
                json!([{"dimension": "social"}, {"dimension": "social"}]),
            ),
            "/sulistiyani/0/dimensions/1/dimension",
        );
        assert_eq!(k.code(), "duplicate_id");
        let k = only(
            progression(
                json!({"participant": "p1"}),
                json!([{"dimension": "spiritual"}]),
            ),
            "/sulistiyani/0/dimensions/0/dimension",
        );
        assert_eq!(k.code(), "unknown_code");
    }
}

mod assessments {
    use super::only;
    use serde_json::json;

    #[test]
    fn five_m_weights_and_ansell_gash_ratings_are_checked() {
        let finding = |w: u64| {
            move |d: &mut serde_json::Value| {
                d["five_m"] = json!([{"id": "f", "factor": "money", "direction": "inhibitor",
                    "description": {"id": "Dana minim", "en": "Thin funds"}, "weight": w}]);
            }
        };
        assert_eq!(only(finding(4), "/five_m/0/weight").code(), "off_scale");
        let k = only(
            |d| {
                d["five_m"] = json!([{"id": "f", "factor": "minute", "direction": "driver",
                "description": {"id": "x", "en": "x"}, "weight": 1}])
            },
            "/five_m/0/factor",
        );
        assert_eq!(k.code(), "unknown_code");

        let rated = |rubric: &str, indicator: &str, score: u64| {
            let (rubric, indicator) = (rubric.to_owned(), indicator.to_owned());
            move |d: &mut serde_json::Value| {
                d["ansell_gash"] = json!({"rubric": rubric, "ratings": [{"indicator": indicator, "score": score}]});
            }
        };
        assert_eq!(
            only(rated("wilder/3", "trust", 4), "/ansell_gash/rubric").code(),
            "unknown_rubric"
        );
        assert_eq!(
            only(
                rated("berdaya-ansell-gash/1", "trust", 6),
                "/ansell_gash/ratings/0/score"
            )
            .code(),
            "off_scale"
        );
        assert_eq!(
            only(
                rated("berdaya-ansell-gash/1", "trusst", 4),
                "/ansell_gash/ratings/0/indicator"
            )
            .code(),
            "unknown_reference"
        );
        assert_eq!(
            only(
                rated("berdaya-ansell-gash/1", "trust", 300),
                "/ansell_gash/ratings/0/score"
            )
            .code(),
            "out_of_range"
        );
    }

    /// Issue 15: `/2` adds good-faith negotiation under face-to-face dialogue; a `/1`
    /// assessment is still read, but cannot rate an indicator `/1` did not have.
    #[test]
    fn rubric_versions_one_and_two_are_read_and_the_added_indicator_needs_two() {
        let rated = |rubric: &'static str, indicator: &'static str| {
            move |d: &mut serde_json::Value| {
                d["ansell_gash"] =
                    json!({"rubric": rubric, "ratings": [{"indicator": indicator, "score": 4}]});
            }
        };
        let k = only(
            rated("berdaya-ansell-gash/1", "good_faith_negotiation"),
            "/ansell_gash/ratings/0/indicator",
        );
        assert_eq!(k.code(), "unknown_reference");
        for (rubric, indicator) in [
            ("berdaya-ansell-gash/2", "good_faith_negotiation"),
            ("berdaya-ansell-gash/1", "dialogue"),
            ("berdaya-ansell-gash/2", "dialogue"),
        ] {
            let mut doc = super::base();
            rated(rubric, indicator)(&mut doc);
            let read = berdaya::Case::from_json(&doc.to_string());
            assert!(read.is_ok(), "{rubric} {indicator}");
        }
        assert_eq!(
            only(
                rated("berdaya-ansell-gash/3", "dialogue"),
                "/ansell_gash/rubric"
            )
            .code(),
            "unknown_rubric"
        );
    }
}

/// One answer: a document with structural mistakes (a wrong type, an unknown field, an
/// unknown code, an impossible date) and cross-record ones (a dangling reference, an age out
/// of range) lists all of them at once, each at its path; not the structural ones first and
/// the rest only once those are fixed.
#[test]
fn structural_and_cross_record_problems_in_one_answer() {
    let err = problems(|d| {
        d["participants"][0]["dependants"] = json!("two"); // wrong type
        d["sites"][0]["name"] = json!("Harapan Jaya"); // unknown field
        d["stakeholders"][0]["sector"] = json!("army"); // unknown code
        d["activities"][0]["end"] = json!("2023-02-30"); // impossible date
        d["activities"][0]["site"] = json!("s9"); // dangling reference
        d["participants"][0]["age"] = json!(300); // out of range
    });
    let found = paths_and_kinds(&err);
    for expected in [
        ("/participants/0/dependants", "wrong_type"),
        ("/sites/0/name", "unknown_field"),
        ("/stakeholders/0/sector", "unknown_code"),
        ("/activities/0/end", "invalid_date"),
        ("/activities/0/site", "unknown_reference"),
    ] {
        assert!(
            found.contains(&expected),
            "{expected:?} missing from {found:?}"
        );
    }
    assert!(
        found.iter().any(|(p, _)| *p == "/participants/0/age"),
        "the age out of range is missing from {found:?}"
    );
    assert_eq!(found.len(), 6, "{err}");
}

/// Where the structural pass put a placeholder, no cross-record problem is made up: a
/// missing required field is one problem, not also an "empty text" at the same place.
#[test]
fn placeholders_make_no_problems_of_their_own() {
    let err = problems(|d| {
        d["sites"][0].as_object_mut().unwrap().remove("province");
        d["activities"][0]["site"] = json!("s9");
    });
    let found = paths_and_kinds(&err);
    assert_eq!(
        found,
        [
            ("/sites/0", "missing_field"),
            ("/activities/0/site", "unknown_reference")
        ],
        "{err}"
    );
}

/// So does a record given whole in another shape (an array of its fields, a text): its id is
/// a placeholder too, and what names it is not reported as a link to nothing.
#[test]
fn a_record_of_the_wrong_shape_does_not_make_references_dangle() {
    for record in [json!(["a1"]), json!("a1"), json!(7)] {
        let err = problems(|d| {
            d["activities"][0] = record.clone();
            d["participants"][0]["age"] = json!(300);
        });
        let found = paths_and_kinds(&err);
        assert_eq!(
            found,
            [
                ("/activities/0", "wrong_type"),
                ("/participants/0/age", "age_out_of_range")
            ],
            "{record}: {err}"
        );
    }
}

/// A record whose id is wrong leaves references in doubt: the id's problem is reported, not a
/// "link to nothing" at every place that names the record as the user meant it.
#[test]
fn a_wrong_id_does_not_make_references_dangle() {
    let err = problems(|d| {
        d["activities"][0]["id"] = json!(7);
        d["participants"][0]["age"] = json!(300);
    });
    let found = paths_and_kinds(&err);
    assert_eq!(
        found,
        [
            ("/activities/0/id", "wrong_type"),
            ("/participants/0/age", "age_out_of_range")
        ],
        "{err}"
    );
}
