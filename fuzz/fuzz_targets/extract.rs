//! The whole pipeline on up to eight documents cut from the input at NUL bytes: no panic, every report
//! the bytes of its document, and the same JSON whatever the order of the documents.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use timeline_extract::{Document, extract_timeline};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let docs = common::documents(&text, 8);
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
