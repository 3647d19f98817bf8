//! Reading documents as they come: plain text, Markdown, saved web pages, JSONL exports, folders of
//! them, standard input.
//!
//! A file's kind comes from its extension (`.txt`, `.md`, `.html`, `.jsonl` and their variants), else
//! from its content: a page that starts like HTML is read as HTML, lines of JSON objects with a
//! `text` as JSONL, anything else as plain text. Text is UTF-8, with or without a byte-order mark
//! (UTF-16 with one is read too); CRLF line ends become `\n`. An input that cannot be read gives an
//! [`InputError`] that names it, and every other input is still read.
//!
//! ```
//! use timeline_extract::input::Reader;
//!
//! let loaded = Reader::new().read_paths(&["fixtures/seeds/000_8d1b5cfa222b0392.txt", "no/such/file.txt"]);
//! assert_eq!(loaded.documents.len(), 1);
//! assert_eq!(loaded.documents[0].id, "000_8d1b5cfa222b0392.txt");
//! assert_eq!(loaded.errors.len(), 1);
//! assert!(loaded.errors[0].to_string().starts_with("no/such/file.txt: "));
//! ```

#[cfg(feature = "html")]
pub mod html;
pub mod jsonl;
#[cfg(feature = "markdown")]
pub mod markdown;
pub mod text;
mod walk;

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::Document;
use crate::error::MAX_DOCUMENT_BYTES;

/// What a file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Kind {
    /// Plain text.
    Text,
    /// Markdown (read as plain text without the `markdown` feature).
    Markdown,
    /// A web page (needs the `html` feature).
    Html,
    /// One JSON document per line.
    Jsonl,
}

impl Kind {
    /// The kind that a file name's extension says, if it says one.
    ///
    /// ```
    /// use timeline_extract::input::Kind;
    ///
    /// assert_eq!(Kind::from_path("a/story.HTM".as_ref()), Some(Kind::Html));
    /// assert_eq!(Kind::from_path("docs.ndjson".as_ref()), Some(Kind::Jsonl));
    /// assert_eq!(Kind::from_path("notes".as_ref()), None);
    /// ```
    pub fn from_path(path: &Path) -> Option<Kind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "text" => Kind::Text,
            "md" | "markdown" | "mdown" | "mkd" => Kind::Markdown,
            "html" | "htm" | "xhtml" | "shtml" => Kind::Html,
            "jsonl" | "ndjson" => Kind::Jsonl,
            _ => return None,
        })
    }

    /// The kind that a text looks like: HTML when it starts with a doctype or an `<html>`, `<head>` or
    /// `<body>` tag (comments before it allowed); JSONL when its first line is a JSON object with a
    /// `text`; plain text otherwise. Markdown is never guessed.
    ///
    /// ```
    /// use timeline_extract::input::Kind;
    ///
    /// assert_eq!(Kind::sniff("\n<!DOCTYPE html><p>x"), Kind::Html);
    /// assert_eq!(Kind::sniff("{\"id\": \"a\", \"text\": \"x\"}\n"), Kind::Jsonl);
    /// assert_eq!(Kind::sniff("<b>Not a page</b> but text"), Kind::Text);
    /// ```
    pub fn sniff(text: &str) -> Kind {
        let mut head = text.trim_start_matches('\u{feff}').trim_start();
        while head.starts_with("<!--") {
            head = head.find("-->").map_or("", |end| head[end + 3..].trim_start());
        }
        let lower: String = head.chars().take(16).collect::<String>().to_ascii_lowercase();
        if ["<!doctype html", "<html", "<head", "<body"].iter().any(|p| lower.starts_with(p)) {
            return Kind::Html;
        }
        let first = head.lines().next().unwrap_or("");
        if first.starts_with('{')
            && serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(first)
                .is_ok_and(|m| m.get("text").is_some_and(|t| t.is_string()))
        {
            return Kind::Jsonl;
        }
        Kind::Text
    }
}

/// An input that could not be read. Its `Display` is one line: the input's name and the reason.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum InputError {
    /// The file or folder could not be read.
    #[error("{}: {source}", path.display())]
    Io {
        /// The input.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file is not text.
    #[error("{}: {reason}", path.display())]
    NotText {
        /// The input.
        path: PathBuf,
        /// Why.
        reason: text::NotText,
    },
    /// The file is larger than [`MAX_DOCUMENT_BYTES`].
    #[error("{}: {size} bytes; the largest file read is {limit} bytes", path.display())]
    TooLarge {
        /// The input.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The limit.
        limit: usize,
    },
    /// A line of a JSONL file is not a document.
    #[error("{}:{}: {}", path.display(), error.line, error.reason)]
    Jsonl {
        /// The input.
        path: PathBuf,
        /// The line and what is wrong with it.
        error: jsonl::LineError,
    },
    /// A web page, in a build without the `html` feature.
    #[error("{}: a web page, and this build reads no HTML (the `html` feature is off)", path.display())]
    HtmlDisabled {
        /// The input.
        path: PathBuf,
    },
}

impl InputError {
    /// The input it is about.
    ///
    /// ```
    /// use timeline_extract::input::Reader;
    ///
    /// let loaded = Reader::new().read_bytes("x.bin", "x.bin".as_ref(), b"\x00\x01");
    /// assert_eq!(loaded.errors[0].path(), std::path::Path::new("x.bin"));
    /// ```
    pub fn path(&self) -> &Path {
        match self {
            InputError::Io { path, .. }
            | InputError::NotText { path, .. }
            | InputError::TooLarge { path, .. }
            | InputError::Jsonl { path, .. }
            | InputError::HtmlDisabled { path } => path,
        }
    }
}

/// Documents read from inputs, and an error for each input (or JSONL line) that could not be read.
#[derive(Debug, Default)]
#[non_exhaustive]
pub struct Loaded {
    /// The documents, in input order (a folder's files in name order).
    pub documents: Vec<Document>,
    /// What could not be read.
    pub errors: Vec<InputError>,
}

/// Reads files, folders and standard input into documents.
///
/// A path is a file; a folder, read recursively with its files in name order (names that start
/// with `.` are skipped inside folders); or `-` for standard input. A file's document id is its name;
/// a file found inside a given folder has its path from that folder (`sub/page.html`), and a
/// JSONL file's documents keep their own ids.
///
/// ```
/// use timeline_extract::input::{Kind, Reader};
///
/// let reader = Reader::new().kind(Kind::Jsonl);
/// let loaded = reader.read_bytes("export.txt", "export.txt".as_ref(), br#"{"id": "a", "text": "Ships fired 26 missiles."}"#);
/// assert_eq!(loaded.documents[0].id, "a");
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct Reader {
    kind: Option<Kind>,
}

impl Reader {
    /// A reader that tells each file's kind by its extension, else by its content.
    ///
    /// ```
    /// use timeline_extract::input::Reader;
    ///
    /// let loaded = Reader::new().read_bytes("a", "a.md".as_ref(), b"Ships fired [26 missiles](https://example.org).");
    /// assert!(loaded.documents[0].text.starts_with("Ships fired 26 missiles."));
    /// ```
    pub fn new() -> Reader {
        Reader::default()
    }

    /// Reads every input as this kind. Default: none (by extension, else by content).
    pub fn kind(mut self, kind: Kind) -> Reader {
        self.kind = Some(kind);
        self
    }

    /// Reads every path (see [`Reader`]).
    ///
    /// ```
    /// use timeline_extract::input::Reader;
    ///
    /// let loaded = Reader::new().read_paths(&["fixtures/mixed"]);
    /// assert_eq!(loaded.documents.len(), 8);
    /// assert!(loaded.errors[0].to_string().ends_with("strike-map.png: not a text file (a NUL byte at offset 8)"));
    /// ```
    pub fn read_paths<P: AsRef<Path>>(&self, paths: &[P]) -> Loaded {
        self.read_paths_with(paths, |_, _| {})
    }

    /// Reads every path, calling `progress(done, total)` after each file (for a progress bar).
    ///
    /// ```
    /// use timeline_extract::input::Reader;
    ///
    /// let mut calls = Vec::new();
    /// Reader::new().read_paths_with(&["fixtures/seeds"], |done, total| calls.push((done, total)));
    /// assert_eq!(calls.first(), Some(&(1, 6)));
    /// assert_eq!(calls.last(), Some(&(6, 6)));
    /// ```
    pub fn read_paths_with<P: AsRef<Path>>(&self, paths: &[P], mut progress: impl FnMut(usize, usize)) -> Loaded {
        let mut loaded = Loaded::default();
        let mut files = Vec::new();
        for p in paths {
            walk::collect(p.as_ref(), &mut files, &mut loaded.errors);
        }
        let total = files.len();
        for (k, file) in files.iter().enumerate() {
            let mut one = match &file.path {
                None => self.read_stdin(),
                Some(path) => self.read_file(&file.id, path),
            };
            loaded.documents.append(&mut one.documents);
            loaded.errors.append(&mut one.errors);
            progress(k + 1, total);
        }
        loaded
    }

    /// Reads standard input as one input named `-`.
    pub fn read_stdin(&self) -> Loaded {
        let mut bytes = Vec::new();
        let limit = MAX_DOCUMENT_BYTES as u64 + 1;
        match std::io::stdin().lock().take(limit).read_to_end(&mut bytes) {
            Ok(n) if n as u64 >= limit => Loaded { documents: vec![], errors: vec![too_large("-".into(), n as u64)] },
            Ok(_) => self.read_bytes("-", Path::new("-"), &bytes),
            Err(source) => Loaded { documents: vec![], errors: vec![InputError::Io { path: "-".into(), source }] },
        }
    }

    /// Reads one file, with this document id.
    ///
    /// ```
    /// use timeline_extract::input::Reader;
    ///
    /// let loaded = Reader::new().read_file("meridian", "fixtures/html/news-article.html".as_ref());
    /// assert_eq!(loaded.documents[0].source.as_deref(), Some("The Meridian Herald"));
    /// ```
    pub fn read_file(&self, id: &str, path: &Path) -> Loaded {
        let error = |e| Loaded { documents: vec![], errors: vec![e] };
        if self.kind.or_else(|| Kind::from_path(path)) == Some(Kind::Jsonl)
            && let Some(loaded) = self.stream_jsonl(path)
        {
            return loaded;
        }
        match std::fs::metadata(path) {
            Ok(m) if m.len() > MAX_DOCUMENT_BYTES as u64 => return error(too_large(path.into(), m.len())),
            Ok(_) => {}
            Err(source) => return error(InputError::Io { path: path.into(), source }),
        }
        match std::fs::read(path) {
            Ok(bytes) => self.read_bytes(id, path, &bytes),
            Err(source) => error(InputError::Io { path: path.into(), source }),
        }
    }

    /// Reads a JSONL file a line at a time, whatever its size (a line may hold up to
    /// [`MAX_JSONL_LINE_BYTES`]). None when the file is not UTF-8 text by its first bytes (UTF-16, or
    /// binary): those are read whole, like any other file.
    fn stream_jsonl(&self, path: &Path) -> Option<Loaded> {
        use std::io::BufRead;
        let mut loaded = Loaded::default();
        let file = match std::fs::File::open(path) {
            Ok(f) => f,
            Err(source) => {
                loaded.errors.push(InputError::Io { path: path.into(), source });
                return Some(loaded);
            }
        };
        let mut reader = std::io::BufReader::with_capacity(1 << 16, file);
        match reader.fill_buf() {
            Ok(head) if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) || head.contains(&0) => {
                return None;
            }
            Ok(_) => {}
            Err(source) => {
                loaded.errors.push(InputError::Io { path: path.into(), source });
                return Some(loaded);
            }
        }
        let read = jsonl::read_each(reader, MAX_JSONL_LINE_BYTES, |d| match d {
            Ok(d) => loaded.documents.push(d),
            Err(error) => loaded.errors.push(InputError::Jsonl { path: path.into(), error }),
        });
        if let Err(source) = read {
            loaded.errors.push(InputError::Io { path: path.into(), source });
        }
        Some(loaded)
    }

    /// Reads the bytes of one input, named `path` in errors, with this document id.
    pub fn read_bytes(&self, id: &str, path: &Path, bytes: &[u8]) -> Loaded {
        let mut loaded = Loaded::default();
        let text = match text::decode(bytes) {
            Ok(t) => t,
            Err(reason) => {
                loaded.errors.push(InputError::NotText { path: path.into(), reason });
                return loaded;
            }
        };
        let kind = self.kind.or_else(|| Kind::from_path(path)).unwrap_or_else(|| Kind::sniff(&text));
        match kind {
            Kind::Jsonl => {
                for d in jsonl::documents(&text) {
                    match d {
                        Ok(d) => loaded.documents.push(d),
                        Err(error) => loaded.errors.push(InputError::Jsonl { path: path.into(), error }),
                    }
                }
            }
            Kind::Html => match html_document(id, &text) {
                Some(d) => loaded.documents.push(d),
                None => loaded.errors.push(InputError::HtmlDisabled { path: path.into() }),
            },
            Kind::Markdown => loaded.documents.push(markdown_document(id, &text)),
            Kind::Text => loaded.documents.push(Document::new(id, text)),
        }
        loaded
    }
}

/// The longest line of a JSONL file: a document of [`MAX_DOCUMENT_BYTES`] with room for its escapes and
/// metadata. The file itself may be of any size.
pub const MAX_JSONL_LINE_BYTES: usize = 2 * MAX_DOCUMENT_BYTES;

fn too_large(path: PathBuf, size: u64) -> InputError {
    InputError::TooLarge { path, size, limit: MAX_DOCUMENT_BYTES }
}

#[cfg(feature = "html")]
fn html_document(id: &str, text: &str) -> Option<Document> {
    Some(html::document(id, text))
}

#[cfg(not(feature = "html"))]
fn html_document(_: &str, _: &str) -> Option<Document> {
    None
}

#[cfg(feature = "markdown")]
fn markdown_document(id: &str, text: &str) -> Document {
    markdown::document(id, text)
}

#[cfg(not(feature = "markdown"))]
fn markdown_document(id: &str, text: &str) -> Document {
    Document::new(id, text)
}
