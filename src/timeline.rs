//! The timeline: documents with their anchors, and events in chronological
//! order, each with every report behind it. Serializes to the JSON shape of
//! the project's `DESIGN.md`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::Error;
use crate::merge::state::DocState;
use crate::normalize::{AnchorBasis, Basis};
use crate::render::{self, Format};

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
        render::json::pretty(self)
    }

    /// One JSON object per event, one per line.
    ///
    /// ```
    /// assert_eq!(timeline_extract::Timeline::default().to_jsonl(), "");
    /// ```
    pub fn to_jsonl(&self) -> String {
        render::json::render_lines(self)
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

    /// Text for a terminal: events under a heading per date, sources as short labels (see [`render::text`]).
    ///
    /// ```
    /// let timeline = timeline_extract::Timeline::default();
    /// assert!(timeline.to_text().starts_with("0 events from 0 documents"));
    /// ```
    pub fn to_text(&self) -> String {
        self.render(Format::Text)
    }

    /// A dated Markdown list, the sources as footnotes (see [`render::markdown`]).
    ///
    /// ```
    /// assert!(timeline_extract::Timeline::default().to_markdown().starts_with("# Timeline\n"));
    /// ```
    pub fn to_markdown(&self) -> String {
        self.render(Format::Markdown)
    }

    /// One self-contained HTML page (see [`render::html`]).
    ///
    /// ```
    /// assert!(timeline_extract::Timeline::default().to_html().starts_with("<!DOCTYPE html>"));
    /// ```
    pub fn to_html(&self) -> String {
        self.render(Format::Html)
    }

    /// TimelineJS JSON, for Knight Lab's TimelineJS (see [`render::timelinejs`]).
    ///
    /// ```
    /// assert!(timeline_extract::Timeline::default().to_timelinejs().contains("\"events\": []"));
    /// ```
    pub fn to_timelinejs(&self) -> String {
        self.render(Format::TimelineJs)
    }

    /// The timeline in a format, with the default [`render::Options`]; [`render::render`] takes options
    /// (a title, the documents' URLs for links, the text width).
    ///
    /// ```
    /// use timeline_extract::render::Format;
    ///
    /// let timeline = timeline_extract::Timeline::default();
    /// assert_eq!(timeline.render(Format::Jsonl), "");
    /// ```
    pub fn render(&self, format: Format) -> String {
        render::render(self, format, &render::Options::default())
    }
}
