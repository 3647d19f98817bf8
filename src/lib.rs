//! timeline-extract: many reports of one story in, one chronological timeline out.
//!
//! Give it the wire copies, articles and live blogs that cover a story; it
//! gives back one timeline in which each happening is one event, dated,
//! with every report of it and where each report stands in its source.
//!
//! ```
//! use timeline_extract::{Document, extract_timeline};
//!
//! let docs = [
//!     Document::new(
//!         "tass.txt",
//!         "30Nov15\n\nOn October 7, four missile ships of the Caspian Flotilla fired 26 Kalibr cruise missiles at targets in Syria.",
//!     ),
//!     Document::new(
//!         "rt.txt",
//!         "07 October 2015\n\nFour Russian warships have launched 26 cruise missiles from the Caspian Sea against targets in Syria.\n\n\
//!          06 October 2015\n\nJets flew 20 sorties on Tuesday.",
//!     ),
//! ];
//! let timeline = extract_timeline(&docs)?;
//! let missiles = timeline.events.iter().find(|e| e.text.contains("26")).unwrap();
//! assert_eq!(missiles.date.as_ref().unwrap().value, "2015-10-07");
//! assert_eq!(missiles.sources, ["rt.txt", "tass.txt"]);
//! # Ok::<(), timeline_extract::Error>(())
//! ```
//!
//! The work runs in three stages, each a module of its own and each usable
//! alone:
//!
//! 1. [`parse`] finds what carries dates: paragraphs and sentences,
//!    datelines and source lines, the day headers of live blogs, page
//!    furniture, and every temporal expression.
//! 2. [`normalize`] resolves each expression to a TIMEX3 value against the
//!    nearest reliable reference, and dates the sentences that report
//!    events.
//! 3. [`merge`] anchors documents that lack a reliable date on the events
//!    they share with dated ones, then joins the reports of each happening
//!    into one event.
//!
//! The same documents in any order give the same timeline.

#![warn(missing_docs)]

pub mod document;
pub mod error;
mod fxhash;
pub mod input;
pub mod lang;
pub mod merge;
pub mod normalize;
mod par;
pub mod parse;
pub mod render;
pub mod timeline;
pub mod timex;

pub use document::Document;
pub use error::Error;
pub use timeline::Timeline;

use error::Limits;
use lang::Lexicon;
use merge::state::DocState;
use normalize::Dated;
use par::each;

/// How many times documents anchored on shared events may in turn anchor others.
const INFERENCE_ROUNDS: usize = 3;

/// Extracts one merged timeline from documents, with the default settings.
///
/// Fails only on input it cannot take: two documents with one id, an empty id, a document or a
/// collection over the limits of [`error`].
pub fn extract_timeline(docs: &[Document]) -> Result<Timeline, Error> {
    Extractor::new().extract(docs)
}

/// Tags every temporal expression in a text with its TIMEX3 value, resolved against a document creation
/// time (the `tag` command's job, for users who want only the tagging). Without one, the text's own date
/// stands in for it, as [`extract_timeline`] finds it: its dateline, or its page's stamp.
///
/// ```
/// use chrono::NaiveDate;
///
/// let dct = NaiveDate::from_ymd_opt(2015, 10, 10);
/// let timexes = timeline_extract::tag("Jets flew 67 sorties over the past 24 hours, the ministry said on Friday.", dct);
/// let values: Vec<String> = timexes.iter().map(|t| t.value.to_string()).collect();
/// assert_eq!(values, ["PT24H", "2015-10-09"]);
///
/// let own = timeline_extract::tag("MOSCOW, October 10, 2015 (TASS) - The ministry said on Friday that jets flew 67 sorties.", None);
/// assert_eq!(own[1].value.to_string(), "2015-10-09");
/// ```
pub fn tag(text: &str, dct: Option<chrono::NaiveDate>) -> Vec<normalize::Timex> {
    let lexicon = Lexicon::english();
    // The whole parse that finds a text's own date is read only where no date is given.
    let dct = dct.or_else(|| normalize::own_anchor(&parse::document(text, lexicon), None).map(|a| a.date));
    parse::with_tagging(text, lexicon, |mentions| normalize::tag(mentions, dct))
}

/// Tags many texts, each against its own document creation time; on all cores with the `parallel`
/// feature. The results are in the order of the texts, the same with the feature as without.
///
/// ```
/// use chrono::NaiveDate;
///
/// let dct = NaiveDate::from_ymd_opt(2015, 10, 10);
/// let all = timeline_extract::tag_many(&[("Talks began on Friday.", dct), ("Nothing here.", None)]);
/// assert_eq!(all[0][0].value.to_string(), "2015-10-09");
/// assert!(all[1].is_empty());
/// ```
pub fn tag_many(texts: &[(&str, Option<chrono::NaiveDate>)]) -> Vec<Vec<normalize::Timex>> {
    each(texts, |(text, dct)| tag(text, *dct))
}

/// The pipeline, with its settings.
///
/// ```
/// use timeline_extract::{Document, Extractor};
/// use timeline_extract::lang::Lexicon;
///
/// let extractor = Extractor::new().lexicon(Lexicon::english());
/// let timeline = extractor.extract(&[Document::new("a", "Nothing happened.")])?;
/// assert_eq!(timeline.documents.len(), 1);
/// # Ok::<(), timeline_extract::Error>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Extractor {
    lexicon: &'static Lexicon,
    limits: Limits,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new()
    }
}

impl Extractor {
    /// An extractor for English text.
    pub fn new() -> Extractor {
        Extractor { lexicon: Lexicon::english(), limits: Limits::default() }
    }

    /// Uses another language table. Default: [`Lexicon::english`].
    pub fn lexicon(mut self, lexicon: &'static Lexicon) -> Extractor {
        self.lexicon = lexicon;
        self
    }

    /// Sets the most that one call takes. Default: [`Limits::default`].
    pub fn limits(mut self, limits: Limits) -> Extractor {
        self.limits = limits;
        self
    }

    /// Runs the pipeline: parse, normalize, anchor on shared events, merge.
    pub fn extract(&self, docs: &[Document]) -> Result<Timeline, Error> {
        let order = check(docs, &self.limits)?;
        let mut states: Vec<Option<merge::Unit>> = each(docs, |d| Some(self.state(d)));
        // Put in id order, the order the reduce step sorts them into: its sort then only checks.
        let units = order.iter().filter_map(|&k| states.get_mut(k).and_then(Option::take)).collect();
        Ok(self.reduce(units))
    }

    /// The map step: one document's extraction state, which depends on no other document.
    ///
    /// ```
    /// use timeline_extract::{Document, Extractor};
    ///
    /// let state = Extractor::new().state(&Document::new("a", "On October 7, ships fired 26 missiles."));
    /// assert_eq!(state.id, "a");
    /// assert_eq!(state.state.sentences.len(), 1);
    /// ```
    pub fn state(&self, doc: &Document) -> merge::Unit {
        let state = DocState::extract(doc, self.lexicon);
        let source = doc.source.clone().or_else(|| state.parsed.source.clone());
        merge::Unit { id: doc.id.clone(), source, state }
    }

    /// Merges partial timelines into the one timeline that a single run over all their documents gives.
    ///
    /// Each timeline carries the extraction state of its documents; the merge is the union of these
    /// states, anchored and clustered again, so it is commutative, associative and idempotent. A document
    /// present in two timelines must have the same state in both. Fails on a document without a state
    /// ([`Error::MissingState`]), on two different states for one id ([`Error::ConflictingDocument`]),
    /// and on a state that is not whole ([`Error::InvalidState`]).
    ///
    /// ```
    /// use timeline_extract::{Document, Extractor};
    ///
    /// let a = Document::new("a.txt", "07 October 2015\n\nFour warships launched 26 cruise missiles at targets in Syria.");
    /// let b = Document::new("b.txt", "On October 7, ships of the Caspian Flotilla fired 26 Kalibr cruise missiles.");
    /// let x = Extractor::new();
    /// let merged = x.merge(&[&x.extract(&[a.clone()])?, &x.extract(&[b.clone()])?])?;
    /// assert_eq!(merged, x.extract(&[a, b])?);
    /// assert_eq!(merged.events.len(), 1);
    /// # Ok::<(), timeline_extract::Error>(())
    /// ```
    pub fn merge(&self, timelines: &[&Timeline]) -> Result<Timeline, Error> {
        let documents = timelines.iter().flat_map(|t| t.documents.iter().cloned());
        self.merge_documents(documents)
    }

    /// [`Extractor::merge`] on timelines that the caller gives up: their states are moved, not copied,
    /// which halves the memory that a large merge needs.
    ///
    /// ```
    /// use timeline_extract::{Document, Extractor};
    ///
    /// let x = Extractor::new();
    /// let a = x.extract(&[Document::new("a", "Jets flew 20 sorties on Tuesday.")])?;
    /// let b = x.extract(&[Document::new("b", "Jets flew 60 sorties on Tuesday.")])?;
    /// assert_eq!(x.merge(&[&a, &b])?, x.merge_owned(vec![a, b])?);
    /// # Ok::<(), timeline_extract::Error>(())
    /// ```
    pub fn merge_owned(&self, timelines: Vec<Timeline>) -> Result<Timeline, Error> {
        self.merge_documents(timelines.into_iter().flat_map(|t| t.documents))
    }

    fn merge_documents(&self, documents: impl Iterator<Item = timeline::DocumentInfo>) -> Result<Timeline, Error> {
        let mut units: Vec<merge::Unit> = Vec::new();
        for d in documents {
            let Some(state) = d.state else { return Err(Error::MissingState(d.id)) };
            if d.id.is_empty() {
                return Err(Error::EmptyId);
            }
            state.check().map_err(|reason| Error::InvalidState { id: d.id.clone(), reason })?;
            units.push(merge::Unit { id: d.id, source: d.source, state });
        }
        units.sort_by(|a, b| a.id.cmp(&b.id));
        let mut unique: Vec<merge::Unit> = Vec::with_capacity(units.len());
        for u in units {
            match unique.last() {
                Some(last) if last.id == u.id => {
                    if last.source != u.source || last.state != u.state {
                        return Err(Error::ConflictingDocument(u.id));
                    }
                }
                _ => unique.push(u),
            }
        }
        if unique.len() > self.limits.max_documents() {
            return Err(Error::TooManyDocuments { count: unique.len(), limit: self.limits.max_documents() });
        }
        Ok(self.reduce(unique))
    }

    /// The reduce step: anchors the documents on the events they share and merges their reports. The
    /// units' order does not matter; their ids must be unique ([`Extractor::merge`] checks them).
    ///
    /// ```
    /// use timeline_extract::{Document, Extractor};
    ///
    /// let x = Extractor::new();
    /// let docs = [Document::new("a", "Jets flew 20 sorties on Tuesday."), Document::new("b", "Talks began.")];
    /// let units = docs.iter().map(|d| x.state(d)).collect();
    /// assert_eq!(x.reduce(units), x.extract(&docs)?);
    /// # Ok::<(), timeline_extract::Error>(())
    /// ```
    pub fn reduce(&self, mut units: Vec<merge::Unit>) -> Timeline {
        // A stable sort: units already in id order (as [`Extractor::extract`] gives them) cost one pass.
        units.sort_by(|a, b| a.id.cmp(&b.id));
        let mut dated: Vec<Dated> = each(&units, |u| normalize::document(&u.state.parsed, u.state.own_anchor));
        let mut corpus = merge::Corpus::new(&inputs(&units, &dated));
        for round in 0..INFERENCE_ROUNDS {
            let inferred = merge::infer_anchors(&inputs(&units, &dated), &corpus, round == 0);
            if inferred.is_empty() {
                break;
            }
            let mut same_reports = true;
            for (k, anchor) in inferred {
                dated[k] = normalize::document(&units[k].state.parsed, Some(anchor));
                same_reports &= corpus.redate(k, &dated[k]);
            }
            if !same_reports {
                corpus = merge::Corpus::new(&inputs(&units, &dated));
            }
        }
        let mut timeline = merge::merge(&inputs(&units, &dated), corpus);
        for (info, unit) in timeline.documents.iter_mut().zip(units) {
            info.state = Some(unit.state);
        }
        timeline
    }
}

fn inputs<'a>(units: &'a [merge::Unit], dated: &'a [Dated]) -> Vec<merge::Input<'a>> {
    units
        .iter()
        .zip(dated)
        .map(|(u, n)| merge::Input {
            id: &u.id,
            sentences: &u.state.sentences,
            streams: &u.state.streams,
            source: u.source.as_deref(),
            parsed: &u.state.parsed,
            dated: n,
        })
        .collect()
}

/// Checks the documents against the limits and for unique ids; returns their indices in id order.
fn check(docs: &[Document], limits: &Limits) -> Result<Vec<usize>, Error> {
    if docs.len() > limits.max_documents() {
        return Err(Error::TooManyDocuments { count: docs.len(), limit: limits.max_documents() });
    }
    let mut sorted: Vec<(&str, usize)> = Vec::with_capacity(docs.len());
    for (k, d) in docs.iter().enumerate() {
        if d.id.is_empty() {
            return Err(Error::EmptyId);
        }
        if d.text.len() > limits.max_document_bytes() {
            return Err(Error::DocumentTooLarge {
                id: d.id.clone(),
                size: d.text.len(),
                limit: limits.max_document_bytes(),
            });
        }
        sorted.push((&d.id, k));
    }
    sorted.sort_unstable();
    if let Some(w) = sorted.windows(2).find(|w| w[0].0 == w[1].0) {
        return Err(Error::DuplicateId(w[0].0.to_string()));
    }
    Ok(sorted.into_iter().map(|(_, k)| k).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_input_gets_typed_errors() {
        let dup = [Document::new("a", "x"), Document::new("a", "y")];
        assert!(matches!(extract_timeline(&dup), Err(Error::DuplicateId(id)) if id == "a"));
        assert!(matches!(extract_timeline(&[Document::new("", "x")]), Err(Error::EmptyId)));
        assert!(extract_timeline(&[]).is_ok_and(|t| t.events.is_empty()));
    }

    #[test]
    fn limits_are_checked_before_any_work() {
        let x = Extractor::new().limits(Limits::default().document_bytes(10).documents(2));
        let doc = |id: &str, text: &str| Document::new(id, text);
        assert!(x.extract(&[doc("a", "0123456789")]).is_ok());
        let big = x.extract(&[doc("a", "x"), doc("b", "0123456789!")]);
        assert!(matches!(big, Err(Error::DocumentTooLarge { ref id, size: 11, limit: 10 }) if id == "b"), "{big:?}");
        let many = x.extract(&[doc("a", "x"), doc("b", "y"), doc("c", "z")]);
        assert!(matches!(many, Err(Error::TooManyDocuments { count: 3, limit: 2 })), "{many:?}");
        // A merge counts the distinct documents of its timelines.
        let one = |id: &str| Extractor::new().extract(&[doc(id, "Jets flew 20 sorties.")]);
        let (a, b, c) = (one("a").unwrap(), one("b").unwrap(), one("c").unwrap());
        assert!(x.merge(&[&a, &b, &a]).is_ok());
        assert!(matches!(x.merge(&[&a, &b, &c]), Err(Error::TooManyDocuments { count: 3, limit: 2 })));
        assert_eq!(Limits::default().max_document_bytes(), error::MAX_DOCUMENT_BYTES);
        assert_eq!(Limits::default().max_documents(), error::MAX_DOCUMENTS);
    }
}
