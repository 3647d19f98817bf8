//! Clustering: the reports of each happening joined into one group.
//!
//! Candidate pairs (see [`super::block`]) that pass [`same_event`] are
//! joined strongest first. A join that would put two reports with
//! conflicting numbers or names, or disjoint days, into one group is refused, so that
//! look-alikes do not chain together. Both checks cost little: a group keeps
//! the days all its dated members share (days that pairwise overlap on a
//! line share a common span) and its distinct features that give numbers or
//! names. Each group keeps the score of its
//! weakest join: how firmly it holds together.

use super::block;
use super::corpus::{Corpus, Days};
use super::similar::{numbers_conflict, same_event};

/// Two groups whose member counts multiply to more than this are not checked member by member, nor joined.
const MAX_JOIN_CHECK: usize = 10_000;

/// The reports of one happening.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// Item indices, ascending; [`super::merge`] turns them into report indices, with their documents in
    /// `docs`.
    pub members: Vec<usize>,
    /// The document of each member, once `members` holds report indices.
    pub docs: Vec<usize>,
    /// The score of the weakest join that holds the group together; `None` for a single report.
    pub weakest: Option<f32>,
}

/// The candidate pairs that tell the same event, with their scores, strongest first.
fn scored_pairs(corpus: &Corpus) -> Vec<(f32, u32, u32)> {
    let items = &corpus.items;
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    block::candidates(corpus, |a, b| {
        let (x, y) = (&items[a as usize], &items[b as usize]);
        if x.doc != y.doc || x.sentence != y.sentence {
            pairs.push((a, b));
        }
    });
    // Scored run by run on all cores; the sort below makes the order total whatever the runs.
    let runs = crate::par::chunks(&pairs, |run| {
        let mut scored = Vec::new();
        for &(a, b) in run {
            let (x, y) = (&items[a as usize], &items[b as usize]);
            let continuation =
                x.doc == y.doc && ((y.quote && y.block == x.block + 1) || (x.quote && x.block == y.block + 1));
            let (fx, fy) = (corpus.features(a as usize), corpus.features(b as usize));
            if let Some(s) = same_event(&corpus.idf, fx, x.norm, fy, y.norm, continuation) {
                scored.push((s, a, b));
            }
        }
        scored
    });
    drop(pairs);
    let mut scored: Vec<(f32, u32, u32)> = runs.into_iter().flatten().collect();
    // Each pair once, so the order is total.
    crate::par::sort_unstable_by(&mut scored, |p, q| q.0.total_cmp(&p.0).then(p.1.cmp(&q.1)).then(p.2.cmp(&q.2)));
    scored
}

/// Names in their places ((word, name) term ids) and all names, sorted.
struct Names {
    slots: Vec<(u32, u32)>,
    names: Vec<u32>,
}

/// A group's names in their places and its names.
fn names_of<'a>(corpus: &'a Corpus, named: &'a [Option<Names>], root: usize) -> (&'a [(u32, u32)], &'a [u32]) {
    match &named[root] {
        Some(n) => (&n.slots, &n.names),
        None => {
            let f = corpus.features(root);
            (f.slots, f.names)
        }
    }
}

/// A group's distinct features that give numbers.
fn numbered_of<'a>(corpus: &'a Corpus, numbered: &'a [Option<Vec<u32>>], root: usize) -> &'a [u32] {
    match (&numbered[root], corpus.items.get(root)) {
        (Some(n), _) => n,
        (None, Some(it)) if !corpus.entry(it.features).numbers.is_empty() => std::slice::from_ref(&it.features),
        (None, _) => &[],
    }
}

/// Adds a sorted list to a sorted list, keeping it sorted and without duplicates.
fn merge_into<T: Copy + Ord>(into: &mut Vec<T>, more: &[T]) {
    if more.is_empty() {
        return;
    }
    into.extend_from_slice(more);
    into.sort_unstable();
    into.dedup();
}

/// True when two groups put different names after the same word and share no name (see
/// [`names_conflict`](super::similar::names_conflict), its rule for two reports).
fn groups_clash(a: (&[(u32, u32)], &[u32]), b: (&[(u32, u32)], &[u32])) -> bool {
    let clash = a.0.iter().any(|&(w, n)| {
        let from = b.0.partition_point(|&(x, _)| x < w);
        b.0[from..].iter().take_while(|&&(x, _)| x == w).any(|&(_, m)| m != n)
    });
    clash && !a.1.iter().any(|x| b.1.binary_search(x).is_ok())
}

/// The members of the ring that `start` is in (see [`cluster`]), `start` first.
fn ring(next: &[u32], start: usize) -> impl Iterator<Item = usize> + '_ {
    let mut at = Some(start);
    std::iter::from_fn(move || {
        let here = at?;
        let after = next[here] as usize;
        at = (after != start).then_some(after);
        Some(here)
    })
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Groups the items into events.
pub fn cluster(corpus: &Corpus) -> Vec<Group> {
    let items = &corpus.items;
    let n = items.len();
    let mut parent: Vec<usize> = (0..n).collect();
    // Each group's members as a ring: `next` leads from a member to the next, back to the first.
    let mut next: Vec<u32> = (0..n as u32).collect();
    let mut size: Vec<u32> = vec![1; n];
    let mut weakest: Vec<Option<f32>> = vec![None; n];
    // Each group's common days: its dated members' days pairwise overlap, so (intervals on a line) they
    // all share the days from the latest first day to the earliest last day.
    let mut common: Vec<Option<Days>> = items.iter().map(|it| it.range).collect();
    // Each group's distinct features that give numbers (only these can conflict on numbers), once it has
    // more than one member (a single report's are its own, if they give numbers).
    let mut numbered: Vec<Option<Vec<u32>>> = vec![None; n];
    // Each group's names in their places and all its names, once it has more than one member (a single
    // report's are its features').
    let mut named: Vec<Option<Names>> = (0..n).map(|_| None).collect();
    // Whether a group puts any name in a place (without, it clashes with none), and whether it names any.
    let mut placed: Vec<bool> = items.iter().map(|it| !corpus.entry(it.features).slots.is_empty()).collect();
    let mut naming: Vec<bool> = items.iter().map(|it| !corpus.entry(it.features).names.is_empty()).collect();
    for (score, a, b) in scored_pairs(corpus) {
        let (ra, rb) = (find(&mut parent, a as usize), find(&mut parent, b as usize));
        if ra == rb || size[ra] as usize * size[rb] as usize > MAX_JOIN_CHECK {
            continue;
        }
        let days = match (common[ra], common[rb]) {
            (Some((a0, a1)), Some((b0, b1))) => {
                let (s, e) = (a0.max(b0), a1.min(b1));
                if s > e {
                    continue;
                }
                Some((s, e))
            }
            (x, y) => x.or(y),
        };
        let conflict = numbered_of(corpus, &numbered, ra).iter().any(|&x| {
            numbered_of(corpus, &numbered, rb).iter().any(|&y| numbers_conflict(corpus.entry(x), corpus.entry(y)))
        });
        if conflict {
            continue;
        }
        if placed[ra] && placed[rb] && groups_clash(names_of(corpus, &named, ra), names_of(corpus, &named, rb)) {
            continue;
        }
        let (keep, gone) = if ra < rb { (ra, rb) } else { (rb, ra) };
        parent[gone] = keep;
        next.swap(keep, gone);
        size[keep] += size[gone];
        common[keep] = days;
        if naming[keep] || naming[gone] {
            // The kept group's names grow in place; a single report's are copied out of its features first.
            let mut kept = named[keep].take().unwrap_or_else(|| {
                let (slots, names) = names_of(corpus, &named, keep);
                Names { slots: slots.to_vec(), names: names.to_vec() }
            });
            let (slots, names) = names_of(corpus, &named, gone);
            merge_into(&mut kept.slots, slots);
            merge_into(&mut kept.names, names);
            named[keep] = Some(kept);
            named[gone] = None;
        }
        placed[keep] |= placed[gone];
        naming[keep] |= naming[gone];
        if !numbered_of(corpus, &numbered, gone).is_empty() {
            let mut kept = numbered[keep].take().unwrap_or_else(|| numbered_of(corpus, &numbered, keep).to_vec());
            kept.extend_from_slice(numbered_of(corpus, &numbered, gone));
            kept.sort_unstable();
            kept.dedup();
            numbered[keep] = Some(kept);
            numbered[gone] = None;
        }
        // Pairs come strongest first, so this join is the weakest so far.
        weakest[keep] = Some(score);
    }
    (0..n)
        .filter(|&i| parent[i] == i)
        .map(|root| {
            let mut members: Vec<usize> = ring(&next, root).collect();
            members.sort_unstable();
            Group { members, docs: Vec::new(), weakest: weakest[root] }
        })
        .collect()
}
