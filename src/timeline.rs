//! The timeline: documents with their anchors, and events in chronological
//! order, each with every report behind it. Serializes to the JSON shape of
//! the project's `DESIGN.md`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::Error;
use crate::merge::state::DocState;
use crate::normalize::{AnchorBasis, Basis};

/// A merged timeline.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Timeline {
    /// Every input document, by id.
    pub documents: Vec<DocumentInfo>,
    /// The events, in chronological order.
    pub events: Vec<Event>,
}

/// A document of the timeline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocumentInfo {
    /// Its id.
    pub id: String,
    /// The source it names (a source line, or the caller's metadata).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The reference date its relative expressions were resolved against.
    pub anchor: Option<AnchorInfo>,
    /// What extraction found in it, so that timelines can be merged without parsing again
    /// (see [`Timeline::merge`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<DocState>,
}

/// A document's anchor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnchorInfo {
    /// The date.
    pub value: NaiveDate,
    /// How it was found.
    pub basis: AnchorBasis,
}

/// The date of an event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateInfo {
    /// The TIMEX3 value ("2015-10-07", "2015-11", "2013/2014", "XXXX-10-07").
    pub value: String,
    /// The first calendar day covered; null when the year is unknown.
    pub start: Option<NaiveDate>,
    /// The last calendar day covered (inclusive).
    pub end: Option<NaiveDate>,
    /// The TIMEX3 modifier ("MID"), or null.
    #[serde(rename = "mod")]
    pub modifier: Option<String>,
}

/// One report of an event: where a source tells it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportInfo {
    /// The document's id.
    pub doc: String,
    /// Byte offset of the sentence in the document's text.
    pub start: usize,
    /// Byte offset after it.
    pub end: usize,
    /// The sentence, exactly the document's bytes `start..end`.
    pub text: String,
    /// How this report's date was found.
    pub basis: Basis,
}

/// One happening, told by one or more reports.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Its date; null when no report could be dated.
    pub date: Option<DateInfo>,
    /// The representative sentence.
    pub text: String,
    /// The ids of the documents that report it, sorted.
    pub sources: Vec<String>,
    /// Every report, in document and text order.
    pub reports: Vec<ReportInfo>,
    /// How firmly the reports hold together and how well founded the date is (see [`Confidence`]).
    #[serde(default)]
    pub confidence: Confidence,
}

/// How confident the merger is in an event, each figure from 0 to 1, rounded to two decimals.
///
/// - `merge`: how firmly the reports hold together: the score of the weakest join that made the event
///   (the TF-IDF cosine of the two reports, plus 0.2 for each significant number they share, up to
///   three), capped at 1. Null for an event told by one report.
/// - `date`: how well founded the date is: the weight of the basis of the chosen date (explicit 1.0;
///   relative or section 0.9; dateline or given date 0.7; inferred anchor 0.5; page stamp 0.3), times the
///   share of the event's dated reports, weighted alike, whose days hold the chosen date's days or lie
///   within them ("October 2015" holds "October 7"). Null when the event has no date.
///
/// ```
/// use timeline_extract::{Document, extract_timeline};
///
/// let t = extract_timeline(&[
///     Document::new("a", "30Nov15\n\nIn October 2015, four warships fired 26 cruise missiles at targets in Syria."),
///     Document::new("b", "07 October 2015\n\nOn October 7, four warships launched 26 cruise missiles at Syria."),
/// ])?;
/// let c = t.events[0].confidence;
/// assert_eq!(c.date, Some(1.0));
/// assert!(c.merge.is_some_and(|m| m > 0.5));
/// # Ok::<(), timeline_extract::Error>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Confidence {
    /// The score of the weakest join between its reports, capped at 1; null for a single report.
    pub merge: Option<f32>,
    /// The weight of its date's basis times the weighted share of its reports that agree with the date;
    /// null when it has no date.
    pub date: Option<f32>,
}

impl Timeline {
    /// Merges two partial timelines (from two halves of a corpus, or from two machines) into the
    /// timeline that one run over all their documents gives: the reduce step of a map-reduce run.
    /// Commutative, associative and idempotent. Uses the English tables; see
    /// [`Extractor::merge`](crate::Extractor::merge) for another language and for the errors.
    ///
    /// ```
    /// use timeline_extract::{Document, Timeline, extract_timeline};
    ///
    /// let a = extract_timeline(&[Document::new("a", "On October 7, ships fired 26 Kalibr missiles at Syria.")])?;
    /// let b = extract_timeline(&[Document::new("b", "07 October 2015\n\nFour warships launched 26 cruise missiles.")])?;
    /// let ab = Timeline::merge(&a, &b)?;
    /// assert_eq!(ab, Timeline::merge(&b, &a)?);
    /// assert_eq!(ab, Timeline::merge(&ab, &a)?);
    /// assert_eq!(ab.documents.len(), 2);
    /// # Ok::<(), timeline_extract::Error>(())
    /// ```
    pub fn merge(a: &Timeline, b: &Timeline) -> Result<Timeline, Error> {
        crate::Extractor::new().merge(&[a, b])
    }

    /// The timeline as pretty-printed JSON.
    ///
    /// ```
    /// let timeline = timeline_extract::Timeline::default();
    /// assert!(timeline.to_json().contains("\"events\": []"));
    /// ```
    pub fn to_json(&self) -> String {
        // Serializing plain data to a String cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// One JSON object per event, one per line.
    pub fn to_jsonl(&self) -> String {
        let mut out = String::new();
        for e in &self.events {
            out.push_str(&serde_json::to_string(e).unwrap_or_default());
            out.push('\n');
        }
        out
    }

    /// Reads a timeline written by [`Timeline::to_json`].
    ///
    /// ```
    /// let t = timeline_extract::extract_timeline(&[timeline_extract::Document::new("a", "Jets flew 20 sorties on Tuesday.")])?;
    /// assert_eq!(timeline_extract::Timeline::from_json(&t.to_json())?, t);
    /// # Ok::<(), timeline_extract::Error>(())
    /// ```
    pub fn from_json(json: &str) -> Result<Timeline, serde_json::Error> {
        serde_json::from_str(json)
    }

    /// A plain-text timeline for a terminal: the documents with their anchors, then one line per event
    /// with its date, its sentence and the numbers of its sources.
    ///
    /// ```
    /// let timeline = timeline_extract::Timeline::default();
    /// assert!(timeline.to_text().contains("0 events"));
    /// ```
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        out.push_str(&format!("{} documents\n", self.documents.len()));
        for (k, d) in self.documents.iter().enumerate() {
            let anchor =
                d.anchor.map_or_else(|| "no date".to_string(), |a| format!("{} ({})", a.value, basis_word(a.basis)));
            let source = d.source.as_deref().map(|s| format!("  {s}")).unwrap_or_default();
            out.push_str(&format!("  [{}] {}  {}{}\n", k + 1, d.id, anchor, source));
        }
        out.push_str(&format!("\n{} events\n", self.events.len()));
        for e in &self.events {
            let date = e.date.as_ref().map_or_else(|| "undated".to_string(), date_label);
            let refs: Vec<String> = e
                .sources
                .iter()
                .filter_map(|s| self.documents.iter().position(|d| &d.id == s).map(|k| (k + 1).to_string()))
                .collect();
            let text = one_line(&e.text);
            out.push_str(&format!("{date:<22} {text}  [{}]\n", refs.join(",")));
        }
        out
    }

    /// A Markdown timeline: a dated list, the sources as numbered footnotes.
    pub fn to_markdown(&self) -> String {
        let mut out = String::from("# Timeline\n\n");
        for e in &self.events {
            let date = e.date.as_ref().map_or_else(|| "undated".to_string(), date_label);
            let notes: Vec<String> = e
                .sources
                .iter()
                .filter_map(|s| self.documents.iter().position(|d| &d.id == s).map(|k| format!("[^{}]", k + 1)))
                .collect();
            out.push_str(&format!(
                "- **{}** {} {}\n",
                date.trim(),
                escape_markdown(&one_line(&e.text)),
                notes.join("")
            ));
        }
        out.push('\n');
        for (k, d) in self.documents.iter().enumerate() {
            let source = d.source.as_deref().map(|s| format!(" ({})", escape_markdown(s))).unwrap_or_default();
            out.push_str(&format!("[^{}]: {}{}\n", k + 1, escape_markdown(&d.id), source));
        }
        out
    }
}

fn basis_word(b: AnchorBasis) -> &'static str {
    match b {
        AnchorBasis::Given => "given",
        AnchorBasis::Dateline => "dateline",
        AnchorBasis::Stamp => "stamp",
        AnchorBasis::Inferred => "inferred",
    }
}

fn date_label(d: &DateInfo) -> String {
    match &d.modifier {
        Some(m) => format!("{} ({})", d.value, m.to_lowercase()),
        None => d.value.clone(),
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
