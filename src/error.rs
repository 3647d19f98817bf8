//! Errors.

use thiserror::Error;

/// The largest document accepted, in bytes (256 MiB).
pub const MAX_DOCUMENT_BYTES: usize = 256 << 20;
/// The most documents accepted in one call.
pub const MAX_DOCUMENTS: usize = 10_000_000;

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
    /// A document is larger than [`MAX_DOCUMENT_BYTES`].
    #[error("document {id:?} is {size} bytes; the largest accepted is {limit}")]
    DocumentTooLarge {
        /// The document's id.
        id: String,
        /// Its size in bytes.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// More documents than [`MAX_DOCUMENTS`].
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
