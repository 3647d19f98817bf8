//! The input: a document with its text and what is known about it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One report of the story: an article, a wire copy, a live blog.
///
/// ```
/// use chrono::NaiveDate;
/// use timeline_extract::Document;
///
/// let doc = Document::new("tass-1", "On October 7, ships fired 26 missiles.")
///     .published(NaiveDate::from_ymd_opt(2015, 11, 30).unwrap())
///     .source("TASS");
/// assert_eq!(doc.source.as_deref(), Some("TASS"));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Document {
    /// A unique id; reports in the output name their document by it.
    pub id: String,
    /// The text.
    pub text: String,
    /// The date it was written, when known from outside the text. Without it, the date comes from the
    /// text (a dateline, a source line) or from events shared with other documents.
    #[serde(default)]
    pub published: Option<NaiveDate>,
    /// The source's name ("TASS").
    #[serde(default)]
    pub source: Option<String>,
    /// Where it came from.
    #[serde(default)]
    pub url: Option<String>,
    /// Its title.
    #[serde(default)]
    pub title: Option<String>,
}

impl Document {
    /// A document with an id and a text.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document { id: id.into(), text: text.into(), ..Document::default() }
    }

    /// Sets the date it was written.
    pub fn published(mut self, date: NaiveDate) -> Document {
        self.published = Some(date);
        self
    }

    /// Sets the source's name.
    pub fn source(mut self, name: impl Into<String>) -> Document {
        self.source = Some(name.into());
        self
    }
}
