//! Reading whole documents: bytes of running text per second, at 1 MB and
//! at 10 MB, so that the two sizes can be compared within one run.
//!
//! ```text
//! cargo bench --bench documents
//! ```
//!
//! The text is real report text from the repository, repeated to the size:
//! the Chinese original of the bundled Sichuan briefing
//! (`examples/data/sichuan-public-security-2023.original.txt`) and the
//! bodies of the English documents of `tests/data/documents/`, each
//! repeat a paragraph of its own. Criterion reports bytes per second;
//! BENCHMARKS.md records the figures.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use workreport::text::figures;

const ZH: &str = include_str!("../../examples/data/sichuan-public-security-2023.original.txt");
const EN: &[&str] = &[
    include_str!("../../tests/data/documents/en-au-appropriation-2018.txt"),
    include_str!("../../tests/data/documents/en-hk-budget-2020.txt"),
    include_str!("../../tests/data/documents/en-india-budget-2012.txt"),
    include_str!("../../tests/data/documents/en-nz-budget-2013.txt"),
    include_str!("../../tests/data/documents/en-uk-budget-2023.txt"),
];

/// `text` repeated, paragraph after paragraph, to at least `bytes`.
fn repeated(text: &str, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + text.len() + 2);
    while out.len() < bytes {
        out.push_str(text.trim_end());
        out.push_str("\n\n");
    }
    out
}

/// A document's body: the text after its first line, the source's address.
fn body(document: &str) -> &str {
    document.split_once('\n').map_or(document, |(_, rest)| rest)
}

fn bench(c: &mut Criterion) {
    let en: String = EN
        .iter()
        .map(|d| body(d).trim_end().to_owned() + "\n\n")
        .collect();
    let mut group = c.benchmark_group("documents");
    group.sample_size(10);
    for (name, text) in [("zh", ZH), ("en", en.as_str())] {
        for mb in [1, 10] {
            let doc = repeated(text, mb * 1_000_000);
            group.throughput(Throughput::Bytes(doc.len() as u64));
            group.bench_function(format!("{name} {mb} MB"), |b| {
                b.iter(|| figures(black_box(&doc), None).count())
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
