//! The reports of every document as the merger compares them: their
//! features, their term weights, their blocking keys, and the days each may
//! match. Features and keys do not depend on any anchor, so they are counted
//! once per reduce; only the days change when a document is anchored again.

use chrono::NaiveDate;

use super::Input;
use super::features::{Packed, View, Vocabulary};
use super::similar::Idf;
use crate::fxhash::FxHashMap;
use crate::normalize::calendar::add_days;
use crate::normalize::{Basis, Dated, Report};

/// How many of a report's rarest words serve as blocking keys.
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

impl Corpus {
    /// Counts the features, weights and keys of every report of the inputs. Items are laid out in date
    /// order (undated last), so that reports that may be compared sit near one another in memory.
    pub fn new(inputs: &[Input<'_>]) -> Corpus {
        let mut order: Vec<(Option<Days>, Option<Days>, u32, u32)> = Vec::new();
        for (doc, input) in inputs.iter().enumerate() {
            for (k, r) in input.dated.reports.iter().enumerate() {
                let date = r.date.and_then(|d| d.range());
                order.push((date.and_then(|d| reach(r, d)), date, doc as u32, k as u32));
            }
        }
        order.sort_unstable_by_key(|&(range, _, doc, k)| (range.is_none(), range, doc, k));
        let mut vocab = Vocabulary::default();
        let mut items: Vec<Item> = Vec::with_capacity(order.len());
        let mut packed = Packed::default();
        // Copies of a wire story give the same stream: count its features once.
        let mut seen: FxHashMap<&str, u32> = FxHashMap::default();
        for (range, date, doc, k) in order {
            let (doc, k) = (doc as usize, k as usize);
            let input = &inputs[doc];
            let r = &input.dated.reports[k];
            let stream = input.streams.get(r.sentence).map_or("", String::as_str);
            let features = match seen.get(stream) {
                Some(&k) => k,
                None => {
                    let k = packed.push_stream(stream, &mut vocab);
                    seen.insert(stream, k);
                    k
                }
            };
            items.push(Item {
                doc: doc as u32,
                report: k as u32,
                features,
                norm: 0.0,
                range,
                date,
                sentence: r.sentence as u32,
                block: r.block as u32,
                quote: r.quote,
            });
        }
        // Each document's items, in report order.
        let mut by_doc: Vec<u32> = (0..items.len() as u32).collect();
        by_doc.sort_unstable_by_key(|&i| (items[i as usize].doc, items[i as usize].report));
        let mut first = vec![0usize; inputs.len() + 1];
        for &i in &by_doc {
            first[items[i as usize].doc as usize + 1] += 1;
        }
        for d in 0..inputs.len() {
            first[d + 1] += first[d];
        }
        drop(seen);
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
                terms.extend_from_slice(f.words);
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
