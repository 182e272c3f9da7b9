//! Parse time and peak memory of `Case::from_json` for documents of 10k, 100k and 1M
//! participants (or the counts given as arguments).
//!
//! ```text
//! cargo run --release -p berdaya-examples --bin berdaya-parse-bench
//! cargo run --release -p berdaya-examples --bin berdaya-parse-bench -- 1000000
//! cargo run --release -p berdaya-examples --bin berdaya-parse-bench -- --readers
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

/// Milliseconds of one call.
fn time<T>(f: impl FnOnce() -> T) -> (f64, T) {
    let start = Instant::now();
    let out = f();
    (start.elapsed().as_secs_f64() * 1e3, out)
}

/// The median of `runs` timed calls, in milliseconds.
fn median(runs: usize, mut f: impl FnMut() -> bool) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let (ms, ok) = time(&mut f);
            assert!(ok, "a read refused a bundled case");
            ms
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[runs / 2]
}

/// The cold read of one case by one reader, in a process of its own.
fn cold(name: &str, pretty: bool, reader: &str) {
    let case = berdaya::cases::load(name).expect("a bundled case");
    let text = if pretty {
        case.to_json()
    } else {
        serde_json::to_string(&case).expect("serialisable")
    };
    let (ms, read) = match reader {
        "tree" => time(|| berdaya::validate::readers::tree(&text)),
        _ => time(|| berdaya::validate::readers::text(&text)),
    };
    assert_eq!(
        read.as_ref(),
        Some(&case),
        "{name}: the {reader} read differs"
    );
    print!("{ms:.3}");
}

/// Cold and warm times of both first reads on every bundled case.
fn readers(me: &std::path::Path) {
    println!(
        "{:<36} {:>7} {:>10} {:>10} {:>10} {:>10} {:>6}",
        "case", "bytes", "text cold", "tree cold", "text warm", "tree warm", "ratio"
    );
    for name in berdaya::cases::names() {
        for pretty in [false, true] {
            let case = berdaya::cases::load(name).expect("a bundled case");
            let text = if pretty {
                case.to_json()
            } else {
                serde_json::to_string(&case).expect("serialisable")
            };
            let cold_ms = |reader: &str| {
                let out = Command::new(me)
                    .args([
                        "--cold",
                        name,
                        if pretty { "pretty" } else { "compact" },
                        reader,
                    ])
                    .output();
                match out {
                    Ok(o) if o.status.success() => String::from_utf8_lossy(&o.stdout).into_owned(),
                    _ => "failed".to_owned(),
                }
            };
            let (text_cold, tree_cold) = (cold_ms("text"), cold_ms("tree"));
            let same = berdaya::validate::readers::tree(&text).as_ref() == Some(&case)
                && berdaya::validate::readers::text(&text).as_ref() == Some(&case);
            assert!(same, "{name}: the two reads differ");
            let text_warm = median(41, || berdaya::validate::readers::text(&text).is_some());
            let tree_warm = median(41, || berdaya::validate::readers::tree(&text).is_some());
            let label = format!("{name}{}", if pretty { " (pretty)" } else { "" });
            println!(
                "{label:<36} {:>7} {text_cold:>10} {tree_cold:>10} {text_warm:>10.3} {tree_warm:>10.3} {:>5.1}x",
                text.len(),
                tree_warm / text_warm
            );
        }
    }
    println!("times in ms; cold = first read in a fresh process, warm = median of 41");
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, name, form, reader] = args.as_slice() {
        if flag == "--cold" {
            cold(name, form == "pretty", reader);
            return;
        }
    }
    if args.first().is_some_and(|a| a == "--readers") {
        match std::env::current_exe() {
            Ok(me) => readers(&me),
            Err(_) => eprintln!("cannot find this program to run it per case"),
        }
        return;
    }
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
