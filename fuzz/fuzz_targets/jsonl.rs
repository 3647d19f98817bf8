//! The JSONL reader on any bytes, then extraction over the documents it accepts: no panic, and an
//! error (not a crash) for ids given twice.
#![no_main]

use libfuzzer_sys::fuzz_target;
use timeline_extract::input::jsonl;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let docs: Vec<_> = jsonl::documents(&text).into_iter().filter_map(Result::ok).collect();
    let _ = timeline_extract::extract_timeline(&docs);
});
