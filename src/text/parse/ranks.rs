//! Streaks (连续10年, "for 10 consecutive years"), ranks (居全省首位,
//! "ranked No. 1") and records (创历史新高, "a record high"): figures
//! whose number is not a quantity.

use super::*;

impl<'a> Clause<'a> {
    pub(super) fn streak(&self, cands: &[Cand]) -> Result<Option<Reading>> {
        // A streak says so: "consecutive", "in a row", 连续.
        if !self.says.streak {
            return Ok(None);
        }
        for c in cands.iter().filter(|c| !c.excluded && !c.vague) {
            // 连续10年, and 连续第四年 (the fourth year in a row).
            let zh = self.lang == Lang::Zh
                && (self.has(c.start.saturating_sub(2), "连续") && c.start >= 2
                    || c.start >= 3 && self.has(c.start - 3, "连续第"));
            let zh_unit = if self.at(c.end) == '年' {
                Some((Unit::Years, 1))
            } else if self.has(c.end, "个月") {
                Some((Unit::Months, 2))
            } else if self.at(c.end) == '天' {
                Some((Unit::Days, 1))
            } else if let Some(Ok(u)) = match self.at(c.end) {
                // 连续4次, 连续九届: a streak of occasions, counted in them.
                '次' => Some("other:次".parse::<Unit>()),
                '届' => Some("other:届".parse()),
                '周' => Some("other:周".parse()),
                _ => None,
            } {
                Some((u, 1))
            } else {
                None
            };
            if zh && let Some((unit, len)) = zh_unit {
                return self.streak_reading(c, unit, c.end + len).map(Some);
            }
            if self.lang == Lang::En {
                // for 23 consecutive years; for two years in a row.
                if let Some((e, w)) = self.word_after(c.end) {
                    let (e, w) = if w == "consecutive" {
                        self.word_after(e).unwrap_or((e, w))
                    } else {
                        (e, w)
                    };
                    let unit = match w.as_str() {
                        "years" | "year" => Some(Unit::Years),
                        "months" | "month" => Some(Unit::Months),
                        "days" | "day" => Some(Unit::Days),
                        _ => None,
                    };
                    let consecutive = self
                        .word_after(c.end)
                        .is_some_and(|(_, w)| w == "consecutive")
                        || self.has(self.skip_spaces(e), "in a row");
                    if let (Some(unit), true) = (unit, consecutive) {
                        return self.streak_reading(c, unit, e).map(Some);
                    }
                }
                // the 16th bumper year in a row.
                if c.ordinal {
                    let mut k = c.end;
                    for _ in 0..3 {
                        let Some((e, w)) = self.word_after(k) else {
                            break;
                        };
                        if matches!(w.as_str(), "year" | "month" | "day")
                            && self.has(self.skip_spaces(e), "in a row")
                        {
                            let unit = if w == "year" {
                                Unit::Years
                            } else if w == "month" {
                                Unit::Months
                            } else {
                                Unit::Days
                            };
                            return self.streak_reading(c, unit, e).map(Some);
                        }
                        k = e;
                    }
                }
            }
        }
        Ok(None)
    }

    pub(super) fn streak_reading(&self, c: &Cand, unit: Unit, end: usize) -> Result<Reading> {
        let q = self.quantity(c, c.value, None, Magnitude::One, unit, Qualifier::Exact)?;
        Ok(Reading {
            quantity: Some(q),
            change: None,
            rank: None,
            record: None,
            streak: true,
            lang: self.lang,
            span: (c.start, end),
            from: None,
            ratio: false,
        })
    }

    /// The ranks of the clause: one for each ordinal the clause ranks by
    /// ("No. 1", 居全省第2位), a list of them after one verb (位列投资潜力
    /// 第3、质量第4: the field of each from the 、 before it), else a place
    /// in the top few. An ordinal that names no position ends the list.
    pub(super) fn ranks(&self, cands: &[Cand]) -> Vec<Reading> {
        let mut found = Vec::new();
        for c in cands.iter().filter(|c| {
            c.ordinal
                || self.says.no
                    && (self.has(c.start.saturating_sub(4), "no. ")
                        || self.has(c.start.saturating_sub(3), "no."))
                || self.ranked_number(c)
        }) {
            let Some(position) = position_of(c) else {
                return found;
            };
            let among = match self.lang {
                Lang::Zh => {
                    // 居全国第1, 全省第一, 排名第2.
                    let Some(first) = c.start.checked_sub(1).filter(|&k| self.chars[k] == '第')
                    else {
                        continue;
                    };
                    // A rank ends at its ordinal, or at 位 or 名 after it,
                    // before a mark, 的 or the clause's end (全省第一；居全国
                    // 第2位的). Before a noun or a classifier the ordinal
                    // names a thing, no place in a ranking: 全市第一产业增加值,
                    // 全省第一个国家级新区, 第二批.
                    let after = c.end + usize::from(matches!(self.at(c.end), '位' | '名'));
                    if crate::text::is_cjk(self.at(after)) && self.at(after) != '的' {
                        continue;
                    }
                    // Back to the verb of ranking (居, 位居, 名列, 排名), at
                    // most 24 characters, or to the 、 after a rank before;
                    // what lies between is the field.
                    let verb = (first.saturating_sub(24)..first).rev().find(|&k| {
                        matches!(self.chars[k], '居' | '列' | '名' | '位' | '排')
                            || self.chars[k] == '、' && !found.is_empty()
                    });
                    let s = match verb {
                        Some(k) => k + 1,
                        None => {
                            let field = (first >= 2).then(|| first - 2).filter(|&k| {
                                ["全国", "全省", "全市", "全球", "世界"]
                                    .iter()
                                    .any(|w| self.has(k, w))
                            });
                            match field {
                                Some(k) => k,
                                None => continue,
                            }
                        }
                    };
                    let among: String = self.chars[s..first].iter().collect();
                    (!among.is_empty()).then_some(among)
                }
                Lang::En => {
                    let before = self.text_window(c.start, 24);
                    let after = self.text_window_after(c.end, 48);
                    // "No. 3" ranks only where ranking is said: "Bill (No. 1)"
                    // and "Section No. 22" are names.
                    let numbered = before.contains("no.")
                        && (before.contains("rank")
                            || before.contains("place")
                            || before.contains("position")
                            || after.starts_with(" among")
                            || after.starts_with(" in the"));
                    let ranked = before.contains("rank")
                        || numbered
                        || after.starts_with(" in the country")
                        || after.starts_with(" place")
                        || before.contains("placed");
                    if !ranked {
                        continue;
                    }
                    // "ranked No. 1": the field is not said.
                    among_en(&after)
                }
            };
            found.push(Reading {
                quantity: None,
                change: None,
                rank: Some(Rank {
                    position: Some(position),
                    top: false,
                    among,
                }),
                record: None,
                streak: false,
                lang: self.lang,
                span: (c.start, c.end),
                from: None,
                ratio: false,
            });
        }
        if found.is_empty()
            && let Some(r) = self.top_rank(cands).or_else(|| self.first_place_zh())
        {
            found.push(r);
        }
        found
    }

    /// Whether `c` is a bare whole number right after "ranked" or "ranks"
    /// that names a place: "is ranked 14 as rice producer", "ranks 2 in
    /// the world", "ranked 14 out of 20 provinces". Only where nothing
    /// after it could make it a quantity (a unit, a scale, a percent): the
    /// next word is one that goes on with a ranking, or there is none.
    fn ranked_number(&self, c: &Cand) -> bool {
        if self.lang != Lang::En || c.excluded || c.words || c.fraction || c.minus {
            return false;
        }
        if !c.value.fract().is_zero() {
            return false;
        }
        // The word right before: a money sign between ("ranked $14") is
        // none.
        let Some((_, before)) = self.word_before(c.start) else {
            return false;
        };
        if !matches!(before.as_str(), "ranked" | "ranks") {
            return false;
        }
        // After it: a word that goes on with a ranking, after a space; or
        // a mark that ends the clause's words, or the end.
        let k = self.skip_spaces(c.end);
        match self.word_after(c.end) {
            Some((_, w)) => {
                k > c.end
                    && matches!(
                        w.as_str(),
                        "in" | "as"
                            | "out"
                            | "among"
                            | "on"
                            | "globally"
                            | "worldwide"
                            | "nationally"
                    )
            }
            None => matches!(self.at(k), ',' | '.' | ';' | '\0'),
        }
    }

    /// A place within the top few, said after a verb of ranking: "ranked
    /// among the top three", "in the top 10 in the country", "ranked top
    /// 5"; 位居全国前三, 进入全省前10名, 排名前5位. The position is the bound
    /// ([`Rank::top`]). 前三季度 and 前5个月 are periods, and "the top 10
    /// exporters account for" ranks no subject: neither is a rank.
    pub(super) fn top_rank(&self, cands: &[Cand]) -> Option<Reading> {
        for c in cands
            .iter()
            .filter(|c| c.eligible() && !c.fraction && c.value.scale() == 0)
        {
            let (start, end, among) = match self.lang {
                Lang::Zh => {
                    // 前10, 前10名, 前10强; 500强 (跻身世界500强).
                    let strong = self.at(c.end) == '强';
                    let first = match c.start.checked_sub(1) {
                        Some(k) if self.chars[k] == '前' => k,
                        _ if strong => c.start,
                        _ => continue,
                    };
                    let end = if strong {
                        c.end + 1
                    } else if let Some(end) = self.top_rank_end_zh(c.end) {
                        end
                    } else {
                        continue;
                    };
                    let Some(verb) = self.rank_verb_before_zh(first) else {
                        continue;
                    };
                    let among: String = self.chars[verb + 1..first].iter().collect();
                    (first, end, (!among.is_empty()).then_some(among))
                }
                Lang::En => {
                    let Some((top_start, top)) = self.word_before(c.start) else {
                        continue;
                    };
                    if top != "top" {
                        continue;
                    }
                    // "among the top three", "in the top 10", "ranked top 5".
                    let ranked = match self.word_before(top_start) {
                        Some((the_start, the)) if the == "the" => {
                            self.word_before(the_start).is_some_and(|(_, w)| {
                                matches!(w.as_str(), "among" | "in" | "into" | "within")
                            })
                        }
                        Some((_, w)) => {
                            matches!(w.as_str(), "ranked" | "ranks" | "ranking" | "rank")
                        }
                        None => false,
                    };
                    if !ranked {
                        continue;
                    }
                    let after = self.text_window_after(c.end, 48);
                    (top_start, c.end, among_en(&after))
                }
            };
            let position = position_of(c)?;
            return Some(Reading {
                quantity: None,
                change: None,
                rank: Some(Rank {
                    position: Some(position),
                    top: true,
                    among,
                }),
                record: None,
                streak: false,
                lang: self.lang,
                span: (start, end),
                from: None,
                ratio: false,
            });
        }
        None
    }

    /// Where the verb of ranking before a Chinese place that starts at
    /// `first` is: a character of 位居, 排名, 列, 进入 or 跻身 at most 24
    /// characters before (the field ranked in lies between).
    pub(super) fn rank_verb_before_zh(&self, first: usize) -> Option<usize> {
        (first.saturating_sub(24)..first).rev().find(|&k| {
            matches!(
                self.chars[k],
                '居' | '列' | '名' | '位' | '排' | '入' | '身'
            )
        })
    }

    /// Where the words of a Chinese place within the top few end, when the
    /// number of 前N ends at `end`: after 名 or 位 (前10名, 前三位), or at
    /// the number, when punctuation, the clause's end, 的 or 之列 follow.
    /// `None` before anything else: 前三季度 and 前5个月 are periods.
    pub(super) fn top_rank_end_zh(&self, end: usize) -> Option<usize> {
        let end = if matches!(self.at(end), '名' | '位') {
            end + 1
        } else {
            end
        };
        let ends = end >= self.chars.len()
            || matches!(
                self.at(end),
                '，' | ',' | '。' | '；' | '、' | '）' | ')' | '的' | '之'
            );
        ends.then_some(end)
    }

    /// A first place said without a number, after a verb of ranking at most
    /// 24 characters before: 居全省首位, 位居全国首位 (the field is what lies
    /// between), 排名首位.
    pub(super) fn first_place_zh(&self) -> Option<Reading> {
        if self.lang != Lang::Zh {
            return None;
        }
        let first = (0..self.chars.len()).find(|&k| self.has(k, "首位"))?;
        let verb = (first.saturating_sub(24)..first)
            .rev()
            .find(|&k| matches!(self.chars[k], '居' | '列' | '名' | '排'))?;
        let among: String = self.chars[verb + 1..first].iter().collect();
        Some(Reading {
            quantity: None,
            change: None,
            rank: Some(Rank {
                position: NonZeroU32::new(1),
                top: false,
                among: (!among.is_empty()).then_some(among),
            }),
            record: None,
            streak: false,
            lang: self.lang,
            span: (first, first + 2),
            from: None,
            ratio: false,
        })
    }

    pub(super) fn text_window(&self, end: usize, chars: usize) -> String {
        self.chars[end.saturating_sub(chars)..end]
            .iter()
            .collect::<String>()
            .to_ascii_lowercase()
    }

    pub(super) fn text_window_after(&self, start: usize, chars: usize) -> String {
        let end = (start + chars).min(self.chars.len());
        self.chars[start.min(end)..end]
            .iter()
            .collect::<String>()
            .to_ascii_lowercase()
    }

    pub(super) fn record(&self, cands: &[Cand]) -> Result<Option<Reading>> {
        // The window of a record is a span of years, which may have been
        // set aside as a period ("in 21 years", 十年来): only ordinals and
        // vague numbers are no window, nor is a year (2019年来最高 is since
        // 2019).
        for c in cands
            .iter()
            .filter(|c| c.value.scale() == 0 && c.value.mantissa() < 1000 && !c.ordinal && !c.vague)
        {
            let extreme = match self.lang {
                // 创10年来新低, 10年来最高.
                Lang::Zh if self.has(c.end, "年来") => {
                    let tail: String = self.chars[c.end + 2..].iter().take(3).collect();
                    // 创十年来最佳销售业绩, 十年来最快: the best and the
                    // fastest are highs, the slowest a low.
                    if tail.contains('低') || tail.contains('慢') {
                        Some(Extreme::Low)
                    } else if tail.contains('高') || tail.contains('佳') || tail.contains('快') {
                        Some(Extreme::High)
                    } else {
                        None
                    }
                }
                // "the lowest in 21 years", "its highest level in 10 years".
                Lang::En if self.has(self.skip_spaces(c.end), "years") => {
                    self.extreme_in_years_en(c)
                }
                // a 10-year low.
                Lang::En if self.has(c.end, "-year") => {
                    let after = self.word_after(c.end + 5).map(|(_, w)| w);
                    match after.as_deref() {
                        Some("low") => Some(Extreme::Low),
                        Some("high") => Some(Extreme::High),
                        _ => None,
                    }
                }
                _ => None,
            };
            if let Some(extreme) = extreme {
                let q = self.quantity(
                    c,
                    c.value,
                    None,
                    Magnitude::One,
                    Unit::Years,
                    Qualifier::Exact,
                )?;
                return Ok(Some(Reading {
                    quantity: Some(q),
                    change: None,
                    rank: None,
                    record: Some(Record { extreme }),
                    streak: false,
                    lang: self.lang,
                    span: (c.start, c.end),
                    from: None,
                    ratio: false,
                }));
            }
        }
        Ok(None)
    }

    /// The extreme of "the lowest in 21 years" and "its highest level in
    /// 10 years", the number of years being `c`.
    fn extreme_in_years_en(&self, c: &Cand) -> Option<Extreme> {
        let (in_start, word) = self.word_before(c.start)?;
        if word != "in" {
            return None;
        }
        let (start, before) = self.word_before(in_start)?;
        let before = if matches!(before.as_str(), "level" | "point" | "rate") {
            self.word_before(start)?.1
        } else {
            before
        };
        match before.as_str() {
            "lowest" => Some(Extreme::Low),
            "highest" => Some(Extreme::High),
            _ => None,
        }
    }
}

/// What an English rank ranks among, from the text after its position:
/// " among the provinces", " in the country"; `None` when it is not said
/// ("ranked No. 1").
fn among_en(after: &str) -> Option<String> {
    let rest = after
        .find(" among ")
        .map(|p| &after[p + 7..])
        .or_else(|| after.strip_prefix(" in "))?;
    let mut among = rest
        .split([',', ';', '.', '"', '“', '('])
        .next()
        .unwrap_or(rest);
    for stop in [" in ", " for ", " of ", " with ", " and "] {
        if let Some(p) = among.find(stop) {
            among = &among[..p];
        }
    }
    let among = among.trim();
    (!among.is_empty()).then(|| among.to_owned())
}

/// The place a rank's number names: a whole number from 1.
fn position_of(c: &Cand) -> Option<NonZeroU32> {
    c.value
        .to_string()
        .parse::<u32>()
        .ok()
        .and_then(NonZeroU32::new)
}
