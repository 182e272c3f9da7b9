//! The main job: the report on the bundled cases (or on case files of your own).
//!
//! ```text
//! berdaya-report [--lang id|en] [--case NAME]... [--file PATH]... [--html FILE] [--rubric] [--list]
//! ```
//!
//! With no `--case` or `--file`, every bundled case is reported. The Markdown report goes to
//! standard output; `--html FILE` also writes it as one self-contained HTML page. Sites of one
//! case (the two kelurahan of seed 000) and several cases are compared side by side.
//! Problems in a file are listed with their JSON-pointer paths and the exit status is 1; a
//! bad command line exits with 2.

use std::process::ExitCode;

use berdaya::frameworks::ansell_gash::RUBRIC;
use berdaya::insight::diagnostics::Thresholds;
use berdaya::model::lang::Lang;
use berdaya::render::doc::Block;
use berdaya::render::html::{page, write as html_of};
use berdaya::render::report::{compare, compare_html, Report, Unit};
use berdaya::{cases, Case};

struct Args {
    lang: Lang,
    cases: Vec<String>,
    files: Vec<String>,
    html: Option<String>,
    rubric: bool,
    list: bool,
}

const USAGE: &str = "usage: berdaya-report [--lang id|en] [--case NAME]... [--file PATH]... [--html FILE] [--rubric] [--list]";

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        lang: Lang::Id,
        cases: Vec::new(),
        files: Vec::new(),
        html: None,
        rubric: false,
        list: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value\n{USAGE}"));
        match arg.as_str() {
            "--lang" => args.lang = value("--lang")?.parse().map_err(|e| format!("{e}"))?,
            "--case" => args.cases.push(value("--case")?),
            "--file" => args.files.push(value("--file")?),
            "--html" => args.html = Some(value("--html")?),
            "--rubric" => args.rubric = true,
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
    if args.rubric {
        print!("{}", RUBRIC.render(lang));
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

    let thresholds = Thresholds::default();
    let title = format!(
        "berdaya {} — {}",
        berdaya::VERSION,
        lang.pick("laporan kasus", "case reports")
    );
    let mut markdown = String::new();
    let mut html = html_of(&[Block::heading(1, title.as_str())]);
    for case in &loaded {
        let report = Report::new(case, &thresholds);
        markdown.push_str(&report.markdown(lang));
        markdown.push('\n');
        html.push_str(&report.html_body(lang));
        if case.adi.len() > 1 {
            let table = compare(&Unit::processes(case), &thresholds, lang);
            markdown.push_str(&table);
            markdown.push('\n');
            html.push_str(&compare_html(&Unit::processes(case), &thresholds, lang));
        }
    }
    if loaded.len() > 1 {
        let table = compare(&Unit::cases(&loaded), &thresholds, lang);
        markdown.push_str(&table);
        html.push_str(&compare_html(&Unit::cases(&loaded), &thresholds, lang));
    }
    println!("# {title}\n\n{markdown}");

    if let Some(path) = &args.html {
        if let Err(e) = std::fs::write(path, page(lang, &title, &html)) {
            eprintln!("{path}: {e}");
            return ExitCode::FAILURE;
        }
        eprintln!(
            "{}: {path}",
            lang.pick("HTML ditulis ke", "HTML written to")
        );
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
