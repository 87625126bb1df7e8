//! Suggestions: an editor's correction cited, or a guess weighed against
//! the evidence at hand.
//!
//! A finding that judges a statistic's figure, on a statistic with an
//! editor's correction, gets the correction as its suggestion
//! ([`cite`]), whatever the rule derived: the editor has read the source,
//! the rule has not. Otherwise a rule's guess ([`lost_decimal`]) is weighed
//! against what the validator knows of the figure besides its own quote:
//! its quotes in other languages, and the original's figures paired with
//! it when the report is validated against its original.

use rust_decimal::Decimal;

use super::{At, Context, Rule, convert_interval};
use crate::{Correction, Evidence, Language, Quantity};

/// Whether `rule` judges a statistic's figure (its value, unit, qualifier,
/// reading or mentions), so that an editor's correction of the figure is
/// the answer to its findings. Rules about the words (a redaction, a blank
/// text), the period or the ids are not.
pub(super) fn judges_the_figure(rule: Rule) -> bool {
    match rule {
        Rule::RateOutOfRange
        | Rule::ChangeImpossibleDecline
        | Rule::ChangeImplausible
        | Rule::CountNotWhole
        | Rule::CountNegative
        | Rule::QuoteUnreadable
        | Rule::QuoteMismatch
        | Rule::MentionQualifierDiffers
        | Rule::MentionConflict
        | Rule::PartExceedsWhole
        | Rule::WindowTooEarly
        | Rule::TranslationDisagrees => true,
        Rule::QuoteRedaction
        | Rule::QuoteEmpty
        | Rule::TextBlank
        | Rule::PeriodOutcomeAfterReport
        | Rule::PeriodTargetBeforeReport
        | Rule::IdDuplicate
        | Rule::IdUnknownPartOf => false,
    }
}

/// The suggestion of a finding on a corrected figure, in a report in
/// `language`: the correction's figure and each piece of its evidence,
/// "corrected to 99.7% by the editor: the original states 现行命案破案率99.7%
/// (source: …)". A correction with no single figure names the figures its
/// evidence states instead: "corrected by the editor, no single figure in
/// its place: the original states two figures, 29.93% and 29.92%: … (source:
/// …)".
pub(super) fn cite(correction: &Correction, language: &Language) -> String {
    let head = match &correction.quantity {
        Some(q) => format!("corrected to {q} by the editor"),
        None => "corrected by the editor, no single figure in its place".to_owned(),
    };
    let evidence: Vec<String> = correction
        .evidence
        .iter()
        .map(|e| {
            let who = who(e, language);
            match &correction.quantity {
                Some(_) => format!("{who} states {} (source: {})", e.quote, e.source),
                None => format!(
                    "{who} states {}: {} (source: {})",
                    figures(&e.figures),
                    e.quote,
                    e.source
                ),
            }
        })
        .collect();
    format!("{head}: {}", evidence.join("; "))
}

/// What a piece of evidence is to a report in `language`: the original
/// when it is in another language, else another source.
fn who(evidence: &Evidence, language: &Language) -> &'static str {
    let primary = |l: &Language| {
        let tag = l.as_str();
        tag.split('-').next().unwrap_or(tag).to_ascii_lowercase()
    };
    if primary(&evidence.language) == primary(language) {
        "another source"
    } else {
        "the original"
    }
}

/// "no figure", "one figure, 99.7%", "two figures, 29.93% and 29.92%".
fn figures(figures: &[Quantity]) -> String {
    const WORDS: [&str; 9] = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    let listed: Vec<String> = figures.iter().map(ToString::to_string).collect();
    match listed.as_slice() {
        [] => "no figure".to_owned(),
        [one] => format!("one figure, {one}"),
        many => {
            let n = many.len();
            let count = n
                .checked_sub(2)
                .and_then(|i| WORDS.get(i))
                .map_or_else(|| n.to_string(), |w| (*w).to_owned());
            format!("{count} figures, {}", and_list(many))
        }
    }
}

/// `a`, `a and b`, `a, b and c`.
fn and_list(items: &[String]) -> String {
    match items {
        [init @ .., last] if !init.is_empty() => format!("{} and {last}", init.join(", ")),
        _ => items.join(""),
    }
}

/// What the validator knows of a figure besides its own quote: who says
/// it, in which words, and the figures read from them.
struct Witness {
    who: String,
    quote: String,
    figures: Vec<Quantity>,
}

/// The witnesses of `at`'s figure: the original's figures paired with it
/// (with [`Validator::validate_against`](super::Validator::validate_against)),
/// then each of its quotes in other languages, read clause by clause.
fn witnesses(cx: &Context<'_>, at: &At<'_>) -> Vec<Witness> {
    let mut out = Vec::new();
    if let Some(pair) = cx.paired.get(&std::ptr::from_ref(at.stat)) {
        let quotes: Vec<&str> = pair.original.iter().map(|o| o.quote.as_str()).collect();
        out.push(Witness {
            who: "the original".to_owned(),
            quote: quotes.join(" / "),
            figures: pair
                .original
                .iter()
                .filter_map(|o| o.quantity.clone())
                .collect(),
        });
    }
    for (language, text) in at.stat.quotes() {
        out.push(Witness {
            who: format!("the quote in {language}"),
            quote: text.to_owned(),
            figures: clauses(text)
                .filter_map(|c| crate::text::parse(c, None).ok()?.quantity)
                .collect(),
        });
    }
    out
}

/// The clauses of a quote, one figure each as a rule: split at Chinese
/// list and clause marks, semicolons, and a comma before a space (not the
/// comma of "1,156").
fn clauses(text: &str) -> impl Iterator<Item = &str> {
    text.split(['、', '，', '；', ';', '。'])
        .flat_map(|c| c.split(", "))
        .map(str::trim)
        .filter(|c| !c.is_empty())
}

/// The lost-decimal hypothesis of `at`'s figure, stated as `value` with
/// `symbol` (`%`, `‰`): the value divided by 10 or by 100, the first that
/// lands in `ok`. None for a corrected figure, whose findings cite the
/// correction instead. A guess that a witness contradicts (it states
/// figures in a comparable unit, and the guess is in none of them) is not
/// made: the suggestion names what the witness states. A guess that a
/// witness bears out says so; one with no witness either way is "a guess
/// from the text alone".
pub(super) fn lost_decimal(
    cx: &Context<'_>,
    at: &At<'_>,
    value: Decimal,
    symbol: &str,
    ok: impl Fn(Decimal) -> bool,
) -> Option<String> {
    if at.stat.correction().is_some() {
        return None;
    }
    let unit = at.stat.quantity()?.unit();
    let guess = [Decimal::TEN, Decimal::ONE_HUNDRED]
        .into_iter()
        .filter_map(|d| value.checked_div(d))
        .find(|v| ok(*v))?
        .normalize();
    let witnesses = witnesses(cx, at);
    let mut bears_out = None;
    for w in &witnesses {
        let comparable: Vec<crate::Interval> = w
            .figures
            .iter()
            .filter_map(|q| convert_interval(q.interval(), q.unit(), unit))
            .collect();
        if comparable.is_empty() {
            continue;
        }
        if !comparable.iter().any(|i| i.contains(guess)) {
            let stated: Vec<String> = w.figures.iter().map(ToString::to_string).collect();
            return Some(format!(
                "{} states {} ({}): check the figure against it",
                w.who,
                and_list(&stated),
                w.quote
            ));
        }
        bears_out.get_or_insert(w);
    }
    Some(match bears_out {
        Some(w) => format!(
            "a lost decimal point: {guess}{symbol}, as {} states it ({})",
            w.who, w.quote
        ),
        None => format!(
            "a lost decimal point? {guess}{symbol} (a guess from the text alone: check the source)"
        ),
    })
}
