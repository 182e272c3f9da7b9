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
        let (sin, cos) = sin_cos(angle);
        (cx + r * v * cos, cy + r * v * sin)
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

/// The sine and cosine of an angle of a turn or so (the radar's axes lie in [-π/2, 3π/2)),
/// within a few units in the last place of std's: the angle less its nearest multiple of π/2
/// (π/2 in two parts, as musl's `__rem_pio2` takes it for such angles), then musl's kernels
/// on [-π/4, π/4]. std's `sin` and `cos` carry a reduction for any angle (Payne–Hanek, with
/// its table), which the page's module would otherwise hold for the radar alone (3.9 KB).
/// Far from zero (beyond 2^20·π/2) the results mean nothing (beyond ~10¹⁷ they leave
/// [-1, 1]), though they are still numbers or NaN, never a panic. The
/// constants are those of `__rem_pio2`, `__sin` and `__cos` in musl and Rust's `libm` (from
/// FreeBSD's `k_sin.c`/`k_cos.c`, © Sun Microsystems, freely distributable with this notice).
fn sin_cos(angle: f64) -> (f64, f64) {
    // musl's constants, by their bits (as musl's sources give them).
    const PIO2_1: f64 = f64::from_bits(0x3FF9_21FB_5440_0000); // π/2's first 33 bits
    const PIO2_1T: f64 = f64::from_bits(0x3DD0_B461_1A62_6331); // π/2 − PIO2_1

    // The kernels' coefficients: sine's S1..S6, cosine's C1..C6.
    const S1: f64 = f64::from_bits(0xBFC5_5555_5555_5549);
    const S2: f64 = f64::from_bits(0x3F81_1111_1110_F8A6);
    const S3: f64 = f64::from_bits(0xBF2A_01A0_19C1_61D5);
    const S4: f64 = f64::from_bits(0x3EC7_1DE3_57B1_FE7D);
    const S5: f64 = f64::from_bits(0xBE5A_E5E6_8A2B_9CEB);
    const S6: f64 = f64::from_bits(0x3DE5_D93A_5ACF_D57C);
    const C1: f64 = f64::from_bits(0x3FA5_5555_5555_554C);
    const C2: f64 = f64::from_bits(0xBF56_C16C_16C1_5177);
    const C3: f64 = f64::from_bits(0x3EFA_01A0_19CB_1590);
    const C4: f64 = f64::from_bits(0xBE92_7E4F_809C_52AD);
    const C5: f64 = f64::from_bits(0x3E21_EE9E_BDB4_B1C4);
    const C6: f64 = f64::from_bits(0xBDA8_FAE9_BE88_38D4);
    let n = (angle * std::f64::consts::FRAC_2_PI + 0.5).floor();
    let x = (angle - n * PIO2_1) - n * PIO2_1T;
    let z = x * x;
    let w = z * z;
    let rs = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6);
    let sin = x + z * x * (S1 + z * rs);
    let rc = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
    let hz = 0.5 * z;
    let one = 1.0 - hz;
    let cos = one + (((1.0 - one) - hz) + z * rc);
    // `n` is whole; its quadrant is n mod 4 (`as` saturates far from zero).
    match (n as i64).rem_euclid(4) {
        0 => (sin, cos),
        1 => (cos, -sin),
        2 => (-sin, -cos),
        _ => (-cos, sin),
    }
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

#[cfg(test)]
mod tests {
    use super::sin_cos;
    use std::f64::consts::{FRAC_PI_2, PI};

    /// The largest difference from std's `sin` and `cos` over `angles`.
    fn worst(angles: impl Iterator<Item = f64>) -> f64 {
        angles
            .map(|a| {
                let (s, c) = sin_cos(a);
                (s - a.sin()).abs().max((c - a.cos()).abs())
            })
            .fold(0.0, f64::max)
    }

    #[test]
    fn sine_and_cosine_agree_with_std_where_the_radar_draws() {
        // Every axis of every radar of up to 64 axes, as `radar` computes its angle.
        let axes = (1..=64)
            .flat_map(|n| (0..n).map(move |i| -FRAC_PI_2 + 2.0 * PI * f64::from(i) / f64::from(n)));
        assert!(worst(axes) < 5e-16);
        // A dense grid over the whole range and a little beyond, each quadrant's edges
        // included, and far from it, where only the last bits may drift.
        let grid = (-40_000..=80_000).map(|k| f64::from(k) * 1e-4);
        assert!(worst(grid) < 5e-16);
        let far = (0..1_000).map(|k| 1e3 + f64::from(k) * 0.731);
        assert!(worst(far) < 1e-12);
        // The signs at the quadrants' turns.
        assert_eq!(sin_cos(0.0), (0.0, 1.0));
        let (s, c) = sin_cos(PI);
        assert!(s.abs() < 1e-15 && c == -1.0);
        let (s, c) = sin_cos(-FRAC_PI_2);
        assert!(s == -1.0 && c.abs() < 1e-15);
    }

    #[test]
    fn an_angle_that_is_not_a_number_gives_no_number_not_a_panic() {
        let (s, c) = sin_cos(f64::NAN);
        assert!(s.is_nan() && c.is_nan());
        let (s, c) = sin_cos(f64::INFINITY);
        assert!(s.is_nan() && c.is_nan());
    }
}
