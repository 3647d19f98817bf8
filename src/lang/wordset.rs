//! A set of words matched without regard to case, for the short word lists of a language table
//! (abbreviations, sentence starters, stop words). A word of up to 16 ASCII bytes is one integer
//! ([`super::pack`]), looked up in a small open-addressing table ([`PackedMap`], which the stemmer's table
//! of irregular forms uses too); other words are lowercased and compared.

use std::collections::HashSet;

/// Packed lowercase words (see [`super::pack`]) with a value each, in an open-addressing table: a power of
/// two in size, at most half full, 0 marking an empty slot.
#[derive(Debug)]
pub(super) struct PackedMap<V> {
    slots: Vec<(u128, V)>,
}

impl<V: Copy + Default> PackedMap<V> {
    /// An empty table with room for `n` words.
    pub(super) fn with_room(n: usize) -> PackedMap<V> {
        PackedMap { slots: vec![(0, V::default()); (n * 2).next_power_of_two().max(16)] }
    }

    /// Puts the packed word `key` (not 0) in the table with `value`, over any value it had.
    pub(super) fn insert(&mut self, key: u128, value: V) {
        let size = self.slots.len();
        let mut slot = super::slot_of(key, size);
        while self.slots[slot].0 != 0 && self.slots[slot].0 != key {
            slot = (slot + 1) & (size - 1);
        }
        self.slots[slot] = (key, value);
    }

    /// The value of the packed word `key`, if it is in the table.
    #[inline]
    pub(super) fn get(&self, key: u128) -> Option<V> {
        let size = self.slots.len();
        let mut slot = super::slot_of(key, size);
        loop {
            match self.slots[slot] {
                (0, _) => return None,
                (k, value) if k == key => return Some(value),
                _ => slot = (slot + 1) & (size - 1),
            }
        }
    }
}

/// A set of words, matched without regard to case.
#[derive(Debug)]
pub(super) struct WordSet {
    /// The packed lowercase words.
    packed: PackedMap<()>,
    /// The words that do not pack: longer than 16 bytes, or not ASCII. Words with an uppercase letter
    /// are kept here too, as written, so that (as before packing) only their exact form would match.
    other: HashSet<&'static str>,
    /// The most bytes of a word of the set: an ASCII word longer than that (its lowercase form is as long)
    /// is none of them, without a lookup.
    longest: usize,
}

impl WordSet {
    /// The set of `words`.
    pub(super) fn new(words: &[&'static str]) -> WordSet {
        let mut packed = PackedMap::with_room(words.len());
        let mut other = HashSet::new();
        for word in words {
            match super::pack(word.as_bytes()).filter(|_| !word.bytes().any(|b| b.is_ascii_uppercase())) {
                Some(key) => packed.insert(key, ()),
                None => {
                    other.insert(*word);
                }
            }
        }
        WordSet { packed, other, longest: words.iter().map(|w| w.len()).max().unwrap_or(0) }
    }

    /// True when the packed lowercase word `key` (see [`super::pack`]) is in the set.
    pub(super) fn contains_packed(&self, key: u128) -> bool {
        self.packed.get(key).is_some()
    }

    /// True when the lowercase form of `word` is in the set.
    pub(super) fn contains(&self, word: &str, lexicon: &super::Lexicon) -> bool {
        if word.len() > self.longest && word.is_ascii() {
            return false;
        }
        if let Some(key) = super::pack(word.as_bytes()) {
            return self.contains_packed(key);
        }
        lexicon
            .with_lower(word, |w| super::pack(w.as_bytes()).map_or(self.other.contains(w), |k| self.contains_packed(k)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_match_in_any_case_and_only_whole() {
        static WORDS: &[&str] = &["mr", "col.-gen", "u.s", "internationalization", "straße", "Odd"];
        let lexicon = crate::lang::Lexicon::english();
        let set = WordSet::new(WORDS);
        for (word, want) in [
            ("mr", true),
            ("MR", true),
            ("Col.-Gen", true),
            ("U.S", true),
            ("INTERNATIONALIZATION", true),
            ("STRASSE", false),
            ("Straße", true),
            ("odd", false),
            ("m", false),
            ("mrs", false),
            ("", false),
        ] {
            assert_eq!(set.contains(word, lexicon), want, "{word}");
        }
    }
}
