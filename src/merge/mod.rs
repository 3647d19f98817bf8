//! Stage 3, merge: one event per happening, with every report of it.
//!
//! The merger sees each document as its extraction state and its dated
//! reports ([`Input`]). It counts what survives a rewrite in every report
//! once ([`corpus`]: significant numbers, the words they count, content
//! stems and shingles, blocking keys), anchors the documents that lack a
//! reliable date on the events they share with dated ones ([`anchor`]),
//! then compares reports only where they can be the same event ([`block`]:
//! a shared rare key and overlapping days, never all pairs), decides pairs
//! ([`similar`]), joins them strongest first without chaining look-alikes
//! ([`cluster`]) and builds each event with its date, representative
//! sentence and confidence ([`event`]).
//!
//! A report dated only by its document's date may tell an event of the days
//! before it; it matches events in the week up to that date.

pub mod anchor;
pub mod block;
pub mod cluster;
pub mod corpus;
pub mod event;
pub mod features;
pub mod fxhash;
pub mod similar;
pub mod state;

use crate::normalize::{Anchor, Dated};
use crate::parse::Parsed;
use crate::timeline::{AnchorInfo, DocumentInfo, Event, Timeline};
pub use corpus::Corpus;
pub use event::event_order;

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
pub fn infer_anchors(inputs: &[Input<'_>], corpus: &Corpus, first_round: bool) -> Vec<(usize, Anchor)> {
    anchor::infer(inputs, corpus, first_round)
}

/// Merges the dated reports of every document into one timeline. Inputs must be in a fixed order
/// (the pipeline sorts them by id), so the result does not depend on the order they came in; `corpus`
/// must have been counted on them (it is dropped as soon as the reports are grouped).
pub fn merge(inputs: &[Input<'_>], corpus: Corpus) -> Timeline {
    let mut groups = cluster::cluster(&corpus);
    // The groups by (document, report); the features are no longer needed.
    for g in &mut groups {
        for m in &mut g.members {
            let it = &corpus.items[*m];
            *m = it.report;
            g.docs.push(it.doc);
        }
    }
    drop(corpus);
    let mut events: Vec<Event> = groups.iter().map(|g| event::event(inputs, g)).collect();
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
