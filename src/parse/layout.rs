//! Layout: the lines of a page, each read as prose, a heading, a date line,
//! a source line, a page stamp or furniture.
//!
//! Scraped pages keep their chrome: navigation, share widgets, "READ MORE"
//! links, crawl stamps, copyright notices. Only prose carries news; date
//! lines carry the dates of what follows them.

use super::expr::{Expr, Mention, YearSpec};
use super::sentences::is_closer;
use super::tokens::{ALL_CAPS, CAPITALIZED, Kind, NEWLINE_BEFORE, Token};
use crate::lang::{Function, Lexeme, Lexicon};

/// What a block of text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub enum BlockKind {
    /// A paragraph of sentences.
    Prose,
    /// A title or subhead: short, without sentence punctuation.
    Heading,
    /// A line that holds only a date (and perhaps a time): a dateline or a live blog's day header.
    DateLine,
    /// A line that holds only a year or a month of a year ("2023", "March 2024:"): a header of a chronology,
    /// whose entries below it lie in that time.
    PeriodLine,
    /// A line that holds only a weekday ("Monday", "TUESDAY:"): a day header of a week told day by day, which
    /// heads a section only beside another ([`crate::parse::Parsed::sections`]) and never dates the page.
    DayLine,
    /// "[Source: Itar Tass, Moscow, 30Nov15]".
    SourceLine,
    /// When the page was published ("Published: 30 Sep 2015", "Posted 2 hours ago").
    Stamp,
    /// When the page was last changed ("Updated 9 years ago", "Last modified: 9 May 2021"): perhaps long after
    /// it was written.
    Update,
    /// A notice that the page was corrected or amended ("Correction, 14 November 2025: An earlier version of
    /// this article said ..."): about the page, not news; its date, given at its head, is one that the page
    /// was written by.
    Amendment,
    /// Page furniture: navigation, share widgets, labels, notices.
    Furniture,
}

/// A line (or a hard-wrapped run of lines) of the text.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Block {
    /// Byte offset of its first byte, white space trimmed.
    pub start: usize,
    /// Byte offset after its last byte.
    pub end: usize,
    /// What it is.
    pub kind: BlockKind,
    /// Prose that opens with a quotation mark: usually the words of the item before it.
    pub quote: bool,
    /// For a date line: the index of its date's mention; for a source line or stamp, the date's mention if any.
    pub date: Option<usize>,
    /// For a date line: it carries a clock time and no weekday ("19:57 GMT09 May 2021"), as a crawl's or an
    /// update's stamp does; a page's own date line for its readers names the weekday ("Mon 14 Jul 2025 18.05
    /// BST").
    pub timed: bool,
    /// For a stamp that gives the day the page was first published and the day it was last changed
    /// ("Published March 4, 2025 | Updated March 5, 2025"): the index of the later day's mention.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revised: Option<usize>,
    /// For a source line: the source's name.
    pub source: Option<String>,
}

/// The most tokens a date line holds ("Tuesday, 13 October 2015, 14:16 GMT / Updated 9 years ago").
const MAX_DATE_LINE_TOKENS: usize = 40;
/// The most capitalized words (a place, an agency) a date line holds beside its date: "MOSCOW, December
/// 5, 2015", "NEW YORK, Dec. 5 (Reuters)".
const MAX_DATELINE_NAMES: usize = 5;

/// The most words of a line that one notice word ("Cookies", "Copyright 2015 ...") makes furniture.
const MAX_SHORT_NOTICE_WORDS: usize = 12;
/// The most words of a notice (a copyright or fair-use paragraph) that holds two notice words or more.
const MAX_NOTICE_WORDS: usize = 80;

/// The longest label ("READ MORE:") compared with the furniture labels.
const MAX_LABEL_BYTES: usize = 64;
/// A stamp's verb ("Updated", "Published") stands within this many bytes of the start of its line.
const MAX_STAMP_HEAD_BYTES: usize = 120;

/// The largest char boundary of `s` at or below `at`.
fn floor_boundary(s: &str, at: usize) -> usize {
    let mut k = at.min(s.len());
    while !s.is_char_boundary(k) {
        k -= 1;
    }
    k
}

/// The smallest char boundary of `s` at or above `at`.
fn ceil_boundary(s: &str, at: usize) -> usize {
    let mut k = at.min(s.len());
    while !s.is_char_boundary(k) {
        k += 1;
    }
    k
}

/// A line longer than this is not one paragraph but text that lost its line ends (a page flattened to
/// one line): its sentences are read as lines of their own, so that the furniture among them is seen.
const MAX_LINE_BYTES: usize = 4096;

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '\u{2026}')
}

fn is_quote_open(c: char) -> bool {
    matches!(c, '"' | '\u{201c}' | '\u{2018}' | '\'' | '\u{ab}')
}

/// The words of a line: runs of letters, digits, apostrophes and inner points ("a.m", "U.S"), punctuation
/// dropped.
fn words_of(line: &str) -> impl Iterator<Item = &str> {
    line.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '.'))
        .map(|word| word.trim_matches('.'))
        .filter(|word| !word.is_empty())
}

/// Lower-case words of a line ([`words_of`]), joined by single spaces.
fn plain_words(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for word in words_of(line) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// The head of a line where a label or an opening phrase stands: from its first letter or digit (past a
/// bracket, a bullet or a quotation mark), at most `max` bytes.
fn line_head(line: &str, max: usize) -> &str {
    let body = line.trim_start_matches(|c: char| !c.is_alphanumeric());
    &body[..floor_boundary(body, max)]
}

/// The number of words of the notice's label or opening when `line` opens a notice about the page: a label
/// of the language ("Correction") then a mark, a digit or nothing ("Correction, 14 November 2025: ...",
/// "Clarification: ..."; not "Correction officers said"), or an opening sentence ("This article was amended
/// on ...").
fn amendment_head(line: &str, first_word: &str, lang: &crate::lang::Language) -> Option<usize> {
    if !may_open(lang.amendment_labels, first_word) && !may_open(lang.amendment_openings, first_word) {
        return None;
    }
    let body = line_head(line, MAX_LABEL_BYTES).replace('\u{2019}', "'");
    let plain = plain_words(&body);
    if let Some(opening) = lang.amendment_openings.iter().find(|o| starts_with_phrase(&plain, o)) {
        return Some(words_of(opening).count());
    }
    lang.amendment_labels.iter().find_map(|label| {
        let rest = body.get(label.len()..).filter(|_| body[..label.len()].eq_ignore_ascii_case(label))?;
        rest.trim_start().chars().next().is_none_or(|c| !c.is_alphabetic()).then(|| words_of(label).count())
    })
}

/// The most words between a reference to the page and the word of publication after it: "this article was
/// originally published", "a version of this article appears".
const PAGE_NOTICE_REACH: usize = 3;

/// The line's plain words ([`plain_words`], of its first [`MAX_STAMP_HEAD_BYTES`]) when it tells when the page
/// itself was published: one of the language's references to the page at its head, then within
/// [`PAGE_NOTICE_REACH`] words a word of publication or of appearance ("This article was first published on
/// 18 November 2026", "A version of this article appears in print on Nov. 19, 2026, Section A"), which makes
/// it a stamp. Not a sentence of the page's subject ("This report finds that ...").
fn page_notice(line: &str, first_word: &str, lang: &crate::lang::Language) -> Option<String> {
    if !may_open(lang.page_references, first_word) {
        return None;
    }
    let plain = plain_words(line_head(line, MAX_STAMP_HEAD_BYTES));
    let published = |word: &str| lang.publication_words.iter().chain(lang.appearance_words).any(|p| *p == word);
    let reference = lang.page_references.iter().find(|r| starts_with_phrase(&plain, r))?;
    plain[reference.len()..]
        .split(' ')
        .filter(|w| !w.is_empty())
        .take(PAGE_NOTICE_REACH + 1)
        .any(published)
        .then_some(plain)
}

/// The most words of a line of credits.
const MAX_CREDIT_WORDS: usize = 40;
/// The last words of a line among which the phrase that closes credits opens ("contributed reporting from New
/// York and Washington").
const CREDIT_TAIL_WORDS: usize = 8;
/// The bytes at the end of a line in which a picture's credit is looked for.
const CREDIT_TAIL_BYTES: usize = 80;
/// The tokens at the end of a line among which a picture's credit has its slash.
const CAPTION_TAIL_TOKENS: usize = 12;

/// True when `line`, of `words` words and the tokens `tokens` of `text`, gives the credits of the report, which
/// are no news: it opens with a label of the language and is no sentence ("(Reporting by Jane Doe; Editing by
/// Mark Potter)", "Reporting by Jane Doe; editing by Mark Potter"), or one of its last words opens a phrase
/// that closes credits ("Associated Press writer Ann Lee contributed to this report.", "Jane Doe contributed
/// reporting from Kyiv.") with no sentence before it; only a short line is read.
fn credit_line(
    line: &str,
    (tokens, text): (&[Token<'_>], &str),
    first_word: &str,
    words: usize,
    lexicon: &Lexicon,
) -> bool {
    let lang = lexicon.language();
    if words > MAX_CREDIT_WORDS {
        return false;
    }
    // A sentence that opens with such words is news ("Reporting by the Times showed that ..."); credits stand
    // in parentheses, or end without a sentence's mark.
    let trimmed = line.trim();
    let unended = trimmed.starts_with('(') || !trimmed.ends_with(['.', '!', '?']);
    if unended && may_open(lang.credit_labels, first_word) {
        let plain = plain_words(line_head(line, MAX_LABEL_BYTES));
        if lang.credit_labels.iter().any(|l| starts_with_phrase(&plain, l)) {
            return true;
        }
    }
    // The words are compared one by one; the tail is read only from a word that opens a phrase.
    let opens = |t: &&Token<'_>| lexicon.opens_credit(t.text(text));
    let Some(at) = tokens.iter().rev().filter(|t| t.is_word()).take(CREDIT_TAIL_WORDS).find(opens) else {
        return false;
    };
    // Credits stand alone: a line that tells something before them is news ("Sales fell 5% in October. Weaker
    // demand contributed."). A period after a word of three letters or fewer ends no sentence ("in St. Louis").
    let before = &tokens[..tokens.partition_point(|t| t.start < at.start)];
    let ends_sentence = before.windows(2).any(|w| {
        let (word, mark) = (w[0], w[1]);
        mark.is_punct('.') && word.is_word() && word.end - word.start > 3 && word.end == mark.start
    });
    if ends_sentence {
        return false;
    }
    let end = tokens.last().map_or(at.end, |t| t.end);
    let plain = plain_words(text.get(at.start..end).unwrap_or(""));
    // A phrase of one word closes the line; a longer one opens the tail.
    lang.credit_phrases.iter().any(|p| if p.contains(' ') { starts_with_phrase(&plain, p) } else { plain == *p })
}

/// The most words of an agency's or a picture's name before the slash of a picture's credit ("AP Photo").
const MAX_CAPTION_NAME_WORDS: usize = 3;

/// True when `line` ends with the credit of a picture, as a caption does, which is no news: in the last
/// parentheses a word of the language that names a picture, or after the last sentence that or an agency's name
/// in capitals, then a slash and a name ("... in Moscow, March 3, 2019. REUTERS/Maxim Shemetov/File Photo", "...
/// on Oct. 7, 2026. (AP Photo/Jane Doe, File)").
fn caption_line(line: &str, tokens: &[Token<'_>], lang: &crate::lang::Language) -> bool {
    if !tokens.iter().rev().take(CAPTION_TAIL_TOKENS).any(|t| t.is_punct('/')) {
        return false;
    }
    let line = line.trim_end();
    let tail = &line[ceil_boundary(line, line.len().saturating_sub(CREDIT_TAIL_BYTES))..];
    // In parentheses, a word that names a picture ("(AP Photo/...)", where "(EU/US)" is no credit); after the
    // last sentence, an agency's name too.
    let (credit, in_parentheses) = match tail.strip_suffix(')') {
        Some(inner) => (inner.rfind('(').map(|k| &inner[k + 1..]), true),
        None => (tail.rfind(". ").map(|k| &tail[k + 2..]), false),
    };
    let Some((name, after)) = credit.and_then(|c| c.trim_start().split_once('/')) else { return false };
    let mut words = name.split_whitespace();
    let Some(last) = words.next_back().filter(|_| words.count() < MAX_CAPTION_NAME_WORDS) else { return false };
    let agency = !in_parentheses && last.len() >= 2 && last.chars().all(|c| c.is_ascii_uppercase());
    let picture = lang.caption_words.iter().any(|w| last.eq_ignore_ascii_case(w));
    (agency || picture) && after.starts_with(|c: char| c.is_uppercase())
}

/// The first word or number of a line's tokens; empty when it has none.
fn first_word<'t>(tokens: &[Token<'_>], text: &'t str) -> &'t str {
    tokens.iter().find(|t| t.is_word() || t.num().is_some()).map_or("", |t| t.text(text))
}

/// True when one of `phrases` may open a line whose first word is `first_word`, told before its words are
/// read: the phrase's bytes as long as the word, then a space, an apostrophe or nothing ("editor's note"
/// may open a line whose first word is "Editor").
fn may_open(phrases: &[&str], first_word: &str) -> bool {
    phrases.iter().any(|p| {
        let (n, p) = (first_word.len(), p.as_bytes());
        p.get(..n).is_some_and(|head| head.eq_ignore_ascii_case(first_word.as_bytes()))
            && p.get(n).is_none_or(|&b| b == b' ' || b == b'\'')
    })
}

/// The most words of a publication's name before a stamp on its line ([`after_name`]).
const MAX_NAME_WORDS: usize = 4;

/// The token after a name and a comma at the head of a line ("Nature, published ...", "The Lancet,
/// published ..."): at most [`MAX_NAME_WORDS`] capitalized words that the language gives no reading, an
/// article perhaps first ("In Lagos, published figures ..." opens with a preposition), then the comma.
fn after_name<'a>(tokens: &'a [Token<'a>]) -> Option<&'a Token<'a>> {
    let comma = tokens.iter().take(MAX_NAME_WORDS + 1).position(|t| t.is_punct(','))?;
    let name = match &tokens[..comma] {
        [the, rest @ ..] if the.is(Lexeme::Function(Function::The)) => rest,
        name => name,
    };
    let plain = |t: &Token<'_>| t.is_word() && t.has(CAPITALIZED) && t.bits() == 0;
    (!name.is_empty() && name.iter().all(plain)).then(|| tokens.get(comma + 1))?
}

/// Marks that close a press release in any language: what follows is no news ("###", "-30-").
const RELEASE_MARKS: &[&str] = &["###", "# # #", "-30-"];

/// True when `line` closes the body of a press release: a closing of the language alone on its line ("-
/// ENDS -", "Notes to editors:") or a mark ("###").
fn closes_release(line: &str, first_word: &str, lexicon: &Lexicon) -> bool {
    let line = line.trim();
    if line.len() > MAX_LABEL_BYTES {
        return false;
    }
    let lang = lexicon.language();
    RELEASE_MARKS.contains(&line)
        || lexicon.may_open_notice_line(first_word) && may_open(lang.release_closings, first_word) && {
            let plain = plain_words(&line.replace('\u{2019}', "'"));
            lang.release_closings.contains(&plain.as_str())
        }
}

/// The most words of the name in an issuer's profile heading ([`profile_heading`]).
const MAX_PROFILE_NAME_WORDS: usize = 6;

/// True when a short line's `tokens` open the issuer's profile at the end of a press release: the language's word
/// ([`Language::release_about`](crate::lang::Language::release_about)), capitalized, then a name of at most
/// [`MAX_PROFILE_NAME_WORDS`] words, each capitalized but an article or "and" ("About Northwind Rail", "About
/// the Company", "About Smith & Jones Inc."); what follows is boilerplate ("Founded in 1998, ...").
fn profile_heading(tokens: &[Token<'_>], text: &str, lang: &crate::lang::Language) -> bool {
    let [about, name @ ..] = tokens else { return false };
    about.has(CAPITALIZED)
        && about.text(text).eq_ignore_ascii_case(lang.release_about)
        && (1..=MAX_PROFILE_NAME_WORDS).contains(&name.iter().filter(|t| t.is_word()).count())
        && name.iter().rev().find(|t| t.is_word()).is_some_and(|t| t.has(CAPITALIZED) || t.has(ALL_CAPS))
        && name.iter().all(|t| match t.kind {
            Kind::Word => {
                t.has(CAPITALIZED)
                    || t.has(ALL_CAPS)
                    || t.any(Lexeme::Function(Function::The).bit() | Lexeme::Function(Function::And).bit())
            }
            Kind::Punct(c) => matches!(c, '&' | '.' | ',' | '-' | '\''),
            // "About 300 Homes Lost" is a subhead in title case.
            Kind::Number(_) => false,
        })
}

fn starts_with_phrase(plain: &str, phrase: &str) -> bool {
    plain.strip_prefix(phrase).is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

/// True when `plain` ([`plain_words`]) holds `phrase` as whole words.
fn has_phrase(plain: &str, phrase: &str) -> bool {
    plain
        .match_indices(phrase)
        .any(|(at, _)| (at == 0 || plain[..at].ends_with(' ')) && starts_with_phrase(&plain[at..], phrase))
}

/// Reads the lines of `text` into blocks. `tokens` and `mentions` cover the whole text, in order.
pub fn blocks(text: &str, tokens: &[Token<'_>], mentions: &[Mention], lexicon: &Lexicon) -> Vec<Block> {
    let lang = lexicon.language();
    let mut out = Vec::new();
    let mut tok = 0;
    let mut men = 0;
    let mut seen_prose = false;
    // After the line that closes a press release ("ENDS", "Notes to editors"), the issuer's boilerplate.
    let mut closed = false;
    // The blocks that may be entries of a list of dates.
    let mut entries = Vec::new();
    for (start, end) in units(text, tokens, lexicon) {
        while tok < tokens.len() && tokens[tok].start < start {
            tok += 1;
        }
        let tok_end = tok + tokens[tok..].iter().take_while(|t| t.end <= end).count();
        while men < mentions.len() && mentions[men].start < start {
            men += 1;
        }
        let men_end = men + mentions[men..].iter().take_while(|m| m.end <= end).count();
        let line = &text[start..end];
        let mut block = classify(line, start, &tokens[tok..tok_end], &mentions[men..men_end], men, text, lexicon, lang);
        // The first paragraph may open with a wire dateline ("MOSCOW, Dec. 5 (Reuters) - Russia said ..."):
        // it becomes a date line of its own, and the paragraph starts after it.
        if block.kind == BlockKind::Prose
            && !seen_prose
            && let Some((date, cut, rest)) = wire_dateline(&tokens[tok..tok_end], &mentions[men..men_end], men)
        {
            let timed = date.and_then(|d| mentions.get(d)).is_some_and(|m| has_clock(&m.expr));
            // Without a date ("MOSCOW (AP) \u{2014}") it is a heading: no news, no date.
            let kind = if date.is_some() { BlockKind::DateLine } else { BlockKind::Heading };
            out.push(Block { end: cut, kind, date, timed, ..block.clone() });
            block.start = rest;
        }
        // The heading of the issuer's profile ("About Northwind Rail Holdings Group Inc.") is boilerplate itself.
        let profile =
            seen_prose && line.trim().len() <= MAX_LABEL_BYTES && profile_heading(&tokens[tok..tok_end], text, lang);
        if (closed || profile) && matches!(block.kind, BlockKind::Prose | BlockKind::Heading) {
            block.kind = BlockKind::Furniture;
            block.date = None;
        }
        closed |= profile || (seen_prose && closes_release(line, first_word(&tokens[tok..tok_end], text), lexicon));
        seen_prose |= block.kind == BlockKind::Prose;
        if matches!(block.kind, BlockKind::Heading | BlockKind::DateLine)
            && chronology_entry(&tokens[tok..tok_end], &mentions[men..men_end])
        {
            entries.push(out.len());
        }
        out.push(block);
        tok = tok_end;
        men = men_end;
    }
    // A list of dated entries, one to a line ("Key dates\n1940 - Born in Lagos\n1958 - Moves to London"),
    // tells of events, however short its lines: two such lines in a row make one.
    for pair in entries.windows(2) {
        if pair[1] == pair[0] + 1 {
            for &i in pair {
                out[i].kind = BlockKind::Prose;
                out[i].date = None;
                out[i].timed = false;
            }
        }
    }
    out
}

/// True when a line opens with a date that a dash or a colon follows, then words: an entry of a list of
/// dates ("1940 - Born in Lagos", "March 1983: Wins the commission").
fn chronology_entry(tokens: &[Token<'_>], mentions: &[Mention]) -> bool {
    let (Some(first), Some(m)) = (tokens.first(), mentions.first()) else { return false };
    if m.start != first.start || !m.expr.is_point() {
        return false;
    }
    let after = tokens.partition_point(|t| t.start < m.end);
    let marks = tokens[after..].iter().take_while(|t| t.is_dash() || t.is_punct(':')).count();
    marks > 0 && tokens.get(after + marks).is_some_and(|t| t.is_word())
}

/// The units of layout: the lines of `text` ([`lines`]), each longer than [`MAX_LINE_BYTES`] cut into
/// its sentences.
fn units(text: &str, tokens: &[Token<'_>], lexicon: &Lexicon) -> Vec<(usize, usize)> {
    let lines = lines(text, tokens);
    if lines.iter().all(|(s, e)| e - s <= MAX_LINE_BYTES) {
        return lines;
    }
    let mut out = Vec::with_capacity(lines.len());
    for (s, e) in lines {
        if e - s <= MAX_LINE_BYTES {
            out.push((s, e));
        } else {
            super::sentences::split(text, s, e, lexicon, &mut out);
        }
    }
    out
}

/// The non-empty lines of `text`, trimmed, with hard-wrapped lines joined: a line that ends without
/// sentence punctuation continues on the next when that one starts with a lowercase letter. Read from the
/// tokens of the whole text, whose flags tell where a line break stands: every character but white space is
/// in a token, so a line trimmed runs from its first token to its last, and no byte is read again to find
/// the line breaks.
fn lines(text: &str, tokens: &[Token<'_>]) -> Vec<(usize, usize)> {
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut next = 0;
    while let Some(first) = tokens.get(next) {
        let count = 1 + tokens[next + 1..].iter().take_while(|t| !t.has(NEWLINE_BEFORE)).count();
        let last = &tokens[next + count - 1];
        next += count;
        let (s, e) = (first.start, last.end);
        let Some(trimmed) = text.get(s..e) else { continue };
        // The cheap tests first: most lines start with a capital or follow a line that ends a sentence,
        // and the words of the line before are counted only as far as six.
        let continues = lines.last().is_some_and(|&(ps, pe)| {
            let prev = &text[ps..pe];
            let adjacent = || !text[pe..s].contains("\n\n") && !text[pe..s].contains("\n\r\n");
            let wrapped_prose = || prev.len() >= 40 && prev.split_whitespace().nth(5).is_some();
            trimmed.starts_with(|c: char| c.is_lowercase())
                && !prev.ends_with(is_terminal)
                && adjacent()
                && wrapped_prose()
        });
        match lines.last_mut() {
            Some(last) if continues => last.1 = e,
            _ => lines.push((s, e)),
        }
    }
    lines
}

#[allow(clippy::too_many_arguments)]
fn classify(
    line: &str,
    start: usize,
    tokens: &[Token<'_>],
    mentions: &[Mention],
    first_mention: usize,
    text: &str,
    lexicon: &Lexicon,
    lang: &crate::lang::Language,
) -> Block {
    let end = start + line.len();
    let mut block = Block {
        start,
        end,
        kind: BlockKind::Heading,
        quote: false,
        date: None,
        timed: false,
        revised: None,
        source: None,
    };
    let words = tokens.iter().filter(|t| t.is_word() || t.num().is_some()).count();
    let day_mention = mentions.iter().rposition(|m| has_day(&m.expr)).map(|k| first_mention + k);

    // A furniture line is a few words ("Share this article"): only a short line is compared with them.
    if words <= 2 * lexicon.max_furniture_words() + 2 {
        let plain = plain_words(line);
        if plain.is_empty() || lang.furniture_lines.iter().any(|f| plain == *f) {
            block.kind = BlockKind::Furniture;
            return block;
        }
    }
    // "[Source: Itar Tass, Moscow, 30Nov15]".
    let body = line.trim_start_matches(['[', '(']);
    if let Some(label_end) = body.find(':') {
        let label = body[..label_end].trim();
        if lang.source_labels.iter().any(|l| label.eq_ignore_ascii_case(l)) {
            block.kind = BlockKind::SourceLine;
            block.date = day_mention;
            let name = body[label_end + 1..].split([',', ']', ')', ';']).next().unwrap_or("").trim();
            if !name.is_empty()
                && mentions.iter().all(|m| m.start > start + (line.len() - body.len()) + label_end + 1 + name.len())
            {
                block.source = Some(name.to_string());
            }
            return block;
        }
        // "READ MORE: ..." (but "Published: 5 December 2015" is a stamp, read below).
        let furniture_label = label.len() <= MAX_LABEL_BYTES && {
            let plain = plain_words(label);
            lang.furniture_labels.iter().any(|l| plain == *l) && !lang.publication_words.iter().any(|p| plain == *p)
        };
        if furniture_label {
            block.kind = BlockKind::Furniture;
            return block;
        }
    }
    let first_word = first_word(tokens, text);
    let notice = lexicon.may_open_notice_line(first_word);
    if notice && let Some(words) = amendment_head(line, first_word, lang) {
        block.kind = BlockKind::Amendment;
        // Its date stands at its head, a word at most after the label ("amended on 14 November 2025"); a date
        // further on is the one corrected.
        block.date = mentions
            .iter()
            .position(|m| {
                full_day(&m.expr).is_some()
                    && line.get(..m.start.saturating_sub(start)).is_some_and(|head| words_of(head).count() <= words + 1)
            })
            .map(|k| first_mention + k);
        return block;
    }
    // "Updated 9 years ago", "Published: 30 Sep 2015"; after the name of the publication and a comma,
    // "Nature, published online 18 November 2026".
    let (opener, from) = match after_name(tokens) {
        Some(t) => (t.text(text), t.start.saturating_sub(start)),
        None => (first_word, 0),
    };
    let stamp_head = (lexicon.may_open_notice_line(opener) && may_open(lang.publication_words, opener))
        .then(|| line.get(from..).map(|rest| plain_words(&rest[..floor_boundary(rest, MAX_STAMP_HEAD_BYTES)])))
        .flatten()
        .filter(|head| lang.publication_words.iter().any(|p| starts_with_phrase(head, p)))
        .or_else(|| notice.then(|| page_notice(line, first_word, lang)).flatten());
    if let Some(head) = stamp_head {
        // "Posted: Nov 17, 2026 | Updated: Nov 18, 2026": the page was written when it was first published.
        let days = || mentions.iter().enumerate().filter_map(|(k, m)| full_day(&m.expr).map(|d| (d, k)));
        block.date = days().min().map(|(_, k)| first_mention + k).or(day_mention);
        let two_days = days().nth(1).is_some();
        let changed = !two_days && lang.update_words.iter().any(|p| starts_with_phrase(&head, p));
        block.kind = if changed { BlockKind::Update } else { BlockKind::Stamp };
        if two_days && {
            let plain = plain_words(line);
            lang.update_words.iter().any(|p| has_phrase(&plain, p))
        } {
            // The first mention of the latest day: its date, not a clock time on it.
            block.revised = days().max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1))).map(|(_, k)| first_mention + k);
        }
        return block;
    }
    // A line that is only a date, perhaps with a time and a stamp after it.
    if let Some((date, timed)) = date_line(tokens, mentions, first_mention, text, lexicon) {
        block.kind = BlockKind::DateLine;
        block.date = Some(date);
        block.timed = timed;
        return block;
    }
    if period_line(tokens, mentions) {
        block.kind = BlockKind::PeriodLine;
        block.date = Some(first_mention);
        return block;
    }
    if weekday_line(tokens, mentions) {
        block.kind = BlockKind::DayLine;
        block.date = Some(first_mention);
        return block;
    }
    if credit_line(line, (tokens, text), first_word, words, lexicon) || caption_line(line, tokens, lang) {
        block.kind = BlockKind::Furniture;
        return block;
    }
    // Notices and navigation: a short line with a notice word ("Privacy policy"), or a notice-sized one
    // with two ("... distributed without profit under 17 U.S.C. ..."). One such word in a paragraph of
    // prose ("asked permission to fly") is news.
    let notices = if words <= MAX_NOTICE_WORDS { lexicon.notices_in(line) } else { 0 };
    if (notices == 1 && words <= MAX_SHORT_NOTICE_WORDS) || (notices >= 2 && words <= MAX_NOTICE_WORDS) {
        block.kind = BlockKind::Furniture;
        block.date = publication_date(tokens, mentions, first_mention, text, lang);
        return block;
    }
    if line.contains('|') && line.split('|').all(|seg| seg.split_whitespace().count() <= 4) {
        block.kind = BlockKind::Furniture;
        return block;
    }
    // Read only when the count of words leaves it to decide. In a line written in title case, a period
    // inside it after an abbreviation or an initial ends nothing: "Acme Corp. Reports Third Quarter Results"
    // is a heading (where "The Times said in an editorial on Monday, Oct. 26:" is prose).
    let title_case = || {
        line.split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().count() >= 4)
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
    };
    let abbreviated = |i: usize| {
        let before = &line[..i];
        let word = &before[before.trim_end_matches(|c: char| c.is_alphabetic()).len()..];
        word.chars().count() == 1
            || (!word.is_empty() && (lexicon.is_title_abbreviation(word) || lexicon.is_other_abbreviation(word)))
    };
    let sentence_like = || {
        line.char_indices().any(|(i, c)| {
            let rest = &line[i + c.len_utf8()..];
            is_terminal(c)
                && rest
                    .chars()
                    .next()
                    .is_none_or(|n| n.is_whitespace() || matches!(n, '"' | '\u{201d}' | '\u{2019}' | '\'' | ')'))
                && !(c == '.' && !rest.trim().is_empty() && abbreviated(i) && title_case())
        })
    };
    // A short line that does not end as a sentence does is a title, though a sentence may end inside it
    // ("What happens now? Your questions answered"); a sentence may end before an agency's name in brackets
    // ("..., he added. (Reuters)"), or with a colon before the words it quotes.
    let ends_open = || {
        let mut end = line.trim_end();
        if end.ends_with(')')
            && let Some(open) = end.rfind('(')
        {
            end = end[..open].trim_end();
        }
        let end = end.trim_end_matches(is_closer);
        !(end.ends_with(is_terminal) || end.ends_with(':'))
    };
    if words >= 15 || (words >= 4 && sentence_like() && !ends_open()) {
        block.kind = BlockKind::Prose;
        block.quote = line.starts_with(is_quote_open);
    } else if let Some(k) = dated_heading(tokens, mentions) {
        block.kind = BlockKind::DateLine;
        block.date = Some(first_mention + k);
        block.timed = has_clock(&mentions[k].expr) && mentions[k].weekday.is_none();
    }
    block
}

/// The mention of the day that a heading ends with, after a dash, a colon or a bar: "## Version 4.2.0 —
/// 2026-11-03", "Day three: 12 March 2026". Such a heading heads the section of that day, as a line with
/// only the date does.
fn dated_heading(tokens: &[Token<'_>], mentions: &[Mention]) -> Option<usize> {
    let k = mentions.len().checked_sub(1)?;
    let m = &mentions[k];
    let at = tokens.partition_point(|t| t.start < m.start);
    let separated = at > 0
        && (tokens[at - 1].is_dash() || tokens[at - 1].is_punct(':') || tokens[at - 1].is_punct('|'))
        && tokens[..at - 1].iter().any(|t| t.is_word());
    let ends = tokens.iter().filter(|t| t.start >= m.end).all(|t| matches!(t.kind, Kind::Punct(_)));
    (full_day(&m.expr).is_some() && separated && ends).then_some(k)
}

fn has_day(expr: &Expr) -> bool {
    match expr {
        Expr::Date { day: Some(_), month: Some(_), .. } => true,
        Expr::Clock { day: Some(d), .. } => has_day(d),
        _ => false,
    }
}

/// The year, month and day of a date written in full, alone or under a clock time.
fn full_day(expr: &Expr) -> Option<(i32, u8, u8)> {
    match expr {
        Expr::Date { year: Some(YearSpec::Full(y)), month: Some(m), day: Some(d) } => Some((*y, *m, *d)),
        Expr::Clock { day: Some(d), .. } => full_day(d),
        _ => None,
    }
}

fn has_clock(expr: &Expr) -> bool {
    matches!(expr, Expr::Clock { .. })
}

/// The date's mention if the line holds only a date: every word is inside a dated mention, a time zone,
/// or in a stamp that follows it ("30 Sep, 2015 14:16 / Updated 9 years ago").
fn date_line(
    tokens: &[Token<'_>],
    mentions: &[Mention],
    first: usize,
    text: &str,
    lexicon: &Lexicon,
) -> Option<(usize, bool)> {
    // A date line is short; a long line is prose or furniture (and this check stays linear).
    if tokens.len() > MAX_DATE_LINE_TOKENS {
        return None;
    }
    let k = mentions.iter().position(|m| has_day(&m.expr))?;
    let m = &mentions[k];
    let lang = lexicon.language();
    let mut names = 0;
    // A time's offset from UTC in figures, right after the time ("Tue, 24 Nov 2026 16:42:10 +0000", the date
    // of a feed or a mail): a sign and four digits glued to it.
    let offset = |i: usize| {
        tokens[i].start == m.end + 1
            && matches!(tokens[i].kind, Kind::Punct('+' | '-'))
            && tokens.get(i + 1).is_some_and(|d| !d.spaced() && d.num().is_some() && d.end - d.start == 4)
    };
    let mut skip = 0;
    for (i, t) in tokens.iter().enumerate() {
        if skip > 0 {
            skip -= 1;
            continue;
        }
        if t.start >= m.start && t.end <= m.end {
            continue;
        }
        if has_clock(&m.expr) && offset(i) {
            skip = 1;
            continue;
        }
        if t.start >= m.end {
            // After the date, a stamp may follow behind a separator, and page furniture behind a bullet or
            // a bar ("5 December 2015 \u{2022} 3 min read").
            let word = t.text(text);
            if lang.publication_words.iter().any(|p| word.eq_ignore_ascii_case(p))
                || matches!(t.kind, Kind::Punct('\u{2022}' | '|' | '\u{b7}'))
            {
                break;
            }
        }
        // "December 5, 2015 at 10:14 am".
        if t.is(Lexeme::Function(crate::lang::Function::At)) {
            continue;
        }
        let covered = mentions.iter().any(|o| t.start >= o.start && t.end <= o.end && o.expr.is_point());
        let allowed = matches!(t.kind, Kind::Punct(_)) || t.is(Lexeme::TimeZone) || covered;
        // A wire dateline names its place and agency: "MOSCOW, December 5, 2015", "Moscow, Dec. 5 (Reuters)".
        if !allowed && t.is_word() && t.has(CAPITALIZED) && names < MAX_DATELINE_NAMES {
            names += 1;
            continue;
        }
        if !allowed {
            return None;
        }
    }
    Some((first + k, has_clock(&m.expr) && m.weekday.is_none()))
}

/// True when the line holds only a year or a month given with its year, its one mention, perhaps with a
/// colon after it ("2023", "March 2024:").
fn period_line(tokens: &[Token<'_>], mentions: &[Mention]) -> bool {
    let [m] = mentions else { return false };
    let period = matches!(m.expr, Expr::Date { year: Some(YearSpec::Full(_)), day: None, .. });
    let (Some(first), Some(last)) = (tokens.first(), tokens.iter().rev().find(|t| !t.is_punct(':'))) else {
        return false;
    };
    period && first.start == m.start && last.end == m.end
}

/// True when a line holds one weekday and nothing but marks besides ("Monday", "## Tuesday", "WEDNESDAY:").
fn weekday_line(tokens: &[Token<'_>], mentions: &[Mention]) -> bool {
    let [m] = mentions else { return false };
    matches!(m.expr, Expr::Weekday { shift: None, .. })
        && tokens.iter().all(|t| matches!(t.kind, Kind::Punct(_)) || (t.start >= m.start && t.end <= m.end))
}

/// A wire dateline at the head of a paragraph: a place in capitalized words, perhaps a date with its day,
/// perhaps an agency in parentheses (or a press-release wire between slashes), then a dash or (after a
/// date) a colon: "MOSCOW, Dec. 5 (Reuters) - ...", "BEIJING, Oct. 3 (Xinhua) --", "NEW YORK, March 3, 2020
/// /PRNewswire/ -- ...", "Moscow, 5 December 2015: ...", "MOSCOW (AP) \u{2014} ..."; or a wire between
/// dashes with the date after it: "OSLO, Norway--(BUSINESS WIRE)--November 23, 2026--...". Without a
/// date, an agency or a place in capitals must say it is one. Returns the index of the date's mention (if
/// any), where the dateline ends and where the prose after it starts.
fn wire_dateline(tokens: &[Token<'_>], mentions: &[Mention], first: usize) -> Option<(Option<usize>, usize, usize)> {
    let place_len = tokens
        .iter()
        .take(2 * MAX_DATELINE_NAMES)
        .take_while(|t| (t.is_word() && t.has(CAPITALIZED)) || t.is_punct(',') || t.is_punct('.'))
        .count();
    let names = tokens[..place_len].iter().filter(|t| t.is_word()).count();
    // A date with no place before it, an agency after it: "Nov 24 (Reuters) - ".
    let head_date = mentions
        .iter()
        .position(|m| has_day(&m.expr))
        .filter(|&k| tokens.first().is_some_and(|t| t.start == mentions[k].start));
    if head_date.is_none() && !(1..=MAX_DATELINE_NAMES).contains(&names) {
        return None;
    }
    let capitals = head_date.is_none() && tokens[..place_len].iter().all(|t| !t.is_word() || t.has(ALL_CAPS));
    // The date, if one starts within the place's words ("MOSCOW, Dec. 5": "Dec" is capitalized too).
    let mut date = head_date.or_else(|| {
        mentions.iter().position(|m| has_day(&m.expr)).filter(|&k| {
            let at = mentions[k].start;
            tokens.get(place_len).is_some_and(|t| t.start >= at) && tokens.first().is_some_and(|t| t.start < at)
        })
    });
    // The first token after the mention `k`, and the length of the run of dashes at token `j`.
    let past = |k: usize| tokens.iter().position(|t| t.start >= mentions[k].end);
    let dashes = |j: usize| tokens.get(j..).map_or(0, |rest| rest.iter().take_while(|t| t.is_dash()).count());
    let mut j = match date {
        Some(k) => past(k)?,
        None => place_len,
    };
    // A press-release wire between dashes, the date after it: "OSLO, Norway--(BUSINESS WIRE)--November 23,
    // 2026--".
    let run = dashes(j);
    if date.is_none() && run > 0 && tokens.get(j + run).is_some_and(|t| t.is_punct('(')) {
        j += run;
    }
    // "(Reuters)", "(AP)"; a press-release wire between slashes: "/PRNewswire/", "/PRNewswire-FirstCall/".
    let mut agency = false;
    let brackets = match tokens.get(j).map(|t| &t.kind) {
        Some(Kind::Punct('(')) => Some(')'),
        Some(Kind::Punct('/')) => Some('/'),
        _ => None,
    };
    if let Some(closing) = brackets {
        let close = tokens[j + 1..].iter().take(MAX_DATELINE_NAMES + 2).position(|t| t.is_punct(closing))? + 1;
        let name = |t: &Token<'_>| (t.is_word() && t.has(CAPITALIZED)) || (closing == '/' && t.is_punct('-'));
        if close < 2 || !tokens[j + 1..j + close].iter().all(name) {
            return None;
        }
        j += close + 1;
        agency = true;
        // "--November 23, 2026--" after the wire's name.
        let run = dashes(j);
        let after = tokens.get(j + run).map(|t| t.start);
        if date.is_none()
            && run > 0
            && let Some(k) = mentions.iter().position(|m| Some(m.start) == after && has_day(&m.expr))
        {
            date = Some(k);
            j = past(k)?;
        }
    }
    if (date.is_none() || head_date.is_some()) && !agency && !capitals {
        return None;
    }
    // A dash ("-", "--", "\u{2014}") or, after a date, a colon ends it.
    let marks = if date.is_some() && tokens.get(j).is_some_and(|t| t.is_punct(':')) { 1 } else { dashes(j) };
    let rest = tokens.get(j + marks).filter(|_| marks > 0)?;
    Some((date.map(|k| first + k), tokens[j + marks - 1].end, rest.start))
}

/// In a notice, the date that a publication word introduces ("published on 01Dec15").
fn publication_date(
    tokens: &[Token<'_>],
    mentions: &[Mention],
    first: usize,
    text: &str,
    lang: &crate::lang::Language,
) -> Option<usize> {
    let pub_at =
        tokens.iter().position(|t| lang.publication_words.iter().any(|p| t.text(text).eq_ignore_ascii_case(p)))?;
    let after = tokens[pub_at].end;
    let k = mentions.iter().position(|m| m.start >= after && has_day(&m.expr))?;
    let gap = tokens.iter().filter(|t| t.start >= after && t.end <= mentions[k].start).count();
    (gap <= 3).then_some(first + k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{temporal, tokens::tokenize};

    fn read(text: &str) -> Vec<Block> {
        let lx = Lexicon::english();
        let mut toks = Vec::new();
        tokenize(text, lx, &mut toks);
        let mentions = temporal::recognize(text, &toks, lx);
        blocks(text, &toks, &mentions, lx)
    }

    /// The lines of `text` read from its bytes: each piece between line breaks, trimmed, joined to the
    /// line before as [`lines`] joins them.
    fn lines_of_bytes(text: &str) -> Vec<(usize, usize)> {
        let mut lines: Vec<(usize, usize)> = Vec::new();
        let mut offset = 0;
        for raw in text.split_inclusive('\n') {
            let lead = raw.len() - raw.trim_start().len();
            let trimmed = raw.trim();
            if !trimmed.is_empty() {
                let (s, e) = (offset + lead, offset + lead + trimmed.len());
                let continues = lines.last().is_some_and(|&(ps, pe)| {
                    let prev = &text[ps..pe];
                    !text[pe..s].contains("\n\n")
                        && !text[pe..s].contains("\n\r\n")
                        && prev.len() >= 40
                        && prev.split_whitespace().count() >= 6
                        && !prev.ends_with(is_terminal)
                        && trimmed.starts_with(|c: char| c.is_lowercase())
                });
                match lines.last_mut() {
                    Some(last) if continues => last.1 = e,
                    _ => lines.push((s, e)),
                }
            }
            offset += raw.len();
        }
        lines
    }

    proptest::proptest! {
        /// Over texts of words, marks, every kind of white space and line break, the lines read from the
        /// tokens are those read from the bytes.
        #[test]
        fn lines_from_tokens_are_the_lines_of_the_bytes(pieces in proptest::collection::vec(proptest::sample::select(&[
            "word", "Word", "sorties were flown", "over the past day", "x", ".", "!", "?", "\u{2026}", ",", "-",
            " ", "  ", "\t", "\r", "\n", "\n\n", "\r\n", "\n\r\n", "\u{a0}", "\u{2028}", "\u{85}", "\u{3000}",
            "\u{e9}t\u{e9}", "\u{c9}", "7", "1,631", "a.m.", "U.S.", "'s", "\u{2019}", "\"",
        ][..]), 0..40)) {
            let text = pieces.concat();
            let mut toks = Vec::new();
            tokenize(&text, Lexicon::english(), &mut toks);
            proptest::prop_assert_eq!(lines(&text, &toks), lines_of_bytes(&text), "{:?}", text);
        }
    }

    fn kinds(text: &str) -> Vec<(String, BlockKind)> {
        read(text).into_iter().map(|b| (text[b.start..b.end].to_string(), b.kind)).collect()
    }

    #[test]
    fn a_line_of_one_weekday_is_a_day_header() {
        for line in ["Monday", "## Tuesday", "WEDNESDAY:"] {
            assert_eq!(kinds(line)[0].1, BlockKind::DayLine, "{line}");
        }
        for line in ["Monday, Nov. 16, 2026", "Monday night", "Next Monday", "Monday and Tuesday"] {
            assert_ne!(kinds(line)[0].1, BlockKind::DayLine, "{line}");
        }
    }

    #[test]
    fn page_lines_are_classified() {
        let text = "Russia to intensify airstrikes\n\n30 Sep, 2015 14:16 / Updated 9 years ago\n\nThe Russian military has launched airstrikes against targets in Syria.\n\n13 October 2015\n\nREAD MORE: Russian Air Force destroys 29 camps\n\nShow Full Article\n\n[Source: Itar Tass, Moscow, 30Nov15]\n\nUpdated 9 years ago\n\nBookshop | Donate\n\nIn accordance with Title 17 U.S.C. Section 107, this material is distributed without profit.\n\n19:57 GMT09 May 2021";
        let got = kinds(text);
        let expect = [
            BlockKind::Heading,
            BlockKind::DateLine,
            BlockKind::Prose,
            BlockKind::DateLine,
            BlockKind::Furniture,
            BlockKind::Furniture,
            BlockKind::SourceLine,
            BlockKind::Update,
            BlockKind::Furniture,
            BlockKind::Furniture,
            BlockKind::DateLine,
        ];
        assert_eq!(got.iter().map(|(_, k)| *k).collect::<Vec<_>>(), expect, "{got:#?}");
    }

    #[test]
    fn a_publication_label_is_a_stamp_with_its_date() {
        let b = read("Published: 5 December 2015");
        assert_eq!((b[0].kind, b[0].date), (BlockKind::Stamp, Some(0)));
        // A stamp of the last change, unless the line gives the first publication too.
        assert_eq!(read("Last modified: 9 May 2021")[0].kind, BlockKind::Update);
        assert_eq!(read("Updated: Nov 18, 2026 | Posted: Nov 17, 2026")[0].kind, BlockKind::Stamp);
        assert_eq!(kinds("Related: more on Syria")[0].1, BlockKind::Furniture);
    }

    #[test]
    fn a_notice_that_the_page_was_corrected_is_no_news_and_dated_at_its_head() {
        for line in [
            "Correction, 14 November 2025: An earlier version of this article said Hollis was convicted on 3 \
             September 2025. He was convicted on 10 October.",
            "CORRECTION: Nov. 14, 2025 An earlier version misstated the date of the vote.",
            "Editor\u{2019}s note (14 November 2025): This story has been changed to remove a name.",
            "This article was amended on 14 November 2025 to correct the date of the verdict.",
        ] {
            let b = read(line);
            assert_eq!(b[0].kind, BlockKind::Amendment, "{line}");
            let mention = b[0].date.expect("dated");
            let lx = Lexicon::english();
            let mut toks = Vec::new();
            tokenize(line, lx, &mut toks);
            let m = &temporal::recognize(line, &toks, lx)[mention];
            assert_eq!(full_day(&m.expr), Some((2025, 11, 14)), "{line}");
        }
        // Undated, it is still no news; a date further on is the one corrected, not the notice's.
        let b = read("Clarification: The vote took place on 3 March 2025, not on 2 March.");
        assert_eq!((b[0].kind, b[0].date), (BlockKind::Amendment, None));
        // Not a sentence that opens with the word.
        assert_eq!(kinds("Correction officers said the inmate escaped on Tuesday.")[0].1, BlockKind::Prose);
        assert_eq!(kinds("Corrections to the budget were made on 3 March 2025.")[0].1, BlockKind::Prose);
    }

    #[test]
    fn an_issuers_profile_and_its_legal_notices_close_a_press_release() {
        let body = "Northwind Rail today reported revenue of $412 million for the third quarter.";
        for heading in [
            "About Northwind Rail",
            "About the Company",
            "About Northwind Rail Holdings Group Inc.",
            "Forward-Looking Statements",
        ] {
            let text = format!("{body}\n\n{heading}\nFounded in 1998, the company runs 1,200 miles of routes.");
            let kinds: Vec<BlockKind> = read(&text).iter().map(|b| b.kind).collect();
            assert_eq!(kinds.last(), Some(&BlockKind::Furniture), "{heading}: {kinds:?}");
            assert_ne!(kinds[1], BlockKind::Prose, "{heading}");
        }
        // A subhead that opens with "About" and a count, or a sentence, closes nothing.
        for line in ["About 300 Homes Lost", "About 300 homes were lost in the fire on Monday."] {
            let text = format!("{body}\n\n{line}\nThe fire started on Sunday.");
            assert_eq!(read(&text).last().map(|b| b.kind), Some(BlockKind::Prose), "{line}");
        }
    }

    #[test]
    fn a_press_release_is_news_up_to_its_closing_and_dated_by_its_embargo() {
        let text = "FOR IMMEDIATE RELEASE\n\nEMBARGOED UNTIL 00:01 GMT, 14 MARCH 2025\n\nNorthwind Rail today \
                    confirmed that services will resume on Monday.\n\n- ENDS -\n\nNotes to editors\n\nNorthwind \
                    Rail was founded in 1996 and carried 48 million passengers in 2023.";
        let b = read(text);
        let kinds: Vec<BlockKind> = b.iter().map(|b| b.kind).collect();
        assert_eq!(kinds[1], BlockKind::Stamp);
        assert!(b[1].date.is_some());
        assert_eq!(kinds[2], BlockKind::Prose);
        assert_eq!(kinds.last(), Some(&BlockKind::Furniture), "{kinds:?}");
        // The marks close it too; a closing before any prose closes nothing.
        for mark in ["###", "-30-", "Notes to editors:", "Editor\u{2019}s notes"] {
            let text = format!("Trains ran again on Monday, the company said.\n\n{mark}\n\nIt was founded in 1996.");
            assert_eq!(read(&text).last().map(|b| b.kind), Some(BlockKind::Furniture), "{mark}");
            let text = format!("{mark}\n\nTrains ran again on Monday, the company said.");
            assert_eq!(read(&text).last().map(|b| b.kind), Some(BlockKind::Prose), "{mark}");
        }
    }

    #[test]
    fn wire_datelines_are_date_lines() {
        for line in
            ["MOSCOW, December 5, 2015", "NEW YORK, Dec. 5, 2015 (Reuters)", "MOSCOW (AP) \u{2014} December 5, 2015"]
        {
            assert_eq!(kinds(line), [(line.to_string(), BlockKind::DateLine)], "{line}");
        }
        // Furniture behind a bullet or a bar, a time after "at", and a time's offset from UTC stay in a date line.
        for line in [
            "5 December 2015 \u{2022} 3 min read",
            "December 5, 2015 at 10:14 am",
            "By Jane Doe | December 5, 2015",
            "Tue, 24 Nov 2026 16:42:10 +0000",
            "Tue, 24 Nov 2026 16:42:10 -0500",
        ] {
            assert_eq!(kinds(line)[0].1, BlockKind::DateLine, "{line}");
        }
        // Lowercase words make a line prose or a heading, not a date line.
        assert_ne!(kinds("Talks in Moscow on December 5, 2015")[0].1, BlockKind::DateLine);
    }

    #[test]
    fn a_headline_in_title_case_with_an_abbreviation_is_a_heading() {
        let text = "Acme Corp. Reports Third Quarter 2025 Results\n\nSAN JOSE, Calif., Oct. 28, 2025 /PRNewswire/ -- \
                    Acme Corp. today reported revenue of $1.42 billion.";
        let got = kinds(text);
        assert_eq!(got[0].1, BlockKind::Heading);
        assert_eq!(got[1].1, BlockKind::DateLine, "{got:?}");
        // In sentence case the same period leaves a short line prose.
        assert_eq!(kinds("The Times said in an editorial on Monday, Oct. 26:")[0].1, BlockKind::Prose);
    }

    #[test]
    fn a_short_line_that_does_not_end_as_a_sentence_is_a_heading() {
        let got = kinds("What happens to the river now? Your questions answered\n\nPort Elwin Chronicle, 5 June 2024");
        assert_eq!((got[0].1, got[1].1), (BlockKind::Heading, BlockKind::DateLine), "{got:?}");
        for prose in
            ["\"All strikes must target Daesh\", he added. (Reuters)", "Is the bridge safe? Engineers say yes."]
        {
            assert_eq!(kinds(prose)[0].1, BlockKind::Prose, "{prose}");
        }
    }

    #[test]
    fn a_heading_that_ends_with_a_day_after_a_dash_heads_that_day() {
        let text = "## Version 4.2.0 \u{2014} 2026-11-03\n\n- Added dark mode to the dashboard.\n\n\
                    Day three: 12 March 2026\n\nTalks resumed in Geneva after a weekend break in the talks.";
        let got = kinds(text);
        assert_eq!(got.iter().filter(|(_, k)| *k == BlockKind::DateLine).count(), 2, "{got:#?}");
        // Not a day that the heading names in its words, nor a date without its separator.
        for heading in ["The crash of 14 May 1998 and after", "A look back to 14 May 1998", "Flight 14 \u{2014} March"]
        {
            assert_eq!(kinds(heading)[0].1, BlockKind::Heading, "{heading}");
        }
    }

    #[test]
    fn a_wire_dateline_opening_the_first_paragraph_is_a_date_line_of_its_own() {
        for (head, dateline) in [
            ("MOSCOW, Dec. 5, 2015 (Reuters) - ", "MOSCOW, Dec. 5, 2015 (Reuters) -"),
            ("BEIJING, Oct. 3 (Xinhua) -- ", "BEIJING, Oct. 3 (Xinhua) --"),
            ("Moscow, 5 December 2015: ", "Moscow, 5 December 2015:"),
            ("NEW YORK, Dec. 5, 2015 /PRNewswire/ -- ", "NEW YORK, Dec. 5, 2015 /PRNewswire/ --"),
            ("OSLO, Norway--(BUSINESS WIRE)--Dec. 5, 2015--", "OSLO, Norway--(BUSINESS WIRE)--Dec. 5, 2015--"),
            ("Dec 5 (Reuters) - ", "Dec 5 (Reuters) -"),
            ("Dec. 5, 2015 (AP) \u{2014} ", "Dec. 5, 2015 (AP) \u{2014}"),
        ] {
            let text = format!(
                "Russia deploys jets\n\n{head}Russia said on Saturday it had deployed jets.\n\nMOSCOW, Dec. 6 - More jets came."
            );
            let got = kinds(&text);
            assert_eq!(got[1], (dateline.to_string(), BlockKind::DateLine), "{text}");
            assert_eq!(got[2], ("Russia said on Saturday it had deployed jets.".to_string(), BlockKind::Prose));
            // Only the first paragraph opens with the story's dateline.
            assert_eq!(got[3].1, BlockKind::Prose);
        }
        // A place and a date without the dash is a sentence.
        assert_eq!(kinds("Moscow, Dec. 5, 2015 was cold and the talks failed.").len(), 1);
        // Without a date, an agency or a place in capitals makes a dateline, which is no prose.
        for head in ["MOSCOW (AP) \u{2014} ", "NEW YORK \u{2014} ", "Moscow (Reuters) - "] {
            let got = kinds(&format!("{head}Russia said on Thursday it sent missiles."));
            assert_eq!(got[0], (head.trim_end().to_string(), BlockKind::Heading), "{head}");
            assert_eq!(got[1].0, "Russia said on Thursday it sent missiles.");
        }
        assert_eq!(kinds("Moscow - the capital - said on Thursday it sent missiles.").len(), 1);
        // A date at the head without an agency after it is a list's entry or a sentence, not a dateline.
        assert_eq!(kinds("Dec. 5 - Talks open in Geneva after a week of delays.")[0].1, BlockKind::Prose);
    }

    #[test]
    fn source_lines_give_the_source() {
        let b = read("[Source: Itar Tass, Moscow, 30Nov15]");
        assert_eq!(b[0].source.as_deref(), Some("Itar Tass"));
        assert_eq!(b[0].date, Some(0));
    }

    #[test]
    fn hard_wrapped_lines_join() {
        let got = kinds(
            "The ministry said on Tuesday that the strikes on the\nterrorists would go on.\nNext line here is new prose.",
        );
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].1, BlockKind::Prose);
    }

    #[test]
    fn one_notice_word_in_prose_is_news() {
        let got = kinds(
            "The pilots asked permission to cross the airspace of two countries on Tuesday, officials said.\n\nCookies\n\nCopyright 2015 The Agency. All rights reserved.",
        );
        let expect = [BlockKind::Prose, BlockKind::Furniture, BlockKind::Furniture];
        assert_eq!(got.iter().map(|(_, k)| *k).collect::<Vec<_>>(), expect, "{got:#?}");
    }

    #[test]
    fn a_page_flattened_to_one_line_is_read_sentence_by_sentence() {
        let mut text = String::new();
        while text.len() <= MAX_LINE_BYTES {
            text.push_str("The jets flew 20 sorties on Tuesday and struck 40 targets, the ministry said. ");
        }
        text.push_str("Updated 9 years ago. Copyright 2015 The Agency. All rights reserved.");
        let got = kinds(&text);
        let prose = got.iter().filter(|(_, k)| *k == BlockKind::Prose).count();
        assert!(prose > 40, "{prose} prose units");
        assert_eq!(got.last().map(|(_, k)| *k), Some(BlockKind::Furniture), "{:?}", got.last());
        assert!(got.iter().any(|(t, k)| t.starts_with("Updated") && *k == BlockKind::Update));
    }

    #[test]
    fn a_stamp_with_two_dates_dates_the_page_by_the_earlier() {
        for (line, want, changed) in [
            (
                "Posted: Nov 17, 2026 / 08:14 PM EST | Updated: Nov 18, 2026 / 06:00 AM EST",
                "Nov 17, 2026",
                Some("Nov 18, 2026"),
            ),
            ("Updated: 18 November 2026 | Published: 17 November 2026", "17 November 2026", Some("18 November 2026")),
            ("Published 17 November 2026", "17 November 2026", None),
            ("Published 17 November 2026, 18 November 2026", "17 November 2026", None),
            ("Originally published Nov. 17, 2026; updated Nov. 18, 2026", "Nov. 17, 2026", Some("Nov. 18, 2026")),
            // After the name of its publication and a comma.
            ("Neurology Letters, published online 17 Nov 2026", "17 Nov 2026", None),
            // A sentence of the page's own publication, as syndicated and printed pages carry.
            ("This article was originally published on Nov. 17, 2026.", "Nov. 17, 2026", None),
            ("This story first appeared in The Tribune on 17 November 2026.", "17 November 2026", None),
            (
                "A version of this article appears in print on Nov. 17, 2026, Section A, Page 14 of the New York \
                 edition with the headline: Blaze Contained.",
                "Nov. 17, 2026",
                None,
            ),
            (
                "The Lancet, published 17 November 2026 | updated 18 November 2026",
                "17 November 2026",
                Some("18 November 2026"),
            ),
        ] {
            let text = format!("{line}\n\nFirefighters contained the blaze on Monday night, officials said.");
            let lx = Lexicon::english();
            let mut toks = Vec::new();
            tokenize(&text, lx, &mut toks);
            let mentions = temporal::recognize(&text, &toks, lx);
            let b = blocks(&text, &toks, &mentions, lx);
            assert_eq!(b[0].kind, BlockKind::Stamp, "{line}");
            let m = b[0].date.map(|k| &mentions[k]);
            assert_eq!(m.map(|m| &text[m.start..m.end]), Some(want), "{line}");
            // The day of the last change, when the stamp says which day that is.
            let m = b[0].revised.map(|k| &mentions[k]);
            assert_eq!(m.map(|m| &text[m.start..m.end]), changed, "{line}");
        }
    }

    #[test]
    fn a_sentence_after_a_name_and_a_comma_is_no_stamp() {
        // The words after the comma are no stamp's: a sentence that names a publication is prose.
        let got = read("Jane Smith, who published the report on 17 November 2026, resigned.");
        assert_eq!(got[0].kind, BlockKind::Prose, "{got:?}");
        let got = read("In Lagos, published figures for 17 November 2026 showed a rise in cases across the city.");
        assert_ne!(got[0].kind, BlockKind::Stamp, "{got:?}");
        // Nor is a sentence about the page's subject that opens with a reference to the page.
        let got = read("This report finds that rents rose 9% in the year to 17 November 2026, as published data show.");
        assert_eq!(got[0].kind, BlockKind::Prose, "{got:?}");
    }

    /// Asserts that each line alone is a block of `kind`.
    fn each_is(kind: BlockKind, lines: &[&str]) {
        for line in lines {
            assert_eq!(kinds(line)[0].1, kind, "{line}");
        }
    }

    #[test]
    fn credits_are_no_news() {
        each_is(
            BlockKind::Furniture,
            &[
                "Associated Press writers Ann Lee in Denver and Tom Roy in Boise contributed to this report.",
                "Associated Press writer Ann Lee contributed.",
                "Associated Press writers Jim Salter in St. Louis and Ann Lee in Washington, D.C., contributed.",
                "Jane Doe contributed reporting from Kyiv.",
                "(Reporting by Jane Doe in Washington; Additional reporting by Ken Li; Editing by Mark Potter)",
                "Reporting by Jane Doe; editing by Mark Potter",
            ],
        );
        each_is(
            BlockKind::Prose,
            &[
                "Lower energy prices contributed to the fall in inflation in October, the statistics office said.",
                "Reporting by the Times in March showed that the company had hidden losses for two years.",
                "Sales fell 5% in October, the company said. Weaker demand in China contributed.",
            ],
        );
    }

    #[test]
    fn captions_are_no_news() {
        each_is(
            BlockKind::Furniture,
            &[
                "FILE PHOTO: A man walks past the Senate building in Washington, U.S., March 3, 2019.",
                "A man walks past the Senate building in Washington, U.S., March 3, 2019. REUTERS/Jane Doe/File Photo",
                "The nominee speaks at a hearing in Washington on Oct. 7, 2026. (AP Photo/Jane Doe, File)",
            ],
        );
        each_is(
            BlockKind::Prose,
            &[
                "Trade between the two blocs rose 4% in 2025, the EU said. Talks resume on Monday (EU/US).",
                "Trade between the two blocs rose 4% in 2025, the EU said on Monday (EU/US)",
                "The ruling (see https://example.org/ruling) was issued on March 3, 2019, the court said.",
            ],
        );
    }

    #[test]
    fn quotes_are_marked() {
        let lx = Lexicon::english();
        let text = "“Four missile ships launched 26 cruise missiles,” Shoigu said.";
        let mut toks = Vec::new();
        tokenize(text, lx, &mut toks);
        let b = blocks(text, &toks, &[], lx);
        assert!(b[0].quote);
    }
}
