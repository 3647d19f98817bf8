//! Byte scanning for the tokenizer: what each byte starts, and runs of ASCII letters read eight bytes at a
//! time (SWAR: one `u64` holds eight bytes, and a few arithmetic steps test them all).

/// What a byte starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// A line break.
    Newline,
    /// ASCII white space other than a line break.
    Space,
    /// An ASCII digit.
    Digit,
    /// An ASCII letter.
    Letter,
    /// Any other ASCII character.
    Punct,
    /// The first or a later byte of a non-ASCII character.
    NonAscii,
}

/// The class of every byte value.
pub static CLASSES: [Class; 256] = {
    let mut table = [Class::NonAscii; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = match c {
            b'\n' => Class::Newline,
            b' ' | b'\t' | b'\r' | 0x0b | 0x0c => Class::Space,
            b'0'..=b'9' => Class::Digit,
            b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
            _ => Class::Punct,
        };
        b += 1;
    }
    table
};

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = ONES * 0x80;
const CASE: u64 = ONES * 0x20;

/// Eight bytes of `bytes` from `at`, the first lowest; zero bytes past the end.
#[inline(always)]
fn chunk(bytes: &[u8], at: usize) -> u64 {
    if let Some(eight) = bytes.get(at..).and_then(|r| r.first_chunk::<8>()) {
        return u64::from_le_bytes(*eight);
    }
    let rest = bytes.get(at..).unwrap_or(&[]);
    let mut buf = [0u8; 8];
    for (dst, src) in buf.iter_mut().zip(rest) {
        *dst = *src;
    }
    u64::from_le_bytes(buf)
}

/// The high bit of each byte of `w` that is not an ASCII letter. `lower` is `w | CASE`: a byte is a letter
/// when it is ASCII and `| 0x20` puts it in `a..=z` (the bit-twiddling "has between" test, exact per byte
/// because no step carries across bytes for ASCII input).
#[inline(always)]
fn non_letters(lower: u64) -> u64 {
    let low7 = lower & !HIGH;
    let below_z = ONES * (127 + 0x7b) - low7; // high bit set when the byte is below '{'
    let above_backtick = low7 + ONES * (127 - 0x60); // high bit set when the byte is above '`'
    let letters = below_z & !lower & above_backtick & HIGH;
    !letters & HIGH
}

/// A run of ASCII letters, as [`letters`] reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Run {
    /// How many letters.
    pub len: usize,
    /// The first sixteen letters lowercased and packed into a `u128`, first letter lowest and zero bytes
    /// after the last (the key of [`crate::lang::Lexicon::lookup_packed`] when the run has at most eight
    /// letters, of [`crate::lang::Lexicon::lookup_packed_long`] when it has at most sixteen).
    pub key: u128,
    /// The first sixteen letters as they are written, packed like `key`.
    pub raw: u128,
    /// The byte after the run; 0 at the end of the text.
    pub next: u8,
}

impl Run {
    /// True when every letter is uppercase.
    pub fn all_upper(&self, letters: &[u8]) -> bool {
        if self.len <= 16 {
            // An uppercase letter has 0x20 clear, and the bytes after the run are zero.
            self.raw & (u128::from(CASE) * 0x1_0000_0000_0000_0001) == 0
        } else {
            letters.iter().all(u8::is_ascii_uppercase)
        }
    }
}

/// The run of ASCII letters of `bytes` from `at`.
#[inline(always)]
pub fn letters(bytes: &[u8], at: usize) -> Run {
    let raw = chunk(bytes, at);
    let first = raw | CASE;
    let non = non_letters(first);
    if non != 0 {
        let bits = non.trailing_zeros() & !7;
        let keep = (1u64 << bits) - 1;
        let next = (raw >> bits) as u8;
        return Run { len: (bits / 8) as usize, key: u128::from(first & keep), raw: u128::from(raw & keep), next };
    }
    let raw2 = chunk(bytes, at + 8);
    let second = raw2 | CASE;
    let non = non_letters(second);
    if non != 0 {
        let bits = non.trailing_zeros() & !7;
        let keep = (1u64 << bits) - 1;
        return Run {
            len: 8 + (bits / 8) as usize,
            key: u128::from(first) | u128::from(second & keep) << 64,
            raw: u128::from(raw) | u128::from(raw2 & keep) << 64,
            next: (raw2 >> bits) as u8,
        };
    }
    let mut len = 16;
    loop {
        let raw3 = chunk(bytes, at + len);
        let non = non_letters(raw3 | CASE);
        if non != 0 {
            let bits = non.trailing_zeros() & !7;
            return Run {
                len: len + (bits / 8) as usize,
                key: u128::from(first) | u128::from(second) << 64,
                raw: u128::from(raw) | u128::from(raw2) << 64,
                next: (raw3 >> bits) as u8,
            };
        }
        len += 8;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_of_letters_and_their_keys() {
        let pack = |w: &[u8]| {
            let lower = w.to_ascii_lowercase();
            u128::from(chunk(&lower, 0)) | u128::from(chunk(&lower, 8)) << 64
        };
        for text in [
            "",
            "a",
            "On",
            "October",
            "Tuesdays",
            "September",
            "internationally ok",
            "AZaz@[`{",
            "Thanksgiving",
            "NATO",
            "UNITEDNATIONS.",
            "INTERNATIONALISTS'",
            "INTERNATIONALIZATIONS\u{e9}",
        ] {
            let bytes = text.as_bytes();
            for at in 0..=bytes.len() {
                let run = bytes[at..].iter().take_while(|b| b.is_ascii_alphabetic()).count();
                let got = letters(bytes, at);
                assert_eq!(got.len, run, "{text:?} at {at}");
                let word = &bytes[at..at + run.min(16)];
                assert_eq!(got.key, pack(word), "{text:?} at {at}");
                assert_eq!(got.next, bytes.get(at + run).copied().unwrap_or(0), "{text:?} at {at}");
                let raw = u128::from(chunk(word, 0)) | u128::from(chunk(word, 8)) << 64;
                assert_eq!(got.raw, raw, "{text:?} at {at}");
                let upper = bytes[at..at + run].iter().all(u8::is_ascii_uppercase);
                assert_eq!(got.all_upper(&bytes[at..at + run]), upper, "{text:?} at {at}");
            }
        }
    }

    #[test]
    fn every_byte_is_classified_as_the_standard_library_would() {
        for b in 0..=255u8 {
            let want = match b {
                b'\n' => Class::Newline,
                b' ' | b'\t' | b'\r' | 0x0b | 0x0c => Class::Space,
                _ if b.is_ascii_digit() => Class::Digit,
                _ if b.is_ascii_alphabetic() => Class::Letter,
                _ if b.is_ascii() => Class::Punct,
                _ => Class::NonAscii,
            };
            assert_eq!(CLASSES[usize::from(b)], want);
            if b.is_ascii() {
                let letter = non_letters(u64::from(b) | CASE) & 0x80 == 0;
                assert_eq!(letter, b.is_ascii_alphabetic(), "{b:#x}");
            } else {
                assert_ne!(non_letters(u64::from(b) | CASE) & 0x80, 0);
            }
        }
    }
}
