//! The aligner: each kind of damage found on a small hand-made pair and
//! not on its clean twin, the bundled Sichuan briefing pair by pair, and
//! properties over generated reports.

mod util;

use proptest::prelude::*;
use util::bundled;
use workreport::align::{Alignment, Original, Verdict, align};
use workreport::proptest::Corrupted;
use workreport::text::Lang;
use workreport::{
    Achievement, Damage, Metric, Quantity, Report, Scope, Section, Statistic, StatisticKind,
};

/// A translated report whose one section holds one achievement per English
/// phrase, each phrase read by the crate's reader into a statistic.
fn translation(phrases: &[&str]) -> Report {
    let mut r = Report::new(
        "Briefing",
        "Police",
        Scope::new("Sichuan").unwrap(),
        "2023".parse().unwrap(),
        "en".parse().unwrap(),
    );
    let mut section = Section::new("figures");
    for phrase in phrases {
        let mut a = Achievement::new(*phrase);
        a.statistics.push(statistic(phrase));
        section.achievements.push(a);
    }
    r.sections.push(section);
    r
}

/// The statistic an extractor makes of an English phrase; a phrase the
/// reader refuses is kept as an unreadable count.
#[track_caller]
fn statistic(phrase: &str) -> Statistic {
    let metric = Metric::new("figure").unwrap();
    match workreport::text::parse(phrase, Some(Lang::En)) {
        Ok(r) => {
            let kind = match (r.change, &r.rank) {
                (Some(c), _) => StatisticKind::Change(c),
                (None, Some(rank)) => StatisticKind::Rank(rank.clone()),
                _ if r.streak => StatisticKind::Streak,
                _ => match r.quantity.as_ref().map(|q| q.unit().is_count()) {
                    Some(true) => StatisticKind::Count,
                    _ if r
                        .quantity
                        .as_ref()
                        .is_some_and(|q| *q.unit() == workreport::Unit::Percent) =>
                    {
                        StatisticKind::Rate
                    }
                    _ => StatisticKind::Amount,
                },
            };
            Statistic::new(metric, kind, r.quantity, phrase).unwrap()
        }
        Err(_) => Statistic::unreadable(metric, StatisticKind::Count, phrase).unwrap(),
    }
}

/// The alignment of English phrases against Chinese clauses, the whole
/// section covered, as (verdict, damage) per pair.
fn judged(english: &[&str], chinese: &[&str]) -> Vec<(Verdict, Vec<Damage>)> {
    let report = translation(english);
    let original = original(chinese);
    let alignment = align(&report, &original);
    alignment
        .pairs
        .iter()
        .map(|p| (p.verdict, p.damage.clone()))
        .collect()
}

fn original(chinese: &[&str]) -> Original {
    Original::from_text(&format!("[sections[0]]\n{}\n", chinese.join("\n"))).unwrap()
}

const AGREE: (Verdict, Vec<Damage>) = (Verdict::Agree, Vec::new());

fn damaged(kinds: &[Damage]) -> (Verdict, Vec<Damage>) {
    (Verdict::Damaged, kinds.to_vec())
}

/// Each kind of damage one translated figure can do to one original
/// figure, found on a small pair, and not reported on the pair's clean
/// twin: (the original, the damaged translation, the damage, the clean
/// translation, what the twin must be).
#[test]
fn each_damage_to_one_figure_and_its_clean_twin() {
    use Damage::*;
    let cases: [(&str, &str, &[Damage], &str, Verdict); 9] = [
        (
            "现行命案破案率99.7%",
            "the solving rate is 997%",
            &[LostDecimal],
            "the solving rate is 99.7%",
            Verdict::Agree,
        ),
        // 余 rendered "more than": the meaning kept.
        (
            "挽回直接经济损失27亿余元",
            "recover direct economic losses2More than 700 million yuan",
            &[SplitMagnitude],
            "recover more than 2.7 billion yuan of losses",
            Verdict::Compatible,
        ),
        (
            "投入资金392万元",
            "invested 3.92 billion yuan",
            &[ShiftedMagnitude],
            "invested 3.92 million yuan",
            Verdict::Agree,
        ),
        (
            "组织民警17万余人",
            "organized 170,000 police",
            &[DroppedQualifier],
            "organized more than 170,000 police",
            Verdict::Compatible,
        ),
        // 以上 is inclusive; "more than" leaves out the number itself and
        // keeps the meaning; "95%" alone drops it.
        (
            "95%以上的矛盾纠纷",
            "95% of disputes",
            &[DroppedQualifier],
            "more than 95% of disputes",
            Verdict::Compatible,
        ),
        (
            "发案50起以下",
            "more than 50 cases",
            &[ChangedQualifier],
            "at most 50 cases",
            Verdict::Agree,
        ),
        (
            "退耕还林3.5万亩",
            "returned 35,000 hectares of farmland",
            &[UnitChanged],
            "returned 35,000 mu of farmland",
            Verdict::Agree,
        ),
        // Converted: the same area in hectares agrees.
        (
            "退耕还林3.6万亩",
            "returned 36,000 hectares of farmland",
            &[UnitChanged],
            "returned 2,400 hectares of farmland",
            Verdict::Agree,
        ),
        // A change of another direction is not the same figure: both sides
        // are missing their counterpart.
        (
            "刑事案件发案同比下降29.93%",
            "cases rose year-on-year by 29.93%",
            &[MissingFigure],
            "cases decreased year-on-year by 29.93%",
            Verdict::Agree,
        ),
    ];
    for (zh, damaged_en, damage, clean_en, twin) in cases {
        let found = judged(&[damaged_en], &[zh]);
        let expected = if damage == [MissingFigure] {
            vec![damaged(damage), damaged(damage)]
        } else {
            vec![damaged(damage)]
        };
        assert_eq!(found, expected, "{damaged_en} against {zh}");
        assert_eq!(
            judged(&[clean_en], &[zh]),
            [(twin, Vec::new())],
            "{clean_en} against {zh}"
        );
    }
}

#[test]
fn merged_figures() {
    let zh = ["刑事案件发案同比下降29.93%", "治安案件发案同比下降29.92%"];
    let report = translation(&["cases decreased year-on-year by 92%"]);
    let original = original(&zh);
    let alignment = align(&report, &original);
    assert_eq!(alignment.pairs.len(), 1);
    assert_eq!(alignment.pairs[0].original.len(), 2);
    assert_eq!(alignment.pairs[0].damage, [Damage::MergedFigures]);
    assert_eq!(
        judged(
            &[
                "criminal cases decreased year-on-year by 29.93%",
                "public security cases decreased year-on-year by 29.92%"
            ],
            &zh
        ),
        [AGREE, AGREE]
    );
}

#[test]
fn a_figure_missing_on_either_side() {
    let zh = ["破获涉拐现案积案58起", "解救被拐妇女儿童62人"];
    assert_eq!(
        judged(&["cracked 58 cases"], &zh),
        [AGREE, damaged(&[Damage::MissingFigure])]
    );
    assert_eq!(
        judged(
            &[
                "cracked 58 cases",
                "helped 195 families",
                "rescued 62 women and children"
            ],
            &zh
        ),
        [AGREE, damaged(&[Damage::MissingFigure]), AGREE]
    );
    assert_eq!(
        judged(&["cracked 58 cases", "rescued 62 women and children"], &zh),
        [AGREE, AGREE]
    );
}

#[test]
fn a_name_read_as_a_figure() {
    let zh = ["“一三五七”发展战略", "第31届世界大学生夏季运动会"];
    assert_eq!(
        judged(&["the 1357 development strategy"], &zh),
        [damaged(&[Damage::NameAsFigure])]
    );
    // A figure that is not in a name is missing, not a name.
    assert_eq!(
        judged(&["1,156 risks"], &zh),
        [damaged(&[Damage::MissingFigure])]
    );
}

#[test]
fn figures_outside_the_original_are_unpaired() {
    let report = translation(&["cracked 58 cases", "rescued 62 women and children"]);
    let original =
        Original::from_text("[sections[0].achievements[0]]\n破获涉拐现案积案58起\n").unwrap();
    let verdicts: Vec<Verdict> = align(&report, &original)
        .pairs
        .iter()
        .map(|p| p.verdict)
        .collect();
    assert_eq!(verdicts, [Verdict::Agree, Verdict::Unpaired]);
    // Nothing covered: nothing damaged.
    let nothing = Original::new();
    let none = align(&report, &nothing);
    assert!(none.pairs.iter().all(|p| p.verdict == Verdict::Unpaired));
    assert!(!none.is_damaged());
}

#[test]
fn bad_originals_are_errors_that_say_where() {
    let err = |text: &str| Original::from_text(text).unwrap_err().to_string();
    assert_eq!(
        err("风险隐患1156个\n"),
        "line 1: the clause \"风险隐患1156个\" comes before any [part]"
    );
    assert_eq!(
        err("# a comment\n[sections[0].statistics[1]]\n"),
        "line 2: invalid part \"sections[0].statistics[1]\": expected a section's or an achievement's path, such as sections[0].sections[1] or sections[0].achievements[2]"
    );
    assert_eq!(
        err("[sections[0]]\n[sections[0]]\n"),
        "line 2: the original covers \"sections[0]\" twice"
    );
}

/// The bundled briefing against the bundled original, pair by pair: the
/// part the original covers is paired whole, with the damage
/// shared/sources/sichuan-2023-original-figures.md describes; the rest is
/// unpaired.
#[test]
fn the_bundled_briefing_against_its_original() {
    let report = bundled();
    let original = util::bundled_original();
    let alignment: Alignment<'_> = align(&report, &original);
    let covered: Vec<(&str, Vec<&str>, Verdict, Vec<Damage>)> = alignment
        .pairs
        .iter()
        .filter(|p| p.verdict != Verdict::Unpaired)
        .map(|p| {
            (
                p.translated.first().map_or("", |t| t.statistic.quote()),
                p.original.iter().map(|o| o.quote.as_str()).collect(),
                p.verdict,
                p.damage.clone(),
            )
        })
        .collect();
    use Verdict::{Agree, Compatible, Damaged};
    let expected: Vec<(&str, Vec<&str>, Verdict, Vec<Damage>)> = vec![
        (
            "1,156 risks and hidden dangers were promoted and resolved at the source",
            vec!["风险隐患1156个"],
            Agree,
            vec![],
        ),
        (
            "more than 95% of contradictions and disputes to be resolved on the spot at the grassroots level",
            vec!["95%以上的矛盾纠纷"],
            Compatible,
            vec![],
        ),
        (
            "disputes80More than 30,000 pieces",
            vec!["调处各类矛盾纠纷80.3万余件"],
            Damaged,
            vec![Damage::SplitMagnitude],
        ),
        (
            "smashing 9 gang-related organizations",
            vec!["打掉涉黑组织9个"],
            Agree,
            vec![],
        ),
        (
            "59 malign force organizations",
            vec!["恶势力组织59个"],
            Agree,
            vec![],
        ),
        (
            "the current ** case solving rate is 997%",
            vec!["现行命案破案率99.7%"],
            Damaged,
            vec![Damage::LostDecimal],
        ),
        (
            "cracked 58 cases involving abduction",
            vec!["破获涉拐现案积案58起"],
            Agree,
            vec![],
        ),
        (
            "rescued 62 abducted women and children",
            vec!["解救被拐妇女儿童62人"],
            Agree,
            vec![],
        ),
        (
            "recovered 189 missing and abducted women and children",
            vec!["找回历年失踪被拐妇女儿童189人"],
            Agree,
            vec![],
        ),
        (
            "helped 195 separated families realize their dreams of reunion",
            vec!["帮助195个离散家庭"],
            Agree,
            vec![],
        ),
        (
            "crack 49 cases of wire fraud by the ministry and superintendents",
            vec!["破获部督电诈案件49起"],
            Agree,
            vec![],
        ),
        (
            "ranking first in the country in the results of \"cutting off the flow\"",
            vec!["“断流”战果居全国第1"],
            Agree,
            vec![],
        ),
        (
            "escort of 2,179 people involved in fraud abroad",
            vec!["组织押回境外涉诈人员2179人"],
            Agree,
            vec![],
        ),
        (
            "drug-related illegal and criminal activities fell to a 10-year low",
            vec!["涉毒违法犯罪活动降至10年来最低点"],
            Agree,
            vec![],
        ),
        (
            "905 new smart public security inspection sites have been built",
            vec!["新建智慧公安检查站点905个"],
            Agree,
            vec![],
        ),
        (
            "more than 8,000 sets of intelligent equipment have been upgraded",
            vec!["升级配备智能装备8000余套"],
            Compatible,
            vec![],
        ),
        (
            "decreased year-on-year. 92%",
            vec!["刑事案件发案同比下降29.93%", "治安案件发案同比下降29.92%"],
            Damaged,
            vec![Damage::MergedFigures],
        ),
        (
            "no extreme case of colliding with the campus for 23 consecutive years",
            vec!["连续23年未发生冲撞校园极端案事件"],
            Agree,
            vec![],
        ),
    ];
    assert_eq!(covered, expected);
    // Every figure of the original is paired.
    let paired: usize = alignment.pairs.iter().map(|p| p.original.len()).sum();
    assert_eq!(paired, original.figures().count());
    // Outside: the Universiade paragraph, the two streaks after the
    // campus one, and everything after the safe-Sichuan section.
    let unpaired: Vec<&str> = alignment
        .pairs
        .iter()
        .filter(|p| p.verdict == Verdict::Unpaired)
        .map(|p| p.translated[0].path.as_str())
        .collect();
    assert_eq!(
        &unpaired[..5],
        [
            "sections[1].sections[0].achievements[0].statistics[0]",
            "sections[1].sections[0].achievements[1].statistics[0]",
            "sections[1].sections[0].achievements[2].statistics[0]",
            "sections[1].sections[1].sections[3].achievements[1].statistics[0]",
            "sections[1].sections[1].sections[3].achievements[2].statistics[0]",
        ]
    );
    let all: usize = report
        .sections()
        .map(|(_, s)| {
            s.achievements
                .iter()
                .map(|a| a.statistics.len())
                .sum::<usize>()
        })
        .sum();
    assert_eq!(unpaired.len() + covered.len(), all);
    assert!(alignment.is_damaged());
}

/// The figures an original and its damaged translation state: `q` rendered
/// in `lang` and read back (the renderer may choose another magnitude,
/// 3.99674万 for 39967.4), and the text after `damage` read, both in `q`'s
/// unit (the reader's noun is a guess).
fn clean_and_damaged(q: &Quantity, damage: Damage, lang: Lang) -> Option<(Quantity, Quantity)> {
    let c = Corrupted::of(q, damage, lang)?;
    let read = |text: &str| {
        let r = workreport::text::parse(text, Some(lang)).ok()?.quantity?;
        Quantity::new(r.value(), r.magnitude(), q.unit().clone(), r.qualifier()).ok()
    };
    Some((read(&c.clean.text)?, read(&c.text)?))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// A report aligned with itself agrees everywhere.
    #[test]
    fn a_report_agrees_with_itself(report in workreport::proptest::report(3)) {
        let original = Original::from_report(&report);
        let alignment = align(&report, &original);
        for pair in &alignment.pairs {
            prop_assert_eq!(pair.verdict, Verdict::Agree, "{:?}", pair);
        }
        let figures: usize = alignment.pairs.iter().map(|p| p.translated.len()).sum();
        prop_assert_eq!(figures, original.figures().count());
    }

    /// A copy with one figure damaged the way translation damages figures
    /// is damaged at that figure, with the damage applied, and agrees
    /// everywhere else.
    #[test]
    fn the_damage_applied_is_the_damage_found(
        report in workreport::proptest::report(3),
        pick in any::<prop::sample::Index>(),
        damage in prop::sample::select(vec![
            Damage::LostDecimal,
            Damage::ShiftedMagnitude,
            Damage::DroppedQualifier,
            Damage::MergedFigures,
        ]),
        lang in prop::sample::select(Lang::ALL.to_vec()),
    ) {
        // The outcomes with a figure the damage applies to.
        let figure = |stat: &Statistic, q: Quantity| {
            Statistic::new(stat.metric().clone(), stat.kind().clone(), Some(q), stat.quote()).ok()
        };
        let mut places = Vec::new();
        for (s, (_, section)) in report.sections().enumerate() {
            for (a, achievement) in section.achievements.iter().enumerate() {
                for (k, stat) in achievement.statistics.iter().enumerate() {
                    if let Some((clean, bad)) = stat.quantity().and_then(|q| clean_and_damaged(q, damage, lang))
                        && let (Some(clean), Some(bad)) = (figure(stat, clean), figure(stat, bad))
                    {
                        places.push((s, a, k, clean, bad));
                    }
                }
            }
        }
        prop_assume!(!places.is_empty());
        let (s, a, k, clean, bad) = pick.get(&places).clone();
        // The original states the clean text; the translation, the damaged.
        let mut report = report;
        let mut copy = report.clone();
        section_mut(&mut copy, s).achievements[a].statistics[k] = bad;
        let statistics = &mut section_mut(&mut report, s).achievements[a].statistics;
        // Merged figures: the original states a second figure beside the
        // first, one point higher (29.93%、30.93%), which the translation
        // merged into the first's decimals ("93%").
        let merged = damage == Damage::MergedFigures;
        if merged {
            let q = clean.quantity().unwrap();
            let higher = Quantity::new(q.value() + workreport::Decimal::ONE, q.magnitude(), q.unit().clone(), q.qualifier()).unwrap();
            statistics.insert(k + 1, figure(&clean, higher).unwrap());
        }
        statistics[k] = clean;
        let original = Original::from_report(&report);
        let alignment = align(&copy, &original);
        let damaged: Vec<_> = alignment.pairs.iter().filter(|p| p.verdict != Verdict::Agree).collect();
        prop_assert_eq!(damaged.len(), 1, "{:?}", damaged);
        prop_assert_eq!(damaged[0].verdict, Verdict::Damaged);
        prop_assert!(damaged[0].damage.contains(&damage), "{:?} for {:?}", damaged[0].damage, damage);
        prop_assert_eq!(damaged[0].original.len(), if merged { 2 } else { 1 });
    }
}

/// The `n`th section of a report in document order (as `Report::sections`
/// lists them), mutably.
fn section_mut(report: &mut Report, n: usize) -> &mut Section {
    fn walk<'a>(s: &'a mut Section, n: &mut usize) -> Option<&'a mut Section> {
        if *n == 0 {
            return Some(s);
        }
        *n -= 1;
        s.sections.iter_mut().find_map(|sub| walk(sub, n))
    }
    let mut n = n;
    report
        .sections
        .iter_mut()
        .find_map(|s| walk(s, &mut n))
        .expect("the section exists")
}

/// The bundled briefing records what the aligner finds: every figure of
/// the covered part carries the original's words, every damaged one an
/// editor's correction whose evidence states the original's figures, and
/// the figure as stated is kept beside it.
#[test]
fn the_bundled_corrections_agree_with_the_aligner() {
    let report = bundled();
    let original = util::bundled_original();
    let zh: workreport::Language = "zh".parse().unwrap();
    let alignment = align(&report, &original);
    let mut corrected = 0;
    for pair in &alignment.pairs {
        let stat = pair.translated[0].statistic;
        if pair.verdict == Verdict::Unpaired {
            assert!(
                stat.quote_in(&zh).is_none() && stat.correction().is_none(),
                "{:?}",
                stat.quote()
            );
            continue;
        }
        // The original's words: its one clause, or the sentence that
        // states the merged figures.
        let words = stat.quote_in(&zh).expect("the original's words");
        match pair.original.as_slice() {
            [one] => assert_eq!(words, one.quote),
            many => {
                // The sentence holds each merged figure as written.
                assert_eq!(many.len(), 2, "{words}");
                for o in many {
                    let figure = o.quantity.as_ref().expect("a figure").value();
                    assert!(
                        words.contains(&format!("{figure}%")),
                        "{words} / {}",
                        o.quote
                    );
                }
            }
        }
        match (pair.verdict, stat.correction()) {
            (Verdict::Damaged, Some(c)) => {
                corrected += 1;
                let evidence: Vec<&Quantity> =
                    c.evidence_in(&zh).flat_map(|e| &e.figures).collect();
                let stated: Vec<&Quantity> = pair
                    .original
                    .iter()
                    .filter_map(|o| o.quantity.as_ref())
                    .collect();
                assert_eq!(evidence, stated, "{}", stat.quote());
                // One original figure: that is the correction; two merged:
                // no single figure replaces them.
                let expected = (stated.len() == 1).then(|| stated[0]);
                assert_eq!(c.quantity.as_ref(), expected, "{}", stat.quote());
            }
            (Verdict::Damaged, None) => panic!("{} is damaged and not corrected", stat.quote()),
            (_, c) => assert!(c.is_none(), "{} agrees and is corrected", stat.quote()),
        }
    }
    assert_eq!(corrected, 3);
    // The three values of the solving rate, each readable.
    let rate = alignment
        .pairs
        .iter()
        .map(|p| p.translated[0].statistic)
        .find(|s| s.quote().contains("997%"))
        .unwrap();
    let fix = rate.correction().unwrap();
    assert_eq!(rate.quantity().unwrap().to_string(), "997%");
    assert_eq!(fix.evidence[0].figures[0].to_string(), "99.7%");
    assert_eq!(fix.quantity.as_ref().unwrap().to_string(), "99.7%");
}

/// A part of thousands of figures is aligned in windows: time and memory
/// stay linear (a table of every pair would hold two million cells here),
/// and a damaged figure among them is still found.
#[test]
fn a_large_part_is_aligned_in_windows() {
    let phrases: Vec<String> = (1..=1500)
        .map(|i| format!("cracked {} cases", i * 7))
        .collect();
    let phrases: Vec<&str> = phrases.iter().map(String::as_str).collect();
    let report = translation(&phrases);
    let original = Original::from_report(&report);
    let alignment = align(&report, &original);
    assert!(alignment.pairs.iter().all(|p| p.verdict == Verdict::Agree));
    assert_eq!(alignment.pairs.len(), 1500);
    // "1,050 cases" (150 × 7) written "10,500 cases" in the translation.
    let mut damaged = report.clone();
    damaged.sections[0].achievements[149].statistics[0] = statistic("cracked 10500 cases");
    let alignment = align(&damaged, &original);
    let bad: Vec<_> = alignment
        .pairs
        .iter()
        .filter(|p| p.verdict != Verdict::Agree)
        .collect();
    assert_eq!(bad.len(), 1, "{bad:?}");
    assert_eq!(bad[0].damage, [Damage::ShiftedMagnitude]);
}

#[test]
fn a_place_within_the_top_agrees_only_with_a_place_within_the_top() {
    // 前三 is "among the top three"; 第3 is third, which "the top three"
    // does not say.
    assert_eq!(
        judged(
            &["ranked among the top three in the country"],
            &["位居全国前三"]
        ),
        [AGREE]
    );
    let mixed = judged(
        &["ranked among the top three in the country"],
        &["位居全国第3"],
    );
    assert!(!mixed.contains(&AGREE), "{mixed:?}");
}
