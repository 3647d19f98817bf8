//! TIMEX3 values: what a resolved temporal expression denotes, how TIMEX3
//! writes it, and which calendar days it covers.
//!
//! ```
//! use timeline_extract::timex::{Point, Value};
//!
//! let v = Value::Point(Point::Month { year: Some(2015), month: 11 });
//! assert_eq!(v.to_string(), "2015-11");
//! let (first, last) = v.range(None).unwrap();
//! assert_eq!((first.to_string(), last.to_string()), ("2015-11-01".into(), "2015-11-30".into()));
//! ```

use std::fmt;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use crate::lang::{Modifier, PartOfDay, Reference, Season, Unit};

/// The TIMEX3 type of an expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period.
    Date,
    /// A time of day.
    Time,
    /// A length of time.
    Duration,
    /// A recurring time.
    Set,
}

/// A point or period on the calendar, perhaps with its year unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Point {
    /// A day: `2015-10-07`, or `XXXX-10-07` when the year is unknown; a day of a known month or year
    /// whose day or month is not: `1998-10-XX`, `1998-XX-XX`.
    Day {
        /// The year, if known.
        year: Option<i32>,
        /// Month, 1-12; 0 when unknown.
        month: u8,
        /// Day of the month; 0 when unknown.
        day: u8,
    },
    /// A month: `2015-10`, or `2015-XX` for a month of a known year.
    Month {
        /// The year, if known.
        year: Option<i32>,
        /// Month, 1-12; 0 when unknown.
        month: u8,
    },
    /// A year: `2015`.
    Year(i32),
    /// An ISO week: `2015-W41`.
    Week {
        /// ISO week-numbering year.
        year: i32,
        /// Week, 1-53.
        week: u8,
    },
    /// The weekend of an ISO week: `2015-W41-WE`.
    Weekend {
        /// ISO week-numbering year.
        year: i32,
        /// Week, 1-53.
        week: u8,
    },
    /// A weekday in an unknown week: `XXXX-WXX-2`.
    Weekday(u8),
    /// A quarter: `2015-Q3`; `2015-QX` for a fiscal quarter, whose months are unknown.
    Quarter {
        /// The year, if known.
        year: Option<i32>,
        /// Quarter, 1-4; 0 when unknown.
        quarter: u8,
    },
    /// A half year: `2015-H1`.
    Half {
        /// The year, if known.
        year: Option<i32>,
        /// Half, 1-2.
        half: u8,
    },
    /// A season: `2015-SU`.
    Season {
        /// The year, if known.
        year: Option<i32>,
        /// The season.
        season: Season,
    },
    /// A decade, as its first three digits: `199` for the 1990s.
    Decade(i32),
    /// A century, as its first two digits: `19` for the 1900s; before the common era, minus its number:
    /// `-8` for the 8th century BC (800-701 BC, written "BC07"), `-1` for the 1st (100-1 BC, "BC00").
    Century(i32),
    /// Nothing known but the granularity: `XXXX-XX-XX` (day), `XXXX-WXX` (week), `XXXX-XX` (month), `XXXX` (year).
    Unknown(Unit),
}

/// A length of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Length {
    /// How many units; `None` when unspecified ("years").
    pub count: Option<u32>,
    /// Plus half a unit.
    pub half: bool,
    /// Plus this many thousandths of a unit: a count written with a decimal fraction ("5.2 years", P5.2Y).
    pub thousandths: u16,
    /// The unit.
    pub unit: Unit,
}

/// What a temporal expression denotes, resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Value {
    /// A calendar point or period.
    Point(Point),
    /// A clock time on a day: `2015-11-03T11:00`.
    Time {
        /// The day (a `Point::Day` or `Point::Unknown(Unit::Day)`).
        day: Point,
        /// Hour, 0-24.
        hour: u8,
        /// Minute, 0-59.
        minute: u8,
    },
    /// A part of a day: `2015-10-07TMO`.
    PartOfDay {
        /// The day.
        day: Point,
        /// Which part.
        part: PartOfDay,
    },
    /// A length of time: `P3D`, `PT24H`, `PXY`.
    Duration(Length),
    /// A set: every n units (`P1D`), a weekday (`XXXX-WXX-1`), a month (`XXXX-07`).
    Set(SetValue),
    /// A vague reference: `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
    Reference(Reference),
    /// A span between two points (an event date only; TIMEX3 itself tags the two ends apart): `2013/2014`.
    Interval(Point, Point),
}

/// What a set recurs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SetValue {
    /// Every n units.
    Every(Length),
    /// A weekday, perhaps a part of it.
    Weekday(u8, Option<PartOfDay>),
    /// A month of every year.
    Month(u8),
    /// A day of every year (month, day): `XXXX-12-25`.
    Day(u8, u8),
    /// A day of every month: `XXXX-XX-15`.
    DayOfMonth(u8),
    /// A part of every day.
    PartOfDay(PartOfDay),
    /// A season of every year.
    Season(Season),
    /// A quarter of every year: `XXXX-Q2`.
    Quarter(u8),
}

/// The TIMEX3 code of a season.
pub fn season_code(s: Season) -> &'static str {
    match s {
        Season::Spring => "SP",
        Season::Summer => "SU",
        Season::Fall => "FA",
        Season::Winter => "WI",
    }
}

fn part_code(p: PartOfDay) -> &'static str {
    match p {
        PartOfDay::Morning => "MO",
        PartOfDay::Afternoon => "AF",
        PartOfDay::Evening => "EV",
        PartOfDay::Night => "NI",
        PartOfDay::Daytime => "DT",
        PartOfDay::Noon => "12:00",
        PartOfDay::Midnight => "24:00",
    }
}

/// The TIMEX3 `mod` attribute of a modifier.
pub fn mod_code(m: Modifier) -> &'static str {
    match m {
        Modifier::Start => "START",
        Modifier::Mid => "MID",
        Modifier::End => "END",
        Modifier::Approx => "APPROX",
        Modifier::LessThan => "LESS_THAN",
        Modifier::MoreThan => "MORE_THAN",
        Modifier::EqualOrMore => "EQUAL_OR_MORE",
        Modifier::EqualOrLess => "EQUAL_OR_LESS",
    }
}

/// `n` in decimal with at least `width` digits (at most twenty), written into `buf`: what `{n:0width$}`
/// writes, without the formatting machinery (values and numbers print often).
pub(crate) fn decimal(n: u64, width: usize, buf: &mut [u8; 20]) -> &str {
    buf.fill(b'0');
    let mut k = buf.len();
    let mut n = n;
    loop {
        k -= 1;
        buf[k] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // ASCII digits.
    std::str::from_utf8(&buf[k.min(buf.len().saturating_sub(width))..]).unwrap_or_default()
}

/// Writes `prefix`, then `n` in decimal with at least `width` digits.
fn padded(f: &mut fmt::Formatter<'_>, prefix: &str, n: u32, width: usize) -> fmt::Result {
    f.write_str(prefix)?;
    f.write_str(decimal(u64::from(n), width, &mut [0; 20]))
}

/// A month or day after a dash in two digits, or "XX" when unknown (0).
fn field(f: &mut fmt::Formatter<'_>, n: u8) -> fmt::Result {
    if n == 0 { f.write_str("-XX") } else { padded(f, "-", n.into(), 2) }
}

/// `year` (0-9999) in four digits, then each of `parts` (below 100, at most two) after a dash in two
/// digits ("2015-10-07"), written at once: the commonest values, without a write per piece.
fn dated(f: &mut fmt::Formatter<'_>, year: u32, parts: &[u8]) -> fmt::Result {
    let digit = |n: u32| b'0' + (n % 10) as u8;
    let mut buf = [b'-'; 10];
    buf[..4].copy_from_slice(&[digit(year / 1000), digit(year / 100), digit(year / 10), digit(year)]);
    let mut len = 4;
    for (two, &p) in buf[5..].chunks_mut(3).zip(parts) {
        two[0] = digit(u32::from(p) / 10);
        two[1] = digit(u32::from(p));
        len += 3;
    }
    // ASCII digits and dashes.
    f.write_str(std::str::from_utf8(&buf[..len]).unwrap_or_default())
}

/// A year as TIMEX3 values write it: four digits from 1 AD, and before it "BC" and the year as the era
/// counts it (TIMEX2's form, which TimeML's taggers keep): the year is counted as ISO 8601 counts it, so
/// that year 0 is 1 BC ("BC0001") and year -43 is 44 BC ("BC0044").
fn year_str(f: &mut fmt::Formatter<'_>, year: Option<i32>) -> fmt::Result {
    match year {
        Some(y) if (1..=9999).contains(&y) => padded(f, "", y.unsigned_abs(), 4),
        Some(y) if y <= 0 => padded(f, "BC", (1 - i64::from(y)).min(u32::MAX.into()) as u32, 4),
        Some(y) => write!(f, "{y}"),
        None => f.write_str("XXXX"),
    }
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Point::Day { year: Some(y @ 1..=9999), month: m @ 1..100, day: d @ 1..100 } => {
                dated(f, y.unsigned_abs(), &[m, d])
            }
            Point::Month { year: Some(y @ 1..=9999), month: m @ 1..100 } => dated(f, y.unsigned_abs(), &[m]),
            Point::Year(y @ 1..=9999) => dated(f, y.unsigned_abs(), &[]),
            Point::Day { year, month, day } => {
                year_str(f, year)?;
                field(f, month)?;
                field(f, day)
            }
            Point::Month { year, month } => {
                year_str(f, year)?;
                field(f, month)
            }
            Point::Year(y) => year_str(f, Some(y)),
            Point::Week { year, week } => {
                year_str(f, Some(year))?;
                padded(f, "-W", week.into(), 2)
            }
            Point::Weekend { year, week } => {
                year_str(f, Some(year))?;
                write!(f, "-W{week:02}-WE")
            }
            Point::Weekday(d) => write!(f, "XXXX-WXX-{d}"),
            Point::Quarter { year, quarter } => {
                year_str(f, year)?;
                if (1..=4).contains(&quarter) { write!(f, "-Q{quarter}") } else { f.write_str("-QX") }
            }
            Point::Half { year, half } => {
                year_str(f, year)?;
                write!(f, "-H{half}")
            }
            Point::Season { year, season } => {
                year_str(f, year)?;
                write!(f, "-{}", season_code(season))
            }
            // Decades and centuries before the common era as the era counts them: "BC07" for the 8th
            // century BC (its years 800-701 BC).
            Point::Decade(d) if d < 0 => write!(f, "BC{:03}", d.unsigned_abs()),
            Point::Decade(d) => write!(f, "{d:03}"),
            Point::Century(c) if c < 0 => write!(f, "BC{:02}", c.unsigned_abs() - 1),
            Point::Century(c) => write!(f, "{c:02}"),
            Point::Unknown(unit) => f.write_str(match unit {
                Unit::Day => "XXXX-XX-XX",
                Unit::Week | Unit::Weekend => "XXXX-WXX",
                Unit::Month => "XXXX-XX",
                Unit::Quarter => "XXXX-QX",
                Unit::Decade => "XXX",
                Unit::Century => "XX",
                _ => "XXXX",
            }),
        }
    }
}

fn unit_code(unit: Unit) -> (&'static str, u32) {
    match unit {
        Unit::Second => ("S", 1),
        Unit::Minute => ("M", 1),
        Unit::Hour => ("H", 1),
        Unit::Day => ("D", 1),
        Unit::Week | Unit::Weekend => ("W", 1),
        Unit::Fortnight => ("W", 2),
        Unit::Month => ("M", 1),
        Unit::Quarter => ("Q", 1),
        Unit::Half => ("M", 6),
        Unit::Year => ("Y", 1),
        Unit::Decade => ("Y", 10),
        Unit::Century => ("Y", 100),
        Unit::Millennium => ("Y", 1000),
    }
}

fn is_clock_unit(unit: Unit) -> bool {
    matches!(unit, Unit::Hour | Unit::Minute | Unit::Second)
}

impl fmt::Display for Length {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (code, mult) = unit_code(self.unit);
        f.write_str("P")?;
        if is_clock_unit(self.unit) {
            f.write_str("T")?;
        }
        let Some(n) = self.count else {
            // Unspecified: decades and centuries keep their own letters.
            return match self.unit {
                Unit::Decade => f.write_str("XDE"),
                Unit::Century => f.write_str("XCE"),
                _ => write!(f, "X{code}"),
            };
        };
        // A decimal fraction on the one unit, as ISO 8601 allows on the last: P5.2Y, P12Y for 1.2 decades.
        let decimal = |f: &mut fmt::Formatter<'_>, thousandths: u16| {
            let total = (u64::from(n) * 1000 + u64::from(thousandths)) * u64::from(mult);
            write!(f, "{}", total / 1000)?;
            let fraction = total % 1000;
            if fraction > 0 {
                let digits = format!("{fraction:03}");
                write!(f, ".{}", digits.trim_end_matches('0'))?;
            }
            f.write_str(code)
        };
        if self.thousandths > 0 {
            return decimal(f, self.thousandths);
        }
        let n = u64::from(n) * u64::from(mult);
        if !self.half {
            return write!(f, "{n}{code}");
        }
        // A half unit in the next smaller units: 2 1/2 years is P2Y6M.
        match self.unit {
            Unit::Year => write!(f, "{n}Y6M"),
            Unit::Month => write!(f, "{n}M15D"),
            // Weeks mix with no other unit.
            Unit::Week => write!(f, "{}DT12H", n * 7 + 3),
            Unit::Day => write!(f, "{n}DT12H"),
            Unit::Hour => write!(f, "{n}H30M"),
            Unit::Minute => write!(f, "{n}M30S"),
            Unit::Decade => write!(f, "{}Y", n + 5),
            Unit::Century => write!(f, "{}Y", n + 50),
            // No smaller unit: PT0.5S.
            _ => decimal(f, 500),
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Point(p) => p.fmt(f),
            Value::Time { day, hour, minute } => write!(f, "{day}T{hour:02}:{minute:02}"),
            Value::PartOfDay { day, part } => write!(f, "{day}T{}", part_code(*part)),
            Value::Duration(l) => l.fmt(f),
            Value::Set(SetValue::Every(l)) => l.fmt(f),
            Value::Set(SetValue::Weekday(d, None)) => write!(f, "XXXX-WXX-{d}"),
            Value::Set(SetValue::Weekday(d, Some(p))) => write!(f, "XXXX-WXX-{d}T{}", part_code(*p)),
            Value::Set(SetValue::Month(m)) => write!(f, "XXXX-{m:02}"),
            Value::Set(SetValue::Day(m, d)) => write!(f, "XXXX-{m:02}-{d:02}"),
            Value::Set(SetValue::DayOfMonth(d)) => write!(f, "XXXX-XX-{d:02}"),
            Value::Set(SetValue::PartOfDay(p)) => write!(f, "XXXX-XX-XXT{}", part_code(*p)),
            Value::Set(SetValue::Season(s)) => write!(f, "XXXX-{}", season_code(*s)),
            Value::Set(SetValue::Quarter(q)) => write!(f, "XXXX-Q{q}"),
            Value::Reference(Reference::Present) => f.write_str("PRESENT_REF"),
            Value::Reference(Reference::Past) => f.write_str("PAST_REF"),
            Value::Reference(Reference::Future) => f.write_str("FUTURE_REF"),
            Value::Interval(a, b) => write!(f, "{a}/{b}"),
        }
    }
}

/// The last day of a month, or `None` outside chrono's range.
pub fn month_end(year: i32, month: u8) -> Option<NaiveDate> {
    let (ny, nm) = if month >= 12 { (year.checked_add(1)?, 1) } else { (year, u32::from(month) + 1) };
    NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The first and last day of a season; winter runs from December into the next year.
pub fn season_range(year: i32, season: Season) -> Option<(NaiveDate, NaiveDate)> {
    match season {
        Season::Spring => Some((ymd(year, 3, 1)?, ymd(year, 5, 31)?)),
        Season::Summer => Some((ymd(year, 6, 1)?, ymd(year, 8, 31)?)),
        Season::Fall => Some((ymd(year, 9, 1)?, ymd(year, 11, 30)?)),
        Season::Winter => Some((ymd(year, 12, 1)?, month_end(year.checked_add(1)?, 2)?)),
    }
}

impl Point {
    /// The first and last calendar day the point covers, when its year is known.
    pub fn range(&self) -> Option<(NaiveDate, NaiveDate)> {
        match *self {
            Point::Day { year: Some(y), month, day } => {
                let d = ymd(y, u32::from(month), u32::from(day))?;
                Some((d, d))
            }
            Point::Month { year: Some(y), month } => Some((ymd(y, u32::from(month), 1)?, month_end(y, month)?)),
            Point::Year(y) => Some((ymd(y, 1, 1)?, ymd(y, 12, 31)?)),
            Point::Week { year, week } => {
                let monday = NaiveDate::from_isoywd_opt(year, u32::from(week), Weekday::Mon)?;
                Some((monday, monday.checked_add_signed(Duration::days(6))?))
            }
            Point::Weekend { year, week } => {
                let sat = NaiveDate::from_isoywd_opt(year, u32::from(week), Weekday::Sat)?;
                Some((sat, sat.succ_opt()?))
            }
            Point::Quarter { year: Some(y), quarter } if (1..=4).contains(&quarter) => {
                let m = (quarter - 1) * 3 + 1;
                Some((ymd(y, u32::from(m), 1)?, month_end(y, m + 2)?))
            }
            Point::Half { year: Some(y), half } if (1..=2).contains(&half) => {
                let m = (half - 1) * 6 + 1;
                Some((ymd(y, u32::from(m), 1)?, month_end(y, m + 5)?))
            }
            Point::Season { year: Some(y), season } => season_range(y, season),
            Point::Decade(d) => {
                let y = d.checked_mul(10)?;
                Some((ymd(y, 1, 1)?, ymd(y.checked_add(9)?, 12, 31)?))
            }
            // Years before the common era count from 0 for 1 BC: the 8th century BC is -799 to -700.
            Point::Century(c) => {
                let y = c.checked_mul(100)?.checked_add(if c < 0 { 1 } else { 0 })?;
                Some((ymd(y, 1, 1)?, ymd(y.checked_add(99)?, 12, 31)?))
            }
            _ => None,
        }
    }
}

/// Narrows a range by a START, MID or END modifier to its first, middle or last third.
pub fn narrow(range: (NaiveDate, NaiveDate), modifier: Option<Modifier>) -> (NaiveDate, NaiveDate) {
    let (a, b) = range;
    let days = (b - a).num_days() + 1;
    if days < 3 {
        return range;
    }
    let third = days / 3;
    let at = |n: i64| a.checked_add_signed(Duration::days(n)).unwrap_or(a);
    match modifier {
        Some(Modifier::Start) => (a, at(third - 1)),
        Some(Modifier::Mid) => (at(third), at(days - third - 1)),
        Some(Modifier::End) => (at(days - third), b),
        _ => range,
    }
}

impl Value {
    /// The first and last calendar day the value covers, narrowed by a START, MID or END modifier;
    /// `None` for durations, sets, vague references and points whose year is unknown.
    pub fn range(&self, modifier: Option<Modifier>) -> Option<(NaiveDate, NaiveDate)> {
        let r = match self {
            Value::Point(p) => p.range()?,
            Value::Time { day, .. } | Value::PartOfDay { day, .. } => day.range()?,
            Value::Interval(a, b) => (a.range()?.0, b.range()?.1),
            Value::Duration(_) | Value::Set(_) | Value::Reference(_) => return None,
        };
        Some(narrow(r, modifier))
    }

    /// The one calendar day the value covers, if it covers exactly one (a day, or a time on a day).
    ///
    /// ```
    /// use timeline_extract::timex::{Point, Value};
    ///
    /// let day = Value::Point(Point::Day { year: Some(2015), month: 10, day: 7 });
    /// assert_eq!(day.day().map(|d| d.to_string()), Some("2015-10-07".to_string()));
    /// assert_eq!(Value::Point(Point::Year(2015)).day(), None);
    /// ```
    pub fn day(&self) -> Option<NaiveDate> {
        let (a, b) = self.range(None)?;
        (a == b).then_some(a)
    }

    /// The TIMEX3 type of the value.
    pub fn timex_type(&self) -> TimexType {
        match self {
            Value::Point(_) | Value::Reference(_) | Value::Interval(..) => TimexType::Date,
            Value::Time { .. } | Value::PartOfDay { .. } => TimexType::Time,
            Value::Duration(_) => TimexType::Duration,
            Value::Set(_) => TimexType::Set,
        }
    }

    /// True for a point, a time or an interval: a value that can date an event.
    pub fn is_dated(&self) -> bool {
        matches!(self, Value::Point(_) | Value::Time { .. } | Value::PartOfDay { .. } | Value::Interval(..))
    }
}

/// The day a date falls on as a `Point`.
pub fn day_point(d: NaiveDate) -> Point {
    Point::Day { year: Some(d.year()), month: d.month() as u8, day: d.day() as u8 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn values_print_as_timex3() {
        let cases: &[(Value, &str)] = &[
            (Value::Point(Point::Day { year: Some(2015), month: 10, day: 7 }), "2015-10-07"),
            (Value::Point(Point::Day { year: None, month: 10, day: 7 }), "XXXX-10-07"),
            (Value::Point(Point::Week { year: 2015, week: 41 }), "2015-W41"),
            (Value::Point(Point::Weekend { year: 2015, week: 41 }), "2015-W41-WE"),
            (Value::Point(Point::Weekday(2)), "XXXX-WXX-2"),
            (Value::Point(Point::Quarter { year: Some(1989), quarter: 3 }), "1989-Q3"),
            (Value::Point(Point::Season { year: Some(1998), season: Season::Summer }), "1998-SU"),
            (Value::Point(Point::Decade(199)), "199"),
            (Value::Point(Point::Century(19)), "19"),
            (Value::Point(Point::Month { year: Some(-1), month: 9 }), "BC0002-09"),
            (Value::Point(Point::Year(0)), "BC0001"),
            (Value::Point(Point::Year(-43)), "BC0044"),
            (Value::Point(Point::Year(70)), "0070"),
            (Value::Point(Point::Year(12345)), "12345"),
            (Value::Point(Point::Decade(-1)), "BC001"),
            (Value::Point(Point::Century(-8)), "BC07"),
            (Value::Point(Point::Century(-1)), "BC00"),
            (Value::Duration(Length { count: Some(3), half: false, thousandths: 0, unit: Unit::Day }), "P3D"),
            (Value::Duration(Length { count: Some(24), half: false, thousandths: 0, unit: Unit::Hour }), "PT24H"),
            (Value::Duration(Length { count: Some(2), half: true, thousandths: 0, unit: Unit::Year }), "P2Y6M"),
            (Value::Duration(Length { count: Some(1), half: true, thousandths: 0, unit: Unit::Minute }), "PT1M30S"),
            (Value::Duration(Length { count: Some(1), half: true, thousandths: 0, unit: Unit::Week }), "P10DT12H"),
            (Value::Duration(Length { count: None, half: false, thousandths: 0, unit: Unit::Year }), "PXY"),
            (Value::Duration(Length { count: Some(1), half: false, thousandths: 0, unit: Unit::Decade }), "P10Y"),
            (Value::Duration(Length { count: Some(5), half: false, thousandths: 200, unit: Unit::Year }), "P5.2Y"),
            (Value::Duration(Length { count: Some(0), half: false, thousandths: 75, unit: Unit::Second }), "PT0.075S"),
            (Value::Duration(Length { count: Some(1), half: false, thousandths: 250, unit: Unit::Decade }), "P12.5Y"),
            (Value::Duration(Length { count: Some(2), half: false, thousandths: 300, unit: Unit::Decade }), "P23Y"),
            (Value::Duration(Length { count: Some(0), half: true, thousandths: 0, unit: Unit::Second }), "PT0.5S"),
            (Value::Set(SetValue::Weekday(1, None)), "XXXX-WXX-1"),
            (Value::Set(SetValue::PartOfDay(PartOfDay::Night)), "XXXX-XX-XXTNI"),
            (Value::Set(SetValue::Season(Season::Summer)), "XXXX-SU"),
            (Value::Set(SetValue::DayOfMonth(5)), "XXXX-XX-05"),
            (Value::Set(SetValue::Day(12, 25)), "XXXX-12-25"),
            (
                Value::Set(SetValue::Every(Length { count: Some(1), half: false, thousandths: 0, unit: Unit::Day })),
                "P1D",
            ),
            (Value::Reference(Reference::Present), "PRESENT_REF"),
            (
                Value::Time { day: Point::Day { year: Some(2015), month: 11, day: 3 }, hour: 11, minute: 0 },
                "2015-11-03T11:00",
            ),
            (
                Value::PartOfDay { day: Point::Day { year: Some(2015), month: 10, day: 7 }, part: PartOfDay::Morning },
                "2015-10-07TMO",
            ),
            (Value::Interval(Point::Year(2013), Point::Year(2014)), "2013/2014"),
        ];
        for (v, s) in cases {
            assert_eq!(v.to_string(), *s);
        }
        // Digits written by hand, as the format strings would write them.
        for (year, n) in [(0, 0u8), (7, 1), (99, 9), (999, 10), (2015, 12), (9999, 99), (10000, 100), (-42, 255)] {
            let day = Value::Point(Point::Day { year: Some(year), month: n, day: n });
            let want = match year {
                1..=9999 => format!("{year:04}"),
                ..=0 => format!("BC{:04}", 1 - year),
                _ => format!("{year}"),
            };
            // A month or day of 0 is unknown.
            let part = if n == 0 { "XX".to_string() } else { format!("{n:02}") };
            assert_eq!(day.to_string(), format!("{want}-{part}-{part}"));
            assert_eq!(Value::Point(Point::Week { year, week: n }).to_string(), format!("{want}-W{n:02}"));
            let month = Value::Point(Point::Month { year: Some(year), month: n });
            assert_eq!(month.to_string(), format!("{want}-{part}"));
            assert_eq!(Value::Point(Point::Year(year)).to_string(), want);
        }
    }

    #[test]
    fn ranges_cover_the_right_days() {
        let r = |v: Value, m| v.range(m).map(|(a, b)| (a.to_string(), b.to_string()));
        assert_eq!(
            r(Value::Point(Point::Month { year: Some(2016), month: 2 }), None),
            Some(("2016-02-01".into(), "2016-02-29".into()))
        );
        assert_eq!(
            r(Value::Point(Point::Month { year: Some(2015), month: 11 }), Some(Modifier::Mid)),
            Some(("2015-11-11".into(), "2015-11-20".into()))
        );
        assert_eq!(
            r(Value::Point(Point::Week { year: 2015, week: 41 }), None),
            Some(("2015-10-05".into(), "2015-10-11".into()))
        );
        assert_eq!(
            r(Value::Point(Point::Season { year: Some(2015), season: Season::Winter }), None),
            Some(("2015-12-01".into(), "2016-02-29".into()))
        );
        assert_eq!(
            r(Value::Interval(Point::Year(2013), Point::Year(2014)), None),
            Some(("2013-01-01".into(), "2014-12-31".into()))
        );
        // The 8th century BC is 800-701 BC, the 1st 100-1 BC (year 0 is 1 BC).
        assert_eq!(r(Value::Point(Point::Century(-8)), None), Some(("-0799-01-01".into(), "-0700-12-31".into())));
        assert_eq!(r(Value::Point(Point::Century(-1)), None), Some(("-0099-01-01".into(), "0000-12-31".into())));
        assert_eq!(r(Value::Point(Point::Century(19)), None), Some(("1900-01-01".into(), "1999-12-31".into())));
        assert_eq!(r(Value::Point(Point::Day { year: Some(2015), month: 2, day: 30 }), None), None);
        assert_eq!(r(Value::Point(Point::Year(275760)), None), None);
        assert_eq!(narrow((d("2015-01-01"), d("2015-01-02")), Some(Modifier::End)), (d("2015-01-01"), d("2015-01-02")));
    }
}
