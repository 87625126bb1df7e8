//! Loading the bundled report and reading its figures.
//!
//! ```text
//! cargo bench --bench load
//! ```
//!
//! Side by side in one run: typed loading (with every constructor check)
//! against `serde_json::Value` parsing of the same bytes, so that the ratio
//! holds on a noisy machine. Heavier benchmarks at scale are listed in
//! BENCHMARKS.md once they exist.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use workreport::Report;

const BUNDLED: &str = include_str!("../../examples/data/sichuan-public-security-2023.json");

fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load bundled report");
    group.throughput(Throughput::Bytes(BUNDLED.len() as u64));
    group.bench_function("Report::from_json", |b| {
        b.iter(|| Report::from_json(black_box(BUNDLED)))
    });
    group.bench_function("serde_json::Value", |b| {
        b.iter(|| serde_json::from_str::<serde_json::Value>(black_box(BUNDLED)))
    });
    group.finish();
}

fn intervals(c: &mut Criterion) {
    let report = Report::from_json(BUNDLED).expect("the bundled report loads");
    let quantities: Vec<_> = report
        .statistics()
        .filter_map(|(_, s)| s.quantity().cloned())
        .collect();
    c.bench_function("interval of every bundled quantity", |b| {
        b.iter(|| {
            for q in &quantities {
                black_box(q.interval());
            }
        })
    });
}

criterion_group!(benches, load, intervals);
criterion_main!(benches);
