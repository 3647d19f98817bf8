//! Resolution: an expression plus its anchors gives a TIMEX3 value.

use chrono::{Datelike, NaiveDate, Weekday};

use super::calendar::{
    add_days, add_months, add_units, holiday, iso_week, month_for, nearest_year, quarter_of, season_of, season_year,
    weekday_by_tense, weekday_shifted, weekday_this, year_for,
};
use crate::lang::{HolidayRule, Shift, Unit};
use crate::parse::expr::{Amount, Expr, MonthDay, Named, Recurrence, RelativeTo, Tense, YearSpec};
use crate::timex::{Length, Point, SetValue, Value, day_point, month_end};

/// What an expression is resolved against.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Context {
    /// The time of speaking: the section's date, the dateline, the document's date.
    pub speech: Option<NaiveDate>,
    /// The time last mentioned before the expression, for "the next day" and "two days later".
    pub reference: Option<Mentioned>,
    /// The tense of the clause.
    pub tense: Tense,
    /// The quarter under discussion (the last one mentioned), as (year, quarter).
    pub quarter: Option<(i32, u8)>,
    /// The expression's sentence names a quarter: a year before or after means the same quarter then.
    pub quarterly: bool,
}

/// A time the text named: the first day it covers and how precisely it was named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mentioned {
    /// The first day of the time named.
    pub day: NaiveDate,
    /// Its last day.
    pub last: NaiveDate,
    /// The unit of its value: a day for "Oct. 7" or "on Tuesday", a month for "in March", a year for "in 2004".
    pub precision: Unit,
}

impl From<NaiveDate> for Mentioned {
    /// A day named as such.
    fn from(day: NaiveDate) -> Mentioned {
        Mentioned { day, last: day, precision: Unit::Day }
    }
}

impl Mentioned {
    /// The day halfway through the time named.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use timeline_extract::lang::Unit;
    /// use timeline_extract::normalize::resolve::Mentioned;
    ///
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// let march = Mentioned { day: d("2026-03-01"), last: d("2026-03-31"), precision: Unit::Month };
    /// assert_eq!(march.middle(), d("2026-03-16"));
    /// ```
    pub fn middle(&self) -> NaiveDate {
        self.day.checked_add_signed((self.last - self.day) / 2).unwrap_or(self.day)
    }
}

impl Context {
    /// A context with only a time of speaking.
    pub fn at(speech: NaiveDate) -> Context {
        Context { speech: Some(speech), ..Context::default() }
    }

    /// The same context with another tense.
    pub fn with_tense(self, tense: Tense) -> Context {
        Context { tense, ..self }
    }
}

fn shift_offset(shift: Shift) -> i32 {
    match shift {
        Shift::Last => -1,
        Shift::Next => 1,
        _ => 0,
    }
}

/// How many years after the anchor a two-digit year may be put outside a future clause.
const SHORT_YEAR_AHEAD: i32 = 10;

/// The century of a two-digit year: the one that puts it nearest the anchor, but no more than
/// [`SHORT_YEAR_AHEAD`] years after it unless the clause is about the future ("the summer of '69" in 2026 is
/// 1969; "the plant will close in '45" is 2045), or, without an anchor, 2000-2049 for 00-49 and 1950-1999
/// for 50-99.
fn full_year(short: u8, anchor: Option<NaiveDate>, tense: Tense) -> i32 {
    let yy = i32::from(short);
    match anchor {
        Some(a) => {
            let base = a.year().div_euclid(100) * 100;
            let allowed = |y: &i32| tense == Tense::Future || y - a.year() <= SHORT_YEAR_AHEAD;
            [base - 100 + yy, base + yy, base + 100 + yy]
                .into_iter()
                .filter(allowed)
                .min_by_key(|y| (y - a.year()).abs())
                .unwrap_or(base + yy)
        }
        None => {
            if yy < 50 {
                2000 + yy
            } else {
                1900 + yy
            }
        }
    }
}

fn year_of(spec: YearSpec, cx: &Context) -> Option<i32> {
    let anchor = cx.speech;
    match spec {
        YearSpec::Full(y) => Some(y),
        YearSpec::Short(yy) => Some(full_year(yy, anchor, cx.tense)),
        YearSpec::Shift(n) => anchor.and_then(|a| years_from(a.year(), n)),
        YearSpec::Mentioned(n) => cx.reference.map(|r| r.day).or(anchor).and_then(|a| years_from(a.year(), n)),
        YearSpec::Discussed => {
            let year = cx.reference.map(|r| r.day).or(anchor)?.year();
            Some(match anchor {
                Some(a) if ahead(cx.tense) && year < a.year() => a.year(),
                _ => year,
            })
        }
    }
}

/// The year `n` years from `year`, where the calendar reaches it: "842015 years ago" from an anchor near the
/// calendar's first year has no year that it could write.
fn years_from(year: i32, n: i32) -> Option<i32> {
    year.checked_add(n).filter(|y| (NaiveDate::MIN.year()..=NaiveDate::MAX.year()).contains(y))
}

/// Resolves an expression against a context. `None` only where the expression cannot be given any value.
///
/// ```
/// use chrono::NaiveDate;
/// use timeline_extract::normalize::resolve::{resolve, Context};
/// use timeline_extract::parse::expr::{Expr, Tense};
///
/// let anchor = NaiveDate::from_ymd_opt(2015, 10, 10).unwrap(); // a Saturday
/// let friday = Expr::Weekday { day: 5, shift: None };
/// let v = resolve(&friday, &Context::at(anchor).with_tense(Tense::Past)).unwrap();
/// assert_eq!(v.to_string(), "2015-10-09");
/// ```
pub fn resolve(expr: &Expr, cx: &Context) -> Option<Value> {
    let speech = cx.speech;
    match expr {
        Expr::Date { year, month, day } => Some(Value::Point(date(*year, *month, *day, cx)?)),
        Expr::Weekday { day, shift } => Some(Value::Point(weekday(*day, *shift, cx))),
        // The year alone when the time of speaking is unknown or its day is not in that year (Feb. 29).
        Expr::SameDayIn(year) => Some(Value::Point(
            speech
                .and_then(|s| NaiveDate::from_ymd_opt(*year, s.month(), s.day()))
                .map_or(Point::Year(*year), day_point),
        )),
        Expr::QuarterRef { year: Some(y), .. } => {
            let year = year_of(*y, cx)?;
            Some(Value::Point(match cx.quarter {
                Some((_, q)) => Point::Quarter { year: Some(year), quarter: q },
                None => Point::Year(year),
            }))
        }
        Expr::QuarterRef { offset, latest: false, running: false, .. } => {
            Some(Value::Point(quarter_under_discussion(cx, *offset)))
        }
        Expr::QuarterRef { offset, latest: false, running: true, .. } => Some(Value::Point(match cx.quarter {
            Some(_) => quarter_under_discussion(cx, *offset),
            None => relative(speech, Unit::Quarter, *offset).unwrap_or(Point::Unknown(Unit::Quarter)),
        })),
        Expr::QuarterRef { offset, latest: true, .. } => {
            Some(Value::Point(quarter_under_discussion(&Context { quarter: None, ..*cx }, *offset)))
        }
        // Earnings copy compares a quarter with the same quarter "a year earlier"; a year ahead ("the estimate
        // for next year") is a whole year still.
        Expr::Relative { unit: Unit::Year, offset, .. } if cx.quarterly && *offset < 0 => {
            Some(Value::Point(quarter_under_discussion(cx, offset.saturating_mul(4))))
        }
        Expr::Relative { unit, offset, to: RelativeTo::Speech } => {
            Some(Value::Point(relative(speech, *unit, *offset).unwrap_or(Point::Unknown(*unit))))
        }
        Expr::Relative { unit, offset, to: to @ (RelativeTo::Reference | RelativeTo::Discussed) } => {
            let mut base = cx.reference.or(speech.map(Mentioned::from));
            // A clause in the present or the future speaks of a period not yet over: "the year" after "in 2024"
            // is this year there ("expect gains by the end of the year"), where a past clause tells of 2024.
            if *to == RelativeTo::Discussed
                && *offset == 0
                && ahead(cx.tense)
                && let (Some(b), Some(s)) = (base, speech)
                && relative(Some(b.day), *unit, 0).is_some_and(|p| over_before(p, s))
            {
                base = Some(Mentioned::from(s));
            }
            // A shift by a unit finer than the time counted from counts from inside it, not from its first day:
            // "the previous evening" after "in 2024" is an evening of 2024, not of 2023.
            let from = base.map(|b| if *offset != 0 && b.precision > *unit { b.middle() } else { b.day });
            // A week counted from a month or a year is known to that month or year: "a week later" after "in
            // February 2024" is in February 2024, "that week" after "in 1939" in 1939.
            if matches!(unit, Unit::Week | Unit::Weekend)
                && let (Some(b), Some(from)) = (base, from)
                && b.precision > Unit::Weekend
            {
                let day = from.checked_add_signed(chrono::Duration::weeks(i64::from(*offset)));
                return Some(Value::Point(day.map_or(Point::Unknown(*unit), |d| known_to(d, b.precision))));
            }
            let point = relative(from, *unit, *offset).unwrap_or(Point::Unknown(*unit));
            // No finer than the time it counts from: "that day" after "in October" is a day of that October.
            Some(Value::Point(base.map_or(point, |b| coarsen(point, b.precision))))
        }
        Expr::Named { name, year, shift } => Some(Value::Point(named(*name, *year, *shift, cx))),
        Expr::FromReference(e) => {
            let Some(r) = cx.reference else { return resolve(e, cx) };
            // "The following spring" after "in 2004" is the spring after that year, not one in it.
            let from = if shift_of(e) == Some(Shift::Next) { r.last } else { r.day };
            // "The following weekend" after a weekday is the one closing that week.
            let weekend_ahead = Expr::Named { name: Named::Weekend, year: None, shift: Some(Shift::Next) };
            let this_weekend = Expr::Named { name: Named::Weekend, year: None, shift: Some(Shift::This) };
            let e = if **e == weekend_ahead && from.weekday().number_from_monday() < 6 { &this_weekend } else { e };
            // A month or a holiday named is known in a year named: "that April" after "in 1856" is April 1856,
            // where "that day" after it is only a day of 1856.
            let named = matches!(e, Expr::Named { name: Named::Month(_) | Named::Holiday(_), .. });
            let precision = if named && r.precision <= Unit::Year { Unit::Day } else { r.precision };
            match resolve(e, &Context { speech: Some(from), ..*cx })? {
                // "that weekend" after "in October 2015" is in that October; "the following weekend" in the
                // month that holds it.
                Value::Point(p @ (Point::Week { .. } | Point::Weekend { .. })) if precision > Unit::Weekend => {
                    let (d, _) = p.range()?;
                    let d = if shift_of(e) == Some(Shift::Next) { d } else { d.clamp(r.day, r.last) };
                    Some(Value::Point(known_to(d, precision)))
                }
                Value::Point(p) => Some(Value::Point(coarsen(p, precision))),
                v => Some(v),
            }
        }
        Expr::Decade { first_year, century_known } => {
            if *century_known {
                return Some(Value::Point(Point::Decade(first_year.div_euclid(10))));
            }
            // The most recent decade with these digits, not after the anchor.
            let a = speech.map_or(1999, |a| a.year());
            let mut y = a.div_euclid(100) * 100 + first_year;
            if y > a {
                y -= 100;
            }
            Some(Value::Point(Point::Decade(y.div_euclid(10))))
        }
        // The 20th century is the 1900s ("19"); a century before the common era keeps its number.
        Expr::Century(n) if *n < 0 => Some(Value::Point(Point::Century(*n))),
        Expr::Century(n) => Some(Value::Point(Point::Century(n - 1))),
        Expr::Clock { day, hour, minute } => {
            let d = day_of(day.as_deref(), cx);
            Some(Value::Time { day: d, hour: *hour, minute: *minute })
        }
        Expr::DayPart { day, part } => {
            let d = day_of(day.as_deref(), cx);
            Some(Value::PartOfDay { day: d, part: *part })
        }
        Expr::WeekOf(day) | Expr::WeekendOf(day) => {
            let weekend = matches!(expr, Expr::WeekendOf(_));
            let week = match resolve(day, cx)? {
                Value::Point(Point::Day { year: Some(y), month, day }) => {
                    NaiveDate::from_ymd_opt(y, u32::from(month), u32::from(day))
                        .and_then(|d| if weekend { nearest_saturday(d) } else { Some(d) })
                        .map(|d| d.iso_week())
                }
                _ => None,
            };
            Some(Value::Point(match (week, weekend) {
                (Some(w), false) => Point::Week { year: w.year(), week: w.week() as u8 },
                (Some(w), true) => Point::Weekend { year: w.year(), week: w.week() as u8 },
                (None, false) => Point::Unknown(Unit::Week),
                (None, true) => Point::Unknown(Unit::Weekend),
            }))
        }
        Expr::CountedFrom { from, unit, offset } => {
            // The day counted from lies ahead ("a week from Monday" is the Monday to come) unless the clause
            // tells of the past.
            let tense = if matches!(cx.tense, Tense::Past | Tense::Completed) { cx.tense } else { Tense::Future };
            let start = match resolve(from, &cx.with_tense(tense))? {
                Value::Point(Point::Day { year: Some(y), month, day }) => {
                    NaiveDate::from_ymd_opt(y, u32::from(month), u32::from(day))
                }
                // "the weekend before last": a weekend counted in weeks is a weekend.
                Value::Point(Point::Weekend { year, week }) if *unit == Unit::Week => {
                    let saturday = NaiveDate::from_isoywd_opt(year, u32::from(week), Weekday::Sat);
                    let moved = saturday.and_then(|d| add_days(d, i64::from(*offset).checked_mul(7)?));
                    return Some(Value::Point(moved.map_or(Point::Unknown(Unit::Weekend), |d| {
                        let (year, week) = iso_week(d);
                        Point::Weekend { year, week }
                    })));
                }
                _ => None,
            };
            Some(Value::Point(start.and_then(|d| counted_from(d, *unit, *offset)).unwrap_or(Point::Unknown(Unit::Day))))
        }
        Expr::DayOfMonth { month, day } => Some(Value::Point(match resolve(month, cx)? {
            Value::Point(Point::Month { year: Some(y), month: m @ 1..=12 }) => {
                let date = match *day {
                    MonthDay::Date(d) => holiday(HolidayRule::Fixed { month: m, day: d }, y),
                    MonthDay::Weekday(weekday, n) => holiday(HolidayRule::NthWeekday { month: m, weekday, n }, y),
                    MonthDay::Last => month_end(y, m),
                };
                date.map_or(Point::Unknown(Unit::Day), day_point)
            }
            // A month whose year or number is unknown keeps what is known of it ("XXXX-10-30", "1998-XX-XX");
            // the last day of February is unknown without its year.
            Value::Point(Point::Month { year, month: m }) => {
                let day = match (*day, m) {
                    (_, 0) | (MonthDay::Weekday(..), _) | (MonthDay::Last, 2) => 0,
                    (MonthDay::Date(d), _) => d,
                    (MonthDay::Last, 4 | 6 | 9 | 11) => 30,
                    (MonthDay::Last, _) => 31,
                };
                Point::Day { year, month: m, day }
            }
            // The first or the last day of a year.
            Value::Point(Point::Year(y)) => match *day {
                MonthDay::Date(1) => NaiveDate::from_ymd_opt(y, 1, 1).map_or(Point::Unknown(Unit::Day), day_point),
                MonthDay::Last => month_end(y, 12).map_or(Point::Unknown(Unit::Day), day_point),
                _ => Point::Day { year: Some(y), month: 0, day: 0 },
            },
            _ => Point::Unknown(Unit::Day),
        })),
        Expr::DayOfWeek { week, day } => Some(Value::Point(match resolve(week, cx)? {
            Value::Point(Point::Week { year, week }) => Weekday::try_from(day.wrapping_sub(1))
                .ok()
                .and_then(|wd| NaiveDate::from_isoywd_opt(year, u32::from(week), wd))
                .map_or(Point::Unknown(Unit::Day), day_point),
            _ => Point::Unknown(Unit::Day),
        })),
        Expr::Duration { amount, unit } => Some(Value::Duration(length(*amount, *unit))),
        Expr::Set(r) => Some(Value::Set(match *r {
            Recurrence::Every { n, unit } => {
                SetValue::Every(Length { count: Some(n), half: false, thousandths: 0, unit })
            }
            Recurrence::EveryFew(unit) => SetValue::Every(Length { count: None, half: false, thousandths: 0, unit }),
            Recurrence::Weekday { day, part } => SetValue::Weekday(day, part),
            Recurrence::Month(m) => SetValue::Month(m),
            Recurrence::DayOfMonth(d) => SetValue::DayOfMonth(d),
            Recurrence::Day { month, day } => SetValue::Day(month, day),
            Recurrence::PartOfDay(p) => SetValue::PartOfDay(p),
            Recurrence::Season(s) => SetValue::Season(s),
        })),
        Expr::Reference(r) => Some(Value::Reference(*r)),
    }
}

/// The Saturday of the weekend nearest a day: the one before a Monday or a Tuesday ("the Memorial Day
/// weekend"), the one after a day later in the week ("the Thanksgiving weekend"), its own for a Sunday.
fn nearest_saturday(d: NaiveDate) -> Option<NaiveDate> {
    let back = match d.weekday().number_from_monday() {
        1 => 2,
        2 => 3,
        7 => 1,
        n => -(6 - i64::from(n)),
    };
    add_days(d, -back)
}

/// The shift of a weekday or a named period, of a part of such a day too ("the following Monday night").
fn shift_of(expr: &Expr) -> Option<Shift> {
    match expr {
        Expr::Weekday { shift, .. } | Expr::Named { shift, .. } => *shift,
        Expr::DayPart { day: Some(d), .. } => shift_of(d),
        _ => None,
    }
}

/// The month (of a month named or finer) or the year that a week counted from a time of `precision` is known
/// to, by its day `d`: no week of it is.
fn known_to(d: NaiveDate, precision: Unit) -> Point {
    if precision <= Unit::Month {
        Point::Month { year: Some(d.year()), month: d.month() as u8 }
    } else {
        Point::Year(d.year())
    }
}

/// A point with what is finer than `precision` unknown: "1998-10-XX" for a day in a month named, "1998-XX-XX"
/// for a day in a year named; a point no finer than `precision` as it is.
fn coarsen(point: Point, precision: Unit) -> Point {
    match point {
        Point::Day { year, .. } if precision > Unit::Month => Point::Day { year, month: 0, day: 0 },
        Point::Day { year, month, .. } if precision > Unit::Day => Point::Day { year, month, day: 0 },
        Point::Month { year, .. } if precision > Unit::Month => Point::Month { year, month: 0 },
        Point::Week { .. } if precision > Unit::Weekend => Point::Unknown(Unit::Week),
        Point::Weekend { .. } if precision > Unit::Weekend => Point::Unknown(Unit::Weekend),
        p => p,
    }
}

/// The quarter under discussion shifted by `offset` quarters: the last quarter mentioned, else the last
/// whole quarter before the time of speaking.
fn quarter_under_discussion(cx: &Context, offset: i32) -> Point {
    let base = cx.quarter.or_else(|| {
        let a = cx.speech?;
        let (y, m) = add_months(a.year(), a.month() as u8, -3)?;
        Some((y, quarter_of(u32::from(m))))
    });
    let Some((year, quarter)) = base else { return Point::Unknown(Unit::Quarter) };
    if quarter == 0 {
        // A fiscal quarter: only whole years can be counted from it.
        return match year.checked_add(offset / 4) {
            Some(y) => Point::Quarter { year: Some(y), quarter: 0 },
            None => Point::Unknown(Unit::Quarter),
        };
    }
    let index = i64::from(year) * 4 + i64::from(quarter) - 1 + i64::from(offset);
    match i32::try_from(index.div_euclid(4)) {
        Ok(y) => Point::Quarter { year: Some(y), quarter: (index.rem_euclid(4) + 1) as u8 },
        Err(_) => Point::Unknown(Unit::Quarter),
    }
}

fn length(amount: Amount, unit: Unit) -> Length {
    match amount {
        Amount::Exact { n, half } => Length { count: Some(n), half, thousandths: 0, unit },
        Amount::Decimal { n, thousandths } => Length { count: Some(n), half: false, thousandths, unit },
        Amount::Vague => Length { count: None, half: false, thousandths: 0, unit },
    }
}

/// The day `offset` units after `start`: a day still ("a month from Jan. 15" is Feb. 15), where the unit
/// is a day or longer and can be counted in days or months; [`relative`]'s point otherwise.
fn counted_from(start: NaiveDate, unit: Unit, offset: i32) -> Option<Point> {
    match unit {
        Unit::Day | Unit::Week | Unit::Fortnight | Unit::Month | Unit::Year => {
            add_units(start, unit, i64::from(offset)).map(day_point)
        }
        _ => relative(Some(start), unit, offset),
    }
}

/// The day of a clock time or part of day: its own day if given, else the time of speaking.
fn day_of(day: Option<&Expr>, cx: &Context) -> Point {
    let resolved = match day {
        Some(e) => resolve(e, cx),
        None => cx.speech.map(|d| Value::Point(day_point(d))),
    };
    match resolved {
        Some(Value::Point(p @ Point::Day { .. })) => p,
        Some(Value::Point(Point::Weekday(w))) => Point::Weekday(w),
        _ => Point::Unknown(Unit::Day),
    }
}

fn date(year: Option<YearSpec>, month: Option<u8>, day: Option<u8>, cx: &Context) -> Option<Point> {
    let anchor = cx.speech;
    let y = match year {
        Some(spec) => Some(year_of(spec, cx)?),
        None => match (month, anchor) {
            (Some(m), Some(a)) => Some(year_for(a, m, day, cx.tense)),
            _ => None,
        },
    };
    Some(match (month, day) {
        (Some(m), Some(d)) => Point::Day { year: y, month: m, day: d },
        (Some(m), None) => Point::Month { year: y, month: m },
        // A day of the month alone ("on the 14th"): its month from the anchor.
        (None, Some(d)) if year.is_none() => day_point(month_for(anchor?, d, cx.tense)?),
        (None, _) => Point::Year(y?),
    })
}

fn weekday(day: u8, shift: Option<Shift>, cx: &Context) -> Point {
    let Some(anchor) = cx.speech else { return Point::Weekday(day) };
    let d = match shift {
        Some(Shift::This) => weekday_this(anchor, day, cx.tense),
        Some(s) => weekday_shifted(anchor, day, shift_offset(s)),
        None => weekday_by_tense(anchor, day, cx.tense),
    };
    d.map_or(Point::Weekday(day), day_point)
}

/// A count of units from a base date, at the precision of the unit.
pub fn relative(base: Option<NaiveDate>, unit: Unit, offset: i32) -> Option<Point> {
    let base = base?;
    let n = i64::from(offset);
    Some(match unit {
        Unit::Second | Unit::Minute | Unit::Hour => day_point(base),
        Unit::Day => day_point(add_days(base, n)?),
        Unit::Week => {
            let (year, week) = iso_week(add_days(base, n.checked_mul(7)?)?);
            Point::Week { year, week }
        }
        Unit::Weekend => {
            let (year, week) = iso_week(add_days(base, n.checked_mul(7)?)?);
            Point::Weekend { year, week }
        }
        Unit::Fortnight => day_point(add_days(base, n.checked_mul(14)?)?),
        Unit::Month => {
            let (year, month) = add_months(base.year(), base.month() as u8, n)?;
            Point::Month { year: Some(year), month }
        }
        Unit::Quarter => {
            let (year, month) = add_months(base.year(), base.month() as u8, n.checked_mul(3)?)?;
            Point::Quarter { year: Some(year), quarter: quarter_of(u32::from(month)) }
        }
        Unit::Half => {
            let (year, month) = add_months(base.year(), base.month() as u8, n.checked_mul(6)?)?;
            Point::Half { year: Some(year), half: if month <= 6 { 1 } else { 2 } }
        }
        Unit::Year => Point::Year(years_from(base.year(), offset)?),
        Unit::Decade => Point::Decade(years_from(base.year(), offset.checked_mul(10)?)?.div_euclid(10)),
        Unit::Century => Point::Century(years_from(base.year(), offset.checked_mul(100)?)?.div_euclid(100)),
        Unit::Millennium => return None,
    })
}

/// True when the period `p` ended before the day `day`.
fn over_before(p: Point, day: NaiveDate) -> bool {
    Value::Point(p).range(None).is_some_and(|(_, end)| end < day)
}

/// True for a tense that speaks of what is still to come or in force: the present or the future.
fn ahead(tense: Tense) -> bool {
    matches!(tense, Tense::Present | Tense::Future)
}

fn named(name: Named, year: Option<YearSpec>, shift: Option<Shift>, cx: &Context) -> Point {
    let anchor = cx.speech;
    let explicit = year.and_then(|y| year_of(y, cx));
    let unknown = |y: Option<i32>| match name {
        Named::Month(m) => Point::Month { year: y, month: m },
        Named::Season(s) => Point::Season { year: y, season: s },
        Named::Quarter(q) => Point::Quarter { year: y, quarter: q },
        Named::Half(h) => Point::Half { year: y, half: h },
        Named::Weekend => Point::Unknown(Unit::Weekend),
        // A day of a year named whose date the calendar does not give ("Chinese New Year of 1850").
        Named::Holiday(_) if y.is_some() => Point::Day { year: y, month: 0, day: 0 },
        Named::Holiday(_) => Point::Unknown(Unit::Day),
    };
    let Some(a) = anchor.or_else(|| explicit.and_then(|y| NaiveDate::from_ymd_opt(y, 7, 1))) else {
        return unknown(explicit);
    };
    let tense = cx.tense;
    let resolved = match name {
        Named::Month(m) => {
            let y = explicit.or_else(|| match shift {
                // "last February" written in March is a year before: the month just over is "last month".
                Some(Shift::Last) if m + 1 == a.month() as u8 => Some(a.year() - 1),
                Some(Shift::Last) => Some(if m < a.month() as u8 { a.year() } else { a.year() - 1 }),
                Some(Shift::Next) => Some(if m > a.month() as u8 { a.year() } else { a.year() + 1 }),
                // "will report this March", written in November: a month of this year already past is
                // next year's under a present or future tense.
                Some(Shift::This) if ahead(tense) && m < a.month() as u8 => Some(a.year() + 1),
                // "this December was the warmest", written in January: the one just over.
                Some(Shift::This) if matches!(tense, Tense::Past | Tense::Completed) && m > a.month() as u8 => {
                    Some(a.year() - 1)
                }
                Some(_) => Some(a.year()),
                None => Some(year_for(a, m, None, tense)),
            });
            Some(Point::Month { year: y, month: m })
        }
        Named::Season(s) => {
            let (cur_year, cur) = season_of(a);
            let y = explicit.unwrap_or_else(|| match shift {
                Some(Shift::This) | Some(Shift::Same) => {
                    let ended = || over_before(Point::Season { year: Some(a.year()), season: s }, a);
                    if cur == s {
                        cur_year
                    } else if shift == Some(Shift::This) && ahead(tense) && ended() {
                        // "will report results this spring", written in November: next spring.
                        a.year() + 1
                    } else {
                        a.year()
                    }
                }
                Some(Shift::Last) => season_year(a, s, Tense::Past) - i32::from(cur == s),
                Some(Shift::Next) => season_year(a, s, Tense::Future) + i32::from(cur == s),
                None => season_year(a, s, tense),
            });
            Some(Point::Season { year: Some(y), season: s })
        }
        Named::Quarter(q) => {
            let cur = quarter_of(a.month());
            // The latest quarter of that number that has begun: results are reported after a quarter. In a
            // clause about the future, the first one from the quarter just ended on ("expects third-quarter
            // earnings to fall" in October; "expected to close in the second quarter" in March).
            let y = explicit.unwrap_or(match tense {
                // How many quarters back from the present one: 0 or 1 are this one and the one just ended,
                // further back the next of that number is meant.
                Tense::Future => match (i32::from(cur) - i32::from(q)).rem_euclid(4) {
                    0 | 1 if q > cur => a.year() - 1,
                    0 | 1 => a.year(),
                    _ if q > cur => a.year(),
                    _ => a.year() + 1,
                },
                _ if q > cur => a.year() - 1,
                _ => a.year(),
            });
            Some(Point::Quarter { year: Some(y), quarter: q })
        }
        Named::Half(h) => {
            let cur = if a.month() <= 6 { 1 } else { 2 };
            let y = explicit.unwrap_or(if h > cur && tense != Tense::Future { a.year() - 1 } else { a.year() });
            Some(Point::Half { year: Some(y), half: h })
        }
        Named::Weekend => {
            let is_weekend = a.weekday().number_from_monday() >= 6;
            let weeks = match (shift, tense) {
                (Some(Shift::Last), _) => -1,
                (Some(Shift::Next), _) => 1,
                (Some(_), _) => 0,
                (None, Tense::Future | Tense::Present) => 0,
                (None, _) if is_weekend => 0,
                (None, _) => -1,
            };
            add_days(a, i64::from(weeks) * 7).map(|d| {
                let (year, week) = iso_week(d);
                Point::Weekend { year, week }
            })
        }
        Named::Holiday(rule) => {
            let y = explicit.or_else(|| match shift {
                Some(s @ (Shift::Last | Shift::Next)) => {
                    let this = holiday(rule, a.year())?;
                    let past = this < a;
                    Some(match (s, past) {
                        (Shift::Last, true) | (Shift::Next, false) => a.year(),
                        (Shift::Last, false) => a.year() - 1,
                        _ => a.year() + 1,
                    })
                }
                Some(_) => Some(a.year()),
                None => Some(nearest_year(a, tense, |y| holiday(rule, y).map(|d| (d, d)))),
            });
            match rule {
                HolidayRule::NewYear => y.map(Point::Year),
                _ => y.and_then(|y| holiday(rule, y)).map(day_point),
            }
        }
    };
    resolved.unwrap_or_else(|| unknown(explicit))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{Modifier, Season};

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn at(s: &str, tense: Tense) -> Context {
        Context::at(d(s)).with_tense(tense)
    }

    fn v(expr: Expr, cx: Context) -> String {
        resolve(&expr, &cx).map(|v| v.to_string()).unwrap_or_default()
    }

    /// One line per phrase meaning: (expression, anchor, tense, expected TIMEX3 value).
    #[test]
    fn corpus() {
        use Tense::*;
        let date =
            |y: Option<i32>, m: Option<u8>, d: Option<u8>| Expr::Date { year: y.map(YearSpec::Full), month: m, day: d };
        let rel = |unit, offset, to| Expr::Relative { unit, offset, to };
        let cases: Vec<(Expr, &str, Tense, &str)> = vec![
            (date(None, Some(10), Some(7)), "2015-11-30", Past, "2015-10-07"),
            (date(None, Some(10), None), "1998-01-08", Unknown, "1997-10"),
            (date(None, Some(12), None), "2015-11-03", Future, "2015-12"),
            (
                Expr::Date { year: Some(YearSpec::Short(15)), month: Some(11), day: Some(30) },
                "2015-12-01",
                Unknown,
                "2015-11-30",
            ),
            (Expr::Weekday { day: 2, shift: None }, "2015-11-03", Past, "2015-11-03"),
            (Expr::Weekday { day: 6, shift: None }, "2015-10-10", Past, "2015-10-10"),
            (Expr::Weekday { day: 5, shift: None }, "2015-10-10", Past, "2015-10-09"),
            (Expr::Weekday { day: 7, shift: None }, "2015-10-05", Past, "2015-10-04"),
            (Expr::Weekday { day: 1, shift: None }, "2015-10-05", Future, "2015-10-05"),
            (Expr::Weekday { day: 2, shift: None }, "2015-10-05", Future, "2015-10-06"),
            (Expr::Weekday { day: 2, shift: Some(Shift::Last) }, "2015-10-07", Past, "2015-10-06"),
            (rel(Unit::Day, -1, RelativeTo::Speech), "2015-10-07", Past, "2015-10-06"),
            (rel(Unit::Day, -3, RelativeTo::Speech), "2015-10-07", Past, "2015-10-04"),
            (rel(Unit::Week, -1, RelativeTo::Speech), "1998-01-08", Past, "1998-W01"),
            (rel(Unit::Month, 1, RelativeTo::Speech), "2015-12-15", Future, "2016-01"),
            (rel(Unit::Year, 0, RelativeTo::Speech), "2015-12-15", Unknown, "2015"),
            (rel(Unit::Quarter, -1, RelativeTo::Speech), "1989-10-25", Past, "1989-Q3"),
            (rel(Unit::Decade, -1, RelativeTo::Speech), "1998-01-08", Past, "198"),
            (Expr::Named { name: Named::Quarter(3), year: None, shift: None }, "1989-10-25", Past, "1989-Q3"),
            (Expr::Named { name: Named::Quarter(4), year: None, shift: None }, "1989-10-25", Past, "1989-Q4"),
            (Expr::Named { name: Named::Quarter(4), year: None, shift: None }, "1989-07-25", Past, "1988-Q4"),
            // About the future: the quarter just ended (results ahead) or the next of that number.
            (Expr::Named { name: Named::Quarter(3), year: None, shift: None }, "1989-10-25", Future, "1989-Q3"),
            (Expr::Named { name: Named::Quarter(2), year: None, shift: None }, "2020-03-03", Future, "2020-Q2"),
            (Expr::Named { name: Named::Quarter(4), year: None, shift: None }, "2020-03-03", Future, "2019-Q4"),
            (Expr::Named { name: Named::Quarter(1), year: None, shift: None }, "1989-10-25", Future, "1990-Q1"),
            (Expr::Named { name: Named::Quarter(3), year: None, shift: None }, "2020-03-03", Future, "2020-Q3"),
            (
                Expr::Named { name: Named::Month(9), year: None, shift: Some(Shift::Last) },
                "2015-11-30",
                Past,
                "2015-09",
            ),
            // The month just over is "last month": "last October" in November is a year before.
            (
                Expr::Named { name: Named::Month(10), year: None, shift: Some(Shift::Last) },
                "2015-11-30",
                Past,
                "2014-10",
            ),
            (
                Expr::Named { name: Named::Season(Season::Summer), year: None, shift: Some(Shift::This) },
                "1998-02-01",
                Future,
                "1998-SU",
            ),
            (
                Expr::Named { name: Named::Season(Season::Fall), year: None, shift: Some(Shift::Last) },
                "1998-02-01",
                Past,
                "1997-FA",
            ),
            (Expr::Named { name: Named::Weekend, year: None, shift: None }, "2015-10-12", Past, "2015-W41-WE"),
            (
                Expr::Named { name: Named::Weekend, year: None, shift: Some(Shift::This) },
                "2015-10-08",
                Future,
                "2015-W41-WE",
            ),
            (Expr::Decade { first_year: 90, century_known: false }, "2015-10-08", Past, "199"),
            (Expr::Decade { first_year: 1990, century_known: true }, "2015-10-08", Past, "199"),
            (Expr::Century(20), "2015-10-08", Past, "19"),
            (Expr::Clock { day: None, hour: 11, minute: 0 }, "2015-11-03", Past, "2015-11-03T11:00"),
            (
                Expr::Duration { amount: Amount::Exact { n: 3, half: false }, unit: Unit::Day },
                "2015-11-03",
                Past,
                "P3D",
            ),
        ];
        for (expr, anchor, tense, want) in cases {
            assert_eq!(v(expr.clone(), at(anchor, tense)), want, "{expr:?} at {anchor}");
        }
    }

    #[test]
    fn anaphora_counts_from_the_reference() {
        let cx = Context {
            speech: Some(d("2015-11-30")),
            reference: Some(d("2015-10-07").into()),
            tense: Tense::Past,
            ..Context::default()
        };
        let next = Expr::Relative { unit: Unit::Day, offset: 1, to: RelativeTo::Reference };
        assert_eq!(v(next, cx), "2015-10-08");
    }

    #[test]
    fn without_an_anchor_values_keep_what_is_known() {
        let cx = Context::default();
        assert_eq!(v(Expr::Date { year: None, month: Some(10), day: Some(7) }, cx), "XXXX-10-07");
        assert_eq!(v(Expr::Weekday { day: 2, shift: None }, cx), "XXXX-WXX-2");
        assert_eq!(v(Expr::Relative { unit: Unit::Day, offset: -1, to: RelativeTo::Speech }, cx), "XXXX-XX-XX");
        assert_eq!(v(Expr::Date { year: Some(YearSpec::Short(15)), month: Some(11), day: Some(30) }, cx), "2015-11-30");
    }

    #[test]
    fn years_counted_past_the_calendar_are_unknown() {
        let ago = |n| Expr::Relative { unit: Unit::Year, offset: n, to: RelativeTo::Speech };
        let first = Context::at(NaiveDate::MIN);
        assert_eq!(v(ago(-842_015), first), "XXXX");
        assert_eq!(v(Expr::Relative { unit: Unit::Decade, offset: -90_000, to: RelativeTo::Speech }, first), "XXX");
        assert_eq!(v(ago(-200_000), Context::at(d("1000-01-01"))), "BC199001");
        assert_eq!(v(ago(-842_015), Context::at(d("2015-10-07"))), "XXXX");
        assert_eq!(v(ago(10), Context::at(NaiveDate::MAX)), "XXXX");
    }

    #[test]
    fn impossible_dates_never_panic() {
        let far = Context::at(NaiveDate::MAX);
        for expr in [
            Expr::Relative { unit: Unit::Day, offset: i32::MAX, to: RelativeTo::Speech },
            Expr::Relative { unit: Unit::Year, offset: i32::MAX, to: RelativeTo::Speech },
            Expr::Relative { unit: Unit::Month, offset: i32::MIN, to: RelativeTo::Speech },
            Expr::Date { year: Some(YearSpec::Full(275760)), month: Some(2), day: Some(30) },
            Expr::Date { year: Some(YearSpec::Full(0)), month: Some(9), day: Some(31) },
            Expr::Named { name: Named::Season(Season::Winter), year: None, shift: Some(Shift::Next) },
            Expr::Weekday { day: 3, shift: Some(Shift::Next) },
        ] {
            for cx in [far, Context::at(NaiveDate::MIN), Context::default()] {
                let value = resolve(&expr, &cx);
                if let Some(value) = value {
                    let _ = value.to_string();
                    let _ = value.range(Some(Modifier::Mid));
                }
            }
        }
    }
}
