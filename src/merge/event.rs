//! One event from a group of reports: its date, its representative
//! sentence, its reports and sources, and how confident each is.
//!
//! **The date** is the best-founded of its reports' dates (an explicit date
//! before a relative one, a section header, a dateline, a given date, an
//! inferred anchor, a page stamp), then the narrowest, then the earliest;
//! a narrower date that another report gives by a time of its own, within
//! it, refines it (not a statement's day, nor a document's date).
//!
//! **The representative** is the most complete early report: the one made
//! first (its section's day, else its document's anchor), then the lead of a
//! news item before a later paragraph, then the longest.
//!
//! **Confidence**: how firmly the reports hold together and how well
//! founded the date is, as [`Confidence`] defines them.

use std::cmp::Reverse;

use super::Input;
use super::cluster::Group;
use crate::normalize::{Basis, Report};
use crate::timeline::{Confidence, DateInfo, Event, ReportInfo};
use crate::timex::mod_code;

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

/// How much a date found this way can be trusted (see the module's documentation).
pub fn basis_weight(b: Basis) -> f32 {
    match b {
        Basis::Explicit => 1.0,
        Basis::Relative | Basis::Section => 0.9,
        Basis::Dateline | Basis::Document => 0.7,
        Basis::Inferred => 0.5,
        Basis::Stamp => 0.3,
        Basis::Undated => 0.0,
    }
}

fn round2(x: f32) -> f32 {
    (x.clamp(0.0, 1.0) * 100.0).round() / 100.0
}

/// Builds one event from its group (whose members are report indices, see [`Group`]).
pub fn event(inputs: &[Input<'_>], group: &Group) -> Event {
    // (document, report), in document and text order.
    let mut ms: Vec<(usize, &Report)> = group
        .docs
        .iter()
        .zip(&group.members)
        .filter_map(|(&doc, &report)| Some((doc, inputs.get(doc)?.dated.reports.get(report)?)))
        .collect();
    ms.sort_by_key(|&(doc, r)| (doc, r.start));
    let text = |doc: usize, r: &Report| inputs[doc].sentences.get(r.sentence).cloned().unwrap_or_default();

    // The date: the best-founded, then the narrowest, then the earliest. Each report's days are found once.
    let dated: Vec<_> = ms.iter().filter_map(|&(doc, r)| r.date.map(|d| (doc, r, d, d.range()))).collect();
    let best = dated.iter().min_by_key(|&&(doc, r, _, range)| {
        let span = range.map(|(a, b)| (b - a).num_days());
        (span.is_none(), basis_rank(r.basis), span, range.map(|(a, _)| a), doc, r.start)
    });
    // A narrower date that another report gives by a time of its own, within it, refines it ("a record for
    // July" told beside "on Monday": that Monday of July); the best-founded of those, then the narrowest, then
    // the earliest. Not a date a report takes from its document for want of its own, nor the day of a
    // statement about the event ("said on Wednesday its third-quarter revenue rose") or of another event.
    let best = best.map(|chosen| {
        let &(_, _, _, Some((a, b))) = chosen else { return chosen };
        dated
            .iter()
            .filter(|&&(od, or, _, range)| {
                let own = or.mention.and_then(|k| inputs.get(od)?.parsed.mentions.get(k));
                own.is_some_and(|m| !m.attributed && !m.named)
                    && range.is_some_and(|(c, e)| a <= c && e <= b && (c, e) != (a, b))
            })
            .min_by_key(|&&(od, or, _, range)| {
                let (c, e) = range.unwrap_or((a, b));
                (basis_rank(or.basis), (e - c).num_days(), c, od, or.start)
            })
            .unwrap_or(chosen)
    });
    let date_confidence = best.map(|&(_, r, d, chosen)| {
        let (mut agree, mut all) = (0.0f32, 0.0f32);
        for &(_, other, od, range) in &dated {
            let w = basis_weight(other.basis);
            all += w;
            let holds = match (chosen, range) {
                (Some((a, b)), Some((c, e))) => (c <= a && b <= e) || (a <= c && e <= b),
                (None, None) => od.value == d.value,
                _ => false,
            };
            if holds {
                agree += w;
            }
        }
        let share = if all > 0.0 { agree / all } else { 0.0 };
        round2(basis_weight(r.basis) * share)
    });
    let date = best.map(|&(_, _, d, range)| DateInfo {
        value: d.value.to_string(),
        start: range.map(|r| r.0),
        end: range.map(|r| r.1),
        modifier: d.modifier.map(|m| mod_code(m).to_string()),
    });

    // The representative: the earliest report, then the item's lead, then the most complete.
    let rep = ms
        .iter()
        .min_by_key(|&&(doc, r)| {
            (r.reported_on.is_none(), r.reported_on, !r.lead, Reverse(r.end - r.start), doc, r.start)
        })
        .map_or_else(String::new, |&(doc, r)| text(doc, r));

    let mut ids: Vec<&str> = ms.iter().map(|&(doc, _)| inputs[doc].id).collect();
    ids.sort_unstable();
    ids.dedup();
    let sources: Vec<String> = ids.into_iter().map(str::to_string).collect();
    let reports = ms
        .iter()
        .map(|&(doc, r)| ReportInfo {
            doc: inputs[doc].id.to_string(),
            start: r.start,
            end: r.end,
            text: text(doc, r),
            basis: r.basis,
        })
        .collect();
    let confidence = Confidence { merge: group.weakest.map(round2), date: date_confidence };
    Event { date, text: rep, sources, reports, confidence }
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
