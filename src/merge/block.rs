//! Blocking: which pairs of reports are compared at all.
//!
//! Two reports are compared only when they share a blocking key (a
//! significant number, or one of the rarest words of each that another
//! report uses too) and their days overlap. Each key's reports are kept in
//! date order. Each report looks back, under each of its keys, rarest key
//! first, for the latest earlier reports whose days reach its own: at most
//! [`PER_KEY`] under one key and [`PER_REPORT`] in all, scanning at most
//! [`SCAN`] places back under one key. A key shared by more than
//! [`MAX_POSTING`] reports is too common to block on. So each report is
//! compared with a bounded number of others: the cost is linear in the
//! number of reports, however dense the days, never the square of it.
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
use crate::fxhash::{FxHashMap, FxHasher};

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
    // The first item of each hash; the others of a hash that two different items share.
    let mut first: FxHashMap<u64, u32> = FxHashMap::default();
    let mut more: FxHashMap<u64, Vec<u32>> = FxHashMap::default();
    let mut twin: Vec<u32> = (0..items.len() as u32).collect();
    // The hash of each entry's numbers and terms, on all cores: copies share an entry.
    let entries: Vec<u32> = (0..corpus.entries() as u32).collect();
    let hashes: Vec<u64> = crate::par::chunks(&entries, |run| {
        run.iter()
            .map(|&k| {
                let mut h = FxHasher::default();
                let f = corpus.entry(k);
                (f.numbers, f.terms).hash(&mut h);
                h.finish()
            })
            .collect::<Vec<u64>>()
    })
    .concat();
    for (i, it) in items.iter().enumerate() {
        let f = corpus.features(i);
        let mut h = FxHasher::default();
        (hashes.get(it.features as usize), it.range).hash(&mut h);
        let h = h.finish();
        let same = |j: u32| {
            let other = &items[j as usize];
            other.range == it.range && (other.features == it.features || corpus.features(j as usize) == f)
        };
        match first.get(&h) {
            None => {
                first.insert(h, i as u32);
            }
            Some(&j) if same(j) => twin[i] = j,
            Some(_) => {
                let others = more.entry(h).or_default();
                match others.iter().copied().find(|&j| same(j)) {
                    Some(j) => twin[i] = j,
                    None => others.push(i as u32),
                }
            }
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
    // Each usable key's items that are their own twins, in date order (undated first), flat; then the
    // lists in order of rarity.
    let mut flat: Vec<u32> = Vec::new();
    let mut spans: Vec<(u32, u32, Key)> = Vec::new();
    for l in 0..corpus.lists() as u32 {
        let Some(key) = corpus.list_key(l) else { continue };
        let at = flat.len();
        flat.extend(corpus.list(l).iter().filter(|&&i| twin[i as usize] == i));
        let n = flat.len() - at;
        if n <= 1 || n > MAX_POSTING {
            flat.truncate(at);
            continue;
        }
        flat[at..].sort_by_key(|&i| (ranges[i as usize], i));
        spans.push((at as u32, n as u32, key));
    }
    spans.sort_unstable_by_key(|&(_, n, key)| (n, key));
    let lists: Vec<&[u32]> = spans.iter().map(|&(at, n, _)| &flat[at as usize..(at + n) as usize]).collect();
    drop(spans);

    // Per item: (list, position), rarest list first (lists are sorted by length), all in one array.
    let mut start = vec![0u32; items.len() + 1];
    for list in &lists {
        for &i in *list {
            start[i as usize + 1] += 1;
        }
    }
    for i in 0..items.len() {
        start[i + 1] += start[i];
    }
    let mut fill: Vec<u32> = start[..items.len()].to_vec();
    let mut places: Vec<(u32, u32)> = vec![(0, 0); start[items.len()] as usize];
    let mut undated: Vec<u32> = Vec::with_capacity(lists.len());
    for (l, list) in lists.iter().enumerate() {
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
            let list = lists[l as usize];
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Candidate pairs among `n` reports of one day that all share their words, each with its own figure.
    fn pairs(n: usize, same_figure: bool) -> usize {
        let texts = (0..n).map(|k| {
            let figure = if same_figure { 40 } else { 100 + k };
            format!("07 October 2015\n\nRussian jets flew {figure} sorties over Hama province on Tuesday.")
        });
        let (units, dated) = crate::merge::test_units(texts);
        let inputs = crate::inputs(&units, &dated);
        let corpus = Corpus::new(&inputs);
        let mut count = 0;
        candidates(&corpus, |a, b| {
            assert!(a < b);
            count += 1;
        });
        count
    }

    #[test]
    fn each_report_meets_a_bounded_number_of_others() {
        // Reports that share every key: without a bound, n (n - 1) / 2 pairs.
        for n in [10, 100, 400] {
            let found = pairs(n, false);
            assert!(found <= n * PER_REPORT, "{n} reports: {found} pairs");
            assert!(found >= (n - 1).min(n * PER_KEY / 2), "{n} reports: only {found} pairs");
        }
        // Twins (the same figure and words on the same day) meet through the first of them: one pair each.
        assert_eq!(pairs(50, true), 49);
    }

    #[test]
    fn words_of_one_report_alone_block_nothing() {
        // The longer report has more words of its own than it has keys: its keys must be the words that it
        // shares, or it meets nothing.
        let texts = [
            "07 October 2015\n\nAn appeals court ruled the toll unlawful and ordered refunds on Tuesday.",
            "07 October 2015\n\nAn appeals court ruled on Tuesday that the toll, approved by aldermen in \
             spring, broke the borough's founding charter and ordered refunds to weary motorists, ferrymen \
             and cyclists.",
        ];
        let (units, dated) = crate::merge::test_units(texts.map(String::from));
        let inputs = crate::inputs(&units, &dated);
        let corpus = Corpus::new(&inputs);
        let mut found = Vec::new();
        candidates(&corpus, |a, b| found.push((corpus.items[a as usize].doc, corpus.items[b as usize].doc)));
        assert!(found.contains(&(0, 1)), "{found:?}");
    }
}
