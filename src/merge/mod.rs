//! Stage 3, merge: one event per happening, with every report of it.
//!
//! Reports are compared only where they can be the same event: they must
//! share a blocking key (a significant number or one of their rarest
//! words) and their dates must overlap, so the cost follows the number of
//! plausible pairs, never the square of the number of reports. Pairs that
//! pass [`similar::same_event`] are joined strongest first, and a join that
//! would put two reports with conflicting numbers or disjoint dates into one
//! event is refused, so that look-alikes do not chain together.
//!
//! A report dated only by its document's date may tell an event of the days
//! before it; it matches events in the week up to that date.

pub mod anchor;
pub mod features;
pub mod similar;
pub mod state;

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::lang::Lexicon;
use crate::normalize::calendar::add_days;
use crate::normalize::{Anchor, Basis, Dated};
use crate::parse::Parsed;
use crate::timeline::{AnchorInfo, DateInfo, DocumentInfo, Event, ReportInfo, Timeline};
use crate::timex::mod_code;
use features::{Features, Vocabulary};
use similar::{Idf, numbers_conflict, same_event};

/// How many of a report's rarest words serve as blocking keys.
const RARE_TERMS: usize = 6;
/// How many days before its document's date a report dated only by that date may reach.
const DOCUMENT_REACH: i64 = 7;
/// A key shared by more reports than this is too common to block on.
const MAX_POSTING: usize = 2000;
/// At most this many earlier overlapping reports are paired with each report under one key.
const MAX_ACTIVE: usize = 64;
/// Two events whose member counts multiply to more than this are not checked member by member, nor joined.
const MAX_JOIN_CHECK: usize = 10_000;

/// One document's extraction state with its id and source: the unit of the map and reduce steps.
#[derive(Clone, Debug, PartialEq)]
pub struct Unit {
    /// The document's id.
    pub id: String,
    /// Its source name: the caller's, else the one its source line gives.
    pub source: Option<String>,
    /// What extraction found in it.
    pub state: state::DocState,
}

/// One document as the merger sees it.
#[derive(Clone, Copy, Debug)]
pub struct Input<'a> {
    /// Its id.
    pub id: &'a str,
    /// The text of each of its sentences (see [`state::DocState::sentences`]).
    pub sentences: &'a [String],
    /// Its source name, if known.
    pub source: Option<&'a str>,
    /// Its parse.
    pub parsed: &'a Parsed,
    /// Its dated reports.
    pub dated: &'a Dated,
}

/// A report with what the merger compares.
#[derive(Clone, Debug)]
pub struct Item {
    /// The document's index in the inputs.
    pub doc: usize,
    /// The report's index in the document's reports.
    pub report: usize,
    /// Its numbers and words.
    pub features: Features,
    /// The norm of its term vector.
    pub norm: f32,
    /// The days it may match: its own date, or the week up to its document's date.
    pub range: Option<(NaiveDate, NaiveDate)>,
}

/// A blocking key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Key {
    Number(u64),
    Term(u32),
}

/// The blocking keys of every item.
pub(crate) struct Keys {
    keys: Vec<Vec<Key>>,
}

impl Keys {
    pub(crate) fn new(items: &[Item], idf: &Idf) -> Keys {
        let keys = items
            .iter()
            .map(|it| {
                let mut terms: Vec<u32> = it.features.words.clone();
                terms.sort_by(|a, b| idf.weight(*b).total_cmp(&idf.weight(*a)).then(a.cmp(b)));
                terms.truncate(RARE_TERMS);
                it.features.numbers.iter().map(|&n| Key::Number(n)).chain(terms.into_iter().map(Key::Term)).collect()
            })
            .collect();
        Keys { keys }
    }

    pub(crate) fn of(&self, i: usize) -> impl Iterator<Item = Key> + '_ {
        self.keys[i].iter().copied()
    }
}

/// Items by key, for the items that `keep` accepts.
pub(crate) fn postings(items: &[Item], keys: &Keys, keep: impl Fn(usize) -> bool) -> HashMap<Key, Vec<u32>> {
    let mut index: HashMap<Key, Vec<u32>> = HashMap::new();
    for i in (0..items.len()).filter(|&i| keep(i)) {
        for key in keys.of(i) {
            index.entry(key).or_default().push(i as u32);
        }
    }
    index
}

fn match_range(dated: &Dated, report: usize) -> Option<(NaiveDate, NaiveDate)> {
    let r = &dated.reports[report];
    let (a, b) = r.date?.range()?;
    if r.mention.is_some() || r.basis == Basis::Section {
        return Some((a, b));
    }
    Some((add_days(a, -DOCUMENT_REACH).unwrap_or(a), b))
}

/// The items of every document, with the term weights counted over them.
pub fn items(inputs: &[Input<'_>], lexicon: &Lexicon) -> (Vec<Item>, Idf) {
    let mut vocab = Vocabulary::default();
    let mut items = Vec::new();
    for (doc, input) in inputs.iter().enumerate() {
        for (k, r) in input.dated.reports.iter().enumerate() {
            let s = &input.parsed.sentences[r.sentence];
            let mentions = input.parsed.mentions.get(s.mentions.clone()).unwrap_or(&[]);
            let text = input.sentences.get(r.sentence).map_or("", String::as_str);
            let features = features::extract_at(text, r.start, mentions, lexicon, &mut vocab);
            items.push(Item { doc, report: k, features, norm: 0.0, range: match_range(input.dated, k) });
        }
    }
    let idf = Idf::new(items.iter().map(|it| &it.features), vocab.len());
    for it in &mut items {
        it.norm = idf.norm(&it.features);
    }
    (items, idf)
}

/// The anchors that shared events give the documents that need one (see [`anchor`]).
pub fn infer_anchors(inputs: &[Input<'_>], lexicon: &Lexicon) -> Vec<(usize, Anchor)> {
    let (items, idf) = items(inputs, lexicon);
    anchor::infer(inputs, &items, &idf)
}

fn overlap(a: Option<(NaiveDate, NaiveDate)>, b: Option<(NaiveDate, NaiveDate)>) -> bool {
    match (a, b) {
        (Some((a0, a1)), Some((b0, b1))) => a0 <= b1 && b0 <= a1,
        _ => true,
    }
}

/// Pairs of items that share a key and whose days overlap.
fn candidate_pairs(items: &[Item], keys: &Keys) -> Vec<(u32, u32)> {
    let index = postings(items, keys, |_| true);
    let mut pairs = Vec::new();
    let mut lists: Vec<&Vec<u32>> = index.values().filter(|l| l.len() > 1 && l.len() <= MAX_POSTING).collect();
    lists.sort();
    for list in lists {
        let mut order = list.clone();
        order.sort_by_key(|&i| (items[i as usize].range, i));
        let mut active: Vec<u32> = Vec::new();
        let mut undated: Vec<u32> = Vec::new();
        for &i in &order {
            let item = &items[i as usize];
            let Some((start, _)) = item.range else {
                undated.push(i);
                continue;
            };
            active.retain(|&j| items[j as usize].range.is_some_and(|(_, end)| end >= start));
            for &j in active.iter().rev().take(MAX_ACTIVE) {
                pairs.push((j.min(i), j.max(i)));
            }
            active.push(i);
        }
        for (n, &u) in undated.iter().enumerate() {
            for &j in order.iter().filter(|&&j| j != u).take(MAX_ACTIVE) {
                if items[j as usize].range.is_some() || undated[..n].contains(&j) {
                    pairs.push((j.min(u), j.max(u)));
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Groups the items into events.
fn cluster(inputs: &[Input<'_>], items: &[Item], idf: &Idf) -> Vec<Vec<usize>> {
    let keys = Keys::new(items, idf);
    let mut scored: Vec<(f32, u32, u32)> = candidate_pairs(items, &keys)
        .into_iter()
        .filter_map(|(a, b)| {
            let (x, y) = (&items[a as usize], &items[b as usize]);
            let rx = &inputs[x.doc].dated.reports[x.report];
            let ry = &inputs[y.doc].dated.reports[y.report];
            if x.doc == y.doc && rx.sentence == ry.sentence {
                return None;
            }
            let continuation =
                x.doc == y.doc && ((ry.quote && ry.block == rx.block + 1) || (rx.quote && rx.block == ry.block + 1));
            same_event(idf, &x.features, x.norm, &y.features, y.norm, continuation).map(|s| (s, a, b))
        })
        .collect();
    scored.sort_by(|p, q| q.0.total_cmp(&p.0).then(p.1.cmp(&q.1)).then(p.2.cmp(&q.2)));

    let mut parent: Vec<usize> = (0..items.len()).collect();
    let mut members: Vec<Vec<usize>> = (0..items.len()).map(|i| vec![i]).collect();
    fn find(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for (_, a, b) in scored {
        let (ra, rb) = (find(&mut parent, a as usize), find(&mut parent, b as usize));
        if ra == rb {
            continue;
        }
        let (ma, mb) = (&members[ra], &members[rb]);
        if ma.len() * mb.len() > MAX_JOIN_CHECK {
            continue;
        }
        let compatible = ma.iter().all(|&x| {
            mb.iter().all(|&y| {
                let (ix, iy) = (&items[x], &items[y]);
                !numbers_conflict(&ix.features, &iy.features) && overlap(ix.range, iy.range)
            })
        });
        if !compatible {
            continue;
        }
        let (keep, gone) = if ra < rb { (ra, rb) } else { (rb, ra) };
        parent[gone] = keep;
        let moved = std::mem::take(&mut members[gone]);
        members[keep].extend(moved);
    }
    members.into_iter().filter(|m| !m.is_empty()).collect()
}

fn basis_rank(b: Basis) -> u8 {
    match b {
        Basis::Explicit => 0,
        Basis::Relative => 1,
        Basis::Section => 2,
        Basis::Dateline => 3,
        Basis::Document => 4,
        Basis::Inferred => 5,
        Basis::Stamp => 6,
        Basis::Undated => 7,
    }
}

/// Builds one event from its items.
fn event(inputs: &[Input<'_>], items: &[Item], members: &[usize]) -> Event {
    let mut ms: Vec<&Item> = members.iter().map(|&i| &items[i]).collect();
    ms.sort_by_key(|it| (it.doc, inputs[it.doc].dated.reports[it.report].start));
    let report = |it: &Item| &inputs[it.doc].dated.reports[it.report];

    // The date: the best-founded, then the narrowest, then the earliest.
    let dated = ms.iter().filter_map(|it| report(it).date.map(|d| (it, d)));
    let best = dated.min_by_key(|(it, d)| {
        let r = report(it);
        let span = d.range().map(|(a, b)| (b - a).num_days());
        (span.is_none(), basis_rank(r.basis), span, d.range().map(|(a, _)| a), it.doc, r.start)
    });
    let date = best.map(|(_, d)| {
        let range = d.range();
        DateInfo {
            value: d.value.to_string(),
            start: range.map(|r| r.0),
            end: range.map(|r| r.1),
            modifier: d.modifier.map(|m| mod_code(m).to_string()),
        }
    });

    // The representative: the earliest report, then the item's lead, then the most complete.
    let rep = ms
        .iter()
        .min_by_key(|it| {
            let r = report(it);
            (r.reported_on.is_none(), r.reported_on, !r.lead, std::cmp::Reverse(r.end - r.start), it.doc, r.start)
        })
        .map_or_else(String::new, |it| {
            let r = report(it);
            inputs[it.doc].sentences.get(r.sentence).cloned().unwrap_or_default()
        });

    let mut sources: Vec<String> = ms.iter().map(|it| inputs[it.doc].id.to_string()).collect();
    sources.sort();
    sources.dedup();
    let reports = ms
        .iter()
        .map(|it| {
            let r = report(it);
            ReportInfo {
                doc: inputs[it.doc].id.to_string(),
                start: r.start,
                end: r.end,
                text: inputs[it.doc].sentences.get(r.sentence).cloned().unwrap_or_default(),
                basis: r.basis,
            }
        })
        .collect();
    Event { date, text: rep, sources, reports }
}

/// Merges the dated reports of every document into one timeline. Inputs must be in a fixed order
/// (the pipeline sorts them by id), so the result does not depend on the order they came in.
pub fn merge(inputs: &[Input<'_>], lexicon: &Lexicon) -> Timeline {
    let (items, idf) = items(inputs, lexicon);
    let groups = cluster(inputs, &items, &idf);
    let mut events: Vec<Event> = groups.iter().map(|g| event(inputs, &items, g)).collect();
    events.sort_by(|a, b| event_order(a).cmp(&event_order(b)));
    let documents = inputs
        .iter()
        .map(|i| DocumentInfo {
            id: i.id.to_string(),
            source: i.source.map(str::to_string),
            anchor: i.dated.anchor.map(|a| AnchorInfo { value: a.date, basis: a.basis }),
            state: None,
        })
        .collect();
    Timeline { documents, events }
}

/// The order of events: dated before undated, then by first day, last day, value, text and first report.
pub fn event_order(e: &Event) -> impl Ord + '_ {
    let d = e.date.as_ref();
    (
        d.and_then(|d| d.start).is_none(),
        d.and_then(|d| d.start),
        d.and_then(|d| d.end),
        d.map(|d| d.value.as_str()),
        e.text.as_str(),
        e.reports.first().map(|r| (r.doc.as_str(), r.start)),
    )
}
