//! What every rendering shares: the documents as sources with short labels, dates in words,
//! events grouped by date, and escaping.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::Options;
use crate::timeline::{DateInfo, Event, Timeline};

/// The longest short label, in characters.
const LABEL_CHARS: usize = 14;

/// A document as the renderings show it.
#[derive(Clone, Debug)]
pub(crate) struct Source {
    /// Its id.
    pub id: String,
    /// A short label, unique in the timeline ("TASS", "TASS 2", "000").
    pub label: String,
    /// The source's name, when known.
    pub name: Option<String>,
    /// The document's title, when known.
    pub title: Option<String>,
    /// Its URL, when it is an http(s) URL.
    pub url: Option<String>,
    /// Its anchor date and how it was found ("2015-11-30", "dateline").
    pub anchor: Option<(NaiveDate, String)>,
}

/// The documents of a timeline, in its order, with any id that only events name added at the end.
pub(crate) struct Sources {
    pub list: Vec<Source>,
    index: BTreeMap<String, usize>,
}

impl Sources {
    pub fn new(t: &Timeline, opts: &Options) -> Sources {
        let mut list: Vec<Source> = Vec::new();
        let mut index = BTreeMap::new();
        let mut add = |id: &str, name: Option<&str>, anchor: Option<(NaiveDate, String)>, list: &mut Vec<Source>| {
            if index.contains_key(id) {
                return;
            }
            index.insert(id.to_string(), list.len());
            let meta = opts.documents.get(id);
            let name = meta.and_then(|m| m.source.as_deref()).or(name).map(str::to_string);
            list.push(Source {
                id: id.to_string(),
                label: String::new(),
                name,
                title: meta.and_then(|m| m.title.clone()),
                url: meta.and_then(|m| m.url.clone()).filter(|u| is_web_url(u)),
                anchor,
            });
        };
        for d in &t.documents {
            add(&d.id, d.source.as_deref(), d.anchor.map(|a| (a.value, word(&a.basis))), &mut list);
        }
        for e in &t.events {
            for id in e.sources.iter().chain(e.reports.iter().map(|r| &r.doc)) {
                add(id, None, None, &mut list);
            }
        }
        let labels = labels(&list);
        for (s, l) in list.iter_mut().zip(labels) {
            s.label = l;
        }
        Sources { list, index }
    }

    /// The position of a document.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    /// The source of a document id.
    pub fn get(&self, id: &str) -> Option<&Source> {
        self.position(id).map(|k| &self.list[k])
    }
}

/// Short labels: the source's name or the file name's stem, cut at a word boundary; labels that
/// would repeat get a number (`TASS 1`, `TASS 2`).
fn labels(list: &[Source]) -> Vec<String> {
    let base: Vec<String> = list.iter().map(|s| shorten(s.name.as_deref().unwrap_or_else(|| stem(&s.id)))).collect();
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for b in &base {
        *count.entry(b).or_default() += 1;
    }
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    base.iter()
        .map(|b| {
            if count[b.as_str()] == 1 {
                return b.clone();
            }
            let n = seen.entry(b).or_default();
            *n += 1;
            format!("{b} {n}")
        })
        .collect()
}

/// A file name without its directory and extension.
fn stem(id: &str) -> &str {
    let name = id.rsplit('/').next().unwrap_or(id);
    match name.rfind('.') {
        Some(dot) if dot > 0 => &name[..dot],
        _ => name,
    }
}

/// At most [`LABEL_CHARS`] characters, cut after a whole word (words split at spaces, `_`, `-`, `.`).
fn shorten(s: &str) -> String {
    let s = s.trim();
    if s.chars().count() <= LABEL_CHARS {
        return if s.is_empty() { "?".to_string() } else { s.to_string() };
    }
    let mut end = 0;
    for (k, c) in s.char_indices() {
        if s[..k].chars().count() > LABEL_CHARS {
            break;
        }
        if matches!(c, ' ' | '_' | '-' | '.') && k > 0 {
            end = k;
        }
    }
    if end == 0 {
        let cut: String = s.chars().take(LABEL_CHARS - 1).collect();
        return format!("{cut}…");
    }
    s[..end].to_string()
}

/// Only http and https URLs become links.
pub(crate) fn is_web_url(u: &str) -> bool {
    let lower = u.trim_start().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")) && !u.chars().any(|c| c.is_control())
}

/// The serde name of a value (`"explicit"`, `"dateline"`): renderings keep working when variants are added.
pub(crate) fn word<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

/// What a report's date basis means, for a reader.
pub(crate) fn basis_phrase(basis: &str) -> String {
    match basis {
        "explicit" => "date written in the sentence".to_string(),
        "relative" => "a relative date in the sentence, resolved against the report's date".to_string(),
        "section" => "live-blog day heading".to_string(),
        "dateline" => "the report's dateline".to_string(),
        "document" => "the report's publication date".to_string(),
        "stamp" => "the page's time stamp".to_string(),
        "inferred" => "the report's date, inferred from events it shares with dated reports".to_string(),
        other => other.replace('_', " "),
    }
}

/// The shape of a TIMEX3 date value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    Day(NaiveDate),
    Month(i32, u32),
    Year(i32),
    Years(i32, i32),
    /// A decade by its first year ("196": 1960).
    Decade(i32),
    /// A century by its first year ("19": 1900, the 20th century).
    Century(i32),
    /// A quarter ("Q3"), a half ("H1") or a season ("SU") of a year.
    Part(i32, Part),
    /// A week or a weekend: its first and last days.
    Week(NaiveDate, NaiveDate),
    Other,
}

/// A part of a year that a TIMEX3 value names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Part {
    Quarter(u8),
    Half(u8),
    Spring,
    Summer,
    Autumn,
    Winter,
}

pub(crate) fn shape(value: &str) -> Shape {
    let num = |s: &str| s.parse::<i32>().ok().filter(|_| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()));
    let bytes = value.as_bytes();
    let year = value.get(..4).and_then(num);
    match (value.len(), year) {
        (10, _) => match NaiveDate::parse_from_str(value, "%Y-%m-%d") {
            Ok(d) => Shape::Day(d),
            Err(_) => Shape::Other,
        },
        (7, Some(y)) if bytes[4] == b'-' => match num(&value[5..]) {
            Some(m) if (1..=12).contains(&m) => Shape::Month(y, m as u32),
            _ => match (value.get(5..6), value.get(6..).and_then(num).and_then(|n| u8::try_from(n).ok())) {
                (Some("Q"), Some(q @ 1..=4)) => Shape::Part(y, Part::Quarter(q)),
                (Some("H"), Some(h @ 1..=2)) => Shape::Part(y, Part::Half(h)),
                _ => match &value[5..] {
                    "SP" => Shape::Part(y, Part::Spring),
                    "SU" => Shape::Part(y, Part::Summer),
                    "FA" => Shape::Part(y, Part::Autumn),
                    "WI" => Shape::Part(y, Part::Winter),
                    _ => Shape::Other,
                },
            },
        },
        (8 | 11, Some(y)) if value[4..].starts_with("-W") => {
            let week = value.get(6..8).and_then(num).and_then(|w| u32::try_from(w).ok()).unwrap_or(0);
            let days = match value.get(8..).unwrap_or("?") {
                "" => (chrono::Weekday::Mon, chrono::Weekday::Sun),
                "-WE" => (chrono::Weekday::Sat, chrono::Weekday::Sun),
                _ => return Shape::Other,
            };
            match (NaiveDate::from_isoywd_opt(y, week, days.0), NaiveDate::from_isoywd_opt(y, week, days.1)) {
                (Some(a), Some(b)) => Shape::Week(a, b),
                _ => Shape::Other,
            }
        }
        (4, Some(y)) => Shape::Year(y),
        (9, Some(a)) if bytes[4] == b'/' => match num(&value[5..]) {
            Some(b) => Shape::Years(a, b),
            None => Shape::Other,
        },
        (3, _) => num(value).map_or(Shape::Other, |d| Shape::Decade(d * 10)),
        (2, _) => num(value).map_or(Shape::Other, |c| Shape::Century(c * 100)),
        _ => Shape::Other,
    }
}

/// "1st", "2nd", "3rd", "11th", "21st".
fn ordinal(n: i32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// A part of a year in words: "Q3 2015", "H1 2015", "summer 2015", "winter 2015–16" (a winter starts in
/// the December of its year).
fn part_words(y: i32, part: Part) -> String {
    match part {
        Part::Quarter(q) => format!("Q{q} {y}"),
        Part::Half(h) => format!("H{h} {y}"),
        Part::Spring => format!("spring {y}"),
        Part::Summer => format!("summer {y}"),
        Part::Autumn => format!("autumn {y}"),
        Part::Winter => format!("winter {y}–{:02}", (y + 1).rem_euclid(100)),
    }
}

/// How a TIMEX3 modifier reads before a month or a year ("mid-", "early ").
fn modifier_prefix(m: &str) -> Option<&'static str> {
    Some(match m {
        "START" => "early ",
        "MID" => "mid-",
        "END" => "late ",
        "APPROX" => "about ",
        "BEFORE" => "before ",
        "AFTER" => "after ",
        "ON_OR_BEFORE" => "by ",
        "ON_OR_AFTER" => "from ",
        _ => return None,
    })
}

fn month_name(y: i32, m: u32) -> String {
    NaiveDate::from_ymd_opt(y, m, 1).map_or_else(|| format!("{y}-{m:02}"), |d| d.format("%B %Y").to_string())
}

/// A day in words: "Wednesday 7 October 2015".
pub(crate) fn day_long(d: NaiveDate) -> String {
    d.format("%A %-d %B %Y").to_string()
}

/// A day, short: "7 Oct 2015".
pub(crate) fn day_short(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
}

/// A date in words, long ("Wednesday 7 October 2015", "mid-November 2015", "2013–2014", "5–11 October 2015").
///
/// `short` gives short day names ("7 Oct 2015").
pub(crate) fn date_words(d: &DateInfo, short: bool) -> String {
    let day = if short { day_short } else { day_long };
    // A modifier reads before a name or a number ("late Thursday 26 October", "early 1980s"), after days
    // given by number ("23–29 October 1989 (end)").
    let with_mod = |s: String| match d.modifier.as_deref() {
        Some(m) => match modifier_prefix(m) {
            Some(p) if !(s.starts_with(|c: char| c.is_ascii_digit()) && s.contains(' ')) => format!("{p}{s}"),
            _ => format!("{s} ({})", m.to_lowercase().replace('_', " ")),
        },
        None => s,
    };
    // The words of the value itself: its start and end are narrowed by the modifier already.
    let words = value_words(&d.value, short).or_else(|| {
        let (a, b) = d.value.split_once('/')?;
        Some(match (shape(a), shape(b)) {
            (Shape::Day(a), Shape::Day(b)) => range_words(a, b, short),
            // Months of one year: "January – September 2026".
            (Shape::Month(ya, ma), Shape::Month(yb, mb)) if ya == yb => {
                let name = NaiveDate::from_ymd_opt(ya, ma, 1)?.format("%B").to_string();
                format!("{name} – {}", month_name(yb, mb))
            }
            _ => format!("{} – {}", value_words(a, short)?, value_words(b, short)?),
        })
    });
    with_mod(words.unwrap_or_else(|| match (d.start, d.end) {
        (Some(a), Some(b)) => range_words(a, b, short),
        (Some(a), None) => day(a),
        _ => d.value.clone(),
    }))
}

/// The words of a year, a decade or a century before the common era, as TIMEX3 writes them ("BC0015": 15
/// BC; "BC001": the 10s BC; "BC04": the 5th century BC).
fn bc_words(digits: &str) -> Option<String> {
    let n: i32 = digits.parse().ok().filter(|_| digits.bytes().all(|b| b.is_ascii_digit()))?;
    Some(match digits.len() {
        4 => format!("{n} BC"),
        3 => format!("{n}0s BC"),
        2 => format!("{} century BC", ordinal(n + 1)),
        _ => return None,
    })
}

/// The words of a TIMEX3 date value of a known shape, without a modifier.
pub(crate) fn value_words(value: &str, short: bool) -> Option<String> {
    let day = if short { day_short } else { day_long };
    if let Some(digits) = value.strip_prefix("BC") {
        return bc_words(digits);
    }
    Some(match shape(value) {
        Shape::Day(x) => day(x),
        Shape::Month(y, m) => month_name(y, m),
        // A year of the first millennium reads with its era ("AD 117"): alone, "117" reads as a count.
        Shape::Year(y) if y < 1000 => format!("AD {y}"),
        Shape::Year(y) => y.to_string(),
        Shape::Years(a, b) if a < 1000 => format!("AD {a}–{b}"),
        Shape::Years(a, b) => format!("{a}–{b}"),
        Shape::Decade(y) => format!("{y}s"),
        Shape::Century(y) => format!("{} century", ordinal(y / 100 + 1)),
        Shape::Part(y, part) => part_words(y, part),
        Shape::Week(a, b) => range_words(a, b, short),
        Shape::Other => return None,
    })
}

/// "5–11 October 2015", "28 September – 3 October 2015", "28 December 2015 – 3 January 2016".
fn range_words(a: NaiveDate, b: NaiveDate, short: bool) -> String {
    let month = if short { "%b" } else { "%B" };
    if a == b {
        return if short { day_short(a) } else { day_long(a) };
    }
    if a.year() == b.year() && a.month() == b.month() {
        format!("{}–{}", a.day(), b.format(&format!("%-d {month} %Y")))
    } else if a.year() == b.year() {
        format!("{} – {}", a.format(&format!("%-d {month}")), b.format(&format!("%-d {month} %Y")))
    } else {
        format!("{} – {}", a.format(&format!("%-d {month} %Y")), b.format(&format!("%-d {month} %Y")))
    }
}

/// Events that share a date (its value and modifier), in timeline order.
pub(crate) struct Group<'t> {
    pub date: Option<&'t DateInfo>,
    pub events: Vec<(usize, &'t Event)>,
}

/// Consecutive events with the same date value and modifier; undated events form their own group.
pub(crate) fn groups(t: &Timeline) -> Vec<Group<'_>> {
    let mut out: Vec<Group> = Vec::new();
    for (k, e) in t.events.iter().enumerate() {
        let key = e.date.as_ref().map(|d| (&d.value, &d.modifier));
        match out.last_mut() {
            Some(g) if g.date.map(|d| (&d.value, &d.modifier)) == key => g.events.push((k, e)),
            _ => out.push(Group { date: e.date.as_ref(), events: vec![(k, e)] }),
        }
    }
    out
}

/// The group's heading: the date in words, or "Undated".
pub(crate) fn group_heading(g: &Group, short: bool) -> String {
    g.date.map_or_else(|| "Undated".to_string(), |d| date_words(d, short))
}

/// "285 events from 5 documents, March 1991 – 30 Nov 2015": what a timeline covers.
pub(crate) fn summary(t: &Timeline) -> String {
    let n = t.events.len();
    let docs = t.documents.len();
    let mut s = format!("{n} event{} from {docs} document{}", plural(n), plural(docs));
    let dated: Vec<&DateInfo> = t.events.iter().filter_map(|e| e.date.as_ref()).filter(|d| d.start.is_some()).collect();
    if let (Some(first), Some(last)) = (dated.first(), dated.last()) {
        let range = match (shape(&first.value), shape(&last.value)) {
            // Two days: "11–12 Oct 2015", "30 Sep – 3 Oct 2015".
            (Shape::Day(a), Shape::Day(b)) if first.modifier.is_none() && last.modifier.is_none() => {
                range_words(a, b, true)
            }
            _ => {
                // A span at either end gives its outer end ("January – September 2026" starts in January).
                let outer = |d: &DateInfo, end: bool| {
                    let (a, b) = d.value.split_once('/').filter(|_| d.modifier.is_none())?;
                    value_words(if end { b } else { a }, true)
                };
                let a = outer(first, false).unwrap_or_else(|| date_words(first, true));
                let b = outer(last, true).unwrap_or_else(|| date_words(last, true));
                if a == b { a } else { format!("{a} – {b}") }
            }
        };
        s.push_str(&format!(", {range}"));
    }
    s
}

pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Text on one line: runs of white space become one space.
pub(crate) fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Escapes text for HTML content and quoted attribute values.
pub(crate) fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Built from JSON, as a reader of the timeline would: more fields in the type do not break it.
    pub(crate) fn info(value: &str, start: Option<&str>, end: Option<&str>, m: Option<&str>) -> DateInfo {
        let json = serde_json::json!({"value": value, "start": start, "end": end, "mod": m});
        serde_json::from_value(json).expect("a date")
    }

    #[test]
    fn dates_in_words() {
        let cases = [
            (
                info("2015-10-07", Some("2015-10-07"), Some("2015-10-07"), None),
                "Wednesday 7 October 2015",
                "7 Oct 2015",
            ),
            (
                info("2015-11", Some("2015-11-11"), Some("2015-11-20"), Some("MID")),
                "mid-November 2015",
                "mid-November 2015",
            ),
            (info("1991-03", Some("1991-03-01"), Some("1991-03-31"), None), "March 1991", "March 1991"),
            (info("2013/2014", Some("2013-01-01"), Some("2014-12-31"), None), "2013–2014", "2013–2014"),
            (info("2015-W41", Some("2015-10-05"), Some("2015-10-11"), None), "5–11 October 2015", "5–11 Oct 2015"),
            (
                info("2015-W40", Some("2015-09-28"), Some("2015-10-04"), None),
                "28 September – 4 October 2015",
                "28 Sep – 4 Oct 2015",
            ),
            (info("XXXX-10-07", None, None, None), "XXXX-10-07", "XXXX-10-07"),
            (info("196", Some("1960-01-01"), Some("1969-12-31"), None), "1960s", "1960s"),
            // The start and end are narrowed by the modifier: the words are the value's.
            (info("198", Some("1980-01-01"), Some("1983-05-01"), Some("START")), "early 1980s", "early 1980s"),
            (info("10", Some("1000-01-01"), Some("1099-12-31"), None), "11th century", "11th century"),
            (info("20", Some("2000-01-01"), Some("2099-12-31"), None), "21st century", "21st century"),
            // Before the common era, and a year of the first millennium, with the era.
            (info("BC04", Some("-0499-01-01"), Some("-0400-12-31"), None), "5th century BC", "5th century BC"),
            (info("BC0015", Some("-0014-01-01"), Some("-0014-12-31"), None), "15 BC", "15 BC"),
            (info("BC001", Some("-0019-01-01"), Some("-0010-12-31"), None), "10s BC", "10s BC"),
            (info("0117", Some("0117-01-01"), Some("0117-12-31"), None), "AD 117", "AD 117"),
            (info("0117/0138", Some("0117-01-01"), Some("0138-12-31"), None), "AD 117–138", "AD 117–138"),
            (info("1984-Q3", Some("1984-07-01"), Some("1984-09-30"), None), "Q3 1984", "Q3 1984"),
            (info("2015-H1", Some("2015-01-01"), Some("2015-06-30"), None), "H1 2015", "H1 2015"),
            (
                info("1989-SU", Some("1989-06-01"), Some("1989-06-30"), Some("START")),
                "early summer 1989",
                "early summer 1989",
            ),
            (info("1999-WI", Some("1999-12-01"), Some("2000-02-29"), None), "winter 1999–00", "winter 1999–00"),
            (info("1989-W43-WE", Some("1989-10-28"), Some("1989-10-29"), None), "28–29 October 1989", "28–29 Oct 1989"),
            (
                info("1989-W43", Some("1989-10-28"), Some("1989-10-29"), Some("END")),
                "23–29 October 1989 (end)",
                "23–29 Oct 1989 (end)",
            ),
            (
                info("1989/1989-08", Some("1989-01-01"), Some("1989-08-31"), None),
                "1989 – August 1989",
                "1989 – August 1989",
            ),
            (
                info("2026-01/2026-09", Some("2026-01-01"), Some("2026-09-30"), None),
                "January – September 2026",
                "January – September 2026",
            ),
            (
                info("2025-07/2026-06", Some("2025-07-01"), Some("2026-06-30"), None),
                "July 2025 – June 2026",
                "July 2025 – June 2026",
            ),
            (
                info("1989-08-26/1989-10-20", Some("1989-08-26"), Some("1989-10-20"), None),
                "26 August – 20 October 1989",
                "26 Aug – 20 Oct 1989",
            ),
            (info("2015-Q7", None, None, None), "2015-Q7", "2015-Q7"),
            (info("2015-é", None, None, None), "2015-é", "2015-é"),
            (info("2015-W9é", None, None, None), "2015-W9é", "2015-W9é"),
            (
                info("2015", Some("2015-01-01"), Some("2015-12-31"), Some("LESS_THAN")),
                "2015 (less than)",
                "2015 (less than)",
            ),
        ];
        for (d, long, short) in cases {
            assert_eq!(date_words(&d, false), long, "{d:?}");
            assert_eq!(date_words(&d, true), short, "{d:?}");
        }
    }

    #[test]
    fn summaries_say_the_span() {
        let event = |d: DateInfo| serde_json::json!({"date": d, "text": "", "sources": [], "reports": []});
        let t = |a: DateInfo, b: DateInfo| -> Timeline {
            serde_json::from_value(serde_json::json!({"documents": [], "events": [event(a), event(b)]}))
                .expect("a timeline")
        };
        let day = |s: &str| info(s, Some(s), Some(s), None);
        assert_eq!(summary(&t(day("2015-10-11"), day("2015-10-12"))), "2 events from 0 documents, 11–12 Oct 2015");
        assert_eq!(summary(&t(day("2015-09-30"), day("2015-10-03"))), "2 events from 0 documents, 30 Sep – 3 Oct 2015");
        let month = info("1991-03", Some("1991-03-01"), Some("1991-03-31"), None);
        assert_eq!(summary(&t(month, day("2015-11-30"))), "2 events from 0 documents, March 1991 – 30 Nov 2015");
        let span = info("2014-01/2014-09", Some("2014-01-01"), Some("2014-09-30"), None);
        assert_eq!(summary(&t(span, day("2015-11-30"))), "2 events from 0 documents, January 2014 – 30 Nov 2015");
        assert_eq!(summary(&Timeline::default()), "0 events from 0 documents");
    }

    #[test]
    fn labels_are_short_and_unique() {
        let src = |id: &str, name: Option<&str>| Source {
            id: id.into(),
            label: String::new(),
            name: name.map(str::to_string),
            title: None,
            url: None,
            anchor: None,
        };
        let list = [
            src("000_8d1b5cfa222b0392.txt", Some("Itar Tass")),
            src("001_46dca260d8254e6a.txt", Some("Itar Tass")),
            src("002_9be235a567afa4a9.txt", None),
            src("pages/news-article.html", Some("The Meridian Herald")),
            src("a.txt", Some("")),
            src("Ünïcödé-sehr-lange-Bezeichnung", None),
        ];
        assert_eq!(labels(&list), ["Itar Tass 1", "Itar Tass 2", "002", "The Meridian", "?", "Ünïcödé-sehr"]);
        assert_eq!(shorten("abcdefghijklmnopqrstuvwxyz"), "abcdefghijklm…");
    }

    #[test]
    fn only_web_urls_are_links() {
        assert!(is_web_url("https://example.org/a"));
        assert!(!is_web_url("javascript:alert(1)"));
        assert!(!is_web_url(" JAVASCRIPT:alert(1)"));
        assert!(!is_web_url("data:text/html,x"));
        assert!(!is_web_url("https://example.org/\nx"));
    }
}
