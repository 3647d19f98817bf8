//! Days of other calendars in the Gregorian year: the Hebrew calendar (its arithmetic rules, exact), the
//! tabular Islamic calendar (which may fall a day from the calendar that a sighted moon gives), and Easter
//! by the Julian reckoning of the Orthodox churches.
//!
//! Days are counted as chrono's `num_days_from_ce` counts them (1 January of the year 1 is day 1), the
//! "fixed dates" of the standard arithmetic of calendars.

use chrono::{Datelike, NaiveDate};

/// The fixed date of `date`.
fn fixed(date: NaiveDate) -> i64 {
    i64::from(date.num_days_from_ce())
}

/// The date of a fixed day.
fn from_fixed(day: i64) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(day).ok()?)
}

/// The fixed day of 1 Tishrei of the Hebrew year 1 (7 October 3761 BC in the Julian calendar).
const HEBREW_EPOCH: i64 = -1_373_427;

/// Hebrew months are numbered from Nisan (1) to Adar (12) and, in a leap year, Adar II (13); the year
/// begins with Tishrei (7).
const TISHREI: u8 = 7;
const ADAR: u8 = 12;

/// The Hebrew years that are leap years: seven of every nineteen.
fn hebrew_leap(year: i64) -> bool {
    (7 * year + 1).rem_euclid(19) < 7
}

/// Days from the epoch to the molad of Tishrei of `year`, put off by a day when it falls on a Sunday,
/// Wednesday or Friday.
fn hebrew_elapsed_days(year: i64) -> i64 {
    let months = (235 * year - 234).div_euclid(19);
    let parts = 12_084 + 13_753 * months;
    let day = 29 * months + parts.div_euclid(25_920);
    if (3 * (day + 1)).rem_euclid(7) < 3 { day + 1 } else { day }
}

/// The further delay that keeps every year to a permitted length.
fn hebrew_year_delay(year: i64) -> i64 {
    let (before, this, after) =
        (hebrew_elapsed_days(year - 1), hebrew_elapsed_days(year), hebrew_elapsed_days(year + 1));
    if after - this == 356 {
        2
    } else if this - before == 382 {
        1
    } else {
        0
    }
}

/// The fixed day of 1 Tishrei (Rosh Hashanah) of the Hebrew `year`.
fn hebrew_new_year(year: i64) -> i64 {
    HEBREW_EPOCH + hebrew_elapsed_days(year) + hebrew_year_delay(year)
}

/// The days of `month` in the Hebrew `year`, whose length in days is `length`.
fn hebrew_month_days(year: i64, month: u8, length: i64) -> i64 {
    let short = match month {
        2 | 4 | 6 | 10 | 13 => true,
        ADAR => !hebrew_leap(year),
        // Heshvan is long in a complete year (355 or 385 days), Kislev short in a deficient one.
        8 => length % 10 != 5,
        9 => length % 10 == 3,
        _ => false,
    };
    if short { 29 } else { 30 }
}

/// The fixed day of `day` of `month` of the Hebrew `year`.
fn fixed_from_hebrew(year: i64, month: u8, day: u8) -> i64 {
    let new_year = hebrew_new_year(year);
    let length = hebrew_new_year(year + 1) - new_year;
    let last = if hebrew_leap(year) { 13 } else { 12 };
    let days = |months: std::ops::Range<u8>| months.map(|m| hebrew_month_days(year, m, length)).sum::<i64>();
    let before = if month < TISHREI { days(TISHREI..last + 1) + days(1..month) } else { days(TISHREI..month) };
    new_year + before + i64::from(day) - 1
}

/// The day `day` of the Hebrew `month` (Adar is Adar II in a leap year, where Purim falls) that falls in
/// the Gregorian `year`: the months from Tishrei to Kislev in the Hebrew year that begins in its autumn,
/// the others in the Hebrew year that began in the autumn before. `None` out of chrono's range.
///
/// ```
/// use timeline_extract::normalize::calendars::hebrew_day;
///
/// // Passover (15 Nisan) and Hanukkah (25 Kislev) in 2025.
/// assert_eq!(hebrew_day(1, 15, 2025).unwrap().to_string(), "2025-04-13");
/// assert_eq!(hebrew_day(9, 25, 2025).unwrap().to_string(), "2025-12-15");
/// ```
pub fn hebrew_day(month: u8, day: u8, year: i32) -> Option<NaiveDate> {
    if !(1..=13).contains(&month) || !(1..=30).contains(&day) || year.unsigned_abs() > 200_000 {
        return None;
    }
    let autumn = (TISHREI..=9).contains(&month);
    let hebrew_year = i64::from(year) + if autumn { 3761 } else { 3760 };
    let month = if month == ADAR && hebrew_leap(hebrew_year) { 13 } else { month };
    from_fixed(fixed_from_hebrew(hebrew_year, month, day))
}

/// The fixed day of 1 Muharram of the Islamic year 1 (16 July 622 in the Julian calendar).
const ISLAMIC_EPOCH: i64 = 227_015;

/// The fixed day of `day` of `month` of the Islamic `year` in the tabular calendar: months of 30 and 29
/// days in turn, and eleven leap days in every thirty years.
fn fixed_from_islamic(year: i64, month: u8, day: u8) -> i64 {
    let month = i64::from(month);
    ISLAMIC_EPOCH - 1
        + (year - 1) * 354
        + (3 + 11 * year).div_euclid(30)
        + 29 * (month - 1)
        + month / 2
        + i64::from(day)
}

/// The first day `day` of the Islamic `month` in the tabular calendar that falls in the Gregorian `year`
/// (an Islamic year is eleven days shorter, so a day may fall twice in one Gregorian year). It may fall a
/// day from the day observed where the month begins with the sighted moon.
///
/// ```
/// use timeline_extract::normalize::calendars::islamic_day;
///
/// // Eid al-Adha (10 Dhu al-Hijjah) in 2024 and Eid al-Fitr (1 Shawwal) in 2000, which fell twice.
/// assert_eq!(islamic_day(12, 10, 2024).unwrap().to_string(), "2024-06-17");
/// assert_eq!(islamic_day(10, 1, 2000).unwrap().to_string(), "2000-01-08");
/// ```
pub fn islamic_day(month: u8, day: u8, year: i32) -> Option<NaiveDate> {
    if !(1..=12).contains(&month) || !(1..=30).contains(&day) || year.unsigned_abs() > 200_000 {
        return None;
    }
    let start = fixed(NaiveDate::from_ymd_opt(year, 1, 1)?);
    // The Islamic year that begins before the Gregorian one, by the mean length of the year.
    let first = ((start - ISLAMIC_EPOCH) * 30).div_euclid(10_631);
    (first..first + 3)
        .map(|y| fixed_from_islamic(y, month, day))
        .find(|&f| f >= start)
        .and_then(from_fixed)
        .filter(|d| d.year() == year)
}

/// Easter Sunday as the Orthodox churches reckon it (by the Julian calendar), as a Gregorian date; from
/// 1583, the first full year of the Gregorian calendar.
///
/// ```
/// use timeline_extract::normalize::calendars::orthodox_easter;
///
/// assert_eq!(orthodox_easter(2024).unwrap().to_string(), "2024-05-05");
/// ```
pub fn orthodox_easter(year: i32) -> Option<NaiveDate> {
    if !(1583..=200_000).contains(&year) {
        return None;
    }
    let (a, b, c) = (year % 4, year % 7, year % 19);
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    // The Julian date, then the days by which the Julian calendar lags the Gregorian in that century.
    let julian = NaiveDate::from_ymd_opt(year, month as u32, day as u32)?;
    let lag = year / 100 - year / 400 - 2;
    julian.checked_add_signed(chrono::Duration::days(i64::from(lag)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn hebrew_holidays_fall_on_their_days() {
        // Rosh Hashanah, Yom Kippur, Passover, Hanukkah and Purim (in Adar II of the leap year 5784).
        let cases = [
            ((7, 1, 2024), "2024-10-03"),
            ((7, 10, 2024), "2024-10-12"),
            ((1, 15, 2024), "2024-04-23"),
            ((9, 25, 2024), "2024-12-26"),
            ((12, 14, 2024), "2024-03-24"),
            ((7, 1, 2026), "2026-09-12"),
            ((12, 14, 2025), "2025-03-14"),
            ((1, 15, 2000), "2000-04-20"),
            ((9, 25, 1990), "1990-12-12"),
        ];
        for ((m, day, y), want) in cases {
            assert_eq!(hebrew_day(m, day, y), Some(d(want)), "{m}/{day} in {y}");
        }
        assert_eq!(hebrew_day(14, 1, 2024), None);
        assert_eq!(hebrew_day(7, 1, i32::MAX), None);
    }

    #[test]
    fn hebrew_years_have_permitted_lengths() {
        for year in 5600..6000 {
            let length = hebrew_new_year(year + 1) - hebrew_new_year(year);
            assert!([353, 354, 355, 383, 384, 385].contains(&length), "{year}: {length}");
            // Rosh Hashanah never falls on a Sunday, Wednesday or Friday.
            let weekday = from_fixed(hebrew_new_year(year)).unwrap().weekday();
            assert!(!matches!(weekday, chrono::Weekday::Sun | chrono::Weekday::Wed | chrono::Weekday::Fri));
        }
    }

    #[test]
    fn islamic_days_in_the_tabular_calendar() {
        assert_eq!(islamic_day(10, 1, 2025), Some(d("2025-03-31")));
        assert_eq!(islamic_day(12, 10, 2026), Some(d("2026-05-27")));
        // 1 Muharram 1 is 16 July 622 (Julian), 19 July in the proleptic Gregorian calendar.
        assert_eq!(from_fixed(fixed_from_islamic(1, 1, 1)), Some(d("0622-07-19")));
        assert_eq!(islamic_day(13, 1, 2025), None);
    }

    #[test]
    fn orthodox_easter_by_the_julian_reckoning() {
        for (year, want) in [(2021, "2021-05-02"), (2023, "2023-04-16"), (2025, "2025-04-20"), (2026, "2026-04-12")] {
            assert_eq!(orthodox_easter(year), Some(d(want)));
        }
        assert_eq!(orthodox_easter(1000), None);
    }
}
