//! Renderings of a timeline: text for a terminal, Markdown, JSON and JSONL, one self-contained
//! HTML page, and TimelineJS JSON.
//!
//! Every rendering reads only the fields it shows, so a timeline with more fields renders the same.
//! [`Options`] adds what the timeline does not hold: a title, a text width, and the documents'
//! titles and URLs (for links).
//!
//! ```
//! use timeline_extract::render::{Format, Options, render};
//! use timeline_extract::{Document, extract_timeline};
//!
//! let docs = [Document::new("tass.txt", "30Nov15\n\nOn October 7, four ships fired 26 cruise missiles at targets in Syria.")];
//! let timeline = extract_timeline(&docs)?;
//! let options = Options::new().title("The Caspian launch").documents(&docs);
//! let page = render(&timeline, Format::Html, &options);
//! assert!(page.starts_with("<!DOCTYPE html>") && page.contains("The Caspian launch"));
//! assert!(render(&timeline, Format::Text, &options).contains("Wednesday 7 October 2015"));
//! # Ok::<(), timeline_extract::Error>(())
//! ```

mod common;
pub mod html;
pub mod json;
pub mod markdown;
pub mod text;
pub mod timelinejs;

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use crate::{Document, Timeline};

/// An output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// Text for a terminal: grouped by day, aligned, sources as short labels.
    Text,
    /// The timeline as JSON (the shape of the project's `DESIGN.md`).
    Json,
    /// One event per line, as JSON.
    Jsonl,
    /// A dated Markdown list, the sources as footnotes.
    Markdown,
    /// One self-contained HTML page.
    Html,
    /// TimelineJS JSON (Knight Lab's TimelineJS 3).
    TimelineJs,
}

impl Format {
    /// Every format, in the order above.
    pub const ALL: [Format; 6] =
        [Format::Text, Format::Json, Format::Jsonl, Format::Markdown, Format::Html, Format::TimelineJs];

    /// Its name on the command line: `text`, `json`, `jsonl`, `markdown`, `html`, `timelinejs`.
    ///
    /// ```
    /// use timeline_extract::render::Format;
    ///
    /// assert_eq!(Format::TimelineJs.name(), "timelinejs");
    /// assert_eq!("md".parse::<Format>(), Ok(Format::Markdown));
    /// assert!("pdf".parse::<Format>().is_err());
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Json => "json",
            Format::Jsonl => "jsonl",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::TimelineJs => "timelinejs",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A format name that is not one of [`Format::ALL`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown format {0:?}; the formats are text, json, jsonl, markdown, html, timelinejs")]
pub struct UnknownFormat(pub String);

impl FromStr for Format {
    type Err = UnknownFormat;

    fn from_str(s: &str) -> Result<Format, UnknownFormat> {
        Ok(match s.to_ascii_lowercase().as_str() {
            "text" | "txt" => Format::Text,
            "json" => Format::Json,
            "jsonl" | "ndjson" => Format::Jsonl,
            "markdown" | "md" => Format::Markdown,
            "html" => Format::Html,
            "timelinejs" | "tljs" => Format::TimelineJs,
            _ => return Err(UnknownFormat(s.to_string())),
        })
    }
}

/// What the renderings show beyond the timeline itself.
///
/// ```
/// use timeline_extract::render::Options;
///
/// let options = Options::new().title("Syria, autumn 2015").width(80);
/// assert_eq!(options.title_or_default(), "Syria, autumn 2015");
/// assert_eq!(Options::new().title_or_default(), "Timeline");
/// ```
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Options {
    /// The title of the page or list. Default: none ("Timeline" is shown).
    pub title: Option<String>,
    /// The width of text output in characters; 0 for no wrapping. Default: 100.
    pub width: usize,
    /// What is known of each document, by id: its title, URL and source name. Default: nothing.
    pub documents: BTreeMap<String, DocumentMeta>,
}

impl Default for Options {
    fn default() -> Self {
        Options { title: None, width: 100, documents: BTreeMap::new() }
    }
}

/// What is known of a document beyond the timeline: shown in source lists and used for links.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct DocumentMeta {
    /// Its title.
    pub title: Option<String>,
    /// Where it came from (only http and https URLs become links).
    pub url: Option<String>,
    /// The source's name.
    pub source: Option<String>,
}

impl Options {
    /// The defaults.
    pub fn new() -> Options {
        Options::default()
    }

    /// Sets the title.
    pub fn title(mut self, title: impl Into<String>) -> Options {
        self.title = Some(title.into());
        self
    }

    /// Sets the width of text output (0: no wrapping).
    pub fn width(mut self, width: usize) -> Options {
        self.width = width;
        self
    }

    /// Takes the documents' titles, URLs and source names.
    ///
    /// ```
    /// use timeline_extract::Document;
    /// use timeline_extract::render::Options;
    ///
    /// let mut doc = Document::new("a.html", "Ships fired.");
    /// doc.url = Some("https://example.org/a".into());
    /// let options = Options::new().documents(&[doc]);
    /// assert_eq!(options.documents["a.html"].url.as_deref(), Some("https://example.org/a"));
    /// ```
    pub fn documents(mut self, docs: &[Document]) -> Options {
        for d in docs {
            let meta = DocumentMeta { title: d.title.clone(), url: d.url.clone(), source: d.source.clone() };
            if meta != DocumentMeta::default() {
                self.documents.insert(d.id.clone(), meta);
            }
        }
        self
    }

    /// The title, or "Timeline".
    pub fn title_or_default(&self) -> &str {
        self.title.as_deref().filter(|t| !t.trim().is_empty()).unwrap_or("Timeline")
    }
}

/// Renders a timeline in a format.
///
/// ```
/// use timeline_extract::render::{Format, Options, render};
///
/// let empty = timeline_extract::Timeline::default();
/// for format in Format::ALL {
///     assert!(!render(&empty, format, &Options::new()).is_empty() || format == Format::Jsonl);
/// }
/// ```
pub fn render(timeline: &Timeline, format: Format, options: &Options) -> String {
    match format {
        Format::Text => text::render(timeline, options),
        Format::Json => json::render(timeline),
        Format::Jsonl => json::render_lines(timeline),
        Format::Markdown => markdown::render(timeline, options),
        Format::Html => html::render(timeline, options),
        Format::TimelineJs => timelinejs::render(timeline, options),
    }
}
