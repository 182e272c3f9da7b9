//! How the cost of the document path grows with the document: a bundled case copied 10×,
//! 100× and 1000× (its activities, figures, participants and evidence; every copy a record
//! of its own with its own id), then timed through validation, every analysis, the report in
//! Markdown and HTML, and the comparison of its sites — with the peak memory of each size.
//!
//! ```text
//! cargo run --release -p berdaya-examples --bin berdaya-scale-bench
//! cargo run --release -p berdaya-examples --bin berdaya-scale-bench -- p2k2-karawaci 1 10 100 1000
//! ```
//!
//! Each size runs in a child process of its own, so that each peak (VmHWM from
//! `/proc/self/status`, Linux) is that size's alone. Linear growth shows as times that grow
//! about tenfold from one row to the next.

use std::process::Command;
use std::time::Instant;

use berdaya::insight::analysis::Analysis;
use berdaya::render::report::{compare, Report, Unit};
use berdaya::{Case, Lang, Thresholds};
use serde_json::Value;

/// `case`'s JSON with each of the growing lists copied `k` times; copies get fresh ids and
/// keep their references to the original records, so the document stays valid.
fn scaled(case: &Case, k: usize) -> Result<String, String> {
    let mut doc = serde_json::to_value(case).map_err(|e| e.to_string())?;
    for list in ["activities", "figures", "participants", "evidence"] {
        let Some(Value::Array(items)) = doc.get_mut(list) else {
            continue;
        };
        let originals = items.clone();
        for copy in 1..k {
            for item in &originals {
                let mut item = item.clone();
                if let Some(Value::String(id)) = item.get_mut("id") {
                    *id = format!("{id}~{copy}");
                }
                items.push(item);
            }
        }
    }
    serde_json::to_string(&doc).map_err(|e| e.to_string())
}

fn peak_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn timed<T>(f: impl FnOnce() -> T) -> (T, f64) {
    let start = Instant::now();
    let out = f();
    (out, start.elapsed().as_secs_f64())
}

/// One size, in this process: prints one table row.
fn run(name: &str, k: usize) -> Result<(), String> {
    let case = berdaya::cases::load(name).map_err(|e| e.to_string())?;
    let json = scaled(&case, k)?;
    let (case, parse) = timed(|| Case::from_json(&json));
    let case = case.map_err(|e| e.to_string())?;
    let thresholds = Thresholds::default();
    let (_, analysis) = timed(|| Analysis::of(&case, &thresholds, Lang::Id));
    let (md, markdown) = timed(|| Report::new(&case, &thresholds).markdown(Lang::Id));
    let (html, html_t) = timed(|| Report::new(&case, &thresholds).html(Lang::En));
    let (_, sites) = timed(|| compare(&Unit::processes(&case), &thresholds, Lang::Id));
    println!(
        "| {k} | {:.1} | {} | {} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {:.0} |",
        json.len() as f64 / 1e6,
        case.activities.len() + case.figures.len() + case.participants.len(),
        case.evidence.len(),
        parse,
        analysis,
        markdown,
        html_t,
        sites,
        peak_mb().unwrap_or(f64::NAN)
    );
    drop((md, html));
    Ok(())
}

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, name, k] = args.as_slice() {
        if flag == "--one" {
            return run(name, k.parse().map_err(|_| format!("bad size {k}"))?);
        }
    }
    let name = args
        .first()
        .cloned()
        .unwrap_or_else(|| "p2wkss-bekasi-utara".into());
    let sizes: Vec<usize> = if args.len() > 1 {
        args[1..].iter().filter_map(|a| a.parse().ok()).collect()
    } else {
        vec![1, 10, 100, 1000]
    };
    println!("{name}: seconds per step; records = activities + figures + participants\n");
    println!("| × | JSON MB | records | evidence | parse+validate | analysis | Markdown report | HTML report | compare sites | peak RSS MB |");
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let me = std::env::current_exe().map_err(|e| e.to_string())?;
    for k in sizes {
        let status = Command::new(&me)
            .args(["--one", &name, &k.to_string()])
            .status()
            .map_err(|e| e.to_string())?;
        if !status.success() {
            return Err(format!("size {k} failed"));
        }
    }
    Ok(())
}
