//! When two reports tell the same happening.
//!
//! Two reports are compared on their significant numbers and on the
//! TF-IDF cosine of their content words. Numbers decide first: when both
//! give numbers and share none ("20 sorties" against "60 flights"), they
//! are different events. Each shared number lowers the cosine needed:
//! rewrites keep the figures and change the words. With none, the reports
//! share two content words at least. Names decide too: two
//! reports that put different names after the same word ("in Hama", "in
//! Idlib") tell different things.

use super::features::{View, is_clock_key, is_label_key};

/// Cosine needed when the reports share no significant number.
pub const TEXT_ONLY: f32 = 0.3;
/// Cosine needed when they share one significant number that counts different words.
pub const ONE_NUMBER: f32 = 0.15;
/// Cosine needed when they share a quantity: a number counting the same word ("26 missiles").
pub const QUANTITY: f32 = 0.05;
/// With no shared number, the content words that two reports must share at least.
pub const TEXT_WORDS: usize = 2;
/// With two or more shared numbers, one shared content word is enough.
pub const TWO_NUMBERS: usize = 2;
/// Cosine needed, with no shared number, between a paragraph and the quotation paragraph right under
/// it: news writing puts the words of the people in an item after its lead.
pub const CONTINUATION: f32 = 0.2;

/// Inverse document frequencies of terms, counted over reports.
#[derive(Clone, Debug, Default)]
pub struct Idf {
    weights: Vec<f32>,
    /// The weight of a term that one report alone uses.
    lone: f32,
}

impl Idf {
    /// Counts, over every report's features, how many reports use each term.
    pub fn new<'a>(features: impl Iterator<Item = View<'a>>, terms: usize) -> Idf {
        let mut df = vec![0u32; terms];
        let mut n = 0u32;
        for f in features {
            n += 1;
            for &t in f.terms {
                if let Some(slot) = df.get_mut(t as usize) {
                    *slot += 1;
                }
            }
        }
        let n = n.max(1) as f32;
        let weight = |d: u32| (1.0 + n / d.max(1) as f32).ln();
        Idf { weights: df.into_iter().map(weight).collect(), lone: weight(1) }
    }

    /// True when two reports or more use the term: a term of one report alone pairs it with nothing.
    pub fn shared(&self, term: u32) -> bool {
        self.weight(term) < self.lone
    }

    /// The weight of a term.
    pub fn weight(&self, term: u32) -> f32 {
        self.weights.get(term as usize).copied().unwrap_or(0.0)
    }

    /// The Euclidean norm of a report's term vector.
    pub fn norm(&self, f: View<'_>) -> f32 {
        f.terms.iter().map(|&t| self.weight(t).powi(2)).sum::<f32>().sqrt()
    }

    /// The cosine of two reports' term vectors, given their norms.
    pub fn cosine(&self, a: View<'_>, na: f32, b: View<'_>, nb: f32) -> f32 {
        if na == 0.0 || nb == 0.0 {
            return 0.0;
        }
        let (mut i, mut j, mut dot) = (0, 0, 0.0f32);
        while i < a.terms.len() && j < b.terms.len() {
            match a.terms[i].cmp(&b.terms[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    dot += self.weight(a.terms[i]).powi(2);
                    i += 1;
                    j += 1;
                }
            }
        }
        dot / (na * nb)
    }
}

/// How many significant numbers two sorted lists share.
pub fn shared_numbers(a: &[u64], b: &[u64]) -> usize {
    shared_where(a, b, |_| true)
}

/// How many of the items that `counts` accepts two sorted lists share.
fn shared_where<T: Ord + Copy>(a: &[T], b: &[T], counts: impl Fn(T) -> bool) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += usize::from(counts(a[i]));
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// True when both reports give figures and share none, or give numbers that a noun labels ([`is_label_key`],
/// "quoting reference 1234") and share none of those: they tell different things. Times of the clock
/// ([`is_clock_key`]) are no figures here.
pub fn numbers_conflict(a: View<'_>, b: View<'_>) -> bool {
    let figures = |v: &[u64]| v.iter().any(|&n| !is_clock_key(n));
    let labels = |v: &[u64]| v.iter().any(|&n| is_label_key(n));
    (figures(a.numbers) && figures(b.numbers) && shared_where(a.numbers, b.numbers, |n| !is_clock_key(n)) == 0)
        || (labels(a.numbers) && labels(b.numbers) && shared_where(a.numbers, b.numbers, is_label_key) == 0)
}

/// True when both reports put different names in the same place, after the same word ("a command post in
/// Hama" against "a command post in Idlib"), neither names the other's, and they share no name at all:
/// they tell of different places or actors. "The UN" and "the United Nations" stand after different
/// words; "in Hama province" still names Hama; "the areas of Tamdor, Deir ez-Zor" and "the areas of
/// Tadmur, Deir ez-Zor" (one town, two spellings) share Deir ez-Zor.
pub fn names_conflict(a: View<'_>, b: View<'_>) -> bool {
    let clash = a.slots.iter().any(|&(w, n)| {
        let from = b.slots.partition_point(|&(x, _)| x < w);
        b.slots[from..]
            .iter()
            .take_while(|&&(x, _)| x == w)
            .any(|&(_, m)| m != n && a.words.binary_search(&m).is_err() && b.words.binary_search(&n).is_err())
    });
    clash && shared_where(a.names, b.names, |_| true) == 0
}

/// How many numbers two reports both give counting the same word.
pub fn shared_quantities(a: View<'_>, b: View<'_>) -> usize {
    let mut n = 0;
    let mut last = None;
    let (mut i, mut j) = (0, 0);
    while i < a.quantities.len() && j < b.quantities.len() {
        match a.quantities[i].cmp(&b.quantities[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                if last != Some(a.quantities[i].0) {
                    n += 1;
                    last = Some(a.quantities[i].0);
                }
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// The score of a pair when its reports tell the same event, `None` when they do not.
pub fn same_event(idf: &Idf, a: View<'_>, na: f32, b: View<'_>, nb: f32, continuation: bool) -> Option<f32> {
    if numbers_conflict(a, b) || names_conflict(a, b) {
        return None;
    }
    let shared = shared_numbers(a.numbers, b.numbers);
    let cos = idf.cosine(a, na, b, nb);
    let ok = if shared >= TWO_NUMBERS {
        shared_where(a.words, b.words, |_| true) > 0
    } else if shared_quantities(a, b) > 0 {
        cos >= QUANTITY
    } else if shared == 1 {
        cos >= ONE_NUMBER
    } else {
        // Words alone: one shared word is too little, however short the reports ("which runs through fiscal
        // 2029" and "Pre-orders open today and run through Dec. 3" share "run").
        cos >= if continuation { CONTINUATION } else { TEXT_ONLY }
            && shared_where(a.words, b.words, |_| true) >= TEXT_WORDS
    };
    ok.then_some(cos + 0.2 * shared.min(3) as f32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lexicon;
    use crate::merge::features::{Features, Vocabulary, extract};
    use crate::parse;

    fn pair(a: &str, b: &str, background: &[&str]) -> Option<f32> {
        let lx = Lexicon::english();
        let mut v = Vocabulary::default();
        let mut fs: Vec<Features> = Vec::new();
        for t in [a, b].iter().chain(background) {
            fs.push(extract(t, 0, t.len(), &parse::mentions(t, lx), lx, &mut v));
        }
        let idf = Idf::new(fs.iter().map(Features::view), v.len());
        let (a, b) = (fs[0].view(), fs[1].view());
        same_event(&idf, a, idf.norm(a), b, idf.norm(b), false)
    }

    const BACKGROUND: &[&str] = &[
        "Russian jets struck Islamic State targets in Syria, the Defense Ministry said.",
        "The Russian Air Force carried out sorties against Islamic State in Syria.",
        "Officials in Washington discussed flight safety over Syria with Russia.",
        "The ministry released video of the airstrikes in Syria.",
    ];

    #[test]
    fn a_score_told_alike_is_a_shared_figure_and_told_otherwise_a_conflict() {
        let report = "Lena Cole scored twice after the break as Harbour City came from behind to beat Northgate 3-1.";
        let brief = |score: &str| format!("Harbour City beat Northgate {score} at home.");
        let background = ["Westbridge and Alton drew at home.", "Rivermouth won at Eastfield to go clear."];
        assert!(pair(report, &brief("3-1"), &background).is_some());
        assert!(pair(report, &brief("2-1"), &background).is_none());
    }

    #[test]
    fn a_percentage_is_another_figure_than_a_count() {
        let background = &[
            "The union said the strike would last until Thursday.",
            "The operator said it had offered a 7% pay rise.",
            "Talks are due to resume on Monday.",
        ];
        let share = "The port handles about 40% of the country's container traffic.";
        assert!(pair(share, "The strike left 40 container ships waiting outside the port.", background).is_none());
        assert!(
            pair(share, "About 40 per cent of the country's container traffic passes through the port.", background)
                .is_some()
        );
    }

    #[test]
    fn rewrites_that_keep_the_figures_merge() {
        assert!(
            pair(
                "Russia's aircraft have carried out more than 60 missions and destroyed over 50 IS facilities during the airstrikes.",
                "The Russian Air Force has conducted more than 60 flights and bombed over 50 Islamic State targets in three days.",
                BACKGROUND
            )
            .is_some()
        );
        assert!(
            pair(
                "The Russian pilots have made 1,631 combat sorties and delivered air strikes at 2,084 terrorist facilities.",
                "The Russian Aerospace Forces have carried out 1,631 sorties and destroyed 2,084 ISIL targets in Syria.",
                BACKGROUND
            )
            .is_some()
        );
    }

    #[test]
    fn irregular_forms_are_their_words() {
        // A fact box tells in the present what the story tells in the past: "rose" is "rises".
        let background = &[
            "The city council approved the toll in March.",
            "A judge refused to suspend the toll.",
            "Commuters sued the city over the toll.",
            "The city will appeal the ruling on the toll.",
        ];
        assert!(pair("The toll rose to $5 in June.", "In June, the toll rises to $5.", background).is_some());
        assert!(pair("The toll fell to $3 in June.", "In June, the toll rises to $5.", background).is_none());
    }

    #[test]
    fn a_time_of_the_clock_told_alike_is_a_shared_figure() {
        let background = &[
            "The disaster agency said two people were killed by falling trees.",
            "Power was cut to about 1.2 million homes, the grid operator said.",
            "Evacuations were complete in coastal towns, officials said.",
            "The weather bureau raised its highest storm warning.",
        ];
        // A wire's long lead and a live blog's short entry: few words in common, the same minute.
        let wire = "Typhoon Kamal made landfall in northern Luzon at 2:40 a.m. local time, packing sustained winds \
                    of 185 kph.";
        assert!(
            pair(wire, "Kamal made landfall at 2:40am near Santa Ana, the weather bureau confirms.", background)
                .is_some()
        );
        assert!(pair(wire, "Kamal made landfall near Santa Ana, the weather bureau confirms.", background).is_none());
        // Times told differently say nothing against a match, nor does a time against a figure.
        let (a, b) = (
            "The quake struck at 4:17 a.m. near the coast of Hualien, the weather agency said.",
            "The quake struck at 4:20 a.m. near the coast of Hualien.",
        );
        assert!(pair(a, b, background).is_some());
        assert!(pair(a, "The quake, of magnitude 6.8, struck near the coast of Hualien.", background).is_some());
    }

    #[test]
    fn look_alikes_with_other_figures_stay_apart() {
        assert!(
            pair(
                "Su-34 and Su-24M fighter jets have performed 20 sorties and hit nine Islamic State installations.",
                "The Russian Air Force has conducted more than 60 flights and bombed over 50 Islamic State targets.",
                BACKGROUND
            )
            .is_none()
        );
    }

    #[test]
    fn names_in_the_same_place_must_agree() {
        // Different towns after the same words: different strikes.
        assert!(
            pair(
                "Russian jets struck a command post in Hama on Tuesday.",
                "Russian jets struck a command post in Idlib on Tuesday.",
                BACKGROUND
            )
            .is_none()
        );
        // One town spelled two ways, among names they share: one report.
        assert!(
            pair(
                "Warplanes flew 12 sorties to hit 24 targets in the areas of Tamdor, Deir ez-Zor and Itria.",
                "Warplanes carried out 12 sorties against 24 targets in the areas of Tadmur, Deir ez-Zor and Itria.",
                BACKGROUND
            )
            .is_some()
        );
        // A name and its longer form, or the same town with its province: no clash.
        assert!(
            pair(
                "Jets struck a command post in Hama on Tuesday, destroying ammunition depots.",
                "Jets struck a command post in Hama province on Tuesday, destroying two ammunition depots.",
                BACKGROUND
            )
            .is_some()
        );
        assert!(
            pair(
                "The fighting forced the UN to suspend humanitarian work in Syria.",
                "The United Nations had to suspend humanitarian work in Syria because of the fighting.",
                BACKGROUND
            )
            .is_some()
        );
    }

    #[test]
    fn unrelated_reports_on_the_same_topic_stay_apart() {
        assert!(
            pair(
                "Russian jets struck a training camp in Idlib province, the Defense Ministry said.",
                "Russian jets destroyed a command post near Hama, the Defense Ministry said.",
                BACKGROUND
            )
            .is_none()
        );
    }

    #[test]
    fn numbers_that_a_noun_labels_must_agree() {
        let background = &[
            "Police said a man was arrested in the town centre.",
            "Officers were called to Mill Street late on Friday.",
            "Detectives are appealing for witnesses to come forward.",
        ];
        let appeal = |label: &str| format!("Anyone with information should call 101, quoting {label}.");
        assert!(pair(&appeal("reference 1234"), &appeal("incident 1187"), background).is_none());
        assert!(pair(&appeal("reference 1234"), &appeal("reference 1234"), background).is_some());
    }

    #[test]
    fn one_shared_word_is_no_event() {
        let background = &[
            "Northwind reported record revenue for the quarter.",
            "Orbit unveiled its first foldable phone on Wednesday.",
            "The board authorized a new share repurchase program.",
            "Demand for the edge platform accelerated in September.",
            "The phone starts at $1,499, the price of its rival.",
            "A replay will be available after the call.",
            "The company will report quarterly results in January.",
            "A cheaper model is expected in the second half.",
            "Chief executive Lena Park spoke at the launch event.",
            "Net income rose, compared with a year ago.",
            "Northwind will host a conference call at 2:00 p.m.",
            "The hinge took three years to get right, she said.",
        ];
        assert!(
            pair("which runs through fiscal 2029.", "Pre-orders open today and run through Dec. 3.", background)
                .is_none()
        );
        assert!(pair("Pre-orders open today and run through Dec. 3.", "Pre-orders open today.", background).is_some());
    }
}
