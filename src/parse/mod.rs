//! Stage 1, parse: find what carries dates.
//!
//! [`document`] reads one text into a [`Parsed`]: its blocks (prose,
//! headings, date lines, source lines, stamps, furniture), its sentences,
//! every temporal expression with its context, the sections that a live
//! blog's day headers open, and the cues to the document's own date
//! (datelines, source lines, page stamps). Nothing here depends on an
//! anchor date: that is the normalizer's job.
//!
//! ```
//! use timeline_extract::lang::Lexicon;
//! use timeline_extract::parse::{self, layout::BlockKind, CueKind};
//!
//! let text = "30Nov15\n\nThe ministry said on Monday that talks took place.\n\n[Source: Itar Tass, Moscow, 30Nov15]";
//! let parsed = parse::document(text, Lexicon::english());
//! assert_eq!(parsed.blocks[1].kind, BlockKind::Prose);
//! assert_eq!(parsed.sentences.len(), 1);
//! assert_eq!(parsed.source.as_deref(), Some("Itar Tass"));
//! assert!(parsed.cues.iter().any(|c| c.kind == CueKind::SourceLine));
//! ```

pub mod clauses;
pub mod context;
pub mod day_order;
pub mod expr;
pub mod game;
pub mod layout;
mod scan;
pub mod sentences;
pub mod temporal;
pub mod tokens;

use std::ops::Range;

use crate::lang::Lexicon;
use expr::Mention;
use layout::{Block, BlockKind};
use tokens::{NEWLINE_BEFORE, Token};

/// A sentence of a prose block, or one of its clauses where each tells a time of its own (see
/// [`clauses`]): the unit that reports an event.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Sentence {
    /// Byte offset of its first byte.
    pub start: usize,
    /// Byte offset after its last byte.
    pub end: usize,
    /// The prose block it belongs to.
    pub block: usize,
    /// The first sentence of its block.
    pub first: bool,
    /// The live-blog section it falls in.
    pub section: Option<usize>,
    /// The indices of the mentions inside it.
    pub mentions: Range<usize>,
    /// How many words and numbers it has.
    pub words: usize,
    /// It asks a question ("Who owns the buildings?"): without a time of its own it reports nothing.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub question: bool,
}

/// A part of a live blog under one day header, or of a chronology under one year or month header.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Section {
    /// The header's block.
    pub block: usize,
    /// The header's date mention.
    pub mention: usize,
    /// Byte offset of the header.
    pub start: usize,
    /// Byte offset where the next section starts (or the text ends).
    pub end: usize,
}

/// The kind of a cue to a document's own date, strongest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub enum CueKind {
    /// A source line: "[Source: Itar Tass, Moscow, 30Nov15]".
    SourceLine,
    /// A date line before the first paragraph: "30Nov15".
    Dateline,
    /// A date line with a clock time before the first paragraph: "19:57 GMT09 May 2021". Often a crawl or
    /// update stamp rather than the date of writing.
    Timestamp,
    /// A paragraph near the head of the text that opens by declaring the day of writing: "Today is Tuesday,
    /// Nov. 24, the 328th day of 2026." (a daily almanac's opening).
    Declared,
    /// A "Published: ..." stamp, or a republisher's "published on" notice.
    Stamp,
    /// An "Updated: ..." or "Last modified: ..." stamp: when the page was last changed, perhaps long after it
    /// was written.
    Update,
    /// The date at the head of a notice that the page was corrected ("Correction, 14 November 2025: ..."):
    /// the page was written by then; it dates the page only when nothing else does.
    Amendment,
}

/// A cue to the document's own date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Cue {
    /// What kind of cue.
    pub kind: CueKind,
    /// The index of its date mention.
    pub mention: usize,
}

/// One document, parsed.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Parsed {
    /// Its lines, classified.
    pub blocks: Vec<Block>,
    /// The sentences of its prose blocks, in order.
    pub sentences: Vec<Sentence>,
    /// Every temporal expression, in order.
    pub mentions: Vec<Mention>,
    /// The sections under live-blog day headers.
    pub sections: Vec<Section>,
    /// Cues to its own date, in order of appearance.
    pub cues: Vec<Cue>,
    /// The source named by a source line.
    pub source: Option<String>,
}

/// Finds every temporal expression in `text`, line by line (no expression crosses a line break).
///
/// ```
/// use timeline_extract::lang::Lexicon;
/// let text = "Ships fired on October 7.\nOn Tuesday, talks began.";
/// let found = timeline_extract::parse::mentions(text, Lexicon::english());
/// assert_eq!(found.len(), 2);
/// ```
pub fn mentions(text: &str, lexicon: &Lexicon) -> Vec<Mention> {
    let mut toks = Vec::new();
    tokens::tokenize(text, lexicon, &mut toks);
    let mut out = Vec::new();
    mentions_in(text, &toks, lexicon, &mut out);
    let mut evidence = game::Evidence::default();
    evidence.read(text, &toks, lexicon);
    game::drop_parts(text, &mut out, lexicon, &evidence);
    day_order::settle(&mut out);
    out
}

fn mentions_in(text: &str, toks: &[Token<'_>], lexicon: &Lexicon, out: &mut Vec<Mention>) {
    let mut line_start = 0;
    for k in 1..=toks.len() {
        if k == toks.len() || toks[k].has(NEWLINE_BEFORE) {
            temporal::recognize_into(text, &toks[line_start..k], lexicon, out);
            line_start = k;
        }
    }
}

/// Finds every temporal expression in `text` with its context (tense, attribution, background), treating
/// every line as prose: what the `tag` command needs, without reading the page's layout.
///
/// ```
/// use timeline_extract::lang::Lexicon;
/// use timeline_extract::parse::{self, expr::Tense};
///
/// let found = parse::tagging("The talks will resume on Tuesday.", Lexicon::english());
/// assert_eq!(found[0].tense, Tense::Future);
/// ```
pub fn tagging(text: &str, lexicon: &Lexicon) -> Vec<Mention> {
    let mut found = Vec::new();
    tagging_into(text, lexicon, &mut found);
    found
}

/// Appends what [`tagging`] finds to `found` (empty when called), with this thread's buffers.
fn tagging_into(text: &str, lexicon: &Lexicon, found: &mut Vec<Mention>) {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => {
            tagging_with(text, lexicon, &mut scratch, found);
            scratch.trim();
        }
        Err(_) => tagging_with(text, lexicon, &mut Scratch::default(), found),
    })
}

/// Calls `f` with what [`tagging`] finds, held in a buffer kept from one text to the next on each thread
/// (the `tag` path, which reads the expressions once).
pub(crate) fn with_tagging<R>(text: &str, lexicon: &Lexicon, f: impl FnOnce(&[Mention]) -> R) -> R {
    FOUND.with(|cell| match cell.try_borrow_mut() {
        Ok(mut found) => {
            found.clear();
            tagging_into(text, lexicon, &mut found);
            let r = f(&found);
            if found.capacity() > Scratch::KEEP {
                *found = Vec::new();
            }
            r
        }
        Err(_) => f(&tagging(text, lexicon)),
    })
}

/// The buffers [`tagging`] fills line by line, kept from one text to the next on each thread so that
/// tagging many texts does not grow them anew each time.
#[derive(Default)]
struct Scratch {
    toks: Vec<Token<'static>>,
    /// The indices of the line's tokens that may start an expression.
    starts: Vec<usize>,
    /// The indices of the line's tokens that may end a sentence.
    ends: Vec<usize>,
    spans: Vec<(usize, usize)>,
    quarters: Vec<usize>,
    /// What the text's lines tell of a game in play.
    evidence: game::Evidence,
}

impl Scratch {
    /// Buffers larger than this (in elements) are let go after a text, so that one huge line does not
    /// keep its memory for the rest of the thread's life.
    const KEEP: usize = 1 << 16;

    fn trim(&mut self) {
        if self.toks.capacity() > Self::KEEP {
            self.toks = Vec::new();
        }
        if self.starts.capacity() > Self::KEEP {
            self.starts = Vec::new();
        }
        if self.ends.capacity() > Self::KEEP {
            self.ends = Vec::new();
        }
        if self.spans.capacity() > Self::KEEP {
            self.spans = Vec::new();
        }
        if self.quarters.capacity() > Self::KEEP {
            self.quarters = Vec::new();
        }
    }
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
    static FOUND: std::cell::RefCell<Vec<Mention>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The most bytes of a line that the tagger reads in one pass: a longer line (a text with no line breaks)
/// is read in parts, cut after a sentence's period or at white space, so that its memory stays bounded.
pub const MAX_PASS_BYTES: usize = 1 << 16;

/// Where the tagger's pass from `start` stops at the latest: the end of the text when the line ends
/// within [`MAX_PASS_BYTES`], else a cut in the second half of that window: after the last ". ", else at
/// the last white space, else at a character boundary.
fn pass_end(text: &str, start: usize) -> usize {
    let far = start.saturating_add(MAX_PASS_BYTES);
    let bytes = text.as_bytes();
    let Some(window) = bytes.get(start..far) else { return text.len() };
    if window.contains(&b'\n') {
        return text.len();
    }
    let half = start + MAX_PASS_BYTES / 2;
    let tail = &bytes[half..far];
    if let Some(k) = tail.windows(2).rposition(|w| w == b". ") {
        return half + k + 1;
    }
    if let Some(k) = tail.iter().rposition(u8::is_ascii_whitespace) {
        return half + k;
    }
    (half..=far).rev().find(|&k| text.is_char_boundary(k)).unwrap_or(far)
}

/// The tokens that [`tagging_with`] marks on a line: those that may start an expression, and those that may
/// tell a game ([`game::WATCHED`]; the grammar, tried at those too, finds nothing there).
const MARKS: tokens::Marks = tokens::Marks { words: temporal::STARTS.words | game::WATCHED, ..temporal::STARTS };

/// Appends what [`tagging`] finds in `text` to `mentions` (empty when called).
fn tagging_with(text: &str, lexicon: &Lexicon, scratch: &mut Scratch, mentions: &mut Vec<Mention>) {
    let Scratch { toks, starts, ends, spans, quarters, evidence } = scratch;
    quarters.clear();
    *evidence = game::Evidence::default();
    let mut end = 0;
    while end < text.len() {
        let start = end;
        // An empty line (between paragraphs, often half the lines) holds nothing.
        if text.as_bytes().get(start) == Some(&b'\n') {
            end = start + 1;
            continue;
        }
        toks.clear();
        starts.clear();
        ends.clear();
        let range = (start, pass_end(text, start));
        end = tokens::tokenize_line_marked_ends(text, range, lexicon, MARKS, toks, starts, ends);
        // Only numbers and words of play tell a game: the marked tokens hold them all.
        evidence.read_at(text, toks, starts.iter().copied(), lexicon);
        // Where quarters are named, for "a year earlier" after them (see `context`); a word that names
        // a quarter is a unit, which may start a pattern.
        quarters.extend(starts.iter().map(|&k| &toks[k]).filter(|t| context::names_quarter(t)).map(|t| t.start));
        let first = mentions.len();
        temporal::recognize_marked(text, toks, starts, lexicon, mentions);
        if mentions.len() == first {
            continue;
        }
        // The context of each expression comes from its sentence, read from the line's tokens.
        spans.clear();
        // Only the sentences up to the line's last expression are read.
        let until = mentions.last().map_or(end, |m| m.end);
        sentences::split_token_ends_until(text, start, end, toks, ends, until, lexicon, spans);
        let mut m = first;
        for &(ss, se) in spans.iter() {
            // The sentence's tokens and whether it is quarterly, found for its first mention.
            let mut sentence = None;
            let mut inside = m;
            while m < mentions.len() && mentions[m].end <= se {
                let x = &mut mentions[m];
                m += 1;
                if x.start < ss {
                    inside = m;
                    continue;
                }
                let (range, q) = sentence
                    .get_or_insert_with(|| {
                        let range = context::sentence_tokens(toks, (ss, se));
                        let q = context::quarterly_named(&toks[range.clone()], (ss, se), quarters);
                        (range, q)
                    })
                    .clone();
                context::annotate_in(text, toks, range, x, lexicon, q);
            }
            if let Some((range, _)) = sentence
                && m - inside > 1
            {
                context::frame(toks, range.start, &mut mentions[inside..m]);
            }
        }
        context::share_clock_reading(text, &mut mentions[first..], lexicon);
    }
    game::drop_parts(text, mentions, lexicon, evidence);
    day_order::settle(mentions);
}

/// Parses one document.
pub fn document(text: &str, lexicon: &Lexicon) -> Parsed {
    document_with(text, lexicon, &mut Vec::new())
}

/// [`document`], leaving the text's tokens in `toks` (cleared first) for a caller that reads them too.
///
/// ```
/// use timeline_extract::lang::Lexicon;
///
/// let mut toks = Vec::new();
/// let parsed = timeline_extract::parse::document_with("Ships fired 26 missiles on Tuesday.", Lexicon::english(), &mut toks);
/// assert_eq!(parsed.sentences.len(), 1);
/// assert_eq!(toks.len(), 7);
/// ```
pub fn document_with(text: &str, lexicon: &Lexicon, toks: &mut Vec<Token<'static>>) -> Parsed {
    toks.clear();
    tokens::tokenize(text, lexicon, toks);
    let toks = &toks[..];
    let mut mentions = Vec::new();
    mentions_in(text, toks, lexicon, &mut mentions);
    let mut evidence = game::Evidence::default();
    evidence.read(text, toks, lexicon);
    game::drop_parts(text, &mut mentions, lexicon, &evidence);
    day_order::settle(&mut mentions);
    let blocks = layout::blocks(text, toks, &mentions, lexicon);

    // Sentences of prose blocks.
    let mut spans = Vec::new();
    let mut owners = Vec::new();
    for (b, block) in blocks.iter().enumerate() {
        if block.kind == BlockKind::Prose {
            let before = spans.len();
            // The block's tokens tell where its terminators are: its bytes are not read again for them.
            let first = toks.partition_point(|t| t.start < block.start);
            let count = toks[first..].partition_point(|t| t.start < block.end);
            sentences::split_tokens(text, block.start, block.end, &toks[first..first + count], lexicon, &mut spans);
            owners.extend(std::iter::repeat_n(b, spans.len() - before));
        }
    }
    context::annotate(text, toks, &spans, &mut mentions, lexicon);
    context::share_clock_reading(text, &mut mentions, lexicon);

    let sections = sections(&blocks, text.len());
    let mut sentences = Vec::with_capacity(spans.len());
    let mut parts = Vec::new();
    let mut m = 0;
    for (k, &span) in spans.iter().enumerate() {
        let block = owners[k];
        let question =
            text.get(span.0..span.1).is_some_and(|t| t.trim_end_matches(sentences::is_closer).ends_with('?'));
        parts.clear();
        clauses::split(text, toks, span, &mentions, lexicon, &mut parts);
        for (n, &(start, end)) in parts.iter().enumerate() {
            while m < mentions.len() && mentions[m].start < start {
                m += 1;
            }
            let m_end = m + mentions[m..].iter().take_while(|x| x.end <= end).count();
            let section = sections.iter().rposition(|s| s.start <= start);
            let t0 = toks.partition_point(|t| t.start < start);
            let words = toks[t0..]
                .iter()
                .take_while(|t| t.end <= end)
                .filter(|t| !matches!(t.kind, tokens::Kind::Punct(_)))
                .count();
            let first = n == 0 && (k == 0 || owners[k - 1] != block);
            sentences.push(Sentence { start, end, block, first, section, mentions: m..m_end, words, question });
            m = m_end;
        }
    }

    let mut cues = cues(&blocks);
    if let Some(mention) = declared_today(toks, &mentions, &blocks) {
        cues.push(Cue { kind: CueKind::Declared, mention });
    }
    let source = blocks.iter().find_map(|b| b.source.clone());
    Parsed { blocks, sentences, mentions, sections, cues, source }
}

/// Day headers open sections when there are two or more of them, or when one stands after the first paragraph
/// (one before it is the dateline); weekday headers when there are two or more of them; a chronology's year or
/// month headers wherever they stand.
fn sections(blocks: &[Block], text_len: usize) -> Vec<Section> {
    let first_prose = blocks.iter().position(|b| b.kind == BlockKind::Prose).unwrap_or(blocks.len());
    let of_kind = |kind: BlockKind| {
        blocks.iter().enumerate().filter(move |(_, b)| b.kind == kind && b.date.is_some()).map(|(i, _)| i)
    };
    let days: Vec<usize> = of_kind(BlockKind::DateLine).collect();
    let mut headers: Vec<usize> =
        if days.len() >= 2 { days } else { days.into_iter().filter(|&i| i > first_prose).collect() };
    headers.extend(of_kind(BlockKind::PeriodLine));
    let weekdays: Vec<usize> = of_kind(BlockKind::DayLine).collect();
    if weekdays.len() >= 2 {
        headers.extend(weekdays);
    }
    headers.sort_unstable();
    let mut out: Vec<Section> = Vec::with_capacity(headers.len());
    for (k, &b) in headers.iter().enumerate() {
        let end = headers.get(k + 1).map_or(text_len, |&n| blocks[n].start);
        if let Some(mention) = blocks[b].date {
            out.push(Section { block: b, mention, start: blocks[b].start, end });
        }
    }
    out
}

/// How many paragraphs at the head of the text are read for one that declares the day of writing.
const DECLARING_PARAGRAPHS: usize = 3;

/// The mention of a date with its day that one of the first paragraphs opens by declaring the day of
/// writing: "today" and a present "be" before it ("Today is Tuesday, Nov. 24, the 328th day of 2026.").
fn declared_today(toks: &[Token<'_>], mentions: &[Mention], blocks: &[Block]) -> Option<usize> {
    use crate::lang::Lexeme;
    blocks.iter().filter(|b| b.kind == BlockKind::Prose).take(DECLARING_PARAGRAPHS).find_map(|b| {
        let k = toks.partition_point(|t| t.start < b.start);
        let declares = toks.get(k).is_some_and(|t| t.is(Lexeme::DayWord(0)))
            && toks.get(k + 1).is_some_and(|t| t.is(Lexeme::BeAux) && t.is(Lexeme::PresentMarker));
        let at = toks.get(k + 2).filter(|_| declares)?.start;
        let m = mentions.partition_point(|m| m.start < at);
        mentions
            .get(m)
            .filter(|x| x.start == at && matches!(x.expr, expr::Expr::Date { month: Some(_), day: Some(_), .. }))
            .map(|_| m)
    })
}

fn cues(blocks: &[Block]) -> Vec<Cue> {
    let first_prose = blocks.iter().position(|b| b.kind == BlockKind::Prose).unwrap_or(blocks.len());
    let last_prose = blocks.iter().rposition(|b| b.kind == BlockKind::Prose);
    let mut out = Vec::new();
    let mut seen_dateline = false;
    for (i, b) in blocks.iter().enumerate() {
        let Some(mention) = b.date else { continue };
        let kind = match b.kind {
            BlockKind::SourceLine => CueKind::SourceLine,
            BlockKind::DateLine if i < first_prose && !seen_dateline => {
                seen_dateline = true;
                if b.timed { CueKind::Timestamp } else { CueKind::Dateline }
            }
            // A date line under the last paragraph heads nothing: the page's stamp ("Nov 3, 2015, 9:14 AM ET").
            BlockKind::DateLine if last_prose.is_some_and(|p| i > p) => CueKind::Stamp,
            BlockKind::Stamp | BlockKind::Furniture => CueKind::Stamp,
            BlockKind::Update => CueKind::Update,
            BlockKind::Amendment => CueKind::Amendment,
            _ => continue,
        };
        out.push(Cue { kind, mention });
        // "Published March 4 | Updated March 5": the day of the last change is a cue of its own.
        if let Some(mention) = b.revised {
            out.push(Cue { kind: CueKind::Update, mention });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIVE_BLOG: &str = "Live: the campaign\n\n30 Sep, 2015 14:16 / Updated 9 years ago\n\nJets struck targets in Syria.\n\n13 October 2015\n\nA draft was forwarded on Tuesday. “It is good,” he said.\n\n12 October 2015\n\nTalks were held on Monday.";

    #[test]
    fn a_line_longer_than_a_pass_is_tagged_whole() {
        let sentence = "On October 7, 2015 the jets flew 20 sorties. ";
        let text = sentence.repeat(3 * MAX_PASS_BYTES / sentence.len() + 1);
        let found = tagging(&text, Lexicon::english());
        assert_eq!(found.len(), text.len() / sentence.len());
        assert!(found.iter().all(|m| &text[m.start..m.end] == "October 7, 2015"));
        // Without sentence ends, or white space, the parts still cover the text.
        for unit in ["October 7 ", "2015-"] {
            let text = unit.repeat(3 * MAX_PASS_BYTES / unit.len());
            let mut at = 0;
            while at < text.len() {
                let end = pass_end(&text, at);
                assert!(end > at && end - at <= MAX_PASS_BYTES && text.is_char_boundary(end));
                at = end;
            }
        }
    }

    #[test]
    fn a_list_of_dated_entries_reports_events() {
        let text = "Key dates\n\n1940 - Born in Lagos\n1958 \u{2013} Moves to London\nMarch 1983: Wins the commission\n\n\
                    Tributes\n\n2015 - The year in review";
        let p = document(text, Lexicon::english());
        let kinds: Vec<(&str, BlockKind)> = p.blocks.iter().map(|b| (&text[b.start..b.end], b.kind)).collect();
        let want = [BlockKind::Heading, BlockKind::Prose, BlockKind::Prose, BlockKind::Prose, BlockKind::Heading];
        assert_eq!(kinds.iter().map(|(_, k)| *k).collect::<Vec<_>>()[..5], want, "{kinds:?}");
        // One such line alone is a title.
        assert_eq!(kinds[5].1, BlockKind::Heading, "{kinds:?}");
        assert_eq!(p.sentences.len(), 3);
        // Day headers of a live blog, one under another, stay date lines.
        let p = document("13 October 2015\n\n12 October 2015 - 14 October 2015", Lexicon::english());
        assert!(p.blocks.iter().all(|b| b.kind == BlockKind::DateLine), "{:?}", p.blocks);
    }

    #[test]
    fn a_chronology_under_a_dateline_leaves_the_dateline_to_date_the_page() {
        let text = "WASHINGTON, March 3, 2025 (Reuters) - The bank collapsed on Friday.\n\nTimeline\n\n2023\nApril: \
                    The bank opens its first branch in Lisbon.";
        let p = document(text, Lexicon::english());
        assert_eq!(p.sections.len(), 1, "{:?}", p.sections);
        assert_eq!(p.sentences[0].section, None);
        assert_eq!(p.sentences[1].section, Some(0));
        assert_eq!(p.cues.iter().map(|c| c.kind).collect::<Vec<_>>(), [CueKind::Dateline]);
    }

    #[test]
    fn a_date_line_that_names_its_weekday_is_the_pages_own_not_a_stamp() {
        for (line, kind) in [
            ("Mon 14 Jul 2025 18.05 BST", CueKind::Dateline),
            ("Monday 14 July 2025 18.05 BST", CueKind::Dateline),
            ("1100 PM EDT Mon Jul 14 2025", CueKind::Dateline),
            ("6:02 a.m. EDT, Monday, July 14, 2025", CueKind::Dateline),
            ("19:57 GMT09 May 2021", CueKind::Timestamp),
            ("14 Jul 2025 18.05 BST", CueKind::Timestamp),
        ] {
            let p = document(
                &format!("Heatwave live\n\n{line}\n\nA wildfire forced the evacuation of 2,000 people."),
                Lexicon::english(),
            );
            assert_eq!(p.cues.iter().map(|c| c.kind).collect::<Vec<_>>(), [kind], "{line}");
        }
    }

    #[test]
    fn live_blog_headers_open_sections() {
        let p = document(LIVE_BLOG, Lexicon::english());
        assert_eq!(p.sections.len(), 3, "{:?}", p.sections);
        let texts: Vec<&str> = p.sentences.iter().map(|s| &LIVE_BLOG[s.start..s.end]).collect();
        assert_eq!(
            texts,
            [
                "Jets struck targets in Syria.",
                "A draft was forwarded on Tuesday.",
                "“It is good,” he said.",
                "Talks were held on Monday."
            ]
        );
        assert_eq!(p.sentences[0].section, Some(0));
        assert_eq!(p.sentences[1].section, Some(1));
        assert!(p.sentences[1].first && !p.sentences[2].first);
        assert_eq!(p.sentences[3].section, Some(2));
        assert_eq!(p.cues.len(), 1);
        assert_eq!(p.cues[0].kind, CueKind::Timestamp);
    }

    #[test]
    fn a_date_line_under_the_last_paragraph_is_a_stamp() {
        let text = "GENEVA (AP) \u{2014} Talks collapsed on Monday, officials said.\n\nNov 3, 2015, 9:14 AM ET\n";
        let p = document(text, Lexicon::english());
        assert_eq!(p.cues.len(), 1);
        assert_eq!(p.cues[0].kind, CueKind::Stamp);
        // Between two paragraphs it heads the one below (a live blog's day).
        let text = "Jets flew on Monday.\n\n3 November 2015\n\nTalks collapsed on Tuesday.";
        assert!(document(text, Lexicon::english()).cues.is_empty());
    }

    #[test]
    fn a_single_dateline_is_no_section() {
        let text = "30Nov15\n\nTitle here\n\nThe ministry said on Monday that talks took place.";
        let p = document(text, Lexicon::english());
        assert!(p.sections.is_empty());
        assert_eq!(p.cues[0].kind, CueKind::Dateline);
        assert_eq!(p.sentences[0].section, None);
    }

    #[test]
    fn sentence_mentions_are_indexed() {
        let text = "On October 7, ships fired. On October 8, the army attacked.";
        let p = document(text, Lexicon::english());
        assert_eq!(p.sentences.len(), 2);
        assert_eq!(p.sentences[0].mentions, 0..1);
        assert_eq!(p.sentences[1].mentions, 1..2);
    }
}
