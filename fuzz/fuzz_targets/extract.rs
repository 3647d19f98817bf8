//! The whole pipeline on up to eight documents cut from the input at NUL bytes: no panic, every report
//! the bytes of its document, and the same JSON whatever the order of the documents.
#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use timeline_extract::{Document, extract_timeline};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let docs: Vec<Document> = text
        .split('\0')
        .take(8)
        .enumerate()
        .map(|(i, t)| {
            let doc = Document::new(format!("d{i}"), t);
            // Every other document carries a date, so anchoring both ways is exercised.
            match NaiveDate::from_ymd_opt(2015, 10, 1 + i as u32) {
                Some(d) if i % 2 == 0 => doc.published(d),
                _ => doc,
            }
        })
        .collect();
    let timeline = extract_timeline(&docs).expect("valid documents give a timeline");
    for e in &timeline.events {
        for r in &e.reports {
            let doc = docs.iter().find(|d| d.id == r.doc).expect("a report names one of the documents");
            assert_eq!(doc.text.get(r.start..r.end), Some(r.text.as_str()));
        }
    }
    let json = timeline.to_json();
    let reversed: Vec<Document> = docs.iter().rev().cloned().collect();
    let again = extract_timeline(&reversed).expect("the same documents");
    assert_eq!(json, again.to_json(), "the order of the documents changed the timeline");
    let _ = timeline.to_text();
    let _ = timeline.to_markdown();
});
