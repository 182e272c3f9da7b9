//! The zip side of a `.qdpx`: reading entries under limits (a zip bomb or a zip of a million
//! entries is a typed error, never an exhausted memory) and writing a deterministic archive.

use std::io::{Cursor, Read, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use super::error::{ExchangeError, Location};

/// Limits on what an archive may hold; [`Limits::default`] fits a project of hundreds of
/// interview transcripts.
///
/// # Examples
///
/// ```
/// use berdaya::exchange::Limits;
/// let roomy = Limits::default();
/// // Hundreds of transcripts fit, each of them well under the size limit.
/// assert!(roomy.entries >= 1_000 && roomy.entry_bytes >= 1 << 20);
/// assert!(roomy.total_bytes >= roomy.entry_bytes);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// Entries in the archive.
    pub entries: usize,
    /// Bytes of one entry once decompressed.
    pub entry_bytes: u64,
    /// Bytes of every entry read, once decompressed.
    pub total_bytes: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            entries: 10_000,
            entry_bytes: 64 << 20,
            total_bytes: 256 << 20,
        }
    }
}

impl Limits {
    /// Limits with the given numbers.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::exchange::Limits;
    /// // A service that takes only small projects: 50 files, 1 MiB each, 10 MiB in all.
    /// let small = Limits::new(50, 1 << 20, 10 << 20);
    /// assert_eq!((small.entries, small.entry_bytes, small.total_bytes), (50, 1 << 20, 10 << 20));
    /// ```
    pub fn new(entries: usize, entry_bytes: u64, total_bytes: u64) -> Limits {
        Limits {
            entries,
            entry_bytes,
            total_bytes,
        }
    }
}

fn at(path: &str) -> Location {
    Location {
        line: 0,
        column: 0,
        path: path.to_owned(),
    }
}

fn zip_error(e: impl std::fmt::Display, path: &str) -> ExchangeError {
    ExchangeError::Zip {
        message: e.to_string(),
        location: at(path),
    }
}

/// An opened archive: its entry names and a budget of bytes still to read.
pub(crate) struct Archive<'a> {
    zip: ZipArchive<Cursor<&'a [u8]>>,
    names: Vec<String>,
    limits: Limits,
    read: u64,
}

impl<'a> Archive<'a> {
    pub(crate) fn open(bytes: &'a [u8], limits: Limits) -> Result<Archive<'a>, ExchangeError> {
        let zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| zip_error(e, ""))?;
        if zip.len() > limits.entries {
            return Err(ExchangeError::ZipLimit {
                what: "entries",
                limit: limits.entries as u64,
                found: zip.len() as u64,
                location: at(""),
            });
        }
        let names = zip
            .file_names()
            .map(|n| n.map(|n| n.into_owned()))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| zip_error(e, ""))?;
        Ok(Archive {
            zip,
            names,
            limits,
            read: 0,
        })
    }

    /// The entries' names, in the archive's order.
    pub(crate) fn names(&self) -> &[String] {
        &self.names
    }

    /// Reads an entry, counting the bytes actually decompressed (not what the header says).
    pub(crate) fn read(&mut self, name: &str) -> Result<Vec<u8>, ExchangeError> {
        let entry = self.zip.by_name(name).map_err(|e| zip_error(e, name))?;
        let budget = self
            .limits
            .entry_bytes
            .min(self.limits.total_bytes.saturating_sub(self.read));
        let mut out = Vec::new();
        entry
            .take(budget.saturating_add(1))
            .read_to_end(&mut out)
            .map_err(|e| zip_error(e, name))?;
        let n = out.len() as u64;
        if n > budget {
            let (what, limit) = if budget == self.limits.entry_bytes {
                ("entry_bytes", self.limits.entry_bytes)
            } else {
                ("total_bytes", self.limits.total_bytes)
            };
            return Err(ExchangeError::ZipLimit {
                what,
                limit,
                found: n,
                location: at(name),
            });
        }
        self.read += n;
        Ok(out)
    }
}

/// Writes the entries, deflated, in the order given, with a fixed timestamp (the same project
/// gives the same bytes).
pub(crate) fn write(entries: &[(String, Vec<u8>)]) -> Result<Vec<u8>, ExchangeError> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, bytes) in entries {
        zip.start_file(name.as_str(), options)
            .map_err(|e| zip_error(e, name))?;
        zip.write_all(bytes).map_err(|e| zip_error(e, name))?;
    }
    let cursor = zip.finish().map_err(|e| zip_error(e, ""))?;
    Ok(cursor.into_inner())
}
