//! Properties of the tagger and the pipeline over generated text: no panic, spans on char boundaries
//! inside the text, values that parse as TIMEX3, ordered ranges, whatever the text and whatever the
//! document date (year 0, chrono's extremes, 29 February...).

use chrono::NaiveDate;
use once_cell::sync::Lazy;
use proptest::prelude::*;
use regex::Regex;
use timeline_extract::lang::Lexicon;
use timeline_extract::parse::{sentences, temporal, tokens};
use timeline_extract::{Document, extract_timeline, tag};

/// Pieces of text that exercise the grammar: dates real and impossible, numbers, codes, units,
/// relative words, punctuation, non-ASCII letters.
const FRAGMENTS: &[&str] = &[
    "On",
    "October",
    "Oct.",
    "7",
    "7th",
    "30",
    "31",
    "29",
    "February",
    "September",
    "2015",
    "1999",
    "0",
    "0000",
    "275760",
    "99999999999999999999",
    "'98",
    "'90s",
    "1990s",
    "2013-2014",
    "2015-10-07",
    "10/7/2015",
    "7.10.2015",
    "30Nov15",
    "Nov15",
    "GMT09",
    "May",
    "March",
    "march",
    "may",
    "Tuesday",
    "Tue",
    "Sundays",
    "nights",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "last",
    "next",
    "this",
    "that",
    "same",
    "previous",
    "following",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "century",
    "quarter",
    "third-quarter",
    "fiscal",
    "half",
    "weekend",
    "ago",
    "earlier",
    "later",
    "before",
    "after",
    "since",
    "until",
    "from",
    "to",
    "between",
    "and",
    "the",
    "a",
    "an",
    "of",
    "in",
    "on",
    "at",
    "about",
    "nearly",
    "more",
    "than",
    "at least",
    "up",
    "no",
    "over",
    "early",
    "mid",
    "mid-",
    "late",
    "end",
    "beginning",
    "few",
    "several",
    "recent",
    "now",
    "currently",
    "future",
    "past",
    "present",
    "every",
    "each",
    "daily",
    "twice",
    "times",
    "noon",
    "midnight",
    "11",
    "a.m.",
    "p.m.",
    "15:00",
    "24:61",
    "o'clock",
    "Christmas",
    "Eve",
    "New",
    "Year's",
    "Day",
    "Easter",
    "summer",
    "fall",
    "nineteen",
    "ninety-six",
    "thousand",
    "said",
    "will",
    "was",
    "is",
    "had",
    "Su-24M",
    "KAB-500",
    "Section",
    "107",
    "$1.5",
    "million",
    "1,631",
    "2,084",
    "%",
    ".",
    ",",
    ";",
    ":",
    "-",
    "–",
    "(",
    ")",
    "\"",
    "“",
    "”",
    "’s",
    "'s",
    "\n",
    "\n\n",
    "Ünïcödé",
    "日本",
    "ß",
    "é",
    "\u{feff}",
    "\r\n",
    "...",
    "…",
    "?",
    "!",
    "[Source: Itar Tass, Moscow, 30Nov15]",
    "Updated 9 years ago",
    "19:57 GMT09 May 2021",
    "READ MORE:",
];

static TIMEX3: Lazy<Regex> = Lazy::new(|| {
    let year = r"(\d{4,6}|BC\d{4,6}|XXXX)";
    let point = format!(
        r"({year}(-(\d{{2}}|XX)(-(\d{{2}}|XX))?)?|{year}-W(\d{{2}}|XX)(-WE|-\d)?|XXXX-WXX-\d|{year}-Q[1-4X]|{year}-H[12]|{year}-(SP|SU|FA|WI)|(BC)?\d{{1,5}}|XXX|XX)"
    );
    let time = format!(r"{point}T(\d{{2}}:\d{{2}}|MO|AF|EV|NI|DT)");
    // ISO 8601 allows a decimal fraction on the last (here the only) unit: P5.2Y, PT0.5S.
    let duration = r"P(\d+(\.\d+)?|X)(Y|M|W|D|Q|DE|CE)?(\d+[YMWD])*(T(\d+|X)?[HMS]?(\d+[HMS])*)?|PT(\d+(\.\d+)?|X)[HMS](\d+[HMS])*";
    let set = r"XXXX-WXX-\d(T(MO|AF|EV|NI|DT|\d{2}:\d{2}))?|XXXX-\d{2}|XXXX-XX-\d{2}";
    let reference = r"PRESENT_REF|PAST_REF|FUTURE_REF";
    Regex::new(&format!(r"^({time}|{point}|{duration}|{set}|{reference}|{point}/{point})$")).expect("timex3 regex")
});

fn text_strategy() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(FRAGMENTS);
    let sep = prop::sample::select(&[" ", " ", " ", "", "\n", ", ", "-"][..]);
    prop::collection::vec((piece, sep), 0..60)
        .prop_map(|parts| parts.into_iter().map(|(p, s)| format!("{p}{s}")).collect())
}

fn dct_strategy() -> impl Strategy<Value = Option<NaiveDate>> {
    prop_oneof![
        Just(None),
        Just(NaiveDate::MIN).prop_map(Some),
        Just(NaiveDate::MAX).prop_map(Some),
        Just(NaiveDate::from_ymd_opt(0, 1, 1)).prop_map(|d| d),
        Just(NaiveDate::from_ymd_opt(2016, 2, 29)).prop_map(|d| d),
        (1i32..=9999, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
    ]
}

/// Pieces of text around sentence ends: terminators, closers, openers, abbreviations, initials.
const SENTENCE_PIECES: &[&str] = &[
    "He",
    "left",
    "Then",
    "the",
    "The",
    "it",
    "7",
    "1.5",
    "U.S.",
    "a.m.",
    "p.m.",
    "Gen.",
    "Col.-Gen.",
    "J.",
    "Inc.",
    "etc.",
    "e.g.",
    "Oct.",
    "No.",
    ".",
    "..",
    "...",
    "…",
    "!",
    "?",
    "?!",
    "\"",
    "'",
    "“",
    "”",
    "’",
    "(",
    ")",
    "[",
    "]",
    "«",
    "»",
    "Ünïcödé",
    "Éric",
    "ß.",
    "日本。",
    "x.y",
    "A.B.C.",
    "Mr",
    "Dr.",
    "\u{a0}",
    "\u{2003}",
];

fn sentence_text() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(SENTENCE_PIECES);
    let sep = prop::sample::select(&[" ", " ", " ", "", "", "\n", "  ", "\t"][..]);
    prop::collection::vec((piece, sep), 0..40)
        .prop_map(|parts| parts.into_iter().map(|(p, s)| format!("{p}{s}")).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn tokens_marked_while_made_are_those_the_marks_meet(text in text_strategy()) {
        let lexicon = Lexicon::english();
        let (mut toks, mut marked) = (Vec::new(), Vec::new());
        let mut start = 0;
        while start < text.len() {
            let (first, before) = (toks.len(), marked.len());
            start = tokens::tokenize_line_marked(&text, (start, text.len()), lexicon, temporal::STARTS, &mut toks, &mut marked);
            let want: Vec<usize> = (first..toks.len()).filter(|&k| temporal::STARTS.meets(&toks[k])).collect();
            prop_assert_eq!(&marked[before..], &want[..], "{:?}", text);
        }
    }

    #[test]
    fn sentences_read_from_tokens_are_those_read_from_bytes(text in sentence_text()) {
        let lexicon = Lexicon::english();
        let mut toks = Vec::new();
        tokens::tokenize(&text, lexicon, &mut toks);
        // The whole text, and each line with the tokens of every line (as the tagger reads it).
        let mut ranges = vec![(0, text.len())];
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            ranges.push((offset, offset + line.len()));
            offset += line.len();
        }
        for (start, end) in ranges {
            let (mut by_bytes, mut by_tokens) = (Vec::new(), Vec::new());
            sentences::split(&text, start, end, lexicon, &mut by_bytes);
            sentences::split_tokens(&text, start, end, &toks, lexicon, &mut by_tokens);
            prop_assert_eq!(&by_bytes, &by_tokens, "{:?}", &text[start..end]);
            // Stopping at a token's end gives the sentences up to the one that holds it.
            for t in toks.iter().filter(|t| start <= t.start && t.end <= end) {
                let mut first = Vec::new();
                sentences::split_tokens_until(&text, start, end, &toks, t.end, lexicon, &mut first);
                let holds = by_bytes.iter().position(|&(_, se)| se >= t.end).map_or(by_bytes.len(), |k| k + 1);
                prop_assert_eq!(&first[..], &by_bytes[..holds], "{:?} until {}", &text[start..end], t.end);
            }
        }
    }

    #[test]
    fn tagging_never_panics_and_keeps_its_invariants(text in text_strategy(), dct in dct_strategy()) {
        for t in tag(&text, dct) {
            prop_assert!(t.start < t.end && t.end <= text.len(), "span {}..{} in {} bytes", t.start, t.end, text.len());
            prop_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            let value = t.value.to_string();
            prop_assert!(TIMEX3.is_match(&value), "not TIMEX3: {value:?} for {:?}", &text[t.start..t.end]);
            if let Some((a, b)) = t.range() {
                prop_assert!(a <= b, "{value}: {a} > {b}");
            }
        }
    }

    #[test]
    fn extraction_never_panics_and_reports_are_source_bytes(texts in prop::collection::vec(text_strategy(), 0..4)) {
        let docs: Vec<Document> = texts.iter().enumerate().map(|(i, t)| Document::new(format!("d{i}"), t.as_str())).collect();
        let timeline = extract_timeline(&docs).expect("a timeline");
        for e in &timeline.events {
            if let Some(d) = &e.date
                && let (Some(a), Some(b)) = (d.start, d.end) {
                    prop_assert!(a <= b);
                }
            for r in &e.reports {
                let doc = docs.iter().find(|d| d.id == r.doc).expect("the report's document");
                prop_assert_eq!(doc.text.get(r.start..r.end), Some(r.text.as_str()));
            }
        }
    }
}

#[test]
fn impossible_and_extreme_dates_resolve_without_panic() {
    let phrases = [
        "on 30 February 2015",
        "on 31 September 2015",
        "on February 29, 2015",
        "on February 29, 2016",
        "in the year 0000",
        "in 275760",
        "a million years ago",
        "99999999999999999999 days ago",
        "in '00 and '99 and '49 and '50",
        "next Tuesday",
        "last Christmas",
        "the fourth quarter of 9999",
        "the 40th century",
    ];
    let dates = [
        None,
        Some(NaiveDate::MIN),
        Some(NaiveDate::MAX),
        NaiveDate::from_ymd_opt(0, 1, 1),
        NaiveDate::from_ymd_opt(2016, 2, 29),
    ];
    for p in phrases {
        for d in dates {
            for t in tag(p, d) {
                assert!(TIMEX3.is_match(&t.value.to_string()), "{p} @ {d:?}: {}", t.value);
                if let Some((a, b)) = t.range() {
                    assert!(a <= b);
                }
            }
        }
    }
}

#[test]
fn a_range_that_ends_before_it_starts_is_not_an_interval() {
    // Found by the properties above: "2015-10-07-May 2015" read as a range from October to May.
    let timeline =
        extract_timeline(&[Document::new("d", "2015-10-07-May 2015 the ships fired 26 missiles at targets.")])
            .expect("a timeline");
    let date = timeline.events.first().and_then(|e| e.date.as_ref()).expect("a dated event");
    assert_eq!((date.start, date.end), (NaiveDate::from_ymd_opt(2015, 10, 7), NaiveDate::from_ymd_opt(2015, 10, 7)));
}
