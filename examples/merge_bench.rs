//! `merge_bench`: the cost of the merge at scale, on a corpus generated from real news text.
//!
//! ```text
//! cargo run --release --example merge_bench -- --repeat 3     # 15,625 to 1,000,000 reports, doubling; a process per run
//! cargo run --release --example merge_bench -- --sizes 10000,1000000
//! cargo run --release --example merge_bench -- --reports 1000000                  # one size
//! cargo run --release --example merge_bench -- --reports 100000 --quality         # and B-cubed scores
//! cargo run --release --example merge_bench -- --reports 100000 --json            # merge two halves read from JSON
//! ```
//!
//! The corpus: the sentences of the TempEval-3 training documents (`../shared/corpora/tempeval3-train`)
//! are the happenings, taken in turn in a shuffled order (a sentence comes back only after all the
//! others, with its figures changed). Each happening of the story is told on one day (over `--days` days, 365 by
//! default, whatever the size: more reports make denser days) by one to five of 100 outlets, each in a
//! rewrite of its own (verbatim, with an attribution added in front or at the end, or with words left
//! out). An outlet's reports of one day form its documents, up to twelve paragraphs under a dateline.
//! Every figure is printed by this program: the map step (parsing every document into its state) and
//! the reduce step (anchoring and merging all the states: what `timeline merge` runs) are timed apart,
//! and the peak resident memory of the process (`VmHWM`, which includes the states held as input) is
//! read from `/proc/self/status` at the end. Single-threaded: the library uses one core.

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::{Command, ExitCode};
use std::time::Instant;

use chrono::{Duration, NaiveDate};
use timeline_extract::merge::Unit;
use timeline_extract::{Document, Extractor};

const OUTLETS: u64 = 100;
const PARAGRAPHS: usize = 12;
/// Without `--days`, the story runs over one day per this many reports: the days are as dense at every size.
const REPORTS_PER_DAY: usize = 1000;

/// A small deterministic generator (splitmix64), so that every run makes the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// The sentences of the corpus documents that can stand as reports: 8 to 60 words, one line.
fn pool(corpus: &PathBuf) -> Result<Vec<String>, String> {
    let text = std::fs::read_to_string(corpus).map_err(|e| format!("{}: {e}", corpus.display()))?;
    let extractor = Extractor::new();
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("{}:{}: {e}", corpus.display(), n + 1))?;
        let Some(body) = v.get("text").and_then(|t| t.as_str()) else { continue };
        let unit = extractor.state(&Document::new("x", body));
        for s in unit.state.sentences {
            let words = s.split_whitespace().count();
            if (8..=60).contains(&words) && !s.contains('\n') {
                out.push(s);
            }
        }
    }
    out.sort();
    out.dedup();
    if out.is_empty() {
        return Err(format!("{}: no sentences", corpus.display()));
    }
    Ok(out)
}

const SPEAKERS: [&str; 6] = [
    "officials said",
    "the ministry said",
    "a spokesman said",
    "sources said",
    "the agency reported",
    "witnesses said",
];

/// One outlet's rewrite of a sentence.
fn rewrite(s: &str, rng: &mut Rng) -> String {
    let body = s.trim_end_matches(['.', '"', '\u{201d}']);
    match rng.below(4) {
        0 => s.to_string(),
        1 => format!("{body}, {}.", SPEAKERS[rng.below(SPEAKERS.len() as u64) as usize]),
        2 => {
            let mut cs = body.chars();
            let first: String = cs.next().map(|c| c.to_lowercase().collect()).unwrap_or_default();
            format!(
                "According to {}, {first}{}.",
                ["officials", "the agency", "reports"][rng.below(3) as usize],
                cs.as_str()
            )
        }
        _ => {
            // Leave out one or two words that are not numbers.
            let mut words: Vec<&str> = s.split(' ').collect();
            for _ in 0..1 + rng.below(2) {
                if words.len() > 6 {
                    let k = 1 + rng.below(words.len() as u64 - 2) as usize;
                    if !words[k].chars().any(|c| c.is_ascii_digit()) {
                        words.remove(k);
                    }
                }
            }
            words.join(" ")
        }
    }
}

/// The sentence as another happening of its kind would read: each figure of 10 or more that is not a year
/// becomes another figure, so that happenings told with the same words but other numbers stay apart.
fn figures(s: &str, rng: &mut Rng) -> String {
    s.split(' ')
        .map(|w| {
            let digits: String = w.chars().filter(char::is_ascii_digit).collect();
            let plain = w.chars().all(|c| c.is_ascii_digit() || c == ',');
            match digits.parse::<u64>() {
                Ok(n) if plain && n >= 10 && !(1900..=2030).contains(&n) => {
                    (10 + rng.below(n.max(100) * 3)).to_string()
                }
                _ => w.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The documents of the corpus, `reports` reports in all, handed one by one to `sink`. Returns how many
/// happenings were generated.
fn generate(pool: &[String], reports: usize, days: u32, mut sink: impl FnMut(Document, Vec<(usize, u32)>)) -> usize {
    let mut rng = Rng(0x7131_e11e);
    let start = NaiveDate::from_ymd_opt(2015, 1, 1).unwrap_or_default();
    let mut made = 0usize;
    let mut happenings = 0usize;
    // The sentences in a shuffled order, taken in turn: a sentence comes back only after all the others.
    let mut deck: Vec<usize> = (0..pool.len()).collect();
    for k in (1..deck.len()).rev() {
        deck.swap(k, rng.below(k as u64 + 1) as usize);
    }
    for day in 0..days {
        let quota = reports * (day as usize + 1) / days as usize;
        let date = start + Duration::days(i64::from(day));
        let mut by_outlet: Vec<Vec<(String, u32)>> = vec![Vec::new(); OUTLETS as usize];
        while made < quota {
            let s = &figures(&pool[deck[happenings % deck.len()]], &mut rng);
            let copies = (1 + rng.below(5) as usize).min(quota - made);
            let first = rng.below(OUTLETS);
            for c in 0..copies {
                let outlet = (first + 7 * c as u64) % OUTLETS;
                by_outlet[outlet as usize].push((rewrite(s, &mut rng), happenings as u32));
            }
            made += copies;
            happenings += 1;
        }
        for (outlet, paragraphs) in by_outlet.iter().enumerate() {
            for (part, chunk) in paragraphs.chunks(PARAGRAPHS).enumerate() {
                let mut text = date.format("%-d %B %Y").to_string();
                let mut truth = Vec::with_capacity(chunk.len());
                for (paragraph, happening) in chunk {
                    text.push_str("\n\n");
                    truth.push((text.len(), *happening));
                    text.push_str(paragraph);
                }
                text.push('\n');
                sink(Document::new(format!("{outlet:03}-{day:04}-{part:02}"), text), truth);
            }
        }
    }
    happenings
}

/// Seconds this thread has spent on a CPU (the scheduler's own count), which other jobs on the machine
/// do not inflate as they inflate the wall clock.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").unwrap_or_default();
    stat.split_whitespace().next().and_then(|ns| ns.parse::<f64>().ok()).map_or(f64::NAN, |ns| ns / 1e9)
}

fn peak_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

/// B-cubed precision and recall of the events against the happenings the corpus was generated from: for
/// each report, the share of its event's reports that tell its happening, and the share of its
/// happening's reports that its event holds.
fn bcubed(timeline: &timeline_extract::Timeline, truth: &HashMap<String, Vec<(usize, u32)>>) -> (f64, f64) {
    let happening = |doc: &str, start: usize| -> Option<u32> {
        let t = truth.get(doc)?;
        let k = t.partition_point(|(s, _)| *s <= start).checked_sub(1)?;
        Some(t[k].1)
    };
    let mut size: HashMap<u32, usize> = HashMap::new();
    let labels: Vec<Vec<Option<u32>>> =
        timeline.events.iter().map(|e| e.reports.iter().map(|r| happening(&r.doc, r.start)).collect()).collect();
    for h in labels.iter().flatten().flatten() {
        *size.entry(*h).or_default() += 1;
    }
    let (mut p, mut r, mut n) = (0.0, 0.0, 0usize);
    for event in &labels {
        let mut count: HashMap<u32, usize> = HashMap::new();
        for h in event.iter().flatten() {
            *count.entry(*h).or_default() += 1;
        }
        for h in event.iter().flatten() {
            let same = count[h] as f64;
            p += same / event.len() as f64;
            r += same / size[h] as f64;
            n += 1;
        }
    }
    (p / n.max(1) as f64, r / n.max(1) as f64)
}

/// The reduce step as `timeline merge` runs it: two halves of the corpus reduced apart and written as
/// JSON, then read back and merged.
fn through_json(extractor: &Extractor, mut units: Vec<Unit>) -> Result<(), String> {
    let second = units.split_off(units.len() / 2);
    let halves = [extractor.reduce(units).to_json(), extractor.reduce(second).to_json()];
    let bytes: usize = halves.iter().map(String::len).sum();
    let (t, c) = (Instant::now(), cpu_seconds());
    let read: Vec<timeline_extract::Timeline> = halves
        .iter()
        .map(|j| timeline_extract::Timeline::from_json(j).map_err(|e| e.to_string()))
        .collect::<Result<_, _>>()?;
    let (parse, parse_cpu) = (t.elapsed().as_secs_f64(), cpu_seconds() - c);
    let merged = extractor.merge_owned(read).map_err(|e| e.to_string())?;
    let out = merged.to_json();
    let (total, total_cpu) = (t.elapsed().as_secs_f64(), cpu_seconds() - c);
    println!(
        "           through JSON: two halves, {:.0} MB in, {:.0} MB out; read {parse:.2} s (cpu {parse_cpu:.2}), read + merge + write {total:.2} s (cpu {total_cpu:.2}); peak {:.0} MiB",
        bytes as f64 / 1e6,
        out.len() as f64 / 1e6,
        peak_mib()
    );
    Ok(())
}

fn one(corpus: &PathBuf, reports: usize, days: Option<u32>, quality: bool, json: bool) -> Result<(), String> {
    let days = days.unwrap_or((reports / REPORTS_PER_DAY).max(1) as u32).max(1);
    let pool = pool(corpus)?;
    let extractor = Extractor::new();
    let mut units: Vec<Unit> = Vec::new();
    let mut documents = 0usize;
    let (t0, c0) = (Instant::now(), cpu_seconds());
    let mut truth: HashMap<String, Vec<(usize, u32)>> = HashMap::new();
    let happenings = generate(&pool, reports, days, |doc, labels| {
        documents += 1;
        units.push(extractor.state(&doc));
        if quality {
            truth.insert(doc.id, labels);
        }
    });
    let (map, map_cpu) = (t0.elapsed().as_secs_f64(), cpu_seconds() - c0);
    if json {
        return through_json(&extractor, units);
    }
    let (t1, c1) = (Instant::now(), cpu_seconds());
    let timeline = extractor.reduce(units);
    let (reduce, reduce_cpu) = (t1.elapsed().as_secs_f64(), cpu_seconds() - c1);
    let found: usize = timeline.events.iter().map(|e| e.reports.len()).sum();
    let peak = peak_mib();
    println!(
        "days {days:>5}  reports {found:>8}  documents {documents:>7}  happenings {happenings:>7}  events {:>7}  map {map:>6.2} s (cpu {map_cpu:>6.2})  reduce {reduce:>7.3} s (cpu {reduce_cpu:>7.3})  peak {peak:>5.0} MiB",
        timeline.events.len()
    );
    if quality {
        let (p, r) = bcubed(&timeline, &truth);
        println!("           B-cubed against the generated happenings: precision {p:.3}  recall {r:.3}");
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let value = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let corpus = PathBuf::from(value("--corpus").unwrap_or_else(|| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpora/tempeval3-train/docs.jsonl").to_string()
    }));
    let days: Option<u32> = value("--days").and_then(|d| d.parse().ok());
    if let Some(n) = value("--reports") {
        let Ok(n) = n.parse::<usize>() else {
            eprintln!("--reports {n}: not a number");
            return ExitCode::from(2);
        };
        let flag = |name: &str| args.iter().any(|a| a == name);
        return match one(&corpus, n, days, flag("--quality"), flag("--json")) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{e}");
                ExitCode::from(1)
            }
        };
    }
    let sizes = value("--sizes").unwrap_or_else(|| "15625,31250,62500,125000,250000,500000,1000000".into());
    let repeat: usize = value("--repeat").and_then(|r| r.parse().ok()).unwrap_or(1).max(1);
    let Ok(exe) = std::env::current_exe() else {
        eprintln!("cannot find this program's path");
        return ExitCode::from(1);
    };
    // Each run in a process of its own, so that each peak is its own; the fastest reduce of each size, on
    // the wall clock and in CPU time (which waiting for a core shared with other jobs does not inflate).
    let mut best: Vec<(String, f64, f64, f64)> = Vec::new();
    for size in sizes.split(',') {
        for _ in 0..repeat {
            let mut command = Command::new(&exe);
            command.args(["--reports", size, "--corpus"]).arg(&corpus);
            if let Some(d) = days {
                command.args(["--days", &d.to_string()]);
            }
            let out = match command.output() {
                Ok(out) if out.status.success() => out,
                _ => {
                    eprintln!("size {size} failed");
                    return ExitCode::from(1);
                }
            };
            let line = String::from_utf8_lossy(&out.stdout).to_string();
            print!("{line}");
            let figure = |label: &str| {
                let after = line.split(label).nth(1)?;
                after.split(|c: char| c.is_whitespace() || c == ')').find(|w| !w.is_empty())?.parse::<f64>().ok()
            };
            let reduce_part = line.split(" reduce ").nth(1).unwrap_or_default();
            let cpu = reduce_part
                .split("(cpu")
                .nth(1)
                .and_then(|r| r.split(')').next())
                .and_then(|x| x.trim().parse::<f64>().ok());
            let (Some(reduce), Some(cpu), Some(peak)) = (figure(" reduce "), cpu, figure(" peak ")) else { continue };
            match best.last_mut() {
                Some((s, r, c, p)) if s == size => {
                    *r = r.min(reduce);
                    *c = c.min(cpu);
                    *p = p.max(peak);
                }
                _ => best.push((size.to_string(), reduce, cpu, peak)),
            }
        }
    }
    if repeat > 1 || best.len() > 1 {
        println!(
            "\nfastest reduce of {repeat} run(s) per size (wall clock, CPU time), and the ratio to the size before:"
        );
        let mut previous: Option<(f64, f64, f64)> = None;
        for (size, reduce, cpu, peak) in &best {
            let n: f64 = size.parse().unwrap_or(f64::NAN);
            let ratio = previous.map_or(String::new(), |(pn, pr, pc)| {
                format!("  x{:.2} wall, x{:.2} cpu for x{:.2} the reports", reduce / pr, cpu / pc, n / pn)
            });
            println!("  {size:>8} reports  reduce {reduce:>7.3} s, cpu {cpu:>7.3} s  peak {peak:>5.0} MiB{ratio}");
            previous = Some((n, *reduce, *cpu));
        }
    }
    ExitCode::SUCCESS
}
