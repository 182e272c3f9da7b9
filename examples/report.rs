//! The main job: a readable report on the bundled cases (or on a case file of your own).
//!
//! ```text
//! berdaya-report [--lang id|en] [--case NAME]... [--file PATH]... [--list]
//! ```
//!
//! With no `--case` or `--file`, every bundled case is reported. Problems in a file are listed
//! with their JSON-pointer paths, and the exit status is 1; a bad command line exits with 2.

use std::process::ExitCode;

use berdaya::lang::Lang;
use berdaya::summary::Summary;
use berdaya::{cases, Case};

struct Args {
    lang: Lang,
    cases: Vec<String>,
    files: Vec<String>,
    list: bool,
}

const USAGE: &str =
    "usage: berdaya-report [--lang id|en] [--case NAME]... [--file PATH]... [--list]";

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        lang: Lang::Id,
        cases: Vec::new(),
        files: Vec::new(),
        list: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value\n{USAGE}"));
        match arg.as_str() {
            "--lang" => args.lang = value("--lang")?.parse().map_err(|e| format!("{e}"))?,
            "--case" => args.cases.push(value("--case")?),
            "--file" => args.files.push(value("--file")?),
            "--list" => args.list = true,
            "-h" | "--help" => return Err(USAGE.to_owned()),
            other => return Err(format!("unknown argument `{other}`\n{USAGE}")),
        }
    }
    Ok(args)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let lang = args.lang;

    if args.list {
        for name in cases::names() {
            println!("{name}");
        }
        return ExitCode::SUCCESS;
    }

    let mut loaded: Vec<Case> = Vec::new();
    let mut failed = false;
    let names: Vec<String> = if args.cases.is_empty() && args.files.is_empty() {
        cases::names().into_iter().map(str::to_owned).collect()
    } else {
        args.cases.clone()
    };
    for name in &names {
        match cases::load(name) {
            Ok(c) => loaded.push(c),
            Err(e) => {
                eprintln!("{e}");
                failed = true;
            }
        }
    }
    for path in &args.files {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{path}: {e}");
                failed = true;
                continue;
            }
        };
        match Case::from_json(&text) {
            Ok(c) => loaded.push(c),
            Err(e) => {
                let heading = lang.pick("masalah dalam dokumen", "problems in the document");
                eprintln!(
                    "{path}: {} {heading}:\n{}",
                    e.problems.len(),
                    e.report(lang)
                );
                failed = true;
            }
        }
    }

    if loaded.is_empty() {
        return ExitCode::FAILURE;
    }
    println!(
        "# berdaya {} — {}\n",
        berdaya::VERSION,
        lang.pick("ringkasan kasus", "case summaries")
    );
    for case in &loaded {
        println!("{}", Summary::of(case).render(lang));
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
