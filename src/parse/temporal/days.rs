//! Days named by a weekday or a day word ("Tuesday", "yesterday", "tonight"), and parts of the day.

use crate::lang::{Function as F, Lexeme as L, PartOfDay, Shift, Unit};
use crate::parse::expr::{Expr, Recurrence, RelativeTo};
use crate::parse::tokens::{ALL_CAPS, CAPITALIZED, Kind};

use super::{Grammar, Hit, bit};

impl<'a, 'l> Grammar<'a, 'l> {
    /// "Tuesday", "Tuesday, October 13, 2015", "Tue, 03 Nov 2015", "Friday morning", "Mondays", "Tuesday nights".
    pub(super) fn weekday_forms(&self, i: usize) -> Option<Hit> {
        if let Some(d) = self.lex(i, |l| match l {
            L::WeekdayPlural(d) => Some(d),
            _ => None,
        }) {
            if !self.cap(i) {
                return None;
            }
            let part = self.part_of_day(i + 1).or_else(|| self.part_of_day_plural(i + 1));
            let end = if part.is_some() { i + 2 } else { i + 1 };
            return Some(Hit::new(i, end, Expr::Set(Recurrence::Weekday { day: d, part })));
        }
        let (d, j, abbr) = self.weekday(i)?;
        let k = if self.p(j, ',') { j + 1 } else { j };
        // "Monday, Oct. 5", "Monday 5 October", "Monday the 5th".
        if let Some(date) = self
            .month_first(k)
            .or_else(|| self.day_first(k))
            .or_else(|| self.numeric_date(k))
            .or_else(|| self.bare_day(k))
            && matches!(date.expr, Expr::Date { day: Some(_), .. } | Expr::Clock { .. })
        {
            return Some(Hit { start: i, weekday: Some(d), ..date });
        }
        // "Monday 23rd": a day of the month in digits with its ordinal suffix, as British usage writes it.
        if k == j
            && self.ordinal_day(k)
            && let Some(n) = self.get(k).and_then(|t| t.num())
        {
            let date = Expr::Date { year: None, month: None, day: Some(n.value as u8) };
            return Some(Hit { weekday: Some(d), ..Hit::new(i, k + 1, date) });
        }
        // An abbreviation alone is a weekday after a preposition that places a day ("on Tues.", "by Thu"),
        // with its period when it is also a word ("on Wed.", not "on Sun" or "by Sat"), or before a part of
        // the day ("Thurs night").
        if abbr && !self.abbreviated_day_placed(i, j) && self.part_of_day(j).is_none() {
            return None;
        }
        if !abbr && let Some(hit) = self.weekday_then_shift(i, j, d) {
            return Some(hit);
        }
        if let Some(part) = self.part_of_day_plural(j) {
            return Some(Hit::new(i, j + 1, Expr::Set(Recurrence::Weekday { day: d, part: Some(part) })));
        }
        if let Some(part) = self.part_of_day(j) {
            let day = Expr::Weekday { day: d, shift: None };
            return Some(Hit::new(i, j + 1, Expr::DayPart { day: Some(Box::new(day)), part }));
        }
        Some(Hit::new(i, j, Expr::Weekday { day: d, shift: None }))
    }

    /// The weekday `d` at `i` (read up to `j`) with what usage writes after it: "Tuesday last week", "Monday
    /// next week" (that day of the week named), and, British, "Monday week" (a week after the coming Monday),
    /// "Tuesday next", "Friday last" (at the end of a clause).
    fn weekday_then_shift(&self, i: usize, j: usize, d: u8) -> Option<Hit> {
        if let Some(shift) = self.shift(j)
            && self.unit(j + 1) == Some((Unit::Week, false))
            && !self.possessive_at(j + 2)
        {
            let week = Expr::Relative { unit: Unit::Week, offset: super::off(shift), to: RelativeTo::Speech };
            return Some(Hit::new(i, j + 2, Expr::DayOfWeek { week: Box::new(week), day: d }));
        }
        let next = Expr::Weekday { day: d, shift: Some(Shift::Next) };
        let ends = |k: usize| self.get(k).is_none_or(|t| matches!(t.kind, Kind::Punct(c) if c != '-' && c != '\''));
        if self.unit(j) == Some((Unit::Week, false)) && ends(j + 1) {
            return Some(Hit::new(i, j + 1, Expr::CountedFrom { from: Box::new(next), unit: Unit::Week, offset: 1 }));
        }
        let shift = self.shift(j).filter(|s| matches!(s, Shift::Next | Shift::Last))?;
        ends(j + 1).then(|| Hit::new(i, j + 1, Expr::Weekday { day: d, shift: Some(shift) }))
    }

    /// True when the weekday abbreviated at `i` (read up to `j`) stands alone as a day: after a preposition
    /// that places a day, and, when the abbreviation is also a word, with its period.
    fn abbreviated_day_placed(&self, i: usize, j: usize) -> bool {
        self.follows(i, bit::PLACING) && (j > i + 1 || self.only_a_name(&self.t[i]))
    }

    /// "today", "yesterday morning", "tomorrow night", "tonight".
    pub(super) fn day_word(&self, i: usize) -> Option<Hit> {
        let t = self.get(i)?;
        if t.is(L::Tonight) {
            let today = Expr::Relative { unit: Unit::Day, offset: 0, to: RelativeTo::Speech };
            return Some(Hit::new(i, i + 1, Expr::DayPart { day: Some(Box::new(today)), part: PartOfDay::Night }));
        }
        let n = t.find(|l| match l {
            L::DayWord(n) => Some(n),
            _ => None,
        })?;
        // "USA Today", "VOA Today": a title after an acronym names a paper or a programme; so does one after a
        // capitalized word that a word in lowercase stands before ("in the journal Neurology Today"), where a
        // headline's words are all capitalized ("Talks Resume Today").
        let word =
            |k: usize, capitalized: bool| self.get(k).is_some_and(|p| p.is_word() && p.has(CAPITALIZED) == capitalized);
        if n == 0
            && t.has(CAPITALIZED)
            && !t.has(ALL_CAPS)
            && i > 0
            && (self.get(i - 1).is_some_and(|p| p.is_word() && p.has(ALL_CAPS))
                || (i > 1 && word(i - 1, true) && word(i - 2, false)))
        {
            return None;
        }
        let rel = Expr::Relative { unit: Unit::Day, offset: i32::from(n), to: RelativeTo::Speech };
        if let Some(part) = self.part_of_day(i + 1) {
            return Some(Hit::new(i, i + 2, Expr::DayPart { day: Some(Box::new(rel)), part }));
        }
        Some(Hit::new(i, i + 1, rel))
    }

    /// "the day after tomorrow", "the day before yesterday": one day past a deictic day word; "the day
    /// after", "the day before" standing alone: one day from the day mentioned before.
    pub(super) fn day_beyond(&self, i: usize) -> Option<Hit> {
        let step = if self.f(i + 2, F::After) {
            1
        } else if self.f(i + 2, F::Before) {
            -1
        } else {
            return None;
        };
        // "The day after, police arrested two", "the week before.": the day (week, month, year) after or before
        // the time mentioned before, where nothing follows to count from.
        let alone = self.get(i + 3).is_none_or(|t| matches!(t.kind, Kind::Punct(',' | '.' | ';')));
        // "The night before, the polls closed": that part of the day before.
        if let Some(part) = self.part_of_day(i + 1).filter(|_| alone) {
            let day = Expr::Relative { unit: Unit::Day, offset: step, to: RelativeTo::Reference };
            return Some(Hit::new(i, i + 3, Expr::DayPart { day: Some(Box::new(day)), part }));
        }
        let (unit, false) = self.unit(i + 1)? else { return None };
        if alone && matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year) {
            return Some(Hit::new(i, i + 3, Expr::Relative { unit, offset: step, to: RelativeTo::Reference }));
        }
        if unit != Unit::Day {
            return None;
        }
        let n = self.lex(i + 3, |l| match l {
            L::DayWord(n) if n != 0 && i32::from(n).signum() == step => Some(i32::from(n)),
            _ => None,
        })?;
        Some(Hit::new(i, i + 4, Expr::Relative { unit: Unit::Day, offset: n + step, to: RelativeTo::Speech }))
    }

    /// "noon", "midnight", "overnight"; "the morning", "the evening" after "the".
    pub(super) fn part_of_day_alone(&self, i: usize) -> Option<Hit> {
        let part = self.part_of_day(i)?;
        let standalone = self.lex(i, |l| matches!(l, L::StandalonePart(_)).then_some(())).is_some();
        let hit = Hit::new(i, i + 1, Expr::DayPart { day: None, part });
        if standalone {
            // "noon ET", "midnight Eastern time": the zone is inside, as after a clock time.
            let z = self.zone(i + 1).unwrap_or(i + 1);
            // "noon Thursday", "noon ET Thursday".
            if let Some(d) = self.weekday_forms(z).or_else(|| self.day_word(z))
                && matches!(d.expr, Expr::Weekday { .. } | Expr::Relative { .. })
            {
                return Some(Hit::new(i, d.end, Expr::DayPart { day: Some(Box::new(d.expr)), part }));
            }
            return Some(Hit { end: z, ..hit });
        }
        // "(mid-)afternoon yesterday".
        if let Some(d) = self.day_word(i + 1).filter(|d| matches!(d.expr, Expr::Relative { .. })) {
            return Some(Hit::new(i, d.end, Expr::DayPart { day: Some(Box::new(d.expr)), part }));
        }
        let after = |k: usize| i >= k && (self.f(i - k, F::The) || self.edge(i - k).is_some());
        // "the early morning hours", "the evening hours": the part of the day, "hours" inside.
        let end = if self.unit(i + 1) == Some((Unit::Hour, true)) { i + 2 } else { i + 1 };
        // "the night of Oct. 23", "the morning of Friday": the TimeML corpora mark the day alone ("the early
        // morning hours of Tuesday" names hours, as "the small hours of Sunday" does, and stays).
        if end == i + 1 && self.f(end, F::Of) && self.named_day(end + 1).is_some() {
            return None;
        }
        // "clear by evening", "talked until morning": a deadline of that part of the day, alone before a mark
        // or a function word ("by evening papers" is none).
        let deadline = self.follows(i, bit::DEADLINE);
        let closes = || self.get(i + 1).is_none_or(|t| matches!(t.kind, Kind::Punct(_)) || t.any(bit::FUNCTION));
        if end == i + 1 && deadline && closes() {
            return Some(hit);
        }
        Some(Hit { end, ..hit.the() }).filter(|_| after(1) || (after(2) && self.dash(i - 1)))
    }
}
