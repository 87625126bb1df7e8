"""Checks the labels of the document corpus against README.md's rules of
form: every line of NAME.figures.jsonl, NAME.traps.jsonl and
NAME.unsure.jsonl has its fields, its span slices the body to its text,
figures are in document order, no span overlaps another, and every document
in the folder is in MANIFEST.md. It checks form, not meaning: the readings are the
labeller's.

    python3 tests/data/documents/check_labels.py [NAME ...]
"""

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIGURE_FIELDS = ["start", "end", "text", "clause", "kind", "value", "high", "unit", "qualifier", "change"]
KINDS = {"count", "amount", "rate", "ratio", "change", "rank", "record", "streak"}
QUALIFIERS = {"exact", "about", "at_least", "more_than", "over_some", "nearly", "at_most", "less_than", "range"}
CHANGES = {"up", "down", "flat", "none"}
WHYS = {"year", "date", "list_number", "section_number", "name", "ordinal", "period", "age", "time", "per_capita_base", "vague"}
PLAIN = re.compile(r"^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$")


def body(name):
    text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
    first, _, rest = text.partition("\n")
    if not first.strip().startswith(("http://", "https://")):
        raise SystemExit(f"{name}.txt: the first line must be the source's address, not {first[:60]!r}")
    return rest


def lines(path):
    if not path.exists():
        return []
    out = []
    for k, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                out.append((k, json.loads(line)))
            except json.JSONDecodeError as e:
                raise SystemExit(f"{path.name}:{k}: not JSON: {e}")
    return out


def check_spans(name, what, b, problems, why_ok, why_rule):
    """The spans of NAME.<what>.jsonl, whose lines are {start, end, text,
    why}, each slicing the body `b` to its text, with a `why` that
    `why_ok` accepts; problems are appended to `problems`."""
    spans = []
    for k, t in lines(HERE / f"{name}.{what}.jsonl"):
        where = f"{name}.{what}.jsonl:{k}"
        if sorted(t) != sorted(["start", "end", "text", "why"]):
            problems.append(f"{where}: fields {sorted(t)}")
            continue
        if b[t["start"]:t["end"]] != t["text"]:
            problems.append(f"{where}: body[{t['start']}:{t['end']}] is {b[t['start']:t['end']]!r}, not {t['text']!r}")
        if not why_ok(t["why"]):
            problems.append(f"{where}: why {t['why']!r} is not {why_rule}")
        spans.append((t["start"], t["end"], where))
    return spans


def check(name):
    problems = []
    b = body(name)
    # README.md: 1,500 characters, or 700 for a Chinese text (a stored
    # page holds about 2,000 bytes).
    least = 700 if name.startswith("zh-") else 1500
    if len(b) < least:
        problems.append(f"{name}.txt: the body has {len(b)} characters, fewer than {least}")
    spans = []
    figures = lines(HERE / f"{name}.figures.jsonl")
    if not figures:
        problems.append(f"{name}.figures.jsonl: no figures")
    last = -1
    for k, f in figures:
        where = f"{name}.figures.jsonl:{k}"
        if sorted(f) != sorted(FIGURE_FIELDS):
            problems.append(f"{where}: fields {sorted(f)}, want {sorted(FIGURE_FIELDS)}")
            continue
        s, e = f["start"], f["end"]
        if b[s:e] != f["text"]:
            problems.append(f"{where}: body[{s}:{e}] is {b[s:e]!r}, not {f['text']!r}")
        if f["clause"] not in b or f["text"] not in f["clause"]:
            problems.append(f"{where}: the clause {f['clause']!r} is not in the body or does not hold the text")
        if s < last:
            problems.append(f"{where}: out of document order")
        last = s
        for field, allowed in (("kind", KINDS), ("qualifier", QUALIFIERS), ("change", CHANGES)):
            if f[field] not in allowed:
                problems.append(f"{where}: {field} {f[field]!r} is not one of {sorted(allowed)}")
        for field in ("value", "high"):
            v = f[field]
            if v is not None and not (isinstance(v, str) and PLAIN.match(v)):
                problems.append(f"{where}: {field} {v!r} is not a plain normalized decimal string")
        if (f["high"] is None) != (f["qualifier"] != "range"):
            problems.append(f"{where}: high must be given exactly for a range")
        if f["high"] is not None and f["value"] is not None and Decimal(f["high"]) < Decimal(f["value"]):
            problems.append(f"{where}: high below value")
        spans.append((s, e, where))
    spans += check_spans(name, "traps", b, problems, lambda why: why in WHYS, f"one of {sorted(WHYS)}")
    spans += check_spans(name, "unsure", b, problems, lambda why: bool(why.strip()), "words saying what the labeller was unsure of")
    spans.sort()
    for (s1, e1, w1), (s2, e2, w2) in zip(spans, spans[1:]):
        if s2 < e1:
            problems.append(f"{w1} and {w2} overlap")
    return problems


def main(names):
    manifest = (HERE / "MANIFEST.md").read_text(encoding="utf-8")
    all_names = sorted(p.stem for p in HERE.glob("*.txt"))
    names = names or all_names
    problems = []
    for name in names:
        if f"| {name} |" not in manifest:
            problems.append(f"{name}: not in MANIFEST.md")
        problems += check(name)
    for p in problems:
        print(p)
    print(f"{len(names)} documents, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
