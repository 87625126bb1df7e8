"""A tiny parser of report phrases in English and Chinese, written for the
example.

English: an optional qualifier ("more than", "about", ...) or a trailing
one ("or more", "or so", "or less"), a number with commas and a decimal
point, a scale word, and a few units; and "up" or "down" before it as a
change.

Chinese: a number in Arabic digits (full-width ones too), a scale of 万, 亿
or 万亿, 余 or 多 after it, a few units, a qualifier before the number (超过,
近, 不足, 不超过, ...) or after the unit (以上, 左右, ...), and 增长 or 下降
before it as a change. A number before 年 is a year and one after 比 a
baseline, not the figure.

In both it refuses a number glued to a word ("losses2More") and two
numbers with only a space between them (a lost fraction slash, "1 8").
It is meant to be small, not complete: `supports` in test_vectors.py says
which vectors it takes on.
"""

import re
import unicodedata
from decimal import Decimal

QUALIFIERS_BEFORE = {
    "more than": "more_than",
    "over": "more_than",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "at least": "at_least",
    "no less than": "at_least",
    "nearly": "nearly",
    "almost": "nearly",
    "at most": "at_most",
    "no more than": "at_most",
    "less than": "less_than",
}
QUALIFIERS_AFTER = {"or more": "at_least", "or so": "about", "or less": "at_most"}
SCALES = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}
UNITS = {
    "%": "percent",
    "per cent": "percent",
    "percent": "percent",
    "percentage points": "percentage_points",
    "percentage point": "percentage_points",
    "yuan": "CNY",
    "people": "people",
    "cases": "cases",
    "households": "households",
    "jobs": "jobs",
}

# Longest first wherever one word starts another (不超过 and 超过, 个百分点 and 个).
ZH_QUALIFIERS_BEFORE = [
    ("不超过", "at_most"),
    ("不少于", "at_least"),
    ("不足", "less_than"),
    ("不到", "less_than"),
    ("超过", "more_than"),
    ("至少", "at_least"),
    ("将近", "nearly"),
    ("接近", "nearly"),
    ("近", "nearly"),
    ("约", "about"),
    ("逾", "more_than"),
]
ZH_QUALIFIERS_AFTER = [
    ("及以上", "at_least"),
    ("以上", "at_least"),
    ("左右", "about"),
    ("上下", "about"),
    ("以下", "at_most"),
    ("以内", "at_most"),
]
ZH_SCALES = [("万亿", 12), ("亿", 8), ("万", 4)]
ZH_UNITS = [
    ("个百分点", "percentage_points"),
    ("个就业岗位", "jobs"),
    ("人次", "person_times"),
    ("%", "percent"),
    ("‰", "per_mille"),
    ("元", "CNY"),
    ("户", "households"),
    ("起", "cases"),
    ("人", "people"),
    ("倍", "times"),
    ("个", "items"),
]

NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?")
ZH_NUMBER = re.compile(r"(?<![\d.])(\d+)(\.\d+)?")
GLUED = re.compile(r"[A-Za-z]\d|\d[A-Za-z]")
LOST_SLASH = re.compile(r"\d\s+\d")
CJK = re.compile(r"[\u4e00-\u9fff]")


def parse(text, lang=None):
    """The figure of `text` as a dict (value, unit, qualifier, change), or
    None when the text is malformed or states no figure this parser reads.
    `lang` is "en" or "zh"; without it, text with a Chinese character is
    read as Chinese."""
    if LOST_SLASH.search(text):
        return None
    if lang == "zh" or lang is None and CJK.search(text):
        return parse_zh(unicodedata.normalize("NFKC", text))
    if GLUED.search(text):
        return None
    for match in NUMBER.finditer(text):
        before = text[: match.start()]
        # A year in "In 2000," or "in 1995" is no figure.
        if re.search(r"\b[Ii]n $", before) and len(match.group(0)) == 4:
            continue
        return figure(text, match, before)
    return None


def figure(text, match, before):
    value = Decimal(match.group(1).replace(",", "") + (match.group(2) or ""))
    rest = text[match.end():].lstrip()
    for word, exponent in SCALES.items():
        if rest.startswith(word):
            value = value.scaleb(exponent)
            rest = rest[len(word):].lstrip()
            break
    # The longest unit word that starts the rest ("percentage points", not "percent").
    words = sorted((w for w in UNITS if rest.startswith(w)), key=len, reverse=True)
    if not words:
        return None
    unit = UNITS[words[0]]
    rest = rest[len(words[0]):].lstrip()
    # The longest qualifier before ("no more than", not "more than"), else one after.
    before_words = [w for w in QUALIFIERS_BEFORE if before.endswith(w + " ")]
    qualifier = QUALIFIERS_BEFORE[max(before_words, key=len)] if before_words else "exact"
    for words, code in QUALIFIERS_AFTER.items():
        if rest.startswith(words):
            qualifier = code
    change = "none"
    if re.search(r"\bup\b", before):
        change = "up"
    elif re.search(r"\bdown\b", before):
        change = "down"
    return {"value": value, "unit": unit, "qualifier": qualifier, "change": change}


def parse_zh(text):
    """The figure of a Chinese phrase, its digits already half-width."""
    for match in ZH_NUMBER.finditer(text):
        before, rest = text[: match.start()], text[match.end():]
        if rest.startswith("年") or before.endswith("比"):
            continue
        return figure_zh(match, before, rest)
    return None


def figure_zh(match, before, rest):
    value = Decimal(match.group(1) + (match.group(2) or ""))
    for word, exponent in ZH_SCALES:
        if rest.startswith(word):
            value = value.scaleb(exponent)
            rest = rest[len(word):]
            break
    qualifier = next((code for word, code in ZH_QUALIFIERS_BEFORE if before.endswith(word)), "exact")
    if rest[:1] in ("余", "多"):
        qualifier = "over_some"
        rest = rest[1:]
    unit = next(((word, code) for word, code in ZH_UNITS if rest.startswith(word)), None)
    if unit is None:
        return None
    rest = rest[len(unit[0]):]
    # A compound unit (元/户) is not one this parser knows.
    if rest.startswith("/"):
        return None
    qualifier = next((code for word, code in ZH_QUALIFIERS_AFTER if rest.startswith(word)), qualifier)
    change = "none"
    if any(word in before for word in ("增长", "上升", "增加")):
        change = "up"
    elif any(word in before for word in ("下降", "减少")):
        change = "down"
    return {"value": value, "unit": unit[1], "qualifier": qualifier, "change": change}
