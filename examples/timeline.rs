//! `timeline`: the command line of timeline-extract.
//!
//! ```text
//! cargo run --release --example timeline                      # the seed documents, as text
//! cargo run --release --example timeline -- extract [--format text|json|jsonl|markdown|html|timelinejs] [--published ID=YYYY-MM-DD]... [PATH...]
//! cargo run --release --example timeline -- tag < docs.jsonl > timexes.jsonl
//! cargo run --release --example timeline -- merge A.json B.json ... > merged.json
//! ```
//!
//! Exit status: 0 when every input was read; 1 when some input could not be read or parsed (each is
//! named on standard error, and the rest is still processed and printed); 2 for a usage error.
//!
//! On a terminal, a long run shows its progress on standard error; when standard error is not a
//! terminal, nothing but the problems is written there.

use std::collections::HashSet;
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use serde::Deserialize;
use timeline_extract::input::{Kind, Reader};
use timeline_extract::render::{self, Options};
use timeline_extract::timex::TimexType;
use timeline_extract::{Error, Timeline};

#[path = "timeline/tag_input.rs"]
mod tag_input;

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
        /// Read every input as this kind, whatever its name (by default: by extension, else by content).
        #[arg(long = "input-format", value_enum)]
        input_format: Option<InputFormat>,
        /// The title of the HTML page, the Markdown list or the TimelineJS title slide.
        #[arg(long)]
        title: Option<String>,
        /// The width of text output in characters (0: no wrapping). Default: $COLUMNS, else 100.
        #[arg(long)]
        width: Option<usize>,
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
    Html,
    Timelinejs,
}

impl Format {
    fn library(self) -> render::Format {
        match self {
            Format::Text => render::Format::Text,
            Format::Json => render::Format::Json,
            Format::Jsonl => render::Format::Jsonl,
            Format::Markdown => render::Format::Markdown,
            Format::Html => render::Format::Html,
            Format::Timelinejs => render::Format::TimelineJs,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum InputFormat {
    Text,
    Markdown,
    Html,
    Jsonl,
}

impl InputFormat {
    fn kind(self) -> Kind {
        match self {
            InputFormat::Text => Kind::Text,
            InputFormat::Markdown => Kind::Markdown,
            InputFormat::Html => Kind::Html,
            InputFormat::Jsonl => Kind::Jsonl,
        }
    }
}

/// How to read the inputs and show the timeline.
struct Settings {
    format: Format,
    input_format: Option<InputFormat>,
    title: Option<String>,
    width: Option<usize>,
}

fn published_arg(s: &str) -> Result<(String, NaiveDate), String> {
    let (id, date) = s.rsplit_once('=').ok_or_else(|| format!("{s:?} is not ID=YYYY-MM-DD"))?;
    let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").map_err(|e| format!("{date:?}: {e}"))?;
    Ok((id.to_string(), date))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        None => extract(
            Settings { format: Format::Text, input_format: None, title: None, width: None },
            Vec::new(),
            Vec::new(),
        ),
        Some(Command::Extract { format, input_format, title, width, published, paths }) => {
            extract(Settings { format, input_format, title, width }, published, paths)
        }
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

fn extract(settings: Settings, published: Vec<(String, NaiveDate)>, paths: Vec<PathBuf>) -> ExitCode {
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
    let mut progress = Progress::new();
    let mut reader = Reader::new();
    if let Some(kind) = settings.input_format {
        reader = reader.kind(kind.kind());
    }
    let loaded = reader.read_paths_with(&paths, |done, total| progress.files(done, total));
    let mut docs = loaded.documents;
    let mut problems: Vec<String> = loaded.errors.iter().map(ToString::to_string).collect();

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

    let timeline = match progress.while_extracting(docs.len(), || timeline_extract::extract_timeline(&docs)) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    let mut options = Options::new().documents(&docs).width(settings.width.unwrap_or_else(terminal_width));
    if let Some(title) = settings.title {
        options = options.title(title);
    }
    let out = render::render(&timeline, settings.format.library(), &options);
    let mut stdout = io::stdout().lock();
    if stdout.write_all(out.as_bytes()).and_then(|()| stdout.flush()).is_err() {
        return ExitCode::from(1);
    }
    for p in &problems {
        eprintln!("{p}");
    }
    if problems.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) }
}

/// $COLUMNS when set, else 100.
fn terminal_width() -> usize {
    std::env::var("COLUMNS").ok().and_then(|c| c.trim().parse().ok()).filter(|&c| c > 0).unwrap_or(100)
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

/// How many documents `tag` reads before tagging them together: many on all cores with `parallel`, to share
/// them out; few on one core, so that each document's text is still in the cache when its timexes' text is
/// written (with a batch of 1024, some 2 MB of text, reading it back for the output took 3% of the time).
const TAG_BATCH: usize = if cfg!(feature = "parallel") { 1024 } else { 32 };

fn tag(throughput: bool) -> ExitCode {
    let mut stdout = io::BufWriter::new(io::stdout().lock());
    let mut bytes = 0usize;
    let mut busy = std::time::Duration::ZERO;
    // The output line and a timex's value, reused from one document to the next.
    let (mut line, mut value) = (Vec::new(), String::new());
    let mut input =
        TagReader { lines: tag_input::Lines::new(io::stdin().lock()).enumerate(), failed: false, ended: false };
    let mut batch = input.batch();
    // The batch tagged last, written while the next one is tagged.
    let mut done: Option<(Vec<TagIn>, Vec<Vec<timeline_extract::normalize::Timex>>)> = None;
    let mut write = |batch: &[TagIn], all: &[Vec<timeline_extract::normalize::Timex>], bytes: &mut usize| {
        for (doc, timexes) in batch.iter().zip(all) {
            *bytes += doc.text.len();
            line.clear();
            tag_line(&mut line, &mut value, doc, timexes);
            stdout.write_all(&line)?;
        }
        io::Result::Ok(())
    };
    while !batch.is_empty() {
        let tag_batch = |batch: &[TagIn]| {
            let started = Instant::now();
            let texts: Vec<(&str, Option<NaiveDate>)> = batch.iter().map(|d| (d.text.as_str(), d.dct)).collect();
            (timeline_extract::tag_many(&texts), started.elapsed())
        };
        // On all cores, the last batch is written and the next one read while this one is tagged; on one
        // core, in turn.
        let ((all, took), next, written) = if cfg!(feature = "parallel") {
            std::thread::scope(|s| {
                let tagging = s.spawn(|| tag_batch(&batch));
                let written = done.take().map_or(Ok(()), |(b, a)| write(&b, &a, &mut bytes));
                let next = input.batch();
                (tagging.join().unwrap_or_else(|e| std::panic::resume_unwind(e)), next, written)
            })
        } else {
            let written = done.take().map_or(Ok(()), |(b, a)| write(&b, &a, &mut bytes));
            (tag_batch(&batch), input.batch(), written)
        };
        if written.is_err() {
            return ExitCode::from(1);
        }
        busy += took;
        done = Some((batch, all));
        batch = next;
    }
    if done.take().is_some_and(|(b, a)| write(&b, &a, &mut bytes).is_err()) {
        return ExitCode::from(1);
    }
    if stdout.flush().is_err() {
        return ExitCode::from(1);
    }
    if throughput {
        let secs = busy.as_secs_f64().max(1e-9);
        eprintln!("tagged {bytes} bytes in {secs:.3} s: {:.1} MB/s", bytes as f64 / secs / 1e6);
    }
    if input.failed { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

/// The documents of `tag`, read from standard input a batch at a time.
struct TagReader<R: io::BufRead> {
    lines: std::iter::Enumerate<tag_input::Lines<R>>,
    /// A line could not be read as a document (each is named on standard error).
    failed: bool,
    /// Reading failed: what was read is tagged, and nothing more is read.
    ended: bool,
}

impl<R: io::BufRead> TagReader<R> {
    /// The next documents, up to [`TAG_BATCH`]; none at the end of the input.
    fn batch(&mut self) -> Vec<TagIn> {
        let mut batch = Vec::with_capacity(TAG_BATCH);
        if self.ended {
            return batch;
        }
        for (n, line) in self.lines.by_ref() {
            let read = match line {
                tag_input::Line::Read(f) => Ok(TagIn { id: f.id, dct: f.dct, text: f.text }),
                tag_input::Line::Text(line) if line.trim().is_empty() => continue,
                tag_input::Line::Text(line) => tag_input::read(&line)
                    .map(|f| TagIn { id: f.id, dct: f.dct, text: f.text })
                    .map_or_else(|| serde_json::from_str::<TagIn>(&line), Ok),
                tag_input::Line::Bad(reason) => {
                    eprintln!("standard input, line {}: {reason}", n + 1);
                    self.failed = true;
                    continue;
                }
                tag_input::Line::Error(e) => {
                    eprintln!("standard input, line {}: {e}", n + 1);
                    self.failed = true;
                    self.ended = true;
                    break;
                }
            };
            match read {
                Ok(d) => batch.push(d),
                Err(e) => {
                    eprintln!("standard input, line {}: {e}", n + 1);
                    self.failed = true;
                }
            }
            if batch.len() == TAG_BATCH {
                break;
            }
        }
        batch
    }
}

/// Appends one output line of `tag`: `{"id":...,"timexes":[{"start":..,"end":..,"text":..,"type":..,"value":..,
/// "mod":..},...]}` and a line break, as serde_json writes it (compact, `mod` only when there is one).
/// `value` is scratch space.
fn tag_line(out: &mut Vec<u8>, value: &mut String, doc: &TagIn, timexes: &[timeline_extract::normalize::Timex]) {
    use std::fmt::Write as _;
    out.extend_from_slice(b"{\"id\":");
    json_str(out, &doc.id);
    out.extend_from_slice(b",\"timexes\":[");
    for (k, t) in timexes.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        out.extend_from_slice(b"{\"start\":");
        json_uint(out, t.start);
        out.extend_from_slice(b",\"end\":");
        json_uint(out, t.end);
        out.extend_from_slice(b",\"text\":");
        json_str(out, doc.text.get(t.start..t.end).unwrap_or(""));
        out.extend_from_slice(match t.timex_type() {
            TimexType::Date => b",\"type\":\"DATE\"",
            TimexType::Time => b",\"type\":\"TIME\"",
            TimexType::Duration => b",\"type\":\"DURATION\"",
            TimexType::Set => b",\"type\":\"SET\"",
        });
        out.extend_from_slice(b",\"value\":");
        if !json_common_value(out, &t.value) {
            // Writing into a String cannot fail.
            let _ = write!(value, "{}", t.value);
            json_str(out, value);
            value.clear();
        }
        if let Some(m) = t.modifier {
            out.extend_from_slice(b",\"mod\":");
            json_str(out, timeline_extract::timex::mod_code(m));
        }
        out.push(b'}');
    }
    out.extend_from_slice(b"]}\n");
}

/// Appends the commonest values as JSON strings, as their `Display` writes them, and returns true: a day,
/// month, year, quarter or week of a known year 1-9999 ("2015-10-07", "2015-10", "2015", "2015-Q3",
/// "2015-W41") and the vague references ("PRESENT_REF"); returns false for any other value (written by
/// `Display`). They need neither the formatting machinery nor escapes.
fn json_common_value(out: &mut Vec<u8>, value: &timeline_extract::timex::Value) -> bool {
    use timeline_extract::lang::Reference;
    use timeline_extract::timex::{Point, Value};
    let (year, parts, tail): (i32, &[u8], &[u8]) = match *value {
        Value::Point(Point::Day { year: Some(y @ 1..=9999), month: m @ 1..100, day: d @ 1..100 }) => (y, &[m, d], b""),
        Value::Point(Point::Month { year: Some(y @ 1..=9999), month: m @ 1..100 }) => (y, &[m], b""),
        Value::Point(Point::Year(y @ 1..=9999)) => (y, &[], b""),
        Value::Point(Point::Quarter { year: Some(y @ 1..=9999), quarter: q @ 1..=4 }) => {
            (y, &[], [b"-Q1", b"-Q2", b"-Q3", b"-Q4"][usize::from(q - 1)])
        }
        Value::Point(Point::Week { year: y @ 1..=9999, week }) if week < 100 => {
            out.extend_from_slice(b"\"");
            json_digits(out, y.unsigned_abs());
            let week = u32::from(week);
            out.extend_from_slice(&[b'-', b'W', b'0' + (week / 10) as u8, b'0' + (week % 10) as u8, b'"']);
            return true;
        }
        Value::Reference(r) => {
            out.extend_from_slice(match r {
                Reference::Present => b"\"PRESENT_REF\"",
                Reference::Past => b"\"PAST_REF\"",
                Reference::Future => b"\"FUTURE_REF\"",
                _ => return false,
            });
            return true;
        }
        _ => return false,
    };
    out.push(b'"');
    json_digits(out, year.unsigned_abs());
    let digit = |n: u32| b'0' + (n % 10) as u8;
    for &p in parts {
        out.extend_from_slice(&[b'-', digit(u32::from(p) / 10), digit(u32::from(p))]);
    }
    out.extend_from_slice(tail);
    out.push(b'"');
    true
}

/// Appends a year 1-9999 in four digits.
fn json_digits(out: &mut Vec<u8>, year: u32) {
    let digit = |n: u32| b'0' + (n % 10) as u8;
    out.extend_from_slice(&[digit(year / 1000), digit(year / 100), digit(year / 10), digit(year)]);
}

/// Appends `n` in decimal, two digits at a time.
fn json_uint(out: &mut Vec<u8>, n: usize) {
    const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
        2021222324252627282930313233343536373839\
        4041424344454647484950515253545556575859\
        6061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899";
    let mut digits = [0u8; 20];
    let mut k = digits.len();
    let mut n = n;
    while n >= 100 {
        let pair = n % 100 * 2;
        n /= 100;
        k -= 2;
        digits[k..k + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    }
    if n >= 10 {
        k -= 2;
        digits[k..k + 2].copy_from_slice(&PAIRS[n * 2..n * 2 + 2]);
    } else {
        k -= 1;
        digits[k] = b'0' + n as u8;
    }
    out.extend_from_slice(&digits[k..]);
}

/// True when one of the eight bytes of `w` is `"`, `\\` or a control character (exact: with no such byte,
/// no step borrows across bytes).
fn needs_escape(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    zero(w ^ (ONES * u64::from(b'"'))) | zero(w ^ (ONES * u64::from(b'\\'))) | (w.wrapping_sub(ONES * 0x20) & !w & HIGH)
        != 0
}

/// Appends `s` as a JSON string, escaped as serde_json escapes it: `"`, `\\` and control characters, the
/// common ones in their short forms, the others as `\u00XX`; everything else as it is.
fn json_str(out: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    // Per byte, the letter of its escape (`u` for `\u00XX`), or 0 when it stands as it is.
    const ESCAPE: [u8; 256] = {
        let mut table = [0u8; 256];
        let mut b = 0;
        while b < 0x20 {
            table[b] = b'u';
            b += 1;
        }
        table[b'"' as usize] = b'"';
        table[b'\\' as usize] = b'\\';
        table[b'\n' as usize] = b'n';
        table[b'\t' as usize] = b't';
        table[b'\r' as usize] = b'r';
        table[0x08] = b'b';
        table[0x0c] = b'f';
        table
    };
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    // Eight bytes at a time while none needs an escape (the common case: no byte does).
    let mut clean = 0;
    while let Some(eight) = bytes.get(clean..clean + 8).and_then(|r| r.first_chunk::<8>()) {
        if needs_escape(u64::from_le_bytes(*eight)) {
            break;
        }
        clean += 8;
    }
    let mut plain = 0;
    for (k, &b) in bytes.iter().enumerate().skip(clean) {
        let short = ESCAPE[usize::from(b)];
        if short == 0 {
            continue;
        }
        out.extend_from_slice(&bytes[plain..k]);
        plain = k + 1;
        out.extend_from_slice(&[b'\\', short]);
        if short == b'u' {
            out.extend_from_slice(&[b'0', b'0', HEX[usize::from(b >> 4)], HEX[usize::from(b & 0xf)]]);
        }
    }
    out.extend_from_slice(&bytes[plain..]);
    out.push(b'"');
}

/// A progress line on standard error, drawn only when it is a terminal and the run takes a while.
struct Progress {
    on: bool,
    started: Instant,
    drawn: Option<Instant>,
}

impl Progress {
    /// Drawing starts after this long, so that short runs show nothing.
    const DELAY: Duration = Duration::from_millis(400);
    const EVERY: Duration = Duration::from_millis(100);

    fn new() -> Progress {
        let on = io::stderr().is_terminal() && std::env::var_os("TERM").is_none_or(|t| t != "dumb");
        Progress { on, started: Instant::now(), drawn: None }
    }

    fn draw(&mut self, line: &str, force: bool) {
        if !self.on || self.started.elapsed() < Self::DELAY {
            return;
        }
        if !force && self.drawn.is_some_and(|d| d.elapsed() < Self::EVERY) {
            return;
        }
        self.drawn = Some(Instant::now());
        let mut err = io::stderr().lock();
        let _ = write!(err, "\r\x1b[2K{line}");
        let _ = err.flush();
    }

    /// After each file read.
    fn files(&mut self, done: usize, total: usize) {
        const BAR: usize = 30;
        let filled = (done * BAR).checked_div(total).unwrap_or(BAR).min(BAR);
        let line = format!("reading [{}{}] {done}/{total} files", "#".repeat(filled), "-".repeat(BAR - filled));
        self.draw(&line, done == total);
    }

    /// Runs the extraction, showing the time it has taken so far; clears the line when done.
    fn while_extracting<T: Send>(&mut self, docs: usize, work: impl FnOnce() -> T + Send) -> T {
        if !self.on {
            return work();
        }
        let (stop, stopped) = mpsc::channel::<()>();
        let started = self.started;
        let result = std::thread::scope(|scope| {
            let ticker = scope.spawn(move || {
                let mut p = Progress { on: true, started, drawn: None };
                let begun = Instant::now();
                while stopped.recv_timeout(Self::EVERY).is_err() {
                    p.draw(
                        &format!("extracting the timeline of {docs} documents… {:.1} s", begun.elapsed().as_secs_f64()),
                        true,
                    );
                }
                p.drawn.is_some()
            });
            let result = work();
            let _ = stop.send(());
            let drew = ticker.join().unwrap_or(false);
            (result, drew)
        });
        let (result, drew) = result;
        if drew || self.drawn.is_some() {
            let mut err = io::stderr().lock();
            let _ = write!(err, "\r\x1b[2K");
            let _ = err.flush();
        }
        result
    }
}
