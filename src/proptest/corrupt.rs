//! Realistic damage to report phrases, in the two classes of DESIGN.md.

use ::proptest::prelude::*;
use ::proptest::sample::select;
use rust_decimal::Decimal;

use super::{Phrase, quantity};
use crate::text::{Lang, Reading, render};
use crate::{Damage, Magnitude, Qualifier, Quantity, Unit};

/// A phrase with damage applied.
///
/// # Examples
///
/// ```
/// use proptest::prelude::*;
/// use workreport::text::{Lang, parse};
///
/// proptest! {
///     #![proptest_config(ProptestConfig::with_cases(32))]
///     fn damage_is_refused_or_read_as_written(c in workreport::proptest::corrupted(Lang::En)) {
///         let result = parse(&c.text, Some(c.clean.lang));
///         prop_assert!(c.accepts(&result), "{:?} ({}): {:?}", c.text, c.damage.code(), result);
///     }
/// }
/// # damage_is_refused_or_read_as_written();
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Corrupted {
    /// The damaged text.
    pub text: String,
    /// The damage applied.
    pub damage: Damage,
    /// The clean phrase, with its reading.
    pub clean: Phrase,
    /// For well-formed damage, the figure the damaged text states (a
    /// parser must read this; the pipeline after it must catch it); `None`
    /// for malformed text, which a parser must refuse.
    pub reads_as: Option<Quantity>,
}

impl Corrupted {
    /// Whether `result` is what a parser must give for the damaged text:
    /// an error for malformed text, the damaged reading for the rest.
    ///
    /// # Examples
    ///
    /// See [`Corrupted`].
    pub fn accepts<E>(&self, result: &Result<Reading, E>) -> bool {
        match (&self.reads_as, result) {
            (None, r) => r.is_err(),
            (Some(q), Ok(r)) => super::phrase::reads_as(r, q, None),
            (Some(_), Err(_)) => false,
        }
    }
}

impl Corrupted {
    /// `damage` applied to the phrase of `quantity` in `lang` (rendered
    /// canonically), when it applies: a lost decimal point needs a point,
    /// a lost slash a fraction, a split magnitude an English phrase that
    /// starts with a word, merged figures a percentage with two decimals
    /// and a whole part other than 0 (0.11% merged into "11%" could as well
    /// be one figure that lost its point).
    ///
    /// # Examples
    ///
    /// ```
    /// use workreport::proptest::{Corrupted, Damage};
    /// use workreport::text::Lang;
    /// use workreport::{Quantity, Unit};
    ///
    /// let rate = Quantity::exact("99.7".parse()?, Unit::Percent)?;
    /// let c = Corrupted::of(&rate, Damage::LostDecimal, Lang::En).unwrap();
    /// assert_eq!(c.text, "997%");
    /// assert_eq!(c.reads_as.unwrap().to_string(), "997%");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn of(quantity: &Quantity, damage: Damage, lang: Lang) -> Option<Corrupted> {
        let clean = clean(quantity, lang)?;
        let (damaged, reads_as) = apply(damage, &clean.text, &clean.quantity, lang, 2)?;
        Some(Corrupted {
            text: damaged,
            damage,
            clean,
            reads_as,
        })
    }
}

/// The canonical phrase of `q` in `lang` and the reading it must parse to
/// (English writes X余 as "more than").
fn clean(q: &Quantity, lang: Lang) -> Option<Phrase> {
    let quantity = if lang == Lang::En && q.qualifier() == Qualifier::OverSome {
        Quantity::new(
            q.value(),
            q.magnitude(),
            q.unit().clone(),
            Qualifier::MoreThan,
        )
        .ok()?
    } else {
        q.clone()
    };
    Some(Phrase {
        lang,
        text: render(q, lang),
        quantity,
        change: None,
        from: None,
    })
}

/// Phrases in `lang` with one kind of damage applied, modeled on the damage
/// in real translated reports (the Sichuan briefing's "997%",
/// "disputes80More than 30,000 pieces", "losses2More than 700 million
/// yuan", "the province's 1 8 police force"). Damage that would happen to
/// yield another valid reading of the malformed class is not made: "1/125"
/// losing its slash reads as the space-grouped 1 125, "1923/4" as a year
/// and a 4.
///
/// # Examples
///
/// See [`Corrupted`].
pub fn corrupted(lang: Lang) -> impl Strategy<Value = Corrupted> {
    // Small fractions, as reports write shares ("1 in 8"), for the lost
    // slash: 1/8 to 1 8.
    let fraction = (
        1..10_u32,
        select(vec![2_u32, 4, 5, 8, 10, 16, 20, 25, 40, 50, 80]),
    )
        .prop_filter_map("a fraction below one", |(num, den)| {
            let value = Decimal::from(num).checked_div(Decimal::from(den))?;
            (num < den)
                .then(|| Quantity::exact(value, Unit::Fraction).ok())
                .flatten()
        });
    let figure = prop_oneof![9 => quantity(), 1 => fraction];
    (figure, any::<prop::sample::Index>(), 1..=9_u32)
        .prop_filter_map("a phrase of one figure", move |(q, pick, digit)| {
            if q.qualifier() == Qualifier::Range {
                return None;
            }
            let clean = clean(&q, lang)?;
            // Of the damage that applies to this phrase (a redaction always
            // does), one.
            let applicable: Vec<(Damage, (String, Option<Quantity>))> = Damage::ALL
                .iter()
                .filter_map(|d| Some((*d, apply(*d, &clean.text, &clean.quantity, lang, digit)?)))
                .collect();
            if applicable.is_empty() {
                return None;
            }
            let (damage, (damaged, reads_as)) = pick.get(&applicable).clone();
            Some(Corrupted {
                text: damaged,
                damage,
                clean,
                reads_as,
            })
        })
        .boxed()
}

/// The damaged text and, for well-formed damage, the quantity it states;
/// `None` when the damage does not apply to this phrase.
fn apply(
    damage: Damage,
    text: &str,
    q: &Quantity,
    lang: Lang,
    digit: u32,
) -> Option<(String, Option<Quantity>)> {
    if damage == Damage::Redaction {
        let damaged = match lang {
            Lang::En => format!("the ** figure is {text}"),
            _ => format!("全省**{text}"),
        };
        return Some((damaged, Some(q.clone())));
    }
    let (start, end) = single_number(text)?;
    let token = &text[start..end];
    let with = |value: Decimal, magnitude: Magnitude, qualifier: Qualifier| {
        Quantity::new(value, magnitude, q.unit().clone(), qualifier).ok()
    };
    match damage {
        Damage::LostDecimal => {
            let point = token.find('.')?;
            if token.contains(',') || token.starts_with('0') || *q.unit() == Unit::Fraction {
                return None;
            }
            let decimals = u32::try_from(token.len() - point - 1).ok()?;
            let value = q
                .value()
                .checked_mul(Decimal::from(10_u64.checked_pow(decimals)?))?;
            let damaged = format!(
                "{}{}{}",
                &text[..start],
                token.replace('.', ""),
                &text[end..]
            );
            Some((damaged, Some(with(value, q.magnitude(), q.qualifier())?)))
        }
        Damage::ShiftedMagnitude => {
            let (from, to, factor) = match lang {
                Lang::En => [
                    (" million", " billion", 1000_u64),
                    (" billion", " million", 1000),
                ]
                .into_iter()
                .find(|(f, ..)| text.matches(f).count() == 1)?,
                _ => [("万", "亿", 10_000_u64)]
                    .into_iter()
                    .find(|(f, ..)| text.matches(f).count() == 1 && !text.contains("万亿"))?,
            };
            let value = if from == " billion" {
                q.value().checked_div(Decimal::from(factor))?
            } else {
                q.value().checked_mul(Decimal::from(factor))?
            };
            Some((
                text.replacen(from, to, 1),
                Some(with(value, q.magnitude(), q.qualifier())?),
            ))
        }
        Damage::MergedFigures => {
            // 29.93% and 29.92% read as 92%: the figure's decimals alone.
            let point = token.find('.')?;
            let decimals = &token[point + 1..];
            // With a whole part of 0 the damage is a lost decimal point as
            // much as merged figures: 0.11% read as 11%.
            let whole = token[..point].trim_start_matches(|c: char| !c.is_ascii_digit());
            if *q.unit() != Unit::Percent
                || decimals.len() != 2
                || decimals.starts_with('0')
                || whole == "0"
            {
                return None;
            }
            let value: Decimal = decimals.parse().ok()?;
            let damaged = format!("{}{decimals}{}", &text[..start], &text[end..]);
            Some((damaged, Some(with(value, Magnitude::One, q.qualifier())?)))
        }
        Damage::DroppedQualifier => {
            let markers: &[&str] = match lang {
                Lang::En => &[
                    "more than ",
                    "about ",
                    "at least ",
                    "nearly ",
                    "at most ",
                    "less than ",
                ],
                // Longest first: 不超过 before 超过.
                _ => &[
                    "不超过",
                    "不到",
                    "超过",
                    "近",
                    "约",
                    "以上",
                    "左右",
                    "余",
                    "多",
                    "以内",
                ],
            };
            let marker = markers.iter().find(|m| text.contains(*m))?;
            Some((
                text.replacen(marker, "", 1),
                Some(with(q.value(), q.magnitude(), Qualifier::Exact)?),
            ))
        }
        Damage::SplitMagnitude if lang == Lang::En => {
            // losses2More than 700 million yuan.
            let rest = capitalized(text)?;
            Some((format!("losses{digit}{rest}"), None))
        }
        Damage::GluedTokens if lang == Lang::En => {
            // disputes80More than 30,000 pieces.
            let rest = capitalized(text)?;
            Some((format!("disputes{digit}0{rest}"), None))
        }
        Damage::LostSlash => {
            let (num, den) = token.split_once('/')?;
            // 1 125 would read as the space-grouped 1125, and 1923 4 as a
            // year and a 4: damage that reads as something else is not made.
            if den.len() == 3 || num.is_empty() || num.len() >= 4 || den.is_empty() {
                return None;
            }
            let damaged = format!("{}{num} {den}{}", &text[..start], &text[end..]);
            Some((damaged, None))
        }
        // English damage in Chinese text, and the damage found only by
        // aligning a translation with its original.
        _ => None,
    }
}

/// The text with its first letter in capitals, when it starts with a
/// letter.
fn capitalized(text: &str) -> Option<String> {
    let first = text.chars().next().filter(char::is_ascii_lowercase)?;
    Some(format!("{}{}", first.to_ascii_uppercase(), &text[1..]))
}

/// Where the text's one number is: a run of digits, points, commas and a
/// fraction's slash; `None` unless there is exactly one.
fn single_number(text: &str) -> Option<(usize, usize)> {
    let mut runs = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        let part = c.is_ascii_digit() || (start.is_some() && matches!(c, '.' | ',' | '/'));
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let run = text[s..i].trim_end_matches(['.', ',', '/']);
                runs.push((s, s + run.len()));
                start = None;
            }
            _ => {}
        }
    }
    match runs.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_one_number() {
        assert_eq!(
            single_number("more than 77,534.89 households"),
            Some((10, 19))
        );
        assert_eq!(single_number("1/8"), Some((0, 3)));
        assert_eq!(single_number("between 5% and 6%"), None);
        assert_eq!(single_number("5."), Some((0, 1)));
    }
}
