//! Event identity on pairs written for these tests: rewrites that must merge, look-alikes that must not,
//! and dates that are compatible without being equal.

use timeline_extract::timeline::Event;
use timeline_extract::{Document, Timeline, extract_timeline};

fn timeline(texts: &[&str]) -> Timeline {
    let docs: Vec<Document> = texts.iter().enumerate().map(|(k, t)| Document::new(format!("d{k}"), *t)).collect();
    extract_timeline(&docs).expect("timeline")
}

fn with<'t>(t: &'t Timeline, needle: &str) -> &'t Event {
    let found: Vec<&Event> = t.events.iter().filter(|e| e.reports.iter().any(|r| r.text.contains(needle))).collect();
    assert_eq!(found.len(), 1, "{needle}: {found:#?}");
    found[0]
}

#[test]
fn a_month_holds_its_days() {
    let t = timeline(&[
        "30Nov15\n\nIn October 2015, four warships fired 26 cruise missiles at targets in Syria from the Caspian Sea.",
        "07 October 2015\n\nOn October 7, four Russian warships launched 26 cruise missiles from the Caspian Sea.",
    ]);
    let e = with(&t, "In October 2015");
    assert_eq!(e, with(&t, "On October 7"));
    let date = e.date.as_ref().expect("date");
    assert_eq!(date.value, "2015-10-07");
    // Both dates hold the chosen day: the explicit day is fully confirmed.
    assert_eq!(e.confidence.date, Some(1.0));
    assert!(e.confidence.merge.is_some_and(|m| m > 0.0 && m <= 1.0));
}

#[test]
fn a_day_told_within_a_firmer_month_refines_it_but_a_statements_day_does_not() {
    // The month is explicit, the Monday relative to a dateline without a year: the Monday lies within the
    // month, and dates the event.
    let t = timeline(&[
        "Heatwave live\n\nMon 14 Jul 2025 18.05 BST\n\n14.32 BST\nThe weather agency has confirmed a temperature of \
         41.2C in Seville, a record for July.",
        "MADRID, July 14 (Reuters) - Seville recorded a temperature of 41.2C on Monday, a record for July, the \
         weather agency said.",
    ]);
    let e = with(&t, "record for July");
    assert_eq!(e.sources.len(), 2, "{e:#?}");
    assert_eq!(e.date.as_ref().map(|d| d.value.as_str()), Some("2025-07-14"));
    // The day a statement was made is not the day of what it tells.
    let t = timeline(&[
        "SAN DIEGO, Aug. 6, 2026 - Revenue for the fiscal third quarter was $412 million, up 18% from $349 million.",
        "Published August 7, 2026\n\nLumen said on Wednesday its fiscal third-quarter revenue rose 18% to $412 \
         million from $349 million.",
    ]);
    let e = with(&t, "$412");
    assert_eq!(e.sources.len(), 2, "{e:#?}");
    assert_eq!(e.date.as_ref().map(|d| d.value.as_str()), Some("2026-Q3"));
}

#[test]
fn the_same_words_on_disjoint_days_are_two_events() {
    let t = timeline(&[
        "30Nov15\n\nOn October 7, four warships fired 26 cruise missiles at targets in Syria.",
        "30Nov15\n\nOn November 20, four warships fired 26 cruise missiles at targets in Syria.",
    ]);
    assert_ne!(with(&t, "On October 7"), with(&t, "On November 20"));
}

#[test]
fn rewrites_that_keep_figures_and_names_merge() {
    let t = timeline(&[
        "08 October 2015\n\nRussia's Caspian Flotilla fired 26 Kalibr missiles at 11 targets in Syria on Wednesday, the defence ministry said.",
        "08 October 2015\n\nOn Wednesday, 26 Kalibr cruise missiles were launched from the Caspian Sea and hit all 11 targets, according to Moscow.",
    ]);
    let e = with(&t, "Caspian Flotilla");
    assert_eq!(e, with(&t, "were launched"));
    assert_eq!(e.date.as_ref().map(|d| d.value.as_str()), Some("2015-10-07"));
}

#[test]
fn look_alikes_with_other_figures_or_other_words_stay_apart() {
    let t = timeline(&[
        "08 October 2015\n\nRussian jets flew 20 sorties over Hama province on Wednesday.",
        "08 October 2015\n\nRussian jets flew 64 sorties over Hama province on Wednesday.",
        "08 October 2015\n\nRebels shelled a market in Aleppo on Wednesday, killing civilians.",
        "08 October 2015\n\nRussian jets bombed a bakery in Idlib on Wednesday, witnesses said.",
    ]);
    let twenty = with(&t, "20 sorties");
    assert_ne!(twenty, with(&t, "64 sorties"));
    assert_ne!(with(&t, "Aleppo"), with(&t, "Idlib"));
    // A single report has no merge confidence; its date rests on a weekday under a dateline.
    assert_eq!(twenty.confidence.merge, None);
    assert_eq!(twenty.confidence.date, Some(0.9));
}

#[test]
fn different_places_in_the_same_words_are_two_events() {
    let t = timeline(&[
        "07 October 2015\n\nRussian jets struck a command post in Hama on Tuesday.",
        "07 October 2015\n\nRussian jets struck a command post in Idlib on Tuesday.",
        "08 October 2015\n\nOn Tuesday, Russian jets struck a militant command post in Hama province, the ministry said.",
    ]);
    let hama = with(&t, "in Hama on Tuesday");
    assert_ne!(hama, with(&t, "in Idlib"));
    assert_eq!(hama, with(&t, "Hama province"));
}

#[test]
fn a_report_without_the_place_does_not_chain_two_places() {
    let t = timeline(&[
        "07 October 2015\n\nRussian jets struck a command post in Hama on Tuesday.",
        "07 October 2015\n\nRussian jets struck a command post on Tuesday, destroying it.",
        "07 October 2015\n\nRussian jets struck a command post in Idlib on Tuesday.",
    ]);
    assert_ne!(with(&t, "in Hama"), with(&t, "in Idlib"));
}
