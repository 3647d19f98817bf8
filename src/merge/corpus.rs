//! The reports of every document as the merger compares them: their
//! features, their term weights, their blocking keys, and the days each may
//! match. Features and keys do not depend on any anchor, so they are counted
//! once per reduce; only the days change when a document is anchored again.

use std::collections::hash_map::Entry;
use std::hash::Hasher;

use chrono::NaiveDate;

use super::Input;
use super::features::{Features, Packed, View, Vocabulary};
use super::similar::Idf;
use crate::fxhash::{FxHashMap, FxHasher};
use crate::normalize::calendar::add_days;
use crate::normalize::{Basis, Dated, Report};

/// How many of a report's rarest words (of those another report uses too) serve as blocking keys.
const RARE_TERMS: usize = 6;
/// How many days before its document's date a report dated only by that date may reach.
pub const DOCUMENT_REACH: i64 = 7;

/// The first and last day of a span.
pub type Days = (NaiveDate, NaiveDate);

/// A report with what the merger compares.
#[derive(Clone, Debug)]
pub struct Item {
    /// The document's index in the inputs.
    pub doc: u32,
    /// The report's index in the document's reports.
    pub report: u32,
    /// Its numbers and words: an entry of the corpus's packed features (copies share one).
    pub features: u32,
    /// The norm of its term vector.
    pub norm: f32,
    /// The days it may match: its own date, or the week up to its document's date.
    pub range: Option<(NaiveDate, NaiveDate)>,
    /// The days its date covers.
    pub date: Option<Days>,
    /// Its sentence's index in its document.
    pub sentence: u32,
    /// Its paragraph's index in its document.
    pub block: u32,
    /// Its paragraph opens with a quotation mark.
    pub quote: bool,
}

/// A blocking key: a significant number, or one of a report's rarest words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    /// A significant number.
    Number(u64),
    /// A term id.
    Term(u32),
}

/// Every report of every document, with the weights and keys to compare them.
#[derive(Debug)]
pub struct Corpus {
    /// The reports, in date order.
    pub items: Vec<Item>,
    /// Their features, packed.
    packed: Packed,
    /// Term weights counted over all the reports.
    pub idf: Idf,
    /// Where the keys of each entry of `packed` start in `key_list` (one more entry at the end).
    key_start: Vec<u32>,
    /// The posting list of each key of each entry of `packed` (its keys sorted), entry after entry: copies
    /// of a report share their entry, and so their keys.
    key_list: Vec<u32>,
    /// Every posting list, list after list, each in item order.
    postings: Vec<u32>,
    /// Where each posting list starts in `postings` (one more entry at the end).
    list_start: Vec<u32>,
    /// The key of each posting list.
    list_key: Vec<Key>,
    /// The items of each document in report order, document after document.
    by_doc: Vec<u32>,
    /// Where each document's items start in `by_doc` (one more entry at the end).
    first: Vec<usize>,
}

/// The days a report dated `(a, b)` may match: its own date, or the week up to its document's date when
/// only that dates it.
fn reach(r: &Report, (a, b): Days) -> Option<Days> {
    if r.mention.is_some() || r.basis == Basis::Section {
        return Some((a, b));
    }
    Some((add_days(a, -DOCUMENT_REACH).unwrap_or(a), b))
}

/// A report's days it may match, its days, its document and its index there.
type Place = (Option<Days>, Option<Days>, u32, u32);

/// A run of items counted apart: the features of its distinct streams under term ids of its own.
struct Run<'a> {
    /// Its term ids.
    vocab: Vocabulary,
    /// The features of each distinct stream, in order of its first item.
    packed: Packed,
    /// Each distinct stream with its hash (0 when the run is the only one: no other run looks it up).
    streams: Vec<(&'a str, u64)>,
    /// Its items, each with its entry in `packed` as its features.
    items: Vec<Item>,
}

impl<'a> Run<'a> {
    fn count(inputs: &[Input<'a>], run: &[Place], hashed: bool) -> Run<'a> {
        let mut counted =
            Run { vocab: Vocabulary::default(), packed: Packed::default(), streams: Vec::new(), items: Vec::new() };
        counted.items.reserve(run.len());
        // Copies of a wire story give the same stream: count its features once.
        let mut seen: FxHashMap<&str, u32> = FxHashMap::default();
        for &(range, date, doc, k) in run {
            let input = inputs[doc as usize];
            let r = &input.dated.reports[k as usize];
            let stream = input.streams.get(r.sentence).map_or("", String::as_str);
            let features = *seen.entry(stream).or_insert_with(|| {
                counted.streams.push((stream, if hashed { hash(stream) } else { 0 }));
                counted.packed.push_stream(stream, &mut counted.vocab)
            });
            counted.items.push(Item {
                doc,
                report: k,
                features,
                norm: 0.0,
                range,
                date,
                sentence: r.sentence as u32,
                block: r.block as u32,
                quote: r.quote,
            });
        }
        counted
    }
}

/// Counts the features of the items in `order`, in runs of `run_len` counted apart (on all cores with the
/// parallel feature) and then taken in run after run: the term ids and entries come out as if all were
/// counted in one pass, in item order.
fn count<'a>(inputs: &[Input<'a>], order: &[Place], run_len: usize) -> (Vocabulary, Packed, Vec<Item>) {
    let runs: Vec<&[Place]> = order.chunks(run_len.max(1)).collect();
    let hashed = runs.len() > 1;
    let mut runs = crate::par::each(&runs, |run| Run::count(inputs, run, hashed)).into_iter();
    let Some(first) = runs.next() else { return (Vocabulary::default(), Packed::default(), Vec::new()) };
    // The first run's ids and entries are already those of one pass.
    let Run { mut vocab, mut packed, streams, mut items } = first;
    let mut copies = Copies::default();
    if hashed {
        for (k, &(stream, hash)) in streams.iter().enumerate() {
            copies.insert(stream, hash, k as u32);
        }
    }
    let mut mapped = Features::default();
    let mut entries: Vec<u32> = Vec::new();
    for run in runs {
        let ids = vocab.absorb(&run.vocab);
        entries.clear();
        for (k, &(stream, hash)) in run.streams.iter().enumerate() {
            let entry = copies.find(stream, hash).unwrap_or_else(|| {
                mapped.set_mapped(run.packed.get(k as u32), &ids);
                let entry = packed.push(mapped.view());
                copies.insert(stream, hash, entry);
                entry
            });
            entries.push(entry);
        }
        let at = items.len();
        items.extend(run.items);
        for it in &mut items[at..] {
            it.features = entries.get(it.features as usize).copied().unwrap_or(u32::MAX);
        }
    }
    (vocab, packed, items)
}

fn hash(stream: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(stream.as_bytes());
    h.finish()
}

/// The entry of each distinct stream, found by its hash (computed on all cores) and checked against the
/// stream itself.
#[derive(Default)]
struct Copies<'a> {
    by_hash: FxHashMap<u64, (&'a str, u32)>,
    /// Streams whose hash an earlier, different stream has.
    clashing: FxHashMap<&'a str, u32>,
}

impl<'a> Copies<'a> {
    fn find(&self, stream: &str, hash: u64) -> Option<u32> {
        match self.by_hash.get(&hash) {
            Some(&(s, entry)) if s == stream => Some(entry),
            Some(_) => self.clashing.get(stream).copied(),
            None => None,
        }
    }

    fn insert(&mut self, stream: &'a str, hash: u64, entry: u32) {
        match self.by_hash.entry(hash) {
            Entry::Vacant(e) => {
                e.insert((stream, entry));
            }
            Entry::Occupied(_) => {
                self.clashing.insert(stream, entry);
            }
        }
    }
}

impl Corpus {
    /// Counts the features, weights and keys of every report of the inputs. Items are laid out in date
    /// order (undated last), so that reports that may be compared sit near one another in memory.
    pub fn new(inputs: &[Input<'_>]) -> Corpus {
        Corpus::counted(inputs, None)
    }

    /// [`Corpus::new`], counting the features in runs of `run_len` items (else as many as there are cores
    /// to count them); the result is the same whatever the runs.
    fn counted(inputs: &[Input<'_>], run_len: Option<usize>) -> Corpus {
        // Each report's days and place, then in date order (undated last).
        let docs: Vec<u32> = (0..inputs.len() as u32).collect();
        let mut order: Vec<Place> = crate::par::chunks(&docs, |run| {
            let mut places = Vec::new();
            for &doc in run {
                for (k, r) in inputs[doc as usize].dated.reports.iter().enumerate() {
                    let date = r.date.and_then(|d| d.range());
                    places.push((date.and_then(|d| reach(r, d)), date, doc, k as u32));
                }
            }
            places
        })
        .concat();
        crate::par::sort_unstable_by_key(&mut order, |&(range, _, doc, k)| (range.is_none(), range, doc, k));
        let run_len = run_len.unwrap_or_else(|| crate::par::run_len(order.len()));
        let (vocab, packed, mut items) = count(inputs, &order, run_len);
        drop(order);
        // Each document's items, in report order: a document's reports are all items, so a report's place
        // is its document's start plus its index.
        let mut first = vec![0usize; inputs.len() + 1];
        for (d, input) in inputs.iter().enumerate() {
            first[d + 1] = first[d] + input.dated.reports.len();
        }
        let mut by_doc: Vec<u32> = vec![0; items.len()];
        for (i, it) in items.iter().enumerate() {
            if let Some(slot) = by_doc.get_mut(first[it.doc as usize] + it.report as usize) {
                *slot = i as u32;
            }
        }
        let idf = Idf::new(items.iter().map(|it| packed.get(it.features)), vocab.len());
        let norms: Vec<f32> = (0..packed.len() as u32).map(|k| idf.norm(packed.get(k))).collect();
        for it in &mut items {
            it.norm = norms.get(it.features as usize).copied().unwrap_or(0.0);
        }
        // Each entry's keys (its numbers and rarest words, sorted), run by run on all cores: counted once for
        // all the copies of a report.
        let entries: Vec<u32> = (0..packed.len() as u32).collect();
        let runs = crate::par::chunks(&entries, |run| {
            let mut keys: Vec<Key> = Vec::with_capacity(run.len() * (RARE_TERMS + 2));
            let mut lens: Vec<u32> = Vec::with_capacity(run.len());
            let mut terms: Vec<u32> = Vec::new();
            for &k in run {
                terms.clear();
                let f = packed.get(k);
                // A word that no other report uses blocks nothing: the rarest of the shared words.
                terms.extend(f.words.iter().filter(|&&t| idf.shared(t)));
                terms.sort_by(|a, b| idf.weight(*b).total_cmp(&idf.weight(*a)).then(a.cmp(b)));
                terms.truncate(RARE_TERMS);
                let at = keys.len();
                keys.extend(f.numbers.iter().map(|&n| Key::Number(n)));
                keys.extend(terms.iter().map(|&t| Key::Term(t)));
                keys[at..].sort_unstable();
                lens.push((keys.len() - at) as u32);
            }
            (keys, lens)
        });
        let mut keys: Vec<Key> = Vec::with_capacity(runs.iter().map(|(k, _)| k.len()).sum());
        let mut key_start: Vec<u32> = Vec::with_capacity(entries.len() + 1);
        for (run_keys, lens) in runs {
            let mut at = keys.len() as u32;
            for len in lens {
                key_start.push(at);
                at += len;
            }
            keys.extend(run_keys);
        }
        key_start.push(keys.len() as u32);

        // The posting lists, flat: a word's list is its term id, a number's comes after them in order of
        // first appearance (entries are in order of their first item, so this is the items' order); count,
        // then fill in item order.
        let terms_len = vocab.len() as u32;
        let mut list_key: Vec<Key> = (0..terms_len).map(Key::Term).collect();
        let mut numbers: FxHashMap<u64, u32> = FxHashMap::default();
        let key_list: Vec<u32> = keys
            .iter()
            .map(|k| match *k {
                Key::Term(t) => t,
                Key::Number(n) => *numbers.entry(n).or_insert_with(|| {
                    list_key.push(Key::Number(n));
                    list_key.len() as u32 - 1
                }),
            })
            .collect();
        drop(numbers);
        let lists_of = |features: u32| {
            let k = features as usize;
            &key_list[key_start[k] as usize..key_start[k + 1] as usize]
        };
        let mut list_start = vec![0u32; list_key.len() + 1];
        for it in &items {
            for &l in lists_of(it.features) {
                list_start[l as usize + 1] += 1;
            }
        }
        for l in 0..list_key.len() {
            list_start[l + 1] += list_start[l];
        }
        let mut fill: Vec<u32> = list_start[..list_key.len()].to_vec();
        let mut postings = vec![0u32; list_start[list_key.len()] as usize];
        for (i, it) in items.iter().enumerate() {
            for &l in lists_of(it.features) {
                postings[fill[l as usize] as usize] = i as u32;
                fill[l as usize] += 1;
            }
        }
        drop(keys);
        Corpus { items, packed, idf, key_start, key_list, postings, list_start, list_key, by_doc, first }
    }

    /// The items of a document, in report order.
    pub fn of_doc(&self, doc: usize) -> impl Iterator<Item = usize> + '_ {
        let a = self.first.get(doc).copied().unwrap_or(0);
        let b = self.first.get(doc + 1).copied().unwrap_or(a);
        self.by_doc.get(a..b).unwrap_or(&[]).iter().map(|&i| i as usize)
    }

    /// Takes a document's new dates after it was anchored again. False when its reports are no longer the
    /// same sentences (then the corpus must be counted again).
    pub fn redate(&mut self, doc: usize, dated: &Dated) -> bool {
        let mine: Vec<usize> = self.of_doc(doc).collect();
        if mine.len() != dated.reports.len()
            || mine.iter().zip(&dated.reports).any(|(&i, r)| self.items[i].sentence as usize != r.sentence)
        {
            return false;
        }
        for (i, r) in mine.into_iter().zip(&dated.reports) {
            let date = r.date.and_then(|d| d.range());
            self.items[i].date = date;
            self.items[i].range = date.and_then(|d| reach(r, d));
        }
        true
    }

    /// An item's features.
    pub fn features(&self, item: usize) -> View<'_> {
        let k = self.items.get(item).map_or(u32::MAX, |it| it.features);
        self.packed.get(k)
    }

    /// How many entries of packed features there are (see [`Item::features`]).
    pub fn entries(&self) -> usize {
        self.packed.len()
    }

    /// An entry of the packed features (see [`Item::features`]).
    pub fn entry(&self, k: u32) -> View<'_> {
        self.packed.get(k)
    }

    /// The posting lists of an item's keys, in the order of its keys.
    pub fn lists_of(&self, item: usize) -> &[u32] {
        let Some(k) = self.items.get(item).map(|it| it.features as usize) else { return &[] };
        let (Some(&a), Some(&b)) = (self.key_start.get(k), self.key_start.get(k + 1)) else { return &[] };
        self.key_list.get(a as usize..b as usize).unwrap_or(&[])
    }

    /// How many posting lists there are.
    pub fn lists(&self) -> usize {
        self.list_key.len()
    }

    /// A posting list: the items that have its key, in item order.
    pub fn list(&self, list: u32) -> &[u32] {
        let l = list as usize;
        let (Some(&a), Some(&b)) = (self.list_start.get(l), self.list_start.get(l + 1)) else { return &[] };
        self.postings.get(a as usize..b as usize).unwrap_or(&[])
    }

    /// The key of a posting list.
    pub fn list_key(&self, list: u32) -> Option<Key> {
        self.list_key.get(list as usize).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A made-up word for `k`: letters only, so that no two numbers give one word.
    fn word(mut k: usize) -> String {
        let mut w = String::from("qu");
        loop {
            w.push((b'a' + (k % 26) as u8) as char);
            k /= 26;
            if k == 0 {
                return w;
            }
        }
    }

    #[test]
    fn copies_are_found_by_hash_and_text() {
        let mut copies = Copies::default();
        copies.insert("jet fli", 7, 0);
        copies.insert("ship sail", 7, 1);
        assert_eq!(copies.find("jet fli", 7), Some(0));
        assert_eq!(copies.find("ship sail", 7), Some(1));
        assert_eq!(copies.find("ship fli", 7), None);
        assert_eq!(copies.find("jet fli", 8), None);
    }

    #[test]
    fn runs_counted_apart_give_the_ids_of_one_pass() {
        // More reports than one run holds, over many days, with copies of some texts in other documents.
        let n = 1500;
        let texts = (0..n).map(|k| {
            let t = if k % 5 == 4 { k - 1 } else { k };
            format!(
                "{} October 2015\n\nCrews in {} reported {} {} near {} on Tuesday.\n\nThe {} {} said {} was {}.\n\nOn October 3, {} {} arrived.",
                t % 28 + 1,
                word(t % 700),
                word(t * 7 % 1300),
                word(t % 13),
                word(t * 3 % 2100),
                word(t % 17),
                word(t % 1500),
                word(t % 11),
                word(t * 5 % 900),
                word(t % 400),
                word(t % 37)
            )
        });
        let (units, dated) = crate::merge::test_units(texts);
        let inputs = crate::inputs(&units, &dated);
        let corpus = Corpus::counted(&inputs, Some(1000));
        assert!(corpus.items.len() > 4000, "{}", corpus.items.len());
        // The same items counted in one pass, in item order.
        let (mut vocab, mut packed) = (Vocabulary::default(), Packed::default());
        let mut seen: FxHashMap<&str, u32> = FxHashMap::default();
        for (i, it) in corpus.items.iter().enumerate() {
            let input = &inputs[it.doc as usize];
            let stream = input.streams[input.dated.reports[it.report as usize].sentence].as_str();
            let entry = *seen.entry(stream).or_insert_with(|| packed.push_stream(stream, &mut vocab));
            assert_eq!(it.features, entry, "item {i}");
            assert_eq!(corpus.features(i), packed.get(entry), "item {i}");
        }
        assert!(packed.len() < corpus.items.len(), "copies share an entry");
        // Each document's items in report order.
        for (d, dated) in dated.iter().enumerate() {
            let mine: Vec<u32> = corpus.of_doc(d).map(|i| corpus.items[i].report).collect();
            assert_eq!(mine, (0..dated.reports.len() as u32).collect::<Vec<_>>());
        }
    }
}
