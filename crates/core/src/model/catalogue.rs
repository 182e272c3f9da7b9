//! Module catalogues: named modules and sessions, each serving one dimension of welfare.

use serde::{Deserialize, Serialize};

use crate::model::ids::EvidenceId;
use crate::model::lang::labelled_enum;
use crate::model::lang::Text;

labelled_enum! {
    /// A dimension of welfare that a session serves or a participant progresses on.
    pub enum Dimension {
        /// Social (social welfare, behaviour, care of elderly and disabled).
        Social => ("social", "Sosial", "Social"),
        /// Economic (finance, saving, business).
        Economic => ("economic", "Ekonomi", "Economic"),
        /// Health and nutrition.
        Health => ("health", "Kesehatan", "Health"),
        /// Education and parenting.
        Education => ("education", "Pendidikan", "Education"),
        /// Protection (of children, against violence).
        Protection => ("protection", "Perlindungan", "Protection"),
    }
}

/// A catalogue of modules, such as the P2K2 modules of Kementerian Sosial.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModuleCatalogue {
    /// Name of the catalogue.
    pub name: Text,
    /// Where it comes from (e.g. "Panduan Teknis Pelaksanaan P2K2, 2020").
    pub source: String,
    /// Modules in order.
    pub modules: Vec<Module>,
    /// Evidence for the catalogue.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceId>,
}

/// A module and its sessions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Module {
    /// Code, unique in the catalogue (e.g. "M1").
    pub code: String,
    /// Title.
    pub title: Text,
    /// The dimension the module as a whole serves.
    pub dimension: Dimension,
    /// Whether it was added to the core catalogue later (e.g. the 2023 stunting module).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub supplementary: bool,
    /// Sessions in order; empty when the source does not list them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sessions: Vec<Session>,
}

/// A session of a module.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// Code, unique in its module (e.g. "S1").
    pub code: String,
    /// Title.
    pub title: Text,
    /// The dimension the session serves.
    pub dimension: Dimension,
}

impl ModuleCatalogue {
    /// Sessions of the core (non-supplementary) modules.
    pub fn core_sessions(&self) -> impl Iterator<Item = (&Module, &Session)> {
        self.modules
            .iter()
            .filter(|m| !m.supplementary)
            .flat_map(|m| m.sessions.iter().map(move |s| (m, s)))
    }

    /// How many core sessions serve `dimension`, and how many core sessions there are.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::catalogue::{p2k2, Dimension};
    /// assert_eq!(p2k2().sessions_serving(Dimension::Economic), (3, 14));
    /// ```
    pub fn sessions_serving(&self, dimension: Dimension) -> (usize, usize) {
        let all = self.core_sessions().count();
        let serving = self
            .core_sessions()
            .filter(|(_, s)| s.dimension == dimension)
            .count();
        (serving, all)
    }

    /// Finds a module and, when given, one of its sessions.
    pub fn find(&self, module: &str, session: Option<&str>) -> Option<(&Module, Option<&Session>)> {
        let m = self.modules.iter().find(|m| m.code == module)?;
        match session {
            None => Some((m, None)),
            Some(code) => m
                .sessions
                .iter()
                .find(|s| s.code == code)
                .map(|s| (m, Some(s))),
        }
    }
}

fn session(code: &str, id: &str, en: &str, dimension: Dimension) -> Session {
    Session {
        code: code.to_owned(),
        title: Text::new(id, en),
        dimension,
    }
}

/// The P2K2 module catalogue of Kementerian Sosial: five modules and fourteen sessions as
/// seed 002's Table 1 gives them (source: Panduan Teknis Pelaksanaan P2K2, 2020), plus the
/// stunting module the Direktorat Jaminan Sosial added in May 2023, whose sessions the seed
/// does not list.
///
/// Each session is tagged with the dimension it serves. Module 2's three sessions are the
/// economic ones — seed 002: "Dari 14 sesi di materi P2K2 tersebut hanya 3 sesi terkait
/// ekonomi, itu pada modul 2".
pub fn p2k2() -> ModuleCatalogue {
    use Dimension::*;
    let module = |code: &str, id: &str, en: &str, dimension, sessions: Vec<Session>| Module {
        code: code.to_owned(),
        title: Text::new(id, en),
        dimension,
        supplementary: false,
        sessions,
    };
    ModuleCatalogue {
        name: Text::new("Modul P2K2", "P2K2 modules"),
        source: "Panduan Teknis Pelaksanaan P2K2, 2020".to_owned(),
        modules: vec![
            module(
                "M1",
                "Pengasuhan dan Pendidikan Anak",
                "Parenting and Child Education",
                Education,
                vec![
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
            ),
            module(
                "M2",
                "Pengelolaan Keuangan dan Perencanaan Usaha",
                "Financial Management and Business Planning",
                Economic,
                vec![
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
            ),
            module(
                "M3",
                "Kesehatan dan Gizi",
                "Health and Nutrition",
                Health,
                vec![
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
            ),
            module(
                "M4",
                "Perlindungan Anak",
                "Child Protection",
                Protection,
                vec![
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
            ),
            module(
                "M5",
                "Kesejahteraan Sosial",
                "Social Welfare",
                Social,
                vec![
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
            ),
            Module {
                code: "STUNTING".to_owned(),
                title: Text::new(
                    "Pencegahan dan Penanganan Stunting",
                    "Stunting Prevention and Management",
                ),
                dimension: Health,
                supplementary: true,
                sessions: Vec::new(),
            },
        ],
        evidence: Vec::new(),
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
}
