//! Calendar dates: month first or day first, day lists and ranges, numeric dates, years, fiscal years
//! and lettered periods ("Q3 2015", "H1").

use crate::lang::{Function as F, Lexeme as L, Modifier, Unit};
use crate::parse::expr::{DayOrder, Expr, Named, YearSpec};
use crate::parse::tokens::{ALL_CAPS, CAPITALIZED, DOTTED, Kind, NEWLINE_BEFORE, Num, NumSuffix, Token};

use super::{Grammar, Hit, MAX_LIST_DAYS, bit};

/// A year written in two digits ("15" in "30Nov15") or four ("2015"), with no suffix.
pub(super) fn year_digits(n: Num) -> Option<YearSpec> {
    match (n.suffix, n.digits) {
        (NumSuffix::None, 2) => Some(YearSpec::Short(n.value as u8)),
        (NumSuffix::None, 4) => Some(YearSpec::Full(n.value as i32)),
        _ => None,
    }
}

/// The prepositions before which a number reads as a year rather than a count or a label: "in", "from",
/// "since", "to" and its kin ("from 2005 levels", "in 1990 Main Street was paved").
const YEAR_PREPOSITION: u128 =
    L::Function(F::In).bit() | L::Function(F::From).bit() | L::Function(F::Since).bit() | bit::TO;

impl<'a, 'l> Grammar<'a, 'l> {
    /// "October 7, 2015", "Oct. 7", "October 7th", "October the 7th", "October 2015", "October of 2015",
    /// "October".
    pub(super) fn month_first(&self, i: usize) -> Option<Hit> {
        let (m, j, abbr) = self.month(i)?;
        if let Some(hit) = self.month_day_dashed(i, m, j) {
            return Some(hit);
        }
        // "September the 30th": the day as an ordinal after "the".
        let ordinal = |t: &Token| t.num().map_or(t.any(bit::ORDINAL), |n| n.suffix == NumSuffix::Ordinal);
        // Not an ordinal that counts a noun after it ("in October the 2nd division attacked").
        let the_day = self.f(j, F::The) && self.get(j + 1).is_some_and(ordinal) && !self.unknown_word(j + 2);
        let day_at = if the_day { j + 1 } else { j };
        if let Some((d, k)) = self.day(day_at) {
            let clock_follows = self.p(k, ':') && self.glued(k) && self.glued(k + 1);
            let unit_follows = self.unit(k).is_some() || clock_follows || self.p(k, '%');
            if self.get(day_at).is_some_and(Token::spaced) && !unit_follows {
                let k2 = if self.p(k, ',') { k + 1 } else { k };
                if let Some((y, k3)) = self.year_after(k2).or_else(|| self.day_year_ref(k)) {
                    let date = Expr::Date { year: Some(y), month: Some(m), day: Some(d) };
                    return Some(self.with_clock(Hit::new(i, k3, date)).ordered(DayOrder::MonthFirst));
                }
                let date = Expr::Date { year: None, month: Some(m), day: Some(d) };
                let mut hit = self.with_clock(Hit::new(i, k, date)).ordered(DayOrder::MonthFirst);
                hit.range_end = self.day_range_tail(k, m, None);
                return Some(hit);
            }
        }
        // "October 2015", "October of 2015", "January this year", "July of last year".
        let k = if self.f(j, F::Of) || self.p(j, ',') { j + 1 } else { j };
        if let Some((y, k2)) = self.year_ref(k) {
            return Some(Hit::new(i, k2, Expr::Date { year: Some(y), month: Some(m), day: None }));
        }
        // A glued two-digit year: "Nov15".
        if let Some(n) = self.get(j).and_then(Token::num)
            && n.digits == 2
            && self.glued(j)
            && abbr
            && n.suffix == NumSuffix::None
        {
            return Some(Hit::new(
                i,
                j + 1,
                Expr::Date { year: Some(YearSpec::Short(n.value as u8)), month: Some(m), day: None },
            ));
        }
        // In a range of months ("January-March", "the Oct.-Dec. period") a month stands alone, abbreviated or
        // not; elsewhere an abbreviation stands alone with its period ("rose in Feb."), not as a bare word
        // that may be a name ("Jan", "Dec").
        let dotted = j == i + 2 && self.p(i + 1, '.');
        if self.in_month_range(i, j) || ((!abbr || dotted) && self.month_alone_ok(i, j, m)) {
            return Some(Hit::new(i, j, Expr::Date { year: None, month: Some(m), day: None }));
        }
        None
    }

    /// "7 October 2015", "7th of October", "30 Sep, 2015", "30Nov15", "09 May 2021".
    pub(super) fn day_first(&self, i: usize) -> Option<Hit> {
        let (d, j) = self.day(i)?;
        self.day_first_from(i, d, j)
    }

    /// A day-first date whose day `d` has been read at `i`, up to `j`; "the 5th day of October" as legal
    /// and formal text writes it.
    pub(super) fn day_first_from(&self, i: usize, d: u8, j: usize) -> Option<Hit> {
        let j = if self.unit(j) == Some((Unit::Day, false)) && self.f(j + 1, F::Of) { j + 1 } else { j };
        // "the 7th of October", "the 5th November": the article belongs to a day written with "of" or with
        // its ordinal suffix.
        let of = self.f(j, F::Of);
        let k = if of { j + 1 } else { j };
        let (m, k2, _) = self.month(k)?;
        let takes_the = of || self.ordinal_day(i);
        let hit = |hit: Hit| if takes_the { hit.the() } else { hit };
        let compact = !self.t[k].spaced() && self.get(i).is_some_and(|t| t.num().is_some());
        if compact
            && let Some(n) = self.get(k2).and_then(Token::num).filter(|_| self.glued(k2))
            && let Some(year) = year_digits(n)
        {
            let date = Expr::Date { year: Some(year), month: Some(m), day: Some(d) };
            return Some(Hit::new(i, k2 + 1, date).ordered(DayOrder::DayFirst));
        }
        let k3 = if self.p(k2, ',') { k2 + 1 } else { k2 };
        if let Some((y, k4)) = self.year_after(k3).or_else(|| self.day_year_ref(k2)) {
            let date = Expr::Date { year: Some(y), month: Some(m), day: Some(d) };
            return Some(hit(self.with_clock(Hit::new(i, k4, date)).ordered(DayOrder::DayFirst)));
        }
        Some(hit(Hit::new(i, k2, Expr::Date { year: None, month: Some(m), day: Some(d) }).ordered(DayOrder::DayFirst)))
    }

    /// The first days of "10-11 October", "1 to 15 October", "between 5 and 7 November" (a range with the
    /// date that closes it) and of "5, 6 and 7 November" (a list, each day a date of its own): each takes
    /// the month and the year of the date at the end.
    pub(super) fn day_list(&self, i: usize) -> Option<Hit> {
        // What may join two days: a comma, a dash between them, "and", "to", or a slash between two days in a
        // row ("the night of 14/15 April").
        let glued_slash = |k: usize| self.p(k, '/') && self.glued(k) && self.glued(k + 1);
        let joins =
            |k: usize| self.p(k, ',') || self.glued_dash(k) || glued_slash(k) || self.f(k, F::And) || self.f(k, F::To);
        // Most numbers are followed by no connector: that is the cheapest test, so it comes first.
        if self.get(i).is_some_and(|t| t.num().is_some()) && !joins(i + 1) {
            return None;
        }
        let (first, j) = self.day(i)?;
        // A day after a comma that follows a day is the middle of a list, never the start of a range.
        let in_list = i >= 2 && self.p(i - 1, ',') && self.day(i - 2).is_some();
        let mut k = j;
        for members in 1..=MAX_LIST_DAYS {
            if !joins(k) {
                return None;
            }
            let comma = self.p(k, ',');
            let (d, e) = if self.glued_dash(k) || glued_slash(k) { self.plain_day(k + 1)? } else { self.day(k + 1)? };
            if glued_slash(k) && (members > 1 || u32::from(d) != u32::from(first) + 1) {
                return None;
            }
            let Some(last) = self.day_first_from(k + 1, d, e) else {
                k = e;
                continue;
            };
            let date = match &last.expr {
                Expr::Clock { day: Some(date), .. } => date.as_ref(),
                date => date,
            };
            let Expr::Date { year, month: Some(month), day: Some(_) } = *date else { return None };
            let mut hit = Hit::new(i, j, Expr::Date { year, month: Some(month), day: Some(first) });
            if members == 1 && !comma && !in_list && first < d {
                hit.range_end = Some(Box::new(last));
            }
            return Some(hit);
        }
        None
    }

    /// A day of the month written as a plain number, where a dash before it joins it to another day
    /// ("10-11 October"), which a code like "555-1234" is not.
    pub(super) fn plain_day(&self, i: usize) -> Option<(u8, usize)> {
        let n = self.get(i)?.num()?;
        let ok = !n.grouped && n.digits <= 2 && (1..=31).contains(&n.value) && n.suffix != NumSuffix::Plural;
        let code = self.glued_on(i + 1);
        (ok && !code).then_some((n.value as u8, i + 1))
    }

    /// A clock time right after a full date ("30 Sep, 2015 14:16") joins it.
    pub(super) fn with_clock(&self, hit: Hit) -> Hit {
        match self.clock(hit.end) {
            Some((hour, minute, end)) if self.get(hit.end).is_some_and(|t| !t.has(NEWLINE_BEFORE)) => {
                Hit::new(hit.start, end, Expr::Clock { day: Some(Box::new(hit.expr)), hour, minute })
            }
            _ => hit,
        }
    }

    /// The second day of "October 5 and 6", "October 5-6", "October 5 to 7".
    pub(super) fn day_range_tail(&self, k: usize, month: u8, year: Option<YearSpec>) -> Option<Box<Hit>> {
        let connector =
            self.dash(k) || self.get(k).is_some_and(|t| t.is(L::Function(F::And)) || t.is(L::Function(F::To)));
        if !connector {
            return None;
        }
        let (d2, k2) = if self.dash(k) { self.plain_day(k + 1)? } else { self.day(k + 1)? };
        // "October 5 and 6 November" is two full dates; "5 and 6 percent" is no range.
        if self.month(k2).is_some() || self.unit(k2).is_some() || self.p(k2, '%') || self.p(k2, ':') {
            return None;
        }
        let (year, end) = match self.year_after(if self.p(k2, ',') { k2 + 1 } else { k2 }) {
            Some((y, e)) => (Some(y), e),
            None => (year, k2),
        };
        Some(Box::new(Hit::new(k + 1, end, Expr::Date { year, month: Some(month), day: Some(d2) })))
    }

    /// "2015-10-07", "2015/10/07", "10/7/2015", "7.10.2015", with an optional "T14:16".
    pub(super) fn numeric_date(&self, i: usize) -> Option<Hit> {
        let a = self.get(i)?.num()?;
        let sep = match self.get(i + 1)?.kind {
            Kind::Punct(c @ ('-' | '/' | '.')) => c,
            _ => return None,
        };
        if !(self.glued(i + 1) && self.glued(i + 2)) {
            return None;
        }
        if !(self.p(i + 3, sep) && self.glued(i + 3) && self.glued(i + 4)) {
            return self.month_slash_year(i, sep).or_else(|| self.month_slash_day(i, sep));
        }
        if self.get(i + 2)?.is_word() {
            return self.day_month_dashed(i, sep);
        }
        let b = self.get(i + 2)?.num()?;
        let c = self.get(i + 4)?.num()?;
        // Not part of a longer dotted or dashed run (an address, a phone number).
        if (self.get(i + 5).is_some_and(|t| t.is_punct(sep))
            && self.glued(i + 5)
            && self.get(i + 6).is_some_and(|t| t.num().is_some()))
            || (i > 0 && self.glued(i) && self.t[i - 1].is_punct(sep))
        {
            return None;
        }
        if !(a.plain() && b.plain() && c.plain()) {
            return None;
        }
        let (y, m, d, order) = if a.digits == 4 && b.digits <= 2 && c.digits <= 2 {
            (YearSpec::Full(a.value as i32), b.value, c.value, None)
        } else if a.digits <= 2 && b.digits <= 2 && (c.digits == 4 || c.digits == 2) {
            let year = if c.digits == 4 { YearSpec::Full(c.value as i32) } else { YearSpec::Short(c.value as u8) };
            // Dots join the day first ("7.10.2015"), unless only the month can come first ("11.22.2026").
            if (sep == '.' && b.value <= 12) || a.value > 12 {
                (year, b.value, a.value, Some(DayOrder::DayFirst))
            } else if b.value > 12 {
                (year, a.value, b.value, Some(DayOrder::MonthFirst))
            } else {
                (year, a.value, b.value, Some(DayOrder::Either))
            }
        } else {
            return None;
        };
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        let date = Expr::Date { year: Some(y), month: Some(m as u8), day: Some(d as u8) };
        let end = i + 5;
        // ISO "T14:16", and the "Z" of universal time glued after it ("T07:45:00Z").
        let letter =
            |k: usize, l: &str| self.glued(k) && self.get(k).is_some_and(|t| t.is_word() && t.text(self.text) == l);
        if sep == '-'
            && letter(end, "T")
            && let Some((hour, minute, e)) = self.clock(end + 1).filter(|_| self.glued(end + 1))
        {
            let e = if letter(e, "Z") { e + 1 } else { e };
            return Some(Hit::new(i, e, Expr::Clock { day: Some(Box::new(date)), hour, minute }));
        }
        Some(Hit { order, ..self.with_clock(Hit::new(i, end, date)) })
    }

    /// "09/2015": a month in two digits and a year (of the last two centuries) joined by a slash, not part of
    /// a longer run of numbers ("1/2000" is a fraction).
    fn month_slash_year(&self, i: usize, sep: char) -> Option<Hit> {
        let (m, y) = (self.get(i)?.num()?, self.get(i + 2)?.num()?);
        let longer = self.in_number_run(i, i + 3, |c| matches!(c, '/' | '-' | '.'));
        let ok = sep == '/'
            && m.plain()
            && y.plain()
            && m.digits == 2
            && (1..=12).contains(&m.value)
            && y.digits == 4
            && (1900..2100).contains(&y.value);
        (ok && !longer).then(|| {
            let date = Expr::Date { year: Some(YearSpec::Full(y.value as i32)), month: Some(m.value as u8), day: None };
            Hit::new(i, i + 3, date)
        })
    }

    /// The prepositions before a month and day joined by a slash ([`Grammar::month_slash_day`]): those that
    /// place or bound a day, but not "to" or "from", which as often frame ratios ("fell to 3/5").
    const SLASHED_DAY_AFTER: u128 = L::Function(F::On).bit()
        | L::Function(F::Until).bit()
        | L::Function(F::By).bit()
        | L::Function(F::Since).bit()
        | L::Function(F::Before).bit()
        | L::Function(F::After).bit();

    /// "on 11/17", "since 3/15", "until 17/11": a month and a day joined by a slash, without a year, after a
    /// preposition that places or bounds a time (elsewhere such a pair is as often a fraction, a score or a
    /// ratio), or after a weekday ("Thursday 19/11"), not part of a longer run of numbers, and not a pair
    /// that names an event ("after 9/11"). The month comes first unless the first number cannot be one.
    fn month_slash_day(&self, i: usize, sep: char) -> Option<Hit> {
        const BEFORE: u128 = Grammar::SLASHED_DAY_AFTER | bit::WEEKDAY;
        if sep != '/' {
            return None;
        }
        let placed = self.follows(i, BEFORE)
            || (i > 0 && self.p(i - 1, ',') && self.follows(i - 1, BEFORE))
            || self.after_update_word(i);
        if !placed {
            return None;
        }
        let (a, b) = (self.get(i)?.num()?, self.get(i + 2)?.num()?);
        let longer = self.in_number_run(i, i + 3, |c| matches!(c, '/' | '-' | '.' | ':'));
        // "on 2/3 of the votes", "after 1/2 hour": a fraction.
        let fraction = self.get(i + 3).is_some_and(|t| t.any(bit::OF | bit::UNIT));
        if longer || fraction || !(a.plain() && b.plain() && a.digits <= 2 && b.digits <= 2) {
            return None;
        }
        let (a, b) = (a.value as u8, b.value as u8);
        let (month, day, order) = match (a, b) {
            (1..=12, 13..=31) => (a, b, DayOrder::MonthFirst),
            (13..=31, 1..=12) => (b, a, DayOrder::DayFirst),
            (1..=12, 1..=12) => (a, b, DayOrder::Either),
            _ => return None,
        };
        if self.lx.language().named_month_days.contains(&(a, b)) {
            return None;
        }
        let date = Expr::Date { year: None, month: Some(month), day: Some(day) };
        Some(Hit { order: Some(order), ..Hit::new(i, i + 3, date) })
    }

    /// True when a word of publication ("Updated", "Posted"; [`crate::lang::Language::publication_words`]) or
    /// another form of it ("Update") stands right before token `i`, perhaps with a parenthesis between:
    /// "Update (11/29):", "Posted 11/28".
    fn after_update_word(&self, i: usize) -> bool {
        let w = if i > 0 && self.p(i - 1, '(') { i.checked_sub(2) } else { i.checked_sub(1) };
        let Some(word) = w.and_then(|w| self.get(w)).filter(|t| t.is_word()) else { return false };
        let stem = self.lx.stem(&word.text(self.text).to_lowercase());
        self.lx.language().publication_words.iter().any(|p| !p.contains(' ') && self.lx.stem(p) == stem)
    }

    /// "Nov-20-2026", "Nov/20/26", "Jan-2026": the month `m` (its word ending before `j`), a day and a year,
    /// or a four-digit year alone, joined by dashes or slashes.
    fn month_day_dashed(&self, i: usize, m: u8, j: usize) -> Option<Hit> {
        let sep = match self.get(j)?.kind {
            Kind::Punct(c @ ('-' | '/')) => c,
            _ => return None,
        };
        if !(self.glued(j) && self.glued(j + 1)) {
            return None;
        }
        // "Jan-2026": a month and a year, at the end of the run ("Jan-2026-05" is a code).
        if let Some(n) = self.get(j + 1).and_then(Token::num)
            && n.digits == 4
            && !self.glued_on(j + 2)
            && !(self.p(j + 2, sep) && self.glued(j + 2))
            && let Some(year) = year_digits(n).filter(|_| !n.grouped)
        {
            return Some(Hit::new(i, j + 2, Expr::Date { year: Some(year), month: Some(m), day: None }));
        }
        if !(self.p(j + 2, sep) && self.glued(j + 2) && self.glued(j + 3)) {
            return None;
        }
        let (d, _) = self.plain_day(j + 1)?;
        let n = self.get(j + 3)?.num()?;
        let year = year_digits(n).filter(|_| !n.grouped)?;
        // "Nov-20-2026x": a code.
        if self.glued_on(j + 4) {
            return None;
        }
        let date = Expr::Date { year: Some(year), month: Some(m), day: Some(d) };
        Some(self.with_clock(Hit::new(i, j + 4, date)).ordered(DayOrder::MonthFirst))
    }

    /// "30-Sep-2015", "30-Sep-15", "7/Oct/2015": a day, a month and a year joined by dashes or slashes.
    fn day_month_dashed(&self, i: usize, sep: char) -> Option<Hit> {
        if sep == '.' {
            return None;
        }
        let (d, _) = self.plain_day(i)?;
        let (m, k, _) = self.month(i + 2)?;
        if !(self.p(k, sep) && self.glued(k) && self.glued(k + 1)) {
            return None;
        }
        let n = self.get(k + 1)?.num()?;
        let year = year_digits(n).filter(|_| !n.grouped)?;
        // "30-May-2015x": a code.
        if self.glued_on(k + 2) {
            return None;
        }
        let date = Expr::Date { year: Some(year), month: Some(m), day: Some(d) };
        Some(self.with_clock(Hit::new(i, k + 2, date)))
    }

    /// True when a four-digit number standing alone reads as a year.
    pub(super) fn bare_year_ok(&self, i: usize) -> bool {
        if self.identifier_number(i) {
            return false;
        }
        if i > 0 {
            let prev = &self.t[i - 1];
            if matches!(prev.kind, Kind::Punct('$' | '\u{20ac}' | '\u{a3}' | '#' | '+' | '.')) && self.glued(i) {
                return false;
            }
            if prev.is(L::ReferenceNoun)
                || (prev.is(L::Function(F::Than)) && !self.after_time_comparison(i))
                || self.after_amount_equative(i)
            {
                return false;
            }
            if prev.is_punct('.') && i >= 2 && self.t[i - 2].is(L::ReferenceNoun) {
                return false;
            }
            // "HR 1319", "SB 1047", "RFC 1149": an acronym with no reading labels the number after it, unless
            // that could be a year of modern news ("the NASA 2020 budget").
            let acronym = prev.is_word() && (prev.has(ALL_CAPS) || prev.has(DOTTED) && prev.has(CAPITALIZED));
            if acronym && prev.bits() == 0 && self.t[i].num().is_some_and(|n| n.value < 1900) {
                return false;
            }
            // "Windows 2000", "a venture called Orion 1980": a name that goes on in the number, after a
            // capitalized word the lexicon does not know (not one that opens a sentence, as any word may).
            let name = prev.is_word() && prev.has(CAPITALIZED) && !prev.has(ALL_CAPS) && prev.lex().is_empty();
            if name && !self.glued(i) && !self.sentence_initial(i - 1) {
                return false;
            }
        }
        if self.house_number(i) {
            return false;
        }
        // "between 1500 and 2000 people": the first of two bounds is what the second is, a count.
        if i > 0
            && self.f(i - 1, F::Between)
            && self.f(i + 1, F::And)
            && self.get(i + 2).is_some_and(|t| t.num().is_some())
            && !self.bare_year_ok(i + 2)
        {
            return false;
        }
        // "2025-0415" (a lot code, a case number): a number glued on by a dash that makes no range of years.
        if self.glued_dash(i + 1) && self.get(i + 2).is_some_and(|t| t.num().is_some()) {
            return false;
        }
        // "2082.1": a decimal is no year.
        if self.p(i + 1, '.')
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.get(i + 2).is_some_and(|t| t.num().is_some())
        {
            return false;
        }
        if let Some(next) = self.get(i + 1) {
            if next.is(L::Magnitude) || matches!(next.kind, Kind::Punct('%' | ':')) && !next.spaced() {
                return false;
            }
            if next.is_word() && !next.spaced() {
                return false;
            }
            // "2000 people": a plural noun after the number makes it a count; not after a preposition of
            // time or an article before a number that no count rounds ("from 2005 levels", "returned to 2019
            // levels", "the 2019 figures").
            let year_before_noun =
                self.t[i].num().is_some_and(|n| n.value % 100 != 0) && self.follows(i, YEAR_PREPOSITION | bit::THE);
            // Nor after an edge joined by a dash, which no count takes ("the mid-2026 targets"), nor at the end
            // of a span of years that "between" opens ("between 2019 and 2021 prices doubled", where "between 1500
            // and 2000 people" counts them).
            let edged = i >= 2 && self.dash(i - 1) && self.glued(i) && self.edge(i - 2).is_some();
            let span_end = i >= 3
                && self.t[i].num().is_some_and(|n| n.value % 100 != 0)
                && self.f(i - 1, F::And)
                && self.t[i - 2].num().is_some()
                && self.f(i - 3, F::Between);
            if next.is_word()
                && !year_before_noun
                && !edged
                && !span_end
                && next.lex().is_empty()
                && !next.has(CAPITALIZED)
                && self.lx.looks_plural(next.text(self.text))
            {
                return false;
            }
            // "About 2000 died", "some 1500 were injured", "at least 2000 fled": an amount right before its
            // verb is a count ("around 2010 the trend reversed" is a year).
            const VERB: u128 = L::PastMarker.bit() | L::BeAux.bit() | L::Modal.bit() | L::FutureMarker.bit();
            let amount_word = |k: usize| {
                let measure = |l| matches!(l, L::Modifier(Modifier::Approx | Modifier::LessThan | Modifier::MoreThan));
                self.lex(k, |l| measure(l).then_some(())).is_some()
                    || self.f(k, F::Least)
                    || (k > 0 && self.f(k, F::To) && self.f(k - 1, F::Up))
            };
            let verb = || next.any(VERB) || (next.is_word() && self.lx.looks_past(next.text(self.text)));
            if i > 0 && amount_word(i - 1) && verb() {
                return false;
            }
        }
        true
    }

    /// True when the number at `i` numbers a house on a street: capitalized words follow it, the last a street
    /// noun after a name ("1600 Pennsylvania Avenue", "1999 Main St."), with no preposition of time before it
    /// ("in 1990 Main Street was paved").
    fn house_number(&self, i: usize) -> bool {
        const TIME_PREPOSITION: u128 =
            YEAR_PREPOSITION | L::Function(F::By).bit() | L::Function(F::Before).bit() | L::Function(F::After).bit();
        !self.follows(i, TIME_PREPOSITION)
            && (i + 2..=i + 4)
                .take_while(|&k| self.get(k - 1).is_some_and(|t| t.is_word() && t.has(CAPITALIZED)))
                .any(|k| self.get(k).is_some_and(|t| t.has(CAPITALIZED) && t.is(L::StreetNoun)))
    }

    /// "2015", "2013-2014", "2015-16", "1990s", "'90s", "'98", "2026-Nov-20".
    pub(super) fn year_forms(&self, i: usize) -> Option<Hit> {
        let t = self.get(i)?;
        if matches!(t.kind, Kind::Punct('\'' | '\u{2019}')) {
            let n = self.get(i + 1)?.num()?;
            if !self.glued(i + 1) || n.digits != 2 {
                return None;
            }
            return match n.suffix {
                NumSuffix::Plural if n.value % 10 == 0 => {
                    Some(Hit::new(i, i + 2, Expr::Decade { first_year: n.value as i32, century_known: false }).the())
                }
                // "in '98", "since '08"; "the '92 election", "the '08 crash": a year before the noun it dates
                // (not a quotation, "the '92' label", which a mark closes).
                NumSuffix::None
                    if i > 0
                        && (self.t[i - 1]
                            .lex()
                            .iter()
                            .any(|l| matches!(l, L::Function(F::In | F::Since | F::Fiscal | F::Of)))
                            || (self.f(i - 1, F::The) && self.get(i + 2).is_some_and(Token::is_word))) =>
                {
                    Some(Hit::new(
                        i,
                        i + 2,
                        Expr::Date { year: Some(YearSpec::Short(n.value as u8)), month: None, day: None },
                    ))
                }
                _ => None,
            };
        }
        let n = t.num()?;
        if n.grouped {
            return None;
        }
        if n.suffix == NumSuffix::Plural {
            if n.value % 10 != 0 || self.identifier_number(i) || (n.digits == 2 && self.no_decade(i)) {
                return None;
            }
            return match n.digits {
                // "the 1800s" is a century (1800-1899), as writers use it; "the 2000s" is most often the
                // decade 2000-2009.
                4 if n.value % 100 == 0 && n.value < 2000 => {
                    Some(Hit::new(i, i + 1, Expr::Century(n.value as i32 / 100 + 1)).the())
                }
                4 => Some(Hit::new(i, i + 1, Expr::Decade { first_year: n.value as i32, century_known: true }).the()),
                2 => Some(Hit::new(i, i + 1, Expr::Decade { first_year: n.value as i32, century_known: false }).the()),
                _ => None,
            };
        }
        if n.digits != 4 || n.suffix != NumSuffix::None || !(1000..=2199).contains(&n.value) {
            return None;
        }
        // "2026-Nov-20": a year, a month and a day joined by dashes.
        if self.p(i + 1, '-')
            && self.glued(i + 1)
            && self.glued(i + 2)
            && let Some((m, k, _)) = self.month(i + 2)
            && self.p(k, '-')
            && self.glued(k)
            && self.glued(k + 1)
            && let Some((d, end)) = self.plain_day(k + 1)
        {
            let date = Expr::Date { year: Some(YearSpec::Full(n.value as i32)), month: Some(m), day: Some(d) };
            return Some(self.with_clock(Hit::new(i, end, date)));
        }
        // A range: "2013-2014", "2015-16", and a season or an accounting year written with a slash over two
        // years in a row, "2026/27"; "2013 to 2014" is linked later. Not numbers after a noun that they label
        // ("pages 1998-2004").
        if let Some(end) = self.year_range_end(n.value, i + 1).filter(|_| !self.follows(i, L::ReferenceNoun.bit())) {
            let mut hit =
                Hit::new(i, i + 1, Expr::Date { year: Some(YearSpec::Full(n.value as i32)), month: None, day: None });
            hit.range_end = Some(Box::new(end));
            return Some(hit);
        }
        // "2025-03": a year and a month, as ISO 8601 writes them (where no range of years reads: "2010-11").
        if self.glued_dash(i + 1)
            && !self.glued_on(i + 3)
            && !(self.get(i + 3).is_some_and(|t| !t.spaced() && (t.is_dash() || t.is_punct('/'))))
            && let Some(m) = self.get(i + 2).and_then(Token::num).filter(|m| m.digits == 2 && m.plain())
            && (1..=12).contains(&m.value)
        {
            let month =
                Expr::Date { year: Some(YearSpec::Full(n.value as i32)), month: Some(m.value as u8), day: None };
            return Some(Hit::new(i, i + 3, month));
        }
        if !self.bare_year_ok(i) {
            return None;
        }
        let year = Expr::Date { year: Some(YearSpec::Full(n.value as i32)), month: None, day: None };
        // "the 1990 fiscal year", "the 2027 tax year": the year, named with its kind, takes the article.
        if self.fiscal_year(i + 1) {
            return Some(self.the_unless_modifier(Hit::new(i, i + 3, year)));
        }
        Some(Hit::new(i, i + 1, year))
    }

    /// The era written in capitals at `i` ("BC", "B.C.", "BCE", "AD", "A.D.", "CE"): true before the common
    /// era. In lowercase these are other words ("an ad").
    pub(super) fn era(&self, i: usize) -> Option<bool> {
        let t = self.get(i).filter(|t| t.has(ALL_CAPS) || (t.has(DOTTED) && t.has(CAPITALIZED)))?;
        t.find(|l| match l {
            L::Era(bc) => Some(bc),
            _ => None,
        })
    }

    /// A year with its era: "44 BC", "3,000 BCE", "70 AD", "AD 70", "A.D. 1066".
    pub(super) fn era_year(&self, i: usize) -> Option<Hit> {
        let (year, end) = self.year_with_era(i)?;
        let mut hit = Hit::new(i, end, Expr::Date { year: Some(YearSpec::Full(year)), month: None, day: None });
        // "AD 117-138": the era written before the first year holds for a later one glued on by a dash.
        if self.era(i) == Some(false)
            && self.glued_dash(end)
            && !self.glued_on(end + 2)
            && let Some(n) = self.get(end + 1).and_then(Token::num).filter(|n| n.plain() && n.digits <= 4)
            && let Ok(last) = i32::try_from(n.value)
            && last > year
        {
            let last = Expr::Date { year: Some(YearSpec::Full(last)), month: None, day: None };
            hit.range_end = Some(Box::new(Hit::new(end + 1, end + 2, last)));
        }
        Some(hit)
    }

    /// The year of [`Grammar::era_year`] at `i` and the index after it. A year before the common era is
    /// counted as ISO 8601 counts it, with a year 0 (1 BC) before 1 AD: "44 BC" is year -43.
    pub(super) fn year_with_era(&self, i: usize) -> Option<(i32, usize)> {
        let era_at = |k: usize| self.get(k).is_some_and(|t| t.any(bit::ERA));
        if !era_at(i) && !era_at(i + 1) {
            return None;
        }
        let year = |k: usize| {
            let n = self.get(k)?.num()?;
            (n.suffix == NumSuffix::None && (1..=99_999).contains(&n.value)).then_some(n.value as i32)
        };
        match (self.era(i), self.era(i + 1)) {
            (Some(false), _) => Some((year(i + 1)?, i + 2)),
            (None, Some(bc)) => {
                let n = year(i)?;
                Some((if bc { 1 - n } else { n }, i + 2))
            }
            _ => None,
        }
    }

    /// `hit` licensed to take the article before it, unless a word that the lexicon does not know follows
    /// it: then the article is that word's, and the expression modifies it ("the fiscal year 2027 budget").
    fn the_unless_modifier(&self, hit: Hit) -> Hit {
        if self.unknown_word(hit.end) { hit } else { hit.the() }
    }

    /// The end of a range of years after the year `first` at the dash or slash `k` ("-2014", "-16", "/27"),
    /// glued on both sides: a later year, within a century; after a slash, the year after (a season or an
    /// accounting year over two years in a row).
    fn year_range_end(&self, first: u64, k: usize) -> Option<Hit> {
        let slash = self.p(k, '/');
        if !(self.dash(k) || slash) || !self.glued(k) || !self.glued(k + 1) {
            return None;
        }
        let m = self.get(k + 1).and_then(Token::num)?;
        let end_year = match m.digits {
            4 if m.value > first && m.value <= first + 100 => m.value as i32,
            2 => Some((first / 100 * 100 + m.value) as i32).filter(|&full| full > first as i32)?,
            _ => return None,
        };
        if (slash && end_year != first as i32 + 1) || self.glued_on(k + 2) || m.suffix != NumSuffix::None {
            return None;
        }
        Some(Hit::new(k + 1, k + 2, Expr::Date { year: Some(YearSpec::Full(end_year)), month: None, day: None }))
    }

    /// "fiscal 1998", "fiscal '98", "fiscal year 1998", "FY2015", "FY15"; "fiscal 2024-25", "FY2025/26" (the
    /// first year, then the second as a range's end, as "2024-25" is read).
    pub(super) fn fiscal(&self, i: usize) -> Option<Hit> {
        if !self.f(i, F::Fiscal) {
            return None;
        }
        let j = if self.unit(i + 1).is_some_and(|(u, _)| u == Unit::Year) { i + 2 } else { i + 1 };
        let (y, k) = self.year_after(j).or_else(|| self.glued_short_year(j))?;
        let mut hit = Hit::new(i, k, Expr::Date { year: Some(y), month: None, day: None });
        if let YearSpec::Full(first) = y
            && let Ok(first) = u64::try_from(first)
        {
            hit.range_end = self.year_range_end(first, k).map(Box::new);
        }
        // "the fiscal year 1990" takes the article, as "the fiscal year" does.
        Some(if j == i + 2 { self.the_unless_modifier(hit) } else { hit })
    }

    /// Two digits glued to the word before them, standing alone: the "15" of "FY15" and "3Q15".
    pub(super) fn glued_short_year(&self, j: usize) -> Option<(YearSpec, usize)> {
        let n = self.get(j)?.num()?;
        let alone = !self.glued_on(j + 1);
        (self.glued(j) && n.digits == 2 && n.plain() && alone).then_some((YearSpec::Short(n.value as u8), j + 1))
    }

    /// A quarter or half written with its letter: "Q3 2015", "Q3", "3Q15", "3Q 2015", "H1 2016", "1H16".
    pub(super) fn lettered_period(&self, i: usize) -> Option<Hit> {
        let letter = |k: usize| {
            self.get(k).filter(|t| t.has(CAPITALIZED)).and_then(|t| {
                t.find(|l| match l {
                    L::PeriodLetter(u) => Some(u),
                    _ => None,
                })
            })
        };
        let one_digit =
            |k: usize| self.get(k).and_then(Token::num).filter(|n| n.digits == 1 && n.suffix == NumSuffix::None);
        // The letter first ("Q3") or the number first ("3Q"); either way nothing else is glued to the pair.
        let (unit, n, k) = if let Some(u) = letter(i) {
            let n = one_digit(i + 1).filter(|_| self.glued(i + 1))?;
            (u, n.value, i + 2)
        } else {
            let n = one_digit(i)?;
            let u = letter(i + 1).filter(|_| self.glued(i + 1))?;
            (u, n.value, i + 2)
        };
        if i > 0 && self.glued(i) && self.get(i - 1).is_some_and(|t| t.is_word() || t.num().is_some()) {
            return None;
        }
        let name = match unit {
            Unit::Quarter if (1..=4).contains(&n) => Named::Quarter(n as u8),
            Unit::Half if (1..=2).contains(&n) => Named::Half(n as u8),
            _ => return None,
        };
        let (year, end) = match self.glued_short_year(k) {
            Some((y, e)) => (Some(y), e),
            None if self.glued_on(k) => return None,
            None => {
                let dash = self.dash(k) && self.glued(k);
                let y_at = if self.f(k, F::Of) || dash { k + 1 } else { k };
                match self.year_after(y_at).or_else(|| {
                    self.fiscal(y_at).and_then(|h| match h.expr {
                        Expr::Date { year: Some(y), .. } => Some((y, h.end)),
                        _ => None,
                    })
                }) {
                    Some((y, e)) => (Some(y), e),
                    // "a 4Q-rated bond".
                    None if dash => return None,
                    None => (None, k),
                }
            }
        };
        Some(Hit::new(i, end, Expr::Named { name, year, shift: None }))
    }
}
