//! Cross-source anchoring: a document with no date, or with a date that its
//! content contradicts, takes its anchor from the events it shares with
//! dated documents.
//!
//! Each report of such a document that matches a dated report says
//! something about the document's date. A report dated only by the
//! document ("Jets flew 60 missions.") says the document is no older than
//! the event: a lower bound. A report with a deictic expression ("said on
//! Saturday", "today") pins it: the anchor must be one under which the
//! expression resolves to the matched day. The anchor is the earliest day
//! that the most pins allow and that the lower bounds allow, moved up within
//! what they allow (a week at most) to the weekdays that the document tells
//! in the past: a text that tells of Tuesday and then of "Wednesday" was
//! written on that Wednesday or later.
//!
//! Which documents: those with no anchor or only a page stamp (kept when the
//! matches allow it, and a stamp of publication unless two pins or more overrule it), and, in the first
//! round only, those with a dateline. A dateline is overruled only by
//! two or more reports whose every match disagrees with it (by more than a
//! day), whose own matches agree with one another, and that outnumber the
//! reports with a match agreeing with it: a sentence told again on other
//! days (background, look-alikes) does not move a dateline.
//!
//! A report dated by a page stamp (its own weekday counted from the stamp, or the stamp's day) is no
//! reference: a stamp may be a crawl's or a republisher's. A document with no anchor that nothing firmer
//! dates takes its anchor from such reports all the same, rather than staying undated.
//!
//! A dateline that gives its month and day but no year took the year that its prose names last, which
//! may be history's ("the fund collapsed in February 2024"); the year is the one that puts the dateline
//! nearest the dates of the documents that share events with it, counting only its events dated from the
//! dateline ("convicted on Monday"; not "in 1983", whose date is its own); when the prose names none and
//! no event is shared, nearest the dates of the run's other documents (the story's other reports), within
//! 35 days (`PIN_REACH`).
//!
//! The cost stays linear: each report is compared with at most
//! [`MAX_CANDIDATES`] dated reports that share its keys, rarest key first
//! and nearest first (items lie in date order); against a dateline, its
//! first agreeing match ends its search, and so does the first that leaves
//! its pins no common anchor. A pin is resolved once per matched day.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use chrono::{Datelike, NaiveDate};

use super::Input;
use super::corpus::{Corpus, Days, Item};
use super::similar::same_event;
use crate::fxhash::FxHashMap;
use crate::lang::Unit;
use crate::normalize::calendar::add_days;
use crate::normalize::resolve::{Context, resolve};
use crate::normalize::{Anchor, AnchorBasis, Basis, Report, Timex};
use crate::parse::expr::{Expr, Mention, Tense};
use crate::timex::{Point, Value};

/// How far after a matched day a pin may put the anchor.
const PIN_REACH: i64 = 35;
/// How many dated reports that share its keys each report of a document to anchor is compared with.
pub const MAX_CANDIDATES: usize = 16;
/// How many posting-list entries a report's search looks at, usable or not: lists full of undated
/// reports, or of the document's own, must not be walked to their ends for every report.
const MAX_SCAN: usize = 8 * MAX_CANDIDATES;
/// How many copies of a report (same features, same days) are tried before its search.
const MAX_COPIES: usize = 8;
/// How many pins must agree to overrule a dateline.
const OVERRULE_DATELINE: usize = 2;

/// What one match says about a document's anchor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Constraint {
    /// The anchor is on or after this day.
    NotBefore(NaiveDate),
    /// The anchor lies in this interval.
    Within(NaiveDate, NaiveDate),
}

/// The anchors a deictic expression allows, given the day it must resolve to.
fn pin(expr: &Expr, tense: crate::parse::expr::Tense, day: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let mut lo: Option<NaiveDate> = None;
    let mut hi: Option<NaiveDate> = None;
    for n in -1..=PIN_REACH {
        let a = add_days(day, n)?;
        let cx = Context { speech: Some(a), reference: Some(a.into()), tense, ..Context::default() };
        let covers = resolve(expr, &cx)
            .and_then(|v| v.range(None))
            .is_some_and(|(s, e)| s <= day && day <= e && (e - s).num_days() <= 7);
        if covers {
            lo = lo.or(Some(a));
            hi = Some(a);
        } else if lo.is_some() {
            break;
        }
    }
    Some((lo?, hi?))
}

/// The day of a report that can serve as a reference: one day, not hanging on a weak or inferred anchor;
/// with it, the day of one that hangs on a page stamp (a time of its own counted from the stamp, or the
/// stamp's day), which serves a document that nothing else dates ([`Reference::stamped`]).
fn reference(inputs: &[Input<'_>], item: &Item) -> (Option<NaiveDate>, Option<NaiveDate>) {
    let input = &inputs[item.doc as usize];
    let Some(report) = input.dated.reports.get(item.report as usize) else { return (None, None) };
    let Some((a, _)) = item.date.filter(|(a, b)| a == b) else { return (None, None) };
    let stamp = input.dated.anchor.is_some_and(|x| x.basis == AnchorBasis::Stamp);
    if matches!(report.basis, Basis::Inferred | Basis::Undated) {
        return (None, None);
    }
    let stamped = (stamp && report.floating).then_some(a);
    if report.basis == Basis::Stamp {
        return (None, stamped);
    }
    let weak_anchor = input.dated.anchor.is_none_or(|x| matches!(x.basis, AnchorBasis::Stamp | AnchorBasis::Inferred));
    (!(report.floating && weak_anchor)).then_some(a).map_or((None, stamped), |day| (Some(day), Some(day)))
}

/// True when the expression that dates an item's report is in the future tense: a plan, not a fact.
fn planned(inputs: &[Input<'_>], item: &Item) -> bool {
    let input = &inputs[item.doc as usize];
    let mention = input.dated.reports.get(item.report as usize).and_then(|r| r.mention);
    mention.and_then(|m| input.parsed.mentions.get(m)).is_some_and(|m| m.tense == Tense::Future)
}

/// The deictic expression that dates a report, if any: what can pin its document's anchor. A part of the
/// day just after a mention of a day is on that day, and pins nothing ("on Tuesday ... in the morning").
fn deictic<'a>(input: &'a Input<'_>, report: &Report) -> Option<&'a Mention> {
    let k = report.mention?;
    let m = input.parsed.mentions.get(k)?;
    let day_before = k.checked_sub(1).and_then(|p| Some((input.parsed.mentions.get(p)?, input.dated.timexes.get(p)?)));
    // A day, known or not (in a document still without an anchor, "Tuesday" is a day of no known week).
    let names_day = |t: &Timex| match t.value {
        Value::Point(Point::Weekday(_) | Point::Unknown(Unit::Day)) => true,
        v => v.day().is_some(),
    };
    let on_day_before = day_before
        .is_some_and(|(p, t)| t.as_ref().is_some_and(names_day) && crate::normalize::on_day_named_before(m, p.end));
    (m.expr.is_deictic() && !matches!(m.expr, Expr::Date { .. } | Expr::Named { .. }) && !on_day_before).then_some(m)
}

/// The anchor that shared events give each document that needs one: no anchor, a page stamp, or a
/// dateline that two or more pins overrule (in the first round only). Returns (document index, anchor) for
/// those that change.
///
/// Each report of such a document is compared with at most [`MAX_CANDIDATES`] dated reports that share
/// its blocking keys, rarest keys first, so the cost is linear in the number of reports. A document with
/// a dateline can only be overruled by pins, so only its reports with a deictic expression are compared.
pub(crate) fn infer(inputs: &[Input<'_>], corpus: &Corpus, first_round: bool) -> Vec<(usize, Anchor)> {
    let items = &corpus.items;
    let of: Vec<Reference> = items
        .iter()
        .map(|it| {
            let (day, stamped) = reference(inputs, it);
            Reference { day, stamped, doc: it.doc, features: it.features, norm: it.norm }
        })
        .collect();
    // Copies: items with the same features and the same days, chained in item order.
    let mut first_copy: Vec<u32> = (0..items.len() as u32).collect();
    let mut next_copy: Vec<u32> = vec![u32::MAX; items.len()];
    let mut last: FxHashMap<(u32, Option<Days>), u32> = FxHashMap::default();
    for (i, it) in items.iter().enumerate() {
        if let Some(prev) = last.insert((it.features, it.range), i as u32) {
            next_copy[prev as usize] = i as u32;
            first_copy[i] = first_copy[prev as usize];
        }
    }
    drop(last);
    let refs = References { of, first_copy, next_copy };
    // Each document apart (on all cores with the parallel feature), in document order.
    let docs: Vec<usize> = (0..inputs.len()).collect();
    crate::par::each(&docs, |&d| infer_one(inputs, corpus, &refs, d, first_round).map(|a| (d, a)))
        .into_iter()
        .flatten()
        .collect()
}

/// The anchor that shared events give document `d`, if it needs one and they give one that changes it.
fn infer_one(inputs: &[Input<'_>], corpus: &Corpus, refs: &References, d: usize, first_round: bool) -> Option<Anchor> {
    let own = inputs[d].dated.anchor;
    // Before the first round, an inferred anchor is a dateline's month and day in a year that the prose
    // named ("HOBART, March 3 (AAP) -"): the shared events may give the year.
    if own.is_some_and(|a| a.basis == AnchorBasis::Inferred) && first_round {
        let own = own?.date;
        return yearless_dateline(inputs, corpus, refs, d, (own.month(), own.day()), Some(own));
    }
    // A dateline with a month and a day and a prose that names no year: the shared events give the year
    // if they can, else the document is anchored as one with no date.
    if own.is_none()
        && first_round
        && let Some((month, day)) = crate::normalize::yearless_dateline(inputs[d].parsed)
        && let Some(anchor) = yearless_dateline(inputs, corpus, refs, d, (month, day), None)
    {
        return Some(anchor);
    }
    if own.is_some_and(|a| matches!(a.basis, AnchorBasis::Given | AnchorBasis::Inferred)) {
        return None;
    }
    // A dateline is overruled only on direct evidence, never on anchors inferred in this run.
    if !first_round && own.is_some_and(|a| a.basis == AnchorBasis::Dateline) {
        return None;
    }
    let mut found: Vec<(usize, Constraint)> = Vec::new();
    let dateline = own.filter(|a| a.basis == AnchorBasis::Dateline).map(|a| a.date);
    constrain(inputs, corpus, refs, d, Pass { pins: true, dateline, stamped: false }, &mut found);
    if let Some(a) = own.filter(|a| a.basis == AnchorBasis::Dateline) {
        // A dateline is overruled only by reports whose every match disagrees with it: two or more, and
        // more than the reports that have a match agreeing with it. A report told again on other days
        // (look-alikes, background) matches on several days and so does not count against it.
        let mut agreeing: Vec<usize> = found.iter().filter(|(_, c)| near(a.date, c)).map(|(i, _)| *i).collect();
        agreeing.sort_unstable();
        agreeing.dedup();
        found.retain(|(i, _)| agreeing.binary_search(i).is_err());
        // A report whose matches allow no common anchor (it is told on several days) says nothing.
        let mut common: Vec<(usize, Option<(NaiveDate, NaiveDate)>)> = Vec::new();
        for (i, c) in &found {
            let Constraint::Within(x, y) = *c else { continue };
            match common.last_mut() {
                Some((j, span)) if j == i => {
                    *span = span.and_then(|(p, q)| (p.max(x) <= q.min(y)).then_some((p.max(x), q.min(y))));
                }
                _ => common.push((*i, Some((x, y)))),
            }
        }
        let mut split: Vec<usize> = common.iter().filter(|(_, span)| span.is_none()).map(|(i, _)| *i).collect();
        split.sort_unstable();
        found.retain(|(i, _)| split.binary_search(i).is_err());
        let mut against: Vec<usize> = found.iter().map(|(i, _)| *i).collect();
        against.sort_unstable();
        against.dedup();
        if against.len() < OVERRULE_DATELINE || against.len() <= agreeing.len() {
            return None;
        }
    }
    constrain(inputs, corpus, refs, d, Pass { pins: false, dateline: None, stamped: false }, &mut found);
    // A document that nothing firm dates takes what the reports of pages dated by their stamps say.
    if own.is_none() && found.is_empty() {
        for pins in [true, false] {
            constrain(inputs, corpus, refs, d, Pass { pins, dateline: None, stamped: true }, &mut found);
        }
    }
    let constraints: Vec<Constraint> = found.into_iter().map(|(_, c)| c).collect();
    if let Some((date, pins, lo, hi)) = solve(&constraints) {
        let date = latest_told(&inputs[d], date, hi);
        let apply = match own {
            None => true,
            // A page stamp that the matches allow stands: it is a date the page gives ("Last updated: 3
            // November 2015"), and the earliest day allowed is only a bound. With no pin, the floor allows
            // a stamp up to [`PIN_REACH`] days after it (a report follows its events by days, a crawl by years).
            // A stamp of publication yields only as a dateline does, to two pins or more.
            Some(a) if a.basis == AnchorBasis::Stamp => {
                let reach = if pins == 0 { add_days(lo, PIN_REACH).unwrap_or(hi) } else { hi };
                let published = crate::normalize::published_on_anchor(inputs[d].parsed, a);
                !(date <= a.date && a.date <= reach) && (!published || pins >= OVERRULE_DATELINE)
            }
            Some(a) => {
                pins >= OVERRULE_DATELINE
                    && (add_days(a.date, 1).is_some_and(|x| x < lo) || add_days(a.date, -1).is_some_and(|x| x > hi))
            }
        };
        if apply {
            return Some(Anchor { date, basis: AnchorBasis::Inferred });
        }
    }
    None
}

/// The anchor of a document whose dateline gave its month and day but no year (`own`, in the year that its
/// prose names last, which may be history's; `None` when the prose names none): the same month and day in
/// the year that puts it within [`PIN_REACH`] days of the most documents that it shares events with and
/// that are dated by their metadata or a dateline (by a page stamp, when none is), when more of them than
/// of `own`. Only its reports whose dates hang on the dateline ([`Report::floating`]) are compared, each
/// with the reports of dated documents not yet matched that [`nearest`] finds, as in [`constrain`]: an
/// event with a date of its own ("in 1983") says nothing of the day it was written.
fn yearless_dateline(
    inputs: &[Input<'_>],
    corpus: &Corpus,
    refs: &References,
    d: usize,
    (month, day): (u32, u32),
    own: Option<NaiveDate>,
) -> Option<Anchor> {
    // A document's anchor, and whether it is firm (its metadata or a dateline) or a page stamp.
    let dated = |doc: u32| {
        let anchor = inputs.get(doc as usize).and_then(|i| i.dated.anchor)?;
        match anchor.basis {
            AnchorBasis::Given | AnchorBasis::Dateline => Some((anchor.date, true)),
            AnchorBasis::Stamp => Some((anchor.date, false)),
            _ => None,
        }
    };
    // The anchors of the documents that share an event with this one (each document once), and whether firm.
    let mut shared: Vec<(NaiveDate, bool)> = Vec::new();
    let mut matched: FxHashMap<u32, ()> = FxHashMap::default();
    let items = &corpus.items;
    let mut candidates: Vec<u32> = Vec::new();
    for i in corpus.of_doc(d) {
        if !inputs[d].dated.reports.get(items[i].report as usize).is_some_and(|r| r.floating) {
            continue;
        }
        let usable = |j: u32| {
            let doc = refs.of[j as usize].doc;
            doc as usize != d && !matched.contains_key(&doc) && dated(doc).is_some()
        };
        nearest(corpus, i, usable, &mut candidates);
        for &j in &candidates {
            let r = refs.of[j as usize];
            let Some((date, firm)) = dated(r.doc) else { continue };
            if !matched.contains_key(&r.doc)
                && same_event(&corpus.idf, corpus.features(i), items[i].norm, corpus.entry(r.features), r.norm, false)
                    .is_some()
            {
                shared.push((date, firm));
                matched.insert(r.doc, ());
            }
        }
    }
    // With no prose year and no event shared, the run's other documents are the story's other reports: their
    // dates give the year ("BRASILIA, Nov 21 (Reuters) -" among reports of November 2025).
    if shared.is_empty() && own.is_none() {
        shared.extend((0..inputs.len()).filter(|&o| o != d).filter_map(|o| dated(o as u32)));
    }
    // Page stamps count only where no firm date does.
    if shared.iter().any(|&(_, firm)| firm) {
        shared.retain(|&(_, firm)| firm);
    }
    let mut dates: Vec<NaiveDate> = shared.iter().map(|&(a, _)| a).collect();
    dates.sort_unstable();
    // How many of the documents' dates lie within the reach of a day.
    let near = |x: NaiveDate| match (add_days(x, -PIN_REACH), add_days(x, PIN_REACH)) {
        (Some(lo), Some(hi)) => dates.partition_point(|&a| a <= hi) - dates.partition_point(|&a| a < lo),
        _ => 0,
    };
    let mut years: Vec<i32> = dates.iter().flat_map(|a| a.year() - 1..=a.year().saturating_add(1)).collect();
    years.sort_unstable();
    years.dedup();
    let best = years
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .max_by_key(|&x| (near(x), Reverse(x)))?;
    (near(best) > own.map_or(0, near)).then_some(Anchor { date: best, basis: AnchorBasis::Inferred })
}

/// The day from `date` to `hi`, a week at most, under which the weekdays that the document tells in the
/// past lie nearest before it: the earliest day the matches allow may put a weekday that it names after the
/// shared event a week back ("battered the coast on Tuesday ... power was back by Wednesday", anchored on
/// the Tuesday, put that Wednesday six days before). The day kept makes the longest time from a past
/// weekday to the anchor the shortest, the earliest such day on a tie; `date` when no weekday is so told.
fn latest_told(input: &Input<'_>, date: NaiveDate, hi: NaiveDate) -> NaiveDate {
    let told: Vec<&Mention> = input
        .parsed
        .mentions
        .iter()
        .filter(|m| matches!(m.tense, Tense::Past | Tense::Completed) && m.expr.plain_weekday().is_some())
        .collect();
    if told.is_empty() {
        return date;
    }
    let longest_lag = |a: NaiveDate| {
        told.iter()
            .filter_map(|m| {
                let cx = Context { speech: Some(a), reference: Some(a.into()), tense: m.tense, ..Context::default() };
                resolve(&m.expr, &cx)?.range(None)
            })
            .map(|(first, _)| (a - first).num_days())
            .max()
            .unwrap_or(0)
    };
    (0..7).map_while(|n| add_days(date, n).filter(|a| *a <= hi)).min_by_key(|&a| (longest_lag(a), a)).unwrap_or(date)
}

/// What anchoring reads of every item, and each item's copies.
struct References {
    /// Each item's record.
    of: Vec<Reference>,
    /// The first item with the same features and days.
    first_copy: Vec<u32>,
    /// The next item with the same features and days (`u32::MAX` for none).
    next_copy: Vec<u32>,
}

/// What anchoring reads of an item, packed: one read per candidate.
#[derive(Clone, Copy)]
struct Reference {
    /// Its day, when it can serve as a reference.
    day: Option<NaiveDate>,
    /// Its day when it can serve as a reference or hangs on a page stamp: what a document with no anchor
    /// that no firm reference dates is anchored by.
    stamped: Option<NaiveDate>,
    /// Its document.
    doc: u32,
    /// Its features entry.
    features: u32,
    /// The norm of its term vector.
    norm: f32,
}

/// The items of `a` and `b` taken in turn, then the rest of the longer.
fn interleave<'a>(
    mut a: impl Iterator<Item = &'a u32>,
    mut b: impl Iterator<Item = &'a u32>,
) -> impl Iterator<Item = u32> {
    let mut from_a = true;
    std::iter::from_fn(move || {
        let next = if from_a { a.next().or_else(|| b.next()) } else { b.next().or_else(|| a.next()) };
        from_a = !from_a;
        next.copied()
    })
}

/// The items that `usable` accepts nearest to item `i` in its posting lists, at most [`MAX_CANDIDATES`]
/// among [`MAX_SCAN`] entries, into `out` (cleared), sorted: the lists rarest first, and in each the items
/// nearest to it (items are laid out in date order), alternately before and after it.
fn nearest(corpus: &Corpus, i: usize, usable: impl Fn(u32) -> bool, out: &mut Vec<u32>) {
    let mut lists: Vec<(u32, &[u32])> = corpus.lists_of(i).iter().map(|&l| (l, corpus.list(l))).collect();
    lists.sort_by_key(|&(l, list)| (list.len(), l));
    out.clear();
    let mut budget = MAX_SCAN;
    for (_, list) in lists {
        let room = MAX_CANDIDATES.saturating_sub(out.len());
        if room == 0 || budget == 0 {
            break;
        }
        let at = list.partition_point(|&j| (j as usize) < i);
        let before = list[..at].iter().rev();
        let after = list[at..].iter().filter(|&&j| j as usize != i);
        let mut seen = 0;
        let near = interleave(before, after).take(budget).inspect(|_| seen += 1).filter(|&j| usable(j));
        out.extend(near.take(room));
        budget -= seen;
    }
    out.sort_unstable();
    out.dedup();
}

/// True when a pin allows an anchor within a day of the dateline: the match agrees with it.
fn near(dateline: NaiveDate, c: &Constraint) -> bool {
    match *c {
        Constraint::Within(x, y) => {
            add_days(dateline, 1).is_some_and(|h| x <= h) && add_days(dateline, -1).is_some_and(|l| y >= l)
        }
        Constraint::NotBefore(_) => true,
    }
}

/// Which reports [`constrain`] reads, and against what.
#[derive(Clone, Copy)]
struct Pass {
    /// Those with a deictic expression when true, the others when false.
    pins: bool,
    /// The document's dateline, which a match agreeing with it settles.
    dateline: Option<NaiveDate>,
    /// Matches dated by a page stamp count too ([`Reference::stamped`]).
    stamped: bool,
}

/// What the floating reports of document `d` that match dated reports say about its anchor, each with the
/// item that says it: those with a deictic expression when `pins` is true, the others when it is false.
/// Against a `dateline`, a report's first match that agrees with it is its last, and so is the first that
/// leaves its pins no common anchor.
fn constrain(
    inputs: &[Input<'_>],
    corpus: &Corpus,
    refs: &References,
    d: usize,
    Pass { pins, dateline, stamped }: Pass,
    constraints: &mut Vec<(usize, Constraint)>,
) {
    let day_of = |r: &Reference| if stamped { r.stamped } else { r.day };
    let items = &corpus.items;
    let input = &inputs[d];
    let mut candidates: Vec<u32> = Vec::new();
    let mut pinned: Vec<(NaiveDate, Option<(NaiveDate, NaiveDate)>)> = Vec::new();
    for i in corpus.of_doc(d) {
        let item = &items[i];
        let Some(report) = input.dated.reports.get(item.report as usize) else { continue };
        let pinning = deictic(input, report);
        if !report.floating || pinning.is_some() != pins {
            continue;
        }
        // Against a dateline, a copy of the report in another document of the same days settles it when
        // its day agrees: no search needed.
        if let (Some(a), Some(m)) = (dateline, pinning) {
            let mut copy = refs.first_copy[i];
            let mut agreed = None;
            for _ in 0..MAX_COPIES {
                if copy == u32::MAX {
                    break;
                }
                let r = refs.of[copy as usize];
                let same = || {
                    let f = corpus.features(i);
                    same_event(&corpus.idf, f, item.norm, f, r.norm, false).is_some()
                };
                if copy as usize != i
                    && r.doc as usize != d
                    && same()
                    && let Some((lo, hi)) = r.day.and_then(|day| pin(&m.expr, m.tense, day))
                {
                    let c = Constraint::Within(lo, hi);
                    if near(a, &c) {
                        agreed = Some(c);
                        break;
                    }
                }
                copy = refs.next_copy[copy as usize];
            }
            if let Some(c) = agreed {
                constraints.push((i, c));
                continue;
            }
        }
        pinned.clear();
        nearest(
            corpus,
            i,
            |j| day_of(&refs.of[j as usize]).is_some() && refs.of[j as usize].doc as usize != d,
            &mut candidates,
        );
        // Against a dateline, one match that agrees with it settles a report: look at the matches of the
        // days nearest its own date first.
        let own = report.date.and_then(|d| d.range()).map(|(a, _)| a);
        if let (Some(_), Some(own)) = (dateline, own) {
            candidates
                .sort_by_cached_key(|&j| (day_of(&refs.of[j as usize]).map(|day| (day - own).num_days().abs()), j));
        }
        // The anchors that this report's pins all allow so far.
        let mut common: Option<(NaiveDate, NaiveDate)> = None;
        for &j in &candidates {
            let r = refs.of[j as usize];
            let Some(day) = day_of(&r) else { continue };
            if same_event(&corpus.idf, corpus.features(i), item.norm, corpus.entry(r.features), r.norm, false).is_none()
            {
                continue;
            }
            let c = match pinning {
                Some(m) => {
                    // Matches of one report often share their day: resolve each day once.
                    let allowed = match pinned.iter().find(|(d, _)| *d == day) {
                        Some(&(_, allowed)) => allowed,
                        None => {
                            let allowed = pin(&m.expr, m.tense, day);
                            pinned.push((day, allowed));
                            allowed
                        }
                    };
                    match allowed {
                        Some((lo, hi)) => Constraint::Within(lo, hi),
                        None => continue,
                    }
                }
                // A report tells of what happened by the time it was written, so its document is no older
                // than the match's day; unless the match tells of it in the future tense (a plan: "officials
                // will meet again on April 30"), which bounds nothing.
                None if planned(inputs, &items[j as usize]) => continue,
                None => Constraint::NotBefore(day),
            };
            constraints.push((i, c));
            let Some(a) = dateline else { continue };
            if near(a, &c) {
                break;
            }
            // Pins that allow no common anchor: the report is told on several days and says nothing
            // against the dateline (the nearer matches, which could agree with it, came first).
            if let Constraint::Within(lo, hi) = c {
                let (p, q) = common.map_or((lo, hi), |(p, q)| (p.max(lo), q.min(hi)));
                if p > q {
                    break;
                }
                common = Some((p, q));
            }
        }
    }
}

/// The earliest day that the most pins allow and that the lower bounds allow, with how many pins agree
/// and the interval they allow.
fn solve(constraints: &[Constraint]) -> Option<(NaiveDate, usize, NaiveDate, NaiveDate)> {
    let mut pins: Vec<(NaiveDate, NaiveDate)> = constraints
        .iter()
        .filter_map(|c| match *c {
            Constraint::Within(a, b) => Some((a, b)),
            _ => None,
        })
        .collect();
    let floor = constraints
        .iter()
        .filter_map(|c| match *c {
            Constraint::NotBefore(d) => Some(d),
            _ => None,
        })
        .max();
    if pins.is_empty() {
        let f = floor?;
        return Some((f, 0, f, NaiveDate::MAX));
    }
    // The region covered by the most pins: a sweep over the pins' starts, keeping the ends of the pins
    // that cover the current start; the earliest start with the most pins wins.
    pins.sort();
    let mut ends: BinaryHeap<Reverse<NaiveDate>> = BinaryHeap::new();
    let mut best: Option<(usize, NaiveDate, NaiveDate)> = None;
    let mut k = 0;
    while k < pins.len() {
        let start = pins[k].0;
        while k < pins.len() && pins[k].0 == start {
            ends.push(Reverse(pins[k].1));
            k += 1;
        }
        while ends.peek().is_some_and(|Reverse(e)| *e < start) {
            ends.pop();
        }
        let n = ends.len();
        let hi = ends.peek().map_or(start, |Reverse(e)| *e);
        if best.is_none_or(|(bn, _, _)| n > bn) {
            best = Some((n, start, hi));
        }
    }
    let (n, lo, hi) = best?;
    let date = match floor {
        Some(f) if f > hi => hi,
        Some(f) if f > lo => f,
        _ => lo,
    };
    Some((date, n, lo, hi))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Unit;
    use crate::parse::expr::{RelativeTo, Tense};

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn pins_follow_the_expression() {
        let saturday = Expr::Weekday { day: 6, shift: None };
        assert_eq!(pin(&saturday, Tense::Past, d("2015-10-03")), Some((d("2015-10-03"), d("2015-10-09"))));
        let yesterday = Expr::Relative { unit: Unit::Day, offset: -1, to: RelativeTo::Speech };
        assert_eq!(pin(&yesterday, Tense::Past, d("2015-10-03")), Some((d("2015-10-04"), d("2015-10-04"))));
        assert_eq!(pin(&saturday, Tense::Past, d("2015-10-05")), None);
    }

    #[test]
    fn solving_prefers_the_most_pins_then_the_floor() {
        let c = [
            Constraint::Within(d("2015-11-03"), d("2015-11-09")),
            Constraint::Within(d("2015-11-03"), d("2015-11-03")),
            Constraint::NotBefore(d("2015-09-30")),
        ];
        assert_eq!(solve(&c).map(|s| s.0), Some(d("2015-11-03")));
        let c = [Constraint::NotBefore(d("2015-10-01")), Constraint::NotBefore(d("2015-10-03"))];
        assert_eq!(solve(&c).map(|s| s.0), Some(d("2015-10-03")));
        let c = [Constraint::Within(d("2015-10-03"), d("2015-10-09")), Constraint::NotBefore(d("2015-10-05"))];
        assert_eq!(solve(&c).map(|s| s.0), Some(d("2015-10-05")));
        assert_eq!(solve(&[]), None);
    }
}
