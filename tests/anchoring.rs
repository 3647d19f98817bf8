//! Cross-source anchoring on documents written for these tests: a dateline that the shared events
//! contradict gives way, one contradicting report does not move it, and an undated copy takes its date.

use timeline_extract::normalize::AnchorBasis;
use timeline_extract::{Document, Timeline, extract_timeline};

fn timeline(docs: &[(&str, &str)]) -> Timeline {
    let docs: Vec<Document> = docs.iter().map(|(id, text)| Document::new(*id, *text)).collect();
    extract_timeline(&docs).expect("timeline")
}

fn anchor(t: &Timeline, id: &str) -> (String, AnchorBasis) {
    let a = t.documents.iter().find(|d| d.id == id).and_then(|d| d.anchor).expect("anchor");
    (a.value.to_string(), a.basis)
}

const WIRE: &str = "07 October 2015\n\nFour warships launched 26 cruise missiles at targets in Syria on Wednesday.\n\n\
                    Jets flew 67 sorties over Hama province on Wednesday.";

#[test]
fn a_dateline_that_shared_events_contradict_gives_way() {
    // A copy republished months later under a new dateline: "yesterday" is the day after the launch.
    let t = timeline(&[
        ("wire", WIRE),
        (
            "copy",
            "20 March 2016\n\nFour warships launched 26 cruise missiles at targets in Syria yesterday.\n\n\
             Jets flew 67 sorties over Hama province yesterday.",
        ),
    ]);
    assert_eq!(anchor(&t, "copy"), ("2015-10-08".to_string(), AnchorBasis::Inferred));
    let launch = t.events.iter().find(|e| e.text.contains("26 cruise missiles")).expect("event");
    assert_eq!(launch.sources, ["copy", "wire"]);
    assert_eq!(launch.date.as_ref().map(|d| d.value.as_str()), Some("2015-10-07"));
}

#[test]
fn one_contradicting_report_does_not_move_a_dateline() {
    let t = timeline(&[
        ("wire", WIRE),
        (
            "copy",
            "20 March 2016\n\nFour warships launched 26 cruise missiles at targets in Syria yesterday.\n\n\
             The talks in Geneva ended without an agreement on Saturday.",
        ),
    ]);
    assert_eq!(anchor(&t, "copy"), ("2016-03-20".to_string(), AnchorBasis::Dateline));
}

#[test]
fn an_undated_copy_takes_the_date_of_the_events_it_shares() {
    let t = timeline(&[
        ("wire", WIRE),
        ("copy", "Four warships launched 26 cruise missiles at targets in Syria yesterday, officials said."),
    ]);
    assert_eq!(anchor(&t, "copy"), ("2015-10-08".to_string(), AnchorBasis::Inferred));
}

#[test]
fn a_plan_that_another_source_tells_bounds_no_date() {
    // The wire tells of the next meeting in the future tense: that day is no floor for the undated copy,
    // whose date comes from the rise both tell.
    let t = timeline(&[
        (
            "wire",
            "LONDON, March 16, 2026 (Reuters) - The central bank raised its key rate by a quarter point on \
             Thursday, the second increase in as many months.\n\nOfficials will meet again on April 30 to \
             review the rate.",
        ),
        (
            "copy",
            "The central bank raised its key rate by a quarter point on March 12, the second increase in as \
             many months.\n\nOfficials meet again on April 30 to review the rate.",
        ),
    ]);
    assert_eq!(anchor(&t, "copy"), ("2026-03-12".to_string(), AnchorBasis::Inferred));
}

const STORM: &str = "LONDON, March 4, 2026 (Reuters) - Storm winds battered southern England on Tuesday, cutting power \
                     to 40,000 homes.\n\nRail operators cancelled 300 trains on Tuesday morning.\n\n\
                     On Wednesday, engineers restored power to 25,000 homes, the network operator said.";

#[test]
fn a_part_of_the_day_after_a_named_day_pins_no_anchor() {
    // "in the morning" is the morning of the Tuesday just named: it says nothing of the day of writing, which
    // the Wednesday shared with the wire puts after it.
    let t = timeline(&[
        ("wire", STORM),
        (
            "copy",
            "Storm winds battered southern England on Tuesday, cutting power to 40,000 homes. About 300 trains \
             were cancelled in the morning.\n\nEngineers restored power to 25,000 homes on Wednesday.",
        ),
    ]);
    assert_eq!(anchor(&t, "copy"), ("2026-03-04".to_string(), AnchorBasis::Inferred));
    let restored = t.events.iter().find(|e| e.text.contains("25,000 homes")).expect("event");
    assert_eq!(restored.sources, ["copy", "wire"]);
}

#[test]
fn a_weekday_told_after_the_shared_event_moves_the_anchor_up_to_it() {
    // The shared Tuesday allows any day of the week after it; the copy's own Wednesday, told in the past,
    // says it was written on that Wednesday at the earliest, not that the Wednesday is a week back.
    let t = timeline(&[
        ("wire", STORM),
        (
            "copy",
            "Storm winds battered southern England on Tuesday, cutting power to 40,000 homes.\n\n\
             Schools in Kent stayed shut on Wednesday as crews cleared fallen trees.",
        ),
    ]);
    assert_eq!(anchor(&t, "copy"), ("2026-03-04".to_string(), AnchorBasis::Inferred));
    let schools = t.events.iter().find(|e| e.text.contains("Schools")).expect("event");
    assert_eq!(schools.date.as_ref().map(|d| d.value.as_str()), Some("2026-03-04"));
}

#[test]
fn an_undated_copy_takes_its_date_from_pages_dated_by_their_stamps_when_nothing_firmer_dates_it() {
    // Every dated page is dated by its publication stamp, so its weekdays hang on that stamp; the wire copy
    // without a date takes its anchor from them rather than staying undated.
    let t = timeline(&[
        (
            "page",
            "Bridge to close for repairs\nPublished 5 March 2025\n\nCity engineers said on Tuesday that the Harbor \
             Street bridge would close for six weeks of repairs.\n\nThe council approved a $4.1 million contract \
             for the work last month.",
        ),
        (
            "wire",
            "PORTSMOUTH (AP) \u{2014} City engineers said Tuesday that the Harbor Street bridge would close for six \
             weeks of repairs.",
        ),
    ]);
    assert_eq!(anchor(&t, "page"), ("2025-03-05".to_string(), AnchorBasis::Stamp));
    assert_eq!(anchor(&t, "wire"), ("2025-03-04".to_string(), AnchorBasis::Inferred));
    let closing = t.events.iter().find(|e| e.text.contains("Harbor Street bridge")).expect("event");
    assert_eq!(closing.sources, ["page", "wire"]);
    assert_eq!(closing.date.as_ref().map(|d| d.value.as_str()), Some("2025-03-04"));
}

#[test]
fn one_contradicting_report_does_not_move_a_stamp_of_publication() {
    // The page's own "Posted" line yields as a dateline does: one report whose weekday disagrees (told the
    // day after in the wire, a week later on the page) is not enough; an unlabelled timestamp still yields.
    let wire = "18 November 2026\n\nThe ministry said on Monday that 40 people were hurt in the blast at the \
                Kestrel refinery.";
    let page = |line: &str| {
        format!(
            "Refinery blast\n{line}\n\nThe ministry said on Monday that 40 people were hurt in the blast at the Kestrel refinery."
        )
    };
    let t = timeline(&[("wire", wire), ("page", &page("Posted Wednesday, November 25, 2026"))]);
    assert_eq!(anchor(&t, "page"), ("2026-11-25".to_string(), AnchorBasis::Stamp));
    let t = timeline(&[("wire", wire), ("page", &page("09:12 GMT 25 Nov 2026"))]);
    assert_eq!(anchor(&t, "page").1, AnchorBasis::Inferred);
}

#[test]
fn a_yearless_dateline_takes_its_year_from_an_event_told_at_the_same_minute() {
    // The wire names no year; its lead and the blog's entry share little but the time of landfall.
    let t = timeline(&[
        (
            "wire",
            "MANILA, Nov 23 (AFP) - Typhoon Kamal made landfall in northern Luzon at 2:40 a.m. local time on Monday, \
             packing sustained winds of 185 kph, the state weather bureau said.",
        ),
        (
            "blog",
            "Updated 23 November 2026, 09:15\n\n07:55 Kamal made landfall at 2:40am near Santa Ana, the weather \
             bureau confirms.\n\n08:40 Power has been cut to about 1.2 million homes, the grid operator says.",
        ),
    ]);
    assert_eq!(anchor(&t, "wire"), ("2026-11-23".to_string(), AnchorBasis::Inferred));
    let landfall = t.events.iter().find(|e| e.text.contains("landfall")).expect("event");
    assert_eq!(landfall.sources, ["blog", "wire"]);
}

#[test]
fn a_yearless_dateline_that_shares_no_event_takes_the_year_of_the_other_reports() {
    let wire = "BRASILIA, Nov 21 (Reuters) - Brazil's transport ministry on Friday ordered an inspection of every \
                federal highway bridge after a deadly collapse this week.";
    let other = |dateline: &str| {
        format!(
            "PORTO ALEGRE, {dateline} (AP) - A highway bridge collapsed in the city on Wednesday morning, killing three."
        )
    };
    let t = timeline(&[("wire", wire), ("other", &other("Nov. 19, 2025"))]);
    assert_eq!(anchor(&t, "wire"), ("2025-11-21".to_string(), AnchorBasis::Inferred));
    let order = t.events.iter().find(|e| e.text.contains("inspection")).expect("event");
    assert_eq!(order.date.as_ref().map(|d| d.value.as_str()), Some("2025-11-21"));
    // Not from a report months away from that day in every year, nor alone.
    let t = timeline(&[("wire", wire), ("other", &other("June 2, 2025"))]);
    assert!(t.documents.iter().find(|d| d.id == "wire").is_some_and(|d| d.anchor.is_none()));
    let t = timeline(&[("wire", wire)]);
    assert!(t.documents[0].anchor.is_none());
}

#[test]
fn a_yearless_dateline_takes_its_year_from_a_shared_event_over_history_told_with_its_month() {
    // The prose's only year with a month is history's; the verdict, dated from the dateline, is shared with a
    // dated report.
    let wire = "NEW YORK, Nov 23 (Reuters) - Former fund manager Daniel Kerr was found guilty on Monday on four \
                counts of securities and wire fraud.\n\nThe fund collapsed in February 2024.";
    let paper = "Published Nov. 23, 2026\n\nDaniel Kerr was found guilty Monday afternoon on four counts of \
                 securities and wire fraud.";
    let t = timeline(&[("wire", wire), ("paper", paper)]);
    assert_eq!(anchor(&t, "wire"), ("2026-11-23".to_string(), AnchorBasis::Inferred));
    let verdict = t.events.iter().find(|e| e.text.contains("guilty")).expect("event");
    assert_eq!(verdict.sources, ["paper", "wire"]);
    // A shared event with a date of its own says nothing of the day of writing: the prose's year stays.
    let wire = "NEW YORK, Nov 23 (Reuters) - Analysts met on Monday.\n\nThe fund collapsed in February 2024.";
    let t = timeline(&[("wire", wire), ("paper", "Published Nov. 23, 2026\n\nThe fund collapsed in February 2024.")]);
    assert_eq!(anchor(&t, "wire"), ("2024-11-23".to_string(), AnchorBasis::Inferred));
}

#[test]
fn a_text_that_declares_its_day_is_dated_by_it() {
    // An almanac opens by saying what day it is; the years of history it tells date nothing.
    let almanac = "Today in History\n\nToday is Tuesday, Nov. 24, the 328th day of 2026. There are 37 days left in \
                   the year.\n\nOn Nov. 24, 1963, Jack Ruby shot Lee Harvey Oswald.\n\nTen years ago: A stadium was \
                   approved.";
    let t = timeline(&[("almanac", almanac)]);
    assert_eq!(anchor(&t, "almanac"), ("2026-11-24".to_string(), AnchorBasis::Inferred));
    let approved = t.events.iter().find(|e| e.text.contains("stadium")).expect("event");
    assert_eq!(approved.date.as_ref().map(|d| d.value.as_str()), Some("2016"));
    // With its year, as a dateline.
    let t = timeline(&[("dated", "Today is Friday, March 6, 2026.\n\nOn this day in 1899, aspirin was patented.")]);
    assert_eq!(anchor(&t, "dated"), ("2026-03-06".to_string(), AnchorBasis::Dateline));
    // Not a day named later in a paragraph, nor in the past.
    for text in ["The fair opens soon. Today is Friday, March 6, 2026.", "Today was Friday, March 6, 2026."] {
        let t = timeline(&[("other", text)]);
        assert!(t.documents[0].anchor.is_none_or(|a| a.basis != AnchorBasis::Dateline), "{text}");
    }
}
