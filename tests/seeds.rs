//! The seed documents end to end: the claims a reader of the timeline relies on.

mod common;
use common::seeds;

use timeline_extract::normalize::{AnchorBasis, Basis};
use timeline_extract::timeline::Event;
use timeline_extract::{Timeline, extract_timeline};

fn timeline() -> Timeline {
    extract_timeline(&seeds()).expect("timeline")
}

/// The events that have a report from `doc` (an id prefix) containing `needle`.
fn events_with<'t>(t: &'t Timeline, doc: &str, needle: &str) -> Vec<&'t Event> {
    t.events.iter().filter(|e| e.reports.iter().any(|r| r.doc.starts_with(doc) && r.text.contains(needle))).collect()
}

fn one_event<'t>(t: &'t Timeline, doc: &str, needle: &str) -> &'t Event {
    let found = events_with(t, doc, needle);
    assert_eq!(found.len(), 1, "{doc} {needle:?}: {found:#?}");
    found[0]
}

fn date(e: &Event) -> &str {
    e.date.as_ref().map_or("", |d| d.value.as_str())
}

fn sources(e: &Event) -> Vec<&str> {
    e.sources.iter().map(|s| &s[..3]).collect()
}

#[test]
fn the_kalibr_launch_is_one_event_from_tass_and_rt() {
    let t = timeline();
    let tass = one_event(&t, "000", "On October 7, four missile ships");
    let rt = one_event(&t, "002", "Four Russia warships have launched 26 missiles");
    assert_eq!(tass, rt);
    assert_eq!(date(tass), "2015-10-07");
    assert_eq!(sources(tass), ["000", "002"]);
}

#[test]
fn the_november_3_briefing_totals_are_one_event_despite_sputniks_2021_stamp() {
    let t = timeline();
    let tass = one_event(&t, "001", "1,631 combat sorties");
    let sputnik = one_event(&t, "003", "have carried out 1,631 sorties");
    assert_eq!(tass, sputnik);
    assert_eq!(date(tass), "2015-11-03");
    let anchor = t.documents.iter().find(|d| d.id.starts_with("003")).and_then(|d| d.anchor).expect("anchor");
    assert_eq!((anchor.value.to_string().as_str(), anchor.basis), ("2015-11-03", AnchorBasis::Inferred));
}

#[test]
fn the_undated_xinhua_copy_is_anchored_on_the_event_it_shares_with_rt() {
    let t = timeline();
    let xinhua = one_event(&t, "004", "more than 60 missions");
    let rt = one_event(&t, "002", "more than 60 flights");
    assert_eq!(xinhua, rt);
    assert_eq!(date(xinhua), "2015-10-03");
    let doc = t.documents.iter().find(|d| d.id.starts_with("004")).expect("doc");
    let anchor = doc.anchor.expect("anchor");
    assert_eq!((anchor.value.to_string().as_str(), anchor.basis), ("2015-10-03", AnchorBasis::Inferred));
    // The rest of the copy is dated from that anchor.
    let reports: Vec<_> = t
        .events
        .iter()
        .flat_map(|e| e.reports.iter().map(move |r| (e, r)))
        .filter(|(_, r)| r.doc.starts_with("004"))
        .collect();
    assert!(reports.len() >= 8, "{}", reports.len());
    for (e, r) in reports {
        assert_eq!(date(e), "2015-10-03", "{}", r.text);
        assert_ne!(r.basis, Basis::Undated);
    }
}

#[test]
fn look_alike_reports_stay_apart_and_repeats_in_one_blog_merge() {
    let t = timeline();
    let twenty = one_event(&t, "002", "have performed 20 sorties");
    let sixty = one_event(&t, "002", "more than 60 flights");
    assert_ne!(twenty, sixty);
    let first = one_event(&t, "002", "forced the UN to suspend pre-planned humanitarian intervention");
    let again = one_event(&t, "002", "The United Nations had to suspend planned humanitarian work");
    assert_eq!(first, again);
    assert_eq!(date(first), "2015-10-02");
}

#[test]
fn datelines_source_lines_and_sections_anchor_the_rest() {
    let t = timeline();
    let anchors: Vec<(String, Option<AnchorBasis>)> = t
        .documents
        .iter()
        .map(|d| (d.anchor.map(|a| a.value.to_string()).unwrap_or_default(), d.anchor.map(|a| a.basis)))
        .collect();
    assert_eq!(anchors[0], ("2015-11-30".to_string(), Some(AnchorBasis::Dateline)));
    assert_eq!(anchors[1], ("2015-11-03".to_string(), Some(AnchorBasis::Dateline)));
    assert_eq!(t.documents[0].source.as_deref(), Some("Itar Tass"));
    // "said on Monday" in a copy dated Monday 30 November 2015.
    assert_eq!(date(one_event(&t, "000", "Valery Gerasimov has discussed")), "2015-11-30");
    // "said on Saturday" under the live blog's 10 October header.
    assert_eq!(date(one_event(&t, "002", "90-minute video conference on Saturday")), "2015-10-10");
    // "said on Friday" under the same header is the day before.
    assert_eq!(date(one_event(&t, "002", "67 sorties")), "2015-10-09");
    assert_eq!(date(one_event(&t, "000", "On October 8, the Syrian army")), "2015-10-08");
    let mid = one_event(&t, "000", "In mid-November");
    let d = mid.date.as_ref().expect("date");
    assert_eq!((d.value.as_str(), d.modifier.as_deref()), ("2015-11", Some("MID")));
    assert_eq!(date(one_event(&t, "002", "On October 5 and 6")), "2015-10-05/2015-10-06");
    assert_eq!(date(one_event(&t, "000", "In 2013-2014")), "2013/2014");
    assert_eq!(date(one_event(&t, "002", "signed in March 1991")), "1991-03");
}

#[test]
fn no_event_comes_from_page_furniture() {
    let t = timeline();
    for e in &t.events {
        let d = date(e);
        assert!(!d.starts_with("2021") && !d.starts_with("2006") && !d.starts_with("2024"), "{d}: {}", e.text);
        for r in &e.reports {
            for furniture in
                ["Updated 9 years ago", "published on", "READ MORE", "Show Full Article", "U.S.C.", "[Source:", "GMT09"]
            {
                assert!(!r.text.contains(furniture), "{furniture}: {}", r.text);
            }
        }
    }
}

#[test]
fn every_report_is_the_exact_bytes_of_its_source() {
    let docs = seeds();
    let t = timeline();
    let mut seen = std::collections::HashSet::new();
    for e in &t.events {
        for r in &e.reports {
            let doc = docs.iter().find(|d| d.id == r.doc).expect("doc");
            assert_eq!(&doc.text[r.start..r.end], r.text);
            assert!(seen.insert((r.doc.clone(), r.start)), "a report stands in two events: {}", r.text);
        }
    }
}

#[test]
fn events_are_in_chronological_order() {
    let t = timeline();
    let starts: Vec<_> = t.events.iter().map(|e| e.date.as_ref().and_then(|d| d.start)).collect();
    let dated: Vec<_> = starts.iter().take_while(|s| s.is_some()).collect();
    assert!(dated.windows(2).all(|w| w[0] <= w[1]));
    assert!(starts[dated.len()..].iter().all(Option::is_none));
}

#[test]
fn input_order_never_changes_the_output() {
    let docs = seeds();
    let reference = extract_timeline(&docs).expect("timeline").to_json();
    let mut reversed = docs.clone();
    reversed.reverse();
    assert_eq!(extract_timeline(&reversed).expect("timeline").to_json(), reference);
    for k in 1..docs.len() {
        let mut rotated = docs.clone();
        rotated.rotate_left(k);
        assert_eq!(extract_timeline(&rotated).expect("timeline").to_json(), reference);
    }
}
