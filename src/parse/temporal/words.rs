//! Readers of the pieces that patterns share: numbers written in figures or words, days, years,
//! month and weekday names.

use crate::lang::{Function as F, Lexeme as L, Shift, Unit};
use crate::parse::expr::YearSpec;
use crate::parse::tokens::{CAPITALIZED, Kind, NumSuffix, Token};

use super::{Grammar, bit, off};

impl<'a, 'l> Grammar<'a, 'l> {
    /// A cardinal written in words: "seven", "twenty-four", "two hundred".
    pub(super) fn word_number(&self, i: usize) -> Option<(u32, usize)> {
        let card = |l| match l {
            L::Cardinal(n) => Some(n),
            _ => None,
        };
        let mut value = self.lex_in(i, bit::CARDINAL, card)?;
        let mut j = i + 1;
        if (20..100).contains(&value) && value % 10 == 0 {
            let k = if self.p(j, '-') && self.glued(j) && self.glued(j + 1) { j + 1 } else { j };
            if let Some(u) = self.lex_in(k, bit::CARDINAL, card).filter(|u| (1..=9).contains(u)) {
                value += u;
                j = k + 1;
            }
        }
        if value < 100
            && let Some(m) = self.lex_in(j, bit::CARDINAL, card).filter(|m| *m == 100 || *m == 1000)
        {
            value *= m;
            j += 1;
        }
        Some((value, j))
    }

    /// A count of things: digits, number words, "a couple of" ("a couple" before a plural unit), and
    /// "a"/"an" for one when `article` is set.
    pub(super) fn count(&self, i: usize, article: bool) -> Option<(u32, usize)> {
        let t = self.get(i)?;
        if let Some(n) = t.num() {
            if n.suffix != NumSuffix::None || n.value > 1_000_000 || self.identifier_number(i) || self.fraction_part(i)
            {
                return None;
            }
            if i > 0 && matches!(self.t[i - 1].kind, Kind::Punct('$' | '\u{20ac}' | '\u{a3}' | '#')) {
                return None;
            }
            return Some((n.value as u32, i + 1));
        }
        if t.is(L::Function(F::A)) {
            if self.f(i + 1, F::Couple) {
                if self.f(i + 2, F::Of) {
                    return Some((2, i + 3));
                }
                // "a couple weeks ago": "of" left out before a plural unit.
                if matches!(self.unit(i + 2), Some((_, true))) {
                    return Some((2, i + 2));
                }
            }
            if let Some((n, j)) = self.word_number(i + 1).filter(|(n, _)| *n >= 12) {
                return Some((n, j));
            }
            return article.then_some((1, i + 1));
        }
        if t.is(L::Function(F::Couple)) && self.f(i + 1, F::Of) {
            return Some((2, i + 2));
        }
        self.word_number(i)
    }

    /// The decimal fraction right after a whole number ending before `j` ("5.2", "0.75"), in thousandths,
    /// with the token after it: up to three digits.
    pub(super) fn decimal_fraction(&self, j: usize) -> Option<(u16, usize)> {
        // The point first: it rules out almost every number.
        if !(self.p(j, '.') && self.glued(j)) {
            return None;
        }
        let whole = j.checked_sub(1).and_then(|w| self.get(w)).and_then(Token::num)?;
        let n = self.get(j + 1).and_then(Token::num)?;
        if !(whole.plain() && n.plain() && self.glued(j + 1)) || n.digits > 3 {
            return None;
        }
        let thousandths = n.value * 10u64.pow(3 - u32::from(n.digits));
        Some((u16::try_from(thousandths).ok()?, j + 2))
    }

    /// True when the number at `i` is the fraction of a decimal ("2" in "5.2").
    fn fraction_part(&self, i: usize) -> bool {
        i >= 2 && self.decimal_fraction(i - 1).is_some()
    }

    /// An ordinal: "7th", "seventh", "twenty-first".
    pub(super) fn ordinal(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.get(i)?;
        if let Some(n) = t.num() {
            return (n.suffix == NumSuffix::Ordinal && n.value <= 1000).then_some((n.value as u32, i + 1));
        }
        let ord = |l| match l {
            L::Ordinal(n) => Some(n),
            _ => None,
        };
        if !t.any(bit::ORDINAL | bit::CARDINAL) {
            return None;
        }
        if let Some(n) = t.find(ord) {
            return Some((n, i + 1));
        }
        let tens = t.find(|l| match l {
            L::Cardinal(n) if (20..100).contains(&n) && n % 10 == 0 => Some(n),
            _ => None,
        })?;
        let k = if self.p(i + 1, '-') && self.glued(i + 1) { i + 2 } else { i + 1 };
        let unit = self.lex_in(k, bit::ORDINAL, ord).filter(|u| (1..=9).contains(u))?;
        Some((tens + unit, k + 1))
    }

    /// A day of the month: "7", "07", "7th", "seventh".
    pub(super) fn day(&self, i: usize) -> Option<(u8, usize)> {
        let t = self.get(i)?;
        if let Some(n) = t.num() {
            let ok = !n.grouped && n.digits <= 2 && (1..=31).contains(&n.value) && n.suffix != NumSuffix::Plural;
            return (ok && !self.identifier_number(i)).then_some((n.value as u8, i + 1));
        }
        let (n, j) = self.ordinal(i)?;
        (1..=31).contains(&n).then_some((n as u8, j))
    }

    /// A year in words: "nineteen ninety-six", "twenty fifteen", "two thousand and five".
    pub(super) fn year_words(&self, i: usize) -> Option<(i32, usize)> {
        let lead = self.lex_in(i, bit::CARDINAL, |l| match l {
            L::Cardinal(n) if (1..=20).contains(&n) => Some(n),
            _ => None,
        })?;
        match lead {
            1 | 2 => self.thousands_year(i),
            11..=20 => {
                let (rest, end) = self.word_number(i + 1).filter(|(n, _)| (10..100).contains(n))?;
                Some(((lead * 100 + rest) as i32, end))
            }
            _ => None,
        }
    }

    /// "in two thousand and five", "since two thousand nine": the thousands and a number below a hundred, after
    /// a word that places a time and before no word they could count ("two thousand and five people").
    #[inline(never)]
    fn thousands_year(&self, i: usize) -> Option<(i32, usize)> {
        let thousand = self.lex_in(i + 1, bit::CARDINAL, |l| (l == L::Cardinal(1000)).then_some(())).is_some();
        if !thousand || !self.follows(i, bit::PLACING | L::Function(F::In).bit() | L::Function(F::Of).bit()) {
            return None;
        }
        let (thousands, j) = self.word_number(i).filter(|&(n, _)| n == 1000 || n == 2000)?;
        let k = if self.f(j, F::And) { j + 1 } else { j };
        let (rest, end) = self.word_number(k).filter(|&(n, _)| (1..100).contains(&n))?;
        let counts =
            self.unknown_word(end) || self.unit(end).is_some() || self.get(end).is_some_and(|t| t.is(L::Magnitude));
        (!counts).then_some(((thousands + rest) as i32, end))
    }

    /// A year written after a day or month: four digits, an apostrophe and two ("'15"), or words.
    pub(super) fn year_after(&self, i: usize) -> Option<(YearSpec, usize)> {
        if let Some((y, end)) = self.year_words(i) {
            return Some((YearSpec::Full(y), end));
        }
        // "15 March 44 BC", "the spring of AD 70".
        if let Some((y, end)) = self.year_with_era(i) {
            return Some((YearSpec::Full(y), end));
        }
        let t = self.get(i)?;
        if let Some(n) = t.num() {
            if n.digits == 4 && n.plain() && (1000..=9999).contains(&n.value) {
                // Not the hour of a clock time ("2015:30" is no year).
                if self.p(i + 1, ':')
                    && self.glued(i + 1)
                    && self.glued(i + 2)
                    && self.get(i + 2).is_some_and(|t| t.num().is_some())
                {
                    return None;
                }
                return Some((YearSpec::Full(n.value as i32), i + 1));
            }
            return None;
        }
        if matches!(t.kind, Kind::Punct('\'' | '\u{2019}')) {
            let n = self.get(i + 1)?.num()?;
            if n.digits == 2 && n.suffix == NumSuffix::None && self.glued(i + 1) {
                return Some((YearSpec::Short(n.value as u8), i + 2));
            }
        }
        None
    }

    /// A year written out or counted from the present: [`Grammar::year_after`], or "this year", "last
    /// year", "next year" (as in "the third quarter of next year", "next year's first quarter"); or from the
    /// year mentioned last: "that year", "the same year", "the following year" ("the summer of that year").
    pub(super) fn year_ref(&self, i: usize) -> Option<(YearSpec, usize)> {
        self.year_after(i).or_else(|| self.counted_year(i))
    }

    /// The part of [`Grammar::year_ref`] that counts: "this year", "last year", "that year", "the following
    /// year".
    fn counted_year(&self, i: usize) -> Option<(YearSpec, usize)> {
        // "that year", "the following year", "the same year": counted from the year mentioned last.
        let the = self.f(i, F::The);
        let k = if the { i + 1 } else { i };
        let (shift, anaphoric) = self.any_shift(k)?;
        if self.unit(k + 1)? != (Unit::Year, false) || (the && shift == Shift::This) {
            return None;
        }
        let spec = if anaphoric || the || shift == Shift::Same {
            YearSpec::Mentioned(off(shift))
        } else {
            YearSpec::Shift(off(shift))
        };
        Some((spec, k + 2))
    }

    /// A year counted after a day or a holiday, with nothing between or "of" ("Oct. 7 last year", "1 April
    /// this year", "Christmas the following year", "Jan. 25 of that year"; [`Grammar::counted_year`]); not a
    /// year in the possessive, which begins what comes next ("on March 3 last year's champion won").
    pub(super) fn day_year_ref(&self, i: usize) -> Option<(YearSpec, usize)> {
        let i = if self.f(i, F::Of) { i + 1 } else { i };
        let (y, end) = self.counted_year(i)?;
        (!self.get(end).is_some_and(|t| t.is(L::Possessive))).then_some((y, end))
    }

    /// True when tokens `k` and `k + 1` name the fiscal year: "fiscal year", "financial year".
    pub(super) fn fiscal_year(&self, k: usize) -> bool {
        (self.f(k, F::Fiscal) || self.f(k, F::Financial)) && self.unit(k + 1) == Some((Unit::Year, false))
    }

    /// The index of the unit from `k`: past the kind of a fiscal year ("fiscal year", "school year"), which is
    /// named as a year is, else `k` itself.
    pub(super) fn past_year_kind(&self, k: usize) -> usize {
        if self.fiscal_year(k) { k + 1 } else { k }
    }

    /// A month name or abbreviation: returns the month, the index after it, and whether it was abbreviated.
    #[inline(always)]
    pub(super) fn month(&self, i: usize) -> Option<(u8, usize, bool)> {
        self.name(
            i,
            bit::MONTH,
            |l| match l {
                L::Month(m) => Some(m),
                _ => None,
            },
            |l| match l {
                L::MonthAbbr(m) => Some(m),
                _ => None,
            },
        )
    }

    /// A weekday name or abbreviation, as [`Grammar::month`] returns a month.
    #[inline(always)]
    pub(super) fn weekday(&self, i: usize) -> Option<(u8, usize, bool)> {
        self.name(
            i,
            bit::WEEKDAY,
            |l| match l {
                L::Weekday(d) => Some(d),
                _ => None,
            },
            |l| match l {
                L::WeekdayAbbr(d) => Some(d),
                _ => None,
            },
        )
    }

    /// A name with a reading in `mask`, capitalized unless it is no other word in lowercase ("monday", not
    /// "may"): its number by `full`, else by `abbr` with a glued period after it taken in; the index after
    /// it, and whether it was abbreviated.
    #[inline(always)]
    fn name(
        &self,
        i: usize,
        mask: u128,
        full: impl Fn(L) -> Option<u8>,
        abbr: impl Fn(L) -> Option<u8>,
    ) -> Option<(u8, usize, bool)> {
        let t = self.get(i)?;
        if !t.any(mask) || (!t.has(CAPITALIZED) && !self.lowercase_name_ok(i, mask)) {
            return None;
        }
        if let Some(n) = t.find(full) {
            return Some((n, i + 1, false));
        }
        let n = t.find(abbr)?;
        let j = if self.p(i + 1, '.') && self.glued(i + 1) { i + 2 } else { i + 1 };
        Some((n, j, true))
    }

    /// True when the name at `i`, in lowercase, is read as one: it is no other word ([`Grammar::only_a_name`]),
    /// or it is a month with a year after it ("march 2020", "may 2021"; not "may 20").
    #[cold]
    #[inline(never)]
    fn lowercase_name_ok(&self, i: usize, mask: u128) -> bool {
        let year = || {
            mask & bit::MONTH != 0
                && self
                    .get(i + 1)
                    .and_then(Token::num)
                    .is_some_and(|n| n.digits == 4 && (1000..=2199).contains(&n.value))
                && self.bare_year_ok(i + 1)
        };
        self.only_a_name(&self.t[i]) || year()
    }

    /// True when the month or weekday name `t` is no other word in lowercase ("monday", "tues", not "may",
    /// "wed"; [`Lexicon::is_name_in_lowercase`](crate::lang::Lexicon::is_name_in_lowercase)): asked on the
    /// rare paths only, so kept out of [`Grammar::name`]'s.
    #[cold]
    #[inline(never)]
    pub(super) fn only_a_name(&self, t: &Token<'_>) -> bool {
        self.lx.is_name_in_lowercase(t.text(self.text))
    }

    /// True when the month at `i` (read up to `j`) opens a range of months ("January-March", "Oct.-Dec.",
    /// "January to March") or closes one joined by a dash: a month wherever it stands, abbreviated or not.
    pub(super) fn in_month_range(&self, i: usize, j: usize) -> bool {
        let opens = (self.dash(j) && self.glued(j) && self.glued(j + 1)) || self.f(j, F::To);
        if opens && self.month(j + 1).is_some() {
            return true;
        }
        // The month before a glued dash, perhaps with its abbreviation's period.
        let Some(dash) = i.checked_sub(1).filter(|&d| d > 0 && self.dash(d) && self.glued(i) && self.glued(d)) else {
            return false;
        };
        let before = |k: usize| self.month(k).is_some_and(|(_, end, _)| end == dash);
        before(dash - 1) || dash.checked_sub(2).is_some_and(before)
    }

    /// A month standing alone is a month only where the words around it say so ("in May", "last March");
    /// `month` is the month read at `i`, and `j` the token after it.
    pub(super) fn month_alone_ok(&self, i: usize, j: usize, month: u8) -> bool {
        // "January Jones": a capitalized word with no reading after the month makes it a first name.
        let name_after = || self.cap(j) && self.unknown_word(j);
        if self.sentence_initial(i) {
            // A month that is no other word opens a sentence as a month ("October sales rose"); "May", "March",
            // "April", "June" and "August" there are as often a verb, a name or an adjective.
            // A colon after it labels an entry of a chronology ("April: The bank opens its first branch.").
            let plain = !matches!(month, 3..=6 | 8);
            return self.p(j, ',')
                || self.p(j, ':')
                || self.get(j).is_some_and(|t| t.lex().iter().any(|l| matches!(l, L::Function(F::And | F::To))))
                || (plain && !name_after());
        }
        let prev = &self.t[i - 1];
        if matches!(prev.kind, Kind::Punct(',' | '(' | '-' | '/')) {
            return !self.cap(j) || self.get(j).is_some_and(|t| !t.lex().is_empty());
        }
        // "and April Ryan", "the March for Our Lives": after a word that does not say "when", a name after
        // the month makes it a first name, and a preposition after "the March" makes it a march.
        let preposition_after = || self.f(j, F::Preposition) || self.f(j, F::On) || self.f(j, F::To);
        if (prev.is(L::Function(F::And)) && name_after())
            || (prev.is(L::Function(F::The)) && (name_after() || preposition_after()))
        {
            return false;
        }
        // "the coldest January", "the busiest December on record": a superlative after "the" says which (a
        // preposition after "the biggest March" still makes it a march).
        let word = prev.text(self.text);
        let superlative = prev.is_word()
            && prev.lex().is_empty()
            && i >= 2
            && self.f(i - 2, F::The)
            && word.len() > 4
            && word.ends_with("est");
        if superlative {
            return !name_after() && (month != 3 || !preposition_after());
        }
        // "the Fed's December meeting", "its June sales"; not May, which is also a name ("Britain's May said").
        if prev.any(L::Possessive.bit() | L::Function(F::Owner).bit() | L::Function(F::ThingOwner).bit()) {
            return month != 5 && !name_after() && !preposition_after();
        }
        prev.lex().iter().any(|l| {
            matches!(
                l,
                L::Function(
                    F::In
                        | F::On
                        | F::Of
                        | F::Since
                        | F::Preposition
                        | F::To
                        | F::From
                        | F::And
                        | F::Between
                        | F::Over
                        | F::Before
                        | F::After
                        | F::Every
                        | F::The
                        | F::At
                ) | L::Shift(_)
                    | L::AnaphoricShift(_)
                    | L::Modifier(_)
                    // "continued into January".
                    | L::Into
            )
        }) || self.after_time_comparison(i)
            // "compared with February".
            || (i > 1 && prev.is_word() && self.t[i - 2].is(L::Comparison))
    }
}
