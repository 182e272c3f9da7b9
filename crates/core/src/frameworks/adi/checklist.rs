//! The checklist items of the Adi stages, as data, and the profiles that choose among them.
//!
//! Every item quotes the seed-000 sentence it comes from, verbatim, and names the profiles
//! that require it:
//!
//! * [`ChecklistProfile::Adi`] (the default) — Adi's generic activities of each stage, taken
//!   from seed 000's *definitions* of the stages ("Pada tahapan ini dilakukan penyiapan tugas
//!   …"). Any process may be scored against it.
//! * [`ChecklistProfile::P2wkssKotaBekasi`] — what Kota Bekasi's P2WKSS did in Bekasi Utara
//!   (a Bappeda meeting a year ahead, IPM analysis, the Basis Data Terpadu, WhatsApp
//!   monitoring, monitoring one year on, …): a named local practice, chosen explicitly, never
//!   imposed on another site or programme.
//!
//! An item in no profile is a seed's *recommendation* kept for reference (seed 000 asks for
//! capital and tools after training); it names no activity of a stage and is never required.

use serde::Serialize;

use crate::model::records::adi::{AdiStage, ChecklistProfile};

/// A checklist item the library knows, with the seed sentence it comes from.
///
/// # Examples
///
/// ```
/// use berdaya::frameworks::adi::{standard_item, AdiStage, ChecklistProfile};
/// let item = standard_item(AdiStage::Preparation, "persepsi-tim").unwrap();
/// assert_eq!(item.stage, AdiStage::Preparation);
/// assert!(item.profiles.contains(&ChecklistProfile::Adi));
/// // Labelled in both languages, with the seed's own words beside them.
/// assert!(!item.label_id.is_empty() && !item.label_en.is_empty() && !item.seed.is_empty());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct StandardItem {
    /// Stable id, unique among all items of its stage.
    pub id: &'static str,
    /// The stage.
    pub stage: AdiStage,
    /// Label in Bahasa Indonesia.
    pub label_id: &'static str,
    /// Label in English.
    pub label_en: &'static str,
    /// The seed sentence it comes from, verbatim.
    pub seed: &'static str,
    /// The profiles that require it; none for a recommendation.
    pub profiles: &'static [ChecklistProfile],
}

impl StandardItem {
    /// Whether the item is a seed's recommendation rather than an activity of the stage.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::frameworks::adi::{standard_item, AdiStage};
    /// // A seed's recommendation of capital and tools: no stage requires it.
    /// let advice = standard_item(AdiStage::Implementation, "modal-alat").unwrap();
    /// assert!(advice.is_recommendation() && advice.profiles.is_empty());
    /// assert!(!standard_item(AdiStage::Preparation, "persepsi-tim").unwrap().is_recommendation());
    /// ```
    pub fn is_recommendation(&self) -> bool {
        self.profiles.is_empty()
    }
}

const ADI: &[ChecklistProfile] = &[ChecklistProfile::Adi];
const BEKASI: &[ChecklistProfile] = &[ChecklistProfile::P2wkssKotaBekasi];
const BOTH: &[ChecklistProfile] = &[ChecklistProfile::Adi, ChecklistProfile::P2wkssKotaBekasi];
const RECOMMENDATION: &[ChecklistProfile] = &[];

macro_rules! items {
    ($($profiles:ident $stage:ident $id:literal, $lid:literal, $len:literal, $seed:literal;)+) => {
        [$(StandardItem {
            id: $id,
            stage: AdiStage::$stage,
            label_id: $lid,
            label_en: $len,
            seed: $seed,
            profiles: $profiles,
        }),+]
    };
}

/// Every checklist item the library knows, of every profile (and the recommendations), from
/// seed 000. Choose a profile's items with [`profile_items`].
pub const STANDARD_CHECKLIST: &[StandardItem] = &ITEMS;

/// The items, held once in a `static`: a `const` that holds the table itself is compiled
/// again into each crate that uses it, texts included (a second copy of 6.7 KB on the
/// WebAssembly module, whose binding reads the checklist); a `const` pointing at a `static`
/// item is only its address.
static ITEMS: [StandardItem; 37] = items![
    ADI Preparation "pembagian-tugas", "Tugas di lapangan disiapkan dan dibagi", "Field tasks prepared and assigned",
        "Pada tahapan ini dilakukan penyiapan tugas dan pembagian tugas di lapangan.";
    ADI Preparation "persepsi-tim", "Persepsi tim agen pengubah tentang pendekatan disamakan", "The change-agent team agrees on its approach",
        "Penyiapan tugas dimaksudkan untuk menyamakan presepsi antar anggota tim agen pengubah mengenai pendekatan apa yang dipilih dalam melakukan pengembangan masyarakat.";
    ADI Assessment "kebutuhan-dirasakan", "Masalah dikenali dari kebutuhan yang dirasakan warga", "Problems identified from the needs residents feel",
        "Tahap ini dilakukan dengan mengidentifikasi masalah, yaitu kebutuhan yang dirasakan dan juga sumber daya yang dimiliki.";
    ADI Assessment "sumber-daya", "Sumber daya yang dimiliki dikenali", "The resources at hand identified",
        "Tahap ini dilakukan dengan mengidentifikasi masalah, yaitu kebutuhan yang dirasakan dan juga sumber daya yang dimiliki.";
    ADI AlternativePlanning "warga-memikirkan-masalah", "Warga dilibatkan memikirkan masalah dan cara mengatasinya", "Residents take part in thinking through their problems and how to solve them",
        "petugas secara partisipatif mencoba melibatkan warga untuk berfikir tentang masalah yang mereka hadapi dan bagaimana cara mengatasinya";
    ADI Implementation "rencana-dilaksanakan", "Rencana yang tersusun dilaksanakan", "The plan drawn up is carried out",
        "Setelah rencana tersusun, maka dilanjutkan dengan tahapan implementasi atau pelaksanaan program/kegiatan.";
    ADI Evaluation "evaluasi-program", "Program dievaluasi selama berjalan atau sesudahnya", "The programme evaluated while it runs or after",
        "Evaluasi dapat dilakukan saat program sedang berjalan dan setelah berjalannya program.";
    BEKASI Preparation "rakor-bappeda", "Rapat koordinasi tingkat kota bersama Bappeda", "City coordination meeting with Bappeda",
        "melaksanakan rapat koordinasi tingkat Kota Bekasi bersama Bappeda, tepat satu tahun sebelum pelaksanaan program P2WKSS";
    BEKASI Preparation "anggaran", "Penganggaran program ditetapkan", "Programme budget set",
        "Rapat koordinasi juga dilaksanakan untuk membuat penganggaran program P2WKSS.";
    BEKASI Preparation "analisis-ipm", "Analisis IPM wilayah", "Human Development Index of the area analysed",
        "melakukan kajian bagaimana Indeks Pembangunan Manusia di Kecamatan Bekasi Utara yang tergolong rendah";
    BEKASI Preparation "cek-bdt", "Pengecekan silang Basis Data Terpadu", "Cross-check against the integrated database",
        "melakukan pengecekan silang pada Basis Data Terpadu untuk mengetahui berapa banyak warga prasejahtera";
    BEKASI Preparation "tim-pelaksana", "Tim pelaksana disusun", "Implementation team formed",
        "dinas terkait menyusun tim untuk pelaksanaan Program P2WKSS";
    BEKASI Preparation "rakor-lintas-sektor", "Rapat koordinasi lintas sektor oleh Ketua Tim Pengelola", "Cross-sector coordination led by the programme team head",
        "rapat koordinasi lintas sektor yang dipimpin langsung oleh Ketua Tim Pengelola P2WKSS";
    BEKASI Preparation "lokasi-sasaran", "Lokasi dan sasaran ditetapkan", "Location and targets fixed",
        "menetapkan lokasi dan sasaran untuk wilayah binaan P2WKSS";
    BEKASI Preparation "pendataan", "Kelompok binaan didata kader/RT/RW dan disahkan lurah", "Target group registered by cadres/RT/RW and ratified by the lurah",
        "oleh kader, LPM, PKB/PLKB, TP-PKK, RT dan RW dengan memperhatikan situasi dan kondisi setempat yang kemudian disahkan oleh Lurah";
    BEKASI Preparation "rencana-kerja", "Rencana kerja disusun", "Work plan drawn up",
        "penyusunan Rencana Kerja pelaksanaan P2WKSS secara terkoordinasi";
    BEKASI Preparation "jadwal", "Jadwal pelaksanaan ditetapkan", "Schedule fixed",
        "penetapan jadwal pelaksanaan kegiatan P2WKSS";
    BEKASI Assessment "survei-kebutuhan", "Survei kebutuhan oleh dinas terkait", "Needs survey by the agencies",
        "Dalam proses ini dinas-dinas terkait melakukan survei terlebih dahulu.";
    BEKASI Assessment "pemetaan-potensi", "Pemetaan potensi", "Potential mapped",
        "Tim membantu dalam upaya memetakan potensi sekaligus menyusun rencana program.";
    BEKASI Assessment "potensi-sdm", "Kajian potensi SDM melalui RT dan RW", "Human resources reviewed through RT and RW",
        "mengkaji dan melihat potensi SDM yang ada di masing-masing kelurahan";
    BEKASI Assessment "daftar-kegiatan", "Daftar kegiatan disusun kelurahan", "List of activities drawn up by the kelurahan",
        "Pihak kelurahan akan membuat list kegitan yang akan dilaksanakan";
    BEKASI Assessment "sosialisasi-awal", "Sosialisasi awal kepada kelompok binaan", "Initial socialisation to the target group",
        "Dilakukannya sosialisasi awal di awal kepada kelompok binaan";
    BEKASI AlternativePlanning "pertemuan-warga", "Pertemuan dengan warga membahas minat kegiatan", "Meeting with residents on the activities they want",
        "pihak kelurahan juga membuat pertemuan dengan masyarakat setempat untuk selanjutnya mendiskusikan, apakah kegiatan yang sudah di list oleh pihak kelurahan diminati oleh kelompok binaan";
    BEKASI AlternativePlanning "kegiatan-per-kelurahan", "Kegiatan tiap kelurahan ditentukan", "Activities fixed for each kelurahan",
        "Pada pertemuan ini pula menjadi awal penentuan kegiatan apa saja yang akan dilaksanakan di masing-masing kelurahan.";
    BOTH ActionPlan "rencana-tertulis", "Gagasan kelompok dirumuskan secara tertulis", "Groups' ideas put in writing",
        "petugas membantu masing-masing kelompok masyarakat untuk memformulasikan gagasan mereka dalam bentuk tertulis";
    BEKASI ActionPlan "pendanaan", "Proposal atau pendanaan oleh kelurahan", "Proposal or funding by the kelurahan",
        "Pada tahapan ini, proposal atau pendanaan dilakukan oleh pihak kelurahan.";
    BEKASI ActionPlan "penggerakan", "Kelompok binaan digerakkan oleh RT, RW, kader", "Target group mobilised by RT, RW and cadres",
        "RT, RW, Kader Posyandu mulai menggerakan kelompok binaan untuk mengikuti kegiatan-kegiatan pelatihan";
    BEKASI Implementation "pelatihan", "Pelatihan diberikan dengan sarana yang disediakan", "Trainings given with the facilities provided",
        "Pihak dinas terkait memberikan pelatihan kepada tim binaan, dengan sarana dan prasarana yang sudah disediakan.";
    BEKASI Implementation "sesuai-jadwal", "Pelaksanaan sesuai jadwal rapat koordinasi", "Carried out on the agreed schedule",
        "Pada saat pelaksanaan sudah sesuai dengan kesepakatan jadwal yang dibuat saat rapat koordinasi";
    BEKASI Implementation "pengawasan", "Pengawasan oleh leading sector", "Supervised by the leading sector",
        "pengawasan dinas DPAPMK sebagai leading sektor dalam pelaksanaan P2WKSS";
    RECOMMENDATION Implementation "modal-alat", "Rekomendasi: modal usaha dan alat agar keterampilan dapat dipraktikkan", "Recommendation: capital and tools so that skills can be practised",
        "penambahan modal usaha dan pemberian alat- alat yang menunjang usaha bagi ibu-ibu rumah tangga prasejahtera";
    BEKASI Evaluation "rakor-evaluasi", "Evaluasi melalui rapat koordinasi", "Evaluation through coordination meetings",
        "Evaluasi ini dilakukan oleh dinas-dinas terkait melalui rapat koordinasi.";
    BEKASI Evaluation "monitoring-wa", "Monitoring melalui grup WhatsApp", "Monitoring through WhatsApp groups",
        "monitoring yang di laksanakan melalui grup whatsapp dengan ibu-ibu";
    BEKASI Evaluation "kesan-pesan", "Kesan dan pesan kelompok binaan dihimpun", "Participants' impressions and messages collected",
        "seluruh kelompok binaan diminta untuk menulis kesan dan pesan setelah kegiatan pelatihan berjalan";
    BEKASI Evaluation "peta-keberlanjutan", "Masalah dan potensi keberlanjutan dipetakan", "Problems and sustainability mapped",
        "melakukan evaluasi program untuk memetakan masalah yang muncul sekaligus potensi keberlanjutan program";
    BOTH Termination "pemutusan-formal", "Pemutusan hubungan secara formal", "Formal end of the relationship",
        "Tahap ini merupakan tahap pemutusan hubungan secara formal dengan komunitas sasaran.";
    BEKASI Termination "monitoring-setahun", "Monitoring satu tahun setelah program", "Monitoring one year after the programme",
        "masih diadakannya monitoring setelah satu tahun berjalan program tersebut diberikan";
];

/// Every item the library knows for `stage`, of any profile — the ids a record may use
/// without a label of its own.
///
/// # Examples
///
/// ```
/// use berdaya::frameworks::adi::{profile_items, standard_items, AdiStage, ChecklistProfile};
/// let all: Vec<_> = standard_items(AdiStage::Preparation).collect();
/// assert!(all.iter().all(|i| i.stage == AdiStage::Preparation));
/// // Every profile's items are among them.
/// for profile in [ChecklistProfile::Adi, ChecklistProfile::P2wkssKotaBekasi] {
///     assert!(profile_items(profile, AdiStage::Preparation).all(|i| all.contains(&i)));
/// }
/// ```
pub fn standard_items(stage: AdiStage) -> impl Iterator<Item = &'static StandardItem> {
    STANDARD_CHECKLIST.iter().filter(move |i| i.stage == stage)
}

/// The known item with `id` in `stage`, if any.
///
/// # Examples
///
/// ```
/// use berdaya::frameworks::adi::{standard_item, AdiStage};
/// let found = standard_item(AdiStage::Preparation, "persepsi-tim");
/// assert_eq!(found.map(|i| i.id), Some("persepsi-tim"));
/// // An id is looked up within its stage only.
/// assert_eq!(standard_item(AdiStage::Termination, "persepsi-tim"), None);
/// ```
pub fn standard_item(stage: AdiStage, id: &str) -> Option<&'static StandardItem> {
    standard_items(stage).find(|i| i.id == id)
}

/// The items of this profile for `stage`, in the table's order.
///
/// # Examples
///
/// ```
/// use berdaya::frameworks::adi::{profile_items, AdiStage, ChecklistProfile};
/// let generic: Vec<&str> = profile_items(ChecklistProfile::Adi, AdiStage::Preparation).map(|i| i.id).collect();
/// assert_eq!(generic, ["pembagian-tugas", "persepsi-tim"]);
/// assert_eq!(profile_items(ChecklistProfile::P2wkssKotaBekasi, AdiStage::Preparation).count(), 10);
/// ```
pub fn profile_items(
    profile: ChecklistProfile,
    stage: AdiStage,
) -> impl Iterator<Item = &'static StandardItem> {
    STANDARD_CHECKLIST
        .iter()
        .filter(move |i| i.stage == stage && i.profiles.contains(&profile))
}
