//! Blocking: which pairs of reports are compared at all.
//!
//! Two reports are compared only when they share a blocking key (a
//! significant number, or one of the rarest words of each) and their days
//! overlap. Each key's reports are kept in date order. Each report looks
//! back, under each of its keys, rarest key first, for the latest earlier
//! reports whose days reach its own: at most [`PER_KEY`] under one key and
//! [`PER_REPORT`] in all, scanning at most [`SCAN`] places back under one
//! key. A key shared by more than [`MAX_POSTING`] reports is too common to
//! block on. So each report is compared with a bounded number of others:
//! the cost is linear in the number of reports, however dense the days,
//! never the square of it.
//!
//! A report with no known day may be any day: under each key it meets the
//! first reports in date order.
//!
//! Reports with the same features and the same days (the copies of one
//! wire story) are twins: each is paired with the first of them only, and
//! only that first one looks for others.

use chrono::NaiveDate;

use std::hash::{Hash, Hasher};

use super::corpus::{Corpus, Key};
use super::fxhash::{FxHashMap, FxHasher};

/// A key shared by more reports than this is too common to block on.
pub const MAX_POSTING: usize = 2000;
/// At most this many earlier reports are paired with a report under one key.
pub const PER_KEY: usize = 6;
/// At most this many earlier reports are paired with a report in all.
pub const PER_REPORT: usize = 24;
/// At most this many places back are scanned under one key.
pub const SCAN: usize = 4 * PER_KEY;

/// Each item's twin: the first item with the same features and the same days (copies of a wire story
/// are word for word the same), else itself.
fn twins(corpus: &Corpus) -> Vec<u32> {
    let items = &corpus.items;
    let mut first: FxHashMap<u64, Vec<u32>> = FxHashMap::default();
    let mut twin: Vec<u32> = (0..items.len() as u32).collect();
    for (i, it) in items.iter().enumerate() {
        let mut h = FxHasher::default();
        (&it.features.numbers, &it.features.terms, it.range).hash(&mut h);
        let seen = first.entry(h.finish()).or_default();
        let same = |&&j: &&u32| {
            let other = &items[j as usize];
            other.range == it.range && other.features == it.features
        };
        match seen.iter().find(same) {
            Some(&j) => twin[i] = j,
            None => seen.push(i as u32),
        }
    }
    twin
}

/// Calls `visit(a, b)`, with `a < b`, once for each candidate pair of items, in a fixed order: each item
/// with its twin (see [`twins`]), and the items that are their own twins with one another.
pub fn candidates(corpus: &Corpus, mut visit: impl FnMut(u32, u32)) {
    let items = &corpus.items;
    let twin = twins(corpus);
    for (i, &t) in twin.iter().enumerate() {
        if t as usize != i {
            visit(t, i as u32);
        }
    }
    // The days of each item, packed for the scans.
    let ranges: Vec<Option<(NaiveDate, NaiveDate)>> = items.iter().map(|it| it.range).collect();
    // Each usable key's items in date order (undated first), and where each item stands in each list.
    let index = corpus.postings(|i| twin[i] as usize == i);
    let mut lists: Vec<(Key, Vec<u32>)> = index
        .into_iter()
        .filter(|(_, l)| l.len() > 1 && l.len() <= MAX_POSTING)
        .map(|(k, mut l)| {
            l.sort_by_key(|&i| (ranges[i as usize], i));
            (k, l)
        })
        .collect();
    lists.sort_unstable_by_key(|(k, l)| (l.len(), *k));
    // Per item: (list, position), rarest list first (lists are sorted by length), all in one array.
    let mut start = vec![0u32; items.len() + 1];
    for (_, list) in &lists {
        for &i in list {
            start[i as usize + 1] += 1;
        }
    }
    for i in 0..items.len() {
        start[i + 1] += start[i];
    }
    let mut fill: Vec<u32> = start[..items.len()].to_vec();
    let mut places: Vec<(u32, u32)> = vec![(0, 0); start[items.len()] as usize];
    let mut undated: Vec<u32> = Vec::with_capacity(lists.len());
    for (l, (_, list)) in lists.iter().enumerate() {
        for (p, &i) in list.iter().enumerate() {
            places[fill[i as usize] as usize] = (l as u32, p as u32);
            fill[i as usize] += 1;
        }
        undated.push(list.iter().take_while(|&&i| ranges[i as usize].is_none()).count() as u32);
    }
    drop(fill);

    let mut found: Vec<u32> = Vec::with_capacity(PER_REPORT);
    for i in 0..items.len() {
        let place = &places[start[i] as usize..start[i + 1] as usize];
        found.clear();
        let range = ranges[i];
        for &(l, p) in place {
            if found.len() >= PER_REPORT {
                break;
            }
            let list = &lists[l as usize].1;
            let (p, u) = (p as usize, undated[l as usize] as usize);
            let room = PER_KEY.min(PER_REPORT - found.len());
            let before = found.len();
            match range {
                Some((start, _)) => {
                    // The latest earlier dated items whose days reach this one's start.
                    for &j in list[u..p].iter().rev().take(SCAN) {
                        if ranges[j as usize].is_some_and(|(_, end)| end >= start) {
                            found.push(j);
                            if found.len() - before == room {
                                break;
                            }
                        }
                    }
                }
                None => {
                    // The undated items before it, and the first dated items.
                    let earlier = list[..p].iter();
                    let dated = list[u..].iter();
                    found.extend(earlier.chain(dated).take(room));
                }
            }
        }
        found.sort_unstable();
        found.dedup();
        for &j in &found {
            visit(j.min(i as u32), j.max(i as u32));
        }
    }
}
