//! The order of the day and the month in a document's numeric dates.
//!
//! "06/10/2015" is 10 June written month first and 6 October written day first. A document keeps to one
//! order, and its other dates show which: a numeric date whose first number is over 12 ("25/10/2015"), or
//! the order of its dates in words ("6 October" against "October 6"). A weekday written beside the date
//! ("Tue 06/10/2015") settles that date alone. Without either, a numeric date is read month first.

use chrono::{Datelike, NaiveDate};

use super::expr::{DayOrder, Expr, Mention, YearSpec};

/// Reads the numeric dates of one document that may be either day or month first ([`DayOrder::Either`])
/// in the order its other dates show, or that a weekday beside them tells.
///
/// ```
/// use timeline_extract::lang::Lexicon;
/// use timeline_extract::parse::{self, expr::Expr};
///
/// let day = |text: &str| match parse::tagging(text, Lexicon::english())[0].expr {
///     Expr::Date { month, day, .. } => (month, day),
///     _ => (None, None),
/// };
/// assert_eq!(day("Updated 06/10/2015. Talks opened on October 2."), (Some(6), Some(10)));
/// assert_eq!(day("Updated 06/10/2015. Talks opened on 2 October."), (Some(10), Some(6)));
/// assert_eq!(day("Updated 06/10/2015, last checked 25/10/2015."), (Some(10), Some(6)));
/// ```
pub fn settle(mentions: &mut [Mention]) {
    if !mentions.iter().any(|m| m.order == Some(DayOrder::Either)) {
        return;
    }
    let (mut day_first, mut month_first) = (0usize, 0usize);
    for m in mentions.iter() {
        match m.order {
            Some(DayOrder::DayFirst) => day_first += 1,
            Some(DayOrder::MonthFirst) => month_first += 1,
            _ => {}
        }
    }
    for m in mentions.iter_mut().filter(|m| m.order == Some(DayOrder::Either)) {
        let weekday = m.weekday;
        let Some((year, month, day)) = date_mut(&mut m.expr) else { continue };
        let (Some(mm), Some(dd)) = (*month, *day) else { continue };
        let swap = match weekday.and_then(|w| told_by_weekday(year, mm, dd, w)) {
            Some(swap) => swap,
            None => day_first > month_first,
        };
        if swap {
            (*month, *day) = (Some(dd), Some(mm));
        }
    }
}

/// The year, month and day of a date, alone or as the day of a clock time.
fn date_mut(expr: &mut Expr) -> Option<(Option<YearSpec>, &mut Option<u8>, &mut Option<u8>)> {
    match expr {
        Expr::Date { year, month, day } => Some((*year, month, day)),
        Expr::Clock { day: Some(date), .. } => date_mut(date),
        _ => None,
    }
}

/// Whether the weekday `weekday` (ISO) written beside the date read as `month`/`day` of `year` asks for the
/// other reading (`Some(true)`), this one (`Some(false)`), or neither (`None`: no full year, or both or
/// neither reading falls on it).
fn told_by_weekday(year: Option<YearSpec>, month: u8, day: u8, weekday: u8) -> Option<bool> {
    let Some(YearSpec::Full(y)) = year else { return None };
    let falls = |m: u8, d: u8| {
        NaiveDate::from_ymd_opt(y, u32::from(m), u32::from(d))
            .is_some_and(|date| date.weekday().number_from_monday() == u32::from(weekday))
    };
    match (falls(month, day), falls(day, month)) {
        (true, false) => Some(false),
        (false, true) => Some(true),
        _ => None,
    }
}
