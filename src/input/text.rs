//! Bytes to text: UTF-8 with or without a byte-order mark (UTF-16 with one), line ends made `\n`.

use std::borrow::Cow;

/// Why bytes are not text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NotText {
    /// A NUL byte: a binary file (an image, an archive, a PDF).
    #[error("not a text file (a NUL byte at offset {offset})")]
    Binary {
        /// Where the first NUL byte is.
        offset: usize,
    },
    /// Bytes that are not UTF-8.
    #[error("not UTF-8 text (an invalid byte at offset {offset})")]
    NotUtf8 {
        /// Where the first invalid byte is.
        offset: usize,
    },
}

/// Decodes a file's bytes as text: a UTF-8 byte-order mark is dropped, UTF-16 with a byte-order mark
/// is decoded, and CRLF and lone CR line ends become `\n`.
///
/// ```
/// use timeline_extract::input::text::{NotText, decode};
///
/// assert_eq!(decode(b"\xEF\xBB\xBFOn October 7,\r\nships fired.\r\n").unwrap(), "On October 7,\nships fired.\n");
/// assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Err(NotText::Binary { offset: 8 }));
/// assert_eq!(decode(b"caf\xE9"), Err(NotText::NotUtf8 { offset: 3 }));
/// ```
pub fn decode(bytes: &[u8]) -> Result<String, NotText> {
    if let Some(units) = utf16(bytes) {
        return String::from_utf16(&units)
            .map(|s| unify_line_ends(&s).into_owned())
            .map_err(|_| NotText::NotUtf8 { offset: 0 });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(NotText::Binary { offset });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| NotText::NotUtf8 { offset: e.valid_up_to() })?;
    Ok(unify_line_ends(text).into_owned())
}

/// The UTF-16 code units of bytes that start with a UTF-16 byte-order mark.
fn utf16(bytes: &[u8]) -> Option<Vec<u16>> {
    let (little, body) = match bytes {
        [0xFF, 0xFE, rest @ ..] => (true, rest),
        [0xFE, 0xFF, rest @ ..] => (false, rest),
        _ => return None,
    };
    let units = body
        .chunks(2)
        .map(|c| {
            let pair = [c[0], c.get(1).copied().unwrap_or(0)];
            if little { u16::from_le_bytes(pair) } else { u16::from_be_bytes(pair) }
        })
        .collect();
    Some(units)
}

/// CRLF and lone CR become LF; a leading byte-order mark is dropped.
///
/// ```
/// use timeline_extract::input::text::unify_line_ends;
///
/// assert_eq!(unify_line_ends("\u{feff}a\r\nb\rc\n"), "a\nb\nc\n");
/// ```
pub fn unify_line_ends(text: &str) -> Cow<'_, str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if !text.contains('\r') {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_with_a_mark_is_text() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("On October 7\r\n".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le).as_deref(), Ok("On October 7\n"));
        let mut be = vec![0xFE, 0xFF];
        be.extend("Écrit".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&be).as_deref(), Ok("Écrit"));
        // A lone surrogate is not text.
        assert!(decode(&[0xFF, 0xFE, 0x00, 0xD8]).is_err());
    }

    #[test]
    fn text_and_not_text() {
        assert_eq!(decode(b"").as_deref(), Ok(""));
        assert_eq!(decode(b"\xEF\xBB\xBF").as_deref(), Ok(""));
        assert_eq!(decode("naïve — “quoted”".as_bytes()).as_deref(), Ok("naïve — “quoted”"));
        assert_eq!(decode(b"abc\0def"), Err(NotText::Binary { offset: 3 }));
        // A truncated multi-byte character at the end.
        assert_eq!(decode(b"ab\xE2\x80"), Err(NotText::NotUtf8 { offset: 2 }));
    }
}
