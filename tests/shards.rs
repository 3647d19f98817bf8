//! Merging partial timelines: shards of the seed documents, extracted apart and merged through their JSON,
//! give byte for byte the timeline of one run over all of them.

mod common;
use common::seeds;

use timeline_extract::{Document, Error, Extractor, Timeline, extract_timeline};

/// Extracts each shard apart, writes and reads its JSON, merges them all.
fn merged_json(shards: &[Vec<Document>]) -> String {
    let parts: Vec<Timeline> = shards
        .iter()
        .map(|s| Timeline::from_json(&extract_timeline(s).expect("extract").to_json()).expect("read back"))
        .collect();
    let refs: Vec<&Timeline> = parts.iter().collect();
    Extractor::new().merge(&refs).expect("merge").to_json()
}

#[test]
fn one_two_or_five_shards_give_the_same_bytes() {
    let docs = seeds();
    let whole = extract_timeline(&docs).expect("extract").to_json();
    assert_eq!(merged_json(std::slice::from_ref(&docs)), whole);
    // Two shards that split the documents that anchor one another (003 on 001, 004 on 002).
    let two = vec![vec![docs[0].clone(), docs[2].clone(), docs[3].clone()], vec![docs[1].clone(), docs[4].clone()]];
    assert_eq!(merged_json(&two), whole);
    let five: Vec<Vec<Document>> = docs.iter().map(|d| vec![d.clone()]).collect();
    assert_eq!(merged_json(&five), whole);
}

#[test]
fn a_shard_alone_cannot_anchor_what_another_shard_holds() {
    // Without RT, the Xinhua copy has no date; merged with RT's shard it gets one, as in one run.
    let docs = seeds();
    let xinhua = extract_timeline(&docs[4..5]).expect("extract");
    assert_eq!(xinhua.documents[0].anchor, None);
    let rt = extract_timeline(&docs[2..3]).expect("extract");
    let merged = Timeline::merge(&xinhua, &rt).expect("merge");
    let anchor = merged.documents.iter().find(|d| d.id == docs[4].id).and_then(|d| d.anchor).expect("anchor");
    assert_eq!(anchor.value.to_string(), "2015-10-03");
}

#[test]
fn merge_errors_are_typed() {
    let a = extract_timeline(&[Document::new("x", "Jets flew 20 sorties on Tuesday, the ministry said.")]).unwrap();
    let b = extract_timeline(&[Document::new("x", "Jets flew 60 sorties on Tuesday, the ministry said.")]).unwrap();
    assert!(matches!(Timeline::merge(&a, &b), Err(Error::ConflictingDocument(id)) if id == "x"));
    let mut stripped = a.clone();
    stripped.documents[0].state = None;
    assert!(matches!(Timeline::merge(&stripped, &b), Err(Error::MissingState(id)) if id == "x"));
    let mut broken = a.clone();
    if let Some(s) = broken.documents[0].state.as_mut() {
        s.sentences.push("extra".into());
    }
    assert!(matches!(Timeline::merge(&broken, &a), Err(Error::InvalidState { .. })));
    assert!(Timeline::from_json("{\"documents\": 3}").is_err());
}

/// A state edited by hand into nonsense (months and days out of range, huge years, offsets past the
/// text) is merged without a panic: refused with a reason, or read as it says.
#[test]
fn hostile_states_do_not_panic() {
    let docs = seeds();
    let t = extract_timeline(&docs[..2]).expect("extract");
    let json: serde_json::Value = serde_json::from_str(&t.to_json()).expect("json");
    let edits: [(&str, serde_json::Value); 6] = [
        ("month", serde_json::json!(200)),
        ("day", serde_json::json!(99)),
        ("Full", serde_json::json!(i32::MAX)),
        ("Full", serde_json::json!(i32::MIN)),
        ("start", serde_json::json!(usize::MAX)),
        ("end", serde_json::json!(0)),
    ];
    fn edit(v: &mut serde_json::Value, key: &str, to: &serde_json::Value) {
        match v {
            serde_json::Value::Object(map) => {
                for (k, x) in map.iter_mut() {
                    if k == key && (x.is_number() || x.is_null()) {
                        *x = to.clone();
                    } else {
                        edit(x, key, to);
                    }
                }
            }
            serde_json::Value::Array(xs) => xs.iter_mut().for_each(|x| edit(x, key, to)),
            _ => {}
        }
    }
    let mut merged = 0;
    for (key, to) in &edits {
        let mut v = json.clone();
        edit(&mut v["documents"], key, to);
        if let Ok(bad) = serde_json::from_value::<Timeline>(v) {
            merged += usize::from(Timeline::merge(&bad, &bad).is_ok());
        }
    }
    // The dates out of range are read and resolved to nothing; the broken offsets are refused.
    assert!(merged >= 3, "{merged}");
}
