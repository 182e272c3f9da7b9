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
    let params = PresetParams::default().with_wrse_income_limit(Rupiah(1_000_000));
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

/// The P2WKSS presets with the designated kelurahan recorded (seed 000: "atas usul walikota
/// dan ditetapkan dengan keputusan gubernur Jawa Barat").
fn p2wkss_params() -> PresetParams {
    PresetParams::default().with_p2wkss_locations(vec![
        SiteId::new("teluk-pucung"),
        SiteId::new("teluk-pucung-rw03"),
    ])
}

fn p2wkss_screen(id: PresetId, p: &Participant) -> (Eligibility, Vec<Reason>) {
    let s = preset(id, &p2wkss_params()).rule.screen(p, on());
    (s.eligibility, s.reasons().collect())
}

#[test]
fn p2wkss_age_boundaries_14_15_64_65_and_database() {
    let woman = |age| {
        let mut p = Participant::new(format!("p-{age}"));
        p.sex = Some(Sex::Female);
        p.age = Some(age);
        p.in_integrated_database = Some(true);
        p.site = Some(SiteId::new("teluk-pucung"));
        p
    };
    for (age, expected, reason) in [
        (14, Eligibility::NotEligible, Reason::AgeBelowMin),
        (15, Eligibility::Eligible, Reason::AgeInRange),
        (64, Eligibility::Eligible, Reason::AgeInRange),
        (65, Eligibility::NotEligible, Reason::AgeAboveMax),
    ] {
        let (e, r) = p2wkss_screen(PresetId::P2wkssTarget, &woman(age));
        assert_eq!(e, expected, "age {age}");
        assert_eq!(
            r,
            vec![
                Reason::SexMatches,
                reason,
                Reason::InIntegratedDatabase,
                Reason::SiteDesignated
            ]
        );
    }
    let mut outside = woman(30);
    outside.in_integrated_database = Some(false);
    assert!(p2wkss_screen(PresetId::P2wkssTarget, &outside)
        .1
        .contains(&Reason::NotInIntegratedDatabase));

    // The kelompok binaan are female heads of household.
    let mut head = woman(30);
    assert_eq!(
        p2wkss_screen(PresetId::P2wkssHeadOfHousehold, &head).0,
        Eligibility::Undetermined
    );
    head.household_head = Some(false);
    let (e, r) = p2wkss_screen(PresetId::P2wkssHeadOfHousehold, &head);
    assert_eq!(e, Eligibility::NotEligible);
    assert_eq!(r.last(), Some(&Reason::NotHouseholdHead));

    // An optional income limit admits families not (yet) in the database.
    let params = p2wkss_params().with_p2wkss_income_limit(Rupiah(700_000));
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
        p.assistance_received = Some(vec![SocialAssistance::Pkh]);
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
    combo.assistance_received = Some(vec![SocialAssistance::Bpnt]);
    assert_eq!(screen(PresetId::Pena, &combo).0, Eligibility::Eligible);
    combo.assistance_received = Some(vec![]);
    assert_eq!(screen(PresetId::Pena, &combo).1[0], Reason::LacksAssistance);
    assert_eq!(screen(PresetId::Pena, &combo).0, Eligibility::NotEligible);
    // Not recorded is not "receives none" (principle 1): unknown, with what to record.
    combo.assistance_received = None;
    let (e, r) = screen(PresetId::Pena, &combo);
    assert_eq!(
        (e, r[0]),
        (Eligibility::Undetermined, Reason::AssistanceUnknown)
    );

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
        p.assistance_received = Some(vec![SocialAssistance::Pkh]);
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
    bpnt_only.assistance_received = Some(vec![SocialAssistance::Bpnt]);
    assert_eq!(
        screen(PresetId::Pkhp, &bpnt_only).1[0],
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
    p.assistance_received = Some(vec![SocialAssistance::Pkh]);
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
    let site = Site::new(id, "Banten", "Tangerang", CityKind::Kota)
        .with_kecamatan("Karawaci")
        .with_village(name, VillageKind::Kelurahan);
    match rw {
        Some(rw) => site.with_rw(rw),
        None => site,
    }
}

fn uep_candidate(id: &str, site: &str, income: i64, dependants: u32) -> Participant {
    let mut p = Participant::new(id);
    p.assistance_received = Some(vec![SocialAssistance::Pkh]);
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
    let policy = QuotaPolicy::new(1, vec![RankKey::MostDependants]);
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

#[test]
fn p2wkss_location_not_recorded_is_unknown_never_a_pass() {
    let mut p = Participant::new("p");
    p.sex = Some(Sex::Female);
    p.age = Some(30);
    p.in_integrated_database = Some(true);
    p.household_head = Some(true);
    p.site = Some(SiteId::new("teluk-pucung"));
    for id in [PresetId::P2wkssTarget, PresetId::P2wkssHeadOfHousehold] {
        // The designation is not recorded: nobody is eligible, and the reason says why.
        let (e, r) = screen(id, &p);
        assert_eq!(e, Eligibility::Undetermined, "{id}");
        assert!(r.contains(&Reason::DesignationUnknown), "{id}");
        // Recorded: her kelurahan is designated.
        assert_eq!(p2wkss_screen(id, &p).0, Eligibility::Eligible, "{id}");
    }
    // A kelurahan that is not designated fails; an unrecorded site is unknown.
    let mut elsewhere = p.clone();
    elsewhere.site = Some(SiteId::new("harapan-jaya"));
    let (e, r) = p2wkss_screen(PresetId::P2wkssTarget, &elsewhere);
    assert_eq!(e, Eligibility::NotEligible);
    assert!(r.contains(&Reason::SiteNotDesignated));
    let mut nowhere = p;
    nowhere.site = None;
    let (e, r) = p2wkss_screen(PresetId::P2wkssTarget, &nowhere);
    assert_eq!(e, Eligibility::Undetermined);
    assert!(r.contains(&Reason::SiteUnknown));
}

#[test]
fn pena_counts_seed_002s_assistance_and_others_only_as_a_parameter() {
    let mut kpm = Participant::new("k");
    kpm.age = Some(30);
    kpm.household_has_elderly = Some(false);
    kpm.household_has_disabled = Some(false);
    for other in [SocialAssistance::Blt, SocialAssistance::Rastra] {
        kpm.assistance_received = Some(vec![other]);
        let (e, r) = screen(PresetId::Pena, &kpm);
        assert_eq!(e, Eligibility::NotEligible, "{other}");
        assert_eq!(r[0], Reason::LacksAssistance);
    }
    let params = PresetParams::default().with_pena_assistance(vec![
        SocialAssistance::Pkh,
        SocialAssistance::Bpnt,
        SocialAssistance::Rastra,
    ]);
    assert_eq!(
        preset(PresetId::Pena, &params)
            .rule
            .screen(&kpm, on())
            .eligibility,
        Eligibility::Eligible
    );
}

#[test]
fn pkhp_prefers_women_in_the_ranking_without_requiring_them() {
    let pkhp = preset(PresetId::Pkhp, &PresetParams::default());
    let candidate = |id: &str, sex, income| {
        let mut p = Participant::new(id);
        p.sex = sex;
        p.age = Some(35);
        p.assistance_received = Some(vec![SocialAssistance::Pkh]);
        p.monthly_income = Some(Rupiah(income));
        p.site = Some(SiteId::new("karawaci"));
        p
    };
    let man = candidate("a-man", Some(Sex::Male), 100_000);
    let woman = candidate("b-woman", Some(Sex::Female), 900_000);
    let unrecorded = candidate("c-unrecorded", None, 50_000);
    // A man who is a KPM PKH of productive age is eligible: "terutama ibu-ibu" is no bar.
    assert_eq!(screen(PresetId::Pkhp, &man).0, Eligibility::Eligible);
    assert_eq!(screen(PresetId::Pkhp, &unrecorded).0, Eligibility::Eligible);
    // The preset's own policy ranks women first, then the neediest.
    let mut policy = QuotaPolicy::for_preset(&pkhp).unwrap();
    assert_eq!(policy.per_village, 25);
    assert_eq!(policy.ranking[0], RankKey::WomenFirst);
    policy.per_village = 2;
    let sites = vec![kelurahan("karawaci", "Karawaci", None)];
    let people = vec![man, woman, unrecorded];
    let sel = select(&people, &sites, &pkhp.rule, on(), &policy).unwrap();
    let chosen: Vec<&str> = sel.selected().map(|p| p.as_str()).collect();
    assert_eq!(chosen, vec!["b-woman", "a-man"]);
    assert_eq!(sel.villages[0].waiting, vec!["c-unrecorded".into()]);
}

#[test]
fn preset_ids_parse_from_their_codes_with_a_typed_error() {
    for &id in PresetId::ALL {
        assert_eq!(id.code().parse::<PresetId>(), Ok(id));
    }
    let err = "p2wkss".parse::<PresetId>().unwrap_err();
    assert_eq!(err.code(), "unknown_code");
    assert_eq!(err.kind, "PresetId");
    assert_eq!(err.found, "p2wkss");
    assert!(err.to_string().contains("p2wkss_target"), "{err}");
}

#[test]
fn a_rule_one_level_too_deep_is_refused_on_every_way_in() {
    use berdaya::screening::eligibility::{RuleError, MAX_RULE_DEPTH};
    let mut rule = Rule::test(Criterion::HasBusiness);
    for _ in 1..=MAX_RULE_DEPTH {
        rule = Rule::AnyOf(vec![rule]);
    }
    let err = rule.check().unwrap_err();
    assert!(matches!(&err, RuleError::TooDeep { limit, .. } if *limit == MAX_RULE_DEPTH));
    assert_eq!(err.code(), "too_deep");
    // The quota refuses it with the rule's code.
    let e = select(&[], &[], &rule, on(), &QuotaPolicy::with_default_ranking(5)).unwrap_err();
    assert_eq!(e.code(), "too_deep");
    // JSON 100,000 levels deep is refused at the limit without overflowing the stack.
    let depth = 100_000;
    let mut json = "{\"any_of\":[".repeat(depth);
    json.push_str("{\"test\":{\"criterion\":\"has_business\"}}");
    json.push_str(&"]}".repeat(depth));
    let err = serde_json::from_str::<Rule>(&json).unwrap_err().to_string();
    assert!(err.contains("/any_of/0/any_of/0"), "{err}");
    assert!(
        err.contains(&format!("at most {MAX_RULE_DEPTH} levels")),
        "{err}"
    );
}
