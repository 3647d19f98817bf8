//! Hostile and odd input: never a panic, spans always inside the text on char boundaries.

use chrono::NaiveDate;
use timeline_extract::{Document, extract_timeline, tag};

const NASTY: &[&str] = &[
    "",
    "\n\n\n",
    "'",
    "’s",
    "30Nov",
    "Nov15",
    "30Feb15 and 31 September 2015 and February 29, 2015 and February 29, 2016",
    "99999999999999999999999 years ago",
    "a million years ago, in the year 275760, in year 0000, on 0000-00-00",
    "October October October October October October October",
    "2015-2015-2015-2015-2015-2015-2015",
    "the the the the the the end of the the beginning of early early late mid-",
    "In '99 and '00 and in 1999-00, in 2099-2100, in fiscal '15",
    "Ünïcödé Ôctober 7 — “quoted” ‘text’ … on Tuesday…",
    "\u{feff}On October 7\r\n, ships fired.\r\n",
    "1,631 sorties, 2,084 targets, $1.5 million, Section 107, Su-24M, KAB-500, H-29L, 555-1234",
    "12:99 25:00 0:00 a.m. 13 p.m. 24:00 GMT",
    "[Source: , , ]\n[Source:\n(source: x",
    "Updated\nPublished\nREAD MORE:",
    "On the 31st of February, 2015, and on the 0th of May.",
    "last last last week next next year this this month",
    "between and from to since until",
];

#[test]
fn nothing_panics_and_spans_stay_on_char_boundaries() {
    let dcts = [None, NaiveDate::from_ymd_opt(2015, 10, 10), Some(NaiveDate::MIN), Some(NaiveDate::MAX)];
    for text in NASTY {
        for dct in dcts {
            for t in tag(text, dct) {
                assert!(t.start < t.end && t.end <= text.len(), "{text:?}");
                assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end), "{text:?}");
                let _ = t.value.to_string();
                if let Some((a, b)) = t.range() {
                    assert!(a <= b, "{text:?}");
                }
            }
        }
    }
    let docs: Vec<Document> = NASTY.iter().enumerate().map(|(i, t)| Document::new(format!("d{i}"), *t)).collect();
    let timeline = extract_timeline(&docs).expect("timeline");
    for e in &timeline.events {
        for r in &e.reports {
            let doc = docs.iter().find(|d| d.id == r.doc).expect("doc");
            assert_eq!(doc.text.get(r.start..r.end), Some(r.text.as_str()));
        }
        if let Some(d) = &e.date
            && let (Some(a), Some(b)) = (d.start, d.end)
        {
            assert!(a <= b);
        }
    }
}

#[test]
fn impossible_dates_are_not_given_calendar_days() {
    for text in ["on February 30, 2015", "on 31 September 2015", "on February 29, 2015"] {
        let found = tag(text, NaiveDate::from_ymd_opt(2015, 10, 10));
        assert!(found.iter().all(|t| t.range().is_none()), "{text}: {found:?}");
    }
    let leap = tag("on February 29, 2016", None);
    assert_eq!(leap[0].range().map(|(a, _)| a.to_string()), Some("2016-02-29".to_string()));
}

#[test]
fn timelines_round_trip_through_json() {
    let docs = [Document::new("a", "30Nov15\n\nOn October 7, four missile ships fired 26 cruise missiles at targets.")];
    let timeline = extract_timeline(&docs).expect("timeline");
    let back = timeline_extract::Timeline::from_json(&timeline.to_json()).expect("json");
    assert_eq!(back, timeline);
}
