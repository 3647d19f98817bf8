//! Stage 3, merge: one event per happening, with every report of it.
//!
//! The merger sees each document as its extraction state ([`state`]) and
//! its dated reports. It counts what survives a rewrite in every report
//! once (`corpus.rs`: significant numbers, the words they count, content
//! stems and shingles, blocking keys, from the streams of [`features`]),
//! anchors the documents that lack a reliable date on the events they share
//! with dated ones ([`anchor`]), then compares reports only where they can
//! be the same event (`block.rs`: a shared rare key and overlapping days,
//! each report with a bounded number of others, never all pairs), decides
//! pairs ([`similar`]), joins them strongest first without chaining
//! look-alikes (`cluster.rs`) and builds each event with its date,
//! representative sentence and confidence (`event.rs`, see
//! [`Confidence`](crate::timeline::Confidence)).
//!
//! A report dated only by its document's date may tell an event of the days
//! before it; it matches events in the week up to that date.

pub mod anchor;
mod block;
mod cluster;
mod corpus;
mod event;
pub mod features;
pub mod similar;
pub mod state;

use crate::normalize::{Anchor, Dated};
use crate::parse::Parsed;
use crate::timeline::{AnchorInfo, DocumentInfo, Event, Timeline};
pub(crate) use corpus::Corpus;
pub use event::event_order;

/// One document's extraction state with its id and source: the unit of the map and reduce steps.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
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
pub(crate) struct Input<'a> {
    /// Its id.
    pub id: &'a str,
    /// The text of each of its sentences (see [`state::DocState::sentences`]).
    pub sentences: &'a [String],
    /// What each of its sentences gives to compare (see [`state::DocState::streams`]).
    pub streams: &'a [String],
    /// Its source name, if known.
    pub source: Option<&'a str>,
    /// Its parse.
    pub parsed: &'a Parsed,
    /// Its dated reports.
    pub dated: &'a Dated,
}

/// The anchors that shared events give the documents that need one (see [`anchor`]); datelines are
/// overruled in the first round only.
pub(crate) fn infer_anchors(inputs: &[Input<'_>], corpus: &Corpus, first_round: bool) -> Vec<(usize, Anchor)> {
    anchor::infer(inputs, corpus, first_round)
}

/// Merges the dated reports of every document into one timeline. Inputs must be in a fixed order
/// (the pipeline sorts them by id), so the result does not depend on the order they came in; `corpus`
/// must have been counted on them (it is dropped as soon as the reports are grouped).
pub(crate) fn merge(inputs: &[Input<'_>], corpus: Corpus) -> Timeline {
    let mut groups = cluster::cluster(&corpus);
    // The groups by (document, report); the features are no longer needed.
    for g in &mut groups {
        for m in &mut g.members {
            let it = &corpus.items[*m];
            *m = it.report as usize;
            g.docs.push(it.doc as usize);
        }
    }
    drop(corpus);
    let mut events: Vec<Event> = crate::par::each(&groups, |g| event::event(inputs, g));
    // Each event has its own first report, so the order is total.
    events.sort_unstable_by(|a, b| event_order(a).cmp(&event_order(b)));
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

/// Documents "d0", "d1", ... with the given texts, each through the map step and dated on its own anchor:
/// the inputs of the merger's tests (see `crate::inputs`).
#[cfg(test)]
pub(crate) fn test_units(texts: impl IntoIterator<Item = String>) -> (Vec<Unit>, Vec<Dated>) {
    let x = crate::Extractor::new();
    let units: Vec<Unit> =
        texts.into_iter().enumerate().map(|(k, t)| x.state(&crate::Document::new(format!("d{k}"), t))).collect();
    let dated = units.iter().map(|u| crate::normalize::document(&u.state.parsed, u.state.own_anchor)).collect();
    (units, dated)
}
