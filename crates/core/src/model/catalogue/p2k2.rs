//! The P2K2 module catalogue of Kementerian Sosial as data: seed 002's Table 1 (source:
//! Panduan Teknis Pelaksanaan P2K2, 2020) — five modules and fourteen sessions, each row
//! with the seed's own words — plus the stunting module added in May 2023.

use crate::model::catalogue::structure::Dimension::{
    self, Economic, Education, Health, Protection, Social,
};
use crate::model::catalogue::structure::{Module, ModuleCatalogue, Session};
use crate::model::lang::Text;

/// One module as data.
struct ModuleRow {
    code: &'static str,
    title_id: &'static str,
    title_en: &'static str,
    dimension: Dimension,
    supplementary: bool,
    sessions: &'static [SessionRow],
    /// The seed's words for the module, verbatim.
    quote: &'static str,
}

/// One session as data; the seed cites it as `Sesi <n>: "<title_id>"`.
struct SessionRow {
    code: &'static str,
    title_id: &'static str,
    title_en: &'static str,
    dimension: Dimension,
}

const fn session(
    code: &'static str,
    title_id: &'static str,
    title_en: &'static str,
    dimension: Dimension,
) -> SessionRow {
    SessionRow {
        code,
        title_id,
        title_en,
        dimension,
    }
}

/// Module 2's sessions are the economic ones — seed 002: "Dari 14 sesi di materi P2K2
/// tersebut hanya 3 sesi terkait ekonomi, itu pada modul 2".
const MODULES: &[ModuleRow] = &[
    ModuleRow {
        code: "M1",
        title_id: "Pengasuhan dan Pendidikan Anak",
        title_en: "Parenting and Child Education",
        dimension: Education,
        supplementary: false,
        quote: "Modul 1 Pengasuhan dan Pendidikan Anak",
        sessions: &[
            session(
                "S1",
                "Menjadi Orang Tua yang Lebih Baik",
                "Becoming Better Parents",
                Education,
            ),
            session(
                "S2",
                "Memahami Perkembangan dan Perilaku Anak",
                "Understanding Child Development and Behaviour",
                Education,
            ),
            session(
                "S3",
                "Memahami Cara Anak Usia Dini Belajar",
                "Understanding How Young Children Learn",
                Education,
            ),
            session(
                "S4",
                "Membantu Anak Sukses di Sekolah",
                "Helping Children Succeed at School",
                Education,
            ),
        ],
    },
    ModuleRow {
        code: "M2",
        title_id: "Pengelolaan Keuangan dan Perencanaan Usaha",
        title_en: "Financial Management and Business Planning",
        dimension: Economic,
        supplementary: false,
        quote: "Modul 2 Pengelolaan Keuangan dan Perencanaan Usaha",
        sessions: &[
            session(
                "S1",
                "Mengelola Keuangan Keluarga",
                "Managing Family Finances",
                Economic,
            ),
            session(
                "S2",
                "Cermat Meminjam dan Menabung",
                "Borrowing and Saving Wisely",
                Economic,
            ),
            session("S3", "Memulai Usaha", "Starting a Business", Economic),
        ],
    },
    ModuleRow {
        code: "M3",
        title_id: "Kesehatan dan Gizi",
        title_en: "Health and Nutrition",
        dimension: Health,
        supplementary: false,
        quote: "Modul 3 Kesehatan dan Gizi",
        sessions: &[
            session(
                "S1",
                "Pentingnya Gizi dan Layanan Kesehatan Ibu Hamil",
                "Nutrition and Health Services for Pregnant Women",
                Health,
            ),
            session(
                "S2",
                "Pentingnya Gizi untuk Ibu Menyusui dan Balita",
                "Nutrition for Breastfeeding Mothers and Under-fives",
                Health,
            ),
            session(
                "S3",
                "Kesakitan pada Anak dan Kesehatan Lingkungan",
                "Childhood Illness and Environmental Health",
                Health,
            ),
        ],
    },
    ModuleRow {
        code: "M4",
        title_id: "Perlindungan Anak",
        title_en: "Child Protection",
        dimension: Protection,
        supplementary: false,
        quote: "Modul 4 Perlindungan Anak",
        sessions: &[
            session(
                "S1",
                "Upaya Pencegahan Kekerasan dan Perlakuan Salah pada Anak",
                "Preventing Violence against and Abuse of Children",
                Protection,
            ),
            session(
                "S2",
                "Penelantaran dan Eksploitasi terhadap Anak",
                "Neglect and Exploitation of Children",
                Protection,
            ),
        ],
    },
    ModuleRow {
        code: "M5",
        title_id: "Kesejahteraan Sosial",
        title_en: "Social Welfare",
        dimension: Social,
        supplementary: false,
        quote: "Modul 5 Kesejahteraan Sosial",
        sessions: &[
            session(
                "S1",
                "Pelayanan Bagi Penyandang Disabilitas Berat",
                "Services for People with Severe Disabilities",
                Social,
            ),
            session(
                "S2",
                "Pentingnya Kesejahteraan Lanjut Usia",
                "The Importance of Elderly Welfare",
                Social,
            ),
        ],
    },
    ModuleRow {
        code: "STUNTING",
        title_id: "Pencegahan dan Penanganan Stunting",
        title_en: "Stunting Prevention and Management",
        dimension: Health,
        supplementary: true,
        quote: "modul pencegahan serta penanganan stunting",
        sessions: &[],
    },
];

/// The P2K2 module catalogue of Kementerian Sosial: five modules and fourteen sessions as
/// seed 002's Table 1 gives them (source: Panduan Teknis Pelaksanaan P2K2, 2020), plus the
/// stunting module the Direktorat Jaminan Sosial added in May 2023, whose sessions the seed
/// does not list.
///
/// Each session is tagged with the dimension it serves. Module 2's three sessions are the
/// economic ones — seed 002: "Dari 14 sesi di materi P2K2 tersebut hanya 3 sesi terkait
/// ekonomi, itu pada modul 2".
///
/// # Examples
///
/// ```
/// use berdaya::model::catalogue::{p2k2, Dimension};
/// let c = p2k2();
/// assert_eq!(c.core_sessions().count(), 14);
/// assert_eq!(c.sessions_serving(Dimension::Economic), (3, 14));
/// ```
pub fn p2k2() -> ModuleCatalogue {
    let modules = MODULES.iter().map(module).collect();
    ModuleCatalogue::new(
        Text::new("Modul P2K2", "P2K2 modules"),
        "Panduan Teknis Pelaksanaan P2K2, 2020",
        modules,
    )
}

/// The seed's words for each P2K2 module, verbatim, by module code — what a report cites
/// for the catalogue.
///
/// # Examples
///
/// ```
/// let quotes: Vec<_> = berdaya::model::catalogue::p2k2_quotes().collect();
/// assert_eq!(quotes[1], ("M2", "Modul 2 Pengelolaan Keuangan dan Perencanaan Usaha"));
/// ```
pub fn p2k2_quotes() -> impl Iterator<Item = (&'static str, &'static str)> {
    MODULES.iter().map(|m| (m.code, m.quote))
}

fn module(row: &ModuleRow) -> Module {
    let sessions = row
        .sessions
        .iter()
        .map(|s| Session::new(s.code, Text::new(s.title_id, s.title_en), s.dimension))
        .collect();
    let m = Module::new(
        row.code,
        Text::new(row.title_id, row.title_en),
        row.dimension,
        sessions,
    );
    if row.supplementary {
        m.supplementary()
    } else {
        m
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn p2k2_has_five_core_modules_and_fourteen_sessions() {
        let c = p2k2();
        assert_eq!(c.modules.iter().filter(|m| !m.supplementary).count(), 5);
        assert_eq!(c.core_sessions().count(), 14);
        assert_eq!(c.sessions_serving(Dimension::Economic), (3, 14));
        assert!(c.find("M2", Some("S3")).is_some());
        assert!(c.find("M2", Some("S4")).is_none());
        assert!(c.find("STUNTING", None).is_some());
    }

    #[test]
    fn each_core_row_quotes_its_module_title_and_numbers_its_sessions() {
        for (n, row) in MODULES.iter().filter(|r| !r.supplementary).enumerate() {
            assert_eq!(row.quote, format!("Modul {} {}", n + 1, row.title_id));
            for (k, s) in row.sessions.iter().enumerate() {
                assert_eq!(s.code, format!("S{}", k + 1));
                assert_eq!(s.dimension, row.dimension, "{} {}", row.code, s.code);
            }
        }
    }
}
