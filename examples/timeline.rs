//! `timeline`: the command line of timeline-extract.
//!
//! ```text
//! cargo run --release --example timeline                      # the seed documents, as text
//! cargo run --release --example timeline -- extract [--format text|json|jsonl|markdown] [--published ID=YYYY-MM-DD]... [PATH...]
//! cargo run --release --example timeline -- tag < docs.jsonl > timexes.jsonl
//! cargo run --release --example timeline -- merge A.json B.json ... > merged.json
//! ```
//!
//! Exit status: 0 when every input was read; 1 when some input could not be read or parsed (each is
//! named on standard error, and the rest is still processed and printed); 2 for a usage error.

use std::collections::HashSet;
use std::io::{self, BufRead, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use serde::{Deserialize, Serialize};
use timeline_extract::lang::Lexicon;
use timeline_extract::{Document, Error, Timeline, normalize, parse};

#[derive(Parser)]
#[command(name = "timeline", about = "Many reports of one story in, one chronological timeline out.")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Extract one merged timeline from files, folders (every regular file in them, in name order) or
    /// standard input (`-`). Without a path, the seed documents in fixtures/seeds.
    Extract {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// A document's date, when its text lacks one: ID=YYYY-MM-DD (ID is the file's base name).
        #[arg(long = "published", value_name = "ID=YYYY-MM-DD", value_parser = published_arg)]
        published: Vec<(String, NaiveDate)>,
        /// Files, folders, or `-` for standard input. A file ending in .jsonl holds one document per line.
        paths: Vec<PathBuf>,
    },
    /// Merge timelines written by `extract --format json` (for example over shards of a corpus) into the
    /// one timeline that a single `extract` over all their documents gives, written as JSON.
    Merge {
        /// Timeline JSON files (`-` for standard input).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Tag temporal expressions: documents as JSONL on standard input ({"id", "dct", "text"}), one JSONL
    /// line of TIMEX3 expressions per document on standard output, in input order.
    Tag {
        /// Print the tagger's throughput to standard error when done.
        #[arg(long)]
        throughput: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
    Jsonl,
    Markdown,
}

fn published_arg(s: &str) -> Result<(String, NaiveDate), String> {
    let (id, date) = s.rsplit_once('=').ok_or_else(|| format!("{s:?} is not ID=YYYY-MM-DD"))?;
    let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").map_err(|e| format!("{date:?}: {e}"))?;
    Ok((id.to_string(), date))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        None => extract(Format::Text, Vec::new(), Vec::new()),
        Some(Command::Extract { format, published, paths }) => extract(format, published, paths),
        Some(Command::Tag { throughput }) => tag(throughput),
        Some(Command::Merge { paths }) => merge(&paths),
    }
}

/// The seed documents: every .txt file of fixtures/seeds, in name order.
fn seeds() -> io::Result<Vec<PathBuf>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join("seeds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    Ok(files)
}

#[derive(Deserialize)]
struct JsonlDocument {
    id: String,
    text: String,
    #[serde(default)]
    published: Option<NaiveDate>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    title: Option<String>,
}

/// Reads every input, collecting the documents and a line for each problem.
fn read_inputs(paths: &[PathBuf], docs: &mut Vec<Document>, problems: &mut Vec<String>) {
    for path in paths {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            match io::stdin().read_to_end(&mut bytes) {
                Ok(_) => add_bytes(Path::new("-"), "-", bytes, docs, problems),
                Err(e) => problems.push(format!("-: {e}")),
            }
            continue;
        }
        if path.is_dir() {
            let entries = match std::fs::read_dir(path) {
                Ok(entries) => entries,
                Err(e) => {
                    problems.push(format!("{}: {e}", path.display()));
                    continue;
                }
            };
            let mut files: Vec<PathBuf> =
                entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.is_file()).collect();
            files.sort();
            for f in files {
                add_file(&f, docs, problems);
            }
        } else {
            add_file(path, docs, problems);
        }
    }
}

fn add_file(path: &Path, docs: &mut Vec<Document>, problems: &mut Vec<String>) {
    match std::fs::read(path) {
        Ok(bytes) => {
            let id = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
            add_bytes(path, &id, bytes, docs, problems);
        }
        Err(e) => problems.push(format!("{}: {e}", path.display())),
    }
}

fn add_bytes(path: &Path, id: &str, bytes: Vec<u8>, docs: &mut Vec<Document>, problems: &mut Vec<String>) {
    let name = path.display();
    if bytes.contains(&0) {
        problems.push(format!("{name}: not a text file (it holds NUL bytes)"));
        return;
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            problems.push(format!("{name}: not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to()));
            return;
        }
    };
    let text = text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text);
    if path.extension().is_some_and(|e| e == "jsonl") {
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            match serde_json::from_str::<JsonlDocument>(line) {
                Ok(d) => {
                    let mut doc = Document::new(d.id, d.text);
                    doc.published = d.published;
                    doc.source = d.source;
                    doc.url = d.url;
                    doc.title = d.title;
                    docs.push(doc);
                }
                Err(e) => problems.push(format!("{name}:{}: {e}", n + 1)),
            }
        }
    } else {
        docs.push(Document::new(id, text.replace("\r\n", "\n")));
    }
}

fn extract(format: Format, published: Vec<(String, NaiveDate)>, paths: Vec<PathBuf>) -> ExitCode {
    let paths = if paths.is_empty() {
        match seeds() {
            Ok(p) => p,
            Err(e) => {
                eprintln!("fixtures/seeds: {e}");
                return ExitCode::from(1);
            }
        }
    } else {
        paths
    };
    let mut docs = Vec::new();
    let mut problems = Vec::new();
    read_inputs(&paths, &mut docs, &mut problems);

    // One document per id: a later duplicate is named and left out.
    let mut seen = HashSet::new();
    docs.retain(|d| {
        let fresh = seen.insert(d.id.clone());
        if !fresh {
            problems.push(format!("{}: a document with this id was read already; this one is left out", d.id));
        }
        fresh
    });
    for (id, date) in &published {
        match docs.iter_mut().find(|d| &d.id == id) {
            Some(d) => d.published = Some(*date),
            None => problems.push(format!("--published {id}: no document has this id")),
        }
    }

    let timeline = match timeline_extract::extract_timeline(&docs) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    let out = render(&timeline, format);
    let mut stdout = io::stdout().lock();
    if stdout.write_all(out.as_bytes()).is_err() {
        return ExitCode::from(1);
    }
    for p in &problems {
        eprintln!("{p}");
    }
    if problems.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) }
}

fn render(t: &Timeline, format: Format) -> String {
    match format {
        Format::Text => t.to_text(),
        Format::Json => {
            let mut s = t.to_json();
            s.push('\n');
            s
        }
        Format::Jsonl => t.to_jsonl(),
        Format::Markdown => t.to_markdown(),
    }
}

/// Reads every timeline, merges those that could be read, and writes the result as JSON.
fn merge(paths: &[PathBuf]) -> ExitCode {
    let mut timelines = Vec::new();
    let mut problems = Vec::new();
    // The documents of each file read, to name the files of a document that cannot be merged.
    let mut held: Vec<(&Path, Vec<String>)> = Vec::new();
    for path in paths {
        let text = if path.as_os_str() == "-" {
            let mut s = String::new();
            io::stdin().read_to_string(&mut s).map(|_| s)
        } else {
            std::fs::read_to_string(path)
        };
        match text.map_err(|e| e.to_string()).and_then(|t| Timeline::from_json(&t).map_err(|e| e.to_string())) {
            Ok(t) => {
                held.push((path.as_path(), t.documents.iter().map(|d| d.id.clone()).collect()));
                timelines.push(t);
            }
            Err(e) => problems.push(format!("{}: {e}", path.display())),
        }
    }
    let merged = match timeline_extract::Extractor::new().merge_owned(timelines) {
        Ok(t) => t,
        Err(e) => {
            for p in &problems {
                eprintln!("{p}");
            }
            let id = match &e {
                Error::ConflictingDocument(id) | Error::MissingState(id) | Error::InvalidState { id, .. } => Some(id),
                _ => None,
            };
            let files: Vec<String> = held
                .iter()
                .filter(|(_, ids)| id.is_some_and(|id| ids.contains(id)))
                .map(|(p, _)| p.display().to_string())
                .collect();
            if files.is_empty() {
                eprintln!("{e}");
            } else {
                eprintln!("{}: {e}", files.join(", "));
            }
            return ExitCode::from(1);
        }
    };
    // Written as it is serialized (the same bytes as `extract --format json`), not held whole in memory.
    let mut stdout = io::BufWriter::new(io::stdout().lock());
    let written = serde_json::to_writer_pretty(&mut stdout, &merged).is_ok()
        && stdout.write_all(b"\n").is_ok()
        && stdout.flush().is_ok();
    if !written {
        return ExitCode::from(1);
    }
    for p in &problems {
        eprintln!("{p}");
    }
    if problems.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) }
}

#[derive(Deserialize)]
struct TagIn {
    id: String,
    #[serde(default)]
    dct: Option<NaiveDate>,
    text: String,
}

#[derive(Serialize)]
struct TagOut<'a> {
    id: &'a str,
    timexes: Vec<TimexOut<'a>>,
}

#[derive(Serialize)]
struct TimexOut<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(rename = "type")]
    kind: timeline_extract::timex::TimexType,
    value: String,
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    modifier: Option<&'static str>,
}

fn tag(throughput: bool) -> ExitCode {
    let lexicon = Lexicon::english();
    let stdin = io::stdin().lock();
    let mut stdout = io::BufWriter::new(io::stdout().lock());
    let mut failed = false;
    let mut bytes = 0usize;
    let mut busy = std::time::Duration::ZERO;
    for (n, line) in stdin.lines().enumerate() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("standard input, line {}: {e}", n + 1);
                failed = true;
                break;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        let doc: TagIn = match serde_json::from_str(&line) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("standard input, line {}: {e}", n + 1);
                failed = true;
                continue;
            }
        };
        let started = Instant::now();
        let mentions = parse::tagging(&doc.text, lexicon);
        let timexes = normalize::tag(&mentions, doc.dct);
        busy += started.elapsed();
        bytes += doc.text.len();
        let out = TagOut {
            id: &doc.id,
            timexes: timexes
                .iter()
                .map(|t| TimexOut {
                    start: t.start,
                    end: t.end,
                    text: doc.text.get(t.start..t.end).unwrap_or(""),
                    kind: t.timex_type(),
                    value: t.value.to_string(),
                    modifier: t.modifier.map(timeline_extract::timex::mod_code),
                })
                .collect(),
        };
        let written = serde_json::to_writer(&mut stdout, &out).is_ok() && stdout.write_all(b"\n").is_ok();
        if !written {
            return ExitCode::from(1);
        }
    }
    if stdout.flush().is_err() {
        return ExitCode::from(1);
    }
    if throughput {
        let secs = busy.as_secs_f64().max(1e-9);
        eprintln!("tagged {bytes} bytes in {secs:.3} s: {:.1} MB/s", bytes as f64 / secs / 1e6);
    }
    if failed { ExitCode::from(1) } else { ExitCode::SUCCESS }
}
