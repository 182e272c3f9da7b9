//! The rule engine: an arbitrary eligibility rule (any criterion kind, nested, possibly too
//! deep or malformed) over arbitrary households. A rule the core refuses must be refused by
//! both paths alike; one it accepts must give, row by row, the same eligibility and the same
//! reason per criterion from the columnar engine (`screen_columns`, which runs the compiled
//! plan) as from the per-document `Rule::screen`, and the same failed criteria as bits.
//! Rules draw on every criterion kind and every preset.
#![no_main]

use arbitrary::Arbitrary;
use berdaya::chrono::NaiveDate;
use berdaya::model::money::Rupiah;
use berdaya::model::participant::{MaritalStatus, Participant, Sex, SocialAssistance};
use berdaya::model::ids::SiteId;
use berdaya::screening::eligibility::{preset, Criterion, PresetId, PresetParams, Rule, Verdict};
use berdaya::screening::registry::{
    screen_columns, AssistanceMask, Households, OwnedBatch, ScreeningPlan, MASK_CRITERIA,
};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
enum ACriterion {
    Sex(bool),
    Age(i8, i8),
    Marital(Vec<u8>),
    Head,
    Breadwinner,
    Income(u32),
    Assistance(Vec<u8>),
    Elderly,
    Disabled,
    Business,
    Database,
    /// A designated site: none designated, or one (registry rows carry no site).
    Site(bool),
}

#[derive(Arbitrary, Debug)]
enum ARule {
    Test(ACriterion),
    All(Vec<ARule>),
    Any(Vec<ARule>),
    /// One of the presets, with its default parameters.
    Preset(u8),
}

#[derive(Arbitrary, Debug)]
struct AHousehold {
    female: Option<bool>,
    age: Option<i8>,
    born_days_ago: Option<u16>,
    marital: Option<u8>,
    head: Option<bool>,
    breadwinner: Option<bool>,
    income: Option<u32>,
    elderly: Option<bool>,
    disabled: Option<bool>,
    business: Option<bool>,
    database: Option<bool>,
    assistance: Option<u8>,
}

fn pick<T: Copy>(all: &[T], i: u8) -> T {
    all[i as usize % all.len()]
}

fn criterion(c: &ACriterion) -> Criterion {
    match c {
        ACriterion::Sex(f) => Criterion::Sex { is: if *f { Sex::Female } else { Sex::Male } },
        ACriterion::Age(a, b) => Criterion::AgeBetween { min: i32::from(*a), max: i32::from(*b) },
        ACriterion::Marital(v) => Criterion::MaritalStatusIn {
            any_of: v.iter().map(|i| pick(MaritalStatus::ALL, *i)).collect(),
        },
        ACriterion::Head => Criterion::HouseholdHead,
        ACriterion::Breadwinner => Criterion::MainBreadwinner,
        ACriterion::Income(l) => Criterion::IncomeBelow { limit: Rupiah(i64::from(*l)) },
        ACriterion::Assistance(v) => Criterion::ReceivesAssistance {
            any_of: v.iter().map(|i| pick(SocialAssistance::ALL, *i)).collect(),
        },
        ACriterion::Elderly => Criterion::NoElderlyMember,
        ACriterion::Disabled => Criterion::NoDisabledMember,
        ACriterion::Business => Criterion::HasBusiness,
        ACriterion::Database => Criterion::InIntegratedDatabase,
        ACriterion::Site(any) => Criterion::DesignatedSite {
            sites: (!*any).then(|| vec![SiteId::new("s-1")]),
        },
    }
}

fn rule(r: &ARule) -> Rule {
    match r {
        ARule::Test(c) => Rule::Test(criterion(c)),
        ARule::All(v) => Rule::AllOf(v.iter().map(rule).collect()),
        ARule::Any(v) => Rule::AnyOf(v.iter().map(rule).collect()),
        ARule::Preset(k) => preset(pick(PresetId::ALL, *k), &PresetParams::default()).rule,
    }
}

fuzz_target!(|input: (ARule, Vec<AHousehold>)| {
    let (r, rows) = input;
    let rule = rule(&r);
    let Some(on) = NaiveDate::from_ymd_opt(2024, 2, 29) else { return };
    let people: Vec<Participant> = rows
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let mut p = Participant::new(format!("p{i}"));
            p.sex = h.female.map(|f| if f { Sex::Female } else { Sex::Male });
            p.age = h.age.map(i32::from).filter(|a| (0..=120).contains(a));
            p.birth_date = h
                .born_days_ago
                .map(|d| on - berdaya::chrono::Duration::days(i64::from(d % 43_000)));
            p.marital_status = h.marital.map(|m| pick(MaritalStatus::ALL, m));
            p.household_head = h.head;
            p.main_breadwinner = h.breadwinner;
            p.monthly_income = h.income.map(|m| Rupiah(i64::from(m)));
            p.household_has_elderly = h.elderly;
            p.household_has_disabled = h.disabled;
            p.has_business = h.business;
            p.in_integrated_database = h.database;
            // `None`: assistance not recorded, apart from `Some(0)`: recorded as none.
            p.assistance_received = h.assistance.map(|bits| {
                SocialAssistance::ALL
                    .iter()
                    .enumerate()
                    .filter(|(k, _)| bits & (1 << (k % 8)) != 0)
                    .map(|(_, a)| *a)
                    .collect()
            });
            p
        })
        .collect();
    let col = |f: &dyn Fn(&Participant) -> Option<bool>| people.iter().map(f).collect::<Vec<_>>();
    let sex: Vec<_> = people.iter().map(|p| p.sex).collect();
    let age: Vec<_> = people.iter().map(|p| p.age).collect();
    let birth: Vec<_> = people.iter().map(|p| p.birth_date).collect();
    let marital: Vec<_> = people.iter().map(|p| p.marital_status).collect();
    let income: Vec<_> = people.iter().map(|p| p.monthly_income.map(|m| m.0)).collect();
    let head = col(&|p| p.household_head);
    let bread = col(&|p| p.main_breadwinner);
    let elderly = col(&|p| p.household_has_elderly);
    let disabled = col(&|p| p.household_has_disabled);
    let business = col(&|p| p.has_business);
    let database = col(&|p| p.in_integrated_database);
    let assistance: Vec<AssistanceMask> = people
        .iter()
        .map(|p| SocialAssistance::mask(p.assistance_received.as_deref()))
        .collect();
    // No dependants column: unknown for every row.
    let households = Households::new(people.len())
        .with_sex(&sex)
        .with_age(&age)
        .with_birth_date(&birth)
        .with_marital_status(&marital)
        .with_household_head(&head)
        .with_main_breadwinner(&bread)
        .with_monthly_income(&income)
        .with_household_has_elderly(&elderly)
        .with_household_has_disabled(&disabled)
        .with_has_business(&business)
        .with_in_integrated_database(&database)
        .with_assistance(&assistance);
    let columnar = screen_columns(&households, &rule, on);
    match (rule.check(), columnar) {
        (Err(_), Err(_)) => {}
        (Ok(()), Ok(cols)) => {
            for (row, p) in people.iter().enumerate() {
                let s = rule.screen(p, on);
                assert_eq!(cols.eligibility[row], s.eligibility, "row {row}");
                let got: Vec<_> = cols.reasons.iter().map(|c| c[row]).collect();
                let want: Vec<_> = s.reasons().collect();
                assert_eq!(got, want, "row {row}");
            }
            // The failed-criteria bits are the per-document failures.
            if let Ok(plan) = ScreeningPlan::compile(&rule, on) {
                let owned = OwnedBatch::from_households(&households);
                let coded = plan.screen_with(&owned.view(), true);
                match coded {
                    Ok(coded) => {
                        for (row, p) in people.iter().enumerate() {
                            let s = rule.screen(p, on);
                            let bits = s
                                .outcomes
                                .iter()
                                .enumerate()
                                .filter(|(_, o)| o.verdict == Verdict::Fail)
                                .fold(0u64, |m, (c, _)| m | 1 << c);
                            assert_eq!(coded.failed.get(row), Some(bits), "row {row}");
                        }
                    }
                    Err(e) => assert!(
                        rule.criteria().len() > MASK_CRITERIA,
                        "mask refused for {} criteria: {e}",
                        rule.criteria().len()
                    ),
                }
            }
        }
        (checked, columnar) => panic!(
            "the rule check ({:?}) and the columnar engine ({:?}) disagree",
            checked.is_ok(),
            columnar.map(|_| ())
        ),
    }
});
