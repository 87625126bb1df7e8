//! Reading the phrase corpus: clauses per second, in each language.
//!
//! ```text
//! cargo bench --bench parse
//! ```
//!
//! The corpus is `tests/data/phrases.jsonl` (a copy of the shared corpus of
//! real report clauses). Criterion reports the throughput in clauses
//! ("elements") per second; the README records the figure.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use workreport::text::{Lang, parse};

const CORPUS: &str = include_str!("../../tests/data/phrases.jsonl");

fn clauses(lang: &str) -> Vec<String> {
    CORPUS
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|v| v["lang"] == lang)
        .filter_map(|v| v["text"].as_str().map(str::to_owned))
        .collect()
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse corpus");
    for (code, lang) in [("en", Lang::En), ("zh", Lang::Zh)] {
        let texts = clauses(code);
        group.throughput(Throughput::Elements(texts.len() as u64));
        group.bench_function(code, |b| {
            b.iter(|| {
                for t in &texts {
                    let _ = black_box(parse(black_box(t), Some(lang)));
                }
            })
        });
    }
    let all: Vec<String> = clauses("en").into_iter().chain(clauses("zh")).collect();
    group.throughput(Throughput::Elements(all.len() as u64));
    group.bench_function("both, language detected", |b| {
        b.iter(|| {
            for t in &all {
                let _ = black_box(parse(black_box(t), None));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
