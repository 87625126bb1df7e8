//! Finding the numbers of a clause: digits, Chinese numerals and English
//! number words, with the ones that name a year, a date, a list item, a
//! part of a document, a name or a period set aside.

use super::*;

/// Words before a number and 日 that make it a number of days, not a
/// date: 连续5日, 历时3日, 工作5日, 由20日, 压缩至10日, 长达7日, 每5日,
/// 共计15日.
const DAYS_BEFORE: [&str; 21] = [
    "连续", "历时", "用时", "耗时", "工作", "为期", "仅用", "只用", "提前", "延长", "缩短", "压缩",
    "至", "到", "由", "从", "每", "达", "共", "计", "用",
];

/// Words after a day of the month (19日) in a press release: its time
/// (上午, 晚), place (在北京), reporting verb (表示, 召开, 举行, 发布) or
/// dateline (电, 讯).
const DATE_AFTER: [&str; 22] = [
    "在", "上午", "下午", "晚", "凌晨", "早", "中午", "举行", "召开", "发布", "表示", "宣布",
    "介绍", "通报", "电", "讯", "消息", "起", "开幕", "闭幕", "公布", "出席",
];

impl<'a> Clause<'a> {
    /// Every number in the clause.
    pub(super) fn candidates(&self, out: &mut Vec<Cand>) -> Result<()> {
        out.clear();
        if self.ascii {
            self.candidates_ascii(out)?;
        } else {
            self.candidates_any(out)?;
        }
        // Where each figure starts, which the checks below ask many times.
        for c in out.iter_mut() {
            if c.sign == SignBefore::Unknown {
                c.sign = SignBefore::of(self.currency_before(self.sign_start(c)));
            }
            c.figure = self.find_figure_start(c);
        }
        self.mark_adjacent(out);
        self.set_aside_names_and_periods(out);
        Ok(())
    }

    /// Sets aside the numbers that say when or which, not how much: clock
    /// times (1:01 pm, 12.31 pm), dates ("25 June", "March 31"), list and
    /// paragraph numbers that open a clause ("270.", "(11)"), numbered names
    /// ("Bill (No. 1)", "Section No. 22"), the second year of a span the
    /// text wrote with spaces ("2018 -2019"), and periods: durations after a
    /// word of time ("in 15 years", "over the next five years", 过去五年,
    /// 今后三年) or before one (五年来, 三年内, 三年行动). A streak ("for 10
    /// consecutive years", 连续23年) is no period.
    pub(super) fn set_aside_names_and_periods(&self, cands: &mut [Cand]) {
        // Nouns a number after which names a part of a document, or a
        // thing it numbers, not how many.
        static PARTS: WordSet<48> = WordSet::set([
            // "(Act 921)": a statute's number.
            "act",
            "section",
            "sections",
            "article",
            "articles",
            "part",
            "chapter",
            "chapters",
            "paragraph",
            "paragraphs",
            "para",
            "paras",
            "schedule",
            "clause",
            "clauses",
            "subsection",
            "table",
            "tables",
            "figure",
            "chart",
            "annex",
            "appendix",
            "box",
            "page",
            "pages",
            "item",
            "rule",
            "regulation",
            "phase",
            "volume",
            "statement",
            "proposition",
            "paper",
            "goal",
            "pillar",
            "annexure",
            "exhibit",
            "division",
            "title",
            "amendment",
            "stage",
            "note",
            "purpose",
            "outcome",
            "program",
            "programs",
            "programme",
            "programmes",
        ]);
        // Abbreviations of such nouns, written with a point: "pp. 7",
        // "para. 12", "Fig. 3".
        const PARTS_ABBREVIATED: &[&str] =
            &["pp", "p", "para", "paras", "sec", "art", "fig", "ch", "vol"];
        // The end of the last number of a part, so that a list or a range
        // of them ("pp. 7, 11 and 17", "Programs 1.1–1.7") stays one.
        let mut last_part: Option<usize> = None;
        // The end of the last number of four digits that could be a year,
        // and whether it was left for a count: the high end of a range
        // ("between 1950 and 2000 nurses") goes with its low end.
        let mut last_year_like: Option<(usize, bool)> = None;
        // An English age needs "age", "aged", "ages" or "old" among the
        // clause's words.
        let ages = self.lang == Lang::En && self.says.age;
        // The end of the last date, whose span of days may go on.
        let mut last_date: Option<usize> = None;
        for cand in cands.iter_mut() {
            let c = &*cand;
            let year_like = !c.words && c.value.scale() == 0 && c.end - c.start == 4;
            let low_counted = |s: usize| {
                last_year_like.is_some_and(|(end, counted)| counted && self.back_spaces(s) == end)
            };
            if c.excluded || c.vague {
                if year_like {
                    last_year_like = Some((c.end, false));
                }
                continue;
            }
            let before = self.word_before(self.figure_start(c));
            let after = self.word_after(c.end);
            let word_before = before.as_ref().map_or("", |(_, w)| w.as_str());
            let word_after = after.as_ref().map_or("", |(_, w)| w.as_str());
            // 1:01 pm, 10:30.
            let time = self.at(c.end) == ':'
                && self.at(c.end + 1).is_ascii_digit()
                && self.at(c.end + 2).is_ascii_digit()
                && !self.at(c.end + 3).is_ascii_digit()
                || matches!(word_after, "am" | "pm" | "a" | "p")
                    && (word_after.len() == 2
                        || self.has(self.skip_spaces(c.end), &format!("{word_after}.m")));
            // "at approximately 1100 hours", "at 0630 hrs": a clock time of
            // four digits, the hour and the minutes, after "at".
            let time = time
                || matches!(word_after, "hours" | "hrs" | "hr")
                    && self.clock_of_four(c)
                    && before.as_ref().is_some_and(|(s, w)| {
                        w == "at"
                            || matches!(w.as_str(), "about" | "approximately" | "around")
                                && self.word_before(*s).is_some_and(|(_, w)| w == "at")
                    });
            let after_colon = c.start >= 3
                && self.chars[c.start - 1] == ':'
                && self.chars[c.start - 2].is_ascii_digit();
            let day = c.value.scale() == 0 && whole(c.value).is_some_and(|d| (1..=31).contains(&d));
            // "March 31", "25 June", and "Jan. 28" after a month's
            // abbreviation with its point.
            let date = day
                && (lx::MONTHS.contains(word_after.split('-').next().unwrap_or(word_after))
                    || lx::MONTHS.contains(word_before)
                    || self
                        .word_before_point(c.start)
                        .is_some_and(|w| lx::MONTHS.contains(w.as_str())));
            // 10/01/28, 28/01/2010: a date written with two slashes (the
            // first two parts read as a fraction, the last alone).
            let slashed = !c.words
                && (self.at(c.end) == '/' && self.at(c.end + 1).is_ascii_digit()
                    || c.start >= 2
                        && self.chars[c.start - 1] == '/'
                        && self.chars[c.start - 2].is_ascii_digit());
            // "from February 12 to 16, 2018", "March 3-5": the last day of
            // a span of days after a date.
            let last_day = day
                && last_date.is_some_and(|end| {
                    self.between_is(
                        end,
                        self.figure_start(c),
                        &["to", "-", "–", "through", "until"],
                    )
                });
            // "in June 2023": a year after a month's name.
            let month_year = self.lang == Lang::En
                && !c.words
                && c.end - c.start == 4
                && is_year(c.value)
                && lx::MONTHS.contains(word_before);
            let date = date
                || month_year
                || slashed
                || last_day
                || self.is_chinese_date(c)
                || self.first_of_two_days(c);
            if date {
                last_date = Some(c.end);
            }
            // 二〇二四年: a year written digit by digit.
            let zh_year = c.words
                && is_year(c.value)
                && self.at(c.end) == '年'
                && self.chars[c.start..c.end]
                    .iter()
                    .all(|&d| crate::text::chinese_digit(d).is_some())
                // 111年8月, 民国67年: a year of the Republic of China's
                // calendar, before a month or after the era's name. Before
                // a month it is a year from 30 (1941) to 150 (2061): below,
                // 3年6月 is a term (of a sentence, of works), not a year.
                || self.lang == Lang::Zh
                    && !c.words
                    && c.value.scale() == 0
                    && self.at(c.end) == '年'
                    && (self.at(c.end + 1).is_ascii_digit()
                        && whole(c.value).is_some_and(|y| (30..=150).contains(&y))
                        && {
                        let mut k = c.end + 1;
                        while self.at(k).is_ascii_digit() {
                            k += 1;
                        }
                        k - c.end <= 3 && self.at(k) == '月'
                    } || self.ends_at(c.start, "民国").is_some());
            // 14岁以上: an age; 上午10时, 晚8点: a clock time; “11·10”专案,
            // 9·11: a date that names a case or an event.
            // 0-17岁, 18至34岁: an age band, its low end too.
            let band_of_ages = || {
                let mut k = c.end;
                if !matches!(self.at(k), '-' | '–' | '—' | '至' | '~' | '～') {
                    return false;
                }
                k += 1;
                let digits = k;
                while self.at(k).is_ascii_digit() {
                    k += 1;
                }
                k > digits && self.at(k) == '岁'
            };
            // 人均预期寿命78.6岁: a life expectancy is a figure in years,
            // no age (寿命 within the few characters before: a bounded
            // look, so that a clause of many ages stays linear).
            let lifespan = || {
                self.chars[c.start.saturating_sub(12)..c.start]
                    .windows(2)
                    .any(|w| w == ['寿', '命'])
            };
            let age_or_time = self.lang == Lang::Zh
                && (self.at(c.end) == '岁' && !lifespan()
                    || band_of_ages()
                    || matches!(self.at(c.end), '时' | '点')
                        && ["上午", "下午", "凌晨", "晚上", "中午", "早上", "晚"]
                            .iter()
                            .any(|w| self.ends_at(self.figure_start(c), w).is_some()))
                || self.at(c.end) == '·' && self.at(c.end + 1).is_ascii_digit()
                || c.start >= 2
                    && self.chars[c.start - 1] == '·'
                    && self.chars[c.start - 2].is_ascii_digit();
            // "under the age of six", "aged 65 and over", "65 years of
            // age", "six-year-old children": an age, no figure.
            let age_or_time = age_or_time || ages && self.is_age_en(c);
            // 第1页共18页, "Page 1 of 128": the count of a PDF's pages in
            // its page marker.
            let page_count = c.value.scale() == 0
                && !c.words
                && match self.lang {
                    Lang::Zh => {
                        self.at(c.end) == '页' && {
                            let j = self.back_spaces(c.start);
                            j >= 2 && self.chars[j - 1] == '共' && self.chars[j - 2] == '页'
                        }
                    }
                    Lang::En => {
                        word_before == "of"
                            && before.as_ref().is_some_and(|(s, _)| {
                                let j = self.back_spaces(*s);
                                let mut k = j;
                                while k > 0 && self.chars[k - 1].is_ascii_digit() {
                                    k -= 1;
                                }
                                k < j && self.word_before(k).is_some_and(|(_, w)| w == "page")
                            })
                    }
                };
            // 2号线, 3号楼, 1、2号线, 1至3号线: a number before 号 numbers a
            // thing, as "No." does.
            let numbered = self.lang == Lang::Zh && c.value.scale() == 0 && self.numbered_zh(c);
            // 110警情, 12345热线: the number of a public service line.
            let hotline = self.lang == Lang::Zh && self.hotline_zh(c);
            // 千亿级产业集群, 过千亿元城市, 百亿元企业: a class of things
            // named by a round size, no figure.
            let size_class = self.lang == Lang::Zh && c.words && self.size_class_zh(c);
            // 1.1类新药, 2.2类: a class of a classification, numbered with a
            // point (3类产品 counts classes).
            let classed = self.lang == Lang::Zh && c.value.scale() > 0 && self.at(c.end) == '类';
            // 一条龙服务, 全省一张网, 全市一盘棋, 一件事一次办, 一张蓝图绘到底:
            // slogans that count nothing; 一张张证书, 一个个项目: many, by a
            // classifier said twice.
            let slogan = self.lang == Lang::Zh
                && c.words
                && self.chars[c.start..c.end] == ['一']
                && (matches!(self.at(c.end), '条' | '张' | '盘' | '件')
                    && ["龙", "网", "图", "蓝图", "棋", "事"]
                        .iter()
                        .any(|w| self.has(c.end + 1, w))
                    || crate::text::is_cjk(self.at(c.end)) && self.at(c.end) == self.at(c.end + 1));
            // "for every 10,000 population there were": the base of a rate,
            // no figure.
            let base_of_rate = word_before == "every"
                && matches!(
                    word_after,
                    "population"
                        | "people"
                        | "persons"
                        | "residents"
                        | "inhabitants"
                        | "vehicles"
                        | "births"
                );
            // "1 AK 47 rifle", "2 F 16 jets": a model's number after its
            // letters, in capitals, after the count of the things.
            let model = before.as_ref().is_some_and(|(s, w)| {
                self.chars[*s].is_ascii_uppercase()
                    && w.len() <= 3
                    && self.model_number(*s, w.len())
            });
            // "news.nsf/articles/Budget+sees+record+12bn+health": a number
            // inside a web address.
            let address = self.says.web && self.in_web_address(c.start);
            // 中国企业500强, 世界500强企业: a list of the strongest is named
            // by its length; after a verb of ranking (跻身世界500强) it is a
            // place within the top few, read as a rank.
            let strongest = self.lang == Lang::Zh
                && c.value.scale() == 0
                && self.at(c.end) == '强'
                && self.rank_verb_before_zh(c.start).is_none();
            // A note's number: 战略定位[1], R&D[3].
            let note = c.value.scale() == 0
                && !c.words
                && c.start >= 2
                && matches!(self.chars[c.start - 1], '[' | '［' | '〔')
                && !self.chars[c.start - 2].is_whitespace()
                && matches!(self.at(c.end), ']' | '］' | '〕');
            // "270." or "(11)" opening a clause.
            let opens = {
                let mut j = self.figure_start(c);
                while j > 0 && matches!(self.chars[j - 1], ' ' | '(' | '（' | '[' | '\n') {
                    j -= 1;
                }
                j == 0
            };
            // "listed (10) in the annex", "ten (10) days": a whole number
            // alone in brackets mid-clause refers to an item, or restates
            // the number in words before it.
            let bracketed = !c.words
                && c.value.scale() == 0
                && c.end - c.start <= 3
                && c.start > 0
                && matches!(self.chars[c.start - 1], '(' | '（')
                && matches!(self.at(c.end), ')' | '）');
            let list = (opens || bracketed)
                && c.value.scale() == 0
                && (matches!(self.at(c.end), ')' | '）' | '、')
                    // "270. The": a number and its point with nothing
                    // after them end a sentence ("0." reads 0, as the
                    // document reader reads it).
                    || self.at(c.end) == '.'
                        && !self.at(c.end + 1).is_ascii_digit()
                        && self.skip_spaces(c.end + 1) < self.chars.len());
            // "4.2 I should say that this deficit": a section's number
            // (one or two digits, a point, one or two digits) opening a
            // clause, before a space and a word in capitals that starts a
            // sentence; "4.2 per cent" and "4.2 million" go on in
            // lowercase.
            let section = opens
                && self.lang == Lang::En
                && !c.words
                && (1..=2).contains(&c.value.scale())
                && c.value < Decimal::ONE_HUNDRED
                && self.at(c.end) == ' '
                && self.at(c.end + 1).is_ascii_uppercase()
                && !self.at(c.end + 2).is_ascii_uppercase();
            let list = list || section;
            let named = self.says.no
                && (self.has(c.start.saturating_sub(4), "no. ")
                    || self.has(c.start.saturating_sub(3), "no."))
                && !self.text_window(c.start, 24).contains("rank");
            // "section 22", "Article 5", "paragraph 12", "Table 4": the
            // number of a part of a document, or of a thing it names.
            let abbreviated_part = || {
                self.word_before_point(c.start)
                    .is_some_and(|w| PARTS_ABBREVIATED.contains(&w.as_str()))
            };
            let listed_part = || {
                last_part.is_some_and(|end| {
                    self.between_is(
                        end,
                        self.figure_start(c),
                        &[",", "and", ", and", "-", "–", "to", "&"],
                    )
                })
            };
            let part = !c.words
                && (PARTS.contains(word_before) || abbreviated_part() || listed_part())
                && self.scale_en(c.end).is_none()
                // "the figure 5 percent": a unit makes it a figure again.
                && !matches!(self.unit_en(c.end), Some((u, _)) if !matches!(u, Unit::Other(_) | Unit::Items));
            let spaced_span = c.minus && is_year(c.value) && {
                let j = self.back_spaces(c.start - 1);
                j >= 4 && self.chars[j - 4..j].iter().all(char::is_ascii_digit)
            };
            let period = !self.says.streak && self.is_period(c, word_before, word_after);
            // "10-year gilt rates", "a five-year plan": a term, unless a
            // record's window ("a 10-year low").
            // "182 day T-Bills", "the FIVE YEAR PLAN", "the 2017 financial
            // year": a number other than one before a singular year, month
            // or day names a term or a year, no duration.
            let singular = self.lang == Lang::En
                && whole(c.value) != Some(1)
                // "the 16th bumper year in a row": an ordinal counts years.
                && !c.ordinal
                // The word after, or the one after it ("2017 financial
                // year"), is the unit: a look at two words before the
                // unit's reader.
                && {
                    let time = |w: &str| matches!(w, "year" | "month" | "day");
                    time(word_after)
                        || after
                            .as_ref()
                            .and_then(|(e, _)| self.word_after(*e))
                            .is_some_and(|(_, w)| time(w.as_str()))
                }
                && matches!(self.unit_en(c.end), Some((Unit::Years | Unit::Months | Unit::Days, e))
                if ["year", "month", "day"].iter().any(|w| {
                    let n = w.len();
                    e >= n && self.chars[e - n..e].iter().map(char::to_ascii_lowercase).eq(w.chars())
                }));
            let term = (singular
                || ["-year", "-month", "-day", "-week"]
                    .iter()
                    .any(|w| self.has(c.end, w)))
                && !self.text_window_after(c.end, 16).contains(" low")
                && !self.text_window_after(c.end, 16).contains(" high");
            // "636 ADDRESSES AND STATE PAPERS": a page's running head in
            // capitals after its page number.
            let running_head = self.lang == Lang::En && !c.words && {
                let caps = |from: usize| {
                    let k = self.skip_spaces(from);
                    let mut e = k;
                    while self.at(e).is_ascii_uppercase() {
                        e += 1;
                    }
                    (k > from && e - k >= 3 && !self.at(e).is_ascii_alphanumeric()).then_some(e)
                };
                // "5 USD NOTES" is money.
                caps(c.end).is_some_and(|e| {
                    lx::iso_currency(&self.chars[e - 3..e]).is_none() && caps(e).is_some()
                })
            };
            // "Budget 2012 speech", "China's 2025 deficit ratio": four
            // digits that could be a year, before a noun that is no unit of
            // measure, are the year.
            let high_of_counts = matches!(word_before, "and" | "to")
                && before.as_ref().is_some_and(|(s, _)| low_counted(*s));
            let year_before_noun = self.lang == Lang::En
                && !high_of_counts
                && !c.words
                && !c.minus
                && c.end - c.start == 4
                && is_year(c.value)
                && self.currency_before(c.start).is_none()
                && self.scale_en(c.end).is_none()
                && (matches!(self.unit_en(c.end), Some((Unit::Other(_), _)))
                    // "the 2016 Half Year Update", "the 2030 Agenda": before a
                    // capitalized word, a title's year.
                    || self.at(self.skip_spaces(c.end)).is_ascii_uppercase()
                        && self.skip_spaces(c.end) > c.end)
                // "1901 hero models", "we hired 2016 teachers": at the
                // clause's start, or after a verb of counting or a
                // qualifier, before a plural in lowercase, the digits count.
                && !(self.at(self.skip_spaces(c.end)).is_ascii_lowercase()
                    && self
                        .unit_en(c.end)
                        .is_some_and(|(_, e)| self.at(e.saturating_sub(1)) == 's')
                    && matches!(
                        word_before,
                        "" | "hired"
                            | "recruited"
                            | "trained"
                            | "employed"
                            | "built"
                            | "created"
                            | "added"
                            | "served"
                            | "helped"
                            | "supported"
                            | "treated"
                            | "rescued"
                            | "arrested"
                            | "than"
                            | "about"
                            | "nearly"
                            | "almost"
                            | "approximately"
                            | "around"
                    ));
            // "one of the largest", "one type of asset for another", "on
            // one hand": the word one as an article, not a count; "one
            // where we faced the worst crisis", "one with unprecedented
            // challenges", "one that works": the pronoun before what says
            // which one.
            let one_as_article = c.words
                && whole(c.value) == Some(1)
                && self.word_after(c.start).is_some_and(|(_, w)| w == "one")
                && (matches!(
                    word_after,
                    "of" | "where"
                        | "who"
                        | "whose"
                        | "with"
                        | "that"
                        | "which"
                        | "type"
                        | "kind"
                        | "sort"
                        | "form"
                        | "way"
                        | "side"
                        | "hand"
                        | "another"
                        | "thing"
                        | "such"
                        | "after"
                ) || matches!(
                    word_before,
                    "on" | "no" | "any" | "every" | "each" | "which"
                )
                    // "a challenging one", "the right one": a pronoun after
                    // a determiner and its adjective, at the clause's end.
                    || matches!(word_after, "" | "that" | "which")
                        && self
                            .word_before(c.start)
                            .and_then(|(s, _)| self.word_before(s))
                            .is_some_and(|(_, w)| matches!(w.as_str(), "a" | "an" | "the" | "this"))
                    // "when one looks at", "if one can": the pronoun.
                    || matches!(word_before, "when" | "if" | "as" | "where" | "what" | "how")
                        && (word_after.len() > 3 && word_after.ends_with('s')
                            || matches!(
                                word_after,
                                "can" | "could" | "should" | "would" | "must" | "may" | "might"
                            )));
            // "the One Village One Dam campaign", "a Two Sessions meeting":
            // a number word in title case between words, before another word
            // in title case, is part of a name.
            let title_case = |from: usize| {
                self.at(from).is_ascii_uppercase() && self.at(from + 1).is_ascii_lowercase()
            };
            // So is one in title case right after a word in title case
            // ("the Big Four agenda", "Phase Two of the plan"): a number
            // word that is not the clause's first is capitalized only in a
            // name.
            let in_name = self.lang == Lang::En
                && c.words
                && !word_before.is_empty()
                && title_case(c.start)
                && (self
                    .word_after(c.end)
                    .is_some_and(|(e, w)| e >= w.len() && title_case(e - w.len()))
                    || self
                        .word_before(c.start)
                        .is_some_and(|(s, _)| title_case(s)));
            // 澳门是一座…城市, 成为一个增长点: 一 and a measure word after a
            // copula is an article; 一个不放过, 一个也不少: "not a single
            // one", no count.
            let zh_one = self.lang == Lang::Zh
                && c.words
                && c.value == Decimal::ONE
                && c.end == c.start + 1
                && matches!(
                    self.at(c.end),
                    '个' | '座' | '家' | '种' | '位' | '名' | '件' | '项' | '支' | '条'
                );
            let zh_article = zh_one
                && (["是", "成为", "作为", "成為", "作為"]
                    .iter()
                    .any(|w| self.ends_at(c.start, w).is_some())
                    || ["不", "也不", "都不"]
                        .iter()
                        .any(|w| self.has(c.end + 1, w)));
            // 比2020增长3%, 较2019年下降: four digits after 比 or 较 name the
            // period compared with (a year, whatever its number), when a
            // word of change or 年 follows.
            let basis_year = self.lang == Lang::Zh
                && !c.words
                && c.end - c.start == 4
                && c.value.scale() == 0
                && {
                    let j = self.back_spaces(c.start);
                    j > 0 && matches!(self.chars[j - 1], '比' | '较')
                }
                && {
                    let k = self.skip_spaces(c.end);
                    self.at(k) == '年' || lx::ZH_CHANGE.iter().any(|(w, _)| self.has(k, w))
                };
            // "the Half Year Update", "a half-day", "the first quarter": a
            // fraction word before a word of time names a period.
            let time_word = |w: &str| {
                matches!(
                    w,
                    "year" | "years" | "yearly" | "term" | "day" | "month" | "century" | "decade"
                )
            };
            // "the first half of the year", "the second half of 2024".
            let half_of_a_period = || {
                let Some((e, w)) = self.word_after(c.end) else {
                    return false;
                };
                if w != "of" {
                    return false;
                }
                let mut e = e;
                if let Some((e2, w)) = self.word_after(e)
                    && matches!(
                        w.as_str(),
                        "the" | "this" | "last" | "next" | "that" | "each" | "every"
                    )
                {
                    e = e2;
                }
                let k = self.skip_spaces(e);
                let year = (0..4).all(|d| self.at(k + d).is_ascii_digit())
                    && !self.at(k + 4).is_ascii_digit();
                year || self.word_after(e).is_some_and(|(_, w)| time_word(&w))
            };
            let half_period =
                c.words && c.fraction && (time_word(word_after) || half_of_a_period());
            // "no more than half a dozen": a dozen is no number this reader
            // reads ("a dozen countries" is none either), and its half is
            // as loose.
            let half_dozen = c.words
                && c.fraction
                && word_after == "a"
                && after
                    .as_ref()
                    .and_then(|(e, _)| self.word_after(*e))
                    .is_some_and(|(_, w)| matches!(w.as_str(), "dozen" | "dozens"));
            // "758 cases per 100 000 population": the base of a rate.
            let base = self.lang == Lang::En && word_before == "per";
            // "17:50 GMT +3", "UTC+8": a time zone's offset from GMT.
            let zone = !c.words
                && self.lang == Lang::En
                && (matches!(word_before, "gmt" | "utc")
                    || c.start > 0
                        && matches!(self.chars[c.start - 1], '+' | '-' | '−')
                        && self
                            .word_before(c.start - 1)
                            .is_some_and(|(_, w)| matches!(w.as_str(), "gmt" | "utc")));
            // "at night.1": a footnote's number glued to the full stop of
            // the sentence it ends.
            let footnote = !c.words
                && c.end - c.start <= 2
                && c.start >= 2
                && self.chars[c.start - 1] == '.'
                && (self.chars[c.start - 2].is_ascii_lowercase()
                    || c.start >= 5 && self.chars[c.start - 5..c.start - 1].iter().all(char::is_ascii_digit))
                && self.skip_spaces(c.end) >= self.chars.len()
                // "in 2018.4": a year and its footnote, at the clause's end.
                || !c.words
                    && matches!(c.value.scale(), 1 | 2)
                    && is_year(c.value.trunc())
                    && c.end - c.start <= 7
                    && matches!(word_before, "in" | "of" | "since" | "until" | "during" | "from" | "to" | "by")
                    && self.skip_spaces(c.end) >= self.chars.len();
            if time
                || base
                || zone
                || footnote
                || running_head
                || age_or_time
                || page_count
                || numbered
                || strongest
                || hotline
                || size_class
                || model
                || base_of_rate
                || slogan
                || classed
                || address
                || half_dozen
                || half_period
                || after_colon
                || basis_year
                || year_before_noun
                || note
                || one_as_article
                || in_name
                || zh_article
                || date
                || zh_year
                || list
                || named
                || part
                || spaced_span
                || period
                || term
            {
                cand.excluded = true;
            }
            if year_like {
                last_year_like = Some((cand.end, !cand.excluded));
            }
            last_part = part.then_some(cand.end);
        }
    }

    /// Whether the Chinese number `c` numbers a thing with 号 (2号线, 3号楼,
    /// 1号文件), alone or first in a list of such numbers (1、2号线, 1至3号线).
    /// 号召 (to call on) and 号称 (to be called) are no such 号.
    fn numbered_zh(&self, c: &Cand) -> bool {
        let number = |c: char| c.is_ascii_digit() || crate::text::chinese_digit(c).is_some();
        let mut k = self.skip_spaces(c.end);
        // At most a few numbers more of the list.
        for _ in 0..8 {
            if self.at(k) == '号' {
                return !self.has(k, "号召") && !self.has(k, "号称");
            }
            if !matches!(self.at(k), '、' | '和' | '及' | '至' | '-') {
                return false;
            }
            let from = self.skip_spaces(k + 1);
            k = from;
            while number(self.at(k)) {
                k += 1;
            }
            if k == from {
                return false;
            }
            k = self.skip_spaces(k);
        }
        false
    }

    /// Whether the Chinese number `c` is the number of a public service
    /// line (110 of the police, 119, 120, 12345 of the city's hotline, 96110
    /// of the anti-fraud line): three or five digits starting with 1, or five
    /// starting with 9, with no magnitude, unit or classifier
    /// after them, and a word of calls, lines or services within a few
    /// characters (全国110刑事、治安警情, 12345政务服务便民热线).
    fn hotline_zh(&self, c: &Cand) -> bool {
        const CALLS: [&str; 8] = ["警", "热线", "专线", "电话", "平台", "急救", "服务", "接处"];
        let digits = c.end - c.start;
        // Five-digit service numbers also start with 9 (96110 of the
        // anti-fraud line, 95105).
        (matches!(digits, 3 | 5) && self.at(c.start) == '1'
            || digits == 5 && self.at(c.start) == '9')
            && self.chars[c.start..c.end].iter().all(char::is_ascii_digit)
            && !c.minus
            && crate::text::is_cjk(self.at(c.end))
            && !matches!(
                self.at(c.end),
                '余' | '多' | '万' | '亿' | '千' | '百' | '十'
            )
            && self.big_zh(c.end).1 == 0
            && self.unit_zh(c.end).is_none()
            && (c.end..(c.end + 12).min(self.chars.len()))
                .any(|k| CALLS.iter().any(|w| self.has(k, w)))
    }

    /// Whether the word of `len` capitals at `s` stands right after a
    /// count of one to three digits ("1 AK 47 rifle"): the number after it
    /// is then a model's.
    fn model_number(&self, s: usize, len: usize) -> bool {
        if !self.chars[s..s + len].iter().all(char::is_ascii_uppercase) {
            return false;
        }
        let j = self.back_spaces(s);
        let mut k = j;
        while k > 0 && self.chars[k - 1].is_ascii_digit() {
            k -= 1;
        }
        j < s
            && (1..=3).contains(&(j - k))
            && (k == 0 || !self.chars[k - 1].is_ascii_alphanumeric())
    }

    /// Whether `c` is four digits that read as a time of day, 0000 to
    /// 2359.
    fn clock_of_four(&self, c: &Cand) -> bool {
        c.end - c.start == 4
            && !c.words
            && c.value.scale() == 0
            && whole(c.value).is_some_and(|t| t <= 2359 && t % 100 < 60)
    }

    /// Whether the characters from `from` to `to`, spaces trimmed, are one
    /// of `words` (no string is built).
    pub(super) fn between_is(&self, from: usize, to: usize, words: &[&str]) -> bool {
        let Some(between) = self.chars.get(from..to) else {
            return false;
        };
        let start = between.iter().position(|c| !c.is_whitespace());
        let end = between.iter().rposition(|c| !c.is_whitespace());
        let trimmed = match (start, end) {
            (Some(s), Some(e)) => &between[s..=e],
            _ => &[],
        };
        words.iter().any(|w| trimmed.iter().copied().eq(w.chars()))
    }

    /// Whether `i` is inside a web address: the run of characters with no
    /// space before it holds "://" or starts with "www.".
    fn in_web_address(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 && !self.chars[k - 1].is_whitespace() {
            k -= 1;
            if self.chars[k] == '/'
                && k >= 2
                && self.chars[k - 1] == '/'
                && self.chars[k - 2] == ':'
            {
                return true;
            }
        }
        self.has(k, "www.")
    }

    /// Whether "negative" or "minus" ends right before `figure_start`,
    /// spaces between.
    fn minus_word_before(&self, figure_start: usize) -> bool {
        let j = self.back_spaces(figure_start);
        let word_ends = |w: &str| {
            let n = w.len();
            j < figure_start
                && j >= n
                && self.chars[j - n..j]
                    .iter()
                    .zip(w.chars())
                    .all(|(a, b)| a.to_ascii_lowercase() == b)
                && (j == n || !self.chars[j - n - 1].is_ascii_alphabetic())
        };
        word_ends("negative") || word_ends("minus")
    }

    /// Whether the Chinese number `c`, written in numerals, with a scale
    /// after it, names a class of things by a round size: before 级
    /// (千亿级产业集群, 百亿元级企业), or before a noun of the places and
    /// firms so ranked (过千亿元城市, 百亿元企业). A threshold said of one
    /// measure (突破千亿元大关, 总量达千亿元) is a figure.
    fn size_class_zh(&self, c: &Cand) -> bool {
        const CLASSED: [&str; 8] = ["城市", "企业", "县", "产业", "集群", "园区", "项目", "市"];
        // The scale is the numeral's (千亿) or after it.
        let (_, len) = self.big_zh(c.end);
        let scaled = len > 0 || c.end > 0 && matches!(self.chars[c.end - 1], '万' | '亿');
        if !scaled {
            return false;
        }
        let k = c.end + len;
        let k = k + usize::from(self.at(k) == '元');
        self.at(k) == '级' || CLASSED.iter().any(|w| self.has(k, w))
    }

    /// Whether the English number `c` is an age: after "aged" or "the
    /// age of" (or ages of), at the high end of a range after them ("aged
    /// 6 to 14"), or before "years old", "years of age" or "-year-old".
    fn is_age_en(&self, c: &Cand) -> bool {
        let age_word = |start: usize, w: &str| {
            w == "aged"
                || w == "of"
                    && self
                        .word_before(start)
                        .is_some_and(|(_, w)| matches!(w.as_str(), "age" | "ages"))
        };
        // The start of the number before `s` (digits or a number word),
        // spaces skipped: the low end of a range.
        let number_before = |s: usize| {
            let j = self.back_spaces(s);
            let mut k = j;
            while k > 0 && (self.chars[k - 1].is_ascii_digit() || self.chars[k - 1] == ',') {
                k -= 1;
            }
            if k < j {
                return Some(k);
            }
            self.word_before(s)
                .filter(|(_, w)| lx::is_number_word(w))
                .map(|(k, _)| k)
        };
        if let Some((s, w)) = self.word_before(self.figure_start(c))
            && (age_word(s, w.as_str())
                // "aged over 60", "between the ages of 6 and 14", "aged 6
                // to 14".
                || matches!(w.as_str(), "over" | "under" | "above" | "below" | "between")
                    && self
                        .word_before(s)
                        .is_some_and(|(s2, w)| age_word(s2, w.as_str()))
                || matches!(w.as_str(), "to" | "and" | "or")
                    && number_before(s).is_some_and(|k| {
                        self.word_before(k).is_some_and(|(s3, w)| {
                            age_word(s3, w.as_str())
                                || w == "between"
                                    && self
                                        .word_before(s3)
                                        .is_some_and(|(s4, w)| age_word(s4, w.as_str()))
                        })
                    }))
        {
            return true;
        }
        // "aged 15-24": the high end of a range written with a dash.
        if c.start > 0
            && matches!(self.chars[c.start - 1], '-' | '–')
            && number_before(c.start - 1).is_some_and(|k| {
                self.word_before(k)
                    .is_some_and(|(s, w)| age_word(s, w.as_str()))
            })
        {
            return true;
        }
        if self.has(c.end, "-year-old") || self.has(c.end, "-years-old") {
            return true;
        }
        let Some((e, unit)) = self.word_after(c.end) else {
            return false;
        };
        matches!(unit.as_str(), "year" | "years")
            && self.word_after(e).is_some_and(|(e2, w)| {
                w == "old" || w == "of" && self.word_after(e2).is_some_and(|(_, w)| w == "age")
            })
    }

    /// Whether the whole number `c` is a month or a day of a Chinese date:
    /// 3月, 3月份, 3月5日, 5号 after a month, and the first month of a span
    /// of months (1—9月, 1至10月).
    pub(super) fn is_chinese_date(&self, c: &Cand) -> bool {
        let Some(n) = whole(c.value).filter(|&n| n > 0 && c.value.scale() == 0) else {
            return false;
        };
        let end = self.skip_spaces(c.end);
        let month = n <= 12;
        if month && self.at(end) == '月' {
            return true;
        }
        // A day: after a month (3月5日), or listed after days of one
        // (8月12日、26日, 5日至7日), and no more than 31.
        let day = n <= 31
            && matches!(self.at(end), '日' | '号')
            && self.after_month_or_day(self.figure_start(c));
        if day {
            return true;
        }
        // 贾俊强19日在北京表示, 国务院新闻办公室27日举行, 新华社北京5日电: a
        // day of the month after a name, before a word of time, place or
        // reporting (or right after a dateline: 本报讯 27日), is the date of
        // a press release, unless what stands
        // before it makes it a number of days (连续5日, 由20日压缩至10日).
        if n <= 31 && self.at(end) == '日' {
            let before = self.back_spaces(self.figure_start(c));
            let after_name = before > 0
                && crate::text::is_cjk(self.chars[before - 1])
                && self.zh_qualifier_ending_at(before).is_none()
                && !DAYS_BEFORE
                    .iter()
                    .any(|w| self.ends_at(before, w).is_some());
            let k = self.skip_spaces(end + 1);
            if after_name && DATE_AFTER.iter().any(|w| self.has(k, w)) {
                return true;
            }
            // 本报讯 27日, 新华社讯 5日: right after a dateline.
            if before > 0 && matches!(self.chars[before - 1], '讯' | '电') {
                return true;
            }
        }
        // 1—9月: the first month of a span.
        month
            && matches!(
                self.at(end),
                '—' | '–' | '-' | '－' | '~' | '～' | '至' | '到'
            )
            && {
                let mut k = self.skip_spaces(end + 1);
                let from = k;
                while self.at(k).is_ascii_digit()
                    || crate::text::chinese_digit(self.at(k)).is_some()
                {
                    k += 1;
                }
                k > from && k - from <= 2 && self.at(self.skip_spaces(k)) == '月'
            }
    }

    /// Whether a month (3月) or a day of a month listed after one (3月5日、
    /// with 、, 和, 及, 至, 到 or a dash) ends just before `i`, spaces
    /// skipped. A month has at most 31 days, so at most as many are walked
    /// back over.
    fn after_month_or_day(&self, i: usize) -> bool {
        let digit = |c: char| c.is_ascii_digit() || crate::text::chinese_digit(c).is_some();
        let mut j = self.back_spaces(i);
        for _ in 0..=31 {
            if j == 0 {
                return false;
            }
            match self.chars[j - 1] {
                '月' => return true,
                '、' | '和' | '及' | '至' | '到' | '—' | '–' | '-' | '－' | '~' | '～' =>
                    {}
                _ => return false,
            }
            let k = self.back_spaces(j - 1);
            if k == 0 || !matches!(self.chars[k - 1], '日' | '号') {
                return false;
            }
            let mut d = k - 1;
            while d > 0 && k - 1 - d < 2 && digit(self.chars[d - 1]) {
                d -= 1;
            }
            if d == k - 1 {
                return false;
            }
            j = self.back_spaces(d);
        }
        false
    }

    /// Whether `c` is the first of two days of one month: "12 & 13 May",
    /// "12 and 13 May", "12-13 May".
    pub(super) fn first_of_two_days(&self, c: &Cand) -> bool {
        let day = |v: Decimal| v.scale() == 0 && whole(v).is_some_and(|d| (1..=31).contains(&d));
        let mut k = self.skip_spaces(c.end);
        if !matches!(self.at(k), '&' | '-' | 'a' | 't') || c.words || !day(c.value) {
            return false;
        }
        if matches!(self.at(k), '&' | '-') {
            k += 1;
        } else if let Some((e, w)) = self.word_after(k)
            && matches!(w.as_str(), "and" | "to")
        {
            k = e;
        } else {
            return false;
        }
        let k = self.skip_spaces(k);
        let mut e = k;
        while self.at(e).is_ascii_digit() && e - k < 2 {
            e += 1;
        }
        e > k
            && !self.at(e).is_ascii_digit()
            && self
                .word_after(e)
                .is_some_and(|(_, w)| lx::MONTHS.contains(w.as_str()))
    }

    /// Whether the number `c` counts the years, months or days of a period
    /// the text speaks of, not a figure: "in 15 years", "over the next five
    /// years", "six months ago"; 过去五年, 今后三年, 五年来, 三年内, 三年行动.
    pub(super) fn is_period(&self, c: &Cand, word_before: &str, word_after: &str) -> bool {
        match self.lang {
            Lang::En => {
                // "the next one to two years": the low end of a range of
                // durations takes the word after the high end.
                // So does the low end of "the next 3-4 days".
                let range_after = if matches!(word_after, "to" | "or") {
                    (|| {
                        let (e, _) = self.word_after(c.end)?;
                        let (e2, _) = self.word_after(e).filter(|(_, n)| lx::is_number_word(n))?;
                        self.word_after(e2).map(|(_, w)| w.to_string())
                    })()
                } else if matches!(self.at(c.end), '-' | '–') && self.at(c.end + 1).is_ascii_digit()
                {
                    let mut e = c.end + 1;
                    while self.at(e).is_ascii_digit() {
                        e += 1;
                    }
                    self.word_after(e).map(|(_, w)| w.to_string())
                } else {
                    None
                };
                let word_after = range_after.as_deref().unwrap_or(word_after);
                // "the past three fiscal years": the kind of year before it.
                let kind_of_year = matches!(word_after, "fiscal" | "financial" | "calendar")
                    .then(|| self.word_after(c.end).and_then(|(e, _)| self.word_after(e)))
                    .flatten()
                    .map(|(_, w)| w.to_string());
                let word_after = kind_of_year.as_deref().unwrap_or(word_after);
                let duration = matches!(
                    word_after,
                    "year"
                        | "years"
                        | "month"
                        | "months"
                        | "day"
                        | "days"
                        | "week"
                        | "weeks"
                        | "decade"
                        | "decades"
                );
                let period_word = |w: &str| {
                    matches!(
                        w,
                        "in" | "over"
                            | "within"
                            | "next"
                            | "past"
                            | "prior"
                            | "last"
                            | "coming"
                            | "first"
                            | "after"
                            | "before"
                            | "since"
                            | "for"
                            | "the"
                            | "recent"
                            | "previous"
                            | "following"
                            | "these"
                            | "those"
                            | "every"
                            | "each"
                            | "further"
                            | "another"
                            | "additional"
                            | "extra"
                    )
                };
                // "the next one to two years": the high end of a range of
                // durations after a word of time.
                let high_end = || {
                    // "the next 3-4 days": digits and a dash before.
                    let start = self.figure_start(c);
                    if start >= 2
                        && matches!(self.chars[start - 1], '-' | '–')
                        && self.chars[start - 2].is_ascii_digit()
                    {
                        let mut low = start - 2;
                        while low > 0 && self.chars[low - 1].is_ascii_digit() {
                            low -= 1;
                        }
                        return self
                            .word_before(low)
                            .is_some_and(|(_, w)| period_word(w.as_str()));
                    }
                    let Some((p, w)) = self.word_before(start) else {
                        return false;
                    };
                    if !matches!(w.as_str(), "to" | "or") {
                        return false;
                    }
                    let Some((q, low)) = self.word_before(p) else {
                        return false;
                    };
                    lx::is_number_word(&low)
                        && self
                            .word_before(q)
                            .is_some_and(|(_, w)| period_word(w.as_str()))
                };
                duration
                    && (period_word(word_before)
                        || high_end()
                        // "two years ago", "five years earlier", "two
                        // months in advance".
                        || self
                            .word_after(c.end)
                            .and_then(|(e, _)| self.word_after(e))
                            .is_some_and(|(e, w)| {
                                matches!(
                                    w.as_str(),
                                    "ago"
                                        | "earlier"
                                        | "later"
                                        | "before"
                                        | "back"
                                        | "previously"
                                        | "ahead"
                                ) || w == "in"
                                    && self.word_after(e).is_some_and(|(_, w)| w == "advance")
                            })
                        // "the smallest 12 months' increase", "two weeks’
                        // notice": a possessive duration.
                        || self
                            .word_after(c.end)
                            .is_some_and(|(e, _)| matches!(self.at(e), '\'' | '’')
                                && !self.at(e + 1).is_ascii_alphabetic()))
            }
            Lang::Zh => {
                // 成立70周年: an anniversary, not a figure; 113年度 (a year of
                // the Republic of China), 二零一九/二零年度: a fiscal year.
                if self.has(c.end, "周年") || self.has(c.end, "年度") {
                    return true;
                }
                // The word of time after the number: 年, 个月, 天, 周.
                // 3日内 (within three days: 日 is a day here, not a date's),
                // 7个工作日内.
                let len = match self.at(c.end) {
                    '年' | '天' | '周' => 1,
                    '日' if self.at(c.end + 1) == '内' => 1,
                    '个' if self.has(c.end, "个月") => 2,
                    '个' if self.has(c.end, "个工作日") => 4,
                    '工' if self.has(c.end, "工作日") => 3,
                    _ => return false,
                };
                // 创10年来新低: a record's window, not a period.
                let tail: String = self.chars[(c.end + 1).min(self.chars.len())..]
                    .iter()
                    .take(4)
                    .collect();
                if self.has(c.end, "年来") && (tail.contains('低') || tail.contains('高')) {
                    return false;
                }
                let before = self.back_spaces(self.figure_start(c));
                // 为期三年的专项行动, 经过八年持续努力, 历时3年: the time a
                // campaign or an effort took.
                let time_before = [
                    "过去", "今后", "未来", "此后", "最近", "这", "前", "后", "为期", "经过",
                    "历经", "历时",
                ]
                .iter()
                .any(|w| self.ends_at(before, w).is_some());
                // 判处5年以上有期徒刑: the band of a sentence, not a figure.
                let time_after = [
                    "来",
                    "以来",
                    "间",
                    "内",
                    "中",
                    "里",
                    "后",
                    "前",
                    "行动",
                    // 一年期贷款利率, 5年期以上: a loan's term, in its name.
                    "期",
                    "计划",
                    "规划",
                    "有期徒刑",
                    "以上有期徒刑",
                    "以下有期徒刑",
                    // 用三年时间: the time a task is given.
                    "时间",
                ]
                .iter()
                .any(|w| self.has(c.end + len, w));
                // 十年增加近70万亿元, 5年累计, 5年年均增长, 十年翻一番: the time over which
                // the figure after it changed.
                let over = c.value.scale() == 0
                    && !["从", "由", "到", "至"]
                        .iter()
                        .any(|w| self.ends_at(before, w).is_some())
                    && {
                        let k = self.skip_spaces(c.end + len);
                        ["累计", "年均", "平均", "共", "翻", "分别"]
                            .iter()
                            .any(|w| self.has(k, w))
                            || lx::ZH_CHANGE.iter().any(|(w, _)| self.has(k, w))
                    };
                // 的一年: "a year in which", a period; 阔步前进的五年 at the
                // end of its clause: the years the text looks back on.
                let after_de = self.ends_at(before, "的").is_some();
                // 关键一年, 极不平凡的一年: the year named for what it was.
                let named_year = c.value == Decimal::ONE
                    && [
                        "关键", "重要", "攻坚", "决胜", "收官", "开局", "平凡", "奋进", "丰收",
                    ]
                    .iter()
                    .any(|w| self.ends_at(before, w).is_some());
                let a_year = named_year
                    || after_de
                        && (c.value == Decimal::ONE
                            || c.value.scale() == 0 && {
                                let k = self.skip_spaces(c.end + len);
                                k >= self.chars.len()
                                    || matches!(self.at(k), '，' | ',' | '。' | '；' | '！')
                            });
                time_before || time_after || over || a_year
            }
        }
    }

    /// Where an Arabic number starts at `i` (a digit, or a point before
    /// one: `.5`).
    pub(super) fn arabic_starts(&self, i: usize) -> bool {
        let c = self.at(i);
        c.is_ascii_digit()
            || (c == '.'
                && self.at(i + 1).is_ascii_digit()
                && !self.at(i.wrapping_sub(1)).is_ascii_alphanumeric())
    }

    /// The number an English word starts, if any, and where reading goes
    /// on.
    pub(super) fn word_cand(&self, t: &Token) -> Result<(Option<Cand>, usize)> {
        let Some(what) = self.number_like(t) else {
            return Ok((None, t.end));
        };
        Ok(match self.english(t, what)? {
            Some(mut cand) => {
                let end = cand.end;
                cand.excluded |= self.in_quoted_words_en(cand.start, end);
                (Some(cand), end)
            }
            None => (None, t.end),
        })
    }

    /// Where the web or mail address holding the number at `start` ends,
    /// if it is in one: a run of characters with no space that starts with
    /// "www." or holds "://" or an "@" (…/node/691611,
    /// www.gov.za/budget2023/speech), or a query's value after "="
    /// (?id=2018). Looked at only where a character that may stand in an
    /// address, and not before a figure, comes right before the number.
    pub(super) fn address_end(&self, start: usize) -> Option<usize> {
        let before = *self.chars.get(start.checked_sub(1)?)?;
        if !(before.is_ascii_alphabetic() || matches!(before, '/' | '=' | '_' | '#' | '&')) {
            return None;
        }
        let in_run = |c: &char| !c.is_whitespace() && !crate::text::is_cjk(*c);
        let end = start + self.chars[start..].iter().take_while(|c| in_run(c)).count();
        if before == '=' {
            return Some(end);
        }
        let from = start
            - self.chars[..start]
                .iter()
                .rev()
                .take_while(|c| in_run(c))
                .count();
        let run = &self.chars[from..end];
        let same = |x: &[char], w: &str| {
            x.len() == w.len()
                && x.iter()
                    .zip(w.chars())
                    .all(|(a, b)| a.to_ascii_lowercase() == b)
        };
        let holds = |w: &str| run.windows(w.len()).any(|x| same(x, w));
        let www = run.len() > 4 && same(&run[..4], "www.");
        (www || holds("://") || run.contains(&'@') && run.contains(&'.')).then_some(end)
    }

    /// The numbers of an ASCII clause: its words and digits are known from
    /// [`scan::Bits`], and nothing else can start a number.
    pub(super) fn candidates_ascii(&self, out: &mut Vec<Cand>) -> Result<()> {
        let words = &self.words[..];
        // The next word and the next digit at or after `i`.
        let mut k = 0;
        let mut i = 0;
        let mut digit = scan::next_one(&self.bits.digit, 0).unwrap_or(usize::MAX);
        loop {
            let word_start = words.get(k).map_or(usize::MAX, |t| t.start);
            if digit < word_start {
                // ".5": the point starts the number.
                let start = if digit > i && self.arabic_starts(digit - 1) {
                    digit - 1
                } else {
                    digit
                };
                let cand = self.arabic_or_refused(start);
                i = cand.end.max(start + 1);
                out.push(cand);
            } else if let Some(t) = words.get(k) {
                k += 1;
                // Most words are no number: one look settles it.
                let Some(what) = self.number_like(t) else {
                    continue;
                };
                let Some(cand) = self.english(t, what)? else {
                    continue;
                };
                i = cand.end;
                out.push(cand);
            } else {
                return Ok(());
            }
            // Past what the number covered.
            while words.get(k).is_some_and(|t| t.start < i) {
                k += 1;
            }
            if digit < i {
                digit = scan::next_one(&self.bits.digit, i).unwrap_or(usize::MAX);
            }
        }
    }

    /// The numbers of any clause, one character at a time.
    pub(super) fn candidates_any(&self, out: &mut Vec<Cand>) -> Result<()> {
        let n = self.chars.len();
        let mut i = 0;
        let mut next_word = 0;
        while i < n {
            let c = self.chars[i];
            if self.arabic_starts(i) {
                let cand = self.arabic_or_refused(i);
                i = cand.end.max(i + 1);
                out.push(cand);
            } else if c.is_ascii_alphabetic() {
                // The words are in order: move the cursor up to here.
                while next_word < self.words.len() && self.words[next_word].end <= i {
                    next_word += 1;
                }
                match self.words.get(next_word) {
                    Some(t) if t.start == i => {
                        let (cand, end) = self.word_cand(t)?;
                        out.extend(cand);
                        i = end;
                    }
                    // Inside a hyphenated word, read from its start.
                    Some(t) if t.start < i => i = t.end,
                    _ => i += 1,
                }
            } else if c.is_ascii() {
                // Spaces and punctuation: nothing starts here.
                i += 1;
            } else if in_vulgar_blocks(c)
                && let Some(v) = vulgar(c)
            {
                out.push(Cand {
                    inexact: v.1,
                    fraction: true,
                    ..Cand::new(i, i + 1, v.0)
                });
                i += 1;
            } else if lx::is_chinese_numeral(c) {
                let end = self.chinese_run_end(i);
                // 27亿, 740多万: a magnitude of the number before.
                let after_digits = i > 0
                    && (self.chars[i - 1].is_ascii_digit()
                        || matches!(self.chars[i - 1], '多' | '余')
                            && i > 1
                            && self.chars[i - 2].is_ascii_digit());
                if after_digits {
                    i = end.max(i + 1);
                    continue;
                }
                // Past all the candidate's words: 百分之二十三 is one number.
                let mut next = end.max(i + 1);
                if let Some(cand) = self.chinese(i, end)? {
                    next = next.max(cand.end);
                    out.push(cand);
                }
                i = next;
            } else {
                i += 1;
            }
        }
        Ok(())
    }

    /// Two Arabic numbers with only a space between them (`1 8`) are a
    /// damaged figure, not two figures: the run of them is set aside, and
    /// its first number stands for a refusal in its place
    /// ([`Unreadable::Adjacent`]), which leaves the clause's other figures to
    /// read.
    pub(super) fn mark_adjacent(&self, cands: &mut [Cand]) {
        let adjacent = |a: &Cand, b: &Cand| {
            !a.words
                && !b.words
                && b.start == a.end + 1
                && self.at(a.end) == ' '
                && !a.excluded
                && !b.excluded
        };
        if !cands.windows(2).any(|p| adjacent(&p[0], &p[1])) {
            return;
        }
        self.mark_runs(cands, adjacent);
    }

    /// [`Clause::mark_adjacent`] where a clause has such a run: the
    /// numbers as found, before any is set aside here, decide (`1 8 9` is
    /// one run, not `1 8` and a figure 9).
    #[cold]
    #[inline(never)]
    fn mark_runs(&self, cands: &mut [Cand], adjacent: impl Fn(&Cand, &Cand) -> bool) {
        let mut prev: Option<Cand> = None;
        let mut in_run = false;
        for i in 0..cands.len() {
            let this = cands[i].clone();
            let run = prev.as_ref().is_some_and(|p| adjacent(p, &this));
            if run {
                if !in_run {
                    cands[i - 1].refused = Unreadable::Adjacent;
                }
                cands[i - 1].excluded = true;
                cands[i].excluded = true;
            }
            in_run = run;
            prev = Some(this);
        }
    }

    /// The number of digits at `start`, or, where its digits cannot be
    /// read, a refusal that covers them (digits, points, commas, and
    /// digits spaced out after a comma or a point), so that reading goes
    /// on after it.
    #[inline]
    fn arabic_or_refused(&self, start: usize) -> Cand {
        match self.arabic(start) {
            Ok(cand) => cand,
            Err(_) => self.refused_at(start),
        }
    }

    /// The refusal that stands for unreadable digits at `start`.
    #[cold]
    #[inline(never)]
    fn refused_at(&self, start: usize) -> Cand {
        let mut end = start;
        loop {
            let c = self.at(end);
            let digit_at = |k: usize| self.at(k).is_ascii_digit();
            if c.is_ascii_digit() || matches!(c, '.' | ',') && digit_at(end + 1) {
                end += 1;
            } else if matches!(c, ',' | '.') && self.at(end + 1) == ' ' && digit_at(end + 2) {
                end += 2;
            } else {
                break;
            }
        }
        let mut cand = Cand::new(start, end.max(start + 1), Decimal::ZERO);
        cand.excluded = true;
        cand.refused = Unreadable::Digits;
        cand
    }

    /// An Arabic number at `i`: digits grouped by commas (in threes, or in
    /// the Indian way: 1,00,000 and 3,56,97,923) or by spaces in threes, a
    /// decimal part, a fraction `a/b`, a vulgar fraction after it (`3¾`),
    /// and a minus sign before it (`-6.8%`, `增长-6.8%`). Digits grouped in
    /// any other way (`1,0000`, `1,5 million`, `1.234.567`, `5..5`) are an
    /// error at the separator that breaks the grouping, never another
    /// number.
    pub(super) fn arabic(&self, start: usize) -> Result<Cand> {
        // A number in a web or mail address names a page, not a figure.
        if let Some(end) = self.address_end(start) {
            let mut cand = Cand::new(start, end, Decimal::ZERO);
            cand.excluded = true;
            return Ok(cand);
        }
        let too_long = || self.err(start, "a number with more digits than a decimal holds (28)");
        // The digits accumulate into an exact mantissa; a Decimal holds 96
        // bits of it.
        let mut mantissa: u128 = 0;
        let mut push = |c: char| -> Result<()> {
            let d = u128::from(c.to_digit(10).unwrap_or(0));
            mantissa = mantissa
                .checked_mul(10)
                .and_then(|m| m.checked_add(d))
                .filter(|m| *m < 1 << 96)
                .ok_or_else(too_long)?;
            Ok(())
        };
        let mut i = start;
        while self.at(i).is_ascii_digit() {
            push(self.at(i))?;
            i += 1;
        }
        // "6,5 per cent": a decimal comma, read as a point.
        let decimal_comma = self.decimal_comma(start, i);
        let groups_end = if decimal_comma {
            i
        } else {
            self.digit_groups(start, i)?
        };
        if matches!(self.at(groups_end), '.' | ',') && self.at(groups_end + 1) == ' ' {
            self.scanned_money(start, groups_end)?;
        }
        let separated = groups_end > i;
        for k in i..groups_end {
            if self.at(k).is_ascii_digit() {
                push(self.at(k))?;
            }
        }
        i = groups_end;
        let whole_len = (start..groups_end)
            .filter(|&k| self.at(k).is_ascii_digit())
            .count();
        let mut scale = 0_u32;
        if (self.at(i) == '.' || decimal_comma) && self.at(i + 1).is_ascii_digit() {
            i += 1;
            while self.at(i).is_ascii_digit() {
                push(self.at(i))?;
                scale += 1;
                i += 1;
            }
            // 1.234.567 and 1.234,56: digits grouped with points, or a
            // decimal comma after them. In Chinese text a comma after a
            // decimal ends the clause (调整到33.7,5年内上升).
            let zh_clause_comma = self.lang == Lang::Zh && self.at(i) == ',';
            if matches!(self.at(i), '.' | ',')
                && self.at(i + 1).is_ascii_digit()
                && !zh_clause_comma
            {
                return Err(self.err(i, "digits grouped with points, or a second decimal point"));
            }
        } else if self.at(i) == '.' && self.at(i + 1) == '.' && self.at(i + 2).is_ascii_digit() {
            // 5..5%: a point too many.
            return Err(self.err(i, "two decimal points in a row"));
        }
        let mut value = i128::try_from(mantissa)
            .ok()
            .and_then(|m| Decimal::try_from_i128_with_scale(m, scale).ok())
            .ok_or_else(too_long)?;
        let digits_len = whole_len;
        let mut cand = Cand::new(start, i, value);
        // 1.2016年至2018年: an item's number, its point, and a year.
        if self.lang == Lang::Zh
            && scale == 4
            && whole_len <= 2
            && self.at(i) == '年'
            && (1900..=2100).contains(&(mantissa % 10_000))
            && (start == 0 || !self.chars[start - 1].is_ascii_digit())
        {
            cand.excluded = true;
            return Ok(cand);
        }
        // A minus sign: a dash right before the digits, after no letter,
        // digit or other dash (COVID-19, 5-6% and 2024-25 are not signs).
        cand.minus = start > 0
            && self.chars[start - 1] == '-'
            && (start == 1 || {
                let b = self.chars[start - 2];
                !(b.is_ascii_alphanumeric() || matches!(b, '-' | '.' | '_' | '/'))
            });
        // -$5 billion, -R2: the minus before the money sign. With no minus
        // sign the number's own sign is the one before its digits.
        let sign = (!cand.minus).then(|| self.currency_before(start));
        if let Some(sign) = &sign {
            cand.sign = SignBefore::of(sign.clone());
        }
        let figure_start = sign
            .as_ref()
            .and_then(Option::as_ref)
            .map_or(start, |(_, s)| *s);
        cand.minus_before_sign = !cand.minus
            && sign.flatten().is_some_and(|(_, s)| {
                s > 0
                    && self.chars[s - 1] == '-'
                    && (s == 1 || {
                        let b = self.chars[s - 2];
                        !(b.is_ascii_alphanumeric() || matches!(b, '-' | '.' | '_' | '/'))
                    })
            });
        // "negative $7.8 billion", "minus 0.5 per cent": the sign said in
        // a word right before the figure (its money sign included).
        if !cand.minus && self.says.minus {
            cand.minus_before_sign |= self.minus_word_before(figure_start);
        }

        // Fiscal years and year spans: 2024-25, 2023/24, 2026-2030.
        if !separated && scale == 0 && digits_len == 4 && is_year(value) {
            let sep = self.at(i);
            if sep == '-' || sep == '/' {
                let mut k = i + 1;
                while self.at(k).is_ascii_digit() {
                    k += 1;
                }
                // The second year follows the first: 2023/24, 2024-25,
                // 2026-2030; 1959/20 is a fraction.
                let first = value.mantissa();
                let second: i128 = self.chars[i + 1..k]
                    .iter()
                    .collect::<String>()
                    .parse()
                    .unwrap_or(-1);
                // 2024-25 and 2023/24 (fiscal years), 2012-15 and 2021-25
                // (runs of years, up to ten, with a dash), 2023-12 (a month, as ISO
                // writes it): none is a figure.
                let follows = match k - (i + 1) {
                    2 => {
                        let last = first % 100;
                        // A run of years takes a dash; with a slash only a
                        // fiscal year or a month: 2011/20 is a fraction.
                        // 2023/23: a year over its own last digits, a span
                        // mistyped, never a fraction.
                        second == (last + 1) % 100
                            || second == last
                            || (sep == '-' && second > last && second - last <= 10)
                            || (1..=12).contains(&second)
                    }
                    4 => second > first && second <= 2100,
                    _ => false,
                };
                if follows {
                    cand.end = k;
                    cand.excluded = true;
                    return Ok(cand);
                }
            }
        }
        // A fraction: 1/8.
        if self.at(i) == '/' && self.at(i + 1).is_ascii_digit() && !separated {
            let mut k = i + 1;
            let mut den = String::new();
            while self.at(k).is_ascii_digit() {
                den.push(self.at(k));
                k += 1;
            }
            let den: Decimal = Decimal::from_str_exact(&den)
                .map_err(|_| self.err(i + 1, "a denominator too large"))?;
            // "in 09/10", "for 19/20", "the 25/26 budget": two digits over
            // the two of the next year after a word of time or before a
            // word of the budget's year, a fiscal year; 09 with its leading
            // zero is no numerator.
            let fiscal = digits_len == 2
                && k - (i + 1) == 2
                && scale == 0
                && (self.chars[start] == '0'
                    || Decimal::from(value.mantissa() % 100 + 1) % Decimal::ONE_HUNDRED == den
                        && (self.word_before(start).is_some_and(|(_, w)| {
                            matches!(w.as_str(), "in" | "for" | "fy" | "since" | "by" | "during")
                        }) || self.word_after(k).is_some_and(|(_, w)| {
                            matches!(
                                w.as_str(),
                                "budget" | "financial" | "fiscal" | "year" | "estimates"
                            )
                        })));
            if fiscal {
                cand.excluded = true;
                cand.end = k;
                return Ok(cand);
            }
            if den.is_zero() {
                return Err(self.err(i + 1, "a fraction with denominator zero"));
            }
            // 15.1/10万: a rate per a base of people (per 100,000), no
            // fraction; it has no unit to be read in.
            if matches!(self.at(k), '万' | '千' | '百' | '亿' | '十') {
                return Err(self.err(
                    start,
                    "a rate per a base (a number over 10万 or 千) is not read",
                ));
            }
            let q = value
                .checked_div(den)
                .ok_or_else(|| self.err(start, "a fraction too large"))?;
            cand.inexact = !crate::decimal::quotient_is_exact(q, value, den);
            cand.value = q.normalize();
            cand.fraction = true;
            cand.end = k;
            return Ok(cand);
        }
        // A vulgar fraction after the digits: 3¾.
        if let Some((v, inexact)) = vulgar(self.at(i)) {
            value = value
                .checked_add(v)
                .ok_or_else(|| self.err(start, "a number too large"))?;
            cand.value = value;
            cand.inexact = inexact;
            cand.end = i + 1;
            return Ok(cand);
        }
        // Glued to a word: disputes80More, 2More. Ordinal suffixes and a
        // currency letter before the digits are not glue.
        let after = self.at(i);
        // "[ad_1]", "file_3", "v2_final": a number joined to a name by an
        // underscore is part of an identifier of markup or a file.
        if after == '_' && self.at(i + 1).is_ascii_alphanumeric()
            || start >= 2
                && self.chars[start - 1] == '_'
                && self.chars[start - 2].is_ascii_alphanumeric()
        {
            cand.excluded = true;
            cand.end = i;
            return Ok(cand);
        }
        if after.is_ascii_alphabetic() {
            if let Some((_, len)) = self.has_any(i, &["st", "nd", "rd", "th"]) {
                cand.ordinal = true;
                cand.end = i + len;
                return Ok(cand);
            }
            // The 2020s, the 1990s, the 80s: a decade, a period; "under
            // 16s", "the over-65s": an age group.
            let age_group = || {
                let j = self.back_spaces(start);
                let j = if j == start && j > 0 && self.chars[j - 1] == '-' {
                    j - 1
                } else {
                    j
                };
                self.ends_at(j, "under").is_some() || self.ends_at(j, "over").is_some()
            };
            if after == 's'
                && !self.at(i + 1).is_ascii_alphabetic()
                && scale == 0
                && (mantissa.is_multiple_of(10) && matches!(digits_len, 2 | 4)
                    || digits_len <= 3 && age_group())
            {
                cand.excluded = true;
                cand.end = i + 1;
                return Ok(cand);
            }
            // 5G, 3D: a name; "$30B" is billions and "$500M" millions. In
            // Chinese text a lowercase letter too (国家3a级旅游景区, 5g基站).
            if (after.is_ascii_uppercase()
                || after.is_ascii_lowercase() && crate::text::is_cjk(self.at(i + 1)))
                && !self.at(i + 1).is_ascii_alphabetic()
                && self.money_suffix_en(i).is_none()
            {
                cand.excluded = true;
                cand.end = i + 1;
                return Ok(cand);
            }
            // "N9.09trillion", "$3b": a scale word glued to the digits.
            let lower_unit = self
                .has_any(
                    i,
                    &[
                        "trillion", "billion", "million", "km", "kg", "kw", "bn", "mn", "m", "k",
                        "g", "x",
                    ],
                )
                .is_some()
                || self.money_suffix_en(i).is_some();
            // 20XX年, 20xx: a year left to fill in, in a template.
            if digits_len == 2
                && scale == 0
                && self.has(i, "xx")
                && !self.at(i + 2).is_ascii_alphabetic()
            {
                cand.excluded = true;
                cand.end = i + 2;
                return Ok(cand);
            }
            // "at about 1830hrs": a clock time.
            if self.has_any(i, &["hrs", "hours"]).is_some() && self.clock_of_four(&cand) {
                cand.excluded = true;
                return Ok(cand);
            }
            if after.is_ascii_uppercase() && !matches!(after, 'B' | 'M') || !lower_unit {
                // "watch?v=MQ20NQWB": letters and digits of a web address.
                if self.says.web && self.in_web_address(start) {
                    cand.excluded = true;
                    return Ok(cand);
                }
                return Err(self.err(start, "a number glued to a word"));
            }
        }
        let before = if start == 0 {
            '\0'
        } else {
            self.chars[start - 1]
        };
        if before.is_ascii_alphabetic() {
            let (ws, word) = self
                .word_before(start)
                .unwrap_or((start, Word::owned(String::new())));
            let currency = self.currency_before(start).is_some();
            // m3, km2: the power of a unit.
            let power = matches!(word.as_str(), "m" | "km" | "cm")
                && scale == 0
                && digits_len == 1
                && matches!(mantissa, 2 | 3);
            // March31, 25June as a page may glue them: a date.
            let month = lx::MONTHS.contains(word.as_str());
            if word == "fy" || power || month {
                cand.excluded = true;
            } else if !currency
                && self.chars[ws..start].iter().any(char::is_ascii_uppercase)
                && word.len() <= 4
            {
                // PM2.5, COVID19: part of a name.
                cand.excluded = true;
            } else if !currency && self.says.web && self.in_web_address(start) {
                cand.excluded = true;
            } else if !currency {
                return Err(self.err(start, "a number glued to a word"));
            }
        }
        // COVID-19, G-20, Tier-1, mid-2023: a number joined to the word
        // before it by a hyphen is part of a name.
        if start > 1 && self.chars[start - 1] == '-' && self.chars[start - 2].is_ascii_alphabetic()
        {
            cand.excluded = true;
        }
        // "the Covid 19 pandemic": the name written with a space.
        if start >= 6
            && self.chars[start - 1] == ' '
            && self.chars[start - 6..start - 1]
                .iter()
                .map(char::to_ascii_lowercase)
                .eq("covid".chars())
            && scale == 0
        {
            cand.excluded = true;
        }
        if self.is_code_number(start, i, scale, separated) {
            cand.excluded = true;
        }
        // A year: 2023年, in 2023, FY 2023; never with a minus sign, but
        // for a dash that opens a title or an item before a year of
        // Chinese text (—2022年全市经济运行情况): no count of years is
        // negative.
        if !separated
            && (!cand.minus || self.at(i) == '年')
            && scale == 0
            && digits_len == 4
            && is_year(value)
            && self.is_year_context(start, i)
        {
            cand.excluded = true;
        }
        // 表1, 图3 opening a line: a table's or a chart's number (人大代表5名
        // is a count).
        if start > 0
            && matches!(self.chars[start - 1], '表' | '图')
            && (start == 1 || matches!(self.chars[start - 2], '\n' | ' '))
        {
            cand.excluded = true;
        }
        // (详见附表1), 见附件2, (详表1), (表2): an annex's or a table's
        // number.
        if start >= 2
            && matches!(self.chars[start - 1], '表' | '件' | '图')
            && ["附表", "附件", "附图", "见表", "见图", "详表", "(表", "(图"]
                .iter()
                .any(|w| self.ends_at(start, w).is_some())
            && scale == 0
        {
            cand.excluded = true;
        }
        // 第31届: an ordinal; 每万人口: a base.
        if start > 0 && matches!(self.chars[start - 1], '第') {
            cand.ordinal = true;
        }
        if self.is_quoted_name(start, i)
            || self.in_quoted_words_en(start, i)
            || self.lang == Lang::Zh && self.in_quoted_phrase(start, i)
        {
            cand.excluded = true;
        }
        Ok(cand)
    }

    /// Refuses an amount of money whose digits a scan or a copy has
    /// spaced out, which would otherwise read as two figures: a decimal
    /// point with a space after it ("$1. 15 billion") or groups after a
    /// comma and a space ("$495, 286, 000"). `end` is where the whole
    /// part's groups end.
    fn scanned_money(&self, start: usize, end: usize) -> Result<()> {
        let digits = |k: usize, n: usize| (k..k + n).all(|d| self.at(d).is_ascii_digit());
        let group = |k: usize| {
            self.at(k) == ','
                && self.at(k + 1) == ' '
                && digits(k + 2, 3)
                && !self.at(k + 5).is_ascii_digit()
        };
        // One to three digits, a comma, a space and a group of three before
        // a scale word are one number spaced out, money or not: "Rs.2, 200
        // billion" is no list of two sums.
        if end - start <= 3 && group(end) && self.scale_word_en(end + 5).is_some() {
            return Err(self.err(
                end,
                "digits grouped by a comma and a space (a scanned amount?)",
            ));
        }
        if self.currency_before(start).is_none() {
            return Ok(());
        }
        if self.at(end) == '.' && self.at(end + 1) == ' ' && digits(end + 2, 1) {
            return Err(self.err(
                end,
                "a decimal point with a space after it (a scanned amount?)",
            ));
        }
        if group(end) && group(end + 5) {
            return Err(self.err(
                end,
                "digits grouped by a comma and a space (a scanned amount?)",
            ));
        }
        Ok(())
    }

    /// Where the whole part of a number ends, when its first digits run
    /// from `start` to `first_end` and groups may follow: `,` groups of
    /// three after one to three digits (1,220 and 2,179,000), Indian groups
    /// (one or two digits, groups of two, a last group of three: 1,00,000
    /// and 3,56,97,923), or space groups of three after one to three digits
    /// (105 000; the space may be a thin or no-break space). Digits after a
    /// space that make no group of three are another number, for the caller
    /// to weigh (`1 8`, `in 2023 58`). Digits after a comma that fit
    /// neither grouping (1,0000, 1,5 million, 1,2345) are an error at the
    /// comma that breaks the western grouping.
    /// Whether the comma after the digits `start..first_end` is a decimal
    /// comma, as some English texts write it ("5,7 per cent"): one to
    /// three digits, a comma, one or two digits (no group of thousands has
    /// fewer than three, and an Indian group of two is followed by more),
    /// then a percent. Before any other word ("1,5 million") a comma so
    /// placed might be a slip of grouping as well, and is refused.
    pub(super) fn decimal_comma(&self, start: usize, first_end: usize) -> bool {
        if self.at(first_end) != ',' || self.lang != Lang::En || first_end - start > 3 {
            return false;
        }
        let digit = |k: usize| self.at(k).is_ascii_digit();
        let digits = (first_end + 1..first_end + 4)
            .take_while(|&k| digit(k))
            .count();
        let after = first_end + 1 + digits;
        // "6,5 per cent": one or two digits after the comma before a
        // percent, which no grouping of digits allows. Before a scale word
        // only after the sign of a country whose official style writes a
        // decimal comma ("N$56,4 billion", "R12,5 billion": Namibia, South
        // Africa); elsewhere "1,5 million" stays doubtful.
        (1..=2).contains(&digits) && !matches!(self.at(after), ',' | '.') && {
            let k = self.skip_spaces(after);
            self.at(k) == '%'
                || self.has(k, "per cent")
                || self.has(k, "percent")
                || self.scale_word_en(k).is_some()
                    && self.currency_before(start).is_some_and(|(unit, _)| {
                        matches!(unit, Unit::Money(c) if matches!(c.as_str(), "NAD" | "ZAR"))
                    })
        }
    }

    pub(super) fn digit_groups(&self, start: usize, first_end: usize) -> Result<usize> {
        let first = first_end - start;
        let digit = |k: usize| self.at(k).is_ascii_digit();
        match self.at(first_end) {
            ',' if digit(first_end + 1) => {
                // The groups, and the first comma that breaks each way of
                // grouping.
                let mut k = first_end;
                let mut western_break = (first > 3).then_some(first_end);
                let mut indian_ok = (1..=2).contains(&first);
                let mut groups = 0;
                let mut last_len = 0;
                while self.at(k) == ',' && digit(k + 1) {
                    let mut e = k + 1;
                    while digit(e) {
                        e += 1;
                    }
                    let len = e - (k + 1);
                    if len != 3 && western_break.is_none() {
                        western_break = Some(k);
                    }
                    // Every group but the last has two digits.
                    if groups > 0 && last_len != 2 {
                        indian_ok = false;
                    }
                    groups += 1;
                    last_len = len;
                    k = e;
                }
                let indian = indian_ok && groups >= 2 && last_len == 3;
                match western_break {
                    Some(at) if !indian => Err(self.err(
                        at,
                        "digits grouped as no numbering groups them (a decimal comma, or a list?)",
                    )),
                    _ => Ok(k),
                }
            }
            ' ' if first <= 3 => {
                let mut end = first_end;
                while self.at(end) == ' '
                    && (1..=3).all(|d| digit(end + d))
                    && !digit(end + 4)
                    && self.at(end + 4) != '/'
                {
                    end += 4;
                }
                Ok(end)
            }
            _ => Ok(first_end),
        }
    }

    /// Whether the number from `start` to `end` (with `scale` decimals) is
    /// a code, not a figure: digits with a leading zero (a postcode
    /// "00100", an extension "082"; not after a money sign or before a
    /// scale word), a chain of three or more groups joined
    /// by dashes ("20-2252-299", a telephone number or an identifier), or
    /// the number after a word that names one (Tel, Fax, Box, 电话).
    pub(super) fn is_code_number(
        &self,
        start: usize,
        end: usize,
        scale: u32,
        separated: bool,
    ) -> bool {
        let digit = |k: usize| self.at(k).is_ascii_digit();
        // "Rs. 02 billion": after a money sign, or before a scale word, a
        // leading zero is a style of writing an amount, no code.
        if !separated
            && scale == 0
            && end - start >= 2
            && self.chars[start] == '0'
            && self.currency_before(start).is_none()
            && (self.lang == Lang::Zh || self.scale_en(end).is_none())
        {
            return true;
        }
        // The dashes of the chain around the number, a few groups each way
        // (the walk is bounded, so a long chain costs no more), when a dash
        // touches it.
        let dashed = start > 0 && self.chars[start - 1] == '-' || self.at(end) == '-';
        let mut dashes = 0;
        let mut k = start;
        while dashed && k >= 2 && start - k < 24 && dashes < 2 {
            if digit(k - 1) {
                k -= 1;
            } else if self.chars[k - 1] == '-' && digit(k - 2) {
                dashes += 1;
                k -= 1;
            } else {
                break;
            }
        }
        let mut k = end;
        while dashed && k - end < 24 && dashes < 2 {
            if digit(k) {
                k += 1;
            } else if self.at(k) == '-' && digit(k + 1) {
                dashes += 1;
                k += 1;
            } else {
                break;
            }
        }
        // 0851-2345678: the number after an area code.
        if dashes >= 2
            || start >= 3 && self.chars[start - 1] == '-' && {
                let mut g = start - 1;
                while g > 0 && digit(g - 1) {
                    g -= 1;
                }
                start - 1 - g >= 2 && self.chars[g] == '0'
            }
        {
            return true;
        }
        // "Tel: +254", "P.O. Box 30007", 电话：0851: the signs a number of
        // a telephone or a box is written after.
        let mut b = start;
        while b > 0 && matches!(self.chars[b - 1], ' ' | ':' | '：' | '+' | '(' | '.') {
            b -= 1;
        }
        // 拦截诈骗电话4.8亿次: after 电话 a number with a point, a
        // magnitude or a unit counts calls, no telephone's number.
        if !self.ascii
            && (self.ends_at(b, "电话").is_some()
                || self.ends_at(b, "传真").is_some()
                || self.ends_at(b, "热线").is_some())
        {
            return scale == 0 && self.big_zh(end).1 == 0 && self.unit_zh(end).is_none();
        }
        b > 0
            && self.chars[b - 1].is_ascii_alphabetic()
            && self
                .words
                .binary_search_by_key(&b, |t| t.end)
                .is_ok_and(|w| lx::names_a_telephone_or_box(self.keyed(&self.words[w])))
    }

    /// Whether a four-digit number between 1900 and 2100 is a year here.
    pub(super) fn is_year_context(&self, start: usize, end: usize) -> bool {
        let next = self.at(end);
        if next == '年' {
            return true;
        }
        // $1916, £2016: an amount after a money sign is never a year.
        if self.currency_before(start).is_some() {
            return false;
        }
        // 1900万, 2000余人, 2050多套: a number, not a year.
        if lx::is_chinese_numeral(next) || matches!(next, '%' | '‰' | '余' | '多') {
            return false;
        }
        if self.lang == Lang::Zh {
            // 2023至2025年 is a run of years; 1900至2000人 a range of counts.
            if matches!(next, '至' | '到' | '-' | '~') {
                let mut k = end + 1;
                while self.at(k).is_ascii_digit() {
                    k += 1;
                }
                return k > end + 1 && self.at(k) == '年';
            }
            // 2179人: a count; a bare 2023 with no unit is a year.
            return self.unit_zh(end).is_none() && !matches!(next, '万' | '亿');
        }
        let before = self.word_before(start).map(|(_, w)| w);
        if before.as_deref() == Some("fy") {
            return true;
        }
        // "fell from 1901 to 1,900 people": from a number to one that is no
        // year, the first is no year either.
        if before.as_deref() == Some("from")
            && let Some((e, w)) = self.word_after(end)
            && w == "to"
        {
            let k = self.skip_spaces(e);
            let mut k2 = k;
            while self.at(k2).is_ascii_digit() {
                k2 += 1;
            }
            let next: String = self.chars[k.min(k2)..k2].iter().collect();
            let year_next = next.len() == 4
                && next.parse::<Decimal>().is_ok_and(is_year)
                && !matches!(self.at(k2), ',' | '.');
            if k2 > k && !year_next {
                return false;
            }
        }
        if matches!(
            before.as_deref(),
            Some(
                "in" | "since"
                    | "by"
                    | "for"
                    | "of"
                    | "year"
                    | "until"
                    | "from"
                    | "to"
                    | "during"
                    | "before"
                    | "after"
                    | "through"
            )
        ) {
            let known_unit =
                matches!(self.unit_en(end), Some((u, _)) if !matches!(u, Unit::Other(_)));
            return !known_unit && self.scale_en(end).is_none() && !matches!(next, '%' | '‰');
        }
        let after = self.word_after(end).map(|(_, w)| w);
        // "between 1900 and 1983 percentage points": the low end of a range
        // is a year only when the high end is one.
        if let Some((e, "and" | "to")) =
            self.word_after(end).as_ref().map(|(e, w)| (*e, w.as_str()))
        {
            let k = self.skip_spaces(e);
            // The high end may have a minus sign: "between 1990 and -24".
            let k = if self.at(k) == '-' { k + 1 } else { k };
            let mut k2 = k;
            while self.at(k2).is_ascii_digit()
                || (matches!(self.at(k2), '.' | ',') && self.at(k2 + 1).is_ascii_digit())
            {
                k2 += 1;
            }
            if k2 > k {
                let unit = self.unit_en(k2);
                let scale = self.scale_en(k2).is_some() || matches!(self.at(k2), '%' | '‰');
                // "the 2019 to 2020 budget", "between 2015 and 2020 we
                // hired": a later year as the high end, before a word that
                // is no unit of measure and no plural it counts ("between
                // 1950 and 2000 nurses"), makes a span of years.
                let number = |a: usize, b: usize| {
                    self.chars[a..b]
                        .iter()
                        .collect::<String>()
                        .parse::<Decimal>()
                };
                let later_year = k2 - k == 4
                    && k == self.skip_spaces(e)
                    && number(k, k2)
                        .is_ok_and(|h| is_year(h) && number(start, end).is_ok_and(|low| h > low));
                // After a determiner, a plural is what the years name:
                // "the 2019 and 2020 budgets".
                let determiner = matches!(
                    before.as_deref(),
                    Some("the" | "its" | "our" | "their" | "his" | "her" | "this" | "these")
                );
                // "2020 we hired": a pronoun starts a clause, no noun.
                let pronoun = self.word_after(k2).is_some_and(|(_, w)| {
                    matches!(
                        w.as_str(),
                        "we" | "they" | "it" | "he" | "she" | "i" | "you"
                    )
                });
                let counted = match unit {
                    Some((Unit::Other(_), e2)) => {
                        !determiner
                            && !pronoun
                            && self.at(e2.saturating_sub(1)) == 's'
                            && self.at(self.skip_spaces(k2)).is_ascii_lowercase()
                    }
                    Some(_) => true,
                    None => false,
                };
                if later_year && !scale && !counted {
                    return true;
                }
                return !(unit.is_some() || scale);
            }
        }
        after.is_none()
            || self.unit_en(end).is_none()
                && self.scale_en(end).is_none()
                && !matches!(after.as_deref(), Some("percent" | "per"))
    }

    /// A number that is all there is between quotation marks is a name:
    /// the “1357” strategy.
    pub(super) fn is_quoted_name(&self, start: usize, end: usize) -> bool {
        let open = start.checked_sub(1).map(|i| self.chars[i]);
        let close = self.chars.get(end).copied();
        matches!(open, Some('“' | '"' | '「' | '『'))
            && matches!(close, Some('”' | '"' | '」' | '』'))
    }

    /// The phrase around `start..end` of at most `max` characters of
    /// `word` each side, when quotation marks enclose it: where it starts
    /// and ends, inside the marks.
    fn quoted_around(
        &self,
        (start, end): (usize, usize),
        max: usize,
        word: impl Fn(char) -> bool,
    ) -> Option<(usize, usize)> {
        if !self.quoted {
            return None;
        }
        let mut i = start;
        while i > 0 && start - i < max && word(self.chars[i - 1]) {
            i -= 1;
        }
        let mut j = end;
        while j < self.chars.len() && j - end < max && word(self.chars[j]) {
            j += 1;
        }
        (i > 0
            && matches!(self.chars[i - 1], '“' | '"' | '‘' | '「' | '『')
            && matches!(self.chars.get(j), Some('”' | '"' | '’' | '」' | '』')))
        .then_some((i, j))
    }

    /// An English number inside a short quoted phrase of words, five at
    /// most, is part of a name or a slogan: “THE BIG FOUR”, the "Big 4"
    /// banks, ‘Top 10 Tips’.
    pub(super) fn in_quoted_words_en(&self, start: usize, end: usize) -> bool {
        let word = |c: char| c.is_ascii_alphabetic() || matches!(c, ' ' | '-' | '\'');
        self.quoted_around((start, end), 40, word)
            .is_some_and(|(i, j)| {
                let words = self.chars[i..j].split(|c| *c == ' ');
                words.filter(|w| !w.is_empty()).count() <= 5
            })
    }

    /// A Chinese number inside a short quoted phrase (of Chinese
    /// characters, letters, digits and plus signs), or all there is between
    /// the quotation marks, is part of a name or a slogan: “两个统筹”,
    /// “三高四新”, 三个“一号工程”, the “1357” strategy, “抗震前线110”, “1+N”.
    pub(super) fn in_quoted_phrase(&self, start: usize, end: usize) -> bool {
        let name = |c: char| crate::text::is_cjk(c) || c.is_ascii_alphanumeric() || c == '+';
        self.quoted_around((start, end), 8, name).is_some()
    }

    pub(super) fn chinese_run_end(&self, start: usize) -> usize {
        let mut end = start;
        while end < self.chars.len()
            && (lx::is_chinese_numeral(self.chars[end])
                || (self.chars[end] == '点'
                    && end > start
                    && lx::is_chinese_numeral(self.at(end + 1))))
        {
            // After 万 or 亿 a number goes on with a digit (三亿五千), never
            // with a bare 千, 百 or 十: that is the start of a unit, 千瓦 in
            // 三千五百二十三亿千瓦.
            if end > start
                && matches!(self.chars[end], '千' | '百' | '十')
                && matches!(self.chars[end - 1], '万' | '亿' | '萬' | '億')
            {
                break;
            }
            end += 1;
        }
        end
    }

    /// A run of Chinese numerals, when it stands for a number here: before
    /// a magnitude, unit, classifier or %, after 百分之, 第 or 连续, or in a
    /// fraction 八分之一.
    pub(super) fn chinese(&self, start: usize, end: usize) -> Result<Option<Cand>> {
        let run: String = self.chars[start..end].iter().collect();
        // 十四五 and other numbers inside quotation marks are names.
        let quoted = self.in_quoted_phrase(start, end);
        // 八分之一, 三分之二.
        if self.has(end, "分之") {
            let num_start = end + 2;
            let num_end = self.chinese_run_end(num_start);
            if num_end > num_start {
                let den = chinese_number(&run)
                    .map_err(|_| self.err(start, "a fraction whose denominator cannot be read"))?;
                let num: String = self.chars[num_start..num_end].iter().collect();
                let num = chinese_number(&num).map_err(|_| {
                    self.err(num_start, "a fraction whose numerator cannot be read")
                })?;
                if den.is_zero() {
                    return Err(self.err(start, "a fraction with denominator zero"));
                }
                // 百分之五 is five percent, 千分之三 three per mille.
                let (value, fraction) = if run == "百" || run == "千" {
                    (num, false)
                } else {
                    (
                        num.checked_div(den)
                            .ok_or_else(|| self.err(start, "a fraction too large"))?,
                        true,
                    )
                };
                let inexact = fraction && !crate::decimal::quotient_is_exact(value, num, den);
                return Ok(Some(Cand {
                    inexact,
                    fraction,
                    words: true,
                    excluded: quoted,
                    ..Cand::new(start, num_end, value.normalize())
                }));
            }
        }
        let before = start.checked_sub(1).map(|i| self.chars[i]);
        // 几十万, 十几万, 数百, 上千, 成千上万: a vague number, which states no
        // value.
        let place = matches!(self.chars[start], '十' | '百' | '千' | '万' | '亿');
        // 5 千人, 5.9 万亿元 spaced out: the multiplier of the digits before.
        let j = self.back_spaces(start);
        if place && j < start && j > 0 && self.chars[j - 1].is_ascii_digit() {
            return Ok(None);
        }
        let vague_before = place && matches!(before, Some('几' | '数' | '上' | '成'));
        if vague_before || self.at(end) == '几' {
            let from = if vague_before { start - 1 } else { start };
            let mut to = end;
            while lx::is_chinese_numeral(self.at(to)) || self.at(to) == '几' {
                to += 1;
            }
            return Ok(Some(Cand {
                words: true,
                vague: true,
                ..Cand::new(from, to, Decimal::ZERO)
            }));
        }
        // 一两个, 两三万, 三四十万: two numbers in a row, one more than the
        // other, say "one or two": vague, not 12 or 23. Positional digits
        // (二〇二三, 一九九八) run longer or hold a zero.
        let digit = |k: usize| {
            (k < end)
                .then(|| crate::text::chinese_digit(self.chars[k]))
                .flatten()
        };
        if let (Some(a), Some(b), None) = (digit(start), digit(start + 1), digit(start + 2))
            && a > 0
            && b == a + 1
        {
            let mut to = end;
            while lx::is_chinese_numeral(self.at(to)) {
                to += 1;
            }
            return Ok(Some(Cand {
                words: true,
                vague: true,
                ..Cand::new(start, to, Decimal::ZERO)
            }));
        }
        let ordinal = before == Some('第');
        // Words that are not numbers: 一般, 统一, 万众, 千万 (must).
        // A number by itself (两千五百万, 二十万亿 and nothing after them but
        // punctuation): a digit and a place value, so that 万众 and 千万
        // ("must") are not.
        let alone = || {
            crate::text::chinese_digit(self.chars[start]).is_some_and(|d| d > 0)
                && self.chars[start + 1..end]
                    .iter()
                    .any(|c| matches!(c, '十' | '百' | '千' | '万' | '亿' | '拾' | '佰' | '仟'))
                && !crate::text::is_cjk(self.at(end))
        };
        // 位居全国前三: the bound of a place within the top few.
        let stands = ordinal
            || before == Some('前') && self.top_rank_end_zh(end).is_some()
            || matches!(before, Some('连'))
            || self.has(start.saturating_sub(2), "连续")
            || self.zh_follow(end).is_some()
            || alone();
        if !stands {
            return Ok(None);
        }
        // 近五年: recent years, not a figure; 每万人口: a per-capita base.
        let recent = before == Some('近') && self.at(end) == '年';
        if before == Some('每') {
            return Ok(Some(Cand {
                words: true,
                excluded: true,
                ..Cand::new(start, end, Decimal::ZERO)
            }));
        }
        // A run that reads as no number (万众, 千万 as "must") is a word.
        let Ok(value) = chinese_number(&run) else {
            return Ok(None);
        };
        Ok(Some(Cand {
            words: true,
            excluded: quoted || recent,
            ordinal,
            ..Cand::new(start, end, value)
        }))
    }

    /// `i` past spaces when what follows them belongs to the number before
    /// (a magnitude, 多/余, a unit, %), else `i`.
    pub(super) fn past_spaces_zh(&self, i: usize) -> usize {
        let j = self.skip_spaces(i);
        if j > i && (matches!(self.at(j), '百' | '千') || self.zh_follow(j).is_some()) {
            j
        } else {
            i
        }
    }

    /// What follows a Chinese number at `i`, if it makes the number a
    /// figure: a magnitude, 多/余, a unit or classifier, %, 年, 倍, 成.
    pub(super) fn zh_follow(&self, i: usize) -> Option<usize> {
        let c = self.at(i);
        if matches!(
            c,
            '万' | '亿' | '多' | '余' | '%' | '‰' | '倍' | '成' | '年' | '个' | '番'
        ) {
            return Some(i + 1);
        }
        self.unit_zh(i).map(|(_, len)| i + len)
    }

    /// What an English word is to the number reader, if it may start a
    /// number: a number word, or perhaps tens and units joined by a hyphen
    /// (`Ok(None)`).
    pub(super) fn number_like(&self, t: &Token) -> Option<Option<NumberWord>> {
        if self.lang != Lang::En {
            return None;
        }
        let w = self.word_bytes(t);
        match lx::number_word_bytes(w, t.key) {
            Some(what) => Some(Some(what)),
            // A hyphen joins only tens and units: twenty-three, forty-five.
            None => (w.len() >= 9
                && matches!(w[0], b't' | b'f' | b's' | b'e' | b'n')
                && w.contains(&b'-'))
            .then_some(None),
        }
    }

    /// The number starting at an English word, given what
    /// [`Clause::number_like`] found the word to be: `four`,
    /// `twenty-three`, `a third`, `one third`, `half`, and ordinals `first`
    /// to `tenth`.
    pub(super) fn english(&self, token: &Token, what: Option<NumberWord>) -> Result<Option<Cand>> {
        let (start, end) = (token.start, token.end);
        let word = self.word_text(token);
        let word = Word::borrowed(word, token.key);
        if let Some(NumberWord::Ordinal(pos)) = what {
            return Ok(Some(Cand {
                words: true,
                ordinal: true,
                ..Cand::new(start, end, Decimal::from(pos))
            }));
        }
        if what == Some(NumberWord::Half) {
            let v = Decimal::new(5, 1);
            // "half a per cent", "half a percentage point": 0.5 of the unit
            // after "a", not a share of one half.
            if let Some((e, a)) = self.word_after(end)
                && a == "a"
                && matches!(
                    self.unit_en(e),
                    Some((Unit::Percent | Unit::PercentagePoints, _))
                )
            {
                return Ok(Some(Cand {
                    words: true,
                    ..Cand::new(start, e, v)
                }));
            }
            return Ok(Some(Cand {
                fraction: true,
                words: true,
                ..Cand::new(start, end, v)
            }));
        }
        if what == Some(NumberWord::Scale) {
            return Ok(None);
        }
        if what == Some(NumberWord::A) {
            // "a million", "a hundred", "a third".
            let Some((e, w)) = self.word_after(end) else {
                return Ok(None);
            };
            if w == "hundred" {
                return Ok(Some(Cand {
                    words: true,
                    ..Cand::new(start, e, Decimal::ONE_HUNDRED)
                }));
            }
            if lx::number_word(&w) == Some(NumberWord::Scale) {
                return Ok(Some(Cand {
                    words: true,
                    ..Cand::new(start, end, Decimal::ONE)
                }));
            }
            if let Some(den) = lx::fraction_word(&w) {
                return Ok(Some(self.fraction_cand(start, e, Decimal::ONE, den)));
            }
            return Ok(None);
        }
        // twenty-three: number words joined by hyphens are one word.
        if what.is_none() {
            if !word.split('-').all(lx::is_number_word) {
                return Ok(None);
            }
            let Ok(value) = english_number(&word) else {
                return Ok(None);
            };
            let (value, end) = self.lower_group_en(value, end)?.unwrap_or((value, end));
            return Ok(Some(Cand {
                words: true,
                ..Cand::new(start, end, value)
            }));
        }
        if what != Some(NumberWord::Number) {
            return Ok(None);
        }
        // Extend over number words joined by single spaces, hyphens and
        // "and"; scale words after the last are the magnitude.
        let mut k = end;
        let mut last_end = end;
        // No number needs more than a dozen words.
        for _ in 0..12 {
            let sep = self.at(k);
            if (sep != ' ' && sep != '-') || !self.at(k + 1).is_ascii_alphabetic() {
                break;
            }
            let Some((e, w)) = self.word_after(k + 1) else {
                break;
            };
            let scale_next = matches!(w.as_str(), "thousand" | "million" | "billion" | "trillion");
            if lx::is_number_word(&w) && !scale_next {
                last_end = e;
                k = e;
            } else if w == "and" {
                k = e;
            } else {
                break;
            }
        }
        let words: String = self.chars[start..last_end].iter().collect();
        let Ok(mut value) = english_number(&words) else {
            return Ok(None);
        };
        // "twenty-four billion, three hundred and sixty million": the
        // groups of one amount, written out, are one number of the lower
        // scale (24,360 million).
        if let Some((v, e)) = self.lower_group_en(value, last_end)? {
            return Ok(Some(Cand {
                words: true,
                ..Cand::new(start, e, v)
            }));
        }
        // "twenty four point seven": the digits after "point", one word each.
        if let Some((mut e, w)) = self.word_after(last_end)
            && w == "point"
        {
            let mut decimals = String::new();
            while let Some((de, d)) = self.word_after(e) {
                let digit = match d.as_str() {
                    "zero" | "oh" => 0,
                    other => match super::super::numerals::ONES
                        .iter()
                        .position(|o| *o == other)
                    {
                        Some(n @ 1..=9) => n,
                        _ => break,
                    },
                };
                decimals.push(char::from(b'0' + digit as u8));
                e = de;
            }
            if !decimals.is_empty()
                && let Ok(fraction) = format!("0.{decimals}").parse::<Decimal>()
                && let Some(v) = value.checked_add(fraction)
            {
                value = v;
                last_end = e;
            }
        }
        // one third, two thirds.
        if let Some((e, w)) = self.word_after(last_end)
            && let Some(den) = lx::fraction_word(&w)
        {
            return Ok(Some(self.fraction_cand(start, e, value, den)));
        }
        Ok(Some(Cand {
            words: true,
            ..Cand::new(start, last_end, value)
        }))
    }

    /// After a number in words of value `value` ending at `end`: when a
    /// scale word follows, then a comma or "and", then a number in words
    /// below that scale with a lower scale word after it ("twenty-four
    /// billion, three hundred and sixty million", "twelve billion and one
    /// hundred million", or units after "thousand": "five thousand, two
    /// hundred"), the whole in units of the lower scale, and where its
    /// number ends (before the lower scale word). A lower part that
    /// does not fit under the higher scale ("five billion and two thousand
    /// million") is two numbers.
    fn lower_group_en(&self, value: Decimal, end: usize) -> Result<Option<(Decimal, usize)>> {
        fn power(w: &str) -> Option<u32> {
            match w {
                "thousand" => Some(3),
                "million" => Some(6),
                "billion" => Some(9),
                "trillion" => Some(12),
                _ => None,
            }
        }
        let Some((mut k, high)) = self
            .word_after(end)
            .and_then(|(e, w)| power(w.as_str()).map(|p| (e, p)))
        else {
            return Ok(None);
        };
        let comma = self.at(k) == ',';
        if comma {
            k += 1;
        }
        if let Some((e, w)) = self.word_after(k)
            && w == "and"
        {
            k = e;
        } else if !comma {
            return Ok(None);
        }
        let k = self.skip_spaces(k);
        let Some(t) = self
            .words
            .binary_search_by_key(&k, |t| t.start)
            .ok()
            .map(|x| self.words[x])
        else {
            return Ok(None);
        };
        let what = self.number_like(&t);
        if !matches!(what, Some(None | Some(NumberWord::Number))) {
            return Ok(None);
        }
        let Some(low) = self.english(&t, what.flatten())? else {
            return Ok(None);
        };
        // "five thousand, two hundred": units under a thousand.
        let Some(lower) = self
            .word_after(low.end)
            .and_then(|(_, w)| power(w.as_str()))
            .or((high == 3).then_some(0))
        else {
            return Ok(None);
        };
        let Some(factor) = high
            .checked_sub(lower)
            .filter(|d| *d > 0)
            .and_then(|d| 10_i64.checked_pow(d))
            .map(Decimal::from)
        else {
            return Ok(None);
        };
        if low.value.fract() != Decimal::ZERO || low.value >= factor {
            return Ok(None);
        }
        Ok(value
            .checked_mul(factor)
            .and_then(|v| v.checked_add(low.value))
            .map(|v| (v, low.end)))
    }

    pub(super) fn fraction_cand(&self, start: usize, end: usize, num: Decimal, den: u32) -> Cand {
        let den = Decimal::from(den);
        let value = num.checked_div(den).unwrap_or(Decimal::ZERO);
        let inexact = !crate::decimal::quotient_is_exact(value, num, den);
        Cand {
            inexact,
            fraction: true,
            words: true,
            ..Cand::new(start, end, value.normalize())
        }
    }

    /// Where a number's own magnitude and unit end (for a range's low end).
    pub(super) fn unit_end(&self, c: &Cand) -> usize {
        match self.lang {
            Lang::Zh => {
                let len = self.multiplier_zh(c.end, c).map_or(0, |(_, len, _)| len);
                let i = c.end + len;
                self.unit_zh(i).map_or(i, |(_, l)| i + l)
            }
            Lang::En => {
                let i = self.scale_en(c.end).map_or(c.end, |(_, e)| e);
                self.unit_en(i)
                    .filter(|(u, _)| !matches!(u, Unit::Other(_)))
                    .map_or(i, |(_, e)| e)
            }
        }
    }

    /// The unit written right after a number (with its magnitude or scale
    /// word between), if any: a counted noun in English is not one, since
    /// "58 to 87 cases" names the noun once.
    pub(super) fn own_unit(&self, c: &Cand) -> Option<Unit> {
        match self.lang {
            Lang::Zh => {
                let len = self.multiplier_zh(c.end, c).map_or(0, |(_, len, _)| len);
                self.unit_zh(c.end + len).map(|(u, _)| u)
            }
            Lang::En => {
                let i = self.scale_en(c.end).map_or(c.end, |(_, e)| e);
                self.currency_before(self.sign_start(c))
                    .map(|(u, _)| u)
                    .or_else(|| self.unit_en(i).map(|(u, _)| u))
                    .filter(|u| !matches!(u, Unit::Other(_)))
            }
        }
    }
}
