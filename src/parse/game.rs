//! The parts of a game in a report of one.
//!
//! "The second half" beside a word of play ("scored twice in the second half") is the game's, and the
//! grammar leaves it alone. A match report tells its halves in sentences with no such word as well ("We
//! were brilliant in the first half," the manager said), so a document that tells a game in play takes every
//! half and quarter that no year follows as the game's: one with a minute of play ("in the 23rd minute") or a
//! live commentary's minute stamps ("71' GOAL!"), or with words of play of three (`PLAY_EVIDENCE`) kinds. There,
//! "a second" after a verb in the past is the second goal ("Diallo added a second"), no length of time.

use super::expr::{Amount, Expr, Mention, Named};
use super::tokens::{NEWLINE_BEFORE, NumSuffix, Token};
use crate::lang::{Lexeme, Lexicon, Unit};

/// The readings of the words that [`Evidence::read_at`] needs to see, beside numbers.
pub const WATCHED: u128 = Lexeme::Play.bit();

/// How many different words of play ([`crate::lang::Language::play_words`]) tell a game in a document: one
/// or two may be a goal or a penalty of business ("the company's goal", "a tax penalty").
const PLAY_EVIDENCE: usize = 3;

/// What the tokens of a document read so far tell of a game in play, gathered line by line as they are
/// tokenized, so that the text is not read again.
///
/// ```
/// use timeline_extract::lang::Lexicon;
/// use timeline_extract::parse::{game::Evidence, tokens};
///
/// let (lx, text) = (Lexicon::english(), "Diallo scored in the 23rd minute.");
/// let mut toks = Vec::new();
/// tokens::tokenize(text, lx, &mut toks);
/// let mut evidence = Evidence::default();
/// evidence.read(text, &toks, lx);
/// assert!(evidence.told());
/// ```
#[derive(Default)]
pub struct Evidence {
    /// The stems of the different words of play seen ("goal" for "goals").
    seen: Vec<String>,
    /// Lines that a minute stamp opens.
    stamps: usize,
    /// A minute of play was seen ("the 23rd minute").
    minute: bool,
}

impl Evidence {
    /// Reads the tokens `toks` of `text` (whole lines, in order).
    pub fn read(&mut self, text: &str, toks: &[Token<'_>], lexicon: &Lexicon) {
        self.read_at(text, toks, 0..toks.len(), lexicon);
    }

    /// Reads the tokens at `marked` (indices into `toks`, in order) of the tokens `toks` of `text`: the only
    /// ones that can tell a game are numbers and words of play ([`WATCHED`]).
    pub fn read_at(&mut self, text: &str, toks: &[Token<'_>], marked: impl Iterator<Item = usize>, lexicon: &Lexicon) {
        if self.told() {
            return;
        }
        for k in marked {
            let Some(t) = toks.get(k) else { break };
            if t.is(Lexeme::Play) && self.seen.len() < PLAY_EVIDENCE {
                let stem = lexicon.stem(&t.text(text).to_lowercase());
                if !self.seen.contains(&stem) {
                    self.seen.push(stem);
                }
            }
            let Some(n) = t.num() else { continue };
            let next = toks.get(k + 1);
            // "the 23rd minute".
            if n.suffix == NumSuffix::Ordinal
                && next.is_some_and(|u| u.lex().iter().any(|l| matches!(l, Lexeme::Unit(Unit::Minute, _))))
            {
                self.minute = true;
            }
            // "71' GOAL!" at the head of a line.
            if (k == 0 || t.has(NEWLINE_BEFORE)) && minute_stamp(text.get(t.start..).unwrap_or_default()) {
                self.stamps += 1;
            }
        }
    }

    /// Whether the tokens read tell a game in play: a minute of play, two lines that minute stamps open, or
    /// three (`PLAY_EVIDENCE`) different words of play.
    pub fn told(&self) -> bool {
        self.minute || self.stamps >= 2 || self.seen.len() >= PLAY_EVIDENCE
    }
}

/// Removes from `mentions` (one document's, in order) the halves and quarters with no year ("the first
/// half", "the fourth quarter"), and "a second" after a verb in the past ("added a second"), when the
/// document's tokens tell a game in play (`evidence`).
///
/// ```
/// use timeline_extract::lang::Lexicon;
///
/// let lx = Lexicon::english();
/// let report = "Diallo opened the scoring in the 23rd minute. \"We were brilliant in the first half,\" Lima said.";
/// assert!(timeline_extract::parse::tagging(report, lx).is_empty());
/// let results = "Sales rose 8% in the first half, Lima said.";
/// assert_eq!(timeline_extract::parse::tagging(results, lx).len(), 1);
/// ```
pub fn drop_parts(text: &str, mentions: &mut Vec<Mention>, lexicon: &Lexicon, evidence: &Evidence) {
    if !evidence.told() {
        return;
    }
    mentions.retain(|m| {
        !(matches!(m.expr, Expr::Named { name: Named::Half(_) | Named::Quarter(_), year: None, shift: None })
            || second_scored(text, m, lexicon))
    });
}

/// Whether `m` is "a second" right after a verb in the past ("Diallo added a second", "headed a second"): in
/// a game, the second goal; not after a preposition ("for a second") nor after another verb ("wait a
/// second").
fn second_scored(text: &str, m: &Mention, lexicon: &Lexicon) -> bool {
    if !matches!(m.expr, Expr::Duration { amount: Amount::Exact { n: 1, half: false }, unit: Unit::Second }) {
        return false;
    }
    let before = text.get(..m.start).unwrap_or_default().trim_end();
    let from = before.char_indices().rev().find(|&(_, c)| !c.is_alphabetic()).map_or(0, |(k, c)| k + c.len_utf8());
    let word = &before[from..];
    !word.is_empty() && {
        let lower = word.to_lowercase();
        lexicon.looks_past(&lower) || lexicon.lookup(&lower).contains(&Lexeme::PastMarker)
    }
}

/// Whether `line` opens with a minute of play and an apostrophe or a prime: "71' ", "90+4' ", "45’ ".
fn minute_stamp(line: &str) -> bool {
    let b = line.trim_start().as_bytes();
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let n = digits(0);
    if n == 0 || n > 3 {
        return false;
    }
    let mut k = n;
    if b.get(k) == Some(&b'+') {
        let extra = digits(k + 1);
        if extra == 0 || extra > 2 {
            return false;
        }
        k += 1 + extra;
    }
    let rest = &line.trim_start()[k..];
    rest.strip_prefix('\'')
        .or_else(|| rest.strip_prefix('\u{2019}'))
        .or_else(|| rest.strip_prefix('\u{2032}'))
        .is_some_and(|after| after.starts_with(|c: char| c.is_whitespace()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn told_in_play(text: &str, lx: &Lexicon) -> bool {
        let mut toks = Vec::new();
        crate::parse::tokens::tokenize(text, lx, &mut toks);
        let mut evidence = Evidence::default();
        evidence.read(text, &toks, lx);
        evidence.told()
    }

    #[test]
    fn a_game_is_told_by_a_minute_of_play_stamps_or_words_of_play() {
        let lx = Lexicon::english();
        assert!(told_in_play("Diallo scored in the 23rd minute.", lx));
        assert!(told_in_play("71' GOAL! Rovers lead.\n\n90+4' Full time.", lx));
        assert!(told_in_play("The referee gave a penalty after the goal.", lx));
        // One stamp, or two words of play, may be anything.
        assert!(!told_in_play("9' is the height.\nThe goal is growth.", lx));
        assert!(!told_in_play("The company's goal is to avoid a penalty; Goals matter.", lx));
        assert!(!told_in_play("Profit rose in the 23rd week.", lx));
    }

    #[test]
    fn a_second_after_a_past_verb_is_a_goal_in_a_game() {
        let lx = Lexicon::english();
        let texts = |text: &str| {
            crate::parse::tagging(text, lx).iter().map(|m| text[m.start..m.end].to_string()).collect::<Vec<_>>()
        };
        let report = "Diallo opened the scoring in the 23rd minute and added a second before the break.";
        assert!(texts(report).is_empty());
        // After a preposition, or outside a game, it is a second of time.
        let paused = "Diallo scored in the 23rd minute. The crowd fell silent for a second.";
        assert_eq!(texts(paused), ["a second"]);
        assert_eq!(texts("The drone hovered, paused a second and fell."), ["a second"]);
    }

    #[test]
    fn stamps_are_read_from_their_bytes() {
        assert!(minute_stamp("71' GOAL!") && minute_stamp("  90+4’ The referee"));
        assert!(!minute_stamp("71 GOAL") && !minute_stamp("71'GOAL") && !minute_stamp("1999' ") && !minute_stamp("'"));
    }
}
