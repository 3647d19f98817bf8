//! The clauses of a sentence that each tell a time of their own: "Heavy rain began falling on Monday, and
//! the river burst its banks on Tuesday night" reports two events, one on each day, and each clause is
//! one report.
//!
//! A sentence is cut after a comma and a conjunction that may open a main clause ("and", "but"; see
//! [`Lexeme::ClauseConjunction`]), before a relative pronoun after a comma whose clause, not in the
//! present, runs to the end of the sentence (", which will go on sale on Dec. 4"), before such a
//! conjunction with no comma that a verb in the past follows ("began deliberating on Friday and returned
//! the verdict on Monday"; not between two verbs, "kidnapped and presumed killed"; also with a phrase set
//! off by commas before the verb, "and, the following year, led"), after a phrase that a past participle
//! opens at the head of the sentence ("Born in Leeds on 12 June 1932, Ellison moved to Australia in 1958":
//! the phrase's time, an aside to the main clause, dates the phrase), or at a semicolon, when the parts on
//! both sides each hold an expression that dates an event and words of their own besides (a predicate that
//! the cut opens needs one word fewer: "and retired in 1999"). A time that is a term of a comparison
//! ("compared with earnings of $6.1 million a year ago", see [`Mention::compared`]) dates no event, nor
//! does the day named before named again ("treated on Thursday and released the same day"). The
//! cut leaves the comma and the conjunction out of both parts. Nothing is cut inside parentheses or a
//! quotation, at a comma that closes a participle phrase ("The company, founded in 1998, and its rival"), nor
//! in a sentence whose semicolons part a list ("by Lawrence Wechsler; the White House; Mike McCurry, and
//! ...").

use super::expr::{Expr, Mention, OFFSET_GAP, RelativeTo, Tense};
use super::tokens::{Kind, Token};
use crate::lang::{Function, Lexeme, Lexicon, Unit};

/// The fewest words (outside temporal expressions) that each part must have: "and again on Tuesday" is
/// no clause of its own.
const MIN_WORDS: usize = 3;

/// What a sentence is cut at.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cut {
    /// A semicolon.
    Semicolon,
    /// A comma, before a conjunction or a relative pronoun.
    Comma,
    /// A conjunction with a verb in the past after it: the part after opens with its predicate.
    Predicate,
    /// The comma that closes a phrase that a past participle opens at the head of the sentence ("Born in
    /// Leeds on 12 June 1932, Ellison moved ..."): the phrase tells an event of its own.
    Fronted,
}

/// A part of a sentence between two cuts.
#[derive(Clone, Copy)]
struct Part {
    start: usize,
    end: usize,
    /// It holds an expression that dates an event.
    dated: bool,
    /// Its words outside temporal expressions.
    words: usize,
    /// It opens with a verb ([`Cut::Predicate`], [`Cut::Fronted`]): "and retired in 1999" stands alone with
    /// two words.
    predicate: bool,
}

impl Part {
    fn stands_alone(&self) -> bool {
        self.dated && self.words + usize::from(self.predicate) >= MIN_WORDS
    }
}

/// Pushes the parts of the sentence `span` to `out`: the sentence whole, or its clauses that each tell a
/// time of their own, in order. `toks` are the text's tokens and `mentions` its expressions, in order.
///
/// ```
/// use timeline_extract::lang::Lexicon;
///
/// let text = "Heavy rain began falling on Monday, and the river burst its banks on Tuesday night.";
/// let parsed = timeline_extract::parse::document(text, Lexicon::english());
/// let parts: Vec<&str> = parsed.sentences.iter().map(|s| &text[s.start..s.end]).collect();
/// assert_eq!(parts, ["Heavy rain began falling on Monday", "the river burst its banks on Tuesday night."]);
/// ```
pub fn split(
    text: &str,
    toks: &[Token<'_>],
    (start, end): (usize, usize),
    mentions: &[Mention],
    lexicon: &Lexicon,
    out: &mut Vec<(usize, usize)>,
) {
    let first_mention = mentions.partition_point(|m| m.start < start);
    let inside = &mentions[first_mention..];
    let inside = &inside[..inside.partition_point(|m| m.end <= end)];
    // One expression cannot date two clauses.
    if inside.len() < 2 {
        out.push((start, end));
        return;
    }
    let t0 = toks.partition_point(|t| t.start < start);
    let toks = &toks[t0..];
    let toks = &toks[..toks.partition_point(|t| t.end <= end)];

    let past_verb = |v: &Token<'_>| super::context::past_form(v, text, lexicon);
    // The cuts: (end of the part before, start of the part after, what was cut at).
    let mut cuts: Vec<(usize, usize, Cut)> = Vec::new();
    // "Born in Leeds on 12 June 1932, Ellison moved to Australia in 1958": the participle's phrase, whose
    // time is an aside to the main clause, is cut off at the comma that closes it.
    if let Some(m) = inside.first().filter(|m| m.aside)
        && super::context::fronted(text, toks, 0, lexicon)
        && let Some(close) = toks.iter().position(|t| t.start >= m.end && t.is_punct(','))
        && toks[..close].iter().all(|t| !super::context::clause_break(t) || (t.start >= m.start && t.end <= m.end))
        && let Some(next) = toks.get(close + 1)
    {
        cuts.push((toks[close].start, next.start, Cut::Fronted));
    }
    let (mut parens, mut quoted) = (0usize, false);
    for (k, t) in toks.iter().enumerate() {
        match t.kind {
            Kind::Punct('(' | '[') => parens += 1,
            Kind::Punct(')' | ']') => parens = parens.saturating_sub(1),
            Kind::Punct('"' | '\u{201c}' | '\u{201d}') => quoted = !quoted,
            _ => {}
        }
        if parens > 0 || quoted {
            continue;
        }
        let cut = match t.kind {
            Kind::Punct(';') => toks.get(k + 1).map(|next| (t.start, next.start, Cut::Semicolon)),
            Kind::Punct(',') if toks.get(k + 1).is_some_and(|c| c.is(Lexeme::ClauseConjunction)) => toks
                .get(k + 2)
                .filter(|_| !closes_aside(text, toks, k, inside, lexicon))
                .map(|next| (t.start, next.start, Cut::Comma)),
            // ", which will go on sale on Dec. 4": a relative clause after a comma tells an event of its own;
            // the pronoun stays with it. One that a comma closes is an aside, and stays; so does one in the
            // present, which describes ("the season, which runs from June 1 to November 30").
            Kind::Punct(',')
                if toks.get(k + 1).is_some_and(|c| c.is(Lexeme::Subject) && c.is(Lexeme::Function(Function::That)))
                    && !relative_closed(toks, k + 1)
                    && inside
                        .get(inside.partition_point(|m| m.start < t.end))
                        .is_some_and(|m| !matches!(m.tense, Tense::Present | Tense::Unknown)) =>
            {
                toks.get(k + 1).map(|next| (t.start, next.start, Cut::Comma))
            }
            // "Jurors began deliberating on Friday and returned the verdict on Monday": a conjunction with no
            // comma, then a verb in the past, opens a predicate of its own; not between two verbs ("kidnapped
            // and presumed killed"). So does one with a phrase set off by commas before the verb ("returned
            // in 1963 and, the following year, led"); the part after opens with the phrase.
            Kind::Word
                if k > 0
                    && t.is(Lexeme::ClauseConjunction)
                    && !toks[k - 1].is_punct(',')
                    && !past_verb(&toks[k - 1]) =>
            {
                let verb = if toks[k + 1..].first().is_some_and(|c| c.is_punct(',')) {
                    let close = toks[k + 2..].iter().take(INSERT_REACH + 1).position(super::context::clause_break);
                    close.map(|d| k + 2 + d).filter(|&c| toks[c].is_punct(',') && c > k + 2).map(|c| (c + 1, k + 2))
                } else {
                    Some((k + 1, k + 1))
                };
                verb.filter(|&(v, _)| toks.get(v).is_some_and(past_verb))
                    .and_then(|(_, from)| toks.get(from))
                    .map(|next| (toks[k - 1].end, next.start, Cut::Predicate))
            }
            _ => None,
        };
        // A cut never falls inside an expression ("Monday, and Tuesday" read as one): the first expression
        // that ends after the cut's start must start after its end.
        // Nor twice at one place (a fronted phrase's comma).
        if let Some((a, b, kind)) = cut
            && inside.get(inside.partition_point(|m| m.end <= a)).is_none_or(|m| m.start >= b)
            && cuts.last().is_none_or(|c| c.1 <= a)
        {
            cuts.push((a, b, kind));
        }
    }
    if cuts.is_empty() {
        out.push((start, end));
        return;
    }

    // Each part reads only its own tokens and expressions, in one pass: the whole stays linear in the
    // sentence however many cuts it has.
    let part = |a: usize, b: usize, opened_by: Option<Cut>, closed_by: Option<Cut>| {
        let ts = &toks[toks.partition_point(|t| t.start < a)..];
        let ts = &ts[..ts.partition_point(|t| t.end <= b)];
        let (m0, m1) = (inside.partition_point(|m| m.start < a), inside.partition_point(|m| m.end <= b));
        let ms = inside.get(m0..m1).unwrap_or_default();
        let (mut words, mut j) = (0, 0);
        for t in ts {
            while ms.get(j).is_some_and(|m| m.end <= t.start) {
                j += 1;
            }
            let in_mention = ms.get(j).is_some_and(|m| m.start <= t.start && t.end <= m.end);
            if !matches!(t.kind, Kind::Punct(_)) && !in_mention {
                words += 1;
            }
        }
        // A length counted from a time ("a day after the verdict") dates only with that time right after it.
        let counted = |k: usize| {
            let m = &inside[k];
            m.offset.is_none() || inside.get(k + 1).is_some_and(|n| n.start.saturating_sub(m.end) <= OFFSET_GAP)
        };
        // The time of a fronted participle's phrase is an aside to the main clause, and dates the phrase.
        let fronted = closed_by == Some(Cut::Fronted);
        let dated =
            (m0..m1).any(|k| (dates_event(&inside[k]) || (fronted && dates_some_event(&inside[k]))) && counted(k));
        Part { start: a, end: b, dated, words, predicate: fronted || opened_by == Some(Cut::Predicate) }
    };
    // Each part's bounds, with the cut that opens it and the cut that closes it.
    let mut bounds = Vec::with_capacity(cuts.len() + 1);
    let (mut from, mut opened_by) = (start, None);
    for &(a, b, kind) in &cuts {
        bounds.push((from, a, opened_by, Some(kind)));
        (from, opened_by) = (b, Some(kind));
    }
    bounds.push((from, end, opened_by, None));
    // Semicolons that part what cannot stand alone part a list: the sentence stays whole.
    let parts: Vec<Part> =
        bounds.iter().map(|&(a, b, opened_by, closed_by)| part(a, b, opened_by, closed_by)).collect();
    let listed = cuts
        .iter()
        .enumerate()
        .any(|(k, c)| c.2 == Cut::Semicolon && !(parts[k].stands_alone() && parts[k + 1].stands_alone()));
    if listed {
        out.push((start, end));
        return;
    }

    // A part that cannot stand alone joins the one before it (the first joins the one after).
    let mut current: Option<Part> = None;
    for next in parts {
        current = Some(match current {
            None => next,
            Some(c) if c.stands_alone() && next.stands_alone() => {
                out.push((c.start, c.end));
                next
            }
            Some(c) => Part {
                start: c.start,
                end: next.end,
                dated: c.dated || next.dated,
                words: c.words + next.words,
                predicate: c.predicate,
            },
        });
    }
    if let Some(c) = current {
        out.push((c.start, c.end));
    }
}

/// Whether the comma at token `comma` may close an aside that holds an expression (", founded in 1998, and
/// its rival ..."): "and" after it may join two subjects, not two clauses, so no cut is made there.
fn closes_aside(text: &str, toks: &[Token<'_>], comma: usize, inside: &[Mention], lexicon: &Lexicon) -> bool {
    let reach = super::context::ASIDE_OPEN + ASIDE_EXPRESSION;
    let Some(open) = (0..comma).rev().take(reach).find(|&k| matches!(toks[k].kind, Kind::Punct(',' | ';' | '.')))
    else {
        return false;
    };
    let (from, to) = (toks[open].end, toks[comma].start);
    toks[open].is_punct(',')
        && inside.get(inside.partition_point(|m| m.start < from)).is_some_and(|m| m.end <= to)
        && super::context::opens_aside(text, toks, open, lexicon)
}

/// Whether a comma closes the relative clause that the pronoun at token `pronoun` opens, with the sentence
/// going on after it ("Ellison, who resigned on Friday, said ..."): an aside, not a clause of its own.
fn relative_closed(toks: &[Token<'_>], pronoun: usize) -> bool {
    toks[pronoun..]
        .iter()
        .position(super::context::clause_break)
        .is_some_and(|d| toks[pronoun + d].is_punct(',') && toks.get(pronoun + d + 1).is_some_and(|t| t.is_word()))
}

/// The most tokens of an expression in an aside, read back from the comma that closes it.
const ASIDE_EXPRESSION: usize = 6;

/// The most tokens of a phrase set off by commas between a conjunction and its verb: ", the following year,".
const INSERT_REACH: usize = 6;

/// Whether an expression dates an event of its clause: a point or period in time, or a length that counts
/// from one ("three days later"), not in a clause that opens a span ("since ..."), in the possessive, in an
/// aside ("the sentencing, set for March 28, was moved"), nor a term of a comparison ("compared with a year
/// earlier"); nor the day named before again ("treated on Thursday and released the same day": one day,
/// one report).
fn dates_event(m: &Mention) -> bool {
    dates_some_event(m) && !m.aside && !same_day_again(m)
}

/// True for an expression that names the day named before it again: "the same day", "that day", "later in
/// the day" (not "later that year", which may date another event in that year).
fn same_day_again(m: &Mention) -> bool {
    matches!(m.expr, Expr::Relative { unit: Unit::Day, offset: 0, to: RelativeTo::Reference })
}

/// [`dates_event`] for an event in an aside or out of it.
fn dates_some_event(m: &Mention) -> bool {
    (m.expr.is_point() || m.later || m.offset.is_some()) && !m.background && !m.named && !m.begun && !m.compared
}

#[cfg(test)]
mod tests {
    use crate::lang::Lexicon;

    fn parts(text: &str) -> Vec<&str> {
        let parsed = crate::parse::document(text, Lexicon::english());
        parsed.sentences.iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn two_clauses_with_a_time_each_are_two_parts() {
        assert_eq!(
            parts("Jets struck 20 targets on Monday; on Tuesday they hit 30 more."),
            ["Jets struck 20 targets on Monday", "on Tuesday they hit 30 more."]
        );
        assert_eq!(
            parts("The talks began on Monday, but the rebels walked out on Wednesday."),
            ["The talks began on Monday", "the rebels walked out on Wednesday."]
        );
    }

    #[test]
    fn a_clause_without_a_time_of_its_own_stays_with_its_sentence() {
        let whole = ["Heavy rain began falling on Monday, and the river burst its banks."];
        assert_eq!(parts(whole[0]), whole);
        // Too few words to stand alone.
        let whole = ["Jets flew 20 sorties on Monday, and again on Tuesday."];
        assert_eq!(parts(whole[0]), whole);
        // A time that only opens a span dates nothing.
        let whole = ["Jets flew 20 sorties on Monday, and the ministry has counted 900 since September 30."];
        assert_eq!(parts(whole[0]), whole);
        // No conjunction after the comma.
        let whole = ["Floods forced 3,000 people from their homes on Wednesday, officials said on Thursday."];
        assert_eq!(parts(whole[0]), whole);
        // The day named before, named again: one day, one report.
        let whole = ["A firefighter was treated for heat exhaustion on Thursday and released the same day, it said."];
        assert_eq!(parts(whole[0]), whole);
        let whole = ["Jets struck 20 targets on Monday, and the ministry reported 30 more later in the day."];
        assert_eq!(parts(whole[0]), whole);
        // Not a year: "later that year" may date another event in it.
        assert_eq!(
            parts("He fled to Florida in June 1998 and returned to Cuba later that year."),
            ["He fled to Florida in June 1998", "returned to Cuba later that year."]
        );
    }

    #[test]
    fn a_second_verb_in_the_past_with_a_time_of_its_own_is_a_clause() {
        assert_eq!(
            parts("Jurors began deliberating on Friday afternoon and returned the verdict on Monday."),
            ["Jurors began deliberating on Friday afternoon", "returned the verdict on Monday."]
        );
        assert_eq!(
            parts("Sales rose 5% in March but fell 3% in April."),
            ["Sales rose 5% in March", "fell 3% in April."]
        );
        // A predicate stands alone with its verb and one more word; a phrase set off by commas may come
        // between the conjunction and the verb.
        assert_eq!(
            parts("She became the first consultant two years later and retired in 1999."),
            ["She became the first consultant two years later", "retired in 1999."]
        );
        assert_eq!(
            parts("She returned to Lagos in 1963 and, the following year, led the team that repaired a defect."),
            ["She returned to Lagos in 1963", "the following year, led the team that repaired a defect."]
        );
        // Without a time of its own, or without a verb after the conjunction, it stays whole.
        for whole in [
            "He was arrested on Sunday and charged with murder.",
            "Jets struck targets on Monday and Tuesday near Hama.",
            "Talks were held between March 3 and March 9 in Geneva.",
            "Jets flew sorties on Monday and again on Tuesday.",
            "On Monday he recovered the remains of a man kidnapped and presumed killed by rebels two years ago.",
        ] {
            assert_eq!(parts(whole), [whole]);
        }
    }

    #[test]
    fn a_fronted_participle_phrase_with_a_time_of_its_own_is_a_clause() {
        assert_eq!(
            parts("Born in Enugu on 4 July 1934, the third of six children, she won a scholarship in 1952."),
            ["Born in Enugu on 4 July 1934", "the third of six children, she won a scholarship in 1952."]
        );
        assert_eq!(parts("Elected in 2019, she resigned on Friday."), ["Elected in 2019", "she resigned on Friday."]);
        // The commas inside its time do not close it.
        assert_eq!(
            parts("Born on March 3, 1934, in Lagos, she moved to London in 1958."),
            ["Born on March 3, 1934", "in Lagos, she moved to London in 1958."]
        );
        // Without a time in the main clause, or without a participle at the head, it stays whole.
        for whole in [
            "Born in Leeds in 1932, he was a keen sailor.",
            "In 2019, she resigned on Friday.",
            "Speaking on Tuesday, the minister said talks would resume on Friday.",
        ] {
            assert_eq!(parts(whole), [whole]);
        }
    }

    #[test]
    fn a_relative_clause_after_a_comma_with_a_time_of_its_own_is_a_clause() {
        assert_eq!(
            parts("Lumen on Tuesday unveiled a cheaper headset, which will go on sale in the US on Dec. 4."),
            ["Lumen on Tuesday unveiled a cheaper headset", "which will go on sale in the US on Dec. 4."]
        );
        assert_eq!(
            parts("Police arrested a man on Friday, who had fled the scene of the crash on Thursday."),
            ["Police arrested a man on Friday", "who had fled the scene of the crash on Thursday."]
        );
        // Closed by a comma, it is an aside; without a time of its own, or with a main clause without one,
        // it stays with its sentence.
        for whole in [
            "The minister, who resigned on Friday, said on Sunday that she would run.",
            "Lumen on Tuesday unveiled a cheaper headset, which will cost $499.",
            "The headset will cost $499, half the price of the Lumen One, which launched in February 2025.",
            "Lena is the fourth hurricane of the 2025 season, which runs from June 1 to November 30.",
        ] {
            assert_eq!(parts(whole), [whole]);
        }
    }

    #[test]
    fn a_length_with_no_time_after_it_dates_no_clause() {
        let whole = ["A day after the verdict, his lawyers asked for a new trial; the motion was denied on Monday."];
        assert_eq!(parts(whole[0]), whole);
        assert_eq!(
            parts("Three days after Oct. 7, jets struck a depot; the depot burned on Monday."),
            ["Three days after Oct. 7, jets struck a depot", "the depot burned on Monday."]
        );
    }

    #[test]
    fn a_comma_that_closes_an_aside_cuts_nothing() {
        let whole = ["The company, founded in 1998, and its rival, founded in 2001, merged on Monday."];
        assert_eq!(parts(whole[0]), whole);
        // A comma with no participle phrase before it still cuts.
        assert_eq!(
            parts("He was born in 1950 in Ohio, and moved to New York in 1975."),
            ["He was born in 1950 in Ohio", "moved to New York in 1975."]
        );
    }

    #[test]
    fn nothing_is_cut_inside_parentheses_or_a_quotation() {
        let whole = ["He said \"we struck on Monday, and we will strike again on Friday\" in Moscow."];
        assert_eq!(parts(whole[0]), whole);
        let whole = ["The strikes (begun on Monday, and resumed on Tuesday after a pause) went on."];
        assert_eq!(parts(whole[0]), whole);
    }

    #[test]
    fn a_time_compared_with_dates_no_clause() {
        let whole =
            ["Sales fell 9% in the latest quarter, and it earned $7.2 million, up from $6.1 million a year ago."];
        assert_eq!(parts(whole[0]), whole);
        let whole = ["Sales rose 5% in the third quarter, and profit fell, compared with a year earlier."];
        assert_eq!(parts(whole[0]), whole);
    }

    #[test]
    fn semicolons_that_part_a_list_cut_nothing() {
        let whole = ["Following are statements made Friday by Lawrence Wechsler; the White House; Mike McCurry, \
                      and President Clinton in response to an article on Friday about her statements."];
        assert_eq!(parts(whole[0]), whole);
    }

    #[test]
    fn a_part_too_small_joins_its_neighbour() {
        assert_eq!(
            parts("Rain fell on Monday, and the river rose, and the dam broke on Tuesday night."),
            ["Rain fell on Monday, and the river rose", "the dam broke on Tuesday night."]
        );
    }
}
