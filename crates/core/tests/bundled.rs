//! The bundled cases load, validate, hold the seeds' figures and render in both languages.

use berdaya::cases::{self, CaseError};
use berdaya::model::assistance::Item;
use berdaya::model::cohort::Share;
use berdaya::model::figure::{Bound, Metric};
use berdaya::model::lang::Lang;
use berdaya::model::money::Rupiah;
use berdaya::model::participant::{Education, MaritalStatus};
use berdaya::model::stakeholder::Sector;
use berdaya::render::summary::CaseSummary;
use berdaya::Case;

fn figure(case: &Case, metric: Metric) -> (f64, Bound) {
    let f = case
        .figures
        .iter()
        .find(|f| f.metric == metric)
        .unwrap_or_else(|| panic!("{}: no {metric} figure", case.id));
    (f.value, f.bound)
}

#[test]
fn five_cases_in_seed_order() {
    assert_eq!(
        cases::names(),
        vec![
            "p2wkss-bekasi-utara",
            "p2wkss-bojong-menteng-2025",
            "p2k2-karawaci",
            "sekoper-cinta-mustikasari",
            "wrse-junrejo"
        ]
    );
    for name in cases::names() {
        let case = cases::load(name).unwrap();
        assert_eq!(case.id, name);
        assert!(case.validate().is_ok());
    }
}

#[test]
fn an_unknown_case_is_a_typed_error_listing_the_names() {
    let err = cases::load("p2wkss-bekasi").unwrap_err();
    assert_eq!(err.code(), "unknown_case");
    assert!(matches!(&err, CaseError::Unknown { name } if name == "p2wkss-bekasi"));
    assert!(err.to_string().contains("wrse-junrejo"));
}

#[test]
fn bekasi_utara_has_both_kelurahan_and_their_trainings() {
    let case = cases::load("p2wkss-bekasi-utara").unwrap();
    let villages: Vec<_> = case
        .sites
        .iter()
        .filter_map(|s| s.village.as_deref())
        .collect();
    assert_eq!(villages, vec!["Harapan Jaya", "Teluk Pucung"]);
    let trainings_at = |site: &str| {
        case.activities
            .iter()
            .filter(|a| a.site.as_ref().map(|s| s.as_str()) == Some(site))
            .filter(|a| a.kind == berdaya::model::activity::ActivityKind::Training)
            .count()
    };
    // Seed 000 lists five trainings in each kelurahan.
    assert_eq!(trainings_at("teluk-pucung"), 5);
    assert_eq!(trainings_at("harapan-jaya"), 5);
    assert_eq!(figure(&case, Metric::Groups).0, 6.0);
    // Only the KWT farming group received equipment; the other trainings received none.
    assert_eq!(case.assistance.len(), 1);
    assert_eq!(
        case.assistance[0].items,
        vec![Item::FarmingTools, Item::Seeds]
    );
}

#[test]
fn karawaci_holds_caseload_attendance_and_pena() {
    let case = cases::load("p2k2-karawaci").unwrap();
    assert_eq!(
        figure(&case, Metric::BeneficiaryPersons),
        (40_255.0, Bound::Exact)
    );
    assert_eq!(figure(&case, Metric::Facilitators), (60.0, Bound::Exact));
    assert_eq!(figure(&case, Metric::AttendanceRate), (50.0, Bound::AtMost));
    let pena = case
        .assistance
        .iter()
        .find(|a| a.id.as_str() == "a-pena")
        .unwrap();
    assert_eq!(pena.value_each, Some(Rupiah(6_000_000)));
    assert_eq!(pena.total_value(), Some(Rupiah(120_000_000)));
    let monthly = case
        .activities
        .iter()
        .find(|a| a.id.as_str() == "p2k2-bulanan")
        .unwrap();
    assert_eq!(monthly.in_working_hours, Some(true));
}

#[test]
fn sekoper_cinta_has_ten_facilitators_and_no_business_or_academia() {
    let case = cases::load("sekoper-cinta-mustikasari").unwrap();
    assert_eq!(figure(&case, Metric::Facilitators).0, 10.0);
    let summary = CaseSummary::of(&case);
    assert!(summary.missing_sectors.contains(&Sector::Business));
    assert!(summary.missing_sectors.contains(&Sector::Academia));
    let number = case.programme.legal_basis[0].number.as_deref();
    assert_eq!(number, Some("260/KEP.36.A-DPPPA/I/2022"));
}

#[test]
fn junrejo_keeps_the_cohort_aggregates() {
    let case = cases::load("wrse-junrejo").unwrap();
    let city = &case.cohorts[0];
    let district = &case.cohorts[1];
    assert_eq!(city.size, Some(192));
    assert_eq!(district.size, Some(97));
    assert_eq!(district.part_of.as_ref(), Some(&city.id));
    assert_eq!(
        city.marital_status,
        vec![
            Share::new(MaritalStatus::Widowed, 70.0),
            Share::new(MaritalStatus::Divorced, 30.0)
        ]
    );
    let education: Vec<(Education, f64)> = city
        .education
        .iter()
        .map(|s| (s.category, s.percent))
        .collect();
    assert_eq!(
        education,
        vec![
            (Education::Sd, 50.0),
            (Education::Smp, 30.0),
            (Education::Sma, 20.0)
        ]
    );
    assert_eq!(city.monthly_income_below, Some(Rupiah(500_000)));
    let d = city.dependants.unwrap();
    assert_eq!((d.min, d.max), (3, 5));
    // Aggregates only: no invented individuals anywhere.
    assert!(cases::all()
        .unwrap()
        .iter()
        .all(|c| c.participants.is_empty()));
}

#[test]
fn summaries_render_in_both_languages() {
    for case in cases::all().unwrap() {
        let id = CaseSummary::of(&case).render(Lang::Id);
        let en = CaseSummary::of(&case).render(Lang::En);
        assert_ne!(id, en, "{}", case.id);
        assert!(id.contains(&case.title.indonesian) && en.contains(&case.title.english));
        assert!(id.contains("Pemangku kepentingan") && en.contains("Stakeholders"));
        for s in &case.sites {
            if let Some(v) = &s.village {
                assert!(id.contains(v.as_str()) && en.contains(v.as_str()));
            }
        }
    }
}

#[test]
fn bundled_json_round_trips() {
    for case in cases::all().unwrap() {
        let again = Case::from_json(&case.to_json()).unwrap();
        assert_eq!(again, case);
    }
}

mod frameworks {
    use berdaya::cases;
    use berdaya::frameworks::adi::{
        self, first_beyond_inform, first_direct_involvement, stages_without_evidence, AdiStage,
        Completeness, Involvement, StageStatus,
    };
    use berdaya::frameworks::sulistiyani::{
        distribution, GraduationPolicy, Readiness, SulistiyaniStage,
    };
    use berdaya::model::catalogue::Dimension;
    use berdaya::model::evidence::EvidenceKind;

    #[test]
    fn bekasi_utara_target_group_is_consulted_at_planning_and_involved_at_implementation() {
        let case = cases::load("p2wkss-bekasi-utara").unwrap();
        assert_eq!(case.adi.len(), 2, "one process per kelurahan");
        for p in &case.adi {
            // Seed 000, stage 3: "Selanjutnya para kelompok binaan merespon kegiatan ..." —
            // feedback on alternatives, IAP2 consult.
            assert_eq!(
                first_beyond_inform(p, &case),
                Some((AdiStage::AlternativePlanning, Involvement::Consult))
            );
            // Seed 000, conclusion: "Pada tahapan pelaksanaan, ibu-ibu rumah tangga mulai
            // dilibatkan secara langsung."
            assert_eq!(
                first_direct_involvement(p, &case),
                Some((AdiStage::Implementation, Involvement::Involve))
            );
            let planning = p.record(AdiStage::AlternativePlanning).unwrap();
            let consult = planning
                .involvement
                .iter()
                .find(|i| i.level == Involvement::Consult)
                .unwrap();
            let quote = case.evidence_item(&consult.evidence[0]).unwrap();
            assert!(quote.text.contains("kelompok binaan merespon"));
        }
    }

    #[test]
    fn bekasi_utara_terminated_in_teluk_pucung_only_and_kwt_runs_a_year_on() {
        let case = cases::load("p2wkss-bekasi-utara").unwrap();
        let tp = case.adi.iter().find(|p| p.id == "teluk-pucung").unwrap();
        let hj = case.adi.iter().find(|p| p.id == "harapan-jaya").unwrap();
        assert!(AdiStage::ALL
            .iter()
            .all(|&s| tp.status(s) == StageStatus::Completed));
        assert_eq!(hj.status(AdiStage::Implementation), StageStatus::InProgress);
        assert_eq!(hj.status(AdiStage::Termination), StageStatus::NotStarted);
        assert!(tp.violations().is_empty() && hj.violations().is_empty());

        let (running, stopped) = tp.sustained_after(12);
        assert!(stopped.is_empty());
        assert!(running
            .iter()
            .any(|f| f.activity.as_ref().map(|a| a.as_str()) == Some("tp-kwt")));

        // The obstacles of implementation are the seed's: no tools, no market for embroidery.
        let imp = tp.record(AdiStage::Implementation).unwrap();
        let texts: Vec<&str> = imp
            .obstacles
            .iter()
            .map(|o| o.description.english.as_str())
            .collect();
        assert!(texts.iter().any(|t| t.contains("tools")));
        assert!(texts.iter().any(|t| t.contains("Embroidered")));
        // Against its own city's practice, Teluk Pucung is nearly complete. The capital-and-
        // tools item is recorded as not done, but it is seed 000's recommendation, not an
        // activity of implementation, so it is not counted (fidelity review, finding 6).
        let c = Completeness::for_profile(tp, adi::ChecklistProfile::P2wkssKotaBekasi);
        let imp = &c.stages[4];
        assert_eq!((imp.items_done, imp.items_total), (3, 3));
        let modal = tp
            .record(AdiStage::Implementation)
            .and_then(|r| r.checklist.iter().find(|i| i.id == "modal-alat"))
            .unwrap();
        assert!(!modal.done);
        assert!(adi::standard_item(AdiStage::Implementation, "modal-alat")
            .unwrap()
            .is_recommendation());
        assert!(c.overall < 1.0 && c.overall > 0.9);
        // The process says it followed Kota Bekasi's practice, so that is what it is scored
        // against; Adi's generic stage activities, which the case does not record item by item,
        // score it lower.
        assert_eq!(
            tp.checklist_profile,
            adi::ChecklistProfile::P2wkssKotaBekasi
        );
        assert_eq!(Completeness::of(tp), c);
        assert!(Completeness::for_profile(tp, adi::ChecklistProfile::Adi).overall < c.overall);
    }

    #[test]
    fn bojong_menteng_lacks_photo_documentation() {
        let case = cases::load("p2wkss-bojong-menteng-2025").unwrap();
        let p = &case.adi[0];
        assert!(stages_without_evidence(p, &case, None).is_empty());
        assert_eq!(
            stages_without_evidence(p, &case, Some(EvidenceKind::Photo)),
            vec![AdiStage::Implementation, AdiStage::Evaluation]
        );
        assert_eq!(p.status(AdiStage::Preparation), StageStatus::Unknown);
        // RW 02 is scored against Adi's generic stages, not against Bekasi Utara's practice:
        // persiapan asks for the two generic activities, not Bekasi's ten.
        let c = Completeness::of(p);
        assert_eq!(c.profile, adi::ChecklistProfile::Adi);
        assert_eq!(c.stages[0].items_total, 2);
        let bekasi = Completeness::for_profile(p, adi::ChecklistProfile::P2wkssKotaBekasi);
        assert_eq!(bekasi.stages[0].items_total, 10);
        assert!(
            c.overall > bekasi.overall,
            "{} vs {}",
            c.overall,
            bekasi.overall
        );
        assert!(
            p.violations().is_empty(),
            "unknown earlier stages do not break the order"
        );
    }

    #[test]
    fn karawaci_is_not_ready_to_graduate_for_want_of_economic_progress() {
        let case = cases::load("p2k2-karawaci").unwrap();
        let kpm = &case.sulistiyani[0];
        assert_eq!(
            kpm.reached(Dimension::Social),
            Some(SulistiyaniStage::Enhancement)
        );
        assert_eq!(
            kpm.reached(Dimension::Economic),
            Some(SulistiyaniStage::Transformation)
        );
        let r = Readiness::of(kpm, &GraduationPolicy::default());
        assert!(!r.ready);
        assert_eq!(r.missing.len(), 1);
        assert_eq!(r.missing[0].dimension, Dimension::Economic);
        let dist = distribution(&case);
        let economic = dist
            .iter()
            .find(|d| d.dimension == Dimension::Economic)
            .unwrap();
        let at_two = economic
            .rows
            .iter()
            .find(|r| r.stage == Some(SulistiyaniStage::Transformation))
            .unwrap();
        assert_eq!(at_two.units_of_unknown_size, 1);
    }

    #[test]
    fn the_report_shows_stages_and_progression_in_both_languages() {
        use berdaya::model::lang::Lang;
        use berdaya::render::summary::CaseSummary;
        let case = cases::load("p2k2-karawaci").unwrap();
        let en = CaseSummary::of(&case).render(Lang::En);
        assert!(en.contains("Readiness for self-graduation: not ready — Economic"));
        let id = CaseSummary::of(&case).render(Lang::Id);
        assert!(id.contains("Kesiapan graduasi mandiri: belum siap — Ekonomi"));
        let case = cases::load("p2wkss-bekasi-utara").unwrap();
        let id = CaseSummary::of(&case).render(Lang::Id);
        assert!(id.contains("Kelompok sasaran pertama kali dilibatkan langsung: Pelaksanaan"));
        assert!(id.contains("| 7. Terminasi | Selesai |"));
    }
}

mod assessments {
    use berdaya::cases;
    use berdaya::frameworks::ansell_gash::{Band, Component, Scores};
    use berdaya::frameworks::fivem::{Direction, Factor, FiveMBalance};
    use berdaya::insight::diagnostics::{Diagnosis, DiagnosticId, Thresholds};
    use berdaya::model::figure::Metric;
    use berdaya::model::lang::Lang;
    use berdaya::render::report::{compare, Report, Unit};
    use berdaya::Case;
    use DiagnosticId::*;

    fn fired(name: &str) -> Vec<DiagnosticId> {
        let case = cases::load(name).unwrap();
        let mut ids: Vec<DiagnosticId> = Diagnosis::of(&case, &Thresholds::default())
            .findings
            .iter()
            .map(|d| d.id)
            .collect();
        ids.sort();
        ids.dedup();
        ids
    }

    fn expect(name: &str, mut expected: Vec<DiagnosticId>) {
        expected.sort();
        assert_eq!(
            fired(name),
            expected,
            "{name}: diagnostics differ from what its seed points to"
        );
    }

    #[test]
    fn bekasi_utara_diagnostics() {
        expect(
            "p2wkss-bekasi-utara",
            vec![
                // "kelompok binaan tidak memiliki alat-alat yang disediakan dinas" (cakes, cooking).
                TrainingWithoutAssistance,
                // "Untuk menyulampun, ibu rumah prasejahtera kesulitan dalam memasarkan produk":
                // embroidery only; cakes and cooking stalled for want of tools, not markets
                // (fidelity review item 2).
                NoMarketChannel,
                // "Pada tahapan pelaksanaan, ibu-ibu rumah tangga mulai dilibatkan secara langsung."
                LateInvolvement,
                // No business partner is named anywhere in seed 000.
                MissingPentahelix,
            ],
        );
    }

    /// Seed 000 says the cake and cooking trainees "tidak dapat mempraktekkannya dengan mudah"
    /// for want of tools, and later that cakes are "masih dipraktekkan jika ada pesanan": the
    /// skill is hindered, not unused (fidelity review item 2), and the order sentence is its
    /// evidence.
    #[test]
    fn bekasi_cakes_and_cooking_are_hindered_not_unpractised() {
        use berdaya::model::activity::SkillUse;
        let case = cases::load("p2wkss-bekasi-utara").unwrap();
        let activity = |id: &str| {
            case.activities
                .iter()
                .find(|a| a.id.as_str() == id)
                .unwrap()
        };
        for id in ["tp-kue-betawi", "hj-memasak"] {
            assert_eq!(activity(id).skill_use, Some(SkillUse::Hindered), "{id}");
        }
        assert!(activity("tp-kue-betawi")
            .evidence
            .iter()
            .any(|e| e.as_str() == "e-kue-pesanan"));
        let found = Diagnosis::of(&case, &Default::default()).findings;
        let stalled = found
            .iter()
            .find(|d| d.id == TrainingWithoutAssistance)
            .unwrap();
        let text = stalled.finding(&case, berdaya::Lang::En);
        assert!(
            text.contains("Betawi cake") && text.contains("Cooking"),
            "{text}"
        );
    }

    #[test]
    fn karawaci_diagnostics() {
        expect(
            "p2k2-karawaci",
            vec![
                // "kehadiran KPM yang tidak lebih dari 50%", in working hours.
                LowAttendance,
                // No FacilitatorCaseload: seed 002 counts "40.255 ribu orang" (persons), not
                // families, so no per-family caseload is computed (listed as not judgeable).
                // "berimplikasi pada perubahan sosial saja".
                SocialWithoutEconomic,
                // "Dari 14 sesi ... hanya 3 sesi terkait ekonomi".
                ThinEconomicModules,
                // No TrainingWithoutAssistance nor NoMarketChannel: seed 002 says nothing of
                // whether PKHP's skills are practised or sold (fidelity review item 1) — both
                // are listed as not judgeable instead.
                // "Pihak yang terlibat ... hanya pendamping PKH saja."
                MissingPentahelix,
            ],
        );
    }

    #[test]
    fn sekoper_cinta_diagnostics() {
        expect(
            "sekoper-cinta-mustikasari",
            vec![
                // "belum melibatkan pihak swasta ... belum melibatkan pihak univeritas".
                MissingPentahelix,
                // "Setelah tahun anggaran berakhir, kegiatan ini cenderung berhenti".
                StopsAfterFiscalYear,
                // "faktor-faktor yang menyebabkan pengunduran diri fasilitator".
                FacilitatorAttrition,
                // "tidak jelas pemasarannya karena tidak ada wadah yang menangani urusan tersebut".
                NoMarketChannel,
            ],
        );
    }

    #[test]
    fn bojong_menteng_and_junrejo_diagnostics() {
        // "dokumentasi foto kegiatan yang mungkin belum lengkap terarsip".
        expect(
            "p2wkss-bojong-menteng-2025",
            vec![DocumentationGap, MissingPentahelix],
        );
        // Trainings followed by capital and equipment, and members now run businesses.
        expect("wrse-junrejo", vec![MissingPentahelix]);
    }

    /// Karawaci as if seed 002 had counted 40,255 families (it counts persons).
    fn karawaci_counted_in_families() -> Case {
        let mut case = cases::load("p2k2-karawaci").unwrap();
        case.figures
            .iter_mut()
            .filter(|f| f.id.as_str() == "f-kpm")
            .for_each(|f| f.metric = Metric::Beneficiaries);
        case
    }

    #[test]
    fn karawaci_caseload_is_not_judged_from_persons() {
        let case = cases::load("p2k2-karawaci").unwrap();
        let d = Diagnosis::of(&case, &Thresholds::default());
        assert!(d.findings.iter().all(|f| f.id != FacilitatorCaseload));
        let n = d
            .not_judged
            .iter()
            .find(|n| n.id == FacilitatorCaseload)
            .expect("the caseload is listed as not judgeable");
        assert!(n.what_to_record(Lang::Id).contains("bukan jumlah orang"));
    }

    #[test]
    fn thresholds_are_parameters() {
        // Had the source counted 40,255 families, the caseload would be judged; the bundled
        // case counts persons (see karawaci_caseload_is_not_judged_from_persons).
        let case = karawaci_counted_in_families();
        let mut lenient = Thresholds::default();
        lenient.caseload_max_families_per_facilitator = 700.0;
        lenient.attendance_min_percent = 40.0;
        lenient.economic_sessions_min_percent = 20.0;
        let ids: Vec<_> = Diagnosis::of(&case, &lenient)
            .findings
            .iter()
            .map(|d| d.id)
            .collect();
        assert!(!ids.contains(&FacilitatorCaseload));
        assert!(!ids.contains(&LowAttendance));
        assert!(!ids.contains(&ThinEconomicModules));
        let caseload = Diagnosis::of(&case, &Thresholds::default())
            .findings
            .into_iter()
            .find(|d| d.id == FacilitatorCaseload)
            .unwrap();
        assert!(caseload.finding(&case, Lang::En).contains("670.92"));
        assert!(caseload.finding(&case, Lang::Id).contains("670,92"));
        assert!(caseload.finding(&case, Lang::Id).contains("40.255"));
        assert!(!caseload.evidence.is_empty());
    }

    /// The absence each of these findings reads ("no capital or tools", "no market channel")
    /// stands on a recorded statement that the list is complete, and says whose it is: seed
    /// 000 states the cake and cooking trainees were left without tools ("kelompok binaan tidak
    /// memiliki alat-alat yang disediakan dinas"); that embroidery has no market channel and
    /// that Sekoper Cinta's products have none ("tidak ada wadah yang menangani urusan
    /// tersebut", said of the programme in seed 003's introduction) are the case author's
    /// readings.
    #[test]
    fn absences_stand_on_a_statement_with_whose_it_is() {
        use berdaya::insight::diagnostics::Trigger;
        use berdaya::insight::provenance::Whose;
        use berdaya::prelude::ActivityId;
        let expected = [
            (
                "p2wkss-bekasi-utara",
                TrainingWithoutAssistance,
                "tp-kue-betawi",
                Whose::StatedBySource,
            ),
            (
                "p2wkss-bekasi-utara",
                TrainingWithoutAssistance,
                "hj-memasak",
                Whose::StatedBySource,
            ),
            (
                "p2wkss-bekasi-utara",
                NoMarketChannel,
                "tp-menyulam",
                Whose::CodedByAssessor,
            ),
            (
                "sekoper-cinta-mustikasari",
                NoMarketChannel,
                "pembelajaran",
                Whose::CodedByAssessor,
            ),
        ];
        for case in cases::all().unwrap() {
            let d = Diagnosis::of(&case, &Thresholds::default());
            let mut seen = Vec::new();
            for f in d
                .findings
                .iter()
                .filter(|f| matches!(f.id, TrainingWithoutAssistance | NoMarketChannel))
            {
                // Each activity is followed by the statement its absence rests on.
                for pair in f.triggers.windows(2) {
                    if let [Trigger::Activity(a), Trigger::RecordedInFull(whose)] = pair {
                        seen.push((f.id, a.clone(), *whose));
                    }
                }
                let activities = f
                    .triggers
                    .iter()
                    .filter(|t| matches!(t, Trigger::Activity(_)))
                    .count();
                assert_eq!(activities, seen.iter().filter(|s| s.0 == f.id).count());
            }
            let mut want: Vec<_> = expected
                .iter()
                .filter(|e| e.0 == case.id)
                .map(|e| (e.1, ActivityId::new(e.2), e.3))
                .collect();
            want.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
            seen.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
            assert_eq!(seen, want, "{}", case.id);
        }
        // The statement's quote is the finding's evidence.
        let case = cases::load("p2wkss-bekasi-utara").unwrap();
        let tools = Diagnosis::of(&case, &Thresholds::default())
            .findings
            .into_iter()
            .find(|d| d.id == TrainingWithoutAssistance)
            .unwrap();
        assert!(tools.evidence.iter().any(|e| e.as_str() == "e-tanpa-alat"));
        let text = tools.finding(&case, Lang::Id);
        // Both trainings rest on the one statement of the source, said once, after them.
        assert_eq!(
            text,
            "Olahan makanan kue-kue betawi; Memasak/olahan panganan; \
             tercatat lengkap (Dinyatakan oleh sumber)"
        );
    }

    /// Principle 1 of issue 15: what is not recorded is listed as not judgeable, never fired.
    #[test]
    fn unknown_is_listed_as_not_judged_never_as_a_finding() {
        let case = cases::load("p2k2-karawaci").unwrap();
        let d = Diagnosis::of(&case, &Thresholds::default());
        for id in [TrainingWithoutAssistance, NoMarketChannel] {
            assert!(d.findings.iter().all(|f| f.id != id), "{id} fired on PKHP");
            let n = d.not_judged.iter().find(|n| n.id == id).unwrap();
            assert!(!n.what_to_record(Lang::Id).is_empty());
            assert_ne!(n.what_to_record(Lang::Id), n.what_to_record(Lang::En));
        }
    }

    /// Issue 15: evidence attached to a finding is evidence for it — it supports a record the
    /// finding is about, or the case author coded it for this diagnostic.
    #[test]
    fn every_bundled_findings_evidence_is_evidence_for_it() {
        for case in cases::all().unwrap() {
            for d in Diagnosis::of(&case, &Thresholds::default()).findings {
                for id in &d.evidence {
                    let e = case.evidence_item(id).unwrap();
                    let coded = e.codes.iter().any(|c| c.as_str() == d.id.code());
                    let linked = e.supports.iter().any(|t| d.about.contains(t));
                    assert!(coded || linked, "{}: {} on {id}", case.id, d.id);
                }
            }
        }
        let case = cases::load("sekoper-cinta-mustikasari").unwrap();
        let stops = Diagnosis::of(&case, &Thresholds::default())
            .findings
            .into_iter()
            .find(|d| d.id == StopsAfterFiscalYear)
            .unwrap();
        let ids: Vec<_> = stops.evidence.iter().map(|e| e.as_str()).collect();
        assert!(ids.contains(&"e-berhenti"));
        assert!(!ids.contains(&"e-kesamaan-pemahaman") && !ids.contains(&"e-transparansi"));
    }

    /// Issue 15: the recommendation follows the gap.
    #[test]
    fn pentahelix_recommendation_names_only_the_missing_sectors() {
        let case = cases::load("p2wkss-bekasi-utara").unwrap();
        let d = Diagnosis::of(&case, &Thresholds::default())
            .findings
            .into_iter()
            .find(|d| d.id == MissingPentahelix)
            .unwrap();
        assert!(!d.recommendation(Lang::En).contains("universit"));
        assert!(d.recommendation(Lang::Id).contains("dunia usaha"));
        assert!(!d.recommendation(Lang::Id).contains("perguruan tinggi"));
    }

    /// Issue 15: every threshold a finding uses says what kind of number it is.
    #[test]
    fn every_finding_carries_the_basis_of_its_thresholds() {
        use berdaya::insight::diagnostics::Threshold;
        use berdaya::insight::provenance::Basis;
        for case in cases::all().unwrap() {
            for d in Diagnosis::of(&case, &Thresholds::default()).findings {
                assert_eq!(d.thresholds.len(), d.id.about().thresholds.len());
            }
        }
        let case = karawaci_counted_in_families();
        let basis = |id, t| {
            Diagnosis::of(&case, &Thresholds::default())
                .findings
                .into_iter()
                .find(|d| d.id == id)
                .unwrap()
                .thresholds
                .into_iter()
                .find(|u| u.threshold == t)
                .unwrap()
                .basis
        };
        assert_eq!(
            basis(LowAttendance, Threshold::AttendanceMinPercent),
            Basis::ObservedInSource
        );
        assert_eq!(
            basis(
                FacilitatorCaseload,
                Threshold::CaseloadMaxFamiliesPerFacilitator
            ),
            Basis::Assumption
        );
        assert_eq!(
            basis(ThinEconomicModules, Threshold::EconomicSessionsMinPercent),
            Basis::Assumption
        );
    }

    #[test]
    fn sekoper_cinta_assessments_follow_seed_003() {
        let case = cases::load("sekoper-cinta-mustikasari").unwrap();
        let s = Scores::of(case.ansell_gash.as_ref().unwrap()).unwrap();
        assert!(
            s.without_evidence.is_empty(),
            "every rating is backed by the seed"
        );
        assert_eq!(
            s.not_observed,
            vec![
                "prehistory",
                // Rubric /2: seed 003 says nothing of negotiation in good faith.
                "good_faith_negotiation",
                "mutual_gains",
                "strategic_plans",
                "joint_fact_finding"
            ]
        );
        assert_eq!(
            s.component(Component::StartingConditions).unwrap().band,
            Some(Band::Concern)
        );
        assert_eq!(
            s.component(Component::FacilitativeLeadership).unwrap().band,
            Some(Band::Strength)
        );
        let inclusiveness = s
            .indicators
            .iter()
            .find(|i| i.indicator.id == "inclusiveness")
            .unwrap();
        assert_eq!(
            inclusiveness.score,
            Some(2),
            "no business or university partner"
        );

        let m = FiveMBalance::of(&case.five_m);
        let method = m
            .factors
            .iter()
            .find(|f| f.factor == Factor::Method)
            .unwrap();
        assert!(
            method.balance < 0,
            "stopping after the budget year weighs on Method"
        );
        let top = berdaya::frameworks::fivem::priorities(&case.five_m)[0];
        assert_eq!(top.direction, Direction::Inhibitor);
        assert_eq!(top.weight, 3);
    }

    #[test]
    fn report_markdown_and_html_in_both_languages() {
        let case = cases::load("sekoper-cinta-mustikasari").unwrap();
        let report = Report::new(&case, &Thresholds::default());
        let id = report.markdown(Lang::Id);
        let en = report.markdown(Lang::En);
        assert!(id.contains("Faktor 5M") && en.contains("5M factors"));
        assert!(id.contains("Diagnosis") && en.contains("Diagnostics"));
        assert!(id.contains("Kegiatan berhenti setelah tahun anggaran"));
        assert!(en.contains("Activities stop after the fiscal year"));
        for lang in Lang::ALL {
            let html = report.html(lang);
            assert!(html.starts_with("<!DOCTYPE html>"));
            assert!(html.contains(&format!("<html lang=\"{}\">", lang.code())));
            assert_eq!(html.matches("<svg").count(), 2, "5M and Ansell–Gash charts");
            assert!(!html.contains("<script") && !html.contains("<link") && !html.contains("src="));
            assert!(html.contains("<table>"));
        }
    }

    #[test]
    fn text_from_documents_cannot_inject_html() {
        let mut case = cases::load("wrse-junrejo").unwrap();
        case.title.english = "<script>alert(1)</script> & <b>bold</b>".into();
        case.stakeholders[0].name = "<img src=x onerror=alert(1)>".into();
        let html = Report::new(&case, &Thresholds::default()).html(Lang::En);
        assert!(!html.contains("<script>alert"));
        assert!(!html.contains("<img src=x"));
        assert!(html.contains("&lt;script&gt;"));
    }

    #[test]
    fn the_two_kelurahan_of_seed_000_side_by_side() {
        let case = cases::load("p2wkss-bekasi-utara").unwrap();
        let table = compare(&Unit::processes(&case), &Thresholds::default(), Lang::En);
        let row = |name: &str| {
            table
                .lines()
                .find(|l| l.starts_with(&format!("| {name} |")))
                .unwrap()
                .to_owned()
        };
        assert_eq!(row("Stages completed"), "| Stages completed | 7/7 | 4/7 |");
        assert_eq!(
            row("Still running after termination"),
            "| Still running after termination | 3 | 0 |"
        );
        assert!(row("Trainings").contains("Embroidery") && row("Trainings").contains("Sewing"));
        let all = cases::all().unwrap();
        let table = compare(&Unit::cases(&all), &Thresholds::default(), Lang::Id);
        assert_eq!(
            table.lines().nth(3).unwrap().matches("---|").count(),
            6,
            "a column per case"
        );
    }
}

mod labels {
    use berdaya::model::lang::{Labelled, Lang};

    fn both<T: Labelled + std::fmt::Debug>(all: &[T]) {
        for v in all {
            let (id, en) = (v.label(Lang::Id), v.label(Lang::En));
            assert!(!id.trim().is_empty() && !en.trim().is_empty(), "{v:?}");
        }
    }

    /// Every label a report can use, walked enumeration by enumeration, exists in both languages.
    #[test]
    fn every_label_exists_in_both_languages() {
        use berdaya::frameworks::{adi, ansell_gash, fivem, sulistiyani};
        use berdaya::insight::diagnostics;
        use berdaya::model::{
            activity, assistance, catalogue, evidence, figure, participant, programme, site,
            stakeholder,
        };
        use berdaya::render::{report, summary, vocabulary};
        use berdaya::screening::{eligibility, quota};
        use berdaya::validate;
        both(activity::ActivityKind::ALL);
        both(activity::Topic::ALL);
        both(activity::Recurrence::ALL);
        both(activity::SkillUse::ALL);
        both(adi::AdiStage::ALL);
        both(adi::StageStatus::ALL);
        both(adi::Involvement::ALL);
        both(adi::AdiRule::ALL);
        both(ansell_gash::Component::ALL);
        both(ansell_gash::ProcessPart::ALL);
        both(ansell_gash::Band::ALL);
        both(assistance::AssistanceKind::ALL);
        both(assistance::Item::ALL);
        both(assistance::Delivery::ALL);
        both(catalogue::Dimension::ALL);
        both(diagnostics::Severity::ALL);
        both(diagnostics::DiagnosticId::ALL);
        both(diagnostics::Threshold::ALL);
        both(berdaya::insight::provenance::Basis::ALL);
        both(eligibility::Verdict::ALL);
        both(eligibility::Eligibility::ALL);
        both(eligibility::Reason::ALL);
        both(eligibility::PresetId::ALL);
        both(evidence::EvidenceKind::ALL);
        both(evidence::CodeLevel::ALL);
        both(figure::Metric::ALL);
        both(figure::Bound::ALL);
        both(fivem::Factor::ALL);
        both(fivem::Direction::ALL);
        both(participant::Sex::ALL);
        both(participant::MaritalStatus::ALL);
        both(participant::Education::ALL);
        both(participant::SocialAssistance::ALL);
        both(programme::ProgrammeKind::ALL);
        both(programme::LegalKind::ALL);
        both(programme::FundingSource::ALL);
        both(programme::FundingWeight::ALL);
        both(programme::ActivityGroup::ALL);
        both(quota::RankKey::ALL);
        both(report::Phrase::ALL);
        both(site::CityKind::ALL);
        both(site::VillageKind::ALL);
        both(site::SiteLevel::ALL);
        both(site::IndicatorKind::ALL);
        both(stakeholder::Sector::ALL);
        both(stakeholder::Role::ALL);
        both(stakeholder::Pokja::ALL);
        both(stakeholder::Level::ALL);
        both(sulistiyani::SulistiyaniStage::ALL);
        both(summary::Heading::ALL);
        both(validate::RefKind::ALL);
        both(vocabulary::UiText::ALL);
        for &d in diagnostics::DiagnosticId::ALL {
            assert_ne!(d.recommendation(Lang::Id), d.recommendation(Lang::En));
        }
        for i in ansell_gash::RUBRIC.indicators {
            assert!(
                !i.label_id.is_empty()
                    && !i.label_en.is_empty()
                    && !i.high_id.is_empty()
                    && !i.high_en.is_empty()
            );
        }
        for i in adi::STANDARD_CHECKLIST {
            assert!(!i.label_id.is_empty() && !i.label_en.is_empty());
        }
    }
}
