//! Sentences: where a paragraph's sentences start and end.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and
//! brackets after it) when white space and then a capital, a digit or an
//! opening quote follow. A period after a title or rank ("Gen.",
//! "Col.-Gen.", "Lt.") or an initial ("J.") never ends one; after another
//! abbreviation ("U.S.", "a.m.", "Inc.") it ends one only when the next
//! word commonly opens a sentence.

use super::tokens::{DOTTED, TERMINATOR, Token};
use crate::lang::{Function, Lexeme, Lexicon};

/// A closing quote or bracket, which may stand after a sentence's last mark.
pub(crate) fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '\u{201d}' | '\u{2019}' | ')' | ']' | '\u{bb}')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '`' | '\u{201c}' | '\u{2018}' | '(' | '[' | '\u{ab}')
}

/// Splits `text[start..end]` into sentences, appending their byte spans (trimmed of white space) to `out`.
///
/// ```
/// use timeline_extract::lang::Lexicon;
/// use timeline_extract::parse::sentences::split;
///
/// let text = "Col.-Gen. Andrei Kartapolov spoke at 11 a.m. Moscow time. The U.S. side agreed.";
/// let mut out = Vec::new();
/// split(text, 0, text.len(), Lexicon::english(), &mut out);
/// assert_eq!(out.len(), 2);
/// assert_eq!(&text[out[1].0..out[1].1], "The U.S. side agreed.");
/// ```
pub fn split(text: &str, start: usize, end: usize, lexicon: &Lexicon, out: &mut Vec<(usize, usize)>) {
    let Some(slice) = text.get(start..end) else { return };
    // Terminators: '.', '!', '?' and the ellipsis (E2 80 A6); nothing else needs decoding.
    let candidates = slice.bytes().enumerate().filter(|&(_, b)| matches!(b, b'.' | b'!' | b'?' | 0xe2));
    split_at(text, start, end, candidates.map(|(k, _)| start + k), usize::MAX, lexicon, out);
}

/// Like [`split`], given the tokens of `text[start..end]` (and perhaps others around them): a terminator
/// is a token of its own, or the last period of a dotted abbreviation ("U.S."), so only the tokens need
/// reading, not every byte. The sentences are those [`split`] finds.
///
/// ```
/// use timeline_extract::lang::Lexicon;
/// use timeline_extract::parse::{sentences, tokens};
///
/// let text = "It met at 11 a.m. The U.S. side agreed. Fine.";
/// let mut toks = Vec::new();
/// tokens::tokenize(text, Lexicon::english(), &mut toks);
/// let (mut a, mut b) = (Vec::new(), Vec::new());
/// sentences::split(text, 0, text.len(), Lexicon::english(), &mut a);
/// sentences::split_tokens(text, 0, text.len(), &toks, Lexicon::english(), &mut b);
/// assert_eq!(a, b);
/// assert_eq!(b.len(), 3);
/// ```
pub fn split_tokens(
    text: &str,
    start: usize,
    end: usize,
    tokens: &[Token<'_>],
    lexicon: &Lexicon,
    out: &mut Vec<(usize, usize)>,
) {
    split_tokens_until(text, start, end, tokens, usize::MAX, lexicon, out);
}

/// Like [`split_tokens`], but stops after the sentence that reaches `until`: the sentences of
/// `text[start..until]`, when only they are needed (those of the expressions found on a line).
///
/// ```
/// use timeline_extract::lang::Lexicon;
/// use timeline_extract::parse::{sentences, tokens};
///
/// let text = "It met on Monday. The side agreed. Fine.";
/// let mut toks = Vec::new();
/// tokens::tokenize(text, Lexicon::english(), &mut toks);
/// let mut out = Vec::new();
/// sentences::split_tokens_until(text, 0, text.len(), &toks, 16, Lexicon::english(), &mut out);
/// assert_eq!(out, [(0, 17)]);
/// ```
pub fn split_tokens_until(
    text: &str,
    start: usize,
    end: usize,
    tokens: &[Token<'_>],
    until: usize,
    lexicon: &Lexicon,
    out: &mut Vec<(usize, usize)>,
) {
    // A dotted abbreviation's inner periods are followed by a letter, so they never end a sentence nor
    // reach past themselves: only its last one is a candidate. The tokenizer flags both kinds.
    let candidates = tokens
        .iter()
        .filter(|t| t.flags & (TERMINATOR | DOTTED) != 0)
        .map(|t| if t.has(DOTTED) { t.end - 1 } else { t.start });
    split_at(text, start, end, candidates.filter(|&k| start <= k && k < end), until, lexicon, out);
}

/// Like [`split_tokens_until`], given the indices among `tokens` (in order) of every token flagged
/// [`TERMINATOR`] or [`DOTTED`] (as the tokenizer notes them), so that the other tokens are not read.
#[allow(clippy::too_many_arguments)]
pub(crate) fn split_token_ends_until(
    text: &str,
    start: usize,
    end: usize,
    tokens: &[Token<'_>],
    ends: &[usize],
    until: usize,
    lexicon: &Lexicon,
    out: &mut Vec<(usize, usize)>,
) {
    let candidates =
        ends.iter().filter_map(|&k| tokens.get(k)).map(|t| if t.has(DOTTED) { t.end - 1 } else { t.start });
    split_at(text, start, end, candidates.filter(|&k| start <= k && k < end), until, lexicon, out);
}

/// Splits `text[start..end]` at the terminators that start at the `candidates` offsets (in order; every
/// terminator that can end a sentence must be among them, other offsets are skipped); stops after the
/// sentence that reaches `until`.
fn split_at(
    text: &str,
    start: usize,
    end: usize,
    candidates: impl Iterator<Item = usize>,
    until: usize,
    lexicon: &Lexicon,
    out: &mut Vec<(usize, usize)>,
) {
    let Some(slice) = text.get(start..end) else { return };
    let bytes = slice.as_bytes();
    let mut sentence_start = start;
    // Where reading resumes: terminators swallowed with the one before them are not read again.
    let mut k = 0;
    for at in candidates {
        if at < start + k {
            continue;
        }
        k = at - start;
        let len = match bytes.get(k) {
            Some(b'.' | b'!' | b'?') => 1,
            Some(0xe2) if bytes.get(k + 1..k + 3) == Some(&[0x80, 0xa6]) => 3,
            _ => continue,
        };
        let c = bytes[k];
        let off = k;
        // Swallow further terminators and closing quotes or brackets.
        let mut stop = start + off + len;
        k += len;
        while let Some(n) = slice[k..].chars().next() {
            if matches!(n, '.' | '!' | '?' | '\u{2026}') || is_closer(n) {
                k += n.len_utf8();
                stop = start + k;
            } else {
                break;
            }
        }
        // White space, then the start of the next sentence.
        let rest = &text[stop..end];
        let trimmed = rest.trim_start();
        if trimmed.len() == rest.len() {
            continue;
        }
        let Some(next) = trimmed.chars().next() else { continue };
        if !(next.is_uppercase() || next.is_ascii_digit() || is_opener(next)) {
            continue;
        }
        if c == b'.' && !period_ends(text, start, start + off, trimmed, lexicon) {
            continue;
        }
        push(text, sentence_start, stop, out);
        if stop >= until {
            return;
        }
        sentence_start = stop;
    }
    push(text, sentence_start, end, out);
}

/// The ASCII bytes of the word before a period: letters, digits, dots and hyphens.
static IN_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = matches!(b as u8, b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.' | b'-');
        b += 1;
    }
    table
};

/// True when the period at `dot` ends a sentence, given the word before it and the text after it.
fn period_ends(text: &str, floor: usize, dot: usize, after: &str, lexicon: &Lexicon) -> bool {
    let before = &text[floor..dot];
    // The word before the period, dots and hyphens inside it included ("U.S", "Col.-Gen"): read as bytes
    // while they are ASCII, as characters when a non-ASCII one comes.
    let bytes = before.as_bytes();
    let mut word_start = bytes.len();
    while word_start > 0 && IN_WORD[usize::from(bytes[word_start - 1])] {
        word_start -= 1;
    }
    if word_start > 0 && !bytes[word_start - 1].is_ascii() {
        word_start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphanumeric() || *c == '.' || *c == '-')
            .last()
            .map_or(before.len(), |(i, _)| i);
    }
    let word = &before[word_start..];
    let last = word.as_bytes().iter().rposition(|&b| b == b'.' || b == b'-').map_or(word, |p| &word[p + 1..]);
    if last.is_empty() {
        return true;
    }
    // An initial: one capital letter.
    let mut chars = last.chars();
    if chars.next().is_some_and(char::is_uppercase) && chars.next().is_none() {
        return false;
    }
    if lexicon.is_title_abbreviation(last) {
        return false;
    }
    let dotted = word.as_bytes().contains(&b'.');
    // `word` is `last` unless a dot or hyphen stands inside it.
    if dotted
        || lexicon.is_other_abbreviation(last)
        || (word.len() != last.len() && lexicon.is_other_abbreviation(word))
    {
        // The letters and digits that open the text after it, as a slice (no copy).
        let len = after.char_indices().find(|(_, c)| !c.is_alphanumeric()).map_or(after.len(), |(k, _)| k);
        let next = after.get(..len).unwrap_or_default();
        if meridiem(word, lexicon) {
            return !goes_on_after_clock(next, &after[len..], lexicon);
        }
        return lexicon.is_sentence_starter(next);
    }
    true
}

/// True when `word` (before its last period) is the dotted mark of the half of the day after a clock
/// time ("p.m").
fn meridiem(word: &str, lexicon: &Lexicon) -> bool {
    let mut letters = [0u8; 4];
    let mut n = 0;
    for b in word.bytes().filter(|&b| b != b'.') {
        match letters.get_mut(n) {
            Some(slot) => *slot = b,
            None => return false,
        }
        n += 1;
    }
    let letters = std::str::from_utf8(&letters[..n]).unwrap_or_default();
    lexicon.lookup(letters).iter().any(|l| matches!(l, Lexeme::Meridiem(_)))
}

/// True when the capitalized `next` word after a clock time's "a.m." or "p.m." goes on with the time: a
/// weekday, a month, a holiday, a zone ("8 p.m. Tuesday", "9 a.m. Nov. 5", "10 a.m. Christmas Day", "7 p.m.
/// EST", "8 p.m. Eastern"), or a place whose time it is ("4 p.m. New York time": the word for time within
/// the next words, `rest`).
/// A word that commonly opens a sentence, or any other capital, opens one ("The next advisory is due at
/// 8 p.m. Buses will run ...").
fn goes_on_after_clock(next: &str, rest: &str, lexicon: &Lexicon) -> bool {
    let time_word = |w: &str| {
        lexicon.lookup(w).iter().any(|l| {
            matches!(
                l,
                Lexeme::Month(_)
                    | Lexeme::MonthAbbr(_)
                    | Lexeme::Weekday(_)
                    | Lexeme::WeekdayAbbr(_)
                    | Lexeme::TimeZone
                    | Lexeme::ZoneRegion
                    | Lexeme::HolidayStart(_)
                    | Lexeme::Function(Function::Time)
            )
        })
    };
    if lexicon.is_sentence_starter(next) {
        return false;
    }
    if next.is_empty() || !next.chars().next().is_some_and(char::is_alphabetic) || time_word(next) {
        return true;
    }
    // A place of one or two words, then the word for time.
    rest.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(2)
        .any(|w| lexicon.lookup(w).iter().any(|l| matches!(l, Lexeme::Function(Function::Time))))
}

fn push(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let Some(s) = text.get(start..end) else { return };
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if start + lead < end - trail {
        out.push((start + lead, end - trail));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        split(text, 0, text.len(), Lexicon::english(), &mut out);
        out.iter().map(|(s, e)| &text[*s..*e]).collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let text = "Lt. Gen. Charles Brown told CBS on Monday. Russian General Staff Main Operations Department Head Col.-Gen. Andrei Kartapolov said so.";
        assert_eq!(sentences(text).len(), 2);
        assert_eq!(sentences("Title 17 U.S.C. Section 107 applies here.").len(), 1);
        assert_eq!(sentences("Drills began at 11 a.m. Moscow time. Jets flew.").len(), 2);
        assert_eq!(sentences("It met at 11 a.m. The talks went well.").len(), 2);
        // After a clock time, any capital but a time's own words opens a sentence.
        assert_eq!(sentences("The advisory is due at 8 p.m. Buses will run at 6 a.m. Friday.").len(), 2);
        for one in [
            "Polls close at 8 p.m. Tuesday across the state.",
            "It opens at 9 a.m. Nov. 5 in the hall.",
            "It starts at 7 p.m. EST with a speech.",
            "The debate starts at 8 p.m. Eastern on Sunday.",
            "Markets close at 4 p.m. New York time on weekdays.",
            "Drills began at 11 a.m. Moscow time with jets.",
            "He boarded the 8 p.m. Eastern Airlines flight.",
            "The service starts at 10 a.m. Christmas Day in the chapel.",
        ] {
            assert_eq!(sentences(one).len(), 1, "{one}");
        }
        assert_eq!(sentences("He met J. Smith in Oct. 7 talks. Then he left.").len(), 2);
    }

    #[test]
    fn quotes_close_with_their_sentence() {
        let got =
            sentences("“All the targets were destroyed. No civilian objects sustained damage,” Shoigu said. He left.");
        assert_eq!(
            got,
            ["“All the targets were destroyed.", "No civilian objects sustained damage,” Shoigu said.", "He left."]
        );
        let got = sentences("He said \"it is over.\" Then he left.");
        assert_eq!(got, ["He said \"it is over.\"", "Then he left."]);
    }

    #[test]
    fn numbers_and_lowercase_continue() {
        assert_eq!(sentences("The rate rose 1.5 percent. costs fell.").len(), 1);
        assert_eq!(sentences("Sales rose. 2015 was good.").len(), 2);
        assert_eq!(sentences("Really? Yes! Fine…").len(), 3);
    }

    #[test]
    fn spans_are_trimmed() {
        let text = "  One here.   Two there.  ";
        let mut out = Vec::new();
        split(text, 0, text.len(), Lexicon::english(), &mut out);
        assert_eq!(out, [(2, 11), (14, 24)]);
    }

    #[test]
    fn the_tokenizer_notes_every_token_that_may_end_a_sentence() {
        let text = "It met at 11 a.m. The U.S. side agreed! Why? So\u{2026} Fine. J. Smith \u{201c}left.\u{201d} Caf\u{e9}. It's e.g. ok";
        let lx = Lexicon::english();
        let (mut toks, mut marked, mut ends) = (Vec::new(), Vec::new(), Vec::new());
        let marks = crate::parse::temporal::STARTS;
        super::super::tokens::tokenize_line_marked_ends(
            text,
            (0, text.len()),
            lx,
            marks,
            &mut toks,
            &mut marked,
            &mut ends,
        );
        let flagged: Vec<usize> = (0..toks.len()).filter(|&k| toks[k].flags & (TERMINATOR | DOTTED) != 0).collect();
        assert_eq!(ends, flagged);
        for until in [0, 20, usize::MAX] {
            let (mut a, mut b) = (Vec::new(), Vec::new());
            split_tokens_until(text, 0, text.len(), &toks, until, lx, &mut a);
            split_token_ends_until(text, 0, text.len(), &toks, &ends, until, lx, &mut b);
            assert_eq!(a, b);
        }
    }
}
