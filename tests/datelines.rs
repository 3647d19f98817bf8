//! Wire copies as agencies and sites write them, written for these tests: the document's date comes
//! from its dateline or its publication stamp, and a narrative's "two days later" is dated from the day
//! named before it.

use timeline_extract::normalize::AnchorBasis;
use timeline_extract::{Document, Timeline, extract_timeline};

fn timeline(docs: &[(&str, &str)]) -> Timeline {
    let docs: Vec<Document> = docs.iter().map(|(id, text)| Document::new(*id, *text)).collect();
    extract_timeline(&docs).expect("timeline")
}

fn anchor(t: &Timeline, id: &str) -> Option<(String, AnchorBasis)> {
    t.documents.iter().find(|d| d.id == id).and_then(|d| d.anchor).map(|a| (a.value.to_string(), a.basis))
}

fn date_of(t: &Timeline, words: &str) -> Option<String> {
    let e = t.events.iter().find(|e| e.reports.iter().any(|r| r.text.contains(words)))?;
    e.date.as_ref().map(|d| d.value.clone())
}

#[test]
fn datelines_and_stamps_in_their_common_forms_date_the_document() {
    let body = "Russia said on Saturday it had deployed air defence systems to its base in Syria.";
    let heads = [
        ("reuters", format!("Russia deploys missiles\n\nMOSCOW, Dec. 5, 2015 (Reuters) - {body}")),
        ("line", format!("MOSCOW, December 5, 2015\n\n{body}")),
        ("stamp", format!("Russia deploys missiles\n\nPublished: 5 December 2015\n\n{body}")),
        ("bullet", format!("Russia deploys missiles\n\n5 December 2015 \u{2022} 3 min read\n\n{body}")),
    ];
    let docs: Vec<(&str, &str)> = heads.iter().map(|(id, text)| (*id, text.as_str())).collect();
    let t = timeline(&docs);
    for (id, basis) in [
        ("reuters", AnchorBasis::Dateline),
        ("line", AnchorBasis::Dateline),
        ("stamp", AnchorBasis::Stamp),
        ("bullet", AnchorBasis::Dateline),
    ] {
        assert_eq!(anchor(&t, id), Some(("2015-12-05".to_string(), basis)), "{id}");
    }
    // "said on Saturday", written on Saturday 5 December 2015.
    assert_eq!(date_of(&t, "deployed air defence"), Some("2015-12-05".to_string()));
    // The wire dateline is no part of the sentence that reports the event.
    let reuters = t.events.iter().flat_map(|e| &e.reports).find(|r| r.doc == "reuters").expect("report");
    assert_eq!(reuters.text, body);
}

#[test]
fn a_length_of_time_later_dates_the_sentence_it_opens() {
    let t = timeline(&[(
        "story",
        "MOSCOW, December 5, 2015\n\nA Turkish F-16 shot down a Russian Su-24 bomber on November 24 near the \
         Syrian border. Two days later, Russia deployed S-400 missile systems to its air base. The day after, \
         Russia suspended military contacts with Turkey.",
    )]);
    assert_eq!(date_of(&t, "shot down"), Some("2015-11-24".to_string()));
    assert_eq!(date_of(&t, "S-400"), Some("2015-11-26".to_string()));
    assert_eq!(date_of(&t, "suspended military contacts"), Some("2015-11-27".to_string()));
}

#[test]
fn a_dateline_without_a_year_takes_it_from_the_prose() {
    let t = timeline(&[
        (
            "october",
            "BEIJING, Oct. 3 (Xinhua) -- Russian warplanes hit nine targets in Syria on Friday, the ministry said \
             Saturday.\n\nThe campaign began on Sept. 30, 2015, at the request of Damascus.",
        ),
        (
            "january",
            "BEIJING, Jan. 5 (Xinhua) -- Talks resumed on Monday, the ministry said.\n\nThe last round ended on \
             Dec. 20, 2015, in Vienna.",
        ),
        (
            "flood",
            "CALDER BRIDGE, Feb. 5 (Newsline) -- Floodwater poured into homes overnight.\n\nThe town last \
             flooded in December 2022, when the river reached 4.6 metres.",
        ),
        ("ahead", "BEIJING, Oct. 3 (Xinhua) -- Observers met on Friday.\n\nElections will be held in 2017."),
        (
            "background",
            "WASHINGTON, March 3 (Xinhua) -- The Fed cut rates on Tuesday, its first emergency cut since 2008.",
        ),
    ]);
    assert_eq!(anchor(&t, "october"), Some(("2015-10-03".to_string(), AnchorBasis::Inferred)));
    assert_eq!(date_of(&t, "nine targets"), Some("2015-10-02".to_string()));
    // A full date given as past later in the year than the dateline's day: the dateline is the year after.
    assert_eq!(anchor(&t, "january"), Some(("2016-01-05".to_string(), AnchorBasis::Inferred)));
    // So with a month given with its year: a dateline's day before December 2022 cannot tell it as past.
    assert_eq!(anchor(&t, "flood"), Some(("2023-02-05".to_string(), AnchorBasis::Inferred)));
    // A year named only as the future dates nothing.
    assert_eq!(anchor(&t, "ahead"), None);
    // Nor does a year named as background.
    assert_eq!(anchor(&t, "background"), None);
}

#[test]
fn a_dateline_over_a_year_alone_told_in_the_past_takes_the_year_of_the_documents_sharing_its_events() {
    let wire = "LONDON, May 24 (Reuters) - Harbour City won the Champions Cup on Saturday, beating Northfield 2-1 at \
                Wembley.\n\nThe club's last major trophy came in 1994.";
    let blog = "Cup final live\n\nLast updated: Sat 24 May 2025, 21:58 BST\n\nHarbour City won the Champions Cup \
                tonight, beating Northfield 2-1 at Wembley.";
    // Alone, the wire has no year: 1994 is history, not the year it was written.
    let t = timeline(&[("wire", wire)]);
    assert_eq!(anchor(&t, "wire"), None);
    let t = timeline(&[("wire", wire), ("blog", blog)]);
    assert_eq!(anchor(&t, "wire"), Some(("2025-05-24".to_string(), AnchorBasis::Inferred)));
    assert_eq!(date_of(&t, "beating Northfield"), Some("2025-05-24".to_string()));
}

#[test]
fn a_dateline_over_history_given_with_its_month_takes_the_year_of_the_documents_sharing_its_events() {
    let t = timeline(&[
        (
            "blog",
            "Storm Idris live\n\nTuesday 4 February 2025\n\n19:15 GMT\nPolice say the A59 is closed in both \
             directions between Calder Bridge and Holme after a landslip earlier this afternoon.",
        ),
        (
            "wire",
            "CALDER BRIDGE, England, Feb 5 (Newsline) - Floodwater poured into homes overnight.\n\nA landslip on \
             Tuesday closed the A59 road between Calder Bridge and Holme.\n\nThe town last flooded in December \
             2022, when the river reached 4.6 metres.",
        ),
    ]);
    // The prose's latest year puts the day in 2023; the blog that tells the landslip too puts it in 2025.
    assert_eq!(anchor(&t, "wire"), Some(("2025-02-05".to_string(), AnchorBasis::Inferred)));
    assert_eq!(date_of(&t, "A landslip on Tuesday"), Some("2025-02-04".to_string()));
}

#[test]
fn a_live_blogs_date_line_that_names_its_weekday_stands_over_a_year_of_history() {
    let t = timeline(&[(
        "blog",
        "Heatwave live\n\nMon 14 Jul 2025 18.05 BST\n\n14.32 BST\nThe weather agency has confirmed a temperature of \
         41.2C in Seville. The previous record, 40.8C, was set on 23 July 2022.\n\n11.15 BST\nA wildfire near \
         Tarragona has forced the evacuation of about 2,000 people. The fire broke out late on Sunday.",
    )]);
    assert_eq!(anchor(&t, "blog"), Some(("2025-07-14".to_string(), AnchorBasis::Dateline)));
    assert_eq!(date_of(&t, "The fire broke out"), Some("2025-07-13".to_string()));
}

#[test]
fn a_correction_notice_is_no_news_and_dates_the_page_only_when_nothing_else_does() {
    let story = "A former mayor was jailed for six years on Thursday for fraud.\n\nHe was convicted last month \
                 after a seven-week trial.\n\nCorrection, 14 November 2025: An earlier version of this article \
                 said he was convicted in September. He was convicted on 10 October.";
    let stamped = format!("Published: 12 November 2025\n\n{story}");
    let t = timeline(&[("notice", story), ("stamped", &stamped)]);
    // Alone, the notice's date anchors the page: the Thursday before it, the month before.
    assert_eq!(anchor(&t, "notice"), Some(("2025-11-14".to_string(), AnchorBasis::Stamp)));
    let of_doc = |doc: &str, words: &str| {
        let e = t.events.iter().find(|e| e.reports.iter().any(|r| r.doc == doc && r.text.contains(words)))?;
        e.date.as_ref().map(|d| d.value.clone())
    };
    assert_eq!(of_doc("notice", "jailed"), Some("2025-11-13".to_string()));
    assert_eq!(of_doc("notice", "convicted last month"), Some("2025-10".to_string()));
    // Under a publication stamp, the stamp dates the page.
    assert_eq!(anchor(&t, "stamped"), Some(("2025-11-12".to_string(), AnchorBasis::Stamp)));
    assert_eq!(of_doc("stamped", "jailed"), Some("2025-11-06".to_string()));
    // What the notice says, the wrong date with the right one, is no report.
    assert!(t.events.iter().flat_map(|e| &e.reports).all(|r| !r.text.contains("earlier version")));
    assert!(t.events.iter().flat_map(|e| &e.reports).all(|r| !r.text.contains("10 October")));
}

#[test]
fn a_publication_stamp_stands_over_a_year_named_as_background() {
    let t = timeline(&[(
        "posted",
        "Fed emergency cut\nPosted 03/03/2020 02:15 PM EST\nThe Federal Reserve cut interest rates by half a \
         percentage point today, its first emergency cut since 2008.",
    )]);
    assert_eq!(anchor(&t, "posted"), Some(("2020-03-03".to_string(), AnchorBasis::Stamp)));
    assert_eq!(date_of(&t, "emergency cut"), Some("2020-03-03".to_string()));
}

#[test]
fn a_numeric_stamp_is_read_in_the_order_the_page_writes_its_dates() {
    let page = |prose: &str| format!("Storm batters coast\n\nPublished 06/10/2015 09:12 BST\n\n{prose}");
    let british = page("The storm made landfall on 4 October. Power was restored by Tuesday morning.");
    let american = page("The storm made landfall on October 4. Power was restored by Tuesday morning.");
    let t = timeline(&[("british", british.as_str()), ("american", american.as_str())]);
    // Day first beside "4 October": the stamp is the 6th of October, and dates the page.
    assert_eq!(anchor(&t, "british"), Some(("2015-10-06".to_string(), AnchorBasis::Stamp)));
    // Month first beside "October 4": the 10th of June.
    assert_eq!(anchor(&t, "american"), Some(("2015-06-10".to_string(), AnchorBasis::Stamp)));
}

#[test]
fn a_length_later_than_something_compares_and_dates_nothing() {
    let t = timeline(&[(
        "story",
        "MOSCOW, December 5, 2015\n\nThe plant was built on March 3, 2013. It opened two years later than \
         planned, officials said on Friday.",
    )]);
    assert_eq!(date_of(&t, "built"), Some("2013-03-03".to_string()));
    assert_eq!(date_of(&t, "later than planned"), Some("2015-12-04".to_string()));
}
