//! Errors.

use thiserror::Error;

/// The largest document accepted by default, in bytes (64 MiB, some thousand times a long article;
/// extracting it may take up to about 2.5 GiB of heap); see [`Limits`].
pub const MAX_DOCUMENT_BYTES: usize = 64 << 20;
/// The most documents accepted in one call by default; see [`Limits`].
pub const MAX_DOCUMENTS: usize = 10_000_000;

/// The most that one call takes. Input beyond a limit gets a typed error ([`Error::DocumentTooLarge`],
/// [`Error::TooManyDocuments`]) before any work is done, so that a service that embeds the library can
/// bound the memory one request may take: the pipeline's heap grows linearly with the text, at most
/// about forty bytes per byte of text on the worst inputs measured (`examples/adversarial.rs`).
///
/// ```
/// use timeline_extract::error::Limits;
/// use timeline_extract::{Document, Error, Extractor};
///
/// let x = Extractor::new().limits(Limits::default().document_bytes(1 << 20).documents(1000));
/// let big = Document::new("big", "x".repeat((1 << 20) + 1));
/// assert!(matches!(x.extract(&[big]), Err(Error::DocumentTooLarge { limit: 1048576, .. })));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    document_bytes: usize,
    documents: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { document_bytes: MAX_DOCUMENT_BYTES, documents: MAX_DOCUMENTS }
    }
}

impl Limits {
    /// The largest document accepted, in bytes of text.
    pub fn document_bytes(mut self, bytes: usize) -> Limits {
        self.document_bytes = bytes;
        self
    }

    /// The most documents accepted in one call (for a merge: the most distinct documents).
    pub fn documents(mut self, count: usize) -> Limits {
        self.documents = count;
        self
    }

    /// The largest document accepted.
    pub fn max_document_bytes(&self) -> usize {
        self.document_bytes
    }

    /// The most documents accepted.
    pub fn max_documents(&self) -> usize {
        self.documents
    }
}

/// What can go wrong.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum Error {
    /// Two documents share an id; ids name reports in the output, so they must be unique.
    #[error("two documents have the id {0:?}; ids must be unique")]
    DuplicateId(String),
    /// A document has an empty id.
    #[error("a document has an empty id")]
    EmptyId,
    /// A document is larger than the limit ([`Limits`]).
    #[error("document {id:?} is {size} bytes; the largest accepted is {limit}")]
    DocumentTooLarge {
        /// The document's id.
        id: String,
        /// Its size in bytes.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// More documents than the limit ([`Limits`]).
    #[error("{count} documents; the most accepted in one call is {limit}")]
    TooManyDocuments {
        /// How many were given.
        count: usize,
        /// The limit.
        limit: usize,
    },
    /// A timeline to merge lacks the extraction state of a document (it was not written by this library's
    /// `to_json`, or its states were stripped).
    #[error("document {0:?} has no extraction state; only timelines written with their states can be merged")]
    MissingState(String),
    /// Two timelines to merge hold different states for one document id.
    #[error("document {0:?} appears in two timelines with different contents")]
    ConflictingDocument(String),
    /// A document's extraction state is not whole.
    #[error("document {id:?} has a broken extraction state: {reason}")]
    InvalidState {
        /// The document's id.
        id: String,
        /// What is wrong.
        reason: String,
    },
    /// A timeline could not be read as JSON.
    #[error("not a timeline: {0}")]
    Timeline(#[from] serde_json::Error),
}
