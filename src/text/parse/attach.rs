//! Attaching figures to each other and to the clause: words of change
//! and their basis (同比, year on year), a change of level (from X to Y),
//! a change and the level it reached, and clauses with no number.

use super::*;

impl<'a> Clause<'a> {
    /// The direction of "up from" or "down from" right before the figure of
    /// `cand` ("31 per cent, down from 35 per cent"), in English.
    pub(super) fn up_or_down_from(&self, cand: &Cand) -> Option<Dir> {
        if self.lang != Lang::En {
            return None;
        }
        let (from_start, from) = self.word_before(self.figure_start(cand))?;
        if from != "from" {
            return None;
        }
        match self.word_before(from_start)?.1.as_str() {
            "up" => Some(Dir::Up),
            "down" => Some(Dir::Down),
            _ => None,
        }
    }

    /// Whether `cand` follows the level reached after "to" that spans
    /// `reached`, after "from": "rose to $50 billion from $45 billion"
    /// starts the level at $45 billion. Gives the direction of the verb
    /// before "to" if there is one (`Some(None)` if not). English only.
    pub(super) fn reached_before_from(
        &self,
        reached: (usize, usize),
        cand: &Cand,
    ) -> Option<Option<Dir>> {
        if self.lang != Lang::En {
            return None;
        }
        let (from_start, from) = self.word_before(self.figure_start(cand))?;
        if from != "from"
            || reached.1 > from_start
            || !self.chars[reached.1..from_start]
                .iter()
                .all(|c| c.is_whitespace() || *c == ',')
        {
            return None;
        }
        let (to_start, to) = self.word_before(reached.0)?;
        if to != "to" {
            return None;
        }
        Some(
            self.change_before_en(to_start)
                .or_else(|| self.transitive_before_en(to_start)),
        )
    }

    /// A member of a Chinese enumeration that writes no unit, or only the
    /// classifier 个, takes the unit written once at the end: 分别提高0.8个、
    /// 1.3个百分点 is two changes in percentage points, 分别为12、15万亿元 two
    /// amounts in 万亿元 (a bare number takes the magnitude too). `shared`
    /// keeps the last member found (its index and unit, and magnitude), so
    /// that each enumeration is walked once.
    pub(super) fn shared_unit_zh(
        &self,
        k: usize,
        cands: &[Cand],
        read: Read,
        shared: &mut Option<(usize, Unit, Magnitude)>,
    ) -> Result<Read> {
        let cand = &cands[k];
        // How the member ends: bare (12、, and 快4.6和3.1个百分点 where a
        // conjunction joins the last two), with 个 (0.8个、), or with its own
        // magnitude (426亿、, and 426亿及100亿元 where a conjunction joins two
        // amounts in one clause).
        let member_end = |c: &Cand| match (self.at(c.end), self.at(c.end + 1)) {
            ('、' | '和' | '及' | '与', _) => Some((c.end, Member::Bare)),
            ('个', '、' | '和' | '及' | '与') => Some((c.end + 1, Member::Classifier)),
            ('万' | '亿', _) => {
                let (_, len) = self.big_zh(c.end);
                (len > 0 && matches!(self.at(c.end + len), '、' | '及' | '和' | '与'))
                    .then_some((c.end + len, Member::Magnitude))
            }
            _ => None,
        };
        let Some((_, member)) = member_end(cand).filter(|_| self.lang == Lang::Zh) else {
            return Ok(read);
        };
        let Some(q) = read
            .quantity
            .as_ref()
            .filter(|q| *q.unit() == Unit::Items && q.qualifier() != Qualifier::Range)
        else {
            return Ok(read);
        };
        if shared.as_ref().is_none_or(|(last, _, _)| *last <= k) {
            *shared = None;
            let mut at = k;
            while let Some((end, _)) = member_end(&cands[at]) {
                let Some(next) = cands[at + 1..].iter().position(Cand::eligible) else {
                    break;
                };
                let next = at + 1 + next;
                if self.skip_spaces(end + 1) != self.figure_start(&cands[next]) {
                    break;
                }
                if member_end(&cands[next]).is_some() {
                    at = next;
                    continue;
                }
                if let Some(last) = self.read_figure(&cands[next], cands)?.quantity {
                    *shared = Some((next, last.unit().clone(), last.magnitude()));
                }
                break;
            }
        }
        let Some((_, unit, magnitude)) = shared.clone() else {
            return Ok(read);
        };
        let quantity = match member {
            Member::Bare if unit != Unit::Items => {
                self.quantity(cand, q.value(), None, magnitude, unit, q.qualifier())?
            }
            Member::Classifier if unit == Unit::PercentagePoints => {
                self.quantity(cand, q.value(), None, q.magnitude(), unit, q.qualifier())?
            }
            // 426亿、100亿元, 3万、5万人: the unit, with the member's own
            // magnitude.
            Member::Magnitude if unit != Unit::Items => {
                self.quantity(cand, q.value(), None, q.magnitude(), unit, q.qualifier())?
            }
            _ => return Ok(read),
        };
        Ok(Read {
            quantity: Some(quantity),
            ..read
        })
    }

    /// Where the words of the figure of `cand` start with its qualifier,
    /// money sign or minus sign ("more than 5.35 million people", 近5千,
    /// "between 4.5 and 5 percent"), before any word of change.
    pub(super) fn qualified_start(&self, cand: &Cand) -> usize {
        let figure = self.figure_start(cand);
        match self.lang {
            Lang::Zh => self.qualifier_span_zh(figure).1,
            Lang::En => self.between_start_en(self.qualifier_span_en(figure).1),
        }
    }

    /// "between 4.5 and 5 percent": a range's own word before `q`.
    pub(super) fn between_start_en(&self, q: usize) -> usize {
        match self.word_before(q) {
            Some((ws, w)) if w == "between" => ws,
            _ => q,
        }
    }

    /// Where a figure's own words start, from where its qualified words
    /// start ([`Clause::qualified_start`]): for a change, the word of change
    /// right before them ("增长5%", "up 5.2 per cent", "grew by 5.2 per
    /// cent").
    pub(super) fn words_start(&self, qualified: usize, change: bool) -> usize {
        if !change {
            return qualified;
        }
        match self.lang {
            Lang::Zh => {
                let j = self.back_spaces(qualified);
                let j = if j > 0 && self.chars[j - 1] == '了' {
                    j - 1
                } else {
                    j
                };
                // 翻一番, 翻了两番: the doubling's own verb.
                if let Some(len) = self.ends_at(j, "翻") {
                    return j - len;
                }
                self.zh_change_ending_at(j)
                    .map_or(qualified, |(_, _, len)| j - len)
            }
            Lang::En => {
                let Some((ws, w)) = self.word_before(qualified) else {
                    return qualified;
                };
                if lx::en_change_before(&w).is_some() {
                    return ws;
                }
                if w == "by"
                    && let Some((vs, v)) = self.word_before(ws)
                    && lx::en_change_before(&v).is_some()
                {
                    return vs;
                }
                qualified
            }
        }
    }

    /// Whether only an enumeration mark (、，, "and", 和, 及) and spaces lie
    /// between `end` and `start`; or, in Chinese, nothing at all between a
    /// percent and the next after 分别 a few characters before (同比分别上升
    /// 22.7%20.1%: the text dropped the 、).
    pub(super) fn listed_after(&self, end: usize, start: usize) -> bool {
        if start < end {
            return false;
        }
        if start == end {
            return self.lang == Lang::Zh
                && end > 0
                && matches!(self.chars[end - 1], '%' | '‰')
                && (end.saturating_sub(24)..end)
                    .any(|k| self.chars[k] == '分' && self.at(k + 1) == '别');
        }
        self.between_is(
            end,
            start,
            &["、", ",", "，", "and", "和", "及", "与", ", and"],
        )
    }

    /// Whether a level in percent whose words run from `start` to `end`
    /// measures a public finance against the economy ([`Reading::ratio`]):
    /// in English "of GDP" (or "to GDP", "of the gross domestic product",
    /// GNP, GNI, GSP) after it with a word of public finance before it in
    /// the clause (debt, deficit, revenue, spending, tax ...), or a word
    /// "…-to-GDP" before it; in Chinese 赤字率, 负债率, 债务率, 杠杆率 or 宏观税负
    /// before it in the clause.
    pub(super) fn ratio_to_economy(&self, start: usize, end: usize) -> bool {
        match self.lang {
            Lang::En => {
                static FINANCE: WordSet<24> = WordSet::set([
                    "debt",
                    "debts",
                    "deficit",
                    "deficits",
                    "surplus",
                    "surpluses",
                    "borrowing",
                    "borrowings",
                    "balance",
                    "revenue",
                    "revenues",
                    "expenditure",
                    "expenditures",
                    "spending",
                    "budget",
                    "tax",
                    "taxes",
                    "interest",
                    "reserves",
                    "liabilities",
                    "outlays",
                    "receipts",
                    "wage",
                    "bill",
                ]);
                let mut before = self.words.iter().take_while(|t| t.end <= start);
                // "the debt-to-GDP ratio is 37.8 per cent" (the caller asks
                // only of a clause that says "ratio", GDP or the like).
                self.says.ratio
                    && before
                        .clone()
                        .any(|t| self.word_text(t).ends_with("-to-gdp"))
                    || self.of_the_economy_after(end)
                        && before.any(|t| FINANCE.contains(self.word_text(t)))
            }
            Lang::Zh => {
                let from = start.saturating_sub(24);
                (from..start).any(|k| match self.chars[k] {
                    '率' => {
                        k >= 2
                            && matches!(
                                self.chars[k - 2..k],
                                ['赤', '字'] | ['负', '债'] | ['债', '务'] | ['杠', '杆']
                            )
                    }
                    '宏' => self.has(k, "宏观税负"),
                    _ => false,
                })
            }
        }
    }

    /// Whether "of GDP", "to GDP", "of the gross domestic product" (or
    /// GNP, GNI, GSP) follows `end`.
    fn of_the_economy_after(&self, end: usize) -> bool {
        // Most figures have no "of" or "to" after them: one look first.
        if !matches!(self.at(self.skip_spaces(end)), 'o' | 't' | 'O' | 'T') {
            return false;
        }
        let Some((e, of)) = self.word_after(end) else {
            return false;
        };
        if !matches!(of.as_str(), "of" | "to") {
            return false;
        }
        let Some((mut e, mut w)) = self.word_after(e) else {
            return false;
        };
        if matches!(w.as_str(), "the" | "nominal" | "our" | "its") {
            match self.word_after(e) {
                Some(next) => (e, w) = next,
                None => return false,
            }
        }
        match w.as_str() {
            "gdp" | "gnp" | "gni" | "gsp" => true,
            "gross" => self
                .word_after(e)
                .is_some_and(|(_, w)| matches!(w.as_str(), "domestic" | "national" | "state")),
            _ => false,
        }
    }

    /// Where the figure of `c` starts: a minus sign before its money sign,
    /// its money sign, else its minus sign, else its first digit.
    pub(super) fn figure_start(&self, c: &Cand) -> usize {
        if c.figure != usize::MAX {
            return c.figure;
        }
        self.find_figure_start(c)
    }

    /// [`Clause::figure_start`], looked for: most checks ask it of a
    /// number many times, so [`Clause::candidates`] keeps it in the
    /// number once found.
    pub(super) fn find_figure_start(&self, c: &Cand) -> usize {
        let s = self.sign_start(c);
        let start = self.money_sign(c).map_or(s, |(_, start)| start);
        // The minus before a money sign ("-$5 billion"), or the word that
        // says it ("negative $7.8 billion", "minus 0.5 per cent").
        if c.minus_before_sign && start > 0 && self.chars[start - 1] == '-' {
            start - 1
        } else if c.minus_before_sign {
            self.word_before(start).map_or(start, |(s, _)| s)
        } else {
            start
        }
    }

    /// The money sign right before the figure of `c` (before its minus
    /// sign if it has one) and where it starts: [`Clause::currency_before`]
    /// its sign start, kept in the number once looked for.
    pub(super) fn money_sign(&self, c: &Cand) -> Option<(Unit, usize)> {
        match c.sign {
            SignBefore::Unknown => self.currency_before(self.sign_start(c)),
            SignBefore::No => None,
            SignBefore::At { currency, start } => {
                Some((currency.map_or(Unit::Dollar, Unit::Money), start))
            }
        }
    }

    /// Whether an English verb of change governs the figure of `c`:
    /// "rose 7.1%", "grew by 5.2 per cent".
    pub(super) fn governed_by_change(&self, c: &Cand) -> bool {
        self.lang == Lang::En
            && self
                .change_before_en(self.qualifier_span_en(self.figure_start(c)).1)
                .is_some()
    }

    /// Where the word `to` after the figure of `c` ends, when it follows
    /// the figure's unit, and where the next figure must start.
    /// A counted noun may stand between, with what it is counted per:
    /// "from 1 cent per litre to 5 cents per litre".
    pub(super) fn to_after(&self, c: &Cand) -> Option<usize> {
        if self.lang != Lang::En {
            return None;
        }
        // "to" as a word, after the phrases a level may have before it.
        // "to an estimated 5.4 percent": the level is a forecast.
        let past_estimate = |k: usize| {
            let Some((e, _)) = self
                .word_after(k)
                .filter(|(_, w)| matches!(w.as_str(), "a" | "an"))
            else {
                return k;
            };
            match self.word_after(e) {
                Some((e2, w2))
                    if matches!(
                        w2.as_str(),
                        "estimated" | "projected" | "expected" | "forecast" | "anticipated"
                    ) =>
                {
                    self.skip_spaces(e2)
                }
                _ => k,
            }
        };
        let to_at = |i: usize| {
            let k = self.skip_phrases_of_en(i);
            (self.has(k, "to") && !self.at(k + 2).is_ascii_alphanumeric())
                .then(|| past_estimate(self.skip_spaces(k + 2)))
        };
        if let Some(next) = to_at(self.unit_end(c)) {
            return Some(next);
        }
        let i = self.scale_en(c.end).map_or(c.end, |(_, e)| e);
        let Some((Unit::Other(_), mut e)) = self.unit_en(i) else {
            return None;
        };
        if let Some((pe, w)) = self.word_after(e)
            && w == "per"
            && let Some((ne, _)) = self.word_after(pe)
        {
            e = ne;
        }
        to_at(e)
    }

    /// Where the text goes on after `i`, past what may follow a level
    /// before the "to" of a change of level: "of GDP", "in GDP" and a
    /// year or a fiscal year ("from 2.8% of GDP in 1993/94 to 2.7%"), or a
    /// month and its year ("from 22.0 per cent in June 2023 to 18.6 per
    /// cent"), at most two such phrases; spaces skipped.
    pub(super) fn skip_phrases_of_en(&self, i: usize) -> usize {
        let mut k = self.skip_spaces(i);
        for _ in 0..2 {
            let Some((e, w)) = self.word_after(k) else {
                break;
            };
            if !matches!(w.as_str(), "of" | "in") {
                break;
            }
            let mut j = self.skip_spaces(e);
            // "in fiscal 2010/2011".
            if let Some((e2, _)) = self
                .word_after(j)
                .filter(|(_, w)| matches!(w.as_str(), "fiscal" | "financial" | "calendar"))
            {
                j = self.skip_spaces(e2);
            }
            if let Some((e2, _)) = self
                .word_after(j)
                .filter(|(_, w)| lx::MONTHS.contains(w.as_str()))
            {
                j = self.skip_spaces(e2);
            }
            let year = (0..4).all(|d| self.at(j + d).is_ascii_digit());
            let next = if year {
                let mut m = j + 4;
                while self.at(m).is_ascii_digit() || matches!(self.at(m), '/' | '-') {
                    m += 1;
                }
                Some(m)
            } else {
                self.word_after(e)
                    .filter(|(_, w)| w.as_str() == "gdp")
                    .map(|(m, _)| m)
            };
            match next {
                Some(m) => k = self.skip_spaces(m),
                None => break,
            }
        }
        k
    }

    /// The figure governed by a verb of change that stands before "to" and
    /// `cand`: the change of "rose 7.1% to $3.58 trillion".
    pub(super) fn change_before_to<'c>(&self, cand: &Cand, cands: &'c [Cand]) -> Option<&'c Cand> {
        // The candidates are in order of position: those before are a prefix.
        let before = cands[..cands.partition_point(|c| c.end <= cand.start)]
            .iter()
            .rev()
            .find(|c| c.eligible())?;
        (self.to_after(before) == Some(self.figure_start(cand)) && self.governed_by_change(before))
            .then_some(before)
    }

    /// A verb of change with an object before `start` (within 14 words,
    /// no punctuation between): "raise the exemption limit for individual
    /// taxpayers from Rs1,80,000 to Rs2,00,000", "raise the upper limit of
    /// the 20 per cent tax slab from Rs8 lakh to Rs10 lakh" change the
    /// limit from one level to the other.
    pub(super) fn transitive_before_en(&self, start: usize) -> Option<Dir> {
        // Any verb of change: "increased the allocation for schools from $5
        // to $6 billion"; not the particles "up" and "down".
        self.verb_before_en(start, |w| {
            if matches!(w.text, "up" | "down") || lx::en_change_right_before(w.text) {
                None
            } else {
                lx::en_change_before(w)
            }
        })
    }

    /// Whether a verb that says a level changed and not which way stands
    /// before `start` as [`Clause::transitive_before_en`] finds one: "is
    /// estimated to worsen from 4% to 4.9%", "brought down the deficit
    /// from 5.5 per cent to 5.1 per cent", "was revised from". The levels
    /// give the direction.
    pub(super) fn undirected_change_before_en(&self, start: usize) -> bool {
        self.verb_before_en(start, |w| lx::is_undirected_change(w).then_some(()))
            .is_some()
    }

    /// The first word within 14 before `start`, no mark between, for which
    /// `verb` says something.
    fn verb_before_en<T>(&self, start: usize, verb: impl Fn(Keyed<'_>) -> Option<T>) -> Option<T> {
        let k = self.words.partition_point(|t| t.end <= start);
        let mut j = start;
        for t in self.words[k.saturating_sub(14)..k].iter().rev() {
            if self.chars[t.end..j]
                .iter()
                .any(|c| matches!(c, ',' | ';' | ':' | '(' | ')'))
                || self.chars[t.end..j]
                    .iter()
                    .enumerate()
                    .any(|(n, c)| *c == '.' && !self.at(t.end + n + 1).is_ascii_digit())
            {
                return None;
            }
            if let Some(found) = verb(self.keyed(t)) {
                return Some(found);
            }
            j = t.start;
        }
        None
    }

    /// A change of level, from one figure to another: "rose from 58 to
    /// 87", "fell from 87 to 58 cases", 由58万户增加到87万户, 从5.2%提高到5.5%.
    /// The reading is the level reached, with the direction of the verb
    /// and the level it started from; the first takes the unit and
    /// magnitude of the second where it has none. A verb whose direction
    /// the two figures contradict ("rose from 87 to 58") is refused.
    pub(super) fn level_change(&self, cands: &[Cand]) -> Result<Option<Reading>> {
        for (k, x) in cands.iter().enumerate().filter(|(_, c)| c.eligible()) {
            let start = self.figure_start(x);
            let Some(y) = cands[k + 1..].iter().find(|c| c.eligible()) else {
                break;
            };
            // The verb's direction; `Some(None)` where the verb says a change
            // and the levels say its direction.
            let verb = match self.lang {
                Lang::En => {
                    let Some((ws, w)) = self.word_before(start) else {
                        continue;
                    };
                    if w != "from" || self.to_after(x) != Some(self.figure_start(y)) {
                        continue;
                    }
                    // "the depreciation rate improving from 22.0 per cent to
                    // 18.6 per cent": a verb of judgement says which way is
                    // good for the measure, and the levels which way it went.
                    if self
                        .word_before(ws)
                        .is_some_and(|(_, v)| lx::is_judgement(&v))
                    {
                        Some(None)
                    } else {
                        match self
                            .change_before_en(ws)
                            .or_else(|| self.transitive_before_en(ws))
                        {
                            Some(dir) => Some(Some(dir)),
                            None => self.undirected_change_before_en(ws).then_some(None),
                        }
                    }
                }
                Lang::Zh => {
                    let before = self.back_year_of_zh(self.back_spaces(start));
                    if self.ends_at(before, "由").is_none() && self.ends_at(before, "从").is_none()
                    {
                        continue;
                    }
                    let mut j = self.skip_spaces(self.unit_end(x));
                    // 由20日压缩至10日, 由20个工作日压缩至10个工作日: the
                    // words of the unit the reader did not take, written
                    // the same after both numbers.
                    if let Some(shared) = self.shared_words_zh(x, y, j) {
                        j = shared;
                    }
                    let Some((word, dir)) = lx::ZH_CHANGE.iter().find(|(w, _)| self.has(j, w))
                    else {
                        continue;
                    };
                    j += clen(word);
                    if self.at(j) == '了' {
                        j += 1;
                    }
                    if !matches!(self.at(j), '到' | '至')
                        || self.year_of_zh(self.skip_spaces(j + 1)) != self.figure_start(y)
                    {
                        continue;
                    }
                    Some(Some(*dir))
                }
            };
            let Some(verb) = verb else {
                continue;
            };
            let reached = self.read_figure(y, cands)?;
            let Some(mut to) = reached.quantity else {
                continue;
            };
            let mut from = self.read_figure(x, cands)?.quantity;
            // "from $15 billion to 20 billion": the second takes the
            // first's currency.
            if self.lang == Lang::En
                && let Some(money) = from.as_ref().and_then(|f| money_written_once(f, &to))
            {
                to = money;
            }
            // "from 58 to 87 cases": the first takes the second's unit, and
            // its scale where that brings the two within a factor of ten of
            // each other ("from 5.2 to 5.5 million", but not "from 1001000
            // to 1 million").
            if let Some(f) = &from
                && *f.unit() == Unit::Items
                && f.qualifier() != Qualifier::Range
            {
                let near = |a: Decimal, b: Decimal| {
                    let (lo, hi) = (a.abs().min(b.abs()), a.abs().max(b.abs()));
                    lo.checked_mul(Decimal::TEN).is_some_and(|x| x >= hi)
                };
                let scaled = f.value().checked_mul(to.magnitude().factor());
                let magnitude = if f.magnitude() == Magnitude::One
                    && !near(f.value(), to.expanded())
                    && scaled.is_some_and(|v| near(v, to.expanded()))
                {
                    to.magnitude()
                } else {
                    f.magnitude()
                };
                from = Some(self.quantity(
                    x,
                    f.value(),
                    None,
                    magnitude,
                    to.unit().clone(),
                    f.qualifier(),
                )?);
            }
            let order = from.as_ref().and_then(|f| to.compare(f).ok());
            let dir = match (verb, order) {
                (Some(dir), _) => dir,
                (None, Some(crate::compare::Comparison::Greater)) => Dir::Up,
                (None, Some(crate::compare::Comparison::Less)) => Dir::Down,
                // Levels that cannot be ordered, or equal: no change read.
                (None, _) => continue,
            };
            let contradicts = matches!(
                (dir, order),
                (
                    Dir::Up,
                    Some(crate::compare::Comparison::Less | crate::compare::Comparison::Equal)
                ) | (
                    Dir::Down,
                    Some(crate::compare::Comparison::Greater | crate::compare::Comparison::Equal)
                )
            );
            if contradicts {
                return Err(self.err(
                    start,
                    "a change of level whose figures go the other way from its verb",
                ));
            }
            return Ok(Some(Reading {
                change: Some(change_of(dir, Basis::Unstated, Some(&to))),
                quantity: Some(to),
                rank: None,
                record: None,
                streak: false,
                lang: self.lang,
                span: (self.figure_start(y), reached.end),
                from,
                ratio: false,
            }));
        }
        Ok(None)
    }

    /// Where the words after the number of `x` end, when, from `j` (where
    /// the reader's unit of `x` ends), a word of change follows a few
    /// characters that are written the same after the number of `y`: the
    /// unit of a change of level written twice, 由20日压缩至10日. `None`
    /// when a word of change is at `j` already, or no such words are.
    pub(super) fn shared_words_zh(&self, x: &Cand, y: &Cand, j: usize) -> Option<usize> {
        if lx::ZH_CHANGE.iter().any(|(w, _)| self.has(j, w)) {
            return None;
        }
        (j + 1..=(j + 6).min(self.chars.len()))
            .find(|&k| lx::ZH_CHANGE.iter().any(|(w, _)| self.has(k, w)))
            .filter(|&k| {
                let words = &self.chars[x.end..k];
                words.iter().all(|c| crate::text::is_cjk(*c))
                    && self.chars.get(y.end..y.end + words.len()) == Some(words)
            })
    }

    /// Where the figure after a year phrase at `k` starts: 2005年的,
    /// 2005年底的, 2005年末的, 上年的, 年初的 name the time of the figure after
    /// them (由2000年的5104元增加到2005年的8620元); else `k`. A year is four
    /// digits, Arabic or Chinese, or the two mixed as typed (二〇〇二年,
    /// 二零零二年, 二00二年).
    pub(super) fn year_of_zh(&self, k: usize) -> usize {
        let e = if (0..4).all(|d| is_year_digit(self.at(k + d))) && self.at(k + 4) == '年' {
            k + 5 + usize::from(matches!(self.at(k + 5), '底' | '末' | '初'))
        } else if let Some(w) = RELATIVE_YEARS.iter().find(|w| self.has(k, w)) {
            k + clen(w)
        } else {
            return k;
        };
        if self.at(e) == '的' {
            self.skip_spaces(e + 1)
        } else {
            k
        }
    }

    /// [`Clause::year_of_zh`] backwards: where a year phrase that ends at
    /// `end` starts, else `end`.
    pub(super) fn back_year_of_zh(&self, end: usize) -> usize {
        if end == 0 || self.chars[end - 1] != '的' {
            return end;
        }
        let k = end - 1;
        if let Some(w) = RELATIVE_YEARS.iter().find(|w| self.ends_at(k, w).is_some()) {
            return self.back_spaces(k - clen(w));
        }
        let k = k - usize::from(k > 0 && matches!(self.chars[k - 1], '底' | '末' | '初'));
        if k >= 5
            && self.chars[k - 1] == '年'
            && self.chars[k - 5..k - 1].iter().all(|&c| is_year_digit(c))
        {
            self.back_spaces(k - 5)
        } else {
            end
        }
    }

    /// A clause with no number can still state a change (负增长, 持平,
    /// "unchanged") or an all-time record (历史新高, "record high"), and,
    /// when `sizeless`, a change with no size (同比增长).
    pub(super) fn no_number(&self, sizeless: bool) -> Result<Option<Reading>> {
        let reading = |change: Option<Change>, record: Option<Record>| Reading {
            quantity: None,
            change,
            rank: None,
            record,
            streak: false,
            lang: self.lang,
            span: (0, self.chars.len()),
            from: None,
            ratio: false,
        };
        let basis = self.basis(self.chars.len());
        // doubled, tripled, halved, "will double", "a doubling of":
        // relative changes in words. The verb's plain form is a change
        // only after "to" or a modal ("double taxation" is none), the noun
        // only after an article. Only a clause with one of those words
        // (`says`) is looked through.
        let multiples = if self.says.multiple {
            &self.words[..]
        } else {
            &[]
        };
        for (n, t) in multiples.iter().enumerate() {
            let before = n.checked_sub(1).map(|p| self.word_text(&self.words[p]));
            let after_modal = before.is_some_and(|w| {
                matches!(
                    w,
                    "to" | "will" | "would" | "could" | "should" | "may" | "might" | "can"
                )
            });
            let after_article = before.is_some_and(|w| matches!(w, "a" | "the"));
            let (dir, size) = match self.word_text(t) {
                "doubled" => (Dir::Up, 100),
                "tripled" => (Dir::Up, 200),
                "quadrupled" => (Dir::Up, 300),
                "halved" => (Dir::Down, 50),
                "double" | "doubling" if after_modal || after_article => (Dir::Up, 100),
                "triple" | "tripling" if after_modal || after_article => (Dir::Up, 200),
                "halve" | "halving" if after_modal || after_article => (Dir::Down, 50),
                _ => continue,
            };
            let (i, word_len) = (t.start, t.end - t.start);
            {
                let qualifier = self.qualifier_before_en(i);
                let q = Quantity::new(
                    Decimal::from(size),
                    Magnitude::One,
                    Unit::Percent,
                    qualifier,
                )
                .map_err(|_| self.err(i, "a multiple that cannot be read"))?;
                let mut r = reading(Some(change_of(dir, basis, Some(&q))), None);
                r.quantity = Some(q);
                r.span = (i, i + word_len);
                return Ok(Some(r));
            }
        }
        // 负增长, 持平, a record with no window, at `i`.
        let stated_at = |i: usize| -> Option<Reading> {
            // The first letters of the phrases below: most characters start
            // none of them.
            if !matches!(
                self.chars[i].to_ascii_lowercase(),
                '负' | 'n' | '持' | 'u' | '历' | 'r' | 'a' | 'h' | 'l'
            ) {
                return None;
            }
            // "highest on record", "lowest since records began": only a
            // superlative is looked at further.
            if matches!(self.chars[i].to_ascii_lowercase(), 'h' | 'l')
                && !(self.has(i, "highest ") || self.has(i, "lowest "))
            {
                return None;
            }
            if self.has_any(i, lx::NEGATIVE_GROWTH).is_some() {
                let change = Change {
                    direction: crate::Direction::Down,
                    basis,
                    mode: ChangeMode::Relative,
                };
                return Some(reading(Some(change), None));
            }
            // 持平 (level), but not 保持平稳 (keeping steady).
            if self.has_any(i, lx::UNCHANGED).is_some() && !(i > 0 && self.chars[i - 1] == '保') {
                let change = Change {
                    direction: crate::Direction::Flat,
                    basis,
                    mode: ChangeMode::Relative,
                };
                return Some(reading(Some(change), None));
            }
            let (w, _) = self.has_any(i, lx::RECORD_NO_WINDOW)?;
            let extreme = if lx::is_low(w) {
                Extreme::Low
            } else {
                Extreme::High
            };
            Some(reading(None, Some(Record { extreme })))
        };
        // In English text each phrase starts a word: only the words' starts
        // are looked at.
        if self.ascii {
            // The first letters of the English phrases' first words
            // ("negative", "unchanged", "record", "all-time", "highest",
            // "lowest"): no other word is looked at.
            let may_start = |t: &&Token| {
                let w = self.word_text(t);
                lx::STATED_EN_STARTS.iter().any(|p| w.starts_with(p))
            };
            if let Some(r) = self
                .words
                .iter()
                .filter(may_start)
                .find_map(|t| stated_at(t.start))
            {
                return Ok(Some(r));
            }
        } else if let Some(r) = (0..self.chars.len()).find_map(stated_at) {
            return Ok(Some(r));
        }
        // 同比增长, 同比下降: a change stated with no size, which a clause
        // read alone states; a document lists no such figure.
        if sizeless && !self.ascii {
            for i in 0..self.chars.len() {
                for (word, dir) in lx::ZH_CHANGE {
                    if word.len() > 3 && self.has(i, word) {
                        return Ok(Some(reading(Some(change_of(*dir, basis, None)), None)));
                    }
                }
            }
        }
        Ok(None)
    }

    /// The strongest basis named before `to`: 同比, 比上年, year on year
    /// (which win wherever they stand), then the previous period, then a
    /// projection. The clause's basis phrases are found once, so that a
    /// clause of many figures is read in linear time.
    pub(super) fn basis(&self, to: usize) -> Basis {
        let bases = self.bases.get_or_init(|| self.basis_phrases());
        match bases.partition_point(|(end, _)| *end <= to) {
            0 => Basis::Unstated,
            k => bases[k - 1].1,
        }
    }

    /// Every basis phrase of the clause, by where it ends, each with the
    /// strongest basis named up to there.
    pub(super) fn basis_phrases(&self) -> Vec<(usize, Basis)> {
        let mut found = Vec::new();
        // Every English basis phrase has one of the words `says` notes;
        // each is looked for where one of the clause's words could start
        // it.
        if self.says.basis {
            for t in &self.words {
                if let Some((phrase, basis)) = lx::basis_phrases_starting(self.keyed(t))
                    .iter()
                    .find(|(phrase, _)| self.has(t.start, phrase))
                {
                    found.push((t.start + phrase.len(), *basis));
                }
            }
        }
        // Every Chinese one has 比 or 较; each is looked for where its
        // first character stands.
        if !self.ascii && self.chars.iter().any(|c| matches!(c, '比' | '较')) {
            for (i, c) in self.chars.iter().enumerate() {
                if !lx::BASIS_ZH_FIRST.contains(c) {
                    continue;
                }
                for (phrases, basis) in [
                    (lx::BASIS_YEAR_ON_YEAR, Basis::YearOnYear),
                    (lx::BASIS_PREVIOUS_PERIOD, Basis::PreviousPeriod),
                    (lx::BASIS_PROJECTION, Basis::Projection),
                ] {
                    for phrase in phrases.iter() {
                        if phrase.starts_with(*c) && self.has(i, phrase) {
                            found.push((i + clen(phrase), basis));
                        }
                    }
                }
            }
        }
        found.sort_by_key(|(end, _)| *end);
        let strength = |b: Basis| match b {
            Basis::YearOnYear => 3,
            Basis::PreviousPeriod => 2,
            Basis::Projection => 1,
            _ => 0,
        };
        let mut best = Basis::Unstated;
        for (_, basis) in &mut found {
            if strength(*basis) > strength(best) {
                best = *basis;
            }
            *basis = best;
        }
        found
    }

    /// What the reading `r` of this clause says of the figure before it,
    /// in the clause before: a level that opens the clause with "up from",
    /// "down from" or "from" is where that figure started; a level after nothing
    /// but "or" is that figure's change said another way. English only.
    pub(super) fn link(&self, r: &Reading) -> Link {
        if self.lang != Lang::En || r.quantity.is_none() || r.rank.is_some() || r.record.is_some() {
            return Link::None;
        }
        let start = r.span.0;
        let Some((ws, w)) = self.word_before(start) else {
            return Link::None;
        };
        // Only words of the link before the figure, at the clause's start.
        let opens = |at: usize| self.chars[..at].iter().all(|c| c.is_whitespace());
        if w == "from"
            && let Some((us, u)) = self.word_before(ws)
            && opens(us)
            && r.change.is_none()
            && r.from.is_none()
        {
            return match u.as_str() {
                "up" => Link::FromOfPrevious(Dir::Up),
                "down" => Link::FromOfPrevious(Dir::Down),
                _ => Link::None,
            };
        }
        if w == "from" && opens(ws) && r.change.is_none() && r.from.is_none() {
            return Link::FromOfReached;
        }
        if w == "or" && opens(ws) && r.change.is_none() {
            return Link::SameChange;
        }
        Link::None
    }
}

/// A digit of a year as Chinese text writes one: Arabic, or a Chinese
/// numeral digit (〇 or 零 for nought; a ○ after a Chinese digit is read
/// as 〇 when the clause is set up).
fn is_year_digit(c: char) -> bool {
    c.is_ascii_digit() || crate::text::chinese_digit(c).is_some()
}

/// Times named from the report's own year (上年的40.9%), longest first:
/// like a year written out, they may stand between 由 and the level a
/// change started from.
const RELATIVE_YEARS: [&str; 11] = [
    "上年同期",
    "去年同期",
    "上年末",
    "上年底",
    "上一年",
    "上年",
    "去年",
    "前年",
    "年初",
    "年末",
    "年底",
];

/// How a member of an enumeration with 、 ends, which says what it takes
/// of the unit written once after the last.
#[derive(Clone, Copy)]
enum Member {
    /// 12、: the unit and the magnitude.
    Bare,
    /// 0.8个、: percentage points only.
    Classifier,
    /// 426亿、: the unit, with its own magnitude.
    Magnitude,
}

/// The words that may stand between an amount of money and a bare number
/// of millions or more that is money of the same currency, written once:
/// "$4.5 billion, up from 3.9 billion", "R20 billion and a further 5
/// billion", "Sh34.7 billion, against 30 billion".
const JOINS_MONEY: [&str; 22] = [
    "a",
    "additional",
    "against",
    "an",
    "and",
    "another",
    "compared",
    "down",
    "from",
    "further",
    "more",
    "nor",
    "of",
    "or",
    "out",
    "plus",
    "than",
    "to",
    "up",
    "versus",
    "vs",
    "with",
];

/// Whether `between`, the text from the end of an amount of money to the
/// start of a bare number after it, joins the two as amounts of one
/// currency: commas and at most four words, each one of [`JOINS_MONEY`].
/// A sentence's end, another number or any other word ("benefiting", "for
/// roads") keeps them apart.
pub(crate) fn joins_money(between: &str) -> bool {
    let mut words = 0;
    for w in between
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
    {
        words += 1;
        if words > 4 || !JOINS_MONEY.iter().any(|j| w.eq_ignore_ascii_case(j)) {
            return false;
        }
    }
    true
}

/// Whether `between` and `after` (the text from the end of an amount of
/// money to the start of a bare number, and the text after that number)
/// make the two items of one list of amounts, so that the currency is
/// written once: a label in capitals after a comma or a semicolon
/// ("Transport Sh125billion, Energy 78.5 billion"), or the same purpose
/// after each ("$5 billion on health, 3 billion on education"). Three
/// words of label or purpose at most; "to health, against 30 billion"
/// says no purpose after the bare number, and keeps it apart.
pub(crate) fn lists_money(between: &str, after: &str) -> bool {
    let between = between.trim_start();
    let words = |s: &str| s.split_whitespace().count();
    if let Some(label) = between.strip_prefix([',', ';']) {
        let n = words(label);
        return (1..=3).contains(&n)
            && label.split_whitespace().all(|w| {
                w.starts_with(|c: char| c.is_ascii_uppercase()) || w == "and" || w == "&"
            });
    }
    let Some((purpose, rest)) = between.split_once(|c: char| c.is_whitespace()) else {
        return false;
    };
    let Some(object) = rest.trim_end().strip_suffix([',', ';']) else {
        return false;
    };
    matches!(purpose, "on" | "for" | "to" | "in")
        && (1..=3).contains(&words(object))
        && !object.contains(|c: char| c.is_ascii_digit())
        && after
            .trim_start()
            .strip_prefix(purpose)
            .is_some_and(|r| r.starts_with(char::is_whitespace))
}

/// `q` as money in the currency of `previous`, when `q` is a bare number
/// of millions or more (no unit, no noun: "3.9 billion") and `previous`
/// an amount of money: a text that lists amounts often writes the
/// currency once, at the first. The caller checks the words between
/// ([`joins_money`]) and that the text is English; a Chinese amount writes
/// its 元 at the end, and a bare 亿 is left alone.
pub(crate) fn money_written_once(previous: &Quantity, q: &Quantity) -> Option<Quantity> {
    let unit = previous.unit();
    if !matches!(unit, Unit::Money(_) | Unit::Dollar)
        || *q.unit() != Unit::Items
        || !matches!(
            q.magnitude(),
            Magnitude::Million
                | Magnitude::Billion
                | Magnitude::Trillion
                | Magnitude::Crore
                | Magnitude::LakhCrore
        )
    {
        return None;
    }
    let money = match q.high() {
        Some(high) => Quantity::range(q.value(), high, q.magnitude(), unit.clone()),
        None => Quantity::new(q.value(), q.magnitude(), unit.clone(), q.qualifier()),
    };
    money.ok().map(|m| m.with_inexact(q.is_inexact()))
}

/// `q` in the scale of `previous`, when `q` is money with one decimal and
/// no scale ("$430.2") and `previous` money of the same unit with a scale
/// of millions or more ("$410.0 million"), the two within a factor of ten:
/// "a surplus of $410.0 million on the accrual basis and $430.2 on the cash
/// basis" writes the scale once. Money is not written to a tenth of its
/// unit, so "$430.2" alone is no amount of dollars and cents either; the
/// caller checks that both are in one sentence.
pub(crate) fn scale_written_once(previous: &Quantity, q: &Quantity) -> Option<Quantity> {
    if !matches!(q.unit(), Unit::Money(_) | Unit::Dollar)
        || q.unit() != previous.unit()
        || q.magnitude() != Magnitude::One
        || q.value().scale() != 1
        || q.high().is_some()
        || !matches!(
            previous.magnitude(),
            Magnitude::Million | Magnitude::Billion | Magnitude::Trillion
        )
    {
        return None;
    }
    let (a, b) = (q.value().abs(), previous.value().abs());
    let near = a.checked_mul(Decimal::TEN).is_some_and(|x| x >= b)
        && b.checked_mul(Decimal::TEN).is_some_and(|x| x >= a);
    if !near {
        return None;
    }
    Quantity::new(
        q.value(),
        previous.magnitude(),
        q.unit().clone(),
        q.qualifier(),
    )
    .ok()
    .map(|m| m.with_inexact(q.is_inexact()))
}
