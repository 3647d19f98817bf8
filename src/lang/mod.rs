//! Language knowledge as data.
//!
//! Every word that the tagger, the sentence splitter and the merger know
//! about lives in a [`Language`] table: month and weekday names, number
//! words, units, relative words, holidays, abbreviations, stop words. The
//! matching code reads the table through a compiled [`Lexicon`]; it never
//! spells out an English word itself. A second language is a second table
//! (plus its test corpus), not a rewrite.
//!
//! ```
//! use timeline_extract::lang::{Lexeme, Lexicon};
//!
//! let lexicon = Lexicon::english();
//! assert!(lexicon.lookup("October").contains(&Lexeme::Month(10)));
//! assert!(lexicon.lookup("days").contains(&Lexeme::Unit(timeline_extract::lang::Unit::Day, true)));
//! ```

pub mod en;

use std::collections::HashMap;

use once_cell::sync::Lazy;

/// A unit of calendar or clock time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub enum Unit {
    /// A second.
    Second,
    /// A minute.
    Minute,
    /// An hour.
    Hour,
    /// A day.
    Day,
    /// A week (seven days).
    Week,
    /// A weekend.
    Weekend,
    /// Two weeks.
    Fortnight,
    /// A calendar month.
    Month,
    /// A quarter of a year.
    Quarter,
    /// Half a year.
    Half,
    /// A year.
    Year,
    /// Ten years.
    Decade,
    /// A hundred years.
    Century,
    /// A thousand years.
    Millennium,
}

/// A part of the day, as TIMEX3 writes it (`TMO`, `TAF`, `TEV`, `TNI`) or a
/// named clock time (noon, midnight).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub enum PartOfDay {
    /// Morning (`MO`).
    Morning,
    /// Afternoon (`AF`).
    Afternoon,
    /// Evening (`EV`).
    Evening,
    /// Night (`NI`).
    Night,
    /// Daytime (`DT`).
    Daytime,
    /// 12:00.
    Noon,
    /// 24:00 (written `T24:00` by TIMEX3 convention as the day's end).
    Midnight,
}

/// A season of the (northern) year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub enum Season {
    /// `SP`.
    Spring,
    /// `SU`.
    Summer,
    /// `FA`.
    Fall,
    /// `WI`.
    Winter,
}

/// Where a relative word points from the anchor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub enum Shift {
    /// "last", "previous", "past".
    Last,
    /// "next", "coming", "following", "upcoming".
    Next,
    /// "this", "current".
    This,
    /// "that", "same": the period of the reference, not of the speaker.
    Same,
}

/// A word that places a count of units before or after a reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Direction {
    /// "ago": before the time of speaking.
    Ago,
    /// "earlier", "before", "prior": before a reference.
    Earlier,
    /// "later", "after", "hence": after a reference.
    Later,
}

/// A modifier that narrows or qualifies an expression (TIMEX3 `mod`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub enum Modifier {
    /// "early", "beginning", "start": `START`.
    Start,
    /// "mid", "middle": `MID`.
    Mid,
    /// "late", "end", "close": `END`.
    End,
    /// "about", "around", "roughly": `APPROX`.
    Approx,
    /// "nearly", "almost", "under": `LESS_THAN`.
    LessThan,
    /// "over", "more than": `MORE_THAN`.
    MoreThan,
    /// "at least": `EQUAL_OR_MORE`.
    EqualOrMore,
    /// "up to", "at most", "no more than": `EQUAL_OR_LESS`.
    EqualOrLess,
}

/// The vague time references of TIMEX3.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub enum Reference {
    /// `PRESENT_REF`: "now", "currently".
    Present,
    /// `PAST_REF`: "recently", "formerly", "the past".
    Past,
    /// `FUTURE_REF`: "the future", "soon".
    Future,
}

/// A grammatical function word that the temporal grammar relies on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Function {
    /// Definite article.
    The,
    /// Indefinite article ("a", "an"); also the count one in durations.
    A,
    /// "of", linking a period to its year ("summer of 1998").
    Of,
    /// "and": joins the two ends of a range.
    And,
    /// "to", "through", "until", "till": the end of a range.
    To,
    /// "from": the start of a range.
    From,
    /// "between".
    Between,
    /// "since": an expression that opens an open-ended span.
    Since,
    /// "in", "on", "at", "during", "by", "for", "within", "over", "throughout": prepositions left outside spans.
    Preposition,
    /// "every", "each", "per": marks a set.
    Every,
    /// "than" ("more than").
    Than,
    /// "least" ("at least").
    Least,
    /// "most" ("at most").
    Most,
    /// "more".
    More,
    /// "less", "fewer".
    Less,
    /// "no", "not" ("no more than").
    No,
    /// "up" ("up to").
    Up,
    /// "at".
    At,
    /// "on".
    On,
    /// "in".
    In,
    /// "over": a preposition or, before a count, `MORE_THAN`.
    Over,
    /// "fiscal": a fiscal year or quarter.
    Fiscal,
    /// "o'clock".
    OClock,
    /// "half" in "a year and a half" or "first half".
    Half,
    /// "couple" ("a couple of days").
    Couple,
    /// "few", "several", "some", "many": an unspecified count.
    Few,
    /// "recent": "recent years" is an unspecified duration in the past.
    Recent,
    /// "ago", "earlier", "later": an adverb after a count of units.
    Dir(Direction),
    /// "before": a preposition.
    Before,
    /// "after": a preposition.
    After,
    /// "near", "distant", "foreseeable", "immediate": qualifies "future" and "past".
    Qualifier,
    /// "from now", "hence": used with "now".
    Now,
    /// "time" as in "Moscow time", "local time".
    Time,
    /// "once", "twice", "thrice": a count of repetitions for sets.
    Times,
    /// "long" in "four-year-long".
    Long,
    /// "old" in "8-month-old".
    Old,
    /// "year-ago", "year-earlier": the same period a year before.
    YearAgo,
    /// "period" ("the latest period"), "time" ("the time").
    Period,
    /// "latest", "last" as in "the latest quarter".
    Latest,
    /// "then" ("by then").
    Then,
    /// "day" in weekday plurals ("weekdays"), kept for sets.
    Weekday,
}

/// One reading of a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Lexeme {
    /// A full month name; 1 is January.
    Month(u8),
    /// A month abbreviation ("Oct", "Sept").
    MonthAbbr(u8),
    /// A weekday name; 1 is Monday (ISO 8601).
    Weekday(u8),
    /// A weekday abbreviation ("Tue", "Thurs").
    WeekdayAbbr(u8),
    /// A weekday in the plural ("Mondays"): a set.
    WeekdayPlural(u8),
    /// A cardinal number word ("seven", "twenty", "hundred").
    Cardinal(u32),
    /// An ordinal number word ("seventh").
    Ordinal(u32),
    /// A unit; the flag is true for the plural form.
    Unit(Unit, bool),
    /// An adjective or adverb of frequency ("daily", "annually").
    Frequency(Unit),
    /// "today" (0), "tomorrow" (1), "yesterday" (-1).
    DayWord(i8),
    /// "tonight".
    Tonight,
    /// A relative word counted from the time of speaking ("last", "next", "this").
    Shift(Shift),
    /// A relative word counted from a time already mentioned ("previous", "following").
    AnaphoricShift(Shift),
    /// A part of the day.
    PartOfDay(PartOfDay),
    /// A season.
    Season(Season),
    /// A modifier ("early", "about").
    Modifier(Modifier),
    /// A vague reference that stands alone ("now", "recently").
    Reference(Reference),
    /// A vague reference only after a determiner or preposition ("the future", "at present", "the past").
    BoundReference(Reference),
    /// A part of the day that names a time without a determiner ("noon", "midnight", "overnight").
    StandalonePart(PartOfDay),
    /// A part of the day in the plural ("nights"): with a weekday, a set.
    PartOfDayPlural(PartOfDay),
    /// A decade named in words ("nineties"), as the decade's first year within a century (90).
    DecadeWord(u8),
    /// "a.m." (false) or "p.m." (true), written as one word.
    Meridiem(bool),
    /// A time-zone abbreviation ("GMT").
    TimeZone,
    /// A function word of the grammar.
    Function(Function),
    /// A verb or auxiliary that marks the future ("will").
    FutureMarker,
    /// A verb or auxiliary that marks the past ("was", "had").
    PastMarker,
    /// A verb of saying ("said", "told"): marks the past and attribution.
    Speech,
    /// A noun that introduces a reference number ("Section 107", "No. 5").
    ReferenceNoun,
    /// A noun after which a number is an amount of money or a count ("million", "percent").
    Magnitude,
}

/// How the date of a holiday is computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub enum HolidayRule {
    /// The same month and day every year.
    Fixed {
        /// Month, 1-12.
        month: u8,
        /// Day of the month.
        day: u8,
    },
    /// The nth weekday of a month (n = -1 for the last).
    NthWeekday {
        /// Month, 1-12.
        month: u8,
        /// ISO weekday, 1 = Monday.
        weekday: u8,
        /// 1 for the first, -1 for the last.
        n: i8,
    },
    /// Days after (or before, when negative) Western Easter Sunday.
    Easter(i16),
}

/// A holiday: its name, as lowercase words, and its rule.
#[derive(Clone, Copy, Debug)]
pub struct Holiday {
    /// The name's words, lowercase, without possessive `'s` or dots.
    pub words: &'static [&'static str],
    /// How its date is computed.
    pub rule: HolidayRule,
}

/// The data that describes one language.
#[derive(Debug)]
pub struct Language {
    /// A short name ("en").
    pub code: &'static str,
    /// Every word reading the temporal grammar knows.
    pub words: &'static [(&'static str, Lexeme)],
    /// Holidays with computable dates.
    pub holidays: &'static [Holiday],
    /// Abbreviations after which a period never ends a sentence (lowercase, no dot): titles, ranks.
    pub title_abbreviations: &'static [&'static str],
    /// Abbreviations after which a period ends a sentence only when a sentence starter follows.
    pub other_abbreviations: &'static [&'static str],
    /// Words that commonly open a sentence (lowercase); used after an ambiguous abbreviation.
    pub sentence_starters: &'static [&'static str],
    /// Words ignored when comparing reports (lowercase).
    pub stop_words: &'static [&'static str],
    /// Labels that open a line of page furniture ("read more").
    pub furniture_labels: &'static [&'static str],
    /// Whole lines that are page furniture ("print article").
    pub furniture_lines: &'static [&'static str],
    /// Words that mark a legal or copyright notice.
    pub notice_words: &'static [&'static str],
    /// Verbs of publication ("published", "updated") that make a line a page stamp.
    pub publication_words: &'static [&'static str],
    /// The label of a source line ("source").
    pub source_labels: &'static [&'static str],
    /// Inflection rules for comparing words, tried in order: (suffix, replacement).
    pub inflections: &'static [(&'static str, &'static str)],
    /// Ending rules applied after the inflection rules: (suffix, replacement).
    pub endings: &'static [(&'static str, &'static str)],
    /// Suffixes that mark a past-tense verb or participle ("ed").
    pub past_suffixes: &'static [&'static str],
    /// Suffixes that mark a plural noun ("s").
    pub plural_suffixes: &'static [&'static str],
}

/// A language table compiled for lookup.
#[derive(Debug)]
pub struct Lexicon {
    language: &'static Language,
    words: HashMap<&'static str, Vec<Lexeme>>,
    title_abbreviations: HashMap<&'static str, ()>,
    other_abbreviations: HashMap<&'static str, ()>,
    sentence_starters: HashMap<&'static str, ()>,
    stop_words: HashMap<&'static str, ()>,
    max_holiday_words: usize,
}

static ENGLISH: Lazy<Lexicon> = Lazy::new(|| Lexicon::new(&en::ENGLISH));

fn set(words: &'static [&'static str]) -> HashMap<&'static str, ()> {
    words.iter().map(|w| (*w, ())).collect()
}

impl Lexicon {
    /// Compiles a language table.
    pub fn new(language: &'static Language) -> Lexicon {
        let mut words: HashMap<&'static str, Vec<Lexeme>> = HashMap::new();
        for (word, lexeme) in language.words {
            let readings = words.entry(*word).or_default();
            if !readings.contains(lexeme) {
                readings.push(*lexeme);
            }
        }
        Lexicon {
            language,
            words,
            title_abbreviations: set(language.title_abbreviations),
            other_abbreviations: set(language.other_abbreviations),
            sentence_starters: set(language.sentence_starters),
            stop_words: set(language.stop_words),
            max_holiday_words: language.holidays.iter().map(|h| h.words.len()).max().unwrap_or(0),
        }
    }

    /// The compiled English table, built once.
    pub fn english() -> &'static Lexicon {
        &ENGLISH
    }

    /// The table this lexicon was compiled from.
    pub fn language(&self) -> &'static Language {
        self.language
    }

    /// Every reading of a word, matched without regard to case; empty when unknown.
    pub fn lookup(&self, word: &str) -> &[Lexeme] {
        self.with_lower(word, |w| self.words.get(w).map(Vec::as_slice).unwrap_or(&[]))
    }

    /// Calls `f` with the lowercase form of `word`, without allocating for short ASCII words.
    pub fn with_lower<R>(&self, word: &str, f: impl FnOnce(&str) -> R) -> R {
        let bytes = word.as_bytes();
        if bytes.len() <= 32 && bytes.is_ascii() {
            let mut buf = [0u8; 32];
            for (dst, src) in buf.iter_mut().zip(bytes) {
                *dst = src.to_ascii_lowercase();
            }
            // The bytes are ASCII, so this cannot fail; fall back to an allocation if it did.
            match std::str::from_utf8(&buf[..bytes.len()]) {
                Ok(lower) => f(lower),
                Err(_) => f(&word.to_lowercase()),
            }
        } else {
            f(&word.to_lowercase())
        }
    }

    /// True when a period after this (lowercase, dotless) word never ends a sentence.
    pub fn is_title_abbreviation(&self, word: &str) -> bool {
        self.with_lower(word, |w| self.title_abbreviations.contains_key(w))
    }

    /// True when this word is an abbreviation whose period may or may not end a sentence.
    pub fn is_other_abbreviation(&self, word: &str) -> bool {
        self.with_lower(word, |w| self.other_abbreviations.contains_key(w))
    }

    /// True when this word commonly opens a sentence.
    pub fn is_sentence_starter(&self, word: &str) -> bool {
        self.with_lower(word, |w| self.sentence_starters.contains_key(w))
    }

    /// True for a stop word.
    pub fn is_stop_word(&self, word: &str) -> bool {
        self.with_lower(word, |w| self.stop_words.contains_key(w))
    }

    /// The holidays of the language.
    pub fn holidays(&self) -> &'static [Holiday] {
        self.language.holidays
    }

    /// The largest number of words in a holiday's name.
    pub fn max_holiday_words(&self) -> usize {
        self.max_holiday_words
    }

    /// True when a lowercase word of five or more letters has the form of a past-tense verb.
    pub fn looks_past(&self, word: &str) -> bool {
        word.chars().count() >= 5
            && word.chars().next().is_some_and(char::is_lowercase)
            && self.language.past_suffixes.iter().any(|s| word.ends_with(s))
    }

    /// True when a word has the form of a plural noun (and is longer than three letters).
    pub fn looks_plural(&self, word: &str) -> bool {
        word.chars().count() > 3
            && self.with_lower(word, |w| {
                self.language.plural_suffixes.iter().any(|s| w.ends_with(s) && !w.ends_with("'s"))
            })
    }

    /// The stem of a lowercase word: the table's first matching inflection rule, then its first
    /// matching ending rule, each applied only where three or more letters remain.
    pub fn stem(&self, word: &str) -> String {
        let mut w = word.to_string();
        for rules in [self.language.inflections, self.language.endings] {
            for (suffix, replacement) in rules {
                if let Some(stem) = w.strip_suffix(suffix) {
                    if stem.chars().count() >= 3 {
                        w = format!("{stem}{replacement}");
                    }
                    break;
                }
            }
        }
        w
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ambiguous_words_keep_every_reading() {
        let lx = Lexicon::english();
        let second = lx.lookup("second");
        assert!(second.contains(&Lexeme::Ordinal(2)));
        assert!(second.contains(&Lexeme::Unit(Unit::Second, false)));
        assert!(lx.lookup("May").contains(&Lexeme::Month(5)));
        assert!(lx.lookup("MARCH").contains(&Lexeme::Month(3)));
        assert!(lx.lookup("zzz").is_empty());
    }

    #[test]
    fn stems_leave_short_words_alone() {
        let lx = Lexicon::english();
        assert_eq!(lx.stem("sorties"), lx.stem("sortie"));
        assert_eq!(lx.stem("missiles"), lx.stem("missile"));
        assert_eq!(lx.stem("activities"), lx.stem("activity"));
        assert_eq!(lx.stem("striking"), lx.stem("strikes"));
        assert_eq!(lx.stem("bus"), "bus");
        assert_eq!(lx.stem("russian"), lx.stem("russia"));
        assert_eq!(lx.stem("syrians"), lx.stem("syria"));
        assert_eq!(lx.stem("is"), "is");
    }

    #[test]
    fn abbreviations_are_classified() {
        let lx = Lexicon::english();
        assert!(lx.is_title_abbreviation("Gen"));
        assert!(lx.is_title_abbreviation("lt"));
        assert!(!lx.is_title_abbreviation("ministry"));
        assert!(lx.is_sentence_starter("The"));
    }
}
