//! A set of words matched without regard to case, for the short word lists of a language table
//! (abbreviations, sentence starters, stop words). A word of up to 16 ASCII bytes is one integer
//! ([`super::pack`]), looked up in a small open-addressing table; other words are lowercased and compared.

use std::collections::HashSet;

/// A set of words, matched without regard to case.
#[derive(Debug)]
pub(super) struct WordSet {
    /// Packed lowercase words (0 marks an empty slot), a power of two in size, at most half full.
    packed: Vec<u128>,
    /// The words that do not pack: longer than 16 bytes, or not ASCII. Words with an uppercase letter
    /// are kept here too, as written, so that (as before packing) only their exact form would match.
    other: HashSet<&'static str>,
    /// The most bytes of a word of the set: an ASCII word longer than that (its lowercase form is as long)
    /// is none of them, without a lookup.
    longest: usize,
}

impl WordSet {
    /// The set of `words`.
    pub(super) fn new(words: &'static [&'static str]) -> WordSet {
        let size = (words.len() * 2).next_power_of_two().max(16);
        let mut packed = vec![0u128; size];
        let mut other = HashSet::new();
        for word in words {
            match super::pack(word.as_bytes()).filter(|_| !word.bytes().any(|b| b.is_ascii_uppercase())) {
                Some(key) => {
                    let mut slot = super::slot_of(key, size);
                    while packed[slot] != 0 && packed[slot] != key {
                        slot = (slot + 1) & (size - 1);
                    }
                    packed[slot] = key;
                }
                None => {
                    other.insert(*word);
                }
            }
        }
        WordSet { packed, other, longest: words.iter().map(|w| w.len()).max().unwrap_or(0) }
    }

    /// True when the packed lowercase word `key` (see [`super::pack`]) is in the set.
    pub(super) fn contains_packed(&self, key: u128) -> bool {
        let size = self.packed.len();
        let mut slot = super::slot_of(key, size);
        loop {
            match self.packed[slot] {
                0 => return false,
                k if k == key => return true,
                _ => slot = (slot + 1) & (size - 1),
            }
        }
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
