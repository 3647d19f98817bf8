//! The renderings of the seed timeline: every event shown once, in order, escaped, in every format.

mod common;
use common::seeds;

use serde_json::Value;
use timeline_extract::render::{Format, Options, render};
use timeline_extract::{Timeline, extract_timeline};

fn timeline() -> Timeline {
    extract_timeline(&seeds()).expect("timeline")
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

/// Each needle found after the one before it.
fn in_order(haystack: &str, needles: impl IntoIterator<Item = String>) {
    let mut at = 0;
    for n in needles {
        match haystack[at..].find(&n) {
            Some(k) => at += k + n.len(),
            None => panic!("{n:?} not found after byte {at}"),
        }
    }
}

#[test]
fn the_page_shows_every_event_once_in_order_and_fetches_nothing() {
    let t = timeline();
    let page = t.to_html();
    assert_eq!(page.matches("<li class=\"event").count(), t.events.len());
    in_order(&page, t.events.iter().map(|e| format!("<p class=\"sentence\">{}</p>", escape_html(&one_line(&e.text)))));
    // Every report is behind its event.
    let reports: usize = t.events.iter().map(|e| e.reports.len()).sum();
    assert_eq!(page.matches("<li class=\"report\">").count(), reports);
    // Self-contained: no script, nothing to load, and a policy that forbids both.
    assert!(page.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
    ));
    for absent in ["<script", "src=", "http:", "https:", "url(", "@import", "<link"] {
        assert!(!page.contains(absent), "{absent}");
    }
}

#[test]
fn the_text_lists_every_event_under_its_date() {
    let t = timeline();
    let text = render(&t, Format::Text, &Options::new().width(0));
    in_order(&text, t.events.iter().map(|e| one_line(&e.text)));
    // The Kalibr launch, under its day, with its sources as labels in the column: beside the sentence, the
    // label of the source that wrote it.
    let launch = t
        .events
        .iter()
        .find(|e| e.reports.iter().any(|r| r.text.starts_with("On October 7, four missile ships")))
        .expect("the launch");
    assert_eq!(launch.sources.len(), 2);
    in_order(
        &text,
        [
            "\nWednesday 7 October 2015\n".to_string(),
            format!("\n  002          {}\n  Itar Tass 1\n", one_line(&launch.text)),
            "\nThursday 8 October 2015\n".to_string(),
        ],
    );
    // Wrapped, no line is wider than asked.
    let wrapped = render(&t, Format::Text, &Options::new().width(80));
    let widest = wrapped.lines().filter(|l| l.starts_with("  ")).map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(widest <= 80, "{widest}");
}

#[test]
fn the_markdown_has_a_footnote_for_every_source() {
    let t = timeline();
    let md = t.to_markdown();
    assert_eq!(md.lines().filter(|l| l.starts_with("- ")).count(), t.events.len());
    for k in 1..=t.documents.len() {
        assert!(md.contains(&format!("\n[^{k}]: ")), "footnote {k}");
    }
    assert!(md.contains("[^1]: **Itar Tass 1**: 000\\_8d1b5cfa222b0392.txt, Itar Tass; dated 2015-11-30 (dateline)"));
}

#[test]
fn the_timelinejs_file_has_a_slide_for_every_dated_event() {
    let t = timeline();
    let json: Value = serde_json::from_str(&t.to_timelinejs()).expect("JSON");
    let slides = json["events"].as_array().expect("events");
    let dated = t.events.iter().filter(|e| e.date.as_ref().is_some_and(|d| d.start.is_some())).count();
    assert_eq!(slides.len(), dated);
    assert!(json["title"]["text"]["headline"].is_string());
    let mut ids = std::collections::BTreeSet::new();
    for s in slides {
        assert!(s["start_date"]["year"].is_i64(), "{s}");
        let headline = s["text"]["headline"].as_str().expect("headline");
        assert!(!headline.is_empty() && unescape(headline).chars().count() <= 90, "{s}");
        assert!(s["text"]["text"].as_str().is_some_and(|h| h.starts_with("<p>")), "{s}");
        assert!(ids.insert(s["unique_id"].as_str().expect("id").to_string()));
        if let Some(end) = s.get("end_date") {
            assert!(end["year"].as_i64() >= s["start_date"]["year"].as_i64(), "{s}");
        }
    }
}

#[test]
fn renderings_ignore_fields_they_do_not_know() {
    let t = timeline();
    // A timeline from a later version, with more fields in every object.
    let mut json: Value = serde_json::from_str(&t.to_json()).expect("JSON");
    json["version"] = Value::from(2);
    for d in json["documents"].as_array_mut().expect("documents") {
        d["language"] = Value::from("en");
    }
    for e in json["events"].as_array_mut().expect("events") {
        e["x_later"] = Value::from(0.5);
        e["date"]["granularity"] = Value::from("day");
        for r in e["reports"].as_array_mut().expect("reports") {
            r["score"] = Value::from(1);
        }
    }
    let later = Timeline::from_json(&json.to_string()).expect("a timeline with more fields");
    for format in Format::ALL {
        assert_eq!(render(&later, format, &Options::new()), render(&t, format, &Options::new()), "{format}");
    }
}
