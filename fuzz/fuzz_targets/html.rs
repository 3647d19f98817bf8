//! The HTML reader on any bytes, then the tagger on the text it returns: no panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use timeline_extract::input::html;

fuzz_target!(|data: &[u8]| {
    let page = String::from_utf8_lossy(data);
    let doc = html::document("page", &page);
    let tags = timeline_extract::tag(&doc.text, doc.published);
    for t in tags {
        assert!(doc.text.is_char_boundary(t.start) && doc.text.is_char_boundary(t.end));
    }
});
