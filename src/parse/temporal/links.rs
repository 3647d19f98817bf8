//! Passes over a line's mentions once the grammar has read it: ranges linked by a connector ("from
//! May to June"), a weekday given the date written beside it in parentheses, and a clock time given the
//! day written beside it.

use chrono::Datelike;

use crate::lang::{Function as F, Lexeme as L, Lexicon, Modifier, PartOfDay, Unit};
use crate::parse::expr::{Expr, Lead, Mention, Named, RangeRole, Recurrence, YearSpec};
use crate::parse::tokens::Token;

/// Links two mentions into a range where only a connector stands between them:
/// "from May to June", "between 1990 and 1995", "May-June".
pub(super) fn link_ranges(text: &str, tokens: &[Token<'_>], lx: &Lexicon, mentions: &mut [Mention]) {
    for k in 1..mentions.len() {
        let (a, b) = (&mentions[k - 1], &mentions[k]);
        if a.range != RangeRole::None || b.range != RangeRole::None || !a.expr.is_point() || !b.expr.is_point() {
            continue;
        }
        let between = text.get(a.end..b.start).unwrap_or("").trim();
        let connector = match between {
            "-" | "\u{2013}" | "\u{2014}" => true,
            w => {
                let readings = lx.lookup(w);
                let to = readings.contains(&L::Function(F::To));
                let and = readings.contains(&L::Function(F::And)) && a.lead == Lead::Preposition && {
                    let before = text.get(..a.start).unwrap_or("").trim_end();
                    let last = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
                    lx.lookup(last).contains(&L::Function(F::Between))
                };
                // "to" links only after "from" ("moved the vote to Friday" is no range), or between two
                // weekdays or two times of the clock, which name no other thing ("open Tuesday to Sunday", "8
                // a.m. to 5 p.m."); "through" and "until" link alone ("open Tuesday through Sunday").
                let until = to && readings.contains(&L::Function(F::Until));
                let weekdays = matches!(
                    (&a.expr, &b.expr),
                    (Expr::Weekday { shift: None, .. }, Expr::Weekday { shift: None, .. })
                        | (Expr::Clock { day: None, .. }, Expr::Clock { day: None, .. })
                );
                // "postponed the hearing from Tuesday to Thursday": the time given up, then the time set.
                let moved = || {
                    let at = tokens.partition_point(|t| t.start < a.start);
                    a.lead == Lead::From && at.checked_sub(1).is_some_and(|from| moved_from(text, tokens, from, lx))
                };
                (to && (a.lead == Lead::From || until || weekdays) && !moved()) || and
            }
        };
        if connector {
            mentions[k - 1].range = RangeRole::Start;
            mentions[k].range = RangeRole::End;
            mentions[k].lead = Lead::Until;
        }
    }
}

/// The most words between a verb that moves a time and the "from" after it: "pushing the release back from".
const MOVE_REACH: usize = 5;

/// The ISO weekday (1 = Monday) before the weekday `w`.
fn weekday_before(w: u8) -> u8 {
    (w + 5) % 7 + 1
}

/// True when the token `from` is "from" after a verb that moves a time ([`Lexicon::moves_time`]) at most
/// [`MOVE_REACH`] words back in its clause ("postponed the hearing from", "pushing it back from"): what follows
/// is the time given up, not the start of a span. A mark between closes the clause ("on Tuesday, from").
pub(crate) fn moved_from(text: &str, tokens: &[Token<'_>], from: usize, lx: &Lexicon) -> bool {
    if !tokens.get(from).is_some_and(|t| t.is(L::Function(F::From))) {
        return false;
    }
    for t in tokens[..from].iter().rev().take(MOVE_REACH) {
        if !t.is_word() {
            return false;
        }
        if lx.moves_time(t.text(text)) {
            return true;
        }
    }
    false
}

/// Makes a range of weekdays beside a range of clock times the hours of every week ("Monday through Friday,
/// 8 a.m. to 5 p.m.", "8am-6pm, Monday-Friday", "Monday to Friday from 9am to 5pm"): each weekday recurs, and
/// each time is on no day known. A range of weekdays alone names the days of one week ("Schools will be
/// closed Monday through Friday"), and one weekday with hours a day ("open Saturday, 10 a.m. to 2 p.m.").
/// A range of clock times beside "daily" is likewise the hours of every day ("open daily, 10 a.m. to 5 p.m.").
pub(super) fn weekly_hours(text: &str, lx: &Lexicon, mentions: &mut [Mention]) {
    let ranged = |m: &[Mention], weekdays: bool| {
        let [a, b] = m else { return false };
        let kind = |m: &Mention| match &m.expr {
            Expr::Weekday { shift: None, .. } => Some(true),
            Expr::Clock { day: None, .. } => Some(false),
            _ => None,
        };
        a.range == RangeRole::Start
            && b.range == RangeRole::End
            && kind(a) == Some(weekdays)
            && kind(b) == Some(weekdays)
    };
    // Nothing between two ranges but a comma or "from".
    // The words between bytes `a` and `b`.
    let gap = |a: usize, b: usize| text.get(a..b).unwrap_or("").trim();
    let beside = |a: usize, b: usize| {
        let gap = gap(a, b);
        let gap = gap.strip_prefix(',').map_or(gap, str::trim_start);
        gap.is_empty() || lx.lookup(gap).contains(&L::Function(F::From))
    };
    for k in 3..mentions.len() {
        if mentions[k].range != RangeRole::End {
            continue;
        }
        let (first, second) = (&mentions[k - 3..k - 1], &mentions[k - 1..=k]);
        let days_first = ranged(first, true) && ranged(second, false);
        if !(days_first || (ranged(first, false) && ranged(second, true))) {
            continue;
        }
        if !beside(mentions[k - 2].end, mentions[k - 1].start) {
            continue;
        }
        for m in &mut mentions[k - 3..=k] {
            if let Expr::Weekday { day, .. } = m.expr {
                m.expr = Expr::Set(Recurrence::Weekday { day, part: None });
            } else if let Expr::Clock { day, .. } = &mut m.expr {
                *day = Some(Box::new(Expr::Set(Recurrence::Every { n: 1, unit: Unit::Week })));
            }
        }
    }
    // "open daily, 10 a.m. to 5 p.m.", "9am-5pm every day": the hours of every day, on no day known.
    let daily = |m: &Mention| matches!(m.expr, Expr::Set(Recurrence::Every { n: 1, unit: Unit::Day }));
    for k in 1..mentions.len() {
        if mentions[k].range != RangeRole::End || !ranged(&mentions[k - 1..=k], false) {
            continue;
        }
        let before = k >= 2 && daily(&mentions[k - 2]) && beside(mentions[k - 2].end, mentions[k - 1].start);
        let after = mentions.get(k + 1).is_some_and(|n| daily(n) && beside(mentions[k].end, n.start));
        if before || after {
            for m in &mut mentions[k - 1..=k] {
                if let Expr::Clock { day, .. } = &mut m.expr {
                    *day = Some(Box::new(Expr::Set(Recurrence::Every { n: 1, unit: Unit::Day })));
                }
            }
        }
    }
    // "run nightly at 02:00 UTC", "at 9am daily": one clock time of every day, "at" perhaps between.
    for k in 0..mentions.len() {
        if mentions[k].range != RangeRole::None || !matches!(mentions[k].expr, Expr::Clock { day: None, .. }) {
            continue;
        }
        // "daily" with nothing or "at" between: "nightly at 02:00", "6am daily".
        let at_daily = |m: &Mention, (a, b): (usize, usize)| {
            let gap = gap(a, b);
            daily(m) && (gap.is_empty() || lx.lookup(gap).contains(&L::Function(F::At)))
        };
        let before = k >= 1 && at_daily(&mentions[k - 1], (mentions[k - 1].end, mentions[k].start));
        // Not "Daily" opening the next sentence after "a.m.".
        let lower = |n: &Mention| text.get(n.start..).and_then(|t| t.chars().next()).is_some_and(char::is_lowercase);
        let after = mentions.get(k + 1).is_some_and(|n| lower(n) && at_daily(n, (mentions[k].end, n.start)));
        if (before || after)
            && let Expr::Clock { day, .. } = &mut mentions[k].expr
        {
            *day = Some(Box::new(Expr::Set(Recurrence::Every { n: 1, unit: Unit::Day })));
        }
    }
}

/// Marks a weekday joined to the weekday before it by "and" or "or" (or "and/or"), or by a comma in a list
/// that ends so ("Saturday or Sunday", "Monday, Tuesday and Wednesday"), as [`Mention::coordinated`]:
/// neither is in a range, and each names a weekday alone, with or without a part of the day or a clock time.
pub(super) fn coordinate_weekdays(text: &str, lx: &Lexicon, mentions: &mut [Mention]) {
    let weekday = |m: &Mention| m.range == RangeRole::None && m.expr.plain_weekday().is_some();
    // Right to left, so that a comma joins only when the list goes on to an "and" or an "or".
    let mut list_goes_on = false;
    for k in (1..mentions.len()).rev() {
        let (a, b) = (&mentions[k - 1], &mentions[k]);
        let joined = if weekday(a) && weekday(b) {
            match text.get(a.end..b.start).unwrap_or("").trim() {
                "," => list_goes_on,
                gap => conjunction(gap, lx),
            }
        } else {
            false
        };
        mentions[k].coordinated = joined;
        list_goes_on = joined;
    }
}

/// Makes a weekday joined to a recurring weekday by "and", "or" or a list's comma recur too: "every Monday
/// and Thursday", "every Monday, Wednesday and Friday".
pub(super) fn recurring_coordinates(text: &str, lx: &Lexicon, mentions: &mut [Mention]) {
    for k in 1..mentions.len() {
        let (a, b) = (&mentions[k - 1], &mentions[k]);
        let (Expr::Set(Recurrence::Weekday { .. }), Expr::Weekday { day, shift: None }) = (&a.expr, &b.expr) else {
            continue;
        };
        let day = *day;
        let joined = match text.get(a.end..b.start).unwrap_or("").trim() {
            "," => true,
            gap => conjunction(gap, lx),
        };
        if joined && b.range == RangeRole::None {
            mentions[k].expr = Expr::Set(Recurrence::Weekday { day, part: None });
        }
    }
}

/// True when `gap`, the text between two mentions, joins them as "and", "or" or "and/or" do (the language
/// table reads "or" as "and").
fn conjunction(gap: &str, lx: &Lexicon) -> bool {
    gap.split('/').all(|w| lx.lookup(w).contains(&L::Function(F::And)))
}

/// Gives a month or a season written without its year the year of the one joined to it by "and", "or" or a
/// comma that has one: "in July and August 2015", "the summer and autumn of 1943", "November, December and
/// January 2014" (each takes the year of the next, right to left). A month after the next one's is left
/// alone ("December and January 2015" spans the turn of a year).
pub(super) fn years_of_coordinates(text: &str, lx: &Lexicon, mentions: &mut [Mention]) {
    for k in (1..mentions.len()).rev() {
        let year = match mentions[k].expr {
            Expr::Date { year: Some(y @ YearSpec::Full(_)), month: Some(m), .. } => (y, Some(m)),
            Expr::Named { name: Named::Season(_), year: Some(y @ YearSpec::Full(_)), shift: None } => (y, None),
            _ => continue,
        };
        let gap = text.get(mentions[k - 1].end..mentions[k].start).unwrap_or("").trim();
        let gap = gap.strip_prefix(',').map_or(gap, str::trim_start);
        if !(gap.is_empty() || lx.lookup(gap).contains(&L::Function(F::And))) {
            continue;
        }
        match (&mut mentions[k - 1].expr, year) {
            (Expr::Date { year: y @ None, month: Some(a), .. }, (spec, Some(b))) if *a <= b => *y = Some(spec),
            (Expr::Named { name: Named::Season(_), year: y @ None, shift: None }, (spec, None)) => *y = Some(spec),
            _ => {}
        }
    }
}

/// Gives a weekday the date written beside it in parentheses, as wire copy writes both ("on Wednesday
/// (Oct. 14)", "on Oct. 14 (Wednesday)"): alone, the weekday would be resolved by the tense, perhaps to
/// another week.
pub(super) fn weekdays_beside_dates(text: &str, mentions: &mut [Mention]) {
    for k in 1..mentions.len() {
        let (weekday, date) = match (&mentions[k - 1].expr, &mentions[k].expr) {
            (Expr::Weekday { shift: None, .. }, Expr::Date { day: Some(_), .. }) => (k - 1, k),
            (Expr::Date { day: Some(_), .. }, Expr::Weekday { shift: None, .. }) => (k, k - 1),
            _ => continue,
        };
        let gap = text.get(mentions[k - 1].end..mentions[k].start).unwrap_or("").trim();
        let closed = text.get(mentions[k].end..).is_some_and(|rest| rest.trim_start().starts_with(')'));
        if gap == "(" && closed {
            let Expr::Weekday { day, .. } = mentions[weekday].expr else { continue };
            mentions[weekday].expr = mentions[date].expr.clone();
            mentions[weekday].weekday = Some(day);
            mentions[date].weekday = Some(day);
        }
    }
}

/// Gives a clock time the day written next to it where the grammar read the two apart: "at 10:35 a.m.
/// (0735 GMT) Friday", "at 3 a.m. Moscow time on Saturday", "on Oct. 31, at 6:45 a.m.", "at midnight
/// (2200 GMT) on Friday". A day joined by "on" or "at" wins over one joined by punctuation alone, and the
/// day before over the day after. A time that has its day passes it on to a time joined to it ("10:35
/// a.m. (0735 GMT) Friday"). A part of the day takes the day after "of" ("the night of Oct. 23").
pub(super) fn attach_days(text: &str, lx: &Lexicon, mentions: &mut [Mention]) {
    if !mentions.iter().any(|m| matches!(m.expr, Expr::Clock { day: None, .. } | Expr::DayPart { day: None, .. })) {
        return;
    }
    let n = mentions.len();
    for k in (0..n).chain((0..n).rev()) {
        let from = if let Some(of) = day_after_of(text, lx, mentions, k) {
            // "the night of Oct. 23": the two stay apart, as the corpora draw them, but the night is that day's.
            of
        } else if time_of_day(&mentions[k].expr) {
            let join = |a: usize, b: usize| -> Option<u8> {
                let (a, b) = (mentions.get(a)?, mentions.get(b)?);
                joins_day(text.get(a.end..b.start)?, lx)
            };
            let names_day = |q: usize| mentions.get(q).is_some_and(|m| day_of(&m.expr).is_some());
            let before = k.checked_sub(1).filter(|&p| names_day(p)).and_then(|p| join(p, k));
            let after = Some(k + 1).filter(|&q| names_day(q)).and_then(|q| join(k, q));
            match (before, after) {
                (Some(b), Some(a)) if a > b => k + 1,
                (Some(_), _) => k - 1,
                (None, Some(_)) => k + 1,
                (None, None) => continue,
            }
        } else {
            continue;
        };
        let Some(mut day) = day_of(&mentions[from].expr).cloned() else { continue };
        // The same moment in two zones ("11:49 p.m. EST (0449 GMT Friday)"): hours more than half a day
        // apart put the two on different days.
        if let (Expr::Clock { day: None, hour: a, .. }, Expr::Clock { hour: b, .. }) =
            (&mentions[k].expr, &mentions[from].expr)
        {
            let delta = match i16::from(*a) - i16::from(*b) {
                d if d > 12 => -1,
                d if d < -12 => 1,
                _ => 0,
            };
            if delta != 0 {
                let Some(moved) = day_shifted(&day, delta) else { continue };
                day = moved;
            }
        }
        let weekday = mentions[from].weekday;
        if let Expr::Clock { day: d @ None, .. } | Expr::DayPart { day: d @ None, .. } = &mut mentions[k].expr {
            *d = Some(Box::new(day));
            mentions[k].weekday = weekday;
            // "until 9am on Thursday", "after 5pm on Tuesday": the word before the time governs its day too.
            if from == k + 1
                && mentions[from].lead == Lead::Preposition
                && matches!(mentions[k].lead, Lead::Until | Lead::Since | Lead::Before | Lead::After)
            {
                mentions[from].lead = mentions[k].lead;
            }
        }
    }
    // "from 7 a.m. to 8 p.m. on Sunday", "between 10pm and midnight on 14 November": the start of a range of
    // clock times takes the end's day (the end without a day takes the start's, or the next, when the range
    // is resolved); so does a clock time in a clause joined to the next one's ("open at 7 a.m. and close at
    // 8 p.m. on Tuesday").
    for k in 1..n {
        let (a, b) = mentions.split_at_mut(k);
        let (start, end) = (&mut a[k - 1], &b[0]);
        let joined = || text.get(start.end..end.start).is_some_and(|gap| clause_joined(gap, lx));
        let range = start.range == RangeRole::Start && end.range == RangeRole::End;
        let (from, to) = (hour_of(&start.expr), hour_of(&end.expr));
        if (range || joined())
            && let (
                Expr::Clock { day: d @ None, .. } | Expr::DayPart { day: d @ None, part: PartOfDay::Noon },
                Expr::Clock { day: Some(day), .. }
                | Expr::DayPart { day: Some(day), part: PartOfDay::Noon | PartOfDay::Midnight },
            ) = (&mut start.expr, &end.expr)
        {
            // "from 10pm to 6am on Friday": a range that runs past midnight starts the day before.
            if range && from > to {
                let Some(before) = day_shifted(day, -1) else { continue };
                *d = Some(Box::new(before));
                start.weekday = end.weekday.map(weekday_before);
            } else {
                *d = Some(day.clone());
                start.weekday = end.weekday;
            }
        } else if start.range == RangeRole::Start
            && end.range == RangeRole::End
            && let (Expr::DayPart { day: d @ None, part: PartOfDay::Midnight }, Expr::Clock { day: Some(day), .. }) =
                (&mut start.expr, &end.expr)
        {
            // "from midnight to 6 a.m. Friday": the midnight that ends the day before (T24 of Thursday).
            *d = day_shifted(day, -1).map(Box::new);
        }
    }
    // "overnight into Saturday", "through the night into Sunday": a night without its day, with "into" and a
    // day right after it, is the night of the day before.
    for k in 1..n {
        let (a, b) = mentions.split_at_mut(k);
        let (night, day) = (&mut a[k - 1], &b[0]);
        let into = || text.get(night.end..day.start).is_some_and(|gap| lx.lookup(gap.trim()).contains(&L::Into));
        if let Expr::DayPart { day: d @ None, part: PartOfDay::Night } = &mut night.expr
            && let Some(named) = day_of(&day.expr)
            && into()
            && let Some(before) = day_shifted(named, -1)
        {
            *d = Some(Box::new(before));
            night.weekday = day.weekday.map(weekday_before);
        }
    }
    // "at 7:30 on Sunday evening", "at 9:15 that night", "at 10 o'clock last night", "at half past ten on
    // Saturday night", "at around 11:30 on Monday night": an hour on the clock face, with neither a.m. nor p.m.
    // (a modifier of the span aside), before a part of the day that is past noon is in that part.
    let face = |w: &str| {
        w.bytes().all(|c| c.is_ascii_digit() || c == b':')
            || lx.lookup(w).iter().any(|l| {
                matches!(
                    l,
                    L::Function(F::OClock | F::Half | F::PastHour | F::To | F::A)
                        | L::Cardinal(_)
                        | L::Unit(Unit::Quarter | Unit::Minute, _)
                        | L::Modifier(_)
                )
            })
    };
    for k in 1..n {
        let (a, b) = mentions.split_at_mut(k);
        let (clock, part) = (&mut a[k - 1], &b[0]);
        let bare = || text.get(clock.start..clock.end).is_some_and(|t| t.split_whitespace().all(face));
        if let (Expr::Clock { hour, .. }, Expr::DayPart { part, .. }) = (&mut clock.expr, &part.expr)
            && let Some(gap) = text.get(clock.end..b[0].start)
            && joins_day(gap, lx).is_some()
            && bare()
        {
            // The morning's hours and noon stay as they are.
            if let Some(h) = super::clock::on_part_face(*hour, *part) {
                *hour = h;
            }
        }
    }
}

/// The day before (-1) or after (1) a day that an expression names, where the expression can say it: a
/// weekday, a day counted from today, a date that stays in its month or has its year. `None` otherwise.
fn day_shifted(e: &Expr, delta: i8) -> Option<Expr> {
    Some(match *e {
        Expr::Weekday { day, shift: None } => {
            Expr::Weekday { day: (i16::from(day) - 1 + i16::from(delta)).rem_euclid(7) as u8 + 1, shift: None }
        }
        Expr::Relative { unit: Unit::Day, offset, to } => {
            Expr::Relative { unit: Unit::Day, offset: offset + i32::from(delta), to }
        }
        Expr::Date { year, month: Some(month), day: Some(day) } => {
            let d = i16::from(day) + i16::from(delta);
            if (1..=28).contains(&d) {
                Expr::Date { year, month: Some(month), day: Some(d as u8) }
            } else {
                let Some(YearSpec::Full(y)) = year else { return None };
                let date = chrono::NaiveDate::from_ymd_opt(y, u32::from(month), u32::from(day))?
                    .checked_add_signed(chrono::TimeDelta::days(i64::from(delta)))?;
                Expr::Date {
                    year: Some(YearSpec::Full(date.year())),
                    month: Some(date.month() as u8),
                    day: Some(date.day() as u8),
                }
            }
        }
        _ => return None,
    })
}

/// The hour of a clock time, noon (12) or midnight (24, the end of its day); 0 for anything else.
fn hour_of(e: &Expr) -> u8 {
    match e {
        Expr::Clock { hour, .. } => *hour,
        Expr::DayPart { part: PartOfDay::Noon, .. } => 12,
        Expr::DayPart { part: PartOfDay::Midnight, .. } => 24,
        _ => 0,
    }
}

/// A time of day with no day of its own: a clock time, noon or midnight.
pub(super) fn time_of_day(e: &Expr) -> bool {
    matches!(
        e,
        Expr::Clock { day: None, .. } | Expr::DayPart { day: None, part: PartOfDay::Noon | PartOfDay::Midnight }
    )
}

/// For a part of the day with no day of its own, the index of a day written right after it with "of", "on"
/// or a space between ("the night of Oct. 23", "in mid-afternoon on Monday", "the morning hours Tuesday").
pub(super) fn day_after_of(text: &str, lx: &Lexicon, mentions: &[Mention], k: usize) -> Option<usize> {
    if !matches!(mentions[k].expr, Expr::DayPart { day: None, .. }) {
        return None;
    }
    let b = mentions.get(k + 1)?;
    let raw = text.get(mentions[k].end..b.start)?;
    let gap = raw.trim();
    // "the early morning hours Tuesday": nothing but a space between is as "of".
    let of = (gap.is_empty() && !raw.contains('\n'))
        || lx.lookup(gap).iter().any(|l| matches!(l, L::Function(F::Of | F::On)))
        || nouns_then_on(gap, lx);
    (of && !matches!(b.expr, Expr::Clock { .. }) && day_of(&b.expr).is_some()).then_some(k + 1)
}

/// True when `gap` is one or two nouns and "on" ("rush hour on", "session on"): the part of the day before
/// them is on the day after ("the morning rush hour on Wednesday"). A noun here is a word of small letters
/// that the lexicon reads as nothing or as a unit of time.
fn nouns_then_on(gap: &str, lx: &Lexicon) -> bool {
    // Two nouns and "on" are short: a longer gap is no such phrase, and is not split.
    const MOST_BYTES: usize = 40;
    let Some((nouns, on)) = gap.rsplit_once(' ').filter(|_| gap.len() <= MOST_BYTES) else { return false };
    let noun = |w: &str| {
        !w.is_empty()
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && lx.lookup(w).iter().all(|l| matches!(l, L::Unit(..)))
    };
    lx.lookup(on).iter().any(|l| matches!(l, L::Function(F::On)))
        && match nouns.split_once(' ') {
            Some((a, b)) => noun(a) && noun(b),
            None => noun(nouns),
        }
}

/// The day an expression names: a date with its day, a weekday, "yesterday", a holiday, or the day of
/// a clock time or of a part of the day ("Saturday night").
pub(super) fn day_of(e: &Expr) -> Option<&Expr> {
    match e {
        Expr::Date { day: Some(_), .. }
        | Expr::Weekday { .. }
        | Expr::Relative { unit: Unit::Day, .. }
        | Expr::Named { name: Named::Holiday(_), .. } => Some(e),
        Expr::Clock { day: Some(d), .. } | Expr::DayPart { day: Some(d), .. } => Some(d),
        _ => None,
    }
}

/// True when the text between two clock times joins a second clause to the first, so that the two are on
/// one day: "and", at most three words, then "at", "until", "by" or "before" ("and close at").
fn clause_joined(gap: &str, lx: &Lexicon) -> bool {
    let is = |w: &str, f: F| lx.lookup(w).contains(&L::Function(f));
    let mut words = gap.split_whitespace();
    let (Some(first), Some(last)) = (words.next(), words.next_back()) else { return false };
    is(first, F::And)
        && [F::At, F::To, F::Before, F::By].into_iter().any(|f| is(last, f))
        && words.enumerate().all(|(n, w)| n < 3 && w.chars().all(char::is_alphabetic))
}

/// Whether the text between a clock time and a day keeps them one point in time, and how firmly: 2 when
/// "on" or "at" joins them, 1 for white space, commas, parentheses, the bars, slashes, dashes and dots
/// that pages set between a date and a time ("17 Nov 2026 | 10:22 GMT"), and "about" alone. A zone named in
/// capitalized words before "time" may stand between too ("5:00 p.m., New York City time, on December 18").
pub(super) fn joins_day(gap: &str, lx: &Lexicon) -> Option<u8> {
    let mut strength = 1;
    // Capitalized words that only a "time" after them makes a zone, and whether one was named.
    let (mut zone_words, mut zone) = (false, false);
    let separator =
        |c: char| matches!(c, ',' | '(' | ')' | '|' | '/' | '-' | '\u{2013}' | '\u{2014}' | '\u{b7}' | '\u{2022}');
    for word in gap.split(|c: char| c.is_whitespace() || separator(c)) {
        if word.is_empty() {
            continue;
        }
        let readings = lx.lookup(word);
        if readings.contains(&L::Function(F::Time)) {
            (zone_words, zone) = (false, true);
        } else if readings.iter().any(|l| matches!(l, L::Function(F::On | F::At))) {
            strength = 2;
        } else if word.starts_with(|c: char| c.is_uppercase()) {
            zone_words = true;
        } else if !readings.contains(&L::Modifier(Modifier::Approx)) {
            return None;
        }
    }
    let reach = if zone { 48 } else { 24 };
    (!zone_words && gap.len() <= reach).then_some(strength)
}
