//! The timeline: documents with their anchors, and events in chronological
//! order, each with every report behind it. Serializes to the JSON shape of
//! the project's `DESIGN.md`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

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
}

impl Timeline {
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
