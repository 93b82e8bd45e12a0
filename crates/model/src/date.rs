//! Dates at the precision a text states them, and calendar arithmetic on them.
//!
//! "Unknown stays unknown": a [`PartialDate`] keeps each field optional, so "le 14 septembre" with no
//! anchor is `--09-14` and "2024" is just a year, never a falsely precise day.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A calendar date and optional time of day, each part present only if the text gave it.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct PartialDate {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub hour: Option<u8>,
    pub minute: Option<u8>,
}

impl PartialDate {
    pub const fn year(y: i32) -> PartialDate {
        PartialDate {
            year: Some(y),
            month: None,
            day: None,
            hour: None,
            minute: None,
        }
    }

    pub const fn year_month(y: i32, m: u8) -> PartialDate {
        PartialDate {
            year: Some(y),
            month: Some(m),
            day: None,
            hour: None,
            minute: None,
        }
    }

    /// A full date; `None` if the day does not exist in that month.
    pub fn ymd(y: i32, m: u8, d: u8) -> Option<PartialDate> {
        is_valid_ymd(y, m, d).then_some(PartialDate {
            year: Some(y),
            month: Some(m),
            day: Some(d),
            hour: None,
            minute: None,
        })
    }

    /// A day and month of an unknown year (`--MM-DD`).
    pub fn month_day(m: u8, d: u8) -> Option<PartialDate> {
        ((1..=12).contains(&m) && d >= 1 && d <= days_in_month(2000, m)).then_some(PartialDate {
            year: None,
            month: Some(m),
            day: Some(d),
            hour: None,
            minute: None,
        })
    }

    /// The same date with a time of day; `None` if the time is out of range.
    pub fn with_time(self, hour: u8, minute: u8) -> Option<PartialDate> {
        (hour < 24 && minute < 60).then_some(PartialDate {
            hour: Some(hour),
            minute: Some(minute),
            ..self
        })
    }

    /// The date part only (drops the time of day).
    pub const fn date_only(self) -> PartialDate {
        PartialDate {
            hour: None,
            minute: None,
            ..self
        }
    }

    /// True when year, month and day are all known.
    pub const fn is_full_date(self) -> bool {
        self.year.is_some() && self.month.is_some() && self.day.is_some()
    }

    /// Days since 1970-01-01 when the date is complete.
    pub fn to_days(self) -> Option<i64> {
        Some(days_from_civil(self.year?, self.month?, self.day?))
    }

    /// The complete date `days` after 1970-01-01.
    pub fn from_days(days: i64) -> PartialDate {
        let (y, m, d) = civil_from_days(days);
        PartialDate {
            year: Some(y),
            month: Some(m),
            day: Some(d),
            hour: None,
            minute: None,
        }
    }

    /// This date moved by `n` days (negative moves back); `None` unless the date is complete.
    pub fn add_days(self, n: i64) -> Option<PartialDate> {
        Some(PartialDate::from_days(self.to_days()? + n))
    }

    /// ISO weekday, Monday = 1 … Sunday = 7, when the date is complete.
    pub fn weekday(self) -> Option<u8> {
        let days = self.to_days()?;
        // 1970-01-01 was a Thursday (4).
        Some(((days + 3).rem_euclid(7) + 1) as u8)
    }

    /// Parses what [`fmt::Display`] prints: `2024`, `2024-05`, `2024-05-24`, `2024-05-24T09:00`, `--09-14`.
    pub fn parse_iso(s: &str) -> Option<PartialDate> {
        let s = s.trim();
        if let Some(rest) = s.strip_prefix("--") {
            let (m, d) = rest.split_once('-')?;
            return PartialDate::month_day(m.parse().ok()?, d.parse().ok()?);
        }
        let (date, time) = match s.split_once('T') {
            Some((d, t)) => (d, Some(t)),
            None => (s, None),
        };
        let mut parts = date.splitn(3, '-');
        let year: i32 = parts.next()?.parse().ok()?;
        let month: Option<u8> = parts.next().map(str::parse).transpose().ok()?;
        let day: Option<u8> = parts.next().map(str::parse).transpose().ok()?;
        let mut out = match (month, day) {
            (None, _) => PartialDate::year(year),
            (Some(m), None) if (1..=12).contains(&m) => PartialDate::year_month(year, m),
            (Some(m), Some(d)) => PartialDate::ymd(year, m, d)?,
            _ => return None,
        };
        if let Some(t) = time {
            let (h, mi) = t.split_once(':')?;
            let mi = mi.get(..2).unwrap_or(mi);
            out = out.with_time(h.parse().ok()?, mi.parse().ok()?)?;
        }
        Some(out)
    }
}

impl fmt::Display for PartialDate {
    /// ISO 8601 with only the known parts: `2024-05-24T09:00`, `2024-05`, `2024`, `--09-14`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => write!(f, "{y:04}-{m:02}-{d:02}")?,
            (Some(y), Some(m), None) => write!(f, "{y:04}-{m:02}")?,
            (Some(y), None, _) => write!(f, "{y:04}")?,
            (None, Some(m), Some(d)) => write!(f, "--{m:02}-{d:02}")?,
            (None, Some(m), None) => write!(f, "--{m:02}")?,
            (None, None, _) => {}
        }
        if let (Some(h), Some(mi)) = (self.hour, self.minute) {
            // A time is written after a full day, or alone (a bare time of day); never after a
            // month or year, where it would read as a false precision.
            if self.day.is_some() || (self.year.is_none() && self.month.is_none()) {
                write!(f, "T{h:02}:{mi:02}")?;
            }
        }
        Ok(())
    }
}

/// The value of a time expression: one point at some precision, or a range of two.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TimeValue {
    Point(PartialDate),
    Range(PartialDate, PartialDate),
}

impl fmt::Display for TimeValue {
    /// `2024-06-24`, or a range `2024-07-03/2024-07-04`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimeValue::Point(p) => write!(f, "{p}"),
            TimeValue::Range(a, b) => write!(f, "{a}/{b}"),
        }
    }
}

pub const fn is_leap_year(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub const fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(y) => 29,
        2 => 28,
        _ => 0,
    }
}

pub const fn is_valid_ymd(y: i32, m: u8, d: u8) -> bool {
    m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
pub fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The proleptic Gregorian date of a day count since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i32, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    ((y + i64::from(m <= 2)) as i32, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_keeps_precision() {
        assert_eq!(PartialDate::year(2023).to_string(), "2023");
        assert_eq!(PartialDate::year_month(2023, 11).to_string(), "2023-11");
        let d = PartialDate::ymd(2020, 11, 26).unwrap();
        assert_eq!(d.to_string(), "2020-11-26");
        assert_eq!(d.with_time(14, 26).unwrap().to_string(), "2020-11-26T14:26");
        assert_eq!(
            PartialDate::month_day(9, 14).unwrap().to_string(),
            "--09-14"
        );
    }

    #[test]
    fn parse_round_trips() {
        for s in [
            "2023",
            "2023-11",
            "2020-11-26",
            "2020-11-26T14:26",
            "--09-14",
        ] {
            assert_eq!(PartialDate::parse_iso(s).unwrap().to_string(), s);
        }
        assert!(PartialDate::parse_iso("2023-02-30").is_none());
    }

    #[test]
    fn arithmetic() {
        let d = PartialDate::ymd(2024, 3, 1).unwrap();
        assert_eq!(d.add_days(-1).unwrap().to_string(), "2024-02-29");
        assert_eq!(PartialDate::ymd(2024, 5, 24).unwrap().weekday(), Some(5));
        for z in [-800_000, -1, 0, 1, 19_000, 800_000] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        assert!(PartialDate::month_day(9, 14).unwrap().add_days(1).is_none());
    }
}
