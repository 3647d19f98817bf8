//! Expressions counted from the anchor: "last week", "two days ago", "the past three months", durations
//! and counts of units.

use crate::lang::{Direction, Function as F, Lexeme as L, Modifier, PartOfDay, Reference, Shift, Unit};
use crate::parse::expr::{Amount, Expr, Named, Recurrence, RelativeTo, YearSpec};
use crate::parse::tokens::{CAPITALIZED, Kind, Token};

use super::{Grammar, Hit, bit, off};

/// A count back with a half ("a century and a half ago", "two and a half years ago") in the smaller unit
/// that counts it whole: 150 years; 30 months back from the time of speaking (`from_speech`), whose month is
/// known, where a year named before may have none. `offset` is the whole count's, signed. Another unit keeps
/// the whole count ("a day and a half ago" is the day before, as a time of day is not known).
fn in_whole_units(amount: Amount, unit: Unit, offset: i32, from_speech: bool) -> (Unit, i32) {
    let (smaller, per) = match unit {
        _ if !matches!(amount, Amount::Exact { half: true, .. }) => return (unit, offset),
        Unit::Millennium => (Unit::Year, 1000),
        Unit::Century => (Unit::Year, 100),
        Unit::Decade => (Unit::Year, 10),
        Unit::Year if from_speech => (Unit::Month, 12),
        _ => return (unit, offset),
    };
    let half = per / 2 * offset.signum();
    match offset.checked_mul(per).and_then(|o| o.checked_add(half)) {
        Some(o) => (smaller, o),
        None => (unit, offset),
    }
}

impl<'a, 'l> Grammar<'a, 'l> {
    /// "this time last year", "this time next week", "this time a year ago": the day of speaking a unit before
    /// or after (`i` is "this", before "time").
    fn this_time(&self, i: usize) -> Option<Hit> {
        let k = i + 2;
        let today = Box::new(Expr::Relative { unit: Unit::Day, offset: 0, to: RelativeTo::Speech });
        let (unit, offset, end) = match (self.shift(k), self.unit(k + 1)) {
            (Some(s @ (Shift::Last | Shift::Next)), Some((unit, false))) => (unit, off(s), k + 2),
            _ => match self.year_back(k) {
                Some(end) if self.f(k, F::A) => (Unit::Year, -1, end),
                _ => return None,
            },
        };
        if !matches!(unit, Unit::Week | Unit::Month | Unit::Year) {
            return None;
        }
        Some(Hit::new(i, end, Expr::CountedFrom { from: today, unit, offset }))
    }

    /// "last week", "next month", "this year", "last Tuesday", "this summer", "the following day",
    /// "the past three months", "the coming weeks", "last night", "this morning".
    pub(super) fn shifted(&self, i: usize) -> Option<Hit> {
        let t = self.get(i)?;
        let (shift, anaphoric) = self.any_shift(i)?;
        // "the current fiscal year", "next fiscal year": the fiscal year is named as a year.
        let j = self.past_year_kind(i + 1);
        let to = if anaphoric || shift == Shift::Same { RelativeTo::Reference } else { RelativeTo::Speech };
        if shift == Shift::This && !anaphoric && self.f(i + 1, F::Time) {
            return self.this_time(i);
        }
        // "this past weekend", "this coming week", "that same day".
        if let Some(s) = self.shift(j)
            && ((shift == Shift::This && s != Shift::This) || (shift == Shift::Same && s == Shift::Same))
        {
            return self.shifted(j).map(|h| Hit { start: i, ..h });
        }
        // "this day in 1989", "this date in 1963": that day of the year in the year written.
        if shift == Shift::This
            && !anaphoric
            && (self.unit(j) == Some((Unit::Day, false)) || self.f(j, F::Date))
            && let Some(hit) = self.same_day_in(i, j + 1)
        {
            return Some(hit);
        }
        if let Some((unit, plural)) = self.unit(j) {
            // "at the last minute", "until the last second": the latest moment, an idiom; no time is measured.
            let latest = shift == Shift::Last
                && matches!(unit, Unit::Minute | Unit::Second)
                && i > 1
                && self.f(i - 1, F::The)
                && self.follows(i - 1, bit::DEADLINE | L::Function(F::At).bit());
            if latest {
                return None;
            }
            if !plural {
                let expr = match unit {
                    Unit::Weekend => {
                        let weekend = Expr::Named { name: Named::Weekend, year: None, shift: Some(shift) };
                        // "that weekend", "the following weekend": from the time mentioned last, as "that week" is.
                        if anaphoric || shift == Shift::Same { Expr::FromReference(Box::new(weekend)) } else { weekend }
                    }
                    Unit::Day if !anaphoric && shift == Shift::This => Expr::Relative { unit, offset: 0, to },
                    Unit::Day if !anaphoric && shift != Shift::Same => {
                        // "the next day" counts from a mentioned day; "the past day" is a day's length up to now;
                        // "last day" is no date ("the last day of the talks").
                        let after_the = i > 0 && self.f(i - 1, F::The);
                        let past = t.any(L::BoundReference(Reference::Past).bit());
                        if shift == Shift::Next && after_the {
                            Expr::Relative { unit, offset: 1, to: RelativeTo::Reference }
                        } else if shift == Shift::Last && after_the && past {
                            Expr::Duration { amount: Amount::ONE, unit }
                        } else {
                            return None;
                        }
                    }
                    Unit::Half => return None,
                    // "this quarter" is the quarter under discussion, "the current quarter" the one now running;
                    // "that quarter" the last one named.
                    Unit::Quarter if shift == Shift::This && t.any(L::Reference(Reference::Present).bit()) => {
                        Expr::Relative { unit, offset: 0, to }
                    }
                    Unit::Quarter if shift == Shift::This => {
                        Expr::QuarterRef { offset: 0, latest: false, year: None, running: true }
                    }
                    Unit::Quarter if shift == Shift::Same => {
                        Expr::QuarterRef { offset: 0, latest: false, year: None, running: false }
                    }
                    // "the same month last year", "the same week a year ago": that many units before the time
                    // under discussion.
                    Unit::Month | Unit::Week
                        if shift == Shift::Same
                            && let Some(e) = self.year_back(j + 1) =>
                    {
                        let offset = if unit == Unit::Month { -12 } else { -52 };
                        return Some(Hit::new(i, e, Expr::Relative { unit, offset, to }).the());
                    }
                    _ => Expr::Relative { unit, offset: off(shift), to },
                };
                return Some(Hit::new(i, j + 1, expr).the());
            }
            // "the coming weeks", "the past months".
            if shift != Shift::Same && shift != Shift::This {
                return Some(Hit::new(i, j + 1, Expr::Duration { amount: Amount::Vague, unit }).the());
            }
            return None;
        }
        if let Some(part) = self.part_of_day(j) {
            let offset = match (shift, part) {
                (Shift::Last, PartOfDay::Night | PartOfDay::Evening) => -1,
                // "the previous morning".
                (Shift::Last, _) if anaphoric => -1,
                (Shift::Next, _) => 1,
                (Shift::This | Shift::Same, _) => 0,
                _ => return None,
            };
            // "the next morning" counts from a mentioned day, as "the next day" does.
            let to = if shift == Shift::Next && i > 0 && self.f(i - 1, F::The) { RelativeTo::Reference } else { to };
            let day = Expr::Relative { unit: Unit::Day, offset, to };
            return Some(Hit::new(i, j + 1, Expr::DayPart { day: Some(Box::new(day)), part }).the());
        }
        // "the following Monday", "the previous spring": from the time mentioned last, as "that summer" and
        // "that March" are ("that Monday" is more often "said that Monday's vote ...": from the time of
        // speaking).
        let from_reference = |end: usize, expr: Expr, same: bool| {
            let hit = if anaphoric || (same && shift == Shift::Same) {
                Hit::new(i, end, Expr::FromReference(Box::new(expr)))
            } else {
                Hit::new(i, end, expr)
            };
            if anaphoric { hit.the() } else { hit }
        };
        if let Some((d, k, false)) = self.weekday(j) {
            let mut day = Expr::Weekday { day: d, shift: Some(shift) };
            // "last Tuesday night".
            let mut end = k;
            if let Some(part) = self.part_of_day(k) {
                day = Expr::DayPart { day: Some(Box::new(day)), part };
                end = k + 1;
            }
            return Some(from_reference(end, day, false));
        }
        // "showed that summer ice had thinned", "said that March sales rose": "that" opens a clause, and the
        // month or season names the kind of its noun (a month alone is still a time).
        let modifies_noun = |k: usize| {
            shift == Shift::Same
                && !anaphoric
                && self.unknown_word(k)
                && !self.cap(k)
                && self.get(k).is_some_and(|t| !self.lx.looks_past(t.text(self.text)))
        };
        if let Some((m, k, false)) = self.month(j)
            && !modifies_noun(k)
        {
            let month = Expr::Named { name: Named::Month(m), year: None, shift: Some(shift) };
            return Some(from_reference(k, month, true));
        }
        if let Some(s) = self.lex(j, |l| match l {
            L::Season(s) => Some(s),
            _ => None,
        }) && !modifies_noun(j + 1)
        {
            let season = Expr::Named { name: Named::Season(s), year: None, shift: Some(shift) };
            return Some(from_reference(j + 1, season, true).the());
        }
        if let Some(h) = self.holiday(j)
            && let Expr::Named { name, year: None, .. } = h.expr
        {
            let holiday = Expr::Named { name, year: None, shift: Some(shift) };
            return Some(from_reference(h.end, holiday, true));
        }
        if shift == Shift::This || shift == Shift::Same {
            return None;
        }
        // "will last 4 minutes", "expected to last three days", "which last two hours": "last" is the verb, and
        // the count after it a length of its own.
        if shift == Shift::Last && self.follows(i, bit::BEFORE_VERB | L::Function(F::That).bit()) {
            return None;
        }
        // "the past three months", "next two weeks", "the last twenty four hours".
        if let Some((n, k)) = self.count(j, false)
            && let Some((unit, _)) = self.unit(k)
        {
            return Some(Hit::new(i, k + 1, Expr::Duration { amount: Amount::Exact { n, half: false }, unit }).the());
        }
        // "the next half hour", "the past half century": half a unit, as a whole count of a smaller one.
        if let Some((n, unit, _, k)) = self.half_unit(j).filter(|&(_, _, start, _)| start == j) {
            return Some(Hit::new(i, k, Expr::Duration { amount: Amount::Exact { n, half: false }, unit }).the());
        }
        // "the next two to three years", "the past 24-48 hours": a range of counts, read as a count alone is.
        if let Some(h) = self.counted(j).filter(|h| h.start == j && matches!(h.expr, Expr::Duration { .. })) {
            return Some(Hit { start: i, ..h }.the());
        }
        // "the past few weeks", "the next several days".
        if self.f(j, F::Few)
            && let Some((unit, true)) = self.unit(j + 1)
        {
            return Some(Hit::new(i, j + 2, Expr::Duration { amount: Amount::Vague, unit }).the());
        }
        None
    }

    /// "recent years", "a few days", "several months", and a bare plural after "for" ("for years"):
    /// unspecified spans.
    pub(super) fn recent(&self, i: usize) -> Option<Hit> {
        // "day-long", "decades-long": a unit made an adjective; one unit, or an unspecified number of them.
        if let Some((unit, plural)) = self.unit(i)
            && self.dash(i + 1)
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.f(i + 2, F::Long)
        {
            let amount = if plural { Amount::Vague } else { Amount::ONE };
            return Some(Hit::new(i, i + 3, Expr::Duration { amount, unit }));
        }
        // "several-year", "few-month": an unspecified number of units, as an adjective.
        if self.f(i, F::Few)
            && self.dash(i + 1)
            && self.glued(i + 1)
            && self.glued(i + 2)
            && let Some((unit, _)) = self.unit(i + 2).filter(|(u, _)| *u != Unit::Weekend)
        {
            return Some(Hit::new(i, i + 3, Expr::Duration { amount: Amount::Vague, unit }));
        }
        // "a matter of days", "a matter of hours": a few.
        if self.f(i, F::A)
            && self.f(i + 1, F::Matter)
            && self.f(i + 2, F::Of)
            && let Some((unit, true)) = self.unit(i + 3).filter(|(u, _)| *u != Unit::Weekend)
        {
            return Some(Hit::new(i, i + 4, Expr::Duration { amount: Amount::Vague, unit }));
        }
        let j = if self.f(i, F::A) && self.f(i + 1, F::Few) { i + 1 } else { i };
        if self.f(j, F::Recent) || self.f(j, F::Few) {
            // "a few more weeks", "several more days": as many again.
            let j = if self.f(j, F::Few) && self.f(j + 1, F::More) && self.unit(j + 2).is_some() { j + 1 } else { j };
            return match self.unit(j + 1) {
                // "several years ago": some time in the past.
                Some((_, true)) if self.f(j + 2, F::Dir(Direction::Ago)) => {
                    Some(Hit::new(i, j + 3, Expr::Reference(Reference::Past)))
                }
                Some((unit, true)) if unit != Unit::Weekend => {
                    Some(Hit::new(i, j + 2, Expr::Duration { amount: Amount::Vague, unit }))
                }
                _ => None,
            };
        }
        // "months ago", "years ago": an unspecified number of units back, which TE3 draws as a length with
        // "ago" inside ("just months ago" PXM).
        if let Some((unit, true)) = self.unit(i)
            && unit != Unit::Weekend
            && self.f(i + 1, F::Dir(Direction::Ago))
        {
            // "66 million years ago", "4.5 billion years ago", "thousands of years ago": a count too large
            // for a calendar, or told only by its size, is some time in the past.
            if let Some(start) = self.large_count_before(i) {
                return Some(Hit::new(start, i + 2, Expr::Reference(Reference::Past)));
            }
            return Some(Hit::new(i, i + 2, Expr::Duration { amount: Amount::Vague, unit }));
        }
        // A bare plural right after "for", "during", "within" ("for years", "within hours"), or before
        // "later" or "earlier" ("hours later"), which stays outside, as it does after a count ("three days
        // later"), or before "before" or "after" that end the clause ("Days before, he had resigned"). Before
        // "after" or "before" with an object ("in the days before the vote") it is rather a date placed by an
        // event, which is left alone.
        // So is one after "in" that ends the clause ("the worst drought in decades", "the first time in years").
        let ends_clause = |k: usize| self.get(k).is_none_or(|t| matches!(t.kind, Kind::Punct(',' | '.' | ';' | ':')));
        let after_prep = i > 0 && (self.f(i - 1, F::Preposition) || (self.f(i - 1, F::In) && ends_clause(i + 1)));
        let placing = || {
            let dir = |l| matches!(l, L::Function(F::Dir(Direction::Later | Direction::Earlier))).then_some(());
            self.lex(i + 1, dir).is_some()
                || ((self.f(i + 1, F::Before) || self.f(i + 1, F::After)) && ends_clause(i + 2))
        };
        match self.unit(i) {
            Some((
                unit @ (Unit::Minute
                | Unit::Hour
                | Unit::Day
                | Unit::Week
                | Unit::Month
                | Unit::Year
                | Unit::Decade
                | Unit::Century),
                true,
            )) if after_prep || placing() => Some(Hit::new(i, i + 1, Expr::Duration { amount: Amount::Vague, unit })),
            // "open on weekends", "at weekends": every weekend, as "on Mondays" is every Monday.
            Some((Unit::Weekend, true)) if i > 0 && (self.f(i - 1, F::On) || self.f(i - 1, F::At)) => {
                Some(Hit::new(i, i + 1, Expr::Set(Recurrence::Every { n: 1, unit: Unit::Weekend })))
            }
            _ => None,
        }
    }

    /// "h" in "2h ago", "d" in "3d ago": a unit's letter glued to its count, read only before "ago" (as web
    /// pages stamp a post's age).
    pub(super) fn unit_letter_ago(&self, j: usize) -> Option<(Unit, bool)> {
        let unit = self.lex(j, |l| match l {
            L::UnitLetter(u) => Some(u),
            _ => None,
        })?;
        let glued = j > 0 && self.glued(j) && self.get(j - 1).is_some_and(|t| t.num().is_some());
        (glued && self.f(j + 1, F::Dir(Direction::Ago))).then_some((unit, true))
    }

    /// True when what stands before the article at `i` is an amount that "a week" would make a rate of:
    /// a number, a magnitude ("million"), a unit ("hours") or a plural noun ("seats", "flights").
    pub(super) fn rate_before(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1).and_then(|p| self.get(p)) else { return false };
        match prev.kind {
            Kind::Number(_) => true,
            Kind::Word => {
                prev.is(L::Magnitude)
                    || self.unit(i - 1).is_some()
                    || (prev.bits() == 0 && !prev.has(CAPITALIZED) && self.lx.looks_plural(prev.text(self.text)))
            }
            Kind::Punct(_) => false,
        }
    }

    /// "and a half" after a count, with or without hyphens ("three-and-a-half"): the index after it.
    pub(super) fn and_a_half(&self, j: usize) -> Option<usize> {
        let hyphens = self.dash(j) && self.glued(j) && self.glued(j + 1);
        let (first, step) = if hyphens { (j + 1, 2) } else { (j, 1) };
        // The words tested with constant readings, the commonest miss first.
        if !self.f(first, F::And) || !self.f(first + step, F::A) || !self.f(first + 2 * step, F::Half) {
            return None;
        }
        let joined = |k: usize| self.dash(k) && self.glued(k) && self.glued(k + 1);
        (!hyphens || (joined(first + 1) && joined(first + 3))).then_some(first + 2 * step + 1)
    }

    /// What a direction after a count and its unit (tokens `i..k`) makes of them: "three days ago" and "a
    /// week earlier" count back, "two years from now" and "60 days from today" ahead, and "three days later"
    /// stays a length of time with "later" outside it, as the corpora draw it; so does a count that compares
    /// ("three weeks earlier than last year"). `None` when no direction follows.
    fn count_direction(&self, i: usize, k: usize, n: i32, amount: Amount, unit: Unit) -> Option<Hit> {
        if let Some(dir) = self.lex(k, |l| match l {
            L::Function(F::Dir(d)) => Some(d),
            _ => None,
        }) {
            if dir == Direction::Ago
                && let Some(hit) = self.anniversary(i, k, n, amount, unit)
            {
                return Some(hit);
            }
            let (offset, to) = match dir {
                Direction::Ago => (-n, RelativeTo::Speech),
                Direction::Earlier if !self.compares(k) => (-n, RelativeTo::Reference),
                Direction::Earlier | Direction::Later => return Some(Hit::new(i, k, Expr::Duration { amount, unit })),
            };
            let (unit, offset) = in_whole_units(amount, unit, offset, to == RelativeTo::Speech);
            return Some(Hit::new(i, k + 1, Expr::Relative { unit, offset, to }));
        }
        // "a week from Monday", "90 days from Jan. 1": a whole count from a day named after "from". After "for",
        // "during" or "within" it is a length that starts that day ("for 10 days from Oct. 1"), and after
        // "last" too ("the curfew will last two weeks from Monday").
        let spans = i
            .checked_sub(1)
            .and_then(|p| self.get(p))
            .is_some_and(|t| t.is(L::Function(F::Preposition)) || t.is(L::Shift(Shift::Last)));
        let whole = matches!(amount, Amount::Exact { half: false, .. }) && !spans;
        // "two years from now": that many units ahead of the time of speaking, in the unit counted. A whole
        // count from today names a day, as one from Monday does ("a week from today"); a half or one after a
        // preposition is read as one from now ("for two weeks from today").
        let from_now = self.f(k, F::From)
            && self
                .lex(k + 1, |l| match l {
                    L::Reference(Reference::Present) => Some(true),
                    L::DayWord(0) => Some(!whole),
                    _ => None,
                })
                .unwrap_or(false);
        if from_now {
            return Some(Hit::new(i, k + 2, Expr::Relative { unit, offset: n, to: RelativeTo::Speech }));
        }
        // "in 12 months' time", "in a week's time": that many units ahead of the time of speaking, as British
        // usage writes "from now".
        let apostrophe = self.glued(k) && (self.p(k, '\'') || self.p(k, '\u{2019}'));
        let possessive = apostrophe || self.get(k).is_some_and(|t| t.is(L::Possessive));
        if possessive && self.f(k + 1, F::Time) && i.checked_sub(1).is_some_and(|p| self.f(p, F::In)) {
            return Some(Hit::new(i, k + 2, Expr::Relative { unit, offset: n, to: RelativeTo::Speech }));
        }
        // British usage counts weeks "on" a weekday too: "a week on Monday", "a fortnight on Tuesday".
        let weeks_on = self.f(k, F::On)
            && matches!(unit, Unit::Week | Unit::Fortnight)
            && self.get(k + 1).is_some_and(|t| t.any(bit::WEEKDAY));
        if !(self.f(k, F::From) || weeks_on) || !whole {
            return None;
        }
        let day = self.named_day(k + 1)?;
        Some(Hit::new(i, day.end, Expr::CountedFrom { from: Box::new(day.expr), unit, offset: n }))
    }

    /// "Ten years ago today", "a year ago tomorrow", "25 years ago this month", "a decade ago this week": the
    /// same day, month or week, that many years (or months) before the time of speaking or the day a day word
    /// names, as anniversaries are told; "ago" is at `k`.
    fn anniversary(&self, i: usize, k: usize, n: i32, amount: Amount, unit: Unit) -> Option<Hit> {
        if !matches!(amount, Amount::Exact { half: false, .. })
            || !matches!(unit, Unit::Year | Unit::Month | Unit::Decade)
        {
            return None;
        }
        // "A decade ago this week" is ten years ago this week.
        let (n, unit) = if unit == Unit::Decade { (n.checked_mul(10)?, Unit::Year) } else { (n, unit) };
        // "a year ago this week": the week that holds the day that many years before today.
        if unit == Unit::Year && self.shift(k + 1) == Some(Shift::This) && self.unit(k + 2) == Some((Unit::Week, false))
        {
            let today = Expr::Relative { unit: Unit::Day, offset: 0, to: RelativeTo::Speech };
            let day = Expr::CountedFrom { from: Box::new(today), unit, offset: -n };
            return Some(Hit::new(i, k + 3, Expr::WeekOf(Box::new(day))));
        }
        // "ago today", and "a year ago tomorrow": that many before the day a day word names.
        if let Some(d) = self.lex(k + 1, |l| match l {
            L::DayWord(d) => Some(d),
            _ => None,
        }) {
            let day = Expr::Relative { unit: Unit::Day, offset: i32::from(d), to: RelativeTo::Speech };
            return Some(Hit::new(i, k + 2, Expr::CountedFrom { from: Box::new(day), unit, offset: -n }));
        }
        let this_month = self.shift(k + 1) == Some(Shift::This) && self.unit(k + 2) == Some((Unit::Month, false));
        if unit == Unit::Year && this_month {
            let months = n.checked_mul(12)?;
            return Some(Hit::new(
                i,
                k + 3,
                Expr::Relative { unit: Unit::Month, offset: -months, to: RelativeTo::Speech },
            ));
        }
        None
    }

    /// "this day in 1989" from `i`, "in" and the year from `k` (a comma may stand before "in").
    fn same_day_in(&self, i: usize, k: usize) -> Option<Hit> {
        let k = if self.p(k, ',') { k + 1 } else { k };
        if !self.f(k, F::In) {
            return None;
        }
        match self.year_after(k + 1)? {
            (YearSpec::Full(year), end) => Some(Hit::new(i, end, Expr::SameDayIn(year))),
            _ => None,
        }
    }

    /// The day named at `j` as a point of its own: a weekday, a date with its day or a day word ("tomorrow"),
    /// with no modifier, range or possessive after it ("from Monday's meeting" names an event).
    pub(super) fn named_day(&self, j: usize) -> Option<Hit> {
        let t = self.get(j)?;
        let hit = if t.any(bit::WEEKDAY) {
            self.weekday_forms(j)
        } else if t.any(bit::MONTH) {
            self.month_first(j)
        } else if t.num().is_some() {
            self.day_first(j)
        } else if t.any(bit::DAY_WORD) {
            self.day_word(j)
        } else {
            None
        }?;
        let day = matches!(
            hit.expr,
            Expr::Weekday { shift: None, .. }
                | Expr::Date { day: Some(_), .. }
                | Expr::Relative { unit: Unit::Day, to: RelativeTo::Speech, .. }
        );
        (day && hit.modifier.is_none() && hit.range_end.is_none() && !self.possessive_at(hit.end)).then_some(hit)
    }

    /// True when the direction word at `k` ("earlier", "later") compares, with "than" after it ("two years
    /// later than planned"), rather than placing a time.
    pub(super) fn compares(&self, k: usize) -> bool {
        self.f(k + 1, F::Than)
    }

    /// Half or a quarter of a unit as a whole count of a smaller one, with the tokens it spans: "half an
    /// hour" (30 minutes), "half a century" (50 years), "a half-hour", "a half day", "a quarter century"
    /// (25 years), "a quarter of an hour"; the article stays out of an adjective ("a half-hour program").
    /// `None` for a part of anything else ("half a million", "half of the year", "a quarter of the
    /// game") and for half a week, which no whole count of days is.
    fn half_unit(&self, i: usize) -> Option<(u32, Unit, usize, usize)> {
        let article = self.f(i, F::A);
        let h = if article { i + 1 } else { i };
        let quarter = article && self.unit(h) == Some((Unit::Quarter, false));
        if !quarter && !self.f(h, F::Half) {
            return None;
        }
        let hyphen = self.dash(h + 1) && self.glued(h + 1) && self.glued(h + 2);
        let u = if (!article && self.f(h + 1, F::A)) || hyphen {
            h + 2
        } else if quarter && self.f(h + 1, F::Of) && self.f(h + 2, F::A) {
            h + 3
        } else {
            h + 1
        };
        let (unit, false) = self.unit(u)? else { return None };
        let adjective = hyphen && self.get(u + 1).is_some_and(|t| t.is_word() && t.bits() == 0);
        let start = if article && adjective { h } else { i };
        let (n, unit) = match (quarter, unit) {
            (true, Unit::Century) => (25, Unit::Year),
            (true, Unit::Hour) => (15, Unit::Minute),
            (true, _) => return None,
            (false, Unit::Millennium) => (500, Unit::Year),
            (false, Unit::Century) => (50, Unit::Year),
            (false, Unit::Decade) => (5, Unit::Year),
            (false, Unit::Year) => (6, Unit::Month),
            (false, Unit::Month) => (15, Unit::Day),
            (false, Unit::Fortnight) => (1, Unit::Week),
            (false, Unit::Day) => (12, Unit::Hour),
            (false, Unit::Hour) => (30, Unit::Minute),
            (false, Unit::Minute) => (30, Unit::Second),
            _ => return None,
        };
        Some((n, unit, start, u + 1))
    }

    /// "half an hour", "half a century ago", "a quarter century": [`Grammar::half_unit`] as a length of time or a point counted
    /// from the anchor, read only where "half" or "a quarter" is at hand (which is rare).
    fn half_counted(&self, i: usize) -> Option<Hit> {
        let half_at = |k: usize| self.get(k).is_some_and(|t| t.any(L::Function(F::Half).bit()));
        let quarter_at = |k: usize| self.get(k).is_some_and(|t| t.any(L::Unit(Unit::Quarter, false).bit()));
        if !(half_at(i) || half_at(i + 1) || (self.f(i, F::A) && quarter_at(i + 1))) {
            return None;
        }
        let (n, unit, start, k) = self.half_unit(i)?;
        let amount = Amount::Exact { n, half: false };
        let hit = self.count_direction(start, k, n as i32, amount, unit);
        Some(hit.unwrap_or_else(|| Hit::new(start, k, Expr::Duration { amount, unit }).the()))
    }

    /// True when the token at `k`, after a number or an article, may be what it counts: a word with a
    /// reading, another number ("2 1/2 years") or a dash ("24-hour", "12-18 months").
    #[inline(always)]
    pub(super) fn may_count(&self, k: usize) -> bool {
        self.get(k).is_some_and(|n| match n.kind {
            Kind::Word => n.bits() != 0,
            Kind::Number(_) => true,
            // A decimal point: "5.2 years".
            Kind::Punct('.') => self.decimal_fraction(k).is_some(),
            Kind::Punct(c) => matches!(c, '-' | '\u{2013}' | '\u{2014}'),
        })
    }

    /// Durations and counted relatives: "three days", "24-hour", "four-year-long", "a year and a half",
    /// "2 1/2 years", "three days ago", "a week earlier", "two years from now", "twice a week".
    pub(super) fn counted(&self, i: usize) -> Option<Hit> {
        // A number counts what follows it: a word with a reading, another number ("2 1/2 years"), a decimal
        // fraction ("5.2 years") or a dash ("24-hour", "12-18 months"); before anything else it starts no
        // count. So does an article with no other reading that starts a pattern ("a year", "a 1/2 hour",
        // "a-year").
        if self.get(i).is_some_and(|t| t.num().is_some() || t.bits() & bit::START == bit::ARTICLE)
            && !self.may_count(i + 1)
        {
            return None;
        }
        if let Some(h) = self.recent(i) {
            return Some(h);
        }
        // "twice a week", "once a year", "once every four years".
        if self.f(i, F::Times) && (self.f(i + 1, F::A) || self.f(i + 1, F::Every)) {
            if let Some((unit, false)) = self.unit(i + 2) {
                return Some(Hit::new(i, i + 3, Expr::Set(Recurrence::Every { n: 1, unit })));
            }
            if let Some((n, k)) = self.count(i + 2, false).filter(|_| self.f(i + 1, F::Every))
                && let Some((unit, true)) = self.unit(k)
            {
                return Some(Hit::new(i, k + 1, Expr::Set(Recurrence::Every { n, unit })));
            }
        }
        // "$1.76 a year", "700 seats a week": a rate, not a length of time (a count of time before it reads the
        // two as a set: "24 hours a day"); not before a direction or "after"/"before" ("the ruling comes a week
        // after the election").
        let dir_after =
            || self.lex(i + 2, |l| matches!(l, L::Function(F::Dir(_) | F::After | F::Before)).then_some(())).is_some();
        if self.f(i, F::A) && self.unit(i + 1).is_some_and(|(_, plural)| !plural) && !dir_after() && self.rate_before(i)
        {
            return None;
        }
        if let Some(hit) = self.half_counted(i) {
            return Some(hit);
        }
        let (n, j) = self.count(i, true)?;
        // "two Sundays ago": the Sunday before last, counted back in weeks from the last one.
        if let Some(day) = self.lex_in(j, bit::WEEKDAY, |l| match l {
            L::WeekdayPlural(d) => Some(d),
            _ => None,
        }) && self.f(j + 1, F::Dir(Direction::Ago))
            && let Ok(weeks) = i32::try_from(n)
        {
            let last = Expr::Weekday { day, shift: Some(Shift::Last) };
            return Some(Hit::new(
                i,
                j + 2,
                Expr::CountedFrom { from: Box::new(last), unit: Unit::Week, offset: 1 - weeks },
            ));
        }
        // "5.2 years", "1.5 hours" (a half, as "1 1/2 hours" is).
        let (thousandths, j) = self.decimal_fraction(j).unwrap_or((0, j));
        // "two to three weeks", "12 to 18 months": the span starts at the first count, the value is the second.
        let (n, j) = match self.get(j) {
            Some(t)
                if (t.is(L::Function(F::To)) || (self.dash(j) && self.glued(j)))
                    && self.get(i).is_some_and(|t| !t.is(L::Function(F::A)))
                    && thousandths == 0 =>
            {
                // "3-5 days": the second count, glued by a dash, is no phone number's tail.
                let second = if self.dash(j) {
                    self.get(j + 1)
                        .and_then(Token::num)
                        .filter(|m| m.plain() && self.glued(j + 1) && m.value <= 1_000_000)
                        .map(|m| (m.value as u32, j + 2))
                } else {
                    self.count(j + 1, false)
                };
                match second {
                    Some((m, e)) if self.unit(e).is_some() && m > n => (m, e),
                    _ => (n, j),
                }
            }
            _ => (n, j),
        };
        // "2 1/2 years".
        let (half, j) = match (self.get(j).and_then(Token::num), self.get(j + 2).and_then(Token::num)) {
            _ if thousandths == 500 => (true, j),
            (Some(a), Some(b))
                if a.value == 1 && b.value == 2 && self.p(j + 1, '/') && self.glued(j + 1) && self.glued(j + 2) =>
            {
                (true, j + 3)
            }
            _ => (false, j),
        };
        // "three and a half years", "three-and-a-half years".
        let (mut half, j) = match self.and_a_half(j) {
            Some(e) if !half && thousandths == 0 => (true, e),
            _ => (half, j),
        };
        // "three times a year".
        if self.f(j, F::Times) {
            let k = j + 1;
            if (self.f(k, F::A) || self.f(k, F::Every))
                && let Some((unit, false)) = self.unit(k + 1)
            {
                return Some(Hit::new(i, k + 2, Expr::Set(Recurrence::Every { n: 1, unit })));
            }
        }
        // "two more weeks", "three consecutive quarters", "two full days"; "five business days" after a count that
        // is no article ("a calendar year" is a kind of year).
        let kind = || {
            self.get(j).is_some_and(|t| t.is(L::UnitKind))
                && !self.f(i, F::A)
                && self.unit(j + 1).is_some_and(|(_, plural)| plural)
        };
        let j = if ((self.f(j, F::More) || self.f(j, F::Straight)) && self.unit(j + 1).is_some()) || kind() {
            j + 1
        } else {
            j
        };
        let hyphen = self.p(j, '-') && self.glued(j) && self.glued(j + 1);
        let (unit, plural, mut k) = if hyphen {
            let (u, p) = self.unit(j + 1)?;
            (u, p, j + 2)
        } else {
            let (u, p) = self.unit(j).or_else(|| self.unit_letter_ago(j))?;
            (u, p, j + 1)
        };
        // A year count that is no duration: "1996 years" is rare, "2000 years" is not; keep both.
        if unit == Unit::Weekend || unit == Unit::Half {
            return None;
        }
        // "24 hours a day", "seven days a week", "five days per week": so much of every larger unit, a set of
        // that unit.
        if plural
            && (self.f(k, F::A) || self.f(k, F::Every))
            && let Some((every, false)) = self.unit(k + 1).filter(|&(u, _)| u > unit)
        {
            return Some(Hit::new(i, k + 2, Expr::Set(Recurrence::Every { n: 1, unit: every })));
        }
        // "the 1988 quarter" is a year's quarter, and "a year-earlier loss" an adjective, not counts.
        if (n >= 1000 && !plural) || (!hyphen && self.year_ago(j).is_some()) {
            return None;
        }
        // A fraction ("three-quarters of", "a quarter of the market") is no time.
        if unit == Unit::Quarter && (plural && hyphen || self.f(k, F::Of) && self.year_after(k + 1).is_none()) {
            return None;
        }
        // "a second bomb", "a second week", "a second straight day", "a second time", "a second term",
        // "a second-term mayor": an ordinal, not a second of time.
        if unit == Unit::Second
            && !plural
            && self.f(i, F::A)
            && (self.dash(k) && self.glued(k) && self.glued(k + 1) && !self.f(k + 1, F::Long)
                || self.get(k).is_some_and(|t| {
                    t.is_word()
                        && (t.lex().is_empty()
                            || self.unit(k).is_some()
                            || self.f(k, F::Straight)
                            || self.f(k, F::Time)
                            || self.f(k, F::Term))
                }))
        {
            return None;
        }
        // An age ("6-year-old", "37 years old") is no duration.
        if self.f(k, F::Old) || (hyphen && self.p(k, '-') && self.glued(k) && self.f(k + 1, F::Old)) {
            return None;
        }
        if hyphen && self.p(k, '-') && self.glued(k) && self.f(k + 1, F::Long) {
            k += 2;
        }
        // "a month-long siege": the article stays out; the compound is the expression.
        if !hyphen && self.f(i, F::A) && self.dash(k) && self.glued(k) && self.f(k + 1, F::Long) {
            return None;
        }
        if !hyphen && self.f(k, F::And) && self.f(k + 1, F::A) && self.f(k + 2, F::Half) && thousandths == 0 {
            half = true;
            k += 3;
        }
        let amount = match thousandths {
            0 | 500 => Amount::Exact { n, half },
            thousandths => Amount::Decimal { n, thousandths },
        };
        let n = n as i32;
        if !hyphen && let Some(hit) = self.count_direction(i, k, n, amount, unit) {
            return Some(hit);
        }
        // "a year or so", "a year or two"; "a week or so ago" counts back as "a week ago" does.
        if !hyphen && self.f(k, F::And) {
            let before = k;
            if self.lex(k + 1, |l| matches!(l, L::Function(F::So)).then_some(())).is_some() {
                k += 2;
            } else if let Some((_, e)) = self.count(k + 1, false).filter(|&(m, e)| {
                // A larger count alone: "24 months or 30,000 miles" measures something else.
                let counts_other =
                    self.unknown_word(e) || self.get(e).is_some_and(|t| t.is(L::Magnitude) || t.num().is_some());
                i64::from(m) > i64::from(n) && self.unit(e).is_none() && !counts_other
            }) {
                k = e;
            }
            let to = match self.lex(k, |l| match l {
                L::Function(F::Dir(d)) => Some(d),
                _ => None,
            }) {
                Some(Direction::Ago) => Some(RelativeTo::Speech),
                Some(Direction::Earlier) => Some(RelativeTo::Reference),
                _ => None,
            };
            if let Some(to) = to.filter(|_| k > before) {
                let mut hit = Hit::new(i, k + 1, Expr::Relative { unit, offset: -n, to });
                hit.modifier = Some(Modifier::Approx);
                return Some(hit);
            }
        }
        let hit = Hit::new(i, k, Expr::Duration { amount, unit });
        // An adjective ("the eight-year war") leaves "the" to its noun.
        Some(if hyphen { hit } else { hit.the() })
    }

    /// Where a large count ends just before token `i` starts: a number with "million" or "billion" after it
    /// ("66 million", "4.5 billion"), or a plural of a number word and "of" ("thousands of", "millions of").
    fn large_count_before(&self, i: usize) -> Option<usize> {
        let prev = self.get(i.checked_sub(1)?)?;
        if self.f(i - 1, F::Of) {
            let k = i.checked_sub(2)?;
            let t = self.get(k)?;
            // A number word in the plural: "thousands", "millions".
            let singular = t.text(self.text).strip_suffix('s').filter(|_| t.is_word())?;
            let number =
                self.lx.lookup(singular).iter().any(|l| matches!(l, L::Cardinal(n) if *n >= 100) || *l == L::Magnitude);
            return number.then_some(k);
        }
        if !prev.is(L::Magnitude) {
            return None;
        }
        let k = i.checked_sub(2)?;
        self.get(k)?.num()?;
        // "4.5 billion": the whole number before the point.
        let decimal =
            k >= 2 && self.p(k - 1, '.') && self.glued(k - 1) && self.glued(k) && self.get(k - 2)?.num().is_some();
        Some(if decimal { k - 2 } else { k })
    }
}
