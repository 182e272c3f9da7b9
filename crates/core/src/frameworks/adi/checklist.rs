//! The standard checklist of each Adi stage, as data: every item quotes the seed-000 sentence
//! it comes from.

use serde::Serialize;

use crate::model::records::adi::AdiStage;

/// A standard checklist item of a stage, derived from seed 000.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct StandardItem {
    /// Stable id, unique within its stage.
    pub id: &'static str,
    /// The stage.
    pub stage: AdiStage,
    /// Label in Bahasa Indonesia.
    pub label_id: &'static str,
    /// Label in English.
    pub label_en: &'static str,
    /// The seed sentence it comes from, verbatim.
    pub seed: &'static str,
}

macro_rules! items {
    ($($stage:ident $id:literal, $lid:literal, $len:literal, $seed:literal;)+) => {
        &[$(StandardItem { id: $id, stage: AdiStage::$stage, label_id: $lid, label_en: $len, seed: $seed }),+]
    };
}

/// Every stage's standard checklist, from seed 000's account of P2WKSS in Bekasi Utara.
pub const STANDARD_CHECKLIST: &[StandardItem] = items![
    Preparation "rakor-bappeda", "Rapat koordinasi tingkat kota bersama Bappeda", "City coordination meeting with Bappeda",
        "melaksanakan rapat koordinasi tingkat Kota Bekasi bersama Bappeda, tepat satu tahun sebelum pelaksanaan program P2WKSS";
    Preparation "anggaran", "Penganggaran program ditetapkan", "Programme budget set",
        "Rapat koordinasi juga dilaksanakan untuk membuat penganggaran program P2WKSS.";
    Preparation "analisis-ipm", "Analisis IPM wilayah", "Human Development Index of the area analysed",
        "melakukan kajian bagaimana Indeks Pembangunan Manusia di Kecamatan Bekasi Utara yang tergolong rendah";
    Preparation "cek-bdt", "Pengecekan silang Basis Data Terpadu", "Cross-check against the integrated database",
        "melakukan pengecekan silang pada Basis Data Terpadu untuk mengetahui berapa banyak warga prasejahtera";
    Preparation "tim-pelaksana", "Tim pelaksana disusun", "Implementation team formed",
        "dinas terkait menyusun tim untuk pelaksanaan Program P2WKSS";
    Preparation "rakor-lintas-sektor", "Rapat koordinasi lintas sektor oleh Ketua Tim Pengelola", "Cross-sector coordination led by the programme team head",
        "rapat koordinasi lintas sektor yang dipimpin langsung oleh Ketua Tim Pengelola P2WKSS";
    Preparation "lokasi-sasaran", "Lokasi dan sasaran ditetapkan", "Location and targets fixed",
        "menetapkan lokasi dan sasaran untuk wilayah binaan P2WKSS";
    Preparation "pendataan", "Kelompok binaan didata kader/RT/RW dan disahkan lurah", "Target group registered by cadres/RT/RW and ratified by the lurah",
        "oleh kader, LPM, PKB/PLKB, TP-PKK, RT dan RW dengan memperhatikan situasi dan kondisi setempat yang kemudian disahkan oleh Lurah";
    Preparation "rencana-kerja", "Rencana kerja disusun", "Work plan drawn up",
        "penyusunan Rencana Kerja pelaksanaan P2WKSS secara terkoordinasi";
    Preparation "jadwal", "Jadwal pelaksanaan ditetapkan", "Schedule fixed",
        "penetapan jadwal pelaksanaan kegiatan P2WKSS";
    Assessment "survei-kebutuhan", "Survei kebutuhan oleh dinas terkait", "Needs survey by the agencies",
        "Dalam proses ini dinas-dinas terkait melakukan survei terlebih dahulu.";
    Assessment "pemetaan-potensi", "Pemetaan potensi", "Potential mapped",
        "Tim membantu dalam upaya memetakan potensi sekaligus menyusun rencana program.";
    Assessment "potensi-sdm", "Kajian potensi SDM melalui RT dan RW", "Human resources reviewed through RT and RW",
        "mengkaji dan melihat potensi SDM yang ada di masing-masing kelurahan";
    Assessment "daftar-kegiatan", "Daftar kegiatan disusun kelurahan", "List of activities drawn up by the kelurahan",
        "Pihak kelurahan akan membuat list kegitan yang akan dilaksanakan";
    Assessment "sosialisasi-awal", "Sosialisasi awal kepada kelompok binaan", "Initial socialisation to the target group",
        "Dilakukannya sosialisasi awal di awal kepada kelompok binaan";
    AlternativePlanning "pertemuan-warga", "Pertemuan dengan warga membahas minat kegiatan", "Meeting with residents on the activities they want",
        "pihak kelurahan juga membuat pertemuan dengan masyarakat setempat untuk selanjutnya mendiskusikan, apakah kegiatan yang sudah di list oleh pihak kelurahan diminati oleh kelompok binaan";
    AlternativePlanning "kegiatan-per-kelurahan", "Kegiatan tiap kelurahan ditentukan", "Activities fixed for each kelurahan",
        "Pada pertemuan ini pula menjadi awal penentuan kegiatan apa saja yang akan dilaksanakan di masing-masing kelurahan.";
    ActionPlan "rencana-tertulis", "Gagasan kelompok dirumuskan secara tertulis", "Groups' ideas put in writing",
        "petugas membantu masing-masing kelompok masyarakat untuk memformulasikan gagasan mereka dalam bentuk tertulis";
    ActionPlan "pendanaan", "Proposal atau pendanaan oleh kelurahan", "Proposal or funding by the kelurahan",
        "Pada tahapan ini, proposal atau pendanaan dilakukan oleh pihak kelurahan.";
    ActionPlan "penggerakan", "Kelompok binaan digerakkan oleh RT, RW, kader", "Target group mobilised by RT, RW and cadres",
        "RT, RW, Kader Posyandu mulai menggerakan kelompok binaan untuk mengikuti kegiatan-kegiatan pelatihan";
    Implementation "pelatihan", "Pelatihan diberikan dengan sarana yang disediakan", "Trainings given with the facilities provided",
        "Pihak dinas terkait memberikan pelatihan kepada tim binaan, dengan sarana dan prasarana yang sudah disediakan.";
    Implementation "sesuai-jadwal", "Pelaksanaan sesuai jadwal rapat koordinasi", "Carried out on the agreed schedule",
        "Pada saat pelaksanaan sudah sesuai dengan kesepakatan jadwal yang dibuat saat rapat koordinasi";
    Implementation "pengawasan", "Pengawasan oleh leading sector", "Supervised by the leading sector",
        "pengawasan dinas DPAPMK sebagai leading sektor dalam pelaksanaan P2WKSS";
    Implementation "modal-alat", "Modal usaha dan alat diberikan agar keterampilan dapat dipraktikkan", "Capital and tools given so skills can be practised",
        "penambahan modal usaha dan pemberian alat- alat yang menunjang usaha bagi ibu-ibu rumah tangga prasejahtera";
    Evaluation "rakor-evaluasi", "Evaluasi melalui rapat koordinasi", "Evaluation through coordination meetings",
        "Evaluasi ini dilakukan oleh dinas-dinas terkait melalui rapat koordinasi.";
    Evaluation "monitoring-wa", "Monitoring melalui grup WhatsApp", "Monitoring through WhatsApp groups",
        "monitoring yang di laksanakan melalui grup whatsapp dengan ibu-ibu";
    Evaluation "kesan-pesan", "Kesan dan pesan kelompok binaan dihimpun", "Participants' impressions and messages collected",
        "seluruh kelompok binaan diminta untuk menulis kesan dan pesan setelah kegiatan pelatihan berjalan";
    Evaluation "peta-keberlanjutan", "Masalah dan potensi keberlanjutan dipetakan", "Problems and sustainability mapped",
        "melakukan evaluasi program untuk memetakan masalah yang muncul sekaligus potensi keberlanjutan program";
    Termination "pemutusan-formal", "Pemutusan hubungan secara formal", "Formal end of the relationship",
        "Tahap ini merupakan tahap pemutusan hubungan secara formal dengan komunitas sasaran.";
    Termination "monitoring-setahun", "Monitoring satu tahun setelah program", "Monitoring one year after the programme",
        "masih diadakannya monitoring setelah satu tahun berjalan program tersebut diberikan";
];

/// The standard items of one stage.
pub fn standard_items(stage: AdiStage) -> impl Iterator<Item = &'static StandardItem> {
    STANDARD_CHECKLIST.iter().filter(move |i| i.stage == stage)
}
