//! The strategies stay small on the stack, so that users can combine them:
//! a tuple of phrase strategies once overflowed the 2 MiB stack of a test
//! thread in a debug build, when each value tree was tens of kilobytes.
#![cfg(feature = "proptest")]

use proptest::prelude::*;
use proptest::test_runner::TestRunner;
use workreport::Unit;
use workreport::proptest::*;
use workreport::text::Lang;

/// The size of a value tree of `strategy`.
fn tree_size<S: Strategy>(strategy: S) -> usize {
    let mut runner = TestRunner::deterministic();
    let tree = strategy
        .new_tree(&mut runner)
        .unwrap_or_else(|e| panic!("the strategy gave no value: {e}"));
    std::mem::size_of_val(&tree)
}

#[test]
fn every_value_tree_is_at_most_4_kib() {
    let sizes = [
        ("decimal", tree_size(decimal(6, 2))),
        ("unit", tree_size(unit())),
        ("count_unit", tree_size(count_unit())),
        ("other_noun", tree_size(other_noun())),
        ("share_unit", tree_size(share_unit())),
        ("money_unit", tree_size(money_unit())),
        ("physical_unit", tree_size(physical_unit())),
        ("qualifier", tree_size(qualifier())),
        ("magnitude", tree_size(magnitude())),
        ("quantity_in", tree_size(quantity_in(Unit::Items))),
        ("quantity", tree_size(quantity())),
        ("text", tree_size(text())),
        ("statistic", tree_size(statistic())),
        ("achievement", tree_size(achievement(3))),
        ("measure", tree_size(measure())),
        ("target", tree_size(target())),
        ("section", tree_size(section(2))),
        ("report", tree_size(report(3))),
        ("plausible_report", tree_size(plausible_report(3))),
        ("year_period", tree_size(year_period())),
        ("period", tree_size(period())),
        ("phrase", tree_size(phrase(Lang::Zh))),
        ("corrupted", tree_size(corrupted(Lang::En))),
    ];
    let big: Vec<_> = sizes.iter().filter(|(_, size)| *size > 4096).collect();
    assert!(big.is_empty(), "value trees over 4 KiB: {big:?}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    /// Many strategies at once, as a user's test may take them.
    #[test]
    fn strategies_combine_in_one_test(
        clean in (phrase(Lang::En), phrase(Lang::Zh)),
        damaged in (corrupted(Lang::En), corrupted(Lang::Zh)),
        parts in (report(2), statistic(), target(), measure()),
    ) {
        prop_assert_eq!(clean.0.lang, Lang::En);
        prop_assert_eq!(clean.1.lang, Lang::Zh);
        prop_assert_eq!(damaged.0.clean.lang, Lang::En);
        prop_assert!(parts.0.sections.len() <= 2);
    }
}
