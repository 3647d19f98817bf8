//! Days of other calendars in the Gregorian year: the Hebrew calendar (its arithmetic rules, exact), the
//! tabular Islamic calendar (which may fall a day from the calendar that a sighted moon gives), Easter
//! by the Julian reckoning of the Orthodox churches, and the Chinese New Year (the day of a new moon,
//! computed by Meeus's series for the true new moon).
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

/// The Julian Ephemeris Day of the `k`th true new moon after that of 6 January 2000, by the series of Jean
/// Meeus, *Astronomical Algorithms* (2nd ed., chapter 49): its mean time and the periodic terms of the Sun
/// and the Moon and of the planets, good to a minute or so over centuries around 2000.
fn new_moon_jde(k: f64) -> f64 {
    let t = k / 1236.85;
    let (t2, t3, t4) = (t * t, t * t * t, t * t * t * t);
    let mean = 2_451_550.097_66 + 29.530_588_861 * k + 0.000_154_37 * t2 - 0.000_000_150 * t3 + 0.000_000_000_73 * t4;
    let e = 1.0 - 0.002_516 * t - 0.000_007_4 * t2;
    let rad = |deg: f64| deg.rem_euclid(360.0).to_radians();
    let m = rad(2.5534 + 29.105_356_70 * k - 0.000_001_4 * t2 - 0.000_000_11 * t3);
    let mp = rad(201.5643 + 385.816_935_28 * k + 0.010_758_2 * t2 + 0.000_012_38 * t3 - 0.000_000_058 * t4);
    let f = rad(160.7108 + 390.670_502_84 * k - 0.001_611_8 * t2 - 0.000_002_27 * t3 + 0.000_000_011 * t4);
    let om = rad(124.7746 - 1.563_755_88 * k + 0.002_067_2 * t2 + 0.000_002_15 * t3);
    let terms = -0.40720 * mp.sin()
        + 0.17241 * e * m.sin()
        + 0.01608 * (2.0 * mp).sin()
        + 0.01039 * (2.0 * f).sin()
        + 0.00739 * e * (mp - m).sin()
        - 0.00514 * e * (mp + m).sin()
        + 0.00208 * e * e * (2.0 * m).sin()
        - 0.00111 * (mp - 2.0 * f).sin()
        - 0.00057 * (mp + 2.0 * f).sin()
        + 0.00056 * e * (2.0 * mp + m).sin()
        - 0.00042 * (3.0 * mp).sin()
        + 0.00042 * e * (m + 2.0 * f).sin()
        + 0.00038 * e * (m - 2.0 * f).sin()
        - 0.00024 * e * (2.0 * mp - m).sin()
        - 0.00017 * om.sin()
        - 0.00007 * (mp + 2.0 * m).sin()
        + 0.00004 * (2.0 * mp - 2.0 * f).sin()
        + 0.00004 * (3.0 * m).sin()
        + 0.00003 * (mp + m - 2.0 * f).sin()
        + 0.00003 * (2.0 * mp + 2.0 * f).sin()
        - 0.00003 * (mp + m + 2.0 * f).sin()
        + 0.00003 * (mp - m + 2.0 * f).sin()
        - 0.00002 * (mp - m - 2.0 * f).sin()
        - 0.00002 * (3.0 * mp + m).sin()
        + 0.00002 * (4.0 * mp).sin();
    // Each planetary argument's coefficient and its angle: a constant, a rate per lunation, a rate per T².
    const PLANETS: [(f64, f64, f64, f64); 14] = [
        (0.000_325, 299.77, 0.107_408, -0.009_173),
        (0.000_165, 251.88, 0.016_321, 0.0),
        (0.000_164, 251.83, 26.651_886, 0.0),
        (0.000_126, 349.42, 36.412_478, 0.0),
        (0.000_110, 84.66, 18.206_239, 0.0),
        (0.000_062, 141.74, 53.303_771, 0.0),
        (0.000_060, 207.14, 2.453_732, 0.0),
        (0.000_056, 154.84, 7.306_860, 0.0),
        (0.000_047, 34.52, 27.261_239, 0.0),
        (0.000_042, 207.19, 0.121_824, 0.0),
        (0.000_040, 291.34, 1.844_379, 0.0),
        (0.000_037, 161.72, 24.198_154, 0.0),
        (0.000_035, 239.56, 25.513_099, 0.0),
        (0.000_023, 331.55, 3.592_518, 0.0),
    ];
    let planets: f64 = PLANETS.iter().map(|&(c, a0, a1, a2)| c * rad(a0 + a1 * k + a2 * t2).sin()).sum();
    mean + terms + planets
}

/// The Julian Day at which the fixed day 0 begins (the midnight before 1 January of the year 1).
const JD_OF_FIXED_ZERO: f64 = 1_721_424.5;
/// Terrestrial time ahead of universal time around 2000-2030, in days (69 seconds); a new moon within a
/// minute of midnight may land on the wrong day far from these years.
const DELTA_T: f64 = 69.0 / 86_400.0;
/// China's standard time ahead of universal time, in days.
const CHINA: f64 = 8.0 / 24.0;

/// The Chinese New Year (the Spring Festival, the Lunar New Year) of the Gregorian `year`: the day, in
/// China's time, of the new moon that falls from 21 January to 20 February, which is the second new moon
/// after the winter solstice but in rare years when a leap month moves it. From 1900 to 2100.
///
/// ```
/// use timeline_extract::normalize::calendars::lunar_new_year;
///
/// assert_eq!(lunar_new_year(2024).unwrap().to_string(), "2024-02-10");
/// assert_eq!(lunar_new_year(2025).unwrap().to_string(), "2025-01-29");
/// ```
pub fn lunar_new_year(year: i32) -> Option<NaiveDate> {
    if !(1900..=2100).contains(&year) {
        return None;
    }
    let from = NaiveDate::from_ymd_opt(year, 1, 21)?;
    let until = NaiveDate::from_ymd_opt(year, 2, 20)?;
    // The new moons counted from that of 6 January 2000, from one before 21 January on.
    let k0 = ((f64::from(year) - 2000.0) * 12.3685).floor() - 1.0;
    (0..4)
        .filter_map(|n| {
            let jde = new_moon_jde(k0 + f64::from(n));
            let local = jde - DELTA_T + CHINA;
            from_fixed((local - JD_OF_FIXED_ZERO).floor() as i64)
        })
        .find(|d| (from..=until).contains(d))
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
    fn chinese_new_years_fall_on_their_days() {
        // The published dates of the Spring Festival.
        let cases = [
            "1990-01-27",
            "1998-01-28",
            "1999-02-16",
            "2000-02-05",
            "2001-01-24",
            "2002-02-12",
            "2003-02-01",
            "2004-01-22",
            "2005-02-09",
            "2006-01-29",
            "2007-02-18",
            "2008-02-07",
            "2009-01-26",
            "2010-02-14",
            "2011-02-03",
            "2012-01-23",
            "2013-02-10",
            "2014-01-31",
            "2015-02-19",
            "2016-02-08",
            "2017-01-28",
            "2018-02-16",
            "2019-02-05",
            "2020-01-25",
            "2021-02-12",
            "2022-02-01",
            "2023-01-22",
            "2024-02-10",
            "2025-01-29",
            "2026-02-17",
            "2027-02-06",
            "2028-01-26",
            "2029-02-13",
            "2030-02-03",
        ];
        for want in cases {
            let want = d(want);
            assert_eq!(lunar_new_year(want.year()), Some(want), "{want}");
        }
        assert_eq!(lunar_new_year(1899), None);
        assert_eq!(lunar_new_year(2101), None);
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
