//! The validator: one test per rule on small hand-built reports, the
//! bundled report's findings, the configuration, the JSON form, and a
//! property over plausible generated reports.

mod util;

use util::{bundled, dec, qty, report_of};
use workreport::validate::{Finding, Findings, Rule, Severity, Validator};
use workreport::{
    Achievement, Change, ChangeMode, Correction, Direction, Evidence, Extreme, Id, Improves,
    Magnitude, Measure, MeasureKind, MeasureStatus, Metric, Qualifier, Quantity, Record, Report,
    Section, Statistic, StatisticKind, Target,
};

#[track_caller]
fn stat(metric: &str, kind: StatisticKind, q: Quantity, quote: &str) -> Statistic {
    Statistic::new(Metric::new(metric).unwrap(), kind, Some(q), quote).unwrap()
}

fn exact(value: &str, unit_code: &str) -> Quantity {
    qty(value, Magnitude::One, unit_code, Qualifier::Exact)
}

/// A relative change in percent of `metric`, quoted `quote`.
#[track_caller]
fn relative(metric: &str, direction: Direction, percent: &str, quote: &str) -> Statistic {
    stat(
        metric,
        change(direction, ChangeMode::Relative),
        exact(percent, "percent"),
        quote,
    )
}

fn change(direction: Direction, mode: ChangeMode) -> StatisticKind {
    StatisticKind::Change(Change {
        direction,
        basis: workreport::Basis::YearOnYear,
        mode,
    })
}

/// The findings of `rule` alone, as (severity, path, message, suggestion).
fn found(report: &Report, rule: Rule) -> Vec<(Severity, String, String, Option<String>)> {
    Validator::new()
        .only(&[rule])
        .validate(report)
        .into_iter()
        .map(|f| (f.severity, f.path, f.message, f.suggestion))
        .collect()
}

const P0: &str = "sections[0].achievements[0].statistics[0]";
const P1: &str = "sections[0].achievements[0].statistics[1]";

#[test]
fn rate_out_of_range() {
    let r = report_of(vec![
        stat(
            "solving rate",
            StatisticKind::Rate,
            exact("997", "percent"),
            "the solving rate is 997%",
        ),
        stat(
            "coverage",
            StatisticKind::Rate,
            exact("99.7", "percent"),
            "coverage reached 99.7%",
        ),
    ]);
    assert_eq!(
        found(&r, Rule::RateOutOfRange),
        [(
            Severity::Error,
            P0.to_owned(),
            "a rate of 997 percent is outside 0 to 100 percent".to_owned(),
            Some(
                "a lost decimal point? 99.7% (a guess from the text alone: check the source)"
                    .to_owned()
            )
        )]
    );
    // More than 100 percent cannot be a share either; a ratio can.
    let r = report_of(vec![
        stat(
            "share",
            StatisticKind::Rate,
            qty("100", Magnitude::One, "percent", Qualifier::MoreThan),
            "more than 100%",
        ),
        stat(
            "debt ratio",
            StatisticKind::Ratio,
            exact("130", "percent"),
            "debt of 130% of GDP",
        ),
    ]);
    let f = found(&r, Rule::RateOutOfRange);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].1, P0);
    // 1200 per mille: ÷10 lands in range, written in per mille.
    let r = report_of(vec![stat(
        "rate",
        StatisticKind::Rate,
        exact("1200", "per_mille"),
        "1200‰",
    )]);
    let f = found(&r, Rule::RateOutOfRange);
    assert_eq!(f[0].2, "a rate of 120 percent is outside 0 to 100 percent");
    assert_eq!(
        f[0].3.as_deref(),
        Some("a lost decimal point? 120‰ (a guess from the text alone: check the source)")
    );
}

#[test]
fn change_impossible_decline() {
    let r = report_of(vec![
        relative("crimes", Direction::Down, "120", "down 120%"),
        relative("thefts", Direction::Down, "100", "down 100%"),
        relative("output", Direction::Up, "120", "up 120%"),
        // At 100 the qualifier decides: "more than 100%" is impossible,
        // "nearly 101%" ([100, 101)) is not.
        stat(
            "frauds",
            change(Direction::Down, ChangeMode::Relative),
            qty("100", Magnitude::One, "percent", Qualifier::MoreThan),
            "down more than 100%",
        ),
        stat(
            "scams",
            change(Direction::Down, ChangeMode::Relative),
            qty("101", Magnitude::One, "percent", Qualifier::Nearly),
            "down nearly 101%",
        ),
    ]);
    let f = found(&r, Rule::ChangeImpossibleDecline);
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(f[1].1, "sections[0].achievements[0].statistics[3]");
    assert_eq!(
        f[..1],
        [(
            Severity::Error,
            P0.to_owned(),
            "a decline of 120 percent is more than all of the quantity".to_owned(),
            Some(
                "a lost decimal point? 12% (a guess from the text alone: check the source)"
                    .to_owned()
            )
        )]
    );
}

#[test]
fn change_implausible() {
    let r = report_of(vec![
        relative(
            "frauds",
            Direction::Down,
            "92",
            "decreased year-on-year. 92%",
        ),
        relative("thefts", Direction::Down, "49.9", "down 49.9%"),
        relative("exports", Direction::Up, "500", "up 500%"),
        relative("imports", Direction::Up, "499", "up 499%"),
        // An impossible decline is the other rule's, not this one's.
        relative("crimes", Direction::Down, "120", "down 120%"),
    ]);
    let f = found(&r, Rule::ChangeImplausible);
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(f[0].0, Severity::Warning);
    assert_eq!(
        f[0].2,
        "a decline of 92 percent is implausibly large (the threshold is 50 percent)"
    );
    assert_eq!(
        f[0].3.as_deref(),
        Some("a lost decimal point? 9.2% (a guess from the text alone: check the source)")
    );
    assert_eq!(f[1].1, "sections[0].achievements[0].statistics[2]");
    assert_eq!(
        f[1].2,
        "a growth of 500 percent is implausibly large (the threshold is 500 percent)"
    );
    // The thresholds are the validator's.
    let lenient = Validator::new()
        .only(&[Rule::ChangeImplausible])
        .implausible_decline(dec("95"))
        .implausible_growth(dec("1000"));
    assert!(lenient.validate(&r).is_empty());
    let strict = Validator::new()
        .only(&[Rule::ChangeImplausible])
        .implausible_decline(dec("40"));
    assert_eq!(strict.validate(&r).len(), 3);
}

#[test]
fn count_not_whole_and_negative() {
    let r = report_of(vec![
        stat(
            "cases",
            StatisticKind::Count,
            exact("2.5", "cases"),
            "2.5 cases",
        ),
        stat(
            "people",
            StatisticKind::Count,
            qty("1.62", Magnitude::Wan, "people", Qualifier::Exact),
            "1.62万人",
        ),
        stat(
            "groups",
            StatisticKind::Count,
            exact("-3", "items"),
            "-3 groups",
        ),
    ]);
    assert_eq!(
        found(&r, Rule::CountNotWhole),
        [(
            Severity::Error,
            P0.to_owned(),
            "a count of 2.5 is not a whole number".to_owned(),
            None
        )]
    );
    assert_eq!(
        found(&r, Rule::CountNegative),
        [(
            Severity::Error,
            "sections[0].achievements[0].statistics[2]".to_owned(),
            "a count of -3 is below zero".to_owned(),
            None
        )]
    );
}

#[test]
fn quote_unreadable() {
    let garbled = Statistic::unreadable(
        Metric::new("losses").unwrap(),
        StatisticKind::Amount,
        "losses2More than 700 million yuan",
    )
    .unwrap();
    let r = report_of(vec![
        garbled,
        stat(
            "cases",
            StatisticKind::Count,
            exact("58", "cases"),
            "58 cases",
        ),
    ]);
    let all = r.validate();
    let f: Vec<&Finding> = all
        .iter()
        .filter(|f| f.rule == Rule::QuoteUnreadable)
        .collect();
    assert_eq!(f.len(), 1);
    assert_eq!((f[0].severity, f[0].path.as_str()), (Severity::Error, P0));
    assert_eq!(
        f[0].quote.as_deref(),
        Some("losses2More than 700 million yuan")
    );
}

#[test]
fn quote_mismatch() {
    let r = report_of(vec![
        // Another value: an error.
        stat(
            "cases",
            StatisticKind::Count,
            exact("85", "cases"),
            "cracked 58 cases",
        ),
        // The same value, another qualifier: a warning.
        stat(
            "people",
            StatisticKind::Count,
            exact("170000", "people"),
            "more than 170,000 people",
        ),
        // A counted noun the reader guesses is not compared.
        stat(
            "groups",
            StatisticKind::Count,
            exact("9", "items"),
            "smashing 9 gang-related organizations",
        ),
        // Agreeing, and unreadable by the reader: nothing.
        stat(
            "loss",
            StatisticKind::Amount,
            qty("2.7", Magnitude::Billion, "CNY", Qualifier::MoreThan),
            "recovered more than 2.7 billion yuan",
        ),
        stat(
            "loss",
            StatisticKind::Amount,
            exact("5", "CNY"),
            "no figure here",
        ),
    ]);
    let f = found(&r, Rule::QuoteMismatch);
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!((f[0].0, f[0].1.as_str()), (Severity::Error, P0));
    assert_eq!(
        f[0].2,
        "the quote says 58 cases (58 cases exact), the figure 85 cases (85 cases exact): another value"
    );
    assert_eq!((f[1].0, f[1].1.as_str()), (Severity::Warning, P1));
    assert!(f[1].2.ends_with(": another qualifier"), "{}", f[1].2);
}

#[test]
fn quote_redaction() {
    let mut r = report_of(vec![
        stat(
            "rate",
            StatisticKind::Rate,
            exact("99.7", "percent"),
            "the current ** case solving rate is 99.7%",
        ),
        stat(
            "cases",
            StatisticKind::Count,
            exact("12", "cases"),
            "XX county reported 12 cases",
        ),
        stat(
            "cases",
            StatisticKind::Count,
            exact("3", "cases"),
            "3 cases (*)",
        ),
    ]);
    let mut m = Measure::new("measures", MeasureKind::Package, MeasureStatus::Introduced);
    m.quote = Some("issued □□ measures".to_owned());
    r.sections[0].measures.push(m);
    let f = found(&r, Rule::QuoteRedaction);
    let paths: Vec<&str> = f.iter().map(|f| f.1.as_str()).collect();
    assert_eq!(paths, [P0, P1, "sections[0].measures[0]"]);
    assert!(f.iter().all(|f| f.0 == Severity::Info));
    assert_eq!(f[0].2, "the quote holds a redaction or placeholder, \"**\"");
}

#[test]
fn mentions_qualifier_differs_and_conflict() {
    let r = report_of(vec![
        stat(
            "police mobilized",
            StatisticKind::Count,
            qty("170000", Magnitude::One, "people", Qualifier::MoreThan),
            "more than 170,000",
        ),
        stat(
            "cases",
            StatisticKind::Count,
            exact("58", "cases"),
            "58 cases",
        ),
        stat(
            "police mobilized",
            StatisticKind::Count,
            exact("170000", "people"),
            "170,000",
        ),
        stat(
            "cases",
            StatisticKind::Count,
            exact("85", "cases"),
            "85 cases",
        ),
        // Another period: another figure.
        stat(
            "cases",
            StatisticKind::Count,
            exact("90", "cases"),
            "90 cases",
        )
        .with_period("2022".parse().unwrap()),
        // Intervals that can both be true: nothing.
        stat(
            "cases",
            StatisticKind::Count,
            qty("50", Magnitude::One, "cases", Qualifier::MoreThan),
            "more than 50 cases",
        ),
    ]);
    assert_eq!(
        found(&r, Rule::MentionQualifierDiffers),
        [(
            Severity::Warning,
            "sections[0].achievements[0].statistics[2]".to_owned(),
            format!(
                "{P0} states this figure as more than 170,000 people; here it is 170,000 people: the same number with another qualifier"
            ),
            Some(
                "one qualifier for both mentions, more_than or exact, as the source words it"
                    .to_owned()
            )
        )]
    );
    assert_eq!(
        found(&r, Rule::MentionConflict),
        [(
            Severity::Error,
            "sections[0].achievements[0].statistics[3]".to_owned(),
            // The figure's third mention of 2023, which can be true with
            // either, is named too.
            format!(
                "{P1} states this figure as 58 cases; here it is 85 cases, and both cannot be true (3 mentions in all; also sections[0].achievements[0].statistics[5] (more than 50 cases))"
            ),
            None
        )]
    );
}

/// The path of the `k`th statistic of [`report_of`].
fn p(k: usize) -> String {
    format!("sections[0].achievements[0].statistics[{k}]")
}

/// A count of `metric` with `q`, quoted as `q` renders.
fn cases(q: Quantity) -> Statistic {
    let quote = q.to_string();
    stat("cases", StatisticKind::Count, q, &quote)
}

/// The one finding of `rule` on `report`, of the rule's severity: its
/// path, message and suggestion.
#[track_caller]
fn one(report: &Report, rule: Rule) -> (String, String, Option<String>) {
    let mut f = found(report, rule);
    assert_eq!(f.len(), 1, "{f:?}");
    let (severity, path, message, suggestion) = f.remove(0);
    assert_eq!(severity, rule.severity());
    (path, message, suggestion)
}

/// `report` without the last statistic of [`report_of`].
fn but_last(report: &Report) -> Report {
    let mut r = report.clone();
    r.sections[0].achievements[0].statistics.pop();
    r
}

/// A figure stated many times is one finding, on the first mention that
/// cannot be true with an earlier one, naming that one, five others, and
/// how many more.
#[test]
fn a_figure_stated_many_times_is_one_conflict_naming_its_mentions() {
    let r = report_of(
        (1..=8)
            .map(|k| cases(exact(&(k * 10).to_string(), "cases")))
            .collect(),
    );
    let others: Vec<String> = (2..=6)
        .map(|k| format!("{} ({}0 cases)", p(k), k + 1))
        .collect();
    assert_eq!(
        one(&r, Rule::MentionConflict),
        (
            p(1),
            format!(
                "{} states this figure as 10 cases; here it is 20 cases, and both cannot be true (8 mentions in all; also {} and 1 more)",
                p(0),
                others.join(", ")
            ),
            None
        )
    );

    // Three mentions that can all be true ((50, ∞), (−∞, 100] and "about
    // 70", [65, 75]), then 40: below the greatest low end so far, 65, that
    // of "about 70", which the finding names.
    let q = |v: &str, qualifier| qty(v, Magnitude::One, "cases", qualifier);
    let r = report_of(vec![
        cases(q("50", Qualifier::MoreThan)),
        cases(q("100", Qualifier::AtMost)),
        cases(q("70", Qualifier::About)),
        cases(exact("40", "cases")),
    ]);
    assert_eq!(
        one(&r, Rule::MentionConflict),
        (
            p(3),
            format!(
                "{} states this figure as about 70 cases; here it is 40 cases, and both cannot be true (4 mentions in all; also {} (more than 50 cases) and {} (at most 100 cases))",
                p(2),
                p(0),
                p(1)
            ),
            None
        )
    );
    // Without the 40, nothing.
    assert_eq!(found(&but_last(&r), Rule::MentionConflict), []);
}

/// "More than 100" and "100" are one number with two qualifiers: not a
/// conflict, though their intervals share no value. The range 50 to 100
/// conflicts with "more than 100" all the same, though "100", whose high
/// end is the same as the range's, came first.
#[test]
fn one_number_with_two_qualifiers_is_not_a_conflict_but_another_number_is() {
    let r = report_of(vec![
        cases(qty("100", Magnitude::One, "cases", Qualifier::MoreThan)),
        cases(exact("100", "cases")),
        cases(Quantity::range(dec("50"), dec("100"), Magnitude::One, util::unit("cases")).unwrap()),
    ]);
    assert_eq!(
        one(&r, Rule::MentionQualifierDiffers),
        (
            p(1),
            format!(
                "{} states this figure as more than 100 cases; here it is 100 cases: the same number with another qualifier",
                p(0)
            ),
            Some(
                "one qualifier for both mentions, more_than or exact, as the source words it"
                    .to_owned()
            )
        )
    );
    assert_eq!(
        one(&r, Rule::MentionConflict),
        (
            p(2),
            format!(
                "{} states this figure as more than 100 cases; here it is between 50 and 100 cases, and both cannot be true (3 mentions in all; also {} (100 cases))",
                p(0),
                p(1)
            ),
            None
        )
    );
    // The two of one number alone: nothing conflicts.
    assert_eq!(found(&but_last(&r), Rule::MentionConflict), []);
}

/// One number stated four times with three qualifiers: one finding, on the
/// first mention whose qualifier is not the first's, and a suggestion
/// naming the three qualifiers in the order met.
#[test]
fn one_number_with_many_qualifiers_is_one_finding() {
    let people = |q| {
        let q = qty("170000", Magnitude::One, "people", q);
        stat("police mobilized", StatisticKind::Count, q, "170,000")
    };
    let r = report_of(vec![
        people(Qualifier::About),
        people(Qualifier::Exact),
        people(Qualifier::MoreThan),
        people(Qualifier::Exact),
    ]);
    assert_eq!(
        one(&r, Rule::MentionQualifierDiffers),
        (
            p(1),
            format!(
                "{} states this figure as about 170,000 people; here it is 170,000 people: the same number with another qualifier (4 mentions in all; also {} (more than 170,000 people) and {} (170,000 people))",
                p(0),
                p(2),
                p(3)
            ),
            Some(
                "one qualifier for all 4 mentions, about, exact or more_than, as the source words it"
                    .to_owned()
            )
        )
    );
    assert_eq!(found(&r, Rule::MentionConflict), []);
}

/// Mentions are found however far apart and however many: 3,000
/// statistics in three sections, 700 metrics, each value its own, so that
/// every two mentions of a metric conflict. Each metric is one finding, on
/// its second mention, naming the first and the others: what a plain model
/// of the rule over the statistics finds, in document order.
#[test]
fn mentions_are_paired_across_a_large_report() {
    let mut r = report_of(vec![]);
    r.sections.clear();
    // Each metric's mentions: place in document order, path and figure as
    // findings print them.
    let mut mentions: Vec<Vec<(usize, String, String)>> = vec![Vec::new(); 700];
    for s in 0..3 {
        let mut stats = Vec::new();
        for k in 0..1000 {
            let i = s * 1000 + k;
            let metric = i % 700;
            // Never 1, which would print as "1 case".
            let v = i + 2;
            stats.push(stat(
                &format!("m{metric}"),
                StatisticKind::Count,
                exact(&v.to_string(), "cases"),
                &format!("{v} cases"),
            ));
            let path = format!("sections[{s}].achievements[0].statistics[{k}]");
            mentions[metric].push((i, path, exact(&v.to_string(), "cases").to_string()));
        }
        let mut section = Section::new(format!("part {s}"));
        section.achievements.push(Achievement {
            text: "figures".to_owned(),
            statistics: stats,
        });
        r.sections.push(section);
    }
    // A target of a metric the outcomes state: not a mention of them.
    r.sections[1].targets.push(Target {
        text: "a target".to_owned(),
        improves: Improves::Lower,
        figure: Some(stat(
            "m0",
            StatisticKind::Count,
            exact("1", "cases"),
            "1 case",
        )),
    });
    // Metrics 0 to 199 have five mentions, the others four: the finding
    // names three or two others, and none more.
    let mut expected: Vec<(usize, String, String)> = mentions
        .iter()
        .map(|m| {
            let others: Vec<String> = m[2..].iter().map(|(_, p, q)| format!("{p} ({q})")).collect();
            let (last, init) = others.split_last().unwrap();
            (
                m[1].0,
                m[1].1.clone(),
                format!(
                    "{} states this figure as {}; here it is {}, and both cannot be true ({} mentions in all; also {} and {last})",
                    m[0].1,
                    m[0].2,
                    m[1].2,
                    m.len(),
                    init.join(", ")
                ),
            )
        })
        .collect();
    expected.sort();
    let expected: Vec<(String, String)> = expected.into_iter().map(|(_, p, m)| (p, m)).collect();
    let found: Vec<(String, String)> = found(&r, Rule::MentionConflict)
        .into_iter()
        .map(|f| (f.1, f.2))
        .collect();
    assert_eq!(found.len(), 700);
    assert_eq!(found, expected);
}

/// With an original supplied, a translated figure it contradicts is an
/// error naming the original's reading, and suggesting the editor's
/// correction where the figure has one, else the original's figure;
/// without an original, the rule finds nothing.
#[test]
fn translation_disagrees_with_a_supplied_original() {
    let report = bundled();
    let original = util::bundled_original();
    let only = Validator::new().only(&[Rule::TranslationDisagrees]);
    let found: Vec<(Severity, String, String, Option<String>)> = only
        .validate_against(&report, &original)
        .into_iter()
        .map(|f| (f.severity, f.path, f.message, f.suggestion))
        .collect();
    let e = Severity::Error;
    assert_eq!(
        found,
        [
            (
                e,
                "sections[1].sections[1].sections[0].achievements[2].statistics[0]".to_owned(),
                "the original states more than 803,000 items (调处各类矛盾纠纷80.3万余件): a magnitude split off and glued to the words".to_owned(),
                Some(cites_disputes())
            ),
            (
                e,
                "sections[1].sections[1].sections[1].achievements[1].statistics[0]".to_owned(),
                "the original states 99.7% (现行命案破案率99.7%): a lost decimal point".to_owned(),
                Some(cites_solving_rate())
            ),
            (
                e,
                "sections[1].sections[1].sections[2].achievements[3].statistics[0]".to_owned(),
                "the original states 2 figures here, down 29.93% (刑事案件发案同比下降29.93%), down 29.92% (治安案件发案同比下降29.92%): figures merged into one".to_owned(),
                Some(cites_merged_decline())
            ),
        ]
    );
    // The three figures carry the editor's corrections, which their
    // findings cite; without them, the suggestion is the original's.
    let uncorrected = without_corrections(&report);
    let suggestions: Vec<Option<String>> = only
        .validate_against(&uncorrected, &original)
        .into_iter()
        .map(|f| f.suggestion)
        .collect();
    assert_eq!(
        suggestions,
        [
            Some("more than 803,000 items, as the original states it".to_owned()),
            Some("99.7%, as the original states it".to_owned()),
            Some("2 figures, as the original states them".to_owned()),
        ]
    );
    // Without the original: no such finding, and the solving rate's
    // suggestion is still the correction.
    let alone = report.validate();
    assert!(found_in(&alone, Rule::TranslationDisagrees).is_empty());
    let rate = found_in(&alone, Rule::RateOutOfRange);
    assert_eq!(rate[0].suggestion, Some(cites_solving_rate()));
    let all = Validator::new().validate_against(&report, &original);
    assert_eq!(found_in(&all, Rule::TranslationDisagrees).len(), 3);
    // The other rules find what they found without the original.
    let others: Vec<&Finding> = all
        .iter()
        .filter(|f| f.rule != Rule::TranslationDisagrees)
        .collect();
    assert_eq!(others, alone.iter().collect::<Vec<_>>());
    // A figure the original does not state, where it covers the
    // translation, disagrees too, with no suggestion.
    let r = report_of(vec![
        stat(
            "cases",
            StatisticKind::Count,
            exact("58", "cases"),
            "cracked 58 cases",
        ),
        stat(
            "families",
            StatisticKind::Count,
            exact("195", "other:families"),
            "helped 195 families",
        ),
    ]);
    let original =
        workreport::align::Original::from_text("[sections[0]]\n破获涉拐现案积案58起\n").unwrap();
    let f = only.validate_against(&r, &original);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].path, P1);
    assert_eq!(
        f[0].message,
        "the original states no such figure here: a figure the other side does not state"
    );
    assert_eq!(f[0].suggestion, None);
    // Left out, it is not run.
    let without = Validator::new().without(Rule::TranslationDisagrees);
    assert!(
        found_in(
            &without.validate_against(&r, &original),
            Rule::TranslationDisagrees
        )
        .is_empty()
    );
}

fn found_in(findings: &Findings, rule: Rule) -> Vec<&Finding> {
    findings.iter().filter(|f| f.rule == rule).collect()
}

/// The source of the bundled report's corrections, as the report names it.
const SOURCE: &str =
    "China News Service, Sichuan (中新网四川), 2024-01-09: the Chinese original of the briefing";
/// The bundled report's three corrected figures: the split disputes, the
/// 997% solving rate and the merged "92%".
const DISPUTES: &str = "sections[1].sections[1].sections[0].achievements[2].statistics[0]";
const SOLVING_RATE: &str = "sections[1].sections[1].sections[1].achievements[1].statistics[0]";
const DECLINE: &str = "sections[1].sections[1].sections[2].achievements[3].statistics[0]";

/// The disputes' correction, cited: 80.3万余件 of items is over_some
/// 803,000, which English writes "more than 803,000 items".
fn cites_disputes() -> String {
    format!(
        "corrected to more than 803,000 items by the editor: the original states 调处各类矛盾纠纷80.3万余件 (source: {SOURCE})"
    )
}

/// The solving rate's correction, cited: 99.7%, from its Chinese words.
fn cites_solving_rate() -> String {
    format!(
        "corrected to 99.7% by the editor: the original states 现行命案破案率99.7% (source: {SOURCE})"
    )
}

/// The "92%" decline's correction, cited: no single figure, and the two
/// its evidence states.
fn cites_merged_decline() -> String {
    format!(
        "corrected by the editor, no single figure in its place: the original states two figures, 29.93% and 29.92%: 刑事案件、治安案件发案同比分别下降29.93%、29.92% (source: {SOURCE})"
    )
}

/// `report` without its editors' corrections (through its JSON), the
/// quotes in other languages kept.
#[track_caller]
fn without_corrections(report: &Report) -> Report {
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(m) => {
                m.remove("correction");
                m.values_mut().for_each(strip);
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut json: serde_json::Value = serde_json::from_str(&report.to_json().unwrap()).unwrap();
    strip(&mut json);
    let stripped = Report::from_json(&json.to_string()).unwrap();
    assert!(stripped.statistics().all(|(_, s)| s.correction().is_none()));
    assert_eq!(stripped.statistics().count(), report.statistics().count());
    stripped
}

/// Where a statistic has an editor's correction, the finding on its
/// figure cites it, and no guess is made: the bundled report corrects the
/// three figures its translation damaged, and every suggestion on them is
/// the correction, with the Chinese original's words and source.
#[test]
fn a_finding_on_a_corrected_figure_cites_the_correction() {
    let findings = bundled().validate();
    let suggested: Vec<(&str, &str, String)> = findings
        .iter()
        .filter_map(|f| Some((f.code(), f.path.as_str(), f.suggestion.clone()?)))
        .collect();
    assert_eq!(
        suggested,
        [
            // Unreadable, with no guess of its own: the correction says
            // what the figure is.
            ("quote.unreadable", DISPUTES, cites_disputes()),
            // Not "a lost decimal point? 99.7% (a guess from the text
            // alone ...)": the editor read the source.
            ("rate.out_of_range", SOLVING_RATE, cites_solving_rate()),
            // Not "a lost decimal point? 9.2%", which the original
            // contradicts: the two figures it states.
            ("change.implausible", DECLINE, cites_merged_decline()),
            // No correction here: the rule's own suggestion.
            (
                "mention.qualifier_differs",
                "sections[2].sections[0].sections[2].achievements[0].statistics[0]",
                "one qualifier for both mentions, more_than or exact, as the source words it"
                    .to_owned()
            ),
        ]
    );
    for f in &findings {
        let s = f.suggestion.as_deref().unwrap_or("");
        assert!(!s.contains("guess") && !s.contains(" 9.2%"), "{f}");
    }
    // The redaction in the 997% figure's quote is about its words, not its
    // figure: the correction does not answer it.
    let redaction = found_in(&findings, Rule::QuoteRedaction);
    assert_eq!(
        (
            redaction[0].path.as_str(),
            redaction[0].suggestion.as_deref()
        ),
        (SOLVING_RATE, None)
    );
    // The JSON form keeps its shape: the suggestion is a string.
    let json = serde_json::to_value(&findings).unwrap();
    assert_eq!(json[1]["suggestion"], cites_solving_rate().as_str());
    assert_eq!(json[3]["suggestion"], cites_merged_decline().as_str());
}

/// Without its corrections, the bundled report's guesses are weighed
/// against its figures' Chinese words (`quotes.zh`), and with the original
/// supplied, against the original's figures paired with them.
#[test]
fn without_a_correction_a_guess_is_weighed_against_the_evidence() {
    let report = without_corrections(&bundled());
    let suggestion = |findings: &Findings, path: &str, rule: Rule| {
        let f = findings
            .iter()
            .find(|f| f.path == path && f.rule == rule)
            .unwrap_or_else(|| panic!("no {rule} at {path}: {findings}"));
        f.suggestion.clone()
    };
    let alone = report.validate();
    // 现行命案破案率99.7% bears the guess out, and the suggestion says whose
    // words do.
    assert_eq!(
        suggestion(&alone, SOLVING_RATE, Rule::RateOutOfRange).as_deref(),
        Some("a lost decimal point: 99.7%, as the quote in zh states it (现行命案破案率99.7%)")
    );
    // Read clause by clause (at 、), the Chinese words state 29.93% and
    // 29.92%; 9.2% is in neither, so it is not suggested.
    assert_eq!(
        suggestion(&alone, DECLINE, Rule::ChangeImplausible).as_deref(),
        Some(
            "the quote in zh states 29.93% and 29.92% (刑事案件、治安案件发案同比分别下降29.93%、29.92%): check the figure against it"
        )
    );
    // An unreadable figure has nothing to guess from.
    assert_eq!(suggestion(&alone, DISPUTES, Rule::QuoteUnreadable), None);
    // The original is the first witness, even with translation.disagrees
    // left out.
    let original = util::bundled_original();
    let against = Validator::new()
        .without(Rule::TranslationDisagrees)
        .validate_against(&report, &original);
    assert_eq!(
        suggestion(&against, SOLVING_RATE, Rule::RateOutOfRange).as_deref(),
        Some("a lost decimal point: 99.7%, as the original states it (现行命案破案率99.7%)")
    );
    assert_eq!(
        suggestion(&against, DECLINE, Rule::ChangeImplausible).as_deref(),
        Some(
            "the original states 29.93% and 29.92% (刑事案件发案同比下降29.93% / 治安案件发案同比下降29.92%): check the figure against it"
        )
    );
    assert!(
        against
            .iter()
            .all(|f| f.suggestion.as_deref().is_none_or(|s| !s.contains("guess"))),
        "{against}"
    );
}

/// A guess is made where no witness contradicts it: with no other quote,
/// with one that states no figure, or none in a unit that compares, it is
/// a guess from the text alone; a witness whose figures do not hold it
/// stops it; one whose figure's interval holds it bears it out.
#[test]
fn a_guess_is_made_only_where_no_evidence_contradicts_it() {
    let zh: workreport::Language = "zh".parse().unwrap();
    let with = |s: Statistic, words: Option<&str>| match words {
        Some(w) => s.with_quote_in(zh.clone(), w).unwrap(),
        None => s,
    };
    let rate = |words: Option<&str>| {
        let s = stat(
            "solving rate",
            StatisticKind::Rate,
            exact("997", "percent"),
            "the solving rate is 997%",
        );
        let f = found(&report_of(vec![with(s, words)]), Rule::RateOutOfRange);
        assert_eq!(f.len(), 1, "{words:?}: {f:?}");
        f[0].3.clone()
    };
    let guess = "a lost decimal point? 99.7% (a guess from the text alone: check the source)";
    for words in [None, Some("现行命案破案率"), Some("破获命案58起")] {
        assert_eq!(rate(words).as_deref(), Some(guess), "{words:?}");
    }
    assert_eq!(
        rate(Some("现行命案破案率97.7%")).as_deref(),
        Some("the quote in zh states 97.7% (现行命案破案率97.7%): check the figure against it")
    );
    // 99%以上 is [99, ∞): 99.7 is in it.
    assert_eq!(
        rate(Some("破案率99%以上")).as_deref(),
        Some("a lost decimal point: 99.7%, as the quote in zh states it (破案率99%以上)")
    );
    // Of two clauses, one holding the guess is enough.
    assert_eq!(
        rate(Some("破案率99.7%，结案率95%")).as_deref(),
        Some("a lost decimal point: 99.7%, as the quote in zh states it (破案率99.7%，结案率95%)")
    );
    // The decline rules weigh theirs the same way: down 120% is down 12%
    // in the Chinese words, and 52% is not 5.2%.
    let decline = |percent: &str, words: &str, rule: Rule| {
        let s = relative("crimes", Direction::Down, percent, "crimes fell");
        found(&report_of(vec![with(s, Some(words))]), rule)[0]
            .3
            .clone()
    };
    assert_eq!(
        decline("120", "刑事案件下降12%", Rule::ChangeImpossibleDecline).as_deref(),
        Some("a lost decimal point: 12%, as the quote in zh states it (刑事案件下降12%)")
    );
    assert_eq!(
        decline("52", "刑事案件下降52%", Rule::ChangeImplausible).as_deref(),
        Some("the quote in zh states 52% (刑事案件下降52%): check the figure against it")
    );
}

/// A correction is cited with its figure and every piece of its evidence:
/// "the original" for words in another language than the report's
/// (English here; en-GB is English too), "another source" for words in
/// its own. With no single figure, the figures each piece states are
/// named, however many.
#[test]
fn a_correction_is_cited_with_every_piece_of_evidence() {
    let pct = |v: &str| exact(v, "percent");
    let evidence = |source: &str, language: &str, quote: &str, figures: Vec<Quantity>| {
        Evidence::new(source, language.parse().unwrap(), quote, figures).unwrap()
    };
    let cited = |correction: Correction| {
        let s = stat(
            "solving rate",
            StatisticKind::Rate,
            pct("997"),
            "the solving rate is 997%",
        )
        .with_correction(correction)
        .unwrap();
        let f = found(&report_of(vec![s]), Rule::RateOutOfRange);
        f[0].3.clone().unwrap()
    };
    let original = |figures| evidence("the original", "zh", "现行命案破案率99.7%", figures);
    assert_eq!(
        cited(
            Correction::new(
                Some(pct("99.7")),
                vec![
                    original(vec![pct("99.7")]),
                    evidence(
                        "Xinhua, 2024-01-10",
                        "en-GB",
                        "a homicide solving rate of 99.7%",
                        vec![]
                    ),
                ]
            )
            .unwrap()
        ),
        "corrected to 99.7% by the editor: the original states 现行命案破案率99.7% (source: the original); another source states a homicide solving rate of 99.7% (source: Xinhua, 2024-01-10)"
    );
    let no_single =
        |figures: Vec<Quantity>| cited(Correction::new(None, vec![original(figures)]).unwrap());
    assert_eq!(
        no_single(vec![]),
        "corrected by the editor, no single figure in its place: the original states no figure: 现行命案破案率99.7% (source: the original)"
    );
    assert_eq!(
        no_single(vec![pct("99.7")]),
        "corrected by the editor, no single figure in its place: the original states one figure, 99.7%: 现行命案破案率99.7% (source: the original)"
    );
    assert_eq!(
        no_single(vec![pct("99.7"), pct("9.97"), pct("0.997")]),
        "corrected by the editor, no single figure in its place: the original states three figures, 99.7%, 9.97% and 0.997%: 现行命案破案率99.7% (source: the original)"
    );
    assert!(no_single(vec![pct("1"); 12]).contains(
        "the original states 12 figures, 1%, 1%, 1%, 1%, 1%, 1%, 1%, 1%, 1%, 1%, 1% and 1%: "
    ));
}

/// The codes of the rules that judge a statistic's figure, whose findings
/// on a corrected figure cite the correction (the validate module's
/// docs).
const JUDGE_THE_FIGURE: [&str; 12] = [
    "rate.out_of_range",
    "change.impossible_decline",
    "change.implausible",
    "count.not_whole",
    "count.negative",
    "quote.unreadable",
    "quote.mismatch",
    "mention.qualifier_differs",
    "mention.conflict",
    "part.exceeds_whole",
    "window.too_early",
    "translation.disagrees",
];

/// Every statistic of `sections`, and every target's figure, with
/// `correction`.
fn correct_all(sections: &mut [Section], correction: &Correction) {
    for s in sections {
        for a in &mut s.achievements {
            for st in &mut a.statistics {
                *st = st.clone().with_correction(correction.clone()).unwrap();
            }
        }
        for t in &mut s.targets {
            t.figure = t
                .figure
                .take()
                .map(|f| f.with_correction(correction.clone()).unwrap());
        }
        correct_all(&mut s.sections, correction);
    }
}

/// The suggestion's opening for a finding on a figure with `correction`.
fn cited_head(correction: &Correction) -> String {
    match &correction.quantity {
        Some(q) => format!("corrected to {q} by the editor: "),
        None => "corrected by the editor, no single figure in its place: ".to_owned(),
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(128))]
    /// Whatever the correction, a rate out of range, an implausible
    /// decline and an impossible one, each corrected, suggest the
    /// correction with every piece of its evidence, and never a guess:
    /// this fails if a lost decimal point is suggested for a corrected
    /// figure.
    #[test]
    fn no_guess_is_printed_for_a_corrected_figure(
        correction in workreport::proptest::correction(),
        rate in 101..100_000_u32,
        decline in 50..100_u32,
        impossible in 101..10_000_u32,
    ) {
        let corrected = |s: Statistic| s.with_correction(correction.clone()).unwrap();
        let r = report_of(vec![
            corrected(stat("rate", StatisticKind::Rate, exact(&rate.to_string(), "percent"), "the rate")),
            corrected(relative("thefts", Direction::Down, &decline.to_string(), "thefts fell")),
            corrected(relative("frauds", Direction::Down, &impossible.to_string(), "frauds fell")),
        ]);
        let findings = r.validate();
        let codes: Vec<&str> = findings.iter().filter(|f| f.path.contains("statistics")).map(Finding::code).collect();
        proptest::prop_assert_eq!(codes, ["rate.out_of_range", "change.implausible", "change.impossible_decline"]);
        for f in findings.iter().filter(|f| f.path.contains("statistics")) {
            let s = f.suggestion.as_deref().unwrap_or("");
            proptest::prop_assert!(s.starts_with(&cited_head(&correction)), "{}", f);
            for e in &correction.evidence {
                let cited = format!("{} (source: {})", e.quote, e.source);
                proptest::prop_assert!(s.contains(&cited), "{}", f);
            }
            proptest::prop_assert!(!s.contains("a lost decimal point") && !s.contains("a guess from the text alone"), "{}", f);
        }
    }

    /// In any generated report with every figure corrected, every finding
    /// of a rule that judges the figure cites the correction, with or
    /// without an original, and no finding is a guess.
    #[test]
    fn in_any_report_findings_on_corrected_figures_cite_the_correction(
        report in workreport::proptest::report(3),
        other in workreport::proptest::report(2),
        correction in workreport::proptest::correction(),
    ) {
        let mut report = report;
        correct_all(&mut report.sections, &correction);
        proptest::prop_assert!(report.statistics().all(|(_, s)| s.correction() == Some(&correction)));
        let original = workreport::align::Original::from_report(&other);
        let head = cited_head(&correction);
        for findings in [report.validate(), Validator::new().validate_against(&report, &original)] {
            for f in findings.iter() {
                let s = f.suggestion.as_deref().unwrap_or("");
                if JUDGE_THE_FIGURE.contains(&f.code()) {
                    proptest::prop_assert!(s.starts_with(&head), "{}", f);
                } else {
                    proptest::prop_assert!(!s.starts_with("corrected"), "{}", f);
                }
                proptest::prop_assert!(!s.contains("a guess from the text alone"), "{}", f);
            }
        }
    }
}

/// Every rule that judges a figure gives way to its correction, those
/// without a suggestion of their own too; the rules about words, periods
/// and ids do not.
#[test]
fn a_correction_answers_the_rules_that_judge_the_figure_and_only_those() {
    let cases = |v: &str| exact(v, "cases");
    let fix = |v: &str| {
        Correction::new(
            Some(cases(v)),
            vec![
                Evidence::new(
                    "the original",
                    "zh".parse().unwrap(),
                    "破获涉拐现案积案58起",
                    vec![cases("58")],
                )
                .unwrap(),
            ],
        )
        .unwrap()
    };
    let cites = "corrected to 58 cases by the editor: the original states 破获涉拐现案积案58起 (source: the original)";
    let r = report_of(vec![
        // count.not_whole, and a redaction in its quote.
        stat(
            "abductions",
            StatisticKind::Count,
            cases("5.8"),
            "cracked ** 5.8 cases",
        )
        .with_correction(fix("58"))
        .unwrap(),
        // A first mention of thefts, then a second that conflicts with it
        // (mention.conflict, on the second) and whose quote says 58
        // (quote.mismatch).
        stat(
            "thefts",
            StatisticKind::Count,
            cases("58"),
            "cracked 58 cases",
        ),
        stat(
            "thefts",
            StatisticKind::Count,
            cases("85"),
            "cracked 58 cases",
        )
        .with_correction(fix("58"))
        .unwrap(),
        // An outcome after the report's period.
        stat(
            "frauds",
            StatisticKind::Count,
            cases("58"),
            "cracked 58 cases",
        )
        .with_period("2024".parse().unwrap())
        .with_correction(fix("58"))
        .unwrap(),
    ]);
    let got: Vec<(String, String, Option<String>)> = r
        .validate()
        .into_iter()
        .map(|f| (f.code().to_owned(), f.path, f.suggestion))
        .collect();
    let p = |k: usize| format!("sections[0].achievements[0].statistics[{k}]");
    assert_eq!(
        got,
        [
            ("count.not_whole".to_owned(), p(0), Some(cites.to_owned())),
            ("quote.redaction".to_owned(), p(0), None),
            ("quote.mismatch".to_owned(), p(2), Some(cites.to_owned())),
            ("mention.conflict".to_owned(), p(2), Some(cites.to_owned())),
            ("period.outcome_after_report".to_owned(), p(3), None),
        ]
    );
}

#[test]
fn part_exceeds_whole() {
    let whole = stat(
        "cases",
        StatisticKind::Count,
        exact("100", "cases"),
        "100 cases",
    )
    .with_id(Id::new("cases").unwrap());
    let big = stat(
        "fraud cases",
        StatisticKind::Count,
        qty("120", Magnitude::One, "cases", Qualifier::MoreThan),
        "more than 120 fraud cases",
    )
    .with_part_of(Id::new("cases").unwrap());
    let fair = stat(
        "theft cases",
        StatisticKind::Count,
        qty("100", Magnitude::One, "cases", Qualifier::About),
        "about 100 theft cases",
    )
    .with_part_of(Id::new("cases").unwrap());
    let r = report_of(vec![whole, big, fair]);
    assert_eq!(
        found(&r, Rule::PartExceedsWhole),
        [(
            Severity::Error,
            P1.to_owned(),
            format!("this part (more than 120 cases) is larger than its whole at {P0} (100 cases)"),
            None
        )]
    );
}

#[test]
fn periods_outside_the_report() {
    let later = stat(
        "cases",
        StatisticKind::Count,
        exact("58", "cases"),
        "58 cases",
    )
    .with_period("2024-Q1".parse().unwrap());
    let within = stat(
        "cases",
        StatisticKind::Count,
        exact("12", "cases"),
        "12 cases",
    )
    .with_period("2023-Q4".parse().unwrap());
    let mut r = report_of(vec![later, within]);
    let old_target = stat("growth", StatisticKind::Rate, exact("5", "percent"), "5%")
        .with_period("2021".parse().unwrap());
    r.sections[0].targets.push(Target {
        text: "growth of 5%".to_owned(),
        improves: Improves::Higher,
        figure: Some(old_target),
    });
    let mut planned = Measure::new("plan", MeasureKind::Campaign, MeasureStatus::Planned);
    planned.period = Some("2022".parse().unwrap());
    let mut done_later = Measure::new("done", MeasureKind::Campaign, MeasureStatus::Implemented);
    done_later.period = Some("2025".parse().unwrap());
    let mut planned_later =
        Measure::new("next year", MeasureKind::Campaign, MeasureStatus::Planned);
    planned_later.period = Some("2024".parse().unwrap());
    r.sections[0]
        .measures
        .extend([planned, done_later, planned_later]);
    let after: Vec<String> = found(&r, Rule::PeriodOutcomeAfterReport)
        .into_iter()
        .map(|f| f.1)
        .collect();
    assert_eq!(after, [P0, "sections[0].measures[1]"]);
    assert_eq!(
        found(&r, Rule::PeriodOutcomeAfterReport)[0].2,
        "an outcome in 2024-Q1 lies after the report's period, 2023"
    );
    let before: Vec<String> = found(&r, Rule::PeriodTargetBeforeReport)
        .into_iter()
        .map(|f| f.1)
        .collect();
    assert_eq!(
        before,
        ["sections[0].measures[0]", "sections[0].targets[0].figure"]
    );
}

#[test]
fn window_too_early() {
    let streak = |n: &str| {
        stat(
            "harvests",
            StatisticKind::Streak,
            exact(n, "years"),
            "for n consecutive years",
        )
    };
    let record = Statistic::new(
        Metric::new("rainfall").unwrap(),
        StatisticKind::Record(Record {
            extreme: Extreme::High,
        }),
        Some(exact("100", "years")),
        "the most rain in 100 years",
    )
    .unwrap();
    let r = report_of(vec![streak("75"), streak("76"), record]);
    let f = found(&r, Rule::WindowTooEarly);
    let paths: Vec<&str> = f.iter().map(|f| f.1.as_str()).collect();
    assert_eq!(paths, [P1, "sections[0].achievements[0].statistics[2]"]);
    assert_eq!(
        f[0].2,
        "a streak of 76 years ending in 2023 starts in 1948, before 1949"
    );
    let later = Validator::new()
        .only(&[Rule::WindowTooEarly])
        .earliest_year(1978);
    assert_eq!(later.validate(&r).len(), 3);
}

#[test]
fn ids_duplicate_and_unknown_part_of() {
    let a = stat("a", StatisticKind::Count, exact("1", "cases"), "1 case")
        .with_id(Id::new("x").unwrap());
    let b = stat("b", StatisticKind::Count, exact("2", "cases"), "2 cases")
        .with_id(Id::new("x").unwrap());
    let c = stat("c", StatisticKind::Count, exact("3", "cases"), "3 cases")
        .with_part_of(Id::new("total").unwrap());
    let r = report_of(vec![a, b, c]);
    assert_eq!(
        found(&r, Rule::IdDuplicate),
        [(
            Severity::Error,
            P1.to_owned(),
            format!("the id \"x\" is already the id of {P0}"),
            None
        )]
    );
    assert_eq!(
        found(&r, Rule::IdUnknownPartOf),
        [(
            Severity::Error,
            "sections[0].achievements[0].statistics[2]".to_owned(),
            "part_of names \"total\", which no statistic has as its id".to_owned(),
            None
        )]
    );
}

#[test]
fn the_bundled_report_raises_exactly_what_it_should() {
    let findings = bundled().validate();
    let got: Vec<(&str, Severity, &str)> = findings
        .iter()
        .map(|f| (f.code(), f.severity, f.path.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "quote.unreadable",
                Severity::Error,
                "sections[1].sections[1].sections[0].achievements[2].statistics[0]"
            ),
            (
                "rate.out_of_range",
                Severity::Error,
                "sections[1].sections[1].sections[1].achievements[1].statistics[0]"
            ),
            (
                "quote.redaction",
                Severity::Info,
                "sections[1].sections[1].sections[1].achievements[1].statistics[0]"
            ),
            (
                "change.implausible",
                Severity::Warning,
                "sections[1].sections[1].sections[2].achievements[3].statistics[0]"
            ),
            (
                "quote.unreadable",
                Severity::Error,
                "sections[1].sections[2].sections[2].achievements[1].statistics[0]"
            ),
            (
                "mention.qualifier_differs",
                Severity::Warning,
                "sections[2].sections[0].sections[2].achievements[0].statistics[0]"
            ),
            (
                "quote.unreadable",
                Severity::Error,
                "sections[2].sections[3].sections[1].achievements[0].statistics[0]"
            ),
        ]
    );
    // The whole report, as the validate example prints it.
    let expected = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/validate-bundled.txt"
    ))
    .unwrap();
    assert_eq!(findings.to_string(), expected);
}

/// No rule lists more than `findings_per_rule` findings: 2,500 rates of
/// 997% with a redaction in each quote give 1,000 findings of each of the
/// two rules, then one finding of each, at the 1,001st statistic, that
/// counts the 1,500 left out; a rule under the limit is listed whole, in
/// its place.
#[test]
fn findings_are_bounded_per_rule() {
    let mut stats: Vec<Statistic> = (0..2500)
        .map(|_| {
            stat(
                "solving rate",
                StatisticKind::Rate,
                exact("997", "percent"),
                "the ** solving rate is 997%",
            )
        })
        .collect();
    stats.push(stat(
        "cases",
        StatisticKind::Count,
        exact("2.5", "cases"),
        "2.5 cases",
    ));
    let r = report_of(stats);
    let findings = r.validate();
    assert_eq!(findings.len(), 2003);
    let codes = |fs: &[Finding]| -> Vec<&str> { fs.iter().map(Finding::code).collect() };
    assert_eq!(
        codes(&findings[1998..]),
        [
            "rate.out_of_range",
            "quote.redaction",
            "rate.out_of_range",
            "quote.redaction",
            "count.not_whole"
        ]
    );
    let (rate, redaction) = (&findings[2000], &findings[2001]);
    assert_eq!(rate.path, p(1000));
    assert_eq!(
        rate.message,
        "1500 more findings of rate.out_of_range, from this one on, are not listed: the validator lists the first 1000 of each rule"
    );
    assert_eq!(
        (
            rate.severity,
            rate.quote.as_deref(),
            rate.suggestion.as_deref()
        ),
        (Severity::Error, Some("the ** solving rate is 997%"), None)
    );
    assert_eq!(
        (redaction.path.as_str(), redaction.severity),
        (p(1000).as_str(), Severity::Info)
    );
    assert!(
        redaction
            .message
            .starts_with("1500 more findings of quote.redaction,")
    );
    assert_eq!(findings[2002].path, p(2500));
    // Listed in full at the limit; one over it, the last is counted.
    let exactly = Validator::new().findings_per_rule(2500).validate(&r);
    assert_eq!(exactly.len(), 5001);
    let one_over = Validator::new().findings_per_rule(2499).validate(&r);
    assert_eq!(one_over.len(), 5001);
    assert_eq!(
        one_over[4998].message,
        "1 more finding of rate.out_of_range, from this one on, is not listed: the validator lists the first 2499 of each rule"
    );
    // None listed: a count of each rule, at its first finding.
    let none = Validator::new().findings_per_rule(0).validate(&r);
    assert_eq!(
        codes(&none),
        ["rate.out_of_range", "quote.redaction", "count.not_whole"]
    );
    assert_eq!(
        [none[0].path.as_str(), none[2].path.as_str()],
        [P0, p(2500).as_str()]
    );
    assert!(
        none[2]
            .message
            .starts_with("1 more finding of count.not_whole,")
    );
}

#[test]
fn rules_can_be_left_out_or_run_alone() {
    let report = bundled();
    let all = report.validate();
    let without = Validator::new()
        .without(Rule::QuoteUnreadable)
        .validate(&report);
    assert_eq!(without.len(), all.len() - 3);
    assert!(without.iter().all(|f| f.rule != Rule::QuoteUnreadable));
    let only = Validator::new()
        .only(&[Rule::RateOutOfRange, Rule::QuoteRedaction])
        .validate(&report);
    assert_eq!(only.len(), 2);
    // Every rule has a distinct code that parses back.
    for rule in Rule::ALL {
        assert_eq!(rule.code().parse::<Rule>().unwrap(), *rule);
    }
    assert_eq!(
        "rate.out_of_bounds"
            .parse::<Rule>()
            .unwrap_err()
            .to_string(),
        "invalid rule \"rate.out_of_bounds\": no validation rule has this code"
    );
}

#[test]
fn findings_serialize_as_formats_md_says() {
    let findings = bundled().validate();
    let json: serde_json::Value = serde_json::to_value(&findings).unwrap();
    let items = json.as_array().unwrap();
    assert_eq!(items.len(), findings.len());
    for (item, finding) in items.iter().zip(findings.iter()) {
        let mut keys: Vec<&str> = item
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            ["code", "message", "path", "quote", "severity", "suggestion"]
        );
        // In FORMATS.md's order.
        let text = serde_json::to_string(finding).unwrap();
        let at = |k: &str| text.find(&format!("\"{k}\":")).unwrap();
        assert!(at("code") < at("severity") && at("severity") < at("path"));
        assert!(
            at("path") < at("message")
                && at("message") < at("quote")
                && at("quote") < at("suggestion")
        );
    }
    // The unreadable "losses2More than 700 million yuan" has no correction
    // and nothing to guess from.
    assert_eq!(items[4]["code"], "quote.unreadable");
    assert_eq!(items[4]["suggestion"], serde_json::Value::Null);
    assert_eq!(items[1]["code"], "rate.out_of_range");
    assert_eq!(items[1]["severity"], "error");
    assert_eq!(
        items[1]["quote"],
        "the current ** case solving rate is 997%"
    );
    let empty = Findings::default();
    assert_eq!(serde_json::to_string(&empty).unwrap(), "[]");
}

proptest::proptest! {
    /// A redaction mark anywhere in a quote of any length, in ASCII or
    /// Chinese text, is found, and text without one raises nothing: the
    /// scan reads sixteen bytes at a time and the last sixteen again.
    #[test]
    fn redactions_are_found_wherever_they_are(
        text in "[a-wyzA-WYZ0-9 .,%的年万件亿元]{0,70}",
        mark in proptest::sample::select(&["**", "＊＊", "XX", "□", "×××", "某某", "[redacted]"][..]),
        at in 0..=70_usize,
        marked in proptest::bool::ANY,
    ) {
        let mut quote = text.clone();
        if marked {
            let at = quote.char_indices().map(|(i, _)| i).chain([quote.len()]).nth(at).unwrap_or(quote.len());
            quote.insert_str(at, mark);
        }
        // A statistic's quote is never blank.
        quote.push_str(" 3 cases");
        let r = report_of(vec![stat("cases", StatisticKind::Count, exact("3", "cases"), &quote)]);
        let f = found(&r, Rule::QuoteRedaction);
        proptest::prop_assert_eq!(f.len(), usize::from(marked), "{:?}", quote);
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]
    /// A report a careful extractor could have made from a sound source
    /// (quotes rendered from the figures, plausible values) raises no
    /// error.
    #[test]
    fn plausible_reports_raise_no_error(r in workreport::proptest::plausible_report(4)) {
        let findings = r.validate();
        let errors: Vec<String> = findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(ToString::to_string)
            .collect();
        proptest::prop_assert!(errors.is_empty(), "{}", errors.join("\n"));
    }
}

#[test]
fn quote_empty() {
    let mut r = report_of(vec![]);
    let mut blank = Measure::new(
        "16 measures",
        MeasureKind::Package,
        MeasureStatus::Introduced,
    );
    blank.quote = Some("  ".to_owned());
    let mut none = Measure::new(
        "a campaign",
        MeasureKind::Campaign,
        MeasureStatus::Introduced,
    );
    none.quote = None;
    r.sections[0].measures.extend([blank, none]);
    assert_eq!(
        found(&r, Rule::QuoteEmpty),
        [(
            Severity::Warning,
            "sections[0].measures[0]".to_owned(),
            "the measure's quote is blank: nothing to check it against".to_owned(),
            Some("quote the source's words, or leave the quote out".to_owned())
        )]
    );
}

#[test]
fn text_blank() {
    let mut r = report_of(vec![stat(
        "cases",
        StatisticKind::Count,
        exact("3", "cases"),
        "3 cases",
    )]);
    r.title = " ".to_owned();
    // An ideographic space is blank too; a leading space before words, or
    // Chinese text, is not.
    r.issuer = "\u{3000}".to_owned();
    r.sections[0].heading = " Public security".to_owned();
    r.sections[0].achievements[0].text = String::new();
    let mut sub = Section::new("");
    sub.achievements.push(Achievement::new("破获案件"));
    sub.measures
        .push(Measure::new("", MeasureKind::Other, MeasureStatus::Planned));
    sub.targets.push(Target {
        text: "\t".to_owned(),
        improves: Improves::None,
        figure: None,
    });
    r.sections[0].sections.push(sub);
    let f = found(&r, Rule::TextBlank);
    let got: Vec<(&str, &str)> = f.iter().map(|f| (f.1.as_str(), f.2.as_str())).collect();
    assert_eq!(
        got,
        [
            ("title", "the title is blank"),
            ("issuer", "the issuer is blank"),
            (
                "sections[0].achievements[0]",
                "the achievement text is blank"
            ),
            ("sections[0].sections[0]", "the heading is blank"),
            (
                "sections[0].sections[0].measures[0]",
                "the measure title is blank"
            ),
            (
                "sections[0].sections[0].targets[0]",
                "the target text is blank"
            ),
        ]
    );
    assert!(f.iter().all(|f| f.0 == Severity::Warning));
}

#[test]
fn every_rule_is_in_the_table_of_the_docs_and_the_readme() {
    let root = env!("CARGO_MANIFEST_DIR");
    let docs = std::fs::read_to_string(format!("{root}/src/validate/mod.rs")).unwrap();
    let readme = std::fs::read_to_string(format!("{root}/README.md")).unwrap();
    let doc_rows: Vec<&str> = docs
        .lines()
        .filter_map(|l| l.strip_prefix("//! | `"))
        .collect();
    let readme_rows: Vec<&str> = readme
        .lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter(|l| l.split('`').next().is_some_and(|code| code.contains('.')))
        .collect();
    assert_eq!(
        doc_rows, readme_rows,
        "the README's table differs from the crate docs'"
    );
    let codes: Vec<&str> = doc_rows
        .iter()
        .filter_map(|r| r.split('`').next())
        .collect();
    let all: Vec<&str> = Rule::ALL.iter().map(|r| r.code()).collect();
    assert_eq!(codes, all, "the table lists the rules in Rule::ALL's order");
    for row in &doc_rows {
        let code: Rule = row.split('`').next().unwrap().parse().unwrap();
        let severity = row.split('|').nth(1).unwrap().trim();
        assert!(severity.starts_with(code.severity().code()), "{row}");
    }
}
