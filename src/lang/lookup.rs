//! The lexicon's tables of words packed into integers, which the tokenizer reads once per word.
//!
//! A word's slot is found by hash and displace: the word's hash names a small bucket of words and a first
//! slot, and the bucket's displacement (found when the table is built) moves its words to slots that no
//! other word takes. A lookup reads one displacement from a table of a few hundred bytes and one slot that
//! holds the key and its entry side by side, so it touches two cache lines in tables small enough to stay
//! in the first-level cache, and takes no branch on whether the word is known.

use super::Entry;

/// A word packed into an integer: its letters lowercased, the first in the lowest byte, zero bytes after
/// the last. No key is zero (0 marks an empty slot).
pub(crate) trait Key: Copy + Ord {
    /// The empty slot's key.
    const EMPTY: Self;
    /// The key folded into 64 bits (equal keys fold alike).
    fn fold(self) -> u64;
}

/// A word of one to eight letters.
impl Key for u64 {
    const EMPTY: u64 = 0;

    #[inline(always)]
    fn fold(self) -> u64 {
        self
    }
}

/// A word of nine to sixteen letters.
impl Key for u128 {
    const EMPTY: u128 = 0;

    #[inline(always)]
    fn fold(self) -> u64 {
        (self as u64) ^ ((self >> 64) as u64).rotate_left(17)
    }
}

/// How keys are hashed in a table of `1 << slot_bits` slots and `1 << bucket_bits` buckets.
#[derive(Clone, Copy, Debug)]
struct Hash {
    /// Mixed into every key.
    seed: u64,
    /// 64 less the slot bits: what leaves the top bits of a hash as a slot.
    slot_shift: u32,
    /// 64 less the slot and bucket bits.
    bucket_shift: u32,
    /// The number of buckets less one.
    bucket_mask: u64,
}

impl Hash {
    /// The hash with `seed` for `1 << slot_bits` slots and `1 << bucket_bits` buckets (together fewer than
    /// 64 bits, each at least 1).
    fn new(seed: u64, slot_bits: u32, bucket_bits: u32) -> Hash {
        Hash {
            seed,
            slot_shift: 64 - slot_bits,
            bucket_shift: 64 - slot_bits - bucket_bits,
            bucket_mask: (1 << bucket_bits) - 1,
        }
    }

    /// Where `key` goes: its bucket, and its first slot before the bucket's displacement. The slot is the top
    /// bits of a product and the bucket the bits below them: the bits that all of the key's bits reach,
    /// since a product's bit depends on the factors' bits at or below it.
    #[inline(always)]
    fn place(self, key: impl Key) -> (usize, usize) {
        let h = (key.fold() ^ self.seed).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (((h >> self.bucket_shift) & self.bucket_mask) as usize, (h >> self.slot_shift) as usize)
    }
}

/// How many hashes are tried before a table doubles: two words with the same bucket and first slot
/// under one hash part under another.
const SEEDS: u64 = 16;

/// A table of words.
#[derive(Clone, Debug)]
pub(crate) struct Table<K> {
    /// Each slot's key ([`Key::EMPTY`] when none) and entry ([`Entry::NONE`] when none); a power of two.
    slots: Vec<(K, &'static Entry)>,
    /// Each bucket's displacement; a power of two, a quarter of the slots.
    shifts: Vec<u16>,
    /// How the keys are hashed.
    hash: Hash,
}

impl<K: Key> Table<K> {
    /// The table of `words` (keys not zero, with their entries; of a key given twice, the first).
    ///
    /// The buckets are placed largest first, each at the smallest displacement that puts all its words in
    /// free slots; when some bucket finds none under any of [`SEEDS`] hashes, the table doubles. It starts
    /// with about one and a half slots a word and a bucket for every four slots.
    pub(crate) fn new(words: &[(K, &'static Entry)]) -> Table<K> {
        // A key given twice would find no slot in any table: the first is kept.
        let mut unique = words.to_vec();
        unique.sort_by_key(|&(key, _)| key);
        unique.dedup_by_key(|&mut (key, _)| key);
        let words = &unique[..];
        let mut size = (words.len() + words.len() / 2).next_power_of_two().max(16);
        loop {
            if let Some(table) = (0..SEEDS).find_map(|seed| Table::try_build(words, size, seed)) {
                return table;
            }
            size *= 2;
        }
    }

    fn try_build(words: &[(K, &'static Entry)], size: usize, seed: u64) -> Option<Table<K>> {
        let n_buckets = size / 4;
        let hash = Hash::new(seed, size.trailing_zeros(), n_buckets.trailing_zeros());
        let mut members: Vec<Vec<(usize, K, &'static Entry)>> = vec![Vec::new(); n_buckets];
        for &(key, entry) in words {
            let (bucket, first) = hash.place(key);
            members[bucket].push((first, key, entry));
        }
        let mut order: Vec<usize> = (0..n_buckets).collect();
        order.sort_by_key(|&b| (std::cmp::Reverse(members[b].len()), b));
        let mut slots = vec![(K::EMPTY, &Entry::NONE); size];
        let mut shifts = vec![0u16; n_buckets];
        for b in order {
            let group = &members[b];
            if group.is_empty() {
                break;
            }
            let shift = (0..size.min(usize::from(u16::MAX) + 1)).find(|&d| {
                group.iter().enumerate().all(|(k, &(first, ..))| {
                    let s = (first + d) & (size - 1);
                    slots[s].0 == K::EMPTY && group[..k].iter().all(|&(other, ..)| (other + d) & (size - 1) != s)
                })
            })?;
            for &(first, key, entry) in group {
                slots[(first + shift) & (size - 1)] = (key, entry);
            }
            shifts[b] = shift as u16;
        }
        Some(Table { slots, shifts, hash })
    }

    /// The entry of a key that is not zero; [`Entry::NONE`] when no word has it.
    #[inline(always)]
    pub(crate) fn probe(&self, key: K) -> &'static Entry {
        let (bucket, first) = self.hash.place(key);
        let shift = self.shifts.get(bucket).map_or(0, |&d| usize::from(d));
        let Some(&(k, entry)) = self.slots.get((first + shift) & (self.slots.len() - 1)) else {
            return &Entry::NONE;
        };
        // About half the words of news text are in the table and half are not, which no branch predictor
        // can guess.
        std::hint::select_unpredictable(k == key, entry, &Entry::NONE)
    }

    /// How many slots the table has.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.slots.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static ENTRY: Entry = Entry { bits: 1, readings: &[] };

    /// Builds the table of `keys`, checks that each is found and a key not among them is not, and returns
    /// the table's size.
    fn probe_all<K: Key + std::fmt::Debug>(keys: &[K], absent: K) -> usize {
        let words: Vec<(K, &'static Entry)> = keys.iter().map(|&k| (k, &ENTRY)).collect();
        let table = Table::new(&words);
        for &(key, _) in &words {
            assert!(std::ptr::eq(table.probe(key), &ENTRY), "{key:?}");
        }
        assert!(std::ptr::eq(table.probe(absent), &Entry::NONE));
        table.len()
    }

    #[test]
    fn every_key_is_found_and_no_other() {
        assert_eq!(probe_all(&[1u64], 2), 16);
        let many: Vec<u64> = (1..=3000u64).map(|k| k.wrapping_mul(0x1234_5679)).collect();
        assert!(probe_all(&many, u64::MAX) <= 8192);
        // Keys alike in their low half, or in their high half: the fold keeps both.
        let keys: Vec<u128> =
            (1..=500u128).flat_map(|k| [k << 64 | 0x6c61_6e6f_6974_616e, 0x7365_7461 << 64 | k]).collect();
        probe_all(&keys, u128::MAX);
    }

    #[test]
    fn a_key_given_twice_keeps_its_first_entry() {
        static OTHER: Entry = Entry { bits: 2, readings: &[] };
        let table = Table::new(&[(5u64, &ENTRY), (7, &OTHER), (5, &OTHER)]);
        assert!(std::ptr::eq(table.probe(5), &ENTRY));
        assert!(std::ptr::eq(table.probe(7), &OTHER));
    }

    #[test]
    fn a_crowded_table_doubles() {
        // For each hash, a key with the bucket and first slot of the key 1 in a table of 16: no displacement
        // parts them, so the table doubles until they part.
        let twin = |seed| {
            let hash = Hash::new(seed, 4, 2);
            (2..u64::MAX).find(|&k| hash.place(k) == hash.place(1u64)).unwrap_or(0)
        };
        let mut twins: Vec<u64> = (0..SEEDS).map(twin).collect();
        twins.sort_unstable();
        twins.dedup();
        assert!(probe_all(&[[1].as_slice(), &twins].concat(), 0xffff_ffff) > 16);
    }
}
