//! Calendar arithmetic: weekdays, ISO weeks, quarters, seasons, holidays and
//! the choice of year for a date written without one. Every function is
//! total: a date that chrono cannot hold gives `None`, never a panic.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::calendars;
use crate::lang::{HolidayRule, Season, Unit};
use crate::parse::expr::Tense;
use crate::timex::{Point, Value, day_point, month_end, season_range};

/// The ISO weekday number (1 = Monday) of a date.
pub fn weekday_number(d: NaiveDate) -> u8 {
    d.weekday().number_from_monday() as u8
}

/// Adds days, `None` outside chrono's range.
pub fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    d.checked_add_signed(Duration::try_days(n)?)
}

/// Adds calendar months to a (year, month) pair.
pub fn add_months(year: i32, month: u8, n: i64) -> Option<(i32, u8)> {
    let index = i64::from(year).checked_mul(12)?.checked_add(i64::from(month) - 1)?.checked_add(n)?;
    let y = i32::try_from(index.div_euclid(12)).ok()?;
    Some((y, (index.rem_euclid(12) + 1) as u8))
}

/// Adds calendar months to a day, keeping its day of the month where the month has it, else taking the
/// month's last day (January 31 and a month: February 28 or 29).
pub fn add_months_to_day(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let (y, m) = add_months(d.year(), d.month() as u8, n)?;
    let last = month_end(y, m)?;
    NaiveDate::from_ymd_opt(y, u32::from(m), d.day().min(last.day()))
}

/// The day `n` units after `d` (before it when `n` is negative), for a unit that days or months count: a
/// day, a week, a fortnight, a month, a quarter or a year; a month keeps the day of the month where the month
/// has it, else takes its last ("a month from Jan. 31" is Feb. 28 or 29). `None` for another unit, or out of
/// range.
///
/// ```
/// use chrono::NaiveDate;
/// use timeline_extract::lang::Unit;
/// use timeline_extract::normalize::calendar::add_units;
///
/// let d = NaiveDate::from_ymd_opt(2015, 10, 1).unwrap();
/// assert_eq!(add_units(d, Unit::Quarter, -3).map(|x| x.to_string()), Some("2015-01-01".into()));
/// assert_eq!(add_units(d, Unit::Fortnight, 1).map(|x| x.to_string()), Some("2015-10-15".into()));
/// assert_eq!(add_units(d, Unit::Hour, 1), None);
/// ```
pub fn add_units(d: NaiveDate, unit: Unit, n: i64) -> Option<NaiveDate> {
    match unit {
        Unit::Day => add_days(d, n),
        Unit::Week => add_days(d, n.checked_mul(7)?),
        Unit::Fortnight => add_days(d, n.checked_mul(14)?),
        Unit::Month => add_months_to_day(d, n),
        Unit::Quarter => add_months_to_day(d, n.checked_mul(3)?),
        Unit::Year => add_months_to_day(d, n.checked_mul(12)?),
        _ => None,
    }
}

/// The weekday `day` nearest to `anchor` in the direction the tense points: on or before the anchor for
/// the past, after it for the future, for the present on or after it unless that is six days ahead, and
/// for a modal, or when no tense can be told (a verb in the present that the lexicon does not know: "City
/// host Westbridge on Wednesday", "Pre-orders open Friday"), on either side.
pub fn weekday_by_tense(anchor: NaiveDate, day: u8, tense: Tense) -> Option<NaiveDate> {
    let (back, ahead) = back_and_ahead(anchor, day);
    match tense {
        // A day named in the future on its own weekday is that day: news names the day of writing by its
        // weekday ("the president will speak Thursday", written on Thursday), and a week ahead would be "next".
        Tense::Future => add_days(anchor, ahead),
        // The present tense of news names a coming day ("the law takes effect Monday", "the company reports
        // results Thursday"), but not the day before the anchor, which six days ahead would rather be
        // "next" ("the office is closed Saturday", written on Sunday).
        Tense::Present if ahead <= 5 => add_days(anchor, ahead),
        // A modal names the nearest such day, on either side, and so does a clause of no tense that can be told:
        // the past forms are listed or regular, so what is left is as often a present that plans ahead.
        Tense::Modal | Tense::Unknown if ahead < back => add_days(anchor, ahead),
        _ => add_days(anchor, -back),
    }
}

/// "this Tuesday": the coming one (or the anchor's own day) under a present or future tense ("will vote this
/// Monday"), the one just past (or the anchor's own) under a past tense, and the one in the anchor's ISO week
/// when the tense says nothing.
pub fn weekday_this(anchor: NaiveDate, day: u8, tense: Tense) -> Option<NaiveDate> {
    let (back, ahead) = back_and_ahead(anchor, day);
    match tense {
        Tense::Future | Tense::Present => add_days(anchor, ahead),
        Tense::Past | Tense::Completed => add_days(anchor, -back),
        Tense::Unknown | Tense::Modal => weekday_shifted(anchor, day, 0),
    }
}

/// The days from `anchor` back to the weekday `day` on or before it, and ahead to the one on or after it
/// (both 0 when the anchor is that weekday).
fn back_and_ahead(anchor: NaiveDate, day: u8) -> (i64, i64) {
    let (a, w) = (i64::from(weekday_number(anchor)), i64::from(day));
    ((a - w).rem_euclid(7), (w - a).rem_euclid(7))
}

/// "last Tuesday": strictly before; "next Tuesday": strictly after; "this Tuesday": in the anchor's ISO week.
pub fn weekday_shifted(anchor: NaiveDate, day: u8, offset: i32) -> Option<NaiveDate> {
    let (back, ahead) = back_and_ahead(anchor, day);
    match offset.signum() {
        -1 => add_days(anchor, -(if back == 0 { 7 } else { back })),
        1 => add_days(anchor, if ahead == 0 { 7 } else { ahead }),
        _ => add_days(anchor, i64::from(day) - i64::from(weekday_number(anchor))),
    }
}

/// The ISO (year, week) of a date.
pub fn iso_week(d: NaiveDate) -> (i32, u8) {
    let w = d.iso_week();
    (w.year(), w.week() as u8)
}

/// The quarter (1-4) of a month.
pub fn quarter_of(month: u32) -> u8 {
    ((month - 1) / 3 + 1) as u8
}

/// The value that covers the days `first` to `last`: the month, quarter, half or year that is exactly that
/// span, else the months from the first to the last when it runs over whole months, else the days.
///
/// ```
/// use chrono::NaiveDate;
/// use timeline_extract::normalize::calendar::covering;
///
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// assert_eq!(covering(d(7, 1), d(9, 30)).to_string(), "2026-Q3");
/// assert_eq!(covering(d(1, 1), d(9, 30)).to_string(), "2026-01/2026-09");
/// assert_eq!(covering(d(9, 28), d(10, 4)).to_string(), "2026-09-28/2026-10-04");
/// ```
pub fn covering(first: NaiveDate, last: NaiveDate) -> Value {
    let year = first.year();
    let month = first.month() as u8;
    let candidates = [
        Point::Month { year: Some(year), month },
        Point::Quarter { year: Some(year), quarter: quarter_of(first.month()) },
        Point::Half { year: Some(year), half: (month - 1) / 6 + 1 },
        Point::Year(year),
    ];
    if let Some(p) = candidates.into_iter().find(|p| p.range() == Some((first, last))) {
        return Value::Point(p);
    }
    let whole_months = first.day() == 1 && month_end(last.year(), last.month() as u8) == Some(last);
    if whole_months {
        let end = Point::Month { year: Some(last.year()), month: last.month() as u8 };
        return Value::Interval(Point::Month { year: Some(year), month }, end);
    }
    Value::Interval(day_point(first), day_point(last))
}

/// How much farther a date after the anchor counts in a past clause: such a clause can still name a
/// deadline just ahead ("extended to Nov. 20"), but it must be much the nearer.
pub const TENSE_BIAS: i64 = 2;
/// How much farther a date before the anchor counts in a future clause: a day just past can still be
/// meant ("to repatriate the child by Jan. 14" in a text of January 15), a year ahead hardly.
pub const FUTURE_BIAS: i64 = 30;
/// With no tense marker, a later year than the anchor's is taken only for a date this close to it.
pub const NEXT_YEAR_REACH: i64 = 90;
/// A past clause names a time after the anchor (a plan reported: "said talks would end by May") only
/// this close to it; farther ahead, the year before is meant ("took effect on Jan. 1" in October). A
/// deadline in a past clause ("extended to Nov. 20", "effective Feb. 1") is read as the present by
/// `parse::context`, the nearest such day.
const PAST_AHEAD_REACH: i64 = 62;
/// Where a past verb stands right before the time ("rose in January"), what it dates has happened: a time
/// after the anchor is taken only this close to it, where the anchor may be a little early (a section's
/// date, a date inferred), and with [`TENSE_BIAS`].
const COMPLETED_AHEAD_REACH: i64 = 14;

/// Chooses the year of a month (and perhaps day) written without one, from the anchor and the tense.
///
/// The candidates are the anchor's year and the years on either side; the nearest to the anchor wins.
/// Under the future tense a candidate before the anchor counts [`FUTURE_BIAS`] times as far (a day just
/// past can still be meant); under the past tense one after it counts [`TENSE_BIAS`] times as far (a past
/// clause can still name a deadline just ahead). With no tense marker, the year after the anchor's is a
/// candidate only within [`NEXT_YEAR_REACH`] days: a date is not pushed into a later year without a
/// reason in the text.
pub fn year_for(anchor: NaiveDate, month: u8, day: Option<u8>, tense: Tense) -> i32 {
    nearest_year(anchor, tense, |year| match day {
        Some(d) => {
            let x = NaiveDate::from_ymd_opt(year, u32::from(month), u32::from(d))?;
            Some((x, x))
        }
        None => Some((NaiveDate::from_ymd_opt(year, u32::from(month), 1)?, month_end(year, month)?)),
    })
}

/// The date of a day of the month written alone ("on the 14th"), from the anchor and the tense, as
/// [`weekday_by_tense`] finds a weekday: in the anchor's month or the months on either side, the latest
/// such day up to the anchor, the first after it under the future tense, the nearest (the earlier on a
/// tie) under the present. `None` when no month of the three has that day.
pub fn month_for(anchor: NaiveDate, day: u8, tense: Tense) -> Option<NaiveDate> {
    month_for_where(anchor, day, tense, |_| true)
}

/// [`month_for`] among the days that `keep` keeps ("Friday the 4th": a 4th that is a Friday); `None` when no
/// month of the three has one.
///
/// ```
/// use chrono::{Datelike, NaiveDate, Weekday};
/// use timeline_extract::normalize::calendar::month_for_where;
/// use timeline_extract::parse::expr::Tense;
///
/// let anchor = NaiveDate::from_ymd_opt(2026, 11, 10).unwrap();
/// let friday = |d: NaiveDate| d.weekday() == Weekday::Fri;
/// assert_eq!(month_for_where(anchor, 4, Tense::Present, friday), NaiveDate::from_ymd_opt(2026, 12, 4));
/// assert_eq!(month_for_where(anchor, 4, Tense::Present, |d| d.weekday() == Weekday::Sat), None);
/// ```
pub fn month_for_where(
    anchor: NaiveDate,
    day: u8,
    tense: Tense,
    keep: impl Fn(NaiveDate) -> bool,
) -> Option<NaiveDate> {
    let candidates = (-1..=1).filter_map(|n| {
        let (y, m) = add_months(anchor.year(), anchor.month() as u8, n)?;
        NaiveDate::from_ymd_opt(y, u32::from(m), u32::from(day)).filter(|&d| keep(d))
    });
    let distance = |d: NaiveDate| (d - anchor).num_days();
    match tense {
        Tense::Future => candidates.filter(|&d| d > anchor).min(),
        Tense::Present | Tense::Modal => candidates.min_by_key(|&d| (distance(d).abs(), distance(d) > 0)),
        Tense::Past | Tense::Completed | Tense::Unknown => candidates.filter(|&d| d <= anchor).max(),
    }
}

/// The rule of [`year_for`] for any yearly period, given the days it covers in a year.
pub fn nearest_year(anchor: NaiveDate, tense: Tense, range: impl Fn(i32) -> Option<(NaiveDate, NaiveDate)>) -> i32 {
    let y = anchor.year();
    // Signed distance: negative before the anchor, positive after, zero when the range holds it.
    let offset = |year: i32| {
        range(year).map(|(s, e)| {
            if anchor < s {
                (s - anchor).num_days()
            } else if anchor > e {
                -(anchor - e).num_days()
            } else {
                0
            }
        })
    };
    let cost = |year: i32, d: i64| -> Option<i64> {
        match tense {
            Tense::Unknown if year > y && d > NEXT_YEAR_REACH => None,
            Tense::Past if d > PAST_AHEAD_REACH => None,
            Tense::Completed if d > COMPLETED_AHEAD_REACH => None,
            Tense::Past | Tense::Completed if d > 0 => Some(d * TENSE_BIAS),
            Tense::Future if d < 0 => Some(d.saturating_neg().saturating_mul(FUTURE_BIAS)),
            _ => Some(d.abs()),
        }
    };
    [y, y - 1, y + 1]
        .into_iter()
        .filter_map(|c| offset(c).and_then(|d| cost(c, d).map(|k| (k, c))))
        .min()
        .map_or(y, |(_, c)| c)
}

/// The season a date falls in, with the year that season is named by (winter is named by its December).
pub fn season_of(d: NaiveDate) -> (i32, Season) {
    match d.month() {
        3..=5 => (d.year(), Season::Spring),
        6..=8 => (d.year(), Season::Summer),
        9..=11 => (d.year(), Season::Fall),
        12 => (d.year(), Season::Winter),
        _ => (d.year() - 1, Season::Winter),
    }
}

/// Chooses the year of a season written without one, like [`year_for`].
pub fn season_year(anchor: NaiveDate, season: Season, tense: Tense) -> i32 {
    let y = anchor.year();
    let (cur_year, cur) = season_of(anchor);
    if cur == season {
        return cur_year;
    }
    let starts = |year: i32| season_range(year, season).map(|(s, _)| s);
    match tense {
        Tense::Future => {
            if starts(y).is_some_and(|s| s > anchor) {
                y
            } else {
                y + 1
            }
        }
        // A present or modal clause about a season ("the plant opens in the spring") means the nearer one,
        // as it does for a month.
        Tense::Present | Tense::Modal => nearest_year(anchor, tense, |year| season_range(year, season)),
        _ => {
            if starts(y).is_some_and(|s| s <= anchor) {
                y
            } else {
                y - 1
            }
        }
    }
}

/// Western Easter Sunday (the anonymous Gregorian algorithm).
pub fn easter(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

/// The date of a holiday in a year.
pub fn holiday(rule: HolidayRule, year: i32) -> Option<NaiveDate> {
    match rule {
        HolidayRule::Fixed { month, day } => NaiveDate::from_ymd_opt(year, u32::from(month), u32::from(day)),
        HolidayRule::NewYear => NaiveDate::from_ymd_opt(year, 1, 1),
        HolidayRule::NthWeekday { month, weekday, n } => {
            let wd = Weekday::try_from(weekday.checked_sub(1)?).ok()?;
            if n > 0 {
                NaiveDate::from_weekday_of_month_opt(year, u32::from(month), wd, n as u8)
            } else {
                let last = month_end(year, month)?;
                let back = (i64::from(weekday_number(last)) - i64::from(weekday)).rem_euclid(7);
                add_days(last, -back)
            }
        }
        HolidayRule::Easter(offset) => add_days(easter(year)?, i64::from(offset)),
        HolidayRule::OrthodoxEaster(offset) => add_days(calendars::orthodox_easter(year)?, i64::from(offset)),
        HolidayRule::Hebrew { month, day } => calendars::hebrew_day(month, day, year),
        HolidayRule::Islamic { month, day } => calendars::islamic_day(month, day, year),
        HolidayRule::LunarNewYear => calendars::lunar_new_year(year),
        HolidayRule::WeekdayFrom { month, day, weekday } => {
            let from = NaiveDate::from_ymd_opt(year, u32::from(month), u32::from(day))?;
            add_days(from, (i64::from(weekday) - i64::from(weekday_number(from))).rem_euclid(7))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn weekdays_follow_the_tense() {
        // 2015-10-10 is a Saturday.
        let sat = d("2015-10-10");
        assert_eq!(weekday_by_tense(sat, 6, Tense::Past), Some(sat));
        assert_eq!(weekday_by_tense(sat, 5, Tense::Past), Some(d("2015-10-09")));
        assert_eq!(weekday_by_tense(sat, 1, Tense::Unknown), Some(d("2015-10-12")));
        assert_eq!(weekday_by_tense(sat, 4, Tense::Unknown), Some(d("2015-10-08")));
        assert_eq!(weekday_by_tense(sat, 1, Tense::Future), Some(d("2015-10-12")));
        // Its own weekday in the future is the day itself ("will speak Saturday", written on Saturday).
        assert_eq!(weekday_by_tense(sat, 6, Tense::Future), Some(sat));
        // The present looks ahead up to five days; the day before stays behind.
        assert_eq!(weekday_by_tense(sat, 4, Tense::Present), Some(d("2015-10-15")));
        assert_eq!(weekday_by_tense(sat, 6, Tense::Present), Some(sat));
        assert_eq!(weekday_by_tense(sat, 5, Tense::Present), Some(d("2015-10-09")));
        assert_eq!(weekday_by_tense(sat, 4, Tense::Modal), Some(d("2015-10-08")));
        // "this Monday": ahead under a future, behind under a past, in the week otherwise.
        assert_eq!(weekday_this(sat, 1, Tense::Future), Some(d("2015-10-12")));
        assert_eq!(weekday_this(sat, 1, Tense::Past), Some(d("2015-10-05")));
        assert_eq!(weekday_this(sat, 1, Tense::Unknown), Some(d("2015-10-05")));
        assert_eq!(weekday_this(sat, 6, Tense::Present), Some(sat));
        assert_eq!(weekday_shifted(sat, 6, -1), Some(d("2015-10-03")));
        assert_eq!(weekday_shifted(sat, 1, 1), Some(d("2015-10-12")));
        assert_eq!(weekday_shifted(sat, 1, 0), Some(d("2015-10-05")));
    }

    #[test]
    fn a_day_of_the_month_alone_follows_the_tense() {
        let anchor = d("2015-10-10");
        assert_eq!(month_for(anchor, 3, Tense::Past), Some(d("2015-10-03")));
        assert_eq!(month_for(anchor, 10, Tense::Past), Some(anchor));
        assert_eq!(month_for(anchor, 14, Tense::Unknown), Some(d("2015-09-14")));
        assert_eq!(month_for(anchor, 14, Tense::Future), Some(d("2015-10-14")));
        assert_eq!(month_for(anchor, 3, Tense::Future), Some(d("2015-11-03")));
        assert_eq!(month_for(anchor, 14, Tense::Present), Some(d("2015-10-14")));
        assert_eq!(month_for(anchor, 28, Tense::Present), Some(d("2015-09-28")));
        // September has no 31st, and August is too far back.
        assert_eq!(month_for(anchor, 31, Tense::Past), None);
        assert_eq!(month_for(anchor, 31, Tense::Future), Some(d("2015-10-31")));
        assert_eq!(month_for(d("2015-03-05"), 30, Tense::Past), None);
    }

    #[test]
    fn years_are_not_pushed_into_the_future() {
        let anchor = d("1998-01-08");
        assert_eq!(year_for(anchor, 10, None, Tense::Unknown), 1997);
        assert_eq!(year_for(anchor, 10, None, Tense::Future), 1998);
        assert_eq!(year_for(anchor, 3, None, Tense::Unknown), 1998);
        assert_eq!(year_for(anchor, 1, Some(5), Tense::Past), 1998);
        assert_eq!(year_for(anchor, 1, Some(20), Tense::Past), 1998);
        assert_eq!(year_for(anchor, 11, Some(20), Tense::Past), 1997);
        assert_eq!(year_for(d("2015-11-30"), 10, Some(7), Tense::Past), 2015);
        // A deadline just ahead, even in a past clause; far ahead, last year's.
        assert_eq!(year_for(d("1989-11-02"), 11, Some(20), Tense::Past), 1989);
        assert_eq!(year_for(d("1989-10-31"), 12, Some(15), Tense::Unknown), 1989);
        assert_eq!(year_for(d("1999-05-06"), 10, Some(23), Tense::Past), 1998);
        // A month in a past clause: just ahead it may be a plan reported, three months ahead it is last year's.
        assert_eq!(year_for(d("1998-03-22"), 5, None, Tense::Past), 1998);
        assert_eq!(year_for(d("2015-11-04"), 2, None, Tense::Past), 2015);
        // Across the new year.
        assert_eq!(year_for(d("1999-12-20"), 1, Some(14), Tense::Unknown), 2000);
        assert_eq!(year_for(d("1999-09-20"), 1, Some(14), Tense::Unknown), 1999);
        assert_eq!(year_for(d("1999-09-20"), 1, Some(14), Tense::Future), 2000);
        // A future clause may name a day just past, not one weeks back.
        assert_eq!(year_for(d("2000-01-15"), 1, Some(14), Tense::Future), 2000);
        assert_eq!(year_for(d("2000-01-15"), 1, Some(1), Tense::Future), 2001);
    }

    #[test]
    fn holidays_and_easter() {
        assert_eq!(easter(2015), Some(d("2015-04-05")));
        assert_eq!(easter(2024), Some(d("2024-03-31")));
        assert_eq!(holiday(HolidayRule::NthWeekday { month: 11, weekday: 4, n: 4 }, 2015), Some(d("2015-11-26")));
        assert_eq!(holiday(HolidayRule::NthWeekday { month: 5, weekday: 1, n: -1 }, 2015), Some(d("2015-05-25")));
        assert_eq!(holiday(HolidayRule::Fixed { month: 2, day: 30 }, 2015), None);
        assert_eq!(holiday(HolidayRule::Easter(0), 300_000), None);
        // Election Day: 2016-11-08 (November 1 a Tuesday), 2015-11-03, 1998-11-03.
        let election = HolidayRule::WeekdayFrom { month: 11, day: 2, weekday: 2 };
        assert_eq!(holiday(election, 2016), Some(d("2016-11-08")));
        assert_eq!(holiday(election, 2015), Some(d("2015-11-03")));
        assert_eq!(holiday(election, 1998), Some(d("1998-11-03")));
        assert_eq!(holiday(HolidayRule::OrthodoxEaster(0), 2024), Some(d("2024-05-05")));
        assert_eq!(holiday(HolidayRule::Hebrew { month: 7, day: 10 }, 2025), Some(d("2025-10-02")));
        assert_eq!(holiday(HolidayRule::Islamic { month: 10, day: 1 }, 2024), Some(d("2024-04-10")));
    }

    #[test]
    fn month_arithmetic_wraps() {
        assert_eq!(add_months(2015, 11, 3), Some((2016, 2)));
        assert_eq!(add_months(2015, 1, -1), Some((2014, 12)));
        assert_eq!(add_months(i32::MAX, 12, 1), None);
        assert_eq!(add_months_to_day(d("2016-01-31"), 1), Some(d("2016-02-29")));
        assert_eq!(add_months_to_day(d("2015-03-31"), -12), Some(d("2014-03-31")));
    }
}
