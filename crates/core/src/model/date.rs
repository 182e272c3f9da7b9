//! Dates as the sources give them: a year, a month, or a day.
//!
//! The seeds date things loosely — "2019-2020", "Maret 2023", "Rabu (03/12/2025)" — so a
//! [`PartialDate`] keeps exactly the precision that was stated, and comparisons use the
//! earliest and latest day it can stand for. Nothing here reads a clock: "today" is always a
//! parameter.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A date known to the year, the month or the day; written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
///
/// # Examples
///
/// ```
/// use berdaya::model::date::PartialDate;
/// let march: PartialDate = "2023-03".parse().unwrap();
/// assert_eq!(march.earliest().to_string(), "2023-03-01");
/// assert_eq!(march.latest().to_string(), "2023-03-31");
/// assert!("2023-13".parse::<PartialDate>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct PartialDate {
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
}

/// Why a partial date could not be read.
///
/// # Examples
///
/// The seeds' own spellings are not dates until an assessor writes them as one:
///
/// ```
/// use berdaya::model::date::PartialDate;
/// let err = "03/12/2025".parse::<PartialDate>().unwrap_err();
/// assert_eq!(err.found, "03/12/2025");
/// assert!("2023-02-29".parse::<PartialDate>().is_err(), "2023 is not a leap year");
/// assert_eq!("2025-12-03".parse::<PartialDate>().unwrap().to_string(), "2025-12-03");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("invalid date `{found}`: expected YYYY, YYYY-MM or YYYY-MM-DD with a real month and day (years 1000-9999)")]
#[non_exhaustive]
pub struct InvalidDate {
    /// What was given.
    pub found: String,
}

impl PartialDate {
    /// A year only.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::date::PartialDate;
    /// let y = PartialDate::year_only(2025).unwrap();
    /// assert_eq!(y.to_string(), "2025");
    /// assert_eq!(y.month_of_year(), None);
    /// assert_eq!(PartialDate::year_only(25), None, "years are written with four digits");
    /// ```
    pub fn year_only(year: i32) -> Option<Self> {
        (1000..=9999).contains(&year).then_some(PartialDate {
            year,
            month: None,
            day: None,
        })
    }

    /// A year and a month.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::date::PartialDate;
    /// let march = PartialDate::month(2023, 3).unwrap();
    /// assert_eq!(march.to_string(), "2023-03");
    /// assert_eq!(PartialDate::month(2023, 13), None);
    /// ```
    pub fn month(year: i32, month: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(year, month, 1)?;
        Self::year_only(year).map(|d| PartialDate {
            month: Some(month),
            ..d
        })
    }

    /// A full day.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::date::PartialDate;
    /// let d = PartialDate::day(2025, 12, 3).unwrap();
    /// assert_eq!(d.to_string(), "2025-12-03");
    /// assert_eq!(d.earliest(), d.latest());
    /// assert_eq!(PartialDate::day(2025, 2, 29), None);
    /// ```
    pub fn day(year: i32, month: u32, day: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(year, month, day)?;
        Self::year_only(year).map(|d| PartialDate {
            month: Some(month),
            day: Some(day),
            ..d
        })
    }

    /// The year.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::date::PartialDate;
    /// assert_eq!("2019-07".parse::<PartialDate>().unwrap().year(), 2019);
    /// ```
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The month, when known.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::model::date::PartialDate;
    /// assert_eq!("2023-03".parse::<PartialDate>().unwrap().month_of_year(), Some(3));
    /// assert_eq!("2023".parse::<PartialDate>().unwrap().month_of_year(), None);
    /// ```
    pub fn month_of_year(&self) -> Option<u32> {
        self.month
    }

    /// The first day this date can stand for.
    ///
    /// # Examples
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let y: PartialDate = "2019".parse().unwrap();
    /// assert_eq!(y.earliest(), NaiveDate::from_ymd_opt(2019, 1, 1).unwrap());
    /// ```
    pub fn earliest(&self) -> NaiveDate {
        let d = NaiveDate::from_ymd_opt(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1));
        // Constructors guarantee a valid date; fall back to the minimum rather than panic.
        d.unwrap_or(NaiveDate::MIN)
    }

    /// The last day this date can stand for.
    ///
    /// # Examples
    ///
    /// A month ends on its own last day, leap years included:
    ///
    /// ```
    /// use berdaya::prelude::*;
    /// let feb: PartialDate = "2024-02".parse().unwrap();
    /// assert_eq!(feb.latest(), NaiveDate::from_ymd_opt(2024, 2, 29).unwrap());
    /// let y: PartialDate = "2020".parse().unwrap();
    /// assert_eq!(y.latest(), NaiveDate::from_ymd_opt(2020, 12, 31).unwrap());
    /// ```
    pub fn latest(&self) -> NaiveDate {
        match (self.month, self.day) {
            (Some(m), Some(d)) => NaiveDate::from_ymd_opt(self.year, m, d),
            (Some(m), None) => last_day_of_month(self.year, m),
            _ => NaiveDate::from_ymd_opt(self.year, 12, 31),
        }
        .unwrap_or(NaiveDate::MAX)
    }

    /// Whether this date certainly ends before `other` starts.
    ///
    /// # Examples
    ///
    /// "2019" may or may not be before "2019-06" (the year contains June), so it is not
    /// certainly before; it is certainly before 2020:
    ///
    /// ```
    /// use berdaya::model::date::PartialDate;
    /// let y: PartialDate = "2019".parse().unwrap();
    /// assert!(!y.certainly_before(&"2019-06".parse().unwrap()));
    /// assert!(y.certainly_before(&"2020-01".parse().unwrap()));
    /// ```
    pub fn certainly_before(&self, other: &PartialDate) -> bool {
        self.latest() < other.earliest()
    }

    /// Compares by earliest day, then by latest day: a year sorts before its months from
    /// February on, and after January (which starts with it and ends first).
    ///
    /// # Examples
    ///
    /// ```
    /// use std::cmp::Ordering;
    /// use berdaya::model::date::PartialDate;
    /// let d = |s: &str| s.parse::<PartialDate>().unwrap();
    /// assert_eq!(d("2019").chronological(&d("2019-06")), Ordering::Less);
    /// assert_eq!(d("2019").chronological(&d("2019-01")), Ordering::Greater);
    /// assert_eq!(d("2019-01").chronological(&d("2019-01-01")), Ordering::Greater);
    /// let mut dates = [d("2020"), d("2019-06"), d("2019")];
    /// dates.sort_by(PartialDate::chronological);
    /// assert_eq!(dates.map(|x| x.to_string()), ["2019", "2019-06", "2020"]);
    /// ```
    pub fn chronological(&self, other: &PartialDate) -> Ordering {
        (self.earliest(), self.latest()).cmp(&(other.earliest(), other.latest()))
    }
}

fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let (y, m) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)?.pred_opt()
}

impl From<NaiveDate> for PartialDate {
    fn from(d: NaiveDate) -> Self {
        PartialDate {
            year: d.year(),
            month: Some(d.month()),
            day: Some(d.day()),
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl FromStr for PartialDate {
    type Err = InvalidDate;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || InvalidDate {
            found: s.to_owned(),
        };
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, len: usize| -> Result<u32, InvalidDate> {
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().map_err(|_| err())
            } else {
                Err(err())
            }
        };
        let parsed = match parts.as_slice() {
            [y] => PartialDate::year_only(num(y, 4)? as i32),
            [y, m] => PartialDate::month(num(y, 4)? as i32, num(m, 2)?),
            [y, m, d] => PartialDate::day(num(y, 4)? as i32, num(m, 2)?, num(d, 2)?),
            _ => None,
        };
        parsed.ok_or_else(err)
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// In the schema a partial date is a string of one of the three precisions.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for PartialDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PartialDate".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$",
            "description": "A date known to the year, the month or the day: YYYY, YYYY-MM or YYYY-MM-DD.",
            "examples": ["2020", "2023-03", "2025-12-03"]
        })
    }
}

/// A day written `YYYY-MM-DD`, read exactly as chrono's `NaiveDate::from_str` reads one (which
/// the model's day fields used to be read by): whitespace allowed at the start, around each `-`,
/// before the month and the day and at the end (not between a year's sign and its digits); a
/// year of one to four digits, or of any length after a `+` or `-`; a month and day of one or
/// two digits; a real calendar day. Written here because chrono's reader
/// goes through its general format parser (13 KB of the WebAssembly module); the property
/// test below holds the two to the same answers.
///
/// # Examples
///
/// ```
/// use berdaya::model::date::parse_day;
/// assert_eq!(parse_day("2024-02-29").unwrap().to_string(), "2024-02-29");
/// assert_eq!(parse_day("2024-1-5").unwrap().to_string(), "2024-01-05");
/// assert!(parse_day("2023-02-29").is_none(), "2023 is not a leap year");
/// assert!(parse_day("2024-01").is_none() && parse_day("03/12/2025").is_none());
/// ```
pub fn parse_day(text: &str) -> Option<NaiveDate> {
    /// One to `max` ASCII digits at the start of `s` (after any whitespace), and the rest.
    fn number(s: &str, max: usize) -> Option<(i64, &str)> {
        let s = s.trim_start();
        let n = s.bytes().take(max).take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return None;
        }
        let value = s.bytes().take(n).try_fold(0i64, |v, b| {
            v.checked_mul(10)?.checked_add(i64::from(b - b'0'))
        })?;
        Some((value, s.get(n..)?))
    }
    /// Digits right after a year's sign: none of the whitespace, any count.
    fn after_sign(s: &str) -> Option<(i64, &str)> {
        if !s.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        number(s, usize::MAX)
    }
    let s = text.trim_start();
    let (year, s) = if let Some(rest) = s.strip_prefix('-') {
        let (v, rest) = after_sign(rest)?;
        (-v, rest)
    } else if let Some(rest) = s.strip_prefix('+') {
        after_sign(rest)?
    } else {
        number(s, 4)?
    };
    let s = s.trim_start().strip_prefix('-')?;
    let (month, s) = number(s, 2)?;
    let s = s.trim_start().strip_prefix('-')?;
    let (day, s) = number(s, 2)?;
    if !s.trim_start().is_empty() || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month as u32, day as u32)
}

/// Reads an optional day (`null` or a `YYYY-MM-DD` text) with [`parse_day`]: for the model's
/// `#[serde(deserialize_with)]`.
pub(crate) fn optional_day<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<NaiveDate>, D::Error> {
    struct Day;
    impl<'de> serde::de::Visitor<'de> for Day {
        type Value = Option<NaiveDate>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a date written YYYY-MM-DD")
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_str(self)
        }
        fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Self::Value, E> {
            match parse_day(s) {
                Some(day) => Ok(Some(day)),
                None => Err(E::custom(
                    "invalid date: expected YYYY-MM-DD with a real month and day",
                )),
            }
        }
    }
    deserializer.deserialize_option(Day)
}

/// An optional day read by [`optional_day`], for `read_struct!`'s `via` fields.
pub(crate) struct OptionalDay(Option<NaiveDate>);

impl<'de> Deserialize<'de> for OptionalDay {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        optional_day(d).map(OptionalDay)
    }
}

impl From<OptionalDay> for Option<NaiveDate> {
    fn from(day: OptionalDay) -> Self {
        day.0
    }
}

/// Whole years between `birth` and `on` (negative when `on` is before `birth`).
///
/// # Examples
///
/// A year is whole only on the birthday:
///
/// ```
/// use berdaya::prelude::*;
/// use berdaya::model::date::age_on;
/// let birth = NaiveDate::from_ymd_opt(1985, 12, 4).unwrap();
/// assert_eq!(age_on(birth, NaiveDate::from_ymd_opt(2025, 12, 3).unwrap()), 39);
/// assert_eq!(age_on(birth, NaiveDate::from_ymd_opt(2025, 12, 4).unwrap()), 40);
/// ```
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> i32 {
    let mut age = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    age
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The day reader against chrono's, on the spellings where they could part: signs,
    /// widths, whitespace (ASCII and not), leap days, overflow, trailing text.
    #[test]
    fn parse_day_reads_what_chrono_reads() {
        for text in [
            "2024-02-29",
            "2023-02-29",
            "2024-1-5",
            "  2024 - 1 -  5  ",
            "\u{3000}2024-01-05\u{a0}",
            "+2024-01-01",
            "-0001-12-31",
            "+ 2024-01-01",
            "- 1-01-01",
            "20245-01-01",
            "0-01-01",
            "2024-001-01",
            "2024-01-01x",
            "2024-13-01",
            "2024-00-10",
            "2024-12-32",
            "2024-04-31",
            "+99999999999999999999-01-01",
            "+262143-12-31",
            "+262144-01-01",
            "2024-01",
            "2024--01-01",
            "",
            " ",
            "٢٠٢٤-01-01",
        ] {
            assert_eq!(parse_day(text), text.parse::<NaiveDate>().ok(), "{text:?}");
        }
    }

    proptest! {
        #[test]
        fn parse_day_agrees_with_chrono(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "0", "1", "2", "9", "02", "12", "29", "31", "2024", "99999", "-", "-", "+",
                    " ", "\t", "\u{3000}", "x", "٣",
                ]),
                0..9,
            )
        ) {
            let text: String = parts.concat();
            prop_assert_eq!(parse_day(&text), text.parse::<NaiveDate>().ok(), "{:?}", text);
        }

        #[test]
        fn parse_day_agrees_with_chrono_on_near_dates(
            text in "[ ]?[+-]?[0-9]{1,6}[ ]?-[ ]?[0-9]{1,3}-[0-9]{1,3}[ ]?",
        ) {
            prop_assert_eq!(parse_day(&text), text.parse::<NaiveDate>().ok(), "{:?}", text);
        }
    }

    #[test]
    fn reads_each_precision() {
        assert_eq!("2020".parse::<PartialDate>().unwrap().to_string(), "2020");
        assert_eq!(
            "2022-01".parse::<PartialDate>().unwrap().to_string(),
            "2022-01"
        );
        assert_eq!(
            "2025-12-03".parse::<PartialDate>().unwrap().to_string(),
            "2025-12-03"
        );
    }

    #[test]
    fn refuses_impossible_dates() {
        for bad in [
            "",
            "20",
            "2023-2",
            "2023-00",
            "2023-13",
            "2023-02-30",
            "2023-1-01",
            "abcd",
            "999",
            "2023-03-01-01",
            "+2023",
        ] {
            assert!(bad.parse::<PartialDate>().is_err(), "{bad} accepted");
        }
        assert!("2024-02-29".parse::<PartialDate>().is_ok());
        assert!("2023-02-29".parse::<PartialDate>().is_err());
    }

    #[test]
    fn bounds_of_a_month_and_a_year() {
        let feb: PartialDate = "2024-02".parse().unwrap();
        assert_eq!(feb.latest(), NaiveDate::from_ymd_opt(2024, 2, 29).unwrap());
        let dec: PartialDate = "2023-12".parse().unwrap();
        assert_eq!(dec.latest(), NaiveDate::from_ymd_opt(2023, 12, 31).unwrap());
        let y: PartialDate = "2019".parse().unwrap();
        assert!(!y.certainly_before(&"2019-06".parse().unwrap()));
        assert!(y.certainly_before(&"2020-01".parse().unwrap()));
    }

    #[test]
    fn age_counts_whole_years() {
        let b = NaiveDate::from_ymd_opt(2000, 6, 15).unwrap();
        assert_eq!(age_on(b, NaiveDate::from_ymd_opt(2018, 6, 14).unwrap()), 17);
        assert_eq!(age_on(b, NaiveDate::from_ymd_opt(2018, 6, 15).unwrap()), 18);
    }

    proptest! {
        #[test]
        fn prop_partial_date_round_trips(y in 1000i32..=9999, m in 1u32..=12, d in 1u32..=31, precision in 0u8..3) {
            let date = match precision {
                0 => PartialDate::year_only(y),
                1 => PartialDate::month(y, m),
                _ => PartialDate::day(y, m, d),
            };
            if let Some(date) = date {
                let text = date.to_string();
                prop_assert_eq!(text.parse::<PartialDate>().unwrap(), date);
                prop_assert!(date.earliest() <= date.latest());
            }
        }

        #[test]
        fn prop_parse_never_panics(s in "\\PC{0,16}") {
            let _ = s.parse::<PartialDate>();
        }
    }
}
