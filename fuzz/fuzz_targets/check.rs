// Shared by the targets (included with `include!`): what must hold of every document berdaya
// accepts — every analysis and rendering runs without a panic, the JSON round trip is
// lossless, and no HTML report carries an element, attribute or URL that could load or link
// anything (issue 11, rule 1).

use berdaya::render::report::Report;
use berdaya::{Case, Lang, Thresholds};

fn check_accepted(case: &Case) {
    let again = Case::from_json(&case.to_json()).expect("a case berdaya wrote must read back");
    assert_eq!(&again, case, "JSON round trip changed the case");
    let thresholds = Thresholds::default();
    let report = Report::new(case, &thresholds);
    for lang in [Lang::Id, Lang::En] {
        let _ = report.markdown(lang);
        check_html(&report.html(lang));
        let _ = berdaya::render::summary::Summary::of(case).render(lang);
    }
    let _ = berdaya::insight::diagnostics::diagnose(case, &thresholds);
}

/// No `<img>`, `<script>`, `<iframe>`, `<object>`, `<link>` or `<a>` to anything but an
/// in-page anchor; no `src=`, no `on…=` handler, no `javascript:`/`vbscript:` URL.
fn check_html(html: &str) {
    let lower = html.to_ascii_lowercase();
    for tag in ["<img", "<script", "<iframe", "<object", "<embed", "<link", "<base", "<form"] {
        assert!(!lower.contains(tag), "HTML report contains {tag}");
    }
    for attr in [" src=", " srcset=", " formaction=", "javascript:", "vbscript:"] {
        assert!(!lower.contains(attr), "HTML report contains {attr}");
    }
    for (i, _) in lower.match_indices(" href=") {
        let rest = &lower[i + 6..];
        assert!(rest.starts_with("\"#"), "HTML report links out: {}", &rest[..rest.len().min(60)]);
    }
    for (i, _) in lower.match_indices(" on") {
        let rest = &lower[i + 3..];
        let name: String = rest.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
        assert!(
            !(name.len() > 2 && rest[name.len()..].starts_with('=')),
            "HTML report has an event handler on{name}="
        );
    }
}
