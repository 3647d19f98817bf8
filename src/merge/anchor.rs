//! Cross-source anchoring: a document with no date, or with a date that its
//! content contradicts, takes its anchor from the events it shares with
//! dated documents.
//!
//! Each report of such a document that matches a dated report says
//! something about the document's date. A report dated only by the
//! document ("Jets flew 60 missions.") says the document is no older than
//! the event: a lower bound. A report with a deictic expression ("said on
//! Saturday", "today") pins it: the anchor must be one under which the
//! expression resolves to the matched day. The anchor is the earliest day
//! that the most pins allow and that the lower bounds allow.

use chrono::NaiveDate;

use super::{Item, Keys, postings};
use crate::normalize::calendar::add_days;
use crate::normalize::resolve::{Context, resolve};
use crate::normalize::{Anchor, AnchorBasis, Basis};
use crate::parse::expr::Expr;

use super::Input;
use super::similar::{Idf, same_event};

/// How far after a matched day a pin may put the anchor.
const PIN_REACH: i64 = 35;
/// How many pins must agree to overrule a dateline.
const OVERRULE_DATELINE: usize = 2;

/// What one match says about a document's anchor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Constraint {
    /// The anchor is on or after this day.
    NotBefore(NaiveDate),
    /// The anchor lies in this interval.
    Within(NaiveDate, NaiveDate),
}

/// The anchors a deictic expression allows, given the day it must resolve to.
fn pin(expr: &Expr, tense: crate::parse::expr::Tense, day: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let mut lo: Option<NaiveDate> = None;
    let mut hi: Option<NaiveDate> = None;
    for n in -1..=PIN_REACH {
        let a = add_days(day, n)?;
        let cx = Context { speech: Some(a), reference: Some(a), tense, ..Context::default() };
        let covers = resolve(expr, &cx)
            .and_then(|v| v.range(None))
            .is_some_and(|(s, e)| s <= day && day <= e && (e - s).num_days() <= 7);
        if covers {
            lo = lo.or(Some(a));
            hi = Some(a);
        } else if lo.is_some() {
            break;
        }
    }
    Some((lo?, hi?))
}

/// True when a report's date can serve as a reference: one day, not hanging on a weak or inferred anchor.
fn reference(inputs: &[Input<'_>], item: &Item) -> Option<NaiveDate> {
    let input = &inputs[item.doc];
    let report = &input.dated.reports[item.report];
    let (a, b) = report.date?.range()?;
    if a != b || matches!(report.basis, Basis::Stamp | Basis::Inferred | Basis::Undated) {
        return None;
    }
    let weak_anchor = input.dated.anchor.is_none_or(|x| matches!(x.basis, AnchorBasis::Stamp | AnchorBasis::Inferred));
    (!(report.floating && weak_anchor)).then_some(a)
}

/// The anchor that shared events give each document that needs one: no anchor, a page stamp, or a
/// dateline that two or more pins overrule. Returns (document index, anchor) for those that change.
pub fn infer(inputs: &[Input<'_>], items: &[Item], idf: &Idf) -> Vec<(usize, Anchor)> {
    let refs: Vec<Option<NaiveDate>> = items.iter().map(|it| reference(inputs, it)).collect();
    let keys = Keys::new(items, idf);
    let index = postings(items, &keys, |i| refs[i].is_some());
    let mut out = Vec::new();
    for (d, input) in inputs.iter().enumerate() {
        let own = input.dated.anchor;
        if own.is_some_and(|a| matches!(a.basis, AnchorBasis::Given | AnchorBasis::Inferred)) {
            continue;
        }
        let mut constraints = Vec::new();
        for (i, item) in items.iter().enumerate().filter(|(_, it)| it.doc == d) {
            let report = &input.dated.reports[item.report];
            if !report.floating {
                continue;
            }
            let mut seen: Vec<u32> = Vec::new();
            for key in keys.of(i) {
                let Some(list) = index.get(&key) else { continue };
                for &j in list {
                    if seen.contains(&j) {
                        continue;
                    }
                    seen.push(j);
                    let other = &items[j as usize];
                    if other.doc == d {
                        continue;
                    }
                    let Some(day) = refs[j as usize] else { continue };
                    if same_event(idf, &item.features, item.norm, &other.features, other.norm, false).is_none() {
                        continue;
                    }
                    let c = match report.mention.map(|m| &input.parsed.mentions[m]) {
                        Some(m) if m.expr.is_deictic() && !matches!(m.expr, Expr::Date { .. } | Expr::Named { .. }) => {
                            match pin(&m.expr, m.tense, day) {
                                Some((lo, hi)) => Constraint::Within(lo, hi),
                                None => continue,
                            }
                        }
                        _ => Constraint::NotBefore(day),
                    };
                    constraints.push(c);
                }
            }
        }
        if let Some((date, pins, lo, hi)) = solve(&constraints) {
            let apply = match own {
                None => true,
                Some(a) if a.basis == AnchorBasis::Stamp => a.date != date,
                Some(a) => {
                    pins >= OVERRULE_DATELINE
                        && (add_days(a.date, 1).is_some_and(|x| x < lo) || add_days(a.date, -1).is_some_and(|x| x > hi))
                }
            };
            if apply {
                out.push((d, Anchor { date, basis: AnchorBasis::Inferred }));
            }
        }
    }
    out
}

/// The earliest day that the most pins allow and that the lower bounds allow, with how many pins agree
/// and the interval they allow.
fn solve(constraints: &[Constraint]) -> Option<(NaiveDate, usize, NaiveDate, NaiveDate)> {
    let mut pins: Vec<(NaiveDate, NaiveDate)> = constraints
        .iter()
        .filter_map(|c| match *c {
            Constraint::Within(a, b) => Some((a, b)),
            _ => None,
        })
        .collect();
    let floor = constraints
        .iter()
        .filter_map(|c| match *c {
            Constraint::NotBefore(d) => Some(d),
            _ => None,
        })
        .max();
    if pins.is_empty() {
        let f = floor?;
        return Some((f, 0, f, NaiveDate::MAX));
    }
    // The region covered by the most pins (a sweep over interval ends).
    pins.sort();
    let mut best: Option<(usize, NaiveDate, NaiveDate)> = None;
    for &(start, _) in &pins {
        let covering: Vec<&(NaiveDate, NaiveDate)> = pins.iter().filter(|(a, b)| *a <= start && start <= *b).collect();
        let n = covering.len();
        let hi = covering.iter().map(|(_, b)| *b).min().unwrap_or(start);
        if best.is_none_or(|(bn, _, _)| n > bn) {
            best = Some((n, start, hi));
        }
    }
    let (n, lo, hi) = best?;
    let date = match floor {
        Some(f) if f > hi => hi,
        Some(f) if f > lo => f,
        _ => lo,
    };
    Some((date, n, lo, hi))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Unit;
    use crate::parse::expr::{RelativeTo, Tense};

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn pins_follow_the_expression() {
        let saturday = Expr::Weekday { day: 6, shift: None };
        assert_eq!(pin(&saturday, Tense::Past, d("2015-10-03")), Some((d("2015-10-03"), d("2015-10-09"))));
        let yesterday = Expr::Relative { unit: Unit::Day, offset: -1, to: RelativeTo::Speech };
        assert_eq!(pin(&yesterday, Tense::Past, d("2015-10-03")), Some((d("2015-10-04"), d("2015-10-04"))));
        assert_eq!(pin(&saturday, Tense::Past, d("2015-10-05")), None);
    }

    #[test]
    fn solving_prefers_the_most_pins_then_the_floor() {
        let c = [
            Constraint::Within(d("2015-11-03"), d("2015-11-09")),
            Constraint::Within(d("2015-11-03"), d("2015-11-03")),
            Constraint::NotBefore(d("2015-09-30")),
        ];
        assert_eq!(solve(&c).map(|s| s.0), Some(d("2015-11-03")));
        let c = [Constraint::NotBefore(d("2015-10-01")), Constraint::NotBefore(d("2015-10-03"))];
        assert_eq!(solve(&c).map(|s| s.0), Some(d("2015-10-03")));
        let c = [Constraint::Within(d("2015-10-03"), d("2015-10-09")), Constraint::NotBefore(d("2015-10-05"))];
        assert_eq!(solve(&c).map(|s| s.0), Some(d("2015-10-05")));
        assert_eq!(solve(&[]), None);
    }
}
