//! Reading an original's text and aligning a translation with it: an
//! original or an error, never a panic. Every figure of the original and of
//! the translation is in exactly one pair, and only a pair with damage is
//! damaged.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use workreport::Report;
use workreport::align::{Original, Verdict, align};

/// The bundled Sichuan briefing, the translation every input is aligned
/// with.
fn translation() -> &'static Report {
    static REPORT: OnceLock<Report> = OnceLock::new();
    REPORT.get_or_init(|| {
        let json = include_str!("../../examples/data/sichuan-public-security-2023.json");
        Report::from_json(json).expect("the bundled report loads")
    })
}

fuzz_target!(|text: &str| {
    let Ok(original) = Original::from_text(text) else {
        return;
    };
    let report = translation();
    let alignment = align(report, &original);
    let original_figures: usize = alignment.pairs.iter().map(|p| p.original.len()).sum();
    assert_eq!(
        original_figures,
        original.figures().count(),
        "an original figure lost"
    );
    let translated: usize = alignment.pairs.iter().map(|p| p.translated.len()).sum();
    assert_eq!(
        translated,
        report.statistics().count(),
        "a translated figure lost"
    );
    for pair in &alignment.pairs {
        assert_eq!(
            pair.verdict == Verdict::Damaged,
            !pair.damage.is_empty(),
            "{pair:?}"
        );
    }
});
