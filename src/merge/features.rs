//! What survives a rewrite: the numbers a report gives and the content words
//! it uses, less its dates and its attribution ("..., the ministry said").

use crate::fxhash::FxHashMap;
use crate::lang::{Lexeme, Lexicon};
use crate::parse::expr::Mention;
use crate::parse::tokens::{self, ALL_CAPS, CAPITALIZED, Kind, NumSuffix, Token};

/// Numbers at or above this count as evidence of identity; smaller ones are too common.
pub const SIGNIFICANT: u64 = 10;

/// Term ids, given in order of first appearance.
#[derive(Debug, Default)]
pub struct Vocabulary {
    ids: FxHashMap<String, u32>,
    pairs: FxHashMap<(u32, u32), u32>,
}

impl Vocabulary {
    /// The id of a term, assigning the next one if new.
    pub fn id(&mut self, term: &str) -> u32 {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = self.len() as u32;
        self.ids.insert(term.to_string(), id);
        id
    }

    /// The id of the shingle of two terms ("cruise missile"), assigning the next one if new.
    pub fn pair_id(&mut self, first: u32, second: u32) -> u32 {
        let next = self.len() as u32;
        *self.pairs.entry((first, second)).or_insert(next)
    }

    /// Takes in the terms of another vocabulary in the order of its ids, so that streams counted apart
    /// get the ids they would have had counted here after this one's; returns the id here of each of its
    /// ids. (Words come before the shingles they make, so each shingle's words are mapped already.)
    ///
    /// ```
    /// use timeline_extract::merge::features::{Packed, Vocabulary};
    ///
    /// let (mut here, mut apart) = (Vocabulary::default(), Vocabulary::default());
    /// let (mut a, mut b) = (Packed::default(), Packed::default());
    /// a.push_stream("jet fli", &mut here);
    /// b.push_stream("ship fli", &mut apart);
    /// let ids = here.absorb(&apart);
    /// assert_eq!(ids, [3, 1, 4]);
    /// assert_eq!(here.id("ship"), 3);
    /// ```
    pub fn absorb(&mut self, other: &Vocabulary) -> Vec<u32> {
        #[derive(Clone, Copy)]
        enum Term<'a> {
            Word(&'a str),
            Pair(u32, u32),
        }
        let mut terms: Vec<Option<Term<'_>>> = vec![None; other.len()];
        for (word, &id) in &other.ids {
            if let Some(t) = terms.get_mut(id as usize) {
                *t = Some(Term::Word(word));
            }
        }
        for (&(a, b), &id) in &other.pairs {
            if let Some(t) = terms.get_mut(id as usize) {
                *t = Some(Term::Pair(a, b));
            }
        }
        let mut ids: Vec<u32> = Vec::with_capacity(terms.len());
        for t in terms {
            let id = match t {
                Some(Term::Word(w)) => self.id(w),
                Some(Term::Pair(a, b)) => {
                    let here = |x: u32| ids.get(x as usize).copied().unwrap_or(u32::MAX);
                    self.pair_id(here(a), here(b))
                }
                None => u32::MAX,
            };
            ids.push(id);
        }
        ids
    }

    /// How many terms there are.
    pub fn len(&self) -> usize {
        self.ids.len() + self.pairs.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The features of one report.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Features {
    /// Significant numbers (at least [`SIGNIFICANT`], and figures with a fraction, keyed apart from whole
    /// numbers), sorted, without duplicates.
    pub numbers: Vec<u64>,
    /// Term ids of content words and of shingles (two content words in a row), sorted, without duplicates.
    pub terms: Vec<u32>,
    /// Term ids of the content words alone, sorted, without duplicates: the blocking keys come from these.
    pub words: Vec<u32>,
    /// Quantities: each significant number with each of the content words just after it
    /// ("26 Kalibr cruise missiles" gives (26, kalibr), (26, cruise), (26, missile)), sorted.
    pub quantities: Vec<(u64, u32)>,
    /// Names in their place: the first word of each name with the content word just before it, when that
    /// word is no name itself ("a command post in Hama" gives (post, hama)), as (word, name) term ids,
    /// sorted.
    pub slots: Vec<(u32, u32)>,
    /// Term ids of every name word, sorted, without duplicates.
    pub names: Vec<u32>,
}

/// How many content words after a number may name what it counts.
const COUNTED_WORDS: usize = 3;

/// True when the number at `i` is part of a code or model name ("Su-24M", "KAB-500").
fn identifier(toks: &[Token<'_>], i: usize) -> bool {
    let here = &toks[i];
    let prev = i.checked_sub(1).and_then(|p| toks.get(p));
    if !here.spaced() {
        if prev.is_some_and(Token::is_word) {
            return true;
        }
        if i >= 2 && prev.is_some_and(|p| p.is_punct('-') && !p.spaced()) && toks[i - 2].is_word() {
            return true;
        }
    }
    toks.get(i + 1).is_some_and(|n| n.is_word() && !n.spaced())
}

/// The second number of a score or a tally at token `i` ("3-1", "102-98", "6–4"): two whole numbers below
/// [`SCORE_LIMIT`] joined by a dash, nothing glued on either side (not "1-800-555", not "Su-24-3").
fn score(toks: &[Token<'_>], i: usize) -> Option<u64> {
    let whole = |t: &Token<'_>| match t.kind {
        Kind::Number(n) if n.suffix == NumSuffix::None && n.value < SCORE_LIMIT => Some(n.value),
        _ => None,
    };
    let (dash, second) = (toks.get(i + 1)?, toks.get(i + 2)?);
    let glued_before = i.checked_sub(1).is_some_and(|p| !toks[i].spaced() && !toks[p].is_punct('('));
    let glued_after = toks.get(i + 3).is_some_and(|t| !t.spaced() && !matches!(t.kind, Kind::Punct(',' | '.' | ')')));
    whole(&toks[i])?;
    (matches!(dash.kind, Kind::Punct('-' | '\u{2013}'))
        && !dash.spaced()
        && !second.spaced()
        && !glued_before
        && !glued_after)
        .then(|| whole(second))
        .flatten()
}

/// The least number that no score or tally ([`score`]) reaches.
const SCORE_LIMIT: u64 = 1000;

/// Token index ranges that state who said it: ", the ministry said" at the end, "According to X," or
/// "X said that" at the start.
fn attribution(toks: &[Token<'_>]) -> Option<std::ops::Range<usize>> {
    let n = toks.len();
    let p = toks.iter().rposition(|t| t.is(Lexeme::Speech))?;
    let is_comma = |t: &Token<'_>| matches!(t.kind, Kind::Punct(',' | '\u{201d}' | '"'));
    if 2 * p >= n {
        // "..., Kartapolov told reporters on Saturday."
        let cut = (p.saturating_sub(8)..p).rev().find(|&k| is_comma(&toks[k])).unwrap_or(p.saturating_sub(3));
        let end = (p..n).find(|&k| matches!(toks[k].kind, Kind::Punct(',' | ';'))).unwrap_or(n);
        Some(cut..end)
    } else {
        // "According to Kartapolov, ..." or "Kartapolov said that ...".
        let end = (p..(p + 8).min(n)).find(|&k| is_comma(&toks[k])).map_or(p + 1, |k| k + 1);
        Some(0..end)
    }
}

/// The features of `text[start..end]`, whose temporal expressions (absolute offsets) are `mentions`.
pub fn extract(
    text: &str,
    start: usize,
    end: usize,
    mentions: &[Mention],
    lexicon: &Lexicon,
    vocab: &mut Vocabulary,
) -> Features {
    let Some(slice) = text.get(start..end) else { return Features::default() };
    extract_at(slice, start, mentions, lexicon, vocab)
}

/// The features of a sentence given as its own text, `start` being its offset in its document (the
/// mentions' offsets are into the document).
pub fn extract_at(
    slice: &str,
    start: usize,
    mentions: &[Mention],
    lexicon: &Lexicon,
    vocab: &mut Vocabulary,
) -> Features {
    from_stream(&stream(slice, start, mentions, lexicon), vocab)
}

/// True when the word at `i` is a name: capitalized, and neither the sentence's first word nor the first
/// after an opening quotation mark, bracket or colon.
fn name(toks: &[Token<'_>], i: usize, first_word: usize) -> bool {
    let t = &toks[i];
    if i <= first_word || !(t.has(CAPITALIZED) || t.has(ALL_CAPS)) {
        return false;
    }
    !matches!(toks[i - 1].kind, Kind::Punct('"' | '\u{201c}' | '\u{2018}' | '\'' | '(' | '[' | ':' | '\u{2014}'))
}

/// The digits after the point of the decimal number whose whole part is the number token `i` of `text`
/// ("8" in "6.8"): a point and digits glued to it, and no other point glued on either side (a version
/// number, an address, a date).
fn decimal_fraction<'t>(text: &'t str, toks: &[Token<'_>], i: usize) -> Option<&'t str> {
    let glued = |k: usize| toks.get(k).is_some_and(|t| !t.spaced());
    let point_at = |k: usize| toks.get(k).is_some_and(|t| t.is_punct('.'));
    let digits = toks.get(i + 2).filter(|t| t.num().is_some())?;
    let dotted_before = i > 0 && point_at(i - 1) && glued(i);
    let dotted_after = point_at(i + 3) && glued(i + 3) && glued(i + 4);
    let decimal = point_at(i + 1) && glued(i + 1) && glued(i + 2) && !dotted_before && !dotted_after;
    decimal.then(|| digits.text(text))
}

/// The whole number that `whole` (with the digits of its `fraction`, if any) makes before `next`, and the
/// power of ten that `next` scales it by, when `next` is a word of scale ("1.4 million" is 1,400,000;
/// "3 billion") or its short form glued to an amount of money (`money`: "$2.3m", "£1.5bn"); none when the
/// fraction has more digits than the scale has zeros, or the figure passes what a key holds.
fn scaled(whole: u64, fraction: Option<&str>, next: Option<&Token<'_>>, money: bool) -> Option<(u64, u32)> {
    let next = next.filter(|t| t.kind == Kind::Word)?;
    let power = next.find(|l| match l {
        Lexeme::Scale(p) => Some(u32::from(p)),
        Lexeme::ScaleSuffix(p) if money && !next.spaced() => Some(u32::from(p)),
        _ => None,
    })?;
    let digits = fraction.unwrap_or("");
    let rest = power.checked_sub(u32::try_from(digits.len()).ok()?)?;
    let part = if digits.is_empty() { 0 } else { digits.parse::<u64>().ok()? };
    let value =
        whole.checked_mul(10u64.checked_pow(power)?)?.checked_add(part.checked_mul(10u64.checked_pow(rest)?)?)?;
    Some((value, power))
}

/// In a stream, a significant number starts with this.
const NUMBER: char = '#';
/// In a stream, the power of ten of a word of scale after its figure starts with this ("*6" for "million"
/// and for the "m" of "$2.3m").
const SCALE: char = '*';
/// In a stream, a name (a capitalized word inside the sentence) starts with this.
const NAME: char = '^';
/// In a stream, a time of the clock to the minute starts with this ("@0240").
const CLOCK: char = '@';
/// In a stream, a significant number that a noun before it labels ("reference 1234", "Flight 2213") starts
/// with this.
const LABEL: char = '&';
/// In a stream, a significant number that is a percentage ends with this ("#40%" for "40%" and "40 per cent").
const PERCENT: u8 = b'%';
/// In a stream: no shingle spans this place.
const BREAK: &str = "|";
/// In a stream: a clause ends here, and with it what a number counts.
const CLAUSE: &str = "/";

/// What a sentence gives to compare, before any vocabulary: its content-word stems in order (names,
/// capitalized inside the sentence, marked `^`), its significant numbers (`#26`, `#6.8`; a figure with a word
/// of scale as the whole number and the scale's power of ten, `#1400000 *6` for "1.4 million"), and the
/// places that break shingles (`|`) or end a clause (`/`), separated by spaces. Its dates and attribution are
/// left out. Computed once per sentence in the map step (it depends on the sentence alone); [`from_stream`]
/// turns it into [`Features`].
///
/// ```
/// use timeline_extract::lang::Lexicon;
/// use timeline_extract::merge::features::stream;
///
/// let text = "On October 7, four ships fired 26 Kalibr cruise missiles, the ministry said.";
/// let mentions = timeline_extract::parse::mentions(text, Lexicon::english());
/// assert_eq!(stream(text, 0, &mentions, Lexicon::english()), "/ ship fir #26 ^kalibr cruis missil /");
/// ```
pub fn stream(slice: &str, start: usize, mentions: &[Mention], lexicon: &Lexicon) -> String {
    let mut out = String::with_capacity(slice.len());
    stream_into(slice, start, mentions, lexicon, &mut Vec::new(), &mut out);
    out
}

/// [`stream`], written into `out` (cleared first), with `toks` as the tokenizer's buffer: one pair of
/// buffers serves every sentence of a document.
pub fn stream_into(
    slice: &str,
    start: usize,
    mentions: &[Mention],
    lexicon: &Lexicon,
    toks: &mut Vec<Token<'static>>,
    out: &mut String,
) {
    toks.clear();
    tokens::tokenize(slice, lexicon, toks);
    stream_of_tokens(slice, start, toks, mentions, lexicon, out);
}

/// [`stream`] from tokens already made: `toks` are the sentence's tokens, their offsets into `text`,
/// and `base` is the offset of `text` in the document (the mentions' offsets are into the document).
/// `out` is cleared first.
pub fn stream_of_tokens(
    text: &str,
    base: usize,
    toks: &[Token<'_>],
    mentions: &[Mention],
    lexicon: &Lexicon,
    out: &mut String,
) {
    // Written as bytes into `out`'s own buffer, and checked as UTF-8 once at the end (every piece is UTF-8):
    // a stem's few bytes then cost a copy, not a character pushed at a time.
    let mut stream = std::mem::take(out).into_bytes();
    stream.clear();
    let (slice, start) = (text, base);
    // The mentions are in text order, as are the tokens: one cursor walks both (a sentence may hold
    // thousands of each).
    let mut cursor = 0;
    let mut in_mention = |t: &Token<'_>| {
        let (a, b) = (start + t.start, start + t.end);
        while mentions.get(cursor).is_some_and(|m| m.end <= a) {
            cursor += 1;
        }
        mentions[cursor.min(mentions.len())..].iter().take_while(|m| m.start <= a).find(|m| b <= m.end)
    };
    let said = attribution(toks);
    let first_word = toks.iter().position(|t| !matches!(t.kind, Kind::Punct(_))).unwrap_or(0);
    let push = |out: &mut Vec<u8>, token: &str| {
        // A break right after a break or a clause end, or a clause end right after another, says nothing more.
        if (token == BREAK && (out.ends_with(BREAK.as_bytes()) || out.ends_with(CLAUSE.as_bytes())))
            || (token == CLAUSE && out.ends_with(CLAUSE.as_bytes()))
        {
            return;
        }
        if !out.is_empty() {
            out.push(b' ');
        }
        out.extend_from_slice(token.as_bytes());
    };
    // A number or a stem, after a space unless it is the first.
    let open = |out: &mut Vec<u8>, mark: Option<char>| {
        if !out.is_empty() {
            out.push(b' ');
        }
        if let Some(c) = mark {
            out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
        }
    };
    // A significant number, a figure or a label: its mark and its digits.
    let marked = |out: &mut Vec<u8>, mark: char, n: u64| {
        open(out, Some(mark));
        out.extend_from_slice(crate::timex::decimal(n, 1, &mut [0; 20]).as_bytes());
    };
    let number = |out: &mut Vec<u8>, n: u64| marked(out, NUMBER, n);
    // After the number that ends at token `i`, the percentage mark when the tokens after it make one; how many
    // tokens those are.
    let percent_mark = |out: &mut Vec<u8>, i: usize| {
        let n = percent_tokens(slice, toks, i, lexicon);
        if n > 0 {
            out.push(PERCENT);
        }
        n
    };
    let mut skip = 0;
    for (i, t) in toks.iter().enumerate() {
        if skip > 0 {
            skip -= 1;
            continue;
        }
        if let Some(m) = in_mention(t) {
            // A time of the clock to the minute that the sentence tells (not a live blog entry's stamp, the time
            // of the report), at its first token: as specific as a figure, and the same however it is written
            // ("2:40 a.m.", "2:40am").
            if let crate::parse::expr::Expr::Clock { hour, minute, .. } = m.expr
                && minute != 0
                && m.start == start + t.start
                && !m.opens
            {
                open(&mut stream, Some(CLOCK));
                let hhmm = u64::from(hour) * 100 + u64::from(minute);
                stream.extend_from_slice(crate::timex::decimal(hhmm, 4, &mut [0; 20]).as_bytes());
            }
            continue;
        }
        match t.kind {
            Kind::Number(n) => {
                if let Some(second) = score(toks, i) {
                    // "3-1", "102-98": a score or a vote, as specific as a figure whatever its size; and its
                    // significant numbers, as "a vote of 61 to 38" gives them.
                    number(&mut stream, n.value);
                    stream.push(b'-');
                    stream.extend_from_slice(crate::timex::decimal(second, 1, &mut [0; 20]).as_bytes());
                    for part in [n.value, second].into_iter().filter(|&x| x >= SIGNIFICANT) {
                        number(&mut stream, part);
                    }
                    skip = 2;
                    continue;
                }
                let fraction = decimal_fraction(slice, toks, i).filter(|_| !identifier(toks, i));
                let after = i + if fraction.is_some() { 3 } else { 1 };
                let money = i > 0 && toks[i - 1].is_currency();
                if n.suffix == NumSuffix::None
                    && let Some((value, power)) = scaled(n.value, fraction, toks.get(after), money)
                {
                    // "1.4 million", "$2.3m": the figure it makes, and the scale as one term however
                    // it is written, for what the figure counts.
                    number(&mut stream, value);
                    open(&mut stream, Some(SCALE));
                    stream.extend_from_slice(crate::timex::decimal(u64::from(power), 1, &mut [0; 20]).as_bytes());
                    skip = after - i;
                } else if let Some(fraction) = fraction {
                    // "6.8", "1.5": a figure with a fraction is specific whatever its size.
                    number(&mut stream, n.value);
                    stream.push(b'.');
                    stream.extend_from_slice(fraction.as_bytes());
                    skip = 2 + percent_mark(&mut stream, i + 2);
                } else if n.suffix == NumSuffix::None && n.value >= SIGNIFICANT && !identifier(toks, i) {
                    let labelled = i > 0 && toks[i - 1].is(Lexeme::ReferenceNoun);
                    marked(&mut stream, if labelled { LABEL } else { NUMBER }, n.value);
                    skip = if labelled { 0 } else { percent_mark(&mut stream, i) };
                } else {
                    push(&mut stream, BREAK);
                }
            }
            Kind::Word => {
                if let Some(n) = t.find(|l| match l {
                    Lexeme::Cardinal(n) => Some(u64::from(n)),
                    _ => None,
                }) {
                    if (SIGNIFICANT..100).contains(&n) {
                        number(&mut stream, n);
                    } else {
                        push(&mut stream, BREAK);
                    }
                    continue;
                }
                if said.as_ref().is_some_and(|r| r.contains(&i)) {
                    continue;
                }
                let Some(stem) = lexicon.content_stem(t.text(slice)) else { continue };
                open(&mut stream, name(toks, i, first_word).then_some(NAME));
                stream.extend_from_slice(stem.as_bytes());
            }
            Kind::Punct(c) => {
                // A clause ends what a number counts.
                let clause = matches!(c, ',' | ';' | '.' | ':' | '(' | ')');
                push(&mut stream, if clause { CLAUSE } else { BREAK });
            }
        }
    }
    *out = String::from_utf8(stream).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
}

/// The features of a sentence from its [`stream`], with term ids from `vocab`.
///
/// ```
/// use timeline_extract::merge::features::{Vocabulary, from_stream};
///
/// let mut vocab = Vocabulary::default();
/// let f = from_stream("/ ship fir #26 kalibr cruis missil /", &mut vocab);
/// assert_eq!(f.numbers, [26]);
/// assert_eq!(f.words.len(), 5);
/// assert_eq!(f.terms.len(), 5 + 3); // and the shingles "ship fir", "kalibr cruis", "cruis missil"
/// assert_eq!(f.quantities.len(), 3); // 26 counts "kalibr", "cruis", "missil"
/// ```
pub fn from_stream(stream: &str, vocab: &mut Vocabulary) -> Features {
    let mut f = Features::default();
    count(stream, vocab, &mut f, &mut Vec::new());
    f
}

/// Counts a stream's features into `f` (cleared first), with `counting` as scratch space.
fn count(stream: &str, vocab: &mut Vocabulary, f: &mut Features, counting: &mut Vec<(u64, usize)>) {
    let Features { numbers, terms, words, quantities, slots, names } = f;
    numbers.clear();
    terms.clear();
    words.clear();
    quantities.clear();
    slots.clear();
    names.clear();
    counting.clear();
    let mut previous: Option<u32> = None;
    let mut previous_name = false;
    for token in stream.split(' ').filter(|t| !t.is_empty()) {
        if token == BREAK {
            previous = None;
        } else if token == CLAUSE {
            previous = None;
            counting.clear();
        } else if let Some(n) = token.strip_prefix(NUMBER) {
            previous = None;
            if let Some(n) = number_key(n) {
                numbers.push(n);
                counting.push((n, 0));
            }
        } else if let Some(n) = token.strip_prefix(LABEL) {
            // A label counts nothing.
            previous = None;
            if let Ok(n) = n.parse::<u64>() {
                numbers.push(LABEL_KEY | n);
            }
        } else if let Some(hhmm) = token.strip_prefix(CLOCK) {
            // A time of the clock counts nothing.
            previous = None;
            if let Ok(hhmm) = hhmm.parse::<u64>() {
                numbers.push(CLOCK_KEY | hhmm);
            }
        } else {
            let (is_name, token) = match token.strip_prefix(NAME) {
                Some(rest) => (true, rest),
                None => (false, token),
            };
            let id = vocab.id(token);
            terms.push(id);
            words.push(id);
            // A name's place: the word before the first word of the name ("post" in "post in Caspian Sea").
            if let (true, Some(prev), false) = (is_name, previous, previous_name) {
                slots.push((prev, id));
            }
            previous_name = is_name;
            if is_name {
                names.push(id);
            }
            for (n, seen) in counting.iter_mut().filter(|(_, seen)| *seen < COUNTED_WORDS) {
                quantities.push((*n, id));
                *seen += 1;
            }
            // Shingles: a content word with the one before it, when only stop words stand between.
            if let Some(prev) = previous {
                terms.push(vocab.pair_id(prev, id));
            }
            previous = Some(id);
        }
    }
    numbers.sort_unstable();
    numbers.dedup();
    terms.sort_unstable();
    terms.dedup();
    words.sort_unstable();
    words.dedup();
    quantities.sort_unstable();
    quantities.dedup();
    slots.sort_unstable();
    slots.dedup();
    names.sort_unstable();
    names.dedup();
}

/// The bit that marks a score or a tally among [`Features::numbers`] ("3-1": the first number from bit 20, the
/// second below it).
const SCORE_KEY: u64 = 1 << 61;

/// The bit that marks a time of the clock among [`Features::numbers`] (hours and minutes as `hhmm` below
/// it): shared, it counts as a shared number does; told differently, it says nothing against a match
/// (sources round a time differently), as [`is_clock_key`] lets [`numbers_conflict`](super::similar::numbers_conflict) tell.
pub const CLOCK_KEY: u64 = 1 << 62;

/// The bit that marks a number that a noun labels among [`Features::numbers`] ("quoting reference 1234",
/// "Flight 2213"): a figure, and more, as [`is_label_key`] lets
/// [`numbers_conflict`](super::similar::numbers_conflict) tell: two reports that give labels and share none
/// tell of different things, whatever other figures they share ("call 101").
pub const LABEL_KEY: u64 = 1 << 60;

/// True for the key of a number that a noun labels ([`LABEL_KEY`]).
///
/// ```
/// use timeline_extract::merge::features::{CLOCK_KEY, LABEL_KEY, is_label_key};
///
/// assert!(is_label_key(LABEL_KEY | 1234));
/// assert!(!is_label_key(1234) && !is_label_key(CLOCK_KEY | 240));
/// ```
pub fn is_label_key(n: u64) -> bool {
    n >> 60 == 1
}

/// True for the key of a time of the clock ([`CLOCK_KEY`]), not of a figure.
///
/// ```
/// use timeline_extract::merge::features::{CLOCK_KEY, is_clock_key};
///
/// assert!(is_clock_key(CLOCK_KEY | 240));
/// assert!(!is_clock_key(240));
/// assert!(!is_clock_key(6.8f64.to_bits() | 1 << 63));
/// ```
pub fn is_clock_key(n: u64) -> bool {
    n >> 62 == 1
}

/// The bit that marks a percentage among [`Features::numbers`] (its value in thousandths below it): "40%" is
/// another figure than "40 ships".
const PERCENT_KEY: u64 = 1 << 59;

/// How many tokens after token `i` make its number a percentage: "%", or one of the language's percent words
/// ("percent", "per cent"); 0 for none.
fn percent_tokens(text: &str, toks: &[Token<'_>], i: usize, lexicon: &Lexicon) -> usize {
    if toks.get(i + 1).is_some_and(|t| t.is_punct('%')) {
        return 1;
    }
    let written = |words: &str| {
        let mut n = 0;
        for w in words.split(' ') {
            toks.get(i + 1 + n).filter(|t| t.is_word() && t.text(text).eq_ignore_ascii_case(w))?;
            n += 1;
        }
        Some(n)
    };
    lexicon.language().percent_words.iter().find_map(|w| written(w)).unwrap_or(0)
}

/// The key of a significant number written in a stream: its value for a whole number, and for a decimal
/// ("6.8") the bits of its value as a float with the top bit set, which no whole number's key has; a
/// percentage ("40%", "4.1%") in thousandths under [`PERCENT_KEY`].
fn number_key(written: &str) -> Option<u64> {
    if let Some(percent) = written.strip_suffix(char::from(PERCENT)) {
        let x = percent.parse::<f64>().ok().filter(|x| x.is_finite() && *x >= 0.0 && *x < 1e12)?;
        return Some(PERCENT_KEY | (x * 1000.0).round() as u64);
    }
    if let Ok(n) = written.parse::<u64>() {
        return Some(n);
    }
    // A score ("3-1"): both numbers, below bit 61, which no whole number in text reaches.
    if let Some((a, b)) = written.split_once('-')
        && let (Ok(a), Ok(b)) = (a.parse::<u64>(), b.parse::<u64>())
    {
        return Some(SCORE_KEY | a << 20 | b);
    }
    let x = written.parse::<f64>().ok().filter(|x| x.is_finite())?;
    Some(x.to_bits() | 1 << 63)
}

/// Features borrowed: from a [`Features`], or from [`Packed`] storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct View<'a> {
    /// See [`Features::numbers`].
    pub numbers: &'a [u64],
    /// See [`Features::terms`].
    pub terms: &'a [u32],
    /// See [`Features::words`].
    pub words: &'a [u32],
    /// See [`Features::quantities`].
    pub quantities: &'a [(u64, u32)],
    /// See [`Features::slots`].
    pub slots: &'a [(u32, u32)],
    /// See [`Features::names`].
    pub names: &'a [u32],
}

impl Features {
    /// Sets these features to `v` with its term ids mapped through `ids` (see [`Vocabulary::absorb`]).
    pub fn set_mapped(&mut self, v: View<'_>, ids: &[u32]) {
        let id = |t: &u32| ids.get(*t as usize).copied().unwrap_or(u32::MAX);
        let mapped = |to: &mut Vec<u32>, from: &[u32]| {
            to.clear();
            to.extend(from.iter().map(id));
            to.sort_unstable();
        };
        self.numbers.clear();
        self.numbers.extend_from_slice(v.numbers);
        mapped(&mut self.terms, v.terms);
        mapped(&mut self.words, v.words);
        mapped(&mut self.names, v.names);
        self.quantities.clear();
        self.quantities.extend(v.quantities.iter().map(|(n, t)| (*n, id(t))));
        self.quantities.sort_unstable();
        self.slots.clear();
        self.slots.extend(v.slots.iter().map(|(a, b)| (id(a), id(b))));
        self.slots.sort_unstable();
    }

    /// The features, borrowed.
    pub fn view(&self) -> View<'_> {
        View {
            numbers: &self.numbers,
            terms: &self.terms,
            words: &self.words,
            quantities: &self.quantities,
            slots: &self.slots,
            names: &self.names,
        }
    }
}

/// The features of many reports packed one after another in four arrays: no allocation per report, and
/// reports counted one after another sit side by side in memory.
///
/// ```
/// use timeline_extract::merge::features::{Packed, Vocabulary};
///
/// let mut vocab = Vocabulary::default();
/// let mut packed = Packed::default();
/// let a = packed.push_stream("jet fli #20 sorti", &mut vocab);
/// let b = packed.push_stream("jet fli #60 sorti", &mut vocab);
/// assert_eq!(packed.get(a).numbers, [20]);
/// assert_eq!(packed.get(b).numbers, [60]);
/// assert_eq!(packed.get(a).words, packed.get(b).words);
/// ```
#[derive(Debug, Default)]
pub struct Packed {
    numbers: Vec<u64>,
    terms: Vec<u32>,
    words: Vec<u32>,
    quantities: Vec<(u64, u32)>,
    slots: Vec<(u32, u32)>,
    names: Vec<u32>,
    /// Where each entry ends in each array.
    ends: Vec<[u32; 6]>,
    scratch: Features,
    counting: Vec<(u64, usize)>,
}

impl Packed {
    /// Counts a stream's features (see [`from_stream`]) into a new entry; returns its index.
    pub fn push_stream(&mut self, stream: &str, vocab: &mut Vocabulary) -> u32 {
        let mut f = std::mem::take(&mut self.scratch);
        count(stream, vocab, &mut f, &mut self.counting);
        let k = self.push(f.view());
        self.scratch = f;
        k
    }

    /// Stores features in a new entry; returns its index.
    pub fn push(&mut self, v: View<'_>) -> u32 {
        self.numbers.extend_from_slice(v.numbers);
        self.terms.extend_from_slice(v.terms);
        self.words.extend_from_slice(v.words);
        self.quantities.extend_from_slice(v.quantities);
        self.slots.extend_from_slice(v.slots);
        self.names.extend_from_slice(v.names);
        let end = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        self.ends.push([
            end(self.numbers.len()),
            end(self.terms.len()),
            end(self.words.len()),
            end(self.quantities.len()),
            end(self.slots.len()),
            end(self.names.len()),
        ]);
        (self.ends.len() - 1) as u32
    }

    /// An entry's features (empty for an index out of range).
    pub fn get(&self, k: u32) -> View<'_> {
        let k = k as usize;
        let (Some(end), start) = (self.ends.get(k), k.checked_sub(1).and_then(|p| self.ends.get(p))) else {
            return View { numbers: &[], terms: &[], words: &[], quantities: &[], slots: &[], names: &[] };
        };
        let start = start.copied().unwrap_or([0; 6]);
        let r = |i: usize| start[i] as usize..end[i] as usize;
        View {
            numbers: self.numbers.get(r(0)).unwrap_or(&[]),
            terms: self.terms.get(r(1)).unwrap_or(&[]),
            words: self.words.get(r(2)).unwrap_or(&[]),
            quantities: self.quantities.get(r(3)).unwrap_or(&[]),
            slots: self.slots.get(r(4)).unwrap_or(&[]),
            names: self.names.get(r(5)).unwrap_or(&[]),
        }
    }

    /// How many entries there are.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse;

    fn features(text: &str, vocab: &mut Vocabulary) -> Features {
        let lx = Lexicon::english();
        let mentions = parse::mentions(text, lx);
        extract(text, 0, text.len(), &mentions, lx, vocab)
    }

    #[test]
    fn a_percentage_is_its_own_figure_however_written() {
        let lexicon = Lexicon::english();
        let stream = |text: &str| super::stream(text, 0, &crate::parse::mentions(text, lexicon), lexicon);
        assert_eq!(stream("Turnout was 64%."), "turnout #64% /");
        assert_eq!(stream("Turnout was 64 per cent."), "turnout #64% /");
        assert_eq!(stream("Turnout was 64.5 percent."), "turnout #64.5% /");
        let mut vocab = Vocabulary::default();
        let (percent, count) =
            (features("Turnout was 64%.", &mut vocab), features("Turnout was 64 voters.", &mut vocab));
        assert_ne!(percent.numbers, count.numbers);
        assert_eq!(percent.numbers, features("Turnout was 64 percent.", &mut vocab).numbers);
    }

    #[test]
    fn numbers_leave_out_dates_codes_and_small_counts() {
        let mut v = Vocabulary::default();
        let f = features(
            "On October 7, four ships fired 26 Kalibr missiles and Su-24M jets hit 1,631 targets with KAB-500 bombs.",
            &mut v,
        );
        assert_eq!(f.numbers, [26, 1631]);
        let f = features("Jets carried out fifteen sorties striking ten targets.", &mut v);
        assert_eq!(f.numbers, [10, 15]);
        let sorties = v.id("sorti");
        assert!(f.quantities.contains(&(15, sorties)));
        assert!(!f.quantities.contains(&(10, sorties)));
        // A figure with a fraction counts whatever its size, apart from the whole numbers; a version number
        // does not.
        let quake = features("A magnitude 6.8 quake and a 4.1 tremor hit; 6 and 8 people died.", &mut v);
        assert_eq!(quake.numbers.len(), 2);
        assert!(quake.numbers.iter().all(|&n| n >= 1 << 63));
        let again = features("The 6.8-magnitude quake struck.", &mut v);
        assert!(again.numbers.iter().all(|n| quake.numbers.contains(n)) && again.numbers.len() == 1);
        assert!(features("He runs version 2.4.1 now.", &mut v).numbers.is_empty());
    }

    #[test]
    fn a_score_is_one_figure_and_its_significant_numbers() {
        let mut v = Vocabulary::default();
        let score = features("City won 3-1 at home.", &mut v);
        assert_eq!(score.numbers, [SCORE_KEY | 3 << 20 | 1]);
        assert_ne!(features("City won 2-1 at home.", &mut v).numbers, score.numbers);
        let vote = features("The vote was 61-38.", &mut v);
        assert_eq!(vote.numbers, [38, 61, SCORE_KEY | 61 << 20 | 38]);
        // Not a number glued to a word or to more numbers.
        assert!(features("Call 1-800-555-0142 now.", &mut v).numbers.iter().all(|&n| n & SCORE_KEY == 0));
        assert!(features("Su-24-3 jets flew.", &mut v).numbers.iter().all(|&n| n & SCORE_KEY == 0));
    }

    #[test]
    fn scale_words_make_the_figure() {
        let mut v = Vocabulary::default();
        // "1.4 million shares" is not the 1.40 of "$1.40 a share", and is the same figure as "1,400,000".
        let shares = features("It will buy as many as 1.4 million shares.", &mut v);
        let price = features("Net rose to $87 million, or $1.40 a share.", &mut v);
        assert_eq!(shares.numbers, [1_400_000]);
        assert!(price.numbers.contains(&87_000_000));
        assert!(!price.numbers.contains(&1_400_000));
        assert!(shares.numbers.iter().all(|n| !price.numbers.contains(n)));
        assert_eq!(features("It will buy 1,400,000 shares.", &mut v).numbers, [1_400_000]);
        assert_eq!(features("It raised $3 billion.", &mut v).numbers, [3_000_000_000]);
        // More digits after the point than the scale has zeros: the figure as written.
        assert_eq!(features("It had 1.2345 thousand units.", &mut v).numbers.len(), 1);
        assert!(features("It had 1.2345 thousand units.", &mut v).numbers[0] >= 1 << 63);
        // The short form glued to money is the same figure; glued to anything else, a unit.
        let uk = features("He stole $2.3m from the fund.", &mut v);
        let us = features("He stole $2.3 million from the fund.", &mut v);
        assert_eq!(uk.numbers, [2_300_000]);
        assert_eq!(uk.quantities, us.quantities);
        assert!(features("They built a 2.3m wall.", &mut v).numbers.iter().all(|&n| n >= 1 << 63));
    }

    #[test]
    fn attribution_is_not_content() {
        let mut v = Vocabulary::default();
        let a = features("Russia's aircraft carried out 60 missions, Kartapolov told reporters on Saturday.", &mut v);
        let b = features("Russia's aircraft carried out 60 missions.", &mut v);
        assert_eq!(a.words, b.words);
        let c = features("According to Kartapolov, Russia's aircraft carried out 60 missions.", &mut v);
        assert_eq!(c.words, b.words);
    }

    #[test]
    fn names_are_marked_with_their_place() {
        let lx = Lexicon::english();
        let text = "Russian jets struck a command post in Hama province, and the UN suspended aid to Deir ez-Zor.";
        let s = stream(text, 0, &parse::mentions(text, lx), lx);
        // The sentence's first word is no name; "UN" is one, all capitals.
        assert!(s.starts_with("russ jet strik"), "{s}");
        assert!(s.contains("post ^hama provinc"), "{s}");
        assert!(s.contains("^un suspend"), "{s}");
        let mut v = Vocabulary::default();
        let f = from_stream(&s, &mut v);
        let [post, hama, aid, deir, zor, russian] = ["post", "hama", "aid", "deir", "zor", "russ"].map(|w| v.id(w));
        assert!(f.slots.contains(&(post, hama)));
        // "Deir ez-Zor": only the first word of a name has a place.
        assert!(f.slots.contains(&(aid, deir)));
        assert!(!f.slots.iter().any(|&(w, _)| w == deir));
        assert!(f.names.contains(&zor));
        assert!(!f.names.contains(&russian));
    }

    #[test]
    fn stems_match_across_inflections() {
        let mut v = Vocabulary::default();
        let a = features("The ministry suspended humanitarian activities.", &mut v);
        let b = features("Ministries suspend humanitarian activity.", &mut v);
        assert_eq!(a.terms, b.terms);
        assert_eq!(a.words.len(), 4);
        assert_eq!(a.terms.len(), 7);
    }
}
