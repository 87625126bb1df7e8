"""A tiny parser of English report phrases, written for the example.

It reads one figure: an optional qualifier ("more than", "about", ...) or
a trailing one ("or more", "or so", "or less"), a number with commas and
a decimal point, a scale word, and a few units; and "up" or "down" before
it as a change. It refuses a number glued to a word ("losses2More").
It is meant to be small, not complete: `supports` in test_vectors.py says
which vectors it takes on.
"""

import re
from decimal import Decimal

QUALIFIERS_BEFORE = {
    "more than": "more_than",
    "about": "about",
    "at least": "at_least",
    "nearly": "nearly",
    "at most": "at_most",
    "less than": "less_than",
}
QUALIFIERS_AFTER = {"or more": "at_least", "or so": "about", "or less": "at_most"}
SCALES = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}
UNITS = {
    "%": "percent",
    "percentage points": "percentage_points",
    "yuan": "CNY",
    "people": "people",
    "cases": "cases",
    "households": "households",
    "jobs": "jobs",
}

NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?")
GLUED = re.compile(r"[A-Za-z]\d|\d[A-Za-z]")


def parse(text):
    """The figure of `text` as a dict (value, unit, qualifier, change), or
    None when the text is malformed or states no figure this parser reads."""
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
    unit = next((u for w, u in UNITS.items() if rest.startswith(w)), None)
    if unit is None:
        return None
    rest = rest[len(next(w for w, u in UNITS.items() if u == unit)):].lstrip()
    qualifier = "exact"
    for words, code in QUALIFIERS_BEFORE.items():
        if before.endswith(words + " "):
            qualifier = code
    for words, code in QUALIFIERS_AFTER.items():
        if rest.startswith(words):
            qualifier = code
    change = "none"
    if re.search(r"\bup\b", before):
        change = "up"
    elif re.search(r"\bdown\b", before):
        change = "down"
    return {"value": value, "unit": unit, "qualifier": qualifier, "change": change}
