//! A sixth story, a football match told by a preview under a page stamp and a match report whose dateline
//! gives a month and a day and whose prose names no year, both written for this test: the report takes
//! its dateline's day in the year of the preview it shares events with, so that "on Saturday" is the day
//! of the match.

mod common;

use common::{date, events_with};
use timeline_extract::normalize::AnchorBasis;
use timeline_extract::{Document, Timeline, extract_timeline};

const PREVIEW: &str = "Rovers v United: team news and kick-off time\n\n\
Published: 14:05 GMT, Friday 7 November 2025\n\n\
Rovers host United at Ashfield on Saturday, with kick-off at 3pm.\n\n\
Rovers have won their last four league games, including a 3-1 win at Dale Park last weekend.\n\n\
United manager Sam Okafor said on Thursday that striker Leo Brandt would miss the game with a hamstring \
injury.\n";

const REPORT: &str = "Rovers 2-0 United: Kane double extends winning run\n\n\
ASHFIELD, Nov 8 - Tom Kane scored twice as Rovers beat United 2-0 on Saturday to extend their winning run \
to five league games.\n\n\
United, without injured striker Leo Brandt, rarely threatened after Okafor said on Thursday that Brandt \
would miss the game.\n\n\
Rovers won 3-1 at Dale Park last Saturday.\n";

fn timeline() -> Timeline {
    extract_timeline(&[Document::new("preview", PREVIEW), Document::new("report", REPORT)]).expect("timeline")
}

#[test]
fn a_dateline_with_no_year_anywhere_takes_the_year_of_the_events_shared() {
    let t = timeline();
    let report = t.documents.iter().find(|d| d.id == "report").expect("report");
    let anchor = report.anchor.expect("anchor");
    assert_eq!((anchor.value.to_string(), anchor.basis), ("2025-11-08".to_string(), AnchorBasis::Inferred));
    let result = events_with(&t, "beat United 2-0");
    assert_eq!(date(result[0]), Some("2025-11-08"));
    let win = events_with(&t, "Dale Park");
    assert!(win.iter().all(|e| matches!(date(e), Some("2025-11-01" | "2025-W44-WE"))), "{win:#?}");
}
