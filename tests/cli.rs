//! The command line end to end: the binary run on the fixtures, its standard output, its standard
//! error and its exit status.

mod common;
use common::binary;

use std::process::{Command, Output, Stdio};

fn run(args: &[&str]) -> Output {
    Command::new(binary())
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .output()
        .expect("run the binary")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("UTF-8 errors")
}

#[test]
fn a_mixed_folder_gives_one_timeline_of_every_good_input_and_names_the_binary_file() {
    let out = run(&["extract", "--format", "json", "fixtures/mixed"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out), "fixtures/mixed/strike-map.png: not a text file (a NUL byte at offset 8)\n");
    let t = timeline_extract::Timeline::from_json(&stdout(&out)).expect("a timeline");
    let ids: Vec<&str> = t.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids.len(), 8, "{ids:?}");
    for id in [
        "000_8d1b5cfa222b0392.txt",
        "004_a94e1ed83033f5ea.txt",
        "meridian-herald-caspian-launch.html",
        "wire-2015-10-01",
        "wire-2015-11-04",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
        assert!(t.events.iter().any(|e| e.sources.iter().any(|s| s == id)), "no event from {id}");
    }
    // One timeline: the page's report of the Caspian launch joins the seeds' event of 7 October.
    let launch = t
        .events
        .iter()
        .find(|e| {
            e.reports
                .iter()
                .any(|r| r.doc == "meridian-herald-caspian-launch.html" && r.text.contains("26 cruise missiles"))
        })
        .expect("the page's launch report");
    assert_eq!(launch.date.as_ref().map(|d| d.value.as_str()), Some("2015-10-07"));
}

#[test]
fn every_format_renders_the_mixed_folder() {
    for format in ["text", "json", "jsonl", "markdown", "html", "timelinejs"] {
        let out = run(&["extract", "--format", format, "fixtures/mixed"]);
        assert_eq!(out.status.code(), Some(1), "{format}");
        let text = stdout(&out);
        // Every rendering names the web page (by id or label) and the JSONL documents' events.
        assert!(text.contains("meridian-herald-caspian-launch.html") || text.contains("The Meridian"), "{format}");
        assert!(text.contains("1,631"), "{format}");
        match format {
            "json" | "timelinejs" => {
                serde_json::from_str::<serde_json::Value>(&text).expect("JSON");
            }
            "jsonl" => {
                for line in text.lines() {
                    serde_json::from_str::<serde_json::Value>(line).expect("JSON lines");
                }
            }
            _ => {}
        }
    }
}

#[test]
fn a_script_in_a_document_is_shown_as_text_in_the_page() {
    let out = run(&["extract", "--format", "html", "fixtures/hostile/script-in-text.txt"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let page = stdout(&out);
    assert!(page.contains("showed &lt;script&gt;alert(1)&lt;/script&gt; where its map"), "{page}");
    assert!(page.contains("&lt;img src=x onerror=&quot;alert(2)&quot;&gt;"));
    let lower = page.to_ascii_lowercase();
    assert!(!lower.contains("<script") && !lower.contains("<img") && !lower.contains("onerror=\""));
}

#[test]
fn the_default_run_prints_the_seed_timeline_as_text_and_nothing_on_standard_error() {
    let out = run(&[]);
    assert_eq!(out.status.code(), Some(0));
    // Standard error is not a terminal here: no progress bar, no noise.
    assert_eq!(stderr(&out), "");
    let text = stdout(&out);
    assert!(text.lines().next().is_some_and(|l| l.contains(" events from 5 documents")), "{text}");
    assert!(text.contains("\nWednesday 7 October 2015\n"));
    assert!(text.contains("000_8d1b5cfa222b0392.txt, Itar Tass, dated 2015-11-30 (dateline)"));
}

#[test]
fn standard_input_is_read_and_sniffed() {
    let page = b"<!DOCTYPE html><html><head><meta name=\"date\" content=\"2015-10-08\"></head>\
                 <body><p>Four ships fired 26 cruise missiles at targets in Syria on Wednesday.</p></body></html>";
    let out = run_with_input(&["extract", "-"], page);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Wednesday 7 October 2015\n  -  Four ships fired 26 cruise missiles"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["extract", "--format", "pdf"]).status.code(), Some(2));
    assert_eq!(run(&["extract", "--published", "x=yesterday"]).status.code(), Some(2));
}

/// The line `tag` writes for a document, as serde_json writes it, from the library's own tagging.
fn tag_line(id: &str, dct: Option<chrono::NaiveDate>, text: &str) -> String {
    #[derive(serde::Serialize)]
    struct Line<'a> {
        id: &'a str,
        timexes: Vec<Timex<'a>>,
    }
    #[derive(serde::Serialize)]
    struct Timex<'a> {
        start: usize,
        end: usize,
        text: &'a str,
        #[serde(rename = "type")]
        kind: timeline_extract::timex::TimexType,
        value: String,
        #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
        modifier: Option<&'static str>,
    }
    let timexes = timeline_extract::tag(text, dct)
        .iter()
        .map(|t| Timex {
            start: t.start,
            end: t.end,
            text: &text[t.start..t.end],
            kind: t.timex_type(),
            value: t.value.to_string(),
            modifier: t.modifier.map(timeline_extract::timex::mod_code),
        })
        .collect();
    serde_json::to_string(&Line { id, timexes }).expect("JSON") + "\n"
}

/// `timeline tag` run on `input`.
fn run_tag(input: &str) -> Output {
    run_tag_bytes(input.as_bytes())
}

/// `timeline tag` run on `input`, which need not be UTF-8.
fn run_tag_bytes(input: &[u8]) -> Output {
    run_with_input(&["tag"], input)
}

/// The binary run with `args` and `input` on its standard input.
fn run_with_input(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(binary())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run the binary");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("stdin");
        // Written from another thread, so that a large input does not wait on a full output pipe.
        let input = input.to_vec();
        std::thread::spawn(move || stdin.write_all(&input).expect("write"));
    }
    child.wait_with_output().expect("wait")
}

#[test]
fn tag_writes_each_document_as_serde_json_would() {
    // Ids and texts with quotes, backslashes, control characters (inside an expression too) and
    // non-ASCII letters; a document without a date.
    let docs = [
        (
            "a \"quoted\" id\\",
            Some("2015-10-10"),
            "Jets flew on Friday, about two weeks ago.\nIn mid-November \"it\" ended.",
        ),
        ("ctl\u{1}\u{8}\u{c}\u{1f}\u{7f}", None, "Ünïcödé on October\t7, 2015; «since 1999» — the past 24 hours."),
        ("empty", Some("2015-10-10"), ""),
        // Values that the fast path for common values must leave to `Display`: year 0 (1 BC), an unknown day.
        ("rare values", Some("1999-02-06"), "Built in 1 BC. Troops left last October; the base closed that same day."),
    ];
    let mut input = String::new();
    let mut want = String::new();
    for (id, dct, text) in docs {
        input.push_str(&serde_json::json!({"id": id, "dct": dct, "text": text}).to_string());
        input.push('\n');
        want.push_str(&tag_line(id, dct.and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()), text));
    }
    assert!(want.contains("\"mod\":") && want.contains("\\t"), "the documents exercise mod and escapes: {want}");
    assert!(want.contains("\"BC0001\"") && want.contains("\"1998-10-XX\""), "and rare values: {want}");
    let out = run_tag(&input);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), want);
}

#[test]
fn tag_reads_lines_across_its_buffer_and_reports_bad_ones() {
    // Over a megabyte of lines (one of two megabytes), so that lines straddle the reader's buffer; CRLF
    // line ends, a line that is not UTF-8, and a last line without a line break.
    let mut input = Vec::new();
    let mut want = String::new();
    let text = "Jets flew on Friday, about two weeks ago; the talks resume on 7 October. ".repeat(30);
    for k in 0..700 {
        let text = if k == 350 { text.repeat(1000) } else { format!("{k}: {text}") };
        let id = format!("doc{k}");
        input
            .extend_from_slice(serde_json::json!({"id": id, "dct": "2015-10-10", "text": text}).to_string().as_bytes());
        input.extend_from_slice(if k % 3 == 0 { b"\r\n" } else { b"\n" });
        want.push_str(&tag_line(&id, chrono::NaiveDate::from_ymd_opt(2015, 10, 10), &text));
    }
    input.extend_from_slice(b"{\"id\":\"bad\",\"text\":\"\xff on Monday\"}\n");
    input.extend_from_slice(br#"{"id":"last","text":"on Monday"}"#);
    want.push_str(&tag_line("last", None, "on Monday"));
    let out = run_tag_bytes(&input);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out) == want, "the output differs");
    assert_eq!(stderr(&out), "standard input, line 701: stream did not contain valid UTF-8\n");
}

#[test]
fn tag_goes_on_after_a_bad_first_line() {
    let out = run_tag_bytes(b"\xff\xfe not text\n{\"id\":\"b\",\"text\":\"on Monday\"}\n");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), tag_line("b", None, "on Monday"));
    assert_eq!(stderr(&out), "standard input, line 1: stream did not contain valid UTF-8\n");
}

#[test]
fn tag_reads_each_line_as_serde_json_would() {
    #[derive(serde::Deserialize)]
    struct Doc {
        id: String,
        #[serde(default)]
        dct: Option<chrono::NaiveDate>,
        text: String,
    }
    // Usual lines in odd spacing and order, every escape, and lines the fast reader leaves to serde_json:
    // another key, an escaped key, a repeated key, a lone surrogate, a raw control character, a bad
    // date, a number for a string, trailing characters.
    let lines = [
        r#"{"id":"a","dct":"2015-10-10","text":"On Friday, on October 7."}"#,
        " { \"text\" :\t\"Esc: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\ud83d\\ude00 \\u2019s on Oct. 7\" , \"id\" : \"b\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\ud83d\\ude00 \\u0001\" , \"dct\" : null } ",
        r#"{"id":"c","text":"no date given, on Monday"}"#,
        r#"{"id":"ü\u00fc","dct":"2015-10-10","text":"Grüße am 7. Oktober, on 7 October"}"#,
        r#"{"id":"d","dct":"2015-10-10","text":"x on Monday","extra":[1,{"y":null}]}"#,
        r#"{"\u0069d":"e","text":"an escaped key, on Monday"}"#,
        r#"{"id":"f","id":"g","text":"x"}"#,
        r#"{"id":"m","dct":null,"dct":"2015-10-10","text":"x"}"#,
        r#"{"id":"n","text":"x","text":"y"}"#,
        r#"{"id":"h","text":"bad \ud800 lone"}"#,
        "{\"id\":\"i\",\"text\":\"raw\ttab\"}",
        r#"{"id":"j","dct":"2015-13-40","text":"x"}"#,
        r#"{"id":5,"text":"x"}"#,
        r#"{"id":"k","text":"x"} trailing"#,
        r#"{"id":"l","dct":"2015-10-10","text":"the last one, on Monday"}"#,
    ];
    let (mut want_out, mut want_err) = (String::new(), String::new());
    for (n, line) in lines.iter().enumerate() {
        match serde_json::from_str::<Doc>(line) {
            Ok(d) => want_out.push_str(&tag_line(&d.id, d.dct, &d.text)),
            Err(e) => want_err.push_str(&format!("standard input, line {}: {e}\n", n + 1)),
        }
    }
    assert_eq!(want_out.lines().count(), 7, "{want_out}");
    let out = run_tag(&(lines.join("\n") + "\n"));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), want_out);
    assert_eq!(stderr(&out), want_err);
}
