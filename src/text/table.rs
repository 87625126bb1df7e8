//! Tables flattened into running text, as a statistical communiqué or a
//! budget report pasted from a web page or a PDF gives them: a header that
//! names the unit once (单位:亿元) or a column of growth (比上年增长%), then
//! rows of a label and bare numbers, one cell a line or spaced on one line.
//! A bare number in such a table is read with what its header says of it:
//! 295.4 under 单位:亿元 is 295.4亿元, and -0.2 in the growth column is a fall
//! of 0.2%. An English table names its unit in a caption ("($ Millions)"),
//! and its rows are a label and cells to the line's end: (647) under it is
//! −$647 million.

use std::ops::Range;

use super::parse::{Reading, parse};

/// What the header of the table being read says, and where its last
/// figure was.
#[derive(Debug, Clone, Default)]
pub(crate) struct Table {
    /// The unit of the table's bare numbers, as written after 单位 ("亿元").
    unit: Option<String>,
    /// The column of growth among a row's numbers (0 for the first), with
    /// the words that name its basis (比上年, 同比 or none).
    growth: Option<(usize, &'static str)>,
    /// What each column of numbers holds, as its header cell says (a unit
    /// in brackets, 产量(吨), or growth in percent), where the header says it
    /// column by column; empty where it does not.
    columns: Vec<Column>,
    /// Whether the table has a column of units between its labels and its
    /// numbers (计量单位), and the unit the row being read gives there.
    unit_column: bool,
    row_unit: Option<String>,
    /// The end of the last figure read in the table, and its column.
    last: Option<(usize, usize)>,
    /// The end of the last sentence read in the table.
    end: usize,
    /// The line breaks between its lines: 1 as a table is printed, 2 where
    /// a paste puts a blank line after each (None until a break is seen).
    step: Option<usize>,
    /// The words an English caption puts around each bare number: "($
    /// Millions)" writes 205,936 out as "$205,936 million".
    caption: Option<(String, String)>,
}

/// What a column of numbers holds, by its header cell.
#[derive(Debug, Clone, PartialEq)]
enum Column {
    /// Growth in percent, with the words of its basis (比上年, 同比, none).
    Growth(&'static str),
    /// Numbers of the unit written in brackets in the cell (产量(吨)).
    Unit(String),
    /// Anything else: the table's unit, if any, applies.
    Other,
}

/// How far back, in bytes, a header's lines are looked for.
const WINDOW: usize = 2048;

/// Words that head the column of a table's labels, not of its numbers, and
/// the column of units some tables have.
const LABEL_HEADERS: [&str; 11] = [
    "指标",
    "品名",
    "项目",
    "名称",
    "类别",
    "地区",
    "产品",
    "品种",
    "科目",
    "单位",
    "计量单位",
];

impl Table {
    /// The table `sentence` (a range of `text`) is read in: a header in it
    /// starts a table or sets its unit or growth column; else the table
    /// the sentence before left open, if any. Only a text of more than
    /// one line (`lines`) holds a table.
    pub(crate) fn open(
        table: Option<Table>,
        text: &str,
        lines: bool,
        sentence: &Range<usize>,
    ) -> Option<Table> {
        // A table is cut into lines: a header in text of one line (a
        // clause read alone) opens none.
        if !lines {
            return table;
        }
        let words = &text[sentence.clone()];
        // An English caption is a line of its own, maybe under a title
        // that the sentence holds too ("Fiscal Summary\n($ Millions)").
        let caption = if words.contains('(') {
            words.lines().find_map(caption_en)
        } else {
            None
        };
        let unit = unit_header(words);
        let growth = growth_header(text, sentence.start, words);
        // A header of bars whose cells write their units in brackets
        // (品 名 | 播种面积(亩) | 产量(吨) |), or that has a column of units
        // (品 名 | 计量单位 | 数 量 |).
        let heads = |cells: &(Vec<Column>, bool)| {
            cells.1 || cells.0.iter().any(|c| matches!(c, Column::Unit(_)))
        };
        // A line of bars is a header's when a cell of its own heads a
        // column of a unit or of units: a row of a table printed a cell a
        // line (粮食 |, 61.84 |) is none, and must not count the columns
        // again from the first.
        let columns =
            if growth.is_some() || words.contains('|') && heads(&header_cells(words, false)) {
                let start = header_start(text, sentence.start);
                let cells = header_cells(&text[start..sentence.end], true);
                heads(&cells).then_some(cells)
            } else {
                None
            };
        if unit.is_none() && growth.is_none() && columns.is_none() && caption.is_none() {
            return table;
        }
        let mut table = table.unwrap_or_default();
        if caption.is_some() {
            table.caption = caption;
        }
        if unit.is_some() {
            table.unit = unit;
        }
        if let Some((column, basis, end)) = growth {
            table.growth = Some((column, basis));
            table.last = Some((end, 0));
        }
        match columns {
            Some((cells, unit_column)) => {
                table.columns = cells;
                table.unit_column = unit_column;
                // The header's last cell ends before the rows: the first
                // number after it starts a row.
                table.last = Some((sentence.end, 0));
            }
            // A header that says nothing column by column: the columns of
            // an earlier one no longer hold.
            None if growth.is_some() => {
                table.columns.clear();
                table.unit_column = false;
            }
            None => {}
        }
        Some(table)
    }

    /// The table left open before `sentence`, if the gap since its last
    /// sentence keeps it open: a page break (a form feed) ends it, and so
    /// does a break of more lines than the table puts between its own
    /// lines (a blank line after a table printed line by line, two after
    /// one pasted with a blank line after each), so that a page's number
    /// or a paragraph after the table is not read as a cell.
    pub(crate) fn carry(
        table: Option<Table>,
        text: &str,
        sentence: &Range<usize>,
    ) -> Option<Table> {
        let mut table = table?;
        let gap = text.get(table.end..sentence.start).unwrap_or_default();
        if gap.contains('\u{c}') {
            return None;
        }
        let breaks = gap.matches('\n').count();
        if breaks > 0 {
            let step = *table.step.get_or_insert(breaks);
            if breaks > step || breaks > 2 {
                return None;
            }
        }
        Some(table)
    }

    /// Notes that `sentence` was read in the table.
    pub(crate) fn read(&mut self, sentence: &Range<usize>) {
        self.end = sentence.end;
    }

    /// Whether a table stays open after `sentence`: only across a line
    /// break, which is how its cells and rows are cut. A sentence that
    /// ends in a mark (。, ；, "!", ".") is prose, and ends the table.
    pub(crate) fn stays_open(text: &str, sentence: &Range<usize>) -> bool {
        !text[sentence.clone()]
            .trim_end()
            .ends_with(['。', '；', ';', '！', '？', '!', '?', '.'])
    }

    /// Reads a figure found at `span` of `text` as the table says: a bare
    /// number in the growth column is a change in percent, with its sign;
    /// any other bare number has the table's unit. Anything else is left
    /// as it was, but counts towards the columns of its row.
    pub(crate) fn cell(&mut self, text: &str, span: &Range<usize>, reading: &mut Reading) {
        // A label since the last figure starts a row.
        let column = match self.last {
            Some((end, column))
                if end <= span.start
                    && !text[end..span.start]
                        .chars()
                        .any(|c| c.is_alphabetic() || super::is_cjk(c)) =>
            {
                column + 1
            }
            _ => 0,
        };
        // 出栏肉猪 | 万头 | 94.28 |: the row's cell of units, before its
        // first number.
        if column == 0 && self.unit_column {
            // Only since the last figure (or the header): each gap is read
            // once, so a table stays linear to read.
            let from = self
                .last
                .map(|(end, _)| end)
                .filter(|end| *end <= span.start)
                .unwrap_or_else(|| text.floor_char_boundary(span.start.saturating_sub(64)));
            let gap = &text[from..span.start];
            let gap = gap.trim_end().strip_suffix('|').unwrap_or(gap);
            let cell: String = gap
                .rsplit('|')
                .next()
                .unwrap_or_default()
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            self.row_unit =
                (!cell.is_empty() && cell.chars().count() <= 6 && is_unit(&cell)).then_some(cell);
        }
        self.last = Some((span.end, column));
        let words = &text[span.clone()];
        if !bare(words, reading) {
            return;
        }
        let number = words.trim();
        let phrase = match (self.columns.get(column), &self.row_unit) {
            (Some(Column::Growth(basis)), _) => format!("{basis}增长{number}%"),
            (Some(Column::Unit(unit)), _) => format!("{number}{unit}"),
            (Some(Column::Other), Some(unit)) => format!("{number}{unit}"),
            _ => match (&self.growth, &self.unit) {
                (Some((g, basis)), _) if *g == column => format!("{basis}增长{number}%"),
                (Some((g, _)), Some(unit)) if column < *g => format!("{number}{unit}"),
                (None, Some(unit)) => format!("{number}{unit}"),
                _ => return,
            },
        };
        if let Ok(read) = parse(&phrase, Some(super::Lang::Zh))
            && read.quantity.is_some()
        {
            reading.quantity = read.quantity;
            reading.change = read.change;
        }
    }

    /// The words an English caption puts around a bare number of this
    /// table, if it has one.
    pub(crate) fn caption(&self) -> Option<&(String, String)> {
        self.caption.as_ref()
    }
}

/// The caption of an English table that names the unit of its bare
/// numbers, on a line of its own in brackets: a money sign and a scale
/// ("($ Millions)", "(R billion)", "(Rs. crore)", "($'000)"), a scale of a
/// currency named in words ("(millions of dollars)", "(in billions of
/// rand)"), or percent ("(per cent)"). Returns the words to put before and
/// after a cell's number to write it out in full, when the reader reads the
/// result as money or percent.
fn caption_en(words: &str) -> Option<(String, String)> {
    let inner = words.trim().strip_prefix('(')?.strip_suffix(')')?.trim();
    if inner.is_empty() || inner.len() > 40 || inner.contains(['(', ')', '\n']) {
        return None;
    }
    // "(in millions of dollars)", "(In $ millions)".
    let inner = match inner.get(..3) {
        Some(head) if head.eq_ignore_ascii_case("in ") => inner[3..].trim_start(),
        _ => inner,
    };
    let lower = inner.to_ascii_lowercase();
    let lower = lower.as_str();
    let scale = |w: &str| match w.trim_start_matches('\'') {
        "thousand" | "thousands" | "000" => Some("thousand"),
        "million" | "millions" | "m" | "mn" => Some("million"),
        "billion" | "billions" | "bn" => Some("billion"),
        "trillion" | "trillions" => Some("trillion"),
        "crore" | "crores" => Some("crore"),
        "lakh" | "lakhs" => Some("lakh"),
        _ => None,
    };
    let (before, after) = if matches!(lower, "per cent" | "percent" | "%") {
        (String::new(), "%".to_owned())
    } else if let Some((size, currency)) = lower.split_once(" of ") {
        // "millions of dollars": the number, its scale, the currency.
        (
            String::new(),
            format!(" {} {}", scale(size.trim())?, currency.trim()),
        )
    } else {
        // "$ Millions", "R billion", "$'000": the sign as written, then the
        // scale; "$M", "£m", "$000": the scale glued to the sign.
        let (sign, size) = match inner.find(|c: char| c.is_whitespace() || c == '\'') {
            Some(k) => (&inner[..k], inner[k..].trim()),
            None => {
                let k = inner
                    .char_indices()
                    .map(|(k, _)| k)
                    .find(|&k| k > 0 && scale(&inner[k..].to_ascii_lowercase()).is_some())?;
                inner.split_at(k)
            }
        };
        (
            sign.to_owned(),
            format!(" {}", scale(&size.to_ascii_lowercase())?),
        )
    };
    let read = parse(&format!("{before}1{after}"), Some(super::Lang::En)).ok()?;
    let unit = read.quantity?.unit().clone();
    matches!(
        unit,
        crate::Unit::Money(_) | crate::Unit::Dollar | crate::Unit::Percent
    )
    .then_some((before, after))
}

/// A row of an English table on one line: a label, then two or more
/// cells of numbers to the line's end ("Revenue 205,936 212,632",
/// "Surplus/(Deficit) (647) (6,637) 895", "Net Debt to GDP 37.3% 37.8%"),
/// not all of them years (a row of column heads). Gives the cells' byte
/// ranges in `line`.
pub(crate) fn row_cells(line: &str) -> Option<Vec<Range<usize>>> {
    // Most lines end in no cell: one look at the last byte first.
    if !line.ends_with(|c: char| c.is_ascii_digit() || c == ')' || c == '%')
        || !line.starts_with(|c: char| c.is_ascii_alphabetic())
        || line.contains('\n')
    {
        return None;
    }
    let mut cells = Vec::new();
    let mut end = line.len();
    for token in line.split_whitespace().rev() {
        // `split_whitespace` from the back: each token ends where the
        // text before `end`, trimmed, ends.
        let token_end = line[..end].trim_end().len();
        let start = token_end - token.len();
        if Cell::of(token).is_none() {
            break;
        }
        cells.push(start..token_end);
        end = start;
    }
    cells.reverse();
    let year = |r: &Range<usize>| {
        let t = &line[r.clone()];
        t.len() == 4 && t.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
    };
    (cells.len() >= 2 && !line[..end].trim().is_empty() && !cells.iter().all(year)).then_some(cells)
}

/// A cell of numbers of an English table row, taken apart: its number
/// (digits with commas and a point), whether brackets or a minus make it
/// negative ("(647)", "-3.2"), and whether it writes its own percent
/// ("37.3%", "(2.1%)"). `None` for any other token.
struct Cell<'a> {
    number: &'a str,
    negative: bool,
    percent: bool,
}

impl<'a> Cell<'a> {
    fn of(token: &'a str) -> Option<Cell<'a>> {
        let (t, bracketed) = match token.strip_prefix('(') {
            Some(inner) => (inner.strip_suffix(')')?, true),
            None => (token, false),
        };
        let (t, percent) = match t.strip_suffix('%') {
            Some(t) => (t, true),
            None => (t, false),
        };
        let (number, minus) = match t.strip_prefix(['-', '−']) {
            Some(t) => (t, true),
            None => (t, false),
        };
        (number.starts_with(|c: char| c.is_ascii_digit())
            && number.ends_with(|c: char| c.is_ascii_digit())
            && number
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
            && number.bytes().filter(|&b| b == b'.').count() <= 1)
            .then_some(Cell {
                number,
                negative: bracketed || minus,
                percent,
            })
    }
}

/// A cell of an English table row written out in full: its number with a
/// minus for brackets or a minus sign, and the caption's words around it
/// unless the cell writes its own percent. `None` if `cell` is no cell of
/// numbers ([`row_cells`] gives only those).
pub(crate) fn cell_phrase(cell: &str, caption: &(String, String)) -> Option<String> {
    let Cell {
        number,
        negative,
        percent,
    } = Cell::of(cell)?;
    let sign = if negative { "-" } else { "" };
    Some(if percent {
        format!("{sign}{number}%")
    } else {
        format!("{sign}{}{number}{}", caption.0, caption.1)
    })
}

/// Whether a figure's words are a bare number (digits with a sign, a
/// point or commas) that the reader took for a plain count.
fn bare(words: &str, reading: &Reading) -> bool {
    let number = words.trim();
    let digits = number.strip_prefix(['-', '+']).unwrap_or(number);
    !digits.is_empty()
        && digits.starts_with(|c: char| c.is_ascii_digit())
        && digits
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        && reading.change.is_none()
        && reading.rank.is_none()
        && reading.quantity.as_ref().is_some_and(|q| {
            *q.unit() == crate::Unit::Items
                && q.magnitude() == crate::Magnitude::One
                && q.qualifier() == crate::Qualifier::Exact
        })
}

/// The unit a header names after 单位 (单位:亿元, (单位:万吨)), when the
/// reader reads it as a unit or a magnitude.
fn unit_header(words: &str) -> Option<String> {
    // A fast search for the first character before the search for the
    // word: most sentences have neither.
    if !words.contains('单') {
        return None;
    }
    let at = words.find("单位")?;
    let rest = words[at + "单位".len()..].trim_start();
    let rest = rest.strip_prefix([':', '：'])?.trim_start();
    let unit: String = rest
        .chars()
        .take_while(|c| {
            !c.is_whitespace() && !matches!(c, ')' | '）' | '、' | '，' | ',' | '|' | ';' | '；')
        })
        .collect();
    if unit.is_empty() || unit.chars().count() > 6 {
        return None;
    }
    is_unit(&unit).then_some(unit)
}

/// Whether the reader reads `unit` after a number as a unit or a
/// magnitude (亿元, 万吨, 亩, %), not as a plain count.
fn is_unit(unit: &str) -> bool {
    parse(&format!("1{unit}"), Some(super::Lang::Zh))
        .ok()
        .and_then(|read| read.quantity)
        .is_some_and(|q| *q.unit() != crate::Unit::Items || q.magnitude() != crate::Magnitude::One)
}

/// Brackets a header cell writes its unit in, in the forms pages use.
const OPEN: [char; 3] = ['(', '（', '﹙'];
const CLOSE: [char; 3] = [')', '）', '﹚'];

/// The cells of a header's `words` that head columns of numbers, in
/// order, with what each holds, and whether one heads a column of units
/// (计量单位). A header of bars is cut at its bars, the spaces inside a
/// cell dropped (品 名), and its first cell heads the labels (with
/// `first_labels`; a line of one cell is all its own); any other at its
/// spaces. A cell that is only a bracket ((亩)) belongs to the cell
/// before it; the headers of labels, 单位 lines and a table's title are
/// left out, and so are cells of one character (the letters of a spaced
/// 指 标).
fn header_cells(words: &str, first_labels: bool) -> (Vec<Column>, bool) {
    let barred = words.contains('|');
    let raw: Vec<String> = if barred {
        words
            .split('|')
            .map(|c| c.chars().filter(|c| !c.is_whitespace()).collect())
            .collect()
    } else {
        words
            .split(char::is_whitespace)
            .map(str::to_owned)
            .collect()
    };
    let mut cells: Vec<String> = Vec::new();
    for cell in raw.into_iter().filter(|c| !c.is_empty()) {
        match cells.last_mut() {
            Some(last) if cell.starts_with(OPEN) => last.push_str(&cell),
            _ => cells.push(cell),
        }
    }
    let mut unit_column = false;
    let mut out = Vec::new();
    for (k, cell) in cells.iter().enumerate() {
        if barred && first_labels && k == 0 {
            continue;
        }
        if cell.contains("单位") {
            unit_column |= cell.chars().count() <= 4;
            continue;
        }
        // 农产品名称, 产品名称: a header of labels may name what it lists.
        if cell.chars().count() < 2
            || cell.contains('表')
            || LABEL_HEADERS.iter().any(|h| cell.ends_with(h))
        {
            continue;
        }
        out.push(column_of(cell));
    }
    (out, unit_column)
}

/// What the Chinese header cell `cell` says its column holds: growth in
/// percent (比上年增长%, 同比增减(%)), numbers of the unit in its brackets
/// (产量(吨), 比重(%)), or neither.
fn column_of(cell: &str) -> Column {
    // The cells are read as Chinese: an English header ("Change (%)",
    // whose column is no share) says nothing here.
    if !cell.chars().any(super::is_cjk) {
        return Column::Other;
    }
    if let Some((basis, _, _)) = growth_words(cell) {
        return Column::Growth(basis);
    }
    let Some(open) = cell.find(OPEN) else {
        return Column::Other;
    };
    let inside = &cell[open + cell[open..].chars().next().map_or(1, char::len_utf8)..];
    let unit = inside.split(CLOSE).next().unwrap_or_default();
    if !unit.is_empty() && unit.chars().count() <= 6 && is_unit(unit) {
        Column::Unit(unit.to_owned())
    } else {
        Column::Other
    }
}

/// The words of a column of growth in percent in `words` (比上年增长%,
/// 增速(%), 同比增减﹙%﹚): the words of its basis (比上年, 同比 or none),
/// the byte where the words of growth start, and the byte after the sign.
fn growth_words(words: &str) -> Option<(&'static str, usize, usize)> {
    // The percent signs in order, each found by a fast search (a search
    // for either of two characters would decode every character).
    let mut ascii = words.match_indices('%').map(|(k, _)| k).peekable();
    let mut wide = words.match_indices('％').map(|(k, _)| k).peekable();
    let percents = std::iter::from_fn(|| match (ascii.peek(), wide.peek()) {
        (Some(a), Some(w)) if w < a => wide.next(),
        (Some(_), _) => ascii.next(),
        (None, _) => wide.next(),
    });
    for percent in percents {
        let before = words[..percent].trim_end_matches([' ', '(', '（', '﹙']);
        // 比上年±%: a plus-minus sign for 增减.
        let Some(word) = ["增长率", "增减率", "增长", "增减", "增速", "增幅", "±"]
            .into_iter()
            .find(|w| before.ends_with(w))
        else {
            continue;
        };
        let head = &before[..before.len() - word.len()];
        let basis = if head.ends_with("比上年") || head.ends_with("比去年") {
            "比上年"
        } else if head.ends_with("同比") {
            "同比"
        } else {
            ""
        };
        return Some((
            basis,
            head.len(),
            percent + words[percent..].chars().next().map_or(1, char::len_utf8),
        ));
    }
    None
}

/// A header of a column of growth in percent (比上年增长%, 增速(%), 同比增减%)
/// in `words`, a sentence of `text` that starts at `start`: the column it
/// heads among the numbers of a row, the words of its basis, and where the
/// header ends. Its column is the count of the headers before it on its
/// line and on the header lines above it (back to a 单位 line or a line of
/// prose), less those of labels and units and the letters of a spaced
/// header (指 标).
fn growth_header(text: &str, start: usize, words: &str) -> Option<(usize, &'static str, usize)> {
    let (basis, head, percent) = growth_words(words)?;
    // The header's own cell starts after the last space or bar.
    let head = &words[..head];
    let cell = head
        .rfind(|c: char| c.is_whitespace() || c == '|')
        .map_or(0, |k| {
            k + head[k..].chars().next().map_or(1, char::len_utf8)
        });
    let header_start = header_start(text, start + cell);
    let column = header_cells(&text[header_start.min(start + cell)..start + cell], true)
        .0
        .len();
    let end = start + percent;
    let end = end + text[end..].len() - text[end..].trim_start_matches(CLOSE).len();
    Some((column, basis, end))
}

/// Where the header that holds byte `at` of `text` starts: after the
/// 单位 line or the line of prose above it, within a few lines (else at
/// the start of its own line).
fn header_start(text: &str, at: usize) -> usize {
    // A header's line is short: no looking further back than a few lines
    // of it, so that a long line of many headers stays linear to read.
    // Where the line that holds byte `i` starts, when a line break within
    // the window shows it.
    let line_start = |i: usize| {
        let from = text.floor_char_boundary(i.saturating_sub(WINDOW));
        match text[from..i].rfind('\n') {
            Some(k) => Some(from + k + 1),
            None => (from == 0).then_some(0),
        }
    };
    let Some(own) = line_start(at) else {
        return at;
    };
    let mut start = own;
    for _ in 0..12 {
        // `start` follows a line break: the line above ends before it.
        let Some(above) = start.checked_sub(1).and_then(line_start) else {
            return start;
        };
        let line = text[above..start].trim();
        let prose = line.ends_with(['。', '；', ';', ':', '：']) || line.chars().count() > 30;
        if unit_header(line).is_some() || prose {
            return start;
        }
        start = above;
    }
    own
}
