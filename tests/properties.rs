//! Properties of the merge, checked on generated corpora: the order of the input never changes the
//! output; merging partial timelines is commutative, associative and idempotent and gives the timeline of
//! one run over all the documents; every report of the input stands in exactly one event.
//!
//! The corpora are small news stories built from sentences written for these tests: reports of a few
//! happenings with their figures (so that rewrites and look-alikes with other figures both occur), dated
//! by datelines, day headers, explicit dates, weekdays or nothing at all (so that anchors are inferred).

use std::collections::BTreeMap;

use proptest::prelude::*;
use timeline_extract::lang::Lexicon;
use timeline_extract::{Document, Extractor, Timeline, extract_timeline, normalize, parse};

/// What a paragraph tells: (subject, verb phrase, counted noun).
const HAPPENINGS: &[(&str, &str, &str)] = &[
    ("Russian jets", "carried out", "sorties against militant positions near Hama"),
    ("The air force", "flew", "combat missions over Idlib province"),
    ("Four warships in the Caspian Sea", "launched", "cruise missiles at targets in Syria"),
    ("The defence ministry", "reported", "strikes on command posts and ammunition depots"),
    ("Aid agencies", "delivered", "tonnes of food to the besieged town of Madaya"),
    ("Rebel groups", "handed over", "prisoners at a checkpoint outside Homs"),
];
const FIGURES: &[u32] = &[20, 26, 60, 67, 1631];
const DATES: &[&str] = &["", "On October 7, ", "On October 8, ", "In October 2015, ", "On Tuesday, ", "Yesterday, "];
const DATELINES: &[&str] = &["", "07 October 2015\n\n", "08 October 2015\n\n", "30Nov15\n\n"];
const ATTRIBUTIONS: &[&str] = &[".", ", the ministry said.", ", officials said on Friday."];

#[derive(Clone, Debug)]
struct Paragraph {
    happening: usize,
    figure: usize,
    date: usize,
    attribution: usize,
    header: bool,
}

fn paragraph() -> impl Strategy<Value = Paragraph> {
    (0..HAPPENINGS.len(), 0..FIGURES.len(), 0..DATES.len(), 0..ATTRIBUTIONS.len(), proptest::bool::weighted(0.15))
        .prop_map(|(happening, figure, date, attribution, header)| Paragraph {
            happening,
            figure,
            date,
            attribution,
            header,
        })
}

fn document() -> impl Strategy<Value = (usize, Vec<Paragraph>)> {
    (0..DATELINES.len(), proptest::collection::vec(paragraph(), 1..6))
}

fn text(dateline: usize, paragraphs: &[Paragraph]) -> String {
    let mut out = DATELINES[dateline].to_string();
    for (k, p) in paragraphs.iter().enumerate() {
        if p.header {
            out.push_str(&format!("{:02} October 2015\n\n", 5 + k));
        }
        let (subject, verb, noun) = HAPPENINGS[p.happening];
        let date = DATES[p.date];
        let subject = if date.is_empty() { subject.to_string() } else { subject.to_lowercase() };
        out.push_str(&format!(
            "{date}{subject} {verb} {} {noun}{}\n\n",
            FIGURES[p.figure], ATTRIBUTIONS[p.attribution]
        ));
    }
    out
}

/// Two to seven documents with distinct ids.
fn corpus() -> impl Strategy<Value = Vec<Document>> {
    proptest::collection::vec(document(), 2..8).prop_map(|docs| {
        docs.iter()
            .enumerate()
            .map(|(k, (dateline, ps))| Document::new(format!("doc-{k}"), text(*dateline, ps)))
            .collect()
    })
}

/// A corpus and, for each document, the shard it goes to (0, 1 or 2).
fn sharded() -> impl Strategy<Value = (Vec<Document>, Vec<usize>)> {
    corpus().prop_flat_map(|docs| {
        let n = docs.len();
        (Just(docs), proptest::collection::vec(0..3usize, n))
    })
}

fn shard(docs: &[Document], owner: &[usize], k: usize) -> Vec<Document> {
    docs.iter().zip(owner).filter(|(_, o)| **o == k).map(|(d, _)| d.clone()).collect()
}

fn json(t: &Timeline) -> String {
    t.to_json()
}

fn merge(parts: &[&Timeline]) -> Timeline {
    Extractor::new().merge(parts).expect("merge")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn input_order_never_changes_the_output(docs in corpus(), seed in any::<u64>()) {
        let reference = json(&extract_timeline(&docs).expect("extract"));
        let mut shuffled = docs.clone();
        // A permutation drawn from the seed.
        let mut s = seed;
        for k in (1..shuffled.len()).rev() {
            s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(k, (s >> 33) as usize % (k + 1));
        }
        prop_assert_eq!(json(&extract_timeline(&shuffled).expect("extract")), reference);
    }

    #[test]
    fn merging_partial_timelines_obeys_the_laws((docs, owner) in sharded()) {
        let x = Extractor::new();
        let parts: Vec<Timeline> = (0..3).map(|k| x.extract(&shard(&docs, &owner, k)).expect("extract")).collect();
        let (a, b, c) = (&parts[0], &parts[1], &parts[2]);
        let whole = json(&x.extract(&docs).expect("extract"));
        let ab = merge(&[a, b]);
        // Commutative.
        prop_assert_eq!(json(&ab), json(&merge(&[b, a])));
        // Associative, and the same as one run over all the documents.
        let left = merge(&[&ab, c]);
        let right = merge(&[a, &merge(&[b, c])]);
        prop_assert_eq!(json(&left), json(&right));
        prop_assert_eq!(json(&left), whole.clone());
        // Idempotent.
        prop_assert_eq!(json(&merge(&[&ab, &ab])), json(&ab));
        prop_assert_eq!(json(&merge(&[&left, a])), whole.clone());
        // Through JSON, as the merge command reads them.
        let read: Vec<Timeline> = parts.iter().map(|t| Timeline::from_json(&t.to_json()).expect("read")).collect();
        prop_assert_eq!(json(&merge(&[&read[2], &read[0], &read[1]])), whole);
    }

    #[test]
    fn every_report_stands_in_exactly_one_event(docs in corpus()) {
        let t = extract_timeline(&docs).expect("extract");
        // The reports of each document, as the normalizer finds them (their set does not depend on the anchor).
        let mut expected: BTreeMap<(String, usize, usize), usize> = BTreeMap::new();
        for d in &docs {
            let parsed = parse::document(&d.text, Lexicon::english());
            for r in normalize::document(&parsed, None).reports {
                expected.insert((d.id.clone(), r.start, r.end), 0);
            }
        }
        for e in &t.events {
            prop_assert!(!e.reports.is_empty());
            for r in &e.reports {
                let doc = docs.iter().find(|d| d.id == r.doc).expect("known document");
                prop_assert_eq!(&doc.text[r.start..r.end], r.text.as_str());
                let seen = expected.get_mut(&(r.doc.clone(), r.start, r.end));
                prop_assert!(seen.is_some(), "a report that no document holds: {}", r.text);
                if let Some(n) = seen {
                    *n += 1;
                }
            }
        }
        for (report, n) in &expected {
            prop_assert_eq!(*n, 1, "{:?} stands in {} events", report, n);
        }
    }
}

/// The generated corpora exercise what the properties are about: events told by several documents,
/// look-alikes kept apart, and anchors inferred from shared events.
#[test]
fn the_generated_corpora_merge_and_infer() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::{Config, TestRng, TestRunner};
    use timeline_extract::normalize::AnchorBasis;

    let mut runner =
        TestRunner::new_with_rng(Config::default(), TestRng::deterministic_rng(Config::default().rng_algorithm));
    let (mut shared, mut inferred, mut apart) = (0, 0, 0);
    for _ in 0..50 {
        let docs = corpus().new_tree(&mut runner).expect("corpus").current();
        let t = extract_timeline(&docs).expect("extract");
        shared += t.events.iter().filter(|e| e.sources.len() > 1).count();
        inferred += t.documents.iter().filter(|d| d.anchor.is_some_and(|a| a.basis == AnchorBasis::Inferred)).count();
        // Two events on one day with the same words but other figures.
        let mut seen = std::collections::HashSet::new();
        for e in &t.events {
            let words: String = e.text.chars().filter(|c| c.is_alphabetic()).collect();
            if !seen.insert((e.date.as_ref().map(|d| d.value.clone()), words)) {
                apart += 1;
            }
        }
    }
    assert!(shared > 20, "{shared} events from several documents");
    assert!(inferred > 5, "{inferred} inferred anchors");
    assert!(apart > 5, "{apart} look-alikes kept apart");
}
