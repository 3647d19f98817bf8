//! A fast reader for the lines the `tag` command reads in their usual form: one JSON object with the
//! string keys "id" and "text" and an optional "dct" (a date string or null), in any order. Anything
//! else (another key, a key written with escapes, a repeated key, a malformed string or date) is left
//! to serde_json, which then gives the document or the error to report; for every line read here,
//! serde_json would give the same document.

use chrono::NaiveDate;

/// The fields of one input line.
pub struct Fields {
    pub id: String,
    pub dct: Option<NaiveDate>,
    pub text: String,
}

/// Reads `line` if it has the usual form; `None` sends it to serde_json.
pub fn read(line: &str) -> Option<Fields> {
    let mut r = Reader { s: line, i: 0 };
    let (mut id, mut dct, mut text) = (None, None, None);
    r.ws();
    r.expect(b'{')?;
    loop {
        r.ws();
        match r.key()? {
            b"id" if id.is_none() => id = Some(r.colon().and_then(|()| r.string())?),
            b"text" if text.is_none() => text = Some(r.colon().and_then(|()| r.string())?),
            b"dct" if dct.is_none() => {
                r.colon()?;
                dct = Some(if r.s.as_bytes()[r.i..].starts_with(b"null") {
                    r.i += 4;
                    None
                } else {
                    Some(r.string()?.parse::<NaiveDate>().ok()?)
                });
            }
            _ => return None,
        }
        r.ws();
        match r.next()? {
            b',' => continue,
            b'}' => break,
            _ => return None,
        }
    }
    r.ws();
    if r.i != line.len() {
        return None;
    }
    Some(Fields { id: id?, dct: dct.flatten(), text: text? })
}

struct Reader<'a> {
    s: &'a str,
    i: usize,
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = ONES * 0x80;

/// The high bit of the bytes of `w` that need a look inside a JSON string: `"`, `\` and control
/// characters. Only the lowest flag is sure to be exact (a borrow may set flags above it), which is
/// the one used.
fn special(w: u64) -> u64 {
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    zero(w ^ (ONES * u64::from(b'"'))) | zero(w ^ (ONES * u64::from(b'\\'))) | (w.wrapping_sub(ONES * 0x20) & !w & HIGH)
}

impl Reader<'_> {
    fn ws(&mut self) {
        while matches!(self.s.as_bytes().get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn next(&mut self) -> Option<u8> {
        let b = *self.s.as_bytes().get(self.i)?;
        self.i += 1;
        Some(b)
    }

    fn expect(&mut self, b: u8) -> Option<()> {
        (self.next()? == b).then_some(())
    }

    fn colon(&mut self) -> Option<()> {
        self.ws();
        self.expect(b':')?;
        self.ws();
        Some(())
    }

    /// A key without escapes.
    fn key(&mut self) -> Option<&[u8]> {
        self.expect(b'"')?;
        let bytes = self.s.as_bytes();
        let start = self.i;
        let len = bytes[start..].iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
        self.i = start + len;
        self.expect(b'"')?;
        Some(&bytes[start..start + len])
    }

    /// The position of the next byte at or after `from` that is special in a string.
    fn special_from(&self, from: usize) -> Option<usize> {
        let rest = self.s.as_bytes().get(from..)?;
        let mut chunks = rest.chunks_exact(8);
        for (n, eight) in chunks.by_ref().enumerate() {
            let mut w = [0u8; 8];
            w.copy_from_slice(eight);
            let flags = special(u64::from_le_bytes(w));
            if flags != 0 {
                return Some(from + n * 8 + (flags.trailing_zeros() / 8) as usize);
            }
        }
        let tail = chunks.remainder();
        let done = rest.len() - tail.len();
        tail.iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20).map(|p| from + done + p)
    }

    /// A string, its escapes read as serde_json reads them.
    fn string(&mut self) -> Option<String> {
        self.expect(b'"')?;
        // The string is no longer than the rest of the line.
        let mut out = String::with_capacity(self.s.len() - self.i);
        loop {
            let at = self.special_from(self.i)?;
            // Special bytes are ASCII, so both ends are char boundaries.
            out.push_str(self.s.get(self.i..at)?);
            self.i = at + 1;
            match self.s.as_bytes()[at] {
                b'"' => return Some(out),
                b'\\' => {
                    let c = match self.next()? {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode()?,
                        _ => return None,
                    };
                    out.push(c);
                }
                _ => return None,
            }
        }
    }

    /// The character of a `\u` escape (the `\u` read), a surrogate pair included.
    fn unicode(&mut self) -> Option<char> {
        let first = self.hex4()?;
        if (0xd800..0xdc00).contains(&first) {
            if self.next()? != b'\\' || self.next()? != b'u' {
                return None;
            }
            let second = self.hex4()?;
            if !(0xdc00..0xe000).contains(&second) {
                return None;
            }
            return char::from_u32(0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00));
        }
        char::from_u32(first)
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.s.get(self.i..self.i + 4)?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        self.i += 4;
        u32::from_str_radix(digits, 16).ok()
    }
}
