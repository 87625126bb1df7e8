//! Reading an English figure: scale word (million, lakh, bn), unit,
//! counted noun, qualifier, range and word of change.

use super::*;

impl<'a> Clause<'a> {
    pub(super) fn read_en(&self, cand: &Cand, cands: &[Cand]) -> Result<Read> {
        let mut i = cand.end;
        let mut value = cand.value;
        let sign_start = self.sign_start(cand);
        let currency = self.money_sign(cand);
        let figure_start = currency.as_ref().map_or(sign_start, |(_, s)| *s);
        if currency.is_some() && self.unnamed_shilling(figure_start) {
            return Err(self.err(
                figure_start,
                "\"Sh\" is the shilling of Kenya, Uganda, Tanzania or Somalia, and the text names none of them (or two as often)",
            ));
        }
        // "-$5 billion", "negative $7.8 billion": the minus before the
        // money sign, or the word that says it.
        let figure_start = self.figure_start(cand);
        let (mut qualifier, qualifier_start) = self.qualifier_span_en(figure_start);
        // Scale: 12.44 million, 40-trillion-yuan, 3.5 lakh, 1.5 lakh crore.
        let mut magnitude = Magnitude::One;
        if let Some((m, e)) = self.scale_en(i) {
            magnitude = m;
            i = e;
            // "thousand crore", "million billion": no magnitude to read.
            if self.scale_en(i).is_some() {
                return Err(self.err(
                    self.skip_spaces(i),
                    "two scale words in a row that make no magnitude this reader knows",
                ));
            }
        }
        if let Some(at) = self.stray_scale_en(i) {
            return Err(self.err(
                at,
                "a scale word that this reader cannot apply to the number",
            ));
        }
        let mut unit = None;
        if cand.fraction {
            unit = Some(Unit::Fraction);
        }
        // "nine in ten households", "four out of the six regions": a share
        // of a whole, the two numbers' quotient.
        let mut share = false;
        if currency.is_none()
            && magnitude == Magnitude::One
            && !cand.fraction
            && let Some((whole, e)) = self.share_of_en(i, cand, cands)
        {
            // The noun after the whole is what the share is of, not its
            // unit: the figure's words end at the whole.
            share = true;
            value = value
                .checked_div(whole)
                .ok_or_else(|| self.err(cand.start, "a share too small to hold"))?;
            unit = Some(Unit::Fraction);
            i = e;
        }
        let mut j = i;
        if let Some((u, _)) = &currency {
            unit = Some(u.clone());
            // "US$50 per household".
            if let Some((per, e)) = self.per_en(i, u) {
                unit = Some(per);
                j = e;
            }
        }
        // The unit after the number: "50 basis points" are 0.5 percentage
        // points.
        let mut direction_after = None;
        let mut basis_points = false;
        if unit.is_none()
            && let Some(e) = self.basis_points_after(j)
        {
            unit = Some(Unit::PercentagePoints);
            basis_points = true;
            j = e;
        } else if let Some((u, e, dir)) = self.unit_after_en(j)
            // After a money sign only a word of money or a per-unit is
            // the figure's ("$80 million dollars"): "$77 million
            // reflecting higher recovery" has no counted noun.
            && (unit.is_none() || !matches!(u, Unit::Other(_)) || dir.is_some())
            && !share
        {
            // A sign before the number wins: "$80 million dollars".
            if unit.is_none() {
                unit = Some(u);
            }
            direction_after = dir;
            j = e;
        }
        // Whether the number is written with a unit word of its own.
        let unit_written = j > i && currency.is_none();
        // "or more" after the figure.
        let (q_after, e) = self.qualifier_after_en(j);
        if let Some(q) = q_after {
            if qualifier == Qualifier::Exact {
                qualifier = q;
            }
            j = e;
        }
        // Multiples and halving: doubled, halved.
        let mut unit = unit.unwrap_or(Unit::Items);
        // A range: 4.5 percent to 5 percent, 4.5% to 5%, 5-6%, between X and Y.
        let mut high = None;
        // "by 50 basis points to 6.5 per cent": ends in two units are a
        // change and a level, never a range; so are a number with its unit
        // and a bare one ("fell by 13 per cent to 418,213").
        if let Some((next, sep)) = self
            .range_next_sep(j.max(i), cand, cands)
            .filter(|(next, _)| {
                (unit == Unit::Items || !self.other_unit_after(next.end, &unit))
                    && !(unit_written && self.bare_number(next))
            })
        {
            let mut k = next.end;
            let (m2, e2) = self.scale_en(k).map_or((magnitude, k), |(m, e)| (m, e));
            k = e2;
            // "between 3 and 4 million": the low end takes the high end's scale.
            if magnitude == Magnitude::One && m2 != Magnitude::One {
                magnitude = m2;
            }
            let h = rescale(self.high_value(next, sep), m2, magnitude).ok_or_else(|| {
                self.err(
                    next.start,
                    "a range end that cannot be written in the magnitude of its low end",
                )
            })?;
            if let Some(e) = self.basis_points_after(k).filter(|_| unit == Unit::Items) {
                unit = Unit::PercentagePoints;
                basis_points = true;
                k = e;
            } else if let Some((u, e, _)) = self.unit_after_en(k) {
                if unit == Unit::Items {
                    unit = u;
                }
                k = e;
            } else if let Some((u, e)) = self.per_en(k, &unit) {
                unit = u;
                k = e;
            }
            high = Some(h);
            qualifier = Qualifier::Range;
            j = k;
        }
        if cand.fraction && self.word_after(j).is_some_and(|(_, w)| w == "percent") {
            unit = Unit::Percent;
        }
        // "rose 5.2 and 6.1 per cent respectively": a percent written once,
        // after the last number of a list, is each one's.
        if unit == Unit::Items
            && high.is_none()
            && j == i
            && magnitude == Magnitude::One
            && !cand.fraction
            && let Some(shared) = self.percent_listed_after_en(cand, cands)
        {
            unit = shared;
        }
        let dir = direction_after
            .or_else(|| self.change_after_en(j))
            .or_else(|| self.change_before_en(qualifier_start));
        // "five times for collective merit", "three times a year" count
        // occurrences; "1.5 times", "increased 1.5 times" is a multiple.
        if unit == Unit::Times
            && dir.is_none()
            && self.word_after(j).is_some_and(|(_, w)| {
                matches!(
                    w.as_str(),
                    "for" | "in" | "during" | "since" | "this" | "last" | "each" | "a" | "per"
                )
            })
            && let Ok(u) = "other:times".parse()
        {
            unit = u;
        }
        let basis = if dir.is_some() || cand.negative() {
            self.basis(self.chars.len())
        } else {
            Basis::Unstated
        };
        let (value, high) = if basis_points {
            let hundredth = |v: Decimal| v.checked_div(Decimal::ONE_HUNDRED);
            (
                hundredth(value)
                    .ok_or_else(|| self.err(cand.start, "a value too small to hold"))?,
                high.and_then(hundredth),
            )
        } else {
            (value, high)
        };
        let (value, high, dir) = self.signed(cand, value, high, dir, basis)?;
        let (value, high, unit) = self.multiple_as_percent(cand, value, high, unit, dir)?;
        let quantity = self.quantity(cand, value, high, magnitude, unit, qualifier)?;
        Ok(Read {
            quantity: Some(quantity),
            direction: dir,
            basis,
            qualified: self.between_start_en(qualifier_start),
            end: j,
        })
    }

    /// The percent-like unit (percent, percentage points, per mille) that
    /// the last number of a list beginning with `cand` is written with,
    /// when every member before it is a bare number: "5.2 and 6.1 per
    /// cent", "3 or 4%".
    fn percent_listed_after_en(&self, cand: &Cand, cands: &[Cand]) -> Option<Unit> {
        let mut end = cand.end;
        let mut rest = &cands[cands.partition_point(|c| c.start < cand.end)..];
        // A list of a dozen at most.
        for _ in 0..12 {
            let mut k = self.skip_spaces(end);
            if self.at(k) == ',' {
                k = self.skip_spaces(k + 1);
            }
            if let Some((e, w)) = self.word_after(k)
                && matches!(w.as_str(), "and" | "or")
            {
                k = self.skip_spaces(e);
            } else if k == self.skip_spaces(end) {
                return None;
            }
            let next = rest
                .first()
                .filter(|c| c.eligible() && c.start == k && !c.minus)?;
            if self.currency_before(next.start).is_some() {
                return None;
            }
            // (Basis points would need the value converted: no sharing.)
            if self.basis_points_after(next.end).is_some() {
                return None;
            }
            match self.unit_after_en(next.end) {
                Some((u @ (Unit::Percent | Unit::PercentagePoints | Unit::PerMille), _, _)) => {
                    return Some(u);
                }
                Some(_) => return None,
                None => {}
            }
            if self.scale_en(next.end).is_some() {
                return None;
            }
            end = next.end;
            rest = &rest[1..];
        }
        None
    }

    /// The whole that the number of `cand` is said to be part of, and
    /// where its number ends, when "in" or "out of" ("out of the") after
    /// the number ending at `i` leads to a greater whole number with no
    /// scale word and no unit but a count's: "nine in ten", "four out
    /// of the six regions". "5 in 12 months" is a count in a period.
    fn share_of_en(&self, i: usize, cand: &Cand, cands: &[Cand]) -> Option<(Decimal, usize)> {
        if cand.value.scale() != 0 || cand.value <= Decimal::ZERO || cand.negative() {
            return None;
        }
        let (e, w) = self.word_after(i)?;
        let k = match w.as_str() {
            "in" => e,
            "out" => {
                let (e, _) = self.word_after(e).filter(|(_, w)| *w == "of")?;
                match self.word_after(e) {
                    Some((e, w)) if w == "the" => e,
                    _ => e,
                }
            }
            _ => return None,
        };
        let k = self.skip_spaces(k);
        let at = cands.partition_point(|c| c.start < k);
        let whole = cands.get(at).filter(|c| {
            c.start == k
                && c.eligible()
                && !c.fraction
                && !c.negative()
                && c.value.scale() == 0
                && c.value > cand.value
                && self.currency_before(c.start).is_none()
                && self.scale_en(c.end).is_none()
                && self.basis_points_after(c.end).is_none()
                && self
                    .unit_after_en(c.end)
                    .is_none_or(|(u, _, _)| u.dimension() == Dimension::Count)
        })?;
        Some((whole.value, whole.end))
    }

    /// Whether `c` is written with no money sign, scale word or unit.
    fn bare_number(&self, c: &Cand) -> bool {
        self.money_sign(c).is_none()
            && self.scale_en(c.end).is_none()
            && self.basis_points_after(c.end).is_none()
            && self.unit_after_en(c.end).is_none()
    }

    /// Whether the number ending at `end` is written with a unit of its
    /// own (after its scale word) that is not `unit`.
    fn other_unit_after(&self, end: usize, unit: &Unit) -> bool {
        let k = self.scale_en(end).map_or(end, |(_, e)| e);
        if self.basis_points_after(k).is_some() {
            return *unit != Unit::PercentagePoints;
        }
        self.unit_after_en(k).is_some_and(|(u, _, _)| u != *unit)
    }

    /// Where "basis points" (or "basis point", "bps") after `i` ends: a
    /// hundredth of a percentage point each.
    pub(super) fn basis_points_after(&self, i: usize) -> Option<usize> {
        let k = self.skip_spaces(i);
        ["basis points", "basis point", "bps"]
            .iter()
            .find(|w| self.has(k, w))
            .map(|w| k + w.len())
    }

    /// "per household" after a number in `numerator` (a sign before it):
    /// the compound unit and where it ends.
    pub(super) fn per_en(&self, i: usize, numerator: &Unit) -> Option<(Unit, usize)> {
        let (e, w) = self.word_after(i)?;
        if w != "per" || matches!(numerator, Unit::Per(_)) {
            return None;
        }
        let (mut e2, mut w2) = self.word_after(e)?;
        // "per metric tonne".
        if w2 == "metric"
            && let Some(next) = self.word_after(e2)
        {
            (e2, w2) = next;
        }
        // "per annum" and "per capita" name a unit of their own; "per
        // barrel", "per week" one the text names.
        let den = match w2.as_str() {
            "annum" => Unit::Years,
            "capita" | "head" => Unit::People,
            "barrel" | "week" | "hour" | "litre" | "liter" | "kilogram" | "unit" | "acre" => {
                match crate::Noun::new(w2.as_str()) {
                    Ok(noun) => Unit::Other(noun),
                    Err(_) => return None,
                }
            }
            _ => lx::en_unit_word(&w2)?,
        };
        crate::CompoundUnit::new(numerator.clone(), den)
            .ok()
            .map(|c| (Unit::Per(c), e2))
    }

    /// A scale word at `i`: ` million`, `-trillion`.
    pub(super) fn scale_en(&self, i: usize) -> Option<(Magnitude, usize)> {
        self.scale_word_en(i).or_else(|| self.money_suffix_en(i))
    }

    /// "£160m", "$50k", "$500M", "Ksh 525B", "Ksh 157 B", "P1.2-B": `m`
    /// or `M` (million), `k` (thousand) or `b`/`B` (billion) glued to the
    /// digits of an amount of money, and a capital `B` or `M` after a
    /// space or a hyphen (as Philippine papers write "P500-M"); after
    /// other numbers `m` is a metre, but `k` is still a thousand
    /// ("c.44k").
    pub(super) fn money_suffix_en(&self, i: usize) -> Option<(Magnitude, usize)> {
        let spaced = matches!(self.at(i), ' ' | '-') && matches!(self.at(i + 1), 'B' | 'M');
        let (magnitude, end) = self.glued_scale(i + usize::from(spaced))?;
        if magnitude == Magnitude::Thousand
            && !spaced
            && i > 0
            && self.chars[i - 1].is_ascii_digit()
        {
            return Some((magnitude, end));
        }
        let mut start = i;
        while start > 0
            && (self.chars[start - 1].is_ascii_digit()
                || matches!(self.chars[start - 1], ',' | '.'))
        {
            start -= 1;
        }
        (start < i && self.currency_before(start).is_some()).then_some((magnitude, end))
    }

    /// `m`/`M` (million), `k` (thousand) or `b`/`B` (billion) at `i`,
    /// ending a word: the scale an amount of money may glue to its digits
    /// ("$3b").
    pub(super) fn glued_scale(&self, i: usize) -> Option<(Magnitude, usize)> {
        let magnitude = match self.at(i) {
            'm' | 'M' => Magnitude::Million,
            'k' => Magnitude::Thousand,
            'b' | 'B' => Magnitude::Billion,
            _ => return None,
        };
        (!self.at(i + 1).is_ascii_alphanumeric()).then_some((magnitude, i + 1))
    }

    /// A scale word after the number at `i`: "million", "bn", "lakh crore".
    pub(super) fn scale_word_en(&self, i: usize) -> Option<(Magnitude, usize)> {
        let k = if self.at(i) == '-' {
            i + 1
        } else {
            self.skip_spaces(i)
        };
        // The scale words, by their first letter.
        let table: &[(&str, Magnitude)] = match self.at(k).to_ascii_lowercase() {
            't' => &[
                ("thousand", Magnitude::Thousand),
                ("trillion", Magnitude::Trillion),
            ],
            'm' => &[("million", Magnitude::Million), ("mn", Magnitude::Million)],
            'b' => &[("billion", Magnitude::Billion), ("bn", Magnitude::Billion)],
            // Indian numbering: lakh crore is 10^12.
            'l' => &[
                ("lakh crores", Magnitude::LakhCrore),
                ("lakh crore", Magnitude::LakhCrore),
                ("lakhs", Magnitude::Lakh),
                ("lakh", Magnitude::Lakh),
            ],
            'c' => &[("crores", Magnitude::Crore), ("crore", Magnitude::Crore)],
            _ => return None,
        };
        self.first_at(k, table).map(|(m, len)| (m, k + len))
    }

    /// Where a scale word stands right after the number (or its magnitude)
    /// at `i` that the reader did not take as the magnitude: "1'thousand",
    /// "5 thousands", "1 thousand'thousand". Read as a counted noun it would
    /// render as text that reads as another value, so it is refused. The
    /// word may follow a space, a quotation mark, an apostrophe or a hyphen,
    /// and may carry a plural or possessive ending.
    pub(super) fn stray_scale_en(&self, i: usize) -> Option<usize> {
        let mut k = self.skip_spaces(i);
        if matches!(self.at(k), '\'' | '’' | '"' | '“' | '-') {
            k = self.skip_spaces(k + 1);
        }
        let mut e = k;
        while self.at(e).is_ascii_alphabetic() {
            e += 1;
        }
        // No scale word, plural or not, is longer than "trillions"; the
        // word is lowercased on the stack.
        let mut buf = [0_u8; 9];
        if e == k || e - k > buf.len() {
            return None;
        }
        for (b, c) in buf.iter_mut().zip(&self.chars[k..e]) {
            *b = c.to_ascii_lowercase() as u8;
        }
        let word = std::str::from_utf8(&buf[..e - k]).ok()?;
        let stem = word.strip_suffix('s').unwrap_or(word);
        (is_scale_word(word) || is_scale_word(stem)).then_some(k)
    }

    /// A unit (and, for `additional`, `extra`, `more`, `less`, `higher`,
    /// `lower`, a direction) after the number at `i`.
    pub(super) fn unit_en(&self, i: usize) -> Option<(Unit, usize)> {
        self.unit_after_en(i).map(|(u, e, _)| (u, e))
    }

    pub(super) fn unit_after_en(&self, i: usize) -> Option<(Unit, usize, Option<Dir>)> {
        let c = self.at(i);
        // 5%, and 5 % as some texts space it.
        let sign = self.at(self.skip_spaces(i));
        if sign == '%' {
            return Some((Unit::Percent, self.skip_spaces(i) + 1, None));
        }
        if sign == '‰' {
            return Some((Unit::PerMille, self.skip_spaces(i) + 1, None));
        }
        if c == '-' && self.has(i + 1, "percent") {
            return Some((Unit::Percent, i + 8, None));
        }
        if c == '-' {
            // 40-trillion-yuan: after the scale the unit follows a hyphen.
            if let Some((e, w)) = self.word_after(i + 1)
                && let Some(u) = lx::en_unit_word(&w)
            {
                return Some((u, e, None));
            }
            return None;
        }
        let k = self.skip_spaces(i);
        if self.has(k, "μg/m3") {
            return Some(("μg/m3".parse().ok()?, k + 5, None));
        }
        // "5 billion EUR": a currency code in capitals, ending its word.
        if self.at(k).is_ascii_uppercase()
            && !self.at(k + 3).is_ascii_alphanumeric()
            && let Some(code) = self.chars.get(k..k + 3)
            && let Some(currency) = lx::iso_currency(code)
        {
            return Some((Unit::Money(currency), k + 3, None));
        }
        let first = self.at(k).to_ascii_lowercase();
        let first = if first.is_ascii() { first as u8 } else { 0 };
        for (phrase, unit_of_phrase) in lx::en_units_starting(first) {
            if self.has(k, phrase) {
                let e = k + clen(phrase);
                // "rupees" are the document's rupees, as "Rs" is, and
                // "shillings" and "pesos" its shillings or pesos: a text
                // that names no country of theirs leaves the word a noun.
                let unit = match *phrase {
                    "rupees" => Unit::Money(self.signs().rupee),
                    "shillings" => match self.signs().shilling {
                        Some(c) => Unit::Money(c),
                        None => continue,
                    },
                    "pesos" => match self.signs().peso {
                        Some(c) => Unit::Money(c),
                        None => continue,
                    },
                    _ => unit_of_phrase.clone(),
                };
                // "1,234 yuan per person".
                if let Some((e2, w)) = self.word_after(e)
                    && w == "per"
                    && let Some((e3, w2)) = self.word_after(e2)
                    && let Some(den) = lx::en_unit_word(&w2)
                    && let Ok(c) = crate::CompoundUnit::new(unit.clone(), den)
                {
                    return Some((Unit::Per(c), e3, None));
                }
                return Some((unit, e, None));
            }
        }
        // A counted noun, with adjectives before it: 12.44 million urban
        // jobs, 20 million new business entities, 90,000 extra jobs.
        let k = if matches!(self.at(k), '"' | '“' | '\'') {
            k + 1
        } else {
            k
        };
        // A possessive ending ("3 crore's") is not a noun.
        if k > 0
            && self.chars[k - 1] == '\''
            && self.word_after(k).is_some_and(|(_, w)| w.as_str() == "s")
        {
            return None;
        }
        let mut e = k;
        let mut dir = None;
        // The noun's words, joined by single spaces, and how long its first
        // word is.
        let mut noun = String::new();
        let mut first_len = 0;
        let mut plural_found = false;
        let mut ended = false;
        for _ in 0..7 {
            let Some((we, w)) = self.word_after(e) else {
                ended = true;
                break;
            };
            // A gap of three spaces or more ends it: the next cell of a
            // table a PDF gives as text ("39 437 EPWP   Create"). (Line
            // breaks are spaces here: the clause was set up with them so.)
            if self.skip_spaces(e) - e >= 3 {
                ended = true;
                break;
            }
            if noun.is_empty() && lx::is_adjective(&w) {
                if matches!(w.as_str(), "additional" | "extra") {
                    dir = Some(Dir::Up);
                }
                e = we;
                continue;
            }
            // "35,000 more jobs", "120 fewer deaths": as many again as
            // there were, or as many less. Before "than" the comparison is
            // read after the unit ("300 billion yuan more than last year").
            if noun.is_empty()
                && dir.is_none()
                && matches!(w.as_str(), "more" | "fewer")
                && self
                    .word_after(we)
                    .is_some_and(|(_, next)| next.as_str() != "than" && !lx::is_stop(&next))
            {
                dir = Some(if w.as_str() == "more" {
                    Dir::Up
                } else {
                    Dir::Down
                });
                e = we;
                continue;
            }
            // A scale word is never what is counted: a noun "mn" would
            // render as "4 mn", which reads as 4 million.
            let head = w.bytes().position(|b| b == b'-').map_or(&*w, |p| &w[..p]);
            // "a £1,600 million cut": a change word after the figure is
            // no noun.
            let change_word = noun.is_empty()
                && lx::en_change_after(&w).is_some()
                && self
                    .word_after(we)
                    .is_none_or(|(_, next)| lx::is_stop(&next));
            if lx::is_stop(&w) || is_scale_word(head) || change_word {
                ended = true;
                break;
            }
            // The head noun names the unit: 62 abducted women, 1,191
            // intellectual property cases.
            if let Some(u) = lx::en_unit_word(&w) {
                return Some((u, we, dir));
            }
            // A plural ends in s, but not in ss, us or is (business,
            // status, analysis).
            // So does a plural of capitals: MPs, SMEs, NGOs.
            let written = &self.chars[self.skip_spaces(e).min(we)..we];
            let plural = w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("us")
                && !w.ends_with("is")
                || written.len() >= 3
                    && written.last() == Some(&'s')
                    && written[..written.len() - 1]
                        .iter()
                        .all(char::is_ascii_uppercase);
            if noun.is_empty() {
                first_len = w.len();
            } else {
                noun.push(' ');
            }
            noun.push_str(&w);
            e = we;
            if plural {
                plural_found = true;
                break;
            }
        }
        if noun.is_empty() {
            return None;
        }
        if !plural_found && !ended {
            // No plural noun and no end of the phrase near: the first word
            // is the best guess.
            noun.truncate(first_len);
            e = self.word_after(k).map_or(e, |(we, _)| we);
            if let Some((first_end, first)) = self.word_after(k)
                && lx::is_adjective(&first)
            {
                e = self.word_after(first_end).map_or(e, |(we, _)| we);
            }
        }
        crate::Noun::new(&noun)
            .ok()
            .map(|n| (Unit::Other(n), e, dir))
    }

    pub(super) fn qualifier_before_en(&self, start: usize) -> Qualifier {
        self.qualifier_span_en(start).0
    }

    /// Whether the lowercase ASCII `phrase` ends at `j`, starting a word.
    fn phrase_ends_at(&self, j: usize, phrase: &str) -> bool {
        let len = clen(phrase);
        if j < len {
            return false;
        }
        // The lowercase copy holds the characters from byte `k` of an
        // ASCII text, from `offsets[k]` of another.
        let bytes = if self.ascii {
            Some((j - len, j))
        } else {
            self.offsets
                .get(j - len)
                .zip(self.offsets.get(j))
                .map(|(&a, &b)| (a, b))
        };
        bytes.is_some_and(|(a, b)| self.lower.as_bytes().get(a..b) == Some(phrase.as_bytes()))
            && (j == len || !self.chars[j - len - 1].is_ascii_alphabetic())
    }

    /// The English qualifier before `start` and where its phrase starts
    /// (`start` itself when there is none).
    pub(super) fn qualifier_span_en(&self, start: usize) -> (Qualifier, usize) {
        // "c.44k", "ca. 300", "approx. 5%": circa, abbreviated.
        let j = self.back_spaces(start);
        for abbr in ["approx.", "ca.", "c."] {
            if j > 0 && self.chars[j - 1] == '.' && self.phrase_ends_at(j, abbr) {
                return (Qualifier::About, j - abbr.len());
            }
        }
        // Skip "the", "the redline of", "a total of".
        let mut j = j;
        let mut tries = 0;
        loop {
            let Some((ws, w)) = self.word_before(j) else {
                return (Qualifier::Exact, start);
            };
            // Only phrases that end with the word before can match, and
            // most words end none.
            let candidates = lx::qualifiers_ending(&w);
            for (phrase, q) in candidates {
                if self.phrase_ends_at(j, phrase) {
                    let from = j - clen(phrase);
                    // "went up to 14.2 percent", "edged up to 4.1 per cent":
                    // "up" is the particle of a verb of rising, and the
                    // figure the level reached, as after "rose to".
                    if *phrase == "up to"
                        && self
                            .word_before(from)
                            .is_some_and(|(_, v)| lx::rises_with_up(&v))
                    {
                        return (Qualifier::Exact, start);
                    }
                    return (*q, from);
                }
            }
            tries += 1;
            if tries > 4
                || !matches!(
                    w.as_str(),
                    "the"
                        | "of"
                        | "redline"
                        | "mark"
                        | "level"
                        | "threshold"
                        | "figure"
                        | "a"
                        | "an"
                )
            {
                return (Qualifier::Exact, start);
            }
            j = self.back_spaces(ws);
        }
    }

    pub(super) fn qualifier_after_en(&self, i: usize) -> (Option<Qualifier>, usize) {
        let k = self.skip_spaces(i);
        if !matches!(self.at(k).to_ascii_lowercase(), 'o' | 'a') {
            return (None, i);
        }
        let table = [
            ("or more", Qualifier::AtLeast),
            ("or above", Qualifier::AtLeast),
            ("and above", Qualifier::AtLeast),
            ("or less", Qualifier::AtMost),
            ("or below", Qualifier::AtMost),
            ("or so", Qualifier::About),
        ];
        self.first_at(k, &table)
            .map_or((None, i), |(q, len)| (Some(q), k + len))
    }

    /// A change word right after the figure: `higher`, `lower`, `less`,
    /// `more than last year`, `stronger`, `increase`, `reduction`, `growth`.
    pub(super) fn change_after_en(&self, i: usize) -> Option<Dir> {
        let (w_end, w) = self.word_after(i)?;
        if w == "more" {
            // "300 billion yuan more than last year", "$26.1 million more
            // when compared to": a comparison.
            let (e, next) = self.word_after(self.word_after(i)?.0)?;
            let compared = match next.as_str() {
                "than" | "compared" => true,
                "when" => self.word_after(e).is_some_and(|(_, w)| w == "compared"),
                _ => false,
            };
            return compared.then_some(Dir::Up);
        }
        if let Some(d) = lx::en_change_after(&w) {
            return Some(d);
        }
        // "3.7% real growth", "2.1% real GDP growth", "a 22 percent overall
        // revenue growth": up to three words of what is measured between the
        // figure and a noun of change, none a word that ends the figure's
        // noun ("5 percent of firms reported growth" is no change).
        if !lx::is_stop(&w) {
            let mut k = w_end;
            for _ in 0..3 {
                let Some((e, next)) = self.word_after(k) else {
                    break;
                };
                if lx::is_change_noun(&next) {
                    return lx::en_change_after(&next);
                }
                if lx::is_stop(&next) {
                    break;
                }
                k = e;
            }
        }
        // "$97.5 billion ahead of the prior year", "2.19 trillion below its
        // projected target", "$14 million under budget": the difference
        // from another level, when that level is named.
        let e = w_end;
        let (after_next, next) = match w.as_str() {
            "ahead" | "short" => {
                let (e, of) = self.word_after(e)?;
                if of != "of" {
                    return None;
                }
                self.word_after(e)?
            }
            _ => self.word_after(e)?,
        };
        let names_a_level = matches!(
            next.as_str(),
            "the"
                | "its"
                | "their"
                | "our"
                | "last"
                | "budget"
                | "budgeted"
                | "target"
                | "targets"
                | "forecast"
                | "forecasts"
                | "projected"
                | "projections"
                | "expected"
                | "expectations"
                | "estimates"
                | "estimated"
                | "plan"
                | "planned"
                | "prior"
                | "previous"
        );
        // "under Budget 2024", "over Vision 2030": a name with a year
        // after it names no level; "below the 2024 target" does.
        let names_a_year = !matches!(next.as_str(), "the" | "its" | "their" | "our" | "last")
            && self.at(self.skip_spaces(after_next)).is_ascii_digit();
        if !names_a_level || names_a_year {
            return None;
        }
        match w.as_str() {
            "ahead" | "above" => Some(Dir::Up),
            "behind" | "below" | "short" => Some(Dir::Down),
            // "under budget", "over target", not "over three years".
            "under" | "over" if next.as_str() != "the" && next.as_str() != "its" => {
                Some(if w == "under" { Dir::Down } else { Dir::Up })
            }
            _ => None,
        }
    }

    /// Whether a figure ends right before `i`: a digit, a percent sign, or
    /// a word that ends a figure ("per cent", "million").
    fn figure_ends_before(&self, i: usize) -> bool {
        let j = self.back_spaces(i);
        j > 0
            && (self.chars[j - 1].is_ascii_digit()
                || self.chars[j - 1] == '%'
                || self.word_before(j).is_some_and(|(_, w)| {
                    matches!(
                        w.as_str(),
                        "cent" | "percent" | "million" | "billion" | "trillion" | "crore" | "lakh"
                    )
                }))
    }

    /// A change word before the figure within the clause: `increased by`,
    /// `rose`, `growth of`, `a reduction of`, `cut ... by`.
    pub(super) fn change_before_en(&self, start: usize) -> Option<Dir> {
        // Walk the words backwards from the figure.
        let mut k = self.words.partition_point(|t| t.end <= start);
        let mut j = start;
        // "raised the limit by 5%", "cut emissions by a total of 17
        // percent": "by" among the few words before the figure.
        let by_before = self.words[k.saturating_sub(4)..k]
            .iter()
            .any(|t| self.word_text(t) == "by");
        for distance in 0..14 {
            let t = self.words.get(k.checked_sub(1)?)?;
            // Between the word and where we are: numbers, signs and spaces
            // go on; punctuation stops the walk. A full stop ends the
            // clause, unless a number follows it (the damaged "decreased
            // year-on-year. 92%") or it is a decimal point.
            for p in (t.end..j).rev() {
                match self.chars[p] {
                    ',' | ';' | ':' | '(' | ')' | '!' | '?' => return None,
                    '.' if !(self.at(self.skip_spaces(p + 1)).is_ascii_digit()
                        || p > 0 && self.chars[p - 1].is_ascii_digit()) =>
                    {
                        return None;
                    }
                    _ => {}
                }
            }
            let w = self.keyed(t);
            // "an increase of 18.3 per cent and the Non Plan Expenditure at
            // Rs 8,16,182 crore": an "and" after another figure, with a new
            // subject between it and this one, ends the walk; the change
            // is the other figure's ("rose 5% and 7%" shares it).
            if distance >= 2 && w.text == "and" && self.figure_ends_before(t.start) {
                return None;
            }
            // "improved in eight High Courts", "increases during the three
            // previous administrations": a preposition between the verb and
            // the figure makes the figure where or when, not the change
            // (but "grew in the first quarter by 5%" has "by").
            // Only a preposition that governs the figure: right before it,
            // or before an article ("target for 2026 at 5%" is a change).
            let governs = distance == 0
                || distance == 1
                    && matches!(
                        self.word_text(&self.words[k]),
                        "the" | "these" | "those" | "its" | "their" | "all"
                    );
            if !by_before
                && governs
                && matches!(
                    w.text,
                    "in" | "for" | "across" | "among" | "during" | "on" | "within" | "with"
                )
            {
                return None;
            }
            // "an improvement over the deficit of 4.1 percent": the figure
            // after "over" (or "against", "versus") is the level compared
            // with, unless what stands between is a time ("growth over the
            // previous year of 7.9 percent").
            if distance > 0
                && !by_before
                && matches!(w.text, "over" | "against" | "versus" | "vs")
                && !self.words[k..]
                    .iter()
                    .take_while(|u| u.end <= start)
                    .any(|u| {
                        matches!(
                            self.word_text(u),
                            "year" | "years" | "quarter" | "month" | "period" | "fiscal"
                        )
                    })
            {
                return None;
            }
            // "increased to 20.4", "job growth averages about 12.7
            // million": the figure is the level reached; "was increased
            // from 18 cents": the level it started from.
            if lx::is_level_verb(w) || w.text == "from" {
                // "growth was 3.1 per cent": a noun of change before the
                // linking verb, close to the figure, makes it a change.
                // A verb of level ("growth averages about 12.7 million")
                // keeps the level.
                if distance <= 2
                    && matches!(w.text, "was" | "is" | "were" | "are" | "be")
                    && let Some(noun) = k.checked_sub(2).map(|n| &self.words[n])
                    && self.words[k - 1].start == self.skip_spaces(noun.end)
                    && lx::is_change_noun(self.keyed(noun))
                {
                    return lx::en_change_before(self.keyed(noun));
                }
                return None;
            }
            if let Some(d) = lx::en_change_before(w) {
                // "reduce costs by a further £3m": after "by", "further"
                // says more of the verb's change, whose direction it is.
                if distance == 0 && by_before && lx::en_change_right_before(w.text) {
                    return self.change_before_en(t.start).or(Some(d));
                }
                // "remains unchanged at 19.5 cents": the figure is the
                // level that holds.
                if d == Dir::Flat {
                    return None;
                }
                // "an increased budget of $5 billion", "a reduced rate of 5
                // per cent": a participle after an article describes the
                // level.
                if distance > 0
                    && w.text.ends_with("ed")
                    && k >= 2
                    && matches!(self.word_text(&self.words[k - 2]), "a" | "an" | "the")
                {
                    return None;
                }
                // "up" and "down" only right before the figure: "up 5
                // percent", not "fronted up for my first of 19" or "set up
                // 4 groups".
                // "went up by 5.4 per cent", "down by £18 billion", "down a
                // total of 20.2 per cent": "by" or "a total of" alone may
                // stand between.
                let words_are = |texts: &[&str]| {
                    self.words.get(k..k + texts.len()).is_some_and(|ws| {
                        ws.iter().zip(texts).all(|(t, w)| self.word_text(t) == *w)
                            && ws.last().is_some_and(|t| t.end <= start)
                    })
                };
                let by_only = distance == 1 && words_are(&["by"])
                    || distance == 3 && words_are(&["a", "total", "of"]);
                // A verb with an object changes the figure after "by"
                // ("raise the limit by 5%"), not a figure inside its object
                // ("raise the upper limit of the 20 per cent tax slab").
                if distance > 0 && !by_before && lx::is_transitive_change(w) {
                    // "a cut of 4%", "spending cuts of over 25 per cent":
                    // before "of" the word is the noun of change.
                    let noun = self.word_text(&self.words[k]) == "of";
                    return noun.then_some(d);
                }
                if distance > 0 && lx::en_change_right_before(w.text) {
                    return None;
                }
                // "higher" and "lower" before a figure change it only
                // through a "by" before it ("revised higher by R15.7 billion"); "a new
                // higher starting threshold of £180,000" is a level.
                if matches!(w.text, "higher" | "lower") && !by_before && distance > 0 {
                    j = t.start;
                    k -= 1;
                    continue;
                }
                let particle = matches!(w.text, "up" | "down")
                    && (distance > 0 && !by_only
                        || k >= 2
                            && self.words[k - 2].end == self.back_spaces(t.start)
                            && lx::is_particle_verb(self.keyed(&self.words[k - 2])));
                if !particle {
                    return Some(d);
                }
            }
            j = t.start;
            k -= 1;
        }
        None
    }

    /// [`Clause::range_next`], and the separator that joins the two ends.
    pub(super) fn range_next_sep<'c>(
        &self,
        i: usize,
        cand: &Cand,
        cands: &'c [Cand],
    ) -> Option<(&'c Cand, &'static str)> {
        let cand_end = cand.end;
        let next = cands[cands.partition_point(|c| c.start < cand_end)..]
            .iter()
            .find(|c| c.eligible())?;
        for from in [i, cand_end] {
            let k = self.skip_spaces(from);
            if !matches!(
                self.at(k),
                '-' | '~' | '至' | '到' | '—' | 't' | 'a' | 'T' | 'A'
            ) {
                continue;
            }
            let seps: &[&'static str] = &["-", "~", "至", "到", "—", "to", "and"];
            for sep in seps {
                if self.has(k, sep) {
                    let mut after = self.skip_spaces(k + clen(sep));
                    // "above Rs2 lakh and upto Rs5 lakh" (a tax slab): a
                    // lower bound and an upper bound are one range.
                    let bounded = *sep == "and"
                        && matches!(
                            self.qualifier_span_en(self.figure_start(cand)).0,
                            Qualifier::MoreThan | Qualifier::AtLeast
                        )
                        && [("upto", 4), ("up to", 5)].iter().any(|(w, len)| {
                            let found = self.has(after, w);
                            if found {
                                after = self.skip_spaces(after + len);
                            }
                            found
                        });
                    let next_start = self.sign_start(next);
                    let sign = self
                        .currency_before(next_start)
                        .map_or(next_start, |(_, s)| s);
                    if after == sign || after == next_start || after == next.start && *sep == "-" {
                        if *sep == "and"
                            && !bounded
                            && !self.between_before(self.figure_start(cand))
                        {
                            continue;
                        }
                        // "-48.5   -41.1" (the cells of a table row): a dash
                        // after a space and touching the digits is the next
                        // number's minus sign, not a range's dash.
                        if *sep == "-" && k > from && after == k + 1 {
                            return None;
                        }
                        // "increase a further $7,500 to $66,000": a change
                        // and the level it reached, each with its money
                        // sign ("budgets of $5 to $10 million" is a range);
                        // so too after a "by" that opens the clause, whose
                        // verb is in the clause before ("revised higher, by
                        // R15.7 billion to R356 billion").
                        let by_opens = || {
                            self.word_before(self.figure_start(cand))
                                .is_some_and(|(s, w)| w == "by" && self.skip_spaces(0) == s)
                        };
                        if *sep == "to"
                            && self.money_sign(cand).is_some()
                            && self.currency_before(next_start).is_some()
                            && (self.governed_by_change(cand) || by_opens())
                            && !self.between_before(self.figure_start(cand))
                            && self
                                .word_before(self.figure_start(cand))
                                .is_none_or(|(_, w)| w != "from")
                        {
                            return None;
                        }
                        // "rose from 58 to 87": a change of level, not a
                        // range ("ages from 18 to 60" is one).
                        if *sep == "to"
                            && let Some((ws, w)) = self.word_before(self.figure_start(cand))
                            && w == "from"
                            && (self.governed_by_change(cand)
                                || self.transitive_before_en(ws).is_some()
                                || self.undirected_change_before_en(ws))
                        {
                            continue;
                        }
                        // 增长5%至126万亿元, "rose 7.1% to $3.58 trillion":
                        // ends in two units are two figures, a change and
                        // the level it reached, never one range ("growth
                        // of 4.5% to 5%" is a range).
                        if let (Some(a), Some(b)) = (self.own_unit(cand), self.own_unit(next))
                            && a != b
                        {
                            return None;
                        }
                        return Some((next, sep));
                    }
                }
            }
        }
        None
    }

    /// Whether `between` comes shortly before the number starting at
    /// `start`.
    pub(super) fn between_before(&self, start: usize) -> bool {
        let mut j = self.currency_before(start).map_or(start, |(_, s)| s);
        for _ in 0..3 {
            match self.word_before(j) {
                Some((_, w)) if w == "between" => return true,
                Some((ws, _)) => j = ws,
                None => return false,
            }
        }
        false
    }
}
