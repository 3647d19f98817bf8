//! Context: the tense around each temporal expression, and whether it dates
//! the event, the statement about it, or the background.

use std::ops::Range;

use super::expr::{Expr, Lead, Mention, Named, RangeRole, Tense};
use super::tokens::{CAPITALIZED, Kind, Token};
use crate::lang::{Function, Lexeme, Lexicon, Shift, Unit};

/// How far (in tokens) to look for a tense marker on each side.
const TENSE_WINDOW: usize = 15;
/// How far (in tokens) to look on, in the same clause, when no marker is within [`TENSE_WINDOW`]: bounded,
/// so that a sentence with no end and no verb costs a fixed amount per expression.
const FAR_WINDOW: usize = 60;
/// How far back a verb of saying makes an expression the date of a statement.
const SPEECH_WINDOW: usize = 5;
/// How far back "since" (or a word of habit) reaches within one clause.
const SINCE_WINDOW: usize = 16;
/// How many tokens before a clock time "after" or "before" governs it, an adverb between ("shortly after").
const CLOCK_LEAD_REACH: usize = 2;
/// How many bytes before a sentence a named quarter still frames its amounts.
pub const QUARTER_REACH: usize = 300;

/// The tense that token `k` marks, if any. A participle right after a form of "be" is passive and marks
/// nothing; a form of "be" alone marks its own tense.
#[inline(always)]
fn marker(tokens: &[Token<'_>], k: usize, text: &str, lexicon: &Lexicon) -> Option<Tense> {
    let t = &tokens[k];
    if !t.is_word() {
        return None;
    }
    // Most words mark nothing, and tell it without a call: no tense reading, and capitalized, short, or
    // with a last byte that no past suffix ends with.
    if t.bits() & MARKER_BITS == 0 && !may_look_past(t, text, lexicon) {
        // "he returns", "it opens": a word the lexicon does not know, after a subject pronoun, in a present form;
        // or after a singular noun that "the" or a possessive opens at the head of a sentence or a clause
        // ("The line shuts at 10pm on Friday", "its museum reopens").
        // (A verb of appearing or a linking verb is such a word: its reading only tells what "before" after it
        // means, or that a participle after it is a state.)
        let unknown = (t.bits() & !(Lexeme::Appearance.bit() | Lexeme::Linking.bit())) == 0;
        let subject = || {
            k > 0
                && (tokens[k - 1].is(Lexeme::Subject)
                    || (k >= 2 && tokens[k - 2].any(DETERMINER) && noun_subject(tokens, k - 1, text, lexicon)))
        };
        if !unknown || !(subject() || subject_before(tokens, k, text, lexicon)) {
            return None;
        }
        // After a singular subject, a present form agrees with it ("it cuts"): a verb whose past form is its
        // plain form is past there ("Lumio cut 8% of its staff in January", "The firm cut jobs in January").
        let word = t.text(text);
        if lexicon.looks_present(word) {
            return subject().then_some(Tense::Present);
        }
        return lexicon.is_unchanged_past(word).then_some(Tense::Past);
    }
    marker_of_word(tokens, k, text, lexicon)
}

/// True when the token before token `k` is a name at the head of a sentence or a clause, the subject that a
/// verb at `k` agrees with ("Lumio cut"): a capitalized word the language gives no reading, neither plural
/// nor a stop word ("They cut").
fn subject_before(tokens: &[Token<'_>], k: usize, text: &str, lexicon: &Lexicon) -> bool {
    let Some(name) = k.checked_sub(1).map(|j| &tokens[j]) else { return false };
    (k == 1 || matches!(tokens[k - 2].kind, Kind::Punct(_)))
        && name.is_word()
        && name.has(CAPITALIZED)
        && name.bits() == 0
        && !lexicon.looks_plural(name.text(text))
        && !lexicon.is_stop_word(name.text(text))
}

/// "The" and the possessives, which open a noun phrase.
const DETERMINER: u128 = Lexeme::Function(Function::The).bit()
    | Lexeme::Function(Function::Owner).bit()
    | Lexeme::Function(Function::ThingOwner).bit();

/// [`DETERMINER`] and "a": whatever opens a noun phrase.
const NOUN_OPENER: u128 = DETERMINER | Lexeme::Function(Function::A).bit();

/// True when the token `k`, after a determiner, is a singular noun at the head of a sentence or a clause: the
/// subject that a verb after it agrees with ("The line shuts").
#[inline(never)]
fn noun_subject(tokens: &[Token<'_>], k: usize, text: &str, lexicon: &Lexicon) -> bool {
    (k == 1 || matches!(tokens[k - 2].kind, Kind::Punct(_)))
        && tokens[k].is_word()
        && tokens[k].bits() == 0
        && !lexicon.looks_plural(tokens[k].text(text))
}

/// False for a word that cannot have the form of a past verb, told without reading its text: a past form
/// starts in lowercase, has five letters or more, and ends with a byte that some past suffix ends with.
#[inline(always)]
fn may_look_past(t: &Token<'_>, text: &str, lexicon: &Lexicon) -> bool {
    !t.has(CAPITALIZED)
        && t.end - t.start >= 5
        && text.as_bytes().get(t.end - 1).is_some_and(|&b| lexicon.may_end_past(b))
}

/// True for a word in a past form: one the lexicon lists, or one with a past suffix ([`Lexicon::looks_past`]),
/// told by its bits and last byte before its text is read.
pub(crate) fn past_form(t: &Token<'_>, text: &str, lexicon: &Lexicon) -> bool {
    t.is_word() && (t.is(Lexeme::PastMarker) || (may_look_past(t, text, lexicon) && lexicon.looks_past(t.text(text))))
}

/// The readings that [`marker`] reads.
const MARKER_BITS: u128 = Lexeme::FutureMarker.bit()
    | Lexeme::PresentMarker.bit()
    | Lexeme::Speech.bit()
    | Lexeme::PastMarker.bit()
    | Lexeme::Modal.bit()
    | Lexeme::Function(Function::To).bit();

/// [`marker`] of a word that may mark a tense.
#[inline(never)]
fn marker_of_word(tokens: &[Token<'_>], k: usize, text: &str, lexicon: &Lexicon) -> Option<Tense> {
    let t = &tokens[k];
    // These readings carry no data, so their bits alone answer. A modal with "have" after it speaks of
    // the past ("could have emerged"), unless "have" is the verb itself, with its object or a preposition
    // after it ("would have until March 31", "will have to leave", "would have 30 days").
    const NO_PARTICIPLE: u128 = Lexeme::Function(Function::To).bit()
        | Lexeme::Function(Function::Preposition).bit()
        | Lexeme::Function(Function::A).bit()
        | Lexeme::Function(Function::The).bit()
        | Lexeme::Function(Function::No).bit();
    let participle =
        |j: usize| tokens.get(j).is_none_or(|n| !matches!(n.kind, Kind::Number(_)) && !n.any(NO_PARTICIPLE));
    if t.is(Lexeme::Modal) && tokens.get(k + 1).is_some_and(|n| n.is(Lexeme::PerfectAux)) && participle(k + 2) {
        return Some(Tense::Past);
    }
    // "did not expect the attack on Tuesday": a word of intent that looks ahead on its own ("expect rain on
    // Tuesday") is an infinitive after a form of "do", a modal or "to", and leaves the tense to them.
    if t.is(Lexeme::FutureMarker) && t.is(Lexeme::Intent) && infinitive(tokens, k) {
        return None;
    }
    if t.is(Lexeme::FutureMarker) {
        // "had planned", "had been scheduled for September": a plan told in the past perfect is over.
        let had = |j: usize| k >= j && tokens[k - j].is(Lexeme::PastMarker) && !tokens[k - j].is(Lexeme::BeAux);
        let been = k >= 1
            && tokens[k - 1].is(Lexeme::BeAux)
            && !tokens[k - 1].any(Lexeme::PresentMarker.bit() | Lexeme::PastMarker.bit());
        return Some(if had(1) || (been && had(2)) { Tense::Past } else { Tense::Future });
    }
    // A present form, or a modal that marks no future of its own ("could" is as often past as
    // conditional).
    if t.is(Lexeme::PresentMarker) || (t.is(Lexeme::Modal) && !t.is(Lexeme::FutureMarker)) {
        let present = if t.is(Lexeme::PresentMarker) { Tense::Present } else { Tense::Modal };
        // "is set for Sunday", "are slated for May": a present form of "be", then a word of intent before a
        // preposition, plans ahead ("by" names who set it).
        let intent = |j: usize| tokens.get(j).is_some_and(|n| n.is(Lexeme::Intent));
        let preposition = |j: usize| {
            tokens
                .get(j)
                .is_some_and(|n| n.is(Lexeme::Function(Function::Preposition)) && !n.is(Lexeme::Function(Function::By)))
        };
        if t.is(Lexeme::BeAux) && intent(k + 1) && preposition(k + 2) {
            return Some(Tense::Future);
        }
        // A form in -s is no infinitive ("according to reports").
        let base = !s_form(t, text);
        return (!(base && infinitive(tokens, k))).then_some(present);
    }
    // An irregular participle after a form of "be" is passive ("will be held"), one after a linking verb a
    // state ("will stay closed"): it marks nothing; nor does one that opens a phrase after a comma, with its
    // agent after it (", followed by a turn on Friday", ", led by the mayor"): the clause's verb is elsewhere.
    let by = |j: usize| tokens.get(j).is_some_and(|n| n.is(Lexeme::Function(Function::By)));
    let passive = || {
        k > 0
            && ((tokens[k - 1].any(Lexeme::BeAux.bit() | Lexeme::Linking.bit()) && !t.is(Lexeme::BeAux))
                || (tokens[k - 1].is_punct(',') && by(k + 1)))
    };
    // "were planning", "was expected": the form of "be" leaves the tense to the word after it.
    if t.is(Lexeme::BeAux) && tokens.get(k + 1).is_some_and(|n| n.is(Lexeme::FutureMarker)) {
        return None;
    }
    if t.is(Lexeme::Speech) || (t.is(Lexeme::PastMarker) && !passive()) {
        return Some(Tense::Past);
    }
    // "is to resume", "are set to meet": a present form of "be" with an infinitive after it plans ahead, as
    // does a word of intent ("set to resume", "poised to strike").
    if t.is(Lexeme::Function(Function::To)) {
        let present_be = |j: usize| tokens[j].is(Lexeme::PresentMarker) && tokens[j].is(Lexeme::BeAux);
        // A word of intent may have its object between it and the infinitive ("expect rates to rise",
        // "expect the Fed to raise"): up to two words with no reading but an article's.
        const ARTICLES: u128 = Lexeme::Function(Function::The).bit() | Lexeme::Function(Function::A).bit();
        let object = |t: &Token<'_>| t.is_word() && t.bits() & !ARTICLES == 0;
        let intent_before =
            (1..=3).any(|j| k >= j && tokens[k - j].is(Lexeme::Intent) && tokens[k - j + 1..k].iter().all(object));
        let planned =
            (k >= 1 && present_be(k - 1)) || intent_before || (k >= 2 && tokens[k - 1].is_word() && present_be(k - 2));
        return planned.then_some(Tense::Future);
    }
    if may_look_past(t, text, lexicon) && lexicon.looks_past(t.text(text)) {
        return (!passive()).then_some(Tense::Past);
    }
    None
}

/// True for a word that ends in "s", the form of a present that agrees with a singular subject ("ends",
/// "reopens"), never an infinitive.
#[inline(always)]
fn s_form(t: &Token<'_>, text: &str) -> bool {
    text.as_bytes().get(t.end.wrapping_sub(1)) == Some(&b's')
}

/// True when the word `k` stands where an infinitive does: right after "to", a modal or a verb that governs
/// one ("is to resume", "will resume", "did not meet": the words before it tell the tense), or after one of
/// these and a negation or another lowercase word, an adverb ("will not meet", "would also resume").
fn infinitive(tokens: &[Token<'_>], k: usize) -> bool {
    const GOVERNS: u128 = Lexeme::Function(Function::To).bit()
        | Lexeme::FutureMarker.bit()
        | Lexeme::Modal.bit()
        | Lexeme::PastMarker.bit()
        | Lexeme::PresentMarker.bit();
    let before = |j: usize| k >= j && tokens[k - j].any(GOVERNS);
    let adverb = k > 0 && tokens[k - 1].is_word() && !tokens[k - 1].has(CAPITALIZED);
    before(1) || (adverb && before(2))
}

/// True when a token marks a tense by a reading of the lexicon, not by its ending alone.
fn listed_marker(t: &Token<'_>) -> bool {
    t.any(
        Lexeme::FutureMarker.bit()
            | Lexeme::PresentMarker.bit()
            | Lexeme::PastMarker.bit()
            | Lexeme::Speech.bit()
            | Lexeme::Modal.bit(),
    )
}

/// True when token `k` is a quotation mark: a double quote, a curly one, a backtick, or one of two
/// apostrophes written for a double quote ("''").
fn quote_mark(tokens: &[Token<'_>], k: usize) -> bool {
    let apostrophe = |j: usize| tokens.get(j).is_some_and(|t| t.is_punct('\''));
    match tokens[k].kind {
        Kind::Punct('"' | '\u{201c}' | '\u{201d}' | '`') => true,
        Kind::Punct('\'') => apostrophe(k + 1) || (k > 0 && apostrophe(k - 1)),
        _ => false,
    }
}

/// True for punctuation that ends a clause: a comma, a semicolon, a point, a colon, "!" or "?".
pub(crate) fn clause_break(t: &Token<'_>) -> bool {
    matches!(t.kind, Kind::Punct(',' | ';' | '.' | ':' | '!' | '?'))
}

/// [`clause_break`] of the token `k`, where a point or comma inside a figure ("$6.1 million", "3,000")
/// breaks nothing.
fn clause_break_at(tokens: &[Token<'_>], k: usize) -> bool {
    let number = |j: usize| tokens.get(j).is_some_and(|t| matches!(t.kind, Kind::Number(_)));
    let inside_figure = k > 0 && number(k - 1) && number(k + 1) && !tokens[k].spaced() && !tokens[k + 1].spaced();
    clause_break(&tokens[k]) && !inside_figure
}

/// Sets the tense, attribution and background of every mention inside a sentence.
/// `sentences` are byte spans in order; mentions outside them keep their defaults.
pub fn annotate(
    text: &str,
    tokens: &[Token<'_>],
    sentences: &[(usize, usize)],
    mentions: &mut [Mention],
    lexicon: &Lexicon,
) {
    let mut s = 0;
    // The current sentence's tokens, and whether it frames its amounts as quarterly: found once per sentence.
    let mut current: Option<(usize, Range<usize>, bool)> = None;
    // The mentions that close a participle's phrase on the subject ([`reduced_relative`]).
    let mut reduced = Vec::new();
    for (i, m) in mentions.iter_mut().enumerate() {
        while s < sentences.len() && sentences[s].1 <= m.start {
            s += 1;
        }
        let Some(&(ss, se)) = sentences.get(s) else { break };
        if m.start < ss || m.end > se {
            continue;
        }
        let (sentence, q) = match &current {
            Some((at, range, q)) if *at == s => (range.clone(), *q),
            _ => {
                let range = sentence_tokens(tokens, (ss, se));
                let before = || {
                    let window = tokens.partition_point(|t| t.start + QUARTER_REACH < ss);
                    tokens[window..range.start].iter().any(names_quarter)
                };
                let q = quarterly_tokens(&tokens[range.clone()], before);
                current = Some((s, range.clone(), q));
                (range, q)
            }
        };
        annotate_in(text, tokens, sentence.clone(), m, lexicon, q);
        // `annotate_in` has marked a time given up ([`moved`]); the words of a comparison mark the rest.
        m.compared = m.compared || compared(tokens, sentence.clone(), m);
        // The mention's tokens, found once for both tests.
        let within = &tokens[sentence.clone()];
        let span = (
            sentence.start + within.partition_point(|t| t.start < m.start),
            sentence.start + within.partition_point(|t| t.start < m.end),
        );
        m.aside = aside(text, tokens, sentence.clone(), span, lexicon);
        if !m.aside && reduced_relative(text, tokens, sentence, span, lexicon) {
            m.aside = true;
            reduced.push(i);
        }
    }
    // A participle's phrase on the subject is an aside to a time that dates the sentence's own event after
    // it ("Samples collected on 2 November tested positive on 4 November"); with none, its time is the
    // nearest to the main clause's ("The warrant issued Monday charged Kopp in the 1995 shooting").
    for i in reduced {
        let Some(&(_, se)) = sentences.get(sentences.partition_point(|&(_, se)| se <= mentions[i].start)) else {
            continue;
        };
        let own = |m: &Mention| {
            m.expr.is_point()
                && m.range != RangeRole::End
                && !(m.named || m.aside || m.compared || m.attributed || m.background)
        };
        if !mentions[i + 1..].iter().take_while(|m| m.end <= se).any(own) {
            mentions[i].aside = false;
        }
    }
    // The years that frame their sentences, read once every mention of a sentence is annotated.
    let mut k = 0;
    for &(ss, se) in sentences {
        while k < mentions.len() && mentions[k].start < ss {
            k += 1;
        }
        let n = mentions[k..].iter().take_while(|m| m.end <= se).count();
        if n > 1 {
            frame(tokens, tokens.partition_point(|t| t.start < ss), &mut mentions[k..k + n]);
        }
        k += n;
    }
}

/// The most tokens between the comma that opens an aside and the expression in it: ", convicted on Jan. 26".
pub(crate) const ASIDE_OPEN: usize = 6;
/// The most tokens between the expression in an aside and the comma that closes it.
const ASIDE_CLOSE: usize = 3;
/// The most tokens between the comma that opens a relative clause and the expression in it, and between
/// the expression and the comma that closes it: a relative clause runs longer than a participle's phrase
/// ("Ellison, whose studies of coral bleaching in the 1980s changed how the world saw its reefs, died on
/// Sunday").
const RELATIVE_REACH: usize = 12;

/// Whether the expression at tokens `first..last`, inside the sentence whose tokens are `sentence` among
/// `tokens`, sits in a phrase set off by commas that a participle or a relative pronoun opens
/// ([`Mention::aside`]): ", set for March 28, was moved", ", convicted on Jan. 26, was", ", who resigned on
/// Friday, said", or in one that a past participle opens at the head of the sentence ("Born in Leeds on 12
/// June 1932, Ellison moved"). A comma with "and" after it closes a list of predicates, not an aside
/// ("struck, killed 20 on Monday, and left"), unless a determiner follows ("founded in 1998, and its
/// rival"). Asked by [`annotate`], for the timeline.
fn aside(
    text: &str,
    tokens: &[Token<'_>],
    sentence: Range<usize>,
    (first, last): (usize, usize),
    lexicon: &Lexicon,
) -> bool {
    if parenthesized(tokens, sentence.clone(), (first, last)) {
        return true;
    }
    // A comma within `reach` tokens after the expression, with the sentence going on after it: "and" after the
    // comma joins another predicate ("struck, killed 20 on Monday, and left"), unless a determiner after it
    // opens another subject ("The company, founded in 1998, and its rival ...").
    let closed = |reach: usize| {
        let Some(close) = (last..sentence.end).take(reach + 1).find(|&k| clause_break(&tokens[k])) else {
            return false;
        };
        let goes_on = tokens.get(close + 1).is_some_and(|t| {
            close + 1 < sentence.end
                && t.is_word()
                && (!t.is(Lexeme::Function(Function::And)) || tokens.get(close + 2).is_some_and(|d| d.any(NOUN_OPENER)))
        });
        // An adverb set off by commas inside the predicate ("resigned last year to seek, unsuccessfully, a seat")
        // closes no phrase.
        let inserted = tokens.get(close + 2).is_some_and(|c| c.is_punct(','))
            && tokens.get(close + 1).is_some_and(|t| t.is_word() && lexicon.looks_adverb(t.text(text)));
        tokens[close].is_punct(',') && goes_on && !inserted
    };
    // As far back as a relative clause on an appositive's noun reaches.
    let reach = RELATIVE_REACH + APPOSED_HEAD;
    let Some(open) = (sentence.start..first).rev().take(reach).find(|&k| clause_break(&tokens[k])) else {
        // A phrase that a past participle opens at the head of the sentence ("Born in Leeds on 12 June 1932,
        // Ellison moved to Australia in 1958").
        return first - sentence.start < RELATIVE_REACH
            && fronted(text, tokens, sentence.start, lexicon)
            && closed(RELATIVE_REACH);
    };
    let pronoun = |t: &Token<'_>| t.is(Lexeme::Function(Function::That));
    // A relative clause on an appositive's noun (", the surgeon who led the first operation in 1964,"; ", a
    // startup that nearly collapsed in 2015,") is an aside as one right after the comma is.
    let on_appositive = || {
        (open + 2..first)
            .take(APPOSED_HEAD)
            .find(|&k| pronoun(&tokens[k]))
            .is_some_and(|k| first - k < RELATIVE_REACH && appositive(text, tokens, sentence.start, open..k, lexicon))
    };
    let relative = (first - open <= RELATIVE_REACH && tokens.get(open + 1).is_some_and(pronoun)) || on_appositive();
    let near = first - open <= ASIDE_OPEN;
    let participle = open + 1 < first && (relative || (near && opens_aside(text, tokens, open, lexicon)));
    let apposed =
        !participle && near && open + 1 < first && appositive(text, tokens, sentence.start, open..first, lexicon);
    tokens[open].is_punct(',') && (participle || apposed) && closed(if relative { RELATIVE_REACH } else { ASIDE_CLOSE })
}

/// The most tokens between a parenthesis and an expression inside it: "(completed in late 2009)".
const PAREN_REACH: usize = 8;

/// Whether the expression at tokens `first..last` stands inside parentheses within the sentence whose tokens
/// are `sentence`, after words of the sentence: "the Lagos Library (completed 2009) won the award in 2010",
/// "Her father, Chidi Okoye (1928–2001), was a judge". Not parentheses that open the sentence, nor an
/// expression that the parentheses hold with nothing else of the sentence before them.
fn parenthesized(tokens: &[Token<'_>], sentence: Range<usize>, (first, last): (usize, usize)) -> bool {
    let open =
        (sentence.start..first).rev().take(PAREN_REACH).find(|&k| matches!(tokens[k].kind, Kind::Punct('(' | ')')));
    let close = (last..sentence.end).take(PAREN_REACH).find(|&k| matches!(tokens[k].kind, Kind::Punct('(' | ')')));
    let (Some(o), Some(c)) = (open, close) else { return false };
    o > sentence.start && tokens[o].is_punct('(') && tokens[c].is_punct(')')
}

/// The most words of a subject that an appositive follows: "Castleford", "The Seattle company".
const APPOSED_HEAD: usize = 4;

/// Whether the expression at tokens `first..last`, inside the sentence whose tokens are `sentence`, closes a
/// past participle's phrase on the sentence's subject with no commas around it, the sentence's verb in the past
/// or the present right after it ("Samples collected on 2 November tested positive on 4 November"; "The bill
/// passed on Tuesday cleared the Senate"; "A stopgap passed in September runs out on Dec. 12"): the phrase, a
/// relative clause cut short, tells an event of its own. The
/// participle stands right after the subject ([`subject_head`]), "on", "in" or "at" perhaps between it and
/// the expression; not when the verb after the expression opens a phrase of its own ("died on Monday aged
/// 84", "rose in 2019 based on", "led by"), nor when it modifies a unit's noun ("Sales increased in the
/// quarter ended Sept. 30").
fn reduced_relative(
    text: &str,
    tokens: &[Token<'_>],
    sentence: Range<usize>,
    (first, last): (usize, usize),
    lexicon: &Lexicon,
) -> bool {
    use super::temporal::bit;
    let placed = first.checked_sub(1).is_some_and(|k| k > sentence.start && tokens[k].any(PLACING));
    let Some(participle) = first.checked_sub(1 + usize::from(placed)).filter(|&k| k > sentence.start) else {
        return false;
    };
    let p = &tokens[participle];
    let opens_phrase = |j: usize| {
        tokens.get(j).is_some_and(|t| {
            j < sentence.end
                && (matches!(t.kind, Kind::Number(_))
                    || t.any(
                        bit::CARDINAL | Lexeme::Function(Function::By).bit() | Lexeme::Function(Function::On).bit(),
                    ))
        })
    };
    // A participle after a unit's noun modifies it ("in the quarter ended Sept. 30"): no verb.
    let noun = last > first && tokens[last - 1].any(bit::UNIT);
    // The main clause's verb: in the past, or in the present ("A stopgap passed in September runs out on Dec.
    // 12": a present form the lexicon lists, or an unknown word in a present form).
    let present = |t: &Token<'_>| {
        t.is(Lexeme::PresentMarker) || (t.is_word() && t.bits() == 0 && lexicon.looks_present(t.text(text)))
    };
    let verb = last < sentence.end
        && !noun
        && (past_form(&tokens[last], text, lexicon) || present(&tokens[last]))
        && !tokens[last].is(Lexeme::Speech);
    past_form(p, text, lexicon)
        && !p.any(Lexeme::Speech.bit() | Lexeme::BeAux.bit())
        && subject_head(text, &tokens[sentence.start..participle], lexicon)
        && verb
        && !opens_phrase(last + 1)
}

/// Whether the comma at the start of `phrase` (the tokens up to an expression) opens an appositive after the
/// sentence's subject: a name or a noun with its determiner at the head of the sentence, before the
/// sentence's first comma, and words after it that hold no verb, and that neither a preposition nor a
/// conjunction opens ("Castleford, champions in 2024-25, stay top"; "The company, a supplier since 1998,
/// said"). Not a time or a place at the head ("On Monday, ...", "In March, ..."), nor a statement (",
/// officials said on Friday,"), nor an adverb ("Actually, about two years ago,").
fn appositive(text: &str, tokens: &[Token<'_>], start: usize, phrase: Range<usize>, lexicon: &Lexicon) -> bool {
    let open = phrase.start;
    const NOT_OPENING: u128 = PLACING
        | Lexeme::Function(Function::Preposition).bit()
        | Lexeme::Function(Function::From).bit()
        | Lexeme::Function(Function::To).bit()
        | Lexeme::Function(Function::And).bit()
        | Lexeme::Function(Function::That).bit()
        | Lexeme::ClauseConjunction.bit()
        | Lexeme::Subject.bit();
    subject_head(text, &tokens[start..open], lexicon)
        && tokens.get(open + 1).is_some_and(|t| t.is_word() && !t.any(NOT_OPENING))
        && !tokens[open + 1..phrase.end].iter().any(|t| verb(text, t, lexicon))
}

/// A verb: a word that marks a tense ([`marker`]'s readings but "to"), or one in a past form.
fn verb(text: &str, t: &Token<'_>, lexicon: &Lexicon) -> bool {
    t.any(MARKER_BITS & !Lexeme::Function(Function::To).bit()) || past_form(t, text, lexicon)
}

/// Whether the words `head` at the head of a sentence may be its subject: a name or a noun with its
/// determiner ("Castleford", "The Seattle company", "Samples"), at most [`APPOSED_HEAD`] words with no verb,
/// no function word but "the" and "of" ("The Bank of England"), no word that a time is made of ("Three
/// days later"), nor an adverb alone ("Actually").
fn subject_head(text: &str, head: &[Token<'_>], lexicon: &Lexicon) -> bool {
    use super::temporal::bit;
    const NOT_IN_HEAD: u128 =
        (bit::FUNCTION & !bit::THE & !Lexeme::Function(Function::A).bit() & !Lexeme::Function(Function::Of).bit())
            | bit::MONTH
            | bit::WEEKDAY
            | bit::DAY_WORD
            | bit::UNIT
            | bit::CARDINAL
            | bit::ORDINAL
            | bit::SHIFT
            | Lexeme::ClauseConjunction.bit()
            | Lexeme::Subject.bit();
    let article = Lexeme::Function(Function::The).bit() | Lexeme::Function(Function::A).bit();
    let capitalized_head = head.first().is_some_and(|t| t.has(CAPITALIZED) || t.any(article));
    // "Actually, ...", "Separately, ...": an adverb at the head is no subject.
    let adverb = |t: &Token<'_>| lexicon.with_lower(t.text(text), |w| lexicon.looks_adverb(w));
    (1..=APPOSED_HEAD).contains(&head.len())
        && capitalized_head
        && !(head.len() == 1 && adverb(&head[0]))
        && head.iter().all(|t| t.is_word() && !t.any(NOT_IN_HEAD) && !verb(text, t, lexicon))
}

/// Whether the sentence that starts at token `start` opens with a past participle and a preposition or a
/// month or weekday after it ("Born in", "Elected in", "Convicted of", "Born March 3, 1934"; not "United
/// Airlines"), not a verb of saying.
pub(crate) fn fronted(text: &str, tokens: &[Token<'_>], start: usize, lexicon: &Lexicon) -> bool {
    let preposition = PLACING
        | Lexeme::Function(Function::Preposition).bit()
        | Lexeme::Function(Function::Of).bit()
        | Lexeme::Function(Function::From).bit()
        | Lexeme::Function(Function::To).bit();
    let named_day =
        Lexeme::Month(1).bit() | Lexeme::MonthAbbr(1).bit() | Lexeme::Weekday(1).bit() | Lexeme::WeekdayAbbr(1).bit();
    let (Some(t), Some(next)) = (tokens.get(start), tokens.get(start + 1)) else { return false };
    t.is_word()
        && !t.is(Lexeme::Speech)
        && next.any(preposition | named_day)
        && (t.is(Lexeme::PastMarker) || lexicon.with_lower(t.text(text), |w| lexicon.looks_past(w)))
}

/// Whether the token after token `open` (a comma) opens an aside: a past participle, a word of intent with a
/// preposition after it (", convicted on", ", set for"; not "about" in ", about two years ago,"), or a
/// relative pronoun (", who resigned on Friday,"); not a verb of saying.
pub(crate) fn opens_aside(text: &str, tokens: &[Token<'_>], open: usize, lexicon: &Lexicon) -> bool {
    let preposition = Lexeme::Function(Function::Preposition).bit() | Lexeme::Function(Function::To).bit();
    tokens.get(open + 1).is_some_and(|t| {
        t.is_word()
            && !t.is(Lexeme::Speech)
            && (t.any(Lexeme::FutureMarker.bit() | Lexeme::Function(Function::That).bit())
                || (t.is(Lexeme::Intent) && tokens.get(open + 2).is_some_and(|n| n.any(preposition)))
                || past_form(t, text, lexicon))
    })
}

/// Reads a day that a clock time before it is placed on ("until 9am on Thursday", "after 5pm on Tuesday", "at
/// 3.30am on Boxing Day") in the tense of the time's clause, as put off to ([`Mention::deferred`]) and as
/// background only when the time is ("shortly before midnight on 14 November" dates its event; "before" governs
/// the time, not the day): the words before the time, which decided it, govern the day too. `mentions` are in
/// order and annotated.
pub fn share_clock_reading(text: &str, mentions: &mut [Mention], lexicon: &Lexicon) {
    for k in 1..mentions.len() {
        let (before, after) = mentions.split_at_mut(k);
        let (clock, day) = (&before[k - 1], &mut after[0]);
        // A range's end takes its tense from the range ("from 9am to 5pm on Saturday"): not shared.
        let on_day = matches!(clock.expr, Expr::Clock { day: Some(_), .. } | Expr::DayPart { day: Some(_), .. });
        let placed = clock.expr.is_clock_time()
            && on_day
            && clock.range == RangeRole::None
            && matches!(
                day.expr,
                Expr::Weekday { .. } | Expr::Date { day: Some(_), .. } | Expr::Named { name: Named::Holiday(_), .. }
            )
            && (day.tense != clock.tense || day.background != clock.background || day.deferred != clock.deferred)
            && text.get(clock.end..day.start).is_some_and(|gap| {
                lexicon.lookup(gap.trim()).iter().any(|l| matches!(l, Lexeme::Function(Function::On | Function::At)))
            });
        if placed {
            day.tense = clock.tense;
            day.backshifted = clock.backshifted;
            day.background = clock.background;
            day.deferred = clock.deferred;
        }
    }
}

/// Whether the mention `m`, inside the sentence whose tokens are `sentence` among `tokens`, is a term of a
/// comparison ([`Mention::compared`]): a word of comparison before it in its clause ("compared with a year
/// earlier"), or "from" and an amount right before it ("up from 58% in 2019"). Asked by [`annotate`], for
/// the timeline; the tagger's values do not depend on it.
fn compared(tokens: &[Token<'_>], sentence: Range<usize>, m: &Mention) -> bool {
    let within = &tokens[sentence.clone()];
    let first = sentence.start + within.partition_point(|t| t.start < m.start);
    let opens_span = m.range == RangeRole::Start;
    // "from $4 million, or 24 cents a share, a year earlier": the amount before the aside.
    let aside =
        first.checked_sub(1).filter(|&k| k > sentence.start).and_then(|k| restatement_opens(tokens, sentence.start, k));
    if from_amount(tokens, sentence.start, first, opens_span)
        || aside.is_some_and(|open| from_amount(tokens, sentence.start, open, opens_span))
    {
        return true;
    }
    let mut k = first;
    for _ in 0..SINCE_WINDOW {
        if k == sentence.start {
            return false;
        }
        k -= 1;
        if clause_break_at(tokens, k) {
            // The amount restated in an aside ("compared with $38.9 million, or 66 cents a share, a year
            // ago") leaves the comparison open.
            match restatement_opens(tokens, sentence.start, k) {
                Some(open) => k = open,
                None => return false,
            }
        } else if tokens[k].is(Lexeme::Comparison) {
            return true;
        }
    }
    false
}

/// The most tokens between "from" and a time after it that a move gives up or sets: "from its planned release
/// on", "from Tuesday to".
const FROM_PHRASE: usize = 6;

/// What a time is to a verb that moves a time before it ([`moved`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Moved {
    /// The time given up, after "from" ("postponed the hearing from Tuesday", "pushing it back from its planned
    /// release on March 19").
    GivenUp,
    /// The time set, after "to" and a time given up ("from Tuesday to Thursday", "brought forward from Friday to
    /// Thursday").
    Set,
}

/// What the mention `m` is to a verb that moves a time ([`Lexicon::moves_time`]) with "from" at most
/// [`FROM_PHRASE`] tokens before it in its clause, if anything. `sent_first` is the index of the sentence's
/// first token, `first` of the mention's.
fn moved(
    text: &str,
    tokens: &[Token<'_>],
    sent_first: usize,
    first: usize,
    m: &Mention,
    lexicon: &Lexicon,
) -> Option<Moved> {
    // Only a time that "from" leads, a preposition at the end of a phrase after "from", or "to" after one.
    let role = match m.lead {
        _ if m.range != RangeRole::None => return None,
        Lead::From | Lead::Preposition => Moved::GivenUp,
        Lead::Until => Moved::Set,
        _ => return None,
    };
    let from = Lexeme::Function(Function::From);
    for k in (sent_first..first).rev().take(FROM_PHRASE) {
        // "from" is read first: most times have none before them, and a mark is asked about only then.
        if tokens[k].is(from) {
            return crate::parse::temporal::moved_from(text, tokens, k, lexicon).then_some(role);
        }
        if clause_break(&tokens[k]) && clause_break_at(tokens, k) {
            return None;
        }
    }
    None
}

/// Where the aside that the comma `close` ends opens, when it restates an amount: a comma, "or" (or
/// "and") and a figure ("$38.9 million, or $0.66 per diluted share,"), at most [`ASIDE_TOKENS`] before.
fn restatement_opens(tokens: &[Token<'_>], sent_first: usize, close: usize) -> Option<usize> {
    if !matches!(tokens[close].kind, Kind::Punct(',')) {
        return None;
    }
    let open = (sent_first..close).rev().take(ASIDE_TOKENS).find(|&k| clause_break_at(tokens, k))?;
    let figure = |t: &Token<'_>| matches!(t.kind, Kind::Number(_)) || t.is_currency();
    (matches!(tokens[open].kind, Kind::Punct(','))
        && tokens.get(open + 1).is_some_and(|t| t.is(Lexeme::Function(Function::And)))
        && tokens.get(open + 2).is_some_and(figure))
    .then_some(open)
}

/// True when a sentence names a quarter, or gives an amount with a quarter named just before it
/// (`quarter_before`, asked only then): earnings copy compares "$5 million, from $4 million a year
/// earlier" quarter to quarter.
pub fn quarterly_sentence(
    tokens: &[Token<'_>],
    (ss, se): (usize, usize),
    quarter_before: impl FnOnce() -> bool,
) -> bool {
    quarterly_tokens(&tokens[sentence_tokens(tokens, (ss, se))], quarter_before)
}

/// Like [`quarterly_sentence`], given the sentence's own tokens.
pub fn quarterly_tokens(sentence: &[Token<'_>], quarter_before: impl FnOnce() -> bool) -> bool {
    let mut has_amount = false;
    for t in sentence {
        if names_quarter(t) {
            return true;
        }
        has_amount = has_amount || amount(t);
    }
    has_amount && quarter_before()
}

/// Like [`quarterly_tokens`] for the sentence `(ss, se)`, given where every word that names a quarter
/// starts, in order, up to the end of the sentence at least: the amounts are looked for only when a
/// quarter is named within [`QUARTER_REACH`] bytes before the sentence and none in it.
pub fn quarterly_named(sentence: &[Token<'_>], (ss, se): (usize, usize), quarters: &[usize]) -> bool {
    let named = |from: usize, to: usize| quarters.iter().rev().take_while(|&&q| q >= from).any(|&q| q < to);
    named(ss, se) || (named(ss.saturating_sub(QUARTER_REACH), ss) && sentence.iter().any(amount))
}

/// True for a word that names a quarter.
pub fn names_quarter(t: &Token<'_>) -> bool {
    t.any(Lexeme::Unit(crate::lang::Unit::Quarter, false).bit())
        && t.lex().iter().any(|l| matches!(l, Lexeme::Unit(crate::lang::Unit::Quarter, _)))
}

/// Whether "from" and an amount stand right before the token `first` of an expression, its preposition
/// aside ("up from 58% in 2019", "from $4 million a year earlier", "rose from 40 on Monday"), or an amount
/// right before "from" and the expression ("down $2.5 billion from 1996", "up 4% from a year earlier"):
/// the expression is the time of the figure compared with, unless it opens a span ("rose 5% from 2019 to
/// 2021", `opens_span`). `sent_first` is the sentence's first token.
fn from_amount(tokens: &[Token<'_>], sent_first: usize, first: usize, opens_span: bool) -> bool {
    let from = Lexeme::Function(Function::From);
    if !opens_span && first > sent_first + 1 && tokens[first - 1].is(from) && amount_ends(tokens, sent_first, first - 1)
    {
        return true;
    }
    let preposition = PLACING | Lexeme::Function(Function::Preposition).bit();
    let mut k = first;
    if k > sent_first && tokens[k - 1].any(preposition) {
        k -= 1;
    }
    let mut figure = false;
    for _ in 0..AMOUNT_TOKENS {
        if k == sent_first {
            return false;
        }
        let t = &tokens[k - 1];
        match t.kind {
            Kind::Number(_) => figure = true,
            Kind::Punct('$' | '\u{a3}' | '\u{20ac}' | '%' | ',' | '.') => {}
            Kind::Word if t.is(Lexeme::Magnitude) => {}
            _ => return figure && t.is(from),
        }
        k -= 1;
    }
    false
}

/// Whether a figure ends right before the token `end`: a number, a percentage or an amount in words
/// ("$2.5 billion"), with its number among the [`AMOUNT_TOKENS`] before.
fn amount_ends(tokens: &[Token<'_>], sent_first: usize, end: usize) -> bool {
    let last = &tokens[end - 1];
    let ends = matches!(last.kind, Kind::Number(_) | Kind::Punct('%')) || last.is(Lexeme::Magnitude);
    ends && (sent_first..end).rev().take(AMOUNT_TOKENS).any(|k| matches!(tokens[k].kind, Kind::Number(_)))
}

/// The prepositions that place a time: "in", "on", "at".
const PLACING: u128 =
    Lexeme::Function(Function::In).bit() | Lexeme::Function(Function::On).bit() | Lexeme::Function(Function::At).bit();

/// The most tokens of an amount read before a time: "$ 6 . 1 million", "3 , 000".
const AMOUNT_TOKENS: usize = 6;

/// The most tokens between a word of waiting and the day in the possessive it waits for: "bracing for",
/// "ahead of the".
const ANTICIPATION_REACH: usize = 3;

/// The most tokens of an aside that restates an amount: ", or $ 0 . 66 per diluted share ,".
const ASIDE_TOKENS: usize = 12;

/// True for an amount: a currency sign or a word such as "million".
fn amount(t: &Token<'_>) -> bool {
    t.is(Lexeme::Magnitude) || t.is_currency()
}

/// Sets the context of one mention of the sentence `(ss, se)`, whose tokens are among `tokens`;
/// `quarterly` is [`quarterly_sentence`] of that sentence.
pub fn annotate_one(
    text: &str,
    tokens: &[Token<'_>],
    (ss, se): (usize, usize),
    m: &mut Mention,
    lexicon: &Lexicon,
    quarterly: bool,
) {
    annotate_in(text, tokens, sentence_tokens(tokens, (ss, se)), m, lexicon, quarterly);
}

/// Marks the year that frames a sentence and the dates that it frames ([`Mention::frames`],
/// [`Mention::framed`]). `mentions` are the sentence's, in order and annotated; `first` is the index of the
/// sentence's first token.
#[inline]
pub fn frame(tokens: &[Token<'_>], first: usize, mentions: &mut [Mention]) {
    let Some((head, rest)) = mentions.split_first_mut() else { return };
    if rest.is_empty() || !head.expr.names_year() {
        return;
    }
    // Nothing but marks before the year, or the one preposition that leads it ("In 2019, ..."); or the year
    // with its preposition set off by commas after a short subject ("The last shutdown, in 2025, lasted 16 days
    // and ended on Oct. 31").
    let sentence = tokens.get(first..).unwrap_or_default();
    let words = sentence.iter().take_while(|t| t.start < head.start);
    let words = words.filter(|t| !matches!(t.kind, Kind::Punct(_))).take(2).count();
    let appositive = || {
        let at = sentence.partition_point(|t| t.start < head.start);
        let after = sentence.partition_point(|t| t.start < head.end);
        head.lead == Lead::Preposition
            && (3..=SUBJECT_WORDS + 2).contains(&at)
            && sentence[at - 2].is_punct(',')
            && sentence[..at - 2].iter().all(|t| t.is_word())
            && sentence.get(after).is_some_and(|t| t.is_punct(','))
    };
    if !(words == 0 || (words == 1 && head.lead == Lead::Preposition) || appositive()) {
        return;
    }
    // A clause that no word puts in a tense ("Last year, the company cut its forecast in August": "cut" may be
    // either) is told in the year that frames it.
    for m in rest {
        m.framed = matches!(m.tense, Tense::Past | Tense::Completed | Tense::Unknown) && m.expr.lacks_year();
        head.frames |= m.framed;
    }
}

/// The most words of a subject before a year set off by commas that frames its sentence ([`frame`]).
const SUBJECT_WORDS: usize = 4;

/// The indices among `tokens` (in order) of the tokens that start inside the sentence `(ss, se)`.
pub fn sentence_tokens(tokens: &[Token<'_>], (ss, se): (usize, usize)) -> Range<usize> {
    let first = tokens.partition_point(|t| t.start < ss);
    first..first + tokens[first..].partition_point(|t| t.start < se)
}

/// Like [`annotate_one`], given the indices of the sentence's tokens ([`sentence_tokens`]), found once
/// for all the mentions of a sentence. The mention lies inside the sentence.
pub fn annotate_in(
    text: &str,
    tokens: &[Token<'_>],
    sentence: Range<usize>,
    m: &mut Mention,
    lexicon: &Lexicon,
    quarterly: bool,
) {
    // A range past the tokens is cut to them.
    let sent_last = sentence.end.min(tokens.len());
    let sent_first = sentence.start.min(sent_last);
    let within = &tokens[sent_first..sent_last];
    let first = sent_first + within.partition_point(|t| t.start < m.start);
    let last = sent_first + within.partition_point(|t| t.start < m.end);

    let (tense, decider) = clause_tense(text, tokens, (sent_first, sent_last), (first, last), m, lexicon);
    m.tense = tense;
    // The time that a verb moving a time gives up was one arranged: the nearest such time, on either side
    // ("moved from March 19 to June", written in November, gives up next March 19); the time it sets lies
    // ahead, and the move, not the time, is the sentence's event ([`Mention::deferred`]).
    let moved = moved(text, tokens, sent_first, first, m, lexicon);
    match moved {
        Some(Moved::GivenUp) => {
            m.tense = Tense::Present;
            m.compared = true;
        }
        Some(Moved::Set) => m.tense = Tense::Future,
        None => {}
    }
    // A weekday told as the future of a past statement: the future marker that decides is also a modal
    // ("would", "might") on the left.
    m.backshifted = m.tense == Tense::Future
        && m.expr.plain_weekday().is_some()
        && decider.is_some_and(|k| k < first && tokens[k].is(Lexeme::Modal));

    // "Wednesday's ruling": an expression in the possessive names something that has happened, unless a
    // verb of the future decides its clause ("Thursday's meeting will go ahead"; not "would", the future of
    // a past statement: "would look for ways around Wednesday's ruling"; nor one beyond a comma, when the
    // possessive sits in a phrase set off by it: "will receive $38.50 a share, a premium to Friday's close").
    // What the day's event is planned as ("called off Thursday's planned walkout", "Friday's scheduled vote"),
    // or what the clause's event waits for ("ahead of Friday's jobs report"), has not come when the clause's
    // event is told: the day lies nearest the time of speaking, on either side.
    if tokens.get(last).is_some_and(|t| t.is(Lexeme::Possessive)) {
        let between = |k: usize| tokens.get(k + 1..first).or_else(|| tokens.get(last..k)).unwrap_or(&[]);
        let will = m.tense == Tense::Future
            && decider.is_some_and(|k| {
                tokens[k].is(Lexeme::FutureMarker)
                    && !tokens[k].is(Lexeme::Modal)
                    && !between(k).iter().any(|t| t.is_punct(','))
            });
        let planned = tokens.get(last + 1).is_some_and(|t| t.is(Lexeme::FutureMarker) && !t.is(Lexeme::Modal));
        // What the clause's event waited for ("rose ahead of Friday's jobs report", "bracing for Thursday's
        // data"): a word of waiting at most two words before the day.
        let awaited = (first.saturating_sub(ANTICIPATION_REACH).max(sent_first)..first)
            .any(|k| tokens[k].is(Lexeme::Anticipation));
        if (planned || awaited) && !will && m.expr.plain_weekday().is_some() {
            m.tense = Tense::Present;
        } else if !will {
            m.tense = Tense::Past;
        }
        m.named = true;
    }

    // A year or a decade between "the" or a possessive (in its span or before it) and a noun ("the 1890s
    // bridge", "its 2019 purchase", "the 2022 vote") is the time of a thing or of another event, as a day in the possessive is.
    // So is a month without its day ("the January window", "the November elections").
    let period = matches!(
        m.expr,
        Expr::Date { year: Some(super::expr::YearSpec::Full(_)), month: None, day: None }
            | Expr::Date { month: Some(_), day: None, .. }
            | Expr::Decade { .. }
    );
    // "its factory survey for November", "the jobs report for the third quarter": the period that a report
    // covers, after "for" and a noun (what is planned for a time has a participle before "for": "the vote
    // planned for November").
    let covers = matches!(
        m.expr,
        Expr::Date { day: None, month: Some(_), .. }
            | Expr::Named { name: Named::Quarter(_) | Named::Half(_) | Named::Month(_), .. }
    ) && first >= sent_first + 2
        && tokens[first - 1].is(Lexeme::Purpose)
        && {
            let noun = &tokens[first - 2];
            noun.is_word() && noun.bits() == 0 && !noun.has(CAPITALIZED) && !past_form(noun, text, lexicon)
        };
    m.covered = covers && m.range == RangeRole::None;
    m.named |= period
        && m.range == RangeRole::None
        && ((first + 1 < last && tokens[first].any(DETERMINER))
            || (first > sent_first && tokens[first - 1].any(DETERMINER)))
        && tokens.get(last).is_some_and(|t| t.is_word() && t.bits() == 0);

    // A weekday that something is for ("upgraded its warning to amber for Wednesday", "the rally planned for
    // Saturday was called off"): the day it is set for lies nearest the time of speaking, on either side, as
    // what was set in the past is often still ahead. Not one in the possessive ("fined for Tuesday's brawl").
    if m.tense == Tense::Past
        && !m.named
        && first > sent_first
        && tokens[first - 1].is(Lexeme::Purpose)
        && m.expr.plain_weekday().is_some()
    {
        m.tense = Tense::Present;
    }

    // A time that a past act put something off until or to: a verb of deferral at or after the nearest past
    // marker before it ("was postponed"), its object between however long ("adjourned the hearing until
    // Tuesday", "extended its offer of $18 a share, or $576 million, for Telerate Inc. until 5 p.m. Nov. 9",
    // "the vote was pushed back to Thursday"); not after another past verb ("adjourned on Monday, and the strike
    // continued until Friday").
    m.deferred = moved == Some(Moved::Set)
        || (m.lead == Lead::Until
            && m.range == RangeRole::None
            && (sent_first..first)
                .rev()
                .take(FAR_WINDOW)
                .take_while(|&k| !matches!(tokens[k].kind, Kind::Punct(';' | ':')))
                .find(|&k| marker(tokens, k, text, lexicon) == Some(Tense::Past))
                .is_some_and(|k| deferred(tokens, first, first - 1 - k)));

    // A weekday that a past act set the end of, with its object between ("closed schools through Friday", "kept
    // him in custody until Tuesday"): what was set may still run, so the day lies nearest the time of speaking,
    // on either side. (A past verb right before "until" tells what has ended: "the truce held until Sunday"; a
    // day in the possessive names another event: "pushed the index to Friday's high".)
    let after_until = first > sent_first && tokens[first - 1].is(Lexeme::Function(Function::Until));
    if m.tense == Tense::Past
        && after_until
        && m.range == RangeRole::None
        && !m.named
        && m.expr.plain_weekday().is_some()
    {
        m.tense = Tense::Modal;
    }

    // A weekday that labels an entry ("Tuesday: The central bank publishes its report."), in a clause of no
    // tense that can be told, is a day of the week in view: nearest the time of speaking, on either side.
    if m.tense == Tense::Unknown
        && first == sent_first
        && tokens.get(last).is_some_and(|t| t.is_punct(':'))
        && m.expr.plain_weekday().is_some()
    {
        m.tense = Tense::Present;
    }

    // Attribution: a verb of saying just before, in the same clause.
    m.attributed = (sent_first..first)
        .rev()
        .take(SPEECH_WINDOW)
        .take_while(|&k| !clause_break(&tokens[k]))
        .any(|k| tokens[k].is(Lexeme::Speech));
    // A clock time with no day that opens its sentence is an entry's stamp ("21:05 Turkey said ..."): the
    // time of the report, like that of a statement.
    // (A bullet or a dash before it opens nothing: "- 4:35 a.m.: The county issues ...".)
    m.opens = tokens[sent_first..first].iter().all(|t| matches!(t.kind, Kind::Punct(_)));
    m.attributed |= m.opens && matches!(m.expr, crate::parse::expr::Expr::Clock { day: None, .. });
    // A time between the speaker and a verb of saying that a clause follows ("The ministry on Tuesday said
    // that ...", "Russia on Tuesday said its jets ...", "Northwind Rail today confirmed that ...") dates the
    // statement too; not one whose object follows ("Acme today reported revenue for the third quarter").
    let opens_clause = Lexeme::Function(Function::That).bit()
        | Lexeme::Subject.bit()
        | Lexeme::Function(Function::Owner).bit()
        | Lexeme::Function(Function::ThingOwner).bit();
    m.attributed |= first > sent_first
        && tokens.get(last).is_some_and(|t| t.is(Lexeme::Speech))
        && tokens.get(last + 1).is_some_and(|t| t.any(opens_clause));

    // "last year" names the year before even in earnings copy, where "a year ago" names the same quarter a
    // year before.
    // A quarter inside a length counted in years ("a quarter century ago") is none of the calendar.
    let own_quarter = matches!(m.expr, crate::parse::expr::Expr::Relative { .. })
        && tokens.get(first..last).is_some_and(|span| span.iter().any(names_quarter));
    m.quarter_context =
        quarterly && !own_quarter && !tokens.get(first).is_some_and(|t| t.any(Lexeme::Shift(Shift::Last).bit()));

    // Background: "since", "before" or "after" opens the clause the expression sits in ("after Turkey
    // downed a jet on Tuesday" dates what came before the event reported).
    let since_bit = Lexeme::Function(Function::Since).bit();
    let openers = since_bit | Lexeme::Function(Function::After).bit() | Lexeme::Function(Function::Before).bit();
    // Habit: "usually", "typically" before it in its clause, or a frequency of a year before it or "each year"
    // right after it ("held annually in June", "every year in June", "in June each year": every June; "daily
    // in June" is one June), read in the same pass.
    let habit_bit = Lexeme::Function(Function::Habitual).bit();
    let (yearly, every) = (Lexeme::Frequency(Unit::Year), Lexeme::Function(Function::Every).bit());
    let every_year =
        |k: usize| tokens[k].any(every) && tokens.get(k + 1).is_some_and(|t| t.is(Lexeme::Unit(Unit::Year, false)));
    // Whether a word opens a span before it, and the nearest "since" among them.
    // A clock time right after "after" or "before" ("shortly after 10 p.m.", "just before 6 a.m.", "shortly
    // before midnight") is a time, not an event: it dates its clause's event, on its day.
    let clock = m.expr.is_clock_time();
    let governs_clock = |k: usize| clock && k + CLOCK_LEAD_REACH >= first;
    let (mut opened, mut since_at) = (false, None);
    // "and" with a verb after it opens another predicate, out of reach of a "since" before it ("is its largest
    // since its 2019 purchase and is due to complete by June"), as does "and to" with a bare verb after it
    // ("is expected to reach orbit five days after launch and to land on Dec. 3").
    let and = Lexeme::Function(Function::And).bit();
    let bare_verb = |t: &Token<'_>| t.is_word() && t.bits() == 0 && !t.has(CAPITALIZED);
    let infinitive_after =
        |k: usize| k + 2 < first && tokens[k + 1].is(Lexeme::Function(Function::To)) && bare_verb(&tokens[k + 2]);
    let condition = Lexeme::Condition.bit();
    let marks = openers | habit_bit | yearly.bit() | every | condition;
    for k in (sent_first..first).rev().take(SINCE_WINDOW).take_while(|&k| !clause_break(&tokens[k])) {
        let t = &tokens[k];
        if !t.any(marks | and) {
            continue;
        }
        if t.any(and) && k + 1 < first && (marker(tokens, k + 1, text, lexicon).is_some() || infinitive_after(k)) {
            break;
        }
        if t.any(marks) {
            // "appeared before magistrates on Tuesday": "before" places the appearance, and times nothing.
            let placing = t.is(Lexeme::Function(Function::Before)) && k > 0 && tokens[k - 1].is(Lexeme::Appearance);
            opened |= t.any(openers) && !(t.any(openers & !since_bit) && governs_clock(k)) && !placing;
            if since_at.is_none() && t.any(since_bit) {
                since_at = Some(k);
            }
            m.habitual |= t.any(habit_bit) || t.is(yearly) || every_year(k);
            m.conditional |= t.any(condition);
        }
    }
    let since = m.lead == Lead::Since || since_at.is_some();
    m.since = since;
    m.habitual |= last < sent_last && every_year(last);
    // "Historically, prices fell in January": an adverb of habit that opens the sentence, set off by a comma,
    // governs all of it.
    let opening_habit = first >= sent_first + 2
        && tokens[sent_first].any(habit_bit)
        && tokens[sent_first + 1].is_punct(',')
        && !tokens[sent_first + 2..first].iter().any(clause_break);
    m.habitual |= opening_habit;
    m.background = since || opened || (matches!(m.lead, Lead::Before | Lead::After) && !clock);
    // What a span runs "since" has begun: it lies before the time of speaking, whatever the tense around.
    if since {
        m.tense = Tense::Past;
    }
    // "Since" as a preposition ("since January", "since the fire on Dec. 1": no verb between it and the time)
    // names a time that has come; as a conjunction its clause has a verb of its own ("since the talks resume
    // in January": because), and the past is only likely.
    m.begun = since && !since_at.is_some_and(|s| (s + 1..first).any(|k| marker(tokens, k, text, lexicon).is_some()));
    // What happened after a time came after it: the time is done as the event is ("collapsed after Dec. 24");
    // so is a time that a past event ran into ("continued into January", "collapsed three days into the new
    // year").
    let into = first > sent_first && tokens[first - 1].is(Lexeme::Into);
    if (m.lead == Lead::After || into) && m.tense == Tense::Past {
        m.tense = Tense::Completed;
    }
}

/// The tense of the clause around the tokens `first..last` of the sentence `sent_first..sent_last` (token
/// indices): the nearer marker, then the deadline rules, with the marker's token when a near one decided.
/// `range` is the expression's part in a range.
fn clause_tense(
    text: &str,
    tokens: &[Token<'_>],
    (sent_first, sent_last): (usize, usize),
    (first, last): (usize, usize),
    m: &Mention,
    lexicon: &Lexicon,
) -> (Tense, Option<usize>) {
    let range = m.range;
    // Tense: the nearer marker, left first on a tie; a conjunction "that", a relative pronoun ("which",
    // "where") or a quotation mark closes the search on its side, as the clause beyond it has a tense of
    // its own ("warned Wednesday that they should ...", "'We leave Thursday,' he said").
    let same_clause = |k: &usize| !tokens[*k].is(Lexeme::Function(Function::That)) && !quote_mark(tokens, *k);
    // A past form right after a comma with "at", "in", "on" or "by" after it, whose phrase a comma closes
    // before the time, is a participle set off from the clause (", priced at $799, with pre-orders opening on
    // Friday", ", based in Leeds,"): it tells of its phrase alone. A main verb after a subject's aside takes
    // an object or an infinitive (", announced an agreement", ", sought to").
    let set_off = PLACING | Lexeme::Function(Function::By).bit();
    let closed_aside = |k: usize| {
        k > sent_first
            && tokens[k - 1].is_punct(',')
            && tokens.get(k + 1).is_some_and(|t| t.any(set_off))
            && tokens.get(k + 2..first).is_some_and(|between| between.iter().any(|t| t.is_punct(',')))
            && past_form(&tokens[k], text, lexicon)
    };
    let left = (sent_first..first)
        .rev()
        .take(TENSE_WINDOW)
        .take_while(same_clause)
        .enumerate()
        .find_map(|(d, k)| marker(tokens, k, text, lexicon).filter(|_| !closed_aside(k)).map(|t| (d, t)));
    // The left marker wins a tie, so the right one counts only when nearer.
    let right_reach = left.map_or(TENSE_WINDOW, |(dl, _)| dl);
    // A marker guessed from its ending alone does not outweigh a listed one on the left.
    let left_listed =
        left.is_some_and(|(dl, _)| (sent_first..first).rev().nth(dl).is_some_and(|k| listed_marker(&tokens[k])));
    // With a marker on the left, "and" closes the right side: a verb after it is another predicate's ("landed
    // on Tuesday and would depart Friday").
    let and_closes = |k: &usize| left.is_none() || !tokens[*k].is(Lexeme::Function(Function::And));
    let right = (last..sent_last)
        .take(right_reach)
        .take_while(same_clause)
        .take_while(and_closes)
        .enumerate()
        .filter(|&(_, k)| !left_listed || listed_marker(&tokens[k]))
        .find_map(|(d, k)| marker(tokens, k, text, lexicon).map(|t| (d, t)));
    // A verb of saying after a comma frames the clause ("..., officials said"): it does not outweigh the
    // clause's own marker on the left.
    let frame = right.is_some_and(|(dr, _)| {
        let k = last + dr;
        tokens[k].is(Lexeme::Speech) && tokens[last..k].iter().any(|t| t.is_punct(','))
    });
    // The token of the marker that decides, when it is near.
    let (left_at, right_at) = (|dl: usize| first - 1 - dl, |dr: usize| last + dr);
    let mut decider = None;
    let mut tense = match (left, right) {
        (Some((dl, tl)), Some((dr, tr))) => {
            if dl <= dr || frame || participle_phrase(tokens, (first, last), (dl, tl), dr) {
                decider = Some(left_at(dl));
                tl
            } else {
                decider = Some(right_at(dr));
                tr
            }
        }
        (Some((dl, t)), None) => {
            decider = Some(left_at(dl));
            t
        }
        (None, Some((dr, t))) => {
            decider = Some(right_at(dr));
            t
        }
        // Nothing near: the first marker farther on in the clause, as when a long phrase stands between a
        // fronted date and its verb ("In January, a week after the anniversary of ..., a bombing killed").
        (None, None) => (last..sent_last)
            .take(FAR_WINDOW)
            .take_while(same_clause)
            .skip(TENSE_WINDOW)
            .find_map(|k| marker(tokens, k, text, lexicon))
            .or_else(|| {
                (sent_first..first)
                    .rev()
                    .take(FAR_WINDOW)
                    .take_while(same_clause)
                    .skip(TENSE_WINDOW)
                    .find_map(|k| marker(tokens, k, text, lexicon))
            })
            .unwrap_or(Tense::Unknown),
    };

    // "by February", "until Tuesday", "effective Feb. 1" with no tense marker, or a present guessed from a
    // word's form alone ("the program pays down the loan by February"): a deadline, ahead.
    let guessed_present = tense == Tense::Present && decider.is_some_and(|d| !listed_marker(&tokens[d]));
    // These readings carry no data: their bits alone answer. "on" or "from" may stand between ("starting on
    // Sunday", "effective from Jan. 1").
    let on_from = Lexeme::Function(Function::On).bit() | Lexeme::Function(Function::From).bit();
    let k = if first > sent_first + 1 && tokens[first - 1].any(on_from) { first - 1 } else { first };
    let before = |mask: u128| k > sent_first && tokens[k - 1].any(mask);
    let (by, to) = (Lexeme::Function(Function::By).bit(), Lexeme::Function(Function::To).bit());
    let at_in = Lexeme::Function(Function::At).bit() | Lexeme::Function(Function::In).bit();
    // A present form in -s of a verb that is neither "be" nor one of saying: one the lexicon lists ("ends",
    // "reopens"), or one guessed from its form after its subject.
    let timetable = |d: usize, guessed: bool| {
        let t = &tokens[d];
        s_form(t, text)
            && (guessed || (t.is(Lexeme::PresentMarker) && !t.any(Lexeme::BeAux.bit() | Lexeme::Speech.bit())))
    };
    let (until, effective) = (Lexeme::Function(Function::Until).bit(), Lexeme::Function(Function::Effective).bit());
    // "the three months to September", "the year to March": the end of a period that is reported, done,
    // when no verb says otherwise; no deadline. A report still to come covers the nearest such period, on
    // either side ("Results for the six months to 30 September will be published on 12 December").
    let period_end = range != RangeRole::End
        && before(to)
        && k > sent_first + 1
        && tokens[k - 2].any(Lexeme::Unit(Unit::Day, true).bit());
    if period_end {
        if matches!(tense, Tense::Unknown | Tense::Present) {
            tense = Tense::Past;
        } else if tense == Tense::Future {
            tense = Tense::Present;
        }
    } else if (tense == Tense::Unknown || guessed_present) && before(by | to | effective) {
        tense = Tense::Future;
    } else if matches!(tense, Tense::Present | Tense::Modal) && range != RangeRole::End && before(until) {
        // What lasts, or must be done, until then is ahead ("talks do not resume until Tuesday").
        tense = Tense::Future;
    } else if tense == Tense::Present
        && range == RangeRole::None
        && m.expr.is_point()
        && decider
            .is_some_and(|d| timetable(d, guessed_present) && (d + 1 == k || (d + 2 == k && tokens[k - 1].any(at_in))))
    {
        // A verb in the present that takes the time right after it, or after "at" or "in", tells a timetable
        // ("The season ends on 23 May", "the museum reopens in March", written in August): what is set for then
        // is ahead, however near the same day lies behind. A range it takes is a time in force, nearest on either
        // side ("The curfew runs from 10 p.m. Friday to 6 a.m.").
        tense = Tense::Future;
    } else if tense == Tense::Past
        && range != RangeRole::End
        && (before(until) || before(to))
        && left.is_some_and(|(dl, _)| deferred(tokens, first, dl))
    {
        // What was put off until or to then is ahead ("adjourned the hearing until Tuesday", "the vote was pushed
        // back to Thursday"); "until" after a verb that puts nothing off ends what is done ("the truce held until
        // Sunday"). A time in the possessive names another event, past ("pushed the index to Friday's high"): the
        // caller's rule for the possessive reads it so.
        tense = Tense::Future;
    } else if tense == Tense::Past
        && range != RangeRole::End
        && before(until)
        && left.is_some_and(|(dl, t)| {
            let at = Some(left_at(dl));
            t == Tense::Past
                && (at == k.checked_sub(2) || (at == k.checked_sub(3) && tokens[left_at(dl)].is(Lexeme::Linking)))
        })
    {
        // A past verb right before "until" tells how long something went on, as does a linking verb and its
        // state: the end has come ("the protests continued until January" in November is the January before;
        // "schools stayed closed until Wednesday").
        tense = Tense::Completed;
    } else if tense == Tense::Past && range != RangeRole::End && before(effective) {
        // A change made in the past and effective from a time ("created an office, effective Feb. 1") takes
        // effect at the nearest such time, on either side; "to" is no deadline here ("the year to March").
        tense = Tense::Present;
    } else if matches!(tense, Tense::Past | Tense::Unknown)
        && range != RangeRole::End
        && before(Lexeme::Purpose.bit())
        && arranged_for(tokens, sent_first, k - 1)
    {
        // A happening arranged for a time ("set sentencing for March 12", "the vote was set for Thursday") is
        // at the nearest such time, on either side: ahead when it is still to come.
        tense = Tense::Present;
    } else if tense == Tense::Past
        && range != RangeRole::End
        && let Some(at) = decider.filter(|&d| d + 1 == k)
        && object_before(tokens, sent_first, at, Lexeme::Command)
    {
        // A state ordered for a time ("ordered schools closed Wednesday and Thursday"): the participle is the
        // state ordered, not a verb of its own, and the time is when the state holds, nearest on either side.
        tense = Tense::Present;
    } else if tense == Tense::Past
        && left.is_some_and(|(dl, t)| t == Tense::Past && done_right_before(tokens, first, dl, text, lexicon))
    {
        tense = Tense::Completed;
    }
    (tense, decider)
}

/// The most words of an object between a verb of arranging and "for" ([`arranged_for`]).
const ARRANGED_OBJECT: usize = 4;

/// True when a verb of arranging stands before "for" at token `at` (not before token `sent_first`), with at
/// most [`ARRANGED_OBJECT`] words of its object between that mark no tense: "set sentencing for", "called a
/// strike for", "was set for".
fn arranged_for(tokens: &[Token<'_>], sent_first: usize, at: usize) -> bool {
    verb_before_object(tokens, sent_first, at, Lexeme::Arrangement).is_some()
}

/// The token of a verb with the reading `verb` that stands before token `at` (not before token `sent_first`),
/// with at most [`ARRANGED_OBJECT`] words of its object between that mark no tense.
fn verb_before_object(tokens: &[Token<'_>], sent_first: usize, at: usize, verb: Lexeme) -> Option<usize> {
    let object = |t: &Token<'_>| t.is_word() && t.bits() & MARKER_BITS == 0 && !t.is(verb);
    (sent_first..at).rev().take(ARRANGED_OBJECT + 1).find(|&j| !object(&tokens[j])).filter(|&j| tokens[j].is(verb))
}

/// True when a verb with the reading `verb` and at least one word of its object stand before token `at`
/// ([`verb_before_object`]): "ordered schools" before "closed".
fn object_before(tokens: &[Token<'_>], sent_first: usize, at: usize, verb: Lexeme) -> bool {
    verb_before_object(tokens, sent_first, at, verb).is_some_and(|j| j + 1 < at)
}

/// True when the expression at tokens `first..last` closes a phrase that a past participle opens, between a
/// subject and its verb ("the state of emergency declared on Wednesday will remain", "the ban, imposed
/// Friday, is the first"): the past marker `dl` tokens to the left is the expression's verb, though the verb
/// right after it (`dr` tokens on, a comma or words of no reading between) is nearer. The time is the
/// participle's when "on", "in" or "at" stands before it, or nothing does; not a time that it is set for
/// ("the strike called for Monday will go ahead"). The participle has the expression or a preposition right
/// after it: one before its noun is an adjective ("a long-awaited report on Tuesday will show").
fn participle_phrase(tokens: &[Token<'_>], (first, last): (usize, usize), (dl, tl): (usize, Tense), dr: usize) -> bool {
    let preposition = PLACING | Lexeme::Function(Function::Preposition).bit();
    tl == Tense::Past
        && dr <= 1
        && tokens.get(last..last + dr).is_some_and(|between| between.iter().all(|t| t.is_punct(',') || t.bits() == 0))
        && (dl == 0 || (tokens[first - 1].any(PLACING) && tokens[first - dl].any(preposition)))
}

/// The most tokens of an object and the phrases after it between a past verb and the time of the act
/// ([`done_right_before`]): "dismissed 300 workers at its Ohio plant in".
const ACT_PHRASE: usize = 8;

/// True when the tense marker `dl` tokens before the expression that starts at token `first`, or a word
/// between them, puts something off ("postponed the vote until", "gave the parties until").
fn deferred(tokens: &[Token<'_>], first: usize, dl: usize) -> bool {
    first.checked_sub(dl + 1).is_some_and(|k| tokens[k..first].iter().any(|t| t.is(Lexeme::Deferral)))
}

/// True when the past marker `dl` tokens before the expression that starts at token `first` is a verb that
/// tells what happened, right before it or with "in", "on" or "at" between ("rose in January", "closed on
/// Dec. 5", "peaked at the end of January", "ended Oct. 31"), an adverb of manner perhaps before them
/// ("closed early on Christmas Eve"), or the bare noun of a set phrase ("took effect on Jan. 1", "went into
/// effect Jan. 1"), or a past form of "be" with a participle after
/// it ("was held on Christmas Eve"): not a verb of saying, whose report may name a time ahead ("said
/// Monday").
fn done_right_before(tokens: &[Token<'_>], first: usize, dl: usize, text: &str, lexicon: &Lexicon) -> bool {
    let Some(verb) = first.checked_sub(dl + 1).map(|k| &tokens[k]) else { return false };
    // Nothing, "in", "on" or "at", an adverb of manner ("closed early on Christmas Eve", "fell sharply
    // Tuesday"), or both.
    let adverb = |t: &Token<'_>| t.is_word() && lexicon.looks_adverb(t.text(text));
    // A bare noun between the verb and the time, as in the set phrases of a light verb ("took effect on",
    // "took office in", "opened fire on", "went into effect"): a word the lexicon gives no reading. An object
    // with its article may be a thing arranged ahead ("called a strike on Dec. 10"), and is left to the past
    // tense's reach.
    // A word that puts the thing before ("rejected an earlier offer in January", "a previous bid") is an
    // adjective of the object, and what it names is behind.
    let before = |t: &Token<'_>| {
        t.is(Lexeme::Function(Function::Dir(crate::lang::Direction::Earlier)))
            || t.is(Lexeme::AnaphoricShift(Shift::Last))
    };
    let bare_object = |t: &Token<'_>| t.is_word() && (t.bits() == 0 || before(t));
    // An object with its determiner, unless the verb arranges it: "opened an investigation in January" was
    // done then, where "called a strike on Dec. 10" may be ahead.
    let arranged = verb.is(Lexeme::Arrangement);
    let object = |between: &[Token<'_>]| match between {
        [o] => bare_object(o),
        [into, o] if into.is(Lexeme::Into) => bare_object(o),
        [det, rest @ ..] => {
            !arranged && det.any(NOUN_OPENER) && (1..=3).contains(&rest.len()) && rest.iter().all(bare_object)
        }
        _ => false,
    };
    // An object and the phrases after it, of names, nouns, numbers and the prepositions that place or join
    // them ("dismissed 300 workers at its Ohio plant in December", "arrested two men in connection with the
    // robbery in December"): no "to", "for", verb or time between that may look ahead.
    let phrase = |between: &[Token<'_>]| {
        const PART: u128 = NOUN_OPENER
            | PLACING
            | Lexeme::Function(Function::Of).bit()
            | Lexeme::Function(Function::From).bit()
            | super::temporal::bit::CARDINAL
            | Lexeme::Magnitude.bit();
        // A number with its sign is a figure ("8% of its staff", "$5 million in costs").
        let part = |t: &Token<'_>| {
            bare_object(t)
                || t.any(PART)
                || matches!(t.kind, Kind::Number(_) | Kind::Punct('%' | '$' | '\u{a3}' | '\u{20ac}'))
        };
        !arranged
            && (2..=ACT_PHRASE).contains(&between.len())
            && between.iter().all(part)
            && between.iter().any(bare_object)
    };
    let plain_between = |between: &[Token<'_>]| match between {
        [] => true,
        [t] if t.any(PLACING) || adverb(t) => true,
        [a, t] if adverb(a) && t.any(PLACING) => true,
        _ => {
            object(between)
                || between.split_last().is_some_and(|(t, rest)| t.any(PLACING) && (object(rest) || phrase(rest)))
        }
    };
    // A passive tells what happened too: a past form of "be", then a participle ("was held on Christmas Eve",
    // "were killed Tuesday"), not one of saying ("was told on Monday").
    if verb.is(Lexeme::BeAux) {
        // A past form of "be" as the verb, with a preposition that places the time or none ("the hearing was on
        // Jan. 12", "the vote was Tuesday"): the time of what was.
        if dl <= 1 && tokens[first - dl..first].iter().all(|t| t.any(PLACING)) {
            return true;
        }
        let participle = &tokens[first - dl];
        let past_participle = !participle.is(Lexeme::Speech) && past_form(participle, text, lexicon);
        return past_participle && plain_between(&tokens[first - dl + 1..first]);
    }
    plain_between(&tokens[first - dl..first]) && !verb.is(Lexeme::Speech)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{temporal, tokens::tokenize};

    fn annotated(text: &str) -> Vec<Mention> {
        let lx = Lexicon::english();
        let mut toks = Vec::new();
        tokenize(text, lx, &mut toks);
        let mut mentions = temporal::recognize(text, &toks, lx);
        annotate(text, &toks, &[(0, text.len())], &mut mentions, lx);
        mentions
    }

    #[test]
    fn a_year_before_a_noun_names_a_thing_or_another_event() {
        let named = |text: &str| annotated(text).iter().map(|m| m.named).collect::<Vec<_>>();
        assert_eq!(named("Work on the 1890s bridge was first delayed in 2024."), [true, false]);
        assert_eq!(named("It is its largest deal since its 2019 purchase of Keel."), [true]);
        // Not a year that the clause's event happened in, nor one of a range.
        assert_eq!(named("In 2019 the company bought Keel."), [false]);
        assert_eq!(named("The 1990s were good years."), [false]);
        assert_eq!(named("The 2015-16 season ended."), [false, false]);
        // So does a month without its day.
        assert_eq!(named("The January window closes at 11pm on 2 February."), [true, false, false]);
        assert_eq!(named("The window opens in January."), [false]);
    }

    #[test]
    fn a_time_put_off_to_by_a_past_act_is_marked() {
        let deferred = |text: &str| annotated(text).iter().map(|m| m.deferred).collect::<Vec<_>>();
        assert_eq!(deferred("The judge adjourned the hearing until Tuesday."), [true]);
        assert_eq!(deferred("The vote was pushed back to Thursday."), [true]);
        // However long the object, past an aside and an abbreviation's point.
        assert_eq!(
            deferred("Acme Co. extended its offer of $18 a share, or $576 million, for Beta Inc. until Nov. 9."),
            [true]
        );
        // Not after another past verb, nor a time that only lasts, nor a deadline ahead.
        assert_eq!(deferred("The court adjourned on Monday, and the strike continued until Friday."), [false, false]);
        assert_eq!(deferred("The truce held until Sunday."), [false]);
        assert_eq!(deferred("Small firms will have until March."), [false]);
    }

    #[test]
    fn a_weekday_that_a_past_act_set_the_end_of_lies_nearest_on_either_side() {
        // Its object stands between the verb and "through": what was set may still run.
        assert_eq!(annotated("Officials closed schools through Friday.")[0].tense, Tense::Modal);
        // The verb right before "until": what has ended.
        assert_eq!(annotated("The truce held until Sunday.")[0].tense, Tense::Completed);
    }

    #[test]
    fn for_a_weekday_the_day_set_for_lies_nearest_on_either_side() {
        // The day something is for: nearest the time of speaking, whatever the past verb.
        let warning = "The Met Office has upgraded its wind warning to amber for Wednesday.";
        assert_eq!(annotated(warning)[0].tense, Tense::Present);
        assert_eq!(annotated("A rally planned for Saturday was called off.")[0].tense, Tense::Present);
        // Not a day in the possessive, nor a day the verb is done on, nor one that a future verb rules.
        assert_eq!(annotated("He was fined for Tuesday's brawl.")[0].tense, Tense::Past);
        assert_eq!(annotated("Rovers won for the third time on Saturday.")[0].tense, Tense::Past);
        assert_eq!(annotated("The rally will be held for Saturday.")[0].tense, Tense::Future);
        // Nor a month: "the loss for March" is a period reported.
        assert_eq!(annotated("It reported a loss for March.")[0].tense, Tense::Past);
    }

    #[test]
    fn tense_comes_from_the_nearest_marker() {
        assert_eq!(annotated("The ministry said on Tuesday that jets flew.")[0].tense, Tense::Past);
        assert_eq!(annotated("The talks will resume on Tuesday.")[0].tense, Tense::Future);
        assert_eq!(annotated("On Tuesday, jets bombed targets.")[0].tense, Tense::Past);
        assert_eq!(annotated("On Tuesday the sky is blue.")[0].tense, Tense::Present);
        assert_eq!(annotated("On Tuesday the sky blue.")[0].tense, Tense::Unknown);
        // Irregular past forms ("tore", "upheld") are listed.
        assert_eq!(annotated("A bullet tore through his window Friday night.")[0].tense, Tense::Past);
        assert_eq!(annotated("The court upheld the ruling on Monday.")[0].tense, Tense::Completed);
        assert_eq!(annotated("The stock is to resume trading in Paris Tuesday.")[0].tense, Tense::Future);
        assert_eq!(annotated("Talks are set to resume Monday.")[0].tense, Tense::Future);
        assert_eq!(annotated("He warned officials Wednesday that they should leave.")[0].tense, Tense::Completed);
        assert_eq!(annotated("He said that on Monday jets bombed targets.")[0].tense, Tense::Past);
        // A verb of saying after a comma frames the clause; the clause's own marker wins.
        let framed = "Our ships will sail from the port at 4 a.m. Thursday, officials said.";
        assert_eq!(annotated(framed)[0].tense, Tense::Future);
        assert_eq!(annotated("Renzi will visit the area on Thursday, his office said.")[0].tense, Tense::Future);
        assert_eq!(annotated("Jets hit the area on Thursday, officials said.")[0].tense, Tense::Completed);
        assert_eq!(annotated("On Thursday, officials said.")[0].tense, Tense::Past);
        for (open, close) in [("\"", "\""), ("''", "''"), ("\u{201c}", "\u{201d}"), ("``", "''")] {
            let text = format!("{open}Our ships will sail from the port at 4 a.m. Thursday,{close} officials said.");
            assert_eq!(annotated(&text)[0].tense, Tense::Future, "{text}");
        }
        assert_eq!(annotated("Police searched for him since shortly after the Oct. 23 slaying.")[0].tense, Tense::Past);
        assert_eq!(annotated("Prices have risen since Monday.")[0].tense, Tense::Past);
        assert_eq!(annotated("The deal is expected to be completed by Dec. 15.")[0].tense, Tense::Future);
        // A start or an effect set in the past is the nearest such day ("declared ..., starting on Sunday").
        let text = "The government declared three days of mourning, starting on Sunday.";
        assert_eq!(annotated(text)[1].tense, Tense::Present);
        assert_eq!(annotated("The law took effect from Jan. 1.")[0].tense, Tense::Past);
        assert_eq!(annotated("The rule was made effective from Jan. 1.")[0].tense, Tense::Present);
        assert_eq!(annotated("They would get around Wednesday's ruling.")[0].tense, Tense::Past);
        assert_eq!(annotated("Elections will be held in September.")[0].tense, Tense::Future);
        assert_eq!(annotated("The vote was held in September.")[0].tense, Tense::Completed);
        // A modal with "have" speaks of the past; "will have" stays ahead.
        assert_eq!(
            annotated("On April 8, investigators, wondering how he could have left, looked.")[0].tense,
            Tense::Past
        );
        assert_eq!(annotated("On April 8, investigators would decide.")[0].tense, Tense::Future);
        // "could" is as often past as conditional: a modal, whose weekday is the nearest on either side.
        assert_eq!(annotated("He could not be reached Wednesday.")[0].tense, Tense::Modal);
        // A word of intent with an infinitive plans ahead; alone it marks nothing.
        assert_eq!(annotated("The talks, set to resume Monday, may fail.")[0].tense, Tense::Future);
        assert_eq!(annotated("Rebels are poised to strike on Monday.")[0].tense, Tense::Future);
        assert_eq!(annotated("The court set Friday as the deadline.")[0].tense, Tense::Unknown);
        // After a present form of "be", a word of intent before a preposition plans ahead; not after a past one.
        assert_eq!(annotated("The launch is set for Sunday.")[0].tense, Tense::Future);
        assert_eq!(annotated("Talks are slated for next week.")[0].tense, Tense::Future);
        // After a past one the day set for lies nearest, on either side (see the test of "for" above).
        assert_eq!(annotated("The vote, which was set for Sunday, was delayed.")[0].tense, Tense::Present);
        // A present form of a verb that reports what is scheduled; in the infinitive, the words before rule.
        assert_eq!(annotated("The ministers meet separately Monday.")[0].tense, Tense::Present);
        assert_eq!(annotated("Trading was to resume Tuesday.")[0].tense, Tense::Past);
        assert_eq!(annotated("According to reports, rebels now control the city.")[0].tense, Tense::Present);
        // A form of "do" rules its verb; what does not happen until a day is ahead.
        assert_eq!(annotated("The leaders did not meet Monday in Geneva.")[0].tense, Tense::Past);
        assert_eq!(annotated("The talks do not resume until Tuesday.")[0].tense, Tense::Future);
        // A relative pronoun opens a clause with a tense of its own.
        let relative =
            "Officials hoped she would bring aid to the countries where the Aug. 7 blasts killed 257 people.";
        assert_eq!(annotated(relative)[0].tense, Tense::Past);
        // A past form guessed from its ending alone does not outweigh a listed marker on the left.
        let guessed =
            "Qantas will double its flights to India by August in the search for markets untouched by the crisis.";
        assert_eq!(annotated(guessed)[0].tense, Tense::Future);
        // A form of "be" leaves the tense to a marker of the future after it.
        assert_eq!(annotated("Protesters were planning to march on Saturday.")[0].tense, Tense::Future);
        assert_eq!(annotated("Protesters marched on Saturday and were planning more.")[0].tense, Tense::Completed);
        // A past verb right before the time tells what has happened; a verb of saying, or one farther off,
        // may report a time ahead.
        assert_eq!(annotated("Cases rose in January.")[0].tense, Tense::Completed);
        assert_eq!(annotated("The plant closed Dec. 5.")[0].tense, Tense::Completed);
        assert_eq!(annotated("The party was held on Christmas Eve.")[0].tense, Tense::Completed);
        assert_eq!(annotated("The market closed early on Christmas Eve.")[0].tense, Tense::Completed);
        assert_eq!(annotated("Shares fell sharply Tuesday.")[0].tense, Tense::Completed);
        assert_eq!(annotated("The vote was held early in December.")[0].tense, Tense::Completed);
        // A light verb's bare noun, "into" perhaps before it; not an object with its article.
        assert_eq!(annotated("The law took effect on Jan. 1.")[0].tense, Tense::Completed);
        assert_eq!(annotated("The law went into effect Jan. 1.")[0].tense, Tense::Completed);
        assert_eq!(annotated("The union called a strike on Dec. 10.")[0].tense, Tense::Past);
        // An object with its determiner, after a verb that arranges nothing, was acted on then.
        assert_eq!(annotated("The regulator opened an investigation in January.")[0].tense, Tense::Completed);
        assert_eq!(annotated("The board announced a vote on Dec. 10.")[0].tense, Tense::Past);
        assert_eq!(annotated("The law went into the books Jan. 1.")[0].tense, Tense::Past);
        // A past "be" as the verb, with a placing preposition or none.
        assert_eq!(annotated("The hearing was on Jan. 12.")[0].tense, Tense::Completed);
        assert_eq!(annotated("The vote was Tuesday.")[0].tense, Tense::Completed);
        assert_eq!(annotated("The vote was quiet on Jan. 12.")[0].tense, Tense::Past);
        assert_eq!(annotated("The plant closed its doors for good in December.")[0].tense, Tense::Past);
        // A happening arranged for a time lies nearest on either side, as a present tells it.
        assert_eq!(annotated("Judge Park set sentencing for March 12.")[0].tense, Tense::Present);
        assert_eq!(annotated("The vote was set for March 3.")[0].tense, Tense::Present);
        assert_eq!(annotated("The union called a strike for Dec. 10.")[0].tense, Tense::Present);
        assert_eq!(annotated("The firm hired two new staff for March.")[0].tense, Tense::Past);
        // An object and the phrases after it, of nouns, numbers and prepositions that place or join them.
        for done in [
            "Police arrested two men in connection with the robbery in December.",
            "The company dismissed 300 workers at its Ohio plant in December.",
            "Lumio fired 8% of its staff in January.",
            "The firm spent $5 million on repairs in January.",
        ] {
            assert_eq!(annotated(done)[0].tense, Tense::Completed, "{done}");
        }
        // A verb whose past is its plain form is past after a singular subject, which its present would agree
        // with ("cuts"); after a plural one it tells nothing.
        for past in ["Lumio cut staff costs sharply in January.", "It shut the plant for good in March."] {
            assert!(matches!(annotated(past)[0].tense, Tense::Past | Tense::Completed), "{past}");
        }
        assert_eq!(annotated("They cut staff costs sharply in January.")[0].tense, Tense::Unknown);
        assert_eq!(annotated("He was told on Monday.")[0].tense, Tense::Past);
        assert_eq!(annotated("He said Monday it was over.")[0].tense, Tense::Past);
        assert_eq!(annotated("The firm agreed to sell the unit in January.")[0].tense, Tense::Past);
        // What runs since a time began before it, whatever the tense around.
        let since = "The carrier has been on patrol since March and was scheduled to return to port.";
        assert_eq!(annotated(since)[0].tense, Tense::Past);
        // A deadline with no tense marker is ahead; a marker still wins.
        assert_eq!(annotated("Relatives have until 9 a.m. Tuesday to sign the paper.")[0].tense, Tense::Future);
        assert_eq!(annotated("The program pays down the loan by February.")[0].tense, Tense::Future);
        assert_eq!(annotated("By Tuesday, 30 people had died.")[0].tense, Tense::Past);
        // What a past verb put off until a time is ahead, as is a deadline that one had; after another past
        // verb, "until" ends what is done. A change made effective from a time takes effect at the nearest such
        // time; a range's end is not a deadline.
        assert_eq!(annotated("It extended the offer until Nov. 20.")[0].tense, Tense::Future);
        assert_eq!(annotated("The judge adjourned the hearing until Tuesday.")[0].tense, Tense::Future);
        assert_eq!(annotated("The vote was pushed back to Thursday.")[0].tense, Tense::Future);
        assert_eq!(annotated("The hearing was moved to Monday.")[0].tense, Tense::Future);
        assert_eq!(annotated("Buying pushed the index to Friday's high.")[0].tense, Tense::Past);
        assert_eq!(annotated("The truce held until Sunday.")[0].tense, Tense::Completed);
        assert_eq!(annotated("The company had until Sunday to respond.")[0].tense, Tense::Future);
        assert_eq!(annotated("Prices rose in the year to March.")[1].tense, Tense::Past);
        assert_eq!(annotated("It created an office, effective Feb. 1.")[0].tense, Tense::Present);
        assert_eq!(annotated("Fighting raged from Monday to Wednesday.")[1].tense, Tense::Past);
        // A marker beyond the window, in the same clause, when none is near.
        let far = "In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court decision, a \
                   clinic bombing in Birmingham, Ala., killed a guard.";
        assert_eq!(annotated(far)[0].tense, Tense::Past);
        let beyond_that = "In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court decision \
                           that Birmingham, Ala., remembers, a bomb killed a guard.";
        assert_eq!(annotated(beyond_that)[0].tense, Tense::Unknown);
    }

    #[test]
    fn a_participle_set_off_by_commas_tells_of_its_phrase() {
        let text = "The phone goes on sale from 3 December, priced at $799, with pre-orders opening on Friday.";
        assert_ne!(annotated(text)[1].tense, Tense::Past);
        // Inside its phrase it is the time's verb; a main verb after a subject's aside takes an object.
        assert!(matches!(
            annotated("Smith, arrested on Tuesday, will appear on Friday.")[0].tense,
            Tense::Past | Tense::Completed
        ));
        assert_eq!(annotated("Acme, of Peoria, Ill., announced a deal in January.")[0].tense, Tense::Past);
    }

    #[test]
    fn a_time_given_up_is_compared_and_nearest() {
        let given_up = |text: &str| annotated(text).iter().map(|m| (m.compared, m.tense)).collect::<Vec<_>>();
        let (present, future) = ((true, Tense::Present), (false, Tense::Future));
        assert_eq!(given_up("The launch was moved from March 19 to June."), [present, future]);
        assert_eq!(given_up("The studio is pushing it back from its planned release on March 19."), [present]);
        // The time set lies ahead, and the move is the event, whatever the verb says of the direction.
        let set = annotated("The vote was brought forward from Friday to Thursday.");
        assert_eq!((set[1].tense, set[1].deferred), (Tense::Future, true));
        // "from" after a verb that does not move a time, or beyond a comma, opens a span.
        assert!(!annotated("Flights were suspended from March to June.")[0].compared);
        assert!(!annotated("The vote was moved, from what we hear, from May.")[0].compared);
    }

    #[test]
    fn a_time_compared_with_is_marked() {
        let compared = |text: &str| annotated(text).iter().map(|m| m.compared).collect::<Vec<_>>();
        assert_eq!(compared("Turnout was 64%, the commission said, up from 58% in 2019."), [true]);
        assert_eq!(compared("The toll rose from 40 on Monday to 57 on Tuesday."), [true, false]);
        assert_eq!(compared("It earned $7.2 million, compared with $6.1 million a year ago."), [true]);
        assert_eq!(
            compared("Sales were $4.2 billion in March, compared with $3.9 billion in February."),
            [false, true]
        );
        // The amount before "from": "down $2.5 billion from 1996".
        assert_eq!(compared("Trade fell to $14 billion last year, down $2.5 billion from 1996."), [false, true]);
        assert_eq!(compared("Profit rose 4% from a year earlier."), [true]);
        // The amount restated in an aside between the comparison and its time.
        assert_eq!(
            compared("Net was $51 million, compared with $38.9 million, or 66 cents a share, a year ago."),
            [true]
        );
        assert_eq!(
            compared("Profit rose to $5.8 million, or 28 cents a share, from $4 million, or 24 cents, a year earlier."),
            [true]
        );
        // An aside that restates nothing closes the clause.
        assert_eq!(
            compared("Net was $51 million, compared with $38.9 million, the company said, a year ago."),
            [false]
        );
        // An amount with no "from" before it, or a "from" with no amount after it, compares nothing; nor
        // does a count before a span that runs from a time.
        assert_eq!(compared("Sales rose 5% in the third quarter."), [false]);
        assert_eq!(compared("Ships sailed from the Caspian Sea on Monday."), [false]);
        assert_eq!(compared("Jets flew 20 sorties from Monday."), [false]);
        assert_eq!(compared("It rose 5% from 2019 to 2021."), [false, false]);
    }

    /// Whether each expression of `text` is an aside.
    fn aside(text: &str) -> Vec<bool> {
        annotated(text).iter().map(|m| m.aside).collect()
    }

    #[test]
    fn a_time_in_an_aside_that_a_participle_opens_is_marked() {
        assert_eq!(aside("The sentencing, set for March 28, was moved to May 15 on Wednesday."), [true, false, false]);
        assert_eq!(aside("Reed, convicted on Jan. 26, was sentenced on Wednesday."), [true, false]);
        // Not a list of predicates, a statement, nor a phrase that the sentence ends with.
        assert_eq!(aside("Jets struck, destroyed 20 depots on Monday, and left."), [false]);
        assert_eq!(aside("The ban, officials said on Friday, is the first."), [false]);
        assert_eq!(aside("The court met, adjourned on Friday."), [false]);
        // Nor one that an adverb set off by commas inside the predicate seems to close.
        let predicate = "Mr. Stronach, founder of Magna, resigned last year to seek, unsuccessfully, a seat.";
        assert_eq!(aside(predicate), [false]);
        assert_eq!(aside("Actually, about two years ago, the Journal listed it."), [false]);
        // "and" with a determiner after it opens another subject: the phrase before is an aside.
        assert_eq!(aside("The company, founded in 1998, and its rival merged on Monday."), [true, false]);
        assert_eq!(aside("The minister, who resigned on Friday, said on Sunday that she would run."), [true, false]);
        // So is one on an appositive's noun.
        let apposed = "Dame Margaret Okafor, the surgeon who led Nigeria's first open-heart operation in 1964, has died, \
                       her family said on Monday.";
        assert_eq!(aside(apposed), [true, false]);
        assert_eq!(aside("Kestrel, a startup that nearly collapsed in 2015, was sold on Friday."), [true, false]);
        // A relative clause runs longer than a participle's phrase.
        let long = "Ellison, whose studies of coral bleaching in the 1980s changed how the world saw its reefs, \
                    died on Sunday.";
        assert_eq!(aside(long), [true, false]);
        assert_eq!(aside("Ellison, whose studies of reefs were read in many lands, died on Sunday."), [false]);
        let participle = "The ship, repaired by a yard in Norway that the navy had hired in May, sailed on Monday.";
        assert_eq!(aside(participle), [false, false]);
        // A phrase that a past participle opens at the head of the sentence.
        let born = "Born in Leeds on 12 June 1932, Ellison moved to Australia in 1958.";
        assert_eq!(aside(born), [true, false]);
        assert_eq!(aside("Elected in 2019, she resigned on Friday."), [true, false]);
        assert_eq!(aside("Convicted of fraud in May, he was jailed on Monday."), [true, false]);
        assert_eq!(aside("Born March 3, 1934, in Lagos, she moved to London in 1958."), [true, false]);
        // Not a name that ends as a participle does, nor a phrase that another verb opens.
        assert_eq!(aside("United Airlines said on Monday, citing costs, that it would cut flights."), [false]);
        assert_eq!(aside("Speaking on Tuesday, the minister said the talks would resume."), [false]);
        assert_eq!(aside("In 2019, she resigned on Friday."), [false, false]);
        // An appositive after the subject at the head of the sentence.
        // ("2024-25" is a range: two expressions.)
        assert_eq!(aside("Castleford, champions in 2024-25, stay top after a draw on Friday."), [true, true, false]);
        assert_eq!(
            aside("The company, a supplier to Boeing since 1998, said on Monday it would cut jobs."),
            [true, false]
        );
        // Not a time or a place at the head, nor a statement, nor a phrase with a verb at its head.
        assert_eq!(aside("On Monday, in a vote on Friday, the board agreed."), [false, false]);
        assert_eq!(aside("Rovers, officials said on Friday, will appeal."), [false]);
        assert_eq!(aside("Rovers, in a ruling on Friday, were fined."), [false]);
        assert_eq!(aside("Prices rose, pushing inflation in March to 3%, the data showed."), [false]);
        assert_eq!(aside("Three days later, as of Friday's close, the index was down."), [false, false]);
        assert_eq!(aside("And I hope that, whatever happens today, we stay friends."), [false]);
    }

    #[test]
    fn a_time_in_a_participle_phrase_on_the_subject_is_marked() {
        // A relative clause cut short, with no commas: the sentence's verb right after the time.
        let samples = "Samples collected on 2 November tested positive on 4 November.";
        assert_eq!(aside(samples), [true, false]);
        assert_eq!(aside("The bill passed on Tuesday cleared the Senate on Thursday."), [true, false]);
        assert_eq!(aside("Troops deployed in 2015 withdrew in 2017."), [true, false]);
        // Or in the present, after a subject that "a" opens too.
        let stopgap = "A stopgap measure passed in September runs out at midnight on Dec. 12.";
        assert_eq!(aside(stopgap), [true, false, false]);
        assert_eq!(aside("The bridge built in 1887 is closed on Monday."), [true, false]);
        // With no time of the main clause's own event after it, the phrase's time is the nearest to it.
        assert_eq!(aside("The warrant issued Monday charged Kopp in the 1995 shooting."), [false, false]);
        assert_eq!(aside("Samples collected on 2 November tested positive."), [false]);
        // The participle is the sentence's verb, or the word after the time opens a phrase of its own.
        assert_eq!(aside("Police arrested on Monday two men wanted since 2019."), [false, false]);
        assert_eq!(aside("Ellison died on Monday aged 84, his family said on Tuesday."), [false, false]);
        assert_eq!(aside("Prices rose in 2019 based on figures released in March."), [false, false]);
        assert_eq!(aside("He resigned on Monday and left on Friday."), [false, false]);
        assert_eq!(aside("Officials said on Monday talks ended on Friday."), [false, false]);
        assert_eq!(aside("Sales increased in the quarter ended Sept. 30 to $7 million."), [false, false]);
    }

    #[test]
    fn a_time_in_parentheses_after_words_of_its_sentence_is_an_aside() {
        assert_eq!(aside("The Lagos Library (completed 2009) won the award in 2010."), [true, false]);
        assert_eq!(aside("Her father, Chidi Okoye (1928-2001), was a judge."), [true, true]);
        // Not parentheses that open the sentence, nor a time outside them.
        assert_eq!(aside("(Oct. 5) The talks resumed on Monday."), [false, false]);
        assert_eq!(aside("The talks (in Geneva) resumed on Monday."), [false]);
    }

    #[test]
    fn quarters_named_tell_what_the_tokens_tell() {
        let lx = Lexicon::english();
        let text = "Profit rose in the third quarter. It was $5 million, from $4 million a year earlier. \
                    Sales grew. The quarter ended. Costs fell 3 percent.";
        let mut toks = Vec::new();
        tokenize(text, lx, &mut toks);
        let quarters: Vec<usize> = toks.iter().filter(|t| names_quarter(t)).map(|t| t.start).collect();
        let mut sentences = Vec::new();
        crate::parse::sentences::split(text, 0, text.len(), lx, &mut sentences);
        let mut got = Vec::new();
        for &(ss, se) in &sentences {
            let range = sentence_tokens(&toks, (ss, se));
            let before = || {
                let reach = ss.saturating_sub(QUARTER_REACH);
                quarters.iter().rev().take_while(|&&q| q >= reach).any(|&q| q < ss)
            };
            let want = quarterly_tokens(&toks[range.clone()], before);
            assert_eq!(quarterly_named(&toks[range], (ss, se), &quarters), want, "{}", &text[ss..se]);
            got.push(want);
        }
        assert_eq!(got, [true, true, false, true, true]);
    }

    #[test]
    fn a_present_that_takes_its_time_tells_a_timetable() {
        // A present form in -s right before its time, or before "at" or "in" and its time, is ahead.
        for text in [
            "The season ends on 23 May.",
            "Its museum reopens on Tuesday.",
            "The museum reopens in March.",
            "The line shuts at 10pm on Friday.",
            "Congress reconvenes Jan. 24.",
        ] {
            assert_eq!(annotated(text)[0].tense, Tense::Future, "{text}");
        }
        // Not a form of "be", a verb of saying, a plain form after "did" or a length of time.
        assert_eq!(annotated("The office is closed on 23 May.")[0].tense, Tense::Present);
        assert_ne!(annotated("The agency reports in March that sales rose.")[0].tense, Tense::Future);
        assert_ne!(annotated("Why did the trust meet on Tuesday?")[0].tense, Tense::Future);
        assert_eq!(annotated("The ruling follows six months of talks.")[0].tense, Tense::Present);
    }

    #[test]
    fn statements_and_background_are_marked() {
        let m = annotated("Kartapolov told reporters on Saturday that strikes hit 50 targets.");
        assert!(m[0].attributed);
        let m = annotated(
            "Jets destroyed 2,084 targets since the start of the campaign on September 30, the General Staff said Tuesday.",
        );
        assert!(m[0].background, "{m:?}");
        assert!(!m[1].background);
        assert!(m[1].attributed);
        let m = annotated("On October 7, ships fired 26 missiles.");
        assert!(!m[0].attributed && !m[0].background);
        let m = annotated("Russia said Thursday it sent missiles, after Turkey downed a jet on Tuesday.");
        assert!(m[0].attributed && !m[0].background);
        assert!(m[1].background);
        // "and" with a verb after it opens another predicate, beyond the reach of "since"; without, a list.
        let m = annotated("The deal is its largest since its 2019 purchase and is due to close by June next year.");
        assert!(m[0].background && !m[1].background, "{m:?}");
        assert!(annotated("Prices have risen since January and February.").iter().all(|m| m.background));
        // So does "and to" with a bare verb after it; "and to" with a name after it goes on with the list.
        let m = annotated("The probe is expected to reach orbit days after launch and to land on Dec. 3.");
        assert!(!m.last().is_some_and(|m| m.background), "{m:?}");
        let m = annotated("Flights were cut after the storm and to Boston on Monday.");
        assert!(m.last().is_some_and(|m| m.background), "{m:?}");
        // "before" after a verb of appearing places: the time dates the appearance.
        assert!(!annotated("He will appear before magistrates on Tuesday.")[0].background);
        assert!(!annotated("She testified before Congress in March.")[0].background);
        assert!(annotated("He resigned before the vote on Tuesday.")[0].background);
        assert_eq!(annotated("He appears in court on Tuesday.")[0].tense, Tense::Present);
        // A verb the lexicon does not know, in a present form after a singular noun that "the" or a
        // possessive opens at the head of the sentence, is a present; a plural noun is no subject of it.
        assert_eq!(annotated("The line shuts for repairs on Friday.")[0].tense, Tense::Present);
        assert_eq!(annotated("Its museum reopens to visitors on Tuesday.")[0].tense, Tense::Present);
        assert_eq!(annotated("The bus routes on Friday were changed.")[0].tense, Tense::Past);
        assert_eq!(annotated("The firms shuts on Friday.")[0].tense, Tense::Unknown);
        // A time between the speaker and a verb of saying that a clause follows dates the statement.
        for text in [
            "The ministry on Tuesday said that jets hit 20 targets on Monday.",
            "Russia on Tuesday said its jets hit 20 targets on Monday.",
            "Northwind Rail today confirmed that services will resume on Monday.",
        ] {
            let m = annotated(text);
            assert!(m[0].attributed && !m[1].attributed, "{text}");
        }
        // Not one whose object follows, nor one that opens the sentence.
        assert!(!annotated("Acme today reported revenue for the third quarter.")[0].attributed);
        assert!(!annotated("Tuesday said it all.")[0].attributed);
    }
}
