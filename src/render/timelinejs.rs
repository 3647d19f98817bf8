//! TimelineJS JSON: the file that Knight Lab's TimelineJS 3 loads (`new TL.Timeline(id, json)`).
//!
//! Each dated event is a slide: `start_date` (and `end_date` when it covers more than one day) at the
//! precision of its TIMEX3 value, a `display_date` in words, a short headline cut from its sentence,
//! and a text with the sentence, its sources and every report behind it. TimelineJS shows headlines
//! and texts as HTML, so all document text is escaped. Events without a calendar date (no year) cannot
//! be placed on a TimelineJS axis; the title slide says how many were left out.

use chrono::{Datelike, NaiveDate};
use serde_json::{Map, Value, json};

use super::Options;
use super::common::{Shape, Sources, basis_phrase, date_words, escape_html, one_line, plural, shape, summary};
use crate::Timeline;
use crate::timeline::{DateInfo, Event};

/// The longest headline, in characters.
const HEADLINE_CHARS: usize = 90;

/// The timeline as TimelineJS JSON.
///
/// ```
/// use timeline_extract::render::{Options, timelinejs};
/// use timeline_extract::{Document, extract_timeline};
///
/// let docs = [Document::new("tass.txt", "30Nov15\n\nOn October 7, four ships fired 26 cruise missiles at targets in Syria.")];
/// let json: serde_json::Value = serde_json::from_str(&timelinejs::render(&extract_timeline(&docs)?, &Options::new())).unwrap();
/// let slide = &json["events"][0];
/// assert_eq!(slide["start_date"], serde_json::json!({"year": 2015, "month": 10, "day": 7}));
/// assert_eq!(slide["display_date"], "Wednesday 7 October 2015");
/// # Ok::<(), timeline_extract::Error>(())
/// ```
pub fn render(t: &Timeline, opts: &Options) -> String {
    let sources = Sources::new(t, opts);
    let mut events = Vec::new();
    let mut left_out = 0;
    for (k, e) in t.events.iter().enumerate() {
        match e.date.as_ref().and_then(|d| slide_dates(d).map(|dates| (d, dates))) {
            Some((d, (start, end))) => events.push(slide(k, e, d, start, end, &sources)),
            None => left_out += 1,
        }
    }
    let mut intro = format!("<p>{}.</p>", escape_html(&summary(t)));
    if left_out > 0 {
        intro.push_str(&format!(
            "<p>{left_out} event{} without a calendar date {} not shown.</p>",
            plural(left_out),
            if left_out == 1 { "is" } else { "are" }
        ));
    }
    let doc = json!({
        "title": {"text": {"headline": escape_html(&one_line(opts.title_or_default())), "text": intro}},
        "events": events,
    });
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}

/// A TimelineJS date at the precision of the value: a day, a month or a year.
fn tl_date(d: NaiveDate, precision: Precision) -> Value {
    let mut m = Map::new();
    m.insert("year".into(), json!(d.year()));
    if precision != Precision::Year {
        m.insert("month".into(), json!(d.month()));
    }
    if precision == Precision::Day {
        m.insert("day".into(), json!(d.day()));
    }
    Value::Object(m)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Precision {
    Day,
    Month,
    Year,
}

/// The start date and, for a span of more than one day, the end date.
fn slide_dates(d: &DateInfo) -> Option<(Value, Option<Value>)> {
    let start = d.start?;
    let end = d.end.unwrap_or(start);
    let narrowed = d.modifier.is_some();
    let (precision, start, end) = match shape(&d.value) {
        Shape::Day(_) => (Precision::Day, start, end),
        Shape::Month(..) if !narrowed => (Precision::Month, start, start),
        Shape::Year(_) if !narrowed => (Precision::Year, start, start),
        Shape::Years(..) | Shape::Decade(_) | Shape::Century(_) => (Precision::Year, start, end),
        _ => (Precision::Day, start, end),
    };
    let end = (end != start && !(precision == Precision::Year && end.year() == start.year()))
        .then(|| tl_date(end, precision));
    Some((tl_date(start, precision), end))
}

fn slide(k: usize, e: &Event, d: &DateInfo, start: Value, end: Option<Value>, sources: &Sources) -> Value {
    let sentence = one_line(&e.text);
    let labels: Vec<String> = e
        .sources
        .iter()
        .map(|id| match sources.get(id) {
            Some(s) => match &s.url {
                Some(url) => format!("<a href=\"{}\">{}</a>", escape_html(url), escape_html(&s.label)),
                None => escape_html(&s.label),
            },
            None => escape_html(id),
        })
        .collect();
    let mut text = format!("<p>{}</p><p><em>Sources:</em> {}</p>", escape_html(&sentence), labels.join(", "));
    if e.reports.len() > 1 || e.reports.first().is_some_and(|r| one_line(&r.text) != sentence) {
        text.push_str("<ul>");
        for r in &e.reports {
            let label = sources.get(&r.doc).map_or(r.doc.as_str(), |s| s.label.as_str());
            text.push_str(&format!(
                "<li><strong>{}</strong>: “{}” <small>({})</small></li>",
                escape_html(label),
                escape_html(&one_line(&r.text)),
                escape_html(&basis_phrase(&super::common::word(&r.basis)))
            ));
        }
        text.push_str("</ul>");
    }
    let mut slide = json!({
        "unique_id": format!("event-{}", k + 1),
        "start_date": start,
        "display_date": date_words(d, false),
        "text": {"headline": escape_html(&headline(&sentence)), "text": text},
    });
    if let (Some(end), Some(obj)) = (end, slide.as_object_mut()) {
        obj.insert("end_date".into(), end);
    }
    slide
}

/// The sentence, cut after a word before [`HEADLINE_CHARS`] characters, with an ellipsis.
fn headline(sentence: &str) -> String {
    if sentence.chars().count() <= HEADLINE_CHARS {
        return sentence.to_string();
    }
    let mut out = String::new();
    for word in sentence.split(' ') {
        if out.chars().count() + word.chars().count() + 1 > HEADLINE_CHARS - 1 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    let out = out.trim_end_matches([',', ';', ':', '—', '–', '-', ' ']);
    format!("{out}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(value: &str, start: &str, end: &str, m: Option<&str>) -> DateInfo {
        crate::render::common::tests::info(value, Some(start), Some(end), m)
    }

    #[test]
    fn dates_at_their_precision() {
        let cases = [
            (info("2015-10-07", "2015-10-07", "2015-10-07", None), json!({"year": 2015, "month": 10, "day": 7}), None),
            (info("2015-11", "2015-11-01", "2015-11-30", None), json!({"year": 2015, "month": 11}), None),
            (
                info("2015-11", "2015-11-11", "2015-11-20", Some("MID")),
                json!({"year": 2015, "month": 11, "day": 11}),
                Some(json!({"year": 2015, "month": 11, "day": 20})),
            ),
            (info("2013/2014", "2013-01-01", "2014-12-31", None), json!({"year": 2013}), Some(json!({"year": 2014}))),
            (info("2015", "2015-01-01", "2015-12-31", None), json!({"year": 2015}), None),
            (
                info("2015-W41", "2015-10-05", "2015-10-11", None),
                json!({"year": 2015, "month": 10, "day": 5}),
                Some(json!({"year": 2015, "month": 10, "day": 11})),
            ),
        ];
        for (d, start, end) in cases {
            assert_eq!(slide_dates(&d), Some((start, end)), "{d:?}");
        }
        assert_eq!(slide_dates(&crate::render::common::tests::info("XXXX-10-07", None, None, None)), None);
    }

    #[test]
    fn headlines_are_cut_at_a_word() {
        let long = "Russian Foreign Minister Sergey Lavrov has held the third meeting in the space of only a few days with US Secretary of State John Kerry.";
        let h = headline(long);
        assert!(h.chars().count() <= HEADLINE_CHARS && h.ends_with("…"), "{h}");
        assert!(long.starts_with(h.trim_end_matches('…')));
        assert_eq!(headline("Short."), "Short.");
    }
}
