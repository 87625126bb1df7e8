//! Reads the phrase corpus in a loop, for counting instructions and timing
//! builds against each other.
//!
//! ```text
//! cargo build --release --example parse_loop
//! valgrind --tool=callgrind target/release/examples/parse_loop 50 en
//! valgrind --tool=callgrind target/release/examples/parse_loop 0 en   # the set-up alone
//! ```
//!
//! The arguments are the number of passes over the corpus and the language
//! (`en`, `zh`, or `both` for every clause in corpus order). Instruction counts repeat from run to run where times do
//! not: (instructions of N passes − instructions of 0 passes) / (N × clauses)
//! is the cost of reading one clause. It prints how many clauses it read.
//!
//! To time two builds on a shared machine, copy each build's binary aside
//! and run them in turn many times (`time parse_loop 3000 en`), comparing
//! the fastest run of each: the other core's load comes and goes.

use std::process::ExitCode;

const CORPUS: &str = include_str!("../tests/data/phrases.jsonl");

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let passes: usize = match args.next().map(|a| a.parse()) {
        None => 1,
        Some(Ok(n)) => n,
        Some(Err(_)) => {
            eprintln!(
                "parse_loop: the number of passes must be a whole number; usage: parse_loop [PASSES] [en|zh|both]"
            );
            return ExitCode::from(2);
        }
    };
    let lang = args.next().unwrap_or_else(|| "en".to_owned());
    let clauses: Vec<String> = CORPUS
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|v| lang == "both" || v["lang"] == lang.as_str())
        .filter_map(|v| v["text"].as_str().map(str::to_owned))
        .collect();
    let mut read = 0_usize;
    for _ in 0..passes {
        for clause in &clauses {
            if workreport::text::parse(clause, None).is_ok() {
                read += 1;
            }
        }
    }
    println!("{read} of {} clauses read", passes * clauses.len());
    ExitCode::SUCCESS
}
