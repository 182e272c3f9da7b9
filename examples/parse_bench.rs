//! Parse time and peak memory of `Case::from_json` for documents of 10k, 100k and 1M
//! participants (or the counts given as arguments).
//!
//! ```text
//! cargo run --release -p berdaya-examples --bin berdaya-parse-bench
//! cargo run --release -p berdaya-examples --bin berdaya-parse-bench -- 1000000
//! ```
//!
//! Each size runs in a child process of its own, so that each peak (VmHWM, read from
//! `/proc/self/status` on Linux) is that size's alone; the peak is printed beside the
//! document's size in bytes. A refused copy of each document (one bad age at the end) shows
//! the cost of the slower path that lists every structural problem; the draft path
//! (`Case::from_json_unchecked`) shows the cost of reading without the cross-record checks.

use std::fmt::Write as _;
use std::process::Command;
use std::time::Instant;

use berdaya::Case;

/// A valid document with `n` participants spread over 100 sites.
fn document(n: usize, bad_last_age: bool) -> String {
    let mut out = String::with_capacity(n * 90 + 1_000);
    out.push_str(
        r#"{"schema_version": 1, "id": "bench", "title": {"id": "Uji", "en": "Bench"},
        "reference_date": "2024-01-01",
        "programme": {"name": {"id": "Program", "en": "Programme"}, "acronym": "P",
            "kind": "p2k2", "level": "city"},
        "sites": ["#,
    );
    for s in 0..100 {
        let sep = if s == 0 { "" } else { "," };
        let _ = write!(
            out,
            r#"{sep}{{"id": "s{s}", "province": "Banten", "city": "Tangerang", "city_kind": "kota"}}"#
        );
    }
    out.push_str(r#"], "participants": ["#);
    for i in 0..n {
        let sep = if i == 0 { "" } else { "," };
        let age = if bad_last_age && i + 1 == n {
            "\"x\"".to_owned()
        } else {
            (20 + i % 40).to_string()
        };
        let _ = write!(
            out,
            r#"{sep}{{"id": "p{i}", "sex": "female", "age": {age}, "site": "s{}", "dependants": {}, "monthly_income": {}}}"#,
            i % 100,
            i % 6,
            400_000 + (i % 9) * 50_000
        );
    }
    out.push_str("]}");
    out
}

/// Peak resident memory of this process in kB, when the platform says.
fn peak_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn measure(n: usize, kind: &str) {
    let text = document(n, kind == "refused");
    let before = peak_kb().unwrap_or(0);
    let start = Instant::now();
    let result = if kind == "draft" {
        Case::from_json_unchecked(&text)
    } else {
        Case::from_json(&text)
    };
    let seconds = start.elapsed().as_secs_f64();
    let peak = peak_kb().unwrap_or(0);
    let answer = match &result {
        Ok(case) => format!("{kind}, {} participants", case.participants.len()),
        Err(e) => format!("refused, {} problem(s)", e.problems.len()),
    };
    let mb = |kb: u64| kb as f64 / 1024.0;
    let text_mb = text.len() as f64 / 1_048_576.0;
    println!(
        "{n:>9} participants  {text_mb:>6.1} MB text  {seconds:>7.3} s  peak {:>7.1} MB, \
         of which parsing {:>7.1} MB = {:.1}x the text  {answer}",
        mb(peak),
        (mb(peak) - mb(before)).max(0.0),
        (mb(peak) - mb(before)).max(0.0) / text_mb,
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, n, kind] = args.as_slice() {
        if flag == "--child" {
            measure(n.parse().unwrap_or(10_000), kind);
            return;
        }
    }
    let sizes: Vec<usize> = if args.is_empty() {
        vec![10_000, 100_000, 1_000_000]
    } else {
        args.iter().filter_map(|a| a.parse().ok()).collect()
    };
    let Ok(me) = std::env::current_exe() else {
        eprintln!("cannot find this program to run it per size");
        return;
    };
    for n in sizes {
        for kind in ["draft", "valid", "refused"] {
            let status = Command::new(&me)
                .args(["--child", &n.to_string(), kind])
                .status();
            if !status.is_ok_and(|s| s.success()) {
                eprintln!("{n} {kind}: the measuring process failed");
            }
        }
    }
}
