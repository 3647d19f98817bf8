//! What a temporal expression says, before it is anchored.
//!
//! The recognizer turns text into [`Mention`]s; each holds an [`Expr`] that
//! records what the words say ("the 7th of a month called October, year
//! not given") and nothing that depends on when they were written. The
//! normalizer resolves an `Expr` against an anchor into a TIMEX3 value.

use crate::lang::{HolidayRule, Modifier, PartOfDay, Reference, Season, Shift, Unit};

/// A year as the text gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum YearSpec {
    /// Written in full: 2015.
    Full(i32),
    /// Written with two digits ("Nov15", "'98"): the century comes from the anchor.
    Short(u8),
    /// Relative to the anchor's year: "this year" (0), "last year" (-1).
    Shift(i32),
    /// Relative to the year of the time mentioned last: "that year" (0), "the following year" (1).
    Mentioned(i32),
    /// The year under discussion ("the first half of the year"): the year of the time mentioned last, unless
    /// a clause in the present or the future speaks of it, where a year already over is this year.
    Discussed,
}

/// A named period within a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Named {
    /// A month, 1-12.
    Month(u8),
    /// A season.
    Season(Season),
    /// A quarter, 1-4.
    Quarter(u8),
    /// A half year, 1-2.
    Half(u8),
    /// A weekend.
    Weekend,
    /// A holiday.
    Holiday(HolidayRule),
}

/// What a relative expression counts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum RelativeTo {
    /// The time of speaking (deictic): "yesterday", "three days ago", "next week".
    Speech,
    /// A time the text mentioned before (anaphoric): "the next day", "two days earlier".
    Reference,
    /// The period under discussion ("the year", "the end of the decade"): the one that holds the time
    /// mentioned last, unless a clause in the present or the future speaks of it, where a period already
    /// over is the one of the time of speaking ("Sales fell in 2024. Analysts expect gains by the end of the
    /// year").
    Discussed,
}

/// A count of units.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Amount {
    /// A known count, perhaps with a half ("2 1/2 years").
    Exact {
        /// The whole part.
        n: u32,
        /// Plus one half.
        half: bool,
    },
    /// A count written with a decimal fraction ("5.2 years"; "1.5 hours" is an [`Amount::Exact`] with a
    /// half).
    Decimal {
        /// The whole part.
        n: u32,
        /// The fraction, in thousandths of a unit (1 to 999).
        thousandths: u16,
    },
    /// An unspecified count ("years", "a few days", "recent months").
    Vague,
}

impl Amount {
    /// A count of one ("a year", "week-long").
    ///
    /// ```
    /// use timeline_extract::parse::expr::Amount;
    ///
    /// assert_eq!(Amount::ONE, Amount::Exact { n: 1, half: false });
    /// ```
    pub const ONE: Amount = Amount::Exact { n: 1, half: false };
}

/// What a set recurs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub enum Recurrence {
    /// Every n units ("daily", "every two weeks").
    Every {
        /// How many units between occurrences.
        n: u32,
        /// The unit.
        unit: Unit,
    },
    /// Every few units, how many unsaid ("every few years", "every several weeks").
    EveryFew(Unit),
    /// A weekday ("every Monday", "Tuesday nights").
    Weekday {
        /// ISO weekday.
        day: u8,
        /// A part of that day.
        part: Option<PartOfDay>,
    },
    /// A month of every year ("each July").
    Month(u8),
    /// A day of every year ("every March 1", "every Christmas").
    Day {
        /// The month, 1-12.
        month: u8,
        /// The day of the month.
        day: u8,
    },
    /// A day of every month ("the 15th of every month").
    DayOfMonth(u8),
    /// A part of every day ("every night", "each morning").
    PartOfDay(PartOfDay),
    /// A season of every year ("every summer").
    Season(Season),
}

/// The meaning of a temporal expression, unanchored.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub enum Expr {
    /// A calendar date, perhaps partial: "7 October 2015", "October 7", "October 2015", "2015".
    Date {
        /// The year, if written.
        year: Option<YearSpec>,
        /// The month, 1-12.
        month: Option<u8>,
        /// The day of the month.
        day: Option<u8>,
    },
    /// A weekday: "Tuesday", "last Tuesday".
    Weekday {
        /// ISO weekday, 1 = Monday.
        day: u8,
        /// "last", "next", "this".
        shift: Option<Shift>,
    },
    /// A count of units from a reference: "today" (0 days), "yesterday", "last week", "three days ago".
    Relative {
        /// The unit counted; also the precision of the value.
        unit: Unit,
        /// How many units after (positive) or before (negative).
        offset: i32,
        /// Counted from the time of speaking or from a mentioned time.
        to: RelativeTo,
    },
    /// A named period: "last October", "the summer of 1998", "the third quarter", "this weekend", "Christmas".
    Named {
        /// Which period.
        name: Named,
        /// The year, if written.
        year: Option<YearSpec>,
        /// "last", "next", "this".
        shift: Option<Shift>,
    },
    /// A decade: "the 1990s" (1990, century known), "the nineties" (90, century not written).
    Decade {
        /// The decade's first year, or its last two digits when the century is not written.
        first_year: i32,
        /// Whether the century was written.
        century_known: bool,
    },
    /// A century: "the 20th century" (20); before the common era negative ("the 8th century BC", -8).
    Century(i32),
    /// A clock time, perhaps on a given day: "11 a.m.", "10 p.m. Wednesday".
    Clock {
        /// The day, if given.
        day: Option<Box<Expr>>,
        /// Hour, 0-24.
        hour: u8,
        /// Minute, 0-59.
        minute: u8,
    },
    /// A part of a day: "Friday morning", "this evening", "tonight".
    DayPart {
        /// The day, if given (else the anchor's day).
        day: Option<Box<Expr>>,
        /// Which part.
        part: PartOfDay,
    },
    /// A length of time: "three days", "24 hours", "a decade", "years".
    Duration {
        /// How many.
        amount: Amount,
        /// Of what.
        unit: Unit,
    },
    /// The ISO week that holds a day: "the week of March 6".
    WeekOf(Box<Expr>),
    /// The weekend of the ISO week that holds a day: "the weekend of Oct. 10".
    WeekendOf(Box<Expr>),
    /// A day counted from a day the text names: "a week from Monday", "90 days from Jan. 1"; a weekend counted in
    /// weeks from a weekend: "the weekend before last".
    CountedFrom {
        /// The day counted from (a weekday, a date with its day, "tomorrow").
        from: Box<Expr>,
        /// The unit counted.
        unit: Unit,
        /// How many units after it.
        offset: i32,
    },
    /// A recurring time: "daily", "every Monday", "each July".
    Set(Recurrence),
    /// A vague reference: "now", "recently", "the future".
    Reference(Reference),
    /// An expression placed from the time mentioned last instead of the time of speaking: "the following
    /// Monday", "the previous autumn", "that March", "the summer of that year".
    FromReference(Box<Expr>),
    /// A day of a month that another expression names: "the 30th of this month", "the first of next month",
    /// "the last Sunday of the month"; or the first or last day of a year that it names ("the last day of the
    /// year").
    DayOfMonth {
        /// The month: a month counted from the time of speaking or from the time mentioned last.
        month: Box<Expr>,
        /// Which day of it.
        day: MonthDay,
    },
    /// A weekday of a week that another expression names: "Tuesday last week", "Monday next week".
    DayOfWeek {
        /// The week.
        week: Box<Expr>,
        /// ISO weekday, 1 = Monday.
        day: u8,
    },
    /// The month and day of the time of speaking in the year written ("this day in 1989", "this date in
    /// 1963"): an anniversary told from its year.
    SameDayIn(i32),
    /// The quarter under discussion, shifted by a count of quarters: "the quarter" (0), "the year-ago
    /// quarter" (-4). Without a quarter in context it is the last whole quarter before the time of speaking.
    QuarterRef {
        /// Quarters after (positive) or before (negative) the quarter under discussion.
        offset: i32,
        /// "the latest quarter": the last whole quarter before the time of speaking, whatever was mentioned.
        latest: bool,
        /// "the 1988 quarter", "the 1988 period": the quarter under discussion, in that year (the year
        /// alone when no quarter is under discussion).
        year: Option<YearSpec>,
        /// "this quarter": without a quarter in context, the one running at the time of speaking (not the last
        /// whole one, as "the quarter" is in a report of results).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        running: bool,
    },
}

/// A day of a month, given by its number or by its place among the month's weekdays.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum MonthDay {
    /// The day of the month, 1-31.
    Date(u8),
    /// The nth weekday of the month: ISO weekday (1 = Monday), and n (1 for the first, -1 for the last).
    Weekday(u8, i8),
    /// The last day of the month (or of the year, where a year is named).
    Last,
}

/// The function word just before an expression, where it changes how the expression dates an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Lead {
    /// Nothing that matters.
    None,
    /// "since": the start of an open span, not the time of the event.
    Since,
    /// "from": the start of a range.
    From,
    /// "to", "until", "through": the end of a range.
    Until,
    /// "before".
    Before,
    /// "after".
    After,
    /// "in", "on", "at", "during", "by", "over" and the like.
    Preposition,
}

/// How many bytes may stand between a length with "before" or "after" ([`Mention::offset`]) and the day it
/// counts from: " after ", " before the ".
pub const OFFSET_GAP: usize = 12;

/// The part an expression plays in a range ("October 5 and 6", "2013-2014", "from May to June").
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum RangeRole {
    /// Not part of a range.
    None,
    /// The first end of a range; the next mention is the other end.
    Start,
    /// The last end of a range; the previous mention is the other end.
    End,
}

/// The order in which a date wrote its day and its month. A document keeps to one order, so the dates
/// that show it tell how to read those that do not ("06/10/2015" beside "25/10/2015" is 6 October).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum DayOrder {
    /// The month before the day: "October 6", "10/25/2015".
    MonthFirst,
    /// The day before the month: "6 October", "25/10/2015", "6.10.2015".
    DayFirst,
    /// Two numbers either of which may be the month ("06/10/2015"): read month first, unless the document
    /// writes its dates day first or a weekday beside it tells the other reading.
    Either,
}

/// The tense around an expression, which decides which "Tuesday" or which "October" it means.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Tense {
    /// No marker found.
    #[default]
    Unknown,
    /// A past-tense verb or a verb of saying is nearest.
    Past,
    /// A past-tense verb right before it, with at most "in", "on" or "at" between ("rose in January", "closed on
    /// Dec. 5"): what it dates has happened, so it lies no later than the time of speaking, or at most two
    /// weeks after it (a past clause may name a time farther ahead: "agreed to sell it in January").
    Completed,
    /// A present-tense verb is nearest: a weekday is the coming one ("the law takes effect Monday").
    Present,
    /// A modal that marks no future of its own is nearest ("could" is as often the past of "can" as a
    /// conditional): a weekday is the nearest one, on either side.
    Modal,
    /// A future marker ("will", "is expected to") is nearest.
    Future,
}

/// A temporal expression found in a text.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Mention {
    /// Byte offset of its first byte.
    pub start: usize,
    /// Byte offset after its last byte.
    pub end: usize,
    /// What it says.
    pub expr: Expr,
    /// A modifier in the span ("early", "about"), as TIMEX3 `mod`.
    pub modifier: Option<Modifier>,
    /// The function word before the span.
    pub lead: Lead,
    /// Its part in a range.
    pub range: RangeRole,
    /// The tense of the clause around it.
    pub tense: Tense,
    /// It dates a statement ("said on Tuesday", "told reporters on Saturday"), not the event reported.
    pub attributed: bool,
    /// It sits in a clause that opens a span ("since the start of the campaign on September 30"):
    /// background, not the time of the event.
    pub background: bool,
    /// Its sentence names a quarter: "a year earlier" there means the same quarter a year before.
    pub quarter_context: bool,
    /// A length of time with "later" after it ("three days later"): TIMEX3 draws it as a duration, and it
    /// also dates what it introduces, that long after the time mentioned before.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub later: bool,
    /// A length of time with "before" (-1) or "after" (1) and a time right after it ("three days after
    /// Oct. 7"): TIMEX3 draws the two apart, and the length dates what it introduces, counted from that
    /// time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i8>,
    /// A length of time with "ended", "ending" or (after "the") "to" or "through" and a time right after it
    /// ("the nine months ended Sept. 30", "the 12 months to March"): TIMEX3 draws the two apart, and the
    /// length dates what it introduces as the span of that length that ends with that time.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ending: bool,
    /// In the possessive, it names another event ("Friday's earthquake" in "the toll from Friday's
    /// earthquake rose on Sunday"), or as a year before a noun a thing's time ("the 1890s bridge", "its 2019
    /// purchase"): it dates its sentence only when no other expression of the clause does.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub named: bool,
    /// The weekday written beside a date ("Monday, March 15", "Oct. 13 (Tuesday)"), ISO numbered: a date
    /// without a year takes the year near the anchor in which it falls on that weekday.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weekday: Option<u8>,
    /// A weekday told as the future of a past statement: the word that marks its clause's future is also a
    /// modal ("said on Saturday that talks would resume on Monday"), so it counts from the statement's day.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub backshifted: bool,
    /// A word of habit stands before it in its clause ("usually reports in July"): a month, quarter or season
    /// without its year recurs.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub habitual: bool,
    /// The order in which a date wrote its day and month, when it wrote both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<DayOrder>,
    /// A weekday joined to the weekday before it by "and", "or" or a list's commas ("Saturday or Sunday",
    /// "Monday, Tuesday and Wednesday"): the days follow one another as written, as the ends of a range do.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub coordinated: bool,
    /// It follows "since" as a preposition, with no verb between ("since January", "since the fire on Dec.
    /// 1"): the time it names has come by the time of speaking.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub begun: bool,
    /// "Since" opens the phrase or the clause it sits in ("since January", "since the fire started on
    /// Wednesday"): the span runs from it to the time of speaking, so it is no time that later expressions
    /// count from.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub since: bool,
    /// A term of a comparison ("compared with a year earlier", "up from 58% in 2019", "from $4 million a year
    /// earlier"): not the time of its clause's event.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub compared: bool,
    /// It sits in a phrase set off by commas that a participle or a relative pronoun opens ("the sentencing,
    /// set for March 28, was moved on Wednesday", "Reed, convicted on Jan. 26, was sentenced", "the minister,
    /// who resigned on Friday, said"), or in a participle's phrase on the subject with no commas, before a
    /// time of the main clause's own ("Samples collected on 2 November tested positive on 4 November"), or
    /// in parentheses after words of its sentence ("the Lagos Library (completed 2009) won ... in 2010"): an
    /// aside about the subject, which dates its sentence only when no other expression of the clause does.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub aside: bool,
    /// It opens its sentence ("4:10 a.m. Wednesday: Sensors record ...", "09:30 The governor said ..."): a
    /// clock time there is an entry's stamp.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub opens: bool,
    /// It is the time that a past act put something off until or to ("adjourned the hearing until Tuesday",
    /// "the vote was pushed back to Thursday"): the act, not the time, is the sentence's event.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deferred: bool,
    /// It names a year (or a year counted from now or from another time) at the head of its sentence, with at
    /// most a preposition before it ("Last year, ...", "In 2019 the river ...", "Two years ago, ..."): it
    /// frames what the sentence tells.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub frames: bool,
    /// A date, month or season without its year in a past clause (or one of no tense) of a sentence that a year frames
    /// ([`Mention::frames`]): "Last year, the fire burned 30,000 acres in September" is the September of last
    /// year, though the September ahead is nearer.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub framed: bool,
    /// A word of condition opens its clause ("If it launches on Dec. 3, ..."): it dates its sentence only when
    /// no time of the main clause's own event does.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub conditional: bool,
    /// The period that a report covers, after "for" and a noun ("its factory survey for November", "the jobs
    /// report for the third quarter"): under a day header, the entry's day dates the report better.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub covered: bool,
}

impl Expr {
    /// True when the expression names a point or period (TIMEX3 DATE or TIME), not a length, a set or a vague reference.
    pub fn is_point(&self) -> bool {
        match self {
            Expr::Duration { .. } | Expr::Set(_) | Expr::Reference(_) => false,
            // A time of every week ("Monday through Friday, 8 a.m. to 5 p.m.") recurs.
            Expr::Clock { day: Some(d), .. } | Expr::DayPart { day: Some(d), .. } => d.is_point(),
            _ => true,
        }
    }

    /// True when the value depends on the time of speaking (a weekday, "yesterday", a year left out).
    pub fn is_deictic(&self) -> bool {
        match self {
            Expr::Date { year, .. } => {
                !matches!(year, Some(YearSpec::Full(_) | YearSpec::Mentioned(_) | YearSpec::Discussed))
            }
            Expr::Weekday { .. } => true,
            Expr::Relative { to, .. } => *to == RelativeTo::Speech,
            Expr::Named { year, .. } => {
                !matches!(year, Some(YearSpec::Full(_) | YearSpec::Mentioned(_) | YearSpec::Discussed))
            }
            Expr::Decade { century_known, .. } => !century_known,
            Expr::Century(_) => false,
            Expr::Clock { day, .. } | Expr::DayPart { day, .. } => day.as_ref().is_none_or(|d| d.is_deictic()),
            Expr::WeekOf(d)
            | Expr::WeekendOf(d)
            | Expr::CountedFrom { from: d, .. }
            | Expr::DayOfMonth { month: d, .. }
            | Expr::DayOfWeek { week: d, .. } => d.is_deictic(),
            Expr::QuarterRef { .. } | Expr::SameDayIn(_) => true,
            Expr::Duration { .. } | Expr::Set(_) | Expr::Reference(_) | Expr::FromReference(_) => false,
        }
    }

    /// The weekday of a weekday written without "last", "next" or "this", alone or as the day of a clock
    /// time or of a part of the day ("Tuesday", "9am Tuesday", "Tuesday night").
    ///
    /// ```
    /// use timeline_extract::parse::expr::Expr;
    ///
    /// assert_eq!(Expr::Weekday { day: 2, shift: None }.plain_weekday(), Some(2));
    /// assert_eq!(Expr::Century(21).plain_weekday(), None);
    /// ```
    pub fn plain_weekday(&self) -> Option<u8> {
        match self {
            Expr::Weekday { day, shift: None } => Some(*day),
            Expr::Clock { day: Some(d), .. } | Expr::DayPart { day: Some(d), .. } => d.plain_weekday(),
            _ => None,
        }
    }

    /// True for a time of the clock: a clock time ("10 p.m.", "9am Tuesday"), noon or midnight, which name
    /// an instant as a clock time does.
    ///
    /// ```
    /// use timeline_extract::lang::PartOfDay;
    /// use timeline_extract::parse::expr::Expr;
    ///
    /// assert!(Expr::DayPart { day: None, part: PartOfDay::Midnight }.is_clock_time());
    /// assert!(!Expr::DayPart { day: None, part: PartOfDay::Night }.is_clock_time());
    /// ```
    pub fn is_clock_time(&self) -> bool {
        matches!(self, Expr::Clock { .. } | Expr::DayPart { part: PartOfDay::Noon | PartOfDay::Midnight, .. })
    }

    /// True when the expression names a date, a month or a named period (a season, a quarter, a holiday)
    /// without its year and without "last", "next" or "this", alone or as the day of a clock time or of a
    /// part of the day ("in September", "on Oct. 3", "the third quarter"; not "last September").
    ///
    /// ```
    /// use timeline_extract::parse::expr::Expr;
    ///
    /// assert!(Expr::Date { year: None, month: Some(9), day: None }.lacks_year());
    /// assert!(!Expr::Date { year: None, month: None, day: Some(3) }.lacks_year());
    /// ```
    pub fn lacks_year(&self) -> bool {
        match self {
            Expr::Date { year: None, month: Some(_), .. } | Expr::Named { year: None, shift: None, .. } => true,
            Expr::Clock { day: Some(d), .. } | Expr::DayPart { day: Some(d), .. } => d.lacks_year(),
            _ => false,
        }
    }

    /// True when the expression names one whole year: written out ("2019", "fiscal 2025") or counted in
    /// years from the time of speaking or from another time ("last year", "two years ago", "that year").
    ///
    /// ```
    /// use timeline_extract::parse::expr::{Expr, RelativeTo, YearSpec};
    /// use timeline_extract::lang::Unit;
    ///
    /// assert!(Expr::Date { year: Some(YearSpec::Full(2019)), month: None, day: None }.names_year());
    /// assert!(Expr::Relative { unit: Unit::Year, offset: -1, to: RelativeTo::Speech }.names_year());
    /// assert!(!Expr::Relative { unit: Unit::Month, offset: -1, to: RelativeTo::Speech }.names_year());
    /// ```
    pub fn names_year(&self) -> bool {
        matches!(self, Expr::Date { year: Some(_), month: None, day: None } | Expr::Relative { unit: Unit::Year, .. })
    }

    /// True when the value counts from a time mentioned before ("the next day").
    pub fn is_anaphoric(&self) -> bool {
        match self {
            Expr::Relative { to, .. } => *to != RelativeTo::Speech,
            Expr::FromReference(_) => true,
            Expr::Date { year, .. } | Expr::Named { year, .. } => {
                matches!(year, Some(YearSpec::Mentioned(_) | YearSpec::Discussed))
            }
            Expr::Clock { day: Some(d), .. }
            | Expr::DayPart { day: Some(d), .. }
            | Expr::WeekOf(d)
            | Expr::WeekendOf(d)
            | Expr::CountedFrom { from: d, .. }
            | Expr::DayOfMonth { month: d, .. }
            | Expr::DayOfWeek { week: d, .. } => d.is_anaphoric(),
            _ => false,
        }
    }
}
