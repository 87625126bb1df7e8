//! The crate over whole corpora: loading, validating and diffing synthetic
//! reports of 1,000 to 1,000,000 statistics (BENCHMARKS.md).
//!
//! ```text
//! cargo bench --bench scale                 # everything, a few minutes
//! cargo bench --bench scale -- load         # one group
//! cargo bench --bench scale -- 'one metric' # the degenerate inputs of issue 15
//! ```
//!
//! Loading is measured side by side with `serde_json::Value` parsing of the
//! same bytes, in the same run, so that the ratio holds on a noisy machine.

mod common;

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use workreport::Report;
use workreport::align::{Original, align};
use workreport::compare::diff;
use workreport::validate::{Rule, Validator};

/// Fewer samples for the large sizes: a sample of the 1,000,000-statistic
/// report takes seconds.
fn samples(n: usize) -> usize {
    if n >= 100_000 { 10 } else { 30 }
}

fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    group.measurement_time(Duration::from_secs(8));
    for n in common::SIZES {
        let json = common::report(n, 1, 0).to_json().expect("a report writes");
        group.sample_size(samples(n));
        group.throughput(Throughput::Bytes(json.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("Report::from_json", n),
            &json,
            |b, json| b.iter(|| Report::from_json(black_box(json)).expect("loads")),
        );
        group.bench_with_input(
            BenchmarkId::new("serde_json::Value", n),
            &json,
            |b, json| {
                b.iter(|| {
                    serde_json::from_str::<serde_json::Value>(black_box(json)).expect("parses")
                })
            },
        );
    }
    group.finish();
}

fn validate(c: &mut Criterion) {
    let mut group = c.benchmark_group("validate");
    group.measurement_time(Duration::from_secs(8));
    let without_quotes = Validator::new()
        .without(Rule::QuoteMismatch)
        .without(Rule::QuoteUnreadable);
    let with_quotes = Validator::new();
    for n in common::SIZES {
        let report = common::report(n, 1, 0);
        group.sample_size(samples(n));
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("quote rules off", n), &report, |b, r| {
            b.iter(|| without_quotes.validate(black_box(r)))
        });
        group.bench_with_input(BenchmarkId::new("quote rules on", n), &report, |b, r| {
            b.iter(|| with_quotes.validate(black_box(r)))
        });
    }
    // One figure stated n times: every mention of it judged together.
    for n in [1_000, 10_000, 100_000] {
        let report = common::one_metric(n, 1, 0, "2023");
        group.sample_size(samples(n));
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(
            BenchmarkId::new("one metric, quote rules off", n),
            &report,
            |b, r| b.iter(|| without_quotes.validate(black_box(r))),
        );
    }
    group.finish();
}

fn diffs(c: &mut Criterion) {
    let mut group = c.benchmark_group("diff");
    group.measurement_time(Duration::from_secs(8));
    for n in [10_000, 100_000] {
        let old = common::report(n, 1, 0);
        let new = common::report(n, 1, 7);
        group.sample_size(samples(n));
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(
            BenchmarkId::new("two reports", n),
            &(old, new),
            |b, (o, n)| b.iter(|| diff(black_box(o), black_box(n)).expect("diffs")),
        );
    }
    // Every figure of one metric: each new figure matches the first old
    // one of its kind left; of another period (2021 against 2023, not the
    // year before), none.
    for n in [10_000, 100_000] {
        let old = common::one_metric(n, 1, 0, "2022");
        group.sample_size(samples(n));
        group.throughput(Throughput::Elements(n as u64));
        for (name, period) in [("one metric", "2023"), ("one metric, other period", "2021")] {
            let new = common::one_metric(n, 1, 7, period);
            group.bench_with_input(BenchmarkId::new(name, n), &(&old, new), |b, (o, n)| {
                b.iter(|| diff(black_box(o), black_box(n)).expect("diffs"))
            });
        }
    }
    group.finish();
}

fn aligns(c: &mut Criterion) {
    let mut group = c.benchmark_group("align");
    group.measurement_time(Duration::from_secs(8));
    // One part of n figures and n names: each figure is missing, and
    // looked for among the names.
    for n in [1_000, 10_000, 20_000] {
        let (report, text) = common::names(n);
        let original = Original::from_text(&text).expect("an original");
        group.sample_size(samples(n));
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(
            BenchmarkId::new("names in one part", n),
            &(report, original),
            |b, (r, o)| b.iter(|| align(black_box(r), black_box(o))),
        );
    }
    group.finish();
}

criterion_group!(benches, load, validate, diffs, aligns);
criterion_main!(benches);
