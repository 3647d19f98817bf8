//! A third story, told by two wire copies written for this test: the same figure written two ways
//! ("magnitude 6.8", "6.8-magnitude") joins the two reports of the quake; a toll that "rose to 57 on
//! Sunday" after "Friday's earthquake" is Sunday's; mourning declared on Saturday "starting on Sunday" is
//! the next day, not the Sunday before; a copy whose page stamp the shared events allow keeps it.

mod common;

use common::{date, events_with};
use timeline_extract::normalize::AnchorBasis;
use timeline_extract::{Document, Timeline, extract_timeline};

const FIRST: &str = "Quake kills dozens in coastal province\n\n\
ANTALYA, March 4, 2023 (Reuters) - A magnitude 6.8 earthquake struck the coastal province of Antalya early on \
Friday, killing at least 42 people and injuring more than 300, officials said on Saturday.\n\n\
On Thursday, a smaller tremor of magnitude 4.1 had shaken the same area, the agency said.\n\n\
The government declared three days of national mourning, starting on Sunday.\n";

const SECOND: &str = "Antalya earthquake: death toll rises to 57\n\nMarch 5, 2023\n\n\
The death toll from Friday's earthquake in Antalya rose to 57 on Sunday, the health ministry said.\n\n\
A 6.8-magnitude quake struck the province at 3:12 a.m. on Friday, destroying hundreds of homes.\n";

const STAMPED: &str = "Quake toll rises\n\nLast updated: Monday, 6 March 2023\n\n\
The death toll from Friday's earthquake in Antalya rose to 57 on Sunday, the health ministry said.\n";

fn timeline() -> Timeline {
    let docs = [Document::new("first", FIRST), Document::new("second", SECOND), Document::new("stamped", STAMPED)];
    extract_timeline(&docs).expect("timeline")
}

#[test]
fn one_figure_written_two_ways_joins_the_reports() {
    let t = timeline();
    let quake = events_with(&t, "struck");
    assert_eq!(quake.len(), 1, "{quake:#?}");
    assert_eq!(date(quake[0]), Some("2023-03-03"));
    assert_eq!(quake[0].reports.len(), 2);
    // The tremor the day before, at magnitude 4.1, stays apart.
    let tremor = events_with(&t, "4.1");
    assert_eq!(tremor.len(), 1);
    assert_eq!(date(tremor[0]), Some("2023-03-02"));
    assert_eq!(tremor[0].reports.len(), 1);
}

#[test]
fn a_day_in_the_possessive_leaves_the_date_to_the_sentence_own_day() {
    let t = timeline();
    let toll = events_with(&t, "rose to 57");
    assert_eq!(toll.len(), 1);
    assert_eq!(date(toll[0]), Some("2023-03-05"));
}

#[test]
fn a_start_declared_in_the_past_is_the_nearest_such_day() {
    let t = timeline();
    let mourning = events_with(&t, "starting on Sunday");
    assert_eq!(mourning.len(), 1);
    assert_eq!(date(mourning[0]), Some("2023-03-05"));
}

#[test]
fn a_page_stamp_that_the_shared_events_allow_stands() {
    let t = timeline();
    let stamped = t.documents.iter().find(|d| d.id == "stamped").and_then(|d| d.anchor).expect("anchor");
    assert_eq!((stamped.value.to_string(), stamped.basis), ("2023-03-06".to_string(), AnchorBasis::Stamp));
    assert_eq!(events_with(&t, "rose to 57")[0].reports.len(), 2);
}
