//! The words of a screening: the verdict on a criterion, the overall eligibility and the
//! reason code of every outcome, each labelled in Bahasa Indonesia and English.

use crate::model::lang::labelled_enum;

labelled_enum! {
    in "berdaya::screening::eligibility";
    /// The verdict on one criterion.
    #[non_exhaustive]
    pub enum Verdict {
        /// The criterion is met.
        Pass => ("pass", "memenuhi", "met"),
        /// The criterion is not met.
        Fail => ("fail", "tidak memenuhi", "not met"),
        /// The fact needed is not recorded.
        Unknown => ("unknown", "data belum ada", "data missing"),
    }
}

labelled_enum! {
    in "berdaya::screening::eligibility";
    /// The overall result of screening one person.
    pub enum Eligibility {
        /// Every required criterion is met.
        Eligible => ("eligible", "Memenuhi syarat", "Eligible"),
        /// A required criterion is not met.
        NotEligible => ("not_eligible", "Tidak memenuhi syarat", "Not eligible"),
        /// No criterion fails, but some cannot be judged for missing data.
        Undetermined => ("undetermined", "Belum dapat ditentukan", "Undetermined"),
    }
}

labelled_enum! {
    in "berdaya::screening::eligibility";
    /// Why a criterion passed, failed or could not be judged.
    #[non_exhaustive]
    pub enum Reason {
        /// Sex matches.
        SexMatches => ("sex_matches", "Jenis kelamin sesuai", "Sex matches"),
        /// Sex differs.
        SexDiffers => ("sex_differs", "Jenis kelamin tidak sesuai", "Sex does not match"),
        /// Sex not recorded.
        SexUnknown => ("sex_unknown", "Jenis kelamin belum tercatat", "Sex not recorded"),
        /// Age within range.
        AgeInRange => ("age_in_range", "Usia dalam rentang", "Age within range"),
        /// Younger than the minimum.
        AgeBelowMin => ("age_below_min", "Usia di bawah batas bawah", "Younger than the minimum age"),
        /// Older than the maximum.
        AgeAboveMax => ("age_above_max", "Usia di atas batas atas", "Older than the maximum age"),
        /// Neither age nor birth date recorded.
        AgeUnknown => ("age_unknown", "Usia belum tercatat", "Age not recorded"),
        /// Marital status admitted.
        MaritalStatusMatches => ("marital_status_matches", "Status perkawinan sesuai", "Marital status admitted"),
        /// Marital status not admitted.
        MaritalStatusDiffers => ("marital_status_differs", "Status perkawinan tidak sesuai", "Marital status not admitted"),
        /// Marital status not recorded.
        MaritalStatusUnknown => ("marital_status_unknown", "Status perkawinan belum tercatat", "Marital status not recorded"),
        /// Heads the household.
        HouseholdHead => ("household_head", "Kepala keluarga", "Heads the household"),
        /// Does not head the household.
        NotHouseholdHead => ("not_household_head", "Bukan kepala keluarga", "Does not head the household"),
        /// Household headship not recorded.
        HouseholdHeadUnknown => ("household_head_unknown", "Status kepala keluarga belum tercatat", "Household headship not recorded"),
        /// Main breadwinner.
        MainBreadwinner => ("main_breadwinner", "Pencari nafkah utama", "Main breadwinner"),
        /// Not the main breadwinner.
        NotMainBreadwinner => ("not_main_breadwinner", "Bukan pencari nafkah utama", "Not the main breadwinner"),
        /// Breadwinner status not recorded.
        MainBreadwinnerUnknown => ("main_breadwinner_unknown", "Status pencari nafkah belum tercatat", "Breadwinner status not recorded"),
        /// Income below the limit.
        IncomeBelowLimit => ("income_below_limit", "Penghasilan di bawah batas", "Income below the limit"),
        /// Income at or above the limit.
        IncomeAtOrAboveLimit => ("income_at_or_above_limit", "Penghasilan mencapai/melebihi batas", "Income at or above the limit"),
        /// Income not recorded.
        IncomeUnknown => ("income_unknown", "Penghasilan belum tercatat", "Income not recorded"),
        /// Receives an admitted kind of assistance.
        ReceivesAssistance => ("receives_assistance", "Menerima bantuan sosial yang disyaratkan", "Receives a required assistance"),
        /// Receives none of the admitted kinds of assistance.
        LacksAssistance => ("lacks_assistance", "Tidak menerima bantuan sosial yang disyaratkan", "Receives none of the required assistance"),
        /// Assistance received not recorded.
        AssistanceUnknown => ("assistance_unknown", "Bantuan sosial yang diterima belum tercatat", "Assistance received not recorded"),
        /// No elderly household member.
        NoElderlyMember => ("no_elderly_member", "Tidak ada anggota keluarga lansia", "No elderly household member"),
        /// An elderly household member.
        HasElderlyMember => ("has_elderly_member", "Ada anggota keluarga lansia", "Has an elderly household member"),
        /// Elderly members not recorded.
        ElderlyMemberUnknown => ("elderly_member_unknown", "Keberadaan lansia belum tercatat", "Elderly members not recorded"),
        /// No disabled household member.
        NoDisabledMember => ("no_disabled_member", "Tidak ada anggota keluarga disabilitas", "No household member with a disability"),
        /// A disabled household member.
        HasDisabledMember => ("has_disabled_member", "Ada anggota keluarga disabilitas", "Has a household member with a disability"),
        /// Disabled members not recorded.
        DisabledMemberUnknown => ("disabled_member_unknown", "Keberadaan disabilitas belum tercatat", "Household disability not recorded"),
        /// Runs a business.
        HasBusiness => ("has_business", "Memiliki usaha", "Runs a business"),
        /// Runs no business.
        NoBusiness => ("no_business", "Tidak memiliki usaha", "Runs no business"),
        /// Business ownership not recorded.
        BusinessUnknown => ("business_unknown", "Kepemilikan usaha belum tercatat", "Business ownership not recorded"),
        /// In the integrated database.
        InIntegratedDatabase => ("in_integrated_database", "Terdaftar di Basis Data Terpadu", "In the integrated social-welfare database"),
        /// Not in the integrated database.
        NotInIntegratedDatabase => ("not_in_integrated_database", "Tidak terdaftar di Basis Data Terpadu", "Not in the integrated social-welfare database"),
        /// Database status not recorded.
        IntegratedDatabaseUnknown => ("integrated_database_unknown", "Status Basis Data Terpadu belum tercatat", "Database registration not recorded"),
        /// Lives at a designated programme location.
        SiteDesignated => ("site_designated", "Tinggal di lokasi yang ditetapkan", "Lives at a designated location"),
        /// Lives at a site that is not a designated programme location.
        SiteNotDesignated => ("site_not_designated", "Tidak tinggal di lokasi yang ditetapkan", "Does not live at a designated location"),
        /// The participant's site is not recorded.
        SiteUnknown => ("site_unknown", "Lokasi tempat tinggal belum tercatat", "Site of residence not recorded"),
        /// Which locations are designated is not recorded.
        DesignationUnknown => ("designation_unknown", "Penetapan lokasi program belum tercatat", "Designated programme locations not recorded"),
    }
}
