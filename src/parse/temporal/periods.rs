//! Named periods: quarters and halves, centuries and decades, seasons, holidays, references ("now",
//! "the past") and sets ("every Monday", "daily").

use crate::lang::{Direction, Function as F, HolidayRule, Lexeme as L, Modifier, Reference, Shift, Unit};
use crate::parse::expr::{Expr, Named, Recurrence, RelativeTo, YearSpec};
use crate::parse::tokens::{CAPITALIZED, TERMINATOR, Token};

use super::dates::year_digits;
use super::{Grammar, Hit, bit};

impl<'a, 'l> Grammar<'a, 'l> {
    /// "year-end", "year end", "year's end", "month-end": the end of the present year or month.
    pub(super) fn year_end(&self, i: usize) -> Option<Hit> {
        let Some((unit @ (Unit::Year | Unit::Month), false)) = self.unit(i) else { return None };
        let joined = (self.dash(i + 1) && self.glued(i + 1) && self.glued(i + 2))
            || self.get(i + 1).is_some_and(|t| t.is(L::Possessive));
        let k = if joined { i + 2 } else { i + 1 };
        if self.edge(k) != Some(Modifier::End) || self.f(k + 1, F::Of) {
            return None;
        }
        let expr = Expr::Relative { unit, offset: 0, to: RelativeTo::Speech };
        Some(Hit { modifier: Some(Modifier::End), ..Hit::new(i, k + 1, expr) })
    }

    /// A period of a year named in the possessive: "next year's first quarter", "this year's second
    /// half", "last year's December"; "last year's quarter" is the quarter under discussion a year before.
    /// (A year in figures takes no "'s" token: the tokenizer keeps "2016's" apart as a number, "'" and "s".)
    pub(super) fn year_possessive(&self, i: usize) -> Option<Hit> {
        // "'s" after the year ("next year's"), looked at first: it is rare.
        if !self.get(i + 2).is_some_and(|t| t.is(L::Possessive)) {
            return None;
        }
        let (year, j) = self.year_ref(i)?;
        if j != i + 2 {
            return None;
        }
        let k = j + 1;
        if let Some(h) = self.quarter(k)
            && let Expr::Named { name, year: None, shift: None } = h.expr
        {
            return Some(Hit { start: i, expr: Expr::Named { name, year: Some(year), shift: None }, ..h });
        }
        if let Some((m, e, _)) = self.month(k) {
            return Some(Hit::new(i, e, Expr::Date { year: Some(year), month: Some(m), day: None }));
        }
        match (year, self.unit(k)) {
            (YearSpec::Shift(n), Some((Unit::Quarter, false))) => Some(Hit::new(
                i,
                k + 1,
                Expr::QuarterRef { offset: n.saturating_mul(4), latest: false, year: None, running: false },
            )),
            _ => None,
        }
    }

    /// "the third quarter", "third-quarter", "the fourth quarter of 1998", "Q3 2015", "the first half of 1989".
    pub(super) fn quarter(&self, i: usize) -> Option<Hit> {
        // "the last quarter of 1989", "the last half of the year": the year's final one (without a year,
        // "the last quarter" is the one before the present, read by `shifted`).
        let last = || {
            // "the final quarter", "the closing half" as "the last".
            let names_last = self.shift(i) == Some(Shift::Last) || self.edge(i) == Some(Modifier::End);
            if !names_last || !self.f(i + 2, F::Of) || self.quarter_year(i + 2).is_none() {
                return None;
            }
            match self.unit(i + 1) {
                Some((Unit::Quarter, false)) => Some((4, i + 1)),
                _ if self.f(i + 1, F::Half) => Some((2, i + 1)),
                _ => None,
            }
        };
        let (n, j) = self.ordinal(i).or_else(last)?;
        let hyphen = self.p(j, '-') && self.glued(j);
        let k = if hyphen { j + 1 } else { j };
        // "the fourth fiscal quarter".
        let k = if !hyphen && self.f(k, F::Fiscal) { k + 1 } else { k };
        // "the third and fourth quarters": the last of ordinals joined by "and", "or" or commas takes the plural.
        let joined_before = i >= 2 && self.joins_ordinals(i - 1) && self.ordinal(i - 2).is_some();
        let name = match self.unit(k) {
            Some((Unit::Quarter, plural)) if (1..=4).contains(&n) && (!plural || joined_before) => {
                Named::Quarter(n as u8)
            }
            _ if self.f(k, F::Half) && (1..=2).contains(&n) => Named::Half(n as u8),
            // "the third and fourth quarters of 2025": an ordinal before others joined to it is a quarter of
            // its own, of the year after the plural.
            _ if (1..=4).contains(&n) && !hyphen => {
                let plural = self.joined_quarters(j)?;
                let year = self.quarter_year(plural + 1).map(|(y, _)| y);
                return Some(Hit::new(i, j, Expr::Named { name: Named::Quarter(n as u8), year, shift: None }));
            }
            _ => return None,
        };
        let mut end = k + 1;
        // A half of something that is a period itself is its start or its end: "the first half of October",
        // "the second half of the 1990s", "the first half of the 20th century", and the week, month, decade or
        // century under discussion, as "the end of the decade" is ("the second half of the decade" is no half of
        // the year).
        if let (Named::Half(h), true) = (name, self.f(end, F::Of)) {
            let modifier = Some(if h == 1 { Modifier::Start } else { Modifier::End });
            if let Some(month) = self.month_first(end + 1)
                && matches!(month.expr, Expr::Date { month: Some(_), day: None, .. })
            {
                return Some(Hit { start: i, modifier, ..month }.the());
            }
            if self.f(end + 1, F::The) {
                if let Some(period) = self.century(end + 2).or_else(|| self.year_forms(end + 2))
                    && matches!(period.expr, Expr::Century(_) | Expr::Decade { .. })
                {
                    return Some(Hit { start: i, modifier, ..period }.the());
                }
                if let Some((unit @ (Unit::Week | Unit::Month | Unit::Decade | Unit::Century), false)) =
                    self.unit(end + 2)
                {
                    let period = Expr::Relative { unit, offset: 0, to: RelativeTo::Discussed };
                    return Some(Hit { modifier, ..Hit::new(i, end + 3, period) }.the());
                }
            }
        }
        // "the first half of the season", "the second quarter of the game": a part of something that is no
        // period of the calendar ("the third quarter of $226 million" is the quarter's result, and stays).
        if self.f(end, F::Of) && self.f(end + 1, F::The) {
            let x = end + 2;
            let timely = self.unit(x).is_some() || self.f(x, F::Fiscal) || self.year_ref(end + 1).is_some();
            if !timely && self.get(x).is_some_and(|t| t.is_word()) {
                return None;
            }
        }
        let mut year = None;
        if let Some((y, e)) = self.quarter_year(end) {
            year = Some(y);
            end = e;
        }
        // "scored twice in the second half", "a touchdown in the fourth quarter": a game's part.
        if year.is_none() && self.in_play(i, end) {
            return None;
        }
        let hit = Hit::new(i, end, Expr::Named { name, year, shift: None });
        // "third-quarter profit": an adjective leaves "the" to its noun.
        Some(if hyphen { hit } else { hit.the() })
    }

    /// "the June quarter", "its December quarter of 2025", "the July-September quarter": the quarter of the
    /// calendar that ends with the month named (or that its three months make). A month that ends no calendar
    /// quarter ("the July quarter") names a fiscal quarter of a year that is not known, and stays a month.
    pub(super) fn month_quarter(&self, i: usize) -> Option<Hit> {
        let (first, mut k, _) = self.month(i)?;
        let mut m = first;
        let mut spanned = false;
        if self.dash(k)
            && self.glued(k)
            && self.glued(k + 1)
            && let Some((last, e, _)) = self.month(k + 1)
            && last == first + 2
        {
            (m, k, spanned) = (last, e, true);
        }
        // "the July-September period": the three months of a quarter, spanned, name it as "quarter" does.
        let named = self.unit(k) == Some((Unit::Quarter, false)) || (spanned && self.f(k, F::Period));
        if m % 3 != 0 || !named {
            return None;
        }
        let (year, end) = match self.quarter_year(k + 1) {
            Some((y, e)) => (Some(y), e),
            None => (None, k + 1),
        };
        Some(Hit::new(i, end, Expr::Named { name: Named::Quarter(m / 3), year, shift: None }).the())
    }

    /// The year after a quarter or half, from `end`: "of 2015", "of fiscal 1990", "of last year", "1990".
    fn quarter_year(&self, end: usize) -> Option<(YearSpec, usize)> {
        let of = self.f(end, F::Of);
        let y_at = if of { end + 1 } else { end };
        // "the first half of the year": the year under discussion, as "the year" alone.
        if of && self.f(y_at, F::The) && self.unit(y_at + 1) == Some((Unit::Year, false)) && !self.cap(y_at + 1) {
            return Some((YearSpec::Discussed, y_at + 2));
        }
        let y_at = if self.f(y_at, F::Fiscal) { y_at + 1 } else { y_at };
        self.year_ref(y_at)
    }

    /// True when token `k` joins two ordinals in a list: "and", "or", a comma.
    fn joins_ordinals(&self, k: usize) -> bool {
        self.p(k, ',') || self.f(k, F::And)
    }

    /// From `j`, after an ordinal: more ordinals joined to it, the last before the plural "quarters" ("and
    /// fourth quarters", ", second and third quarters"); the index of the plural.
    fn joined_quarters(&self, j: usize) -> Option<usize> {
        let mut k = j;
        for _ in 0..3 {
            if !self.joins_ordinals(k) {
                return None;
            }
            // ", and": an Oxford comma.
            if self.p(k, ',') && self.f(k + 1, F::And) {
                k += 1;
            }
            let (n, next) = self.ordinal(k + 1)?;
            if !(1..=4).contains(&n) {
                return None;
            }
            if self.unit(next) == Some((Unit::Quarter, true)) {
                return Some(next);
            }
            k = next;
        }
        None
    }

    /// A quarter with qualifiers before it: "fiscal first quarter", "1988 second quarter",
    /// "year-ago third quarter", "fiscal second-quarter".
    pub(super) fn quarter_phrase(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        let mut year = None;
        let mut back = 0;
        if self.f(j, F::Fiscal) {
            j += 1;
        }
        if let Some((y, e)) = self.year_after(j) {
            year = Some(y);
            j = e;
        } else if self.unit(j) == Some((Unit::Year, false))
            && self.dash(j + 1)
            && self.glued(j + 1)
            && self
                .lex(j + 2, |l| matches!(l, L::Function(F::Dir(Direction::Ago | Direction::Earlier))).then_some(()))
                .is_some()
        {
            back = -1;
            j += 3;
        }
        if self.f(j, F::Fiscal) {
            j += 1;
        }
        if j == i {
            return None;
        }
        let q = self.quarter(j)?;
        let Expr::Named { name, year: own, shift } = q.expr else { return None };
        let year = own.or(year).or((back != 0).then_some(YearSpec::Shift(back)));
        Some(Hit::new(i, q.end, Expr::Named { name, year, shift }).the())
    }

    /// "year-ago", "year-earlier" as adjectives ("the year-ago results"): the same period a year before.
    pub(super) fn year_ago(&self, i: usize) -> Option<Hit> {
        let dir =
            (self.unit(i) == Some((Unit::Year, false)) && self.dash(i + 1) && self.glued(i + 1) && self.glued(i + 2))
                .then(|| {
                    self.lex(i + 2, |l| match l {
                        L::Function(F::Dir(d @ (Direction::Ago | Direction::Earlier))) => Some(d),
                        _ => None,
                    })
                })
                .flatten()?;
        let to = if dir == Direction::Ago { RelativeTo::Speech } else { RelativeTo::Reference };
        Some(Hit::new(i, i + 3, Expr::Relative { unit: Unit::Year, offset: -1, to }))
    }

    /// "the 20th century", "the twentieth century", "a 19th-century novel", and "the 12th" in "the 12th and
    /// 14th centuries".
    pub(super) fn century(&self, i: usize) -> Option<Hit> {
        let (n, j) = self.ordinal(i)?;
        if !(1..=40).contains(&n) {
            return None;
        }
        if let Some((Unit::Century, _)) = self.unit(j) {
            return Some(self.century_era(i, n as i32, j + 1));
        }
        // "a 19th-century novel": the adjective, its hyphen inside ("the" before it goes with the noun).
        if self.dash(j) && self.glued(j) && self.glued(j + 1) && self.unit(j + 1) == Some((Unit::Century, false)) {
            return Some(Hit::new(i, j + 2, Expr::Century(n as i32)));
        }
        // "the 12th and 14th centuries", "the 18th to early 19th centuries": the first of two centuries that
        // write their unit once, after the second, and their era there too.
        if !(self.f(j, F::And) || self.f(j, F::To) || self.dash(j)) {
            return None;
        }
        let k = if self.edge(j + 1).is_some() { j + 2 } else { j + 1 };
        let (_, unit) = self.ordinal(k).filter(|&(m, _)| (1..=40).contains(&m))?;
        if self.unit(unit) != Some((Unit::Century, true)) {
            return None;
        }
        let n = if self.era(unit + 1) == Some(true) { -(n as i32) } else { n as i32 };
        Some(Hit::new(i, j, Expr::Century(n)).the())
    }

    /// The century `n` read in tokens `i..end`, with the era after it when one is written: "the 8th
    /// century BC" counts back from the common era. Apart from [`Grammar::century`], which every number
    /// tries, as centuries are rare.
    #[inline(never)]
    fn century_era(&self, i: usize, n: i32, end: usize) -> Hit {
        let (n, end) = match self.era(end) {
            Some(true) => (-n, end + 1),
            Some(false) => (n, end + 1),
            None => (n, end),
        };
        Hit::new(i, end, Expr::Century(n)).the()
    }

    /// "the nineties", "the eighties".
    pub(super) fn decade_word(&self, i: usize) -> Option<Hit> {
        let d = self.lex(i, |l| match l {
            L::DecadeWord(d) => Some(d),
            _ => None,
        })?;
        if self.no_decade(i) {
            return None;
        }
        Some(Hit::new(i, i + 1, Expr::Decade { first_year: i32::from(d), century_known: false }).the())
    }

    /// True when a decade written without its century at `i` is a band of something else: an age after a
    /// possessive ("in his 30s", "in their early twenties"), or a band of readings after a word for them up to
    /// sixteen tokens back in the same sentence ("temperatures climbed into the 90s", "highs on Thanksgiving
    /// Day will reach the mid-50s").
    pub(super) fn no_decade(&self, i: usize) -> bool {
        /// The most tokens between the word for the readings and the decade, its edge and "the" included.
        const GAUGE_REACH: usize = 16;
        let k = self.with_edge(i);
        // "the low 30s", "the upper-20s".
        let level = if i >= 2 && self.dash(i - 1) && self.glued(i) { Some(i - 2) } else { i.checked_sub(1) };
        (k >= 1 && self.f(k - 1, F::Owner))
            || level.is_some_and(|l| self.f(l, F::Level))
            || (k.saturating_sub(GAUGE_REACH)..k)
                .rev()
                .take_while(|&g| self.get(g).is_some_and(|t| !t.has(TERMINATOR)))
                .any(|g| self.f(g, F::Gauge))
    }

    /// Where the expression at `i` starts with the edge modifier before it: at "early" in "early summer",
    /// at "mid" in "mid-30s"; at `i` when there is none.
    pub(super) fn with_edge(&self, i: usize) -> usize {
        if i >= 2 && self.dash(i - 1) && self.glued(i) && self.edge(i - 2).is_some() {
            i - 2
        } else if i >= 1 && self.edge(i - 1).is_some() {
            i - 1
        } else {
            i
        }
    }

    /// "summer", "the summer of 1998", "winter 2015": a season where the words around it make it one.
    pub(super) fn season(&self, i: usize) -> Option<Hit> {
        self.season_joined(i, true)
    }

    /// [`Grammar::season`], which takes a season joined to one before it ("in spring and autumn") when `join`
    /// is true (the one before is then read without it: no chain is followed back).
    fn season_joined(&self, i: usize, join: bool) -> Option<Hit> {
        let s = self.lex(i, |l| match l {
            L::Season(s) => Some(s),
            _ => None,
        })?;
        // "expected to fall next year", "will fall in 2027", "could spring back": a season word that is also a
        // verb is one after "to", a modal or "will", whatever follows it but a year in full ("from spring 2019
        // to fall 2021"); "through", "until" end a range ("through spring 2021").
        let verb = self.get(i).is_some_and(|t| t.is(L::Ambiguous))
            && self.follows(i, bit::BEFORE_VERB)
            && !self.follows(i, L::Function(F::Until).bit());
        let j = if self.f(i + 1, F::Of) { i + 2 } else { i + 1 };
        let year = self.year_ref(j);
        if verb && !matches!(year, Some((YearSpec::Full(_), _))) {
            return None;
        }
        // "the summer of 1998", "the spring of next year", "summer last year".
        if let Some((y, mut k)) = year {
            // "the winter of 1944-45", "winter 2015/16": a winter that runs into the next year is named by its
            // first.
            if let YearSpec::Full(first) = y
                && (self.dash(k) || self.p(k, '/'))
                && self.glued(k)
                && self.glued(k + 1)
                && let Some(n) = self.get(k + 1).and_then(Token::num)
                && match year_digits(n) {
                    Some(YearSpec::Short(v)) => i64::from(v) == (i64::from(first) + 1).rem_euclid(100),
                    Some(YearSpec::Full(v)) => first.checked_add(1) == Some(v),
                    _ => false,
                }
            {
                k += 2;
            }
            return Some(Hit::new(i, k, Expr::Named { name: Named::Season(s), year: Some(y), shift: None }).the());
        }
        // The words before the season and its modifier: "in early summer", "the late spring", "mid-summer".
        let at = self.with_edge(i);
        let prev = at.checked_sub(1).and_then(|p| self.get(p));
        let prev2 = at.checked_sub(2).and_then(|p| self.get(p));
        let temporal_prep = |t: Option<&Token>| {
            t.is_some_and(|t| {
                t.lex().iter().any(|l| {
                    matches!(l, L::Function(F::In | F::Since | F::Preposition | F::To | F::Before | F::After | F::Of))
                })
            })
        };
        let after_the = prev.is_some_and(|t| t.is(L::Function(F::The)));
        let ambiguous = self.get(i).is_some_and(|t| t.is(L::Ambiguous));
        // "to fall", "to spring": a verb.
        let infinitive = ambiguous && prev.is_some_and(|t| t.is(L::Function(F::To)));
        // "in spring and autumn": the second of two seasons joined by "and" or "or" (the first one made so by
        // the words before it).
        let season_at = |t: Option<&Token>| t.is_some_and(|t| t.any(bit::SEASON));
        let joined = join && prev.is_some_and(|t| t.is(L::Function(F::And))) && season_at(prev2) && {
            let first = at.saturating_sub(2);
            self.season_joined(first, false).is_some_and(|h| h.end == first + 1)
        };
        let ok = !infinitive && (temporal_prep(prev) || joined || (after_the && (temporal_prep(prev2) || !ambiguous)));
        if !ok || self.f(i + 1, F::Of) {
            return None;
        }
        Some(Hit::new(i, i + 1, Expr::Named { name: Named::Season(s), year: None, shift: None }).the())
    }

    /// "Christmas", "New Year's Day", "Easter 2016".
    pub(super) fn holiday(&self, i: usize) -> Option<Hit> {
        let first = self.get(i)?;
        // The lexicon marks the first word of every holiday's name (in lowercase, as the table has them). A
        // name is read capitalized, but for "the new year" (below).
        let lower = !first.has(CAPITALIZED);
        if !first.is_word() || !first.any(bit::HOLIDAY) || (lower && !(i > 0 && self.f(i - 1, F::The))) {
            return None;
        }
        // The first holiday of the table whose words all follow, possessives and dots skipped: only those
        // whose name starts with this word are read ("May", "Black" start names, and mostly other phrases).
        let group = first.find(|l| match l {
            L::HolidayStart(g) => Some(g),
            _ => None,
        })?;
        let (holiday, last) = self.lx.holidays_from(group).find_map(|h| {
            let rest = h.words.get(1..)?;
            let mut k = i;
            for w in rest {
                k = self.name_word(k + 1)?;
                if !self.get(k)?.text(self.text).eq_ignore_ascii_case(w) {
                    return None;
                }
            }
            Some((h, k))
        })?;
        let new_year = holiday.rule == HolidayRule::NewYear;
        // A capitalized word before "New Year" makes another name ("Lunar New Year", "Chinese New Year").
        let named_before =
            || i > 0 && !self.f(i - 1, F::The) && self.get(i - 1).is_some_and(|t| t.is_word() && t.has(CAPITALIZED));
        if if new_year { named_before() } else { lower } {
            return None;
        }
        let mut end = last + 1;
        let mut year = None;
        let y_at = if self.f(end, F::Of) { end + 1 } else { end };
        if let Some((y, e)) = self.year_after(y_at).or_else(|| self.day_year_ref(y_at)) {
            year = Some(y);
            end = e;
        }
        let day = Expr::Named { name: Named::Holiday(holiday.rule), year, shift: None };
        // "Easter week", "Christmas week": the week that holds the day.
        if year.is_none() && matches!(self.unit(end), Some((Unit::Week, false))) {
            return Some(Hit::new(i, end + 1, Expr::WeekOf(Box::new(day))));
        }
        // "the Memorial Day weekend", "Thanksgiving weekend": the weekend beside the day, with its article.
        if year.is_none() && matches!(self.unit(end), Some((Unit::Weekend, false))) {
            return Some(Hit::new(i, end + 1, Expr::WeekendOf(Box::new(day))).the());
        }
        // "the new year" takes its article, as a season does.
        let hit = Hit::new(i, end, day);
        Some(if new_year { hit.the() } else { hit })
    }

    /// The index of the next word of a name from `k` on, past dots, possessives and hyphens between words
    /// ("St. Patrick's Day", "Eid al-Fitr"); `None` when something else comes first.
    fn name_word(&self, mut k: usize) -> Option<usize> {
        loop {
            let t = self.get(k)?;
            let text = t.text(self.text);
            let hyphen = t.is_punct('-') && self.glued(k) && self.glued(k + 1);
            if t.is_punct('.') || hyphen || text.starts_with('\'') || text.starts_with('\u{2019}') {
                k += 1;
                continue;
            }
            return t.is_word().then_some(k);
        }
    }

    /// "now", "currently", "recently"; "in future", "at present".
    pub(super) fn reference(&self, i: usize) -> Option<Hit> {
        if let Some(r) = self.lex(i, |l| match l {
            L::Reference(r) => Some(r),
            _ => None,
        }) {
            // "as recently as 2019": the time after it is meant.
            if self.in_equative(i) {
                return None;
            }
            // "soon after the capture", "was soon released", "soon became": shortly after another time, no
            // future.
            if r == Reference::Future {
                const PAST: u128 = L::PastMarker.bit() | L::Speech.bit();
                let after_past = i > 0 && self.t[i - 1].any(PAST);
                let before_past = self.get(i + 1).is_some_and(|t| {
                    t.any(PAST) || (t.is_word() && !t.has(CAPITALIZED) && self.lx.looks_past(t.text(self.text)))
                });
                if after_past || before_past || self.f(i + 1, F::After) || self.f(i + 1, F::Before) {
                    return None;
                }
            }
            return Some(Hit::new(i, i + 1, Expr::Reference(r)));
        }
        let r = self.lex(i, |l| match l {
            L::BoundReference(r @ (Reference::Future | Reference::Present)) => Some(r),
            _ => None,
        })?;
        let after_prep = i > 0 && (self.f(i - 1, F::In) || self.f(i - 1, F::At));
        // "in future talks" is an adjective; "in future," and "at present" are references.
        (after_prep && !self.unknown_word(i + 1)).then(|| Hit::new(i, i + 1, Expr::Reference(r)))
    }

    /// "a later date", "a future time": the future, unnamed.
    pub(super) fn unnamed_later(&self, i: usize) -> Option<Hit> {
        let later = self.f(i + 1, F::Dir(Direction::Later))
            || self.get(i + 1).is_some_and(|t| t.is(L::BoundReference(Reference::Future)));
        (later && (self.f(i + 2, F::Date) || self.f(i + 2, F::Time)))
            .then(|| Hit::new(i, i + 3, Expr::Reference(Reference::Future)))
    }

    /// "semi-annually" (every six months), "bi-weekly" (every two weeks): the word of frequency at `i` with
    /// the prefix and hyphen before it, where the period halved or doubled is whole ("semi-weekly" and
    /// "bi-annually", which is read both ways, are left to the word alone).
    fn frequency_prefixed(&self, i: usize, unit: Unit) -> Option<Hit> {
        let p = i.checked_sub(2)?;
        if !(self.dash(i - 1) && self.glued(i - 1) && self.glued(i)) {
            return None;
        }
        let halves = self.lex(p, |l| match l {
            L::FrequencyPrefix(halves) => Some(halves),
            _ => None,
        })?;
        let (n, unit) = match (halves, unit) {
            (true, Unit::Year) => (1, Unit::Half),
            (true, Unit::Day) => (12, Unit::Hour),
            (false, Unit::Week | Unit::Month) => (2, unit),
            _ => return None,
        };
        Some(Hit::new(p, i + 1, Expr::Set(Recurrence::Every { n, unit })))
    }

    /// Sets: "daily", "every Monday", "each year", "every two weeks", "per day", "each July".
    pub(super) fn set(&self, i: usize) -> Option<Hit> {
        let t = self.get(i)?;
        if let Some(unit) = t.find(|l| match l {
            L::Frequency(u) => Some(u),
            _ => None,
        }) {
            return Some(
                self.frequency_prefixed(i, unit)
                    .unwrap_or_else(|| Hit::new(i, i + 1, Expr::Set(Recurrence::Every { n: 1, unit }))),
            );
        }
        if !t.is(L::Function(F::Every)) {
            return None;
        }
        let mut j = i + 1;
        // "every other week", "every third year", "every second Tuesday": the step before a unit or a weekday
        // ("second" is read so before one, and is a unit otherwise: "once every second").
        let step = if self.f(j, F::Other) { Some((2, j + 1)) } else { self.ordinal(j).filter(|&(n, _)| n > 1) };
        if let Some((n, k)) = step {
            if let Some((unit, false)) = self.unit(k) {
                return Some(Hit::new(i, k + 1, Expr::Set(Recurrence::Every { n, unit })));
            }
            if self.weekday(k).is_some() {
                j = k;
            }
        }
        if let Some((unit, _)) = self.unit(j).filter(|_| j == i + 1) {
            return Some(Hit::new(i, j + 1, Expr::Set(Recurrence::Every { n: 1, unit })));
        }
        // "every half hour", "every half-day": half the unit, in the next smaller one.
        if self.f(j, F::Half) && j == i + 1 {
            let k = if self.dash(j + 1) && self.glued(j + 1) && self.glued(j + 2) { j + 2 } else { j + 1 };
            let (n, unit) = match self.unit(k)? {
                (Unit::Hour, false) => (30, Unit::Minute),
                (Unit::Minute, false) => (30, Unit::Second),
                (Unit::Day, false) => (12, Unit::Hour),
                (Unit::Year, false) => (1, Unit::Half),
                _ => return None,
            };
            return Some(Hit::new(i, k + 1, Expr::Set(Recurrence::Every { n, unit })));
        }
        if let Some((d, k, false)) = self.weekday(j) {
            let part = self.part_of_day(k);
            let end = if part.is_some() { k + 1 } else { k };
            return Some(Hit::new(i, end, Expr::Set(Recurrence::Weekday { day: d, part })));
        }
        // "every Christmas", "each May Day", "every March 1": a day of every year (not "every May" of "every May
        // Day"); a holiday whose day moves ("every Thanksgiving") is read as the one day.
        if let Some(day) = self.holiday(j).or_else(|| self.month_first(j))
            && let Expr::Named { name: Named::Holiday(HolidayRule::Fixed { month, day: d }), year: None, .. }
            | Expr::Date { year: None, month: Some(month), day: Some(d) } = day.expr
        {
            return Some(Hit::new(i, day.end, Expr::Set(Recurrence::Day { month, day: d })));
        }
        if let Some((m, k, false)) = self.month(j) {
            return Some(Hit::new(i, k, Expr::Set(Recurrence::Month(m))));
        }
        // "every night", "each morning", "every summer".
        if let Some(part) = self.part_of_day(j) {
            return Some(Hit::new(i, j + 1, Expr::Set(Recurrence::PartOfDay(part))));
        }
        if let Some(season) = self.lex(j, |l| match l {
            L::Season(s) => Some(s),
            _ => None,
        }) {
            return Some(Hit::new(i, j + 1, Expr::Set(Recurrence::Season(season))));
        }
        if let Some((n, k)) = self.count(j, false)
            && let Some((unit, true)) = self.unit(k)
        {
            return Some(Hit::new(i, k + 1, Expr::Set(Recurrence::Every { n, unit })));
        }
        // "every few years", "every several weeks".
        if self.f(j, F::Few)
            && let Some((unit, true)) = self.unit(j + 1)
        {
            return Some(Hit::new(i, j + 2, Expr::Set(Recurrence::EveryFew(unit))));
        }
        None
    }
}
