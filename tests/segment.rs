//! Sentences and clauses of running text (issue 16): the cases a reader of
//! reports meets, and the laws of the ranges as properties.

use proptest::prelude::*;
use workreport::text::{clauses, sentences};

fn sentences_of(text: &str) -> Vec<&str> {
    sentences(text).map(|r| &text[r]).collect()
}

fn clauses_of(text: &str) -> Vec<Vec<&str>> {
    sentences(text)
        .map(|s| clauses(text, s).map(|r| &text[r]).collect())
        .collect()
}

#[test]
fn chinese_sentences_and_clauses_end_at_their_marks() {
    let text = "全年国内生产总值134.9万亿元，增长5%；城镇新增就业1256万人、调查失业率5.1%。粮食产量创新高！能否持续？";
    assert_eq!(
        sentences_of(text),
        [
            "全年国内生产总值134.9万亿元，增长5%；城镇新增就业1256万人、调查失业率5.1%。",
            "粮食产量创新高！",
            "能否持续？"
        ]
    );
    assert_eq!(
        clauses_of(text)[0],
        [
            "全年国内生产总值134.9万亿元",
            "增长5%",
            "城镇新增就业1256万人",
            "调查失业率5.1%"
        ]
    );
}

#[test]
fn no_sentence_ends_inside_a_number_or_after_an_abbreviation() {
    for text in [
        "Spending of 1,220 million rose 3.5 per cent.",
        "Rs. 5 lakh for 3,56,97,923 families.",
        "It ranked No. 3 among 21 cities.",
        "The U.S. economy grew approx. 2 per cent.",
        "Tax receipts were est. £12 billion, i.e. more than planned.",
        "J. Smith reported 58 cases.",
    ] {
        assert_eq!(sentences_of(text), [text], "{text}");
    }
    assert_eq!(
        sentences_of("Revenue rose 3.5%. Spending fell. The deficit is $5 bn."),
        [
            "Revenue rose 3.5%.",
            "Spending fell.",
            "The deficit is $5 bn."
        ]
    );
    // Commas between digits are part of the number; a comma and space part.
    assert_eq!(
        clauses_of("Revenue was $1,220 million, up 3.5 per cent; spending 3,56,97,923 rupees.")[0],
        [
            "Revenue was $1,220 million",
            "up 3.5 per cent",
            "spending 3,56,97,923 rupees"
        ]
    );
}

#[test]
fn line_breaks_wrap_a_sentence_unless_a_paragraph_heading_or_item_is_there() {
    // A line wrapped as a PDF wraps it is one sentence.
    let pdf = "Net debt is projected to fall from 34.5 per cent of GDP in 2024-25 to\n31.2 per cent by 2028-29, the lowest in a decade.";
    assert_eq!(sentences_of(pdf).len(), 1);
    let zh = "全年全省地区生产总值达到5.9万亿元，比上年增长\n6.1%，高于全国0.9个百分点。";
    assert_eq!(sentences_of(zh).len(), 1);
    // A paragraph break, a heading, a list item end one.
    assert_eq!(
        sentences_of("Exports rose 7.1%\n\nImports fell 2%"),
        ["Exports rose 7.1%", "Imports fell 2%"]
    );
    assert_eq!(
        sentences_of("一、2024年工作回顾\n过去一年，全省地区生产总值增长5.2%。"),
        ["一、2024年工作回顾", "过去一年，全省地区生产总值增长5.2%。"]
    );
    assert_eq!(
        sentences_of(
            "主要预期目标是：\n（一）地区生产总值增长5%左右\n（二）城镇新增就业15万人以上"
        ),
        [
            "主要预期目标是：",
            "（一）地区生产总值增长5%左右",
            "（二）城镇新增就业15万人以上"
        ]
    );
    assert_eq!(
        sentences_of(
            "The measures announced today include the following and more besides:\n• $5 billion for housing\n• $2 billion for schools"
        ),
        [
            "The measures announced today include the following and more besides:",
            "• $5 billion for housing",
            "• $2 billion for schools"
        ]
    );
    // "270." opening a paragraph is its number, not a sentence.
    assert_eq!(
        sentences_of("270. The deficit will fall to 3.2 per cent."),
        ["270. The deficit will fall to 3.2 per cent."]
    );
}

#[test]
fn closing_quotes_and_brackets_stay_with_their_sentence() {
    assert_eq!(
        sentences_of("他说：“增长5%。”随后离开。"),
        ["他说：“增长5%。”", "随后离开。"]
    );
    assert_eq!(
        sentences_of("It said \"growth was 5%.\" Then it closed."),
        ["It said \"growth was 5%.\"", "Then it closed."]
    );
}

proptest! {
    /// Sentences are in order, apart, on character boundaries, without
    /// white space at their ends, and hold every character that is not
    /// white space exactly once; a sentence's clauses lie inside it, in
    /// order and apart.
    #[test]
    fn ranges_cover_the_text_in_order(text in "(\\PC|[。，、；！？.,;:\\n ]|[0-9]{1,4}){0,200}") {
        let mut covered = vec![false; text.len()];
        let mut last = 0;
        for s in sentences(&text) {
            prop_assert!(s.start >= last && s.start < s.end, "{:?} after {}", s, last);
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            let piece = &text[s.clone()];
            prop_assert_eq!(piece.trim(), piece);
            for k in s.clone() {
                covered[k] = true;
            }
            let mut clause_last = s.start;
            for c in clauses(&text, s.clone()) {
                prop_assert!(c.start >= clause_last && c.start < c.end && c.end <= s.end);
                prop_assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
                clause_last = c.end;
            }
            last = s.end;
        }
        for (k, c) in text.char_indices() {
            if !c.is_whitespace() {
                prop_assert!(covered[k], "{:?} at {} is in no sentence", c, k);
            }
        }
    }
}

#[test]
fn a_scanned_amount_stays_in_one_clause_and_one_sentence() {
    // Groups of three after a comma and a space, two or more, and a money
    // amount's point before a space and a digit, part nothing; a list of
    // numbers and a sentence that ends after an amount still part.
    assert_eq!(
        clauses_of("a total of $495, 286, 000 was spent, as planned."),
        [vec!["a total of $495, 286, 000 was spent", "as planned"]]
    );
    assert_eq!(
        clauses_of("the numbers 5, 10, 15 and 20."),
        [vec!["the numbers 5", "10", "15 and 20"]]
    );
    assert_eq!(
        sentences_of("a budget of $1. 15 billion. Next"),
        ["a budget of $1. 15 billion.", "Next"]
    );
    assert_eq!(
        sentences_of("we spent $5. The rest"),
        ["we spent $5.", "The rest"]
    );
}
