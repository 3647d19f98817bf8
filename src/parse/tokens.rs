//! Tokens: words, numbers and punctuation with their byte spans.
//!
//! The tokenizer knows no language. Words are runs of letters (with an
//! inner apostrophe, as in "o'clock"); a possessive `'s` and a contracted
//! `'ll` become tokens of their own. Letters and digits glued together
//! ("30Nov15", "Su-24M") are split, with a flag that says no space came
//! between. Digit groups ("1,631") and dotted abbreviations ("a.m.",
//! "U.S.") are kept whole. Each word carries its readings from the lexicon.

use super::scan::{self, CLASSES, Class};
use crate::lang::{Entry, Lexeme, Lexicon};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A run of letters.
    Word,
    /// A run of digits.
    Number(Num),
    /// Any other character that is not white space.
    Punct(char),
}

/// A number written in digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Num {
    /// Its value (saturating at `u64::MAX`).
    pub value: u64,
    /// How many digits it has, leading zeros included.
    pub digits: u8,
    /// Written with thousands separators ("1,631").
    pub grouped: bool,
    /// A suffix glued to it.
    pub suffix: NumSuffix,
}

impl Num {
    /// True for digits alone: no suffix and no thousands separators ("2015", not "1990s", "7th" or "1,631").
    ///
    /// ```
    /// use timeline_extract::parse::tokens::{Num, NumSuffix};
    ///
    /// let year = Num { value: 2015, digits: 4, grouped: false, suffix: NumSuffix::None };
    /// assert!(year.plain());
    /// assert!(!Num { suffix: NumSuffix::Plural, ..year }.plain());
    /// ```
    pub fn plain(&self) -> bool {
        self.suffix == NumSuffix::None && !self.grouped
    }
}

/// A suffix glued to a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumSuffix {
    /// None.
    None,
    /// An ordinal suffix ("7th", "1st").
    Ordinal,
    /// A plural "s" ("1990s", "80s").
    Plural,
}

/// Space before the token.
pub const SPACE_BEFORE: u8 = 1;
/// A line break before the token.
pub const NEWLINE_BEFORE: u8 = 2;
/// The word starts with an uppercase letter.
pub const CAPITALIZED: u8 = 4;
/// Every letter of the word is uppercase.
pub const ALL_CAPS: u8 = 8;
/// A dotted abbreviation ("a.m.", "U.S.").
pub const DOTTED: u8 = 16;
/// A mark that may end a sentence: `.`, `!`, `?` or `…`.
pub const TERMINATOR: u8 = 32;

/// One token.
#[derive(Clone, Copy, Debug)]
pub struct Token<'l> {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset after the last byte.
    pub end: usize,
    /// What it is.
    pub kind: Kind,
    /// Flags (`SPACE_BEFORE`, ...).
    pub flags: u8,
    /// The lexicon's entry for a word; [`Entry::NONE`] for an unknown word and for other tokens.
    pub entry: &'l Entry,
}

impl<'l> Token<'l> {
    /// The token's text in `text`.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// True when the flag is set.
    pub fn has(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }

    /// True when a space or line break separates this token from the one before.
    pub fn spaced(&self) -> bool {
        self.flags & (SPACE_BEFORE | NEWLINE_BEFORE) != 0
    }

    /// The number, if the token is one.
    pub fn num(&self) -> Option<Num> {
        match self.kind {
            Kind::Number(n) => Some(n),
            _ => None,
        }
    }

    /// True for the punctuation character `c`.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    /// True for a currency sign before an amount ("$", "£", "€").
    pub fn is_currency(&self) -> bool {
        matches!(self.kind, Kind::Punct('$' | '\u{a3}' | '\u{20ac}'))
    }

    /// True for a hyphen or a dash ("-", "\u{2013}", "\u{2014}").
    pub fn is_dash(&self) -> bool {
        matches!(self.kind, Kind::Punct('-' | '\u{2013}' | '\u{2014}'))
    }

    /// True for a word.
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    /// The lexicon's readings of a word; empty otherwise.
    #[inline(always)]
    pub fn lex(&self) -> &'static [Lexeme] {
        self.entry.readings()
    }

    /// The union of the readings' [`Lexeme::bit`]s.
    #[inline(always)]
    pub fn bits(&self) -> u128 {
        self.entry.bits()
    }

    /// The first reading that `f` accepts.
    pub fn find<T>(&self, f: impl Fn(Lexeme) -> Option<T>) -> Option<T> {
        self.lex().iter().find_map(|l| f(*l))
    }

    /// True when the word has this reading.
    #[inline(always)]
    pub fn is(&self, lexeme: Lexeme) -> bool {
        self.bits() & lexeme.bit() != 0 && (lexeme.bare() || self.lex().contains(&lexeme))
    }

    /// True when the word has a reading of any kind in `mask` (a union of [`Lexeme::bit`]s).
    #[inline(always)]
    pub fn any(&self, mask: u128) -> bool {
        self.bits() & mask != 0
    }
}

/// What the byte after a run of ASCII letters makes of it ([`AFTER_WORD`]): a plain word.
const PLAIN: u8 = 0;
/// The general path ([`push_word`]): an apostrophe or a non-ASCII byte after the letters.
const GENERAL: u8 = 1;
/// A period: a plain word after two letters or more, else perhaps a dotted abbreviation (the general path).
const DOT: u8 = 2;

/// Per byte after a run of ASCII letters, [`PLAIN`], [`GENERAL`] or [`DOT`].
static AFTER_WORD: [u8; 256] = {
    let mut table = [GENERAL; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = PLAIN;
        b += 1;
    }
    table[b'\'' as usize] = GENERAL;
    table[b'.' as usize] = DOT;
    table
};

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Splits `text` into tokens, appending them to `out` (which is cleared first).
pub fn tokenize<'l>(text: &str, lexicon: &Lexicon, out: &mut Vec<Token<'l>>) {
    out.clear();
    tokenize_range(text, 0, text.len(), lexicon, out);
}

/// Appends the tokens of `text[start..end]` to `out`, with offsets into `text`. `start` must begin a
/// token (the start of the text, or just after white space); the first token's flags say what white
/// space stands before it.
pub fn tokenize_range<'l>(text: &str, start: usize, end: usize, lexicon: &Lexicon, out: &mut Vec<Token<'l>>) {
    scan(text, (start, end), false, lexicon, out, Marks::NONE, &mut Notes { marked: &mut Vec::new(), ends: None });
}

/// Appends the tokens of the line that starts at `start` (as [`tokenize_range`] would for it) to `out`,
/// and returns where the next line starts: after the line break that ends this one, else the end of
/// the text. No separate pass looks for the line break.
///
/// ```
/// use timeline_extract::lang::Lexicon;
/// use timeline_extract::parse::tokens::tokenize_line;
///
/// let text = "On October 7\nships fired.";
/// let mut toks = Vec::new();
/// assert_eq!(tokenize_line(text, 0, Lexicon::english(), &mut toks), 13);
/// assert_eq!(toks.len(), 3);
/// ```
pub fn tokenize_line<'l>(text: &str, start: usize, lexicon: &Lexicon, out: &mut Vec<Token<'l>>) -> usize {
    scan(text, (start, text.len()), true, lexicon, out, Marks::NONE, &mut Notes { marked: &mut Vec::new(), ends: None })
}

/// Which tokens [`tokenize_line_marked`] marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Marks {
    /// The words whose reading bits meet this mask (a union of [`Lexeme::bit`]s).
    pub words: u128,
    /// Every number.
    pub numbers: bool,
    /// Every apostrophe standing alone.
    pub apostrophes: bool,
}

impl Marks {
    /// No token.
    pub const NONE: Marks = Marks { words: 0, numbers: false, apostrophes: false };

    /// True when these marks mark `t`.
    pub fn meets(&self, t: &Token<'_>) -> bool {
        match t.kind {
            Kind::Word => t.any(self.words),
            Kind::Number(_) => self.numbers,
            Kind::Punct(c) => self.apostrophes && is_apostrophe(c),
        }
    }
}

/// Like [`tokenize_line`], also appending to `marked` the index in `out` of each token of the line that
/// `marks` marks, in order: the few tokens a later pass reads, found while the tokens are made. The line
/// is read from `start` and stops at `end` at the latest (a cut in a line that is too long).
///
/// ```
/// use timeline_extract::lang::{Lexeme, Lexicon};
/// use timeline_extract::parse::tokens::{tokenize_line_marked, Marks};
///
/// let marks = Marks { words: Lexeme::Month(1).bit(), numbers: true, apostrophes: false };
/// let (mut toks, mut marked) = (Vec::new(), Vec::new());
/// let text = "On October 7, 'it' rained.";
/// assert_eq!(tokenize_line_marked(text, (0, text.len()), Lexicon::english(), marks, &mut toks, &mut marked), text.len());
/// assert_eq!(marked, [1, 2]);
/// ```
pub fn tokenize_line_marked<'l>(
    text: &str,
    (start, end): (usize, usize),
    lexicon: &Lexicon,
    marks: Marks,
    out: &mut Vec<Token<'l>>,
    marked: &mut Vec<usize>,
) -> usize {
    scan(text, (start, end), true, lexicon, out, marks, &mut Notes { marked, ends: None })
}

/// Like [`tokenize_line_marked`], also appending to `ends` the index in `out` of each token that may end a
/// sentence, in order: the tokens flagged [`TERMINATOR`] or [`DOTTED`], which are all that sentence
/// splitting reads (see [`super::sentences::split_token_ends_until`]).
pub(crate) fn tokenize_line_marked_ends<'l>(
    text: &str,
    range: (usize, usize),
    lexicon: &Lexicon,
    marks: Marks,
    out: &mut Vec<Token<'l>>,
    marked: &mut Vec<usize>,
    ends: &mut Vec<usize>,
) -> usize {
    scan(text, range, true, lexicon, out, marks, &mut Notes { marked, ends: Some(ends) })
}

/// Where [`scan`] notes tokens: the indices of those its marks mark, and of those that may end a sentence
/// when asked.
struct Notes<'a> {
    marked: &'a mut Vec<usize>,
    ends: Option<&'a mut Vec<usize>>,
}

/// Tokenizes `text[start..end]`, or only up to its first line break when `line` is true, marking tokens
/// when asked, and noting the tokens that may end a sentence in `ends` when given; returns where it
/// stopped.
fn scan<'l>(
    text: &str,
    (start, end): (usize, usize),
    line: bool,
    lexicon: &Lexicon,
    out: &mut Vec<Token<'l>>,
    marks: Marks,
    notes: &mut Notes<'_>,
) -> usize {
    let Some(text) = text.get(..end) else { return end };
    let bytes = text.as_bytes();
    let short = lexicon.short_table();
    let mut i = start;
    let mut pending = match start.checked_sub(1).map(|p| bytes[p]) {
        Some(b'\n') => NEWLINE_BEFORE,
        Some(b) if b.is_ascii_whitespace() => SPACE_BEFORE,
        _ => 0,
    };
    while i < bytes.len() {
        let b = bytes[i];
        let flags = pending;
        i = match CLASSES[usize::from(b)] {
            Class::Newline => {
                pending |= NEWLINE_BEFORE;
                i += 1;
                if line {
                    return i;
                }
                continue;
            }
            Class::Space => {
                pending |= SPACE_BEFORE;
                i += 1;
                continue;
            }
            Class::Digit => {
                let (end, num) = scan_number(bytes, i);
                out.push(Token { start: i, end, kind: Kind::Number(num), flags, entry: &Entry::NONE });
                if marks.numbers {
                    notes.marked.push(out.len() - 1);
                }
                end
            }
            Class::Letter => {
                // A plain ASCII word (the common case) needs no decoding; anything else takes the
                // general path (dotted abbreviations, apostrophes, non-ASCII letters). Words apart by one
                // space are read in this loop, without going back to the byte's class.
                let mut at = i;
                let mut flags = flags;
                loop {
                    let run = scan::letters(bytes, at);
                    if run.len == 0 {
                        // Not a word after the space: back to the byte's class.
                        pending = SPACE_BEFORE;
                        i = at;
                        break;
                    }
                    let end = at + run.len;
                    // A space after the letters (the common case) makes a plain word; other bytes are looked up.
                    let after = if run.next == b' ' { PLAIN } else { AFTER_WORD[usize::from(run.next)] };
                    if after != PLAIN && (after == GENERAL || run.len == 1) {
                        pending = 0;
                        let from = out.len();
                        i = push_word(text, at, run.len, flags, lexicon, out);
                        offer(marks, notes.marked, out, from);
                        offer_ends(notes.ends.as_deref_mut(), out, from);
                        break;
                    }
                    let (word_flags, entry) = plain_word(bytes, at, &run, flags, short, lexicon);
                    out.push(Token { start: at, end, kind: Kind::Word, flags: word_flags, entry });
                    // Pushed, then taken back unless marked: no branch on which words are marked.
                    notes.marked.push(out.len() - 1);
                    let unmarked = usize::from(entry.bits() & marks.words == 0);
                    notes.marked.truncate(notes.marked.len() - unmarked);
                    // One space after a word is the common case, and the byte is at hand. So is a mark glued
                    // to the word ("said," "year."): it is read here too, then one space after it.
                    let mut space = end;
                    if run.next != b' ' {
                        // At the end of the text `run.next` is 0, which is no mark there.
                        if CLASSES[usize::from(run.next)] != Class::Punct || end >= bytes.len() {
                            pending = 0;
                            i = end;
                            break;
                        }
                        push_punct(run.next, end, 0, out, marks, notes);
                        space = end + 1;
                        if bytes.get(space) != Some(&b' ') {
                            pending = 0;
                            i = space;
                            break;
                        }
                    }
                    at = space + 1;
                    flags = SPACE_BEFORE;
                }
                continue;
            }
            Class::Punct => {
                push_punct(b, i, flags, out, marks, notes);
                i + 1
            }
            Class::NonAscii => {
                let Some(c) = text[i..].chars().next() else { break };
                if c.is_whitespace() {
                    pending |= SPACE_BEFORE;
                    i += c.len_utf8();
                    continue;
                }
                pending = 0;
                let from = out.len();
                if c.is_alphabetic() {
                    i = push_word(text, i, 0, flags, lexicon, out);
                } else {
                    let end = i + c.len_utf8();
                    let flags = if c == '\u{2026}' { flags | TERMINATOR } else { flags };
                    out.push(Token { start: i, end, kind: Kind::Punct(c), flags, entry: &Entry::NONE });
                    i = end;
                }
                offer(marks, notes.marked, out, from);
                offer_ends(notes.ends.as_deref_mut(), out, from);
                continue;
            }
        };
        // One space after a token is the common case: take it here rather than in another round.
        pending = 0;
        if bytes.get(i) == Some(&b' ') {
            pending = SPACE_BEFORE;
            i += 1;
        }
    }
    bytes.len()
}

/// Pushes the ASCII punctuation mark `b` at `at`, whose flags so far are `flags`, noting it as [`scan`] does.
#[inline(always)]
fn push_punct(b: u8, at: usize, flags: u8, out: &mut Vec<Token<'_>>, marks: Marks, notes: &mut Notes<'_>) {
    let flags = if matches!(b, b'.' | b'!' | b'?') { flags | TERMINATOR } else { flags };
    out.push(Token { start: at, end: at + 1, kind: Kind::Punct(char::from(b)), flags, entry: &Entry::NONE });
    if marks.apostrophes && b == b'\'' {
        notes.marked.push(out.len() - 1);
    }
    if flags & TERMINATOR != 0
        && let Some(ends) = notes.ends.as_deref_mut()
    {
        ends.push(out.len() - 1);
    }
}

/// The flags and the entry of the plain word of ASCII letters `run` (one or more) at `at`, whose flags so far
/// are `flags` (as the main loop of [`scan`] reads it); `short` is the lexicon's table of short words.
#[inline(always)]
fn plain_word(
    bytes: &[u8],
    at: usize,
    run: &scan::Run,
    flags: u8,
    short: &crate::lang::lookup::Table<u64>,
    lexicon: &Lexicon,
) -> (u8, &'static Entry) {
    let end = at + run.len;
    let mut flags = flags;
    // The first byte is a letter, uppercase when its 0x20 bit is clear.
    if run.raw & 0x20 == 0 {
        flags |= CAPITALIZED;
        if run.len > 1 && run.all_upper(bytes.get(at..end).unwrap_or_default()) {
            flags |= ALL_CAPS;
        }
    }
    let entry = match run.len {
        // Letters `| 0x20` are not zero, nor is the key of one or more.
        ..=8 => short.probe(run.key as u64),
        9..=16 => lexicon.long_table().probe(run.key),
        _ => lexicon.lookup_letters(bytes.get(at..end).unwrap_or_default()),
    };
    (flags, entry)
}

/// A possessive or contraction split off an ASCII word: its end, and its key for
/// [`Lexicon::lookup_packed_long`] (the apostrophe and the letters lowercased).
struct Tail {
    end: usize,
    key: u128,
}

/// What an ASCII apostrophe at `ap`, just after a word of ASCII letters, does when its bytes tell without
/// decoding: `Some(None)` when no letter follows, so that it ends the word; `Some(Some(tail))` when "s"
/// or "ll" follows in any case, then no letter, so that it starts a token of its own (as [`push_word`]
/// splits them); `None` when only [`push_word`] can tell (an inner apostrophe, as in "o'clock", or a
/// non-ASCII character after it).
fn after_apostrophe(bytes: &[u8], ap: usize) -> Option<Option<Tail>> {
    let run = scan::letters(bytes, ap + 1);
    if run.next >= 0x80 {
        return None;
    }
    const S: u128 = b's' as u128;
    const LL: u128 = u16::from_le_bytes(*b"ll") as u128;
    match (run.len, run.key) {
        (0, _) => Some(None),
        (1, S) | (2, LL) => Some(Some(Tail { end: ap + 1 + run.len, key: u128::from(b'\'') | run.key << 8 })),
        _ => None,
    }
}

/// Notes in `ends`, when given, those of the tokens `out[from..]` that may end a sentence.
fn offer_ends(ends: Option<&mut Vec<usize>>, out: &[Token<'_>], from: usize) {
    if let Some(ends) = ends {
        for (k, t) in out.iter().enumerate().skip(from) {
            if t.flags & (TERMINATOR | DOTTED) != 0 {
                ends.push(k);
            }
        }
    }
}

/// Marks those of the tokens `out[from..]` that `marks` marks.
fn offer(marks: Marks, marked: &mut Vec<usize>, out: &[Token<'_>], from: usize) {
    for (k, t) in out.iter().enumerate().skip(from) {
        if marks.meets(t) {
            marked.push(k);
        }
    }
}

/// The character that `bytes` starts with, if they start with a whole one.
fn first_char(bytes: &[u8]) -> Option<char> {
    let head = &bytes[..bytes.len().min(4)];
    let valid = match std::str::from_utf8(head) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&head[..e.valid_up_to()]).ok()?,
    };
    valid.chars().next()
}

fn scan_number(bytes: &[u8], start: usize) -> (usize, Num) {
    let mut i = start;
    let mut value: u64 = 0;
    let mut digits: u32 = 0;
    let mut grouped = false;
    loop {
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            value = value.saturating_mul(10).saturating_add(u64::from(bytes[i] - b'0'));
            digits += 1;
            i += 1;
        }
        // A thousands group: a comma and exactly three digits, the first group at most three digits.
        let group_ok = bytes.get(i) == Some(&b',')
            && bytes.get(i + 1..i + 4).is_some_and(|g| g.iter().all(u8::is_ascii_digit))
            && !bytes.get(i + 4).is_some_and(u8::is_ascii_digit)
            && (grouped || (1..=3).contains(&(i - start)));
        if group_ok {
            grouped = true;
            i += 1;
            continue;
        }
        break;
    }
    let digits = digits.min(255) as u8;
    // Glued suffixes: ordinal (st, nd, rd, th) or plural s, when no other letter follows.
    let letters = bytes[i..].iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let suffix_text = &bytes[i..i + letters];
    let not_followed = |n: usize| match bytes.get(i + n) {
        None => true,
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        // A character outside ASCII: a letter or digit continues the word ("1sté"), a dash or a quote
        // does not ("1st–14th", "1990s’").
        Some(_) => !first_char(&bytes[i + n..]).is_some_and(char::is_alphanumeric),
    };
    let mut suffix = NumSuffix::None;
    let mut end = i;
    if !grouped {
        let ordinal = match value % 100 {
            11..=13 => b"th".as_slice(),
            _ => match value % 10 {
                1 => b"st".as_slice(),
                2 => b"nd".as_slice(),
                3 => b"rd".as_slice(),
                _ => b"th".as_slice(),
            },
        };
        if letters == 2 && suffix_text.eq_ignore_ascii_case(ordinal) && not_followed(2) {
            suffix = NumSuffix::Ordinal;
            end = i + 2;
        } else if letters == 1 && suffix_text.eq_ignore_ascii_case(b"s") && not_followed(1) {
            suffix = NumSuffix::Plural;
            end = i + 1;
        }
    }
    (end, Num { value, digits, grouped, suffix })
}

/// Pushes the word at `start` (a dotted abbreviation, or letters with inner apostrophes and perhaps a
/// possessive or contraction split off), whose first `known` bytes are ASCII letters; returns its end.
fn push_word<'l>(
    text: &str,
    start: usize,
    known: usize,
    flags: u8,
    lexicon: &Lexicon,
    out: &mut Vec<Token<'l>>,
) -> usize {
    let bytes = text.as_bytes();
    // The common case without decoding: ASCII letters, then an ASCII apostrophe that ends the word or
    // splits off a possessive or contraction.
    if known > 0 && bytes.get(start + known) == Some(&b'\'') {
        // The letters are read as a plain word is (a word followed by "'s" is the same word as one
        // followed by a space).
        let run = scan::letters(bytes, start);
        if let Some(split) = after_apostrophe(bytes, start + known).filter(|_| run.len == known) {
            let end = start + known;
            let (flags, entry) = plain_word(bytes, start, &run, flags, lexicon.short_table(), lexicon);
            out.push(Token { start, end, kind: Kind::Word, flags, entry });
            let Some(tail) = split else { return end };
            let entry = lexicon.lookup_packed_long(tail.key);
            out.push(Token { start: end, end: tail.end, kind: Kind::Word, flags: 0, entry });
            return tail.end;
        }
    }
    // A dotted abbreviation: single letters each followed by a dot ("a.m.", "U.S.C.").
    let mut j = start;
    let mut letters = 0;
    while j + 1 < bytes.len() && bytes[j].is_ascii_alphabetic() && bytes[j + 1] == b'.' {
        let next_is_letter = bytes.get(j + 2).is_some_and(u8::is_ascii_alphabetic);
        let next_next_is_dot = bytes.get(j + 3) == Some(&b'.');
        letters += 1;
        j += 2;
        if !(next_is_letter && next_next_is_dot) {
            break;
        }
    }
    let before_ok = start == 0 || !bytes[start - 1].is_ascii_alphanumeric();
    if letters >= 2 && before_ok && !bytes.get(j).is_some_and(u8::is_ascii_alphanumeric) {
        // The letters without their dots: every other byte from `start`, each an ASCII letter.
        let letters = bytes.get(start..j).unwrap_or_default().iter().step_by(2).copied();
        let mut flags = flags | DOTTED;
        if letters.clone().all(|b| b.is_ascii_uppercase()) {
            flags |= CAPITALIZED | ALL_CAPS;
        }
        let mut key = [0u8; 16];
        let entry = if letters.len() <= key.len() {
            let n = letters.len();
            for (dst, src) in key.iter_mut().zip(letters) {
                *dst = src;
            }
            lexicon.lookup_entry(std::str::from_utf8(&key[..n]).unwrap_or_default())
        } else {
            lexicon.lookup_entry(&text[start..j].chars().filter(|c| *c != '.').collect::<String>())
        };
        out.push(Token { start, end: j, kind: Kind::Word, flags, entry });
        return j;
    }

    // A plain word, with inner apostrophes; its first `known` bytes are ASCII letters already read.
    let base = start + known;
    let mut end = base;
    let mut iter = text[base..].char_indices().peekable();
    let mut split_at: Option<usize> = None;
    while let Some((off, c)) = iter.next() {
        let at = base + off;
        if c.is_alphabetic() {
            end = at + c.len_utf8();
            continue;
        }
        if is_apostrophe(c)
            && let Some(&(_, n)) = iter.peek()
            && n.is_alphabetic()
        {
            // Possessive 's or contracted 'll become separate tokens: the letters after the
            // apostrophe, lowercased, are "s" or "ll". ASCII letters that end at an ASCII byte
            // are compared as they are; others are lowercased char by char.
            let rest = &text[at + c.len_utf8()..];
            let ascii = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
            let split = if rest.as_bytes().get(ascii).is_none_or(u8::is_ascii) {
                let tail = &rest[..ascii];
                tail.eq_ignore_ascii_case("s") || tail.eq_ignore_ascii_case("ll")
            } else {
                let lower = rest.chars().take_while(|c| c.is_alphabetic()).flat_map(char::to_lowercase);
                lower.clone().eq("s".chars()) || lower.eq("ll".chars())
            };
            if split {
                split_at = Some(at);
                break;
            }
            end = at + c.len_utf8();
            continue;
        }
        break;
    }
    let word = &text[start..end];
    push_plain(word, start, end, flags, lexicon, out);
    if let Some(ap) = split_at {
        // The apostrophe and its one or two letters, looked up as "'s" or "'ll".
        let ap_len = text[ap..].chars().next().map_or(1, char::len_utf8);
        let tail_start = ap + ap_len;
        let tail_end = tail_start
            + text[tail_start..].chars().take_while(|c| c.is_alphabetic()).map(char::len_utf8).sum::<usize>();
        let tail = &text[tail_start..tail_end];
        let mut key = [b'\''; 16];
        let entry = match key.get_mut(1..=tail.len()) {
            Some(rest) => {
                rest.copy_from_slice(tail.as_bytes());
                // An apostrophe and a str are UTF-8.
                lexicon.lookup_entry(std::str::from_utf8(&key[..=tail.len()]).unwrap_or_default())
            }
            None => lexicon.lookup_entry(&format!("'{tail}")),
        };
        out.push(Token { start: ap, end: tail_end, kind: Kind::Word, flags: 0, entry });
        return tail_end;
    }
    end
}

fn push_plain<'l>(word: &str, start: usize, end: usize, flags: u8, lexicon: &Lexicon, out: &mut Vec<Token<'l>>) {
    let mut flags = flags;
    if word.is_ascii() {
        let bytes = word.as_bytes();
        if bytes.first().is_some_and(u8::is_ascii_uppercase) {
            flags |= CAPITALIZED;
            if bytes.len() > 1 && bytes.iter().all(|b| !b.is_ascii_lowercase()) {
                flags |= ALL_CAPS;
            }
        }
    } else if word.chars().next().is_some_and(char::is_uppercase) {
        flags |= CAPITALIZED;
        if word.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) && word.chars().count() > 1 {
            flags |= ALL_CAPS;
        }
    }
    out.push(Token { start, end, kind: Kind::Word, flags, entry: lexicon.lookup_entry(word) });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lexicon;

    fn toks(text: &str) -> Vec<(String, Kind)> {
        let mut out = Vec::new();
        tokenize(text, Lexicon::english(), &mut out);
        out.iter().map(|t| (t.text(text).to_string(), t.kind)).collect()
    }

    fn texts(text: &str) -> Vec<String> {
        toks(text).into_iter().map(|(s, _)| s).collect()
    }

    #[test]
    fn glued_dates_split_into_parts() {
        assert_eq!(texts("30Nov15"), ["30", "Nov", "15"]);
        assert_eq!(texts("19:57 GMT09 May 2021"), ["19", ":", "57", "GMT", "09", "May", "2021"]);
    }

    #[test]
    fn digit_groups_stay_whole() {
        let t = toks("1,631 sorties, 2,084 targets and 7, 2015");
        assert_eq!(t[0].0, "1,631");
        assert!(matches!(t[0].1, Kind::Number(Num { value: 1631, grouped: true, .. })));
        assert_eq!(t[3].0, "2,084");
        assert_eq!(t[6].0, "7");
        assert_eq!(t[8].0, "2015");
    }

    #[test]
    fn suffixes_are_recognized() {
        let t = toks("the 7th, the 1990s, the 80s, 24M, 5st");
        assert!(matches!(t[1].1, Kind::Number(Num { value: 7, suffix: NumSuffix::Ordinal, .. })));
        assert!(matches!(t[4].1, Kind::Number(Num { value: 1990, suffix: NumSuffix::Plural, .. })));
        assert!(matches!(t[7].1, Kind::Number(Num { value: 80, suffix: NumSuffix::Plural, .. })));
        assert_eq!(t[9].0, "24");
        assert_eq!(t[10].0, "M");
        assert_eq!(t[12].0, "5");
    }

    #[test]
    fn dotted_abbreviations_and_apostrophes() {
        assert_eq!(texts("11 a.m. in the U.S. today"), ["11", "a.m.", "in", "the", "U.S.", "today"]);
        assert_eq!(texts("October's end, o'clock, we'll"), ["October", "'s", "end", ",", "o'clock", ",", "we", "'ll"]);
        assert_eq!(texts("Russia’s jets"), ["Russia", "’s", "jets"]);
        assert_eq!(texts("Su-24M"), ["Su", "-", "24", "M"]);
        assert_eq!(texts("IT'S O'Neill's don't we’LL"), ["IT", "'S", "O'Neill", "'s", "don't", "we", "’LL"]);
        assert_eq!(texts("Straße's Ünïcödé’s x's'll"), ["Straße", "'s", "Ünïcödé", "’s", "x", "'s", "'", "ll"]);
        assert_eq!(texts("it'sé o'LLß it'S."), ["it'sé", "o'LLß", "it", "'S", "."]);
        let mut out = Vec::new();
        tokenize("it's THEY'LL", Lexicon::english(), &mut out);
        assert!(out[1].is(Lexeme::Possessive) && !out[3].lex().is_empty(), "{out:?}");
    }

    #[test]
    fn flags_and_lexemes() {
        let mut out = Vec::new();
        let text = "On\nOctober 7";
        tokenize(text, Lexicon::english(), &mut out);
        let mut ends = Vec::new();
        tokenize("U.S. ships. Fired! Why? So\u{2026} 1.5, a.m. ok", Lexicon::english(), &mut ends);
        let ends: Vec<usize> = ends.iter().filter(|t| t.has(TERMINATOR)).map(|t| t.start).collect();
        assert_eq!(ends, [10, 17, 22, 26, 31]);
        assert!(out[1].has(NEWLINE_BEFORE));
        assert!(out[1].has(CAPITALIZED));
        assert!(out[1].is(Lexeme::Month(10)));
        assert!(out[2].has(SPACE_BEFORE));
    }

    #[test]
    fn huge_numbers_saturate() {
        let t = toks("99999999999999999999999999");
        assert!(matches!(t[0].1, Kind::Number(Num { value: u64::MAX, .. })));
    }

    /// Pieces that the tokenizer treats apart: short and long words in any case, a word of eight letters,
    /// marks glued to words, apostrophes, dotted abbreviations, letters and digits glued together,
    /// non-ASCII letters, marks and white space.
    const PIECES: &[&str] = &[
        "a",
        "Z",
        "on",
        "the",
        "ON",
        "October",
        "Tuesday",
        "abcdefgh",
        "Thanksgiving",
        "INTERNATIONALIZATIONS",
        "x",
        " ",
        " ",
        " ",
        "  ",
        "\n",
        "\t",
        "\r",
        "\u{a0}",
        ".",
        ",",
        ", ",
        ". ",
        "!",
        "?",
        "'",
        "\u{2019}",
        "-",
        "(",
        "\"",
        "\0",
        "'s",
        "'ll",
        "o'clock",
        "a.m.",
        "U.S.",
        "p.m",
        "30Nov15",
        "Su-24M",
        "1,631",
        "7th",
        "1990s",
        "12",
        "\u{e9}",
        "Stra\u{df}e",
        "\u{dc}n",
        "\u{2026}",
        "May",
        "today",
        "years",
    ];

    proptest::proptest! {
        /// Over texts of tricky pieces, cut anywhere: tokens stand in order with only white space between
        /// them, which their flags tell; a word of ASCII letters alone has its whole run of letters, the
        /// flags of its case and the lexicon's entry of its text; and the tokens read line by line, with
        /// their marks and the ends of sentences, are those of the whole text.
        #[test]
        fn tokens_agree_with_a_simple_reading(pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..16)) {
            let whole = pieces.concat();
            let lexicon = Lexicon::english();
            for cut in (0..=whole.len()).filter(|&k| whole.is_char_boundary(k)) {
                let text = &whole[..cut];
                let bytes = text.as_bytes();
                let mut toks = Vec::new();
                tokenize(text, lexicon, &mut toks);
                let mut last = 0;
                for t in &toks {
                    assert!(last <= t.start && t.start < t.end && t.end <= text.len(), "{text:?}: {t:?}");
                    let gap = &text[last..t.start];
                    assert!(gap.chars().all(char::is_whitespace), "{text:?}: {t:?}");
                    assert_eq!(t.has(NEWLINE_BEFORE), gap.contains('\n'), "{text:?}: {t:?}");
                    assert_eq!(t.has(SPACE_BEFORE), gap.chars().any(|c| c != '\n'), "{text:?}: {t:?}");
                    let word = t.text(text);
                    if t.is_word() && word.bytes().all(|b| b.is_ascii_alphabetic()) {
                        assert!(!t.has(DOTTED));
                        assert!(!bytes.get(t.end).is_some_and(u8::is_ascii_alphabetic), "{text:?}: {t:?}");
                        let before = t.start.checked_sub(1).and_then(|k| bytes.get(k));
                        assert!(!before.is_some_and(u8::is_ascii_alphabetic), "{text:?}: {t:?}");
                        let upper = word.bytes().all(|b| b.is_ascii_uppercase());
                        assert_eq!(t.has(CAPITALIZED), word.as_bytes()[0].is_ascii_uppercase(), "{text:?}: {t:?}");
                        assert_eq!(t.has(ALL_CAPS), word.len() > 1 && upper, "{text:?}: {t:?}");
                        assert_eq!(t.entry, lexicon.lookup_entry(word), "{text:?}: {t:?}");
                    }
                    last = t.end;
                }
                assert!(text[last..].chars().all(char::is_whitespace), "{text:?}");

                let marks = crate::parse::temporal::STARTS;
                let (mut lines, mut start) = (Vec::new(), 0);
                while start < text.len() {
                    let (mut line, mut marked, mut ends) = (Vec::new(), Vec::new(), Vec::new());
                    let next = tokenize_line_marked_ends(text, (start, text.len()), lexicon, marks, &mut line, &mut marked, &mut ends);
                    assert!(next > start);
                    let want: Vec<usize> = (0..line.len()).filter(|&k| marks.meets(&line[k])).collect();
                    assert_eq!(marked, want, "{text:?}");
                    let want: Vec<usize> = (0..line.len()).filter(|&k| line[k].flags & (TERMINATOR | DOTTED) != 0).collect();
                    assert_eq!(ends, want, "{text:?}");
                    // A line's first token knows only the line break before it, not a space before that.
                    if let Some(first) = line.first_mut().filter(|_| start > 0) {
                        first.flags |= toks.iter().find(|t| t.start == first.start).map_or(0, |t| t.flags & SPACE_BEFORE);
                    }
                    lines.extend(line);
                    start = next;
                }
                let fields = |t: &Token<'_>| (t.start, t.end, t.kind, t.flags, t.bits(), t.lex());
                assert_eq!(lines.iter().map(fields).collect::<Vec<_>>(), toks.iter().map(fields).collect::<Vec<_>>(), "{text:?}");
            }
        }
    }
}
