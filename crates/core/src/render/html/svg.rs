//! The report's charts as inline SVG: the Ansell–Gash radar, the 5M diverging bars and the
//! Adi completeness bars. Labels are escaped with [`escape`]; nothing is loaded.

use std::fmt::Write as _;

use crate::render::doc::Chart;
use crate::render::html::text::escape;

/// Draws `chart` as inline SVG, labelled for screen readers with `title`.
///
/// # Examples
///
/// ```
/// use berdaya::render::doc::Chart;
/// use berdaya::render::html::svg::draw;
/// let chart = Chart::Bars(vec![("<b>Persiapan</b>".into(), 0.5)]);
/// let svg = draw(&chart, "Kelengkapan tahap Adi");
/// assert!(svg.starts_with("<svg role=\"img\""));
/// assert!(svg.contains("<title>Kelengkapan tahap Adi</title>"));
/// // A label is text, never markup.
/// assert!(svg.contains("&lt;b&gt;Persiapan&lt;/b&gt;") && !svg.contains("<b>"));
/// ```
pub fn draw(chart: &Chart, title: &str) -> String {
    let body = match chart {
        Chart::Radar(axes) => radar(axes),
        Chart::Diverging(rows) => diverging(rows),
        Chart::Bars(rows) => bars(rows),
    };
    let (width, height, inner) = body;
    format!(
        "<svg role=\"img\" width=\"{width}\" height=\"{height:.0}\" viewBox=\"0 0 {width} {height:.0}\" xmlns=\"http://www.w3.org/2000/svg\"><title>{}</title>{inner}</svg>\n",
        escape(title)
    )
}

fn radar(axes: &[(String, Option<f64>)]) -> (u32, f64, String) {
    let (cx, cy, r) = (260.0, 170.0, 120.0);
    let n = axes.len().max(1) as f64;
    let point = |i: usize, v: f64| {
        let angle = -std::f64::consts::FRAC_PI_2 + 2.0 * std::f64::consts::PI * i as f64 / n;
        (cx + r * v * angle.cos(), cy + r * v * angle.sin())
    };
    let mut s = String::new();
    for level in 1..=5 {
        let pts: Vec<String> = (0..axes.len())
            .map(|i| {
                let (x, y) = point(i, f64::from(level) / 5.0);
                format!("{x:.1},{y:.1}")
            })
            .collect();
        let _ = write!(
            s,
            "<polygon points=\"{}\" fill=\"none\" stroke=\"#cbd2d9\"/>",
            pts.join(" ")
        );
    }
    for (i, (label, _)) in axes.iter().enumerate() {
        let (x, y) = point(i, 1.0);
        let (lx, ly) = point(i, 1.18);
        let anchor = if (lx - cx).abs() < 5.0 {
            "middle"
        } else if lx > cx {
            "start"
        } else {
            "end"
        };
        let _ = write!(
            s,
            "<line x1=\"{cx}\" y1=\"{cy}\" x2=\"{x:.1}\" y2=\"{y:.1}\" stroke=\"#cbd2d9\"/><text x=\"{lx:.1}\" y=\"{ly:.1}\" font-size=\"12\" text-anchor=\"{anchor}\">{}</text>",
            escape(label)
        );
    }
    // Axes not observed are drawn at the centre and marked with an open circle.
    let pts: Vec<(f64, f64)> = axes
        .iter()
        .enumerate()
        .map(|(i, (_, v))| point(i, v.filter(|v| v.is_finite()).map_or(0.0, |v| v / 5.0)))
        .collect();
    let poly: Vec<String> = pts.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect();
    let _ = write!(
        s,
        "<polygon points=\"{}\" fill=\"rgba(123,30,58,.25)\" stroke=\"#7b1e3a\" stroke-width=\"2\"/>",
        poly.join(" ")
    );
    for ((x, y), (_, v)) in pts.iter().zip(axes) {
        let fill = if v.is_some() { "#7b1e3a" } else { "#fff" };
        let _ = write!(
            s,
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"4\" fill=\"{fill}\" stroke=\"#7b1e3a\"/>"
        );
    }
    (520, 340.0, s)
}

fn diverging(rows: &[(String, u32, u32)]) -> (u32, f64, String) {
    let max = rows
        .iter()
        .map(|(_, d, i)| (*d).max(*i))
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let (mid, half, row_h) = (470.0, 180.0, 28.0);
    let height = 20.0 + row_h * rows.len() as f64;
    let mut s =
        format!("<line x1=\"{mid}\" y1=\"0\" x2=\"{mid}\" y2=\"{height:.0}\" stroke=\"#52606d\"/>");
    for (k, (label, drivers, inhibitors)) in rows.iter().enumerate() {
        let y = 10.0 + row_h * k as f64;
        let wi = half * f64::from(*inhibitors) / max;
        let wd = half * f64::from(*drivers) / max;
        let _ = write!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"end\">{}</text>\
<rect x=\"{:.1}\" y=\"{y:.1}\" width=\"{wi:.1}\" height=\"18\" fill=\"#c0392b\"><title>{inhibitors}</title></rect>\
<rect x=\"{mid}\" y=\"{y:.1}\" width=\"{wd:.1}\" height=\"18\" fill=\"#2e8b57\"><title>{drivers}</title></rect>",
            mid - half - 8.0,
            y + 13.0,
            escape(label),
            mid - wi
        );
    }
    (680, height, s)
}

fn bars(rows: &[(String, f64)]) -> (u32, f64, String) {
    let row_h = 22.0;
    let height = 10.0 + row_h * rows.len() as f64;
    let mut s = String::new();
    for (k, (label, v)) in rows.iter().enumerate() {
        let v = if v.is_finite() {
            v.clamp(0.0, 1.0)
        } else {
            0.0
        };
        let y = 5.0 + row_h * k as f64;
        let w = 280.0 * v;
        let _ = write!(
            s,
            "<text x=\"230\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"end\">{}</text>\
<rect x=\"240\" y=\"{y:.1}\" width=\"280\" height=\"16\" fill=\"#eef2f5\"/>\
<rect x=\"240\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"16\" fill=\"#7b1e3a\"/>\
<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\">{:.0}%</text>",
            y + 12.0,
            escape(label),
            244.0 + w.min(250.0),
            y + 12.0,
            v * 100.0
        );
    }
    (560, height, s)
}
