//! The stemmer that the merge's word features use: a word's regular form first, from the language's
//! table of irregular ones ("rose" is "rise", "struck" is "strike"), then its suffix rules in two rounds
//! (inflections, then endings), each applying its first rule whose suffix ends the word where three
//! characters or more remain. A short ASCII word (the common case) is read packed into one integer, as
//! the lexicon packs words to look them up; any other word is read as text, with the same result.

use std::collections::HashMap;

use super::wordset::PackedMap;

/// One suffix rule, packed: its suffix and replacement as little-endian integers (zero above their bytes).
#[derive(Clone, Copy, Debug)]
struct Rule {
    suffix: u128,
    suffix_len: usize,
    replacement: u128,
    replacement_len: usize,
}

/// One round of rules, packed, with the rules that may apply to a word by its last byte: those whose
/// suffix ends with that byte or is empty, in the table's order.
#[derive(Debug)]
struct Round {
    rules: Vec<Rule>,
    /// Per last byte, the range of `rules` to try.
    by_last: Vec<(u16, u16)>,
}

/// A language's irregular forms and suffix rules, compiled.
#[derive(Debug)]
pub(super) struct Stemmer {
    rounds: [&'static [(&'static str, &'static str)]; 2],
    /// Irregular forms and their regular ones, as written in the table.
    irregular: HashMap<&'static str, &'static str>,
    /// The same, packed (see [`super::pack`]): each form with its regular form and that one's length,
    /// `None` when the regular form does not pack, and the word is read as text.
    irregular_packed: PackedMap<Option<(u128, usize)>>,
    /// The rounds packed; `None` when a suffix or a replacement does not pack (longer than 16 bytes, or
    /// not ASCII), and every word is read as text.
    packed: Option<[Round; 2]>,
}

impl Stemmer {
    /// The stemmer of two rounds of rules, after the table of irregular forms: (form, regular form).
    pub(super) fn new(
        rounds: [&'static [(&'static str, &'static str)]; 2],
        irregular: &'static [(&'static str, &'static str)],
    ) -> Stemmer {
        let packed = rounds.map(Round::new);
        let packed = match packed {
            [Some(a), Some(b)] => Some([a, b]),
            _ => None,
        };
        let lower = |s: &str| !s.bytes().any(|b| b.is_ascii_uppercase());
        let mut irregular_packed = PackedMap::with_room(irregular.len());
        for (form, regular) in irregular.iter().filter(|(form, regular)| lower(form) && lower(regular)) {
            if let Some(key) = super::pack(form.as_bytes()) {
                irregular_packed.insert(key, super::pack(regular.as_bytes()).map(|r| (r, regular.len())));
            }
        }
        Stemmer { rounds, irregular: irregular.iter().copied().collect(), irregular_packed, packed }
    }

    /// The stem of the lowercase ASCII word of `len` bytes packed into `key` (see [`super::pack`]), packed
    /// likewise with its length; `None` when the rules cannot be read packed or the stem would pass 16
    /// bytes.
    #[inline]
    pub(super) fn stem_packed(&self, mut key: u128, mut len: usize) -> Option<(u128, usize)> {
        if let Some(regular) = self.irregular_packed.get(key) {
            (key, len) = regular?;
        }
        for round in self.packed.as_ref()? {
            let Some(last) = len.checked_sub(1).and_then(|k| key.checked_shr(8 * k as u32)) else { break };
            let (from, to) = round.by_last.get(usize::from(last as u8)).copied().unwrap_or((0, 0));
            for rule in round.rules.get(usize::from(from)..usize::from(to)).unwrap_or(&[]) {
                let Some(keep) = len.checked_sub(rule.suffix_len) else { continue };
                if key.checked_shr(8 * keep as u32).unwrap_or(0) != rule.suffix {
                    continue;
                }
                // ASCII: as many characters as bytes.
                if keep >= 3 {
                    len = keep + rule.replacement_len;
                    if len > 16 {
                        return None;
                    }
                    key = (key & low_bytes(keep)) | rule.replacement.checked_shl(8 * keep as u32).unwrap_or(0);
                }
                break;
            }
        }
        Some((key, len))
    }

    /// The stem of the lowercase `word`, appended to `out`.
    pub(super) fn stem_into(&self, word: &str, out: &mut String) {
        let at = out.len();
        out.push_str(self.irregular.get(word).copied().unwrap_or(word));
        for rules in self.rounds {
            let Some(&last) = out.as_bytes()[at..].last() else { return };
            for (suffix, replacement) in rules {
                let suffix_bytes = suffix.as_bytes();
                // The last bytes first: most rules fail there.
                if suffix_bytes.last().is_some_and(|&b| b != last) {
                    continue;
                }
                let Some(keep) = ends_with(&out.as_bytes()[at..], suffix_bytes) else { continue };
                if at_least_chars(&out.as_bytes()[at..at + keep], 3) {
                    out.truncate(at + keep);
                    out.push_str(replacement);
                }
                break;
            }
        }
    }
}

impl Round {
    /// The round of `rules` packed, or `None` when one does not pack.
    fn new(rules: &'static [(&'static str, &'static str)]) -> Option<Round> {
        let pack = |s: &str| match s {
            "" => Some(0),
            _ => super::pack(s.as_bytes()).filter(|_| !s.bytes().any(|b| b.is_ascii_uppercase())),
        };
        let rules: Vec<(Rule, Option<u8>)> = rules
            .iter()
            .map(|(suffix, replacement)| {
                let rule = Rule {
                    suffix: pack(suffix)?,
                    suffix_len: suffix.len(),
                    replacement: pack(replacement)?,
                    replacement_len: replacement.len(),
                };
                Some((rule, suffix.as_bytes().last().copied()))
            })
            .collect::<Option<_>>()?;
        let mut packed = Vec::new();
        let mut by_last = Vec::with_capacity(256);
        for byte in 0..=u8::MAX {
            let from = u16::try_from(packed.len()).ok()?;
            packed.extend(rules.iter().filter(|(_, last)| last.is_none_or(|b| b == byte)).map(|(rule, _)| *rule));
            by_last.push((from, u16::try_from(packed.len()).ok()?));
        }
        Some(Round { rules: packed, by_last })
    }
}

/// The low `n` bytes of a `u128` set, the others clear.
fn low_bytes(n: usize) -> u128 {
    1u128.checked_shl(8 * n as u32).map_or(u128::MAX, |bit| bit - 1)
}

/// How many bytes of `word` stand before `suffix` when it ends with it. Compared byte by byte: suffixes
/// are a few bytes long, too few to pay for a call to compare memory.
fn ends_with(word: &[u8], suffix: &[u8]) -> Option<usize> {
    let keep = word.len().checked_sub(suffix.len())?;
    word.iter().skip(keep).zip(suffix).all(|(a, b)| a == b).then_some(keep)
}

/// True when the UTF-8 bytes `text` hold at least `n` characters: each character has one byte that is not a
/// continuation byte (`0b10xx_xxxx`), and a character has at most four bytes.
fn at_least_chars(text: &[u8], n: usize) -> bool {
    match text.len() {
        len if len < n => false,
        len if len >= 4 * n => true,
        _ => text.iter().filter(|&&b| (b as i8) >= -0x40).count() >= n,
    }
}

/// A stem from [`super::Lexicon::content_stem`]: up to 16 ASCII bytes held in place, or a string.
///
/// ```
/// use timeline_extract::lang::Lexicon;
///
/// let lexicon = Lexicon::english();
/// assert_eq!(lexicon.content_stem("Missiles").as_ref().map(|s| s.as_str()), Some("missil"));
/// assert!(lexicon.content_stem("the").is_none());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stem(Held);

#[derive(Clone, Debug, PartialEq, Eq)]
enum Held {
    Packed([u8; 16], u8),
    Text(String),
}

impl Stem {
    /// A stem packed as [`Stemmer::stem_packed`] gives it.
    pub(super) fn packed(key: u128, len: usize) -> Stem {
        Stem(Held::Packed(key.to_le_bytes(), len.min(16) as u8))
    }

    /// A stem held as text.
    pub(super) fn text(text: String) -> Stem {
        Stem(Held::Text(text))
    }

    /// The stem's bytes (UTF-8; a packed stem's are ASCII): for writers that check a whole text of stems
    /// as UTF-8 once, rather than each stem.
    ///
    /// ```
    /// let stem = timeline_extract::lang::Lexicon::english().content_stem("Cruise").unwrap();
    /// assert_eq!(stem.as_bytes(), b"cruis");
    /// ```
    pub fn as_bytes(&self) -> &[u8] {
        match &self.0 {
            Held::Packed(bytes, len) => bytes.get(..usize::from(*len)).unwrap_or(&[]),
            Held::Text(text) => text.as_bytes(),
        }
    }

    /// The stem.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // Packed stems are ASCII.
            Held::Packed(bytes, len) => bytes.get(..usize::from(*len)).and_then(|b| std::str::from_utf8(b).ok()),
            Held::Text(text) => Some(text.as_str()),
        }
        .unwrap_or("")
    }
}
