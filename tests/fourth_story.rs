//! A fourth story, a flood told by a wire copy, a newspaper page and an undated copy, all written for this
//! test: a sentence that tells a time in each of two clauses reports two events, so that the undated
//! copy's "burst its banks on Tuesday night" joins the wire's clause and not its Monday; a page's
//! "Published" stamp stands though the only year its prose names is history ("In 2001, ...").

mod common;

use common::{date, events_with};
use timeline_extract::normalize::AnchorBasis;
use timeline_extract::{Document, Timeline, extract_timeline};

const WIRE: &str = "PORTO, Portugal, March 14, 2024 (Wire) - Floods along the Douro river forced more than 3,000 \
people from their homes on Wednesday, regional authorities said on Thursday.\n\n\
Heavy rain began falling on Monday, and the river burst its banks on Tuesday night, flooding the old quarter of \
the city.\n\n\
The civil protection agency said the water would start to recede on Saturday.\n";

const PAPER: &str = "Douro floods: thousands leave their homes\n\nPublished 15 March 2024\n\n\
More than 3,000 people were forced from their homes along the Douro on Wednesday as the river rose to its \
highest level in decades.\n\n\
In 2001, a bridge collapse on the same river killed 59 people.\n\n\
Officials expect the water to recede by the weekend.\n";

const UNDATED: &str = "Douro river bursts its banks\n\n\
The Douro burst its banks on Tuesday night, flooding the old quarter of Porto.\n\n\
More than 3,000 people left their homes on Wednesday, the regional authorities said.\n";

fn timeline() -> Timeline {
    let docs = [Document::new("wire", WIRE), Document::new("paper", PAPER), Document::new("undated", UNDATED)];
    extract_timeline(&docs).expect("timeline")
}

#[test]
fn each_clause_with_a_time_of_its_own_is_a_report_of_its_own() {
    let t = timeline();
    let rain = events_with(&t, "Heavy rain");
    assert_eq!(rain.len(), 1, "{rain:#?}");
    assert_eq!(date(rain[0]), Some("2024-03-11"));
    assert_eq!(rain[0].reports.len(), 1);
    assert_eq!(rain[0].reports[0].text, "Heavy rain began falling on Monday");

    let banks = events_with(&t, "burst its banks");
    assert_eq!(banks.len(), 1, "{banks:#?}");
    assert_eq!(date(banks[0]), Some("2024-03-12"));
    let mut sources: Vec<&str> = banks[0].reports.iter().map(|r| r.doc.as_str()).collect();
    sources.sort_unstable();
    assert_eq!(sources, ["undated", "wire"]);
}

#[test]
fn a_published_stamp_stands_over_a_bare_year_of_history() {
    let t = timeline();
    let paper = t.documents.iter().find(|d| d.id == "paper").expect("paper");
    let anchor = paper.anchor.expect("anchor");
    assert_eq!((anchor.value.to_string(), anchor.basis), ("2024-03-15".to_string(), AnchorBasis::Stamp));
    let history = events_with(&t, "bridge collapse");
    assert_eq!(date(history[0]), Some("2001"));
}
