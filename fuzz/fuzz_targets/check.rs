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
        let _ = berdaya::render::summary::CaseSummary::of(case).render(lang);
    }
    let _ = berdaya::Diagnosis::of(case, &thresholds);
}

/// No `<img>`, `<script>`, `<iframe>`, `<object>`, `<link>`, `<base>`, `<form>` element; no
/// `src`, `srcset`, `formaction` or `on…` attribute; no `href` but an in-page anchor; no
/// `url(` in an attribute. Only tags are read: text content (where user text lands, escaped)
/// may say "javascript:" as words, which loads nothing.
fn check_html(html: &str) {
    let lower = html.to_ascii_lowercase();
    let mut rest = lower.as_str();
    while let Some(start) = rest.find('<') {
        let after = &rest[start + 1..];
        let end = after.find('>').unwrap_or(after.len());
        let tag = &after[..end];
        rest = &after[end..];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        assert!(
            !["img", "script", "iframe", "object", "embed", "link", "base", "form"]
                .contains(&name.as_str()),
            "HTML report contains <{name}>"
        );
        for attr in [" src=", " srcset=", " formaction=", "url(", "javascript:", "vbscript:"] {
            assert!(!tag.contains(attr), "a tag carries {attr}: <{tag}>");
        }
        for (i, _) in tag.match_indices(" href=") {
            assert!(tag[i + 6..].starts_with("\"#"), "a link out: <{tag}>");
        }
        for (i, _) in tag.match_indices(" on") {
            let word: String = tag[i + 3..].chars().take_while(|c| c.is_ascii_alphabetic()).collect();
            assert!(
                !tag[i + 3 + word.len()..].starts_with('='),
                "an event handler on{word}= in <{tag}>"
            );
        }
    }
}
