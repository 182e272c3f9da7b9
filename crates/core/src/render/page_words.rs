//! The words of the assessment page's field-app parts (issue #13): starting an assessment,
//! the saved list, the local store and its backup file, the offline notices and the messages
//! for officers. In both languages, as data, like [`vocabulary`](super::vocabulary)'s page
//! words; the page looks each up by its code.

use crate::model::lang::labelled_enum;

labelled_enum! {
    /// A word or sentence of the assessment page.
    #[non_exhaustive]
    pub enum PageWord {
        /// Skip link.
        SkipToContent => ("skip_to_content", "Langsung ke isi", "Skip to content"),
        /// Start a new assessment.
        NewAssessment => ("new_assessment", "Penilaian baru", "New assessment"),
        /// The guided start's explanation.
        NewAssessmentHelp => ("new_assessment_help", "Isi yang diketahui; semua bisa diubah nanti. Kolom bahasa lain boleh dikosongkan.", "Fill in what you know; everything can be changed later. The other language may be left empty."),
        /// Programme or eligibility preset.
        ProgrammeOrPreset => ("programme_or_preset", "Program atau preset kelayakan", "Programme or eligibility preset"),
        /// Province.
        Province => ("province", "Provinsi", "Province"),
        /// Name of the kota or kabupaten.
        CityName => ("city_name", "Nama kota/kabupaten", "Name of the city or regency"),
        /// Kelurahan or desa.
        Village => ("village", "Kelurahan/desa", "Village (kelurahan or desa)"),
        /// RW.
        Rw => ("rw", "RW", "RW (neighbourhood)"),
        /// Title of the assessment.
        AssessmentTitle => ("assessment_title", "Judul penilaian", "Title of the assessment"),
        /// Period start.
        PeriodStart => ("period_start", "Periode mulai (YYYY, YYYY-MM atau YYYY-MM-DD)", "Period start (YYYY, YYYY-MM or YYYY-MM-DD)"),
        /// Period end.
        PeriodEnd => ("period_end", "Periode selesai (boleh kosong)", "Period end (may be empty)"),
        /// Assessor.
        Assessor => ("assessor", "Penilai (nama atau tim)", "Assessor (name or team)"),
        /// Assessment date.
        AssessmentDate => ("assessment_date", "Tanggal penilaian (YYYY-MM-DD)", "Assessment date (YYYY-MM-DD)"),
        /// Create.
        Create => ("create", "Buat", "Create"),
        /// Cancel.
        Cancel => ("cancel", "Batal", "Cancel"),
        /// The saved assessments.
        SavedAssessments => ("saved_assessments", "Penilaian tersimpan", "Saved assessments"),
        /// Last saved.
        LastSaved => ("last_saved", "Terakhir disimpan", "Last saved"),
        /// Open.
        Open => ("open", "Buka", "Open"),
        /// Delete.
        Delete => ("delete", "Hapus", "Delete"),
        /// Asked before deleting.
        ConfirmDelete => ("confirm_delete", "Hapus penilaian ini dari perangkat? Ini tidak bisa dibatalkan.", "Delete this assessment from the device? This cannot be undone."),
        /// Asked before replacing the open case.
        ConfirmReplace => ("confirm_replace", "Penilaian yang terbuka tetap tersimpan di perangkat. Lanjutkan?", "The open assessment stays saved on the device. Continue?"),
        /// Saved.
        Saved => ("saved", "Tersimpan di perangkat", "Saved on this device"),
        /// Saving failed.
        SaveFailed => ("save_failed", "Gagal menyimpan di perangkat", "Could not save on this device"),
        /// Export the store.
        ExportStore => ("export_store", "Cadangkan semua (berkas)", "Back up everything (file)"),
        /// Import a backup.
        ImportStore => ("import_store", "Pulihkan dari cadangan", "Restore from a backup"),
        /// A backup was refused.
        ImportRefused => ("import_refused", "Cadangan ditolak; tidak ada yang diubah. Masalahnya:", "Backup refused; nothing was changed. Its problems:"),
        /// A backup was read.
        ImportDone => ("import_done", "Cadangan dipulihkan", "Backup restored"),
        /// A download failed.
        DownloadFailed => ("download_failed", "Unduhan gagal", "Download failed"),
        /// The report is stale.
        ReportStale => ("report_stale", "Laporan belum diperbarui: perbaiki isian berikut", "Report not updated: fix these entries"),
        /// Where in the document (for experts).
        PathDetail => ("path_detail", "Letak dalam dokumen", "Place in the document"),
        /// Go to the field.
        GoToField => ("go_to_field", "Ke isian", "Go to the entry"),
        /// Expected.
        Expected => ("expected", "Seharusnya", "Expected"),
        /// Found.
        Found => ("found", "Tertulis", "Found"),
        /// Add one more.
        Add => ("add", "Tambah", "Add"),
        /// Remove this one.
        Remove => ("remove", "Hapus", "Remove"),
        /// Not given.
        NotGiven => ("not_given", "(tidak diisi)", "(not given)"),
        /// Yes.
        Yes => ("yes", "Ya", "Yes"),
        /// No.
        No => ("no", "Tidak", "No"),
        /// Optional: the other language.
        OtherLanguage => ("other_language", "bahasa lain, boleh kosong", "other language, optional"),
        /// The form tab.
        TabForm => ("tab_form", "Isian", "Form"),
        /// The report tab.
        TabReport => ("tab_report", "Laporan", "Report"),
        /// What each score means.
        ScoreMeaning => ("score_meaning", "Arti skor", "What each score means"),
        /// Source.
        Source => ("source", "Sumber", "Source"),
        /// What a 5 means.
        HighMeans => ("high_means", "Skor 5 berarti", "A 5 means"),
        /// Part of the case: general.
        General => ("general", "Umum", "General"),
        /// Ready offline.
        OfflineReady => ("offline_ready", "Siap dipakai tanpa internet", "Ready to use offline"),
        /// Opened from a file.
        NeedsServer => ("needs_server", "Halaman ini tidak bisa berjalan bila dibuka langsung dari berkas (file://). Buka lewat alamat http(s), misalnya `python3 -m http.server` di folder ini, atau pasang dari alamat itu.", "This page cannot run when opened straight from a file (file://). Open it over http(s), e.g. `python3 -m http.server` in its folder, or install it from that address."),
        /// An old browser.
        OldBrowser => ("old_browser", "Peramban ini terlalu lama (perlu WebAssembly, modul JavaScript dan IndexedDB). Gunakan Chrome, Firefox, Edge atau Safari versi baru.", "This browser is too old (it needs WebAssembly, JavaScript modules and IndexedDB). Use a recent Chrome, Firefox, Edge or Safari."),
        /// The page's code (its module or scripts) did not load, or failed while starting.
        ModuleFailed => ("module_failed", "Halaman tidak bisa dimulai karena sebagian isinya gagal dimuat. Muat ulang halaman; bila tetap gagal, buka lagi saat tersambung ke internet atau gunakan peramban versi baru.", "The page could not start because part of it did not load. Reload the page; if that does not help, open it again while online or use a recent browser."),
        /// Part of a started page failed (e.g. a file it fetches after its report).
        PartFailed => ("part_failed", "Sebagian halaman gagal dimuat. Muat ulang halaman untuk mencoba lagi.", "Part of the page did not load. Reload the page to try again."),
        /// A case the page fetches (the default case at start, a case chosen from the list) did
        /// not arrive: offline before the page was kept for offline use, or a server error.
        CaseUnavailable => ("case_unavailable", "Contoh kasus tidak bisa dimuat. Periksa sambungan internet, lalu pilih contoh kasus dari daftar; penilaian tersimpan tetap bisa dibuka.", "The example case could not be loaded. Check the connection, then choose an example case from the list; saved assessments can still be opened."),
        /// Storage unavailable.
        NoStorage => ("no_storage", "Penyimpanan perangkat tidak tersedia: perubahan tidak akan tersimpan. Unduh kasus secara berkala.", "Device storage is unavailable: changes will not be kept. Download the case regularly."),
        /// Untitled.
        Untitled => ("untitled", "(tanpa judul)", "(untitled)"),
        /// Choose.
        Choose => ("choose", "— pilih —", "— choose —"),
        /// A file that is not JSON.
        NotJson => ("not_json", "Bukan berkas JSON", "Not a JSON file"),
        /// A JSON file that is not a backup.
        NotBackup => ("not_backup", "Bukan berkas cadangan berdaya (format, version, assessments)", "Not a berdaya backup file (format, version, assessments)"),
        /// The key of a saved assessment.
        BackupKey => ("backup_key", "kunci penilaian (teks, unik dalam berkas)", "assessment key (text, unique in the file)"),
        /// When it was saved.
        BackupSavedAt => ("backup_saved_at", "waktu simpan (angka milidetik)", "time saved (a number of milliseconds)"),
        /// Used twice.
        Duplicate => ("duplicate", "dipakai dua kali", "used twice"),
        /// The example cases.
        Examples => ("examples", "Contoh kasus", "Example cases"),
        /// Open the print dialogue.
        Print => ("print", "Cetak laporan", "Print the report"),
        /// Parts of the form.
        Parts => ("parts", "Bagian isian", "Parts of the form"),
        /// The open assessment (not yet saved: an example).
        NotYetSaved => ("not_yet_saved", "Contoh: disimpan di perangkat setelah diubah", "Example: saved on the device once changed"),
        /// The identifier of a record.
        Identifier => ("identifier", "Kode pengenal (unik, tanpa spasi)", "Identifier (unique, no spaces)"),
        /// Item number.
        Item => ("item", "Butir", "Item"),
        /// A case file that was refused (its problems follow).
        OpenRefused => ("open_refused", "Berkas kasus ditolak; tidak ada yang diubah. Masalahnya:", "Case file refused; nothing was changed. Its problems:"),
        /// The Indonesian text of a two-language field.
        LangIndonesian => ("lang_id", "Bahasa Indonesia", "Indonesian"),
        /// The English text of a two-language field.
        LangEnglish => ("lang_en", "Bahasa Inggris", "English"),
        /// How a date may be written.
        DateHint => ("date_hint", "YYYY, YYYY-MM atau YYYY-MM-DD (mis. 2024, 2024-03, 2024-03-15)", "YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024, 2024-03, 2024-03-15)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::lang::{Labelled, Lang};

    #[test]
    fn every_word_is_in_both_languages_and_codes_are_unique() {
        let mut codes: Vec<_> = PageWord::ALL.iter().map(|w| w.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), PageWord::ALL.len());
        for w in PageWord::ALL {
            assert!(!w.label(Lang::Id).is_empty() && !w.label(Lang::En).is_empty());
        }
        assert_eq!(
            PageWord::from_code("report_stale"),
            Some(PageWord::ReportStale)
        );
    }
}
