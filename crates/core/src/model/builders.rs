//! Constructors and `with_*` setters for the document's records, which are
//! `#[non_exhaustive]`: a user builds them with `new` (the required fields) and sets the rest
//! with these, so adding a field later breaks no one. Each type's own page has the example;
//! the setters only set or extend one field.

#![allow(clippy::new_without_default)]

use chrono::NaiveDate;

#[allow(unused_imports)]
use crate::model::{
    activity::*,
    assistance::*,
    case::*,
    catalogue::*,
    coding::*,
    cohort::*,
    date::*,
    evidence::*,
    figure::*,
    ids::*,
    lang::*,
    money::*,
    participant::*,
    programme::*,
    records::{adi::*, ansell_gash::*, fivem::*, sulistiyani::*},
    site::*,
    stakeholder::*,
};

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::figure::Figure {
    /// A Figure with its required fields; the others empty, to be set by the `with_*` methods.
    pub fn new(id: impl Into<FigureId>, metric: Metric, value: f64) -> Self {
        Figure {
            id: id.into(),
            metric,
            value,
            bound: Bound::Exact,
            year: Default::default(),
            site: Default::default(),
            cohort: Default::default(),
            activity: Default::default(),
            stakeholder: Default::default(),
            evidence: Default::default(),
        }
    }

    /// Sets `bound`.
    pub fn with_bound(mut self, bound: Bound) -> Self {
        self.bound = bound;
        self
    }

    /// Sets `year`.
    pub fn with_year(mut self, year: i32) -> Self {
        self.year = Some(year);
        self
    }

    /// Sets `site`.
    pub fn with_site(mut self, site: impl Into<SiteId>) -> Self {
        self.site = Some(site.into());
        self
    }

    /// Sets `cohort`.
    pub fn with_cohort(mut self, cohort: impl Into<CohortId>) -> Self {
        self.cohort = Some(cohort.into());
        self
    }

    /// Sets `activity`.
    pub fn with_activity(mut self, activity: impl Into<ActivityId>) -> Self {
        self.activity = Some(activity.into());
        self
    }

    /// Sets `stakeholder`.
    pub fn with_stakeholder(mut self, stakeholder: impl Into<StakeholderId>) -> Self {
        self.stakeholder = Some(stakeholder.into());
        self
    }

    /// Adds to `evidence`.
    pub fn with_evidence(
        mut self,
        evidence: impl IntoIterator<Item = impl Into<EvidenceId>>,
    ) -> Self {
        self.evidence.extend(evidence.into_iter().map(Into::into));
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::case::SourceDocument {
    /// A SourceDocument with its required fields; the others empty, to be set by the `with_*` methods.
    pub fn new(citation: impl Into<String>) -> Self {
        SourceDocument {
            citation: citation.into(),
            seed: Default::default(),
        }
    }

    /// Sets `seed`.
    pub fn with_seed(mut self, seed: impl Into<String>) -> Self {
        self.seed = Some(seed.into());
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::case::Case {
    /// Sets `source`.
    pub fn with_source(mut self, source: SourceDocument) -> Self {
        self.source = Some(source);
        self
    }

    /// Adds to `sites`.
    pub fn with_sites(mut self, sites: impl IntoIterator<Item = Site>) -> Self {
        self.sites.extend(sites);
        self
    }

    /// Adds to `stakeholders`.
    pub fn with_stakeholders(
        mut self,
        stakeholders: impl IntoIterator<Item = Stakeholder>,
    ) -> Self {
        self.stakeholders.extend(stakeholders);
        self
    }

    /// Adds to `activities`.
    pub fn with_activities(mut self, activities: impl IntoIterator<Item = Activity>) -> Self {
        self.activities.extend(activities);
        self
    }

    /// Sets `module_catalogue`.
    pub fn with_module_catalogue(mut self, module_catalogue: ModuleCatalogue) -> Self {
        self.module_catalogue = Some(module_catalogue);
        self
    }

    /// Adds to `participants`.
    pub fn with_participants(
        mut self,
        participants: impl IntoIterator<Item = Participant>,
    ) -> Self {
        self.participants.extend(participants);
        self
    }

    /// Adds to `cohorts`.
    pub fn with_cohorts(mut self, cohorts: impl IntoIterator<Item = Cohort>) -> Self {
        self.cohorts.extend(cohorts);
        self
    }

    /// Adds to `figures`.
    pub fn with_figures(mut self, figures: impl IntoIterator<Item = Figure>) -> Self {
        self.figures.extend(figures);
        self
    }

    /// Adds to `assistance`.
    pub fn with_assistance(mut self, assistance: impl IntoIterator<Item = Assistance>) -> Self {
        self.assistance.extend(assistance);
        self
    }

    /// Adds to `codes`.
    pub fn with_codes(mut self, codes: impl IntoIterator<Item = Code>) -> Self {
        self.codes.extend(codes);
        self
    }

    /// Adds to `sulistiyani`.
    pub fn with_sulistiyani(mut self, sulistiyani: impl IntoIterator<Item = Progression>) -> Self {
        self.sulistiyani.extend(sulistiyani);
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::participant::Participant {
    /// Sets `sex`.
    pub fn with_sex(mut self, sex: Sex) -> Self {
        self.sex = Some(sex);
        self
    }

    /// Sets `birth_date`.
    pub fn with_birth_date(mut self, birth_date: NaiveDate) -> Self {
        self.birth_date = Some(birth_date);
        self
    }

    /// Sets `age`.
    pub fn with_age(mut self, age: i32) -> Self {
        self.age = Some(age);
        self
    }

    /// Sets `household_head`.
    pub fn with_household_head(mut self, household_head: bool) -> Self {
        self.household_head = Some(household_head);
        self
    }

    /// Sets `main_breadwinner`.
    pub fn with_main_breadwinner(mut self, main_breadwinner: bool) -> Self {
        self.main_breadwinner = Some(main_breadwinner);
        self
    }

    /// Sets `marital_status`.
    pub fn with_marital_status(mut self, marital_status: MaritalStatus) -> Self {
        self.marital_status = Some(marital_status);
        self
    }

    /// Sets `education`.
    pub fn with_education(mut self, education: Education) -> Self {
        self.education = Some(education);
        self
    }

    /// Sets `monthly_income`.
    pub fn with_monthly_income(mut self, monthly_income: Rupiah) -> Self {
        self.monthly_income = Some(monthly_income);
        self
    }

    /// Sets `dependants`.
    pub fn with_dependants(mut self, dependants: u32) -> Self {
        self.dependants = Some(dependants);
        self
    }

    /// Sets `household_has_elderly`.
    pub fn with_household_has_elderly(mut self, household_has_elderly: bool) -> Self {
        self.household_has_elderly = Some(household_has_elderly);
        self
    }

    /// Sets `household_has_disabled`.
    pub fn with_household_has_disabled(mut self, household_has_disabled: bool) -> Self {
        self.household_has_disabled = Some(household_has_disabled);
        self
    }

    /// Adds to `assistance_received`, which is then recorded: an empty iterator records
    /// that the household receives none.
    pub fn with_assistance_received(
        mut self,
        assistance_received: impl IntoIterator<Item = SocialAssistance>,
    ) -> Self {
        self.assistance_received
            .get_or_insert_with(Vec::new)
            .extend(assistance_received);
        self
    }

    /// Sets `in_integrated_database`.
    pub fn with_in_integrated_database(mut self, in_integrated_database: bool) -> Self {
        self.in_integrated_database = Some(in_integrated_database);
        self
    }

    /// Sets `has_business`.
    pub fn with_has_business(mut self, has_business: bool) -> Self {
        self.has_business = Some(has_business);
        self
    }

    /// Adds to `skills`.
    pub fn with_skills(mut self, skills: impl IntoIterator<Item = Topic>) -> Self {
        self.skills.extend(skills);
        self
    }

    /// Sets `site`.
    pub fn with_site(mut self, site: impl Into<SiteId>) -> Self {
        self.site = Some(site.into());
        self
    }

    /// Sets `cohort`.
    pub fn with_cohort(mut self, cohort: impl Into<CohortId>) -> Self {
        self.cohort = Some(cohort.into());
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::assistance::Assistance {
    /// A Assistance with its required fields; the others empty, to be set by the `with_*` methods.
    pub fn new(id: impl Into<crate::model::ids::AssistanceId>, kind: AssistanceKind) -> Self {
        Assistance {
            id: id.into(),
            kind,
            items: Default::default(),
            delivery: Default::default(),
            recipients: Default::default(),
            provider: Default::default(),
            date: Default::default(),
            value_each: Default::default(),
            count: Default::default(),
            follows: Default::default(),
            evidence: Default::default(),
        }
    }

    /// Adds to `items`.
    pub fn with_items(mut self, items: impl IntoIterator<Item = Item>) -> Self {
        self.items.extend(items);
        self
    }

    /// Sets `delivery`.
    pub fn with_delivery(mut self, delivery: Delivery) -> Self {
        self.delivery = Some(delivery);
        self
    }

    /// Adds to `recipients`.
    pub fn with_recipients(mut self, recipients: impl IntoIterator<Item = Recipient>) -> Self {
        self.recipients.extend(recipients);
        self
    }

    /// Sets `provider`.
    pub fn with_provider(mut self, provider: impl Into<StakeholderId>) -> Self {
        self.provider = Some(provider.into());
        self
    }

    /// Sets `date`.
    pub fn with_date(mut self, date: PartialDate) -> Self {
        self.date = Some(date);
        self
    }

    /// Sets `value_each`.
    pub fn with_value_each(mut self, value_each: Rupiah) -> Self {
        self.value_each = Some(value_each);
        self
    }

    /// Sets `count`.
    pub fn with_count(mut self, count: u32) -> Self {
        self.count = Some(count);
        self
    }

    /// Adds to `follows`.
    pub fn with_follows(
        mut self,
        follows: impl IntoIterator<Item = impl Into<ActivityId>>,
    ) -> Self {
        self.follows.extend(follows.into_iter().map(Into::into));
        self
    }

    /// Adds to `evidence`.
    pub fn with_evidence(
        mut self,
        evidence: impl IntoIterator<Item = impl Into<EvidenceId>>,
    ) -> Self {
        self.evidence.extend(evidence.into_iter().map(Into::into));
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::stakeholder::Stakeholder {
    /// Adds to `aliases`.
    pub fn with_aliases(mut self, aliases: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.aliases.extend(aliases.into_iter().map(Into::into));
        self
    }

    /// Adds to `roles`.
    pub fn with_roles(mut self, roles: impl IntoIterator<Item = Role>) -> Self {
        self.roles.extend(roles);
        self
    }

    /// Sets `level`.
    pub fn with_level(mut self, level: Level) -> Self {
        self.level = Some(level);
        self
    }

    /// Sets `pokja`.
    pub fn with_pokja(mut self, pokja: Pokja) -> Self {
        self.pokja = Some(pokja);
        self
    }

    /// Sets `site`.
    pub fn with_site(mut self, site: impl Into<SiteId>) -> Self {
        self.site = Some(site.into());
        self
    }

    /// Sets `headcount`.
    pub fn with_headcount(mut self, headcount: u32) -> Self {
        self.headcount = Some(headcount);
        self
    }

    /// Sets `attrition`.
    pub fn with_attrition(mut self, attrition: Attrition) -> Self {
        self.attrition = Some(attrition);
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::stakeholder::Attrition {
    /// A Attrition with its required fields; the others empty, to be set by the `with_*` methods.
    pub fn new() -> Self {
        Attrition {
            left: Default::default(),
            evidence: Default::default(),
        }
    }

    /// Sets `left`.
    pub fn with_left(mut self, left: u32) -> Self {
        self.left = Some(left);
        self
    }

    /// Adds to `evidence`.
    pub fn with_evidence(
        mut self,
        evidence: impl IntoIterator<Item = impl Into<crate::model::ids::EvidenceId>>,
    ) -> Self {
        self.evidence.extend(evidence.into_iter().map(Into::into));
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::cohort::AssistanceShare {
    /// A AssistanceShare with its required fields; the others empty, to be set by the `with_*` methods.
    pub fn new(percent: f64) -> Self {
        AssistanceShare {
            percent,
            receives_all: Default::default(),
        }
    }

    /// Adds to `receives_all`.
    pub fn with_receives_all(
        mut self,
        receives_all: impl IntoIterator<Item = SocialAssistance>,
    ) -> Self {
        self.receives_all.extend(receives_all);
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::cohort::CountRange {
    /// A CountRange with its required fields; the others empty, to be set by the `with_*` methods.
    pub fn new(min: u32, max: u32) -> Self {
        CountRange { min, max }
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::cohort::Cohort {
    /// A Cohort with its required fields; the others empty, to be set by the `with_*` methods.
    pub fn new(id: impl Into<CohortId>, label: impl Into<Text>) -> Self {
        Cohort {
            id: id.into(),
            label: label.into(),
            site: Default::default(),
            part_of: Default::default(),
            year: Default::default(),
            size: Default::default(),
            marital_status: Default::default(),
            education: Default::default(),
            assistance: Default::default(),
            age: Default::default(),
            dependants: Default::default(),
            monthly_income_below: Default::default(),
            evidence: Default::default(),
        }
    }

    /// Sets `site`.
    pub fn with_site(mut self, site: impl Into<SiteId>) -> Self {
        self.site = Some(site.into());
        self
    }

    /// Sets `part_of`.
    pub fn with_part_of(mut self, part_of: impl Into<CohortId>) -> Self {
        self.part_of = Some(part_of.into());
        self
    }

    /// Sets `year`.
    pub fn with_year(mut self, year: i32) -> Self {
        self.year = Some(year);
        self
    }

    /// Sets `size`.
    pub fn with_size(mut self, size: u64) -> Self {
        self.size = Some(size);
        self
    }

    /// Adds to `marital_status`.
    pub fn with_marital_status(
        mut self,
        marital_status: impl IntoIterator<Item = Share<MaritalStatus>>,
    ) -> Self {
        self.marital_status.extend(marital_status);
        self
    }

    /// Adds to `education`.
    pub fn with_education(mut self, education: impl IntoIterator<Item = Share<Education>>) -> Self {
        self.education.extend(education);
        self
    }

    /// Adds to `assistance`.
    pub fn with_assistance(
        mut self,
        assistance: impl IntoIterator<Item = AssistanceShare>,
    ) -> Self {
        self.assistance.extend(assistance);
        self
    }

    /// Sets `age`.
    pub fn with_age(mut self, age: CountRange) -> Self {
        self.age = Some(age);
        self
    }

    /// Sets `dependants`.
    pub fn with_dependants(mut self, dependants: CountRange) -> Self {
        self.dependants = Some(dependants);
        self
    }

    /// Sets `monthly_income_below`.
    pub fn with_monthly_income_below(mut self, monthly_income_below: Rupiah) -> Self {
        self.monthly_income_below = Some(monthly_income_below);
        self
    }

    /// Adds to `evidence`.
    pub fn with_evidence(
        mut self,
        evidence: impl IntoIterator<Item = impl Into<EvidenceId>>,
    ) -> Self {
        self.evidence.extend(evidence.into_iter().map(Into::into));
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::activity::Attendance {
    /// A Attendance with its required fields; the others empty, to be set by the `with_*` methods.
    pub fn new(participant: impl Into<ParticipantId>, present: bool) -> Self {
        Attendance {
            participant: participant.into(),
            present,
            date: Default::default(),
        }
    }

    /// Sets `date`.
    pub fn with_date(mut self, date: PartialDate) -> Self {
        self.date = Some(date);
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::activity::Activity {
    /// Adds to `topics`.
    pub fn with_topics(mut self, topics: impl IntoIterator<Item = Topic>) -> Self {
        self.topics.extend(topics);
        self
    }

    /// Sets `start`.
    pub fn with_start(mut self, start: PartialDate) -> Self {
        self.start = Some(start);
        self
    }

    /// Sets `end`.
    pub fn with_end(mut self, end: PartialDate) -> Self {
        self.end = Some(end);
        self
    }

    /// Sets `recurrence`.
    pub fn with_recurrence(mut self, recurrence: Recurrence) -> Self {
        self.recurrence = Some(recurrence);
        self
    }

    /// Sets `in_working_hours`.
    pub fn with_in_working_hours(mut self, in_working_hours: bool) -> Self {
        self.in_working_hours = Some(in_working_hours);
        self
    }

    /// Sets `site`.
    pub fn with_site(mut self, site: impl Into<SiteId>) -> Self {
        self.site = Some(site.into());
        self
    }

    /// Adds to `organisers`.
    pub fn with_organisers(
        mut self,
        organisers: impl IntoIterator<Item = impl Into<StakeholderId>>,
    ) -> Self {
        self.organisers
            .extend(organisers.into_iter().map(Into::into));
        self
    }

    /// Adds to `facilitators`.
    pub fn with_facilitators(
        mut self,
        facilitators: impl IntoIterator<Item = impl Into<StakeholderId>>,
    ) -> Self {
        self.facilitators
            .extend(facilitators.into_iter().map(Into::into));
        self
    }

    /// Adds to `audience`.
    pub fn with_audience(
        mut self,
        audience: impl IntoIterator<Item = impl Into<StakeholderId>>,
    ) -> Self {
        self.audience.extend(audience.into_iter().map(Into::into));
        self
    }

    /// Sets `group`.
    pub fn with_group(mut self, group: ActivityGroup) -> Self {
        self.group = Some(group);
        self
    }

    /// Sets `adi_stage`.
    pub fn with_adi_stage(mut self, adi_stage: AdiStage) -> Self {
        self.adi_stage = Some(adi_stage);
        self
    }

    /// Sets `session`.
    pub fn with_session(mut self, session: SessionRef) -> Self {
        self.session = Some(session);
        self
    }

    /// Sets `skill_use`.
    pub fn with_skill_use(mut self, skill_use: SkillUse) -> Self {
        self.skill_use = Some(skill_use);
        self
    }

    /// Adds to `attendance`.
    pub fn with_attendance(mut self, attendance: impl IntoIterator<Item = Attendance>) -> Self {
        self.attendance.extend(attendance);
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::activity::SessionRef {
    /// A SessionRef with its required fields; the others empty, to be set by the `with_*` methods.
    pub fn new(module: impl Into<String>) -> Self {
        SessionRef {
            module: module.into(),
            session: Default::default(),
        }
    }

    /// Sets `session`.
    pub fn with_session(mut self, session: impl Into<String>) -> Self {
        self.session = Some(session.into());
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::programme::LegalBasis {
    /// A LegalBasis with its required fields; the others empty, to be set by the `with_*` methods.
    pub fn new(kind: LegalKind, issuer: impl Into<String>, title: impl Into<String>) -> Self {
        LegalBasis {
            kind,
            issuer: issuer.into(),
            title: title.into(),
            number: Default::default(),
            date: Default::default(),
            evidence: Default::default(),
        }
    }

    /// Sets `number`.
    pub fn with_number(mut self, number: impl Into<String>) -> Self {
        self.number = Some(number.into());
        self
    }

    /// Sets `date`.
    pub fn with_date(mut self, date: PartialDate) -> Self {
        self.date = Some(date);
        self
    }

    /// Adds to `evidence`.
    pub fn with_evidence(
        mut self,
        evidence: impl IntoIterator<Item = impl Into<EvidenceId>>,
    ) -> Self {
        self.evidence.extend(evidence.into_iter().map(Into::into));
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::programme::FundingLine {
    /// A FundingLine with its required fields; the others empty, to be set by the `with_*` methods.
    pub fn new(source: FundingSource) -> Self {
        FundingLine {
            source,
            amount: Default::default(),
            fiscal_year: Default::default(),
            weight: Default::default(),
            funder: Default::default(),
            evidence: Default::default(),
        }
    }

    /// Sets `amount`.
    pub fn with_amount(mut self, amount: Rupiah) -> Self {
        self.amount = Some(amount);
        self
    }

    /// Sets `fiscal_year`.
    pub fn with_fiscal_year(mut self, fiscal_year: i32) -> Self {
        self.fiscal_year = Some(fiscal_year);
        self
    }

    /// Sets `weight`.
    pub fn with_weight(mut self, weight: FundingWeight) -> Self {
        self.weight = Some(weight);
        self
    }

    /// Sets `funder`.
    pub fn with_funder(mut self, funder: impl Into<StakeholderId>) -> Self {
        self.funder = Some(funder.into());
        self
    }

    /// Adds to `evidence`.
    pub fn with_evidence(
        mut self,
        evidence: impl IntoIterator<Item = impl Into<EvidenceId>>,
    ) -> Self {
        self.evidence.extend(evidence.into_iter().map(Into::into));
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::programme::Period {
    /// A Period with its required fields; the others empty, to be set by the `with_*` methods.
    pub fn new(start: PartialDate) -> Self {
        Period {
            start,
            end: Default::default(),
        }
    }

    /// Sets `end`.
    pub fn with_end(mut self, end: PartialDate) -> Self {
        self.end = Some(end);
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::programme::Programme {
    /// Adds to `legal_basis`.
    pub fn with_legal_basis(mut self, legal_basis: impl IntoIterator<Item = LegalBasis>) -> Self {
        self.legal_basis.extend(legal_basis);
        self
    }

    /// Sets `leading_sector`.
    pub fn with_leading_sector(mut self, leading_sector: impl Into<StakeholderId>) -> Self {
        self.leading_sector = Some(leading_sector.into());
        self
    }

    /// Adds to `objectives`.
    pub fn with_objectives(
        mut self,
        objectives: impl IntoIterator<Item = impl Into<Text>>,
    ) -> Self {
        self.objectives
            .extend(objectives.into_iter().map(Into::into));
        self
    }

    /// Adds to `activity_groups`.
    pub fn with_activity_groups(
        mut self,
        activity_groups: impl IntoIterator<Item = ActivityGroup>,
    ) -> Self {
        self.activity_groups.extend(activity_groups);
        self
    }

    /// Sets `period`.
    pub fn with_period(mut self, period: Period) -> Self {
        self.period = Some(period);
        self
    }

    /// Adds to `fiscal_years`.
    pub fn with_fiscal_years(mut self, fiscal_years: impl IntoIterator<Item = i32>) -> Self {
        self.fiscal_years.extend(fiscal_years);
        self
    }

    /// Adds to `funding`.
    pub fn with_funding(mut self, funding: impl IntoIterator<Item = FundingLine>) -> Self {
        self.funding.extend(funding);
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::site::Site {
    /// Sets `village_kind`.
    pub fn with_village_kind(mut self, village_kind: VillageKind) -> Self {
        self.village_kind = Some(village_kind);
        self
    }

    /// Sets `rt`.
    pub fn with_rt(mut self, rt: impl Into<String>) -> Self {
        self.rt = Some(rt.into());
        self
    }

    /// Adds to `indicators`.
    pub fn with_indicators(mut self, indicators: impl IntoIterator<Item = Indicator>) -> Self {
        self.indicators.extend(indicators);
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::site::Indicator {
    /// A Indicator with its required fields; the others empty, to be set by the `with_*` methods.
    pub fn new(kind: IndicatorKind, year: i32, value: f64) -> Self {
        Indicator {
            kind,
            year,
            value,
            evidence: Default::default(),
        }
    }

    /// Adds to `evidence`.
    pub fn with_evidence(
        mut self,
        evidence: impl IntoIterator<Item = impl Into<EvidenceId>>,
    ) -> Self {
        self.evidence.extend(evidence.into_iter().map(Into::into));
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::evidence::Informant {
    /// A Informant with its required fields; the others empty, to be set by the `with_*` methods.
    pub fn new(code: impl Into<String>, role: impl Into<String>) -> Self {
        Informant {
            code: code.into(),
            role: role.into(),
        }
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::evidence::Evidence {
    /// Sets `gloss_en`.
    pub fn with_gloss_en(mut self, gloss_en: impl Into<String>) -> Self {
        self.gloss_en = Some(gloss_en.into());
        self
    }

    /// Sets `date`.
    pub fn with_date(mut self, date: PartialDate) -> Self {
        self.date = Some(date);
        self
    }

    /// Sets `source`.
    pub fn with_source(mut self, source: impl Into<String>) -> Self {
        self.source = Some(source.into());
        self
    }

    /// Adds to `supports`.
    pub fn with_supports(mut self, supports: impl IntoIterator<Item = Target>) -> Self {
        self.supports.extend(supports);
        self
    }

    /// Adds to `codes`.
    pub fn with_codes(mut self, codes: impl IntoIterator<Item = impl Into<CodeId>>) -> Self {
        self.codes.extend(codes.into_iter().map(Into::into));
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::evidence::Code {
    /// A Code with its required fields; the others empty, to be set by the `with_*` methods.
    pub fn new(id: impl Into<CodeId>, label: impl Into<Text>, level: CodeLevel) -> Self {
        Code {
            id: id.into(),
            label: label.into(),
            level,
            parent: Default::default(),
            coding: Default::default(),
        }
    }

    /// Sets `parent`.
    pub fn with_parent(mut self, parent: impl Into<CodeId>) -> Self {
        self.parent = Some(parent.into());
        self
    }

    /// Sets `coding`.
    pub fn with_coding(mut self, coding: Coding) -> Self {
        self.coding = Some(coding);
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::coding::Coding {
    /// A Coding with its required fields; the others empty, to be set by the `with_*` methods.
    pub fn new(kind: CodingKind) -> Self {
        Coding {
            kind,
            by: Default::default(),
            on: Default::default(),
            basis: Default::default(),
        }
    }

    /// Sets `by`.
    pub fn with_by(mut self, by: impl Into<String>) -> Self {
        self.by = Some(by.into());
        self
    }

    /// Sets `on`.
    pub fn with_on(mut self, on: NaiveDate) -> Self {
        self.on = Some(on);
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::records::fivem::Finding {
    /// Adds to `evidence`.
    pub fn with_evidence(
        mut self,
        evidence: impl IntoIterator<Item = impl Into<EvidenceId>>,
    ) -> Self {
        self.evidence.extend(evidence.into_iter().map(Into::into));
        self
    }

    /// Sets `coding`.
    pub fn with_coding(mut self, coding: Coding) -> Self {
        self.coding = Some(coding);
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::records::ansell_gash::Rating {
    /// A Rating with its required fields; the others empty, to be set by the `with_*` methods.
    pub fn new(indicator: impl Into<String>) -> Self {
        Rating {
            indicator: indicator.into(),
            score: Default::default(),
            evidence: Default::default(),
            note: Default::default(),
            coding: Default::default(),
        }
    }

    /// Sets `score`.
    pub fn with_score(mut self, score: u8) -> Self {
        self.score = Some(score);
        self
    }

    /// Adds to `evidence`.
    pub fn with_evidence(
        mut self,
        evidence: impl IntoIterator<Item = impl Into<EvidenceId>>,
    ) -> Self {
        self.evidence.extend(evidence.into_iter().map(Into::into));
        self
    }

    /// Sets `note`.
    pub fn with_note(mut self, note: impl Into<Text>) -> Self {
        self.note = Some(note.into());
        self
    }

    /// Sets `coding`.
    pub fn with_coding(mut self, coding: Coding) -> Self {
        self.coding = Some(coding);
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::records::ansell_gash::AnsellGashAssessment {
    /// Adds to `ratings`.
    pub fn with_ratings(mut self, ratings: impl IntoIterator<Item = Rating>) -> Self {
        self.ratings.extend(ratings);
        self
    }

    /// Sets `coding`.
    pub fn with_coding(mut self, coding: Coding) -> Self {
        self.coding = Some(coding);
        self
    }

    /// Sets `source_conclusion`.
    pub fn with_source_conclusion(mut self, source_conclusion: impl Into<EvidenceId>) -> Self {
        self.source_conclusion = Some(source_conclusion.into());
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::records::sulistiyani::StageIndicator {
    /// A StageIndicator with its required fields; the others empty, to be set by the `with_*` methods.
    pub fn new(stage: SulistiyaniStage, label: impl Into<Text>) -> Self {
        StageIndicator {
            stage,
            label: label.into(),
            met: Default::default(),
            evidence: Default::default(),
        }
    }

    /// Sets `met`.
    pub fn with_met(mut self, met: bool) -> Self {
        self.met = Some(met);
        self
    }

    /// Adds to `evidence`.
    pub fn with_evidence(
        mut self,
        evidence: impl IntoIterator<Item = impl Into<EvidenceId>>,
    ) -> Self {
        self.evidence.extend(evidence.into_iter().map(Into::into));
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::records::sulistiyani::DimensionProgress {
    /// A DimensionProgress with its required fields; the others empty, to be set by the `with_*` methods.
    pub fn new(dimension: Dimension) -> Self {
        DimensionProgress {
            dimension,
            reached: Default::default(),
            indicators: Default::default(),
            evidence: Default::default(),
            coding: Default::default(),
        }
    }

    /// Sets `reached`.
    pub fn with_reached(mut self, reached: SulistiyaniStage) -> Self {
        self.reached = Some(reached);
        self
    }

    /// Adds to `indicators`.
    pub fn with_indicators(mut self, indicators: impl IntoIterator<Item = StageIndicator>) -> Self {
        self.indicators.extend(indicators);
        self
    }

    /// Adds to `evidence`.
    pub fn with_evidence(
        mut self,
        evidence: impl IntoIterator<Item = impl Into<EvidenceId>>,
    ) -> Self {
        self.evidence.extend(evidence.into_iter().map(Into::into));
        self
    }

    /// Sets `coding`.
    pub fn with_coding(mut self, coding: Coding) -> Self {
        self.coding = Some(coding);
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::records::sulistiyani::Progression {
    /// A Progression with its required fields; the others empty, to be set by the `with_*` methods.
    pub fn new(subject: Subject) -> Self {
        Progression {
            subject,
            as_of: Default::default(),
            dimensions: Default::default(),
        }
    }

    /// Sets `as_of`.
    pub fn with_as_of(mut self, as_of: PartialDate) -> Self {
        self.as_of = Some(as_of);
        self
    }

    /// Adds to `dimensions`.
    pub fn with_dimensions(
        mut self,
        dimensions: impl IntoIterator<Item = DimensionProgress>,
    ) -> Self {
        self.dimensions.extend(dimensions);
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::records::adi::ChecklistItem {
    /// A ChecklistItem with its required fields; the others empty, to be set by the `with_*` methods.
    pub fn new(id: impl Into<String>) -> Self {
        ChecklistItem {
            id: id.into(),
            label: Default::default(),
            done: Default::default(),
            evidence: Default::default(),
        }
    }

    /// Sets `label`.
    pub fn with_label(mut self, label: impl Into<Text>) -> Self {
        self.label = Some(label.into());
        self
    }

    /// Sets `done`.
    pub fn with_done(mut self, done: bool) -> Self {
        self.done = done;
        self
    }

    /// Adds to `evidence`.
    pub fn with_evidence(
        mut self,
        evidence: impl IntoIterator<Item = impl Into<EvidenceId>>,
    ) -> Self {
        self.evidence.extend(evidence.into_iter().map(Into::into));
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::records::adi::ActorInvolvement {
    /// A ActorInvolvement with its required fields; the others empty, to be set by the `with_*` methods.
    pub fn new(stakeholder: impl Into<StakeholderId>, level: Involvement) -> Self {
        ActorInvolvement {
            stakeholder: stakeholder.into(),
            level,
            evidence: Default::default(),
            coding: Default::default(),
        }
    }

    /// Adds to `evidence`.
    pub fn with_evidence(
        mut self,
        evidence: impl IntoIterator<Item = impl Into<EvidenceId>>,
    ) -> Self {
        self.evidence.extend(evidence.into_iter().map(Into::into));
        self
    }

    /// Sets `coding`.
    pub fn with_coding(mut self, coding: Coding) -> Self {
        self.coding = Some(coding);
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::records::adi::Obstacle {
    /// A Obstacle with its required fields; the others empty, to be set by the `with_*` methods.
    pub fn new(description: impl Into<Text>) -> Self {
        Obstacle {
            description: description.into(),
            evidence: Default::default(),
        }
    }

    /// Adds to `evidence`.
    pub fn with_evidence(
        mut self,
        evidence: impl IntoIterator<Item = impl Into<EvidenceId>>,
    ) -> Self {
        self.evidence.extend(evidence.into_iter().map(Into::into));
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::records::adi::StageRecord {
    /// Sets `planned_start`.
    pub fn with_planned_start(mut self, planned_start: PartialDate) -> Self {
        self.planned_start = Some(planned_start);
        self
    }

    /// Sets `planned_end`.
    pub fn with_planned_end(mut self, planned_end: PartialDate) -> Self {
        self.planned_end = Some(planned_end);
        self
    }

    /// Sets `actual_start`.
    pub fn with_actual_start(mut self, actual_start: PartialDate) -> Self {
        self.actual_start = Some(actual_start);
        self
    }

    /// Sets `actual_end`.
    pub fn with_actual_end(mut self, actual_end: PartialDate) -> Self {
        self.actual_end = Some(actual_end);
        self
    }

    /// Adds to `checklist`.
    pub fn with_checklist(mut self, checklist: impl IntoIterator<Item = ChecklistItem>) -> Self {
        self.checklist.extend(checklist);
        self
    }

    /// Adds to `involvement`.
    pub fn with_involvement(
        mut self,
        involvement: impl IntoIterator<Item = ActorInvolvement>,
    ) -> Self {
        self.involvement.extend(involvement);
        self
    }

    /// Adds to `obstacles`.
    pub fn with_obstacles(mut self, obstacles: impl IntoIterator<Item = Obstacle>) -> Self {
        self.obstacles.extend(obstacles);
        self
    }

    /// Adds to `evidence`.
    pub fn with_evidence(
        mut self,
        evidence: impl IntoIterator<Item = impl Into<EvidenceId>>,
    ) -> Self {
        self.evidence.extend(evidence.into_iter().map(Into::into));
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::records::adi::FollowUp {
    /// A FollowUp with its required fields; the others empty, to be set by the `with_*` methods.
    pub fn new(
        description: impl Into<Text>,
        months_after_termination: u32,
        still_running: bool,
    ) -> Self {
        FollowUp {
            description: description.into(),
            months_after_termination,
            still_running,
            activity: Default::default(),
            evidence: Default::default(),
        }
    }

    /// Sets `activity`.
    pub fn with_activity(mut self, activity: impl Into<ActivityId>) -> Self {
        self.activity = Some(activity.into());
        self
    }

    /// Adds to `evidence`.
    pub fn with_evidence(
        mut self,
        evidence: impl IntoIterator<Item = impl Into<EvidenceId>>,
    ) -> Self {
        self.evidence.extend(evidence.into_iter().map(Into::into));
        self
    }
}

#[cfg_attr(berdaya_doc_examples, allow(rustdoc::missing_doc_code_examples))]
impl crate::model::records::adi::AdiProcess {
    /// Sets `site`.
    pub fn with_site(mut self, site: impl Into<SiteId>) -> Self {
        self.site = Some(site.into());
        self
    }

    /// Adds to `stages`.
    pub fn with_stages(mut self, stages: impl IntoIterator<Item = StageRecord>) -> Self {
        self.stages.extend(stages);
        self
    }

    /// Adds to `follow_ups`.
    pub fn with_follow_ups(mut self, follow_ups: impl IntoIterator<Item = FollowUp>) -> Self {
        self.follow_ups.extend(follow_ups);
        self
    }

    /// Sets `checklist_profile`.
    pub fn with_checklist_profile(mut self, checklist_profile: ChecklistProfile) -> Self {
        self.checklist_profile = checklist_profile;
        self
    }
}
