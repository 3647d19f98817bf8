//! Stage 1, parse: find what carries dates.
//!
//! Tokens, temporal expressions, paragraphs and sentences, datelines,
//! source lines, live-blog day headers and page furniture.

pub mod expr;
pub mod temporal;
pub mod tokens;
