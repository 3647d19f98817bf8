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
pub(crate) mod lookup;
mod stemmer;
mod wordset;

use crate::fxhash::FxHashMap;

use once_cell::sync::{Lazy, OnceCell};
use regex::{Regex, RegexSet};
pub use stemmer::Stem;
use stemmer::Stemmer;
use wordset::WordSet;

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
    /// `PAST_REF`: "recently", "lately", "the past".
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
    /// "fiscal", "calendar": a year or quarter named with its kind.
    Fiscal,
    /// "o'clock".
    OClock,
    /// "past" in "half past two": the minutes after an hour.
    PastHour,
    /// "date" in "at a later date": a time left unnamed.
    Date,
    /// "matter" in "a matter of days": an unspecified count.
    Matter,
    /// "consecutive", "straight", "full": between a count and its unit, part of the length ("three
    /// consecutive quarters", "two full days").
    Straight,
    /// "half" in "a year and a half" or "first half".
    Half,
    /// "couple" ("a couple of days").
    Couple,
    /// "small", "wee" before "hours": the hours after midnight ("the small hours").
    Small,
    /// A word of approximation that the TimeML corpora keep inside the expression it qualifies ("around
    /// 7:15 p.m.", "circa 1900"), where "about" most often stays outside ("at about 10:35 a.m.").
    Circa,
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
    /// "latest", "comparable": qualifies the period under discussion ("the latest quarter").
    Latest,
    /// "then" ("by then").
    Then,
    /// "so" in "a year or so".
    So,
    /// "these" in "these days".
    These,
    /// "that" as a conjunction: the clause after it has a tense of its own.
    That,
    /// "local" in "local time".
    Local,
    /// "other" in "every other day".
    Other,
    /// "ahead" in "the weeks ahead".
    Ahead,
    /// "term" in "the near term", "the long term".
    Term,
    /// A possessive determiner of people ("his", "her", "their"): "in his 30s" is an age, not a decade.
    Owner,
    /// The possessive determiner of a thing ("its"), which gives no age: "in its 90s heyday" is a decade.
    ThingOwner,
    /// A word for readings on a scale ("temperatures", "highs"): a decade soon after it is a band of the
    /// scale ("highs in the 80s"), not of years.
    Gauge,
    /// A level on a scale ("low", "upper") right before a decade's numeral: "the low 30s" and "the upper
    /// twenties" are readings, where a decade of years takes "early", "mid" or "late".
    Level,
    /// A kind of year other than "fiscal" before "year": "financial", "school", "academic", "tax" ("this
    /// financial year", "the next school year"), named as a fiscal year is; before anything else it names
    /// no period ("the financial crisis of 2008", "the school board").
    Financial,
    /// An adverb of habit ("usually", "typically"): a month or quarter named without its year in its clause
    /// recurs ("usually reports in July").
    Habitual,
    /// "by" before a time: a deadline.
    By,
    /// "effective" before a time: the day something takes effect.
    Effective,
    /// "until", "till", "through": the end of a span, a deadline when something is extended or put off.
    Until,
    /// "ended", "ending" after a period: "the year ended Sept. 30" is a year's length.
    Ending,
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
    /// A prefix joined by a hyphen to a word of frequency: it halves its period (true: "semi-annually") or
    /// doubles it (false: "bi-weekly").
    FrequencyPrefix(bool),
    /// A unit with "mid" joined to it ("midweek", "midyear"): the middle of the one under discussion, as
    /// "mid-week" written with a hyphen.
    MidUnit(Unit),
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
    /// The region of a time zone, written alone after a clock time ("8 p.m. Eastern"), where it is a zone only
    /// when no name goes on after it ("Eastern Airlines").
    ZoneRegion,
    /// "part", "portion": a share of a period, placed by the word before it ("the early part of next week",
    /// "the latter part of the year").
    PartNoun,
    /// An adjective of an edge ("final", "closing", "opening", "latter") that places a period only after an
    /// article ("the closing weeks of 2025"): alone it is as often a participle ("preorders opening today").
    EdgeAdjective,
    /// "into" after a verb of change before a bare noun ("went into effect", "came into force"): a set phrase
    /// that tells what happened, as "took effect" does.
    Into,
    /// A function word of the grammar.
    Function(Function),
    /// A verb or auxiliary that marks the future ("will").
    FutureMarker,
    /// A verb or auxiliary that marks the past ("was", "had").
    PastMarker,
    /// A verb or auxiliary that marks the present ("is", "says").
    PresentMarker,
    /// A form of "be": a participle after it is passive, not past tense.
    BeAux,
    /// A pronoun that is the subject of the verb after it ("he", "she", "it"): a word after it with a
    /// present suffix is a present form ("he returns"), where alone it is as often a plural noun.
    Subject,
    /// A verb that puts something off to a later time ("postponed", "delay", "gave"): with "until" after it
    /// in a past clause, the time is a deadline ahead ("adjourned until Tuesday", "voted to delay the project
    /// until April"), where after another past verb it ends what is done ("the truce held until Sunday").
    Deferral,
    /// A noun that ends the name of a street ("Street", "Avenue", "Road"): a number before such a name is
    /// its house number, no year ("1600 Pennsylvania Avenue").
    StreetNoun,
    /// A unit written closed up with "long" ("weeklong", "yearlong"): a length of one such unit.
    UnitLong(Unit),
    /// A modal verb ("would", "could"): with [`Lexeme::PerfectAux`] after it, it speaks of the past
    /// ("could have emerged").
    Modal,
    /// "have" as the auxiliary of the perfect.
    PerfectAux,
    /// A participle or adjective that plans ahead with an infinitive after it ("set to resume", "poised to
    /// strike", "about to leave"); alone it marks nothing ("set Friday as the deadline").
    Intent,
    /// The possessive ending ("'s"): "Wednesday's ruling" names something that has happened.
    Possessive,
    /// A temporal word that is more often something else ("fall", "spring"): it needs a stronger context.
    Ambiguous,
    /// The first word of a holiday's name (added by [`Lexicon::new`] from the holiday table), with the
    /// index of the holidays whose names start with it ([`Lexicon::holidays_from`]).
    HolidayStart(u16),
    /// A verb of saying ("said", "told"): marks the past and attribution.
    Speech,
    /// A noun that introduces a reference number ("Section 107", "No. 5").
    ReferenceNoun,
    /// A noun after which a number is an amount of money or a count ("million", "percent").
    Magnitude,
    /// A word that multiplies the number before it by ten to its power ("million": 6): "1.4 million" is
    /// 1,400,000, not the 1.40 of "$1.40 a share".
    Scale(u8),
    /// The short form of a word of scale, glued to an amount of money ("m" in "$2.3m", "bn" in "£1.5bn"):
    /// read only there, where it cannot be a unit ("a 3m wall").
    ScaleSuffix(u8),
    /// A verb after which "before" places rather than times ("appeared before magistrates", "testified
    /// before Congress"): a time after it dates the appearance, not an event before it.
    Appearance,
    /// A verb that links its subject to a state ("stay", "remained"): a participle after it is that state,
    /// no verb of its own ("schools will stay closed until Wednesday", "the bridge remained shut").
    Linking,
    /// A word of waiting for what comes ("ahead of", "bracing for", "awaiting"): a day in the possessive after
    /// it names an event that was still ahead when the clause's event was told.
    Anticipation,
    /// A verb that arranges a happening ("called a strike", "announced a vote", "ordered an inquiry"): in a
    /// past clause the time after its object may date the happening arranged, still ahead ("called a strike
    /// on Dec. 10"), where after another past verb and its object it dates what was done ("opened an
    /// investigation in January").
    Arrangement,
    /// A verb that orders a state ("ordered", "directed"): a past participle after its object is the state
    /// ordered, and a time right after the participle is when it is to hold, still ahead or just past
    /// ("ordered schools closed Wednesday and Thursday").
    Command,
    /// A word that opens a condition ("if", "unless"): a time in the clause it opens ("If it launches on Dec.
    /// 3, it will land on Dec. 10") dates what the condition holds on, not the main clause's event.
    Condition,
    /// A word of a game told in play ([`Language::play_words`]: "goal", "scored", "halftime").
    Play,
    /// A word that opens a comparison ("compared", "comparison"): a time after it in its clause ("compared
    /// with a year earlier") is a term of the comparison, not the time of the clause's event.
    Comparison,
    /// The preposition of what something is for ("for"): a weekday after it ("a warning for Wednesday", "the
    /// rally planned for Saturday") is the day something is set for, often still ahead of a past statement.
    Purpose,
    /// A conjunction that may open a main clause ([`Language::clause_conjunctions`]: "and", "but"), given to
    /// those words when the table is compiled, so that a token tells it by its bits.
    ClauseConjunction,
    /// A letter that names a period when glued to its number: "Q" in "Q3 2015" and "3Q15", "H" in "H1 2016".
    PeriodLetter(Unit),
    /// A unit's letter glued to its count on web pages, read only before "ago": "h" in "2h ago", "d" in
    /// "3d ago".
    UnitLetter(Unit),
    /// The "as" of an equative ("as early as March", "as recently as 2019"): what stands between two of
    /// them measures the time after them, and is no time of its own.
    Equative,
    /// A word for a kind of day, month or year between a count and its plural unit ("five business days",
    /// "eight trading days", "three calendar months"): the count is of those units.
    UnitKind,
    /// An era written with a year or a century: true before the common era ("BC", "BCE"), false in it
    /// ("AD", "CE"). Read only when written in capitals.
    Era(bool),
    /// A modifier that is a noun ("end", "start"): it marks an edge after a hyphen ("end-March"), before
    /// "of", or before a month or a year ("by end March"); before a day it is a verb ("talks end Thursday").
    EdgeNoun,
}

impl Function {
    /// The function word's position among the reading bits (0-63); see [`Lexeme::bit`].
    #[inline(always)]
    pub const fn index(self) -> u32 {
        match self {
            Function::The => 0,
            Function::A => 1,
            Function::Of => 2,
            Function::And => 3,
            Function::To => 4,
            Function::From => 5,
            Function::Between => 6,
            Function::Since => 7,
            Function::Preposition => 8,
            Function::Every => 9,
            Function::Than => 10,
            Function::Least => 11,
            Function::Most => 12,
            Function::More => 13,
            Function::Less => 14,
            Function::No => 15,
            Function::Up => 16,
            Function::At => 17,
            Function::On => 18,
            Function::In => 19,
            Function::Over => 20,
            Function::Fiscal => 21,
            Function::OClock => 22,
            Function::Half => 23,
            Function::Couple => 24,
            Function::Few => 25,
            Function::Recent => 26,
            Function::Dir(_) => 27,
            Function::Before => 28,
            Function::After => 29,
            Function::Qualifier => 30,
            Function::Now => 31,
            Function::Time => 32,
            Function::Times => 33,
            Function::Long => 34,
            Function::Old => 35,
            Function::YearAgo => 36,
            Function::Period => 37,
            Function::Latest => 38,
            Function::Then => 39,
            Function::So => 40,
            Function::Weekday => 41,
            Function::These => 42,
            Function::That => 43,
            Function::Local => 44,
            Function::Other => 45,
            Function::Ahead => 46,
            Function::Term => 47,
            Function::Owner => 48,
            Function::By => 49,
            Function::Effective => 50,
            Function::Until => 51,
            Function::Ending => 52,
            Function::PastHour => 53,
            Function::Straight => 54,
            Function::Date => 55,
            Function::Matter => 56,
            Function::ThingOwner => 57,
            Function::Gauge => 58,
            Function::Financial => 59,
            Function::Habitual => 60,
            Function::Small => 61,
            Function::Circa => 62,
            Function::Level => 63,
        }
    }
}

impl Lexeme {
    /// A bit for this kind of reading (the data inside it aside), so that a token's readings can be
    /// tested with one mask: function words take bits 0-63, the other kinds 64 and up.
    #[inline(always)]
    pub const fn bit(self) -> u128 {
        1u128
            << match self {
                Lexeme::Function(f) => f.index(),
                Lexeme::Month(_) => 64,
                Lexeme::MonthAbbr(_) => 65,
                Lexeme::Weekday(_) => 66,
                Lexeme::WeekdayAbbr(_) => 67,
                Lexeme::WeekdayPlural(_) => 68,
                Lexeme::Cardinal(_) => 69,
                Lexeme::Ordinal(_) => 70,
                Lexeme::Unit(..) => 71,
                Lexeme::Frequency(_) => 72,
                Lexeme::DayWord(_) => 73,
                Lexeme::Tonight => 74,
                Lexeme::Shift(_) => 75,
                Lexeme::AnaphoricShift(_) => 76,
                Lexeme::PartOfDay(_) => 77,
                Lexeme::Season(_) => 78,
                Lexeme::Modifier(_) => 79,
                Lexeme::Reference(_) => 80,
                Lexeme::BoundReference(_) => 81,
                Lexeme::StandalonePart(_) => 82,
                Lexeme::PartOfDayPlural(_) => 83,
                Lexeme::DecadeWord(_) => 84,
                Lexeme::Meridiem(_) => 85,
                Lexeme::TimeZone => 86,
                Lexeme::FutureMarker => 87,
                Lexeme::PastMarker => 88,
                Lexeme::PresentMarker => 89,
                Lexeme::BeAux => 90,
                Lexeme::Possessive => 91,
                Lexeme::Ambiguous => 92,
                Lexeme::Speech => 93,
                Lexeme::ReferenceNoun => 94,
                Lexeme::Magnitude => 95,
                Lexeme::HolidayStart(_) => 96,
                Lexeme::PeriodLetter(_) => 97,
                Lexeme::Modal => 98,
                Lexeme::PerfectAux => 99,
                Lexeme::Intent => 100,
                Lexeme::Era(_) => 101,
                Lexeme::EdgeNoun => 102,
                Lexeme::FrequencyPrefix(_) => 103,
                Lexeme::MidUnit(_) => 104,
                Lexeme::UnitLetter(_) => 105,
                Lexeme::Equative => 106,
                Lexeme::UnitKind => 107,
                Lexeme::Subject => 108,
                Lexeme::Deferral => 109,
                Lexeme::StreetNoun => 110,
                Lexeme::UnitLong(_) => 111,
                Lexeme::ZoneRegion => 112,
                Lexeme::PartNoun => 113,
                Lexeme::EdgeAdjective => 114,
                Lexeme::Into => 115,
                Lexeme::Comparison => 116,
                Lexeme::Purpose => 117,
                Lexeme::ClauseConjunction => 118,
                Lexeme::Scale(_) => 119,
                Lexeme::ScaleSuffix(_) => 120,
                Lexeme::Appearance => 121,
                Lexeme::Linking => 122,
                Lexeme::Anticipation => 123,
                Lexeme::Arrangement => 124,
                Lexeme::Command => 125,
                Lexeme::Condition => 126,
                Lexeme::Play => 127,
            }
    }

    /// True when the reading carries no data, so that its bit alone says whether a word has it.
    #[inline(always)]
    pub const fn bare(self) -> bool {
        match self {
            Lexeme::Function(f) => !matches!(f, Function::Dir(_)),
            Lexeme::Tonight
            | Lexeme::TimeZone
            | Lexeme::ZoneRegion
            | Lexeme::PartNoun
            | Lexeme::EdgeAdjective
            | Lexeme::Into
            | Lexeme::FutureMarker
            | Lexeme::PastMarker
            | Lexeme::PresentMarker
            | Lexeme::BeAux
            | Lexeme::Modal
            | Lexeme::PerfectAux
            | Lexeme::Intent
            | Lexeme::Possessive
            | Lexeme::Ambiguous
            | Lexeme::Speech
            | Lexeme::ReferenceNoun
            | Lexeme::Magnitude
            | Lexeme::Comparison
            | Lexeme::Purpose
            | Lexeme::ClauseConjunction
            | Lexeme::Appearance
            | Lexeme::Linking
            | Lexeme::Anticipation
            | Lexeme::Arrangement
            | Lexeme::Command
            | Lexeme::Condition
            | Lexeme::Play
            | Lexeme::Equative
            | Lexeme::UnitKind
            | Lexeme::Subject
            | Lexeme::Deferral
            | Lexeme::StreetNoun
            | Lexeme::EdgeNoun => true,
            _ => false,
        }
    }
}

/// The readings of one word, gathered while a table is compiled.
#[derive(Debug, Default)]
struct Gathered {
    readings: Vec<Lexeme>,
    bits: u128,
}

/// A word's readings in a compiled [`Lexicon`], and the union of their [`Lexeme::bit`]s. Entries live as
/// long as the program, so a token holds one as a single pointer.
#[derive(Debug, PartialEq, Eq)]
pub struct Entry {
    bits: u128,
    readings: &'static [Lexeme],
}

impl Entry {
    /// No reading: the entry of a word the lexicon does not know.
    pub const NONE: Entry = Entry { bits: 0, readings: &[] };

    /// The union of the readings' [`Lexeme::bit`]s.
    #[inline(always)]
    pub const fn bits(&self) -> u128 {
        self.bits
    }

    /// The readings.
    #[inline(always)]
    pub const fn readings(&self) -> &'static [Lexeme] {
        self.readings
    }
}

/// A word of up to 16 ASCII bytes, lowercased and packed into one integer (first byte lowest); `None`
/// for longer or non-ASCII words. No packed word is zero, since words are not empty.
fn pack(word: &[u8]) -> Option<u128> {
    let raw = load_le(word)?;
    const ONES: u128 = u128::MAX / 255;
    const HIGH: u128 = ONES * 0x80;
    if raw & HIGH != 0 {
        return None;
    }
    // ASCII only, so no step carries across bytes: the high bit of each byte in 'A'..='Z' (above '@' and
    // below '['), moved down to 0x20, lowercases it.
    let upper = (raw + ONES * (0x80 - 0x41)) & (ONES * (0x80 + 0x5a) - raw) & HIGH;
    Some(raw | upper >> 2)
}

/// The bytes of a word of 1 to 16 bytes as one little-endian `u128`, zero above the last byte; `None` for
/// other lengths. Two loads that may overlap (the overlapping bytes are the same in both) read it without
/// a call to copy bytes, which the short words that are looked up most would pay for.
#[inline]
fn load_le(word: &[u8]) -> Option<u128> {
    let len = word.len();
    Some(match len {
        1..=3 => {
            let (first, middle, last) = (word[0], word[len / 2], word[len - 1]);
            u128::from(first) | u128::from(middle) << (8 * (len / 2)) | u128::from(last) << (8 * (len - 1))
        }
        4..=7 => {
            let (low, high) = (word.first_chunk::<4>()?, word.last_chunk::<4>()?);
            u128::from(u32::from_le_bytes(*low)) | u128::from(u32::from_le_bytes(*high)) << (8 * (len - 4))
        }
        8..=16 => {
            let (low, high) = (word.first_chunk::<8>()?, word.last_chunk::<8>()?);
            u128::from(u64::from_le_bytes(*low)) | u128::from(u64::from_le_bytes(*high)) << (8 * (len - 8))
        }
        _ => return None,
    })
}

/// Up to eight ASCII letters, lowercased (`| 0x20` lowercases a letter) and packed into a `u64`.
fn pack_letters(word: &[u8]) -> u64 {
    let mut buf = [0u8; 8];
    for (dst, src) in buf.iter_mut().zip(word) {
        *dst = src | 0x20;
    }
    u64::from_le_bytes(buf)
}

/// The first slot of a packed word in a table of `size` (a power of two) slots.
fn slot_of(key: u128, size: usize) -> usize {
    let mixed = ((key as u64) ^ ((key >> 64) as u64).rotate_left(17)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (mixed >> 32) as usize & (size - 1)
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
    /// Days after (or before, when negative) Easter Sunday as the Orthodox churches reckon it.
    OrthodoxEaster(i16),
    /// A day of the Hebrew calendar (see [`crate::normalize::calendars::hebrew_day`]).
    Hebrew {
        /// Month, 1 (Nisan) to 12 (Adar, Adar II in a leap year).
        month: u8,
        /// Day of the month.
        day: u8,
    },
    /// A day of the tabular Islamic calendar (see [`crate::normalize::calendars::islamic_day`]).
    Islamic {
        /// Month, 1 (Muharram) to 12 (Dhu al-Hijjah).
        month: u8,
        /// Day of the month.
        day: u8,
    },
    /// The first given weekday on or after a month and day (the United States' Election Day: the
    /// Tuesday on or after November 2).
    WeekdayFrom {
        /// Month, 1-12.
        month: u8,
        /// The earliest day of the month.
        day: u8,
        /// ISO weekday, 1 = Monday.
        weekday: u8,
    },
    /// The Chinese New Year, the Lunar New Year (see [`crate::normalize::calendars::lunar_new_year`]).
    LunarNewYear,
    /// The year that New Year's Day opens ("in the new year"): the day is January 1, and what is named is
    /// the year.
    NewYear,
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
    /// Conjunctions that, after a comma, may open a second main clause ("and", "but"): a sentence that tells
    /// a time in each of two such clauses reports two events.
    pub clause_conjunctions: &'static [&'static str],
    /// Labels that open a line of page furniture ("read more").
    pub furniture_labels: &'static [&'static str],
    /// Whole lines that are page furniture ("print article").
    pub furniture_lines: &'static [&'static str],
    /// Words that mark a legal or copyright notice.
    pub notice_words: &'static [&'static str],
    /// Verbs of publication ("published", "updated") that make a line a page stamp.
    pub publication_words: &'static [&'static str],
    /// Those of the publication words that tell of a change ("updated", "last modified"), not of the first
    /// publication: a stamp with one says when the page was last changed, perhaps long after it was written.
    pub update_words: &'static [&'static str],
    /// References to the page itself that open a sentence of its publication ("this article", "a version of
    /// this story"), lowercase: with a word of publication or of appearance a few words after it ("This
    /// article was first published on ...", "A version of this article appears in print on ..."), the line
    /// is a stamp, as syndicated and printed pages carry them.
    pub page_references: &'static [&'static str],
    /// Words that say the page was carried somewhere ("appeared", "appears"), which after a reference to the
    /// page tell its publication as the words of publication do.
    pub appearance_words: &'static [&'static str],
    /// Labels that open the credits of a report ("reporting by", "editing by"), lowercase: a line that opens
    /// with one names who wrote the page, and is no news ("(Reporting by Jane Doe; Editing by Mark Potter)").
    pub credit_labels: &'static [&'static str],
    /// Phrases that close the credits of a report ("contributed to this report", "contributed reporting"),
    /// lowercase, found in the last words of a short line: "Associated Press writer Ann Lee contributed to this
    /// report." A phrase of one word ("contributed") only where it ends the line.
    pub credit_phrases: &'static [&'static str],
    /// Words that name a picture in its credit ("photo" in "(AP Photo/Jane Doe, File)"), lowercase: a line
    /// that ends with such a credit is a caption, no news.
    pub caption_words: &'static [&'static str],
    /// A word before a reading of minutes and seconds, and the words after it, that make it the time left on a
    /// game's clock or a countdown, no time of day: ("with", ["left", "remaining", "to go"]) for "with 2:13
    /// left in overtime".
    pub countdown: (&'static str, &'static [&'static str]),
    /// Labels of a notice about the page itself ("correction", "editor's note"), lowercase: a line that opens
    /// with one and then a mark or a date ("Correction, 14 November 2025: An earlier version ...") is no news.
    pub amendment_labels: &'static [&'static str],
    /// Openings of a sentence that says the page was changed ("this article was amended"), lowercase, each
    /// word apart: a line that opens with one is such a notice too.
    pub amendment_openings: &'static [&'static str],
    /// Lines that close the body of a press release ("ends", "notes to editors"), as [`plain_words`] reads
    /// them: what follows is the issuer's boilerplate and contacts, no news.
    ///
    /// [`plain_words`]: crate::parse::layout
    pub release_closings: &'static [&'static str],
    /// The word that opens the heading of an issuer's profile at the end of a press release ("about": "About
    /// Northwind Rail", "About the Company"), lowercase: with the words of a name after it, the heading closes
    /// the release as [`Language::release_closings`] do.
    pub release_about: &'static str,
    /// The label of a source line ("source").
    pub source_labels: &'static [&'static str],
    /// Irregular forms of words and their regular forms, for comparing words before the inflection rules:
    /// (form, regular form), lowercase ("rose", "rise").
    pub irregular_forms: &'static [(&'static str, &'static str)],
    /// Inflection rules for comparing words, tried in order: (suffix, replacement).
    pub inflections: &'static [(&'static str, &'static str)],
    /// Ending rules applied after the inflection rules: (suffix, replacement).
    pub endings: &'static [(&'static str, &'static str)],
    /// Suffixes that mark a past-tense verb or participle ("ed").
    pub past_suffixes: &'static [&'static str],
    /// Suffixes that mark a plural noun ("s").
    pub plural_suffixes: &'static [&'static str],
    /// Endings of singular nouns that end as a plural does ("census", "crisis", "process"): a word with one is
    /// no plural.
    pub singular_endings: &'static [&'static str],
    /// Suffixes that mark a present-tense verb after a subject pronoun ("s": "he returns").
    pub present_suffixes: &'static [&'static str],
    /// Suffixes that mark an adverb of manner ("ly": "closed early", "rose sharply").
    pub adverb_suffixes: &'static [&'static str],
    /// Months and days that, written in figures without a year, name an event and not a date in the
    /// year at hand: (month, day), as `(9, 11)` for "9/11".
    pub named_month_days: &'static [(u8, u8)],
    /// The month and weekday names (and their abbreviations) that are also common words when written in
    /// lowercase ("may", "march", "sun"): only capitalized are they names. Other names keep their reading
    /// in text written in lowercase ("see you monday", "on nov 3rd").
    pub names_also_words: &'static [&'static str],
    /// Words of a game told in play ("goal", "scored", "halftime"): beside one, "the second half" or "the
    /// fourth quarter" without a year is the game's, not the calendar's.
    pub play_words: &'static [&'static str],
    /// Verbs whose past form is their plain present form ("cut", "put", "shut"): after a singular subject,
    /// which the present form would agree with ("it cuts"), the plain form is the past ("Lumio cut 8% of its
    /// staff in January").
    pub unchanged_pasts: &'static [&'static str],
    /// The forms of verbs that move a time ("postponed", "pushing", "brought"): "from" after one names the
    /// time given up, and "to" the time set ("postponed the hearing from Tuesday to Thursday", "pushing it back
    /// from March 19"), no range.
    pub move_words: &'static [&'static str],
    /// The words that make a number after them a percentage ("percent", "per cent"), as "%" does: "40%" is
    /// not the same figure as "40 ships".
    pub percent_words: &'static [&'static str],
}

/// A language table compiled for lookup.
#[derive(Debug)]
pub struct Lexicon {
    language: &'static Language,
    /// Every word, with the index of its entry: the lookup of words that do not pack.
    words: FxHashMap<String, u32>,
    /// The words of up to 16 ASCII bytes, packed into one integer each, in an open-addressing table
    /// (a power of two in size, at most a quarter full): the fast path of [`Lexicon::lookup_bits`].
    packed: Vec<(u128, u32)>,
    /// The words of one to eight letters, packed into a `u64`, with their entries: the table that the
    /// tokenizer and [`Lexicon::lookup_letters`] probe (see [`lookup`]).
    short: lookup::Table<u64>,
    /// The words of nine to sixteen letters, packed into a `u128`, in a table like the short words' one.
    long: lookup::Table<u128>,
    /// Every word, in alphabetical order, and its entry: what the tables point into.
    names: Vec<String>,
    /// The most characters in a word.
    longest: usize,
    table: &'static [Entry],
    title_abbreviations: WordSet,
    other_abbreviations: WordSet,
    sentence_starters: WordSet,
    stop_words: WordSet,
    clause_conjunctions: WordSet,
    /// The first words of the phrases that open a stamp, a notice of a correction or the close of a press
    /// release: a line that opens with no such word is none of them, told with one look-up.
    line_openers: WordSet,
    /// The first words of the phrases that close credits ([`Language::credit_phrases`]).
    credit_openers: WordSet,
    names_also_words: WordSet,
    play_words: WordSet,
    unchanged_pasts: WordSet,
    move_words: WordSet,
    /// The shortest and the longest of the play words, in bytes: a word outside asks nothing of the set.
    play_lengths: (usize, usize),
    stemmer: Stemmer,
    /// The notice phrases, matched on raw text (see [`Lexicon::notices_in`]); compiled when first used.
    notices: OnceCell<Notices>,
    /// The most words of a furniture line.
    max_furniture_words: usize,
    /// Per byte value, whether a word that ends with it may end with a past suffix (every byte when a
    /// suffix is empty): most words are turned down by their last byte.
    past_ends: [bool; 256],
    /// The indices of the holidays in the table, grouped by the first word of their names.
    holiday_groups: Vec<Vec<u16>>,
}

/// The patterns of notice phrases: each word of a phrase as a whole word, the words apart by anything
/// that is not a letter, digit or apostrophe (and at least one character that is not a period either).
/// Separators are ASCII punctuation and white space, Latin-1's symbols and Unicode's general
/// punctuation (dashes, quotes, the ellipsis); any other character counts as a letter, which keeps the
/// patterns cheap to build.
fn notice_patterns(phrases: &[&str]) -> Vec<String> {
    const SEP: &str = r"[\x00-\x26\x28-\x2D\x2F\x3A-\x40\x5B-\x60\x7B-\x7F\u{A0}-\u{BF}\u{2000}-\u{206F}]";
    const NOT_WORD: &str = r"[\x00-\x26\x28-\x2F\x3A-\x40\x5B-\x60\x7B-\x7F\u{A0}-\u{BF}\u{2000}-\u{206F}]";
    let gap = format!(r"\.*{SEP}{NOT_WORD}*");
    phrases
        .iter()
        .map(|p| {
            let words: Vec<String> = p.split(' ').filter(|w| !w.is_empty()).map(regex::escape).collect();
            format!(r"(?i)(?:^|{SEP})\.*{}\.*(?:{SEP}|$)", words.join(&gap))
        })
        .collect()
}

/// The notice patterns compiled twice: as one pattern, to tell fast whether a line holds any, and as a
/// set, to tell which.
#[derive(Debug)]
struct Notices {
    /// The longest word of each phrase, lowercase, as plain literals: an ASCII text lowercased holds a
    /// phrase only where it holds one of them, and plain literals are found far faster than the patterns
    /// (which open with a class of separators and match in any case). `None` when a phrase has no word or
    /// a word that is not lowercase ASCII: then every text goes to the patterns.
    keys: Option<regex::bytes::Regex>,
    any: Option<Regex>,
    which: RegexSet,
}

/// The longest ASCII text that [`Notices::count`] lowercases on the stack to look for the keys; a longer one
/// goes straight to the patterns.
const NOTICE_KEY_BYTES: usize = 1024;

impl Notices {
    fn new(phrases: &[&str]) -> Notices {
        let patterns = notice_patterns(phrases);
        // The phrases are escaped, so only patterns too large to compile could fail: then no notices.
        let any = if patterns.is_empty() { None } else { Regex::new(&patterns.join("|")).ok() };
        let keys: Option<Vec<String>> = phrases
            .iter()
            .map(|p| {
                let word = p.split(' ').max_by_key(|w| w.len()).filter(|w| !w.is_empty())?;
                word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()).then(|| regex::escape(word))
            })
            .collect();
        let keys = keys.filter(|k| !k.is_empty()).and_then(|k| regex::bytes::Regex::new(&k.join("|")).ok());
        Notices { keys, any, which: RegexSet::new(&patterns).unwrap_or_else(|_| RegexSet::empty()) }
    }

    fn count(&self, text: &str) -> usize {
        // An ASCII text folds case as ASCII does, under the patterns' Unicode rules too.
        if let Some(keys) = &self.keys
            && text.len() <= NOTICE_KEY_BYTES
            && text.is_ascii()
        {
            let mut lower = [0u8; NOTICE_KEY_BYTES];
            let lower = &mut lower[..text.len()];
            lower.copy_from_slice(text.as_bytes());
            lower.make_ascii_lowercase();
            if !keys.is_match(lower) {
                return 0;
            }
        }
        match &self.any {
            Some(any) if any.is_match(text) => self.which.matches(text).iter().count(),
            _ => 0,
        }
    }
}

static ENGLISH: Lazy<Lexicon> = Lazy::new(|| Lexicon::new(&en::ENGLISH));

impl Lexicon {
    /// Compiles a language table.
    pub fn new(language: &'static Language) -> Lexicon {
        let mut words: FxHashMap<String, Gathered> = FxHashMap::default();
        let mut add = |word: &str, lexeme: Lexeme| {
            let entry = words.entry(word.to_string()).or_default();
            if !entry.readings.contains(&lexeme) {
                entry.readings.push(lexeme);
                entry.bits |= lexeme.bit();
            }
        };
        for (word, lexeme) in language.words {
            add(word, *lexeme);
        }
        for word in language.clause_conjunctions {
            add(word, Lexeme::ClauseConjunction);
        }
        for word in language.play_words {
            add(word, Lexeme::Play);
        }
        // The holidays grouped by their first word, in table order within a group.
        let mut holiday_groups: Vec<Vec<u16>> = Vec::new();
        let mut group_of: FxHashMap<&str, u16> = FxHashMap::default();
        for (k, holiday) in language.holidays.iter().enumerate() {
            if let Some(first) = holiday.words.first() {
                let next = holiday_groups.len() as u16;
                let g = *group_of.entry(first).or_insert(next);
                if g == next {
                    holiday_groups.push(Vec::new());
                    add(first, Lexeme::HolidayStart(g));
                }
                holiday_groups[usize::from(g)].push(k as u16);
            }
        }
        let mut entries: Vec<(String, Gathered)> = words.into_iter().collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let size = (entries.len() * 4).next_power_of_two().max(16);
        let mut packed = vec![(0u128, u32::MAX); size];
        for (k, (word, _)) in entries.iter().enumerate() {
            if let Some(key) = pack(word.as_bytes()) {
                let mut slot = slot_of(key, size);
                while packed[slot].1 != u32::MAX {
                    slot = (slot + 1) & (size - 1);
                }
                packed[slot] = (key, k as u32);
            }
        }
        // The readings live as long as the lexicon; leaking them once per table gives them a 'static
        // lifetime so that tokens can hold them without borrowing the table's internals.
        let table: &'static [Entry] = Box::leak(
            entries
                .iter()
                .map(|(_, e)| Entry { bits: e.bits, readings: Box::leak(e.readings.clone().into_boxed_slice()) })
                .collect(),
        );
        let letters = || entries.iter().zip(table).filter(|((w, _), _)| w.bytes().all(|b| b.is_ascii_lowercase()));
        let short: Vec<(u64, &'static Entry)> =
            letters().filter(|((w, _), _)| w.len() <= 8).map(|((w, _), e)| (pack_letters(w.as_bytes()), e)).collect();
        let long: Vec<(u128, &'static Entry)> =
            letters().filter_map(|((w, _), e)| Some((pack(w.as_bytes()).filter(|_| w.len() > 8)?, e))).collect();
        let (short, long) = (lookup::Table::new(&short), lookup::Table::new(&long));
        let words = entries.iter().enumerate().map(|(k, (w, _))| (w.clone(), k as u32)).collect();
        Lexicon {
            language,
            words,
            packed,
            short,
            long,
            longest: entries.iter().map(|(w, _)| w.chars().count()).max().unwrap_or(0),
            names: entries.into_iter().map(|(w, _)| w).collect(),
            table,
            title_abbreviations: WordSet::new(language.title_abbreviations),
            other_abbreviations: WordSet::new(language.other_abbreviations),
            sentence_starters: WordSet::new(language.sentence_starters),
            names_also_words: WordSet::new(language.names_also_words),
            play_words: WordSet::new(language.play_words),
            unchanged_pasts: WordSet::new(language.unchanged_pasts),
            move_words: WordSet::new(language.move_words),
            play_lengths: (
                language.play_words.iter().map(|w| w.len()).min().unwrap_or(0),
                language.play_words.iter().map(|w| w.len()).max().unwrap_or(0),
            ),
            stop_words: WordSet::new(language.stop_words),
            clause_conjunctions: WordSet::new(language.clause_conjunctions),
            line_openers: {
                let phrases = [
                    language.publication_words,
                    language.amendment_labels,
                    language.amendment_openings,
                    language.page_references,
                    language.credit_labels,
                    language.release_closings,
                ];
                let first = |p: &'static str| p.split([' ', '\'']).next().unwrap_or(p);
                WordSet::new(&phrases.iter().flat_map(|ps| ps.iter().map(|p| first(p))).collect::<Vec<_>>())
            },
            credit_openers: WordSet::new(
                &language.credit_phrases.iter().map(|p| p.split(' ').next().unwrap_or(p)).collect::<Vec<_>>(),
            ),
            stemmer: Stemmer::new([language.inflections, language.endings], language.irregular_forms),
            notices: OnceCell::new(),
            max_furniture_words: language.furniture_lines.iter().map(|l| l.split(' ').count()).max().unwrap_or(0),
            past_ends: {
                let mut ends = [false; 256];
                for suffix in language.past_suffixes {
                    match suffix.as_bytes().last() {
                        Some(&b) => ends[usize::from(b)] = true,
                        None => ends = [true; 256],
                    }
                }
                ends
            },
            holiday_groups,
        }
    }

    /// How many distinct notice phrases ([`Language::notice_words`]) a text holds, each as a run of
    /// whole words: words are runs of letters, digits, apostrophes and periods, with the periods at
    /// their ends not counted, and case is ignored.
    ///
    /// ```
    /// use timeline_extract::lang::Lexicon;
    ///
    /// let en = Lexicon::english();
    /// assert_eq!(en.notices_in("Copyright 2015 The Agency. All rights, reserved."), 2);
    /// assert_eq!(en.notices_in("Under 17 U.S.C. Section 107"), 1);
    /// assert_eq!(en.notices_in("The copyrighted fair-used photo"), 0);
    /// assert_eq!(en.notices_in("\u{201c}Copyright\u{201d} \u{a9} 2015 \u{2014} privacy policy"), 2);
    /// ```
    pub fn notices_in(&self, text: &str) -> usize {
        self.notices.get_or_init(|| Notices::new(self.language.notice_words)).count(text)
    }

    /// The most words of a line that is furniture by itself ([`Language::furniture_lines`]).
    pub fn max_furniture_words(&self) -> usize {
        self.max_furniture_words
    }

    /// The compiled English table, built once.
    pub fn english() -> &'static Lexicon {
        &ENGLISH
    }

    /// The table this lexicon was compiled from.
    pub fn language(&self) -> &'static Language {
        self.language
    }

    /// Every word of the table with its readings, in alphabetical order.
    pub fn entries(&self) -> impl Iterator<Item = (&str, &[Lexeme])> {
        self.names.iter().zip(self.table).map(|(w, e)| (w.as_str(), e.readings))
    }

    /// Every reading of a word, matched without regard to case; empty when unknown.
    pub fn lookup(&self, word: &str) -> &'static [Lexeme] {
        self.lookup_entry(word).readings
    }

    /// Like [`Lexicon::lookup_entry`] for a word of ASCII letters only (the tokenizer's common case).
    pub fn lookup_letters(&self, word: &[u8]) -> &'static Entry {
        if word.len() > 8 || word.is_empty() {
            return self.lookup_long_letters(word);
        }
        self.lookup_packed(pack_letters(word))
    }

    /// Like [`Lexicon::lookup_letters`] for a word of one to eight ASCII letters given packed: each letter
    /// `| 0x20` (lowercased), the first in the lowest byte, zero bytes after the last. The tokenizer reads
    /// words eight bytes at a time and has this key at hand.
    #[inline(always)]
    pub fn lookup_packed(&self, key: u64) -> &'static Entry {
        if key == 0 {
            return &Entry::NONE;
        }
        self.probe_short(key)
    }

    /// [`Lexicon::lookup_packed`] of a key that is not zero (a word of one to eight letters).
    #[inline(always)]
    pub(crate) fn probe_short(&self, key: u64) -> &'static Entry {
        self.short_table().probe(key)
    }

    /// The table of words of one to eight letters, for a caller that probes it many times.
    #[inline(always)]
    pub(crate) fn short_table(&self) -> &lookup::Table<u64> {
        &self.short
    }

    /// The table of words of nine to sixteen letters, packed as for [`Lexicon::lookup_packed_long`].
    #[inline(always)]
    pub(crate) fn long_table(&self) -> &lookup::Table<u128> {
        &self.long
    }

    /// Like [`Lexicon::lookup_entry`] for a word of up to sixteen ASCII bytes, lowercased and packed as
    /// [`Lexicon::lookup_packed`] packs eight letters, in a `u128` ("o'clock", "'s").
    pub fn lookup_packed_long(&self, key: u128) -> &'static Entry {
        self.probe_packed(key)
    }

    /// The lookup of a word of ASCII letters longer than eight.
    fn lookup_long_letters(&self, word: &[u8]) -> &'static Entry {
        if word.is_empty() || word.len() > 16 {
            return self.lookup_entry(std::str::from_utf8(word).unwrap_or(""));
        }
        let mut buf = [0u8; 16];
        for (dst, src) in buf.iter_mut().zip(word) {
            *dst = src | 0x20;
        }
        self.long_table().probe(u128::from_le_bytes(buf))
    }

    fn probe_packed(&self, key: u128) -> &'static Entry {
        let size = self.packed.len();
        let mut slot = slot_of(key, size);
        loop {
            let (k, i) = self.packed[slot];
            if i == u32::MAX {
                return &Entry::NONE;
            }
            if k == key {
                return self.entry(i as usize);
            }
            slot = (slot + 1) & (size - 1);
        }
    }

    /// Entry `i`.
    fn entry(&self, i: usize) -> &'static Entry {
        self.table.get(i).unwrap_or(&Entry::NONE)
    }

    /// Every reading of a word with the union of their [`Lexeme::bit`]s.
    pub fn lookup_bits(&self, word: &str) -> (&'static [Lexeme], u128) {
        let entry = self.lookup_entry(word);
        (entry.readings, entry.bits)
    }

    /// The entry of a word, matched without regard to case ([`Entry::NONE`] when unknown).
    pub fn lookup_entry(&self, word: &str) -> &'static Entry {
        if let Some(key) = pack(word.as_bytes()) {
            return self.probe_packed(key);
        }
        // Lowercasing never takes a character away, so a word with more characters than the longest has
        // no entry (a long stretch of text is asked about at times). A character takes at most four bytes,
        // so more than four times as many bytes tell without counting.
        if word.len() > self.longest && (word.len() / 4 > self.longest || word.chars().count() > self.longest) {
            return &Entry::NONE;
        }
        self.with_lower(word, |w| self.words.get(w).map_or(&Entry::NONE, |&i| self.entry(i as usize)))
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
        self.title_abbreviations.contains(word, self)
    }

    /// True when this word is an abbreviation whose period may or may not end a sentence.
    pub fn is_other_abbreviation(&self, word: &str) -> bool {
        self.other_abbreviations.contains(word, self)
    }

    /// True when a line whose first word is `word` may be a stamp ("Published: ..."), a notice of a
    /// correction or the close of a press release: the first word of one of their phrases.
    ///
    /// ```
    /// let lexicon = timeline_extract::lang::Lexicon::english();
    /// assert!(lexicon.may_open_notice_line("Updated") && lexicon.may_open_notice_line("Editor"));
    /// assert!(!lexicon.may_open_notice_line("Russia"));
    /// ```
    pub fn may_open_notice_line(&self, word: &str) -> bool {
        self.line_openers.contains(word, self)
    }

    /// True when `word` opens one of the language's phrases that close the credits of a report
    /// ([`Language::credit_phrases`]).
    ///
    /// ```
    /// let lexicon = timeline_extract::lang::Lexicon::english();
    /// assert!(lexicon.opens_credit("contributed") && !lexicon.opens_credit("said"));
    /// ```
    pub fn opens_credit(&self, word: &str) -> bool {
        self.credit_openers.contains(word, self)
    }

    /// True when this word commonly opens a sentence.
    pub fn is_sentence_starter(&self, word: &str) -> bool {
        self.sentence_starters.contains(word, self)
    }

    /// True when a month or weekday name written in lowercase is still the name ("monday", "nov"), not one
    /// of the language's [`Language::names_also_words`] ("may", "sun").
    ///
    /// ```
    /// use timeline_extract::lang::Lexicon;
    ///
    /// assert!(Lexicon::english().is_name_in_lowercase("november"));
    /// assert!(!Lexicon::english().is_name_in_lowercase("may"));
    /// ```
    pub fn is_name_in_lowercase(&self, word: &str) -> bool {
        !self.names_also_words.contains(word, self)
    }

    /// True for a word of a game told in play ([`Language::play_words`]).
    ///
    /// ```
    /// use timeline_extract::lang::Lexicon;
    ///
    /// assert!(Lexicon::english().is_play_word("Goals"));
    /// assert!(!Lexicon::english().is_play_word("sales"));
    /// ```
    pub fn is_play_word(&self, word: &str) -> bool {
        (self.play_lengths.0..=self.play_lengths.1).contains(&word.len()) && self.play_words.contains(word, self)
    }

    /// True for a verb whose past form is its plain present form ([`Language::unchanged_pasts`]).
    ///
    /// ```
    /// use timeline_extract::lang::Lexicon;
    ///
    /// assert!(Lexicon::english().is_unchanged_past("cut"));
    /// assert!(!Lexicon::english().is_unchanged_past("cuts"));
    /// ```
    pub fn is_unchanged_past(&self, word: &str) -> bool {
        self.unchanged_pasts.contains(word, self)
    }

    /// True for a form of a verb that moves a time ([`Language::move_words`]).
    ///
    /// ```
    /// use timeline_extract::lang::Lexicon;
    ///
    /// assert!(Lexicon::english().moves_time("postponed"));
    /// assert!(!Lexicon::english().moves_time("suspended"));
    /// ```
    pub fn moves_time(&self, word: &str) -> bool {
        self.move_words.contains(word, self)
    }

    /// True for a stop word.
    pub fn is_stop_word(&self, word: &str) -> bool {
        self.stop_words.contains(word, self)
    }

    /// True for a conjunction that may open a second main clause after a comma ("and", "but").
    ///
    /// ```
    /// use timeline_extract::lang::Lexicon;
    ///
    /// assert!(Lexicon::english().is_clause_conjunction("And"));
    /// assert!(!Lexicon::english().is_clause_conjunction("that"));
    /// ```
    pub fn is_clause_conjunction(&self, word: &str) -> bool {
        self.clause_conjunctions.contains(word, self)
    }

    /// The holidays of the language.
    pub fn holidays(&self) -> &'static [Holiday] {
        self.language.holidays
    }

    /// The holidays whose names start with the word read as [`Lexeme::HolidayStart`]`(group)`, in table
    /// order.
    pub fn holidays_from(&self, group: u16) -> impl Iterator<Item = &'static Holiday> + '_ {
        let table = self.language.holidays;
        self.holiday_groups.get(usize::from(group)).into_iter().flatten().filter_map(|&k| table.get(usize::from(k)))
    }

    /// True when a lowercase word of five or more letters has the form of a past-tense verb.
    pub fn looks_past(&self, word: &str) -> bool {
        if !self.may_end_past(word.as_bytes().last().copied().unwrap_or(0)) {
            return false;
        }
        // The suffix first: most words fail there. Five letters take at least five bytes; count chars only
        // when the bytes leave it open.
        self.language.past_suffixes.iter().any(|s| word.ends_with(s))
            && word.len() >= 5
            && (word.is_ascii() || word.chars().count() >= 5)
            && word.chars().next().is_some_and(char::is_lowercase)
    }

    /// False when no word that ends with the byte `last` can end with a past suffix, so that
    /// [`Lexicon::looks_past`] is false for it (a cheap test before it).
    #[inline]
    pub fn may_end_past(&self, last: u8) -> bool {
        self.past_ends[usize::from(last)]
    }

    /// True when a lowercase word of three or more letters has the form of a present-tense verb after a
    /// subject pronoun ("returns" in "he returns").
    pub fn looks_present(&self, word: &str) -> bool {
        word.len() >= 3
            && word.chars().next().is_some_and(char::is_lowercase)
            && self.language.present_suffixes.iter().any(|s| word.ends_with(s))
    }

    /// True when a lowercase word of four or more letters has the form of an adverb of manner ("sharply").
    pub fn looks_adverb(&self, word: &str) -> bool {
        word.len() >= 4
            && word.chars().next().is_some_and(char::is_lowercase)
            && self.language.adverb_suffixes.iter().any(|s| word.ends_with(s))
    }

    /// True when a word has the form of a plural noun (and is longer than three letters).
    pub fn looks_plural(&self, word: &str) -> bool {
        word.chars().count() > 3
            && self.with_lower(word, |w| {
                self.language.plural_suffixes.iter().any(|s| w.ends_with(s) && !w.ends_with("'s"))
                    && !self.language.singular_endings.iter().any(|s| w.ends_with(s))
            })
    }

    /// The stem of a lowercase word: the table's first matching inflection rule, then its first
    /// matching ending rule, each applied only where three or more letters remain.
    pub fn stem(&self, word: &str) -> String {
        let mut w = String::with_capacity(word.len());
        self.stem_into(word, &mut w);
        w
    }

    /// [`Lexicon::stem`], appended to `out` without allocating.
    ///
    /// ```
    /// let mut out = String::from("^");
    /// timeline_extract::lang::Lexicon::english().stem_into("missiles", &mut out);
    /// assert_eq!(out, "^missil");
    /// ```
    pub fn stem_into(&self, word: &str, out: &mut String) {
        self.stemmer.stem_into(word, out);
    }

    /// The stem ([`Lexicon::stem`]) of a word in any case, or `None` for a stop word and a word of fewer
    /// than two characters: what the merge's word features keep of a word. A short ASCII word is read
    /// without allocating.
    ///
    /// ```
    /// use timeline_extract::lang::Lexicon;
    ///
    /// let lexicon = Lexicon::english();
    /// assert_eq!(lexicon.content_stem("Sorties").unwrap().as_str(), lexicon.stem("sortie"));
    /// assert_eq!(lexicon.content_stem("the"), None);
    /// assert_eq!(lexicon.content_stem("x"), None);
    /// ```
    pub fn content_stem(&self, word: &str) -> Option<Stem> {
        if let Some(key) = pack(word.as_bytes()) {
            // ASCII: as many characters as bytes.
            if word.len() < 2 || self.stop_words.contains_packed(key) {
                return None;
            }
            if let Some((stem, len)) = self.stemmer.stem_packed(key, word.len()) {
                return Some(Stem::packed(stem, len));
            }
        }
        if word.chars().count() < 2 || self.is_stop_word(word) {
            return None;
        }
        let mut stem = String::with_capacity(word.len());
        self.with_lower(word, |w| self.stem_into(w, &mut stem));
        Some(Stem::text(stem))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_words_are_lowercase_ascii() {
        let slow = |w: &[u8]| {
            (!w.is_empty() && w.len() <= 16 && w.is_ascii()).then(|| {
                let mut buf = [0u8; 16];
                for (dst, src) in buf.iter_mut().zip(w) {
                    *dst = src.to_ascii_lowercase();
                }
                u128::from_le_bytes(buf)
            })
        };
        for b in 0..=255u8 {
            assert_eq!(pack(&[b]), slow(&[b]), "{b:#x}");
            assert_eq!(pack(&[b'A', b, b'z']), slow(&[b'A', b, b'z']), "{b:#x}");
        }
        for w in ["", "AZaz@[`{", "Thanksgiving Day", "SIXTEEN LETTERS!", "seventeen letters", "Straße"] {
            assert_eq!(pack(w.as_bytes()), slow(w.as_bytes()), "{w}");
        }
        // Every length, with every byte told apart from its neighbours.
        let word = b"AbCdEfGhIjKlMnOpQr";
        for len in 0..=word.len() {
            assert_eq!(pack(&word[..len]), slow(&word[..len]), "{len}");
        }
    }

    #[test]
    fn the_tables_of_letters_find_every_word_of_letters_and_no_other() {
        let lexicon = Lexicon::english();
        let (mut short, mut long) = (0, 0);
        for (k, word) in lexicon.names.iter().enumerate() {
            let bytes = word.as_bytes();
            if bytes.len() > 16 || !bytes.iter().all(u8::is_ascii_lowercase) {
                continue;
            }
            if bytes.len() > 8 {
                long += 1;
            } else {
                short += 1;
            }
            assert!(std::ptr::eq(lexicon.lookup_letters(bytes), lexicon.entry(k)), "{word}");
            // The same letters with one more, or one changed, are another word: found only if the lexicon has it.
            for other in [format!("{word}q"), format!("{}x", &word[..word.len() - 1])] {
                let known = lexicon.words.get(&other).map(|&i| lexicon.entry(i as usize));
                let found = lexicon.lookup_letters(other.as_bytes());
                assert!(std::ptr::eq(found, known.unwrap_or(&Entry::NONE)), "{other}");
            }
        }
        assert!(short > 100 && long > 20, "{short} {long}");
    }

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
        // Irregular forms compare with their regular ones.
        assert_eq!(lx.stem("rose"), lx.stem("rises"));
        assert_eq!(lx.stem("struck"), lx.stem("striking"));
        assert_eq!(lx.stem("children"), lx.stem("child"));
        assert_eq!(lx.content_stem("Fled"), lx.content_stem("flees"));
        assert_ne!(lx.stem("wounded"), lx.stem("winds"));
    }

    proptest::proptest! {
        /// Over texts of notice words in any case, separators and other words, ASCII or not, short and past
        /// the stack's length: the notices counted with the keys first are those the patterns alone count.
        #[test]
        fn notice_keys_only_skip_texts_without_notices(pieces in proptest::collection::vec(proptest::sample::select(&[
            "Copyright", "U.S.C.", "fair", "Reserved", "cookies", "PRIVACY", "coo\u{212a}ies", "Use", "all", "rights",
            "of", "policy", "profit", "copy", "news", "said", "the", "x", " ", ".", ",", "-", "'", "\u{a9}", "\u{2014}",
            "\u{17f}", "\u{212a}", "\u{e9}", "\u{a0}", "\n",
        ][..]), 0..12), repeat in 1..3usize, spaced: bool) {
            let notices = Notices::new(en::ENGLISH.notice_words);
            let text = pieces.join(if spaced { " " } else { "" }).repeat(if repeat == 2 { 80 } else { 1 });
            let plain = notices.which.matches(&text).iter().count();
            proptest::prop_assert_eq!(notices.count(&text), plain, "{:?}", text);
        }
    }

    /// Stems as the rules read plainly: the regular form of an irregular one, then the first rule whose
    /// suffix ends the word, applied where three characters or more remain, in each list of rules.
    fn stem_plainly(lexicon: &Lexicon, word: &str) -> String {
        let irregular = lexicon.language.irregular_forms.iter().find(|(form, _)| *form == word);
        let mut out = irregular.map_or(word, |(_, regular)| regular).to_string();
        for rules in [lexicon.language.inflections, lexicon.language.endings] {
            if let Some((suffix, replacement)) = rules.iter().find(|(suffix, _)| out.ends_with(suffix)) {
                let stem = &out[..out.len() - suffix.len()];
                if stem.chars().count() >= 3 {
                    out = format!("{stem}{replacement}");
                }
            }
        }
        out
    }

    proptest::proptest! {
        /// Over words made of the rules' suffixes, letters and characters of two to four bytes, stems are
        /// those of the plain reading, appended after what the buffer held.
        #[test]
        fn stems_agree_with_the_plain_reading(pieces in proptest::collection::vec(proptest::sample::select(&[
            "a", "b", "e", "y", "s", "i", "d", "ies", "ied", "ing", "ings", "ian", "ia", "ss", "us", "is", "ed",
            "\u{e9}", "\u{df}", "\u{2019}", "\u{1f600}", "x", "rose", "struck", "wives",
        ][..]), 0..7)) {
            let lexicon = Lexicon::english();
            let word = pieces.concat();
            let mut out = String::from("^s");
            lexicon.stem_into(&word, &mut out);
            proptest::prop_assert_eq!(out, format!("^s{}", stem_plainly(lexicon, &word)));
        }

        /// Over words in any case, stop words among them, short and long: a content word's stem is the
        /// plain reading's stem of its lowercase form, and stop words and single characters have none.
        #[test]
        fn content_stems_agree_with_the_plain_reading(pieces in proptest::collection::vec(proptest::sample::select(&[
            "a", "E", "y", "S", "IES", "ied", "ing", "Ian", "ss", "us", "ed", "the", "The", "and", "of",
            "\u{e9}", "\u{c9}", "\u{df}", "\u{1f600}", "x", "q", "abcdefgh", "Rose", "STRUCK", "men",
        ][..]), 0..5)) {
            let lexicon = Lexicon::english();
            let word = pieces.concat();
            let lower = word.to_lowercase();
            let want = (word.chars().count() >= 2 && !lexicon.is_stop_word(&word)).then(|| stem_plainly(lexicon, &lower));
            let stem = lexicon.content_stem(&word);
            proptest::prop_assert_eq!(stem.as_ref().map(|s| s.as_str().to_string()), want.clone(), "{:?}", word);
            proptest::prop_assert_eq!(stem.as_ref().map(|s| s.as_bytes()), want.as_ref().map(|w| w.as_bytes()), "{:?}", word);
        }
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
