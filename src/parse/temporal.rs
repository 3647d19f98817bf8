//! The temporal grammar: finds every temporal expression in a token stream.
//!
//! At each token the grammar tries every pattern that can start there and
//! keeps the longest match; then it moves past it. Patterns read the
//! lexicon's readings of words, never the words themselves, so the same
//! code serves another language's table. Spans follow the TimeML
//! guidelines: the determiner and the modifiers that belong to the
//! expression are inside ("the past three months", "mid-November",
//! "about two years"), the preposition before it is not ("in", "on",
//! "since"), and neither is a possessive `'s`.

use super::expr::{Amount, Expr, Lead, Mention, Named, RangeRole, Recurrence, RelativeTo, Tense, YearSpec};
use super::tokens::{CAPITALIZED, Kind, Marks, NEWLINE_BEFORE, NumSuffix, Token};
use crate::lang::{Direction, Function as F, Lexeme as L, Lexicon, Modifier, PartOfDay, Reference, Shift, Unit};

/// The reading bits that let a word start each pattern.
mod bit {
    use crate::lang::{Function as F, Lexeme as L, Modifier, PartOfDay, Reference, Season, Shift, Unit};

    pub const THE: u128 = L::Function(F::The).bit();
    pub const ARTICLE: u128 = L::Function(F::A).bit();
    pub const MODIFIER: u128 = L::Modifier(Modifier::Start).bit();
    pub const APPROX: u128 = MODIFIER
        | L::Function(F::More).bit()
        | L::Function(F::Less).bit()
        | L::Function(F::At).bit()
        | L::Function(F::Up).bit()
        | L::Function(F::No).bit()
        | L::Function(F::Over).bit();
    pub const DIR: u128 = L::Function(F::Dir(crate::lang::Direction::Ago)).bit();
    pub const CARDINAL: u128 = L::Cardinal(0).bit();
    pub const SHIFT: u128 = L::Shift(Shift::This).bit() | L::AnaphoricShift(Shift::This).bit();
    pub const MONTH: u128 = L::Month(0).bit() | L::MonthAbbr(0).bit();
    pub const WEEKDAY: u128 = L::Weekday(0).bit() | L::WeekdayAbbr(0).bit() | L::WeekdayPlural(0).bit();
    pub const DAY_WORD: u128 = L::DayWord(0).bit() | L::Tonight.bit();
    pub const UNIT: u128 = L::Unit(Unit::Day, false).bit();
    pub const COUNT: u128 = CARDINAL
        | UNIT
        | ARTICLE
        | L::Function(F::Couple).bit()
        | L::Function(F::Times).bit()
        | L::Function(F::Recent).bit()
        | L::Function(F::Few).bit();
    pub const SET: u128 = L::Frequency(Unit::Day).bit() | L::Function(F::Every).bit();
    pub const HOLIDAY: u128 = L::HolidayStart.bit();
    pub const SEASON: u128 = L::Season(Season::Summer).bit();
    pub const REFERENCE: u128 = L::Reference(Reference::Past).bit() | L::BoundReference(Reference::Past).bit();
    pub const ORDINAL: u128 = L::Ordinal(0).bit();
    pub const DECADE: u128 = L::DecadeWord(0).bit();
    pub const PART: u128 = L::PartOfDay(PartOfDay::Night).bit() | L::StandalonePart(PartOfDay::Night).bit();
    pub const FISCAL: u128 = L::Function(F::Fiscal).bit();
    pub const THESE: u128 = L::Function(F::These).bit();
    pub const PERIOD_LETTER: u128 = L::PeriodLetter(Unit::Quarter).bit();
    /// Every bit above: a word with none of them starts no pattern.
    pub const START: u128 = THE
        | MODIFIER
        | APPROX
        | DIR
        | SHIFT
        | MONTH
        | WEEKDAY
        | DAY_WORD
        | COUNT
        | SET
        | HOLIDAY
        | SEASON
        | REFERENCE
        | ORDINAL
        | DECADE
        | PART
        | FISCAL
        | THESE
        | PERIOD_LETTER;
}

/// How deep prefixes may nest ("the end of early ..."), so that adversarial repetition stays linear.
const MAX_DEPTH: u8 = 3;

/// The most days a list before its month may hold ("5, 6 and 7 November"), so that a run of numbers
/// costs a bounded look-ahead at each.
const MAX_LIST_DAYS: usize = 8;

/// Finds every temporal expression in `text`, given its tokens.
///
/// ```
/// use timeline_extract::lang::Lexicon;
/// use timeline_extract::parse::{temporal, tokens};
///
/// let text = "On October 7, four ships fired 26 missiles; in mid-November the group grew.";
/// let mut toks = Vec::new();
/// tokens::tokenize(text, Lexicon::english(), &mut toks);
/// let found: Vec<&str> = temporal::recognize(text, &toks, Lexicon::english())
///     .iter()
///     .map(|m| &text[m.start..m.end])
///     .collect();
/// assert_eq!(found, ["October 7", "mid-November"]);
/// ```
pub fn recognize(text: &str, tokens: &[Token<'_>], lexicon: &Lexicon) -> Vec<Mention> {
    let mut out = Vec::new();
    recognize_into(text, tokens, lexicon, &mut out);
    out
}

/// The tokens that may start a pattern: numbers, apostrophes, and words with a reading that starts one.
/// [`tokens::tokenize_line_marked`](super::tokens::tokenize_line_marked) finds them as it tokenizes, for
/// [`recognize_marked`].
pub const STARTS: Marks = Marks { words: bit::START, numbers: true, apostrophes: true };

/// Like [`recognize`], appending to `out`. The tokens are those of one line.
pub fn recognize_into(text: &str, tokens: &[Token<'_>], lexicon: &Lexicon, out: &mut Vec<Mention>) {
    let starts = (0..tokens.len()).filter(|&i| STARTS.meets(&tokens[i]));
    recognize_at(text, tokens, starts, lexicon, out);
}

/// Like [`recognize_into`], given the indices of the line's tokens that [`STARTS`] marks, in order: only
/// they are tried.
pub fn recognize_marked(text: &str, tokens: &[Token<'_>], starts: &[usize], lexicon: &Lexicon, out: &mut Vec<Mention>) {
    recognize_at(text, tokens, starts.iter().copied(), lexicon, out);
}

fn recognize_at(
    text: &str,
    tokens: &[Token<'_>],
    starts: impl Iterator<Item = usize>,
    lexicon: &Lexicon,
    out: &mut Vec<Mention>,
) {
    let g = Grammar { text, t: tokens, lx: lexicon };
    let first = out.len();
    let mut next = 0;
    for i in starts {
        if i < next {
            continue;
        }
        if let Some(hit) = g.at(i, 0).filter(|h| h.end > i) {
            // Past the second end of a range too ("1 to 15 October" is read once).
            next = hit.range_end.as_ref().map_or(hit.end, |r| r.end.max(hit.end));
            g.emit(hit, out);
        }
    }
    link_ranges(text, lexicon, &mut out[first..]);
    attach_days(text, lexicon, &mut out[first..]);
}

/// A match: tokens `start..end`, what they say, and a second end of a range when the pattern read one.
#[derive(Debug)]
struct Hit {
    start: usize,
    end: usize,
    expr: Expr,
    modifier: Option<Modifier>,
    /// Licenses a determiner before it ("the third quarter").
    takes_the: bool,
    range_end: Option<Box<Hit>>,
}

impl Hit {
    fn new(start: usize, end: usize, expr: Expr) -> Hit {
        Hit { start, end, expr, modifier: None, takes_the: false, range_end: None }
    }

    fn the(mut self) -> Hit {
        self.takes_the = true;
        self
    }
}

struct Grammar<'a, 'l> {
    text: &'a str,
    t: &'a [Token<'l>],
    lx: &'a Lexicon,
}

fn off(shift: Shift) -> i32 {
    match shift {
        Shift::Last => -1,
        Shift::Next => 1,
        _ => 0,
    }
}

impl<'a, 'l> Grammar<'a, 'l> {
    // ---------------------------------------------------------------- token tests

    fn get(&self, i: usize) -> Option<&Token<'l>> {
        self.t.get(i)
    }

    fn f(&self, i: usize, f: F) -> bool {
        self.get(i).is_some_and(|t| t.is(L::Function(f)))
    }

    fn p(&self, i: usize, c: char) -> bool {
        self.get(i).is_some_and(|t| t.is_punct(c))
    }

    fn dash(&self, i: usize) -> bool {
        self.get(i).is_some_and(|t| matches!(t.kind, Kind::Punct('-' | '\u{2013}' | '\u{2014}')))
    }

    fn glued(&self, i: usize) -> bool {
        self.get(i).is_some_and(|t| !t.spaced())
    }

    fn cap(&self, i: usize) -> bool {
        self.get(i).is_some_and(|t| t.has(CAPITALIZED))
    }

    fn lex<T>(&self, i: usize, f: impl Fn(L) -> Option<T>) -> Option<T> {
        self.get(i).and_then(|t| t.find(f))
    }

    /// Like [`Grammar::lex`] where `f` accepts only readings of the kinds in `mask` (a union of
    /// [`L::bit`]s): the readings are read only when the token has one of those kinds, which most lack.
    #[inline]
    fn lex_in<T>(&self, i: usize, mask: u128, f: impl Fn(L) -> Option<T>) -> Option<T> {
        self.get(i).filter(|t| t.any(mask)).and_then(|t| t.find(f))
    }

    fn unit(&self, i: usize) -> Option<(Unit, bool)> {
        self.lex_in(i, bit::UNIT, |l| match l {
            L::Unit(u, plural) => Some((u, plural)),
            _ => None,
        })
    }

    fn shift(&self, i: usize) -> Option<Shift> {
        self.lex_in(i, L::Shift(Shift::This).bit(), |l| match l {
            L::Shift(s) => Some(s),
            _ => None,
        })
    }

    /// A part of the day, in the singular.
    fn part_of_day(&self, i: usize) -> Option<PartOfDay> {
        self.lex_in(i, bit::PART, |l| match l {
            L::PartOfDay(p) | L::StandalonePart(p) => Some(p),
            _ => None,
        })
    }

    /// A part of the day in the plural ("nights").
    fn part_of_day_plural(&self, i: usize) -> Option<PartOfDay> {
        self.lex_in(i, L::PartOfDayPlural(PartOfDay::Night).bit(), |l| match l {
            L::PartOfDayPlural(p) => Some(p),
            _ => None,
        })
    }

    fn edge(&self, i: usize) -> Option<Modifier> {
        self.lex_in(i, bit::MODIFIER, |l| match l {
            L::Modifier(m @ (Modifier::Start | Modifier::Mid | Modifier::End)) => Some(m),
            _ => None,
        })
    }

    fn is_identifier_letters(&self, i: usize) -> bool {
        // A word with no temporal reading, glued to a number: "Su" in "Su-24", "M" in "24M".
        self.get(i).is_some_and(|t| {
            t.is_word()
                && !t.lex().iter().any(|l| {
                    !matches!(
                        l,
                        L::Function(_) | L::Speech | L::PastMarker | L::FutureMarker | L::ReferenceNoun | L::Magnitude
                    )
                })
        })
    }

    /// True when the number at `i` is part of a code or model name ("Su-24M", "KAB-500", "H-29L", "COVID-19").
    fn identifier_number(&self, i: usize) -> bool {
        let glued_before = i > 0 && self.glued(i);
        if glued_before && self.is_identifier_letters(i - 1) {
            return true;
        }
        if glued_before && i >= 2 && self.dash(i - 1) && self.glued(i - 1) {
            if self.is_identifier_letters(i - 2) {
                return true;
            }
            // "555-1234": a number glued by a dash to a number before it.
            if self.get(i - 2).is_some_and(|t| t.num().is_some()) {
                return true;
            }
        }
        if self.glued(i + 1) && self.is_identifier_letters(i + 1) {
            return true;
        }
        false
    }

    fn sentence_initial(&self, i: usize) -> bool {
        if i == 0 || self.t[i].has(NEWLINE_BEFORE) {
            return true;
        }
        match self.t[i - 1].kind {
            Kind::Punct('.' | '!' | '?' | ':' | ';') => true,
            Kind::Punct('"' | '\u{201c}' | '(' | '[' | '\'' | '\u{2018}') => self.sentence_initial(i - 1),
            _ => false,
        }
    }

    // ---------------------------------------------------------------- numbers

    /// A cardinal written in words: "seven", "twenty-four", "two hundred".
    fn word_number(&self, i: usize) -> Option<(u32, usize)> {
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
        if value < 100 {
            if let Some(m) = self.lex_in(j, bit::CARDINAL, card).filter(|m| *m == 100 || *m == 1000) {
                value *= m;
                j += 1;
            }
        }
        Some((value, j))
    }

    /// A count of things: digits, number words, "a couple of", and "a"/"an" for one when `article` is set.
    fn count(&self, i: usize, article: bool) -> Option<(u32, usize)> {
        let t = self.get(i)?;
        if let Some(n) = t.num() {
            if n.suffix != NumSuffix::None || n.value > 1_000_000 || self.identifier_number(i) {
                return None;
            }
            if i > 0 && matches!(self.t[i - 1].kind, Kind::Punct('$' | '\u{20ac}' | '\u{a3}' | '#')) {
                return None;
            }
            return Some((n.value as u32, i + 1));
        }
        if t.is(L::Function(F::A)) {
            if self.f(i + 1, F::Couple) && self.f(i + 2, F::Of) {
                return Some((2, i + 3));
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

    /// An ordinal: "7th", "seventh", "twenty-first".
    fn ordinal(&self, i: usize) -> Option<(u32, usize)> {
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
    fn day(&self, i: usize) -> Option<(u8, usize)> {
        let t = self.get(i)?;
        if let Some(n) = t.num() {
            let ok = !n.grouped && n.digits <= 2 && (1..=31).contains(&n.value) && n.suffix != NumSuffix::Plural;
            return (ok && !self.identifier_number(i)).then_some((n.value as u8, i + 1));
        }
        let (n, j) = self.ordinal(i)?;
        (1..=31).contains(&n).then_some((n as u8, j))
    }

    /// A year in words: "nineteen ninety-six", "twenty fifteen".
    fn year_words(&self, i: usize) -> Option<(i32, usize)> {
        let century = self.lex_in(i, bit::CARDINAL, |l| match l {
            L::Cardinal(n) if (11..=20).contains(&n) => Some(n),
            _ => None,
        })?;
        let (rest, end) = self.word_number(i + 1).filter(|(n, _)| (10..100).contains(n))?;
        Some(((century * 100 + rest) as i32, end))
    }

    /// A year written after a day or month: four digits, an apostrophe and two ("'15"), or words.
    fn year_after(&self, i: usize) -> Option<(YearSpec, usize)> {
        if let Some((y, end)) = self.year_words(i) {
            return Some((YearSpec::Full(y), end));
        }
        let t = self.get(i)?;
        if let Some(n) = t.num() {
            if n.digits == 4 && !n.grouped && n.suffix == NumSuffix::None && (1000..=9999).contains(&n.value) {
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

    // ---------------------------------------------------------------- names

    /// A month name or abbreviation: returns the month, the index after it, and whether it was abbreviated.
    fn month(&self, i: usize) -> Option<(u8, usize, bool)> {
        let t = self.get(i)?;
        if !t.has(CAPITALIZED) || !t.any(bit::MONTH) {
            return None;
        }
        if let Some(m) = t.find(|l| match l {
            L::Month(m) => Some(m),
            _ => None,
        }) {
            return Some((m, i + 1, false));
        }
        let m = t.find(|l| match l {
            L::MonthAbbr(m) => Some(m),
            _ => None,
        })?;
        let j = if self.p(i + 1, '.') && self.glued(i + 1) { i + 2 } else { i + 1 };
        Some((m, j, true))
    }

    fn weekday(&self, i: usize) -> Option<(u8, usize, bool)> {
        let t = self.get(i)?;
        if !t.has(CAPITALIZED) || !t.any(bit::WEEKDAY) {
            return None;
        }
        if let Some(d) = t.find(|l| match l {
            L::Weekday(d) => Some(d),
            _ => None,
        }) {
            return Some((d, i + 1, false));
        }
        let d = t.find(|l| match l {
            L::WeekdayAbbr(d) => Some(d),
            _ => None,
        })?;
        let j = if self.p(i + 1, '.') && self.glued(i + 1) { i + 2 } else { i + 1 };
        Some((d, j, true))
    }

    /// A month standing alone is a month only where the words around it say so ("in May", "last March").
    fn month_alone_ok(&self, i: usize, j: usize) -> bool {
        if self.sentence_initial(i) {
            return self.p(j, ',')
                || self.get(j).is_some_and(|t| t.lex().iter().any(|l| matches!(l, L::Function(F::And | F::To))));
        }
        let prev = &self.t[i - 1];
        if matches!(prev.kind, Kind::Punct(',' | '(' | '-' | '/')) {
            return !self.cap(j) || self.get(j).is_some_and(|t| !t.lex().is_empty());
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
            )
        })
    }

    // ---------------------------------------------------------------- dispatch

    /// The longest expression that starts at token `i`.
    #[inline]
    fn at(&self, i: usize, depth: u8) -> Option<Hit> {
        if depth > MAX_DEPTH {
            return None;
        }
        let t = self.get(i)?;
        // Most tokens can start nothing: words with no reading that starts a pattern, and punctuation but
        // the apostrophe. The commonest starters, "the" and the article, start one pattern each.
        match t.kind {
            Kind::Word => match t.bits() & bit::START {
                0 => None,
                bit::THE => self.the_prefixed(i, depth),
                bit::ARTICLE => self.counted(i),
                _ => self.every(i, depth),
            },
            Kind::Punct(c) if c != '\'' && c != '\u{2019}' => None,
            _ => self.every(i, depth),
        }
    }

    /// The longest expression that starts at token `i`, trying every pattern the token can start.
    fn every(&self, i: usize, depth: u8) -> Option<Hit> {
        let t = self.get(i)?;
        let mut best: Option<Hit> = None;
        let mut consider = |h: Option<Hit>| {
            if let Some(h) = h {
                if best.as_ref().is_none_or(|b| h.end > b.end) {
                    best = Some(h);
                }
            }
        };
        match t.kind {
            Kind::Number(_) => {
                consider(self.numeric_date(i));
                consider(self.day_first(i));
                consider(self.day_list(i));
                consider(self.lettered_period(i));
                consider(self.clock_with_day(i));
                consider(self.year_forms(i));
                consider(self.counted(i));
                consider(self.quarter(i));
                consider(self.century(i));
            }
            Kind::Word => {
                // Each pattern is tried only where the token can start it.
                let k = |mask: u128| t.any(mask);
                if k(bit::THE) {
                    consider(self.the_prefixed(i, depth));
                }
                if k(bit::MODIFIER) {
                    consider(self.edge_prefixed(i, depth));
                }
                if k(bit::APPROX) {
                    consider(self.approx_prefixed(i, depth));
                }
                if k(bit::DIR) {
                    consider(self.dir_prefixed(i, depth));
                }
                if k(bit::CARDINAL) {
                    consider(self.year_words(i).map(|(y, end)| {
                        Hit::new(i, end, Expr::Date { year: Some(YearSpec::Full(y)), month: None, day: None })
                    }));
                }
                if k(bit::SHIFT) {
                    consider(self.shifted(i));
                    consider(self.quarter(i));
                }
                if k(bit::MONTH) {
                    consider(self.month_first(i));
                }
                if k(bit::WEEKDAY) {
                    consider(self.weekday_forms(i));
                }
                if k(bit::DAY_WORD) {
                    consider(self.day_word(i));
                }
                if k(bit::COUNT) {
                    consider(self.counted(i));
                }
                if k(bit::SET) {
                    consider(self.set(i));
                }
                if k(bit::HOLIDAY) {
                    consider(self.holiday(i));
                }
                if k(bit::SEASON) {
                    consider(self.season(i));
                }
                if k(bit::REFERENCE) {
                    consider(self.reference(i));
                }
                if k(bit::ORDINAL) {
                    consider(self.quarter(i));
                    consider(self.century(i));
                }
                if k(bit::DECADE) {
                    consider(self.decade_word(i));
                }
                if k(bit::PART) {
                    consider(self.part_of_day_alone(i));
                }
                if k(bit::FISCAL) {
                    consider(self.fiscal(i));
                }
                if k(bit::PERIOD_LETTER) {
                    consider(self.lettered_period(i));
                }
                if k(bit::THESE) && self.unit(i + 1) == Some((Unit::Day, true)) {
                    // "these days": the present.
                    consider(Some(Hit::new(i, i + 2, Expr::Reference(Reference::Present))));
                }
                if k(bit::FISCAL | bit::UNIT) {
                    consider(self.quarter_phrase(i));
                }
                if k(bit::UNIT) {
                    consider(self.year_ago(i));
                }
                if k(bit::ORDINAL | bit::CARDINAL) {
                    consider(self.day_first(i));
                    consider(self.day_list(i));
                }
            }
            Kind::Punct('\'' | '\u{2019}') => consider(self.year_forms(i)),
            _ => {}
        }
        best
    }

    // ---------------------------------------------------------------- dates

    /// "October 7, 2015", "Oct. 7", "October 7th", "October 2015", "October of 2015", "October".
    fn month_first(&self, i: usize) -> Option<Hit> {
        let (m, j, abbr) = self.month(i)?;
        if let Some((d, k)) = self.day(j) {
            let clock_follows = self.p(k, ':') && self.glued(k) && self.glued(k + 1);
            let unit_follows = self.unit(k).is_some() || clock_follows || self.p(k, '%');
            if self.get(j).is_some_and(Token::spaced) && !unit_follows {
                let k2 = if self.p(k, ',') { k + 1 } else { k };
                if let Some((y, k3)) = self.year_after(k2) {
                    let date = Expr::Date { year: Some(y), month: Some(m), day: Some(d) };
                    return Some(self.with_clock(Hit::new(i, k3, date)));
                }
                let date = Expr::Date { year: None, month: Some(m), day: Some(d) };
                let mut hit = self.with_clock(Hit::new(i, k, date));
                hit.range_end = self.day_range_tail(k, m, None);
                return Some(hit);
            }
        }
        let k = if self.f(j, F::Of) || self.p(j, ',') { j + 1 } else { j };
        if let Some((y, k2)) = self.year_after(k) {
            return Some(Hit::new(i, k2, Expr::Date { year: Some(y), month: Some(m), day: None }));
        }
        // "January this year", "July last year".
        if let (Some(shift), Some((Unit::Year, false))) = (self.shift(j), self.unit(j + 1)) {
            let year = Some(YearSpec::Shift(off(shift)));
            return Some(Hit::new(i, j + 2, Expr::Date { year, month: Some(m), day: None }));
        }
        // A glued two-digit year: "Nov15".
        if let Some(n) = self.get(j).and_then(Token::num) {
            if n.digits == 2 && self.glued(j) && abbr && n.suffix == NumSuffix::None {
                return Some(Hit::new(
                    i,
                    j + 1,
                    Expr::Date { year: Some(YearSpec::Short(n.value as u8)), month: Some(m), day: None },
                ));
            }
        }
        if !abbr && self.month_alone_ok(i, j) {
            return Some(Hit::new(i, j, Expr::Date { year: None, month: Some(m), day: None }));
        }
        None
    }

    /// "7 October 2015", "7th of October", "30 Sep, 2015", "30Nov15", "09 May 2021".
    fn day_first(&self, i: usize) -> Option<Hit> {
        let (d, j) = self.day(i)?;
        self.day_first_from(i, d, j)
    }

    /// A day-first date whose day `d` has been read at `i`, up to `j`.
    fn day_first_from(&self, i: usize, d: u8, j: usize) -> Option<Hit> {
        let k = if self.f(j, F::Of) { j + 1 } else { j };
        let (m, k2, _) = self.month(k)?;
        let compact = !self.t[k].spaced() && self.get(i).is_some_and(|t| t.num().is_some());
        if compact {
            if let Some(n) = self.get(k2).and_then(Token::num).filter(|_| self.glued(k2)) {
                let year = match n.digits {
                    2 => Some(YearSpec::Short(n.value as u8)),
                    4 => Some(YearSpec::Full(n.value as i32)),
                    _ => None,
                };
                if year.is_some() && n.suffix == NumSuffix::None {
                    return Some(Hit::new(i, k2 + 1, Expr::Date { year, month: Some(m), day: Some(d) }));
                }
            }
        }
        let k3 = if self.p(k2, ',') { k2 + 1 } else { k2 };
        if let Some((y, k4)) = self.year_after(k3) {
            let date = Expr::Date { year: Some(y), month: Some(m), day: Some(d) };
            return Some(self.with_clock(Hit::new(i, k4, date)));
        }
        Some(Hit::new(i, k2, Expr::Date { year: None, month: Some(m), day: Some(d) }))
    }

    /// The first days of "10-11 October", "1 to 15 October", "between 5 and 7 November" (a range with the
    /// date that closes it) and of "5, 6 and 7 November" (a list, each day a date of its own): each takes
    /// the month and the year of the date at the end.
    fn day_list(&self, i: usize) -> Option<Hit> {
        // What may join two days: a comma, a dash between them, "and", "to".
        let glued_dash = |k: usize| self.dash(k) && self.glued(k) && self.glued(k + 1);
        let joins = |k: usize| self.p(k, ',') || glued_dash(k) || self.f(k, F::And) || self.f(k, F::To);
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
            let (d, e) = if glued_dash(k) { self.plain_day(k + 1)? } else { self.day(k + 1)? };
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
    fn plain_day(&self, i: usize) -> Option<(u8, usize)> {
        let n = self.get(i)?.num()?;
        let ok = !n.grouped && n.digits <= 2 && (1..=31).contains(&n.value) && n.suffix != NumSuffix::Plural;
        let code = self.glued(i + 1) && self.get(i + 1).is_some_and(|t| t.is_word() || t.num().is_some());
        (ok && !code).then_some((n.value as u8, i + 1))
    }

    /// A clock time right after a full date ("30 Sep, 2015 14:16") joins it.
    fn with_clock(&self, hit: Hit) -> Hit {
        match self.clock(hit.end) {
            Some((hour, minute, end)) if self.get(hit.end).is_some_and(|t| !t.has(NEWLINE_BEFORE)) => {
                Hit::new(hit.start, end, Expr::Clock { day: Some(Box::new(hit.expr)), hour, minute })
            }
            _ => hit,
        }
    }

    /// The second day of "October 5 and 6", "October 5-6", "October 5 to 7".
    fn day_range_tail(&self, k: usize, month: u8, year: Option<YearSpec>) -> Option<Box<Hit>> {
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
    fn numeric_date(&self, i: usize) -> Option<Hit> {
        let a = self.get(i)?.num()?;
        let sep = match self.get(i + 1)?.kind {
            Kind::Punct(c @ ('-' | '/' | '.')) => c,
            _ => return None,
        };
        if !(self.glued(i + 1) && self.glued(i + 2) && self.p(i + 3, sep) && self.glued(i + 3) && self.glued(i + 4)) {
            return None;
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
        let plain = |n: &crate::parse::tokens::Num| !n.grouped && n.suffix == NumSuffix::None;
        if !(plain(&a) && plain(&b) && plain(&c)) {
            return None;
        }
        let (y, m, d) = if a.digits == 4 && b.digits <= 2 && c.digits <= 2 {
            (YearSpec::Full(a.value as i32), b.value, c.value)
        } else if a.digits <= 2 && b.digits <= 2 && (c.digits == 4 || c.digits == 2) {
            let year = if c.digits == 4 { YearSpec::Full(c.value as i32) } else { YearSpec::Short(c.value as u8) };
            if sep == '.' || a.value > 12 { (year, b.value, a.value) } else { (year, a.value, b.value) }
        } else {
            return None;
        };
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        let date = Expr::Date { year: Some(y), month: Some(m as u8), day: Some(d as u8) };
        let mut end = i + 5;
        // ISO "T14:16".
        if sep == '-' && self.glued(end) && self.get(end).is_some_and(|t| t.is_word() && t.text(self.text) == "T") {
            if let Some((hour, minute, e)) = self.clock(end + 1).filter(|_| self.glued(end + 1)) {
                return Some(Hit::new(i, e, Expr::Clock { day: Some(Box::new(date)), hour, minute }));
            }
        }
        let hit = Hit::new(i, end, date);
        if self.clock(end).is_some() {
            let h = self.with_clock(hit);
            end = h.end;
            return Some(Hit { end, ..h });
        }
        Some(hit)
    }

    /// True when a four-digit number standing alone reads as a year.
    fn bare_year_ok(&self, i: usize) -> bool {
        if self.identifier_number(i) {
            return false;
        }
        if i > 0 {
            let prev = &self.t[i - 1];
            if matches!(prev.kind, Kind::Punct('$' | '\u{20ac}' | '\u{a3}' | '#' | '+' | '.')) && self.glued(i) {
                return false;
            }
            if prev.is(L::ReferenceNoun) || prev.is(L::Function(F::Than)) {
                return false;
            }
            if prev.is_punct('.') && i >= 2 && self.t[i - 2].is(L::ReferenceNoun) {
                return false;
            }
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
            // "2000 people": a plural noun after the number makes it a count.
            if next.is_word()
                && next.lex().is_empty()
                && !next.has(CAPITALIZED)
                && self.lx.looks_plural(next.text(self.text))
            {
                return false;
            }
        }
        true
    }

    /// "2015", "2013-2014", "2015-16", "1990s", "'90s", "'98".
    fn year_forms(&self, i: usize) -> Option<Hit> {
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
                NumSuffix::None
                    if i > 0
                        && self.t[i - 1]
                            .lex()
                            .iter()
                            .any(|l| matches!(l, L::Function(F::In | F::Since | F::Fiscal | F::Of))) =>
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
            if n.value % 10 != 0 || self.identifier_number(i) || (n.digits == 2 && self.age_after_owner(i)) {
                return None;
            }
            return match n.digits {
                4 => Some(Hit::new(i, i + 1, Expr::Decade { first_year: n.value as i32, century_known: true }).the()),
                2 => Some(Hit::new(i, i + 1, Expr::Decade { first_year: n.value as i32, century_known: false }).the()),
                _ => None,
            };
        }
        if n.digits != 4 || n.suffix != NumSuffix::None || !(1000..=2199).contains(&n.value) {
            return None;
        }
        // A range: "2013-2014", "2015-16", "2013 to 2014" is linked later.
        if self.dash(i + 1) && self.glued(i + 1) && self.glued(i + 2) {
            if let Some(m) = self.get(i + 2).and_then(Token::num) {
                let end_year = match m.digits {
                    4 if m.value > n.value && m.value <= n.value + 100 => Some(m.value as i32),
                    2 => {
                        let full = (n.value / 100 * 100 + m.value) as i32;
                        (full > n.value as i32).then_some(full)
                    }
                    _ => None,
                };
                let after_ok = !self.glued(i + 3) || !self.get(i + 3).is_some_and(|t| t.is_word() || t.num().is_some());
                if let (Some(y2), true) = (end_year, after_ok && m.suffix == NumSuffix::None) {
                    let mut hit = Hit::new(
                        i,
                        i + 1,
                        Expr::Date { year: Some(YearSpec::Full(n.value as i32)), month: None, day: None },
                    );
                    hit.range_end = Some(Box::new(Hit::new(
                        i + 2,
                        i + 3,
                        Expr::Date { year: Some(YearSpec::Full(y2)), month: None, day: None },
                    )));
                    return Some(hit);
                }
            }
        }
        if !self.bare_year_ok(i) {
            return None;
        }
        Some(Hit::new(i, i + 1, Expr::Date { year: Some(YearSpec::Full(n.value as i32)), month: None, day: None }))
    }

    /// "fiscal 1998", "fiscal '98", "FY2015", "FY15".
    fn fiscal(&self, i: usize) -> Option<Hit> {
        if !self.f(i, F::Fiscal) {
            return None;
        }
        let j = if self.unit(i + 1).is_some_and(|(u, _)| u == Unit::Year) { i + 2 } else { i + 1 };
        let (y, k) = self.year_after(j).or_else(|| self.glued_short_year(j))?;
        Some(Hit::new(i, k, Expr::Date { year: Some(y), month: None, day: None }))
    }

    /// Two digits glued to the word before them, standing alone: the "15" of "FY15" and "3Q15".
    fn glued_short_year(&self, j: usize) -> Option<(YearSpec, usize)> {
        let n = self.get(j)?.num()?;
        let alone = !self.glued(j + 1) || !self.get(j + 1).is_some_and(|t| t.is_word() || t.num().is_some());
        (self.glued(j) && n.digits == 2 && n.suffix == NumSuffix::None && !n.grouped && alone)
            .then_some((YearSpec::Short(n.value as u8), j + 1))
    }

    /// A quarter or half written with its letter: "Q3 2015", "Q3", "3Q15", "3Q 2015", "H1 2016", "1H16".
    fn lettered_period(&self, i: usize) -> Option<Hit> {
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
            None if self.glued(k) && self.get(k).is_some_and(|t| t.is_word() || t.num().is_some()) => return None,
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

    // ---------------------------------------------------------------- clock

    /// "14:16", "10:35 a.m.", "11 a.m.", "9 o'clock", "4 in the morning", with a time zone ("GMT",
    /// "Moscow time", "local time"); four digits with a zone ("0735 GMT").
    fn clock(&self, i: usize) -> Option<(u8, u8, usize)> {
        let n = self.get(i)?.num()?;
        if n.digits == 4 && !n.grouped && n.suffix == NumSuffix::None && n.value % 100 < 60 && n.value < 2400 {
            let zone = self.zone(i + 1)?;
            return Some(((n.value / 100) as u8, (n.value % 100) as u8, zone));
        }
        if n.grouped || n.digits > 2 || n.suffix != NumSuffix::None || n.value > 24 {
            return None;
        }
        let mut hour = n.value as u8;
        let mut minute = 0u8;
        let mut j = i + 1;
        let mut colon = false;
        if self.p(j, ':') && self.glued(j) && self.glued(j + 1) {
            let m = self.get(j + 1)?.num()?;
            if m.digits != 2 || m.value > 59 {
                return None;
            }
            minute = m.value as u8;
            colon = true;
            j += 2;
            if self.p(j, ':') && self.glued(j) && self.get(j + 1).and_then(Token::num).is_some_and(|s| s.digits == 2) {
                j += 2;
            }
        } else if self.p(j, '.') && self.glued(j) && self.glued(j + 1) {
            // "10.14 GMT", "10.14am": a dot between hour and minute, where a zone or a.m./p.m. says it is a
            // time and not a decimal.
            let m = self.get(j + 1)?.num()?;
            let marked =
                self.zone(j + 2).is_some() || self.lex(j + 2, |l| matches!(l, L::Meridiem(_)).then_some(())).is_some();
            if m.digits != 2 || m.value > 59 || !marked {
                return None;
            }
            minute = m.value as u8;
            colon = true;
            j += 2;
        }
        let meridiem = self.lex(j, |l| match l {
            L::Meridiem(pm) => Some(pm),
            _ => None,
        });
        if let Some(pm) = meridiem {
            if hour == 0 || hour > 12 {
                return None;
            }
            hour = match (pm, hour) {
                (false, 12) => 0,
                (true, 12) => 12,
                (true, h) => h + 12,
                (false, h) => h,
            };
            j += 1;
        } else if self.f(j, F::OClock) {
            j += 1;
        } else if let Some((part, e)) = self.hour_part(j).filter(|_| (1..=12).contains(&hour)) {
            // "4 in the morning", "11 at night" (but "2 at night" is before dawn).
            hour = match (part, hour) {
                (PartOfDay::Morning, 12) => 0,
                (PartOfDay::Night, h) if h < 6 => h,
                (PartOfDay::Morning, h) => h,
                (_, h) if h < 12 => h + 12,
                (_, h) => h,
            };
            j = e;
        } else if !colon {
            return None;
        }
        Some((hour, minute, self.zone(j).unwrap_or(j)))
    }

    /// A time zone after a clock time ("GMT", "Moscow time", "local time"): the index after it.
    fn zone(&self, j: usize) -> Option<usize> {
        if self.lex(j, |l| matches!(l, L::TimeZone).then_some(())).is_some() {
            Some(j + 1)
        } else if (self.cap(j) || self.f(j, F::Local)) && self.f(j + 1, F::Time) {
            Some(j + 2)
        } else {
            None
        }
    }

    /// "in the morning", "in the evening", "at night" after an hour: the part of the day, and the index
    /// after the phrase.
    fn hour_part(&self, j: usize) -> Option<(PartOfDay, usize)> {
        if !(self.f(j, F::In) || self.f(j, F::At)) {
            return None;
        }
        let k = if self.f(j + 1, F::The) { j + 2 } else { j + 1 };
        let part = self.lex(k, |l| match l {
            L::PartOfDay(p @ (PartOfDay::Morning | PartOfDay::Afternoon | PartOfDay::Evening | PartOfDay::Night)) => {
                Some(p)
            }
            _ => None,
        })?;
        Some((part, k + 1))
    }

    /// A clock time, joined with the day that follows it ("10 p.m. Wednesday", "5 p.m. EST, Nov. 6").
    fn clock_with_day(&self, i: usize) -> Option<Hit> {
        let (hour, minute, j) = self.clock(i)?;
        let k = if self.p(j, ',') { j + 1 } else { j };
        let day = self
            .weekday_forms(k)
            .or_else(|| self.day_word(k))
            .or_else(|| self.month_first(k))
            .or_else(|| self.day_first(k));
        // After a comma, a day with a time of its own ("10 a.m., Saturday at 11 a.m.") is the next item.
        let own_time = |d: &Hit| k > j && self.f(d.end, F::At) && self.clock(d.end + 1).is_some();
        if let Some(d) = day.filter(|d| {
            matches!(d.expr, Expr::Weekday { .. } | Expr::Relative { .. } | Expr::Date { day: Some(_), .. })
                && !own_time(d)
        }) {
            return Some(Hit::new(i, d.end, Expr::Clock { day: Some(Box::new(d.expr)), hour, minute }));
        }
        Some(Hit::new(i, j, Expr::Clock { day: None, hour, minute }))
    }

    // ---------------------------------------------------------------- days

    /// "Tuesday", "Tuesday, October 13, 2015", "Tue, 03 Nov 2015", "Friday morning", "Mondays", "Tuesday nights".
    fn weekday_forms(&self, i: usize) -> Option<Hit> {
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
        if let Some(date) = self.month_first(k).or_else(|| self.day_first(k)) {
            if matches!(date.expr, Expr::Date { day: Some(_), .. } | Expr::Clock { .. }) {
                return Some(Hit { start: i, ..date });
            }
        }
        if abbr {
            return None;
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

    /// "today", "yesterday morning", "tomorrow night", "tonight".
    fn day_word(&self, i: usize) -> Option<Hit> {
        let t = self.get(i)?;
        if t.is(L::Tonight) {
            let today = Expr::Relative { unit: Unit::Day, offset: 0, to: RelativeTo::Speech };
            return Some(Hit::new(i, i + 1, Expr::DayPart { day: Some(Box::new(today)), part: PartOfDay::Night }));
        }
        let n = t.find(|l| match l {
            L::DayWord(n) => Some(n),
            _ => None,
        })?;
        let rel = Expr::Relative { unit: Unit::Day, offset: i32::from(n), to: RelativeTo::Speech };
        if let Some(part) = self.part_of_day(i + 1) {
            return Some(Hit::new(i, i + 2, Expr::DayPart { day: Some(Box::new(rel)), part }));
        }
        Some(Hit::new(i, i + 1, rel))
    }

    /// "the day after tomorrow", "the day before yesterday": one day past a deictic day word; "the day
    /// after", "the day before" standing alone: one day from the day mentioned before.
    fn day_beyond(&self, i: usize) -> Option<Hit> {
        let (unit, false) = self.unit(i + 1)? else { return None };
        let step = if self.f(i + 2, F::After) {
            1
        } else if self.f(i + 2, F::Before) {
            -1
        } else {
            return None;
        };
        if unit != Unit::Day {
            return None;
        }
        // "The day after, police arrested two": the day after (or before) the day mentioned before, where
        // nothing follows to count from.
        if self.get(i + 3).is_none_or(|t| matches!(t.kind, Kind::Punct(',' | '.' | ';'))) {
            return Some(Hit::new(i, i + 3, Expr::Relative { unit, offset: step, to: RelativeTo::Reference }));
        }
        let n = self.lex(i + 3, |l| match l {
            L::DayWord(n) if n != 0 && i32::from(n).signum() == step => Some(i32::from(n)),
            _ => None,
        })?;
        Some(Hit::new(i, i + 4, Expr::Relative { unit: Unit::Day, offset: n + step, to: RelativeTo::Speech }))
    }

    /// "noon", "midnight", "overnight"; "the morning", "the evening" after "the".
    fn part_of_day_alone(&self, i: usize) -> Option<Hit> {
        let part = self.part_of_day(i)?;
        let standalone = self.lex(i, |l| matches!(l, L::StandalonePart(_)).then_some(())).is_some();
        let hit = Hit::new(i, i + 1, Expr::DayPart { day: None, part });
        if standalone {
            // "noon Thursday".
            if let Some(d) = self.weekday_forms(i + 1).or_else(|| self.day_word(i + 1)) {
                if matches!(d.expr, Expr::Weekday { .. } | Expr::Relative { .. }) {
                    return Some(Hit::new(i, d.end, Expr::DayPart { day: Some(Box::new(d.expr)), part }));
                }
            }
            return Some(hit);
        }
        // "(mid-)afternoon yesterday".
        if let Some(d) = self.day_word(i + 1).filter(|d| matches!(d.expr, Expr::Relative { .. })) {
            return Some(Hit::new(i, d.end, Expr::DayPart { day: Some(Box::new(d.expr)), part }));
        }
        let after = |k: usize| i >= k && (self.f(i - k, F::The) || self.edge(i - k).is_some());
        Some(hit.the()).filter(|_| after(1) || (after(2) && self.dash(i - 1)))
    }

    // ---------------------------------------------------------------- relative

    /// "last week", "next month", "this year", "last Tuesday", "this summer", "the following day",
    /// "the past three months", "the coming weeks", "last night", "this morning".
    fn shifted(&self, i: usize) -> Option<Hit> {
        let t = self.get(i)?;
        let (shift, anaphoric) = if let Some(s) = self.shift(i) {
            (s, false)
        } else {
            (
                t.find(|l| match l {
                    L::AnaphoricShift(s) => Some(s),
                    _ => None,
                })?,
                true,
            )
        };
        // "the current fiscal year", "next fiscal year": the fiscal year is named as a year.
        let j = if self.f(i + 1, F::Fiscal) && self.unit(i + 2) == Some((Unit::Year, false)) { i + 2 } else { i + 1 };
        let to = if anaphoric || shift == Shift::Same { RelativeTo::Reference } else { RelativeTo::Speech };
        // "this past weekend", "this coming week".
        if shift == Shift::This && self.shift(j).is_some_and(|s| s != Shift::This) {
            return self.shifted(j).map(|h| Hit { start: i, ..h });
        }
        if let Some((unit, plural)) = self.unit(j) {
            if !plural {
                let expr = match unit {
                    Unit::Weekend => Expr::Named { name: Named::Weekend, year: None, shift: Some(shift) },
                    Unit::Day if !anaphoric && shift == Shift::This => Expr::Relative { unit, offset: 0, to },
                    Unit::Day if !anaphoric && shift != Shift::Same => {
                        // "the next day" counts from a mentioned day; "last day" is no date.
                        if shift == Shift::Next && i > 0 && self.f(i - 1, F::The) {
                            Expr::Relative { unit, offset: 1, to: RelativeTo::Reference }
                        } else {
                            return None;
                        }
                    }
                    Unit::Half => return None,
                    // "this quarter" is the quarter under discussion; "that quarter" the last one named.
                    Unit::Quarter if shift == Shift::This => Expr::QuarterRef { offset: 0, latest: false, year: None },
                    Unit::Quarter if shift == Shift::Same => Expr::QuarterRef { offset: 0, latest: false, year: None },
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
                (Shift::Next, _) => 1,
                (Shift::This | Shift::Same, _) => 0,
                _ => return None,
            };
            let day = Expr::Relative { unit: Unit::Day, offset, to };
            return Some(Hit::new(i, j + 1, Expr::DayPart { day: Some(Box::new(day)), part }).the());
        }
        if let Some((d, k, false)) = self.weekday(j) {
            return Some(Hit::new(i, k, Expr::Weekday { day: d, shift: Some(shift) }));
        }
        if let Some((m, k, false)) = self.month(j) {
            return Some(Hit::new(i, k, Expr::Named { name: Named::Month(m), year: None, shift: Some(shift) }));
        }
        if let Some(s) = self.lex(j, |l| match l {
            L::Season(s) => Some(s),
            _ => None,
        }) {
            return Some(
                Hit::new(i, j + 1, Expr::Named { name: Named::Season(s), year: None, shift: Some(shift) }).the(),
            );
        }
        if let Some(h) = self.holiday(j) {
            if let Expr::Named { name, year: None, .. } = h.expr {
                return Some(Hit::new(i, h.end, Expr::Named { name, year: None, shift: Some(shift) }));
            }
        }
        if shift == Shift::This || shift == Shift::Same {
            return None;
        }
        // "the past three months", "next two weeks", "the last twenty four hours".
        if let Some((n, k)) = self.count(j, false) {
            if let Some((unit, _)) = self.unit(k) {
                return Some(
                    Hit::new(i, k + 1, Expr::Duration { amount: Amount::Exact { n, half: false }, unit }).the(),
                );
            }
        }
        // "the past few weeks", "the next several days".
        if self.f(j, F::Few) {
            if let Some((unit, true)) = self.unit(j + 1) {
                return Some(Hit::new(i, j + 2, Expr::Duration { amount: Amount::Vague, unit }).the());
            }
        }
        None
    }

    /// "recent years", "a few days", "several months", and a bare plural after "for" ("for years"):
    /// unspecified spans.
    fn recent(&self, i: usize) -> Option<Hit> {
        // "day-long", "decades-long": a unit made an adjective; one unit, or an unspecified number of them.
        if let Some((unit, plural)) = self.unit(i) {
            if self.dash(i + 1) && self.glued(i + 1) && self.glued(i + 2) && self.f(i + 2, F::Long) {
                let amount = if plural { Amount::Vague } else { Amount::Exact { n: 1, half: false } };
                return Some(Hit::new(i, i + 3, Expr::Duration { amount, unit }));
            }
        }
        // "several-year", "few-month": an unspecified number of units, as an adjective.
        if self.f(i, F::Few) && self.dash(i + 1) && self.glued(i + 1) && self.glued(i + 2) {
            if let Some((unit, _)) = self.unit(i + 2).filter(|(u, _)| *u != Unit::Weekend) {
                return Some(Hit::new(i, i + 3, Expr::Duration { amount: Amount::Vague, unit }));
            }
        }
        let j = if self.f(i, F::A) && self.f(i + 1, F::Few) { i + 1 } else { i };
        if self.f(j, F::Recent) || self.f(j, F::Few) {
            return match self.unit(j + 1) {
                // "several years ago": some time in the past.
                Some((_, true))
                    if self
                        .lex(j + 2, |l| matches!(l, L::Function(F::Dir(Direction::Ago))).then_some(()))
                        .is_some() =>
                {
                    Some(Hit::new(i, j + 3, Expr::Reference(Reference::Past)))
                }
                Some((unit, true)) if unit != Unit::Weekend => {
                    Some(Hit::new(i, j + 2, Expr::Duration { amount: Amount::Vague, unit }))
                }
                _ => None,
            };
        }
        // A bare plural right after "for", "during", "within": "for years".
        let after_prep = i > 0 && self.f(i - 1, F::Preposition);
        match self.unit(i) {
            Some((unit @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Decade | Unit::Century), true))
                if after_prep =>
            {
                Some(Hit::new(i, i + 1, Expr::Duration { amount: Amount::Vague, unit }))
            }
            _ => None,
        }
    }

    /// True when what stands before the article at `i` is an amount that "a week" would make a rate of:
    /// a number, a magnitude ("million"), a unit ("hours") or a plural noun ("seats", "flights").
    fn rate_before(&self, i: usize) -> bool {
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

    /// Durations and counted relatives: "three days", "24-hour", "four-year-long", "a year and a half",
    /// "2 1/2 years", "three days ago", "a week earlier", "two years from now", "twice a week".
    fn counted(&self, i: usize) -> Option<Hit> {
        // A number counts what follows it: a word with a reading, another number ("2 1/2 years") or a
        // dash ("24-hour", "12-18 months"); before anything else it starts no count. So does an article
        // with no other reading that starts a pattern ("a year", "a 1/2 hour", "a-year").
        if self.get(i).is_some_and(|t| t.num().is_some() || t.bits() & bit::START == bit::ARTICLE)
            && !self.get(i + 1).is_some_and(|n| match n.kind {
                Kind::Word => n.bits() != 0,
                Kind::Number(_) => true,
                Kind::Punct(c) => matches!(c, '-' | '\u{2013}' | '\u{2014}'),
            })
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
            if let Some((n, k)) = self.count(i + 2, false).filter(|_| self.f(i + 1, F::Every)) {
                if let Some((unit, true)) = self.unit(k) {
                    return Some(Hit::new(i, k + 1, Expr::Set(Recurrence::Every { n, unit })));
                }
            }
        }
        // "$1.76 a year", "700 seats a week", "24 hours a day": a rate, not a length of time.
        let dir_after = || self.lex(i + 2, |l| matches!(l, L::Function(F::Dir(_))).then_some(())).is_some();
        if self.f(i, F::A) && self.unit(i + 1).is_some_and(|(_, plural)| !plural) && !dir_after() && self.rate_before(i)
        {
            return None;
        }
        let (n, j) = self.count(i, true)?;
        // "two to three weeks", "12 to 18 months": the span starts at the first count, the value is the second.
        let (n, j) = match self.get(j) {
            Some(t)
                if (t.is(L::Function(F::To)) || (self.dash(j) && self.glued(j)))
                    && self.get(i).is_some_and(|t| !t.is(L::Function(F::A))) =>
            {
                match self.count(j + 1, false) {
                    Some((m, e)) if self.unit(e).is_some() && m > n => (m, e),
                    _ => (n, j),
                }
            }
            _ => (n, j),
        };
        // "2 1/2 years".
        let (mut half, j) = match (self.get(j).and_then(Token::num), self.get(j + 2).and_then(Token::num)) {
            (Some(a), Some(b))
                if a.value == 1 && b.value == 2 && self.p(j + 1, '/') && self.glued(j + 1) && self.glued(j + 2) =>
            {
                (true, j + 3)
            }
            _ => (false, j),
        };
        // "three times a year".
        if self.f(j, F::Times) {
            let k = j + 1;
            if self.f(k, F::A) || self.f(k, F::Every) {
                if let Some((unit, false)) = self.unit(k + 1) {
                    return Some(Hit::new(i, k + 2, Expr::Set(Recurrence::Every { n: 1, unit })));
                }
            }
        }
        // "two more weeks".
        let j = if self.f(j, F::More) && self.unit(j + 1).is_some() { j + 1 } else { j };
        let hyphen = self.p(j, '-') && self.glued(j) && self.glued(j + 1);
        let (unit, plural, mut k) = if hyphen {
            let (u, p) = self.unit(j + 1)?;
            (u, p, j + 2)
        } else {
            let (u, p) = self.unit(j)?;
            (u, p, j + 1)
        };
        // A year count that is no duration: "1996 years" is rare, "2000 years" is not; keep both.
        if unit == Unit::Weekend || unit == Unit::Half {
            return None;
        }
        // "the 1988 quarter" is a year's quarter, and "a year-earlier loss" an adjective, not counts.
        if (n >= 1000 && !plural) || (!hyphen && self.year_ago(j).is_some()) {
            return None;
        }
        // A fraction ("three-quarters of", "a quarter of the market") is no time.
        if unit == Unit::Quarter && (plural && hyphen || self.f(k, F::Of) && self.year_after(k + 1).is_none()) {
            return None;
        }
        // "a second bomb": an ordinal, not a second of time.
        if unit == Unit::Second && !plural && self.get(k).is_some_and(|t| t.is_word() && t.lex().is_empty()) {
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
        if !hyphen && self.f(k, F::And) && self.f(k + 1, F::A) && self.f(k + 2, F::Half) {
            half = true;
            k += 3;
        }
        let amount = Amount::Exact { n, half };
        let n = n as i32;
        if !hyphen {
            if let Some(dir) = self.lex(k, |l| match l {
                L::Function(F::Dir(d)) => Some(d),
                _ => None,
            }) {
                // "three days later" is a length of time with "later" outside it, as the corpora draw it.
                let (offset, to) = match dir {
                    Direction::Ago => (-n, RelativeTo::Speech),
                    Direction::Earlier => (-n, RelativeTo::Reference),
                    Direction::Later => return Some(Hit::new(i, k, Expr::Duration { amount, unit })),
                };
                return Some(Hit::new(i, k + 1, Expr::Relative { unit, offset, to }));
            }
            // "two years from now".
            if self.f(k, F::From)
                && self.lex(k + 1, |l| matches!(l, L::Reference(Reference::Present)).then_some(())).is_some()
            {
                return Some(Hit::new(i, k + 2, Expr::Relative { unit, offset: n, to: RelativeTo::Speech }));
            }
        }
        // "a year or so", "a year or two"; "a week or so ago" counts back as "a week ago" does.
        if !hyphen && self.f(k, F::And) {
            let before = k;
            if self.lex(k + 1, |l| matches!(l, L::Function(F::So)).then_some(())).is_some() {
                k += 2;
            } else if let Some((_, e)) = self.count(k + 1, false).filter(|(_, e)| self.unit(*e).is_none()) {
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

    // ---------------------------------------------------------------- prefixes

    /// "the" before an expression that takes it: "the third quarter", "the past three months", "the 1990s",
    /// "the weekend", "the next day", "the end of November", "the past", "the future".
    fn the_prefixed(&self, i: usize, depth: u8) -> Option<Hit> {
        if !self.f(i, F::The) || self.f(i + 1, F::The) {
            return None;
        }
        // Every form below reads the next token as a word with a reading, a number or an apostrophe: a
        // plain word or other punctuation after "the" ("the man") ends the search at once.
        if !self.get(i + 1).is_some_and(|t| match t.kind {
            Kind::Word => t.bits() != 0,
            Kind::Number(_) => true,
            Kind::Punct(c) => c == '\'' || c == '\u{2019}',
        }) {
            return None;
        }
        // "the past", "the present", "the (near) future": unless a period follows ("the past three months").
        let j = if self.f(i + 1, F::Qualifier) { i + 2 } else { i + 1 };
        if let Some(r) = self.lex(j, |l| match l {
            L::BoundReference(r) => Some(r),
            _ => None,
        }) {
            let next_is_period = self.unit(j + 1).is_some()
                || self.count(j + 1, false).is_some()
                || self.f(j + 1, F::Few)
                || self.part_of_day(j + 1).is_some()
                || self.weekday(j + 1).is_some()
                || self.month(j + 1).is_some();
            if !next_is_period {
                return Some(Hit::new(i, j + 1, Expr::Reference(r)));
            }
        }
        // "the near term", "the short term", "the long term": the future.
        if (self.f(i + 1, F::Qualifier) || self.f(i + 1, F::Long)) && self.f(i + 2, F::Term) {
            return Some(Hit::new(i, i + 3, Expr::Reference(Reference::Future)));
        }
        // "the first hours", "the early years" (of something): an unspecified length at its start ("the
        // early hours" are a time of night).
        let first = self.lex(i + 1, |l| match l {
            L::Ordinal(1) => Some(true),
            L::Modifier(Modifier::Start) => Some(false),
            _ => None,
        });
        if let (Some(ordinal), Some((unit, true))) = (first, self.unit(i + 2)) {
            if ordinal || !matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) {
                return Some(Hit::new(i, i + 3, Expr::Duration { amount: Amount::Vague, unit }));
            }
        }
        // "the weeks ahead": as "the coming weeks", a length of time not yet counted.
        if let (Some((unit, true)), true) = (self.unit(i + 1), self.f(i + 2, F::Ahead)) {
            return Some(Hit::new(i, i + 3, Expr::Duration { amount: Amount::Vague, unit }));
        }
        if self.get(i + 1).is_some_and(|t| t.is(L::Unit(Unit::Weekend, false))) {
            return Some(Hit::new(i, i + 2, Expr::Named { name: Named::Weekend, year: None, shift: None }));
        }
        if let Some(hit) = self.day_beyond(i) {
            return Some(hit);
        }
        // "the week of March 6".
        if self.unit(i + 1) == Some((Unit::Week, false)) && self.f(i + 2, F::Of) {
            if let Some(day) = self.at(i + 3, depth + 1) {
                if matches!(day.expr, Expr::Date { day: Some(_), .. }) && day.modifier.is_none() {
                    return Some(Hit::new(i, day.end, Expr::WeekOf(Box::new(day.expr))));
                }
            }
        }
        if let Some(hit) = self.quarter_ref(i).or_else(|| self.qualified_span(i)) {
            return Some(hit);
        }
        // "the 1988 period", "the 1988 third quarter", "the fiscal first quarter", "the year-ago third quarter".
        if let Some(hit) = self.quarter_phrase(i + 1) {
            return Some(Hit { start: i, ..hit });
        }
        if let Some((y, e)) = self.year_after(i + 1) {
            if self.f(e, F::Period) || self.unit(e) == Some((Unit::Quarter, false)) {
                return Some(Hit::new(i, e + 1, Expr::QuarterRef { offset: 0, latest: false, year: Some(y) }));
            }
        }
        // "the year 1998", "the year two thousand".
        if self.unit(i + 1) == Some((Unit::Year, false)) {
            let year = self.year_after(i + 2).or_else(|| {
                self.word_number(i + 2)
                    .filter(|(n, _)| (1000..=2999).contains(n))
                    .map(|(n, e)| (YearSpec::Full(n as i32), e))
            });
            if let Some((y, end)) = year {
                return Some(Hit::new(i, end, Expr::Date { year: Some(y), month: None, day: None }));
            }
        }
        let inner = self.at(i + 1, depth + 1)?;
        if !inner.takes_the {
            return None;
        }
        let mut hit = Hit { start: i, ..inner };
        // "the past year" is a length of time; "the next day" and "the last decade" stay dates.
        if let Expr::Relative { unit, offset, to: RelativeTo::Speech } = hit.expr {
            let period = !matches!(unit, Unit::Day | Unit::Decade | Unit::Century);
            if offset != 0 && period && self.shift(i + 1).is_some() {
                hit.expr = Expr::Duration { amount: Amount::Exact { n: 1, half: false }, unit };
            }
        }
        Some(hit)
    }

    /// A span of time qualified by its place: "the first nine months", "the latest nine months",
    /// "the year-earlier nine months".
    fn qualified_span(&self, i: usize) -> Option<Hit> {
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
    fn quarter_ref(&self, i: usize) -> Option<Hit> {
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
        if self.unit(j) == Some((Unit::Year, false)) && self.dash(j + 1) && self.glued(j + 1) && self.glued(j + 2) {
            if let Some(Direction::Ago | Direction::Earlier) = self.lex(j + 2, |l| match l {
                L::Function(F::Dir(d)) => Some(d),
                _ => None,
            }) {
                offset = -4;
                qualified = true;
                j += 3;
            }
        }
        let quarter = self.unit(j) == Some((Unit::Quarter, false));
        if !(quarter || (qualified && self.f(j, F::Period))) {
            return None;
        }
        Some(Hit::new(i, j + 1, Expr::QuarterRef { offset, latest: latest && offset == 0, year: None }).the())
    }

    /// "earlier this year", "later that day", "earlier in the day": the adverb joins a period named by
    /// "this" or "that" or after "in the" (before a weekday or "today" the corpora leave it out).
    fn dir_prefixed(&self, i: usize, depth: u8) -> Option<Hit> {
        self.lex(i, |l| matches!(l, L::Function(F::Dir(Direction::Earlier | Direction::Later))).then_some(()))?;
        // "earlier in the day", "later in the week": the period that holds the time mentioned before.
        if self.f(i + 1, F::In) && self.f(i + 2, F::The) {
            if let Some((unit @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year), false)) = self.unit(i + 3) {
                return Some(Hit::new(i, i + 4, Expr::Relative { unit, offset: 0, to: RelativeTo::Reference }));
            }
        }
        if !matches!(self.shift(i + 1), Some(Shift::This | Shift::Same)) {
            return None;
        }
        let inner = self.at(i + 1, depth + 1)?;
        let ok =
            matches!(inner.expr, Expr::Relative { offset: 0, .. } | Expr::DayPart { .. } | Expr::QuarterRef { .. });
        (ok && inner.modifier.is_none()).then_some(Hit { start: i, ..inner })
    }

    /// "early October", "mid-November", "late last year", "the end of November", "the beginning of 2015".
    fn edge_prefixed(&self, i: usize, depth: u8) -> Option<Hit> {
        let modifier = self.edge(i)?;
        let (j, noun) = if self.f(i + 1, F::Of) {
            (i + 2, true)
        } else if self.p(i + 1, '-') && self.glued(i + 1) && self.glued(i + 2) {
            (i + 2, false)
        } else {
            (i + 1, false)
        };
        let inner = if noun && self.f(j, F::The) {
            // "the end of the year": the period counts from the speaker.
            match self.unit(j + 1) {
                Some((
                    unit @ (Unit::Week | Unit::Month | Unit::Year | Unit::Quarter | Unit::Decade | Unit::Century),
                    false,
                )) => Hit::new(j, j + 2, Expr::Relative { unit, offset: 0, to: RelativeTo::Speech }),
                _ => self.at(j, depth + 1)?,
            }
        } else {
            self.at(j, depth + 1)?
        };
        let ok = match &inner.expr {
            Expr::Date { day, .. } => day.is_none() || !noun,
            Expr::Named { .. }
            | Expr::Decade { .. }
            | Expr::Century(_)
            | Expr::Weekday { .. }
            | Expr::DayPart { .. } => true,
            Expr::Relative { unit, .. } => *unit != Unit::Day || !noun,
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
    /// "up to 180 days", "no more than sixty days", "over a week", "around 7:15 p.m.".
    fn approx_prefixed(&self, i: usize, depth: u8) -> Option<Hit> {
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
        } else if t.is(L::Function(F::Over)) && !self.f(i + 1, F::The) {
            (Modifier::MoreThan, i + 1)
        } else {
            return None;
        };
        let inner = self.at(j, depth + 1)?;
        let ok = match &inner.expr {
            Expr::Duration { amount: Amount::Exact { .. }, .. } => true,
            Expr::Relative { offset, .. } => *offset != 0 && self.count(j, true).is_some(),
            Expr::Clock { .. } => matches!(modifier, Modifier::Approx),
            Expr::Date { .. } | Expr::Decade { .. } => {
                matches!(modifier, Modifier::Approx) && self.get(j).is_some_and(|t| t.num().is_some())
            }
            _ => false,
        };
        if !ok || inner.modifier.is_some() {
            return None;
        }
        // "at least 20 more years": a "more" between count and unit is part of it.
        // "about" and "around" stay outside the span (the TimeML corpora mostly leave them out); the
        // comparatives and "nearly" belong to it.
        let start = if modifier == Modifier::Approx { j } else { i };
        Some(Hit { start, modifier: Some(modifier), ..inner })
    }

    // ---------------------------------------------------------------- periods

    /// "the third quarter", "third-quarter", "the fourth quarter of 1998", "Q3 2015", "the first half of 1989".
    fn quarter(&self, i: usize) -> Option<Hit> {
        // "the last quarter of 1989", "the last half of 1989": the year's final one (without a year,
        // "the last quarter" is the one before the present, read by `shifted`).
        let last = || {
            if self.shift(i) != Some(Shift::Last) || !self.f(i + 2, F::Of) || self.year_after(i + 3).is_none() {
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
        let name = match self.unit(k) {
            Some((Unit::Quarter, false)) if (1..=4).contains(&n) => Named::Quarter(n as u8),
            _ if self.f(k, F::Half) && (1..=2).contains(&n) => Named::Half(n as u8),
            _ => return None,
        };
        let mut end = k + 1;
        let mut year = None;
        let y_at = if self.f(end, F::Of) { end + 1 } else { end };
        let y_at = if self.f(y_at, F::Fiscal) { y_at + 1 } else { y_at };
        if let Some((y, e)) = self.year_after(y_at) {
            year = Some(y);
            end = e;
        }
        let hit = Hit::new(i, end, Expr::Named { name, year, shift: None });
        // "third-quarter profit": an adjective leaves "the" to its noun.
        Some(if hyphen { hit } else { hit.the() })
    }

    /// A quarter with qualifiers before it: "fiscal first quarter", "1988 second quarter",
    /// "year-ago third quarter", "fiscal second-quarter".
    fn quarter_phrase(&self, i: usize) -> Option<Hit> {
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
    fn year_ago(&self, i: usize) -> Option<Hit> {
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

    /// "the 20th century", "the twentieth century".
    fn century(&self, i: usize) -> Option<Hit> {
        let (n, j) = self.ordinal(i)?;
        match self.unit(j) {
            Some((Unit::Century, false)) if (1..=40).contains(&n) => {
                Some(Hit::new(i, j + 1, Expr::Century(n as i32)).the())
            }
            _ => None,
        }
    }

    /// "the nineties", "the eighties".
    fn decade_word(&self, i: usize) -> Option<Hit> {
        let d = self.lex(i, |l| match l {
            L::DecadeWord(d) => Some(d),
            _ => None,
        })?;
        if self.age_after_owner(i) {
            return None;
        }
        Some(Hit::new(i, i + 1, Expr::Decade { first_year: i32::from(d), century_known: false }).the())
    }

    /// True when a decade written without its century at `i` follows a possessive ("in his 30s", "in
    /// their early twenties"): an age.
    fn age_after_owner(&self, i: usize) -> bool {
        let k = self.with_edge(i);
        k >= 1 && self.f(k - 1, F::Owner)
    }

    /// Where the expression at `i` starts with the edge modifier before it: at "early" in "early summer",
    /// at "mid" in "mid-30s"; at `i` when there is none.
    fn with_edge(&self, i: usize) -> usize {
        if i >= 2 && self.dash(i - 1) && self.glued(i) && self.edge(i - 2).is_some() {
            i - 2
        } else if i >= 1 && self.edge(i - 1).is_some() {
            i - 1
        } else {
            i
        }
    }

    /// "summer", "the summer of 1998", "winter 2015": a season where the words around it make it one.
    fn season(&self, i: usize) -> Option<Hit> {
        let s = self.lex(i, |l| match l {
            L::Season(s) => Some(s),
            _ => None,
        })?;
        let j = if self.f(i + 1, F::Of) { i + 2 } else { i + 1 };
        if let Some((y, k)) = self.year_after(j) {
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
        let ok = !infinitive && (temporal_prep(prev) || (after_the && (temporal_prep(prev2) || !ambiguous)));
        if !ok || self.f(i + 1, F::Of) {
            return None;
        }
        Some(Hit::new(i, i + 1, Expr::Named { name: Named::Season(s), year: None, shift: None }).the())
    }

    /// "Christmas", "New Year's Day", "Easter 2016".
    fn holiday(&self, i: usize) -> Option<Hit> {
        let first = self.get(i)?;
        // The lexicon marks the first word of every holiday's name (in lowercase, as the table has them).
        if !first.is_word() || !first.has(CAPITALIZED) || !first.any(bit::HOLIDAY) {
            return None;
        }
        // Up to eight words, skipping possessives and dots.
        let mut words: [(usize, &str); 8] = [(0, ""); 8];
        let max = self.lx.max_holiday_words().min(words.len());
        let mut len = 0;
        let mut k = i;
        while len < max {
            let Some(t) = self.get(k) else { break };
            let text = t.text(self.text);
            if t.is_punct('.') || text.starts_with('\'') || text.starts_with('\u{2019}') {
                k += 1;
                continue;
            }
            if !t.is_word() {
                break;
            }
            words[len] = (k, text);
            len += 1;
            k += 1;
        }
        let words = &words[..len];
        for holiday in self.lx.holidays() {
            let n = holiday.words.len();
            if n > words.len() || !holiday.words.iter().zip(words).all(|(h, (_, w))| w.eq_ignore_ascii_case(h)) {
                continue;
            }
            let mut end = words[n - 1].0 + 1;
            let mut year = None;
            let y_at = if self.f(end, F::Of) { end + 1 } else { end };
            if let Some((y, e)) = self.year_after(y_at) {
                year = Some(y);
                end = e;
            }
            return Some(Hit::new(i, end, Expr::Named { name: Named::Holiday(holiday.rule), year, shift: None }));
        }
        None
    }

    /// "now", "currently", "recently"; "in future", "at present".
    fn reference(&self, i: usize) -> Option<Hit> {
        if let Some(r) = self.lex(i, |l| match l {
            L::Reference(r) => Some(r),
            _ => None,
        }) {
            return Some(Hit::new(i, i + 1, Expr::Reference(r)));
        }
        let r = self.lex(i, |l| match l {
            L::BoundReference(r @ (Reference::Future | Reference::Present)) => Some(r),
            _ => None,
        })?;
        let after_prep = i > 0 && (self.f(i - 1, F::In) || self.f(i - 1, F::At));
        // "in future talks" is an adjective; "in future," and "at present" are references.
        let ends = self.get(i + 1).is_none_or(|t| !t.is_word() || !t.lex().is_empty());
        (after_prep && ends).then(|| Hit::new(i, i + 1, Expr::Reference(r)))
    }

    /// Sets: "daily", "every Monday", "each year", "every two weeks", "per day", "each July".
    fn set(&self, i: usize) -> Option<Hit> {
        let t = self.get(i)?;
        if let Some(unit) = t.find(|l| match l {
            L::Frequency(u) => Some(u),
            _ => None,
        }) {
            return Some(Hit::new(i, i + 1, Expr::Set(Recurrence::Every { n: 1, unit })));
        }
        if !t.is(L::Function(F::Every)) {
            return None;
        }
        let j = i + 1;
        if let Some((unit, _)) = self.unit(j) {
            return Some(Hit::new(i, j + 1, Expr::Set(Recurrence::Every { n: 1, unit })));
        }
        // "every other week".
        if let (true, Some((unit, false))) = (self.f(j, F::Other), self.unit(j + 1)) {
            return Some(Hit::new(i, j + 2, Expr::Set(Recurrence::Every { n: 2, unit })));
        }
        if let Some((d, k, false)) = self.weekday(j) {
            let part = self.part_of_day(k);
            let end = if part.is_some() { k + 1 } else { k };
            return Some(Hit::new(i, end, Expr::Set(Recurrence::Weekday { day: d, part })));
        }
        if let Some((m, k, false)) = self.month(j) {
            return Some(Hit::new(i, k, Expr::Set(Recurrence::Month(m))));
        }
        if let Some((n, k)) = self.count(j, false) {
            if let Some((unit, true)) = self.unit(k) {
                return Some(Hit::new(i, k + 1, Expr::Set(Recurrence::Every { n, unit })));
            }
        }
        None
    }

    // ---------------------------------------------------------------- output

    fn lead(&self, i: usize) -> Lead {
        let Some(prev) = i.checked_sub(1).and_then(|p| self.get(p)) else {
            return Lead::None;
        };
        for l in prev.lex() {
            let lead = match l {
                L::Function(F::Since) => Lead::Since,
                L::Function(F::From) => Lead::From,
                L::Function(F::To) => Lead::Until,
                L::Function(F::Before) => Lead::Before,
                L::Function(F::After) => Lead::After,
                L::Function(F::In | F::On | F::At | F::Over | F::Preposition | F::Between) => Lead::Preposition,
                _ => continue,
            };
            return lead;
        }
        Lead::None
    }

    fn mention(&self, hit: Hit) -> Option<Mention> {
        let first = self.get(hit.start)?;
        let last = self.get(hit.end.checked_sub(1)?)?;
        let later = matches!(hit.expr, Expr::Duration { .. })
            && self.lex(hit.end, |l| matches!(l, L::Function(F::Dir(Direction::Later))).then_some(())).is_some();
        Some(Mention {
            start: first.start,
            end: last.end,
            expr: hit.expr,
            modifier: hit.modifier,
            lead: self.lead(hit.start),
            range: RangeRole::None,
            tense: Tense::Unknown,
            attributed: false,
            background: false,
            quarter_context: false,
            later,
        })
    }

    fn emit(&self, mut hit: Hit, out: &mut Vec<Mention>) {
        let tail = hit.range_end.take();
        let Some(mut first) = self.mention(hit) else {
            return;
        };
        if let Some(tail) = tail {
            if let Some(mut second) = self.mention(*tail) {
                first.range = RangeRole::Start;
                second.range = RangeRole::End;
                second.lead = Lead::Until;
                // The year written after the second end belongs to the first too ("October 5 and 6, 2015").
                if let (Expr::Date { year: y1 @ None, .. }, Expr::Date { year: Some(y2), .. }) =
                    (&mut first.expr, &second.expr)
                {
                    *y1 = Some(*y2);
                }
                out.push(first);
                out.push(second);
                return;
            }
        }
        out.push(first);
    }
}

/// Links two mentions into a range where only a connector stands between them:
/// "from May to June", "between 1990 and 1995", "May-June".
fn link_ranges(text: &str, lx: &Lexicon, mentions: &mut [Mention]) {
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
                (to && a.lead == Lead::From) || and
            }
        };
        if connector {
            mentions[k - 1].range = RangeRole::Start;
            mentions[k].range = RangeRole::End;
            mentions[k].lead = Lead::Until;
        }
    }
}

/// Gives a clock time the day written next to it where the grammar read the two apart: "at 10:35 a.m.
/// (0735 GMT) Friday", "at 3 a.m. Moscow time on Saturday", "on Oct. 31, at 6:45 a.m.", "at midnight
/// (2200 GMT) on Friday". A day joined by "on" or "at" wins over one joined by punctuation alone, and the
/// day before over the day after. A time that has its day passes it on to a time joined to it ("10:35
/// a.m. (0735 GMT) Friday"). A part of the day takes the day after "of" ("the night of Oct. 23").
fn attach_days(text: &str, lx: &Lexicon, mentions: &mut [Mention]) {
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
        let Some(day) = day_of(&mentions[from].expr).cloned() else { continue };
        if let Expr::Clock { day: d @ None, .. } | Expr::DayPart { day: d @ None, .. } = &mut mentions[k].expr {
            *d = Some(Box::new(day));
        }
    }
}

/// A time of day with no day of its own: a clock time, noon or midnight.
fn time_of_day(e: &Expr) -> bool {
    matches!(
        e,
        Expr::Clock { day: None, .. } | Expr::DayPart { day: None, part: PartOfDay::Noon | PartOfDay::Midnight }
    )
}

/// For a part of the day with no day of its own, the index of a day written right after it with "of"
/// between ("the night of Oct. 23").
fn day_after_of(text: &str, lx: &Lexicon, mentions: &[Mention], k: usize) -> Option<usize> {
    if !matches!(mentions[k].expr, Expr::DayPart { day: None, .. }) {
        return None;
    }
    let b = mentions.get(k + 1)?;
    let gap = text.get(mentions[k].end..b.start)?.trim();
    let of = lx.lookup(gap).contains(&L::Function(F::Of));
    (of && !matches!(b.expr, Expr::Clock { .. }) && day_of(&b.expr).is_some()).then_some(k + 1)
}

/// The day an expression names: a date with its day, a weekday, "yesterday", a holiday, or the day of
/// a clock time.
fn day_of(e: &Expr) -> Option<&Expr> {
    match e {
        Expr::Date { day: Some(_), .. }
        | Expr::Weekday { .. }
        | Expr::Relative { unit: Unit::Day, .. }
        | Expr::Named { name: Named::Holiday(_), .. } => Some(e),
        Expr::Clock { day: Some(d), .. } => Some(d),
        _ => None,
    }
}

/// Whether the text between a clock time and a day keeps them one point in time, and how firmly: 2 when
/// "on" or "at" joins them, 1 for white space, commas, parentheses and "about" alone.
fn joins_day(gap: &str, lx: &Lexicon) -> Option<u8> {
    let mut strength = 1;
    for word in gap.split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')')) {
        if word.is_empty() {
            continue;
        }
        let readings = lx.lookup(word);
        if readings.iter().any(|l| matches!(l, L::Function(F::On | F::At))) {
            strength = 2;
        } else if !readings.contains(&L::Modifier(Modifier::Approx)) {
            return None;
        }
    }
    (gap.len() <= 24).then_some(strength)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::tokens::tokenize;

    fn find(text: &str) -> Vec<(String, Expr)> {
        let mut toks = Vec::new();
        tokenize(text, Lexicon::english(), &mut toks);
        recognize(text, &toks, Lexicon::english())
            .into_iter()
            .map(|m| (text[m.start..m.end].to_string(), m.expr))
            .collect()
    }

    fn spans(text: &str) -> Vec<String> {
        find(text).into_iter().map(|(s, _)| s).collect()
    }

    fn date(y: Option<i32>, m: Option<u8>, d: Option<u8>) -> Expr {
        Expr::Date { year: y.map(YearSpec::Full), month: m, day: d }
    }

    #[test]
    fn absolute_dates_in_news_forms() {
        let cases: &[(&str, &str, Expr)] = &[
            ("On October 7, ships fired.", "October 7", date(None, Some(10), Some(7))),
            ("Oct. 7, 2015 was the day.", "Oct. 7, 2015", date(Some(2015), Some(10), Some(7))),
            ("on the 7th of October", "7th of October", date(None, Some(10), Some(7))),
            ("On 30 November 2015, a call", "30 November 2015", date(Some(2015), Some(11), Some(30))),
            (
                "[Source: Itar Tass, Moscow, 30Nov15]",
                "30Nov15",
                Expr::Date { year: Some(YearSpec::Short(15)), month: Some(11), day: Some(30) },
            ),
            ("filed 2015-10-07.", "2015-10-07", date(Some(2015), Some(10), Some(7))),
            ("filed 10/7/2015.", "10/7/2015", date(Some(2015), Some(10), Some(7))),
            ("filed 7.10.2015.", "7.10.2015", date(Some(2015), Some(10), Some(7))),
            ("In June 2014, IS announced", "June 2014", date(Some(2014), Some(6), None)),
            ("signed in March 1991", "March 1991", date(Some(1991), Some(3), None)),
            ("in October of 2015", "October of 2015", date(Some(2015), Some(10), None)),
            ("in 1991 the treaty", "1991", date(Some(1991), None, None)),
        ];
        for (text, span, expr) in cases {
            let found = find(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(&found[0].0, span, "{text}");
            assert_eq!(&found[0].1, expr, "{text}");
        }
    }

    #[test]
    fn dates_with_times() {
        let found = find("30 Sep, 2015 14:16 / Updated 9 years ago");
        assert_eq!(found[0].0, "30 Sep, 2015 14:16");
        assert!(matches!(found[0].1, Expr::Clock { hour: 14, minute: 16, .. }));
        assert_eq!(found[1].0, "9 years ago");
        assert_eq!(spans("19:57 GMT09 May 2021"), ["19:57 GMT09 May 2021"]);
        assert_eq!(spans("Today at 11 a.m. Moscow time, jets flew"), ["Today", "11 a.m. Moscow time"]);
        assert_eq!(spans("talks at 15:00 GMT via video"), ["15:00 GMT"]);
        assert_eq!(spans("at 10 p.m. Wednesday"), ["10 p.m. Wednesday"]);
    }

    #[test]
    fn ranges_are_two_linked_mentions() {
        let mut toks = Vec::new();
        let text = "On October 5 and 6, our intelligence located targets. In 2013-2014, it called itself ISIL.";
        tokenize(text, Lexicon::english(), &mut toks);
        let found = recognize(text, &toks, Lexicon::english());
        let got: Vec<(&str, RangeRole)> = found.iter().map(|m| (&text[m.start..m.end], m.range)).collect();
        assert_eq!(
            got,
            [
                ("October 5", RangeRole::Start),
                ("6", RangeRole::End),
                ("2013", RangeRole::Start),
                ("2014", RangeRole::End)
            ]
        );
        assert_eq!(found[1].expr, date(None, Some(10), Some(6)));
        let text = "from May to June 2015";
        tokenize(text, Lexicon::english(), &mut toks);
        let found = recognize(text, &toks, Lexicon::english());
        assert_eq!(found.len(), 2);
        assert_eq!((found[0].range, found[1].range), (RangeRole::Start, RangeRole::End));
    }

    #[test]
    fn weekdays_and_relative_words() {
        assert_eq!(spans("said on Tuesday that"), ["Tuesday"]);
        assert_eq!(
            spans("Friday morning, last week, next month and this year"),
            ["Friday morning", "last week", "next month", "this year"]
        );
        assert_eq!(spans("three days ago and yesterday"), ["three days ago", "yesterday"]);
        assert_eq!(spans("the next day, a week earlier"), ["the next day", "a week earlier"]);
        assert_eq!(spans("last night and this morning"), ["last night", "this morning"]);
        assert_eq!(spans("Tuesday, October 13, 2015"), ["Tuesday, October 13, 2015"]);
    }

    #[test]
    fn modified_periods() {
        let found = find("In mid-November, Russia increased");
        assert_eq!(found[0].0, "mid-November");
        assert_eq!(spans("in early 2015 and late October"), ["early 2015", "late October"]);
        assert_eq!(spans("the end of November"), ["the end of November"]);
        assert_eq!(spans("in the late 1970s"), ["the late 1970s"]);
        assert_eq!(spans("late last year"), ["late last year"]);
    }

    #[test]
    fn durations_and_spans() {
        assert_eq!(spans("over the past 24 hours"), ["the past 24 hours"]);
        assert_eq!(spans("their four-year-long confrontation"), ["four-year-long"]);
        assert_eq!(spans("a decades-long feud, a day-long meeting"), ["decades-long", "day-long"]);
        assert_eq!(spans("a several-year tenure"), ["several-year"]);
        assert_eq!(spans("In three days we managed"), ["three days"]);
        assert_eq!(spans("a 90-minute video conference"), ["90-minute"]);
        assert_eq!(spans("for nearly forty years"), ["nearly forty years"]);
        assert_eq!(spans("no more than sixty days"), ["no more than sixty days"]);
        assert_eq!(spans("a year and a half"), ["a year and a half"]);
        assert_eq!(spans("2 1/2 years"), ["2 1/2 years"]);
        assert_eq!(spans("in recent years"), ["recent years"]);
        assert_eq!(spans("a decade"), ["a decade"]);
        assert_eq!(spans("a week or so ago, a year or two earlier"), ["a week or so ago", "a year or two earlier"]);
    }

    #[test]
    fn sets_and_references() {
        assert_eq!(spans("every Monday and daily and weekly"), ["every Monday", "daily", "weekly"]);
        assert_eq!(spans("paid annually, in the annual report"), ["annually"]);
        assert_eq!(spans("twice a week"), ["twice a week"]);
        assert_eq!(spans("now, recently, in the future, the past"), ["now", "recently", "the future", "the past"]);
        assert_eq!(spans("these days, these weeks, these men"), ["these days"]);
    }

    #[test]
    fn periods() {
        assert_eq!(spans("in the third quarter of 1998"), ["the third quarter of 1998"]);
        assert_eq!(spans("in the last half of 1989, the last quarter"), ["the last half of 1989", "the last quarter"]);
        assert_eq!(spans("third-quarter profit"), ["third-quarter"]);
        assert_eq!(spans("the 1990s and the nineties"), ["the 1990s", "the nineties"]);
        assert_eq!(spans("the 20th century"), ["the 20th century"]);
        assert_eq!(spans("this summer and last fall"), ["this summer", "last fall"]);
        assert_eq!(spans("on Christmas Eve and New Year's Day"), ["Christmas Eve", "New Year's Day"]);
        assert_eq!(spans("over the weekend"), ["the weekend"]);
        assert_eq!(
            spans("the day after tomorrow, the day before yesterday"),
            ["the day after tomorrow", "the day before yesterday"]
        );
        assert_eq!(spans("the day after yesterday"), ["yesterday"]);
        assert_eq!(spans("in the week of March 6, the week of the vote"), ["the week of March 6"]);
        assert_eq!(spans("in fiscal 1998"), ["fiscal 1998"]);
        assert_eq!(spans("in the fourth fiscal quarter"), ["the fourth fiscal quarter"]);
    }

    #[test]
    fn traps_are_not_dates() {
        for text in [
            "struck 2,084 targets",
            "Su-24 and Su-34 bombers, Su-25SM and Su-24M jets",
            "KAB-500 bombs and H-29L missiles",
            "Title 17 U.S.C. Section 107",
            "May God help us",
            "They will march on the capital.",
            "It may rain.",
            "Theresa May said",
            "$1.5 million",
            "Islamic State (formerly ISIS)",
            "he paid $2000 for it",
            "call 555-1234 now",
            "2000 people attended",
            "Mi-8 and Mi-24 helicopters",
            "the F-16 fighter",
            "The fall of the Berlin Wall",
            "won 3-1",
            "40% of the territory",
        ] {
            let found: Vec<_> = find(text).into_iter().filter(|(_, e)| e.is_point()).collect();
            assert!(found.is_empty(), "{text}: {found:?}");
        }
    }
}
