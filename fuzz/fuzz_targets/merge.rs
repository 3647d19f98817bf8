//! `Timeline::merge` two ways: on timelines extracted from two parts of the documents cut from the
//! input (the merge must equal one run over all of them), and on whatever JSON the input holds (an
//! error or a timeline, never a panic).
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use timeline_extract::{Document, Timeline, extract_timeline};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // Whatever the input holds, read as a timeline and merged with itself and with nothing.
    if let Ok(t) = Timeline::from_json(&text) {
        let _ = Timeline::merge(&t, &t);
        let _ = Timeline::merge(&t, &Timeline::default());
    }
    // The input cut at NUL bytes into up to six documents; the first byte says which go to part A.
    let Some((&split, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let docs = common::documents(&text, 6);
    let (a, b): (Vec<(usize, &Document)>, Vec<(usize, &Document)>) =
        docs.iter().enumerate().partition(|(i, _)| split & (1 << i) != 0);
    let part = |p: &[(usize, &Document)]| {
        extract_timeline(&p.iter().map(|(_, d)| (*d).clone()).collect::<Vec<_>>()).expect("a timeline")
    };
    let (ta, tb) = (part(&a), part(&b));
    let whole = extract_timeline(&docs).expect("a timeline");
    let merged = Timeline::merge(&ta, &tb).expect("two whole timelines merge");
    assert_eq!(merged.to_json(), whole.to_json(), "merging the parts differs from one run");
    let again = Timeline::merge(&merged, &ta).expect("merging again");
    assert_eq!(again.to_json(), merged.to_json(), "merging is not idempotent");
    // Through JSON, as between machines.
    let read = Timeline::from_json(&ta.to_json()).expect("a timeline's own JSON");
    assert_eq!(Timeline::merge(&read, &tb).expect("merge").to_json(), merged.to_json());
});
