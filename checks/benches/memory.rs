//! Memory: the size of the core types, and the peak heap of loading the
//! 1,000,000-statistic synthetic report against the size of its JSON
//! (BENCHMARKS.md). Not a criterion benchmark: it prints its figures.
//!
//! ```text
//! cargo bench --bench memory
//! ```

mod common;

use peakmem_alloc::{INSTRUMENTED_SYSTEM, PeakMemAlloc, PeakMemAllocTrait};
use workreport::{Quantity, Report, Statistic};

#[global_allocator]
static HEAP: &PeakMemAlloc<std::alloc::System> = &INSTRUMENTED_SYSTEM;

fn main() {
    println!(
        "size_of::<Quantity>()  = {} bytes",
        std::mem::size_of::<Quantity>()
    );
    println!(
        "size_of::<Statistic>() = {} bytes",
        std::mem::size_of::<Statistic>()
    );
    for n in common::SIZES {
        let json = common::report(n, 1, 0).to_json().expect("a report writes");
        HEAP.reset_peak_memory();
        let report = Report::from_json(&json).expect("loads");
        let peak = HEAP.get_peak_memory();
        let kept = report.statistics().count();
        HEAP.reset_peak_memory();
        let value: serde_json::Value = serde_json::from_str(&json).expect("parses");
        let value_peak = HEAP.get_peak_memory();
        drop(value);
        println!(
            "{n:>9} statistics: JSON {:>7.1} MB; peak heap of loading {:>7.1} MB ({:.2}x the JSON), of serde_json::Value {:>7.1} MB ({:.2}x); {kept} statistics",
            json.len() as f64 / 1e6,
            peak as f64 / 1e6,
            peak as f64 / json.len() as f64,
            value_peak as f64 / 1e6,
            value_peak as f64 / json.len() as f64,
        );
    }
}
