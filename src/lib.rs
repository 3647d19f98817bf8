//! timeline-extract: many reports of one story in, one chronological timeline out.

pub mod lang;
pub mod normalize;
pub mod parse;
pub mod timex;
