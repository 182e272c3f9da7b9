//! Boundary tests for every eligibility preset, asserting reason codes; and quota selection.

use berdaya::model::ids::SiteId;
use berdaya::model::money::Rupiah;
use berdaya::model::participant::{MaritalStatus, Participant, Sex, SocialAssistance};
use berdaya::model::site::{CityKind, Site, VillageKind};
use berdaya::screening::eligibility::{
    preset, Criterion, Eligibility, PresetId, PresetParams, Reason, Rule,
};
use berdaya::screening::quota::{select, QuotaError, QuotaPolicy, RankKey};
use chrono::NaiveDate;

fn on() -> NaiveDate {
    NaiveDate::from_ymd_opt(2023, 5, 1).unwrap()
}

fn screen(id: PresetId, p: &Participant) -> (Eligibility, Vec<Reason>) {
    let s = preset(id, &PresetParams::default()).rule.screen(p, on());
    (s.eligibility, s.reasons().collect())
}

fn wrse_woman(age: i32) -> Participant {
    let mut p = Participant::new(format!("w-{age}"));
    p.sex = Some(Sex::Female);
    p.age = Some(age);
    p.marital_status = Some(MaritalStatus::Widowed);
    p.main_breadwinner = Some(true);
    p.monthly_income = Some(Rupiah(450_000));
    p
}

#[test]
fn wrse_age_boundaries_17_18_59_60() {
    let cases = [
        (17, Eligibility::NotEligible, Reason::AgeBelowMin),
        (18, Eligibility::Eligible, Reason::AgeInRange),
        (59, Eligibility::Eligible, Reason::AgeInRange),
        (60, Eligibility::NotEligible, Reason::AgeAboveMax),
    ];
    for (age, expected, reason) in cases {
        let (got, reasons) = screen(PresetId::Wrse, &wrse_woman(age));
        assert_eq!(got, expected, "age {age}");
        assert_eq!(
            reasons,
            vec![
                Reason::SexMatches,
                reason,
                Reason::MaritalStatusMatches,
                Reason::MainBreadwinner,
                Reason::IncomeBelowLimit
            ],
            "age {age}"
        );
    }
}

#[test]
fn wrse_income_limit_marital_status_and_missing_data() {
    let mut p = wrse_woman(40);
    p.monthly_income = Some(Rupiah(500_000));
    let (e, r) = screen(PresetId::Wrse, &p);
    assert_eq!(e, Eligibility::NotEligible);
    assert!(r.contains(&Reason::IncomeAtOrAboveLimit));
    p.monthly_income = Some(Rupiah(499_999));
    assert_eq!(screen(PresetId::Wrse, &p).0, Eligibility::Eligible);

    for status in [
        MaritalStatus::Abandoned,
        MaritalStatus::Divorced,
        MaritalStatus::NeverMarried,
    ] {
        p.marital_status = Some(status);
        assert_eq!(
            screen(PresetId::Wrse, &p).0,
            Eligibility::Eligible,
            "{status}"
        );
    }
    p.marital_status = Some(MaritalStatus::Married);
    assert!(screen(PresetId::Wrse, &p)
        .1
        .contains(&Reason::MaritalStatusDiffers));

    let mut unknown = wrse_woman(40);
    unknown.monthly_income = None;
    let (e, r) = screen(PresetId::Wrse, &unknown);
    assert_eq!(e, Eligibility::Undetermined);
    assert!(r.contains(&Reason::IncomeUnknown));

    let mut man = wrse_woman(40);
    man.sex = Some(Sex::Male);
    assert!(screen(PresetId::Wrse, &man).1.contains(&Reason::SexDiffers));

    // The income limit is a parameter.
    let params = PresetParams {
        wrse_income_limit: Rupiah(1_000_000),
        ..PresetParams::default()
    };
    let mut p = wrse_woman(40);
    p.monthly_income = Some(Rupiah(800_000));
    assert_eq!(
        preset(PresetId::Wrse, &params)
            .rule
            .screen(&p, on())
            .eligibility,
        Eligibility::Eligible
    );
}

#[test]
fn p2wkss_age_boundaries_14_15_64_65_and_database() {
    let woman = |age| {
        let mut p = Participant::new(format!("p-{age}"));
        p.sex = Some(Sex::Female);
        p.age = Some(age);
        p.in_integrated_database = Some(true);
        p
    };
    for (age, expected, reason) in [
        (14, Eligibility::NotEligible, Reason::AgeBelowMin),
        (15, Eligibility::Eligible, Reason::AgeInRange),
        (64, Eligibility::Eligible, Reason::AgeInRange),
        (65, Eligibility::NotEligible, Reason::AgeAboveMax),
    ] {
        let (e, r) = screen(PresetId::P2wkssTarget, &woman(age));
        assert_eq!(e, expected, "age {age}");
        assert_eq!(
            r,
            vec![Reason::SexMatches, reason, Reason::InIntegratedDatabase]
        );
    }
    let mut outside = woman(30);
    outside.in_integrated_database = Some(false);
    assert!(screen(PresetId::P2wkssTarget, &outside)
        .1
        .contains(&Reason::NotInIntegratedDatabase));

    // The kelompok binaan are female heads of household.
    let mut head = woman(30);
    assert_eq!(
        screen(PresetId::P2wkssHeadOfHousehold, &head).0,
        Eligibility::Undetermined
    );
    head.household_head = Some(false);
    let (e, r) = screen(PresetId::P2wkssHeadOfHousehold, &head);
    assert_eq!(e, Eligibility::NotEligible);
    assert_eq!(r.last(), Some(&Reason::NotHouseholdHead));

    // An optional income limit admits families not (yet) in the database.
    let params = PresetParams {
        p2wkss_income_limit: Some(Rupiah(700_000)),
        ..PresetParams::default()
    };
    let rule = preset(PresetId::P2wkssTarget, &params).rule;
    outside.monthly_income = Some(Rupiah(600_000));
    let s = rule.screen(&outside, on());
    assert_eq!(s.eligibility, Eligibility::Eligible);
    assert!(s.reasons().any(|r| r == Reason::NotInIntegratedDatabase));
    assert!(s.reasons().any(|r| r == Reason::IncomeBelowLimit));
}

#[test]
fn pena_age_boundaries_19_20_40_41_and_household_members() {
    let kpm = |age| {
        let mut p = Participant::new(format!("k-{age}"));
        p.age = Some(age);
        p.assistance_received = vec![SocialAssistance::Pkh];
        p.household_has_elderly = Some(false);
        p.household_has_disabled = Some(false);
        p
    };
    for (age, expected, reason) in [
        (19, Eligibility::NotEligible, Reason::AgeBelowMin),
        (20, Eligibility::Eligible, Reason::AgeInRange),
        (40, Eligibility::Eligible, Reason::AgeInRange),
        (41, Eligibility::NotEligible, Reason::AgeAboveMax),
    ] {
        let (e, r) = screen(PresetId::Pena, &kpm(age));
        assert_eq!(e, expected, "age {age}");
        assert_eq!(
            r,
            vec![
                Reason::ReceivesAssistance,
                reason,
                Reason::NoElderlyMember,
                Reason::NoDisabledMember
            ]
        );
    }
    let mut elderly = kpm(30);
    elderly.household_has_elderly = Some(true);
    let (e, r) = screen(PresetId::Pena, &elderly);
    assert_eq!(e, Eligibility::NotEligible);
    assert_eq!(r[2], Reason::HasElderlyMember);

    let mut disabled = kpm(30);
    disabled.household_has_disabled = Some(true);
    assert_eq!(
        screen(PresetId::Pena, &disabled).1[3],
        Reason::HasDisabledMember
    );

    let mut unknown = kpm(30);
    unknown.household_has_disabled = None;
    let (e, r) = screen(PresetId::Pena, &unknown);
    assert_eq!(e, Eligibility::Undetermined);
    assert_eq!(r[3], Reason::DisabledMemberUnknown);

    let mut combo = kpm(30);
    combo.assistance_received = vec![SocialAssistance::Bpnt];
    assert_eq!(screen(PresetId::Pena, &combo).0, Eligibility::Eligible);
    combo.assistance_received.clear();
    assert_eq!(screen(PresetId::Pena, &combo).1[0], Reason::LacksAssistance);

    assert_eq!(
        preset(PresetId::Pena, &PresetParams::default()).benefit_each,
        Some(Rupiah(6_000_000))
    );
}

#[test]
fn pkhp_needs_pkh_and_productive_age_14_15_64_65() {
    let kpm = |age| {
        let mut p = Participant::new(format!("k-{age}"));
        p.sex = Some(Sex::Female);
        p.age = Some(age);
        p.assistance_received = vec![SocialAssistance::Pkh];
        p
    };
    for (age, expected) in [
        (14, Eligibility::NotEligible),
        (15, Eligibility::Eligible),
        (64, Eligibility::Eligible),
        (65, Eligibility::NotEligible),
    ] {
        assert_eq!(screen(PresetId::Pkhp, &kpm(age)).0, expected, "age {age}");
    }
    let mut bpnt_only = kpm(30);
    bpnt_only.assistance_received = vec![SocialAssistance::Bpnt];
    assert_eq!(
        screen(PresetId::Pkhp, &bpnt_only).1[1],
        Reason::LacksAssistance
    );
    assert_eq!(
        preset(PresetId::Pkhp, &PresetParams::default()).quota_per_village,
        Some(25)
    );
}

#[test]
fn uep_needs_pkh_and_a_business() {
    let mut p = Participant::new("u");
    p.assistance_received = vec![SocialAssistance::Pkh];
    assert_eq!(
        screen(PresetId::Uep, &p),
        (
            Eligibility::Undetermined,
            vec![Reason::ReceivesAssistance, Reason::BusinessUnknown]
        )
    );
    p.has_business = Some(false);
    assert_eq!(screen(PresetId::Uep, &p).1[1], Reason::NoBusiness);
    p.has_business = Some(true);
    assert_eq!(screen(PresetId::Uep, &p).0, Eligibility::Eligible);
    assert_eq!(
        preset(PresetId::Uep, &PresetParams::default()).quota_per_village,
        Some(5)
    );
}

#[test]
fn age_from_birth_date_turns_on_the_birthday() {
    let rule = Rule::Test(Criterion::AgeBetween { min: 18, max: 59 });
    let mut p = Participant::new("b");
    p.birth_date = NaiveDate::from_ymd_opt(2005, 5, 2);
    assert_eq!(
        rule.screen(&p, on()).outcomes[0].reason,
        Reason::AgeBelowMin
    );
    p.birth_date = NaiveDate::from_ymd_opt(2005, 5, 1);
    assert_eq!(rule.screen(&p, on()).outcomes[0].reason, Reason::AgeInRange);
    // A birth date wins over a recorded age.
    p.age = Some(70);
    assert_eq!(rule.screen(&p, on()).eligibility, Eligibility::Eligible);
}

fn kelurahan(id: &str, name: &str, rw: Option<&str>) -> Site {
    Site {
        id: SiteId::new(id),
        province: "Banten".into(),
        city: "Tangerang".into(),
        city_kind: CityKind::Kota,
        kecamatan: Some("Karawaci".into()),
        village: Some(name.into()),
        village_kind: Some(VillageKind::Kelurahan),
        rw: rw.map(str::to_owned),
        rt: None,
        indicators: vec![],
    }
}

fn uep_candidate(id: &str, site: &str, income: i64, dependants: u32) -> Participant {
    let mut p = Participant::new(id);
    p.assistance_received = vec![SocialAssistance::Pkh];
    p.has_business = Some(true);
    p.monthly_income = Some(Rupiah(income));
    p.dependants = Some(dependants);
    p.site = Some(SiteId::new(site));
    p
}

#[test]
fn uep_quota_of_five_takes_the_neediest_and_breaks_ties_by_id() {
    let sites = vec![
        kelurahan("karawaci", "Karawaci", None),
        kelurahan("karawaci-rw03", "Karawaci", Some("03")),
        kelurahan("bojong-jaya", "Bojong Jaya", None),
    ];
    let mut people = Vec::new();
    // Eight in Karawaci (two recorded at RW 03), income per member from 100k up.
    for i in 0..8 {
        let site = if i % 4 == 0 {
            "karawaci-rw03"
        } else {
            "karawaci"
        };
        people.push(uep_candidate(&format!("k{i}"), site, 200_000 * (i + 1), 1));
    }
    // Two tied candidates: same income and dependants; the id decides.
    people.push(uep_candidate("k-tie-b", "karawaci", 50_000, 0));
    people.push(uep_candidate("k-tie-a", "karawaci", 50_000, 0));
    // Two in Bojong Jaya.
    people.push(uep_candidate("b1", "bojong-jaya", 300_000, 2));
    people.push(uep_candidate("b2", "bojong-jaya", 300_000, 0));
    // Not eligible, undetermined, unplaced.
    let mut no_business = uep_candidate("x-no-business", "karawaci", 1, 9);
    no_business.has_business = Some(false);
    let mut unknown = uep_candidate("x-unknown", "karawaci", 1, 9);
    unknown.has_business = None;
    let mut nowhere = uep_candidate("x-nowhere", "karawaci", 1, 9);
    nowhere.site = None;
    people.extend([no_business, unknown, nowhere]);

    let uep = preset(PresetId::Uep, &PresetParams::default());
    let policy = QuotaPolicy::with_default_ranking(uep.quota_per_village.unwrap());
    let sel = select(&people, &sites, &uep.rule, on(), &policy).unwrap();

    assert_eq!(sel.villages.len(), 2);
    let bojong = &sel.villages[0];
    assert_eq!(bojong.village, "kota tangerang / bojong jaya");
    assert_eq!(bojong.selected, vec!["b1".into(), "b2".into()]); // 100k/member before 300k
    let karawaci = &sel.villages[1];
    assert_eq!(karawaci.eligible, 10);
    let ids: Vec<&str> = karawaci.selected.iter().map(|p| p.as_str()).collect();
    assert_eq!(ids, vec!["k-tie-a", "k-tie-b", "k0", "k1", "k2"]);
    assert_eq!(karawaci.waiting.len(), 5);
    assert_eq!(sel.undetermined, vec!["x-unknown".into()]);
    assert_eq!(sel.unplaced, vec!["x-nowhere".into()]);

    // Another ranking changes the order: most dependants first.
    let policy = QuotaPolicy {
        per_village: 1,
        ranking: vec![RankKey::MostDependants],
    };
    let sel = select(&people, &sites, &uep.rule, on(), &policy).unwrap();
    assert_eq!(sel.villages[0].selected, vec!["b1".into()]);
}

#[test]
fn quota_refuses_duplicate_ids_and_bad_rules() {
    let people = vec![uep_candidate("a", "s", 1, 0), uep_candidate("a", "s", 2, 0)];
    let uep = preset(PresetId::Uep, &PresetParams::default());
    let err = select(
        &people,
        &[],
        &uep.rule,
        on(),
        &QuotaPolicy::with_default_ranking(5),
    )
    .unwrap_err();
    assert_eq!(
        err,
        QuotaError::DuplicateParticipant {
            id: "a".into(),
            index: 1
        }
    );
    assert_eq!(err.code(), "duplicate_id");
    let bad = Rule::AllOf(vec![]);
    let err = select(&[], &[], &bad, on(), &QuotaPolicy::with_default_ranking(5)).unwrap_err();
    assert_eq!(err.code(), "empty");
}
