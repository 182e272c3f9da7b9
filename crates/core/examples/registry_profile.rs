//! Where the time of registry screening goes, stage by stage, on one core: the WRSE rule over
//! a seeded synthetic registry laid out as Arrow lays it out (text codes as `utf8`, ages as
//! `int32`, incomes as `int64`, flags as bitmaps, each with its validity bitmap), in batches
//! as the Python binding screens them — and the memory-bandwidth limit of the same bytes.
//!
//! ```text
//! cargo run --release -p berdaya --example registry_profile               # 10M rows
//! cargo run --release -p berdaya --example registry_profile -- 1000000 250000
//! ```
//!
//! Arguments: rows (default 10,000,000) and rows per batch (default 250,000, the
//! benchmark's). Every stage is timed over the whole registry, batch after batch, best of
//! five runs (each repeating the stage up to 100 million rows), as the time the thread spent on a core (Linux's schedstat; so a machine loaded
//! by other work inflates it less than wall time): the text columns encoded to codes (`encode_text`), the value checks
//! (`check_values`), each criterion alone (a plan of that one criterion: its kernel and its
//! output column), the whole rule (`screen`), and the rule with the failed-criteria mask
//! (`screen_with`). The limit line is a copy of as many bytes as screening reads and writes
//! per row, on one core.

use std::hint::black_box;
use std::time::Instant;

use berdaya::model::participant::{MaritalStatus, Sex};
use berdaya::screening::eligibility::{preset, PresetId, PresetParams, Rule};
use berdaya::screening::registry::{
    bitmap_of, check_values, encode_dictionary, encode_text, Bitmap, DictionaryKeys, FlagColumn,
    IntColumn, IntValues, KeyValues, Offsets, RegistryBatch, ScreeningPlan, TextColumn,
};
use berdaya::screening::synthetic::generate;

/// A text column in Arrow's layout.
struct Text {
    offsets: Vec<i32>,
    bytes: Vec<u8>,
    valid: Vec<u8>,
}

fn text<T: Copy>(values: &[Option<T>], code: impl Fn(T) -> &'static str) -> Text {
    let mut t = Text {
        offsets: vec![0],
        bytes: Vec::new(),
        valid: bitmap_of(values.iter().map(Option::is_some)),
    };
    for v in values {
        if let Some(v) = v {
            t.bytes.extend_from_slice(code(*v).as_bytes());
        }
        t.offsets
            .push(i32::try_from(t.bytes.len()).unwrap_or(i32::MAX));
    }
    t
}

fn position<T: PartialEq + Copy>(all: &[T], parse: fn(&str) -> Option<T>, s: &str) -> Option<u8> {
    parse(s)
        .and_then(|v| all.iter().position(|x| *x == v))
        .and_then(|p| u8::try_from(p).ok())
}

/// Nanoseconds this thread has run on a core (Linux `/proc/thread-self/schedstat`): time
/// waiting for a core on a loaded machine is not counted. `None` elsewhere.
fn on_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

/// Best of five runs of `f`, seconds: time on a core where the system tells it, else wall
/// time. Each run repeats `f` `reps` times (the kernel updates a running thread's figure
/// only every few milliseconds, so a run must be long against that).
fn best(reps: usize, mut f: impl FnMut()) -> f64 {
    (0..5)
        .map(|_| {
            let (t, cpu) = (Instant::now(), on_cpu_ns());
            for _ in 0..reps {
                f();
            }
            let secs = match (cpu, on_cpu_ns()) {
                (Some(a), Some(b)) => b.saturating_sub(a) as f64 / 1e9,
                _ => t.elapsed().as_secs_f64(),
            };
            secs / reps as f64
        })
        .fold(f64::INFINITY, f64::min)
}

fn bitmap(bytes: &[u8], offset: usize) -> Bitmap<'_> {
    Bitmap::new(bytes, offset)
}

/// Rows `s..s + n` of a 32-bit column.
fn ints32<'a>(v: &'a [i32], valid: &'a [u8], s: usize, n: usize) -> Option<IntColumn<'a>> {
    Some(IntColumn::new(
        IntValues::I32(v.get(s..s + n)?),
        Some(bitmap(valid, s)),
    ))
}

/// Rows `s..s + n` of a dictionary column of `i8` keys into values coded `codes`.
fn dictionary_keys<'a>(
    keys: &'a [i8],
    valid: &'a [u8],
    codes: &'a [u8],
    s: usize,
    n: usize,
) -> DictionaryKeys<'a> {
    let k = keys.get(s..s + n).unwrap_or_default();
    DictionaryKeys::new(KeyValues::I8(k), Some(bitmap(valid, s)), codes)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let rows: usize = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000_000);
    let per_batch: usize = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(250_000)
        .max(64);
    let g = generate(rows, 2024, 16);
    let sex = text(&g.sex, Sex::code);
    let marital = text(&g.marital_status, MaritalStatus::code);
    let age: Vec<i32> = g.age.iter().map(|a| a.unwrap_or(0)).collect();
    let age_valid = bitmap_of(g.age.iter().map(Option::is_some));
    let income: Vec<i64> = g.monthly_income.iter().map(|a| a.unwrap_or(0)).collect();
    let income_valid = bitmap_of(g.monthly_income.iter().map(Option::is_some));
    let dependants: Vec<i32> = g
        .dependants
        .iter()
        .map(|a| a.map_or(0, |d| i32::try_from(d).unwrap_or(i32::MAX)))
        .collect();
    let dependants_valid = bitmap_of(g.dependants.iter().map(Option::is_some));
    let bread = bitmap_of(g.main_breadwinner.iter().map(|b| b.unwrap_or(false)));
    let bread_valid = bitmap_of(g.main_breadwinner.iter().map(Option::is_some));
    drop(g);

    let wrse = preset(PresetId::Wrse, &PresetParams::default()).rule;
    let on = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
    let plan = match ScreeningPlan::compile(&wrse, on) {
        Ok(p) => p,
        Err(e) => return eprintln!("{e}"),
    };
    let singles: Vec<(String, ScreeningPlan)> = wrse
        .criteria()
        .into_iter()
        .filter_map(|c| {
            let name = serde_json::to_value(c)
                .ok()?
                .get("criterion")?
                .as_str()?
                .to_owned();
            Some((
                name,
                ScreeningPlan::compile(&Rule::Test(c.clone()), on).ok()?,
            ))
        })
        .collect();

    // Batches as a binding slices them: offsets into the same buffers, bitmaps at a bit offset.
    let starts: Vec<usize> = (0..rows).step_by(per_batch).collect();
    let slice_text = |t: &'_ Text, s: usize, n: usize| -> (Vec<i32>, usize) {
        (t.offsets.get(s..=s + n).unwrap_or_default().to_vec(), s)
    };
    // Offsets are copied per batch only here (outside the timings) to keep the views simple.
    let sex_offsets: Vec<Vec<i32>> = starts
        .iter()
        .map(|&s| slice_text(&sex, s, per_batch.min(rows - s)).0)
        .collect();
    let marital_offsets: Vec<Vec<i32>> = starts
        .iter()
        .map(|&s| slice_text(&marital, s, per_batch.min(rows - s)).0)
        .collect();
    let encode = |t: &Text, offs: &[i32], s: usize, name: &str, sex: bool| {
        let col = TextColumn::new(Offsets::I32(offs), &t.bytes, Some(bitmap(&t.valid, s)));
        let r = if sex {
            encode_text(name, &col, |x| position(Sex::ALL, Sex::from_code, x), "")
        } else {
            encode_text(
                name,
                &col,
                |x| position(MaritalStatus::ALL, MaritalStatus::from_code, x),
                "",
            )
        };
        r.unwrap_or_default()
    };
    // The codes of every batch (the input of the later stages).
    let sex_codes: Vec<Vec<u8>> = starts
        .iter()
        .zip(&sex_offsets)
        .map(|(&s, o)| encode(&sex, o, s, "sex", true))
        .collect();
    let marital_codes: Vec<Vec<u8>> = starts
        .iter()
        .zip(&marital_offsets)
        .map(|(&s, o)| encode(&marital, o, s, "marital_status", false))
        .collect();
    // The same columns as Arrow dictionaries (what Parquet's `read_dictionary` gives): `int8`
    // keys into the enum's codes in its own order, the validity bitmap beside them.
    let keys_of = |codes: &[Vec<u8>]| -> Vec<i8> {
        codes
            .iter()
            .flatten()
            .map(|c| i8::try_from(*c).unwrap_or(0))
            .collect()
    };
    let (sex_keys, marital_keys) = (keys_of(&sex_codes), keys_of(&marital_codes));
    let parsed = |n: usize| -> Vec<Result<u8, String>> {
        (0..n).map(|k| Ok(u8::try_from(k).unwrap_or(0))).collect()
    };
    let (sex_values, marital_values) = (parsed(Sex::ALL.len()), parsed(MaritalStatus::ALL.len()));
    let decode = |keys: &[i8], valid: &[u8], values: &[Result<u8, String>], s: usize| {
        let n = per_batch.min(rows - s);
        let k = keys.get(s..s + n).unwrap_or_default();
        encode_dictionary("x", k, Some(&bitmap(valid, s)), values, "").unwrap_or_default()
    };
    for (k, &s) in starts.iter().enumerate() {
        // The dictionary path gives the text path's codes.
        let same = decode(&sex_keys, &sex.valid, &sex_values, s) == sex_codes[k]
            && decode(&marital_keys, &marital.valid, &marital_values, s) == marital_codes[k];
        assert!(same, "batch {k}: dictionary and text codes differ");
    }
    let batch = |k: usize| -> RegistryBatch<'_> {
        let s = starts.get(k).copied().unwrap_or(0);
        let n = per_batch.min(rows - s);
        // The views are `#[non_exhaustive]`: built by `new`, then the columns this batch has.
        let mut b = RegistryBatch::new(n).with_main_breadwinner(FlagColumn::new(
            n,
            bitmap(&bread, s),
            Some(bitmap(&bread_valid, s)),
        ));
        b.sex = sex_codes.get(k).map(Vec::as_slice);
        b.marital_status = marital_codes.get(k).map(Vec::as_slice);
        b.age = ints32(&age, &age_valid, s, n);
        b.monthly_income = income
            .get(s..s + n)
            .map(|v| IntColumn::new(IntValues::I64(v), Some(bitmap(&income_valid, s))));
        b.dependants = ints32(&dependants, &dependants_valid, s, n);
        b
    };
    // The same batches with the two code columns as the dictionary's keys, judged directly.
    let (sex_dict, marital_dict): (Vec<u8>, Vec<u8>) = (
        (0..Sex::ALL.len()).map(|k| k as u8).collect(),
        (0..MaritalStatus::ALL.len()).map(|k| k as u8).collect(),
    );
    let keyed = |k: usize| -> RegistryBatch<'_> {
        let s = starts.get(k).copied().unwrap_or(0);
        let n = per_batch.min(rows - s);
        let mut b = batch(k);
        b.sex = None;
        b.marital_status = None;
        b.sex_keys = Some(dictionary_keys(&sex_keys, &sex.valid, &sex_dict, s, n));
        b.marital_status_keys = Some(dictionary_keys(
            &marital_keys,
            &marital.valid,
            &marital_dict,
            s,
            n,
        ));
        b
    };
    for k in 0..starts.len() {
        let same = plan.screen_with(&batch(k), true).ok() == plan.screen_with(&keyed(k), true).ok();
        assert!(same, "batch {k}: keys and codes screen differently");
    }

    // About 100 million rows per timed run.
    let reps = (100_000_000 / rows.max(1)).max(1);
    let mut lines: Vec<(String, f64)> = Vec::new();
    lines.push((
        "encode_text sex (utf8 → u8 codes)".into(),
        best(reps, || {
            for (k, o) in sex_offsets.iter().enumerate() {
                black_box(encode(&sex, o, starts[k], "sex", true));
            }
        }),
    ));
    lines.push((
        "encode_text marital_status".into(),
        best(reps, || {
            for (k, o) in marital_offsets.iter().enumerate() {
                black_box(encode(&marital, o, starts[k], "marital_status", false));
            }
        }),
    ));
    lines.push((
        "encode_dictionary sex (int8 dictionary → u8 codes)".into(),
        best(reps, || {
            for &s in &starts {
                black_box(decode(&sex_keys, &sex.valid, &sex_values, s));
            }
        }),
    ));
    lines.push((
        "encode_dictionary marital_status".into(),
        best(reps, || {
            for &s in &starts {
                black_box(decode(&marital_keys, &marital.valid, &marital_values, s));
            }
        }),
    ));
    lines.push((
        "check_values (age, dependants ranges)".into(),
        best(reps, || {
            for k in 0..starts.len() {
                black_box(check_values(&batch(k), on).is_ok());
            }
        }),
    ));
    for (name, p) in &singles {
        lines.push((
            format!("criterion {name} alone (kernel + its column)"),
            best(reps, || {
                for k in 0..starts.len() {
                    black_box(p.screen(&batch(k)).ok());
                }
            }),
        ));
    }
    for (name, p) in singles
        .iter()
        .filter(|(n, _)| n.contains("sex") || n.contains("marital"))
    {
        lines.push((
            format!("criterion {name} alone on int8 dictionary keys"),
            best(reps, || {
                for k in 0..starts.len() {
                    black_box(p.screen(&keyed(k)).ok());
                }
            }),
        ));
    }
    lines.push((
        "whole rule: screen (5 reasons + eligibility)".into(),
        best(reps, || {
            for k in 0..starts.len() {
                black_box(plan.screen(&batch(k)).ok());
            }
        }),
    ));
    lines.push((
        "whole rule + failed mask: screen_with".into(),
        best(reps, || {
            for k in 0..starts.len() {
                black_box(plan.screen_with(&batch(k), true).ok());
            }
        }),
    ));
    lines.push((
        "whole rule on int8 dictionary keys (no remap): screen".into(),
        best(reps, || {
            for k in 0..starts.len() {
                black_box(plan.screen(&keyed(k)).ok());
            }
        }),
    ));
    lines.push((
        "whole rule on int8 dictionary keys + failed mask: screen_with".into(),
        best(reps, || {
            for k in 0..starts.len() {
                black_box(plan.screen_with(&keyed(k), true).ok());
            }
        }),
    ));

    // The bytes screening reads (the five columns and dependants, as Arrow holds them) and
    // writes (six u8 codes), copied once: a one-core streaming limit.
    let read = sex.offsets.len() * 4
        + sex.bytes.len()
        + sex.valid.len()
        + marital.offsets.len() * 4
        + marital.bytes.len()
        + marital.valid.len()
        + age.len() * 4
        + age_valid.len()
        + income.len() * 8
        + income_valid.len()
        + dependants.len() * 4
        + dependants_valid.len()
        + bread.len()
        + bread_valid.len();
    let written = rows * 6;
    // With dictionary input the text columns are one key byte a row instead of offsets and
    // text (their validity bitmaps stay).
    let read_dictionary = read + 2 * rows
        - (sex.offsets.len() * 4
            + sex.bytes.len()
            + marital.offsets.len() * 4
            + marital.bytes.len());
    // Read `read` bytes and write `written`: a copy of `written` bytes plus a sum over the
    // rest, the same traffic as screening at best.
    let copy = |read: usize| {
        let src = vec![1u8; read];
        let mut dst = vec![0u8; written];
        best(reps, || {
            let (a, b) = src.split_at(written.min(src.len()));
            if let Some(d) = dst.get_mut(..a.len()) {
                d.copy_from_slice(a);
            }
            let s: u64 = b
                .chunks_exact(8)
                .map(|w| u64::from_le_bytes(w.try_into().unwrap_or_default()))
                .fold(0, u64::wrapping_add);
            black_box((s, &dst));
        })
    };
    let limits = [
        ("text input", read, copy(read)),
        ("dictionary input", read_dictionary, copy(read_dictionary)),
    ];

    println!(
        "registry screening profile: {rows} rows, {} batches of {per_batch}, WRSE, one thread, best of 5 runs of {reps} (time on a core)",
        starts.len()
    );
    println!("| stage | seconds | ns per row |");
    println!("|---|---:|---:|");
    for (name, s) in &lines {
        println!("| {name} | {s:.4} | {:.2} |", s * 1e9 / rows.max(1) as f64);
    }
    for (input, read, limit) in limits {
        println!(
            "| memory limit, {input}: copy {:.1} bytes/row (read {:.1}, write 6) | {limit:.4} | {:.2} |",
            (read + written) as f64 / rows.max(1) as f64,
            read as f64 / rows.max(1) as f64,
            limit * 1e9 / rows.max(1) as f64
        );
    }
}
