//! Expressions behind a prefix that belongs to them: "the", an edge ("early", "mid-"), an
//! approximation ("about", "more than"), a direction ("ago", "later").

use crate::lang::{Direction, Function as F, HolidayRule, Lexeme as L, Modifier, PartOfDay, Reference, Shift, Unit};
use crate::parse::expr::{Amount, Expr, MonthDay, Named, Recurrence, RelativeTo, YearSpec};
use crate::parse::tokens::{Kind, NumSuffix};

use super::{Grammar, Hit, bit};

/// The readings of a word after "the" that a form of [`Grammar::the_prefixed`] reads: those that start a
/// pattern, and "near", "long", "latest", "financial", "other" ("the near future", "the long term", "the
/// latest quarter", "the financial year ending March 31", "the other day"). A holiday's first word is not
/// among them: no holiday takes "the".
const AFTER_THE: u128 = (bit::START & !bit::HOLIDAY)
    | L::Function(F::Other).bit()
    | L::Function(F::Small).bit()
    | L::Function(F::Qualifier).bit()
    | L::Function(F::Long).bit()
    | L::Function(F::Latest).bit()
    | L::Function(F::Financial).bit()
    | L::Function(F::Straight).bit()
    | L::PartOfDayPlural(PartOfDay::Night).bit();

/// The readings of the word after "the" that [`Grammar::quarter_ref`] and [`Grammar::qualified_span`]
/// read first: "the latest quarter", "the same period", "the first nine months", "the year-ago quarter".
const QUALIFIED: u128 = L::Function(F::Latest).bit()
    | L::Function(F::Recent).bit()
    | L::Shift(Shift::Same).bit()
    | bit::UNIT
    | bit::ORDINAL
    | bit::CARDINAL;

impl<'a, 'l> Grammar<'a, 'l> {
    /// "the" before an expression that takes it: "the third quarter", "the past three months", "the 1990s",
    /// "the weekend", "the next day", "the end of November", "the past", "the future".
    pub(super) fn the_prefixed(&self, i: usize, depth: u8) -> Option<Hit> {
        if !self.f(i, F::The) || self.f(i + 1, F::The) {
            return None;
        }
        // "the new year": the one holiday whose name takes the article (see `holiday`).
        if self.get(i + 1).is_some_and(|t| t.any(bit::HOLIDAY))
            && let Some(hit) = self.holiday(i + 1).filter(|h| h.takes_the)
        {
            return Some(Hit { start: i, ..hit });
        }
        // Every form below reads the next token as a word with a reading in `AFTER_THE`, a number or an
        // apostrophe: another word or other punctuation after "the" ("the man", "the most", and "the new"
        // once it names no holiday) ends the search at once.
        if !self.get(i + 1).is_some_and(|t| match t.kind {
            Kind::Word => t.any(AFTER_THE),
            Kind::Number(_) => true,
            Kind::Punct(c) => c == '\'' || c == '\u{2019}',
        }) {
            return None;
        }
        if let Some(hit) = self.small_hours(i) {
            return Some(hit);
        }
        // "in the mornings", "in the evenings": every morning, every evening.
        if i > 0
            && self.f(i - 1, F::In)
            && !self.f(i + 2, F::Of)
            && let Some(part) = self.part_of_day_plural(i + 1)
        {
            return Some(Hit::new(i, i + 2, Expr::Set(Recurrence::PartOfDay(part))));
        }
        // "the past", "the present", "the (near) future": unless a period follows ("the past three months").
        let j = if self.f(i + 1, F::Qualifier) { i + 2 } else { i + 1 };
        if let Some(r) = self.lex(j, |l| match l {
            L::BoundReference(r) => Some(r),
            _ => None,
        }) {
            let next_is_period = self.unit(j + 1).is_some()
                || self.fiscal_year(j + 1)
                || self.count(j + 1, false).is_some()
                || self.f(j + 1, F::Few)
                || self.f(j + 1, F::Half)
                || self.part_of_day(j + 1).is_some()
                || self.weekday(j + 1).is_some()
                || self.month(j + 1).is_some();
            // "the present government", "the future king", "the past president": an adjective before a
            // noun (a lowercase content word the lexicon does not know), no time; so is one before a verb ("the
            // future looks bright"), as the corpora have it. A function word after it ("into the future if")
            // starts another phrase.
            let modifies = self.unknown_word(j + 1)
                && !self.cap(j + 1)
                && self.get(j + 1).is_some_and(|t| !self.lx.is_stop_word(t.text(self.text)));
            if !next_is_period && !modifies {
                return Some(Hit::new(i, j + 1, Expr::Reference(r)));
            }
        }
        // "the other day": a day not long past.
        if self.f(i + 1, F::Other) && self.unit(i + 2) == Some((Unit::Day, false)) && !self.f(i + 3, F::Of) {
            return Some(Hit::new(i, i + 3, Expr::Reference(Reference::Past)));
        }
        // "the near term", "the short term", "the long term": the future.
        if (self.f(i + 1, F::Qualifier) || self.f(i + 1, F::Long)) && self.f(i + 2, F::Term) {
            return Some(Hit::new(i, i + 3, Expr::Reference(Reference::Future)));
        }
        // The token after "the" (a word with a reading, a number or an apostrophe), and its unit, which many
        // forms below read.
        let next = self.get(i + 1)?;
        let next_unit = self.unit(i + 1);
        // "the year ended Sept. 30", "the fiscal year ending June 30, 1990", "the week ending Nov. 14", "the
        // fortnight to Nov. 6": a year's, a month's, a week's or a fortnight's length up to that day (a quarter so ended is named: "the quarter ended Sept. 30";
        // "the week ended with a rally" names no day). "The year to March", "the year through June": up to
        // that month, as British and fund reports count (not after "from": "from the week to Friday" is a range).
        let y = self.past_year_kind(i + 1);
        let unit = if y == i + 1 { next_unit } else { self.unit(y) };
        let to = self.f(y + 1, F::To) && !i.checked_sub(1).is_some_and(|p| self.f(p, F::From));
        if let Some((unit @ (Unit::Year | Unit::Month | Unit::Week | Unit::Fortnight), false)) = unit
            && (to || self.f(y + 1, F::Ending))
            && self.at(y + 2, depth + 1).is_some_and(|d| match d.expr {
                Expr::Date { month, day, .. } => day.is_some() || (to && month.is_some()),
                Expr::Relative { unit: Unit::Day, .. } | Expr::Weekday { .. } => true,
                _ => false,
            })
        {
            return Some(Hit::new(i, y + 1, Expr::Duration { amount: Amount::ONE, unit }));
        }
        // "the week before last", "the year before last": the one before the last; "the week after next": the
        // one after the next.
        if let Some((unit @ (Unit::Week | Unit::Month | Unit::Year), false)) = next_unit
            && let Some(shift) = self.before_last_after_next(i + 2)
            && self.unit(i + 4).is_none()
        {
            let offset = if shift == Shift::Last { -2 } else { 2 };
            return Some(Hit::new(i, i + 4, Expr::Relative { unit, offset, to: RelativeTo::Speech }));
        }
        // "the Sunday before last", "the weekend after next": a week before the last one, after the next one.
        let day = match self.weekday(i + 1) {
            Some((day, k, false)) => Some((Some(day), k)),
            _ => (next_unit == Some((Unit::Weekend, false))).then_some((None, i + 2)),
        };
        if let Some((day, k)) = day
            && let Some(shift) = self.before_last_after_next(k)
            && self.unit(k + 2).is_none()
            && self.weekday(k + 2).is_none()
        {
            let offset = if shift == Shift::Last { -1 } else { 1 };
            let from = Box::new(match day {
                Some(day) => Expr::Weekday { day, shift: Some(shift) },
                None => Expr::Named { name: Named::Weekend, year: None, shift: Some(shift) },
            });
            return Some(Hit::new(i, k + 2, Expr::CountedFrom { from, unit: Unit::Week, offset }));
        }
        if let Some(hit) = self.nth_day_today(i) {
            return Some(hit);
        }
        // "on the 14th", "until the 20th", "the evening of the 5th": a day of the month alone, after a
        // preposition that places or bounds a time, or after "of" that follows a part of the day.
        if let Some(hit) = self.day_of_month(i, depth) {
            return Some(hit);
        }
        let placed = |i: usize| self.follows(i, bit::PLACING);
        let of_part = |i: usize| i > 1 && self.f(i - 1, F::Of) && self.part_of_day(i - 2).is_some();
        if self.ordinal_day(i + 1) {
            // "the 3rd and 4th of June", "the 10th to 12th of May": the first day takes the month of the last.
            if let Some(hit) = self.day_list(i + 1) {
                return Some(Hit { start: i, ..hit });
            }
            if (placed(i) || of_part(i))
                && let Some(hit) = self.bare_day(i)
            {
                return Some(hit);
            }
        }
        // "the first days of October", "the last weeks of 2015": the start or the end of that period.
        if let Some(hit) = self.edge_days_of(i, depth).or_else(|| self.week_of_month(i, depth)) {
            return Some(hit);
        }
        if let Some(hit) = self.weekday_of_month(i, depth) {
            return Some(hit);
        }
        // "the first hours", "the early years" (of something): an unspecified length at its start ("the
        // early hours" are a time of night).
        let first = self.lex(i + 1, |l| match l {
            L::Ordinal(1) => Some(true),
            L::Modifier(Modifier::Start) => Some(false),
            _ => None,
        });
        if let (Some(ordinal), Some((unit, true))) = (first, self.unit(i + 2))
            && (ordinal || !matches!(unit, Unit::Second | Unit::Minute | Unit::Hour))
        {
            return Some(Hit::new(i, i + 3, Expr::Duration { amount: Amount::Vague, unit }));
        }
        // "the weeks ahead": as "the coming weeks", a length of time not yet counted.
        if let (Some((unit, true)), true) = (next_unit, self.f(i + 2, F::Ahead)) {
            return Some(Hit::new(i, i + 3, Expr::Duration { amount: Amount::Vague, unit }));
        }
        // "the week of March 6", "the weekend of Oct. 10", "the week beginning 9 November"; "the weekend of 9-10
        // May" is the weekend of its first day, the range in its span.
        if matches!(next_unit, Some((Unit::Week | Unit::Weekend, false)))
            && (self.f(i + 2, F::Of) || self.f(i + 2, F::Effective))
            && let Some(day) = self.at(i + 3, depth + 1)
            && matches!(day.expr, Expr::Date { day: Some(_), .. })
            && day.modifier.is_none()
        {
            let end = day.range_end.as_ref().map_or(day.end, |last| last.end);
            let of = Box::new(day.expr);
            let expr = if next_unit == Some((Unit::Week, false)) { Expr::WeekOf(of) } else { Expr::WeekendOf(of) };
            return Some(Hit::new(i, end, expr));
        }
        if next.is(L::Unit(Unit::Weekend, false)) {
            return Some(Hit::new(i, i + 2, Expr::Named { name: Named::Weekend, year: None, shift: None }));
        }
        if let Some(hit) = self.day_beyond(i) {
            return Some(hit);
        }
        // A quarter or a span qualified by a word or a number after "the" (each reads one of these first).
        let number = next.num().is_some();
        if (number || next.any(QUALIFIED))
            && let Some(hit) = self.quarter_ref(i).or_else(|| self.qualified_span(i))
        {
            return Some(hit);
        }
        // A year in figures, after an apostrophe or in words, or with its era.
        let year = number || matches!(next.kind, Kind::Punct('\'' | '\u{2019}')) || next.any(bit::CARDINAL | bit::ERA);
        // "the 1988 period", "the 1988 third quarter", "the fiscal first quarter", "the year-ago third quarter".
        if (year || next.any(bit::FISCAL | bit::UNIT))
            && let Some(hit) = self.quarter_phrase(i + 1)
        {
            return Some(Hit { start: i, ..hit });
        }
        if let Some((y, e)) = year.then(|| self.year_after(i + 1)).flatten()
            && (self.f(e, F::Period) || self.unit(e) == Some((Unit::Quarter, false)))
        {
            return Some(Hit::new(
                i,
                e + 1,
                Expr::QuarterRef { offset: 0, latest: false, year: Some(y), running: false },
            ));
        }
        // "the year 1998", "the year two thousand".
        if next_unit == Some((Unit::Year, false)) {
            let year = self.year_after(i + 2).or_else(|| {
                self.word_number(i + 2)
                    .filter(|(n, _)| (1000..=2999).contains(n))
                    .map(|(n, e)| (YearSpec::Full(n as i32), e))
            });
            if let Some((y, end)) = year {
                return Some(Hit::new(i, end, Expr::Date { year: Some(y), month: None, day: None }));
            }
        }
        let Some(inner) = self.at(i + 1, depth + 1).filter(|h| h.takes_the) else {
            return self.the_unit_alone(i);
        };
        let mut hit = Hit { start: i, ..inner };
        // "the past year", "the past decade" and "over the next decade" are lengths of time; "the next day" and
        // "the last decade" stay dates.
        if let Expr::Relative { unit, offset, to: RelativeTo::Speech } = hit.expr {
            let past = self.get(i + 1).is_some_and(|t| t.any(L::BoundReference(Reference::Past).bit()));
            let period = match unit {
                Unit::Day | Unit::Century => false,
                // "the next fiscal year", "the last financial year": a year of accounts is named, not measured.
                Unit::Year if self.fiscal_year(i + 2) => false,
                // "over the next decade" spans it too.
                Unit::Decade => past || i.checked_sub(1).is_some_and(|p| self.f(p, F::Over)),
                _ => true,
            };
            // "The next year, it grew" opens its sentence as an adverb: the year after the one told of. So does
            // one with an edge before it, which a length never has ("early the next year").
            let edged = i.checked_sub(1).is_some_and(|p| self.edge(p).is_some());
            let narrated = offset == 1 && (edged || (self.sentence_initial(i) && self.p(hit.end, ',')));
            if narrated {
                hit.expr = Expr::Relative { unit, offset, to: RelativeTo::Reference };
            } else if offset != 0 && period && self.shift(i + 1).is_some() {
                // "the past year and a half": a unit and a half.
                let half = self.and_a_half(hit.end);
                hit.expr = Expr::Duration { amount: Amount::Exact { n: 1, half: half.is_some() }, unit };
                hit.end = half.unwrap_or(hit.end);
            }
        }
        Some(hit)
    }

    /// "before last" ([`Shift::Last`]) or "after next" ([`Shift::Next`]) at token `k`, after a unit or a day.
    fn before_last_after_next(&self, k: usize) -> Option<Shift> {
        match (self.f(k, F::Before), self.f(k, F::After), self.shift(k + 1)) {
            (true, _, Some(Shift::Last)) => Some(Shift::Last),
            (_, true, Some(Shift::Next)) => Some(Shift::Next),
            _ => None,
        }
    }

    /// "the early hours", "the small hours", "the wee hours" (of a day): the hours after midnight, the start
    /// of the morning as TIMEX3 has it; not the first hours of anything but a day ("the early hours of the
    /// ceasefire"), nor of a day's part, which alone is tagged ("the early hours of Thursday morning").
    fn small_hours(&self, i: usize) -> Option<Hit> {
        let small = self.f(i + 1, F::Small) || self.edge(i + 1) == Some(Modifier::Start);
        if !small || self.unit(i + 2) != Some((Unit::Hour, true)) {
            return None;
        }
        let of = self.f(i + 3, F::Of) || self.f(i + 3, F::On);
        if of && self.named_day(i + 4).is_none() {
            return None;
        }
        let part = Expr::DayPart { day: None, part: PartOfDay::Morning };
        Some(Hit { modifier: Some(Modifier::Start), ..Hit::new(i, i + 3, part) })
    }

    /// "the year" alone names the one under discussion ("For the year, volume was flat", "the first nine
    /// months of the year"): the year of the reference time. Not a year counted from another ("the year
    /// before", "the year after", "the year ended Sept. 30", "the year to March"), a compound ("the year-ago quarter") or a name
    /// ("Player of the Year"). ("The week" is left alone: which week a report means is seldom clear.)
    fn the_unit_alone(&self, i: usize) -> Option<Hit> {
        // "the full year", "the whole year": the year of the report, against the part of it that the text tells
        // of ("forecast an earnings increase for the full year"), whatever year was named last; not a fiscal
        // year.
        let full = self.f(i + 1, F::Straight);
        let u = if full { i + 2 } else { i + 1 };
        // "the fiscal year", "the school year": a kind of year, named as the year is.
        let kind = self.past_year_kind(u);
        // "the full fiscal year" is the fiscal year under discussion: the year of speaking is no fiscal year.
        let (u, full) = (kind, full && kind == u);
        let Some((unit @ Unit::Year, false)) = self.unit(u) else { return None };
        const COUNTED: u128 = L::Function(F::Before).bit()
            | L::Function(F::After).bit()
            | L::Function(F::Ending).bit()
            | L::Function(F::To).bit()
            | L::Function(F::Of).bit()
            | L::Function(F::Dir(Direction::Ago)).bit();
        // "the fiscal year 2027": the number names the year.
        let counted = self
            .get(u + 1)
            .is_some_and(|t| t.any(COUNTED) || (self.dash(u + 1) && !t.spaced()) || (u > i + 1 && t.num().is_some()));
        if counted || self.cap(u) {
            return None;
        }
        let to = if full { RelativeTo::Speech } else { RelativeTo::Discussed };
        Some(Hit::new(i, u + 1, Expr::Relative { unit, offset: 0, to }))
    }

    /// "the first days of October", "the early weeks of 2015", "the last days of September": the period
    /// with mod START or END, the determiner inside ("the first days of the war" names no date). "The early
    /// part of next week", "the latter part of the decade", "the middle part of the year": a part of a period
    /// by its place, with MID for the middle.
    fn edge_days_of(&self, i: usize, depth: u8) -> Option<Hit> {
        let modifier = self.lex_in(i + 1, bit::ORDINAL | bit::MODIFIER | bit::SHIFT, |l| match l {
            L::Ordinal(1) | L::Modifier(Modifier::Start) => Some(Modifier::Start),
            L::Modifier(Modifier::Mid) => Some(Modifier::Mid),
            L::Shift(Shift::Last) | L::Modifier(Modifier::End) => Some(Modifier::End),
            _ => None,
        })?;
        let part = self.get(i + 2).is_some_and(|t| t.is(L::PartNoun));
        let units = matches!(self.unit(i + 2), Some((Unit::Day | Unit::Week | Unit::Month, true)));
        if !(part || units && modifier != Modifier::Mid) || !self.f(i + 3, F::Of) {
            return None;
        }
        let inner = self.at(i + 4, depth + 1)?;
        let period = match &inner.expr {
            Expr::Date { day: None, .. } | Expr::Named { .. } => true,
            Expr::Decade { .. } | Expr::Century(_) => part,
            Expr::Relative { unit, .. } => match unit {
                Unit::Month | Unit::Year | Unit::Quarter => true,
                Unit::Week | Unit::Decade | Unit::Century => part,
                _ => false,
            },
            _ => false,
        };
        (period && inner.modifier.is_none()).then_some(Hit { start: i, modifier: Some(modifier), ..inner })
    }

    /// "the first week of October", "the last week of March 2016", "the first week of next month": the month,
    /// with mod START for its first week, MID for its second or third, END for its fourth or last (TIMEX3 has
    /// no week of a month).
    fn week_of_month(&self, i: usize, depth: u8) -> Option<Hit> {
        let modifier = self.lex_in(i + 1, bit::ORDINAL | bit::SHIFT, |l| match l {
            L::Ordinal(1) => Some(Modifier::Start),
            L::Ordinal(2 | 3) => Some(Modifier::Mid),
            L::Ordinal(4) | L::Shift(Shift::Last) => Some(Modifier::End),
            _ => None,
        })?;
        if self.unit(i + 2) != Some((Unit::Week, false)) || !self.f(i + 3, F::Of) {
            return None;
        }
        if let Some((month, end)) = self.counted_month(i + 4, depth) {
            return Some(Hit { modifier: Some(modifier), ..Hit::new(i, end, month) });
        }
        let month = self.at(i + 4, depth + 1)?;
        let ok = matches!(month.expr, Expr::Date { month: Some(_), day: None, .. }) && month.modifier.is_none();
        ok.then_some(Hit { start: i, modifier: Some(modifier), ..month })
    }

    /// "the first Tuesday of November", "the last Monday in May 2016": a day that the calendar gives, as a
    /// holiday's ("the fourth Thursday of November"); "the last Sunday of the month", "the first Monday of
    /// next month": that day of a counted month.
    fn weekday_of_month(&self, i: usize, depth: u8) -> Option<Hit> {
        /// The ISO number of Saturday, the first day of a weekend.
        const SATURDAY: u8 = 6;
        let n = match self.ordinal(i + 1) {
            Some((n @ 1..=5, _)) => n as i8,
            Some(_) => return None,
            None if self.shift(i + 1) == Some(Shift::Last) => -1,
            None => return None,
        };
        // "the last weekend of October": the weekend of that month's last Saturday.
        let weekend = self.unit(i + 2) == Some((Unit::Weekend, false));
        let (weekday, j) = match self.weekday(i + 2) {
            _ if weekend => (SATURDAY, i + 3),
            Some((weekday, j, false)) => (weekday, j),
            _ => return None,
        };
        if !(self.f(j, F::Of) || self.f(j, F::In)) {
            return None;
        }
        // "the second Saturday of each month": a set that recurs monthly (TIMEX3 has no value for its day).
        if let Some(end) = self.every_month(j + 1) {
            return Some(Hit::new(i, end, Expr::Set(Recurrence::Every { n: 1, unit: Unit::Month })));
        }
        let of_weekend = |day: Expr| if weekend { Expr::WeekendOf(Box::new(day)) } else { day };
        let Some((month, k, _)) = self.month(j + 1) else {
            let (month, end) = self.counted_month(j + 1, depth)?;
            let day = MonthDay::Weekday(weekday, n);
            return Some(Hit::new(i, end, of_weekend(Expr::DayOfMonth { month: Box::new(month), day })));
        };
        let k2 = if self.p(k, ',') { k + 1 } else { k };
        let (year, end) = match self.year_after(k2) {
            Some((y, e)) => (Some(y), e),
            None => (None, k),
        };
        let rule = HolidayRule::NthWeekday { month, weekday, n };
        Some(Hit::new(i, end, of_weekend(Expr::Named { name: Named::Holiday(rule), year, shift: None })))
    }

    /// "the 30th of this month", "the first of next month", "the 14th of the month", "the first day of next
    /// month": a day of a month counted from the time of speaking ("this month", "next month") or the month
    /// under discussion ("the month", "the following month"). "The last day of the month", "the last day of
    /// March", "the first day of the year", "the final day of 2025": the edge day of a month or a year
    /// (not of a fiscal year, whose edges the text does not give, nor of anything else: "the last day of the
    /// talks").
    fn day_of_month(&self, i: usize, depth: u8) -> Option<Hit> {
        let (day, j) = match self.ordinal(i + 1) {
            Some((n @ 1..=31, j)) => (MonthDay::Date(n as u8), j),
            Some(_) => return None,
            None if self.shift(i + 1) == Some(Shift::Last) || self.edge(i + 1) == Some(Modifier::End) => {
                (MonthDay::Last, i + 2)
            }
            None => return None,
        };
        let day_word = self.unit(j) == Some((Unit::Day, false));
        let j = if day_word { j + 1 } else { j };
        if !self.f(j, F::Of) || (day == MonthDay::Last && !day_word) {
            return None;
        }
        // "the 15th of every month": a set.
        if let MonthDay::Date(n) = day
            && let Some(end) = self.every_month(j + 1)
        {
            return Some(Hit::new(i, end, Expr::Set(Recurrence::DayOfMonth(n))));
        }
        if let Some((month, end)) = self.counted_month(j + 1, depth) {
            return Some(Hit::new(i, end, Expr::DayOfMonth { month: Box::new(month), day }));
        }
        // A named month is read by the day-first forms ("the first day of March"), but for its last day.
        let inner = self.at(j + 1, depth + 1).filter(|h| day_word && h.modifier.is_none())?;
        let year = |e: &Expr| matches!(e, Expr::Relative { unit: Unit::Year, .. });
        let fits = match &inner.expr {
            Expr::Date { month: Some(_), day: None, .. } => day == MonthDay::Last,
            Expr::Date { year: Some(_), month: None, day: None } => true,
            Expr::FromReference(e) => year(e),
            e => year(e),
        };
        let edge = matches!(day, MonthDay::Date(1) | MonthDay::Last);
        let fiscal = (j + 1..inner.end).any(|k| self.fiscal_year(k));
        (fits && edge && !fiscal).then(|| Hit::new(i, inner.end, Expr::DayOfMonth { month: Box::new(inner.expr), day }))
    }

    /// "It is the second day of the offensive", "today is the eighth day of the strike", "it's the third
    /// straight day of protests": the nth day of something, said in the present, is today. Set beside a day
    /// after a comma ("on Monday, the third day of protests") it is that day.
    fn nth_day_today(&self, i: usize) -> Option<Hit> {
        let prev = self.get(i.checked_sub(1)?)?;
        let beside_day = || {
            i >= 2
                && self.p(i - 1, ',')
                && self.get(i - 2).is_some_and(|t| {
                    t.any(bit::WEEKDAY | bit::DAY_WORD) || t.num().is_some_and(|n| n.digits <= 2 && n.value <= 31)
                })
        };
        let to = if prev.is(L::PresentMarker) && prev.is(L::BeAux) || prev.is(L::Possessive) {
            RelativeTo::Speech
        } else if beside_day() {
            RelativeTo::Reference
        } else {
            return None;
        };
        let (_, k) = self.ordinal(i + 1)?;
        let k = if self.f(k, F::Straight) { k + 1 } else { k };
        if self.unit(k) != Some((Unit::Day, false)) || !self.f(k + 1, F::Of) {
            return None;
        }
        Some(Hit::new(i, k + 1, Expr::Relative { unit: Unit::Day, offset: 0, to }))
    }

    /// "every month", "each month" at `k`: the index after it.
    fn every_month(&self, k: usize) -> Option<usize> {
        (self.f(k, F::Every) && self.unit(k + 1) == Some((Unit::Month, false))).then_some(k + 2)
    }

    /// A month counted from a time, from token `k`: "this month", "next month", "last month", "the following
    /// month" as they read alone, and "the month" as the month under discussion; not one in the possessive
    /// ("the first of next month's two meetings" counts meetings). Returns it and the index after it.
    fn counted_month(&self, k: usize, depth: u8) -> Option<(Expr, usize)> {
        let (expr, end) = if self.f(k, F::The) && self.unit(k + 1) == Some((Unit::Month, false)) {
            (Expr::Relative { unit: Unit::Month, offset: 0, to: RelativeTo::Reference }, k + 2)
        } else {
            let hit = self.at(k, depth + 1).filter(|h| h.modifier.is_none())?;
            let month = match &hit.expr {
                Expr::Relative { unit: Unit::Month, .. } => true,
                Expr::FromReference(e) => matches!(**e, Expr::Relative { unit: Unit::Month, .. }),
                _ => false,
            };
            (month.then_some(hit.expr)?, hit.end)
        };
        (!self.possessive_at(end)).then_some((expr, end))
    }

    /// A span of time qualified by its place: "the first nine months", "the latest nine months",
    /// "the year-earlier nine months".
    pub(super) fn qualified_span(&self, i: usize) -> Option<Hit> {
        let mut j = i + 1;
        let year_ago = |k: usize| {
            self.unit(k) == Some((Unit::Year, false))
                && self.dash(k + 1)
                && self.glued(k + 1)
                && self
                    .lex(k + 2, |l| matches!(l, L::Function(F::Dir(Direction::Ago | Direction::Earlier))).then_some(()))
                    .is_some()
        };
        if self.ordinal(j).is_some_and(|(n, _)| n == 1) || self.f(j, F::Latest) {
            j += 1;
        } else if year_ago(j) {
            j += 3;
        } else {
            return None;
        }
        let (n, k) = self.count(j, false)?;
        let (unit, true) = self.unit(k)? else { return None };
        let end = k + 1;
        Some(Hit::new(i, end, Expr::Duration { amount: Amount::Exact { n, half: false }, unit }).the())
    }

    /// The quarter under discussion: "the quarter", "the latest quarter", "the year-ago quarter",
    /// "the comparable year-earlier period" (a period needs a qualifier to be a quarter).
    pub(super) fn quarter_ref(&self, i: usize) -> Option<Hit> {
        if !self.f(i, F::The) {
            return None;
        }
        let mut j = i + 1;
        let mut qualified = false;
        let latest = self.f(j, F::Latest) || self.f(j, F::Recent);
        if latest || self.shift(j) == Some(Shift::Same) {
            qualified = true;
            j += 1;
        }
        let mut offset = 0;
        if self.unit(j) == Some((Unit::Year, false))
            && self.dash(j + 1)
            && self.glued(j + 1)
            && self.glued(j + 2)
            && let Some(Direction::Ago | Direction::Earlier) = self.lex(j + 2, |l| match l {
                L::Function(F::Dir(d)) => Some(d),
                _ => None,
            })
        {
            offset = -4;
            qualified = true;
            j += 3;
        }
        let quarter = self.unit(j) == Some((Unit::Quarter, false));
        if !(quarter || (qualified && self.f(j, F::Period))) {
            return None;
        }
        // "the quarter" alone is a period of the calendar after a preposition ("for the quarter", "during the
        // quarter") or before "ended": elsewhere it is as often a part of a town ("Is the quarter protected?").
        let bare = !qualified && offset == 0;
        let after_preposition =
            i > 0 && (self.f(i - 1, F::Preposition) || self.f(i - 1, F::In) || self.f(i - 1, F::Over));
        let in_time = after_preposition || self.f(j + 1, F::Ending);
        if bare && (!in_time || (self.dash(j + 1) && self.glued(j + 1))) {
            return None;
        }
        // "the quarter a year ago", "the period a year earlier", "the same period last year": the same quarter
        // the year before.
        let mut end = j + 1;
        if offset == 0
            && let Some(e) = self.year_back(end)
        {
            offset = -4;
            end = e;
        }
        Some(
            Hit::new(i, end, Expr::QuarterRef { offset, latest: latest && offset == 0, year: None, running: false })
                .the(),
        )
    }

    /// The end of words at `j` that put a period a year back: "a year ago", "a year earlier", "a year
    /// before", "last year", "the previous year", "the year before" ("the same month last year").
    pub(super) fn year_back(&self, j: usize) -> Option<usize> {
        let year = |k: usize| self.unit(k) == Some((Unit::Year, false));
        let back = |k: usize| {
            self.f(k, F::Before)
                || self
                    .lex(k, |l| matches!(l, L::Function(F::Dir(Direction::Ago | Direction::Earlier))).then_some(()))
                    .is_some()
        };
        // "last year"; "a year ago", "the year before"; "the previous year".
        let previous = || self.any_shift(j + 1) == Some((Shift::Last, true)) && year(j + 2);
        if self.shift(j) == Some(Shift::Last) && year(j + 1) {
            Some(j + 2)
        } else if ((self.f(j, F::A) || self.f(j, F::The)) && year(j + 1) && back(j + 2))
            || (self.f(j, F::The) && previous())
        {
            Some(j + 3)
        } else {
            None
        }
    }

    /// "earlier this year", "later that day", "earlier in the day": the adverb joins a period named by
    /// "this" or "that" or after "in the" (before a weekday or "today" the corpora leave it out).
    pub(super) fn dir_prefixed(&self, i: usize, depth: u8) -> Option<Hit> {
        self.lex(i, |l| matches!(l, L::Function(F::Dir(Direction::Earlier | Direction::Later))).then_some(()))?;
        // "earlier in the day", "later in the week": the period that holds the time mentioned before.
        if self.f(i + 1, F::In)
            && self.f(i + 2, F::The)
            && let Some((unit @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year), false)) = self.unit(i + 3)
        {
            return Some(Hit::new(i, i + 4, Expr::Relative { unit, offset: 0, to: RelativeTo::Reference }));
        }
        // "later in 2015", "earlier in March": a year or a month named, which the adverb joins as it joins
        // "the year".
        if let Some(inner) = self.period_after_in(i + 1, depth) {
            return Some(Hit { start: i, ..inner });
        }
        if !matches!(self.shift(i + 1), Some(Shift::This | Shift::Same)) {
            return None;
        }
        let inner = self.at(i + 1, depth + 1)?;
        let ok =
            matches!(inner.expr, Expr::Relative { offset: 0, .. } | Expr::DayPart { .. } | Expr::QuarterRef { .. });
        (ok && inner.modifier.is_none()).then_some(Hit { start: i, ..inner })
    }

    /// "in 1942", "in March", "in the 1990s" at `i`: the year, month or decade named after "in", with no
    /// modifier of its own, for an adverb before "in" to join ("early in 1942", "later in March").
    fn period_after_in(&self, i: usize, depth: u8) -> Option<Hit> {
        if !self.f(i, F::In) {
            return None;
        }
        self.at(i + 1, depth + 1).filter(|h| {
            h.modifier.is_none()
                && matches!(
                    h.expr,
                    Expr::Date { day: None, .. }
                        | Expr::Named { name: Named::Month(_), shift: None, .. }
                        | Expr::Decade { .. }
                )
        })
    }

    /// "early October", "mid-November", "late last year", "the end of November", "the beginning of 2015".
    pub(super) fn edge_prefixed(&self, i: usize, depth: u8) -> Option<Hit> {
        let modifier = self.edge(i)?;
        // "mid-to-late December", "early to mid 2027": two edges of one period, side by side, span it, which
        // no one edge names ("from early to late 2025" is a range).
        let second = if self.glued_dash(i + 1) && self.f(i + 2, F::To) && self.glued_dash(i + 3) {
            i + 4
        } else if self.f(i + 1, F::To) {
            i + 2
        } else {
            i
        };
        if second > i
            && self.edge(second).is_some_and(|m| {
                matches!((modifier, m), (Modifier::Start, Modifier::Mid) | (Modifier::Mid, Modifier::End))
            })
            && let Some(inner) = self.edge_prefixed(second, depth + 1).filter(|h| h.start == second)
        {
            return Some(Hit { start: i, modifier: None, ..inner });
        }
        if self.get(i).is_some_and(|t| t.is(L::EdgeAdjective)) && !(i > 0 && self.f(i - 1, F::The)) {
            return None;
        }
        // "early in the week", "late in the year": the period under discussion, as "the year" alone ("late in
        // the day" is as often a figure of speech; "talks end in the year" has a verb).
        if self.f(i + 1, F::In)
            && !self.get(i).is_some_and(|t| t.is(L::EdgeNoun))
            && self.f(i + 2, F::The)
            && let Some((unit @ (Unit::Week | Unit::Month | Unit::Year | Unit::Decade), false)) = self.unit(i + 3)
        {
            let period = Expr::Relative { unit, offset: 0, to: RelativeTo::Discussed };
            return Some(Hit { modifier: Some(modifier), ..Hit::new(i, i + 4, period) });
        }
        // "early in 1942", "late in March", "early in the 1990s": a year, a month or a decade named, after an
        // adverb ("the final in January" is a match).
        if !self.get(i).is_some_and(|t| t.is(L::EdgeNoun) || t.is(L::EdgeAdjective))
            && let Some(inner) = self.period_after_in(i + 1, depth)
        {
            return Some(Hit { start: i, modifier: Some(modifier), ..inner });
        }
        let (j, noun) = if self.f(i + 1, F::Of) {
            (i + 2, true)
        } else if self.p(i + 1, '-') && self.glued(i + 1) && self.glued(i + 2) {
            (i + 2, false)
        } else {
            (i + 1, false)
        };
        // "mid-year", "mid-month", "mid-week": the one under discussion, as "the year" alone; "mid-century",
        // "mid-decade" only after a preposition ("by mid-century"), as the adjective of a style or an era
        // is not ("mid-century furniture").
        const BEFORE_TIME: u128 = bit::PLACING
            | L::Function(F::Preposition).bit()
            | L::Function(F::In).bit()
            | L::Function(F::At).bit()
            | L::Function(F::Over).bit()
            | L::Function(F::Circa).bit();
        let hyphened_unit = || match self.unit(j) {
            Some((unit @ (Unit::Week | Unit::Month | Unit::Year), false)) if j == i + 2 => Some(unit),
            Some((unit @ (Unit::Decade | Unit::Century), false)) if j == i + 2 && self.follows(i, BEFORE_TIME) => {
                Some(unit)
            }
            _ => None,
        };
        // "by the end of", "by end of", "before the end of".
        let deadline_word = bit::DEADLINE | L::Function(F::Before).bit();
        let deadline = self.follows(i, deadline_word) || (i > 0 && self.follows(i - 1, deadline_word));
        let inner = if let Some(unit) = hyphened_unit() {
            Hit::new(j, j + 1, Expr::Relative { unit, offset: 0, to: RelativeTo::Reference })
        } else if noun && self.f(j, F::The) {
            // "the end of the year": the period under discussion, as "the year" alone (a clause in the
            // present or the future keeps it from ending before the time of speaking).
            match self.unit(j + 1) {
                Some((
                    unit @ (Unit::Week | Unit::Month | Unit::Year | Unit::Quarter | Unit::Decade | Unit::Century),
                    false,
                )) => Hit::new(j, j + 2, Expr::Relative { unit, offset: 0, to: RelativeTo::Discussed }),
                // "by the end of the day" is a deadline; "at the end of the day" is mostly a figure of speech.
                Some((Unit::Day, false)) if deadline => {
                    Hit::new(j, j + 2, Expr::Relative { unit: Unit::Day, offset: 0, to: RelativeTo::Discussed })
                }
                _ => self.at(j, depth + 1)?,
            }
        } else if noun && deadline && self.unit(j) == Some((Unit::Day, false)) {
            // "by end of day": the deadline without its articles.
            Hit::new(j, j + 1, Expr::Relative { unit: Unit::Day, offset: 0, to: RelativeTo::Discussed })
        } else {
            self.at(j, depth + 1)?
        };
        // A noun ("end", "start") before a day, without "of" or a hyphen, is a verb: "talks end Thursday",
        // "runs ten days beginning the last Friday in July"; before a month or a season it may stand for
        // "the end of" ("by end 2015", "end June").
        let bare_noun = j == i + 1 && self.get(i).is_some_and(|t| t.is(L::EdgeNoun));
        let names_a_period = matches!(
            inner.expr,
            Expr::Date { day: None, .. }
                | Expr::Named { name: Named::Month(_) | Named::Season(_) | Named::Quarter(_) | Named::Half(_), .. }
        );
        let ok = match &inner.expr {
            _ if bare_noun && !names_a_period => false,
            Expr::Date { day, .. } => day.is_none() || !noun,
            Expr::Named { .. }
            | Expr::Decade { .. }
            | Expr::Century(_)
            | Expr::Weekday { .. }
            | Expr::DayPart { .. } => true,
            Expr::Relative { unit, to, .. } => {
                *unit != Unit::Day || !noun || (deadline && *to == RelativeTo::Discussed)
            }
            _ => false,
        };
        if !ok || inner.modifier.is_some() {
            return None;
        }
        Some(Hit {
            start: i,
            modifier: Some(modifier),
            takes_the: noun || inner.takes_the || matches!(inner.expr, Expr::Decade { .. }),
            ..inner
        })
    }

    /// "about two years", "nearly forty years", "more than four hours", "at least 20 more years",
    /// "up to 180 days", "no more than sixty days", "over a week", "around 7:15 p.m.", "c. 1450".
    pub(super) fn approx_prefixed(&self, i: usize, depth: u8) -> Option<Hit> {
        let t = self.get(i)?;
        let (modifier, j) = if let Some(m) = t.find(|l| match l {
            L::Modifier(m @ (Modifier::Approx | Modifier::LessThan)) => Some(m),
            _ => None,
        }) {
            (m, i + 1)
        } else if t.is(L::Function(F::More)) && self.f(i + 1, F::Than) {
            (Modifier::MoreThan, i + 2)
        } else if t.is(L::Function(F::Less)) && self.f(i + 1, F::Than) {
            (Modifier::LessThan, i + 2)
        } else if t.is(L::Function(F::At)) && self.f(i + 1, F::Least) {
            (Modifier::EqualOrMore, i + 2)
        } else if (t.is(L::Function(F::At)) && self.f(i + 1, F::Most))
            || (t.is(L::Function(F::Up)) && self.f(i + 1, F::To))
        {
            (Modifier::EqualOrLess, i + 2)
        } else if t.is(L::Function(F::No)) && self.f(i + 1, F::More) && self.f(i + 2, F::Than) {
            (Modifier::EqualOrLess, i + 3)
        } else if t.is(L::Function(F::No)) && self.f(i + 1, F::Less) && self.f(i + 2, F::Than) {
            (Modifier::EqualOrMore, i + 3)
        } else if t.is(L::Function(F::Circa)) && !self.cap(i) && self.p(i + 1, '.') && self.glued(i + 1) {
            // "c. 1450": the abbreviation of "circa", in lowercase.
            (Modifier::Approx, i + 2)
        } else if t.is(L::Function(F::Over))
            && !self.f(i + 1, F::The)
            // "ten hours over two days": after a length, "over" spreads it across the other; after a word the
            // lexicon does not know, most often a verb, it spans the time ("can be used over three years",
            // "repaid over 30 years"), where after a preposition, a modifier or a verb it knows it compares
            // ("in over a decade", "just over an hour", "last over a week", "took over a year").
            && i.checked_sub(1).is_none_or(|p| {
                self.unit(p).is_none() && !self.unknown_word(p)
            })
        {
            (Modifier::MoreThan, i + 1)
        } else {
            return None;
        };
        let inside = t.is(L::Function(F::Circa));
        let inner = self.at(j, depth + 1)?;
        let ok = match &inner.expr {
            Expr::Duration { amount: Amount::Exact { .. } | Amount::Decimal { .. }, .. } => true,
            Expr::Relative { offset, .. } => *offset != 0 && self.count(j, true).is_some(),
            Expr::Clock { .. } => matches!(modifier, Modifier::Approx),
            Expr::Date { .. } | Expr::Decade { .. } | Expr::Named { .. } | Expr::Century(_) => {
                // "about 1990", "around Nov. 1", "around Christmas"; not "get around Wednesday's ruling".
                matches!(modifier, Modifier::Approx)
                    && (self.get(j).is_some_and(|t| t.num().is_some()) || (inside && !self.possessive_at(inner.end)))
            }
            _ => false,
        };
        if !ok || inner.modifier.is_some() {
            return None;
        }
        // "at least 20 more years": a "more" between count and unit is part of it.
        // "about", "some" and "just" stay outside the span (the TimeML corpora mostly leave them out); "around",
        // "circa", the comparatives and "nearly" belong to it.
        let start = if modifier == Modifier::Approx && !inside { j } else { i };
        Some(Hit { start, modifier: Some(modifier), ..inner })
    }

    /// "the 14th", "the 3rd and 4th", "the 3rd to the 9th" at the article `i`: a day of the month alone,
    /// with nothing after it that it could count or name ("the 14th floor"; "the 3rd of June" is read as a
    /// date).
    pub(super) fn bare_day(&self, i: usize) -> Option<Hit> {
        if !self.f(i, F::The) {
            return None;
        }
        if !self.ordinal_day(i + 1) {
            return None;
        }
        let n = self.get(i + 1)?.num()?;
        let alone = self.get(i + 2).is_none_or(|t| match t.kind {
            Kind::Punct(c) => !matches!(c, '-' | '\'' | '\u{2019}'),
            // "the 3rd and 4th", "the 3rd to the 9th"; "on the 14th and the show ..." (a clause after "and"
            // opens with a word the lexicon reads), not "the 14th and final round" (an edge's word).
            Kind::Word if t.is(L::Function(F::And)) => {
                self.ordinal(i + 3).is_some()
                    || self.get(i + 3).is_some_and(|n| n.is_word() && !n.lex().is_empty() && !n.any(bit::MODIFIER))
            }
            Kind::Word if t.is(L::Function(F::To)) => self.f(i + 3, F::The) && self.ordinal_day(i + 4),
            // "on the 15th after a break", "on the 4th before dawn": after "on", a preposition of time that the
            // ordinal cannot count ("at" can follow a floor: "lives on the 14th at the end of the hall").
            Kind::Word => {
                const OF_TIME: u128 =
                    L::Function(F::After).bit() | L::Function(F::Before).bit() | L::Function(F::Until).bit();
                i > 0 && self.f(i - 1, F::On) && t.any(OF_TIME)
            }
            Kind::Number(_) => false,
        });
        alone.then(|| Hit::new(i, i + 2, Expr::Date { year: None, month: None, day: Some(n.value as u8) }))
    }

    /// True when token `k` is a day of the month in digits with an ordinal suffix ("14th").
    pub(super) fn ordinal_day(&self, k: usize) -> bool {
        self.get(k).and_then(|t| t.num()).is_some_and(|n| n.suffix == NumSuffix::Ordinal && (1..=31).contains(&n.value))
    }
}
