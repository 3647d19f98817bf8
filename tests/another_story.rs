//! A second story, told by four sources written for this test (a wire copy, an agency story with its
//! stamp after the lead, a live blog and an undated copy): the pipeline is not fitted to the seed
//! documents' story. Each event keeps its reports; figures that differ stay apart; the undated copy
//! takes its date from the events it shares; a promise made "on Thursday, his office said" is ahead; a
//! live blog entry's stamp dates the report, not the event it tells.

mod common;

use common::{date, events_with};
use timeline_extract::normalize::AnchorBasis;
use timeline_extract::{Document, Timeline, extract_timeline};

const REUTERS: &str = "Strong quake hits central Italy, dozens dead\n\n\
ROME, Aug. 24, 2016 (Reuters) - A magnitude 6.2 earthquake struck central Italy early on Wednesday, killing at \
least 38 people and reducing several mountain villages to rubble, officials said.\n\n\
The quake hit at 3:36 a.m. (0136 GMT) near the town of Norcia, the U.S. Geological Survey said.\n\n\
\"Half the town is gone,\" Amatrice mayor Sergio Pirozzi told state broadcaster RAI.\n\n\
Prime Minister Matteo Renzi will visit the area on Thursday.\n\n\
In 2009, a quake in the nearby city of L'Aquila killed more than 300 people.\n";

const AP: &str = "AMATRICE, Italy (AP) \u{2014} A 6.2-magnitude earthquake struck central Italy before dawn Wednesday, \
killing at least 38 people.\n\n\
Published: August 24, 2016 11:02 AM\n\n\
\"Half the town is gone,\" Amatrice Mayor Sergio Pirozzi said.\n\n\
The death toll rose to 120 by Wednesday evening, the civil protection agency said.\n\n\
The L'Aquila quake in April 2009 killed more than 300 people.\n";

const BLOG: &str = "Italy earthquake: live updates\n\n25 August 2016\n\n\
09:15 The death toll has risen to 247, the civil protection agency said this morning.\n\n\
24 August 2016\n\n\
22:40 The death toll rose to 120 on Wednesday evening, according to the civil protection agency.\n\n\
07:00 A magnitude 6.2 earthquake struck central Italy at 3:36 a.m., killing at least 38 people, officials said.\n";

const UNDATED: &str = "Earthquake in Italy\n\n\
A powerful earthquake struck central Italy on Wednesday, killing at least 38 people. The quake hit at 3:36 a.m. \
near Norcia.\n\n\
Prime Minister Matteo Renzi will visit the area on Thursday, his office said.\n\n\
Updated 8 years ago\n";

fn timeline() -> Timeline {
    let docs = [("reuters", REUTERS), ("ap", AP), ("blog", BLOG), ("undated", UNDATED)];
    let docs: Vec<Document> = docs.iter().map(|(id, text)| Document::new(*id, *text)).collect();
    extract_timeline(&docs).expect("timeline")
}

#[test]
fn the_same_happening_is_one_event_with_every_report() {
    let t = timeline();
    let quake = events_with(&t, "38 people");
    assert_eq!(quake.len(), 1, "{quake:#?}");
    assert_eq!(date(quake[0]), Some("2016-08-24"));
    for doc in ["ap", "blog", "reuters", "undated"] {
        assert!(quake[0].sources.iter().any(|s| s == doc), "{doc} missing from {:?}", quake[0].sources);
    }
    let quote = events_with(&t, "Half the town is gone");
    assert_eq!(quote.len(), 1);
    assert_eq!(quote[0].sources, ["ap", "reuters"]);
}

#[test]
fn different_figures_stay_apart_on_their_own_days() {
    let t = timeline();
    let toll_120 = events_with(&t, "to 120");
    let toll_247 = events_with(&t, "to 247");
    assert_eq!(toll_120.len(), 1);
    assert_eq!(toll_247.len(), 1);
    assert!(!std::ptr::eq(toll_120[0], toll_247[0]));
    assert_eq!(toll_120[0].sources, ["ap", "blog"]);
    assert_eq!(date(toll_120[0]), Some("2016-08-24"));
    assert_eq!(date(toll_247[0]), Some("2016-08-25"));
    // The 2009 quake is background, not the 2016 one.
    let aquila = events_with(&t, "L'Aquila");
    assert!(aquila.iter().all(|e| date(e).is_some_and(|d| d.starts_with("2009"))), "{aquila:#?}");
}

#[test]
fn the_undated_copy_takes_its_date_and_a_framed_promise_is_ahead() {
    let t = timeline();
    let undated = t.documents.iter().find(|d| d.id == "undated").and_then(|d| d.anchor).expect("anchor");
    assert_eq!((undated.value.to_string(), undated.basis), ("2016-08-24".to_string(), AnchorBasis::Inferred));
    let visit = events_with(&t, "will visit the area on Thursday");
    assert_eq!(visit.len(), 1, "{visit:#?}");
    assert_eq!(date(visit[0]), Some("2016-08-25"));
    assert_eq!(visit[0].sources, ["reuters", "undated"]);
}

#[test]
fn a_live_blog_entry_stamp_is_the_time_of_the_report_not_of_the_event() {
    let blog = "Syria live\n\nSunday 4 October 2015\n\n21:05 Turkey said a Russian jet violated its airspace on \
                Saturday.\n\n20:10 Jets hit 10 targets in Raqqa, the ministry said.";
    let wire = "MOSCOW, October 5, 2015 (Reuters) - Turkey said on Sunday that a Russian jet had violated its \
                airspace on Saturday.";
    let docs = [Document::new("blog", blog), Document::new("wire", wire)];
    let t = extract_timeline(&docs).expect("timeline");
    let violation = events_with(&t, "violated its airspace");
    assert_eq!(violation.len(), 1, "{violation:#?}");
    assert_eq!(date(violation[0]), Some("2015-10-03"));
    assert_eq!(violation[0].sources, ["blog", "wire"]);
    // With no other date, the entry's stamp dates it: the day of its section.
    assert_eq!(events_with(&t, "10 targets").first().and_then(|e| date(e)), Some("2015-10-04"));
}

#[test]
fn a_length_after_a_day_dates_the_event_that_long_after_it() {
    let wire = "ROME, Aug. 28, 2016 (Reuters) - Aftershocks kept rescuers away from the ruins.\n\n\
                Three days after the Aug. 24 quake, a state funeral was held in Ascoli Piceno for 35 victims.";
    let agency = "ASCOLI PICENO, Italy, Aug. 29, 2016 (AP) - Officials said the toll had risen to 290.\n\n\
                  On Saturday, Aug. 27, a state funeral was held in Ascoli Piceno for 35 victims.";
    let docs = [Document::new("wire", wire), Document::new("agency", agency)];
    let t = extract_timeline(&docs).expect("timeline");
    let funeral = events_with(&t, "state funeral");
    assert_eq!(funeral.len(), 1, "{funeral:#?}");
    assert_eq!(date(funeral[0]), Some("2016-08-27"));
    assert_eq!(funeral[0].sources, ["agency", "wire"]);
    // Alone, the wire copy dates it so too, not by its own date (Aug. 28) nor by the quake's.
    let alone = extract_timeline(&docs[..1]).expect("timeline");
    assert_eq!(events_with(&alone, "state funeral").first().and_then(|e| date(e)), Some("2016-08-27"));
}
