//! The lines the `tag` command reads, and a fast reader for them in their usual form: one JSON object
//! with the string keys "id" and "text" and an optional "dct" (a date string or null), in any order.
//! Such a line is parsed where it lies in the input buffer. Any other line (another key, a key written
//! with escapes, a repeated key, a malformed string or date, a line longer than the buffer holds at
//! once) is given as text, as `BufRead::lines` gives it, for serde_json, which then gives the document
//! or the error to report; for every line read here, serde_json would give the same document.

use std::io::{self, BufRead, BufReader, Read};

use chrono::NaiveDate;

/// The fields of one input line.
pub struct Fields {
    pub id: String,
    pub dct: Option<NaiveDate>,
    pub text: String,
}

/// One line of input.
pub enum Line {
    /// A line in the usual form, read.
    Read(Fields),
    /// Any other line, without its line break.
    Text(String),
    /// A line that could not be read (not UTF-8, or longer than [`MAX_LINE_BYTES`]); the next line is
    /// read after it.
    Bad(String),
    /// Reading failed: nothing more can be read.
    Error(io::Error),
}

/// The longest line read: a document of the library's largest size, with room for its escapes.
pub const MAX_LINE_BYTES: usize = timeline_extract::input::MAX_JSONL_LINE_BYTES;

/// The lines of an input, read through a large buffer.
pub struct Lines<R> {
    reader: BufReader<R>,
    spare: Vec<u8>,
    /// Where strings are unescaped before they are copied out at their size.
    scratch: Vec<u8>,
}

impl<R: Read> Lines<R> {
    /// The lines of `input`.
    pub fn new(input: R) -> Self {
        Lines { reader: BufReader::with_capacity(1 << 20, input), spare: Vec::new(), scratch: Vec::new() }
    }
}

impl<R: Read> Iterator for Lines<R> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        let buf = match self.reader.fill_buf() {
            Ok(buf) => buf,
            Err(e) => return Some(Line::Error(e)),
        };
        if buf.is_empty() {
            return None;
        }
        if let Some((fields, used)) = read_line(buf, &mut self.scratch) {
            self.reader.consume(used);
            return Some(Line::Read(fields));
        }
        // Any other line, as `BufRead::lines` gives it.
        self.spare.clear();
        let limit = MAX_LINE_BYTES as u64 + 1;
        match (&mut self.reader).take(limit).read_until(b'\n', &mut self.spare) {
            Ok(0) => None,
            Ok(n) if n as u64 == limit && self.spare.last() != Some(&b'\n') => {
                // The rest of the line is passed over, not held.
                self.spare = Vec::new();
                Some(match skip_line(&mut self.reader) {
                    Ok(()) => Line::Bad(format!("a line longer than {MAX_LINE_BYTES} bytes")),
                    Err(e) => Line::Error(e),
                })
            }
            Ok(_) => {
                if self.spare.last() == Some(&b'\n') {
                    self.spare.pop();
                    if self.spare.last() == Some(&b'\r') {
                        self.spare.pop();
                    }
                }
                Some(match String::from_utf8(std::mem::take(&mut self.spare)) {
                    Ok(text) => Line::Text(text),
                    Err(_) => Line::Bad("stream did not contain valid UTF-8".to_string()),
                })
            }
            Err(e) => Some(Line::Error(e)),
        }
    }
}

/// Reads up to the end of the current line.
fn skip_line<R: Read>(reader: &mut BufReader<R>) -> io::Result<()> {
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(());
        }
        if let Some(k) = buf.iter().position(|&b| b == b'\n') {
            reader.consume(k + 1);
            return Ok(());
        }
        let n = buf.len();
        reader.consume(n);
    }
}

/// Reads `line` (without its line break) if it has the usual form; `None` sends it to serde_json.
pub fn read(line: &str) -> Option<Fields> {
    let mut r = Reader { s: line.as_bytes(), i: 0, scratch: &mut Vec::new() };
    let fields = r.object()?;
    (r.i == line.len()).then_some(fields)
}

/// Reads the line at the start of `buf` if it has the usual form and its line break is in `buf`; returns
/// its fields and its length with the line break.
fn read_line(buf: &[u8], scratch: &mut Vec<u8>) -> Option<(Fields, usize)> {
    let mut r = Reader { s: buf, i: 0, scratch };
    let fields = r.object()?;
    (r.next()? == b'\n').then_some((fields, r.i))
}

/// A date as chrono reads it: the usual form (`2015-10-07`) by hand, anything else by chrono.
fn date(s: &str) -> Option<NaiveDate> {
    let digit = |b: u8| b.is_ascii_digit().then(|| u32::from(b - b'0'));
    if let [y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = *s.as_bytes() {
        let n = |bytes: &[u8]| bytes.iter().try_fold(0, |n, &b| Some(n * 10 + digit(b)?));
        if let (Some(y), Some(m), Some(d)) = (n(&[y0, y1, y2, y3]), n(&[m0, m1]), n(&[d0, d1])) {
            return NaiveDate::from_ymd_opt(y as i32, m, d);
        }
    }
    s.parse().ok()
}

struct Reader<'a> {
    s: &'a [u8],
    i: usize,
    scratch: &'a mut Vec<u8>,
}

impl Reader<'_> {
    /// The object, with the white space around it (no line break: that ends the line).
    fn object(&mut self) -> Option<Fields> {
        let (mut id, mut dct, mut text) = (None, None, None);
        self.ws();
        self.expect(b'{')?;
        loop {
            self.ws();
            match self.key()? {
                b"id" if id.is_none() => id = Some(self.colon().and_then(|()| self.string())?),
                b"text" if text.is_none() => text = Some(self.colon().and_then(|()| self.string())?),
                b"dct" if dct.is_none() => {
                    self.colon()?;
                    dct = Some(if self.s[self.i..].starts_with(b"null") {
                        self.i += 4;
                        None
                    } else {
                        Some(date(&self.string()?)?)
                    });
                }
                _ => return None,
            }
            self.ws();
            match self.next()? {
                b',' => continue,
                b'}' => break,
                _ => return None,
            }
        }
        self.ws();
        Some(Fields { id: id?, dct: dct.flatten(), text: text? })
    }

    fn ws(&mut self) {
        while matches!(self.s.get(self.i), Some(b' ' | b'\t' | b'\r')) {
            self.i += 1;
        }
    }

    fn next(&mut self) -> Option<u8> {
        let b = *self.s.get(self.i)?;
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
        let start = self.i;
        let len = self.s.get(start..)?.iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
        self.i = start + len;
        self.expect(b'"')?;
        self.s.get(start..start + len)
    }

    /// A string, its escapes read as serde_json reads them; `None` unless it is UTF-8.
    fn string(&mut self) -> Option<String> {
        self.expect(b'"')?;
        let begin = self.i;
        self.scratch.clear();
        loop {
            // The next quote or backslash; often the very next byte, as in the "\n\n" between paragraphs:
            // then no search.
            let rest = self.s.get(self.i..)?;
            let len = match rest.first() {
                Some(b'"' | b'\\') => 0,
                _ => {
                    let len = memchr::memchr2(b'"', b'\\', rest)?;
                    self.scratch.extend_from_slice(rest.get(..len)?);
                    len
                }
            };
            let at = self.i + len;
            self.i = at + 1;
            match self.s[at] {
                b'"' => {
                    // A control character is not allowed in a string, escaped or not: tested once over the
                    // whole string as written (an escape is written without one).
                    if self.s.get(begin..at)?.iter().fold(u8::MAX, |min, &b| min.min(b)) < 0x20 {
                        return None;
                    }
                    return std::str::from_utf8(self.scratch).ok().map(str::to_owned);
                }
                b'\\' => {
                    // The short escapes stand for one byte each.
                    let byte = match self.next()? {
                        b'"' => b'"',
                        b'\\' => b'\\',
                        b'/' => b'/',
                        b'b' => 0x08,
                        b'f' => 0x0c,
                        b'n' => b'\n',
                        b'r' => b'\r',
                        b't' => b'\t',
                        b'u' => {
                            let c = self.unicode()?;
                            let mut utf8 = [0u8; 4];
                            self.scratch.extend_from_slice(c.encode_utf8(&mut utf8).as_bytes());
                            continue;
                        }
                        _ => return None,
                    };
                    self.scratch.push(byte);
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
        let mut value = 0;
        for &d in digits {
            value = value * 16 + char::from(d).to_digit(16)?;
        }
        self.i += 4;
        Some(value)
    }
}
