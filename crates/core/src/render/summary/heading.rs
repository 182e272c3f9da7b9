//! The fixed words of the summary, in both languages (data, apart from the code that writes
//! them).

use crate::model::lang::labelled_enum;

labelled_enum! {
    /// Headings and fixed phrases of the summary.
    pub enum Heading {
        /// Programme.
        Programme => ("programme", "Program", "Programme"),
        /// Source.
        Source => ("source", "Sumber", "Source"),
        /// Period.
        Period => ("period", "Periode", "Period"),
        /// Fiscal years.
        FiscalYears => ("fiscal_years", "Tahun anggaran", "Fiscal years"),
        /// Leading sector.
        LeadingSector => ("leading_sector", "Sektor utama", "Leading sector"),
        /// Legal basis.
        LegalBasis => ("legal_basis", "Dasar hukum", "Legal basis"),
        /// Objectives.
        Objectives => ("objectives", "Tujuan", "Objectives"),
        /// Sites.
        Sites => ("sites", "Lokasi", "Sites"),
        /// Stakeholders.
        Stakeholders => ("stakeholders", "Pemangku kepentingan", "Stakeholders"),
        /// Pentahelix sectors not represented.
        MissingSectors => ("missing_sectors", "Unsur pentahelix yang belum terlibat", "Pentahelix sectors not involved"),
        /// Activities.
        Activities => ("activities", "Kegiatan", "Activities"),
        /// Trainings per site.
        TrainingsPerSite => ("trainings_per_site", "Pelatihan per lokasi", "Trainings per site"),
        /// Funding.
        Funding => ("funding", "Pendanaan", "Funding"),
        /// Key figures.
        Figures => ("figures", "Angka kunci", "Key figures"),
        /// Cohorts.
        Cohorts => ("cohorts", "Kohort (data agregat)", "Cohorts (aggregate data)"),
        /// Assistance.
        Assistance => ("assistance", "Bantuan", "Assistance"),
        /// Evidence.
        Evidence => ("evidence", "Bukti", "Evidence"),
        /// Informants.
        Informants => ("informants", "Informan", "Informants"),
        /// Participants.
        Participants => ("participants", "Peserta terdaftar", "Registered participants"),
        /// None.
        None => ("none", "tidak ada", "none"),
        /// Not stated.
        NotStated => ("not_stated", "tidak disebutkan", "not stated"),
        /// Each.
        Each => ("each", "per penerima", "each"),
        /// Recipients.
        Recipients => ("recipients", "penerima", "recipients"),
        /// Without a site.
        WithoutSite => ("without_site", "tanpa lokasi", "without a site"),
        /// The Adi process.
        AdiStages => ("adi_stages", "Tujuh tahap Adi", "Adi's seven stages"),
        /// Overall completeness.
        Completeness => ("completeness", "kelengkapan keseluruhan", "overall completeness"),
        /// Stage column.
        Stage => ("stage", "Tahap", "Stage"),
        /// Status column.
        Status => ("status", "Status", "Status"),
        /// Dates column.
        Dates => ("dates", "Tanggal", "Dates"),
        /// Checklist column.
        Checklist => ("checklist", "Butir", "Checklist"),
        /// Documentation column.
        Documented => ("documented", "Bukti", "Evidence"),
        /// Score column.
        Score => ("score", "Skor", "Score"),
        /// Yes.
        Yes => ("yes", "ada", "yes"),
        /// No.
        No => ("no", "tidak ada", "no"),
        /// Days.
        Days => ("days", "hari", "days"),
        /// Planned.
        Planned => ("planned", "rencana", "planned"),
        /// Whose the IAP2 involvement levels are.
        InvolvementWhose => ("involvement_whose", "Siapa yang menilai tingkat keterlibatan (IAP2)", "Whose the involvement levels (IAP2) are"),
        /// Target group first more than informed.
        FirstBeyondInform => ("first_beyond_inform", "Kelompok sasaran pertama kali lebih dari sekadar diberi informasi", "Target group first more than informed"),
        /// Target group first directly involved.
        FirstDirect => ("first_direct", "Kelompok sasaran pertama kali dilibatkan langsung", "Target group first directly involved"),
        /// Never.
        Never => ("never", "tidak pernah", "never"),
        /// Stages without evidence.
        StagesWithoutEvidence => ("stages_without_evidence", "Tahap berjalan tanpa bukti", "Stages under way without evidence"),
        /// Stages without photos.
        StagesWithoutPhotos => ("stages_without_photos", "Tahap berjalan tanpa dokumentasi foto", "Stages under way without photo documentation"),
        /// Overlapping stages.
        Overlaps => ("overlaps", "Tahap yang tumpang tindih", "Overlapping stages"),
        /// After termination.
        AfterTermination => ("after_termination", "Setelah terminasi", "After termination"),
        /// Months after.
        MonthsAfter => ("months_after", "bulan setelah terminasi", "months after termination"),
        /// Still running.
        StillRunning => ("still_running", "masih berjalan", "still running"),
        /// Stopped.
        Stopped => ("stopped", "berhenti", "stopped"),
        /// Sulistiyani progression.
        Progression => ("progression", "Tahap Sulistiyani", "Sulistiyani progression"),
        /// Graduation readiness.
        Graduation => ("graduation", "Kesiapan graduasi mandiri", "Readiness for self-graduation"),
        /// Ready.
        Ready => ("ready", "siap", "ready"),
        /// Not ready.
        NotReady => ("not_ready", "belum siap", "not ready"),
        /// Needs.
        Needs => ("needs", "perlu", "needs"),
        /// Not yet at the first stage.
        NotYet => ("not_yet", "belum mencapai tahap pertama", "not yet at the first stage"),
        /// Distribution.
        Distribution => ("distribution", "Sebaran per tahap", "Distribution across stages"),
        /// People.
        People => ("people", "orang", "people"),
        /// Units of unknown size.
        UnitsUnknownSize => ("units_unknown_size", "kelompok/kohort tanpa jumlah", "groups/cohorts of unknown size"),
    }
}
