//! Stage 2, normalize: resolve each expression to a TIMEX3 value, anchored
//! on the nearest reliable reference, and date the sentences that report
//! events.
//!
//! The reference for a deictic expression ("on Tuesday", "yesterday") is
//! the time of speaking: the section's day header in a live blog, else the
//! document's anchor. An anaphoric one ("the next day") counts from the
//! last explicit date mentioned before it. A sentence is dated by its own
//! expression where it has one (an expression that dates the event before
//! one that dates a statement about it, and never one inside a
//! since-clause), else by its section, else by the document's anchor.
//!
//! ```
//! use chrono::NaiveDate;
//! use timeline_extract::lang::Lexicon;
//! use timeline_extract::normalize::{self, Anchor, AnchorBasis, Basis};
//! use timeline_extract::parse;
//!
//! let text = "Jets flew 20 sorties on Tuesday, the ministry said.";
//! let parsed = parse::document(text, Lexicon::english());
//! let anchor = Anchor { date: NaiveDate::from_ymd_opt(2015, 10, 8).unwrap(), basis: AnchorBasis::Given };
//! let dated = normalize::document(&parsed, Some(anchor));
//! assert_eq!(dated.reports[0].date.as_ref().unwrap().value.to_string(), "2015-10-06");
//! assert_eq!(dated.reports[0].basis, Basis::Relative);
//! ```

pub mod calendar;
pub mod calendars;
pub mod resolve;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::lang::{Modifier, Unit};
use crate::parse::expr::{Amount, Expr, Lead, Mention, Named, OFFSET_GAP, RangeRole, RelativeTo, Tense, YearSpec};
use crate::parse::layout::BlockKind;
use crate::parse::{CueKind, Parsed};
use crate::timex::{Point, SetValue, TimexType, Value};
use resolve::{Context, Mentioned, resolve};

/// How a document's anchor was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum AnchorBasis {
    /// Given with the document (its metadata, or `--published`).
    Given,
    /// A dateline or source line in the text.
    Dateline,
    /// A page stamp (a timestamp line, "Published: ..."): weak, overruled by shared events.
    Stamp,
    /// Inferred from events the document shares with dated documents.
    Inferred,
}

/// The reference date a document's relative expressions are resolved against.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Anchor {
    /// The date.
    pub date: NaiveDate,
    /// How it was found.
    pub basis: AnchorBasis,
}

/// How a report's date was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Basis {
    /// An absolute date in the sentence ("On October 7", "30 November 2015").
    Explicit,
    /// A relative expression in the sentence ("on Tuesday", "yesterday"), resolved against its section or dateline.
    Relative,
    /// The live-blog day header above the sentence.
    Section,
    /// The document's dateline or source line.
    Dateline,
    /// The document's given date.
    Document,
    /// A page stamp.
    Stamp,
    /// An anchor inferred from events shared with other documents.
    Inferred,
    /// No date could be found.
    Undated,
}

/// A resolved temporal expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timex {
    /// Byte offset of its first byte.
    pub start: usize,
    /// Byte offset after its last byte.
    pub end: usize,
    /// Its value.
    pub value: Value,
    /// Its TIMEX3 `mod`.
    pub modifier: Option<Modifier>,
}

impl Timex {
    /// Its TIMEX3 type.
    pub fn timex_type(&self) -> TimexType {
        self.value.timex_type()
    }

    /// The first and last day it covers.
    pub fn range(&self) -> Option<(NaiveDate, NaiveDate)> {
        self.value.range(self.modifier)
    }
}

/// The date of an event: a TIMEX3 value and modifier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EventDate {
    /// The value ("2015-10-07", "2015-11", "2013/2014").
    pub value: Value,
    /// The modifier ("MID" in "mid-November").
    pub modifier: Option<Modifier>,
}

impl EventDate {
    /// The first and last calendar day covered, or `None` when the year is unknown.
    pub fn range(&self) -> Option<(NaiveDate, NaiveDate)> {
        self.value.range(self.modifier)
    }
}

/// A sentence that reports an event, with its date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// The sentence's index in [`Parsed::sentences`].
    pub sentence: usize,
    /// Byte offset of the sentence.
    pub start: usize,
    /// Byte offset after the sentence.
    pub end: usize,
    /// Its date, if one could be found.
    pub date: Option<EventDate>,
    /// How the date was found.
    pub basis: Basis,
    /// The mention that dates it, when the sentence has its own.
    pub mention: Option<usize>,
    /// The first sentence of a news item (a paragraph that does not open with a quotation mark).
    pub lead: bool,
    /// The paragraph (block) it belongs to.
    pub block: usize,
    /// Its paragraph opens with a quotation mark: often the words of the item just before it.
    pub quote: bool,
    /// The date depends on the document's anchor (no section, no absolute date of its own).
    pub floating: bool,
    /// When the report was made: its section's day, else the document's anchor.
    pub reported_on: Option<NaiveDate>,
}

/// One document, normalized.
#[derive(Clone, Debug, Default)]
pub struct Dated {
    /// The anchor used.
    pub anchor: Option<Anchor>,
    /// Each mention's resolved value, in the order of [`Parsed::mentions`].
    pub timexes: Vec<Option<Timex>>,
    /// The sentences that report events.
    pub reports: Vec<Report>,
}

/// Resolves a cue's mention on its own, without any anchor: only a full date counts.
fn cue_date(m: &Mention) -> Option<NaiveDate> {
    resolve(&m.expr, &Context::default())?.day()
}

/// The document's own anchor: the given date, else its strongest dated cue. A stamp of publication
/// ("Published 15 March 2024") stands whatever years the prose names: an obituary or a history tells of
/// years long past. Another stamp whose year lies beyond every year the prose names is no anchor: for an
/// unlabelled timestamp (often a crawl's) any year counts, a bare one too; a stamp of the last change
/// ("Updated 15 March 2024") or a correction notice's date yields only to a year that the prose gives with
/// its month, as a bare year ("In 2001, a bridge collapsed") is as often history. A correction notice
/// dates the page only when nothing else does.
pub fn own_anchor(parsed: &Parsed, given: Option<NaiveDate>) -> Option<Anchor> {
    if let Some(date) = given {
        return Some(Anchor { date, basis: AnchorBasis::Given });
    }
    // The latest full year the document names outside its cues and outside background clauses ("the first
    // emergency cut since 2008" says nothing of when the story is told), and the latest with its month.
    let cue_mentions: Vec<usize> = parsed.cues.iter().map(|c| c.mention).collect();
    let (latest_year, latest_dated_year) = story_mentions(parsed, &cue_mentions)
        .filter_map(|m| year_named(&m.expr))
        .fold((None, None), |(any, dated): (Option<i32>, Option<i32>), (y, month)| {
            (any.max(Some(y)), if month { dated.max(Some(y)) } else { dated })
        });
    let mut cues = parsed.cues.clone();
    cues.sort_by_key(|c| c.kind);
    cues.iter().find_map(|c| {
        let m = parsed.mentions.get(c.mention)?;
        let basis = match c.kind {
            // A text that declares its day ("Today is Tuesday, Nov. 24") is dated as a dateline dates it.
            CueKind::SourceLine | CueKind::Dateline | CueKind::Declared => AnchorBasis::Dateline,
            _ => AnchorBasis::Stamp,
        };
        let Some(date) = cue_date(m) else {
            // A dateline without a year ("BEIJING, Oct. 3 (Xinhua) --") takes it from the prose.
            let date = (basis == AnchorBasis::Dateline).then(|| dateline_year(parsed, m, &cue_mentions)).flatten()?;
            return Some(Anchor { date, basis: AnchorBasis::Inferred });
        };
        let contradicting = match c.kind {
            CueKind::Stamp => None,
            CueKind::Update | CueKind::Amendment => latest_dated_year,
            _ => latest_year,
        };
        if basis == AnchorBasis::Stamp && contradicting.is_some_and(|y| date.year() > y + 1) {
            return None;
        }
        Some(Anchor { date, basis })
    })
}

/// True when a stamp of publication ("Published 18 November 2026", "Posted Wednesday, November 18, 2026")
/// gives the document's anchor: the page's own word for when it was written, not a crawl's or an update's
/// time.
pub fn published_on_anchor(parsed: &Parsed, anchor: Anchor) -> bool {
    anchor.basis == AnchorBasis::Stamp
        && parsed
            .cues
            .iter()
            .any(|c| c.kind == CueKind::Stamp && parsed.mentions.get(c.mention).and_then(cue_date) == Some(anchor.date))
}

/// The date of a dateline written without a year: its month and day in the latest year that the prose
/// names outside background clauses and clauses about the future (with its month, or in a clause not in
/// the past: a year alone told in the past is as often history), or in the year after when a day or a
/// month that the prose gives with its year begins later than that day (a dateline "Jan. 5" over "on Dec.
/// 20, 2015" is 2016-01-05; "Feb 5" over "last flooded in December 2022" is 2023-02-05).
fn dateline_year(parsed: &Parsed, m: &Mention, cue_mentions: &[usize]) -> Option<NaiveDate> {
    let (month, day) = month_and_day(&m.expr)?;
    let past = || story_mentions(parsed, cue_mentions).filter(|m| m.tense != Tense::Future);
    // A year alone in a past clause is as often history ("The club's last trophy came in 1994").
    let year = past()
        .filter_map(|m| {
            let (y, month) = year_named(&m.expr)?;
            (month || !matches!(m.tense, Tense::Past | Tense::Completed)).then_some(y)
        })
        .max()?;
    let latest_day = past()
        .filter_map(|m| match resolve(&m.expr, &Context::default())? {
            Value::Point(p @ (Point::Day { year: Some(_), .. } | Point::Month { year: Some(_), month: 1.. })) => {
                Value::Point(p).range(None).map(|(a, _)| a)
            }
            _ => None,
        })
        .max();
    let on = |y: i32| NaiveDate::from_ymd_opt(y, u32::from(month), u32::from(day));
    let date = on(year)?;
    match latest_day {
        Some(d) if d > date => on(year.checked_add(1)?),
        _ => Some(date),
    }
}

/// The month and day of the document's dateline or source line when it gives them without a year
/// ("ASHFIELD, Nov 8 -").
pub(crate) fn yearless_dateline(parsed: &Parsed) -> Option<(u32, u32)> {
    let datelines = parsed.cues.iter().filter(|c| matches!(c.kind, CueKind::SourceLine | CueKind::Dateline));
    datelines
        .filter_map(|c| month_and_day(&parsed.mentions.get(c.mention)?.expr))
        .map(|(month, day)| (u32::from(month), u32::from(day)))
        .next()
}

/// The month and day of a date written without its year ("Nov 8").
fn month_and_day(expr: &Expr) -> Option<(u8, u8)> {
    match *expr {
        Expr::Date { year: None, month: Some(month), day: Some(day) } => Some((month, day)),
        _ => None,
    }
}

/// The mentions that tell of the story itself: not the document's own date cues (`cue_mentions`), nor a
/// background clause's.
fn story_mentions<'a>(parsed: &'a Parsed, cue_mentions: &'a [usize]) -> impl Iterator<Item = &'a Mention> + 'a {
    parsed.mentions.iter().enumerate().filter(|(k, m)| !cue_mentions.contains(k) && !m.background).map(|(_, m)| m)
}

/// The full year a dated expression names, and whether it names the month too ("March 2001", "12 March
/// 2001"; not "2001" alone).
fn year_named(expr: &Expr) -> Option<(i32, bool)> {
    match expr {
        Expr::Date { year: Some(YearSpec::Full(y)), month, .. } => Some((*y, month.is_some())),
        Expr::Clock { day: Some(d), .. }
        | Expr::DayPart { day: Some(d), .. }
        | Expr::WeekOf(d)
        | Expr::WeekendOf(d) => year_named(d),
        _ => None,
    }
}

fn anchor_basis(anchor: Option<Anchor>) -> Basis {
    match anchor.map(|a| a.basis) {
        Some(AnchorBasis::Given) => Basis::Document,
        Some(AnchorBasis::Dateline) => Basis::Dateline,
        Some(AnchorBasis::Stamp) => Basis::Stamp,
        Some(AnchorBasis::Inferred) => Basis::Inferred,
        None => Basis::Undated,
    }
}

/// True when the expression's value does not depend on any anchor.
fn absolute(expr: &Expr) -> bool {
    match expr {
        Expr::Date { year, .. } | Expr::Named { year, .. } => matches!(year, Some(YearSpec::Full(_))),
        Expr::Decade { century_known, .. } => *century_known,
        Expr::Century(_) => true,
        Expr::Clock { day: Some(d), .. }
        | Expr::DayPart { day: Some(d), .. }
        | Expr::WeekOf(d)
        | Expr::WeekendOf(d) => absolute(d),
        _ => false,
    }
}

/// The time that a mention puts in the reader's mind, which "the next day" and "two days later" after it
/// count from: a period named by the calendar ("in 2004", "in March", "last October"), or a single day
/// however it was named ("on Tuesday", "yesterday", "the next day"), at the precision it was named with. Not a
/// time after "since" or in a clause that "since" opens, which opens a span that runs to the time of the story
/// ("its worst day since Oct. 15", "has burned 18,400 acres since it started on Wednesday": "overnight" after
/// them is the night before the story's day); nor the term of a comparison ("up from 15% on Saturday"); nor a
/// clock time that restates the clock time right before it in another zone (`previous`: "at 4:17 a.m. local
/// time (1917 GMT Saturday)" tells of the Sunday morning, and "at noon" after it is Sunday's).
fn new_reference(m: &Mention, value: &Value, previous: Option<&Mention>) -> Option<Mentioned> {
    if m.lead == Lead::Since || m.since || m.compared || previous.is_some_and(|p| restates(p, m)) {
        return None;
    }
    let r = mentioned(value)?;
    // A clock time or a part of the day without its day ("at 11 a.m.", "overnight") is placed by the day
    // under discussion; it does not name one.
    let day = r.day == r.last && m.expr.is_point() && !dayless(&m.expr);
    let named = matches!(m.expr, Expr::Named { .. });
    (absolute(&m.expr) || calendar_named(&m.expr) || named || day).then_some(r)
}

/// The most bytes between a clock time and another that restates it: " (", ", ".
const RESTATED_GAP: usize = 2;

/// True when the clock time `m` restates the clock time `previous` right before it, as a time in another
/// zone does ("4:17 a.m. local time (1917 GMT Saturday)").
fn restates(previous: &Mention, m: &Mention) -> bool {
    matches!(previous.expr, Expr::Clock { .. })
        && matches!(m.expr, Expr::Clock { .. })
        && m.range == RangeRole::None
        && previous.range == RangeRole::None
        && m.start >= previous.end
        && m.start - previous.end <= RESTATED_GAP
}

/// The time mentioned last after the end `m` of a range was put in order ([`align_range`]): the end's new
/// value, when the end was that time ("open Tuesday through Sunday": the Sunday after the Tuesday, not the one
/// that Sunday alone was read as).
fn aligned_reference(m: &Mention, value: &Value, reference: Option<(Mentioned, usize)>) -> Option<(Mentioned, usize)> {
    match reference {
        Some((_, end)) if end == m.end => new_reference(m, value, None).map(|r| (r, end)).or(reference),
        _ => reference,
    }
}

/// The time mentioned last when it is a day: a coarser time named after a day ("Wednesday: the Fed releases
/// the minutes of its October meeting at 2 p.m.") leaves that day under discussion.
fn day_of(reference: Option<(Mentioned, usize)>) -> Option<(Mentioned, usize)> {
    reference.filter(|(r, _)| r.precision == Unit::Day)
}

/// The day under discussion after `m` was resolved to `value`, given the time mentioned last (`reference`) and
/// the day under discussion before (`before`): the day named last, from the end of its mention or of the last
/// clock time or part of the day without its day placed on it since, which keeps it under discussion ("had
/// landed at 23:38", then two sentences on, "had been on duty since 3 p.m.": the same day).
fn under_discussion(
    m: &Mention,
    value: Option<&Value>,
    reference: Option<(Mentioned, usize)>,
    before: Option<(Mentioned, usize)>,
) -> Option<(Mentioned, usize)> {
    let (day, end) = match (day_of(reference), before) {
        (Some((r, e)), Some((d, f))) if r == d => (r, e.max(f)),
        (Some(named), _) | (None, Some(named)) => named,
        (None, None) => return None,
    };
    let placed = on_day_named_before(m, end) && value.and_then(Value::day) == Some(day.day);
    Some((day, if placed { m.end } else { end }))
}

/// A value as a time mentioned: its first day, at the precision of its unit.
fn mentioned(value: &Value) -> Option<Mentioned> {
    let (a, b) = value.range(None)?;
    let point = match value {
        Value::Point(p) | Value::Interval(p, _) => p,
        Value::Time { .. } | Value::PartOfDay { .. } => {
            return Some(Mentioned { day: a, last: b, precision: Unit::Day });
        }
        Value::Duration(_) | Value::Set(_) | Value::Reference(_) => return None,
    };
    let precision = match point {
        Point::Day { .. } | Point::Weekday(_) => Unit::Day,
        Point::Week { .. } | Point::Weekend { .. } => Unit::Week,
        Point::Month { .. } => Unit::Month,
        Point::Quarter { .. } | Point::Season { .. } => Unit::Quarter,
        Point::Half { .. } => Unit::Half,
        Point::Year(_) => Unit::Year,
        Point::Decade(_) => Unit::Decade,
        Point::Century(_) => Unit::Century,
        Point::Unknown(unit) => *unit,
    };
    Some(Mentioned { day: a, last: b, precision })
}

/// True when the expression names a month and day (or a holiday) and only its year comes from the anchor.
fn calendar_named(expr: &Expr) -> bool {
    match expr {
        Expr::Date { month: Some(_), .. } => true,
        Expr::Named { shift: None, .. } => true,
        Expr::Clock { day: Some(d), .. }
        | Expr::DayPart { day: Some(d), .. }
        | Expr::WeekOf(d)
        | Expr::WeekendOf(d) => calendar_named(d),
        _ => false,
    }
}

/// The quarter an expression puts under discussion: a named quarter ("the third quarter") or the quarter
/// itself ("the quarter"), not one reached by counting back from it ("the year-ago quarter"), nor one
/// that is not over at the time of speaking in a clause that is not in the past tense (a forecast:
/// "will report losses through the third quarter of 1990"; a fiscal quarter can be over and reported
/// before its calendar namesake ends), nor one with its year written that is earlier than the quarter
/// under discussion (the comparison: "up 18% from $349 million in the third quarter of fiscal 2025").
fn discussed_quarter(
    m: &Mention,
    value: &Value,
    speech: Option<NaiveDate>,
    current: Option<(i32, u8)>,
) -> Option<(i32, u8)> {
    let expr = &m.expr;
    let named = matches!(
        expr,
        Expr::Named { name: crate::parse::expr::Named::Quarter(_), .. }
            | Expr::QuarterRef { offset: 0, year: None, .. }
    );
    // Its last day after the time of speaking: the quarter is not over, so no figures report it.
    let ahead = |y: i32, q: u8| {
        let next = if q == 4 {
            y.checked_add(1).and_then(|y| NaiveDate::from_ymd_opt(y, 1, 1))
        } else {
            NaiveDate::from_ymd_opt(y, u32::from(q) * 3 + 1, 1)
        };
        q > 0
            && !matches!(m.tense, Tense::Past | Tense::Completed)
            && matches!((next, speech), (Some(n), Some(s)) if n > s)
    };
    match value {
        Value::Point(Point::Quarter { year: Some(y), quarter }) if named && !ahead(*y, *quarter) => {
            let compared =
                matches!(expr, Expr::Named { year: Some(_), .. }) && current.is_some_and(|c| (*y, *quarter) < c);
            (!compared).then_some((*y, *quarter))
        }
        _ => None,
    }
}

/// Resolves mentions in text order against a document creation time, each anaphoric one against the last
/// explicit day before it: the values of the `tag` command.
///
/// ```
/// use chrono::NaiveDate;
/// use timeline_extract::lang::Lexicon;
/// use timeline_extract::{normalize, parse};
///
/// let text = "Talks began on October 7. The next day they stopped.";
/// let mentions = parse::tagging(text, Lexicon::english());
/// let timexes = normalize::tag(&mentions, NaiveDate::from_ymd_opt(2015, 11, 30));
/// let values: Vec<String> = timexes.iter().map(|t| t.value.to_string()).collect();
/// assert_eq!(values, ["2015-10-07", "2015-10-08"]);
/// ```
pub fn tag(mentions: &[Mention], dct: Option<NaiveDate>) -> Vec<Timex> {
    let narrative = narrative(mentions, dct);
    // The time mentioned last, with the end of its mention.
    let mut reference: Option<(Mentioned, usize)> = None;
    // The day the last statement was dated ("said on Saturday"), with the end of its mention.
    let mut statement: Option<(NaiveDate, usize)> = None;
    let mut quarter = None;
    let mut entry: Option<Entry> = None;
    // The year that frames the sentence ([`Mention::frames`]).
    let mut frame: Option<Mentioned> = None;
    let mut schedule: Scheduled = None;
    // The day named last, with the end of its mention: the day under discussion ([`on_day_discussed`]).
    let mut day_named: Option<(Mentioned, usize)> = None;
    let mut out: Vec<Timex> = Vec::with_capacity(mentions.len());
    let back = midnight_stamps(mentions, |_| Some(0));
    for (k, m) in mentions.iter().enumerate() {
        let cx = Context {
            speech: stamp_speech(&back, k, dct),
            reference: reference.map(|(r, _)| r).or(dct.map(Mentioned::from)),
            tense: m.tense,
            quarter,
            quarterly: m.quarter_context,
        };
        let placed = in_frame(m, in_narrative(m, cx, narrative), frame);
        let cx = from_statement(m, on_day_discussed(m, placed, day_named), statement);
        // Only an expression at the head of its sentence is an entry's stamp.
        let cx = if m.opens { from_entry(m, cx, entry) } else { cx };
        let Some(mut value) = resolve_mention(m, &cx) else {
            continue;
        };
        night_before(m, &mut value, dct);
        in_schedule(m, &mut value, cx.speech, &mut schedule);
        if m.frames {
            frame = mentioned(&value);
        }
        if m.opens {
            entry = next_entry(m, &value, entry);
        }
        if let Some(q) = discussed_quarter(m, &value, cx.speech, quarter) {
            quarter = Some(q);
        }
        if let Some(a) = new_reference(m, &value, k.checked_sub(1).and_then(|p| mentions.get(p))) {
            reference = Some((a, m.end));
        }
        statement = statement_day(m, &value).or(statement);
        // A range with the mention just before, put in order.
        if let (Some(start), Some(last)) = (k.checked_sub(1).and_then(|p| mentions.get(p)), out.last_mut())
            && last.start == start.start
            && let Some((a, b)) = align_range(start, m, &last.value, &value)
        {
            (last.value, value) = (a, b);
            reference = aligned_reference(m, &value, reference);
        }
        day_named = under_discussion(m, Some(&value), reference, day_named);
        out.push(Timex { start: m.start, end: m.end, value, modifier: m.modifier });
    }
    out
}

/// A chronology's last entry that its stamp dated ("4:10 a.m. Wednesday: Sensors record ..."): its day, its
/// time of day in minutes, and the end of the stamp.
#[derive(Clone, Copy, Debug)]
struct Entry {
    day: NaiveDate,
    minutes: u32,
    end: usize,
}

/// How far, in bytes, an entry's stamp may stand after the stamp of the entry before it for that entry's day
/// to date it.
const ENTRY_REACH: usize = 400;

/// The minutes since midnight of a clock time.
fn minutes(hour: u8, minute: u8) -> u32 {
    u32::from(hour) * 60 + u32::from(minute)
}

/// True when `m` is a clock time without its day at the head of its sentence: an entry's stamp.
fn bare_stamp(m: &Mention) -> bool {
    m.opens && m.lead == Lead::None && matches!(m.expr, Expr::Clock { day: None, .. })
}

/// True when `m` stands within [`ENTRY_REACH`] after the stamp of `entry`.
fn follows(m: &Mention, entry: &Entry) -> bool {
    m.start >= entry.end && m.start - entry.end <= ENTRY_REACH
}

/// The context of an entry's stamp without its day ("4:35 a.m.: The county issues ...") close after an entry
/// whose stamp gave its day ("4:10 a.m. Wednesday: ..."), or took one so: a chronology's times run on from
/// that day, to the next when the time is earlier than the one before ("11:50 p.m.", then "12:20 a.m."). A
/// live blog's stamps name no day, and stay on the time of speaking.
fn from_entry(m: &Mention, cx: Context, entry: Option<Entry>) -> Context {
    let (Some(e), Expr::Clock { hour, minute, .. }) = (entry, &m.expr) else { return cx };
    if !bare_stamp(m) || !follows(m, &e) {
        return cx;
    }
    let earlier = minutes(*hour, *minute) < e.minutes;
    let day = if earlier { e.day.succ_opt().unwrap_or(e.day) } else { e.day };
    Context { speech: Some(day), ..cx }
}

/// The least jump of a live blog's stamps against the order of the others that crosses midnight: from "00:40"
/// to "23:55" in a blog that runs newest first, from "23:55" to "00:40" in one that runs oldest first. A
/// smaller step against the order is an entry out of place.
const MIDNIGHT_JUMP: u32 = 12 * 60;

/// The days before the time of speaking of a live blog's stamps without their day (`stamps`: mention index and
/// minutes since midnight, in text order, all under one time of speaking), which is the day of the newest
/// entry: in a blog that runs newest first, a jump up of half a day or more crosses midnight back to the day
/// before; in one that runs oldest first, the entries before a jump down of as much are on the day before.
/// Mention indices with their days back, for the stamps not on the time of speaking.
fn stamps_back(stamps: &[(usize, u32)], out: &mut Vec<(usize, i64)>) {
    let steps = || stamps.windows(2).map(|w| (i64::from(w[1].1) - i64::from(w[0].1), w[1].0));
    let (mut down, mut up) = (0, 0);
    for (step, _) in steps() {
        if step < 0 && step > -i64::from(MIDNIGHT_JUMP) {
            down += 1;
        } else if step > 0 && step < i64::from(MIDNIGHT_JUMP) {
            up += 1;
        }
    }
    let jump = i64::from(MIDNIGHT_JUMP);
    if down > up {
        let mut back = 0;
        for (step, k) in steps() {
            back += i64::from(step >= jump);
            if back > 0 {
                out.push((k, back));
            }
        }
    } else if up > down {
        let mut back = 0;
        for w in stamps.windows(2).rev() {
            back += i64::from(i64::from(w[1].1) - i64::from(w[0].1) <= -jump);
            if back > 0 {
                out.push((w[0].0, back));
            }
        }
    }
}

/// The live blog's stamps that lie days before their time of speaking ([`stamps_back`]), by mention index,
/// sorted; `group` gives the section of a mention (stamps of different sections are apart). A chronology
/// whose stamps give their day runs on from them instead ([`from_entry`]), and has none.
fn midnight_stamps(mentions: &[Mention], group: impl Fn(usize) -> Option<usize>) -> Vec<(usize, i64)> {
    let mut out = Vec::new();
    let mut run: Vec<(usize, u32)> = Vec::new();
    let mut current = None;
    for (k, m) in mentions.iter().enumerate() {
        let Expr::Clock { hour, minute, day } = &m.expr else { continue };
        if !m.opens || m.lead != Lead::None {
            continue;
        }
        if day.is_some() {
            out.clear();
            return out;
        }
        let g = group(k);
        if g != current {
            stamps_back(&run, &mut out);
            run.clear();
            current = g;
        }
        run.push((k, minutes(*hour, *minute)));
    }
    stamps_back(&run, &mut out);
    out.sort_unstable();
    out
}

/// `speech` moved back the days that [`midnight_stamps`] give mention `k`, if any.
fn stamp_speech(back: &[(usize, i64)], k: usize, speech: Option<NaiveDate>) -> Option<NaiveDate> {
    match back.binary_search_by_key(&k, |&(i, _)| i) {
        Ok(i) => speech.and_then(|d| calendar::add_days(d, -back[i].1)),
        Err(_) => speech,
    }
}

/// The entry that `m`, dated `value`, leaves for the stamps after it: a clock time with its day at the head
/// of its sentence, or a stamp that took the day of the entry before ([`from_entry`]); else `entry` as it was.
fn next_entry(m: &Mention, value: &Value, entry: Option<Entry>) -> Option<Entry> {
    let (Expr::Clock { day, hour, minute }, Value::Time { day: point, .. }) = (&m.expr, value) else { return entry };
    let opens_with_day = day.is_some() && m.opens && m.lead == Lead::None;
    let chained = bare_stamp(m) && entry.is_some_and(|e| follows(m, &e));
    match point.range() {
        Some((d, last)) if d == last && (opens_with_day || chained) => {
            Some(Entry { day: d, minutes: minutes(*hour, *minute), end: m.end })
        }
        _ => entry,
    }
}

/// How many calendar years before the year of speaking a year must be for a text that names it to tell of
/// the past ([`narrative`]).
const NARRATIVE_YEARS: i32 = 2;

/// How many years written out, all that long before the year of speaking, make a text a narrative of the past
/// when it names no time near the time of speaking ([`narrative`]).
const NARRATIVE_MIN_YEARS: usize = 3;

/// True when the mentions tell a history rather than news: they name [`NARRATIVE_MIN_YEARS`] or more years
/// written out, each [`NARRATIVE_YEARS`] or more before the year of speaking ("On 1 September 1939"), and no
/// time near the time of speaking: no weekday, nothing counted from the time of speaking ("yesterday",
/// "last week", "two years ago"), no year written out that is later. A date without its year in such a text
/// is in the years it tells of ([`in_narrative`]); in news it is near the time of speaking, however long ago
/// the sentence before it was ("It was founded in 1994. In January, ..." is this January).
fn narrative(mentions: &[Mention], speech: Option<NaiveDate>) -> bool {
    let Some(speech) = speech else { return false };
    let mut far = 0;
    for m in mentions {
        let expr = dated(&m.expr);
        match expr {
            Expr::Date { year: Some(YearSpec::Full(y)), .. } | Expr::Named { year: Some(YearSpec::Full(y)), .. } => {
                if y.saturating_add(NARRATIVE_YEARS) > speech.year() {
                    return false;
                }
                far += 1;
            }
            Expr::Weekday { .. } | Expr::Relative { to: RelativeTo::Speech, .. } => return false,
            Expr::Named { shift: Some(_), .. } | Expr::CountedFrom { .. } if expr.is_deictic() => return false,
            _ => {}
        }
    }
    far >= NARRATIVE_MIN_YEARS
}

/// The context to resolve a date or named period written without its year in ("in December", "by mid-July",
/// "the summer", "at 04:45 on 12 July") in a narrative of the past ([`narrative`]): the year nearest the time
/// mentioned last ("In the winter of 1812 ... By December only a fraction remained" is December 1812), not
/// one near the time of speaking (the one nearest the middle of the time mentioned, under no tense). With no
/// time of speaking, the time mentioned last is the only year there is: "Sales rose in March 2015. In April,
/// they fell." is April 2015 in a text of no date.
#[inline]
fn in_narrative(m: &Mention, cx: Context, narrative: bool) -> Context {
    // News with a date, the common case, is resolved as it is.
    if !narrative && cx.speech.is_some() { cx } else { in_history(m, cx) }
}

/// The context to resolve a date without its year in that a year at the head of its sentence frames
/// ([`Mention::framed`]; `frame` is that year): in that year, as in a history ([`in_history`]), when the year
/// is before the year of speaking. In the year of speaking the tense places it as well.
#[inline]
fn in_frame(m: &Mention, cx: Context, frame: Option<Mentioned>) -> Context {
    match (frame, cx.speech) {
        (Some(f), Some(speech)) if m.framed && f.day.year() < speech.year() => {
            in_history(m, Context { reference: Some(f), ..cx })
        }
        _ => cx,
    }
}

/// [`in_narrative`] for a history, or a text with no time of speaking: kept out of line, so that the common
/// case costs only its test.
#[inline(never)]
fn in_history(m: &Mention, cx: Context) -> Context {
    match cx.reference {
        Some(r) if m.expr.lacks_year() => {
            // A story told in order runs on in the year of the time mentioned last: "In June 1941 ... by
            // December" is the December of 1941, though the December before is as near.
            if let Some(first) =
                first_day_in(&m.expr, r.day.year()).filter(|&d| d >= r.day.with_day(1).unwrap_or(r.day))
            {
                return Context { speech: Some(first), tense: Tense::Present, ..cx };
            }
            // Else the middle of the time mentioned: in "by 1941 ... by December" the December of 1941.
            let middle = r.day.checked_add_signed((r.last - r.day) / 2).unwrap_or(r.day);
            Context { speech: Some(middle), tense: Tense::Present, ..cx }
        }
        _ => cx,
    }
}

/// The first day in `year` of the date, month or season written without its year that `expr` names (or
/// dates a clock time or a part of the day on); `None` for anything else, or a day that `year` has not.
fn first_day_in(expr: &Expr, year: i32) -> Option<NaiveDate> {
    match dated(expr) {
        Expr::Date { year: None, month: Some(month), day } => {
            NaiveDate::from_ymd_opt(year, u32::from(*month), u32::from(day.unwrap_or(1)))
        }
        Expr::Named { name: Named::Month(month), year: None, shift: None } => {
            NaiveDate::from_ymd_opt(year, u32::from(*month), 1)
        }
        Expr::Named { name: Named::Season(season), year: None, shift: None } => {
            crate::timex::season_range(year, *season).map(|(start, _)| start)
        }
        _ => None,
    }
}

/// The day a clock time or a part of the day is written on ("at 04:45 on 12 July"), else the expression.
fn dated(expr: &Expr) -> &Expr {
    match expr {
        Expr::Clock { day: Some(d), .. } | Expr::DayPart { day: Some(d), .. } => d,
        e => e,
    }
}

/// True for a clock time or a part of the day written without its day ("at 11 a.m.", "overnight").
fn dayless(expr: &Expr) -> bool {
    matches!(expr, Expr::Clock { day: None, .. } | Expr::DayPart { day: None, .. })
}

/// The most bytes between the end of the mention that named a day and a clock time or a part of the day
/// written without its day, for that time to be on the day named: about two sentences of news.
const NEAR_DAY_BYTES: usize = 200;

/// The most bytes between the mention of a statement's day ("said on Saturday") and a weekday ahead in what
/// was said ("that talks would resume on Monday") for the weekday to count from the statement: a sentence.
const STATEMENT_REACH: usize = 160;

/// The day a mention dates a statement on ("said on Saturday"), with the end of the mention.
fn statement_day(m: &Mention, value: &Value) -> Option<(NaiveDate, usize)> {
    if !m.attributed {
        return None;
    }
    Some((value.day()?, m.end))
}

/// The context for a weekday told ahead in reported speech ([`Mention::backshifted`]): "said on Saturday
/// that talks would resume on Monday", written on a Wednesday, is the Monday after that Saturday, not the one
/// after the time of writing ("will resume" keeps the time of writing). `statement` is the day the last
/// statement before it was dated ([`statement_day`]).
fn from_statement(m: &Mention, cx: Context, statement: Option<(NaiveDate, usize)>) -> Context {
    match (statement, cx.speech) {
        (Some((day, end)), Some(speech))
            if m.backshifted && day < speech && m.start.saturating_sub(end) <= STATEMENT_REACH =>
        {
            Context { speech: Some(day), ..cx }
        }
        _ => cx,
    }
}

/// The context to resolve a clock time or a part of the day written without its day in ("at 10 p.m.",
/// "overnight"): on the day under discussion, the day named last (`reference`, with the end of its
/// mention) when it was named close before, else the time of speaking of `cx`. Not a day ahead of the time
/// of speaking for what is told in the past ("The window closes on Dec. 24. ... By mid-afternoon, the crowd
/// had thinned"), nor one behind it for what is told in the future ("The talks ended late on Monday. Shops will
/// stay open until 10pm").
fn on_day_discussed(m: &Mention, cx: Context, reference: Option<(Mentioned, usize)>) -> Context {
    let ahead =
        |day: NaiveDate| cx.speech.is_some_and(|s| day > s) && matches!(m.tense, Tense::Past | Tense::Completed);
    let behind = |day: NaiveDate| cx.speech.is_some_and(|s| day < s) && m.tense == Tense::Future;
    match reference {
        Some((r, end))
            if r.precision == Unit::Day && on_day_named_before(m, end) && !ahead(r.day) && !behind(r.day) =>
        {
            Context { speech: Some(r.day), ..cx }
        }
        _ => cx,
    }
}

/// True when `m` is a clock time or a part of the day written without its day that stands close after a
/// mention of a day ending at byte `end`: it is on that day ([`on_day_discussed`]), not on the time of
/// speaking.
pub(crate) fn on_day_named_before(m: &Mention, end: usize) -> bool {
    // A clock time with no word before it at the head of its sentence may be the stamp of a live blog's entry
    // ("20:10 Jets hit ..."): the time of the report, not of what the entry before it told; inside a sentence
    // it is no stamp ("in the morning peak (07:00-09:30)"). A part of the day is no stamp ("hours before a
    // midnight deadline", "talks ran into the night").
    let placed = match m.expr {
        Expr::DayPart { day: None, .. } => true,
        Expr::Clock { day: None, .. } => m.lead != Lead::None || !m.opens,
        _ => false,
    };
    placed && m.start >= end && m.start - end <= NEAR_DAY_BYTES
}

/// "Homes were destroyed overnight", "shelling went on through the night": a night without its day, told in
/// the past and placed on the day of speaking (no day named close before it), is the night that ended that
/// morning, which TIMEX3 writes as the night of the day before: `value` is moved there.
#[inline]
fn night_before(m: &Mention, value: &mut Value, speech: Option<NaiveDate>) {
    if !matches!(m.expr, Expr::DayPart { day: None, part: crate::lang::PartOfDay::Night })
        || !matches!(m.tense, Tense::Past | Tense::Completed)
    {
        return;
    }
    if let (Value::PartOfDay { day, .. }, Some(s)) = (&mut *value, speech)
        && day.range() == Some((s, s))
    {
        *day = s.pred_opt().map_or(Point::Unknown(Unit::Day), crate::timex::day_point);
    }
}

/// The heading block that holds `m`, if `m` is in one.
fn heading_of<'p>(parsed: &'p Parsed, m: &Mention) -> Option<&'p crate::parse::layout::Block> {
    let b = parsed.blocks.get(parsed.blocks.partition_point(|b| b.start <= m.start).checked_sub(1)?)?;
    (b.kind == BlockKind::Heading && m.end <= b.end).then_some(b)
}

/// The section whose span holds byte `at`.
fn section_at(parsed: &Parsed, at: usize) -> Option<usize> {
    let k = parsed.sections.partition_point(|s| s.start <= at).checked_sub(1)?;
    (at < parsed.sections[k].end).then_some(k)
}

/// Whether the heading `b` is the clock time `m` without its day and little else ("21:05 GMT", "09:30:"): a
/// live blog entry's stamp, the time of the report under it.
fn stamp_heading(b: &crate::parse::layout::Block, m: &Mention) -> bool {
    matches!(m.expr, Expr::Clock { day: None, .. }) && m.start <= b.start + 1 && m.end + STAMP_TAIL >= b.end
}

/// The most bytes of a stamp heading after its time (a colon, a space, a line break).
const STAMP_TAIL: usize = 3;

/// "01:12 GMT Officials said 4 million ballots had been cast by 8 p.m. local time": a clock time without its
/// day, told in the past within an entry whose stamp (`stamp`) put the report earlier on the same day, had not
/// come yet on that day when it was told, so it is on the day before: `value` is moved there.
fn before_stamp(m: &Mention, value: &mut Value, stamp: Option<Entry>) {
    let (Some(s), Expr::Clock { day: None, hour, minute }) = (stamp, &m.expr) else { return };
    if bare_stamp(m) || !follows(m, &s) || !matches!(m.tense, Tense::Past | Tense::Completed) {
        return;
    }
    if let Value::Time { day, .. } = value
        && day.range() == Some((s.day, s.day))
        && minutes(*hour, *minute) > s.minutes
    {
        *day = s.day.pred_opt().map_or(Point::Unknown(Unit::Day), crate::timex::day_point);
    }
}

/// A mention's value: its expression resolved, then corrected by what is written beside it
/// ([`since_before_speech`], [`weekday_year`]).
fn resolve_mention(m: &Mention, cx: &Context) -> Option<Value> {
    if let Some(set) = habitual_set(m) {
        return Some(Value::Set(set));
    }
    let value = resolve(&m.expr, cx)?;
    let value = since_before_speech(m, value, cx).unwrap_or(value);
    Some(weekday_year(m, value, cx).unwrap_or(value))
}

/// A month, a day of a month, a quarter or a season named without its year or a shift in a clause of habit
/// ("usually reports in the second quarter", "held each year on Nov. 11"): the set of them, every year.
fn habitual_set(m: &Mention) -> Option<SetValue> {
    if !m.habitual {
        return None;
    }
    match m.expr {
        Expr::Date { year: None, month: Some(month), day: None } => Some(SetValue::Month(month)),
        // A weekday written beside the day makes it one day ("usually on Monday, March 3" is that Monday).
        Expr::Date { year: None, month: Some(month), day: Some(day) } if m.weekday.is_none() => {
            Some(SetValue::Day(month, day))
        }
        Expr::Named { name: Named::Quarter(q), year: None, shift: None } => Some(SetValue::Quarter(q)),
        Expr::Named { name: Named::Season(s), year: None, shift: None } => Some(SetValue::Season(s)),
        _ => None,
    }
}

/// A date without a year written beside a weekday ("Monday, March 15", "Tuesday (Oct. 13)") in the year
/// that the tense would choose among those in which it falls on that weekday (the anchor's and the years
/// on either side); `None` when there is no such weekday or no year of the three is allowed.
fn weekday_year(m: &Mention, value: Value, cx: &Context) -> Option<Value> {
    let (weekday, anchor) = (m.weekday?, cx.speech?);
    let date = match &m.expr {
        Expr::Clock { day: Some(day), .. } => day,
        e => e,
    };
    let (Expr::Date { year: None, month: named_month, .. }, Value::Point(day) | Value::Time { day, .. }) =
        (date, value)
    else {
        return None;
    };
    let Point::Day { year: Some(_), month, day: d } = day else { return None };
    // The weekday is the reason the text gives for a year ahead, which no tense would reach alone.
    let tense = if cx.tense == Tense::Unknown { Tense::Present } else { cx.tense };
    let moved = if named_month.is_none() {
        // "Tuesday 4th": the month is not written either; the one at hand in which that day is that weekday.
        // Where the tense allows none ("moved to Monday the 5th", written on the 12th, with no Monday the 5th
        // ahead in the month on either side), the nearest such day: the weekday outweighs the tense, within the
        // months at hand (a year is not moved for it against the tense).
        let on_weekday = |x: NaiveDate| x.weekday().number_from_monday() == u32::from(weekday);
        let found = calendar::month_for_where(anchor, d, tense, on_weekday)
            .or_else(|| calendar::month_for_where(anchor, d, Tense::Present, on_weekday));
        crate::timex::day_point(found?)
    } else {
        let on_weekday = |y: i32| {
            NaiveDate::from_ymd_opt(y, u32::from(month), u32::from(d))
                .filter(|x| x.weekday().number_from_monday() == u32::from(weekday))
                .map(|x| (x, x))
        };
        let year = calendar::nearest_year(anchor, tense, on_weekday);
        on_weekday(year)?;
        Point::Day { year: Some(year), month, day: d }
    };
    Some(match value {
        Value::Time { hour, minute, .. } => Value::Time { day: moved, hour, minute },
        _ => Value::Point(moved),
    })
}

/// A date or named period without a year after "since" never after the time of speaking: the year before
/// for one resolved after it ("have risen since January" in November is this year's January, where a past
/// clause may name a January just ahead; so for "since the fire on Dec. 1", see [`Mention::begun`]); `None`
/// when it need not or cannot move.
fn since_before_speech(m: &Mention, value: Value, cx: &Context) -> Option<Value> {
    if m.lead != Lead::Since && !m.begun {
        return None;
    }
    let anchor = cx.speech?;
    let (start, _) = value.range(None)?;
    if start <= anchor {
        return None;
    }
    let before = Some(YearSpec::Full(start.year() - 1));
    let expr = match m.expr {
        Expr::Date { year: None, month: Some(month), day } => Expr::Date { year: before, month: Some(month), day },
        Expr::Named { name, year: None, shift: None } => Expr::Named { name, year: before, shift: None },
        _ => return None,
    };
    resolve(&expr, cx).filter(|v| v.range(None).is_some_and(|(a, _)| a <= anchor))
}

/// A range written without a year ("January-March", "from Dec. 28 to Jan. 3") whose ends, each resolved
/// alone, came out of order or more than a year apart (each can fall on either side of the anchor's year):
/// the yearless start moved to the latest such day at or before the end, else the yearless end to the first
/// such day at or after the start. `None` when the range holds together. Weekdays joined by "and" or "or"
/// ([`Mention::coordinated`]) are put in order as the ends of a range are.
fn align_range(start: &Mention, end: &Mention, start_value: &Value, end_value: &Value) -> Option<(Value, Value)> {
    if (start.range != RangeRole::Start || end.range != RangeRole::End) && !end.coordinated {
        return None;
    }
    let (Some((s, _)), Some((e, _))) = (start_value.range(None), end_value.range(None)) else { return None };
    // A clock time without a day ends on the start's day, or the next when it is earlier ("10 p.m. to 5 a.m.").
    // Told in the past with neither end's day written, the night is the one before the day it is placed on:
    // "were destroyed between 11 p.m. and 5 a.m." in a report of the morning after.
    if let (Expr::Clock { day: None, .. }, Value::Time { day: Point::Day { year: Some(_), .. }, hour, minute }) =
        (&end.expr, start_value)
        && let Value::Time { hour: h, minute: m, .. } = *end_value
    {
        let overnight = (h, m) < (*hour, *minute);
        let past = matches!(start.tense, Tense::Past | Tense::Completed);
        if overnight && past && matches!(start.expr, Expr::Clock { day: None, .. }) {
            let before =
                Value::Time { day: crate::timex::day_point(calendar::add_days(s, -1)?), hour: *hour, minute: *minute };
            return Some((before, *end_value));
        }
        let day = if overnight { calendar::add_days(s, 1)? } else { s };
        let moved = Value::Time { day: crate::timex::day_point(day), hour: h, minute: m };
        return (moved != *end_value).then_some((*start_value, moved));
    }
    // A weekday before one of a week named after it ("from Monday to Wednesday next week", "Tuesday and
    // Thursday next week"): the latest such weekday at or before the end.
    if let (Some(a), Expr::DayOfWeek { .. }) = (start.expr.plain_weekday(), &end.expr) {
        let back = (i64::from(e.weekday().number_from_monday()) - i64::from(a)).rem_euclid(7);
        let day = calendar::add_days(e, -back)?;
        return (day != s).then_some((on_day(start_value, day)?, *end_value));
    }
    // Weekdays, alone or with a clock time or a part of the day ("from 6pm Monday until 9am Tuesday").
    // A start in the present or the future keeps its day, as a weekday under those tenses looks ahead.
    if let (Some(a), Some(b)) = (start.expr.plain_weekday(), end.expr.plain_weekday()) {
        // With no tense on either end ("Friday and Saturday: dry and milder", written on a Tuesday, each end
        // alone the nearest such day, the Friday ahead and the Saturday past), the list runs on from its
        // first day, as one in the future does.
        let untensed = start.tense == Tense::Unknown && end.tense == Tense::Unknown;
        let future = matches!(start.tense, Tense::Future | Tense::Present) || end.tense == Tense::Future || untensed;
        // "from 9am to 5pm on Saturday": one day, where the end's clock is after the start's.
        let clock = |v: &Value| match *v {
            Value::Time { hour, minute, .. } => Some((hour, minute)),
            _ => None,
        };
        let one_day = a == b && matches!((clock(start_value), clock(end_value)), (Some(x), Some(y)) if x < y);
        let (s2, e2) = if one_day {
            let day = if future { s } else { e };
            (s != e).then_some((day, day))?
        } else if end.coordinated && s > e && (s - e).num_days() < weekday_gap(a, b) {
            // Days listed the other way round ("statements made Friday and Thursday"), nearer together as
            // they fell than in the order written.
            return None;
        } else {
            align_weekdays(future, (s, e), (a, b))?
        };
        return Some((on_day(start_value, s2)?, on_day(end_value, e2)?));
    }
    // Days of the month alone ("from the 3rd to the 9th"): as weekdays are, in the future the end moved to
    // the first such day at or after the start, else the start to the last such day at or before the end.
    if let (
        Expr::Date { year: None, month: None, day: Some(a) },
        Expr::Date { year: None, month: None, day: Some(b) },
    ) = (&start.expr, &end.expr)
    {
        let future = start.tense == Tense::Future || end.tense == Tense::Future;
        let (s2, e2) = if future {
            (s, calendar::month_for(calendar::add_days(s, -1)?, *b, Tense::Future)?)
        } else {
            (calendar::month_for(e, *a, Tense::Past)?, e)
        };
        let point = |d| Value::Point(crate::timex::day_point(d));
        return ((s2, e2) != (s, e)).then(|| (point(s2), point(e2)));
    }
    // The same month (and day) as a yearless date, in the first of `years` that `fits`.
    let moved = |expr: &Expr, years: [i32; 2], fits: &dyn Fn(NaiveDate) -> bool| {
        let Expr::Date { year: None, month: Some(month), day } = *expr else { return None };
        years.into_iter().find_map(|year| {
            let point = match day {
                Some(day) => Point::Day { year: Some(year), month, day },
                None => Point::Month { year: Some(year), month },
            };
            let v = Value::Point(point);
            v.range(None).is_some_and(|(a, _)| fits(a)).then_some(v)
        })
    };
    if s > e {
        let v = moved(&start.expr, [e.year(), e.year() - 1], &|a| a <= e)?;
        return Some((v, *end_value));
    }
    if e.year() - s.year() >= 2 || (e.year() - s.year() == 1 && (e.month(), e.day()) >= (s.month(), s.day())) {
        let v = moved(&end.expr, [s.year(), s.year() + 1], &|a| a >= s)?;
        return Some((*start_value, v));
    }
    None
}

/// A range of two weekdays ("Tuesday through Sunday", "from Friday to Monday") whose ends, each resolved
/// alone by the tense, came out of order or a week or more apart: in the future the end is moved to the
/// first such weekday after the start, else the start to the last such weekday before the end (a range
/// from a weekday to the same weekday lasts a week).
fn align_weekdays(future: bool, (s, e): (NaiveDate, NaiveDate), (a, b): (u8, u8)) -> Option<(NaiveDate, NaiveDate)> {
    if s <= e && (e - s).num_days() < 7 {
        return None;
    }
    let gap = weekday_gap(a, b);
    Some(if future { (s, calendar::add_days(s, gap)?) } else { (calendar::add_days(e, -gap)?, e) })
}

/// The days from the weekday `a` to the next weekday `b`: one to seven (from a weekday to itself, a week).
fn weekday_gap(a: u8, b: u8) -> i64 {
    match (i64::from(b) - i64::from(a)).rem_euclid(7) {
        0 => 7,
        gap => gap,
    }
}

/// The most bytes between two weekdays of a schedule ([`in_schedule`]): a short clause.
const SCHEDULE_REACH: usize = 80;

/// The last weekday of a schedule read so far: a weekday that no word puts in a tense, on or after the time
/// of speaking, with the end of its mention.
type Scheduled = Option<(NaiveDate, usize)>;

/// A weekday that no word puts in a tense, told close after another such weekday that lay ahead ("easy 5 on
/// Tuesday, 3 with strides on Thursday, rest Friday", written on a Sunday): a plan read in order, so not
/// before the day before it (each alone is the nearest such day, which put Thursday and Friday in the week
/// past). `value` is moved on whole weeks; `schedule` is updated.
fn in_schedule(m: &Mention, value: &mut Value, speech: Option<NaiveDate>, schedule: &mut Scheduled) {
    let Some(wd) = m.expr.plain_weekday() else { return };
    // At the head of its sentence, a weekday opens another ("Pre-orders open Friday. Monday, a record.").
    if m.tense != Tense::Unknown || m.range != RangeRole::None || m.coordinated || m.opens {
        *schedule = None;
        return;
    }
    let Some(day) = value.day() else { return };
    if let Some((before, end)) = *schedule
        && m.start.saturating_sub(end) <= SCHEDULE_REACH
        && day < before
    {
        let ahead = (i64::from(wd) - i64::from(before.weekday().number_from_monday())).rem_euclid(7);
        let ahead = if ahead == 0 { 7 } else { ahead };
        if let Some(moved) = calendar::add_days(before, ahead).and_then(|d| on_day(value, d)) {
            *value = moved;
        }
    }
    *schedule = value.day().filter(|&d| speech.is_some_and(|s| d >= s)).map(|d| (d, m.end));
}

/// `value` (a day, a clock time on a day, or a part of a day) moved to the day `d`.
fn on_day(value: &Value, d: NaiveDate) -> Option<Value> {
    let day = crate::timex::day_point(d);
    match *value {
        Value::Point(Point::Day { .. }) => Some(Value::Point(day)),
        Value::Time { hour, minute, .. } => Some(Value::Time { day, hour, minute }),
        Value::PartOfDay { part, .. } => Some(Value::PartOfDay { day, part }),
        _ => None,
    }
}

/// The time that a section's header names.
#[derive(Clone, Copy, Debug)]
enum Header {
    /// A live blog's day.
    Day(NaiveDate),
    /// A chronology's year or month ("2023", "March 2024"), its year, and the end of the header's mention.
    Period { value: Value, year: i32, end: usize },
}

impl Header {
    fn day(self) -> Option<NaiveDate> {
        match self {
            Header::Day(d) => Some(d),
            Header::Period { .. } => None,
        }
    }
}

/// A date written without its year in a chronology's section under a year or a month ("April: ..." under
/// "2023"): the same mention with the header's year written in.
fn in_year(m: &Mention, year: i32) -> Option<Mention> {
    let with_year = |e: &Expr| match *e {
        Expr::Date { year: None, month: Some(month), day } => {
            Some(Expr::Date { year: Some(YearSpec::Full(year)), month: Some(month), day })
        }
        Expr::Named { name, year: None, shift: None } => {
            Some(Expr::Named { name, year: Some(YearSpec::Full(year)), shift: None })
        }
        _ => None,
    };
    let expr = match &m.expr {
        Expr::Clock { day: Some(d), hour, minute } => {
            Expr::Clock { day: Some(Box::new(with_year(d)?)), hour: *hour, minute: *minute }
        }
        e => with_year(e)?,
    };
    Some(Mention { expr, ..m.clone() })
}

/// The most days after the document's date that a stamp of its last change ([`CueKind::Update`]) may lie for
/// the page to be told as of that day too ([`since_revision`]): an update of the next day or the one after.
const MAX_REVISION_DAYS: i64 = 2;

/// The day of the page's last change, when a stamp gives one a little after the document's date
/// ([`MAX_REVISION_DAYS`]).
fn revision_day(parsed: &Parsed, doc_date: Option<NaiveDate>) -> Option<NaiveDate> {
    let date = doc_date?;
    parsed
        .cues
        .iter()
        .filter(|c| c.kind == CueKind::Update)
        .filter_map(|c| cue_date(parsed.mentions.get(c.mention)?))
        .filter(|d| *d > date && (*d - date).num_days() <= MAX_REVISION_DAYS)
        .max()
}

/// The time of speaking for a weekday told in the past on a page changed after it was published: a weekday
/// that fell between the two days is one of them ("On Wednesday morning, the department said ..." on a page
/// published on a Tuesday and updated on the Wednesday is that Wednesday, not the one six days before).
fn since_revision(m: &Mention, speech: Option<NaiveDate>, revised: Option<NaiveDate>) -> Option<NaiveDate> {
    let (Some(from), Some(to), Some(day)) = (speech, revised, m.expr.plain_weekday()) else { return speech };
    if !matches!(m.tense, Tense::Past | Tense::Completed) {
        return speech;
    }
    let fell = calendar::weekday_by_tense(to, day, m.tense);
    if fell.is_some_and(|d| d > from) { revised } else { speech }
}

/// The most weekday headers of a week told day by day ([`week_told_by_day`]).
const WEEK_HEADERS: usize = 7;

/// The days of a week told day by day under weekday headers ("Monday", "Tuesday", ...: a week in review, or
/// one ahead), given the document's date: each header the next such weekday after the one before, the run
/// placed as near the date as it can lie, on or before it on a tie (a review published on Saturday ends on
/// the Friday before; a preview published on Sunday starts on the Monday after). The first day, and each
/// header's mention with its days after the first.
fn week_told_by_day(parsed: &Parsed, date: NaiveDate) -> Option<(NaiveDate, [(usize, i64); WEEK_HEADERS])> {
    let mut days = [(usize::MAX, 0i64); WEEK_HEADERS];
    let mut count = 0;
    let mut previous: Option<(u8, i64)> = None;
    for s in &parsed.sections {
        let Some(day) = parsed.mentions.get(s.mention).and_then(|m| match m.expr {
            Expr::Weekday { day, shift: None } => Some(day),
            _ => None,
        }) else {
            continue;
        };
        let offset = match previous {
            None => 0,
            Some((before, at)) => at + (i64::from(day) - i64::from(before) - 1).rem_euclid(7) + 1,
        };
        if count == WEEK_HEADERS || offset >= 7 {
            return None;
        }
        days[count] = (s.mention, offset);
        count += 1;
        previous = Some((day, offset));
    }
    let (first_day, span) = (parsed.mentions.get(days[0].0)?.expr.plain_weekday()?, previous?.1);
    // The first day on or before the date, then the week after it: whichever run lies nearer the date.
    let back = calendar::weekday_by_tense(date, first_day, Tense::Past)?;
    let distance = |first: NaiveDate| {
        let last = calendar::add_days(first, span).unwrap_or(first);
        if date < first { (first - date).num_days() } else { (date - last).num_days().max(0) }
    };
    let first = match calendar::add_days(back, 7) {
        Some(ahead) if distance(ahead) < distance(back) => ahead,
        _ => back,
    };
    Some((first, days))
}

/// Resolves every mention of a document and dates its reports.
pub fn document(parsed: &Parsed, anchor: Option<Anchor>) -> Dated {
    let doc_date = anchor.map(|a| a.date);
    let narrative = narrative(&parsed.mentions, doc_date);
    let week = doc_date.and_then(|d| week_told_by_day(parsed, d));
    let sections: Vec<Option<Header>> = parsed
        .sections
        .iter()
        .map(|s| {
            let m = parsed.mentions.get(s.mention)?;
            if let Some((first, days)) = week
                && let Some(&(_, offset)) = days.iter().find(|&&(k, _)| k == s.mention)
            {
                return calendar::add_days(first, offset).map(Header::Day);
            }
            let value = resolve(&m.expr, &Context { speech: doc_date, ..Context::default() })?;
            match value {
                Value::Point(Point::Year(year) | Point::Month { year: Some(year), .. }) => {
                    Some(Header::Period { value, year, end: m.end })
                }
                _ => value.day().map(Header::Day),
            }
        })
        .collect();

    let revised = revision_day(parsed, doc_date);

    // Resolve every mention; prose mentions count anaphora from the last explicit day before them.
    let mut timexes: Vec<Option<Timex>> = Vec::with_capacity(parsed.mentions.len());
    let mut sentence_of = vec![None; parsed.mentions.len()];
    for (k, s) in parsed.sentences.iter().enumerate() {
        for m in s.mentions.clone() {
            if let Some(slot) = sentence_of.get_mut(m) {
                *slot = Some(k);
            }
        }
    }
    // The time mentioned last, with the end of its mention.
    let mut reference: Option<(Mentioned, usize)> = None;
    let mut statement: Option<(NaiveDate, usize)> = None;
    let mut quarter: Option<(i32, u8)> = None;
    let mut entry: Option<Entry> = None;
    let mut last_section = None;
    let mut later: Vec<Option<Value>> = vec![None; parsed.mentions.len()];
    let mut frame: Option<Mentioned> = None;
    let mut schedule: Scheduled = None;
    // The day named last, with the end of its mention: the day under discussion ([`on_day_discussed`]).
    let mut day_named: Option<(Mentioned, usize)> = None;
    // The stamp of the entry read last, as the time of its report ([`before_stamp`]).
    let mut stamp: Option<Entry> = None;
    let back = midnight_stamps(&parsed.mentions, |k| sentence_of[k].and_then(|s| parsed.sentences[s].section));
    // The start of the last heading before the mention, and the next block to look at.
    let (mut heading, mut block) = (None, 0);
    for (k, m) in parsed.mentions.iter().enumerate() {
        while let Some(b) = parsed.blocks.get(block).filter(|b| b.start < m.start) {
            if b.kind == BlockKind::Heading {
                heading = Some(b.start);
            }
            block += 1;
        }
        // A heading's time ("21:05 GMT" over a live blog's entry) is under the section that holds it.
        let heading_at = heading_of(parsed, m);
        let section = sentence_of[k]
            .and_then(|s| parsed.sentences[s].section)
            .or_else(|| heading_at.and_then(|_| section_at(parsed, m.start)));
        let header = section.and_then(|s| sections.get(s).copied().flatten());
        if section != last_section {
            // Under a chronology's year or month, that time is the one mentioned last.
            reference = match header {
                Some(Header::Period { value, end, .. }) => mentioned(&value).map(|r| (r, end)),
                _ => None,
            };
            day_named = None;
            statement = None;
            entry = None;
            stamp = None;
            last_section = section;
        }
        let speech = header.and_then(Header::day).or(doc_date);
        let speech = if header.is_none() { since_revision(m, speech, revised) } else { speech };
        let speech = stamp_speech(&back, k, speech);
        let pinned = match header {
            Some(Header::Period { year, .. }) => in_year(m, year),
            _ => None,
        };
        let m = pinned.as_ref().unwrap_or(m);
        let cx = Context {
            speech,
            reference: reference.map(|(r, _)| r).or(speech.map(Mentioned::from)),
            tense: m.tense,
            quarter,
            quarterly: m.quarter_context,
        };
        let placed = in_frame(m, in_narrative(m, cx, narrative), frame);
        // A heading opens another subject: the day discussed before it is not the one its times are on.
        let discussed = day_named.filter(|&(_, end)| heading.is_none_or(|h| h < end));
        let stated = from_statement(m, on_day_discussed(m, placed, discussed), statement);
        // Only an expression at the head of its sentence is an entry's stamp.
        let mut value = resolve_mention(m, &if m.opens { from_entry(m, stated, entry) } else { stated });
        if let Some(v) = &mut value {
            night_before(m, v, speech);
            before_stamp(m, v, stamp);
            in_schedule(m, v, cx.speech, &mut schedule);
        }
        if (bare_stamp(m) || heading_at.is_some_and(|b| stamp_heading(b, m)))
            && let Some(Value::Time { day, hour, minute }) = value
            && let Some((d, last)) = day.range()
            && d == last
        {
            stamp = Some(Entry { day: d, minutes: minutes(hour, minute), end: m.end });
        }
        // "Conceded defeat shortly after midnight", told in the past on the day of speaking (no other day named
        // before it): after the midnight that opened that day, on it (not the next, as after a day named).
        if m.lead == Lead::After
            && matches!(m.expr, Expr::DayPart { day: None, part: crate::lang::PartOfDay::Midnight })
            && matches!(m.tense, Tense::Past | Tense::Completed)
            && let Some(day) = speech
            && value.as_ref().and_then(Value::day) == Some(day)
        {
            later[k] = Some(Value::Point(crate::timex::day_point(day)));
        }
        if m.opens
            && let Some(v) = &value
        {
            entry = next_entry(m, v, entry);
        }
        if m.frames {
            frame = value.as_ref().and_then(mentioned);
        }
        if let Some(q) = value.as_ref().and_then(|v| discussed_quarter(m, v, cx.speech, quarter)) {
            quarter = Some(q);
        }
        statement = value.as_ref().and_then(|v| statement_day(m, v)).or(statement);
        let previous = k.checked_sub(1).and_then(|p| parsed.mentions.get(p));
        if let Some(a) = value.as_ref().and_then(|v| new_reference(m, v, previous)) {
            reference = Some((a, m.end));
        }
        // "Two days later": that long after the day the text last named (never after the time of writing).
        if let Some(v) =
            reference.filter(|_| m.later).and_then(|(r, _)| later_date(&m.expr, &Context { reference: Some(r), ..cx }))
        {
            later[k] = Some(v);
            if let Some(a) = mentioned(&v) {
                reference = Some((a, m.end));
            }
        }
        timexes.push(value.map(|value| Timex { start: m.start, end: m.end, value, modifier: m.modifier }));
        // A range with the mention just before, put in order.
        if let (Some(start), [.., Some(first), Some(second)]) =
            (k.checked_sub(1).map(|p| &parsed.mentions[p]), &mut timexes[..])
            && let Some((a, b)) = align_range(start, m, &first.value, &second.value)
        {
            (first.value, second.value) = (a, b);
            reference = aligned_reference(m, &second.value, reference);
        }
        day_named =
            under_discussion(m, timexes.last().and_then(Option::as_ref).map(|t| &t.value), reference, day_named);
    }
    // "Three days after Oct. 7": that long from the day named right after the length; "the nine months ended
    // Sept. 30": that long up to it.
    for (k, m) in parsed.mentions.iter().enumerate() {
        // The word after the length is "before", "after", "ended" or "to" (the parser saw to it); at most a
        // short one more stands before the time.
        let next = || {
            parsed.mentions.get(k + 1).filter(|n| n.start <= m.end + OFFSET_GAP)?;
            timexes.get(k + 1)?.as_ref()
        };
        if let Some(d) = m.offset.and_then(|sign| next().and_then(|t| offset_date(m, t, sign))) {
            later[k] = Some(Value::Point(crate::timex::day_point(d)));
        } else if m.ending
            && let Some(span) = next().and_then(|t| ending_span(m, t))
        {
            later[k] = Some(span);
        }
    }

    let blocks = &parsed.blocks;
    let mut reports = Vec::new();
    for (k, s) in parsed.sentences.iter().enumerate() {
        let lead = s.first && !blocks.get(s.block).is_some_and(|b| b.quote);
        let header = s.section.and_then(|i| sections.get(i).copied().flatten());
        let section_date = header.and_then(Header::day);
        let chosen = choose(parsed, &timexes, &later, s.mentions.clone());
        if chosen.is_none() && (!s.first || s.words < MIN_REPORT_WORDS || s.question) {
            continue;
        }
        if blocks.get(s.block).is_some_and(|b| b.kind != BlockKind::Prose) {
            continue;
        }
        // Under a day header, the day of the entry dates its sentence better than another event that the
        // sentence names ("Tuesday's vote") or the period that a report covers ("China releases its factory
        // survey for November" under "Monday").
        let chosen = chosen.filter(|&(m, _)| {
            !(matches!(header, Some(Header::Day(_))) && parsed.mentions.get(m).is_some_and(|m| m.named || m.covered))
        });
        let (date, basis, mention, floating) = match chosen {
            Some((m, None)) => (None, Basis::Undated, Some(m), true),
            Some((m, Some(date))) => {
                // A length counted from a day ("three days after Oct. 7") or up to one ("the nine months ended
                // Sept. 30") is as firm as that day.
                let counted = parsed.mentions[m].offset.is_some() || parsed.mentions[m].ending;
                let from = if counted && later[m].is_some() { m + 1 } else { m };
                let expr = &parsed.mentions[from].expr;
                // A date without its year under a chronology's year or month takes the header's year.
                let pinned = matches!(header, Some(Header::Period { .. })) && calendar_named(expr);
                let basis = if absolute(expr) || pinned {
                    Basis::Explicit
                } else if section_date.is_some() {
                    if calendar_named(expr) { Basis::Explicit } else { Basis::Relative }
                } else if anchor.is_some_and(|a| a.basis == AnchorBasis::Inferred) {
                    Basis::Inferred
                } else if calendar_named(expr) {
                    Basis::Explicit
                } else {
                    Basis::Relative
                };
                let floating = !absolute(expr) && !pinned && section_date.is_none();
                (Some(date), basis, Some(m), floating)
            }
            None => match header {
                Some(Header::Day(d)) => (Some(day_date(d)), Basis::Section, None, false),
                Some(Header::Period { value, .. }) => {
                    (Some(EventDate { value, modifier: None }), Basis::Section, None, false)
                }
                None => (doc_date.map(day_date), anchor_basis(anchor), None, true),
            },
        };
        let basis = if date.is_none() { Basis::Undated } else { basis };
        let reported_on = section_date.or(doc_date);
        let quote = blocks.get(s.block).is_some_and(|b| b.quote);
        reports.push(Report {
            sentence: k,
            start: s.start,
            end: s.end,
            date,
            basis,
            mention,
            lead,
            block: s.block,
            quote,
            floating,
            reported_on,
        });
    }
    Dated { anchor, timexes, reports }
}

/// The date a length of time with "later" after it gives ("two days later", "48 hours later"), counted from
/// the context's reference: whole units only ("a few days later" gives none), hours only by whole days.
fn later_date(expr: &Expr, cx: &Context) -> Option<Value> {
    let Expr::Duration { amount: Amount::Exact { n, half: false }, unit } = *expr else { return None };
    // Whole days told in hours ("24 hours later", "48 hours later") count days.
    let (n, unit) = if unit == Unit::Hour && n % 24 == 0 && n > 0 { (n / 24, Unit::Day) } else { (n, unit) };
    let offset = i32::try_from(n).ok()?;
    resolve(&Expr::Relative { unit, offset, to: RelativeTo::Reference }, cx)
}

/// The day that the length `m` ("three days", with "before" or "after" after it: `sign`) gives when counted
/// from the mention right after it, dated `t`: only a whole count of days, weeks, months or years from a
/// single day.
fn offset_date(m: &Mention, t: &Timex, sign: i8) -> Option<NaiveDate> {
    let Expr::Duration { amount: Amount::Exact { n, half: false }, unit } = m.expr else { return None };
    let (day, last) = t.value.range(None)?;
    if day != last {
        return None;
    }
    let n = i64::from(n) * i64::from(sign);
    match unit {
        Unit::Day | Unit::Week | Unit::Month | Unit::Year => calendar::add_units(day, unit, n),
        _ => None,
    }
}

/// The span that the length `m` ("the nine months", with "ended" or "to" after it: [`Mention::ending`])
/// covers when it ends with the mention right after it, dated `t`: a whole count of days, weeks,
/// fortnights, months, quarters or years, up to the last day of that time ("to March" is to March 31).
fn ending_span(m: &Mention, t: &Timex) -> Option<Value> {
    let Expr::Duration { amount: Amount::Exact { n, half: false }, unit } = m.expr else { return None };
    let (_, last) = t.value.range(None)?;
    let after = last.succ_opt()?;
    let first = calendar::add_units(after, unit, -i64::from(n))?;
    (first <= last).then(|| calendar::covering(first, last))
}

/// The calendar point that a value gives as an end of a range: a point itself, or the day of a time ("from 11
/// p.m. Friday until 5 a.m. Monday" is Friday to Monday).
fn range_end(value: &Value) -> Option<Point> {
    match *value {
        Value::Point(p) | Value::Time { day: p, .. } | Value::PartOfDay { day: p, .. } => Some(p),
        _ => None,
    }
}

/// A sentence without a date of its own reports an event only if it has at least this many words.
const MIN_REPORT_WORDS: usize = 5;

fn day_date(d: NaiveDate) -> EventDate {
    EventDate { value: Value::Point(crate::timex::day_point(d)), modifier: None }
}

/// The mention that dates a sentence's event, and the date it gives: the first expression that dates the
/// event (not a statement about it, nor another event it names in the possessive or tells in an aside, nor
/// the time of a condition), else the first in a condition, else the first that names another event, else the
/// first that dates a statement, else the first in an aside, else a live blog entry's stamp; never one in a
/// since-clause or one that only closes a range. A range's two ends give one interval. A deictic expression
/// that cannot be resolved yet (no anchor) is still chosen, with no date.
fn choose(
    parsed: &Parsed,
    timexes: &[Option<Timex>],
    later: &[Option<Value>],
    mentions: std::ops::Range<usize>,
) -> Option<(usize, Option<EventDate>)> {
    let usable = |k: usize, until: bool| -> Option<Option<EventDate>> {
        let m = parsed.mentions.get(k)?;
        if let Some(value) = later.get(k).copied().flatten() {
            return Some(Some(EventDate { value, modifier: None }));
        }
        if !m.expr.is_point()
            || m.background
            || m.compared
            || m.range == RangeRole::End
            || (m.lead == Lead::Until) != until
            || (until && m.deferred)
        {
            return None;
        }
        let Some(t) = timexes.get(k).copied().flatten() else { return Some(None) };
        if !t.value.is_dated() {
            return None;
        }
        // A range's start, or a clock time whose day, written after it, starts one ("from 23:00 on Friday 27
        // November until 05:00 on Monday 30 November"): the end follows the start.
        let day_starts = matches!(m.expr, Expr::Clock { day: Some(_), .. })
            && parsed.mentions.get(k + 1).is_some_and(|d| d.range == RangeRole::Start)
            && timexes
                .get(k + 1)
                .copied()
                .flatten()
                .is_some_and(|d| d.value.day().is_some_and(|d| Some(d) == t.value.day()));
        let start = if day_starts { k + 1 } else { k };
        if (m.range == RangeRole::Start || day_starts)
            && let Some(Some(end)) = timexes.get(start + 1)
            && let (Some(a), Some(b)) = (range_end(&t.value), range_end(&end.value))
            && (matches!((t.value, end.value), (Value::Point(_), Value::Point(_))) || t.value.day() != end.value.day())
        {
            // A range that ends before it starts is not one: the start alone dates the event.
            let ordered = matches!((a.range(), b.range()), (Some((s, _)), Some((_, e))) if s <= e);
            if ordered {
                return Some(Some(EventDate { value: Value::Interval(a, b), modifier: None }));
            }
        }
        // Midnight ends its day: what happened after it happened on the next ("shortly after midnight").
        let next_day = |day: Point| {
            let after_midnight =
                m.lead == Lead::After && matches!(m.expr, Expr::DayPart { part: crate::lang::PartOfDay::Midnight, .. });
            match day.range() {
                Some((d, _)) if after_midnight => d.succ_opt().map_or(day, crate::timex::day_point),
                _ => day,
            }
        };
        let (value, modifier) = match t.value {
            // An event is dated by the day of a time or part of day; a time's modifier says nothing of its day
            // ("at about 5pm" is on that day, not about it).
            Value::Time { day, .. } => (Value::Point(next_day(day)), None),
            Value::PartOfDay { day, .. } => (Value::Point(next_day(day)), t.modifier),
            v => (v, t.modifier),
        };
        if matches!(value, Value::Point(Point::Unknown(_) | Point::Weekday(_))) {
            return Some(None);
        }
        Some(Some(EventDate { value, modifier }))
    };
    // The stamp of a live blog's entry ("09:30 The governor said on Tuesday night ..."): the time of the report,
    // which dates it only when nothing else in the sentence does.
    let stamp = |m: &Mention| m.attributed && m.lead == Lead::None && matches!(m.expr, Expr::Clock { day: None, .. });
    // What a mention dates: the sentence's own event, what a condition of it holds on ("If it launches on
    // Dec. 3, ..."), another event that it names ("Monday's attack", "the 1992 protests"), a statement about
    // it, another event told in an aside ("Reed, convicted on Jan. 26,"), or, as a live blog entry's stamp,
    // the report.
    #[derive(Clone, Copy, PartialEq)]
    enum Role {
        Own,
        Condition,
        Named,
        Statement,
        Aside,
        Stamp,
    }
    let role = |m: &Mention| match m {
        m if stamp(m) => Role::Stamp,
        m if m.attributed => Role::Statement,
        m if m.aside => Role::Aside,
        m if m.named => Role::Named,
        m if m.conditional => Role::Condition,
        _ => Role::Own,
    };
    let of_role = |k: usize, wanted: Role| {
        let m = parsed.mentions.get(k)?;
        if role(m) != wanted {
            return None;
        }
        usable(k, false).map(|d| (k, d))
    };
    let first_of = |wanted: Role| {
        let (k, date) = mentions.clone().find_map(|k| of_role(k, wanted))?;
        // A year at the head gives way to the date that it frames ("Last year, ... in September").
        let framed = || (k + 1..mentions.end).find_map(|j| of_role(j, wanted).filter(|_| parsed.mentions[j].framed));
        if parsed.mentions[k].frames {
            return framed().or(Some((k, date)));
        }
        // This week or month, or a month named, gives way to a day inside it told after it ("This week, the
        // summit opens on Thursday", "In December, the plant closes on Dec. 18").
        let frame = matches!(
            parsed.mentions[k].expr,
            Expr::Relative { unit: Unit::Week | Unit::Month, offset: 0, .. }
                | Expr::Date { month: Some(_), day: None, .. }
        );
        let span = date.and_then(|d| d.range()).filter(|_| frame);
        let inside = |d: &Option<EventDate>| {
            let (Some((a, b)), Some((x, y))) = (span, d.and_then(|d| d.range())) else { return false };
            a <= x && y <= b && x == y
        };
        let narrower = || (k + 1..mentions.end).find_map(|j| of_role(j, wanted).filter(|(_, d)| inside(d)));
        narrower().or(Some((k, date)))
    };
    // The end of what lasts ("would have until mid-2029", "the truce held until Sunday") dates its event when
    // nothing else in the sentence does; not the time that a past act put something off until ("adjourned the
    // hearing until Tuesday"), whose event is the act.
    let until = || mentions.clone().find_map(|k| usable(k, true).map(|d| (k, d)));
    // The roles in the order they date a sentence: a statement's day dates what was said better than an
    // aside's time, which is another event's ("Okafor, who led the first operation in 1964, has died, her
    // family said on Monday").
    [Role::Own, Role::Condition, Role::Named, Role::Statement, Role::Aside, Role::Stamp]
        .into_iter()
        .find_map(first_of)
        .or_else(until)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lexicon;
    use crate::parse;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn dated(text: &str, given: Option<&str>) -> (Parsed, Dated) {
        let p = parse::document(text, Lexicon::english());
        let anchor = own_anchor(&p, given.map(d));
        let dated = document(&p, anchor);
        (p, dated)
    }

    fn dates(text: &str, given: Option<&str>) -> Vec<(String, String, Basis)> {
        let (_, dt) = dated(text, given);
        dt.reports
            .iter()
            .map(|r| {
                (text[r.start..r.end].to_string(), r.date.map(|d| d.value.to_string()).unwrap_or_default(), r.basis)
            })
            .collect()
    }

    #[test]
    fn datelines_and_source_lines_anchor_the_document() {
        let text = "30Nov15\n\nTitle\n\nThe ministry said on Monday that talks took place.\n\nOn October 7, ships fired 26 missiles. On October 8, the army attacked.\n\n[Source: Itar Tass, Moscow, 30Nov15]";
        let (p, dt) = dated(text, None);
        assert_eq!(dt.anchor, Some(Anchor { date: d("2015-11-30"), basis: AnchorBasis::Dateline }));
        assert_eq!(p.source.as_deref(), Some("Itar Tass"));
        let got = dates(text, None);
        assert_eq!(got[0].1, "2015-11-30");
        assert_eq!(got[0].2, Basis::Relative);
        assert_eq!((got[1].1.as_str(), got[1].2), ("2015-10-07", Basis::Explicit));
        assert_eq!(got[2].1, "2015-10-08");
    }

    #[test]
    fn a_length_of_time_later_dates_its_sentence_from_the_day_named_before() {
        let text = "The jet was shot down on November 24. Two days later, Russia deployed missiles. A week later, drills began. A few days later, jets flew.";
        let got = dates(text, Some("2015-12-05"));
        assert_eq!(got[0].1, "2015-11-24");
        assert_eq!((got[1].1.as_str(), got[1].2), ("2015-11-26", Basis::Relative));
        assert_eq!(got[2].1, "2015-W49");
        // No whole count gives no date: like any undated sentence after the first, no report.
        assert_eq!(got.len(), 3, "{got:?}");
        // Whole days told in hours count days; a week counted from a month is known to the month.
        let launch = "The launch is set for Dec. 3. A backup slot opens 24 hours later. The first lander touched \
                      down in February 2024. A week later, it stopped transmitting.";
        let got = dates(launch, Some("2026-11-23"));
        let values: Vec<&str> = got.iter().map(|g| g.1.as_str()).collect();
        assert_eq!(values, ["2026-12-03", "2026-12-04", "2024-02", "2024-02"]);
        // Without a day named before, "later" counts from nothing: the time of writing is no such day.
        let got = dates("Two days later, Russia deployed missiles.", Some("2015-12-05"));
        assert_eq!(got[0].2, Basis::Document);
        // The tagger still gives the TIMEX3 duration.
        let (_, dt) = dated(text, Some("2015-12-05"));
        assert_eq!(dt.timexes[1].map(|t| t.value.to_string()), Some("P2D".to_string()));
    }

    #[test]
    fn a_length_before_or_after_a_day_dates_its_sentence_from_that_day() {
        let text = "Three days after Oct. 7, 2015, jets struck a depot. Two weeks before Jan. 5, talks collapsed. \
                    A month after March 31, 2015, the truce failed. Two days after the Oct. 7 strikes, ships sailed. \
                    Hours after the Oct. 7 strikes, ships sailed. Two days after the blast on Oct. 7, police came.";
        let got = dates(text, Some("2016-01-10"));
        assert_eq!((got[0].1.as_str(), got[0].2), ("2015-10-10", Basis::Explicit));
        assert_eq!((got[1].1.as_str(), got[1].2), ("2015-12-22", Basis::Explicit));
        assert_eq!(got[2].1, "2015-04-30");
        assert_eq!(got[3].1, "2015-10-09");
        // No whole count, or no day right after the length: the day named is background ("after"), and the
        // sentence has no date of its own.
        assert_eq!(got.len(), 4, "{got:?}");
        // The tagger still gives TIMEX3's two expressions.
        let (_, dt) = dated(text, Some("2016-01-10"));
        let values: Vec<String> = dt.timexes[..2].iter().flatten().map(|t| t.value.to_string()).collect();
        assert_eq!(values, ["P3D", "2015-10-07"]);
    }

    #[test]
    fn a_length_up_to_a_day_dates_its_sentence_as_that_span() {
        let text = "For the nine months ended Sept. 30, 2015, revenue rose. In the three months ended Sept. 30, \
                    sales fell. For the 12 months to March 31, profit rose. In the week ending Oct. 11, claims \
                    fell. The court gave them two weeks to Friday to appeal. In the fortnight to Nov. 6, exports \
                    fell.";
        let got = dates(text, Some("2015-10-28"));
        assert_eq!((got[0].1.as_str(), got[0].2), ("2015-01/2015-09", Basis::Explicit));
        // A span that is a calendar quarter is that quarter.
        assert_eq!((got[1].1.as_str(), got[1].2), ("2015-Q3", Basis::Explicit));
        assert_eq!(got[2].1, "2014-04/2015-03");
        assert_eq!(got[3].1, "2015-10-05/2015-10-11");
        // "to" without "the" before the length makes no span: the length dates nothing.
        assert_eq!(got.len(), 5, "{got:?}");
        assert_eq!(got[4].1, "2015-10-24/2015-11-06");
        // The tagger still gives TIMEX3's two expressions.
        let (_, dt) = dated(text, Some("2015-10-28"));
        let values: Vec<String> = dt.timexes[..2].iter().flatten().map(|t| t.value.to_string()).collect();
        assert_eq!(values, ["P9M", "2015-09-30"]);
    }

    #[test]
    fn live_blog_sections_date_their_items() {
        let text = "30 Sep, 2015 14:16 / Updated 9 years ago\n\nJets struck targets in Syria.\n\n10 October 2015\n\nOfficials held a video conference on Saturday.\n\nJets flew 67 sorties in the past 24 hours, the ministry said on Friday.\n\n“It went well,” he said.\n\n07 October 2015\n\nOn October 5 and 6, intelligence located targets.\n\nFour ships launched 26 cruise missiles.";
        let got = dates(text, None);
        let want = [
            ("Jets struck targets in Syria.", "2015-09-30", Basis::Section),
            ("Officials held a video conference on Saturday.", "2015-10-10", Basis::Relative),
            ("Jets flew 67 sorties in the past 24 hours, the ministry said on Friday.", "2015-10-09", Basis::Relative),
            ("“It went well,” he said.", "2015-10-10", Basis::Section),
            ("On October 5 and 6, intelligence located targets.", "2015-10-05/2015-10-06", Basis::Explicit),
            ("Four ships launched 26 cruise missiles.", "2015-10-07", Basis::Section),
        ];
        assert_eq!(got.len(), want.len(), "{got:#?}");
        for (g, w) in got.iter().zip(want) {
            assert_eq!((g.0.as_str(), g.1.as_str(), g.2), w);
        }
    }

    #[test]
    fn background_and_statement_dates_give_way() {
        let text = "Jets destroyed 2,084 targets since the start of the campaign on September 30, the General Staff said Tuesday.";
        let got = dates(text, Some("2015-11-03"));
        assert_eq!(got[0].1, "2015-11-03");
        let text = "On October 7, ships fired 26 missiles, the ministry said on Tuesday.";
        assert_eq!(dates(text, Some("2015-11-03"))[0].1, "2015-10-07");
        // An entry's stamp is the time of the report: the day of the statement dates it first.
        let text = "Wednesday 4 November 2026\n\n09:30 The governor said on Tuesday night that every vote would count.\n\n\
                    09:45 Counting resumed in Georgia.";
        let got = dates(text, None);
        assert_eq!((got[0].1.as_str(), got[1].1.as_str()), ("2026-11-03", "2026-11-04"), "{got:?}");
        // A day in the possessive names another event: the sentence's own day dates it.
        let text = "The death toll from Friday's earthquake rose to 57 on Sunday, the ministry said.";
        assert_eq!(dates(text, Some("2023-03-05"))[0].1, "2023-03-05");
        assert_eq!(dates("Friday's earthquake killed 42 people.", Some("2023-03-05"))[0].1, "2023-03-03");
        let text = "In mid-November, Russia increased the number of aircraft to 69.";
        let (_, dt) = dated(text, Some("2015-11-30"));
        let date = dt.reports[0].date.unwrap();
        assert_eq!(date.value.to_string(), "2015-11");
        assert_eq!(date.modifier, Some(Modifier::Mid));
        assert_eq!(
            date.range().map(|(a, b)| (a.to_string(), b.to_string())),
            Some(("2015-11-11".into(), "2015-11-20".into()))
        );
    }

    #[test]
    fn a_stamp_beyond_the_prose_years_is_no_anchor() {
        let text = "19:57 GMT09 May 2021\n\nIn June 2014, the group announced a caliphate.";
        let (_, dt) = dated(text, None);
        assert_eq!(dt.anchor, None);
        let text = "19:57 GMT09 May 2021\n\nThe ministry said on Tuesday that jets flew.";
        let (_, dt) = dated(text, None);
        assert_eq!(dt.anchor.map(|a| a.basis), Some(AnchorBasis::Stamp));
    }

    #[test]
    fn a_stamp_of_change_yields_to_a_dated_year_not_to_a_bare_one() {
        let story = "More than 3,000 people left their homes on Wednesday.";
        let anchor = |stamp: &str, history: &str| {
            let (_, dt) = dated(&format!("Floods\n\n{stamp}\n\n{story} {history}"), None);
            dt.anchor.map(|a| a.date.to_string())
        };
        let bare = "In 2001, a bridge collapse killed 59 people.";
        let dated_history = "On 4 March 2001, a bridge collapse killed 59 people.";
        assert_eq!(anchor("Updated 15 March 2024", bare).as_deref(), Some("2024-03-15"));
        assert_eq!(anchor("Updated 15 March 2024", dated_history), None);
        // A stamp of publication stands over dated history too.
        assert_eq!(anchor("Published 15 March 2024", dated_history).as_deref(), Some("2024-03-15"));
        assert_eq!(
            anchor("Posted: 15 March 2024 | Updated: 16 March 2024", dated_history).as_deref(),
            Some("2024-03-15")
        );
        // An unlabelled timestamp, often a crawl's, yields to the bare year too.
        assert_eq!(anchor("19:57 GMT 15 March 2024", bare), None);
    }

    #[test]
    fn a_weekday_past_between_publication_and_last_change_is_that_day() {
        // Published on Tuesday 4 March, updated on Wednesday 5 March.
        let stamp = "Spinach recalled\n\nPublished 5:42 p.m. CT March 4, 2025 | Updated 9:15 a.m. CT March 5, 2025\n\n";
        let text = format!(
            "{stamp}A company on Tuesday recalled 12,000 cases of spinach. On Wednesday morning, the department \
             said it would inspect the plant. Inspectors visited on Monday, the company said. The plant will \
             reopen on Thursday."
        );
        let got: Vec<String> = dates(&text, None).into_iter().map(|(_, date, _)| date).collect();
        assert_eq!(got, ["2025-03-04", "2025-03-05", "2025-03-03", "2025-03-06"]);
        // Two days later at the most: an update a week on is no time of telling.
        let late = text.replace("March 5, 2025", "March 11, 2025");
        assert_eq!(dates(&late, None)[1].1, "2025-02-26");
        // With one day only, the stamp gives no second day.
        let alone = text.replace(" | Updated 9:15 a.m. CT March 5, 2025", "");
        assert_eq!(dates(&alone, None)[1].1, "2025-02-26");
    }

    #[test]
    fn a_clock_time_after_after_or_before_dates_its_event() {
        let text = "Price won the runoff on Tuesday, defeating Ortiz. She thanked supporters shortly after 10 p.m. at \
                    a hotel. Ortiz left the hotel just before 9 p.m. on Monday night. The vote came after the count \
                    on Sunday showed a lead.";
        let got = dates(text, Some("2025-12-03"));
        let date = |start: &str| got.iter().find(|(t, _, _)| t.starts_with(start)).map(|(_, d, _)| d.as_str());
        assert_eq!(date("She thanked"), Some("2025-12-02"));
        assert_eq!(date("Ortiz left"), Some("2025-12-01"));
        // An event after "after" is still background: the sentence has no date of its own.
        assert_eq!(date("The vote came"), None);
    }

    #[test]
    fn a_clock_time_under_a_heading_is_not_on_the_day_discussed_above_it() {
        let text = "Storm nears coast\n\nTuesday, September 15, 2026\n\nThe storm will make landfall early Thursday. \
                    Heavy rain is expected through Friday.\n\nNext advisory\n\nThe next advisory is due at 8 p.m. \
                    Buses will run again at 6 a.m. on Friday.";
        let got = dates(text, None);
        let date = |start: &str| got.iter().find(|(t, _, _)| t.starts_with(start)).map(|(_, d, _)| d.as_str());
        assert_eq!(date("Heavy rain"), Some("2026-09-18"));
        // Under its own heading, a time without its day is on the day of writing, not on the Friday above.
        assert_eq!(date("The next advisory"), Some("2026-09-15"));
        assert_eq!(date("Buses will"), Some("2026-09-18"));
    }

    #[test]
    fn a_time_compared_with_dates_no_sentence() {
        let text = "Turnout was 64%, the commission said, up from 58% in 2019. The toll rose from 40 on Monday to 57 \
                    on Tuesday. Profit was $5 million, compared with $4 million a year earlier.";
        let got = dates(text, Some("2024-11-08"));
        assert_eq!((got[0].1.as_str(), got[0].2), ("2024-11-08", Basis::Document));
        assert_eq!(got[1].1, "2024-11-05");
        // A sentence after the first with no date of its own reports nothing.
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn a_range_of_clock_times_on_two_days_dates_the_days_between() {
        let text = "No trains will run from 23:00 on Friday 27 November until 05:00 on Monday 30 November.\n\n\
                    The advisory is in effect from 6 a.m. Wednesday until 7 a.m. Thursday.\n\n\
                    The road is shut from 8 a.m. until 6 p.m. on Tuesday.";
        let got = dates(text, Some("2026-11-23"));
        let date = |start: &str| got.iter().find(|(t, _, _)| t.starts_with(start)).map(|(_, d, _)| d.as_str());
        assert_eq!(date("No trains"), Some("2026-11-27/2026-11-30"), "{got:?}");
        assert_eq!(date("The advisory"), Some("2026-11-25/2026-11-26"), "{got:?}");
        // On one day, the day.
        assert_eq!(date("The road"), Some("2026-11-24"), "{got:?}");
    }

    #[test]
    fn a_time_compared_with_is_not_the_day_under_discussion() {
        // The clock time after the comparison is on the day of writing, not on the Saturday compared with.
        let text = "The fire was 40% contained, up from 15% on Saturday.\n\nOrders were lifted at 3 p.m.";
        let got = dates(text, Some("2026-11-23"));
        let date = |start: &str| got.iter().find(|(t, _, _)| t.starts_with(start)).map(|(_, d, _)| d.as_str());
        assert_eq!(date("Orders"), Some("2026-11-23"), "{got:?}");
    }

    #[test]
    fn a_chronology_under_year_headers_dates_its_entries_in_their_year() {
        let text = "Timeline of the bank\n\n2023\nApril: The bank opens its first branch in Lisbon.\nNovember: \
                    Regulators question its capital.\n\n2024\nFebruary 12: The central bank orders an audit.\n\
                    Deposits fall by a third after a run on the bank.\n\nMarch 2025\nThe chief executive resigns over the audit.";
        // Under a header, no date depends on the document's: whatever its anchor, the entries stay.
        let (_, dt) = dated(text, None);
        assert!(dt.reports.iter().all(|r| !r.floating && r.date.is_some()), "{:?}", dt.reports);
        let got = dates(text, Some("2026-03-02"));
        let dated: Vec<(&str, Basis)> = got.iter().map(|(_, d, b)| (d.as_str(), *b)).collect();
        assert_eq!(
            dated,
            [
                ("2023-04", Basis::Explicit),
                ("2023-11", Basis::Explicit),
                ("2024-02-12", Basis::Explicit),
                ("2024", Basis::Section),
                ("2025-03", Basis::Section)
            ],
            "{got:?}"
        );
    }

    #[test]
    fn a_time_given_up_dates_no_sentence() {
        let text = "The studio said on Tuesday it was pushing the film back from its planned release on March 19.";
        assert_eq!(dates(text, Some("2026-11-18"))[0].1, "2026-11-17");
    }

    #[test]
    fn a_question_without_a_time_of_its_own_reports_nothing() {
        let text = "Q: Who owns the old buildings?\n\nA: A housing trust has owned them since 2011.\n\nWhy did the \
                    trust meet on Tuesday?\n\n\"Who will pay for all of this?\" the mayor asked on Monday.";
        let got = dates(text, Some("2024-06-05"));
        let dated: Vec<&str> = got.iter().map(|(_, d, _)| d.as_str()).collect();
        assert_eq!(dated, ["2024-06-05", "2024-06-04", "2024-06-03"], "{got:?}");
    }

    #[test]
    fn a_day_that_a_deadline_is_placed_on_dates_no_sentence() {
        let got = dates("The office has extended its warning until 9am on Thursday.", Some("2025-02-12"));
        assert_eq!((got[0].1.as_str(), got[0].2), ("2025-02-12", Basis::Document));
    }

    #[test]
    fn a_chronology_of_stamps_runs_on_from_the_day_its_first_stamp_gives() {
        let text = "Dam breach: what we know\n\nUpdated 10:45 a.m. ET, Thursday, March 12, 2026\n\n\
                    - 4:10 a.m. Wednesday: Sensors record a sudden drop in the reservoir level.\n\
                    - 4:35 a.m.: The county issues an evacuation order for the villages.\n\
                    - 11:50 p.m.: Crews close the road into the valley below the dam.\n\
                    - 12:20 a.m.: The first boats leave the harbour for the villages.";
        let got = dates(text, None);
        let days: Vec<&str> = got.iter().map(|(_, d, _)| d.as_str()).collect();
        assert_eq!(days, ["2026-03-11", "2026-03-11", "2026-03-11", "2026-03-12"], "{got:?}");
        // A live blog's stamps name no day: after an entry that tells of another day, the next stamp is still
        // on the day of speaking.
        let text = "Wednesday 4 November 2026\n\n09:30 Officials said the count ended at 9pm on Tuesday.\n\n\
                    09:45 Counting resumed in Georgia.";
        let got = dates(text, None);
        assert_eq!(got[1].1, "2026-11-04", "{got:?}");
    }

    #[test]
    fn a_day_that_a_time_after_before_is_placed_on_dates_its_sentence() {
        // "before" governs the time, which dates its event on its day; so does the day it is placed on.
        let got = dates("The fire was started shortly before midnight on 14 November.", Some("2026-11-17"));
        assert_eq!((got[0].1.as_str(), got[0].2), ("2026-11-14", Basis::Explicit));
        let got = dates("Crews left before the collapse on Tuesday, and the roof fell in.", Some("2026-11-19"));
        assert_eq!(got[0].2, Basis::Document, "{got:?}");
        // Midnight ends its day: after it is the next; with no day named before it, a past event came after the
        // midnight that opened the day of speaking.
        let got =
            dates("The ferry left at 10pm on Sunday. Shortly after midnight, its engines failed.", Some("2025-06-20"));
        assert_eq!(got[1].1, "2025-06-16");
        let got = dates("The prime minister conceded defeat shortly after midnight.", Some("2026-11-22"));
        assert_eq!(got[0].1, "2026-11-22");
        let got = dates("Talks will resume shortly after midnight.", Some("2026-11-22"));
        assert_eq!(got[0].1, "2026-11-23");
    }

    #[test]
    fn a_time_in_an_aside_dates_its_sentence_only_when_nothing_else_does() {
        let text = "The sentencing, set for March 28, was moved to May 15 on Wednesday. Reed, convicted on Jan. 26, \
                    was sentenced.";
        let got = dates(text, Some("2024-03-21"));
        assert_eq!(got[0].1, "2024-03-20");
        assert_eq!(got[1].1, "2024-01-26");
        // A statement's day comes before it.
        let text = "Margaret Okafor, who led the first operation in 1964, has died aged 91, her family said on Monday.";
        assert_eq!(dates(text, Some("2026-03-18"))[0].1, "2026-03-16");
        // So is a participle's phrase on the subject with no commas around it.
        let text = "Samples collected on 2 November tested positive at the national laboratory on 4 November.";
        assert_eq!(dates(text, Some("2026-11-20"))[0].1, "2026-11-04");
        // And a time in parentheses.
        let text = "Her best-known work, the Lagos Library (completed 2009), won the Aga Khan Award in 2010.";
        assert_eq!(dates(text, Some("2026-11-24"))[0].1, "2010");
    }

    #[test]
    fn a_time_in_a_condition_dates_its_sentence_only_when_the_main_clause_has_none() {
        let text = "If it launches on Dec. 3, the lander will touch down on Dec. 10. The lander will touch down on \
                    Dec. 10 unless the launch slips past Dec. 3. If the vote passes on Tuesday, the law takes effect.";
        let values: Vec<String> = dates(text, Some("2026-11-23")).into_iter().map(|g| g.1).collect();
        assert_eq!(values, ["2026-12-10", "2026-12-10", "2026-11-24"]);
    }

    #[test]
    fn a_live_blogs_stamp_headings_are_on_their_sections_day_and_time_what_they_report() {
        let text = "Election night: live results\n\nLast updated: Wed 4 Nov 2026, 03:41 GMT\n\n01:12 GMT\n\nOfficials \
                    said 4 million ballots had been cast by 8 p.m. local time. Counting will go on until 9 a.m.\n\n\
                    Tue 3 Nov 2026\n\n23:50 GMT\n\nFirst results are in. Polls closed at 6 p.m. local time.\n\n\
                    21:05 GMT\n\nEarly voting ended on Saturday in most states, and a record number voted.";
        let (p, dt) = dated(text, None);
        let value = |needle: &str| {
            let k = p.mentions.iter().position(|m| &text[m.start..m.end] == needle).unwrap();
            dt.timexes[k].map(|t| t.value.to_string()).unwrap_or_default()
        };
        // A stamp heading under a day header is on that day, however far from it.
        assert_eq!(value("21:05 GMT"), "2026-11-03T21:05");
        // A time told in the past that had not come on the stamp's day when it was told is on the day before;
        // one ahead, or earlier than the stamp, stays.
        assert_eq!(value("8 p.m. local time"), "2026-11-03T20:00");
        assert_eq!(value("9 a.m."), "2026-11-04T09:00");
        assert_eq!(value("6 p.m. local time"), "2026-11-03T18:00");
    }

    #[test]
    fn under_a_day_header_a_period_covered_or_an_event_named_gives_way_to_the_day() {
        let text = "The week ahead\n\nSunday, November 29, 2026\n\nMonday\n\nChina releases its factory survey for \
                    November.\n\nFriday\n\nThe jobs report for November is released at 8:30 a.m. Payrolls rose in \
                    October. Traders look ahead to Saturday's summit.";
        let values: Vec<String> = dates(text, None).into_iter().map(|g| g.1).collect();
        assert_eq!(values, ["2026-11-30", "2026-12-04", "2026-10", "2026-12-04"]);
        // Without a day header, the period is the best date the sentence has.
        assert_eq!(dates("China released its factory survey for November.", Some("2026-12-01"))[0].1, "2026-11");
    }

    #[test]
    fn a_month_before_a_noun_gives_way_to_the_time_of_the_clause() {
        assert_eq!(dates("The January window closes at 11pm on 2 February.", Some("2026-11-24"))[0].1, "2027-02-02");
    }

    #[test]
    fn this_week_or_a_month_gives_way_to_a_day_inside_it() {
        let text = "This week, the summit opens on Thursday. In December, the plant closes on Dec. 18. A week ago, \
                    he picked Saturday as the day.";
        let values: Vec<String> = dates(text, Some("2026-11-30")).into_iter().map(|g| g.1).collect();
        assert_eq!(values, ["2026-12-03", "2026-12-18", "2026-W48"]);
    }

    #[test]
    fn a_week_told_under_weekday_headers_lies_nearest_the_date() {
        let week = "The week in review\n\nSaturday, November 21, 2026\n\nMonday\n\nThe bank held rates at 3.5%.\n\n\
                    Tuesday\n\nParliament passed the housing bill.\n\nFriday\n\nThe finance minister resigned over the budget. A successor \
                    will be named next week.";
        let values: Vec<String> = dates(week, None).into_iter().map(|g| g.1).collect();
        assert_eq!(values, ["2026-11-16", "2026-11-17", "2026-11-20", "2026-W48"]);
        // Published on the Sunday before the week, the days lie ahead.
        let preview = week.replace("Saturday, November 21", "Sunday, November 15");
        let values: Vec<String> = dates(&preview, None).into_iter().map(|g| g.1).collect();
        assert_eq!(values[..3], ["2026-11-16", "2026-11-17", "2026-11-20"]);
        // One weekday header heads nothing.
        let one = "November 21, 2026\n\nMonday\n\nThe bank held rates at 3.5%.";
        assert_eq!(dates(one, None)[0].1, "2026-11-21");
    }

    #[test]
    fn an_infinitive_after_and_is_dated_beyond_the_reach_of_after() {
        let text = "The lander is expected to reach orbit about five days after launch and to touch down on Dec. 3 \
                    near the crater.";
        assert_eq!(dates(text, Some("2026-11-20"))[0].1, "2026-12-03");
    }

    #[test]
    fn a_live_blog_s_stamps_cross_midnight_back_to_the_day_before() {
        // Newest first: the jump up from 00:40 to 23:55 goes back a day.
        let text = "01:50 The governor concedes defeat in a speech to supporters.\n\n00:40 With 95% of votes \
                    counted, the challenger leads by four points.\n\n23:55 Polls have closed in the western \
                    districts.\n\n22:10 Turnout is running at 61%, the commission says.";
        let got = dates(text, Some("2026-11-20"));
        let values: Vec<&str> = got.iter().map(|g| g.1.as_str()).collect();
        assert_eq!(values, ["2026-11-20", "2026-11-20", "2026-11-19", "2026-11-19"]);
        // Oldest first: the entries before the drop from 23:55 to 00:40 are on the day before.
        let text = "22:10 Turnout is running at 61%, the commission says.\n\n23:55 Polls have closed in the \
                    western districts.\n\n00:40 With 95% of votes counted, the challenger leads by four points.";
        let values: Vec<String> = dates(text, Some("2026-11-20")).into_iter().map(|g| g.1).collect();
        assert_eq!(values, ["2026-11-19", "2026-11-19", "2026-11-20"]);
        // An entry a little out of place crosses nothing.
        let text = "14:30 The minister arrives at the summit venue.\n\n15:10 Talks begin behind closed doors.\n\n\
                    14:50 Protesters gather outside the venue.\n\n16:00 The minister leaves the venue.";
        assert!(dates(text, Some("2026-11-20")).iter().all(|g| g.1 == "2026-11-20"));
    }

    #[test]
    fn a_year_at_the_head_of_a_sentence_gives_way_to_the_date_it_frames() {
        let text = "Last year, the Ridge fire burned 30,000 acres over two weeks in September. In 2019 the river \
                    flooded the town on Oct. 3. Last year the county spent $4 million. Last year, the firm cut its \
                    forecast in June and again in November.";
        let got = dates(text, Some("2026-08-13"));
        let values: Vec<&str> = got.iter().map(|g| g.1.as_str()).collect();
        assert_eq!(values, ["2025-09", "2019-10-03", "2025", "2025-06"]);
    }

    #[test]
    fn a_time_of_day_dates_its_day_without_its_modifier() {
        let (_, dt) = dated("Storm Hilda made landfall in Cornwall at about 5pm on Tuesday.", Some("2025-02-12"));
        let date = dt.reports[0].date.expect("date");
        assert_eq!((date.value.to_string(), date.modifier), ("2025-02-11".to_string(), None));
    }

    #[test]
    fn undated_documents_keep_partial_values() {
        let got = dates("Kartapolov told reporters on Saturday that jets flew 60 missions.", None);
        assert_eq!(got[0].1, "");
        assert_eq!(got[0].2, Basis::Undated);
        let got = dates("On October 7, ships fired 26 missiles.", None);
        assert_eq!(got[0].1, "XXXX-10-07");
    }

    #[test]
    fn the_end_of_what_lasts_dates_its_sentence_when_nothing_else_does() {
        // Paragraphs of their own: a sentence without a date of its own reports an event when it opens one.
        let text = "Small firms would have until mid-2029.\n\nThe truce held until Sunday.\n\nThe judge adjourned the \
                    hearing until Tuesday.\n\nThe office said on Monday the road would stay shut until Friday.\n\n\
                    The offer was extended until 5 p.m. on Thursday.";
        let got = dates(text, Some("2026-11-20"));
        // A deadline and the end of a state: their time.
        assert_eq!((got[0].1.as_str(), got[0].2), ("2029", Basis::Explicit));
        assert_eq!(got[1].1, "2026-11-15");
        // What a past act put off until a time: the act's day, the document's.
        assert_eq!((got[2].1.as_str(), got[2].2), ("2026-11-20", Basis::Document));
        // A statement's day before the end of what it tells.
        assert_eq!(got[3].1, "2026-11-16");
        // The day a time put off to is placed on is put off to as well.
        assert_eq!((got[4].1.as_str(), got[4].2), ("2026-11-20", Basis::Document));
    }
}
