//! Property tests: JSON round trips, validation on arbitrary JSON, quota selection.

use berdaya::cases;
use berdaya::model::activity::{Activity, ActivityKind, Attendance};
use berdaya::model::cohort::{Cohort, CountRange, Share};
use berdaya::model::ids::{ActivityId, CohortId, ParticipantId, SiteId};
use berdaya::model::money::Rupiah;
use berdaya::model::participant::{Education, MaritalStatus, Participant, Sex, SocialAssistance};
use berdaya::model::site::{CityKind, Site, VillageKind};
use berdaya::screening::eligibility::{preset, Eligibility, PresetId, PresetParams};
use berdaya::screening::quota::{select, QuotaPolicy, RankKey};
use berdaya::{Case, Text};
use chrono::NaiveDate;
use proptest::prelude::*;
use proptest::sample::select as pick;
use serde_json::Value;

fn text() -> impl Strategy<Value = String> {
    // Any printable text, including non-ASCII, never blank.
    "[\\PC]{0,12}".prop_map(|s| format!("t{s}"))
}

fn participant(id: String, sites: Vec<SiteId>) -> impl Strategy<Value = Participant> {
    (
        (
            proptest::option::of(pick(Sex::ALL)),
            proptest::option::of(0i32..=120),
            proptest::option::of(pick(MaritalStatus::ALL)),
            proptest::option::of(pick(Education::ALL)),
            proptest::option::of(0i64..5_000_000),
            proptest::option::of(0u32..12),
        ),
        (
            proptest::option::of(any::<bool>()),
            proptest::option::of(any::<bool>()),
            proptest::option::of(any::<bool>()),
            proptest::option::of(any::<bool>()),
            // `None`: not recorded, which must stay apart from `Some(vec![])`, none received.
            proptest::option::of(proptest::collection::vec(pick(SocialAssistance::ALL), 0..3)),
            proptest::option::of(pick(sites)),
        ),
    )
        .prop_map(
            move |(
                (sex, age, marital, education, income, dependants),
                (head, elderly, disabled, business, assistance, site),
            )| {
                let mut p = Participant::new(id.clone());
                p.sex = sex;
                p.age = age;
                p.marital_status = marital;
                p.education = education;
                p.monthly_income = income.map(Rupiah);
                p.dependants = dependants;
                p.household_head = head;
                p.main_breadwinner = head;
                p.household_has_elderly = elderly;
                p.household_has_disabled = disabled;
                p.has_business = business;
                p.assistance_received = assistance;
                p.site = site;
                p
            },
        )
}

fn participants(sites: Vec<SiteId>, max: usize) -> impl Strategy<Value = Vec<Participant>> {
    (0..=max).prop_flat_map(move |n| {
        (0..n)
            .map(|i| participant(format!("gen-{i:04}"), sites.clone()))
            .collect::<Vec<_>>()
    })
}

fn shares<T: Copy + std::fmt::Debug + 'static>(
    all: &'static [T],
) -> impl Strategy<Value = Vec<Share<T>>> {
    proptest::collection::vec((pick(all), 0u32..=100), 0..4).prop_map(|raw| {
        let mut left = 100.0;
        raw.into_iter()
            .map(|(category, pct)| {
                let percent = (f64::from(pct) / 4.0).min(left);
                left -= percent;
                Share::new(category, percent)
            })
            .collect()
    })
}

/// A valid document: a bundled case with generated participants, attendance and cohorts.
fn valid_case() -> impl Strategy<Value = Case> {
    pick(cases::names())
        .prop_flat_map(|name| {
            let case = cases::load(name).unwrap();
            let sites: Vec<SiteId> = case.sites.iter().map(|s| s.id.clone()).collect();
            (
                Just(case),
                participants(sites, 8),
                shares(MaritalStatus::ALL),
                shares(Education::ALL),
                text(),
                (0u32..10, 0u32..10),
                proptest::collection::vec(any::<bool>(), 0..8),
            )
        })
        .prop_map(
            |(mut case, people, marital, education, label, (a, b), present)| {
                let attendance: Vec<Attendance> = people
                    .iter()
                    .zip(present)
                    .map(|(p, present)| Attendance::new(p.id.clone(), present))
                    .collect();
                case.activities.push(
                    Activity::new(
                        ActivityId::new("gen-session"),
                        ActivityKind::ModuleSession,
                        Text::new(label.clone(), label.clone()),
                    )
                    .with_start("2023-01".parse().unwrap())
                    .with_end("2023-12".parse().unwrap())
                    .with_in_working_hours(true)
                    .with_attendance(attendance),
                );
                case.participants = people;
                case.cohorts.push(
                    Cohort::new(CohortId::new("gen-cohort"), Text::new(label.clone(), label))
                        .with_year(2023)
                        .with_size(u64::from(a) * 1000 + u64::from(b))
                        .with_marital_status(marital)
                        .with_education(education)
                        .with_dependants(CountRange::new(a.min(b), a.max(b)))
                        .with_monthly_income_below(Rupiah(500_000)),
                );
                case
            },
        )
}

fn arbitrary_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        "\\PC{0,8}".prop_map(Value::String),
        pick(vec![
            "2023",
            "2023-02-30",
            "p2wkss",
            "female",
            "s1",
            "kota",
            "-1"
        ])
        .prop_map(|s| Value::String(s.into())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map(
                prop_oneof![
                    "[a-z_]{1,10}",
                    pick(vec![
                        "id",
                        "schema_version",
                        "programme",
                        "sites",
                        "age",
                        "start",
                        "end",
                        "kind"
                    ])
                    .prop_map(str::to_owned)
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Replaces one value somewhere in `doc`, chosen by `path`, with `new`.
fn mutate(doc: &mut Value, path: &[usize], new: Value) {
    let Some((&step, rest)) = path.split_first() else {
        *doc = new;
        return;
    };
    match doc {
        Value::Object(m) if !m.is_empty() => {
            let key = m.keys().nth(step % m.len()).cloned().unwrap();
            mutate(m.get_mut(&key).unwrap(), rest, new);
        }
        Value::Array(a) if !a.is_empty() => {
            let i = step % a.len();
            mutate(&mut a[i], rest, new);
        }
        _ => *doc = new,
    }
}

fn on() -> NaiveDate {
    NaiveDate::from_ymd_opt(2023, 5, 1).unwrap()
}

fn quota_sites() -> Vec<Site> {
    let kecamatan =
        |id: &str| Site::new(id, "Banten", "Tangerang", CityKind::Kota).with_kecamatan("Karawaci");
    let site = |id: &str, village: &str, rw: Option<&str>| {
        let site = kecamatan(id).with_village(village, VillageKind::Kelurahan);
        match rw {
            Some(rw) => site.with_rw(rw),
            None => site,
        }
    };
    vec![
        site("a", "Karawaci", None),
        site("a-rw1", "Karawaci", Some("01")),
        site("b", "Bojong Jaya", None),
        site("c", "Nusa Jaya", None),
        kecamatan("kec"),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn prop_valid_documents_round_trip_unchanged(case in valid_case()) {
        prop_assert!(case.validate().is_ok(), "{:?}", case.validate());
        let json = case.to_json();
        let back = Case::from_json(&json).unwrap();
        prop_assert_eq!(&back, &case);
        // Compact JSON as well.
        let compact = serde_json::to_string(&case).unwrap();
        prop_assert_eq!(Case::from_json(&compact).unwrap(), case);
    }

    #[test]
    fn prop_validation_never_panics_on_arbitrary_json(value in arbitrary_json(), with_version in any::<bool>()) {
        let mut value = value;
        if with_version {
            if let Value::Object(m) = &mut value {
                m.insert("schema_version".into(), Value::from(1));
            }
        }
        if let Ok(case) = Case::from_json(&value.to_string()) {
            prop_assert!(case.validate().is_ok());
        }
    }

    #[test]
    fn prop_validation_never_panics_on_mutated_cases(
        name in pick(cases::names()),
        path in proptest::collection::vec(any::<usize>(), 0..7),
        new in arbitrary_json(),
    ) {
        let mut doc: Value = serde_json::from_str(cases::json(name).unwrap()).unwrap();
        mutate(&mut doc, &path, new);
        match Case::from_json(&doc.to_string()) {
            Ok(case) => {
                prop_assert!(case.validate().is_ok());
                prop_assert_eq!(Case::from_json(&case.to_json()).unwrap(), case);
            }
            Err(err) => {
                prop_assert!(!err.problems.is_empty());
                for p in &err.problems {
                    prop_assert!(p.path.is_empty() || p.path.starts_with('/'));
                }
            }
        }
    }

    #[test]
    fn prop_arbitrary_strings_never_panic(s in "\\PC{0,64}") {
        let _ = Case::from_json(&s);
    }

    #[test]
    fn prop_quota_is_deterministic_bounded_and_eligible_only(
        people in participants(quota_sites().into_iter().map(|s| s.id).collect(), 60),
        which in pick(vec![PresetId::Pkhp, PresetId::Uep, PresetId::Pena, PresetId::Wrse]),
        quota in 0u32..8,
        ranking in proptest::collection::vec(pick(RankKey::ALL), 0..4),
        seed in any::<u64>(),
    ) {
        let sites = quota_sites();
        let rule = preset(which, &PresetParams::default()).rule;
        let policy = QuotaPolicy::new(quota, ranking);
        let first = select(&people, &sites, &rule, on(), &policy).unwrap();

        // Deterministic: any order of the same people gives the same selection.
        let mut shuffled = people.clone();
        let mut state = seed;
        for i in (1..shuffled.len()).rev() {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (state >> 33) as usize % (i + 1));
        }
        prop_assert_eq!(&select(&shuffled, &sites, &rule, on(), &policy).unwrap(), &first);

        let by_id = |id: &ParticipantId| people.iter().find(|p| &p.id == id).unwrap();
        let mut accounted = 0;
        for v in &first.villages {
            prop_assert!(v.selected.len() <= quota as usize);
            prop_assert_eq!(v.selected.len() + v.waiting.len(), v.eligible);
            prop_assert!(v.waiting.is_empty() || v.selected.len() == quota as usize);
            for id in v.selected.iter().chain(&v.waiting) {
                prop_assert_eq!(rule.screen(by_id(id), on()).eligibility, Eligibility::Eligible);
            }
            accounted += v.eligible;
        }
        for id in &first.unplaced {
            prop_assert_eq!(rule.screen(by_id(id), on()).eligibility, Eligibility::Eligible);
        }
        for id in &first.undetermined {
            prop_assert_eq!(rule.screen(by_id(id), on()).eligibility, Eligibility::Undetermined);
        }
        // Nobody eligible or undetermined is dropped.
        let eligible = people.iter().filter(|p| rule.screen(p, on()).eligibility == Eligibility::Eligible).count();
        let undetermined = people.iter().filter(|p| rule.screen(p, on()).eligibility == Eligibility::Undetermined).count();
        prop_assert_eq!(accounted + first.unplaced.len(), eligible);
        prop_assert_eq!(first.undetermined.len(), undetermined);
    }

    #[test]
    fn prop_screening_verdict_matches_outcomes(
        people in participants(vec![SiteId::new("a")], 10),
        which in pick(PresetId::ALL),
    ) {
        let rule = preset(which, &PresetParams::default()).rule;
        let n = rule.criteria().len();
        for p in &people {
            let s = rule.screen(p, on());
            prop_assert_eq!(s.outcomes.len(), n);
            let fails = s.failures().count();
            match s.eligibility {
                Eligibility::Eligible => prop_assert!(s.outcomes.iter().all(|o| o.verdict != berdaya::screening::eligibility::Verdict::Unknown) || fails == 0),
                Eligibility::NotEligible => prop_assert!(fails > 0),
                Eligibility::Undetermined => prop_assert!(s.outcomes.iter().any(|o| o.verdict == berdaya::screening::eligibility::Verdict::Unknown)),
            }
            prop_assert_eq!(rule.verdict(p, on()), match s.eligibility {
                Eligibility::Eligible => berdaya::screening::eligibility::Verdict::Pass,
                Eligibility::NotEligible => berdaya::screening::eligibility::Verdict::Fail,
                Eligibility::Undetermined => berdaya::screening::eligibility::Verdict::Unknown,
            });
        }
    }
}

mod columnar {
    use super::*;
    use berdaya::screening::eligibility::Reason;
    use berdaya::screening::eligibility::Verdict;
    use berdaya::screening::eligibility::{Criterion, Rule};
    use berdaya::screening::registry::{
        bitmap_of, check_values, eligibility_code, encode_dictionary, encode_text, reason_code,
        screen_columns, select_columns, Bitmap, CodedScreening, DayColumn, DictionaryKeys,
        FailedMask, FlagColumn, Households, IntColumn, IntValues, KeyValues, Offsets,
        RegistryBatch, RegistryError, ScreeningPlan, TextColumn, MASK_CRITERIA, NULL_CODE,
    };

    struct Columns {
        sex: Vec<Option<Sex>>,
        age: Vec<Option<i32>>,
        birth: Vec<Option<NaiveDate>>,
        marital: Vec<Option<MaritalStatus>>,
        head: Vec<Option<bool>>,
        bread: Vec<Option<bool>>,
        income: Vec<Option<i64>>,
        dependants: Vec<Option<u32>>,
        elderly: Vec<Option<bool>>,
        disabled: Vec<Option<bool>>,
        business: Vec<Option<bool>>,
        dtks: Vec<Option<bool>>,
        assistance: Vec<u16>,
    }

    fn columns(people: &[Participant]) -> Columns {
        Columns {
            sex: people.iter().map(|p| p.sex).collect(),
            age: people.iter().map(|p| p.age).collect(),
            birth: people.iter().map(|p| p.birth_date).collect(),
            marital: people.iter().map(|p| p.marital_status).collect(),
            head: people.iter().map(|p| p.household_head).collect(),
            bread: people.iter().map(|p| p.main_breadwinner).collect(),
            income: people
                .iter()
                .map(|p| p.monthly_income.map(|r| r.0))
                .collect(),
            dependants: people.iter().map(|p| p.dependants).collect(),
            elderly: people.iter().map(|p| p.household_has_elderly).collect(),
            disabled: people.iter().map(|p| p.household_has_disabled).collect(),
            business: people.iter().map(|p| p.has_business).collect(),
            dtks: people.iter().map(|p| p.in_integrated_database).collect(),
            assistance: people
                .iter()
                .map(|p| SocialAssistance::mask(p.assistance_received.as_deref()))
                .collect(),
        }
    }

    fn households(c: &Columns) -> Households<'_> {
        Households::new(c.sex.len())
            .with_sex(&c.sex)
            .with_age(&c.age)
            .with_birth_date(&c.birth)
            .with_marital_status(&c.marital)
            .with_household_head(&c.head)
            .with_main_breadwinner(&c.bread)
            .with_monthly_income(&c.income)
            .with_dependants(&c.dependants)
            .with_household_has_elderly(&c.elderly)
            .with_household_has_disabled(&c.disabled)
            .with_has_business(&c.business)
            .with_in_integrated_database(&c.dtks)
            .with_assistance(&c.assistance)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn prop_columnar_screening_equals_per_document(
            people in participants(quota_sites().into_iter().map(|s| s.id).collect(), 40),
            births in proptest::collection::vec(proptest::option::of(0i64..30_000), 40),
            which in pick(PresetId::ALL),
        ) {
            let mut people = people;
            for (p, b) in people.iter_mut().zip(births) {
                p.birth_date = b.and_then(|d| NaiveDate::from_ymd_opt(1940, 1, 1).unwrap().checked_add_signed(chrono::Duration::days(d)));
            }
            let rule = preset(which, &PresetParams::default()).rule;
            let c = columns(&people);
            let out = screen_columns(&households(&c), &rule, on()).unwrap();
            for (row, p) in people.iter().enumerate() {
                let s = rule.screen(p, on());
                prop_assert_eq!(out.eligibility[row], s.eligibility);
                let reasons: Vec<Reason> = out.reasons.iter().map(|col| col[row]).collect();
                prop_assert_eq!(reasons, s.reasons().collect::<Vec<_>>());
            }
        }

        #[test]
        fn prop_columnar_quota_equals_per_document(
            people in participants(quota_sites().into_iter().map(|s| s.id).collect(), 60),
            which in pick(vec![PresetId::Pkhp, PresetId::Uep, PresetId::Pena]),
            quota in 0u32..6,
            ranking in proptest::collection::vec(pick(RankKey::ALL), 0..4),
        ) {
            let sites = quota_sites();
            let rule = preset(which, &PresetParams::default()).rule;
            let policy = QuotaPolicy::new(quota, ranking);
            let expected = select(&people, &sites, &rule, on(), &policy).unwrap();

            let keys: Vec<Option<String>> = people.iter().map(|p| {
                p.site.as_ref().and_then(|s| sites.iter().find(|x| &x.id == s)).and_then(|s| s.village_key())
            }).collect();
            let mut names: Vec<String> = keys.iter().flatten().cloned().collect();
            names.sort();
            names.dedup();
            let village: Vec<Option<u32>> = keys.iter().map(|k| k.as_ref().map(|k| names.iter().position(|n| n == k).unwrap() as u32)).collect();
            let ids: Vec<i64> = people.iter().map(|p| p.id.as_str()[4..].parse().unwrap()).collect();
            let c = columns(&people);
            let h = households(&c);
            let screened = screen_columns(&h, &rule, on()).unwrap();
            let rank = select_columns(&ids, &village, &screened.eligibility, &h, on(), &policy).unwrap();
            // The engine-layout path gives the same ranks.
            let owned = berdaya::screening::registry::OwnedBatch::from_households(&h);
            let coded = ScreeningPlan::compile(&rule, on()).unwrap().screen(&owned.view()).unwrap();
            let batch_rank = berdaya::screening::registry::rank_batch(&ids, &village, &coded.eligibility, &owned.view(), on(), &policy).unwrap();
            prop_assert_eq!(&batch_rank, &rank);

            for v in &expected.villages {
                let k = names.iter().position(|n| n == &v.village).unwrap() as u32;
                let mut got: Vec<(u32, &str)> = people.iter().zip(&rank).zip(&village)
                    .filter(|((_, r), vv)| **vv == Some(k) && r.is_some_and(|r| r <= quota))
                    .map(|((p, r), _)| (r.unwrap(), p.id.as_str()))
                    .collect();
                got.sort();
                let got: Vec<&str> = got.into_iter().map(|(_, id)| id).collect();
                let want: Vec<&str> = v.selected.iter().map(|p| p.as_str()).collect();
                prop_assert_eq!(got, want);
            }
        }
    }

    proptest! {
        #[test]
        fn prop_attendance_equals_a_per_person_count(
            rows in proptest::collection::vec((-4i64..8, proptest::option::of(-1i64..3), 1i32..5, any::<bool>(), proptest::option::of(any::<bool>())), 0..120),
            threshold in 0.0f64..100.0,
        ) {
            use berdaya::screening::registry::attendance_compliance;
            use std::collections::BTreeMap;
            let p: Vec<i64> = rows.iter().map(|r| r.0).collect();
            let f: Vec<Option<i64>> = rows.iter().map(|r| r.1).collect();
            let m: Vec<i32> = rows.iter().map(|r| 202300 + r.2).collect();
            let here: Vec<bool> = rows.iter().map(|r| r.3).collect();
            let w: Vec<Option<bool>> = rows.iter().map(|r| r.4).collect();
            let (people, facs) = attendance_compliance(&p, &f, &m, &here, &w, threshold).unwrap();
            // The same counts, person by person.
            let mut expected: BTreeMap<i64, BTreeMap<i32, (u32, u32)>> = BTreeMap::new();
            for r in &rows {
                let e = expected.entry(r.0).or_default().entry(202300 + r.2).or_default();
                e.0 += 1;
                e.1 += u32::from(r.3);
            }
            prop_assert_eq!(people.len(), expected.len());
            for (got, (id, months)) in people.iter().zip(&expected) {
                prop_assert_eq!(got.participant, *id);
                prop_assert_eq!(got.sessions, months.values().map(|x| x.0).sum::<u32>());
                prop_assert_eq!(got.attended, months.values().map(|x| x.1).sum::<u32>());
                let below = months.values().filter(|(s, a)| 100.0 * f64::from(*a) / f64::from(*s) <= threshold).count() as u32;
                prop_assert_eq!(got.months_below, below);
            }
            let total: u32 = facs.iter().map(|x| x.sessions).sum();
            prop_assert_eq!(total as usize, f.iter().flatten().count());
            // Per facilitator: distinct participants, sessions, attended, hours.
            type Fac = (std::collections::BTreeSet<i64>, u32, u32, u32, u32);
            let mut by_fac: BTreeMap<i64, Fac> = BTreeMap::new();
            for r in &rows {
                let Some(fid) = r.1 else { continue };
                let e = by_fac.entry(fid).or_default();
                e.0.insert(r.0);
                e.1 += 1;
                e.2 += u32::from(r.3);
                if let Some(w) = r.4 {
                    e.4 += 1;
                    e.3 += u32::from(w);
                }
            }
            prop_assert_eq!(facs.len(), by_fac.len());
            for (got, (fid, e)) in facs.iter().zip(&by_fac) {
                prop_assert_eq!(got.facilitator, *fid);
                prop_assert_eq!(got.caseload as usize, e.0.len());
                prop_assert_eq!(got.sessions, e.1);
                prop_assert_eq!(got.rate, if e.1 == 0 { 0.0 } else { 100.0 * f64::from(e.2) / f64::from(e.1) });
                let share = (e.4 > 0).then(|| 100.0 * f64::from(e.3) / f64::from(e.4));
                prop_assert_eq!(got.working_hours_share, share);
            }
        }
    }

    fn criterion() -> impl Strategy<Value = Criterion> {
        prop_oneof![
            1 => pick(Sex::ALL).prop_map(|is| Criterion::Sex { is }),
            // Ages weigh more: their boundaries (birthdays, leap days) are where bugs hide.
            4 => (10i32..40, 0i32..30).prop_map(|(min, span)| Criterion::AgeBetween { min, max: min + span }),
            1 => proptest::collection::vec(pick(MaritalStatus::ALL), 1..4)
                .prop_map(|any_of| Criterion::MaritalStatusIn { any_of }),
            1 => Just(Criterion::HouseholdHead),
            1 => Just(Criterion::MainBreadwinner),
            1 => (0i64..6_000_000).prop_map(|l| Criterion::IncomeBelow { limit: Rupiah(l) }),
            1 => proptest::collection::vec(pick(SocialAssistance::ALL), 1..3)
                .prop_map(|any_of| Criterion::ReceivesAssistance { any_of }),
            1 => Just(Criterion::NoElderlyMember),
            1 => Just(Criterion::NoDisabledMember),
            1 => Just(Criterion::HasBusiness),
            1 => Just(Criterion::InIntegratedDatabase),
            1 => Just(Criterion::DesignatedSite { sites: None }),
            1 => Just(Criterion::DesignatedSite { sites: Some(vec![SiteId::new("s-1")]) }),
        ]
    }

    fn rule() -> impl Strategy<Value = Rule> {
        criterion()
            .prop_map(Rule::Test)
            .prop_recursive(3, 12, 4, |inner| {
                prop_oneof![
                    proptest::collection::vec(inner.clone(), 1..4).prop_map(Rule::AllOf),
                    proptest::collection::vec(inner, 1..4).prop_map(Rule::AnyOf),
                ]
            })
    }

    /// `bits` after `pad` unused bits, as Arrow lays out a sliced array.
    fn padded(pad: usize, bits: impl Iterator<Item = bool>) -> Vec<u8> {
        bitmap_of(std::iter::repeat_n(true, pad).chain(bits))
    }

    /// The people in an Arrow-like layout unlike the per-row one: bitmaps at a bit offset,
    /// 32-bit ages, sex as text (encoded once), marital status as a shuffled dictionary that
    /// also holds a value no row uses, birth dates as days.
    struct Layout {
        pad: usize,
        sex: Vec<u8>,
        marital: Vec<u8>,
        age: Vec<i32>,
        age_valid: Vec<u8>,
        birth: Vec<i32>,
        birth_valid: Vec<u8>,
        income: Vec<i64>,
        income_valid: Vec<u8>,
        flags: Vec<(Vec<u8>, Vec<u8>)>,
        assistance: Vec<u16>,
        rows: usize,
    }

    fn layout(people: &[Participant], pad: usize, rotate: usize) -> Layout {
        let mut bytes = Vec::new();
        let mut offsets = vec![0i64];
        for p in people {
            bytes.extend_from_slice(p.sex.map_or("", |s| s.code()).as_bytes());
            offsets.push(bytes.len() as i64);
        }
        let sex_valid = padded(pad, people.iter().map(|p| p.sex.is_some()));
        let text = TextColumn::new(
            Offsets::I64(&offsets),
            &bytes,
            Some(Bitmap::new(&sex_valid, pad)),
        );
        let sex = encode_text(
            "sex",
            &text,
            |s| {
                Sex::from_code(s)
                    .and_then(|x| Sex::ALL.iter().position(|y| *y == x))
                    .map(|p| p as u8)
            },
            "",
        )
        .unwrap();
        // A dictionary in another order, with a value nobody uses.
        let mut dict: Vec<Result<u8, String>> =
            (0..MaritalStatus::ALL.len()).map(|k| Ok(k as u8)).collect();
        let n = dict.len();
        dict.rotate_left(rotate % n);
        dict.push(Err("unused".into()));
        let keys: Vec<i32> = people
            .iter()
            .map(|p| {
                p.marital_status.map_or(0, |m| {
                    let k = MaritalStatus::ALL.iter().position(|x| *x == m).unwrap() as u8;
                    dict.iter().position(|d| d.as_ref() == Ok(&k)).unwrap() as i32
                })
            })
            .collect();
        let marital_valid = padded(pad, people.iter().map(|p| p.marital_status.is_some()));
        let marital = encode_dictionary(
            "marital_status",
            &keys,
            Some(&Bitmap::new(&marital_valid, pad)),
            &dict,
            "",
        )
        .unwrap();
        let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
        let flag = |f: fn(&Participant) -> Option<bool>| {
            (
                padded(pad, people.iter().map(|p| f(p).unwrap_or(false))),
                padded(pad, people.iter().map(|p| f(p).is_some())),
            )
        };
        Layout {
            pad,
            sex,
            marital,
            age: people.iter().map(|p| p.age.unwrap_or(-77)).collect(),
            age_valid: padded(pad, people.iter().map(|p| p.age.is_some())),
            birth: people
                .iter()
                .map(|p| {
                    p.birth_date
                        .map_or(i32::MAX, |b| (b - epoch).num_days() as i32)
                })
                .collect(),
            birth_valid: padded(pad, people.iter().map(|p| p.birth_date.is_some())),
            income: people
                .iter()
                .map(|p| p.monthly_income.map_or(i64::MAX, |r| r.0))
                .collect(),
            income_valid: padded(pad, people.iter().map(|p| p.monthly_income.is_some())),
            flags: vec![
                flag(|p| p.household_head),
                flag(|p| p.main_breadwinner),
                flag(|p| p.household_has_elderly),
                flag(|p| p.household_has_disabled),
                flag(|p| p.has_business),
                flag(|p| p.in_integrated_database),
            ],
            assistance: people
                .iter()
                .map(|p| SocialAssistance::mask(p.assistance_received.as_deref()))
                .collect(),
            rows: people.len(),
        }
    }

    fn view<'a>(l: &'a Layout) -> RegistryBatch<'a> {
        fn bm(b: &[u8], pad: usize) -> Bitmap<'_> {
            Bitmap::new(b, pad)
        }
        let bm = |b: &'a Vec<u8>| bm(b, l.pad);
        let flag = |k: usize| FlagColumn::new(l.rows, bm(&l.flags[k].0), Some(bm(&l.flags[k].1)));
        RegistryBatch::new(l.rows)
            .with_sex(&l.sex)
            .with_marital_status(&l.marital)
            .with_age(IntColumn::new(
                IntValues::I32(&l.age),
                Some(bm(&l.age_valid)),
            ))
            .with_birth_date(DayColumn::new(&l.birth, Some(bm(&l.birth_valid))))
            .with_household_head(flag(0))
            .with_main_breadwinner(flag(1))
            .with_household_has_elderly(flag(2))
            .with_household_has_disabled(flag(3))
            .with_has_business(flag(4))
            .with_in_integrated_database(flag(5))
            // No dependants column: unknown for every row.
            .with_monthly_income(IntColumn::new(
                IntValues::I64(&l.income),
                Some(bm(&l.income_valid)),
            ))
            .with_assistance(&l.assistance)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Every criterion kind, in random rule trees, over an Arrow-like layout: the plan's
        /// codes are the per-document reasons and eligibility.
        #[test]
        fn prop_plan_equals_per_document_for_every_criterion_kind(
            people in participants(quota_sites().into_iter().map(|s| s.id).collect(), 70),
            births in proptest::collection::vec(proptest::option::of((8u32..45, -1i64..=1)), 70),
            rule in rule(),
            pad in 0usize..13,
            rotate in 0usize..7,
            on_shift in 0i64..1500,
        ) {
            prop_assume!(rule.check().is_ok());
            // Screening dates around leap days too.
            let on = NaiveDate::from_ymd_opt(2023, 1, 1).unwrap() + chrono::Duration::days(on_shift);
            let mut people = people;
            for (p, b) in people.iter_mut().zip(births) {
                // A registry row carries no site (designated_site is unknown there).
                p.site = None;
                // Birth dates a day or two around a birthday, where an age changes.
                p.birth_date = b.map(|(years, jitter)| {
                    on.checked_sub_months(chrono::Months::new(12 * years)).unwrap() + chrono::Duration::days(jitter)
                });
            }
            people.retain(|p| p.birth_date.is_none_or(|b| (0..=120).contains(&berdaya::model::date::age_on(b, on))));
            plan_equals_per_document(&rule, &people, pad, rotate, on)?;
        }

        /// Every preset (with its default parameters and with a site list), over the same
        /// layouts: the plan's codes and failed-criteria bits are the per-document ones.
        #[test]
        fn prop_plan_equals_per_document_for_every_preset(
            people in participants(quota_sites().into_iter().map(|s| s.id).collect(), 70),
            births in proptest::collection::vec(proptest::option::of((8u32..70, -1i64..=1)), 70),
            pad in 0usize..13,
            rotate in 0usize..7,
            on_shift in 0i64..1500,
            with_sites in any::<bool>(),
        ) {
            let on = NaiveDate::from_ymd_opt(2023, 1, 1).unwrap() + chrono::Duration::days(on_shift);
            let mut people = people;
            for (p, b) in people.iter_mut().zip(births) {
                p.site = None;
                p.birth_date = b.map(|(years, jitter)| {
                    on.checked_sub_months(chrono::Months::new(12 * years)).unwrap() + chrono::Duration::days(jitter)
                });
            }
            people.retain(|p| p.birth_date.is_none_or(|b| (0..=120).contains(&berdaya::model::date::age_on(b, on))));
            let params = if with_sites {
                let mut p = PresetParams::default();
                p.p2wkss_locations = Some(vec![SiteId::new("s-1")]);
                p.p2wkss_income_limit = Some(Rupiah(1_000_000));
                p.pena_assistance = vec![SocialAssistance::Blt];
                p
            } else {
                PresetParams::default()
            };
            for id in PresetId::ALL {
                let rule = preset(*id, &params).rule;
                plan_equals_per_document(&rule, &people, pad, rotate, on)?;
            }
            // Now and then the same people over more than one chunk of the engine (2,048
            // rows) and a partial last chunk and word: rows cycle through 64-row words at
            // every phase.
            if rotate == 0 && !people.is_empty() {
                let many: Vec<_> = people.iter().cycle().take(2 * berdaya::screening::registry::CHUNK + 77).cloned().collect();
                for id in [PresetId::Wrse, PresetId::P2wkssTarget, PresetId::Pena] {
                    let rule = preset(id, &params).rule;
                    plan_equals_per_document(&rule, &many, pad, 0, on)?;
                }
            }
        }
    }

    /// Stale codes and bits in every row of `out`, which a screening into it must overwrite.
    fn stale(out: &mut CodedScreening) {
        out.eligibility.fill(0xaa);
        out.reasons.iter_mut().for_each(|r| r.fill(0x55));
        match &mut out.failed {
            FailedMask::None => {}
            FailedMask::U32(m) => m.fill(u32::MAX),
            FailedMask::U64(m) => m.fill(u64::MAX),
        }
    }

    /// The plan over `people` laid out with `pad` and `rotate` gives, row by row, the
    /// per-document eligibility, reasons, and (asked for) the failed criteria as bits.
    fn plan_equals_per_document(
        rule: &Rule,
        people: &[Participant],
        pad: usize,
        rotate: usize,
        on: NaiveDate,
    ) -> Result<(), TestCaseError> {
        let l = layout(people, pad, rotate);
        let plan = ScreeningPlan::compile(rule, on).unwrap();
        let batch = view(&l);
        check_values(&batch, on).unwrap();
        let with_mask = rule.criteria().len() <= MASK_CRITERIA;
        let out = plan.screen_with(&batch, with_mask).unwrap();
        prop_assert_eq!(out.failed.len(), if with_mask { people.len() } else { 0 });
        // The mask is written at the width the bindings export: u32 up to 32 criteria.
        let narrow = rule.criteria().len() <= 32;
        let width_ok = match &out.failed {
            FailedMask::None => !with_mask,
            FailedMask::U32(_) => with_mask && narrow,
            FailedMask::U64(_) => with_mask && !narrow,
        };
        prop_assert!(
            width_ok,
            "mask width for {} criteria",
            rule.criteria().len()
        );
        for (row, p) in people.iter().enumerate() {
            let s = rule.screen(p, on);
            prop_assert_eq!(out.eligibility[row], eligibility_code(s.eligibility));
            let got: Vec<u8> = out.reasons.iter().map(|c| c[row]).collect();
            let want: Vec<u8> = s.reasons().map(reason_code).collect();
            prop_assert_eq!(got, want);
            if with_mask {
                let bits = s
                    .outcomes
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| o.verdict == Verdict::Fail)
                    .fold(0u64, |m, (c, _)| m | 1 << c);
                prop_assert_eq!(out.failed.get(row), Some(bits));
            }
        }
        // The same rows in two parts, the later written first, into a screening that holds
        // stale codes and bits in every row: each part overwrites its rows, at its place.
        let split = (7 * pad + rotate) % (people.len() + 1);
        let (head, tail) = people.split_at(split);
        let (head, tail) = (layout(head, pad, rotate), layout(tail, pad, rotate));
        let mut parts = plan.blank(people.len(), with_mask).unwrap();
        stale(&mut parts);
        prop_assert!(plan.screen_into(&view(&tail), &mut parts, split).unwrap());
        prop_assert!(plan.screen_into(&view(&head), &mut parts, 0).unwrap());
        prop_assert_eq!(&parts, &out);
        // The same two parts as slices of the whole batch (its bitmaps then start mid-word,
        // mid-byte with `rotate`), into stale codes again.
        let n = people.len();
        let mut sliced = plan.blank(n, with_mask).unwrap();
        stale(&mut sliced);
        let (late, early) = (
            batch.slice(split, n - split).unwrap(),
            batch.slice(0, split).unwrap(),
        );
        prop_assert_eq!((late.rows, early.rows), (n - split, split));
        prop_assert!(plan.screen_into(&late, &mut sliced, split).unwrap());
        prop_assert!(plan.screen_into(&early, &mut sliced, 0).unwrap());
        prop_assert_eq!(&sliced, &out);
        prop_assert!(batch.slice(split, n - split + 1).is_none());
        // No room for the tail one row later: refused, nothing written.
        if tail.rows > 0 {
            prop_assert!(!plan
                .screen_into(&view(&tail), &mut parts, split + 1)
                .unwrap());
            prop_assert_eq!(&parts, &out);
        }
        Ok(())
    }

    /// The eight integer types Arrow allows for a dictionary's keys.
    #[derive(Clone, Copy, Debug, PartialEq)]
    enum Width {
        U8,
        I8,
        U16,
        I16,
        U32,
        I32,
        U64,
        I64,
    }

    impl Width {
        const ALL: [Width; 8] = [
            Width::U8,
            Width::I8,
            Width::U16,
            Width::I16,
            Width::U32,
            Width::I32,
            Width::U64,
            Width::I64,
        ];

        /// The least and the greatest key of the type.
        fn range(self) -> (i128, i128) {
            match self {
                Width::U8 => (0, u8::MAX.into()),
                Width::I8 => (i8::MIN.into(), i8::MAX.into()),
                Width::U16 => (0, u16::MAX.into()),
                Width::I16 => (i16::MIN.into(), i16::MAX.into()),
                Width::U32 => (0, u32::MAX.into()),
                Width::I32 => (i32::MIN.into(), i32::MAX.into()),
                Width::U64 => (0, u64::MAX.into()),
                Width::I64 => (i64::MIN.into(), i64::MAX.into()),
            }
        }

        /// Any key of the type, from 64 random bits (the type's whole range).
        fn any(self, bits: u64) -> i128 {
            match self {
                Width::U8 => (bits as u8).into(),
                Width::I8 => (bits as i8).into(),
                Width::U16 => (bits as u16).into(),
                Width::I16 => (bits as i16).into(),
                Width::U32 => (bits as u32).into(),
                Width::I32 => (bits as i32).into(),
                Width::U64 => bits.into(),
                Width::I64 => (bits as i64).into(),
            }
        }
    }

    /// A dictionary column drawn for the direct-keys tests: keys of one of Arrow's eight
    /// integer types, each value's code (a position in the enum's `ALL`, now and then
    /// `NULL_CODE`), and per row whether it is valid and its key — a valid row's key points at
    /// a value, a null row's may be anything its type holds.
    #[derive(Clone, Debug)]
    struct KeyCase {
        width: Width,
        codes: Vec<u8>,
        rows: Vec<(bool, i128)>,
    }

    fn key_case(all: usize, rows: usize) -> impl Strategy<Value = KeyCase> {
        // Few values (judged by selects), more (by a table), up to the most keys allow.
        let values = prop_oneof![3 => 1usize..=12, 1 => 120usize..=255];
        (proptest::sample::select(Width::ALL.to_vec()), values).prop_flat_map(
            move |(width, count)| {
                let code = prop_oneof![8 => 0..all as u8, 1 => Just(NULL_CODE)];
                let addressable = (count as i128).min(width.range().1 + 1) as usize;
                let row = (proptest::bool::weighted(0.8), 0..addressable, any::<u64>()).prop_map(
                    move |(valid, good, bits)| {
                        (valid, if valid { good as i128 } else { width.any(bits) })
                    },
                );
                (
                    proptest::collection::vec(code, count),
                    proptest::collection::vec(row, rows),
                )
                    .prop_map(move |(codes, rows)| KeyCase { width, codes, rows })
            },
        )
    }

    /// Keys of one type, owned.
    enum Owned {
        U8(Vec<u8>),
        I8(Vec<i8>),
        U16(Vec<u16>),
        I16(Vec<i16>),
        U32(Vec<u32>),
        I32(Vec<i32>),
        U64(Vec<u64>),
        I64(Vec<i64>),
    }

    /// `$body` with `$k` bound to the keys of an [`Owned`], whatever their type.
    macro_rules! owned {
        ($owned:expr, $k:ident => $body:expr) => {
            match $owned {
                Owned::U8($k) => $body,
                Owned::I8($k) => $body,
                Owned::U16($k) => $body,
                Owned::I16($k) => $body,
                Owned::U32($k) => $body,
                Owned::I32($k) => $body,
                Owned::U64($k) => $body,
                Owned::I64($k) => $body,
            }
        };
    }

    impl Owned {
        /// `keys` (each within `width`'s range) in `width`'s type.
        fn of(width: Width, keys: &[i128]) -> Owned {
            fn to<T: TryFrom<i128>>(keys: &[i128]) -> Vec<T> {
                keys.iter()
                    .map(|k| T::try_from(*k).ok().expect("a key within its type"))
                    .collect()
            }
            match width {
                Width::U8 => Owned::U8(to(keys)),
                Width::I8 => Owned::I8(to(keys)),
                Width::U16 => Owned::U16(to(keys)),
                Width::I16 => Owned::I16(to(keys)),
                Width::U32 => Owned::U32(to(keys)),
                Width::I32 => Owned::I32(to(keys)),
                Width::U64 => Owned::U64(to(keys)),
                Width::I64 => Owned::I64(to(keys)),
            }
        }

        fn view(&self) -> KeyValues<'_> {
            match self {
                Owned::U8(k) => KeyValues::U8(k),
                Owned::I8(k) => KeyValues::I8(k),
                Owned::U16(k) => KeyValues::U16(k),
                Owned::I16(k) => KeyValues::I16(k),
                Owned::U32(k) => KeyValues::U32(k),
                Owned::I32(k) => KeyValues::I32(k),
                Owned::U64(k) => KeyValues::U64(k),
                Owned::I64(k) => KeyValues::I64(k),
            }
        }
    }

    /// A [`KeyCase`] laid out over `n` rows (cycling its rows), the validity at bit `pad`.
    struct Keys {
        width: Width,
        raw: Vec<i128>,
        keys: Owned,
        valid: Vec<u8>,
        codes: Vec<u8>,
        pad: usize,
    }

    impl Keys {
        fn of(case: &KeyCase, n: usize, pad: usize) -> Keys {
            let rows: Vec<(bool, i128)> = case.rows.iter().cycle().take(n).copied().collect();
            let raw: Vec<i128> = rows.iter().map(|(_, k)| *k).collect();
            Keys {
                width: case.width,
                keys: Owned::of(case.width, &raw),
                raw,
                valid: padded(pad, rows.iter().map(|(v, _)| *v)),
                codes: case.codes.clone(),
                pad,
            }
        }

        /// Row `row` valid, with the key `key` (within the keys' type).
        fn set(&mut self, row: usize, key: i128) {
            self.raw[row] = key;
            self.keys = Owned::of(self.width, &self.raw);
            let bit = self.pad + row;
            self.valid[bit / 8] |= 1 << (bit % 8);
        }

        fn view(&self) -> DictionaryKeys<'_> {
            DictionaryKeys::new(
                self.keys.view(),
                Some(Bitmap::new(&self.valid, self.pad)),
                &self.codes,
            )
        }

        /// The codes `encode_dictionary` remaps the keys to (the path the keys replace).
        fn remapped(&self, column: &str) -> Result<Vec<u8>, RegistryError> {
            let values: Vec<Result<u8, String>> = self.codes.iter().map(|c| Ok(*c)).collect();
            let valid = Bitmap::new(&self.valid, self.pad);
            owned!(&self.keys, k => encode_dictionary(column, k, Some(&valid), &values, ""))
        }
    }

    /// `base` with the two code columns as keys, and with them remapped to codes: the same
    /// screening (eligibility, reasons, failed mask) or the same error, and the same quota
    /// ranks.
    fn keys_screen_as_codes(
        rule: &Rule,
        base: RegistryBatch<'_>,
        sex: &Keys,
        marital: &Keys,
        on: NaiveDate,
    ) -> Result<(), TestCaseError> {
        let plan = ScreeningPlan::compile(rule, on).unwrap();
        let mut keyed = base;
        keyed.sex = None;
        keyed.marital_status = None;
        keyed.sex_keys = Some(sex.view());
        keyed.marital_status_keys = Some(marital.view());
        let direct = plan.screen_with(&keyed, true);
        let (s, m) = match (sex.remapped("sex"), marital.remapped("marital_status")) {
            (Ok(s), Ok(m)) => (s, m),
            (Err(e), _) | (_, Err(e)) => {
                prop_assert_eq!(direct.unwrap_err(), e);
                return Ok(());
            }
        };
        let mut coded = base;
        coded.sex = Some(&s);
        coded.marital_status = Some(&m);
        coded.sex_keys = None;
        coded.marital_status_keys = None;
        let remapped = plan.screen_with(&coded, true).unwrap();
        let direct = direct.unwrap();
        prop_assert_eq!(&direct, &remapped);
        // The keyed batch screened as two slices (the keys' validity then starts past its
        // pad, mid-byte), the later first, into stale codes and bits: the same output.
        let split = base.rows * 5 / 11;
        let mut sliced = plan.blank(base.rows, true).unwrap();
        stale(&mut sliced);
        let (early, late) = (
            keyed.slice(0, split).unwrap(),
            keyed.slice(split, base.rows - split).unwrap(),
        );
        prop_assert!(plan.screen_into(&late, &mut sliced, split).unwrap());
        prop_assert!(plan.screen_into(&early, &mut sliced, 0).unwrap());
        prop_assert_eq!(&sliced, &direct);
        // The quota reads the sex of each row (female heads first) from either form.
        let n = base.rows;
        let ids: Vec<i64> = (0..n as i64).collect();
        let village: Vec<Option<u32>> = (0..n).map(|i| Some((i % 3) as u32)).collect();
        let policy = QuotaPolicy::new(4, RankKey::ALL.to_vec());
        let rank = |b: &RegistryBatch<'_>| {
            berdaya::screening::registry::rank_batch(
                &ids,
                &village,
                &direct.eligibility,
                b,
                on,
                &policy,
            )
            .unwrap()
        };
        prop_assert_eq!(rank(&keyed), rank(&coded));
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(96))]

        /// Every preset over an Arrow-like layout whose sex and marital status come as a
        /// dictionary's keys (any of Arrow's eight key types, negative ones included; null
        /// rows holding keys outside the values; validity at a bit offset; few values and up
        /// to 255): the same output as the same keys remapped by `encode_dictionary` first.
        #[test]
        fn prop_dictionary_keys_screen_as_their_remapped_codes(
            people in participants(quota_sites().into_iter().map(|s| s.id).collect(), 70),
            sex in key_case(Sex::ALL.len(), 70),
            marital in key_case(MaritalStatus::ALL.len(), 70),
            pad in 0usize..13,
            long in proptest::bool::weighted(0.15),
        ) {
            let on = on();
            let mut people: Vec<Participant> = people;
            for p in &mut people {
                p.site = None;
                p.birth_date = None;
            }
            if long && !people.is_empty() {
                // More than one chunk of the engine, and a partial last chunk and word.
                let n = 2 * berdaya::screening::registry::CHUNK + 77;
                people = people.iter().cycle().take(n).cloned().collect();
            }
            let l = layout(&people, pad, 0);
            let n = people.len();
            let (sex, marital) = (Keys::of(&sex, n, pad), Keys::of(&marital, n, pad));
            for id in PresetId::ALL {
                let rule = preset(*id, &PresetParams::default()).rule;
                keys_screen_as_codes(&rule, view(&l), &sex, &marital, on)?;
            }
        }

        /// A valid row's key outside the dictionary (negative, or at or past its values) in
        /// either column or both: screening the keys gives the very error — column, first
        /// row, key, further rows — that remapping them gives (sex first, as the binding
        /// reads it). An `i8` key read `as u8` would land on a value of a large dictionary,
        /// a wider key of 256 + j on value j, and be missed.
        #[test]
        fn prop_a_key_outside_the_values_is_the_remap_error(
            sex in key_case(Sex::ALL.len(), 150),
            marital in key_case(MaritalStatus::ALL.len(), 150),
            bad_sex in proptest::collection::vec((0usize..150, any::<u16>()), 0..3),
            bad_marital in proptest::collection::vec((0usize..150, any::<u16>()), 0..3),
            pad in 0usize..13,
        ) {
            let n = 150;
            let (mut s, mut m) = (Keys::of(&sex, n, pad), Keys::of(&marital, n, pad));
            for (keys, bad) in [(&mut s, &bad_sex), (&mut m, &bad_marital)] {
                let count = keys.codes.len() as i128;
                let (lo, hi) = keys.width.range();
                for (row, raw) in bad {
                    let raw = i128::from(*raw);
                    let key = if lo < 0 && (raw % 2 == 1 || count > hi) {
                        // Negative.
                        -1 - raw % 128
                    } else if hi > 255 && raw % 3 == 0 {
                        // Past 255 in a wider type, its low byte a value's (256 + j): read
                        // `as u8`, it would be that value.
                        256 * (1 + (raw / 3) % 4) + raw % count
                    } else if raw % 5 == 0 {
                        // The type's greatest key.
                        hi
                    } else {
                        // At or past the values.
                        count + raw % (hi + 1 - count)
                    };
                    keys.set(*row, key);
                }
            }
            let wrse = preset(PresetId::Wrse, &PresetParams::default()).rule;
            keys_screen_as_codes(&wrse, RegistryBatch::new(n), &s, &m, on())?;
            let bad = !bad_sex.is_empty() || !bad_marital.is_empty();
            prop_assert_eq!(
                s.view().check("sex").is_err() || m.view().check("marital_status").is_err(),
                bad
            );
        }
    }

    #[test]
    fn a_failed_mask_of_more_criteria_than_bits_is_refused() {
        let rule = Rule::AllOf(vec![
            Rule::Test(Criterion::HouseholdHead);
            MASK_CRITERIA + 1
        ]);
        let plan = ScreeningPlan::compile(&rule, on()).unwrap();
        let batch = RegistryBatch::new(1);
        let err = plan.screen_with(&batch, true).unwrap_err();
        assert_eq!(err.code(), "too_many_criteria");
        assert!(err.message(berdaya::Lang::Id).contains("65"));
        // Without the mask, the same rule screens.
        assert_eq!(
            plan.screen(&batch).unwrap().reasons.len(),
            MASK_CRITERIA + 1
        );
    }

    #[test]
    fn length_mismatch_names_the_column() {
        let sex = [Some(Sex::Female)];
        let age = [Some(30), Some(31)];
        let h = Households::new(1).with_sex(&sex).with_age(&age);
        let rule = preset(PresetId::Wrse, &PresetParams::default()).rule;
        let err = screen_columns(&h, &rule, on()).unwrap_err();
        assert_eq!(err.code(), "length_mismatch");
        assert!(err.to_string().starts_with("age: expected 1 rows; found 2"));
    }

    #[test]
    fn attendance_compliance_per_participant_and_facilitator() {
        use berdaya::screening::registry::attendance_compliance;
        let participant = [1, 1, 1, 2, 2, 2];
        let facilitator = [Some(9), Some(9), Some(9), Some(9), Some(9), None];
        let month = [202301, 202302, 202303, 202301, 202302, 202303];
        let present = [true, false, true, false, false, true];
        let hours = [Some(true), Some(true), None, Some(false), Some(true), None];
        let (people, facs) =
            attendance_compliance(&participant, &facilitator, &month, &present, &hours, 50.0)
                .unwrap();
        assert_eq!(
            (
                people[0].sessions,
                people[0].attended,
                people[0].months_below
            ),
            (3, 2, 1)
        );
        assert!((people[1].rate - 100.0 / 3.0).abs() < 1e-9);
        assert_eq!(people[1].months_below, 2);
        assert_eq!((facs[0].caseload, facs[0].sessions), (2, 5));
        assert_eq!(facs[0].working_hours_share, Some(75.0));
    }
}
