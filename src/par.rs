//! Work spread over all cores with the `parallel` feature (rayon), in one thread without it; the results
//! are the same either way, in the items' order.

/// Maps every item; the results keep the items' order.
pub(crate) fn each<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync + Send) -> Vec<R> {
    #[cfg(feature = "parallel")]
    {
        use rayon::prelude::*;
        items.par_iter().map(f).collect()
    }
    #[cfg(not(feature = "parallel"))]
    {
        items.iter().map(f).collect()
    }
}

/// Sorts by a key that is unique to each item, so that the order is the same on any number of cores.
pub(crate) fn sort_unstable_by_key<T: Send, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K + Sync) {
    sort_unstable_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts by a comparison under which no two items are equal, so that the order is the same on any number of
/// cores.
pub(crate) fn sort_unstable_by<T: Send>(items: &mut [T], compare: impl Fn(&T, &T) -> std::cmp::Ordering + Sync) {
    #[cfg(feature = "parallel")]
    {
        use rayon::prelude::*;
        items.par_sort_unstable_by(compare);
    }
    #[cfg(not(feature = "parallel"))]
    {
        items.sort_unstable_by(compare);
    }
}

/// How long the runs of `n` items are to be for one run per core (four, so that a slow run does not hold the
/// others up), each of at least [`CHUNK`] items; one run without the parallel feature.
pub(crate) fn run_len(n: usize) -> usize {
    #[cfg(feature = "parallel")]
    {
        n.div_ceil(4 * rayon::current_num_threads()).max(CHUNK)
    }
    #[cfg(not(feature = "parallel"))]
    {
        n.max(1)
    }
}

/// How many items a chunk of [`chunks`] holds: enough that a chunk's work outweighs handing it out.
pub(crate) const CHUNK: usize = 4096;

/// Maps every run of up to [`CHUNK`] items; the results keep the runs' order. For work too small per item
/// to hand out one by one.
pub(crate) fn chunks<T: Sync, R: Send>(items: &[T], f: impl Fn(&[T]) -> R + Sync + Send) -> Vec<R> {
    let runs: Vec<&[T]> = items.chunks(CHUNK).collect();
    each(&runs, |run| f(run))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_order_of_the_items() {
        let items: Vec<usize> = (0..10_000).collect();
        assert_eq!(each(&items, |x| x * 2), items.iter().map(|x| x * 2).collect::<Vec<_>>());
        let runs = chunks(&items, |run| (run[0], run.iter().sum::<usize>()));
        assert_eq!(runs.len(), 3);
        assert_eq!(runs[1].0, 4096);
        assert_eq!(runs.iter().map(|s| s.1).sum::<usize>(), items.iter().sum::<usize>());
        let mut shuffled: Vec<usize> = items.iter().map(|x| x * 7919 % 10_000).collect();
        sort_unstable_by_key(&mut shuffled, |&x| std::cmp::Reverse(x));
        assert!(shuffled.windows(2).all(|w| w[0] > w[1]), "sorted, largest first");
    }
}
