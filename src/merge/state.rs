//! A document's extraction state: everything the extraction found in one
//! document that does not depend on any other document.
//!
//! Parsing is the costly part of extraction and depends only on the
//! document. Anchor inference and clustering depend on all the documents.
//! So extraction splits in two: [`DocState::extract`] (the map step, one
//! document at a time) and the reduce step that anchors and merges a set of
//! states (`Extractor::reduce` in the crate root). A timeline carries the
//! state of each of its documents, so two partial timelines merge by taking
//! the union of their states and running the reduce step again, without
//! parsing anything: the result is the timeline that one run over all the
//! documents gives, by construction.
//!
//! What a state holds: the document's parse without its text (blocks,
//! sentences, every temporal expression unanchored, with its tense and
//! flags, the live-blog sections), the text of each sentence (reports quote
//! it, features are counted on it), and the anchor the document gives
//! itself (its given date, dateline, source line or page stamp). The set of
//! reports of a document does not depend on its anchor, only their dates
//! do, and those are recomputed by the reduce step.
//!
//! ```
//! use timeline_extract::Document;
//! use timeline_extract::lang::Lexicon;
//! use timeline_extract::merge::state::DocState;
//!
//! let doc = Document::new("a", "30Nov15\n\nThe ministry said on Monday that jets flew 20 sorties.");
//! let state = DocState::extract(&doc, Lexicon::english());
//! assert_eq!(state.own_anchor.unwrap().date.to_string(), "2015-11-30");
//! assert_eq!(state.sentences, ["The ministry said on Monday that jets flew 20 sorties."]);
//! state.check().unwrap();
//! ```

use serde::{Deserialize, Serialize};

use super::features;
use crate::document::Document;
use crate::lang::Lexicon;
use crate::normalize::{self, Anchor};
use crate::parse::{self, Parsed};

/// What the reduce step needs of one document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DocState {
    /// The anchor the document gives itself, before any inference: its given date, else its dateline or
    /// source line, else a page stamp that its content does not contradict.
    pub own_anchor: Option<Anchor>,
    /// Its parse. Offsets are into the document's text, which the state does not hold.
    pub parsed: Parsed,
    /// The text of each sentence of [`Parsed::sentences`], in order: exactly the document's bytes
    /// `start..end` of that sentence.
    pub sentences: Vec<String>,
    /// What each sentence gives to compare (see [`features::stream`]), in the same order: counted once
    /// here, so that the reduce step neither tokenizes nor stems.
    pub streams: Vec<String>,
}

impl DocState {
    /// Parses one document (the map step).
    pub fn extract(doc: &Document, lexicon: &Lexicon) -> DocState {
        // News text has a token for every five or six bytes: room for them at once, not grown step by step.
        let mut toks = Vec::with_capacity(doc.text.len() / 5 + 16);
        let parsed = parse::document_with(&doc.text, lexicon, &mut toks);
        let own_anchor = normalize::own_anchor(&parsed, doc.published);
        let sentences: Vec<String> =
            parsed.sentences.iter().map(|s| doc.text.get(s.start..s.end).unwrap_or("").to_string()).collect();
        let mut buf = String::new();
        let streams = parsed
            .sentences
            .iter()
            .map(|s| {
                let mentions = parsed.mentions.get(s.mentions.clone()).unwrap_or(&[]);
                let first = toks.partition_point(|t| t.start < s.start);
                let count = toks[first..].iter().take_while(|t| t.end <= s.end).count();
                features::stream_of_tokens(&doc.text, 0, &toks[first..first + count], mentions, lexicon, &mut buf);
                buf.clone()
            })
            .collect();
        DocState { own_anchor, parsed, sentences, streams }
    }

    /// Checks that the state is whole and consistent, as a state read from JSON may not be: every index
    /// points at something, every sentence's text is as long as its span. The reason, when it is not.
    pub fn check(&self) -> Result<(), String> {
        let p = &self.parsed;
        if self.sentences.len() != p.sentences.len() || self.streams.len() != p.sentences.len() {
            return Err(format!(
                "{} sentence texts and {} streams for {} sentences",
                self.sentences.len(),
                self.streams.len(),
                p.sentences.len()
            ));
        }
        for (k, m) in p.mentions.iter().enumerate() {
            if m.start > m.end {
                return Err(format!("mention {k} ends before it starts"));
            }
        }
        for (k, (s, text)) in p.sentences.iter().zip(&self.sentences).enumerate() {
            if s.start > s.end || s.end - s.start != text.len() {
                return Err(format!("sentence {k}: its span {}..{} does not fit its text", s.start, s.end));
            }
            if s.mentions.start > s.mentions.end || s.mentions.end > p.mentions.len() {
                return Err(format!("sentence {k}: mentions {:?} out of range", s.mentions));
            }
            if s.block >= p.blocks.len() {
                return Err(format!("sentence {k}: block {} out of range", s.block));
            }
            if s.section.is_some_and(|i| i >= p.sections.len()) {
                return Err(format!("sentence {k}: section out of range"));
            }
        }
        for (k, s) in p.sections.iter().enumerate() {
            if s.mention >= p.mentions.len() || s.block >= p.blocks.len() {
                return Err(format!("section {k}: out of range"));
            }
        }
        for (k, c) in p.cues.iter().enumerate() {
            if c.mention >= p.mentions.len() {
                return Err(format!("cue {k}: out of range"));
            }
        }
        for (k, b) in p.blocks.iter().enumerate() {
            if b.date.is_some_and(|m| m >= p.mentions.len()) {
                return Err(format!("block {k}: date mention out of range"));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streams_from_the_documents_tokens_equal_streams_of_each_sentence_alone() {
        let mut texts = vec![
            "\"Four ships fired 26 missiles,\" he said. 2,084 targets were hit.  U.S. jets flew 20 sorties on Oct. 7. \
             (The ministry) said KAB-500 bombs and Su-24M jets, 60 in all, struck Raqqa's depots. Yes! Twenty-six more."
                .to_string(),
        ];
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/seeds");
        for entry in std::fs::read_dir(dir).unwrap() {
            texts.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
        }
        for text in texts {
            let state = DocState::extract(&Document::new("d", text.as_str()), Lexicon::english());
            for (s, got) in state.parsed.sentences.iter().zip(&state.streams) {
                let mentions = &state.parsed.mentions[s.mentions.clone()];
                let alone = features::stream(&text[s.start..s.end], s.start, mentions, Lexicon::english());
                assert_eq!(got, &alone, "{:?}", &text[s.start..s.end]);
            }
        }
    }

    #[test]
    fn a_state_survives_json() {
        let doc = Document::new(
            "blog",
            "10 October 2015\n\nJets flew 67 sorties over the past 24 hours, the ministry said on Friday.\n\n\
             09 October 2015\n\nIn mid-November, talks will resume.",
        );
        let state = DocState::extract(&doc, Lexicon::english());
        let json = serde_json::to_string(&state).unwrap();
        let back: DocState = serde_json::from_str(&json).unwrap();
        assert_eq!(back, state);
        assert_eq!(back.check(), Ok(()));
    }

    #[test]
    fn inconsistent_states_are_named() {
        let doc = Document::new("a", "Jets flew 67 sorties over the past 24 hours, the ministry said.");
        let mut state = DocState::extract(&doc, Lexicon::english());
        state.sentences[0].push('x');
        assert!(state.check().unwrap_err().contains("does not fit"));
        let mut state = DocState::extract(&doc, Lexicon::english());
        state.parsed.sentences[0].mentions = 0..9;
        assert!(state.check().unwrap_err().contains("out of range"));
        let mut state = DocState::extract(&doc, Lexicon::english());
        state.sentences.clear();
        assert!(state.check().is_err());
    }
}
