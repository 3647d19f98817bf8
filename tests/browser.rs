//! The HTML page in a real browser: headless Chromium (Debian's `chromium`) opens the seed timeline
//! from a `file://` URL, and a checking page beside it reads its DOM: every event shown, top to
//! bottom in timeline order, the reports behind one opening on a click, nothing loaded, no script.
//! A screenshot is kept in `target/tmp/browser/seed-timeline.png`.
//!
//! Chromium is found as `$CHROMIUM`, else `chromium`, `chromium-browser` or `google-chrome` on the
//! path. Without one, the tests fail when `CI` is set (`.ci/run` installs it) and are skipped, loudly,
//! on a developer's machine.

mod common;
use common::seeds;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde_json::Value;
use timeline_extract::render::{Format, Options, render};
use timeline_extract::{Document, Timeline, extract_timeline};

fn chromium() -> Option<PathBuf> {
    let named = std::env::var_os("CHROMIUM").map(PathBuf::from);
    let candidates = named.into_iter().chain(["chromium", "chromium-browser", "google-chrome"].map(PathBuf::from));
    for c in candidates {
        let found = Command::new(&c).arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status();
        if found.is_ok_and(|s| s.success()) {
            return Some(c);
        }
    }
    None
}

/// Chromium, or `None` after saying why the test is skipped; a panic in CI.
fn browser_or_skip() -> Option<PathBuf> {
    let found = chromium();
    if found.is_none() {
        let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0");
        assert!(!ci, "Chromium is missing: .ci/run installs Debian's chromium before the tests (or set CHROMIUM)");
        let note =
            "SKIPPED: no Chromium found (install Debian's chromium, or set CHROMIUM); the browser test did not run\n";
        // Written past the test harness's capture where the system allows, so that the skip shows.
        match std::fs::OpenOptions::new().append(true).open("/dev/stderr") {
            Ok(mut stderr) => {
                let _ = stderr.write_all(note.as_bytes());
            }
            Err(_) => eprint!("{note}"),
        }
    }
    found
}

fn out_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser");
    std::fs::create_dir_all(&dir).expect("target/tmp/browser");
    dir
}

/// Runs headless Chromium with the flags this machine needs, killing it after a minute.
fn run_chromium(browser: &Path, args: &[String]) -> String {
    // A profile of its own: Chromium locks its profile, and the tests run at the same time.
    static RUNS: AtomicUsize = AtomicUsize::new(0);
    let profile = out_dir().join(format!("profile-{}-{}", std::process::id(), RUNS.fetch_add(1, Ordering::Relaxed)));
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start Chromium");
    // Read while it runs: a large DOM would fill the pipe and stall it.
    let mut stdout = child.stdout.take().expect("Chromium's output");
    let reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stdout, &mut bytes);
        bytes
    });
    let started = Instant::now();
    loop {
        match child.try_wait().expect("wait for Chromium") {
            Some(_) => break,
            None if started.elapsed() > Duration::from_secs(60) => {
                let _ = child.kill();
                panic!("Chromium took more than a minute");
            }
            None => std::thread::sleep(Duration::from_millis(50)),
        }
    }
    let out = reader.join().expect("Chromium's output");
    let _ = std::fs::remove_dir_all(profile);
    String::from_utf8_lossy(&out).into_owned()
}

fn file_url(p: &Path) -> String {
    format!("file://{}", p.display())
}

/// A page that loads `page` in a frame and writes what it finds in the frame's DOM into its own.
const CHECKER: &str = r#"<!DOCTYPE html>
<html><head><meta charset="utf-8"></head><body>
<pre id="result">pending</pre>
<iframe id="page" src="PAGE" style="width: 1280px; height: 900px"></iframe>
<script>
document.getElementById("page").addEventListener("load", () => {
  const out = {};
  try {
    const frame = document.getElementById("page");
    const d = frame.contentDocument;
    const events = [...d.querySelectorAll("li.event")];
    out.count = events.length;
    out.starts = events.map(e => e.dataset.start);
    out.texts = events.map(e => e.querySelector(".sentence").textContent);
    const boxes = events.map(e => e.getBoundingClientRect());
    out.visible = events.every((e, i) => boxes[i].height > 0 && getComputedStyle(e).visibility !== "hidden"
      && getComputedStyle(e).display !== "none");
    out.topToBottom = boxes.every((b, i) => i === 0 || b.top > boxes[i - 1].top);
    const details = d.querySelector("details.reports");
    const quote = details.querySelector("li.report");
    out.reportHiddenBefore = !details.open && !quote.checkVisibility();
    details.querySelector("summary").click();
    out.reportShownAfterClick = details.open && quote.checkVisibility() && quote.getBoundingClientRect().height > 0;
    out.scripts = d.querySelectorAll("script").length;
    out.images = d.querySelectorAll("img, iframe, object, embed").length;
    out.loaded = frame.contentWindow.performance.getEntriesByType("resource").map(r => r.name);
    out.title = d.title;
  } catch (e) {
    out.error = String(e);
  }
  document.getElementById("result").textContent = JSON.stringify(out);
});
</script>
</body></html>
"#;

/// Opens `page` through the checker and returns what the checker found.
fn check(browser: &Path, name: &str, page: &str) -> Value {
    let dir = out_dir();
    let page_path = dir.join(format!("{name}.html"));
    std::fs::write(&page_path, page).expect("write the page");
    let checker = dir.join(format!("{name}-check.html"));
    std::fs::write(&checker, CHECKER.replace("PAGE", &format!("{name}.html"))).expect("write the checker");
    let dom = run_chromium(
        browser,
        &[
            "--allow-file-access-from-files".to_string(),
            "--virtual-time-budget=10000".to_string(),
            "--dump-dom".to_string(),
            file_url(&checker),
        ],
    );
    let start =
        dom.find("<pre id=\"result\">").map(|k| k + "<pre id=\"result\">".len()).expect("the result in the DOM");
    let end = dom[start..].find("</pre>").map(|k| start + k).expect("the end of the result");
    let json =
        dom[start..end].replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", "\u{a0}").replace("&amp;", "&");
    let found: Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"));
    assert!(found.get("error").is_none(), "the checker failed: {found}");
    found
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_seed_timeline_page_shows_every_event_in_order_and_opens_reports_on_a_click() {
    let Some(browser) = browser_or_skip() else { return };
    let docs = seeds();
    let t: Timeline = extract_timeline(&docs).expect("timeline");
    let options = Options::new().title("Russia's air campaign in Syria, autumn 2015").documents(&docs);
    let page = render(&t, Format::Html, &options);
    let found = check(&browser, "seed-timeline", &page);

    assert_eq!(found["count"], t.events.len());
    let texts: Vec<String> = t.events.iter().map(|e| one_line(&e.text)).collect();
    assert_eq!(found["texts"], serde_json::json!(texts));
    let starts: Vec<String> = t
        .events
        .iter()
        .map(|e| e.date.as_ref().and_then(|d| d.start).map(|d| d.to_string()).unwrap_or_default())
        .collect();
    assert_eq!(found["starts"], serde_json::json!(starts));
    let dated: Vec<&String> = starts.iter().filter(|s| !s.is_empty()).collect();
    assert!(dated.windows(2).all(|w| w[0] <= w[1]), "dates out of order");
    assert_eq!(found["visible"], true);
    assert_eq!(found["topToBottom"], true);
    assert_eq!(found["reportHiddenBefore"], true);
    assert_eq!(found["reportShownAfterClick"], true);
    assert_eq!(found["scripts"], 0);
    assert_eq!(found["images"], 0);
    assert_eq!(found["loaded"], serde_json::json!([]));
    assert_eq!(found["title"], "Russia's air campaign in Syria, autumn 2015");

    // The screenshot, kept for a person to look at.
    let shot = out_dir().join("seed-timeline.png");
    let _ = std::fs::remove_file(&shot);
    run_chromium(
        &browser,
        &[
            "--window-size=1280,1600".to_string(),
            format!("--screenshot={}", shot.display()),
            file_url(&out_dir().join("seed-timeline.html")),
        ],
    );
    let png = std::fs::read(&shot).expect("the screenshot");
    assert!(png.starts_with(b"\x89PNG") && png.len() > 20_000, "{} bytes", png.len());
    eprintln!("screenshot: {}", shot.display());
}

#[test]
fn a_script_in_a_document_stays_text_in_the_browser() {
    let Some(browser) = browser_or_skip() else { return };
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/hostile/script-in-text.txt"))
            .expect("fixture");
    let t = extract_timeline(&[Document::new("script-in-text.txt", text)]).expect("timeline");
    let found = check(&browser, "script-in-text", &t.to_html());
    let texts = found["texts"].as_array().expect("texts");
    assert!(
        texts.iter().any(|s| s.as_str().is_some_and(|s| s.contains("showed <script>alert(1)</script> where"))),
        "{found}"
    );
    assert!(
        texts.iter().any(|s| s.as_str().is_some_and(|s| s.contains("<img src=x onerror=\"alert(2)\">"))),
        "{found}"
    );
    assert_eq!(found["scripts"], 0);
    assert_eq!(found["images"], 0);
    assert_eq!(found["loaded"], serde_json::json!([]));
}

/// A page that loads a TimelineJS file into Knight Lab's TimelineJS and writes what it built.
const TIMELINEJS_CHECKER: &str = r#"<!DOCTYPE html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="DIST/css/timeline.css">
<script src="DIST/js/timeline.js"></script></head>
<body style="margin: 0"><div id="timeline" style="width: 1280px; height: 700px"></div>
<pre id="result">pending</pre>
<script>
const out = { loaded: false };
try {
  const timeline = new TL.Timeline("timeline", DATA, { font: null, language: "en", script_path: "DIST/js/" });
  timeline.on("loaded", () => { out.loaded = true; });
} catch (e) {
  out.error = String(e);
}
setTimeout(() => {
  out.slides = document.querySelectorAll(".tl-slide").length;
  out.titleSlide = document.querySelectorAll(".tl-slide-titleslide").length;
  out.markers = [...document.querySelectorAll(".tl-timemarker .tl-headline")].map(h => h.textContent);
  const message = document.querySelector(".tl-message-content");
  out.message = message ? message.textContent : "";
  document.getElementById("result").textContent = JSON.stringify(out);
}, 3000);
</script></body></html>
"#;

/// Knight Lab's TimelineJS reads the TimelineJS file: a marker for every dated event, a slide for each
/// and a title slide. Its `dist` folder is `$TIMELINEJS_DIST` (`.ci/run` unpacks the npm package
/// `@knight-lab/timelinejs` there).
#[test]
fn the_timelinejs_file_loads_in_timelinejs() {
    let Some(browser) = browser_or_skip() else { return };
    let dist = match std::env::var_os("TIMELINEJS_DIST").map(PathBuf::from) {
        Some(d) if d.join("js/timeline.js").exists() => d,
        _ => {
            let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0");
            assert!(!ci, "TIMELINEJS_DIST is not TimelineJS's dist folder: .ci/run unpacks it");
            let note =
                "SKIPPED: TIMELINEJS_DIST is not set to TimelineJS's dist folder; the TimelineJS test did not run\n";
            match std::fs::OpenOptions::new().append(true).open("/dev/stderr") {
                Ok(mut stderr) => {
                    let _ = stderr.write_all(note.as_bytes());
                }
                Err(_) => eprint!("{note}"),
            }
            return;
        }
    };
    let docs = seeds();
    let t = extract_timeline(&docs).expect("timeline");
    let json = t.to_timelinejs();
    let slides: Value = serde_json::from_str(&json).expect("JSON");
    let headlines: Vec<String> = slides["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|s| {
            let h = s["text"]["headline"].as_str().expect("headline");
            h.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
        })
        .collect();
    let dist_url = file_url(&std::fs::canonicalize(&dist).expect("dist"));
    let page = TIMELINEJS_CHECKER.replace("DIST", &dist_url).replace("DATA", &json);
    let path = out_dir().join("timelinejs-check.html");
    std::fs::write(&path, page).expect("write the page");
    let dom = run_chromium(
        &browser,
        &[
            "--allow-file-access-from-files".to_string(),
            "--virtual-time-budget=10000".to_string(),
            "--dump-dom".to_string(),
            file_url(&path),
        ],
    );
    let start = dom.find("<pre id=\"result\">").map(|k| k + "<pre id=\"result\">".len()).expect("the result");
    let end = dom[start..].find("</pre>").map(|k| start + k).expect("the end of the result");
    let found: Value =
        serde_json::from_str(&dom[start..end].replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))
            .expect("the checker's JSON");
    assert!(found.get("error").is_none(), "{found}");
    assert_eq!(found["loaded"], true, "{found}");
    assert_eq!(found["message"], "", "TimelineJS showed an error");
    assert_eq!(found["titleSlide"], 1);
    assert_eq!(found["slides"], headlines.len() + 1);
    let markers: Vec<String> =
        found["markers"].as_array().expect("markers").iter().map(|m| m.as_str().unwrap_or("").to_string()).collect();
    let mut sorted_markers = markers.clone();
    sorted_markers.sort();
    let mut sorted_headlines = headlines.clone();
    sorted_headlines.sort();
    assert_eq!(sorted_markers, sorted_headlines);
}
