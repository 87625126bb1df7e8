//! One validation or one diff of a synthetic report, timed, for counting
//! instructions with callgrind and for timing two builds in turn
//! (BENCHMARKS.md). Not a criterion benchmark: it prints its figures.
//!
//! ```text
//! cargo bench --bench once -- validate 100000 [REPEATS]   # quote rules off
//! cargo bench --bench once -- validate-quotes 10000
//! cargo bench --bench once -- diff 100000
//! cargo bench --bench once -- validate-one-metric 10000   # one figure stated N times
//! cargo bench --bench once -- diff-one-metric 100000      # of the same period
//! cargo bench --bench once -- diff-one-metric-other-period 100000
//! cargo bench --bench once -- align-names 10000           # N figures, N names, one part
//! ```
//!
//! With REPEATS, the operation runs that many times and the fastest run
//! is printed. Under callgrind, count only the operation:
//!
//! ```text
//! cargo bench --bench once --no-run   # prints the binary's path
//! valgrind --tool=callgrind --toggle-collect='workreport::validate::Validator::validate' \
//!     target/release/deps/once-HASH validate 20000
//! ```

mod common;

use std::hint::black_box;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use workreport::align::{Original, align};
use workreport::compare::diff;
use workreport::validate::{Rule, Validator};

fn main() -> ExitCode {
    // cargo bench passes `--bench` to every bench binary.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let (what, n, repeats) = match args.as_slice() {
        [what, n, rest @ ..] if rest.len() <= 1 => {
            let n = n.parse::<usize>();
            let repeats = rest.first().map_or(Ok(1), |r| r.parse::<u32>());
            match (n, repeats) {
                (Ok(n), Ok(r)) if r > 0 => (what.as_str(), n, r),
                _ => return usage(),
            }
        }
        _ => return usage(),
    };
    let fastest = match what {
        "validate" | "validate-quotes" => {
            let report = common::report(n, 1, 0);
            let validator = if what == "validate" {
                Validator::new()
                    .without(Rule::QuoteMismatch)
                    .without(Rule::QuoteUnreadable)
            } else {
                Validator::new()
            };
            fastest(repeats, || {
                black_box(validator.validate(black_box(&report)));
            })
        }
        "validate-one-metric" => {
            let report = common::one_metric(n, 1, 0, "2023");
            let validator = Validator::new()
                .without(Rule::QuoteMismatch)
                .without(Rule::QuoteUnreadable);
            fastest(repeats, || {
                black_box(validator.validate(black_box(&report)));
            })
        }
        "diff" | "diff-one-metric" | "diff-one-metric-other-period" => {
            let (old, new) = match what {
                "diff" => (common::report(n, 1, 0), common::report(n, 1, 7)),
                "diff-one-metric" => (
                    common::one_metric(n, 1, 0, "2022"),
                    common::one_metric(n, 1, 7, "2023"),
                ),
                _ => (
                    common::one_metric(n, 1, 0, "2022"),
                    common::one_metric(n, 1, 7, "2021"),
                ),
            };
            fastest(repeats, || {
                black_box(diff(black_box(&old), black_box(&new)).expect("diffs"));
            })
        }
        "align-names" => {
            let (report, text) = common::names(n);
            let original = Original::from_text(&text).expect("an original");
            fastest(repeats, || {
                black_box(align(black_box(&report), black_box(&original)));
            })
        }
        _ => return usage(),
    };
    println!(
        "{what} of {n} statistics: {fastest:?}, fastest of {repeats} ({:.2} M/s)",
        n as f64 / fastest.as_secs_f64() / 1e6
    );
    ExitCode::SUCCESS
}

/// The fastest of `repeats` runs of `f`.
fn fastest(repeats: u32, mut f: impl FnMut()) -> Duration {
    (0..repeats)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn usage() -> ExitCode {
    eprintln!(
        "usage: once validate|validate-quotes|validate-one-metric|diff|diff-one-metric|diff-one-metric-other-period|align-names N [REPEATS]"
    );
    ExitCode::from(2)
}
