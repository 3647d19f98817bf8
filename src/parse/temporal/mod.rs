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

use super::expr::{DayOrder, Expr, Lead, Mention, Named, RangeRole, RelativeTo, Tense, YearSpec};
use super::tokens::{CAPITALIZED, Kind, Marks, NEWLINE_BEFORE, NumSuffix, Token};
use crate::lang::{Direction, Function as F, Lexeme as L, Lexicon, Modifier, PartOfDay, Reference, Shift, Unit};

/// The reading bits that let a word start each pattern.
pub(crate) mod bit {
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
        | L::Function(F::Over).bit()
        | L::Function(F::Circa).bit();
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
        | L::Function(F::Few).bit()
        | L::Function(F::Half).bit();
    pub const SET: u128 = L::Frequency(Unit::Day).bit() | L::Function(F::Every).bit();
    pub const HOLIDAY: u128 = L::HolidayStart(0).bit();
    pub const SEASON: u128 = L::Season(Season::Summer).bit();
    pub const REFERENCE: u128 = L::Reference(Reference::Past).bit() | L::BoundReference(Reference::Past).bit();
    pub const ORDINAL: u128 = L::Ordinal(0).bit();
    pub const DECADE: u128 = L::DecadeWord(0).bit();
    pub const PART: u128 = L::PartOfDay(PartOfDay::Night).bit() | L::StandalonePart(PartOfDay::Night).bit();
    pub const FISCAL: u128 = L::Function(F::Fiscal).bit();
    /// "by", "until": a deadline before a time.
    pub const DEADLINE: u128 = L::Function(F::By).bit() | L::Function(F::Until).bit();
    /// Every function word's bit (they take the low 64).
    pub const FUNCTION: u128 = u64::MAX as u128;
    pub const THESE: u128 = L::Function(F::These).bit();
    pub const PERIOD_LETTER: u128 = L::PeriodLetter(Unit::Quarter).bit();
    pub const ERA: u128 = L::Era(false).bit();
    pub const MID_UNIT: u128 = L::MidUnit(Unit::Week).bit();
    pub const UNIT_LONG: u128 = L::UnitLong(Unit::Week).bit();
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
        | PERIOD_LETTER
        | ERA
        | MID_UNIT
        | UNIT_LONG;

    /// The readings of a word that measures a time between the two "as" of an equative: "as early as",
    /// "as late as", "as recently as".
    pub const TIME_MEASURE: u128 = MODIFIER | REFERENCE | DIR;

    /// The readings of a word after which a word that is both a verb and a time word ("last", "fall",
    /// "spring") is the verb: a modal, "will", "to" ("will last 4 minutes", "expected to fall next year").
    pub const BEFORE_VERB: u128 = L::Modal.bit() | L::FutureMarker.bit() | L::Function(F::To).bit();

    // What patterns read after the token that starts them, to tell early that they cannot match.
    pub const OF: u128 = L::Function(F::Of).bit();
    pub const AND: u128 = L::Function(F::And).bit();
    pub const TO: u128 = L::Function(F::To).bit();
    /// What may follow the hour of a clock time: a.m. or p.m., "o'clock", "in the morning", "at night", "noon"
    /// or "midnight" after 12, and the connector of a range of hours ("9 to 11 a.m.").
    pub const AFTER_HOUR: u128 = L::Meridiem(false).bit()
        | L::Function(F::OClock).bit()
        | L::StandalonePart(PartOfDay::Noon).bit()
        | L::Function(F::In).bit()
        | L::Function(F::At).bit()
        | AND
        | TO;
    /// The prepositions that place or bound a time, before a day of the month alone ("on the 14th", "until
    /// the 20th").
    pub const PLACING: u128 = L::Function(F::On).bit()
        | L::Function(F::To).bit()
        | L::Function(F::By).bit()
        | L::Function(F::Since).bit()
        | L::Function(F::From).bit()
        | L::Function(F::Before).bit()
        | L::Function(F::After).bit();
    /// What may follow the first word of a clock time in words ("five o'clock", "half past two", "a
    /// quarter to five", "ten minutes to six", "ten in the evening").
    pub const AFTER_CLOCK_WORD: u128 = L::Function(F::OClock).bit()
        | L::Function(F::PastHour).bit()
        | L::Function(F::To).bit()
        | L::Function(F::In).bit()
        | L::Function(F::At).bit()
        | UNIT;
    /// The words that may follow a number that counts units: a unit, the connector of a range ("two to
    /// three weeks"), "and a half", "times", "more", "consecutive" ("18 consecutive months"), a unit's
    /// letter ("2h ago").
    pub const AFTER_COUNT: u128 = UNIT
        | AND
        | TO
        | L::Function(F::Times).bit()
        | L::Function(F::More).bit()
        | L::Function(F::Straight).bit()
        | L::UnitKind.bit()
        | L::UnitLetter(Unit::Hour).bit();
    /// What a shift reads after it ("last week", "this past weekend", "next Tuesday", "last two weeks",
    /// "the past few weeks", "next fiscal year", "this time last year").
    pub const AFTER_SHIFT: u128 = L::Shift(Shift::This).bit()
        | L::Function(F::Time).bit()
        | UNIT
        | PART
        | WEEKDAY
        | MONTH
        | SEASON
        | HOLIDAY
        | CARDINAL
        | ARTICLE
        | FISCAL
        | L::Function(F::Financial).bit()
        | L::Function(F::Couple).bit()
        | L::Function(F::Few).bit()
        | L::Function(F::Half).bit()
        | L::Function(F::Date).bit();
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
            // A count that opens a proper name is no length of time: "the Thirty Years' War", "the Six-Day War";
            // nor is a season or a holiday that does: "the Summer Olympics", "Fall River", "Christmas Island".
            let opens_name = match &hit.expr {
                Expr::Duration { .. } => g.opens_name(hit.start, hit.end),
                Expr::Named { name: Named::Season(_), year: None, shift: None } => g.names_with_next(hit.end),
                // A holiday of one word ("Christmas Day Pope Francis" keeps its whole name), or one of more
                // after "the" ("the Yom Kippur War", "the Easter Rising", "the New Year Honours").
                Expr::Named { name: Named::Holiday(_), year: None, shift: None } => {
                    let the = g.f(hit.start, F::The) || (hit.start > 0 && g.f(hit.start - 1, F::The));
                    (hit.end == hit.start + 1 || the) && g.names_with_next(hit.end)
                }
                _ => false,
            };
            if opens_name {
                continue;
            }
            g.emit(hit, out);
        }
    }
    // The passes below join two mentions or more; most lines have fewer.
    if out.len() - first < 2 {
        return;
    }
    link_ranges(text, tokens, lexicon, &mut out[first..]);
    weekly_hours(text, lexicon, &mut out[first..]);
    recurring_coordinates(text, lexicon, &mut out[first..]);
    coordinate_weekdays(text, lexicon, &mut out[first..]);
    years_of_coordinates(text, lexicon, &mut out[first..]);
    weekdays_beside_dates(text, &mut out[first..]);
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
    /// The weekday written before a date ("Monday, March 15"), ISO numbered.
    weekday: Option<u8>,
    /// The order of the day and the month of a date that wrote both.
    order: Option<DayOrder>,
    range_end: Option<Box<Hit>>,
}

impl Hit {
    fn new(start: usize, end: usize, expr: Expr) -> Hit {
        Hit { start, end, expr, modifier: None, takes_the: false, weekday: None, order: None, range_end: None }
    }

    fn the(mut self) -> Hit {
        self.takes_the = true;
        self
    }

    fn ordered(mut self, order: DayOrder) -> Hit {
        self.order = Some(order);
        self
    }
}

/// The longest of the matches considered so far; the first of those that end at the same token.
struct Longest(Option<Hit>);

impl Longest {
    #[inline(always)]
    fn consider(&mut self, h: Option<Hit>) {
        if let Some(h) = h
            && self.0.as_ref().is_none_or(|b| h.end > b.end)
        {
            self.0 = Some(h);
        }
    }
}

/// The most tokens between a part of a game ("the second half") and a word of play that tells it is one.
const PLAY_REACH: usize = 12;

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

    /// True when token `i` is the function word `f`. Always inlined: the reading's bit is then a constant.
    #[inline(always)]
    fn f(&self, i: usize, f: F) -> bool {
        self.get(i).is_some_and(|t| t.is(L::Function(f)))
    }

    fn p(&self, i: usize, c: char) -> bool {
        self.get(i).is_some_and(|t| t.is_punct(c))
    }

    /// True for a word that the lexicon does not know (a noun, a name or a verb, as often as not).
    fn unknown_word(&self, i: usize) -> bool {
        self.get(i).is_some_and(|t| t.is_word() && t.lex().is_empty())
    }

    fn dash(&self, i: usize) -> bool {
        self.get(i).is_some_and(Token::is_dash)
    }

    /// A dash at `i` glued to the tokens on both sides ("2013-2014", "10-11 October").
    fn glued_dash(&self, i: usize) -> bool {
        self.dash(i) && self.glued(i) && self.glued(i + 1)
    }

    /// True when the length of time in tokens `start..end` opens a proper name: its count follows "the",
    /// its unit is capitalized, and a capitalized word with no reading comes next, past a possessive
    /// apostrophe ("the Thirty Years' War", "the Six-Day War"; not a headline's "For Three Days Running").
    #[cold]
    fn opens_name(&self, start: usize, end: usize) -> bool {
        let count = if self.f(start, F::The) { start + 1 } else { start };
        if !self.cap(end - 1) || !count.checked_sub(1).is_some_and(|p| self.f(p, F::The)) {
            return false;
        }
        let apostrophe = self.get(end).is_some_and(|t| matches!(t.kind, Kind::Punct('\'' | '\u{2019}')));
        let k = if apostrophe { end + 1 } else { end };
        self.get(k).is_some_and(|t| t.is_word() && t.has(CAPITALIZED) && t.bits() == 0)
    }

    /// True when the capitalized word that ends at token `end` and the capitalized word with no reading after
    /// it make a name ("Summer Olympics", "Fall River", "Christmas Island"): a season is capitalized only in
    /// a name or a title, and a holiday of one word is followed by no other capitalized word in its own use.
    #[cold]
    fn names_with_next(&self, end: usize) -> bool {
        let next = self.get(end).is_some_and(|t| t.is_word() && t.spaced() && t.has(CAPITALIZED) && t.bits() == 0);
        next && end.checked_sub(1).is_some_and(|last| self.cap(last))
    }

    /// True when what follows token `i` is nothing, a word with no reading, or a mark that no number
    /// pattern reads after a number (all but dashes, '/', '.', ',' and ':').
    fn counts_nothing_after(&self, i: usize) -> bool {
        self.get(i + 1).is_none_or(|t| match t.kind {
            Kind::Word => t.bits() == 0,
            Kind::Number(_) => false,
            Kind::Punct(c) => !matches!(c, '-' | '\u{2013}' | '\u{2014}' | '/' | '.' | ',' | ':'),
        })
    }

    /// True when token `k` is a possessive ("'s", "’s", or the apostrophe after a plural): what stands
    /// before it names something that follows.
    fn possessive_at(&self, k: usize) -> bool {
        self.get(k).is_some_and(|t| t.text(self.text).starts_with(['\'', '\u{2019}']))
    }

    /// True when the numbers of tokens `i` and `end - 1` are inside a longer run of numbers joined by marks
    /// that `mark` accepts ("1/2/3/4", an address, a phone number): a number with such a mark glued before
    /// `i`, or such a mark glued at `end` with a number glued after it.
    fn in_number_run(&self, i: usize, end: usize, mark: fn(char) -> bool) -> bool {
        let run = |k: usize| self.get(k).is_some_and(|t| matches!(t.kind, Kind::Punct(c) if mark(c)));
        let number = |k: usize| self.get(k).is_some_and(|t| t.num().is_some());
        (i > 1 && self.glued(i) && run(i - 1) && number(i - 2))
            || (self.glued(end) && run(end) && self.glued(end + 1) && number(end + 1))
    }

    /// True when the token before `i` has a reading in `mask` (a preposition that places a day before it:
    /// [`bit::PLACING`]).
    fn follows(&self, i: usize, mask: u128) -> bool {
        i.checked_sub(1).and_then(|p| self.get(p)).is_some_and(|t| t.any(mask))
    }

    fn glued(&self, i: usize) -> bool {
        self.get(i).is_some_and(|t| !t.spaced())
    }

    /// True when token `i` stands between the two "as" of an equative ("as recently as", "as early as").
    fn in_equative(&self, i: usize) -> bool {
        i > 0
            && self.get(i - 1).is_some_and(|t| t.is(L::Equative))
            && self.get(i + 1).is_some_and(|t| t.is(L::Equative))
    }

    /// For an equative that ends right before token `i`: whether it measures a time ("as early as March",
    /// true) or an amount ("as many as 2000", false); `None` when there is none.
    fn equative_before(&self, i: usize) -> Option<bool> {
        let k = i.checked_sub(2).filter(|&k| self.in_equative(k))?;
        Some(self.get(k)?.any(bit::TIME_MEASURE))
    }

    /// True when "later than" or "earlier than" stands before token `i` ("no later than 2028"), or an
    /// equative that measures a time ("as early as March"): a time is compared there, where "than" otherwise
    /// compares amounts ("more than 2000").
    fn after_time_comparison(&self, i: usize) -> bool {
        let later = |l| matches!(l, L::Function(F::Dir(Direction::Later | Direction::Earlier))).then_some(());
        self.equative_before(i) == Some(true) || (i > 1 && self.f(i - 1, F::Than) && self.lex(i - 2, later).is_some())
    }

    /// True when an equative that measures an amount stands before token `i` ("as many as 2000", "as much
    /// as 1500"): a number there counts.
    fn after_amount_equative(&self, i: usize) -> bool {
        self.equative_before(i) == Some(false)
    }

    /// True when token `i` is a word or a number glued to the token before it: what stands before goes on
    /// into it ("30-May-2015x", "FY15a"), so it ends no date there.
    fn glued_on(&self, i: usize) -> bool {
        self.get(i).is_some_and(|t| !t.spaced() && (t.is_word() || t.num().is_some()))
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

    /// A shift counted from the time of speaking ("next", false) or from the time mentioned last
    /// ("following", true).
    fn any_shift(&self, i: usize) -> Option<(Shift, bool)> {
        self.shift(i).map(|s| (s, false)).or_else(|| {
            self.lex_in(i, L::AnaphoricShift(Shift::This).bit(), |l| match l {
                L::AnaphoricShift(s) => Some((s, true)),
                _ => None,
            })
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

    /// True when a word of a game told in play ([`crate::lang::Language::play_words`]) stands within
    /// [`PLAY_REACH`] tokens before `i` or from `end` on, in the same sentence.
    fn in_play(&self, i: usize, end: usize) -> bool {
        let open = |t: &&Token<'_>| !matches!(t.kind, Kind::Punct('.' | '!' | '?'));
        let play = |t: &Token<'_>| t.is(L::Play);
        let before = self.t.get(i.saturating_sub(PLAY_REACH)..i).unwrap_or_default();
        let after = self.t.get(end..).unwrap_or_default();
        before.iter().rev().take_while(open).any(play) || after.iter().take(PLAY_REACH).take_while(open).any(play)
    }

    fn is_identifier_letters(&self, i: usize) -> bool {
        // A word with no temporal reading, glued to a number: "Su" in "Su-24", "M" in "24M".
        self.get(i).is_some_and(|t| {
            t.is_word()
                && !t.lex().iter().any(|l| {
                    !matches!(
                        l,
                        L::Function(_)
                            | L::Speech
                            | L::PastMarker
                            | L::FutureMarker
                            | L::ReferenceNoun
                            | L::Magnitude
                            | L::UnitLetter(_)
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
        self.glued(i + 1) && self.is_identifier_letters(i + 1) && self.unit_letter_ago(i + 1).is_none()
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
                // Most articles come before a word with no reading ("a man"), which they do not count.
                bit::ARTICLE if !self.may_count(i + 1) => None,
                // "a quarter past six" is a clock time, longer than the count "a quarter".
                bit::ARTICLE if self.unit(i + 1) == Some((Unit::Quarter, false)) => {
                    let mut best = Longest(self.counted(i));
                    best.consider(self.clock_with_day(i));
                    best.0
                }
                bit::ARTICLE => {
                    let mut best = Longest(self.counted(i));
                    best.consider(self.unnamed_later(i));
                    best.0
                }
                _ => self.every(i, depth),
            },
            Kind::Punct(c) if c != '\'' && c != '\u{2019}' => None,
            // Most numbers count something ("38 people", "40%"): no pattern starts at one that is no year
            // and has no suffix when a word with no reading, or a mark that no pattern reads after a number,
            // comes next.
            Kind::Number(n) if n.digits != 4 && n.suffix == NumSuffix::None && self.counts_nothing_after(i) => None,
            _ => self.every(i, depth),
        }
    }

    /// The longest expression that starts at token `i`, trying every pattern the token can start.
    fn every(&self, i: usize, depth: u8) -> Option<Hit> {
        let t = self.get(i)?;
        let mut best = Longest(None);
        match t.kind {
            Kind::Number(n) => {
                // Each pattern is tried only where the number and what follows it let it match: most
                // numbers count something ("38 people", "1.5 million") and are followed by a word or a mark
                // that one pattern reads, or none.
                let next = self.get(i + 1);
                let word = |mask: u128| next.is_some_and(|t| t.any(mask));
                let mark = |p: fn(char) -> bool| next.is_some_and(|t| matches!(t.kind, Kind::Punct(c) if p(c)));
                let dash = self.dash(i + 1);
                let plain = n.plain();
                if mark(|c| matches!(c, '-' | '/' | '.')) {
                    best.consider(self.numeric_date(i));
                }
                // "5 October", "5th of October", "the 5th day of October".
                if n.digits <= 2 && (word(bit::MONTH | bit::OF) || (n.suffix == NumSuffix::Ordinal && word(bit::UNIT)))
                {
                    best.consider(self.day_first(i));
                }
                if dash || mark(|c| c == ',' || c == '/') || word(bit::AND | bit::TO) {
                    best.consider(self.day_list(i));
                }
                if n.digits == 1 && word(bit::PERIOD_LETTER) {
                    best.consider(self.lettered_period(i));
                }
                let hour = plain && n.digits <= 2 && n.value <= 24;
                // "at 7 this morning", "at 8 tomorrow evening", "at 9 on Friday evening": an hour after "at"
                // before a part of a named day.
                // So is one after a part of the day and "at" ("tomorrow night at 7").
                let part_near = || {
                    self.at_before(i)
                        && (word(bit::SHIFT | bit::DAY_WORD | L::Function(F::On).bit())
                            || self.part_behind(i).is_some())
                };
                // "06h00": the hour's letter glued between hour and minutes.
                let h_glued = || self.glued(i + 1) && word(L::UnitLetter(Unit::Hour).bit()) && self.hour_letter(i + 1);
                // "200 AM": hours and minutes run together before a.m. or p.m.
                let run_together =
                    || n.digits == 3 && plain && word(L::Meridiem(false).bit() | L::Meridiem(true).bit());
                if n.digits == 4
                    || run_together()
                    || (hour
                        && (dash
                            || mark(|c| c == ':' || c == '.')
                            || word(bit::AFTER_HOUR)
                            || part_near()
                            || h_glued()))
                {
                    best.consider(self.clock_with_day(i));
                }
                if n.digits == 4 || n.suffix == NumSuffix::Plural {
                    best.consider(self.year_forms(i));
                }
                // A decimal count ("5.2 years", "a 2.5-hour flight") only before a word a count reads.
                let decimal = || {
                    mark(|c| c == '.')
                        && self.get(i + 2).is_some_and(|t| t.num().is_some())
                        && (self.dash(i + 3) || self.get(i + 3).is_some_and(|t| t.any(bit::AFTER_COUNT)))
                };
                if dash || next.is_some_and(|t| t.num().is_some()) || word(bit::AFTER_COUNT | bit::WEEKDAY) || decimal()
                {
                    best.consider(self.counted(i));
                }
                if n.suffix == NumSuffix::Ordinal {
                    best.consider(self.quarter(i));
                    best.consider(self.century(i));
                }
                if word(bit::ERA) {
                    best.consider(self.era_year(i));
                }
            }
            Kind::Word => {
                // Each pattern is tried only where the token can start it.
                let k = |mask: u128| t.any(mask);
                if k(bit::THE) {
                    best.consider(self.the_prefixed(i, depth));
                }
                if k(bit::MODIFIER) {
                    best.consider(self.edge_prefixed(i, depth));
                    // "the final quarter of 2025", as "the last quarter of 2025".
                    if self.f(i + 2, F::Of) {
                        best.consider(self.quarter(i));
                    }
                }
                if k(bit::APPROX) {
                    best.consider(self.approx_prefixed(i, depth));
                }
                if k(bit::DIR) {
                    best.consider(self.dir_prefixed(i, depth));
                }
                if k(bit::UNIT_LONG) {
                    // "a weeklong festival": one unit; the article stays out, as with "week-long".
                    let unit = self.lex(i, |l| match l {
                        L::UnitLong(u) => Some(u),
                        _ => None,
                    });
                    best.consider(unit.map(|unit| {
                        Hit::new(i, i + 1, Expr::Duration { amount: crate::parse::expr::Amount::ONE, unit })
                    }));
                }
                if k(bit::CARDINAL) {
                    best.consider(self.year_words(i).map(|(y, end)| {
                        Hit::new(i, end, Expr::Date { year: Some(YearSpec::Full(y)), month: None, day: None })
                    }));
                }
                if k(bit::SHIFT) {
                    // Most shifts are "that" before a word that no shift reads ("that the", "that he").
                    if self.get(i + 1).is_some_and(|n| n.num().is_some() || n.any(bit::AFTER_SHIFT)) {
                        best.consider(self.shifted(i));
                    }
                    // A shift starts a quarter only as "the last quarter of 1989".
                    if k(bit::ORDINAL | bit::CARDINAL) || self.f(i + 2, F::Of) {
                        best.consider(self.quarter(i));
                    }
                    best.consider(self.year_possessive(i));
                }
                if k(bit::MONTH) {
                    best.consider(self.month_first(i));
                    best.consider(self.month_quarter(i));
                }
                if k(bit::WEEKDAY) {
                    best.consider(self.weekday_forms(i));
                }
                if k(bit::DAY_WORD) {
                    best.consider(self.day_word(i));
                }
                if k(bit::COUNT) {
                    best.consider(self.counted(i));
                    // A clock time in words has "o'clock", "past", "minutes", a part of the day ("in the
                    // evening") or, after "quarter", "to" after its first word (the reading bits first: most
                    // words after a count have none of them).
                    // "half six": the hour right after "half".
                    let half_hour = || self.get(i + 1).is_some_and(|n| n.any(bit::CARDINAL)) && self.f(i, F::Half);
                    let connected = self.get(i + 1).is_some_and(|n| n.any(bit::AFTER_CLOCK_WORD))
                        && (self.f(i + 1, F::OClock)
                            || self.f(i + 1, F::PastHour)
                            || matches!(self.unit(i + 1), Some((Unit::Minute, _)))
                            || (self.f(i + 1, F::To)
                                && (self.unit(i) == Some((Unit::Quarter, false))
                                    || self.names_noon_or_midnight(i + 2)))
                            || self.hour_part(i + 1).is_some());
                    if connected || half_hour() {
                        best.consider(self.clock_with_day(i));
                    }
                }
                if k(bit::SET) {
                    best.consider(self.set(i));
                }
                if k(bit::HOLIDAY) {
                    best.consider(self.holiday(i));
                }
                if k(bit::SEASON) {
                    best.consider(self.season(i));
                }
                if k(bit::REFERENCE) {
                    best.consider(self.reference(i));
                }
                if k(bit::ORDINAL) {
                    best.consider(self.quarter(i));
                    best.consider(self.century(i));
                }
                if k(bit::DECADE) {
                    best.consider(self.decade_word(i));
                }
                if k(bit::PART) {
                    best.consider(self.part_of_day_alone(i));
                }
                if k(bit::FISCAL) {
                    best.consider(self.fiscal(i));
                }
                if k(bit::PERIOD_LETTER) {
                    best.consider(self.lettered_period(i));
                }
                if k(bit::ERA) {
                    best.consider(self.era_year(i));
                }
                if k(bit::MID_UNIT)
                    && let Some(unit) = t.find(|l| match l {
                        L::MidUnit(u) => Some(u),
                        _ => None,
                    })
                {
                    // "midweek", "midyear": as "mid-week", the middle of the one under discussion.
                    let mid = Expr::Relative { unit, offset: 0, to: RelativeTo::Reference };
                    best.consider(Some(Hit { modifier: Some(Modifier::Mid), ..Hit::new(i, i + 1, mid) }));
                }
                if k(bit::THESE) && self.unit(i + 1) == Some((Unit::Day, true)) {
                    // "these days": the present.
                    best.consider(Some(Hit::new(i, i + 2, Expr::Reference(Reference::Present))));
                }
                if k(bit::FISCAL | bit::UNIT) {
                    best.consider(self.quarter_phrase(i));
                }
                if k(bit::UNIT) {
                    best.consider(self.year_ago(i));
                    best.consider(self.year_end(i));
                }
                // A day in words is an ordinal, or a cardinal's tens before one ("twenty-first"): most
                // cardinals ("two", "one") start no day.
                let ordinal_at = |k: usize| self.get(k).is_some_and(|t| t.any(bit::ORDINAL));
                if k(bit::ORDINAL) || (k(bit::CARDINAL) && (ordinal_at(i + 1) || ordinal_at(i + 2))) {
                    best.consider(self.day_first(i));
                    best.consider(self.day_list(i));
                }
            }
            Kind::Punct('\'' | '\u{2019}') => best.consider(self.year_forms(i)),
            _ => {}
        }
        best.0
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
        let duration = matches!(hit.expr, Expr::Duration { .. });
        let later = duration
            && self.lex(hit.end, |l| matches!(l, L::Function(F::Dir(Direction::Later))).then_some(())).is_some()
            && !self.compares(hit.end);
        // "three days after": the time after the preposition, if any, is checked when the mentions are dated.
        let offset = if !duration {
            None
        } else if self.f(hit.end, F::After) {
            Some(1)
        } else if self.f(hit.end, F::Before) {
            Some(-1)
        } else {
            None
        };
        // "the nine months ended Sept. 30", "the 12 months to March 31": the length that runs up to the time
        // after it ("to" and "through" only after "the": "cut by two weeks to Friday" is no such length).
        let ending = duration && (self.f(hit.end, F::Ending) || (self.f(hit.start, F::The) && self.f(hit.end, F::To)));
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
            habitual: false,
            backshifted: false,
            later,
            offset,
            ending,
            named: false,
            weekday: hit.weekday,
            order: hit.order,
            coordinated: false,
            begun: false,
            since: false,
            compared: false,
            aside: false,
            opens: false,
            deferred: false,
            frames: false,
            framed: false,
            conditional: false,
            covered: false,
        })
    }

    fn emit(&self, mut hit: Hit, out: &mut Vec<Mention>) {
        let tail = hit.range_end.take();
        let Some(mut first) = self.mention(hit) else {
            return;
        };
        if let Some(tail) = tail
            && let Some(mut second) = self.mention(*tail)
        {
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
        out.push(first);
    }
}

mod clock;
mod dates;
mod days;
mod links;
mod periods;
mod prefixes;
mod relative;
mod words;

pub(crate) use links::moved_from;
use links::{
    attach_days, coordinate_weekdays, link_ranges, recurring_coordinates, weekdays_beside_dates, weekly_hours,
    years_of_coordinates,
};

#[cfg(test)]
mod tests;
