//! Data: what each JSON key of a case document means, in Indonesian and English, so that a
//! problem can say which field it concerns in words a user knows.
//!
//! Keys are shared across records (`site` is a site's id wherever it appears), so one meaning
//! per key serves every record; a key missing here is simply shown without a meaning.

/// `(key, Indonesian meaning, English meaning)`, sorted by key.
const MEANINGS: &[(&str, &str, &str)] = &[
    ("acronym", "singkatan program", "programme acronym"),
    ("activities", "daftar kegiatan", "list of activities"),
    ("activity", "id kegiatan", "activity id"),
    (
        "activity_groups",
        "kelompok kegiatan program",
        "the programme's activity groups",
    ),
    (
        "actual_end",
        "tanggal selesai sebenarnya",
        "actual end date",
    ),
    (
        "actual_start",
        "tanggal mulai sebenarnya",
        "actual start date",
    ),
    ("adi", "tahapan Adi per lokasi", "Adi stages per site"),
    (
        "adi_stage",
        "tahapan Adi kegiatan ini",
        "the activity's Adi stage",
    ),
    ("age", "usia dalam tahun", "age in years"),
    ("aliases", "nama lain", "other names"),
    ("amount", "jumlah dalam rupiah", "amount in rupiah"),
    (
        "ansell_gash",
        "penilaian Ansell–Gash",
        "Ansell–Gash assessment",
    ),
    ("as_of", "tanggal keadaan", "date of the state recorded"),
    ("assistance", "bantuan", "assistance"),
    (
        "assistance_received",
        "bantuan sosial yang diterima (kosong: tidak menerima; tidak diisi: belum tercatat)",
        "social assistance received (empty: none; left out: not recorded)",
    ),
    (
        "assistance_recorded_in_full",
        "pernyataan bahwa bantuan modal/alat setelah pelatihan tercatat lengkap (tidak diisi: belum tercatat)",
        "statement that the capital/tools after the training are recorded in full (left out: not recorded)",
    ),
    ("attendance", "daftar hadir", "attendance records"),
    ("attrition", "pengunduran diri", "attrition"),
    ("audience", "sasaran kegiatan", "audience"),
    ("basis", "dasar penilaian", "basis of the judgement"),
    ("birth_date", "tanggal lahir", "birth date"),
    (
        "bound",
        "batas nilai (tepat, paling banyak …)",
        "how the value bounds the truth",
    ),
    ("by", "dikode oleh", "coded by"),
    ("category", "kategori", "category"),
    ("checklist", "daftar periksa tahapan", "stage checklist"),
    (
        "checklist_profile",
        "profil daftar periksa (umum atau praktik setempat)",
        "checklist profile (generic or a local practice)",
    ),
    ("citation", "kutipan sumber", "citation of the source"),
    ("city", "kota/kabupaten", "city or regency"),
    (
        "city_kind",
        "jenis kota/kabupaten",
        "kind of city or regency",
    ),
    ("code", "kode", "code"),
    ("codes", "kode kualitatif", "qualitative codes"),
    (
        "coding",
        "siapa yang menilai (sumber atau penilai)",
        "whose judgement (source or assessor)",
    ),
    ("cohort", "id kohort", "cohort id"),
    ("cohorts", "daftar kohort", "list of cohorts"),
    ("count", "jumlah", "count"),
    ("date", "tanggal", "date"),
    (
        "delivery",
        "cara penyerahan (perorangan/kelompok)",
        "delivery (individual or group)",
    ),
    ("dependants", "jumlah tanggungan", "number of dependants"),
    ("description", "uraian", "description"),
    (
        "dimension",
        "dimensi (sosial, ekonomi, …)",
        "dimension (social, economic, …)",
    ),
    (
        "dimensions",
        "dimensi perkembangan",
        "dimensions of progress",
    ),
    (
        "direction",
        "pendorong atau penghambat",
        "driver or inhibitor",
    ),
    ("done", "sudah dilakukan (true/false)", "done (true/false)"),
    ("education", "pendidikan", "education"),
    ("en", "teks bahasa Inggris", "English text"),
    ("end", "tanggal selesai", "end date"),
    ("evidence", "bukti (id bukti)", "evidence (evidence ids)"),
    (
        "facilitators",
        "fasilitator (id pemangku kepentingan)",
        "facilitators (stakeholder ids)",
    ),
    ("factor", "faktor 5M", "5M factor"),
    ("figure", "id angka kunci", "key figure id"),
    ("figures", "angka kunci", "key figures"),
    ("fiscal_year", "tahun anggaran", "fiscal year"),
    ("fiscal_years", "tahun anggaran", "fiscal years"),
    ("five_m", "temuan 5M", "5M findings"),
    (
        "follow_ups",
        "tindak lanjut setelah terminasi",
        "follow-ups after termination",
    ),
    (
        "follows",
        "kegiatan yang diikuti bantuan ini",
        "activities this assistance follows",
    ),
    (
        "funder",
        "penyandang dana (id pemangku kepentingan)",
        "funder (stakeholder id)",
    ),
    ("funding", "sumber pendanaan", "funding lines"),
    ("gloss_en", "terjemahan bahasa Inggris", "English gloss"),
    ("group", "kelompok kegiatan P2WKSS", "P2WKSS activity group"),
    (
        "has_business",
        "memiliki usaha (true/false)",
        "owns a business (true/false)",
    ),
    ("headcount", "jumlah orang", "headcount"),
    (
        "household_has_disabled",
        "ada anggota keluarga disabilitas",
        "household has a disabled member",
    ),
    (
        "household_has_elderly",
        "ada anggota keluarga lansia",
        "household has an elderly member",
    ),
    (
        "household_head",
        "kepala keluarga (true/false)",
        "household head (true/false)",
    ),
    (
        "id",
        "id (pengenal), atau teks bahasa Indonesia",
        "id (identifier), or the Indonesian text",
    ),
    (
        "in_integrated_database",
        "terdaftar di DTKS",
        "in the integrated social-welfare database",
    ),
    (
        "in_working_hours",
        "pada jam kerja (true/false)",
        "in working hours (true/false)",
    ),
    ("indicator", "indikator", "indicator"),
    ("indicators", "indikator", "indicators"),
    (
        "inferred",
        "nilai yang disimpulkan penyusun kasus",
        "values the case author inferred",
    ),
    ("informant", "informan", "informant"),
    (
        "involvement",
        "keterlibatan pemangku kepentingan",
        "stakeholder involvement",
    ),
    ("issuer", "penerbit peraturan", "issuer of the regulation"),
    ("items", "barang yang diserahkan", "items handed over"),
    ("kecamatan", "kecamatan", "district (kecamatan)"),
    ("kind", "jenis", "kind"),
    ("label", "label dwibahasa", "bilingual label"),
    (
        "leading_sector",
        "leading sector (id pemangku kepentingan)",
        "leading sector (stakeholder id)",
    ),
    ("left", "jumlah yang keluar", "number who left"),
    ("legal_basis", "dasar hukum", "legal basis"),
    ("level", "tingkat", "level"),
    (
        "main_breadwinner",
        "pencari nafkah utama (true/false)",
        "main breadwinner (true/false)",
    ),
    ("marital_status", "status perkawinan", "marital status"),
    (
        "market_access_recorded_in_full",
        "pernyataan bahwa akses pasar produk pelatihan tercatat lengkap (tidak diisi: belum tercatat)",
        "statement that the market access for the training's products is recorded in full (left out: not recorded)",
    ),
    ("max", "batas atas", "maximum"),
    ("met", "tercapai (true/false)", "met (true/false)"),
    ("metric", "ukuran angka kunci", "what the figure measures"),
    ("min", "batas bawah", "minimum"),
    ("module", "kode modul", "module code"),
    ("module_catalogue", "katalog modul", "module catalogue"),
    ("modules", "modul", "modules"),
    (
        "monthly_income",
        "penghasilan per bulan (rupiah)",
        "monthly income (rupiah)",
    ),
    (
        "monthly_income_below",
        "penghasilan per bulan di bawah (rupiah)",
        "monthly income below (rupiah)",
    ),
    (
        "months_after_termination",
        "bulan setelah terminasi",
        "months after termination",
    ),
    ("name", "nama", "name"),
    ("note", "catatan", "note"),
    ("notes", "catatan penyusun kasus", "the case author's notes"),
    ("number", "nomor peraturan", "number of the regulation"),
    ("objectives", "tujuan program", "programme objectives"),
    ("obstacles", "hambatan", "obstacles"),
    ("on", "tanggal pengodean", "date of coding"),
    (
        "organisers",
        "penyelenggara (id pemangku kepentingan)",
        "organisers (stakeholder ids)",
    ),
    ("parent", "kode induk", "parent code"),
    ("part_of", "bagian dari kohort", "part of cohort"),
    ("participant", "id peserta", "participant id"),
    ("participants", "daftar peserta", "list of participants"),
    (
        "path",
        "penunjuk JSON ke bagian dokumen",
        "JSON pointer into the document",
    ),
    ("percent", "persentase (0–100)", "percentage (0–100)"),
    ("period", "periode program", "programme period"),
    ("planned_end", "rencana tanggal selesai", "planned end date"),
    (
        "planned_start",
        "rencana tanggal mulai",
        "planned start date",
    ),
    ("pokja", "Pokja PKK (1–4)", "PKK Pokja (1–4)"),
    ("present", "hadir (true/false)", "present (true/false)"),
    ("programme", "program", "programme"),
    (
        "provider",
        "pemberi bantuan (id pemangku kepentingan)",
        "provider (stakeholder id)",
    ),
    ("province", "provinsi", "province"),
    ("ratings", "penilaian indikator", "indicator ratings"),
    ("reached", "tahap yang dicapai", "stage reached"),
    (
        "reason",
        "alasan dan dasar penyimpulan",
        "why and from what it was inferred",
    ),
    (
        "receives_all",
        "bantuan yang diterima bersama",
        "assistance received together",
    ),
    ("recipients", "penerima bantuan", "recipients"),
    (
        "recommendations",
        "rekomendasi sumber sendiri",
        "the source's own recommendations",
    ),
    ("recurrence", "pengulangan kegiatan", "how often it repeats"),
    (
        "reference_date",
        "tanggal acuan data",
        "reference date of the facts",
    ),
    ("role", "peran", "role"),
    ("roles", "peran dalam program", "roles in the programme"),
    ("rt", "RT", "RT (neighbourhood unit)"),
    ("rubric", "rubrik penilaian", "rubric"),
    ("rw", "RW", "RW (community unit)"),
    (
        "schema_version",
        "versi skema dokumen",
        "document schema version",
    ),
    ("score", "skor", "score"),
    ("sector", "sektor pentahelix", "pentahelix sector"),
    ("seed", "berkas sumber", "source file"),
    ("session", "sesi modul", "module session"),
    ("sessions", "sesi", "sessions"),
    ("sex", "jenis kelamin", "sex"),
    ("site", "id lokasi", "site id"),
    ("sites", "daftar lokasi", "list of sites"),
    ("size", "jumlah anggota", "size"),
    ("skill_use", "pemanfaatan keterampilan", "use of the skill"),
    ("skills", "keterampilan", "skills"),
    ("source", "sumber", "source"),
    (
        "source_conclusion",
        "kesimpulan sumber (id bukti)",
        "the source's own conclusion (evidence id)",
    ),
    ("stage", "tahapan", "stage"),
    ("stages", "catatan tahapan", "stage records"),
    ("stakeholder", "id pemangku kepentingan", "stakeholder id"),
    (
        "stakeholders",
        "daftar pemangku kepentingan",
        "list of stakeholders",
    ),
    ("start", "tanggal mulai", "start date"),
    ("status", "status", "status"),
    (
        "still_running",
        "masih berjalan (true/false)",
        "still running (true/false)",
    ),
    ("subject", "yang dipantau", "who is tracked"),
    (
        "sulistiyani",
        "tahapan Sulistiyani",
        "Sulistiyani progressions",
    ),
    (
        "supplementary",
        "modul tambahan (true/false)",
        "supplementary module (true/false)",
    ),
    (
        "supports",
        "yang didukung bukti ini",
        "what this evidence supports",
    ),
    ("text", "teks", "text"),
    ("title", "judul", "title"),
    ("topics", "topik", "topics"),
    ("value", "nilai", "value"),
    (
        "value_each",
        "nilai per penerima (rupiah)",
        "value for each recipient (rupiah)",
    ),
    ("village", "kelurahan/desa", "village (kelurahan or desa)"),
    ("village_kind", "kelurahan atau desa", "kelurahan or desa"),
    ("weight", "bobot (1–3)", "weight (1–3)"),
    ("year", "tahun", "year"),
];

/// The meaning of `key` as `(Indonesian, English)`, when the key is one of the document's.
///
/// # Examples
///
/// ```
/// use berdaya::validate::fields::meaning;
/// assert_eq!(meaning("village"), Some(("kelurahan/desa", "village (kelurahan or desa)")));
/// assert_eq!(meaning("no_such_field"), None);
/// ```
pub fn meaning(key: &str) -> Option<(&'static str, &'static str)> {
    MEANINGS
        .binary_search_by(|(k, _, _)| (*k).cmp(key))
        .ok()
        .and_then(|i| MEANINGS.get(i))
        .map(|&(_, id, en)| (id, en))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_so_every_key_is_found() {
        for pair in MEANINGS.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{} before {}", pair[0].0, pair[1].0);
        }
        for (key, id, en) in MEANINGS {
            assert_eq!(meaning(key), Some((*id, *en)));
        }
        assert_eq!(meaning("nonsense"), None);
    }
}
