//! Reading a Chinese figure: magnitude (万, 亿), unit and classifier,
//! counted noun, qualifier and word of change.

use super::read::Endings;
use super::*;

static QUALIFIERS_BEFORE: Endings<Qualifier> = Endings::new(lx::ZH_QUALIFIERS_BEFORE);
static CHANGE: Endings<Dir> = Endings::new(lx::ZH_CHANGE);

impl<'a> Clause<'a> {
    pub(super) fn read_zh(&self, cand: &Cand, cands: &[Cand]) -> Result<Read> {
        // 翻一番 doubles (up 100%), 翻了两番 quadruples (up 300%).
        if self.at(cand.end) == '番' && self.ends_at(cand.start, "翻").is_some()
            || self.ends_at(cand.start, "翻了").is_some()
        {
            let n = u32::try_from(cand.value.mantissa())
                .ok()
                .filter(|n| (1..=10).contains(n) && cand.value.scale() == 0)
                .ok_or_else(|| self.err(cand.start, "a doubling count that cannot be read"))?;
            let times = Decimal::from(2_u64.pow(n) - 1) * Decimal::ONE_HUNDRED;
            let q = self.quantity(
                cand,
                times,
                None,
                Magnitude::One,
                Unit::Percent,
                Qualifier::Exact,
            )?;
            return Ok(Read {
                quantity: Some(q),
                direction: Some(Dir::Up),
                basis: self.basis(cand.start),
                qualified: self.qualified_start(cand),
                end: cand.end + 1,
            });
        }
        // Text pasted from a PDF or a web page may space out what follows
        // the number: 达 5.9 万亿元, 5.9 万 亿元.
        let mut i = self.past_spaces_zh(cand.end);
        let figure_start = self.figure_start(cand);
        let (mut qualifier, qualified) = self.qualifier_span_zh(figure_start);
        let mut value = cand.value;
        let over_some = |i: &mut usize, q: &mut Qualifier| {
            // 740多万, 30多人, 8000余套.
            if matches!(self.at(*i), '多' | '余') && *q == Qualifier::Exact {
                *q = Qualifier::OverSome;
                *i += 1;
            }
        };
        over_some(&mut i, &mut qualifier);
        let (magnitude, len, some) = self.multiplier_zh(i, cand)?;
        if some && qualifier == Qualifier::Exact {
            qualifier = Qualifier::OverSome;
        }
        i = self.past_spaces_zh(i + len);
        // 3亿2千万, 1万5千人, 2,754万4千元: the digits after a magnitude, with
        // a smaller one of their own, are the rest of the number.
        if magnitude != Magnitude::One
            && !some
            && !cand.words
            && let Some(next) = cands
                .get(cands.partition_point(|c| c.start < i))
                .filter(|c| c.start == i && !c.words && c.eligible())
            && next.value.scale() == 0
            && let Ok((m2, len2, false)) = self.multiplier_zh(next.end, next)
            && m2 != Magnitude::One
            && let Some(rest) = next.value.checked_mul(m2.factor())
            && rest < magnitude.factor()
        {
            value = rest
                .checked_div(magnitude.factor())
                .and_then(|rest| value.checked_add(rest))
                .ok_or_else(|| self.err(cand.start, "a value too large"))?;
            i = self.past_spaces_zh(next.end + len2);
        }
        // A Chinese numeral with its own trailing magnitude: 二十万亿.
        let (value2, magnitude) = if cand.words && magnitude == Magnitude::One {
            split_trailing_magnitude(&self.chars[cand.start..cand.end], value)
        } else {
            (value, magnitude)
        };
        value = value2;
        over_some(&mut i, &mut qualifier);
        // Percent written 百分之五 is already a value in percent.
        let percent_words = cand.words && self.has(cand.start, "百分之");
        let permille_words = cand.words && self.has(cand.start, "千分之");
        let sign = self.money_sign(cand).map(|(u, _)| u);
        let mut unit = if let Some(u) = sign.clone() {
            // A word after the number still names it: "$5亿美元" is rare;
            // the sign wins.
            if let Some((_, len)) = self
                .unit_zh(i)
                .filter(|(u, _)| matches!(u.dimension(), Dimension::Money))
            {
                i += len;
            }
            // $5/人: a sign and a denominator.
            match self.unit_zh_simple(i + 1).filter(|_| self.at(i) == '/') {
                Some((den, len)) => match crate::CompoundUnit::new(u.clone(), den) {
                    Ok(c) => {
                        i += 1 + len;
                        Unit::Per(c)
                    }
                    Err(_) => u,
                },
                None => u,
            }
        } else if percent_words {
            Unit::Percent
        } else if permille_words {
            Unit::PerMille
        } else if cand.fraction {
            Unit::Fraction
        } else if let Some(len) = matches!(self.at(i), '个' | '基')
            .then(|| {
                ["个基本点", "个基点", "基本点", "基点"]
                    .iter()
                    .find(|w| self.has(i, w))
            })
            .flatten()
            .map(|w| w.chars().count())
        {
            // 50个基点 are 0.5 percentage points.
            i += len;
            value = value
                .checked_div(Decimal::ONE_HUNDRED)
                .ok_or_else(|| self.err(cand.start, "a value too small to hold"))?;
            Unit::PercentagePoints
        } else if let Some((u, len)) = self.unit_zh(i) {
            i += len;
            u
        } else if self.at(i) == '成' {
            // 七成 is 70 percent.
            i += 1;
            value = value
                .checked_mul(Decimal::TEN)
                .ok_or_else(|| self.err(cand.start, "a value too large"))?;
            Unit::Percent
        } else if self.people_noun_beside_zh(qualified, i) {
            Unit::People
        } else if matches!(
            magnitude,
            Magnitude::Yi | Magnitude::WanYi | Magnitude::BaiYi | Magnitude::QianYi
        ) && self.money_measure_before_zh(qualified)
        {
            // 全县完成生产总值56.7亿: yuan not written after 亿, the measure
            // before is money.
            Unit::Money(crate::Currency::known(b"CNY"))
        } else {
            Unit::Items
        };
        over_some(&mut i, &mut qualifier);
        // A range: 5-6%, 4.5%至5%, 1万至1.5万人.
        let mut high = None;
        let mut range_magnitude = None;
        let mut end = i;
        if let Some((next, sep)) = self.range_next_sep(i, cand, cands) {
            let mut j = next.end;
            if matches!(self.at(j), '多' | '余') {
                j += 1;
            }
            let (m2, len2, _) = self.multiplier_zh(j, next)?;
            j += len2;
            let m2 = if m2 == Magnitude::One { magnitude } else { m2 };
            // 3至4万: the low end takes the high end's magnitude.
            let magnitude = if magnitude == Magnitude::One && m2 != Magnitude::One && !cand.words {
                m2
            } else {
                magnitude
            };
            range_magnitude = Some(magnitude);
            let h = rescale(self.high_value(next, sep), m2, magnitude).ok_or_else(|| {
                self.err(
                    next.start,
                    "a range end that cannot be written in the magnitude of its low end",
                )
            })?;
            if unit == Unit::Items && !cand.fraction && !percent_words {
                if let Some((u, len)) = self.unit_zh(j) {
                    unit = u;
                    j += len;
                }
            } else if let Some((_, len)) = self.unit_zh(j) {
                j += len;
            } else if self.at(j) == '/'
                && let Some((den, len)) = self.unit_zh_simple(j + 1)
                && let Ok(c) = crate::CompoundUnit::new(unit.clone(), den)
            {
                // $1至$2/人: the denominator after the high end.
                unit = Unit::Per(c);
                j += 1 + len;
            }
            high = Some(h);
            qualifier = Qualifier::Range;
            end = j;
        }
        if high.is_none() {
            let (q_after, len) = self.qualifier_after_zh(end);
            if let Some(q) = q_after {
                if qualifier == Qualifier::Exact {
                    qualifier = q;
                }
                end += len;
            }
        }
        let magnitude = range_magnitude.unwrap_or(magnitude);
        let (direction, basis) = self.change_zh(figure_start);
        let (value, high, direction) = self.signed(cand, value, high, direction, basis)?;
        let (value, high, unit) = self.multiple_as_percent(cand, value, high, unit, direction)?;
        // 人均可支配收入21181元: money per person. 人均 names the measure
        // some words before the figure, in its own clause (人均纯收入由2000年的
        // 2135元增加到3266元: both), with no 、 between to start another,
        // unless 分别 makes the 、 list the members of one measure (城乡居民人
        // 均可支配收入分别达55072元、37787元: both).
        let per_person = || {
            let mut k = figure_start;
            let (mut listed, mut respectively) = (false, false);
            while k > 0 && figure_start - k < 40 {
                k -= 1;
                match self.chars[k] {
                    '、' => listed = true,
                    '分' if listed && self.at(k + 1) == '别' => respectively = true,
                    '人' if self.at(k + 1) == '均' => return !listed || respectively,
                    _ => {}
                }
            }
            false
        };
        // 亩产485公斤, 每亩353公斤: a yield per mu, in the clause's words
        // right before the figure (a few characters of crop between).
        let per_mu = || {
            let mut k = figure_start;
            while k > 0 && figure_start - k < 8 && crate::text::is_cjk(self.chars[k - 1]) {
                k -= 1;
                if self.has(k, "亩产") || self.has(k, "每亩") {
                    return true;
                }
            }
            false
        };
        let unit = match unit {
            Unit::Money(_) | Unit::Dollar if per_person() => {
                crate::CompoundUnit::new(unit.clone(), Unit::People).map_or(unit, Unit::Per)
            }
            Unit::Kg | Unit::Jin | Unit::Tonnes if per_mu() => {
                crate::CompoundUnit::new(unit.clone(), Unit::Mu).map_or(unit, Unit::Per)
            }
            unit => unit,
        };
        let quantity = self.quantity(cand, value, high, magnitude, unit, qualifier)?;
        Ok(Read {
            quantity: Some(quantity),
            direction,
            basis,
            qualified,
            end,
        })
    }

    /// The magnitude that Chinese characters after a number at `i` give
    /// it, how many characters they take, and whether 多 or 余 stands
    /// between them (3千多万 is more than 30 million). After Arabic digits
    /// 百 and 千 multiply too (5千人, 1.2千亿元), except where they start a
    /// unit (5千米 is five kilometres, 千克 kilograms, 千瓦 kilowatts);
    /// 万万 is 亿 and 亿亿 10¹⁶. A magnitude this reader has no name for
    /// (5千万亿) and 十 after digits are an error, and so is a vague number
    /// (几十万).
    pub(super) fn multiplier_zh(&self, i: usize, cand: &Cand) -> Result<(Magnitude, usize, bool)> {
        let digits = !cand.words;
        let mut k = i;
        let small = match self.at(k) {
            '千' if digits && matches!(self.at(k + 1), '米' | '克' | '瓦') => None,
            '百' | '千' if digits => {
                k += 1;
                Some(self.at(k - 1))
            }
            '十' if digits => {
                return Err(self.err(k, "十 after digits: a number this reader cannot read"));
            }
            '几' => return Err(self.err(k, "a vague number (几): no value to read")),
            _ => None,
        };
        let some = small.is_some() && matches!(self.at(k), '多' | '余') && self.big_zh(k + 1).1 > 0;
        if some {
            k += 1;
        }
        let (big, big_len) = self.big_zh(k);
        k += big_len;
        let magnitude = match (small, big) {
            (None, big) => big,
            (Some('百'), Magnitude::One) => Magnitude::Bai,
            (Some('千'), Magnitude::One) => Magnitude::Qian,
            (Some('百'), Magnitude::Wan) => Magnitude::BaiWan,
            (Some('千'), Magnitude::Wan) => Magnitude::QianWan,
            (Some('百'), Magnitude::Yi) => Magnitude::BaiYi,
            (Some('千'), Magnitude::Yi) => Magnitude::QianYi,
            _ => {
                return Err(self.err(i, "a magnitude this reader has no name for"));
            }
        };
        if self.at(k) == '几' {
            return Err(self.err(k, "a vague number (几): no value to read"));
        }
        Ok((magnitude, k - i, some))
    }

    /// 万, 亿 and their compounds at `i` (万亿, 亿亿, 万万 as 亿), with
    /// their length; a 万 before 千瓦 (1000万千瓦) is the number's.
    pub(super) fn big_zh(&self, i: usize) -> (Magnitude, usize) {
        if self.has(i, "万亿") {
            (Magnitude::WanYi, 2)
        } else if self.has(i, "亿亿") {
            (Magnitude::YiYi, 2)
        } else if self.has(i, "万万") {
            (Magnitude::Yi, 2)
        } else if self.has(i, "亿") {
            (Magnitude::Yi, 1)
        } else if self.has(i, "万") {
            (Magnitude::Wan, 1)
        } else {
            (Magnitude::One, 0)
        }
    }

    /// A Chinese unit word at `i`, longest first.
    pub(super) fn unit_zh(&self, i: usize) -> Option<(Unit, usize)> {
        let (unit, len) = self.unit_zh_simple(i)?;
        // 元/户: one unit per another.
        if self.at(i + len) == '/'
            && !matches!(unit, Unit::Per(_))
            && let Some((den, dlen)) = self.unit_zh_simple(i + len + 1)
            && let Ok(c) = crate::CompoundUnit::new(unit.clone(), den)
        {
            return Some((Unit::Per(c), len + 1 + dlen));
        }
        Some((unit, len))
    }

    /// Whether 案 (案件, 刑事案件, 积案), 犯罪 or a verb of the courts and
    /// procuratorates (审结, 受理, 逮捕, 起诉, 立案, 执结) stands a few
    /// characters before the number that ends at `i`, in its clause: its 件
    /// then counts cases (批准逮捕1269件, 职务犯罪50件).
    /// Whether a bare number (no classifier) from `start` to `end` counts
    /// people by a noun beside it: right before it (培训农民100万, 覆盖人口
    /// 1000万) or a few characters after it, where that noun ends the
    /// phrase (55万特困群众, 200万农村人口).
    fn people_noun_beside_zh(&self, start: usize, end: usize) -> bool {
        const NOUNS: [&str; 22] = [
            "人口",
            "村民",
            "市民",
            "农民工",
            "人员",
            "人才",
            "教师",
            "毕业生",
            "志愿者",
            "群众",
            "农民",
            "劳动力",
            "居民",
            "职工",
            "工人",
            "学生",
            "儿童",
            "老人",
            "党员",
            "干部",
            "患者",
            "游客",
        ];
        let before = self.back_spaces(start);
        // 贫困人口减少25万: the noun may stand before the word of change.
        let before_change = (before > 0
            && matches!(
                self.chars[before - 1],
                '少' | '加' | '长' | '降' | '增' | '减'
            ))
        .then(|| {
            lx::ZH_CHANGE
                .iter()
                .find_map(|(w, _)| self.ends_at(before, w))
                .map(|len| self.back_spaces(before - len))
        })
        .flatten();
        if [Some(before), before_change]
            .into_iter()
            .flatten()
            .any(|b| NOUNS.iter().any(|n| self.ends_at(b, n).is_some()))
        {
            return true;
        }
        // What may follow the noun that ends the phrase.
        let ends_phrase = |k: usize| {
            !crate::text::is_cjk(self.at(k))
                || matches!(
                    self.at(k),
                    '的' | '和'
                        | '与'
                        | '及'
                        | '受'
                        | '脱'
                        | '饮'
                        | '就'
                        | '转'
                        | '参'
                        | '获'
                        | '享'
                        | '稳'
                        | '实'
                        | '在'
                )
        };
        (end..end + 6)
            .take_while(|&k| crate::text::is_cjk(self.at(k)))
            .any(|k| {
                NOUNS
                    .iter()
                    .any(|n| self.has(k, n) && ends_phrase(k + clen(n)))
            })
    }

    fn cases_before(&self, i: usize) -> bool {
        // Verbs whose object is cases: 审结, 办结, 侦破, 查处, 抗诉 ...
        const WORDS: [&str; 19] = [
            "审结", "受理", "逮捕", "批捕", "起诉", "立案", "执结", "犯罪", "审理", "办结", "结案",
            "侦破", "破获", "查处", "抗诉", "公诉", "判决", "调解", "侦查",
        ];
        let mut k = i;
        while k > 0 && i - k < 16 {
            k -= 1;
            match self.chars[k] {
                '案' => return true,
                '，' | ',' | '。' | '；' | '、' => return false,
                _ if WORDS.iter().any(|w| self.has(k, w)) => return true,
                _ => {}
            }
        }
        false
    }

    pub(super) fn unit_zh_simple(&self, i: usize) -> Option<(Unit, usize)> {
        // 5%, and 5 % as some texts space it.
        let k = self.skip_spaces(i);
        if self.at(k) == '%' {
            return Some((Unit::Percent, k + 1 - i));
        }
        if self.at(k) == '‰' {
            return Some((Unit::PerMille, k + 1 - i));
        }
        for (word, code) in lx::zh_units_starting(self.at(i)) {
            if self.has(i, word) {
                let len = clen(word);
                // 个 followed by a noun: 905个检查站点 counts 检查站点.
                if matches!(*word, "个" | "项" | "件" | "家")
                    && !self.has(i, "个百分点")
                    && !self.has(i, "个月")
                    && let Some((noun, nlen)) = self.zh_noun(i + len)
                    && let Ok(u) = format!("other:{noun}").parse()
                {
                    return Some((u, len + nlen));
                }
                // 73户停产半停产企业: 户 counting enterprises counts them, not
                // households.
                if *word == "户"
                    && let Some(at) = (i + len..(i + len + 10).min(self.chars.len()))
                        .take_while(|&k| crate::text::is_cjk(self.chars[k]))
                        .find(|&k| self.has(k, "企业"))
                {
                    let noun: String = self.chars[i + len..at + 2].iter().collect();
                    if let Ok(u) = format!("other:{noun}").parse() {
                        return Some((u, at + 2 - i));
                    }
                }
                // 受理案件1234件: 件 of cases counts cases (FORMATS.md).
                if *word == "件" && self.cases_before(i) {
                    return Some((Unit::Cases, len));
                }
                return code.parse().ok().map(|u| (u, len));
            }
        }
        // US dollars and other currencies by code: 5亿EUR.
        let code: String = self.chars[i.min(self.chars.len())..]
            .iter()
            .take(3)
            .collect();
        if code.len() == 3
            && code.chars().all(|c| c.is_ascii_uppercase())
            && !self.at(i + 3).is_ascii_alphabetic()
        {
            return code.parse().ok().map(|u| (u, 3));
        }
        None
    }

    /// A short noun after a classifier that runs to the end of the clause
    /// or to punctuation: 个检查站点. Eight Chinese characters at most (and
    /// any English words): what runs on longer is the rest of the sentence
    /// (两项工作获国务院督查激励), and the classifier alone counts items.
    pub(super) fn zh_noun(&self, i: usize) -> Option<(String, usize)> {
        let mut end = i;
        while end < self.chars.len()
            && end - i < 24
            && (crate::text::is_cjk(self.chars[end])
                || self.chars[end].is_ascii_alphabetic()
                || matches!(self.chars[end], ' ' | '-'))
        {
            end += 1;
        }
        // A qualifier after the noun ends it: 个检查站点以上. One with more
        // of the noun after it qualifies a word of the noun (75家县级以上农业
        // 龙头企业: the county level and above), not the number.
        if let Some(p) = (i..end).find(|&p| {
            lx::ZH_QUALIFIERS_AFTER.iter().any(|(w, _)| {
                self.has(p, w) && !(p > i && crate::text::is_cjk(self.at(p + clen(w))))
            })
        }) {
            end = p;
        }
        // A verb or an adverb right after the classifier leaves no noun
        // (7件都涉及农村); one that ends the clause is no part of the noun
        // (这12件实事包括:), nor is a closing word of place (37个项目中).
        const AFTER_NOUN: [&str; 12] = [
            "包括", "涉及", "都", "均", "已经", "已", "全部", "共计", "共有", "分别", "得到",
            "获得",
        ];
        if AFTER_NOUN.iter().any(|w| self.has(i, w)) {
            return None;
        }
        // 12件实事包括安居工程: a phrase with a verb of inclusion inside is no
        // noun.
        if (i + 1..end.saturating_sub(2)).any(|p| self.has(p, "包括") || self.has(p, "涉及")) {
            return None;
        }
        let mut verb_after = false;
        if end == self.chars.len()
            && let Some(w) = AFTER_NOUN
                .iter()
                .find(|w| end > i + clen(w) && self.ends_at(end, w).is_some())
        {
            end -= clen(w);
            verb_after = true;
        }
        // One of those words of two characters or more inside the run
        // makes it a noun and what is said of it (832个贫困县全部摘帽), no
        // noun, as a verb of inclusion does below: the classifier alone
        // counts items. A single character may be part of a noun (人均,
        // 成都).
        if (i + 1..end).any(|p| {
            AFTER_NOUN
                .iter()
                .any(|w| w.chars().nth(1).is_some() && self.has(p, w))
        }) {
            return None;
        }
        // A comparison or a word of change that ends the run says something
        // of the counted things (41个行业中有32个增加值同比增长): no noun, the
        // classifier counts items. Inside the run a word of change may be
        // part of a noun (两个增长极).
        if (i..end).any(|p| self.has(p, "同比") || self.has(p, "环比"))
            || self
                .zh_change_ending_at(end)
                .is_some_and(|(_, _, len)| len >= 2 && end >= i + len)
        {
            return None;
        }
        // A negation after the noun ends it (14个省份未完成, 3个项目没有开工);
        // 未来 is no negation (5个未来社区 is a noun that starts with it).
        if let Some(p) = (i + 1..end)
            .find(|&p| self.has(p, "没有") || self.at(p) == '未' && self.at(p + 1) != '来')
        {
            end = p;
            verb_after = true;
        }
        if end > i + 1 && end == self.chars.len() && matches!(self.at(end - 1), '中' | '里') {
            end -= 1;
            verb_after = true;
        }
        let stops = verb_after
            || end == self.chars.len()
            || matches!(
                self.at(end),
                '，' | ',' | '、' | '。' | ';' | '；' | '）' | ')' | '”'
            )
            || lx::ZH_QUALIFIERS_AFTER
                .iter()
                .any(|(w, _)| self.has(end, w));
        let noun = self.written(i, end);
        // English words that start a basis ("year on year") or name a unit
        // read back as that, not as a noun: 2个year on year.
        let first = noun
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        let first = first.to_ascii_lowercase();
        if !first.is_empty()
            && (!lx::basis_phrases_starting(first.as_str()).is_empty()
                || lx::en_unit_word(first.as_str()).is_some())
        {
            return None;
        }
        (end > i
            && self.chars[i..end]
                .iter()
                .filter(|c| crate::text::is_cjk(**c))
                .count()
                <= 8
            && stops
            && noun.trim() == noun
            && !noun.chars().any(|c| lx::is_chinese_numeral(c) || c == '的'))
        .then_some((noun, end - i))
    }

    /// The qualifier before a Chinese figure that starts at `start` (约,
    /// 超过, 近), and where its words start (`start` when there is none).
    pub(super) fn qualifier_span_zh(&self, start: usize) -> (Qualifier, usize) {
        let j = self.back_spaces(start);
        self.zh_qualifier_ending_at(j)
            .map_or((Qualifier::Exact, start), |(q, len)| (q, j - len))
    }

    /// The Chinese qualifier written right before position `j`, with its
    /// length in characters.
    pub(super) fn zh_qualifier_ending_at(&self, j: usize) -> Option<(Qualifier, usize)> {
        self.entry_ending_at(j, &QUALIFIERS_BEFORE)
            .map(|(&(_, q), len)| (q, len))
    }

    /// The Chinese change verb written right before position `j`, its
    /// direction, and its length in characters.
    pub(super) fn zh_change_ending_at(&self, j: usize) -> Option<(&'static str, Dir, usize)> {
        self.entry_ending_at(j, &CHANGE)
            .map(|(&(word, dir), len)| (word, dir, len))
    }

    pub(super) fn qualifier_after_zh(&self, i: usize) -> (Option<Qualifier>, usize) {
        self.first_at(i, lx::ZH_QUALIFIERS_AFTER)
            .map_or((None, 0), |(q, len)| (Some(q), len))
    }

    /// Whether a measure of money (生产总值, 增加值, 收入, 投资, 销售额, ...)
    /// is named in the dozen characters before `start`, no number between:
    /// a figure of 亿 with no unit after it is then yuan.
    pub(super) fn money_measure_before_zh(&self, start: usize) -> bool {
        const MONEY: [&str; 16] = [
            "生产总值",
            "增加值",
            "收入",
            "支出",
            "投资",
            "销售额",
            "营业额",
            "总额",
            "余额",
            "存款",
            "贷款",
            "利润",
            "税收",
            "零售额",
            "产值",
            "营收",
        ];
        let mut k = start;
        while k > 0 && start - k < 12 {
            k -= 1;
            let c = self.chars[k];
            if c.is_ascii_digit() || !crate::text::is_cjk(c) {
                return false;
            }
            if MONEY.iter().any(|w| self.has(k, w)) {
                return true;
            }
        }
        false
    }

    /// The change a Chinese clause states about the figure at `start`.
    pub(super) fn change_zh(&self, start: usize) -> (Option<Dir>, Basis) {
        let basis = || self.basis(start);
        // Skip back over spaces (增长 5%, as PDFs give it), qualifiers and
        // a money sign.
        let mut j = self.back_spaces(start);
        if let Some((_, len)) = self.zh_qualifier_ending_at(j) {
            j = self.back_spaces(j - len);
        }
        if j > 0 && self.chars[j - 1] == '$' {
            j = self.back_spaces(j - 1);
        }
        if let Some((word, dir, _)) = self.zh_change_ending_at(j) {
            // 新增58万户: what was newly added, a flow (like 新增就业), not
            // a difference between two levels.
            let newly = word == "增" && j >= 2 && self.chars[j - 2] == '新';
            if !newly {
                return (Some(dir), basis());
            }
        }
        // 比上年增加了: the verb may come before 了.
        if j >= 3
            && self.chars[j - 1] == '了'
            && let Some((_, dir, _)) = self.zh_change_ending_at(j - 1)
        {
            return (Some(dir), basis());
        }
        // A comparison states a difference: 比全国高0.5个百分点 and 比上年多5万人
        // (a comparative after 比 or 较 and what is compared), 高于全国0.5个百分点
        // (a comparative verb, what is compared, then the difference). Right
        // before the number, 高于 is a qualifier (高于5%, above 5%).
        let window = j.saturating_sub(12)..j;
        if j > 0 {
            let dir = match self.chars[j - 1] {
                '高' | '快' | '多' => Some(Dir::Up),
                // 较目标差1.2个百分点: short of the target.
                '低' | '慢' | '少' | '差' => Some(Dir::Down),
                _ => None,
            };
            if let Some(dir) = dir
                && window
                    .clone()
                    .any(|k| k + 1 < j && matches!(self.chars[k], '比' | '较'))
            {
                return (Some(dir), basis());
            }
        }
        for (word, dir) in [
            ("高于", Dir::Up),
            ("快于", Dir::Up),
            ("高出", Dir::Up),
            ("低于", Dir::Down),
            ("慢于", Dir::Down),
        ] {
            if window.clone().any(|k| k + 2 < j && self.has(k, word)) {
                return (Some(dir), basis());
            }
        }
        // 翻一番 and 增长1.5倍 are read where the unit is.
        (None, Basis::Unstated)
    }
}
