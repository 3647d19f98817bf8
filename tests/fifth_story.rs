//! A fifth story, an obituary told by a paper, a news agency whose dateline gives no year, and a look back
//! from a year earlier, all written for this test: the agency's only years are history ("the 1983 survey",
//! "in 2004"), so the events it shares with the dated paper give its dateline's year; a look back whose
//! prose gives its year with a month keeps it. A time in a relative clause ("whose studies ... in the
//! 1980s changed ...") does not date the sentence's own event.

mod common;

use common::{date, events_with};
use timeline_extract::normalize::AnchorBasis;
use timeline_extract::{Document, Timeline, extract_timeline};

const PAPER: &str = "Margaret Ellison, pioneering marine biologist, dies at 92\n\n\
By Tom Hale | March 4, 2025\n\n\
Margaret Ellison, whose studies of coral bleaching in the 1980s changed how the world saw its reefs, died on \
Sunday at her home in Hobart. She was 92.\n\n\
In 1983 she led the first survey of bleaching on the Great Barrier Reef.\n\n\
Ellison was awarded the Order of Australia in 2004.\n\n\
A memorial service will be held on March 15.\n";

const AGENCY: &str = "Reef scientist Margaret Ellison dead at 92\n\n\
HOBART, March 3 (AAP) - Margaret Ellison, the marine biologist who first charted coral bleaching on the Great \
Barrier Reef, has died aged 92, her family said on Monday.\n\n\
Ellison died on Sunday, her daughter Ruth Ellison said in a statement.\n\n\
Ellison's 1983 survey of the reef was the first of its kind. She received the Order of Australia in 2004 for \
services to marine science.\n\n\
A memorial will take place in Hobart on 15 March, the family said.\n";

const LOOK_BACK: &str = "Forty years on, the reef survey that sounded the alarm\n\n\
TOWNSVILLE, March 3 (AAP) - Scientists met on February 28, 2024 to mark four decades of reef monitoring.\n\n\
In 1983 Margaret Ellison led the first survey of bleaching on the Great Barrier Reef.\n";

fn timeline() -> Timeline {
    let docs = [Document::new("paper", PAPER), Document::new("agency", AGENCY), Document::new("look-back", LOOK_BACK)];
    extract_timeline(&docs).expect("timeline")
}

fn anchor(t: &Timeline, id: &str) -> (String, AnchorBasis) {
    let doc = t.documents.iter().find(|d| d.id == id).expect("document");
    let a = doc.anchor.expect("anchor");
    (a.value.to_string(), a.basis)
}

#[test]
fn a_dateline_without_a_year_takes_it_from_the_events_shared() {
    let t = timeline();
    assert_eq!(anchor(&t, "agency"), ("2025-03-03".to_string(), AnchorBasis::Inferred));
    // A look back whose prose gives its year with a month keeps that year, though it shares an event too.
    assert_eq!(anchor(&t, "look-back"), ("2024-03-03".to_string(), AnchorBasis::Inferred));
    let memorial = events_with(&t, "memorial");
    assert!(memorial.iter().all(|e| date(e) == Some("2025-03-15")), "{memorial:#?}");
    let monday = events_with(&t, "her family said on Monday");
    assert_eq!(date(monday[0]), Some("2025-03-03"));
}

#[test]
fn a_time_in_a_relative_clause_leaves_the_event_to_the_main_clause() {
    let t = timeline();
    let died = events_with(&t, "whose studies of coral bleaching");
    assert_eq!(died.len(), 1);
    assert_eq!(date(died[0]), Some("2025-03-02"));
}
